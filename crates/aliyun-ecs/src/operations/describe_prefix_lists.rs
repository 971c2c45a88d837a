//! `DescribePrefixLists`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixLists>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribePrefixLists",
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
                name: "PrefixListName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AddressFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrefixListId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_prefix_lists`](crate::Client::describe_prefix_lists) (`DescribePrefixLists`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePrefixListsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-chengdu`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrefixListName` (query).
    ///
    /// Example: `PrefixListNameSample`.
    #[serde(
        rename = "PrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_name: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `AddressFamily` (query).
    ///
    /// Example: `IPv4`.
    #[serde(
        rename = "AddressFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_family: ::std::option::Option<::std::string::String>,
    /// `PrefixListId` (query, sent as `PrefixListId.1`, `PrefixListId.2`, …).
    ///
    /// At most 101 items.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "PrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribePrefixListsRequest {
    /// A `DescribePrefixListsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            prefix_list_name: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            address_family: ::std::option::Option::None,
            prefix_list_id: ::std::option::Option::None,
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

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AddressFamily`.
    pub fn address_family(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrefixListId`.
    pub fn prefix_list_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.prefix_list_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribePrefixListsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePrefixListsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("prefix_list_name", d::opt(&self.prefix_list_name)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("address_family", d::opt(&self.address_family)),
                ("prefix_list_id", d::opt(&self.prefix_list_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePrefixListsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PrefixListName",
            "NextToken",
            "MaxResults",
            "AddressFamily",
            "PrefixListId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_address_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_prefix_list_name = r.decode()?,
                2 => m_next_token = r.decode()?,
                3 => m_max_results = r.decode()?,
                4 => m_address_family = r.decode()?,
                5 => m_prefix_list_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribePrefixListsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            prefix_list_name: m_prefix_list_name,
            next_token: m_next_token,
            max_results: m_max_results,
            address_family: m_address_family,
            prefix_list_id: m_prefix_list_id,
        })
    }
}

/// The `PrefixLists.PrefixList` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrefixList {
    /// `AddressFamily`.
    ///
    /// Example: `IPv4`.
    #[serde(
        rename = "AddressFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_family: ::std::option::Option<::yun_core::Text>,
    /// `AssociationCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "AssociationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub association_count: ::std::option::Option<i64>,
    /// `CreationTime`.
    ///
    /// Example: `2021-02-20T07:11Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `MaxEntries`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "MaxEntries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_entries: ::std::option::Option<i64>,
    /// `PrefixListId`.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "PrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_id: ::std::option::Option<::yun_core::Text>,
    /// `PrefixListName`.
    ///
    /// Example: `PrefixListNameSample`.
    #[serde(
        rename = "PrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PrefixList {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PrefixList",
            &[
                ("address_family", d::opt(&self.address_family)),
                ("association_count", d::opt(&self.association_count)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("max_entries", d::opt(&self.max_entries)),
                ("prefix_list_id", d::opt(&self.prefix_list_id)),
                ("prefix_list_name", d::opt(&self.prefix_list_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PrefixList {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AddressFamily",
            "AssociationCount",
            "CreationTime",
            "Description",
            "MaxEntries",
            "PrefixListId",
            "PrefixListName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = PrefixList::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.address_family = r.decode()?,
                1 => out.association_count = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.max_entries = r.decode()?,
                5 => out.prefix_list_id = r.decode()?,
                6 => out.prefix_list_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PrefixLists` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrefixLists {
    /// `PrefixList`.
    #[serde(
        rename = "PrefixList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list: ::std::option::Option<::std::vec::Vec<PrefixList>>,
}

impl ::std::fmt::Debug for PrefixLists {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PrefixLists",
            &[("prefix_list", d::opt(&self.prefix_list))],
        )
    }
}

impl ::yun_core::json::Decode for PrefixLists {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PrefixList"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PrefixLists::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.prefix_list = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_prefix_lists`](crate::Client::describe_prefix_lists) (`DescribePrefixLists`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePrefixListsResponse {
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `PrefixLists`.
    #[serde(
        rename = "PrefixLists",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_lists: ::std::option::Option<PrefixLists>,
    /// `RequestId`.
    ///
    /// Example: `38793DB8-A4B2-4AEC-BFD3-111234E9188D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribePrefixListsResponse {
    /// The items of `PrefixLists` (through its wrapper), empty when absent.
    pub fn prefix_lists(&self) -> &[PrefixList] {
        self.prefix_lists
            .as_ref()
            .and_then(|w| w.prefix_list.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribePrefixListsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePrefixListsResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                ("prefix_lists", d::opt(&self.prefix_lists)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePrefixListsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextToken", "PrefixLists", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribePrefixListsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.prefix_lists = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribePrefixListsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribePrefixLists` pages (by `NextToken`), for [`Client::describe_prefix_lists_paginator`](crate::Client::describe_prefix_lists_paginator).
impl ::yun_core::paginate::PagedRequest for DescribePrefixListsRequest {
    type Response = DescribePrefixListsResponse;
    type Item = PrefixList;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribePrefixListsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribePrefixListsResponse) -> usize {
        page.prefix_lists
            .as_ref()
            .and_then(|x| x.prefix_list.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribePrefixListsResponse) -> ::std::vec::Vec<PrefixList> {
        page.prefix_lists
            .and_then(|x| x.prefix_list)
            .unwrap_or_default()
    }
}
