//! `StopInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StopInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "StopInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::stop_instances`](crate::Client::stop_instances) (`StopInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstancesRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy","ins-5d8a23rs"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceStop`. Deprecated by the vendor.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `StopType`.
    ///
    /// Example: `SOFT`.
    #[serde(
        rename = "StopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_type: ::std::option::Option<::std::string::String>,
    /// `StoppedMode`.
    ///
    /// Example: `KEEP_CHARGING`.
    #[serde(
        rename = "StoppedMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stopped_mode: ::std::option::Option<::std::string::String>,
}

impl StopInstancesRequest {
    /// A `StopInstancesRequest` with its required members: `InstanceIds`.
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
            force_stop: ::std::option::Option::None,
            stop_type: ::std::option::Option::None,
            stopped_mode: ::std::option::Option::None,
        }
    }

    /// Sets `ForceStop`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stop_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StoppedMode`.
    pub fn stopped_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stopped_mode = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for StopInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StopInstancesRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("force_stop", d::opt(&self.force_stop)),
                ("stop_type", d::opt(&self.stop_type)),
                ("stopped_mode", d::opt(&self.stopped_mode)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StopInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "ForceStop", "StopType", "StoppedMode"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_stop_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_stopped_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_force_stop = r.decode()?,
                2 => m_stop_type = r.decode()?,
                3 => m_stopped_mode = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(StopInstancesRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            force_stop: m_force_stop,
            stop_type: m_stop_type,
            stopped_mode: m_stopped_mode,
        })
    }
}

/// The response of [`Client::stop_instances`](crate::Client::stop_instances) (`StopInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for StopInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StopInstancesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for StopInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = StopInstancesResponse::default();
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
