//! `GetInstanceScreenshot`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/GetInstanceScreenshot>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "GetInstanceScreenshot",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "WakeUp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::get_instance_screenshot`](crate::Client::get_instance_screenshot) (`GetInstanceScreenshot`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetInstanceScreenshotRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-shenzhen`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1gbz20g229bvu5****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `WakeUp` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "WakeUp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wake_up: ::std::option::Option<bool>,
}

impl GetInstanceScreenshotRequest {
    /// A `GetInstanceScreenshotRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            wake_up: ::std::option::Option::None,
        }
    }

    /// Sets `WakeUp`.
    pub fn wake_up(mut self, value: bool) -> Self {
        self.wake_up = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for GetInstanceScreenshotRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "GetInstanceScreenshotRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                ("wake_up", d::opt(&self.wake_up)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for GetInstanceScreenshotRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "InstanceId", "WakeUp"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_wake_up: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_wake_up = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(GetInstanceScreenshotRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            wake_up: m_wake_up,
        })
    }
}

/// The response of [`Client::get_instance_screenshot`](crate::Client::get_instance_screenshot) (`GetInstanceScreenshot`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetInstanceScreenshotResponse {
    /// `InstanceId`.
    ///
    /// Example: `i-bp1gbz20g229bvu5****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Screenshot`.
    ///
    /// Example: `iVBORw0KGgoA...AAABJRU5ErkJggg==`.
    #[serde(
        rename = "Screenshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub screenshot: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for GetInstanceScreenshotResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "GetInstanceScreenshotResponse",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("request_id", d::opt(&self.request_id)),
                ("screenshot", d::opt(&self.screenshot)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for GetInstanceScreenshotResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "RequestId", "Screenshot"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = GetInstanceScreenshotResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.screenshot = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
