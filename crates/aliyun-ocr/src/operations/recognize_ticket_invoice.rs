//! `RecognizeTicketInvoice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTicketInvoice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeTicketInvoice",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::recognize_ticket_invoice`](crate::Client::recognize_ticket_invoice) (`RecognizeTicketInvoice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTicketInvoiceRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeTicketInvoice/RecognizeTicketInvoice1.png`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeTicketInvoiceRequest {
    /// A `RecognizeTicketInvoiceRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for RecognizeTicketInvoiceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTicketInvoiceRequest",
            &[("image_url", d::req(&self.image_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTicketInvoiceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageURL"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_url = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeTicketInvoiceRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The `Data.Results.Content` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Content {
    /// `AntiFakeCode`.
    ///
    /// Example: `81931914902643039780`.
    #[serde(
        rename = "AntiFakeCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anti_fake_code: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceCode`.
    ///
    /// Example: `044031860107`.
    #[serde(
        rename = "InvoiceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_code: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceDate`.
    ///
    /// Example: `2018-09-20`.
    #[serde(
        rename = "InvoiceDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_date: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceNumber`.
    ///
    /// Example: `09267581`.
    #[serde(
        rename = "InvoiceNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_number: ::std::option::Option<::yun_core::Text>,
    /// `PayeeName`.
    ///
    /// Example: `深圳市xxxx有限公司`.
    #[serde(
        rename = "PayeeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::yun_core::Text>,
    /// `PayeeRegisterNo`.
    ///
    /// Example: `914403002794492693`.
    #[serde(
        rename = "PayeeRegisterNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_register_no: ::std::option::Option<::yun_core::Text>,
    /// `PayerName`.
    ///
    /// Example: `深圳市xxxx有限公司`.
    #[serde(
        rename = "PayerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_name: ::std::option::Option<::yun_core::Text>,
    /// `PayerRegisterNo`.
    ///
    /// Example: `91440300MA5EXWHW6F`.
    #[serde(
        rename = "PayerRegisterNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payer_register_no: ::std::option::Option<::yun_core::Text>,
    /// `SumAmount`.
    ///
    /// Example: `￥220.00`.
    #[serde(
        rename = "SumAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sum_amount: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Content {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Content",
            &[
                ("anti_fake_code", d::opt(&self.anti_fake_code)),
                ("invoice_code", d::opt(&self.invoice_code)),
                ("invoice_date", d::opt(&self.invoice_date)),
                ("invoice_number", d::opt(&self.invoice_number)),
                ("payee_name", d::opt(&self.payee_name)),
                ("payee_register_no", d::opt(&self.payee_register_no)),
                ("payer_name", d::opt(&self.payer_name)),
                ("payer_register_no", d::opt(&self.payer_register_no)),
                ("sum_amount", d::opt(&self.sum_amount)),
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
            "InvoiceCode",
            "InvoiceDate",
            "InvoiceNumber",
            "PayeeName",
            "PayeeRegisterNo",
            "PayerName",
            "PayerRegisterNo",
            "SumAmount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = Content::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.anti_fake_code = r.decode()?,
                1 => out.invoice_code = r.decode()?,
                2 => out.invoice_date = r.decode()?,
                3 => out.invoice_number = r.decode()?,
                4 => out.payee_name = r.decode()?,
                5 => out.payee_register_no = r.decode()?,
                6 => out.payer_name = r.decode()?,
                7 => out.payer_register_no = r.decode()?,
                8 => out.sum_amount = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Results` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// `Content`.
    #[serde(
        rename = "Content",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content: ::std::option::Option<Content>,
    /// `Index`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Index",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index: ::std::option::Option<i64>,
    /// `KeyValueInfos`.
    #[serde(
        rename = "KeyValueInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_value_infos: ::std::option::Option<::std::vec::Vec<crate::models::KeyValueInfos>>,
    /// `SliceRectangle`.
    #[serde(
        rename = "SliceRectangle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slice_rectangle: ::std::option::Option<::std::vec::Vec<crate::models::Position>>,
    /// `Type`.
    ///
    /// Example: `卷票`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResultModel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResultModel",
            &[
                ("content", d::opt(&self.content)),
                ("index", d::opt(&self.index)),
                ("key_value_infos", d::opt(&self.key_value_infos)),
                ("slice_rectangle", d::opt(&self.slice_rectangle)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResultModel {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Content",
            "Index",
            "KeyValueInfos",
            "SliceRectangle",
            "Type",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = ResultModel::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.content = r.decode()?,
                1 => out.index = r.decode()?,
                2 => out.key_value_infos = r.decode()?,
                3 => out.slice_rectangle = r.decode()?,
                4 => out.r#type = r.decode()?,
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
    /// `Count`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Count",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub count: ::std::option::Option<i64>,
    /// `Height`.
    ///
    /// Example: `594`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `OrgHeight`.
    ///
    /// Example: `1417`.
    #[serde(
        rename = "OrgHeight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_height: ::std::option::Option<i64>,
    /// `OrgWidth`.
    ///
    /// Example: `1417`.
    #[serde(
        rename = "OrgWidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_width: ::std::option::Option<i64>,
    /// `Results`.
    #[serde(
        rename = "Results",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub results: ::std::option::Option<::std::vec::Vec<ResultModel>>,
    /// `Width`.
    ///
    /// Example: `594`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("count", d::opt(&self.count)),
                ("height", d::opt(&self.height)),
                ("org_height", d::opt(&self.org_height)),
                ("org_width", d::opt(&self.org_width)),
                ("results", d::opt(&self.results)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Count",
            "Height",
            "OrgHeight",
            "OrgWidth",
            "Results",
            "Width",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.count = r.decode()?,
                1 => out.height = r.decode()?,
                2 => out.org_height = r.decode()?,
                3 => out.org_width = r.decode()?,
                4 => out.results = r.decode()?,
                5 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_ticket_invoice`](crate::Client::recognize_ticket_invoice) (`RecognizeTicketInvoice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTicketInvoiceResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `063C0178-7EA3-4754-96FB-C0C9AE6B9AAE`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeTicketInvoiceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTicketInvoiceResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTicketInvoiceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeTicketInvoiceResponse::default();
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
