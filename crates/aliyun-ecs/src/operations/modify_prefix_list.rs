//! `ModifyPrefixList`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPrefixList>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyPrefixList",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
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
            ::yun_core::internal::Field {
                name: "PrefixListName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AddEntry",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoveEntry",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The `AddEntry` object of the request.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct AddEntry {
    /// `Cidr`. Required.
    #[serde(rename = "Cidr")]
    pub cidr: ::std::string::String,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl AddEntry {
    /// A `AddEntry` with its required members: `Cidr`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(cidr: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            cidr: cidr.into(),
            description: ::std::option::Option::None,
        }
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for AddEntry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AddEntry;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AddEntry` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AddEntry, A::Error> {
                let mut m_cidr: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Cidr" => m_cidr = map.next_value()?,
                        "Description" => m_description = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(AddEntry {
                    cidr: m_cidr.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Cidr")
                    })?,
                    description: m_description,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `RemoveEntry` object of the request.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveEntry {
    /// `Cidr`. Required.
    #[serde(rename = "Cidr")]
    pub cidr: ::std::string::String,
}

impl RemoveEntry {
    /// A `RemoveEntry` with its required members: `Cidr`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(cidr: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { cidr: cidr.into() }
    }
}

impl<'de> ::serde::Deserialize<'de> for RemoveEntry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RemoveEntry;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RemoveEntry` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RemoveEntry, A::Error> {
                let mut m_cidr: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Cidr" => m_cidr = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RemoveEntry {
                    cidr: m_cidr.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Cidr")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The request of [`Client::modify_prefix_list`](crate::Client::modify_prefix_list) (`ModifyPrefixList`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrefixListRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrefixListId` (query). Required.
    #[serde(rename = "PrefixListId")]
    pub prefix_list_id: ::std::string::String,
    /// `PrefixListName` (query).
    #[serde(
        rename = "PrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `AddEntry` (query, sent as `AddEntry.1`, `AddEntry.2`, …).
    ///
    /// At most 201 items.
    #[serde(
        rename = "AddEntry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_entry: ::std::option::Option<::std::vec::Vec<AddEntry>>,
    /// `RemoveEntry` (query, sent as `RemoveEntry.1`, `RemoveEntry.2`, …).
    ///
    /// At most 201 items.
    #[serde(
        rename = "RemoveEntry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_entry: ::std::option::Option<::std::vec::Vec<RemoveEntry>>,
}

impl ModifyPrefixListRequest {
    /// A `ModifyPrefixListRequest` with its required members: `RegionId`, `PrefixListId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        prefix_list_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            prefix_list_id: prefix_list_id.into(),
            prefix_list_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            add_entry: ::std::option::Option::None,
            remove_entry: ::std::option::Option::None,
        }
    }

    /// Sets `PrefixListName`.
    pub fn prefix_list_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.prefix_list_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AddEntry`.
    pub fn add_entry(mut self, value: ::std::vec::Vec<AddEntry>) -> Self {
        self.add_entry = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RemoveEntry`.
    pub fn remove_entry(mut self, value: ::std::vec::Vec<RemoveEntry>) -> Self {
        self.remove_entry = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyPrefixListRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyPrefixListRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyPrefixListRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyPrefixListRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_prefix_list_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_prefix_list_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_add_entry: ::std::option::Option<::std::vec::Vec<AddEntry>> =
                    ::std::option::Option::None;
                let mut m_remove_entry: ::std::option::Option<::std::vec::Vec<RemoveEntry>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "PrefixListId" => m_prefix_list_id = map.next_value()?,
                        "PrefixListName" => m_prefix_list_name = map.next_value()?,
                        "Description" => m_description = map.next_value()?,
                        "AddEntry" => m_add_entry = map.next_value()?,
                        "RemoveEntry" => m_remove_entry = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyPrefixListRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    prefix_list_id: m_prefix_list_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("PrefixListId")
                    })?,
                    prefix_list_name: m_prefix_list_name,
                    description: m_description,
                    add_entry: m_add_entry,
                    remove_entry: m_remove_entry,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_prefix_list`](crate::Client::modify_prefix_list) (`ModifyPrefixList`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrefixListResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyPrefixListResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyPrefixListResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyPrefixListResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyPrefixListResponse, A::Error> {
                let mut out = ModifyPrefixListResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
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
