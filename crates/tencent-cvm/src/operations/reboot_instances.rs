//! `RebootInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RebootInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RebootInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RebootInstancesRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy","ins-5d8a23rs"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceReboot`. Deprecated by the vendor.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ForceReboot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_reboot: ::std::option::Option<bool>,
    /// `StopType`.
    ///
    /// Example: `SOFT`.
    #[serde(
        rename = "StopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_type: ::std::option::Option<::std::string::String>,
}

impl RebootInstancesRequest {
    /// A `RebootInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            force_reboot: ::std::option::Option::None,
            stop_type: ::std::option::Option::None,
        }
    }

    /// Sets `ForceReboot`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn force_reboot(mut self, value: bool) -> Self {
        self.force_reboot = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stop_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RebootInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RebootInstancesRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("force_reboot", d::opt(&self.force_reboot)),
                ("stop_type", d::opt(&self.stop_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RebootInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "ForceReboot", "StopType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_force_reboot: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_stop_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_force_reboot = r.decode()?,
                2 => m_stop_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RebootInstancesRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            force_reboot: m_force_reboot,
            stop_type: m_stop_type,
        })
    }
}

/// The response of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RebootInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RebootInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RebootInstancesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for RebootInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RebootInstancesResponse::default();
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
