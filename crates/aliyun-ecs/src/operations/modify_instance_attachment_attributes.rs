//! `ModifyInstanceAttachmentAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAttachmentAttributes>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceAttachmentAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
                name: "PrivatePoolOptions.MatchCriteria",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.Id",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::modify_instance_attachment_attributes`](crate::Client::modify_instance_attachment_attributes) (`ModifyInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttachmentAttributesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `PrivatePoolOptions.MatchCriteria` (query). Required.
    #[serde(rename = "PrivatePoolOptions.MatchCriteria")]
    pub private_pool_options_match_criteria: ::std::string::String,
    /// `PrivatePoolOptions.Id` (query).
    #[serde(
        rename = "PrivatePoolOptions.Id",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::std::string::String>,
}
impl ModifyInstanceAttachmentAttributesRequest {
    /// A `ModifyInstanceAttachmentAttributesRequest` with its required members: `RegionId`, `InstanceId`, `PrivatePoolOptions.MatchCriteria`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        private_pool_options_match_criteria: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            private_pool_options_match_criteria: private_pool_options_match_criteria.into(),
            private_pool_options_id: ::std::option::Option::None,
        }
    }
    /// Sets `PrivatePoolOptions.Id`.
    pub fn private_pool_options_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::modify_instance_attachment_attributes`](crate::Client::modify_instance_attachment_attributes) (`ModifyInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttachmentAttributesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
