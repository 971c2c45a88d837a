//! `RecognizeQuotaInvoice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeQuotaInvoice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeQuotaInvoice",
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

/// The request of [`Client::recognize_quota_invoice`](crate::Client::recognize_quota_invoice) (`RecognizeQuotaInvoice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQuotaInvoiceRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeQuotaInvoice/RecognizeQuotaInvoice1.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeQuotaInvoiceRequest {
    /// A `RecognizeQuotaInvoiceRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for RecognizeQuotaInvoiceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeQuotaInvoiceRequest",
            &[("image_url", d::req(&self.image_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeQuotaInvoiceRequest {
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

        ::std::result::Result::Ok(RecognizeQuotaInvoiceRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The `Data.Content` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Content {
    /// `InvoiceAmount`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "InvoiceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amount: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceCode`.
    ///
    /// Example: `144031800103`.
    #[serde(
        rename = "InvoiceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_code: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceDetails`.
    #[serde(
        rename = "InvoiceDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_details: ::std::option::Option<::yun_core::Text>,
    /// `InvoiceNo`.
    ///
    /// Example: `40637706`.
    #[serde(
        rename = "InvoiceNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_no: ::std::option::Option<::yun_core::Text>,
    /// `SumAmount`.
    ///
    /// Example: `壹拾元整`.
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
                ("invoice_amount", d::opt(&self.invoice_amount)),
                ("invoice_code", d::opt(&self.invoice_code)),
                ("invoice_details", d::opt(&self.invoice_details)),
                ("invoice_no", d::opt(&self.invoice_no)),
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
            "InvoiceAmount",
            "InvoiceCode",
            "InvoiceDetails",
            "InvoiceNo",
            "SumAmount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = Content::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invoice_amount = r.decode()?,
                1 => out.invoice_code = r.decode()?,
                2 => out.invoice_details = r.decode()?,
                3 => out.invoice_no = r.decode()?,
                4 => out.sum_amount = r.decode()?,
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
    /// `Angle`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<i64>,
    /// `Content`.
    #[serde(
        rename = "Content",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content: ::std::option::Option<Content>,
    /// `Height`.
    ///
    /// Example: `624`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `KeyValueInfos`.
    #[serde(
        rename = "KeyValueInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_value_infos: ::std::option::Option<::std::vec::Vec<crate::models::KeyValueInfos>>,
    /// `OrgHeight`.
    ///
    /// Example: `610`.
    #[serde(
        rename = "OrgHeight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_height: ::std::option::Option<i64>,
    /// `OrgWidth`.
    ///
    /// Example: `855`.
    #[serde(
        rename = "OrgWidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_width: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `865`.
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
                ("angle", d::opt(&self.angle)),
                ("content", d::opt(&self.content)),
                ("height", d::opt(&self.height)),
                ("key_value_infos", d::opt(&self.key_value_infos)),
                ("org_height", d::opt(&self.org_height)),
                ("org_width", d::opt(&self.org_width)),
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
            "Angle",
            "Content",
            "Height",
            "KeyValueInfos",
            "OrgHeight",
            "OrgWidth",
            "Width",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.angle = r.decode()?,
                1 => out.content = r.decode()?,
                2 => out.height = r.decode()?,
                3 => out.key_value_infos = r.decode()?,
                4 => out.org_height = r.decode()?,
                5 => out.org_width = r.decode()?,
                6 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_quota_invoice`](crate::Client::recognize_quota_invoice) (`RecognizeQuotaInvoice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQuotaInvoiceResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `BC4C12D0-7FD3-419A-B997-A91212DF6D82`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeQuotaInvoiceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeQuotaInvoiceResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeQuotaInvoiceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeQuotaInvoiceResponse::default();
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
