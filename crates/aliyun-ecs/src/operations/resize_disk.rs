//! `ResizeDisk`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ResizeDisk>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ResizeDisk",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Type",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NewSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::resize_disk`](crate::Client::resize_disk) (`ResizeDisk`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResizeDiskRequest {
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp67acfmxazb4p****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `Type` (query).
    ///
    /// Default: `offline`.
    ///
    /// Example: `offline`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `NewSize` (query). Required.
    ///
    /// From 1 to 65536.
    ///
    /// Example: `1900`.
    #[serde(rename = "NewSize")]
    pub new_size: i32,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl ResizeDiskRequest {
    /// A `ResizeDiskRequest` with its required members: `DiskId`, `NewSize`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disk_id: impl ::std::convert::Into<::std::string::String>, new_size: i32) -> Self {
        Self {
            disk_id: disk_id.into(),
            r#type: ::std::option::Option::None,
            new_size,
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `Type`.
    pub fn r#type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ResizeDiskRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResizeDiskRequest",
            &[
                ("disk_id", d::req(&self.disk_id)),
                ("type", d::opt(&self.r#type)),
                ("new_size", d::req(&self.new_size)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResizeDiskRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskId", "Type", "NewSize", "ClientToken"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_type: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_new_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disk_id = r.decode()?,
                1 => m_type = r.decode()?,
                2 => m_new_size = r.decode()?,
                3 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ResizeDiskRequest {
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            r#type: m_type,
            new_size: m_new_size.ok_or_else(|| r.missing("NewSize"))?,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::resize_disk`](crate::Client::resize_disk) (`ResizeDisk`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResizeDiskResponse {
    /// `OrderId`.
    ///
    /// Example: `20413515388****`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `F3CD6886-D8D0-4FEE-B93E-1B732396****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResizeDiskResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResizeDiskResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResizeDiskResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ResizeDiskResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
