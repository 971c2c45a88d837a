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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::recognize_vat_invoice`](crate::Client::recognize_vat_invoice) (`RecognizeVATInvoice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeVatInvoiceRequest {
    /// `FileURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeVATInvoice/RecognizeVATInvoice3.jpg`.
    #[serde(rename = "FileURL")]
    pub file_url: ::std::string::String,
    /// `FileType` (form body). Required.
    ///
    /// Allowed values: `jpg`.
    ///
    /// Example: `jpg`.
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

impl ::std::fmt::Debug for RecognizeVatInvoiceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeVatInvoiceRequest",
            &[
                ("file_url", d::req(&self.file_url)),
                ("file_type", d::req(&self.file_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeVatInvoiceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["FileURL", "FileType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_file_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_file_type: ::std::option::Option<FileType> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_file_url = r.decode()?,
                1 => m_file_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeVatInvoiceRequest {
            file_url: m_file_url.ok_or_else(|| r.missing("FileURL"))?,
            file_type: m_file_type.ok_or_else(|| r.missing("FileType"))?,
        })
    }
}

/// The `Data.Box` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for BoxModel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "BoxModel",
            &[
                ("checkers", d::opt(&self.checkers)),
                ("clerks", d::opt(&self.clerks)),
                ("invoice_amounts", d::opt(&self.invoice_amounts)),
                ("invoice_codes", d::opt(&self.invoice_codes)),
                ("invoice_dates", d::opt(&self.invoice_dates)),
                ("invoice_fake_codes", d::opt(&self.invoice_fake_codes)),
                ("invoice_noes", d::opt(&self.invoice_noes)),
                ("item_names", d::opt(&self.item_names)),
                ("payee_addresses", d::opt(&self.payee_addresses)),
                ("payee_bank_names", d::opt(&self.payee_bank_names)),
                ("payee_names", d::opt(&self.payee_names)),
                ("payee_register_noes", d::opt(&self.payee_register_noes)),
                ("payees", d::opt(&self.payees)),
                ("payer_addresses", d::opt(&self.payer_addresses)),
                ("payer_bank_names", d::opt(&self.payer_bank_names)),
                ("payer_names", d::opt(&self.payer_names)),
                ("payer_register_noes", d::opt(&self.payer_register_noes)),
                ("sum_amounts", d::opt(&self.sum_amounts)),
                ("tax_amounts", d::opt(&self.tax_amounts)),
                ("without_tax_amounts", d::opt(&self.without_tax_amounts)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for BoxModel {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Checkers",
            "Clerks",
            "InvoiceAmounts",
            "InvoiceCodes",
            "InvoiceDates",
            "InvoiceFakeCodes",
            "InvoiceNoes",
            "ItemNames",
            "PayeeAddresses",
            "PayeeBankNames",
            "PayeeNames",
            "PayeeRegisterNoes",
            "Payees",
            "PayerAddresses",
            "PayerBankNames",
            "PayerNames",
            "PayerRegisterNoes",
            "SumAmounts",
            "TaxAmounts",
            "WithoutTaxAmounts",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 21] = ::yun_core::json::member_order();
        let mut out = BoxModel::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.checkers = r.decode()?,
                1 => out.clerks = r.decode()?,
                2 => out.invoice_amounts = r.decode()?,
                3 => out.invoice_codes = r.decode()?,
                4 => out.invoice_dates = r.decode()?,
                5 => out.invoice_fake_codes = r.decode()?,
                6 => out.invoice_noes = r.decode()?,
                7 => out.item_names = r.decode()?,
                8 => out.payee_addresses = r.decode()?,
                9 => out.payee_bank_names = r.decode()?,
                10 => out.payee_names = r.decode()?,
                11 => out.payee_register_noes = r.decode()?,
                12 => out.payees = r.decode()?,
                13 => out.payer_addresses = r.decode()?,
                14 => out.payer_bank_names = r.decode()?,
                15 => out.payer_names = r.decode()?,
                16 => out.payer_register_noes = r.decode()?,
                17 => out.sum_amounts = r.decode()?,
                18 => out.tax_amounts = r.decode()?,
                19 => out.without_tax_amounts = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Content` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Content {
    /// `AntiFakeCode`.
    ///
    /// Example: `02702870934284730434`.
    #[serde(
        rename = "AntiFakeCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anti_fake_code: ::std::option::Option<::yun_core::Text>,
    /// `Checker`.
    ///
    /// Example: `张三`.
    #[serde(
        rename = "Checker",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub checker: ::std::option::Option<::yun_core::Text>,
    /// `Clerk`.
    ///
    /// Example: `张三`.
    #[serde(
        rename = "Clerk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clerk: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceAmount`.
    ///
    /// Example: `200.00`.
    #[serde(
        rename = "InvoiceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amount: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceCode`.
    ///
    /// Example: `031001600311`.
    #[serde(
        rename = "InvoiceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_code: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceDate`.
    ///
    /// Example: `20190415`.
    #[serde(
        rename = "InvoiceDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_date: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceNo`.
    ///
    /// Example: `03753869`.
    #[serde(
        rename = "InvoiceNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_no: ::std::option::Option<::yun_core::Text>,
    /// `ItemName`.
    #[serde(
        rename = "ItemName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub item_name: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Payee`.
    ///
    /// Example: `张三`.
    #[serde(
        rename = "Payee",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee: ::std::option::Option<::yun_core::Text>,
    /// `PayeeAddress`.
    ///
    /// Example: `上海虹桥机场迎宾二路161号22342185`.
    #[serde(
        rename = "PayeeAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<::yun_core::Text>,
    /// `PayeeBankName`.
    ///
    /// Example: `中国银行浙江省分行35845832****`.
    #[serde(
        rename = "PayeeBankName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_name: ::std::option::Option<::yun_core::Text>,
    /// `PayeeName`.
    ///
    /// Example: `上海机场（集团）有限公司`.
    #[serde(
        rename = "PayeeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::yun_core::Text>,
    /// `PayeeRegisterNo`.
    ///
    /// Example: `91420200000123403`.
    #[serde(
        rename = "PayeeRegisterNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_register_no: ::std::option::Option<::yun_core::Text>,
    /// `PayerAddress`.
    ///
    /// Example: `浙江省杭州市西湖区杭大路9号聚龙大厦西区15-18楼0571-87901580`.
    #[serde(
        rename = "PayerAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_address: ::std::option::Option<::yun_core::Text>,
    /// `PayerBankName`.
    ///
    /// Example: `6221************1234`.
    #[serde(
        rename = "PayerBankName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_bank_name: ::std::option::Option<::yun_core::Text>,
    /// `PayerName`.
    ///
    /// Example: `三号技术有限责任公司`.
    #[serde(
        rename = "PayerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_name: ::std::option::Option<::yun_core::Text>,
    /// `PayerRegisterNo`.
    ///
    /// Example: `91420200000123403`.
    #[serde(
        rename = "PayerRegisterNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_register_no: ::std::option::Option<::yun_core::Text>,
    /// `SumAmount`.
    ///
    /// Example: `87`.
    #[serde(
        rename = "SumAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sum_amount: ::std::option::Option<::yun_core::Text>,
    /// `TaxAmount`.
    ///
    /// Example: `9.52`.
    #[serde(
        rename = "TaxAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_amount: ::std::option::Option<::yun_core::Text>,
    /// `WithoutTaxAmount`.
    ///
    /// Example: `190.48`.
    #[serde(
        rename = "WithoutTaxAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub without_tax_amount: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Content {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Content",
            &[
                ("anti_fake_code", d::opt(&self.anti_fake_code)),
                ("checker", d::opt(&self.checker)),
                ("clerk", d::opt(&self.clerk)),
                ("invoice_amount", d::opt(&self.invoice_amount)),
                ("invoice_code", d::opt(&self.invoice_code)),
                ("invoice_date", d::opt(&self.invoice_date)),
                ("invoice_no", d::opt(&self.invoice_no)),
                ("item_name", d::opt(&self.item_name)),
                ("payee", d::opt(&self.payee)),
                ("payee_address", d::opt(&self.payee_address)),
                ("payee_bank_name", d::opt(&self.payee_bank_name)),
                ("payee_name", d::opt(&self.payee_name)),
                ("payee_register_no", d::opt(&self.payee_register_no)),
                ("payer_address", d::opt(&self.payer_address)),
                ("payer_bank_name", d::opt(&self.payer_bank_name)),
                ("payer_name", d::opt(&self.payer_name)),
                ("payer_register_no", d::opt(&self.payer_register_no)),
                ("sum_amount", d::opt(&self.sum_amount)),
                ("tax_amount", d::opt(&self.tax_amount)),
                ("without_tax_amount", d::opt(&self.without_tax_amount)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Content {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AntiFakeCode",
            "Checker",
            "Clerk",
            "InvoiceAmount",
            "InvoiceCode",
            "InvoiceDate",
            "InvoiceNo",
            "ItemName",
            "Payee",
            "PayeeAddress",
            "PayeeBankName",
            "PayeeName",
            "PayeeRegisterNo",
            "PayerAddress",
            "PayerBankName",
            "PayerName",
            "PayerRegisterNo",
            "SumAmount",
            "TaxAmount",
            "WithoutTaxAmount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 21] = ::yun_core::json::member_order();
        let mut out = Content::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.anti_fake_code = r.decode()?,
                1 => out.checker = r.decode()?,
                2 => out.clerk = r.decode()?,
                3 => out.invoice_amount = r.decode()?,
                4 => out.invoice_code = r.decode()?,
                5 => out.invoice_date = r.decode()?,
                6 => out.invoice_no = r.decode()?,
                7 => out.item_name = r.decode()?,
                8 => out.payee = r.decode()?,
                9 => out.payee_address = r.decode()?,
                10 => out.payee_bank_name = r.decode()?,
                11 => out.payee_name = r.decode()?,
                12 => out.payee_register_no = r.decode()?,
                13 => out.payer_address = r.decode()?,
                14 => out.payer_bank_name = r.decode()?,
                15 => out.payer_name = r.decode()?,
                16 => out.payer_register_no = r.decode()?,
                17 => out.sum_amount = r.decode()?,
                18 => out.tax_amount = r.decode()?,
                19 => out.without_tax_amount = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("box", d::opt(&self.r#box)),
                ("content", d::opt(&self.content)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Box", "Content"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.r#box = r.decode()?,
                1 => out.content = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_vat_invoice`](crate::Client::recognize_vat_invoice) (`RecognizeVATInvoice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeVatInvoiceResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `56A10D65-ECE0-59DE-9775-F6494D2AF13B`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeVatInvoiceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeVatInvoiceResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeVatInvoiceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeVatInvoiceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The values of `FileType`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileType {
    /// `jpg`.
    Jpg,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl FileType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jpg => "jpg",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for FileType {
    fn from(value: &str) -> Self {
        match value {
            "jpg" => Self::Jpg,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
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

impl ::yun_core::json::Decode for FileType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}
