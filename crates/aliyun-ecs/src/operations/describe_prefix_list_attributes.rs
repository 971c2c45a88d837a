//! `DescribePrefixListAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixListAttributes>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribePrefixListAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrefixListId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_prefix_list_attributes`](crate::Client::describe_prefix_list_attributes) (`DescribePrefixListAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribePrefixListAttributesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrefixListId` (query). Required.
    #[serde(rename = "PrefixListId")]
    pub prefix_list_id: ::std::string::String,
}
impl DescribePrefixListAttributesRequest {
    /// A `DescribePrefixListAttributesRequest` with its required members: `RegionId`, `PrefixListId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        prefix_list_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            prefix_list_id: prefix_list_id.into(),
        }
    }
}
/// The `Entries.Entry` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Entry {
    /// `Cidr`.
    #[serde(
        rename = "Cidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}
/// The `Entries` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Entries {
    /// `Entry`.
    #[serde(
        rename = "Entry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entry: ::std::option::Option<::std::vec::Vec<Entry>>,
}
/// The response of [`Client::describe_prefix_list_attributes`](crate::Client::describe_prefix_list_attributes) (`DescribePrefixListAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribePrefixListAttributesResponse {
    /// `AddressFamily`.
    #[serde(
        rename = "AddressFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_family: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Entries`.
    #[serde(
        rename = "Entries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entries: ::std::option::Option<Entries>,
    /// `MaxEntries`.
    #[serde(
        rename = "MaxEntries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_entries: ::std::option::Option<i64>,
    /// `PrefixListId`.
    #[serde(
        rename = "PrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_id: ::std::option::Option<::std::string::String>,
    /// `PrefixListName`.
    #[serde(
        rename = "PrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_name: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
