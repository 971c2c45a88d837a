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
    };

/// The request of [`Client::describe_eip_addresses`](crate::Client::describe_eip_addresses) (`DescribeEipAddresses`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeEipAddressesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeEipAddressesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeEipAddressesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeEipAddressesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_status: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_eip_address: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_allocation_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_isp: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
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
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Status" => m_status = map.next_value()?,
                        "EipAddress" => m_eip_address = map.next_value()?,
                        "AllocationId" => m_allocation_id = map.next_value()?,
                        "ISP" => m_isp = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "Filter.1.Key" => m_filter_1_key = map.next_value()?,
                        "Filter.2.Key" => m_filter_2_key = map.next_value()?,
                        "Filter.1.Value" => m_filter_1_value = map.next_value()?,
                        "Filter.2.Value" => m_filter_2_value = map.next_value()?,
                        "LockReason" => m_lock_reason = map.next_value()?,
                        "AssociatedInstanceType" => {
                            m_associated_instance_type = map.next_value()?;
                        }

                        "AssociatedInstanceId" => {
                            m_associated_instance_id = map.next_value()?;
                        }

                        "ChargeType" => m_charge_type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeEipAddressesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `EipAddresses.EipAddress.OperationLocks.LockReason` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LockReason {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for LockReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LockReason;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LockReason` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LockReason, A::Error> {
                let mut out = LockReason::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LockReason" => out.lock_reason = map.next_value()?,
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

/// The `EipAddresses.EipAddress.OperationLocks` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationLocks {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::vec::Vec<LockReason>>,
}

impl<'de> ::serde::Deserialize<'de> for OperationLocks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationLocks;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationLocks` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationLocks, A::Error> {
                let mut out = OperationLocks::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LockReason" => out.lock_reason = map.next_value()?,
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

/// The `EipAddresses.EipAddress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddress {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::std::string::String>,
    /// `AllocationTime`.
    #[serde(
        rename = "AllocationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_time: ::std::option::Option<::std::string::String>,
    /// `Bandwidth`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<::std::string::String>,
    /// `ChargeType`.
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::std::string::String>,
    /// `EipBandwidth`.
    #[serde(
        rename = "EipBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_bandwidth: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// `OperationLocks`.
    #[serde(
        rename = "OperationLocks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_locks: ::std::option::Option<OperationLocks>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for EipAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EipAddress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EipAddress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EipAddress, A::Error> {
                let mut out = EipAddress::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocationId" => out.allocation_id = map.next_value()?,
                        "AllocationTime" => out.allocation_time = map.next_value()?,
                        "Bandwidth" => out.bandwidth = map.next_value()?,
                        "ChargeType" => out.charge_type = map.next_value()?,
                        "EipBandwidth" => out.eip_bandwidth = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "InternetChargeType" => {
                            out.internet_charge_type = map.next_value()?;
                        }

                        "IpAddress" => out.ip_address = map.next_value()?,
                        "OperationLocks" => out.operation_locks = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
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

/// The `EipAddresses` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddresses {
    /// `EipAddress`.
    #[serde(
        rename = "EipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_address: ::std::option::Option<::std::vec::Vec<EipAddress>>,
}

impl<'de> ::serde::Deserialize<'de> for EipAddresses {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EipAddresses;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EipAddresses` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EipAddresses, A::Error> {
                let mut out = EipAddresses::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EipAddress" => out.eip_address = map.next_value()?,
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

/// The response of [`Client::describe_eip_addresses`](crate::Client::describe_eip_addresses) (`DescribeEipAddresses`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeEipAddressesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeEipAddressesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeEipAddressesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeEipAddressesResponse, A::Error> {
                let mut out = DescribeEipAddressesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EipAddresses" => out.eip_addresses = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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
