//! `ResetInstancesInternetMaxBandwidth`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesInternetMaxBandwidth>
/// The request of [`Client::reset_instances_internet_max_bandwidth`](crate::Client::reset_instances_internet_max_bandwidth) (`ResetInstancesInternetMaxBandwidth`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResetInstancesInternetMaxBandwidthRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InternetAccessible`. Required.
    #[serde(rename = "InternetAccessible")]
    pub internet_accessible: crate::models::InternetAccessible,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
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
        instance_ids: ::std::vec::Vec<::std::string::String>,
        internet_accessible: crate::models::InternetAccessible,
    ) -> Self {
        Self {
            instance_ids,
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
/// The response of [`Client::reset_instances_internet_max_bandwidth`](crate::Client::reset_instances_internet_max_bandwidth) (`ResetInstancesInternetMaxBandwidth`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResetInstancesInternetMaxBandwidthResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
