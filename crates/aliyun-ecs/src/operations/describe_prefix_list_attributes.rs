//! `DescribePrefixListAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixListAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribePrefixListAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribePrefixListAttributesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribePrefixListAttributesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribePrefixListAttributesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribePrefixListAttributesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_prefix_list_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "PrefixListId" => m_prefix_list_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribePrefixListAttributesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    prefix_list_id: m_prefix_list_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("PrefixListId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Entries.Entry` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Entry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Entry;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Entry` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Entry, A::Error> {
                let mut out = Entry::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Cidr" => out.cidr = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Entries` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Entries {
    /// `Entry`.
    #[serde(
        rename = "Entry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entry: ::std::option::Option<::std::vec::Vec<Entry>>,
}

impl<'de> ::serde::Deserialize<'de> for Entries {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Entries;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Entries` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Entries, A::Error> {
                let mut out = Entries::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Entry" => out.entry = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_prefix_list_attributes`](crate::Client::describe_prefix_list_attributes) (`DescribePrefixListAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribePrefixListAttributesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribePrefixListAttributesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribePrefixListAttributesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribePrefixListAttributesResponse, A::Error> {
                let mut out = DescribePrefixListAttributesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AddressFamily" => out.address_family = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "Entries" => out.entries = map.next_value()?,
                        "MaxEntries" => out.max_entries = map.next_value()?,
                        "PrefixListId" => out.prefix_list_id = map.next_value()?,
                        "PrefixListName" => out.prefix_list_name = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
