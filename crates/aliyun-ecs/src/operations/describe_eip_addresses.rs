//! `DescribeEipAddresses`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeEipAddresses>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeEipAddresses",
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
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EipAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AllocationId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ISP",
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
                name: "Filter.1.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.1.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LockReason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AssociatedInstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AssociatedInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_eip_addresses`](crate::Client::describe_eip_addresses) (`DescribeEipAddresses`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeEipAddressesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `EipAddress` (query).
    #[serde(
        rename = "EipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_address: ::std::option::Option<::std::string::String>,
    /// `AllocationId` (query).
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::std::string::String>,
    /// `ISP` (query).
    #[serde(rename = "ISP", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::std::string::String>,
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
    /// From 1 to 100.
    ///
    /// Default: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Filter.1.Key` (query).
    #[serde(
        rename = "Filter.1.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_key: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Key` (query).
    #[serde(
        rename = "Filter.2.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_key: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Value` (query).
    #[serde(
        rename = "Filter.1.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_value: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Value` (query).
    #[serde(
        rename = "Filter.2.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_value: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
    /// `AssociatedInstanceType` (query).
    #[serde(
        rename = "AssociatedInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instance_type: ::std::option::Option<::std::string::String>,
    /// `AssociatedInstanceId` (query).
    #[serde(
        rename = "AssociatedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instance_id: ::std::option::Option<::std::string::String>,
    /// `ChargeType` (query).
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::std::string::String>,
}

impl DescribeEipAddressesRequest {
    /// A `DescribeEipAddressesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            status: ::std::option::Option::None,
            eip_address: ::std::option::Option::None,
            allocation_id: ::std::option::Option::None,
            isp: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filter_1_key: ::std::option::Option::None,
            filter_2_key: ::std::option::Option::None,
            filter_1_value: ::std::option::Option::None,
            filter_2_value: ::std::option::Option::None,
            lock_reason: ::std::option::Option::None,
            associated_instance_type: ::std::option::Option::None,
            associated_instance_id: ::std::option::Option::None,
            charge_type: ::std::option::Option::None,
        }
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EipAddress`.
    pub fn eip_address(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.eip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AllocationId`.
    pub fn allocation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allocation_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ISP`.
    pub fn isp(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.isp = ::std::option::Option::Some(value.into());
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

    /// Sets `Filter.1.Key`.
    pub fn filter_1_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_1_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Key`.
    pub fn filter_2_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_2_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.1.Value`.
    pub fn filter_1_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_1_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Value`.
    pub fn filter_2_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_2_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LockReason`.
    pub fn lock_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.lock_reason = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AssociatedInstanceType`.
    pub fn associated_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.associated_instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AssociatedInstanceId`.
    pub fn associated_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.associated_instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ChargeType`.
    pub fn charge_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.charge_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeEipAddressesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeEipAddressesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("eip_address", d::opt(&self.eip_address)),
                ("allocation_id", d::opt(&self.allocation_id)),
                ("isp", d::opt(&self.isp)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("filter_1_key", d::opt(&self.filter_1_key)),
                ("filter_2_key", d::opt(&self.filter_2_key)),
                ("filter_1_value", d::opt(&self.filter_1_value)),
                ("filter_2_value", d::opt(&self.filter_2_value)),
                ("lock_reason", d::opt(&self.lock_reason)),
                (
                    "associated_instance_type",
                    d::opt(&self.associated_instance_type),
                ),
                (
                    "associated_instance_id",
                    d::opt(&self.associated_instance_id),
                ),
                ("charge_type", d::opt(&self.charge_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeEipAddressesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Status",
            "EipAddress",
            "AllocationId",
            "ISP",
            "PageNumber",
            "PageSize",
            "Filter.1.Key",
            "Filter.2.Key",
            "Filter.1.Value",
            "Filter.2.Value",
            "LockReason",
            "AssociatedInstanceType",
            "AssociatedInstanceId",
            "ChargeType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_eip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_allocation_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_isp: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_filter_1_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_2_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_1_value: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_2_value: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_lock_reason: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_associated_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_associated_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_status = r.decode()?,
                2 => m_eip_address = r.decode()?,
                3 => m_allocation_id = r.decode()?,
                4 => m_isp = r.decode()?,
                5 => m_page_number = r.decode()?,
                6 => m_page_size = r.decode()?,
                7 => m_filter_1_key = r.decode()?,
                8 => m_filter_2_key = r.decode()?,
                9 => m_filter_1_value = r.decode()?,
                10 => m_filter_2_value = r.decode()?,
                11 => m_lock_reason = r.decode()?,
                12 => m_associated_instance_type = r.decode()?,
                13 => m_associated_instance_id = r.decode()?,
                14 => m_charge_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeEipAddressesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            status: m_status,
            eip_address: m_eip_address,
            allocation_id: m_allocation_id,
            isp: m_isp,
            page_number: m_page_number,
            page_size: m_page_size,
            filter_1_key: m_filter_1_key,
            filter_2_key: m_filter_2_key,
            filter_1_value: m_filter_1_value,
            filter_2_value: m_filter_2_value,
            lock_reason: m_lock_reason,
            associated_instance_type: m_associated_instance_type,
            associated_instance_id: m_associated_instance_id,
            charge_type: m_charge_type,
        })
    }
}

/// The `EipAddresses.EipAddress` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddress {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::yun_core::Text>,
    /// `AllocationTime`.
    #[serde(
        rename = "AllocationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_time: ::std::option::Option<::yun_core::Text>,
    /// `Bandwidth`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<::yun_core::Text>,
    /// `ChargeType`.
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::yun_core::Text>,
    /// `EipBandwidth`.
    #[serde(
        rename = "EipBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_bandwidth: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::yun_core::Text>,
    /// `OperationLocks`.
    #[serde(
        rename = "OperationLocks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_locks: ::std::option::Option<crate::models::EipAddressOperationLocks>,
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
}

impl EipAddress {
    /// The items of `OperationLocks` (through its wrapper), empty when absent.
    pub fn operation_locks(&self) -> &[crate::models::OperationLock] {
        self.operation_locks
            .as_ref()
            .and_then(|w| w.lock_reason.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for EipAddress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipAddress",
            &[
                ("allocation_id", d::opt(&self.allocation_id)),
                ("allocation_time", d::opt(&self.allocation_time)),
                ("bandwidth", d::opt(&self.bandwidth)),
                ("charge_type", d::opt(&self.charge_type)),
                ("eip_bandwidth", d::opt(&self.eip_bandwidth)),
                ("expired_time", d::opt(&self.expired_time)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("ip_address", d::opt(&self.ip_address)),
                ("operation_locks", d::opt(&self.operation_locks)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EipAddress {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AllocationId",
            "AllocationTime",
            "Bandwidth",
            "ChargeType",
            "EipBandwidth",
            "ExpiredTime",
            "InstanceId",
            "InstanceType",
            "InternetChargeType",
            "IpAddress",
            "OperationLocks",
            "RegionId",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut out = EipAddress::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_id = r.decode()?,
                1 => out.allocation_time = r.decode()?,
                2 => out.bandwidth = r.decode()?,
                3 => out.charge_type = r.decode()?,
                4 => out.eip_bandwidth = r.decode()?,
                5 => out.expired_time = r.decode()?,
                6 => out.instance_id = r.decode()?,
                7 => out.instance_type = r.decode()?,
                8 => out.internet_charge_type = r.decode()?,
                9 => out.ip_address = r.decode()?,
                10 => out.operation_locks = r.decode()?,
                11 => out.region_id = r.decode()?,
                12 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `EipAddresses` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddresses {
    /// `EipAddress`.
    #[serde(
        rename = "EipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_address: ::std::option::Option<::std::vec::Vec<EipAddress>>,
}

impl ::std::fmt::Debug for EipAddresses {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipAddresses",
            &[("eip_address", d::opt(&self.eip_address))],
        )
    }
}

impl ::yun_core::json::Decode for EipAddresses {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["EipAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = EipAddresses::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.eip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_eip_addresses`](crate::Client::describe_eip_addresses) (`DescribeEipAddresses`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeEipAddressesResponse {
    /// `EipAddresses`.
    #[serde(
        rename = "EipAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_addresses: ::std::option::Option<EipAddresses>,
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

impl DescribeEipAddressesResponse {
    /// The items of `EipAddresses` (through its wrapper), empty when absent.
    pub fn eip_addresses(&self) -> &[EipAddress] {
        self.eip_addresses
            .as_ref()
            .and_then(|w| w.eip_address.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeEipAddressesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeEipAddressesResponse",
            &[
                ("eip_addresses", d::opt(&self.eip_addresses)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeEipAddressesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "EipAddresses",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeEipAddressesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.eip_addresses = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeEipAddressesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeEipAddresses` pages (by `PageNumber`), for [`Client::describe_eip_addresses_paginator`](crate::Client::describe_eip_addresses_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeEipAddressesRequest {
    type Response = DescribeEipAddressesResponse;
    type Item = EipAddress;
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

    fn total_count(page: &DescribeEipAddressesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeEipAddressesResponse) -> usize {
        page.eip_addresses
            .as_ref()
            .and_then(|x| x.eip_address.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeEipAddressesResponse) -> ::std::vec::Vec<EipAddress> {
        page.eip_addresses
            .and_then(|x| x.eip_address)
            .unwrap_or_default()
    }
}
