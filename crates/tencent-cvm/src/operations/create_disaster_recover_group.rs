//! `CreateDisasterRecoverGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateDisasterRecoverGroup>
/// The request of [`Client::create_disaster_recover_group`](crate::Client::create_disaster_recover_group) (`CreateDisasterRecoverGroup`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDisasterRecoverGroupRequest {
    /// `Name`. Required.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Type`. Required.
    #[serde(rename = "Type")]
    pub r#type: ::std::string::String,
    /// `ClientToken`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `Affinity`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<i64>,
    /// `Strategy`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
    /// `PartitionCount`.
    #[serde(
        rename = "PartitionCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_count: ::std::option::Option<i64>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}
impl CreateDisasterRecoverGroupRequest {
    /// A `CreateDisasterRecoverGroupRequest` with its required members: `Name`, `Type`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            client_token: ::std::option::Option::None,
            affinity: ::std::option::Option::None,
            strategy: ::std::option::Option::None,
            partition_count: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
        }
    }
    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Affinity`.
    pub fn affinity(mut self, value: i64) -> Self {
        self.affinity = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Strategy`.
    pub fn strategy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.strategy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `PartitionCount`.
    pub fn partition_count(mut self, value: i64) -> Self {
        self.partition_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::create_disaster_recover_group`](crate::Client::create_disaster_recover_group) (`CreateDisasterRecoverGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDisasterRecoverGroupResponse {
    /// `DisasterRecoverGroupId`.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `CvmQuotaTotal`.
    #[serde(
        rename = "CvmQuotaTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_quota_total: ::std::option::Option<i64>,
    /// `CurrentNum`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `Strategy`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
    /// `PartitionCount`.
    #[serde(
        rename = "PartitionCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_count: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
