//! `RecognizeTrainTicket`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTrainTicket>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeTrainTicket",
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

/// The request of [`Client::recognize_train_ticket`](crate::Client::recognize_train_ticket) (`RecognizeTrainTicket`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTrainTicketRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeTrainTicket/RecognizeTrainTicket3.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeTrainTicketRequest {
    /// A `RecognizeTrainTicketRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for RecognizeTrainTicketRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTrainTicketRequest",
            &[("image_url", d::req(&self.image_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTrainTicketRequest {
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

        ::std::result::Result::Ok(RecognizeTrainTicketRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `Date`.
    ///
    /// Example: `2017年08月05日22：09开`.
    #[serde(
        rename = "Date",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date: ::std::option::Option<::yun_core::Text>,
    /// `DepartureStation`.
    ///
    /// Example: `苏州站`.
    #[serde(
        rename = "DepartureStation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub departure_station: ::std::option::Option<::yun_core::Text>,
    /// `Destination`.
    ///
    /// Example: `南京南站`.
    #[serde(
        rename = "Destination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination: ::std::option::Option<::yun_core::Text>,
    /// `Level`.
    ///
    /// Example: `二等座`.
    #[serde(
        rename = "Level",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub level: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `帅帅`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Number`.
    ///
    /// Example: `G7350`.
    #[serde(
        rename = "Number",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number: ::std::option::Option<::yun_core::Text>,
    /// `Price`.
    ///
    /// Example: `104.5`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<f64>,
    /// `Seat`.
    ///
    /// Example: `04车13A号`.
    #[serde(
        rename = "Seat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub seat: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("date", d::opt(&self.date)),
                ("departure_station", d::opt(&self.departure_station)),
                ("destination", d::opt(&self.destination)),
                ("level", d::opt(&self.level)),
                ("name", d::opt(&self.name)),
                ("number", d::opt(&self.number)),
                ("price", d::opt(&self.price)),
                ("seat", d::opt(&self.seat)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Date",
            "DepartureStation",
            "Destination",
            "Level",
            "Name",
            "Number",
            "Price",
            "Seat",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.date = r.decode()?,
                1 => out.departure_station = r.decode()?,
                2 => out.destination = r.decode()?,
                3 => out.level = r.decode()?,
                4 => out.name = r.decode()?,
                5 => out.number = r.decode()?,
                6 => out.price = r.decode()?,
                7 => out.seat = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_train_ticket`](crate::Client::recognize_train_ticket) (`RecognizeTrainTicket`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTrainTicketResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `BE4B73EA-30A0-4573-A548-3A101B34641A`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeTrainTicketResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTrainTicketResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTrainTicketResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeTrainTicketResponse::default();
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
