//! `ModifyInstancesProject`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesProject>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstancesProject",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_instances_project`](crate::Client::modify_instances_project) (`ModifyInstancesProject`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesProjectRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy","ins-5d8a23rs"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ProjectId`. Required.
    ///
    /// Example: `1045`.
    #[serde(rename = "ProjectId")]
    pub project_id: i64,
}

impl ModifyInstancesProjectRequest {
    /// A `ModifyInstancesProjectRequest` with its required members: `InstanceIds`, `ProjectId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        project_id: i64,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            project_id,
        }
    }
}

impl ::std::fmt::Debug for ModifyInstancesProjectRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesProjectRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("project_id", d::req(&self.project_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesProjectRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "ProjectId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_project_id: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_project_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstancesProjectRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            project_id: m_project_id.ok_or_else(|| r.missing("ProjectId"))?,
        })
    }
}

/// The response of [`Client::modify_instances_project`](crate::Client::modify_instances_project) (`ModifyInstancesProject`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesProjectResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstancesProjectResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesProjectResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesProjectResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstancesProjectResponse::default();
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
