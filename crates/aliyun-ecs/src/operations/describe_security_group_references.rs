//! `DescribeSecurityGroupReferences`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroupReferences>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSecurityGroupReferences",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_security_group_references`](crate::Client::describe_security_group_references) (`DescribeSecurityGroupReferences`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupReferencesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SecurityGroupId` (query, sent as `SecurityGroupId.1`, `SecurityGroupId.2`, …). Required.
    ///
    /// At most 10 items.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::vec::Vec<::std::string::String>,
}
impl DescribeSecurityGroupReferencesRequest {
    /// A `DescribeSecurityGroupReferencesRequest` with its required members: `RegionId`, `SecurityGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        security_group_id: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            security_group_id,
        }
    }
}
/// The `SecurityGroupReferences.SecurityGroupReference.ReferencingSecurityGroups.ReferencingSecurityGroup` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReferencingSecurityGroup {
    /// `AliUid`.
    #[serde(
        rename = "AliUid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ali_uid: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
}
/// The `SecurityGroupReferences.SecurityGroupReference.ReferencingSecurityGroups` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReferencingSecurityGroups {
    /// `ReferencingSecurityGroup`.
    #[serde(
        rename = "ReferencingSecurityGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub referencing_security_group:
        ::std::option::Option<::std::vec::Vec<ReferencingSecurityGroup>>,
}
/// The `SecurityGroupReferences.SecurityGroupReference` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupReference {
    /// `ReferencingSecurityGroups`.
    #[serde(
        rename = "ReferencingSecurityGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub referencing_security_groups: ::std::option::Option<ReferencingSecurityGroups>,
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
}
/// The `SecurityGroupReferences` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupReferences {
    /// `SecurityGroupReference`.
    #[serde(
        rename = "SecurityGroupReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_reference: ::std::option::Option<::std::vec::Vec<SecurityGroupReference>>,
}
/// The response of [`Client::describe_security_group_references`](crate::Client::describe_security_group_references) (`DescribeSecurityGroupReferences`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupReferencesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupReferences`.
    #[serde(
        rename = "SecurityGroupReferences",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_references: ::std::option::Option<SecurityGroupReferences>,
}
