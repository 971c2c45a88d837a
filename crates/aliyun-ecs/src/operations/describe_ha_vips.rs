//! `DescribeHaVips`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeHaVips>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeHaVips",
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
                name: "Filter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `Filter` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RequestFilter {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    ///
    /// At most 10 items.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl RequestFilter {
    /// An empty `RequestFilter`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.value = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for RequestFilter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RequestFilter",
            &[("key", d::opt(&self.key)), ("value", d::opt(&self.value))],
        )
    }
}

impl ::yun_core::json::Decode for RequestFilter {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Key", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RequestFilter::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key = r.decode()?,
                1 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::describe_ha_vips`](crate::Client::describe_ha_vips) (`DescribeHaVips`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHaVipsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 50.
    ///
    /// Default: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Filter` (query, sent as `Filter.1`, `Filter.2`, …). Required.
    ///
    /// At most 6 items.
    #[serde(rename = "Filter")]
    pub filter: ::std::vec::Vec<RequestFilter>,
}

impl DescribeHaVipsRequest {
    /// A `DescribeHaVipsRequest` with its required members: `RegionId`, `Filter`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        filter: ::std::vec::Vec<RequestFilter>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filter,
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

impl ::std::fmt::Debug for DescribeHaVipsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeHaVipsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("filter", d::req(&self.filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHaVipsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "PageNumber", "PageSize", "Filter"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_filter: ::std::option::Option<::std::vec::Vec<RequestFilter>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_filter = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeHaVipsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            filter: m_filter.ok_or_else(|| r.missing("Filter"))?,
        })
    }
}

/// The `HaVips.HaVip.AssociatedEipAddresses` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociatedEipAddresses {
    /// `associatedEipAddresse`.
    #[serde(
        rename = "associatedEipAddresse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_eip_addresse: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AssociatedEipAddresses {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssociatedEipAddresses",
            &[(
                "associated_eip_addresse",
                d::opt(&self.associated_eip_addresse),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AssociatedEipAddresses {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["associatedEipAddresse"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AssociatedEipAddresses::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.associated_eip_addresse = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HaVips.HaVip.AssociatedInstances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociatedInstances {
    /// `associatedInstance`.
    #[serde(
        rename = "associatedInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instance: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AssociatedInstances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssociatedInstances",
            &[("associated_instance", d::opt(&self.associated_instance))],
        )
    }
}

impl ::yun_core::json::Decode for AssociatedInstances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["associatedInstance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AssociatedInstances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.associated_instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HaVips.HaVip` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HaVip {
    /// `AssociatedEipAddresses`.
    #[serde(
        rename = "AssociatedEipAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_eip_addresses: ::std::option::Option<AssociatedEipAddresses>,
    /// `AssociatedInstances`.
    #[serde(
        rename = "AssociatedInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instances: ::std::option::Option<AssociatedInstances>,
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `HaVipId`.
    #[serde(
        rename = "HaVipId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ha_vip_id: ::std::option::Option<::yun_core::Text>,
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::yun_core::Text>,
    /// `MasterInstanceId`.
    #[serde(
        rename = "MasterInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub master_instance_id: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchId`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl HaVip {
    /// The items of `AssociatedEipAddresses` (through its wrapper), empty when absent.
    pub fn associated_eip_addresses(&self) -> &[::yun_core::Text] {
        self.associated_eip_addresses
            .as_ref()
            .and_then(|w| w.associated_eip_addresse.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `AssociatedInstances` (through its wrapper), empty when absent.
    pub fn associated_instances(&self) -> &[::yun_core::Text] {
        self.associated_instances
            .as_ref()
            .and_then(|w| w.associated_instance.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for HaVip {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HaVip",
            &[
                (
                    "associated_eip_addresses",
                    d::opt(&self.associated_eip_addresses),
                ),
                ("associated_instances", d::opt(&self.associated_instances)),
                ("create_time", d::opt(&self.create_time)),
                ("description", d::opt(&self.description)),
                ("ha_vip_id", d::opt(&self.ha_vip_id)),
                ("ip_address", d::opt(&self.ip_address)),
                ("master_instance_id", d::opt(&self.master_instance_id)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for HaVip {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AssociatedEipAddresses",
            "AssociatedInstances",
            "CreateTime",
            "Description",
            "HaVipId",
            "IpAddress",
            "MasterInstanceId",
            "RegionId",
            "Status",
            "VSwitchId",
            "VpcId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = HaVip::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.associated_eip_addresses = r.decode()?,
                1 => out.associated_instances = r.decode()?,
                2 => out.create_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.ha_vip_id = r.decode()?,
                5 => out.ip_address = r.decode()?,
                6 => out.master_instance_id = r.decode()?,
                7 => out.region_id = r.decode()?,
                8 => out.status = r.decode()?,
                9 => out.v_switch_id = r.decode()?,
                10 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HaVips` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HaVips {
    /// `HaVip`.
    #[serde(
        rename = "HaVip",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ha_vip: ::std::option::Option<::std::vec::Vec<HaVip>>,
}

impl ::std::fmt::Debug for HaVips {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "HaVips", &[("ha_vip", d::opt(&self.ha_vip))])
    }
}

impl ::yun_core::json::Decode for HaVips {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HaVip"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = HaVips::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ha_vip = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_ha_vips`](crate::Client::describe_ha_vips) (`DescribeHaVips`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHaVipsResponse {
    /// `HaVips`.
    #[serde(
        rename = "HaVips",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ha_vips: ::std::option::Option<HaVips>,
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
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeHaVipsResponse {
    /// The items of `HaVips` (through its wrapper), empty when absent.
    pub fn ha_vips(&self) -> &[HaVip] {
        self.ha_vips
            .as_ref()
            .and_then(|w| w.ha_vip.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeHaVipsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeHaVipsResponse",
            &[
                ("ha_vips", d::opt(&self.ha_vips)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHaVipsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "HaVips",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeHaVipsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ha_vips = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeHaVipsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeHaVips` pages (by `PageNumber`), for [`Client::describe_ha_vips_paginator`](crate::Client::describe_ha_vips_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeHaVipsRequest {
    type Response = DescribeHaVipsResponse;
    type Item = HaVip;
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

    fn total_count(page: &DescribeHaVipsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeHaVipsResponse) -> usize {
        page.ha_vips
            .as_ref()
            .and_then(|x| x.ha_vip.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeHaVipsResponse) -> ::std::vec::Vec<HaVip> {
        page.ha_vips.and_then(|x| x.ha_vip).unwrap_or_default()
    }
}
