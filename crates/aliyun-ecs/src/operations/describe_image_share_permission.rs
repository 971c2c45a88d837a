//! `DescribeImageSharePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageSharePermission>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImageSharePermission",
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
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_image_share_permission`](crate::Client::describe_image_share_permission) (`DescribeImageSharePermission`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageSharePermissionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query). Required.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeImageSharePermissionRequest {
    /// A `DescribeImageSharePermissionRequest` with its required members: `RegionId`, `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: image_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeImageSharePermissionRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImageSharePermissionRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImageSharePermissionRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImageSharePermissionRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ImageId" => m_image_id = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeImageSharePermissionRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    image_id: m_image_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageId")
                    })?,
                    page_number: m_page_number,
                    page_size: m_page_size,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Accounts.Account` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Account {
    /// `AliyunId`.
    #[serde(
        rename = "AliyunId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub aliyun_id: ::std::option::Option<::std::string::String>,
    /// `SharedTime`.
    #[serde(
        rename = "SharedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_time: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Account {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Account;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Account` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Account, A::Error> {
                let mut out = Account::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AliyunId" => out.aliyun_id = map.next_value()?,
                        "SharedTime" => out.shared_time = map.next_value()?,
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

/// The `Accounts` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Accounts {
    /// `Account`.
    #[serde(
        rename = "Account",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account: ::std::option::Option<::std::vec::Vec<Account>>,
}

impl<'de> ::serde::Deserialize<'de> for Accounts {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Accounts;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Accounts` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Accounts, A::Error> {
                let mut out = Accounts::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Account" => out.account = map.next_value()?,
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

/// The `ShareGroups.ShareGroup` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ShareGroup {
    /// `Group`.
    #[serde(
        rename = "Group",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ShareGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ShareGroup;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ShareGroup` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ShareGroup, A::Error> {
                let mut out = ShareGroup::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Group" => out.group = map.next_value()?,
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

/// The `ShareGroups` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ShareGroups {
    /// `ShareGroup`.
    #[serde(
        rename = "ShareGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_group: ::std::option::Option<::std::vec::Vec<ShareGroup>>,
}

impl<'de> ::serde::Deserialize<'de> for ShareGroups {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ShareGroups;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ShareGroups` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ShareGroups, A::Error> {
                let mut out = ShareGroups::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ShareGroup" => out.share_group = map.next_value()?,
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

/// The response of [`Client::describe_image_share_permission`](crate::Client::describe_image_share_permission) (`DescribeImageSharePermission`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageSharePermissionResponse {
    /// `Accounts`.
    #[serde(
        rename = "Accounts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accounts: ::std::option::Option<Accounts>,
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `ShareGroups`.
    #[serde(
        rename = "ShareGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_groups: ::std::option::Option<ShareGroups>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeImageSharePermissionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImageSharePermissionResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImageSharePermissionResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImageSharePermissionResponse, A::Error> {
                let mut out = DescribeImageSharePermissionResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Accounts" => out.accounts = map.next_value()?,
                        "ImageId" => out.image_id = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "ShareGroups" => out.share_groups = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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
