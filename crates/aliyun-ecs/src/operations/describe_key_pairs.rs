//! `DescribeKeyPairs`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeKeyPairs>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeKeyPairs",
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
                name: "KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairFingerPrint",
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
            ::yun_core::internal::Field {
                name: "IncludePublicKey",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_key_pairs`](crate::Client::describe_key_pairs) (`DescribeKeyPairs`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeKeyPairsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `KeyPairName` (query).
    ///
    /// Example: `*SshKey*`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `KeyPairFingerPrint` (query).
    ///
    /// Example: `ABC1234567`.
    #[serde(
        rename = "KeyPairFingerPrint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_finger_print: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 50.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `IncludePublicKey` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "IncludePublicKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_public_key: ::std::option::Option<bool>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-amnhr7u7c7hj****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeKeyPairsRequest {
    /// A `DescribeKeyPairsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            key_pair_name: ::std::option::Option::None,
            key_pair_finger_print: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            include_public_key: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `KeyPairName`.
    pub fn key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_pair_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `KeyPairFingerPrint`.
    pub fn key_pair_finger_print(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_pair_finger_print = ::std::option::Option::Some(value.into());
        self
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

    /// Sets `IncludePublicKey`.
    pub fn include_public_key(mut self, value: bool) -> Self {
        self.include_public_key = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeKeyPairsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeKeyPairsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("key_pair_finger_print", d::opt(&self.key_pair_finger_print)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("include_public_key", d::opt(&self.include_public_key)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeKeyPairsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "KeyPairName",
            "KeyPairFingerPrint",
            "PageNumber",
            "PageSize",
            "IncludePublicKey",
            "ResourceGroupId",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_finger_print: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_include_public_key: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_key_pair_name = r.decode()?,
                2 => m_key_pair_finger_print = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                5 => m_include_public_key = r.decode()?,
                6 => m_resource_group_id = r.decode()?,
                7 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeKeyPairsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            key_pair_name: m_key_pair_name,
            key_pair_finger_print: m_key_pair_finger_print,
            page_number: m_page_number,
            page_size: m_page_size,
            include_public_key: m_include_public_key,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
        })
    }
}

/// The `KeyPairs.KeyPair` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct KeyPair {
    /// `CreationTime`.
    ///
    /// Example: `2023-09-04T08:33Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `KeyPairFingerPrint`.
    ///
    /// Example: `ABC1234567`.
    #[serde(
        rename = "KeyPairFingerPrint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_finger_print: ::std::option::Option<::yun_core::Text>,
    /// `KeyPairName`.
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::yun_core::Text>,
    /// `PublicKey`.
    ///
    /// Example: `ssh-rsa****`.
    #[serde(
        rename = "PublicKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_key: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-amnhr7u7c7hj****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
}

impl KeyPair {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "KeyPair",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("key_pair_finger_print", d::opt(&self.key_pair_finger_print)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("public_key", d::opt(&self.public_key)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for KeyPair {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "KeyPairFingerPrint",
            "KeyPairName",
            "PublicKey",
            "ResourceGroupId",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = KeyPair::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.key_pair_finger_print = r.decode()?,
                2 => out.key_pair_name = r.decode()?,
                3 => out.public_key = r.decode()?,
                4 => out.resource_group_id = r.decode()?,
                5 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `KeyPairs` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct KeyPairs {
    /// `KeyPair`.
    #[serde(
        rename = "KeyPair",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair: ::std::option::Option<::std::vec::Vec<KeyPair>>,
}

impl ::std::fmt::Debug for KeyPairs {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "KeyPairs", &[("key_pair", d::opt(&self.key_pair))])
    }
}

impl ::yun_core::json::Decode for KeyPairs {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["KeyPair"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = KeyPairs::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key_pair = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_key_pairs`](crate::Client::describe_key_pairs) (`DescribeKeyPairs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeKeyPairsResponse {
    /// `KeyPairs`.
    #[serde(
        rename = "KeyPairs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pairs: ::std::option::Option<KeyPairs>,
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
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeKeyPairsResponse {
    /// The items of `KeyPairs` (through its wrapper), empty when absent.
    pub fn key_pairs(&self) -> &[KeyPair] {
        self.key_pairs
            .as_ref()
            .and_then(|w| w.key_pair.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeKeyPairsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeKeyPairsResponse",
            &[
                ("key_pairs", d::opt(&self.key_pairs)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeKeyPairsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "KeyPairs",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeKeyPairsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key_pairs = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeKeyPairsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeKeyPairs` pages (by `PageNumber`), for [`Client::describe_key_pairs_paginator`](crate::Client::describe_key_pairs_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeKeyPairsRequest {
    type Response = DescribeKeyPairsResponse;
    type Item = KeyPair;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeKeyPairsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeKeyPairsResponse) -> usize {
        page.key_pairs
            .as_ref()
            .and_then(|x| x.key_pair.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeKeyPairsResponse) -> ::std::vec::Vec<KeyPair> {
        page.key_pairs.and_then(|x| x.key_pair).unwrap_or_default()
    }
}
