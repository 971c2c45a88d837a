//! `ResetInstancesInternetMaxBandwidth`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesInternetMaxBandwidth>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ResetInstancesInternetMaxBandwidth",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::reset_instances_internet_max_bandwidth`](crate::Client::reset_instances_internet_max_bandwidth) (`ResetInstancesInternetMaxBandwidth`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetInstancesInternetMaxBandwidthRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InternetAccessible`. Required.
    #[serde(rename = "InternetAccessible")]
    pub internet_accessible: crate::models::InternetAccessible,
    /// `StartTime`.
    ///
    /// Example: `2017-03-15`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    ///
    /// Example: `2017-03-16`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
}

impl ResetInstancesInternetMaxBandwidthRequest {
    /// A `ResetInstancesInternetMaxBandwidthRequest` with its required members: `InstanceIds`, `InternetAccessible`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        internet_accessible: crate::models::InternetAccessible,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            internet_accessible,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ResetInstancesInternetMaxBandwidthRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetInstancesInternetMaxBandwidthRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("internet_accessible", d::req(&self.internet_accessible)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResetInstancesInternetMaxBandwidthRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "InternetAccessible", "StartTime", "EndTime"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_internet_accessible: ::std::option::Option<crate::models::InternetAccessible> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_internet_accessible = r.decode()?,
                2 => m_start_time = r.decode()?,
                3 => m_end_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ResetInstancesInternetMaxBandwidthRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            internet_accessible: m_internet_accessible
                .ok_or_else(|| r.missing("InternetAccessible"))?,
            start_time: m_start_time,
            end_time: m_end_time,
        })
    }
}

/// The response of [`Client::reset_instances_internet_max_bandwidth`](crate::Client::reset_instances_internet_max_bandwidth) (`ResetInstancesInternetMaxBandwidth`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetInstancesInternetMaxBandwidthResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResetInstancesInternetMaxBandwidthResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetInstancesInternetMaxBandwidthResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ResetInstancesInternetMaxBandwidthResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResetInstancesInternetMaxBandwidthResponse::default();
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
