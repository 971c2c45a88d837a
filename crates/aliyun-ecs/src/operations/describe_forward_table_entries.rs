//! `DescribeForwardTableEntries`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeForwardTableEntries>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeForwardTableEntries",
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
                name: "ForwardTableId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ForwardEntryId",
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

/// The request of [`Client::describe_forward_table_entries`](crate::Client::describe_forward_table_entries) (`DescribeForwardTableEntries`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeForwardTableEntriesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ForwardTableId` (query). Required.
    #[serde(rename = "ForwardTableId")]
    pub forward_table_id: ::std::string::String,
    /// `ForwardEntryId` (query).
    #[serde(
        rename = "ForwardEntryId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_entry_id: ::std::option::Option<::std::string::String>,
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
}

impl DescribeForwardTableEntriesRequest {
    /// A `DescribeForwardTableEntriesRequest` with its required members: `RegionId`, `ForwardTableId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        forward_table_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            forward_table_id: forward_table_id.into(),
            forward_entry_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `ForwardEntryId`.
    pub fn forward_entry_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forward_entry_id = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for DescribeForwardTableEntriesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeForwardTableEntriesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("forward_table_id", d::req(&self.forward_table_id)),
                ("forward_entry_id", d::opt(&self.forward_entry_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeForwardTableEntriesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ForwardTableId",
            "ForwardEntryId",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_forward_table_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_forward_entry_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_forward_table_id = r.decode()?,
                2 => m_forward_entry_id = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeForwardTableEntriesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            forward_table_id: m_forward_table_id.ok_or_else(|| r.missing("ForwardTableId"))?,
            forward_entry_id: m_forward_entry_id,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `ForwardTableEntries.ForwardTableEntry` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ForwardTableEntry {
    /// `ExternalIp`.
    #[serde(
        rename = "ExternalIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_ip: ::std::option::Option<::yun_core::Text>,
    /// `ExternalPort`.
    #[serde(
        rename = "ExternalPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_port: ::std::option::Option<::yun_core::Text>,
    /// `ForwardEntryId`.
    #[serde(
        rename = "ForwardEntryId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_entry_id: ::std::option::Option<::yun_core::Text>,
    /// `ForwardTableId`.
    #[serde(
        rename = "ForwardTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_table_id: ::std::option::Option<::yun_core::Text>,
    /// `InternalIp`.
    #[serde(
        rename = "InternalIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_ip: ::std::option::Option<::yun_core::Text>,
    /// `InternalPort`.
    #[serde(
        rename = "InternalPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_port: ::std::option::Option<::yun_core::Text>,
    /// `IpProtocol`.
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ForwardTableEntry {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ForwardTableEntry",
            &[
                ("external_ip", d::opt(&self.external_ip)),
                ("external_port", d::opt(&self.external_port)),
                ("forward_entry_id", d::opt(&self.forward_entry_id)),
                ("forward_table_id", d::opt(&self.forward_table_id)),
                ("internal_ip", d::opt(&self.internal_ip)),
                ("internal_port", d::opt(&self.internal_port)),
                ("ip_protocol", d::opt(&self.ip_protocol)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ForwardTableEntry {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ExternalIp",
            "ExternalPort",
            "ForwardEntryId",
            "ForwardTableId",
            "InternalIp",
            "InternalPort",
            "IpProtocol",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = ForwardTableEntry::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.external_ip = r.decode()?,
                1 => out.external_port = r.decode()?,
                2 => out.forward_entry_id = r.decode()?,
                3 => out.forward_table_id = r.decode()?,
                4 => out.internal_ip = r.decode()?,
                5 => out.internal_port = r.decode()?,
                6 => out.ip_protocol = r.decode()?,
                7 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ForwardTableEntries` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ForwardTableEntries {
    /// `ForwardTableEntry`.
    #[serde(
        rename = "ForwardTableEntry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_table_entry: ::std::option::Option<::std::vec::Vec<ForwardTableEntry>>,
}

impl ::std::fmt::Debug for ForwardTableEntries {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ForwardTableEntries",
            &[("forward_table_entry", d::opt(&self.forward_table_entry))],
        )
    }
}

impl ::yun_core::json::Decode for ForwardTableEntries {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ForwardTableEntry"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ForwardTableEntries::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.forward_table_entry = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_forward_table_entries`](crate::Client::describe_forward_table_entries) (`DescribeForwardTableEntries`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeForwardTableEntriesResponse {
    /// `ForwardTableEntries`.
    #[serde(
        rename = "ForwardTableEntries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_table_entries: ::std::option::Option<ForwardTableEntries>,
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

impl DescribeForwardTableEntriesResponse {
    /// The items of `ForwardTableEntries` (through its wrapper), empty when absent.
    pub fn forward_table_entries(&self) -> &[ForwardTableEntry] {
        self.forward_table_entries
            .as_ref()
            .and_then(|w| w.forward_table_entry.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeForwardTableEntriesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeForwardTableEntriesResponse",
            &[
                ("forward_table_entries", d::opt(&self.forward_table_entries)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeForwardTableEntriesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ForwardTableEntries",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeForwardTableEntriesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.forward_table_entries = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeForwardTableEntriesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeForwardTableEntries` pages (by `PageNumber`), for [`Client::describe_forward_table_entries_paginator`](crate::Client::describe_forward_table_entries_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeForwardTableEntriesRequest {
    type Response = DescribeForwardTableEntriesResponse;
    type Item = ForwardTableEntry;
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

    fn total_count(page: &DescribeForwardTableEntriesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeForwardTableEntriesResponse) -> usize {
        page.forward_table_entries
            .as_ref()
            .and_then(|x| x.forward_table_entry.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeForwardTableEntriesResponse) -> ::std::vec::Vec<ForwardTableEntry> {
        page.forward_table_entries
            .and_then(|x| x.forward_table_entry)
            .unwrap_or_default()
    }
}
