//! `DescribePrefixListAssociations`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixListAssociations>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribePrefixListAssociations",
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
                name: "PrefixListId",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_prefix_list_associations`](crate::Client::describe_prefix_list_associations) (`DescribePrefixListAssociations`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePrefixListAssociationsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-chengdu`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrefixListId` (query). Required.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(rename = "PrefixListId")]
    pub prefix_list_id: ::std::string::String,
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
}

impl DescribePrefixListAssociationsRequest {
    /// A `DescribePrefixListAssociationsRequest` with its required members: `RegionId`, `PrefixListId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        prefix_list_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            prefix_list_id: prefix_list_id.into(),
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
        }
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
}

impl ::std::fmt::Debug for DescribePrefixListAssociationsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePrefixListAssociationsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("prefix_list_id", d::req(&self.prefix_list_id)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePrefixListAssociationsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "PrefixListId", "NextToken", "MaxResults"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_prefix_list_id = r.decode()?,
                2 => m_next_token = r.decode()?,
                3 => m_max_results = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribePrefixListAssociationsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            prefix_list_id: m_prefix_list_id.ok_or_else(|| r.missing("PrefixListId"))?,
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}

/// The `PrefixListAssociations.PrefixListAssociation` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrefixListAssociation {
    /// `ResourceId`.
    ///
    /// Example: `sg-bp11ujym6xsff6l0****`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceType`.
    ///
    /// Example: `securitygroup`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PrefixListAssociation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PrefixListAssociation",
            &[
                ("resource_id", d::opt(&self.resource_id)),
                ("resource_type", d::opt(&self.resource_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PrefixListAssociation {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ResourceId", "ResourceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = PrefixListAssociation::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.resource_id = r.decode()?,
                1 => out.resource_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PrefixListAssociations` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrefixListAssociations {
    /// `PrefixListAssociation`.
    #[serde(
        rename = "PrefixListAssociation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_association: ::std::option::Option<::std::vec::Vec<PrefixListAssociation>>,
}

impl ::std::fmt::Debug for PrefixListAssociations {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PrefixListAssociations",
            &[(
                "prefix_list_association",
                d::opt(&self.prefix_list_association),
            )],
        )
    }
}

impl ::yun_core::json::Decode for PrefixListAssociations {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PrefixListAssociation"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PrefixListAssociations::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.prefix_list_association = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_prefix_list_associations`](crate::Client::describe_prefix_list_associations) (`DescribePrefixListAssociations`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePrefixListAssociationsResponse {
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `PrefixListAssociations`.
    #[serde(
        rename = "PrefixListAssociations",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_associations: ::std::option::Option<PrefixListAssociations>,
    /// `RequestId`.
    ///
    /// Example: `38793DB8-A4B2-4AEC-BFD3-111234E9188D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribePrefixListAssociationsResponse {
    /// The items of `PrefixListAssociations` (through its wrapper), empty when absent.
    pub fn prefix_list_associations(&self) -> &[PrefixListAssociation] {
        self.prefix_list_associations
            .as_ref()
            .and_then(|w| w.prefix_list_association.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribePrefixListAssociationsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePrefixListAssociationsResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                (
                    "prefix_list_associations",
                    d::opt(&self.prefix_list_associations),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePrefixListAssociationsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextToken", "PrefixListAssociations", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribePrefixListAssociationsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.prefix_list_associations = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribePrefixListAssociationsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribePrefixListAssociations` pages (by `NextToken`), for [`Client::describe_prefix_list_associations_paginator`](crate::Client::describe_prefix_list_associations_paginator).
impl ::yun_core::paginate::PagedRequest for DescribePrefixListAssociationsRequest {
    type Response = DescribePrefixListAssociationsResponse;
    type Item = PrefixListAssociation;
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

    fn next_token(page: &DescribePrefixListAssociationsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribePrefixListAssociationsResponse) -> usize {
        page.prefix_list_associations
            .as_ref()
            .and_then(|x| x.prefix_list_association.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribePrefixListAssociationsResponse,
    ) -> ::std::vec::Vec<PrefixListAssociation> {
        page.prefix_list_associations
            .and_then(|x| x.prefix_list_association)
            .unwrap_or_default()
    }
}
