//! `TerminateInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "TerminateInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::terminate_instances`](crate::Client::terminate_instances) (`TerminateInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct TerminateInstancesRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-2pajzo4q"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ReleaseAddress`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "ReleaseAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_address: ::std::option::Option<bool>,
    /// `ReleasePrepaidDataDisks`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "ReleasePrepaidDataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_prepaid_data_disks: ::std::option::Option<bool>,
}

impl TerminateInstancesRequest {
    /// A `TerminateInstancesRequest` with its required members: `InstanceIds`.
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
            release_address: ::std::option::Option::None,
            release_prepaid_data_disks: ::std::option::Option::None,
        }
    }

    /// Sets `ReleaseAddress`.
    pub fn release_address(mut self, value: bool) -> Self {
        self.release_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ReleasePrepaidDataDisks`.
    pub fn release_prepaid_data_disks(mut self, value: bool) -> Self {
        self.release_prepaid_data_disks = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for TerminateInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TerminateInstancesRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("release_address", d::opt(&self.release_address)),
                (
                    "release_prepaid_data_disks",
                    d::opt(&self.release_prepaid_data_disks),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for TerminateInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "ReleaseAddress", "ReleasePrepaidDataDisks"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_release_address: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_release_prepaid_data_disks: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_release_address = r.decode()?,
                2 => m_release_prepaid_data_disks = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(TerminateInstancesRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            release_address: m_release_address,
            release_prepaid_data_disks: m_release_prepaid_data_disks,
        })
    }
}

/// The response of [`Client::terminate_instances`](crate::Client::terminate_instances) (`TerminateInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TerminateInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for TerminateInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TerminateInstancesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for TerminateInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = TerminateInstancesResponse::default();
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
