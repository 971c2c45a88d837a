//! `ModifyInstanceAutoReleaseTime`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAutoReleaseTime>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceAutoReleaseTime",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
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
                name: "AutoReleaseTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_auto_release_time`](crate::Client::modify_instance_auto_release_time) (`ModifyInstanceAutoReleaseTime`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAutoReleaseTimeRequest {
    /// `RegionId` (query).
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1env7nl3mijm2t****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `AutoReleaseTime` (query).
    ///
    /// Example: `2018-01-01T01:02:03Z`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::std::string::String>,
}

impl ModifyInstanceAutoReleaseTimeRequest {
    /// A `ModifyInstanceAutoReleaseTimeRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            instance_id: instance_id.into(),
            auto_release_time: ::std::option::Option::None,
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoReleaseTime`.
    pub fn auto_release_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_release_time = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceAutoReleaseTimeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAutoReleaseTimeRequest",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                ("auto_release_time", d::opt(&self.auto_release_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAutoReleaseTimeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "InstanceId", "AutoReleaseTime"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_release_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_auto_release_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceAutoReleaseTimeRequest {
            region_id: m_region_id,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            auto_release_time: m_auto_release_time,
        })
    }
}

/// The response of [`Client::modify_instance_auto_release_time`](crate::Client::modify_instance_auto_release_time) (`ModifyInstanceAutoReleaseTime`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAutoReleaseTimeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceAutoReleaseTimeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAutoReleaseTimeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAutoReleaseTimeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceAutoReleaseTimeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
