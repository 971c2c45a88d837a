//! `RecognizeVATInvoice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeVATInvoice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeVATInvoice",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "FileURL",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "FileType",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::recognize_vat_invoice`](crate::Client::recognize_vat_invoice) (`RecognizeVATInvoice`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeVatInvoiceRequest {
    /// `FileURL` (form body). Required.
    #[serde(rename = "FileURL")]
    pub file_url: ::std::string::String,
    /// `FileType` (form body). Required.
    ///
    /// Allowed values: `jpg`.
    #[serde(rename = "FileType")]
    pub file_type: FileType,
}

impl RecognizeVatInvoiceRequest {
    /// A `RecognizeVatInvoiceRequest` with its required members: `FileURL`, `FileType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        file_url: impl ::std::convert::Into<::std::string::String>,
        file_type: impl ::std::convert::Into<FileType>,
    ) -> Self {
        Self {
            file_url: file_url.into(),
            file_type: file_type.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for RecognizeVatInvoiceRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeVatInvoiceRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeVatInvoiceRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeVatInvoiceRequest, A::Error> {
                let mut m_file_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_file_type: ::std::option::Option<FileType> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "FileURL" => m_file_url = map.next_value()?,
                        "FileType" => m_file_type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeVatInvoiceRequest {
                    file_url: m_file_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("FileURL")
                    })?,
                    file_type: m_file_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("FileType")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Box` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BoxModel {
    /// `Checkers`.
    #[serde(
        rename = "Checkers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub checkers: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `Clerks`.
    #[serde(
        rename = "Clerks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clerks: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `InvoiceAmounts`.
    #[serde(
        rename = "InvoiceAmounts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amounts: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `InvoiceCodes`.
    #[serde(
        rename = "InvoiceCodes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_codes: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `InvoiceDates`.
    #[serde(
        rename = "InvoiceDates",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_dates: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `InvoiceFakeCodes`.
    #[serde(
        rename = "InvoiceFakeCodes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_fake_codes: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `InvoiceNoes`.
    #[serde(
        rename = "InvoiceNoes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_noes: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `ItemNames`.
    #[serde(
        rename = "ItemNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub item_names: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `PayeeAddresses`.
    #[serde(
        rename = "PayeeAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_addresses: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `PayeeBankNames`.
    #[serde(
        rename = "PayeeBankNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_names: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `PayeeNames`.
    #[serde(
        rename = "PayeeNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_names: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `PayeeRegisterNoes`.
    #[serde(
        rename = "PayeeRegisterNoes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_register_noes: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `Payees`.
    #[serde(
        rename = "Payees",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payees: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `PayerAddresses`.
    #[serde(
        rename = "PayerAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_addresses: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `PayerBankNames`.
    #[serde(
        rename = "PayerBankNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_bank_names: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `PayerNames`.
    #[serde(
        rename = "PayerNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_names: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `PayerRegisterNoes`.
    #[serde(
        rename = "PayerRegisterNoes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_register_noes: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `SumAmounts`.
    #[serde(
        rename = "SumAmounts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sum_amounts: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `TaxAmounts`.
    #[serde(
        rename = "TaxAmounts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_amounts: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `WithoutTaxAmounts`.
    #[serde(
        rename = "WithoutTaxAmounts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub without_tax_amounts: ::std::option::Option<::std::vec::Vec<f64>>,
}

impl<'de> ::serde::Deserialize<'de> for BoxModel {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = BoxModel;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `BoxModel` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<BoxModel, A::Error> {
                let mut out = BoxModel::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Checkers" => out.checkers = map.next_value()?,
                        "Clerks" => out.clerks = map.next_value()?,
                        "InvoiceAmounts" => out.invoice_amounts = map.next_value()?,
                        "InvoiceCodes" => out.invoice_codes = map.next_value()?,
                        "InvoiceDates" => out.invoice_dates = map.next_value()?,
                        "InvoiceFakeCodes" => out.invoice_fake_codes = map.next_value()?,
                        "InvoiceNoes" => out.invoice_noes = map.next_value()?,
                        "ItemNames" => out.item_names = map.next_value()?,
                        "PayeeAddresses" => out.payee_addresses = map.next_value()?,
                        "PayeeBankNames" => out.payee_bank_names = map.next_value()?,
                        "PayeeNames" => out.payee_names = map.next_value()?,
                        "PayeeRegisterNoes" => {
                            out.payee_register_noes = map.next_value()?;
                        }

                        "Payees" => out.payees = map.next_value()?,
                        "PayerAddresses" => out.payer_addresses = map.next_value()?,
                        "PayerBankNames" => out.payer_bank_names = map.next_value()?,
                        "PayerNames" => out.payer_names = map.next_value()?,
                        "PayerRegisterNoes" => {
                            out.payer_register_noes = map.next_value()?;
                        }

                        "SumAmounts" => out.sum_amounts = map.next_value()?,
                        "TaxAmounts" => out.tax_amounts = map.next_value()?,
                        "WithoutTaxAmounts" => {
                            out.without_tax_amounts = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Content` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Content {
    /// `AntiFakeCode`.
    #[serde(
        rename = "AntiFakeCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anti_fake_code: ::std::option::Option<::std::string::String>,
    /// `Checker`.
    #[serde(
        rename = "Checker",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub checker: ::std::option::Option<::std::string::String>,
    /// `Clerk`.
    #[serde(
        rename = "Clerk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clerk: ::std::option::Option<::std::string::String>,
    /// `InvoiceAmount`.
    #[serde(
        rename = "InvoiceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amount: ::std::option::Option<::std::string::String>,
    /// `InvoiceCode`.
    #[serde(
        rename = "InvoiceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_code: ::std::option::Option<::std::string::String>,
    /// `InvoiceDate`.
    #[serde(
        rename = "InvoiceDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_date: ::std::option::Option<::std::string::String>,
    /// `InvoiceNo`.
    #[serde(
        rename = "InvoiceNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_no: ::std::option::Option<::std::string::String>,
    /// `ItemName`.
    #[serde(
        rename = "ItemName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub item_name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Payee`.
    #[serde(
        rename = "Payee",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee: ::std::option::Option<::std::string::String>,
    /// `PayeeAddress`.
    #[serde(
        rename = "PayeeAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<::std::string::String>,
    /// `PayeeBankName`.
    #[serde(
        rename = "PayeeBankName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_name: ::std::option::Option<::std::string::String>,
    /// `PayeeName`.
    #[serde(
        rename = "PayeeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// `PayeeRegisterNo`.
    #[serde(
        rename = "PayeeRegisterNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_register_no: ::std::option::Option<::std::string::String>,
    /// `PayerAddress`.
    #[serde(
        rename = "PayerAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_address: ::std::option::Option<::std::string::String>,
    /// `PayerBankName`.
    #[serde(
        rename = "PayerBankName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_bank_name: ::std::option::Option<::std::string::String>,
    /// `PayerName`.
    #[serde(
        rename = "PayerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_name: ::std::option::Option<::std::string::String>,
    /// `PayerRegisterNo`.
    #[serde(
        rename = "PayerRegisterNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_register_no: ::std::option::Option<::std::string::String>,
    /// `SumAmount`.
    #[serde(
        rename = "SumAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sum_amount: ::std::option::Option<::std::string::String>,
    /// `TaxAmount`.
    #[serde(
        rename = "TaxAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_amount: ::std::option::Option<::std::string::String>,
    /// `WithoutTaxAmount`.
    #[serde(
        rename = "WithoutTaxAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub without_tax_amount: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Content {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Content;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Content` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Content, A::Error> {
                let mut out = Content::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AntiFakeCode" => out.anti_fake_code = map.next_value()?,
                        "Checker" => out.checker = map.next_value()?,
                        "Clerk" => out.clerk = map.next_value()?,
                        "InvoiceAmount" => out.invoice_amount = map.next_value()?,
                        "InvoiceCode" => out.invoice_code = map.next_value()?,
                        "InvoiceDate" => out.invoice_date = map.next_value()?,
                        "InvoiceNo" => out.invoice_no = map.next_value()?,
                        "ItemName" => out.item_name = map.next_value()?,
                        "Payee" => out.payee = map.next_value()?,
                        "PayeeAddress" => out.payee_address = map.next_value()?,
                        "PayeeBankName" => out.payee_bank_name = map.next_value()?,
                        "PayeeName" => out.payee_name = map.next_value()?,
                        "PayeeRegisterNo" => out.payee_register_no = map.next_value()?,
                        "PayerAddress" => out.payer_address = map.next_value()?,
                        "PayerBankName" => out.payer_bank_name = map.next_value()?,
                        "PayerName" => out.payer_name = map.next_value()?,
                        "PayerRegisterNo" => out.payer_register_no = map.next_value()?,
                        "SumAmount" => out.sum_amount = map.next_value()?,
                        "TaxAmount" => out.tax_amount = map.next_value()?,
                        "WithoutTaxAmount" => out.without_tax_amount = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `Box`.
    #[serde(rename = "Box", skip_serializing_if = "::std::option::Option::is_none")]
    pub r#box: ::std::option::Option<BoxModel>,
    /// `Content`.
    #[serde(
        rename = "Content",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content: ::std::option::Option<Content>,
}

impl<'de> ::serde::Deserialize<'de> for Data {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Data;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Data` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Data, A::Error> {
                let mut out = Data::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Box" => out.r#box = map.next_value()?,
                        "Content" => out.content = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::recognize_vat_invoice`](crate::Client::recognize_vat_invoice) (`RecognizeVATInvoice`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeVatInvoiceResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RecognizeVatInvoiceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeVatInvoiceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeVatInvoiceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeVatInvoiceResponse, A::Error> {
                let mut out = RecognizeVatInvoiceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Data" => out.data = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The values of `FileType`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileType {
    /// `jpg`.
    Jpg,
    /// A value not in the metadata.
    Unknown(::std::string::String),
}

impl FileType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jpg => "jpg",
            Self::Unknown(other) => other,
        }
    }
}

impl ::std::convert::From<&str> for FileType {
    fn from(value: &str) -> Self {
        match value {
            "jpg" => Self::Jpg,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl ::std::convert::From<::std::string::String> for FileType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for FileType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for FileType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for FileType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let text: ::std::string::String = ::serde::Deserialize::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(text))
    }
}
