//! `DeleteDisasterRecoverGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteDisasterRecoverGroups>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteDisasterRecoverGroups",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::delete_disaster_recover_groups`](crate::Client::delete_disaster_recover_groups) (`DeleteDisasterRecoverGroups`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDisasterRecoverGroupsRequest {
    /// `DisasterRecoverGroupIds`. Required.
    ///
    /// Example: `["ps-58l1hu01"]`.
    #[serde(rename = "DisasterRecoverGroupIds")]
    pub disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>,
}

impl DeleteDisasterRecoverGroupsRequest {
    /// A `DeleteDisasterRecoverGroupsRequest` with its required members: `DisasterRecoverGroupIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        disaster_recover_group_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            disaster_recover_group_ids: disaster_recover_group_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for DeleteDisasterRecoverGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteDisasterRecoverGroupsRequest",
            &[(
                "disaster_recover_group_ids",
                d::req(&self.disaster_recover_group_ids),
            )],
        )
    }
}

impl ::yun_core::json::Decode for DeleteDisasterRecoverGroupsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DisasterRecoverGroupIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_disaster_recover_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disaster_recover_group_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteDisasterRecoverGroupsRequest {
            disaster_recover_group_ids: m_disaster_recover_group_ids
                .ok_or_else(|| r.missing("DisasterRecoverGroupIds"))?,
        })
    }
}

/// The response of [`Client::delete_disaster_recover_groups`](crate::Client::delete_disaster_recover_groups) (`DeleteDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDisasterRecoverGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteDisasterRecoverGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteDisasterRecoverGroupsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteDisasterRecoverGroupsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteDisasterRecoverGroupsResponse::default();
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
