//! `RecognizeBankCard`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeBankCard>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeBankCard",
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

/// The request of [`Client::recognize_bank_card`](crate::Client::recognize_bank_card) (`RecognizeBankCard`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeBankCardRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeBankCard/yhk3.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeBankCardRequest {
    /// A `RecognizeBankCardRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for RecognizeBankCardRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeBankCardRequest",
            &[("image_url", d::req(&self.image_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeBankCardRequest {
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

        ::std::result::Result::Ok(RecognizeBankCardRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `BankName`.
    ///
    /// Example: `中国工商银行`.
    #[serde(
        rename = "BankName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::yun_core::Text>,
    /// `CardNumber`.
    ///
    /// Example: `6212262315007683105`.
    #[serde(
        rename = "CardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<::yun_core::Text>,
    /// `CardType`.
    ///
    /// Example: `CC`.
    #[serde(
        rename = "CardType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_type: ::std::option::Option<::yun_core::Text>,
    /// `ValidDate`.
    ///
    /// Example: `07/26`.
    #[serde(
        rename = "ValidDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_date: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("bank_name", d::opt(&self.bank_name)),
                ("card_number", d::opt(&self.card_number)),
                ("card_type", d::opt(&self.card_type)),
                ("valid_date", d::opt(&self.valid_date)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["BankName", "CardNumber", "CardType", "ValidDate"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bank_name = r.decode()?,
                1 => out.card_number = r.decode()?,
                2 => out.card_type = r.decode()?,
                3 => out.valid_date = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_bank_card`](crate::Client::recognize_bank_card) (`RecognizeBankCard`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeBankCardResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `D9C7521-0367-42EE-9646-FD066CCADB26`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeBankCardResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeBankCardResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeBankCardResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeBankCardResponse::default();
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
