//! `RecognizeVATInvoice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeVATInvoice>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeVATInvoice",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeVatInvoiceRequest {
    /// `FileURL` (form body). Required.
    #[serde(rename = "FileURL")]
    pub file_url: ::std::string::String,
    /// `FileType` (form body). Required.
    ///
    /// Allowed values: `jpg`.
    #[serde(rename = "FileType")]
    pub file_type: ::std::string::String,
}
impl RecognizeVatInvoiceRequest {
    /// A `RecognizeVatInvoiceRequest` with its required members: `FileURL`, `FileType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        file_url: impl ::std::convert::Into<::std::string::String>,
        file_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            file_url: file_url.into(),
            file_type: file_type.into(),
        }
    }
}
/// The `Data.Box` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data.Content` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::recognize_vat_invoice`](crate::Client::recognize_vat_invoice) (`RecognizeVATInvoice`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
