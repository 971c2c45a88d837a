//! `DeleteInstancesDisasterRecoverGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesDisasterRecoverGroups>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteInstancesDisasterRecoverGroups",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::delete_instances_disaster_recover_groups`](crate::Client::delete_instances_disaster_recover_groups) (`DeleteInstancesDisasterRecoverGroups`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteInstancesDisasterRecoverGroupsRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-23sh03x7"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `DisasterRecoverGroupIds`. Required.
    ///
    /// Example: `["ps-c119a27y"]`.
    #[serde(rename = "DisasterRecoverGroupIds")]
    pub disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>,
}

impl DeleteInstancesDisasterRecoverGroupsRequest {
    /// A `DeleteInstancesDisasterRecoverGroupsRequest` with its required members: `InstanceIds`, `DisasterRecoverGroupIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        disaster_recover_group_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            disaster_recover_group_ids: disaster_recover_group_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for DeleteInstancesDisasterRecoverGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteInstancesDisasterRecoverGroupsRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                (
                    "disaster_recover_group_ids",
                    d::req(&self.disaster_recover_group_ids),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteInstancesDisasterRecoverGroupsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "DisasterRecoverGroupIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_disaster_recover_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_disaster_recover_group_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteInstancesDisasterRecoverGroupsRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            disaster_recover_group_ids: m_disaster_recover_group_ids
                .ok_or_else(|| r.missing("DisasterRecoverGroupIds"))?,
        })
    }
}

/// The response of [`Client::delete_instances_disaster_recover_groups`](crate::Client::delete_instances_disaster_recover_groups) (`DeleteInstancesDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteInstancesDisasterRecoverGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteInstancesDisasterRecoverGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteInstancesDisasterRecoverGroupsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteInstancesDisasterRecoverGroupsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteInstancesDisasterRecoverGroupsResponse::default();
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
