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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_image_share_permission`](crate::Client::describe_image_share_permission) (`DescribeImageSharePermission`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageSharePermissionRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query). Required.
    ///
    /// Example: `m-bp1caf3yicx5jlfl****`.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
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

impl ::std::fmt::Debug for DescribeImageSharePermissionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageSharePermissionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::req(&self.image_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageSharePermissionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ImageId", "PageNumber", "PageSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeImageSharePermissionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `Accounts.Account` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Account {
    /// `AliyunId`.
    ///
    /// Example: `123456****`.
    #[serde(
        rename = "AliyunId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub aliyun_id: ::std::option::Option<::yun_core::Text>,
    /// `SharedTime`.
    ///
    /// Example: `2023-01-01T12:05:00Z`.
    #[serde(
        rename = "SharedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_time: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Account {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Account",
            &[
                ("aliyun_id", d::opt(&self.aliyun_id)),
                ("shared_time", d::opt(&self.shared_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Account {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AliyunId", "SharedTime"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Account::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.aliyun_id = r.decode()?,
                1 => out.shared_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Accounts` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Accounts {
    /// `Account`.
    #[serde(
        rename = "Account",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account: ::std::option::Option<::std::vec::Vec<Account>>,
}

impl ::std::fmt::Debug for Accounts {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Accounts", &[("account", d::opt(&self.account))])
    }
}

impl ::yun_core::json::Decode for Accounts {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Account"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Accounts::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.account = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ShareGroups.ShareGroup` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ShareGroup {
    /// `Group`.
    ///
    /// Example: `all`.
    #[serde(
        rename = "Group",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ShareGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "ShareGroup", &[("group", d::opt(&self.group))])
    }
}

impl ::yun_core::json::Decode for ShareGroup {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Group"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ShareGroup::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.group = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ShareGroups` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ShareGroups {
    /// `ShareGroup`.
    #[serde(
        rename = "ShareGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_group: ::std::option::Option<::std::vec::Vec<ShareGroup>>,
}

impl ::std::fmt::Debug for ShareGroups {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ShareGroups",
            &[("share_group", d::opt(&self.share_group))],
        )
    }
}

impl ::yun_core::json::Decode for ShareGroups {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ShareGroup"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ShareGroups::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.share_group = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_image_share_permission`](crate::Client::describe_image_share_permission) (`DescribeImageSharePermission`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageSharePermissionResponse {
    /// `Accounts`.
    #[serde(
        rename = "Accounts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accounts: ::std::option::Option<Accounts>,
    /// `ImageId`.
    ///
    /// Example: `m-bp1caf3yicx5jlfl****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ShareGroups`.
    #[serde(
        rename = "ShareGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_groups: ::std::option::Option<ShareGroups>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeImageSharePermissionResponse {
    /// The items of `Accounts` (through its wrapper), empty when absent.
    pub fn accounts(&self) -> &[Account] {
        self.accounts
            .as_ref()
            .and_then(|w| w.account.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `ShareGroups` (through its wrapper), empty when absent.
    pub fn share_groups(&self) -> &[ShareGroup] {
        self.share_groups
            .as_ref()
            .and_then(|w| w.share_group.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeImageSharePermissionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageSharePermissionResponse",
            &[
                ("accounts", d::opt(&self.accounts)),
                ("image_id", d::opt(&self.image_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("share_groups", d::opt(&self.share_groups)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageSharePermissionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Accounts",
            "ImageId",
            "PageNumber",
            "PageSize",
            "RegionId",
            "RequestId",
            "ShareGroups",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = DescribeImageSharePermissionResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.accounts = r.decode()?,
                1 => out.image_id = r.decode()?,
                2 => out.page_number = r.decode()?,
                3 => out.page_size = r.decode()?,
                4 => out.region_id = r.decode()?,
                5 => out.request_id = r.decode()?,
                6 => out.share_groups = r.decode()?,
                7 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
