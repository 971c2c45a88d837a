//! The client: one method per operation.

use crate::operations;
/// A client for Alibaba Cloud ECS API `2014-05-26`.
///
/// Cheap to clone; clones share connections. Build one with [`Client::from_env`] or [`Client::new`].
#[derive(Clone, Debug)]
pub struct Client {
    inner: ::yun_core::aliyun::AliyunClient,
}

impl Client {
    /// A client from a configuration (region, credentials, endpoint, transport, retries).
    pub fn new(config: ::yun_core::Config) -> Self {
        Client {
            inner: ::yun_core::aliyun::AliyunClient::new(
                config,
                ::yun_core::internal::AliyunEndpoints {
                    product: "ecs",
                    regional: crate::ENDPOINTS,
                },
            ),
        }
    }

    /// A client with credentials from the vendor's default chain and the region from
    /// the environment, as the vendor's CLI and SDKs find them.
    pub async fn from_env() -> ::std::result::Result<Self, ::yun_core::Error> {
        Ok(Self::new(::yun_core::Config::aliyun_from_env().await?))
    }

    /// The raw RPC client underneath: call any action with any parameters.
    pub fn raw(&self) -> &::yun_core::aliyun::AliyunClient {
        &self.inner
    }

    /// The configuration.
    pub fn config(&self) -> &::yun_core::Config {
        self.inner.config()
    }

    /// Calls `AcceptInquiredSystemEvent` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `EventId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter` (400), `MissingParameter` (400), `IncorrectInstanceStatus` (403), `OperationConflict` (403), `OperationDenied.AcceptNotSupported` (403), `OperationFail.DiskCategoryNotSupported` (403), `OperationFail.DiskStatusNotSupported` (403), `OperationFail.InstanceStatusNotSupported` (403), `SwitchToOffline.OnlineIsolateFail` (403), `SwitchToOffline.OnlineReinitFail` (403), `InvalidEventId.NoInquiringEventFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AcceptInquiredSystemEvent>
    pub fn accept_inquired_system_event(
        &self,
        request: operations::accept_inquired_system_event::AcceptInquiredSystemEventRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::accept_inquired_system_event::AcceptInquiredSystemEventResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::accept_inquired_system_event::OPERATION,
            &request,
        )
    }

    /// Calls `ActivateRouterInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `RouterInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbbiden` (400), `Forbidden.FinancialLocked` (400), `IncorrectStatus` (400), `InvalidRegionId.NotFound` (404), `InvalidRouterInterfaceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ActivateRouterInterface>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn activate_router_interface(
        &self,
        request: operations::activate_router_interface::ActivateRouterInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::activate_router_interface::ActivateRouterInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::activate_router_interface::OPERATION,
            &request,
        )
    }

    /// Calls `AddBandwidthPackageIps` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `BandwidthPackageId`, `IpCount`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `AllocateIpFailed` (400), `InvalidIpCount.ValueNotSupported` (400), `QuotaExceeded.BandwidthPackageIps` (400), `InvalidBandwidthPackageId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AddBandwidthPackageIps>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn add_bandwidth_package_ips(
        &self,
        request: operations::add_bandwidth_package_ips::AddBandwidthPackageIpsRequest,
    ) -> ::yun_core::Call<'_, operations::add_bandwidth_package_ips::AddBandwidthPackageIpsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::add_bandwidth_package_ips::OPERATION,
            &request,
        )
    }

    /// Calls `AddTags` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceType`, `ResourceId`, `Tag`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `OperationDenied.QuotaExceed` (400), `InvalidResourceId.NotSupported` (403), `QuotaExceed.Tags` (403), `TagKey.Duplication` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceId.NotFound` (404), `InvalidResourceType.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AddTags>
    pub fn add_tags(
        &self,
        request: operations::add_tags::AddTagsRequest,
    ) -> ::yun_core::Call<'_, operations::add_tags::AddTagsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::add_tags::OPERATION,
            &request,
        )
    }

    /// Calls `AllocateDedicatedHosts` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DedicatedHostType`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidAutoRenewPeriod.ValueNotSupported` (400), `InvalidChargeType.ValueNotSupported` (400), `InvalidCpuOverCommitRatio.ValueNotSupported` (400), `InvalidDedicatedHostPrice.NotFound` (400), `InvalidDedicatedHostType.CpuOverCommitRatioNotSupported` (400), `InvalidDedicatedHostType.ValueNotSupported` (400), `InvalidDescription.Malformed` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Quantity` (400), `InvalidParameter.SlbUdpTimeout` (400), `InvalidParameter.UdpTimeout` (400), `InvalidPeriodUnit.ValueNotSupported` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `OperationDenied` (400), `QuotaExceed.AfterpayDedicatedHost` (400), `RegionUnauthorized` (400), `Zone.NotOnSale` (400), `Account.Arrearage` (403), `InvalidDedicatedHostType.ValueNotSupported` (403), `InvalidDedicatedHostType.ZoneNotSupported` (403), `InvalidParameter.NotMatch` (403), `InvalidParameter.ResourceOwnerAccount` (403), `InvalidResourceType.NotSupported` (403), `InvalidUserData.Base64FormatInvalid` (403), `InvalidUserData.Forbidden` (403), `NodeControllerUnavailable` (403), `OperationDenied` (403), `OperationDenied.NoStock` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `InvalidDedicatedHostClusterId.ExceedMaxSize` (404), `InvalidDedicatedHostClusterId.NotFound` (404), `InvalidDedicatedHostName.Malformed` (404), `InvalidParameter.ActionOnMaintenance` (404), `InvalidZoneId.NotFound` (404), `OperationDenied` (404), `OperationDenied.NoStock` (404), `PaymentMethodNotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AllocateDedicatedHosts>
    pub fn allocate_dedicated_hosts(
        &self,
        request: operations::allocate_dedicated_hosts::AllocateDedicatedHostsRequest,
    ) -> ::yun_core::Call<'_, operations::allocate_dedicated_hosts::AllocateDedicatedHostsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::allocate_dedicated_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `AllocateEipAddress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `COMMODITY.INVALID_COMPONENT` (400), `COMMODITY_NO_EXIST` (400), `FrequentPurchase.EIP` (400), `INSTANCE_TYPE_NOT_SUPPORT` (400), `IellgalParameter.OwnerAccount` (400), `IllegalParam.OrderParamComponent` (400), `InsufficientBalance` (400), `InvalidBandwidth.Malformed` (400), `InvalidComponent.EipBandwidthMax` (400), `InvalidParameter` (400), `InvalidRegion.NotSupport` (400), `ORDER.QUANTITY_INVALID` (400), `OperationFailed.AccountMoneyInvalid` (400), `OperationFailed.CompleteUserInfo` (400), `OperationFailed.InvokeInnerApi` (400), `OperationFailed.QueryCredtiInfo` (400), `OperationFailed.QueryPrice` (400), `OperationFailed.QueryUserLabel` (400), `OperationFailed.RiskControl` (400), `OperationFailed.SaleExpression` (400), `OperationFailed.SaleValidate` (400), `OperationFailed.SyncOrderToSub` (400), `OrderError.EIP` (400), `OrderFailed` (400), `PAY.INSUFFICIENT_BALANCE` (400), `PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL` (400), `PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE` (400), `QueryParameter.Illegal` (400), `QuotaExceeded.Eip` (400), `QuotaExceeded.LargeSpecEip` (400), `ReserveIpFail` (400), `SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR` (400), `Forbbiden` (403), `FUWU_BIZ_COMMODITY_VERIFY_FAIL` (404), `InvalidRegionId.NotFound` (404), `OperationConflict` (409), `InsufficientEipCapacity` (500), `InternalError` (500), `OrderError.EIP` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AllocateEipAddress>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn allocate_eip_address(
        &self,
        request: operations::allocate_eip_address::AllocateEipAddressRequest,
    ) -> ::yun_core::Call<'_, operations::allocate_eip_address::AllocateEipAddressResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::allocate_eip_address::OPERATION,
            &request,
        )
    }

    /// Calls `AllocatePublicIpAddress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `AllocateIpInvalidInstanceBandwidth` (400), `InsufficientPublicIp` (400), `InvalidIpAddress.Malformed` (400), `InvalidOperation.AllocateFailed` (400), `OperationDenied` (400), `OperationDenied.CloudboxNotSupport` (400), `OperationDenied.DedicatedRegionNotSupported` (400), `AllocateIp.Fail` (403), `AllocatedAlready` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidIpAddress.NotPublic` (403), `IpInUse` (403), `NAT_PUBLIC_IP_ALLOCATE_FAILED` (403), `NAT_PUBLIC_IP_BINDING_FAILED` (403), `InvalidInstanceId.NotFound` (404), `InvalidIpAddress.NotFound` (404), `InvalidVlanId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AllocatePublicIpAddress>
    pub fn allocate_public_ip_address(
        &self,
        request: operations::allocate_public_ip_address::AllocatePublicIpAddressRequest,
    ) -> ::yun_core::Call<'_, operations::allocate_public_ip_address::AllocatePublicIpAddressResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::allocate_public_ip_address::OPERATION,
            &request,
        )
    }

    /// Calls `ApplyAutoSnapshotPolicy` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `regionId`, `autoSnapshotPolicyId`, `diskIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskCategory.OperationNotSupported` (400), `PartofDiskCategory.OperationNotSupported` (400), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `ParameterInvalid` (403), `InvalidDiskId.NotFound` (404), `ParameterInvalid` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ApplyAutoSnapshotPolicy>
    pub fn apply_auto_snapshot_policy(
        &self,
        request: operations::apply_auto_snapshot_policy::ApplyAutoSnapshotPolicyRequest,
    ) -> ::yun_core::Call<'_, operations::apply_auto_snapshot_policy::ApplyAutoSnapshotPolicyResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::apply_auto_snapshot_policy::OPERATION,
            &request,
        )
    }

    /// Calls `AssignIpv6Addresses` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InValidParameter` (400), `IncorrectVSwitchStatus` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidParameter` (400), `InvalidParameter.Conflict` (400), `InvalidParams.EniId` (400), `InvalidPrivateIpAddress.Duplicated` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `Forbbiden.SubUser` (403), `Forbedden.NotSupportRAM` (403), `Forbidden.RegionId` (403), `InvalidIp.Address` (403), `InvalidIp.IpAssigned` (403), `InvalidIp.IpPrefixIllegal` (403), `InvalidIp.IpPrefixMaskIllegal` (403), `InvalidIp.IpPrefixMaskInvalid` (403), `InvalidIp.IpPrefixMaskNotSame` (403), `InvalidIp.IpPrefixMustInReserveSegment` (403), `InvalidIp.IpPrefixNotAvailable` (403), `InvalidIp.IpPrefixNotStrict` (403), `InvalidIp.IpRepeated` (403), `InvalidIp.IpUnassigned` (403), `InvalidOperation.EniCountExceeded` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.EniTypeNotSupport` (403), `InvalidOperation.HighPerformanceTrafficModeEniNotSupport` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.Ipv4CountExceeded` (403), `InvalidOperation.Ipv4NotSupport` (403), `InvalidOperation.Ipv6CountExceeded` (403), `InvalidOperation.Ipv6NotSupport` (403), `InvalidParam.IpAssign` (403), `InvalidUserType.NotSupported` (403), `InvalidVSwitch.Ipv6NotTurnOn` (403), `InvalidVSwitchId.IpInvalid` (403), `InvalidVSwitchId.IpPrefixNotEnough` (403), `MaxEniIpv6IpsCountExceeded` (403), `MissingParameter` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEniId.NotFound` (404), `InvalidIp.IpAssigned` (404), `InvalidOperation.EnableIpv6Failed` (404), `InvalidOperation.HasIpv6RouteEntry` (404), `InvalidOperation.VSwitchCidrReservationNotExist` (404), `InvalidOperation.VSwitchIpv6Disabled` (404), `InvalidVSwitchId.IpInvalid` (404), `MaxEniIpv6IpsCountExceeded` (404), `InvalidOperation.RegionNotSupportIpPrefix` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AssignIpv6Addresses>
    pub fn assign_ipv6_addresses(
        &self,
        request: operations::assign_ipv6_addresses::AssignIpv6AddressesRequest,
    ) -> ::yun_core::Call<'_, operations::assign_ipv6_addresses::AssignIpv6AddressesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::assign_ipv6_addresses::OPERATION,
            &request,
        )
    }

    /// Calls `AssignPrivateIpAddresses` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `IncorrectVSwitchStatus` (400), `InvalidAction` (400), `InvalidEniId.Malformed` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.InstanceNotSupportMulitipleIp` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.Unsupported` (400), `InvalidParameter` (400), `InvalidParameter.Conflict` (400), `InvalidPrivateIpAddress.Duplicated` (400), `InvalidPrivateIpAddress.Malformed` (400), `InvalidSecondaryPrivateIpAddressCount.Malformed` (400), `InvalidStatus.InstanceIsMigrating` (400), `MissingParameter` (400), `QuotaExceeded.PrivateIpAddress` (400), `Throttling` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `EniPerInstanceLimitExceeded` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidIp.IpAssigned` (403), `InvalidIp.IpPrefixIllegal` (403), `InvalidIp.IpPrefixMaskIllegal` (403), `InvalidIp.IpPrefixMaskInvalid` (403), `InvalidIp.IpPrefixMaskNotSame` (403), `InvalidIp.IpPrefixMustInReserveSegment` (403), `InvalidIp.IpPrefixNotAvailable` (403), `InvalidIp.IpPrefixNotStrict` (403), `InvalidIp.IpRepeated` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.Ipv4CountExceeded` (403), `InvalidOperation.VpcMismatch` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `InvalidVSwitchId.IpInvalid` (403), `InvalidVSwitchId.IpNotEnough` (403), `InvalidVSwitchId.IpPrefixNotEnough` (403), `MaxEniCountExceeded` (403), `MaxEniPrivateIpsCountExceeded` (403), `MissingParameter` (403), `Operation.Conflict` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidOperation.VSwitchCidrReservationNotExist` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404), `InvalidOperation.RegionNotSupportIpPrefix` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AssignPrivateIpAddresses>
    pub fn assign_private_ip_addresses(
        &self,
        request: operations::assign_private_ip_addresses::AssignPrivateIpAddressesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::assign_private_ip_addresses::AssignPrivateIpAddressesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::assign_private_ip_addresses::OPERATION,
            &request,
        )
    }

    /// Calls `AssociateEipAddress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `AllocationId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP` (400), `BIND_INSTANCE_OWENER_ERROR` (400), `BindInstance.NotSupported` (400), `EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP` (400), `Eni.Attached` (400), `Forbbiden` (400), `Forbidden.EipCanNotBindGatgw` (400), `Forbidden.InstanceBandwidthNotZero` (400), `INSTANCE_TYPE_NOT_SUPPORT` (400), `IncorrectEipStatus` (400), `IncorrectHaVipStatus` (400), `IncorrectInstanceStatus` (400), `IncorrectStatus.NatGateway` (400), `InstanceType.NotSupport` (400), `Invalid.DirectEip.BindType` (400), `InvalidAction.Denied` (400), `InvalidAssociation.Duplicated` (400), `InvalidBindingStatus` (400), `InvalidEIPStatus.BizDisabled` (400), `InvalidEip.EipQuotaExceeded` (400), `InvalidEipBandwidth.OutOfMaxValue` (400), `InvalidInstance.NotVpc` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidNexthop.DirectEni` (400), `InvalidNicOrVm.NotFound` (400), `InvalidParameter` (400), `InvalidParameter.BindingInstanceRegion` (400), `InvalidParameter.EniInstanceId` (400), `InvalidParameter.InstanceTypeNotSupport` (400), `InvalidParameter.Mismatch` (400), `InvalidParams.NotFound` (400), `InvalidStatus.EcsStatusNotSupport` (400), `InvalidStatus.EniStatusNotSupport` (400), `InvalidStatus.InstanceHasBandWidth` (400), `InvalidStatus.NotAllow` (400), `NATGATEWAY_FINANCIALLOCKED` (400), `OperationDenied` (400), `OperationDenied.CloudBoxResourceExist` (400), `OperationFailed.EniSubIp` (400), `OperationFailed.HavipBoundPortmap` (400), `OperationFailed.QueryCommodityInfo` (400), `OperationUnsupported.EipBindModel` (400), `OperationUnsupported.MultiIp` (400), `QuotaExceeded.NumberOfEip` (400), `QuotaExceeded.NumberOfTrafficEip` (400), `ReserveIpFail` (400), `ServerRegion.Invalid` (400), `TaskConflict` (400), `Forbidden.RegionNotFound` (404), `InvalidAllocationId.NotFound` (404), `InvalidHaVip.NotFound` (404), `InvalidInstanId.NotFound` (404), `InvalidInstance.NotExist` (404), `InvalidRegionId.NotFound` (404), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AssociateEipAddress>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn associate_eip_address(
        &self,
        request: operations::associate_eip_address::AssociateEipAddressRequest,
    ) -> ::yun_core::Call<'_, operations::associate_eip_address::AssociateEipAddressResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::associate_eip_address::OPERATION,
            &request,
        )
    }

    /// Calls `AssociateHaVip` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `HaVipId`, `InstanceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `CountLimitExceed.HaVipOnInstance` (400), `CountLimitExceeded.HaVipOnECSInstance` (400), `Forbidden.HaVip` (400), `IncorrectHaVipStatus` (400), `IncorrectInstanceStatus` (400), `InvalidVip.Status` (400), `OperationFailed.DistibuteLock` (400), `OperationUnsupported.BindMultipleType` (400), `InvalidHaVip.Exist` (404), `InvalidHaVipId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AssociateHaVip>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn associate_ha_vip(
        &self,
        request: operations::associate_ha_vip::AssociateHaVipRequest,
    ) -> ::yun_core::Call<'_, operations::associate_ha_vip::AssociateHaVipResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::associate_ha_vip::OPERATION,
            &request,
        )
    }

    /// Calls `AttachClassicLinkVpc` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`, `VpcId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Forbidden.SubUser` (403), `InvalidInstanceId.LimitedRegion` (403), `InvalidInstanceId.MalFormed` (403), `InvalidInstanceId.NotBelong` (403), `InvalidInstanceId.NotFound` (403), `InvalidParameter.InvalidInstanceIdAndVpcId` (403), `InvalidRegionId.Malformed` (403), `InvalidRegionId.NotFound` (403), `InvalidStatus.InstanceLocked` (403), `InvalidStatus.InstanceStatus` (403), `InvalidVpcId.Malformed` (403), `OperationDenied` (403), `QuotaExceeded` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachClassicLinkVpc>
    pub fn attach_classic_link_vpc(
        &self,
        request: operations::attach_classic_link_vpc::AttachClassicLinkVpcRequest,
    ) -> ::yun_core::Call<'_, operations::attach_classic_link_vpc::AttachClassicLinkVpcResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::attach_classic_link_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `AttachDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `DiskId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskCategory.OperationNotSupported` (400), `IncorrectInstanceStatus` (400), `InvalidDevice.Malformed` (400), `InvalidDisk.DiskNotBootable` (400), `InvalidInstance.NotOriginInstance` (400), `InvalidOperation.InstanceTypeNotSupport` (400), `InvalidParameter` (400), `InvalidParameter.AllEmpty` (400), `InvalidParameterForce.DiskCategoryNotSupported` (400), `InvalidParameterForce.MultiAttachDiskNotSupported` (400), `InvalidParameterForce.PrepaidDiskNotSupported` (400), `InvalidParameterForce.RegionNotSupported` (400), `InvalidRegionId.MalFormed` (400), `DeleteWithInstance.Conflict` (403), `DependencyViolation.WindowsInstance` (403), `DiskAttachedNumberExceeded` (403), `DiskError` (403), `DiskId.StatusNotSupported` (403), `DiskId.ValueNotSupported` (403), `DiskInArrears` (403), `DiskNotPortable` (403), `IncorrectDiskStatus` (403), `IncorrectInstanceStatus.NotSupportESSD` (403), `InstanceDiskLimitExceeded` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidDevice.InUse` (403), `InvalidInstance.ZoneConflict` (403), `InvalidInstanceType.NotSupportDiskCategory` (403), `InvalidInstanceType.NotSupportMultiAttachDisk` (403), `InvalidInstanceType.NotSupportPL0` (403), `InvalidInstanceType.NvmeRequired` (403), `InvalidInstanceType.NvmeUnsupported` (403), `InvalidOperation.CanNotAttachMultiAttachDiskAsSystemDisk` (403), `InvalidOperation.OtherInstanceUnsupported` (403), `InvalidParameter.DeleteWithInstance` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `ResourcesNotInSameZone` (403), `UserNotInTheWhiteList` (403), `DiskAttachedNumberExceeded` (404), `InvalidDisk.InUse` (404), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachDisk>
    pub fn attach_disk(
        &self,
        request: operations::attach_disk::AttachDiskRequest,
    ) -> ::yun_core::Call<'_, operations::attach_disk::AttachDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::attach_disk::OPERATION,
            &request,
        )
    }

    /// Calls `AttachInstanceRamRole` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `RamRoleName`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidInstanceIds.Malformed` (400), `InvalidNetworkType.MismatchRamRole` (403), `InvalidUser.PassRoleForbidden` (403), `InvalidInstanceId.NotFound` (404), `InvalidRamRole.NotEcsRole` (404), `InvalidRamRole.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachInstanceRamRole>
    pub fn attach_instance_ram_role(
        &self,
        request: operations::attach_instance_ram_role::AttachInstanceRamRoleRequest,
    ) -> ::yun_core::Call<'_, operations::attach_instance_ram_role::AttachInstanceRamRoleResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::attach_instance_ram_role::OPERATION,
            &request,
        )
    }

    /// Calls `AttachKeyPair` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `KeyPairName`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DependencyViolation.IoOptimize` (400), `InvalidInstanceIds.ValueNotSupported` (400), `InvalidKeyPairName.NotFound` (400), `DependencyViolation.WindowsInstance` (403), `InstanceKeyPairLimitExceeded` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachKeyPair>
    pub fn attach_key_pair(
        &self,
        request: operations::attach_key_pair::AttachKeyPairRequest,
    ) -> ::yun_core::Call<'_, operations::attach_key_pair::AttachKeyPairResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::attach_key_pair::OPERATION,
            &request,
        )
    }

    /// Calls `AttachNetworkInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.ConnectionTrackingConfigNotSupportMemberEni` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.InvalidGeneration` (400), `InvalidOperation.InvalidRegion` (400), `InvalidOperation.Ipv6CountExceeded` (400), `InvalidOperation.UserNotSupportNetworkCard` (400), `InvalidParameter` (400), `InvalidParameter.NetworkCardIndexInvalid` (400), `InvalidParams.EniId` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `EniPerInstanceLimitExceeded` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidEni.NotSameVpc` (403), `InvalidInstance.NetworkType` (403), `InvalidInstanceId.NotFound` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.EipBindModel` (403), `InvalidOperation.EniCountExceeded` (403), `InvalidOperation.EniQueuePairNumberOverflow` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.EniTrafficModeNotSupportIpv6` (403), `InvalidOperation.EniTrunkDeviceFull` (403), `InvalidOperation.EniTypeNotSupportAttachToTrunk` (403), `InvalidOperation.EniTypeNotSupportTrunking` (403), `InvalidOperation.ExceedInstanceTypeQueueNumber` (403), `InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded` (403), `InvalidOperation.HighPerformanceTrafficModeNotSupportMemberEni` (403), `InvalidOperation.HighPerformanceTrafficModeNotSupportTrunkEni` (403), `InvalidOperation.HotPlugNotSupport` (403), `InvalidOperation.InstanceTypeNotSupportEniTrunking` (403), `InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.InvalidTrunkEniStatus` (403), `InvalidOperation.Ipv4CountExceeded` (403), `InvalidOperation.Ipv6NotSupport` (403), `InvalidOperation.MaxEniQueueNumberExceeded` (403), `InvalidOperation.MaxEniQueuePairNumberExceed` (403), `InvalidOperation.MultiGroupType` (403), `InvalidOperation.NotSupportEnterpriseGroup` (403), `InvalidOperation.TrunkingIsNotAllowed` (403), `InvalidOperation.VpcMismatch` (403), `InvalidParameter.EniNotBelongEcs` (403), `InvalidParameter.EniNotBelongTrunk` (403), `InvalidParameter.InvalidEniQueueNumber` (403), `InvalidParameter.InvalidQueuePairNumber` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `MaxEniCountExceeded` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachNetworkInterface>
    pub fn attach_network_interface(
        &self,
        request: operations::attach_network_interface::AttachNetworkInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::attach_network_interface::AttachNetworkInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::attach_network_interface::OPERATION,
            &request,
        )
    }

    /// Calls `AuthorizeSecurityGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `AuthorizedGroupRule.LimitExceed` (400), `InvalidDestCidrIp.Malformed` (400), `InvalidGroupAuthParameter.OperationDenied` (400), `InvalidGroupParameter.OperationDenied` (400), `InvalidIpProtocol.Malformed` (400), `InvalidIpProtocol.ValueNotSupported` (400), `InvalidNicType.Mismatch` (400), `InvalidNicType.ValueNotSupported` (400), `InvalidParam.DestCidrIp` (400), `InvalidParam.DestIp` (400), `InvalidParam.DuplicatePermissions` (400), `InvalidParam.Ipv4ProtocolConflictWithIpv6Address` (400), `InvalidParam.Ipv6DestCidrIp` (400), `InvalidParam.Ipv6ProtocolConflictWithIpv4Address` (400), `InvalidParam.Ipv6SourceCidrIp` (400), `InvalidParam.Permissions` (400), `InvalidParam.PortRange` (400), `InvalidParam.PrefixListAddressFamilyMismatch` (400), `InvalidParam.SourceCidrIp` (400), `InvalidParam.SourceIp` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Ipv6CidrIp` (400), `InvalidParamter.Conflict` (400), `InvalidPolicy.Malformed` (400), `InvalidPortRange.Malformed` (400), `InvalidPriority.Malformed` (400), `InvalidPriority.ValueNotSupported` (400), `InvalidSecurityGroup.InvalidNetworkType` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSecurityGroupId.Malformed` (400), `InvalidSourceCidrIp.Malformed` (400), `InvalidSourceGroup.NotFound` (400), `InvalidSourceGroupId.Mismatch` (400), `InvalidSourcePortRange.Malformed` (400), `MissingParameter` (400), `MissingParameter.Source` (400), `NotSupported.ClassicNetworkPrefixList` (400), `OperationDenied` (400), `AuthorizationLimitExceed` (403), `InvalidNetworkType.Conflict` (403), `InvalidNetworkType.Mismatch` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParamter.Conflict` (403), `InvalidSourceGroupId.Mismatch` (403), `LimitExceed.PrefixListAssociationResource` (403), `MissingParameter` (403), `InvalidPrefixListId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidSourceGroupId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AuthorizeSecurityGroup>
    pub fn authorize_security_group(
        &self,
        request: operations::authorize_security_group::AuthorizeSecurityGroupRequest,
    ) -> ::yun_core::Call<'_, operations::authorize_security_group::AuthorizeSecurityGroupResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::authorize_security_group::OPERATION,
            &request,
        )
    }

    /// Calls `AuthorizeSecurityGroupEgress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `AuthorizedGroupRule.LimitExceed` (400), `InvalidDestCidrIp.Malformed` (400), `InvalidDestGroup.NotFound` (400), `InvalidDestGroupId.Mismatch` (400), `InvalidGroupAuthParameter.OperationDenied` (400), `InvalidGroupParameter.OperationDenied` (400), `InvalidIpProtocol.Malformed` (400), `InvalidIpProtocol.ValueNotSupported` (400), `InvalidNicType.Mismatch` (400), `InvalidNicType.ValueNotSupported` (400), `InvalidParam.DestCidrIp` (400), `InvalidParam.DestIp` (400), `InvalidParam.DuplicatePermissions` (400), `InvalidParam.Ipv4ProtocolConflictWithIpv6Address` (400), `InvalidParam.Ipv6DestCidrIp` (400), `InvalidParam.Ipv6ProtocolConflictWithIpv4Address` (400), `InvalidParam.Ipv6SourceCidrIp` (400), `InvalidParam.Permissions` (400), `InvalidParam.PortRange` (400), `InvalidParam.PrefixListAddressFamilyMismatch` (400), `InvalidParam.SourceCidrIp` (400), `InvalidParam.SourceIp` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Ipv6CidrIp` (400), `InvalidParamter.Conflict` (400), `InvalidPolicy.Malformed` (400), `InvalidPortRange.Malformed` (400), `InvalidPriority.Malformed` (400), `InvalidPriority.ValueNotSupported` (400), `InvalidSecurityGroup.InvalidNetworkType` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSecurityGroupId.Malformed` (400), `InvalidSourcePortRange.Malformed` (400), `MissingParameter.Dest` (400), `NotSupported.ClassicNetworkPrefixList` (400), `OperationDenied` (400), `AuthorizationLimitExceed` (403), `InvalidDestGroupId.Mismatch` (403), `InvalidNetworkType.Conflict` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParamter.Conflict` (403), `InvalidSecurityGroup.IsSame` (403), `LimitExceed.PrefixListAssociationResource` (403), `MissingParameter` (403), `InvalidDestGroupId.NotFound` (404), `InvalidPrefixListId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AuthorizeSecurityGroupEgress>
    pub fn authorize_security_group_egress(
        &self,
        request: operations::authorize_security_group_egress::AuthorizeSecurityGroupEgressRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::authorize_security_group_egress::AuthorizeSecurityGroupEgressResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::authorize_security_group_egress::OPERATION,
            &request,
        )
    }

    /// Calls `CancelAutoSnapshotPolicy` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `regionId`, `diskIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ParameterInvalid` (403), `InvalidDiskId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelAutoSnapshotPolicy>
    pub fn cancel_auto_snapshot_policy(
        &self,
        request: operations::cancel_auto_snapshot_policy::CancelAutoSnapshotPolicyRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::cancel_auto_snapshot_policy::CancelAutoSnapshotPolicyResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::cancel_auto_snapshot_policy::OPERATION,
            &request,
        )
    }

    /// Calls `CancelCopyImage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `CancelNotSupported` (400), `ImageCreatedNotFromCopy` (400), `IncorrectImageStatus` (400), `InvalidDescription.Malformed` (400), `InvalidImageId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelCopyImage>
    pub fn cancel_copy_image(
        &self,
        request: operations::cancel_copy_image::CancelCopyImageRequest,
    ) -> ::yun_core::Call<'_, operations::cancel_copy_image::CancelCopyImageResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::cancel_copy_image::OPERATION,
            &request,
        )
    }

    /// Calls `CancelImagePipelineExecution` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ExecutionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidStatus.CancelFailed` (400), `InvalidStatus.ImagePipelineExecution` (403), `InvalidImagePipelineExecution.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelImagePipelineExecution>
    pub fn cancel_image_pipeline_execution(
        &self,
        request: operations::cancel_image_pipeline_execution::CancelImagePipelineExecutionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::cancel_image_pipeline_execution::CancelImagePipelineExecutionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::cancel_image_pipeline_execution::OPERATION,
            &request,
        )
    }

    /// Calls `CancelPhysicalConnection` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PhysicalConnectionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.NotAllowedInState` (400), `InvalidPhysicalConnectionId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelPhysicalConnection>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn cancel_physical_connection(
        &self,
        request: operations::cancel_physical_connection::CancelPhysicalConnectionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::cancel_physical_connection::CancelPhysicalConnectionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::cancel_physical_connection::OPERATION,
            &request,
        )
    }

    /// Calls `CancelSimulatedSystemEvents` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `EventId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `EventIdLimitExceeded` (400), `CannotCancelSystemEvent.NotSimulated` (403), `InvalidEventId.NotFound` (403), `InvalidParameter` (403), `MissingParameter` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelSimulatedSystemEvents>
    pub fn cancel_simulated_system_events(
        &self,
        request: operations::cancel_simulated_system_events::CancelSimulatedSystemEventsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::cancel_simulated_system_events::CancelSimulatedSystemEventsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::cancel_simulated_system_events::OPERATION,
            &request,
        )
    }

    /// Calls `CancelTask` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `TaskId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (400), `InvalidTaskId.NotFound` (400), `MissingParameter` (400), `CancelTaskFailed` (403), `InvalidTaskId.IncorrectTaskStatus` (403), `InvalidTaskId.NotFound` (403), `InvalidTaskId.TaskActionNotSupport` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelTask>
    pub fn cancel_task(
        &self,
        request: operations::cancel_task::CancelTaskRequest,
    ) -> ::yun_core::Call<'_, operations::cancel_task::CancelTaskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::cancel_task::OPERATION,
            &request,
        )
    }

    /// Calls `ConnectRouterInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `RouterInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `AttrMismatching.AcceptingSideAliUid` (400), `AttrMismatching.AcceptingSideInstanceId` (400), `AttrMismatching.AcceptingSideOppositeInterfaceId` (400), `AttrMismatching.AcceptingSideOppositeInterfaceOwnerId` (400), `AttrMismatching.AcceptingSideOppositeRegionNo` (400), `AttrMismatching.AcceptingSideOppositeRouterId` (400), `AttrMismatching.AcceptingSideOppositeRouterType` (400), `AttrMismatching.AcceptingSideRegionNo` (400), `AttrMismatching.AcceptingSideRole` (400), `AttrMismatching.AcceptingSideRouterId` (400), `AttrMismatching.AcceptingSideRouterType` (400), `ErrCode.Invalid` (400), `Forbidden.BillsOutstanding` (400), `Forbidden.OnlyOneConnection` (400), `IllegalParam.InstanceOwner` (400), `IncorrectOppositeInterfaceInfo` (400), `IncorrectOppositeInterfaceInfo.NotSet` (400), `IncorrectRole.NotInitiatingSide` (400), `IncorrectStatus` (400), `InvalidAccount.NotFound` (400), `InvalidRegionId.NotFound` (404), `InvalidRouterInterfaceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ConnectRouterInterface>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn connect_router_interface(
        &self,
        request: operations::connect_router_interface::ConnectRouterInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::connect_router_interface::ConnectRouterInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::connect_router_interface::OPERATION,
            &request,
        )
    }

    /// Calls `ConvertNatPublicIpToEip` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter.CloudboxNotSupported` (400), `OperationDenied.CloudboxNotSupport` (400), `OperationDenied.DedicatedRegionNotSupported` (400), `EIPMaxBandwidthExceeded` (403), `Forbidden.InvalidPublicBandwidth` (403), `Forbidden.RiskControl` (403), `IncorrectInstanceStatus` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidEndTime.OperateNotSupport` (403), `InvalidInstance.OverduePayment` (403), `InvalidInstance.ZeroBandwidth` (403), `InvalidInstanceId.NotFound` (403), `InvalidInstanceId.PlanedChange` (403), `InvalidInstanceStatus.Released` (403), `InvalidInternetChargeType.ValueNotSupported` (403), `MaxEIPQuotaExceeded` (403), `OperationDenied` (403), `UnsupportedPublicIpWithIsp` (403), `InvalidInstance.IpAddressMissing` (404), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ConvertNatPublicIpToEip>
    pub fn convert_nat_public_ip_to_eip(
        &self,
        request: operations::convert_nat_public_ip_to_eip::ConvertNatPublicIpToEipRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::convert_nat_public_ip_to_eip::ConvertNatPublicIpToEipResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::convert_nat_public_ip_to_eip::OPERATION,
            &request,
        )
    }

    /// Calls `CopyImage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageId`, `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DestinationRegion.NotFound` (400), `IncorrectImageStatus` (400), `InvalidDescription.Malformed` (400), `InvalidEncryptAlgorithm` (400), `InvalidEncrypted.NotMatchEncryptAlgorithm` (400), `InvalidEncrypted.NotMatchKmsKeyId` (400), `InvalidImageName.Duplicated` (400), `InvalidImageName.Malformed` (400), `InvalidParameter.EncryptedIllegal` (400), `InvalidParameter.KmsNotEnabled` (400), `InvalidSnapshotId.NotFound` (400), `OperationDenied.CommunityImage` (400), `SourceRegion.NotFound` (400), `InvalidAliUid.IsNull` (401), `Forbbiden` (403), `IncorrectDestinationRegion` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidRegion.NotSupport` (403), `InvalidRegionId.NotSupportEncryptAlgorithm` (403), `InvalidSnapshot.TooOld` (403), `OperationDeined.EncryptedSnapshot` (403), `OperationDenied` (403), `OperationDenied.EncryptSnapshotAcrossRegion` (403), `OperationDenied.ImageCopying` (403), `OperationDenied.KmsServiceUnauthorized` (403), `OperationDenied.NonCompliantDestinationRegion` (403), `OperationDenied.NotAuthorized` (403), `OperationDenied.NotPublished` (403), `OperationDenied.SameRegionOnly` (403), `QuotaExceed.Image` (403), `QuotaExceed.Snapshot` (403), `RegionNotSupportCopy` (403), `SizeExceed.Image` (403), `UserNotInTheWhiteList` (403), `InvalidImageId.NotFound` (404), `InvalidParameter.KMSKeyId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CopyImage>
    pub fn copy_image(
        &self,
        request: operations::copy_image::CopyImageRequest,
    ) -> ::yun_core::Call<'_, operations::copy_image::CopyImageResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::copy_image::OPERATION,
            &request,
        )
    }

    /// Calls `CopySnapshot` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DestinationRegionId`, `SnapshotId`, `DestinationSnapshotName`, `DestinationSnapshotDescription`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidRegionId.MalFormed` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidDescription.Malformed` (403), `InvalidEncryptAlgorithm` (403), `InvalidEncrypted.NotMatchEncryptAlgorithm` (403), `InvalidEncrypted.NotMatchKmsKeyId` (403), `InvalidEncrypted.NotSupportDecrypt` (403), `InvalidKMSKeyId.NotSymmetric` (403), `InvalidOperation.NotSupportCopyInSameRegion` (403), `InvalidOperation.Unauthorized` (403), `InvalidOperation.UnfinishedCrossRegionCopy` (403), `InvalidOperation.UnfinishedEncryptedSnapshotCopy` (403), `InvalidParameter.DataEncryptedKeyCreateFailed` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.KMSKeyId.NotFound` (403), `InvalidParameter.KmsNotEnabled` (403), `InvalidParameterDestinationStorageLocationArn.Malformed` (403), `InvalidParameterDestinationStorageLocationArn.RegionNotMatch` (403), `InvalidParameterDestinationStorageLocationArn.Unauthorized` (403), `InvalidParamter` (403), `InvalidRegion.NotSupport` (403), `InvalidRegionId.NotExists` (403), `InvalidRegionId.NotSupportEncryptAlgorithm` (403), `InvalidRegionId.NotSupportedEncryptedSnapshotCopy` (403), `InvalidRetentionDays.Malformed` (403), `InvalidSnapshot.EncryptedNotSupported` (403), `InvalidSnapshot.StorageLocationNotSupported` (403), `InvalidSnapshotCategory.NotSupportCopy` (403), `InvalidSnapshotCategory.NotSupportCrossRegionCopy` (403), `InvalidSnapshotCategory.NotSupportEncryptedCopy` (403), `InvalidSnapshotId.EncryptedNotSupport` (403), `InvalidSnapshotId.NotFound` (403), `InvalidSnapshotId.NotReady` (403), `InvalidSnapshotName.Malformed` (403), `InvalidUser.NotInWhiteList` (403), `OperationDenied.NonCompliantDestinationRegion` (403), `QuotaExceed.SnapshotQuota` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CopySnapshot>
    pub fn copy_snapshot(
        &self,
        request: operations::copy_snapshot::CopySnapshotRequest,
    ) -> ::yun_core::Call<'_, operations::copy_snapshot::CopySnapshotResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::copy_snapshot::OPERATION,
            &request,
        )
    }

    /// Calls `CreateActivation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ActivationCount.ExceedLimit` (400), `ActivationDesc.ExceedLimit` (400), `ActivationLimitation.Invalid` (400), `ActivationTTL.ExceedLimit` (400), `AddressRange.InvalidPattern` (400), `Duplicate.TagKey` (400), `InstanceName.ExceedLimit` (400), `InstanceName.InvalidPattern` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `InvalidStatus.ResourceGroup` (403), `Operation.Forbidden` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateActivation>
    pub fn create_activation(
        &self,
        request: operations::create_activation::CreateActivationRequest,
    ) -> ::yun_core::Call<'_, operations::create_activation::CreateActivationResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_activation::OPERATION,
            &request,
        )
    }

    /// Calls `CreateAutoProvisioningGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `TotalTargetCapacity`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Duplicate.DiskCategory` (400), `InternalError` (400), `InvalidAutoProvisioningGroupName.Malformed` (400), `InvalidAutoProvisioningGroupType.ValueNotSupported` (400), `InvalidCapacity.ValueNotSupported` (400), `InvalidDefaultTargetCapacityType.ValueNotSupported` (400), `InvalidDescription.ValueNotSupported` (400), `InvalidFleetExcessCapacityTerminationPolicy.ValueNotSupported` (400), `InvalidImageFamily.Confict` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidLaunchTemplate.ValueNotSupported` (400), `InvalidLaunchTemplateConfigs.SizeExceed` (400), `InvalidLaunchTemplateVersion.ValueNotSupported` (400), `InvalidParameter` (400), `InvalidParameter.MaxPrice` (400), `InvalidParameter.ResourceGroupId` (400), `InvalidParameter.SpotInstancePoolsToUseCount` (400), `InvalidParameter.TargetCapacity` (400), `InvalidParameter.WeightedCapacityBeyondRange` (400), `InvalidPayAsYouGoAllocationStrategy.ValueNotSupported` (400), `InvalidRegion.ValueNotSupported` (400), `InvalidSpotAllocationStrategy.ValueNotSupported` (400), `InvalidSpotInstanceInterruptionBehavior.ValueNotSupported` (400), `InvalidVSwitchId.NotFound` (400), `InvalidValidTime.MalFormed` (400), `MissingParameter` (400), `MissingParameter.LaunchTemplateConfigs` (400), `MissingParameter.SpotAllocationStrategy` (400), `MissingParameter.WeightedCapacity` (400), `NoPermission` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateAutoProvisioningGroup>
    pub fn create_auto_provisioning_group(
        &self,
        request: operations::create_auto_provisioning_group::CreateAutoProvisioningGroupRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_auto_provisioning_group::CreateAutoProvisioningGroupResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_auto_provisioning_group::OPERATION,
            &request,
        )
    }

    /// Calls `CreateAutoSnapshotPolicy` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `regionId`, `timePoints`, `repeatWeekdays`, `retentionDays`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskCategory.OperationNotSupported` (400), `Duplicate.TagKey` (400), `InvalidParam.EncryptedMismatch` (400), `InvalidParameter.Encrypted.KmsNotEnable` (400), `InvalidParameter.EncryptedIllegal` (400), `InvalidParameter.KMSKeyId.CMKNotEnabled` (400), `InvalidParameter.KmsNotEnabled` (400), `InvalidSnapshotPolicyName.Malformed` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `Abs.InvalidAction.RegionNotSupport` (403), `AutoSnapshotPolicy.QuotaExceed` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidOperation.KMSKeyIdNotFound` (403), `InvalidParameter.CopiedSnapshotsRetentionDays` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.TargetCopyRegions` (403), `ParameterInvalid` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateAutoSnapshotPolicy>
    pub fn create_auto_snapshot_policy(
        &self,
        request: operations::create_auto_snapshot_policy::CreateAutoSnapshotPolicyRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_auto_snapshot_policy::CreateAutoSnapshotPolicyResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_auto_snapshot_policy::OPERATION,
            &request,
        )
    }

    /// Calls `CreateCapacityReservation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceAmount`, `InstanceType`, `ZoneId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `AccountForbidden.ProductCreationLimited` (400), `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.EndTime` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.PrivatePoolOptionsName.MalFormed` (400), `Invalid.TimeSlot` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidPlatform.ValueNotSupported` (400), `InvalidStartTime.MalFormed` (400), `InvalidStartTime.NotSupported` (400), `MissingParameter` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `NoStock` (400), `OperationDenied` (400), `PriceNotFound` (400), `RegionUnauthorized` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `StartTime.NotNeed` (400), `Invalid.ZoneIds` (403), `InvalidInstanceType.NotSupported` (403), `InvalidResourceType.NotSupported` (403), `OperationDenied.NoStock` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `InvalidResourceGroup.NotFound` (404), `InvalidZoneId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateCapacityReservation>
    pub fn create_capacity_reservation(
        &self,
        request: operations::create_capacity_reservation::CreateCapacityReservationRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_capacity_reservation::CreateCapacityReservationResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_capacity_reservation::OPERATION,
            &request,
        )
    }

    /// Calls `CreateCommand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Name`, `Type`, `CommandContent`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `CmdContent.DecodeError` (400), `CmdParam.EmptyKey` (400), `CmdParam.InvalidParamName` (400), `InvalidParameter.WorkingDir` (400), `RegionId.ApiNotSupported` (400), `CmdContent.ExceedLimit` (403), `CmdCount.ExceedQuota` (403), `CmdDesc.ExceedLimit` (403), `CmdName.ExceedLimit` (403), `CmdParamCount.ExceedLimit` (403), `CmdParamName.ExceedLimit` (403), `InvalidParameterCharacter.CommandDescription` (403), `InvalidParameterCharacter.CommandName` (403), `InvalidParameterCharacter.CommandWorkingDir` (403), `InvalidStatus.ResourceGroup` (403), `Operation.Forbidden` (403), `InvalidCmdType.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateCommand>
    pub fn create_command(
        &self,
        request: operations::create_command::CreateCommandRequest,
    ) -> ::yun_core::Call<'_, operations::create_command::CreateCommandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_command::OPERATION,
            &request,
        )
    }

    /// Calls `CreateDedicatedHostCluster` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ZoneId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidParam.Zone` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidZone.NotFound` (404), `QuotaExceed.Region` (404), `QuotaExceed.Zone` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDedicatedHostCluster>
    pub fn create_dedicated_host_cluster(
        &self,
        request: operations::create_dedicated_host_cluster::CreateDedicatedHostClusterRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_dedicated_host_cluster::CreateDedicatedHostClusterResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_dedicated_host_cluster::OPERATION,
            &request,
        )
    }

    /// Calls `CreateDemand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ZoneId`, `InstanceType`, `Amount`, `Period`, `PeriodUnit`, `StartTime`, `EndTime`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidDemandName.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidInstanceType.NotSupportDemand` (400), `InvalidRegion.NotFound` (400), `InvalidTemporary.EndTime` (400), `InvalidTemporary.StartTime` (400), `MissingParamter.RegionId` (400), `Forbidden.RAM` (403), `InvalidDemandStatus.NotSupported` (403), `InvalidInstanceType.NotMatch` (403), `InvalidParameter` (403), `QuotaExceed.EcsDemand` (403), `InvalidInstanceChargeType.NotFound` (404), `InvalidInstanceType.NotFound` (404), `InvalidInstanceType.NotMatch` (404), `InvalidStatus.ValueNotSupported` (404), `InvalidZone.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDemand>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_demand(
        &self,
        request: operations::create_demand::CreateDemandRequest,
    ) -> ::yun_core::Call<'_, operations::create_demand::CreateDemandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_demand::OPERATION,
            &request,
        )
    }

    /// Calls `CreateDeploymentSet` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `DependencyViolation.domain.granularity` (400), `DependencyViolation.strategy.granularity` (400), `DeploymentSet.GroupQuotaFull` (400), `InvalidDeploymentSetName.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidParameter.Domain` (400), `InvalidParameter.GroupCount` (400), `InvalidParameter.Strategy` (400), `InvalidParameter.granularity` (400), `InvalidZoneId.NotFound` (400), `MissingParameter` (400), `QuotaExceed.DeploymentSet` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDeploymentSet>
    pub fn create_deployment_set(
        &self,
        request: operations::create_deployment_set::CreateDeploymentSetRequest,
    ) -> ::yun_core::Call<'_, operations::create_deployment_set::CreateDeploymentSetResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_deployment_set::OPERATION,
            &request,
        )
    }

    /// Calls `CreateDiagnosticMetricSet` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `RegionId`, `ResourceType`, `MetricIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter.MetricId` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDiagnosticMetricSet>
    pub fn create_diagnostic_metric_set(
        &self,
        request: operations::create_diagnostic_metric_set::CreateDiagnosticMetricSetRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_diagnostic_metric_set::CreateDiagnosticMetricSetResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_diagnostic_metric_set::OPERATION,
            &request,
        )
    }

    /// Calls `CreateDiagnosticReport` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter` (400), `InvalidResource.NotExists` (400), `Forbidden.CreateSLR` (403), `InvalidAxt.ServiceNotReady` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDiagnosticReport>
    pub fn create_diagnostic_report(
        &self,
        request: operations::create_diagnostic_report::CreateDiagnosticReportRequest,
    ) -> ::yun_core::Call<'_, operations::create_diagnostic_report::CreateDiagnosticReportResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_diagnostic_report::OPERATION,
            &request,
        )
    }

    /// Calls `CreateDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Account.Arrearage` (400), `BurstingEnabledForDiskCategoryUnsupported` (400), `BurstingEnabledForMultiAttachDiskUnsupported` (400), `Duplicate.TagKey` (400), `EncryptedOption.Conflict` (400), `InsufficientBalance.AgentAccount` (400), `InvalidAccountStatus.NotEnoughBalance` (400), `InvalidCloudBoxZone.EncryptedNotSupported` (400), `InvalidDataDiskCategory.ValueNotSupported` (400), `InvalidDataDiskSize.ValueNotSupported` (400), `InvalidDescription.Malformed` (400), `InvalidDiskCategory.ConflictSnapshotCategory` (400), `InvalidDiskCategory.NotSupported` (400), `InvalidDiskCategory.ValueNotSupported` (400), `InvalidDiskName.Malformed` (400), `InvalidDiskSize.NotSupported` (400), `InvalidDiskSizeOrCategory` (400), `InvalidEncryptAlgorithm` (400), `InvalidEncryptAlgorithm.NotMatchSnapshot` (400), `InvalidEncrypted.NotMatchEncryptAlgorithm` (400), `InvalidEncrypted.NotMatchKmsKeyId` (400), `InvalidEncrypted.NotMatchSnapshot` (400), `InvalidInstance.NotFoundSystemDisk` (400), `InvalidKMSKeyId.NotSymmetric` (400), `InvalidKmsKeyId.NotMatchSnapshot` (400), `InvalidParam.EncryptedMismatch` (400), `InvalidParameter.Arns` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Encrypted.KmsNotEnable` (400), `InvalidParameter.EncryptedIllegal` (400), `InvalidParameter.EncryptedNotSupported` (400), `InvalidParameter.KmsNotEnabled` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidPerformanceLevel.ValueNotSupported` (400), `InvalidProvisionedIops.LimitExceed` (400), `InvalidSize.ValueNotSupported` (400), `InvalidStorageClusterId.CapacityNotEnough` (400), `InvalidStorageClusterId.CategoryNotMatch` (400), `InvalidStorageClusterId.ConflictWithInstanceId` (400), `InvalidStorageClusterId.ConflictWithStorageSetId` (400), `InvalidStorageClusterId.DiskCategoryUnsupported` (400), `InvalidStorageClusterId.PerformanceLevelNotMatch` (400), `InvalidStorageClusterId.StatusNotSupport` (400), `InvalidStorageSetId.DiskCategoryUnsupported` (400), `InvalidStorageSetId.NotFound` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidZoneId.DiskCategoryUnsupported` (400), `MissingParameter` (400), `NotSupport.SnapshotEncryptedAlgorithmConflict` (400), `NotSupportSnapshotEncrypted.RegionId` (400), `NotSupportSnapshotEncrypted.ShareImage` (400), `NotSupportSnapshotEncrypted.ZoneId` (400), `OperationDenied` (400), `ProvisionedIopsForDiskCategoryRequired` (400), `ProvisionedIopsForDiskCategoryUnsupported` (400), `QuotaExceed.DiskCapacity` (400), `RegionUnauthorized` (400), `Zone.NotOnSale` (400), `InstanceDiskCategoryLimitExceed` (403), `InvalidAccountStatus.CouponAmountNotEnough` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidDataDiskCategory.NotSupported` (403), `InvalidDescription.Malformed` (403), `InvalidDiskCategory.NotSupported` (403), `InvalidDiskCategory.ValueUnauthorized` (403), `InvalidDiskSize.NotSupported` (403), `InvalidDiskSize.TooSmall` (403), `InvalidEncrypted.DefaultEncryptionUnsupported` (403), `InvalidInstanceChargeType.ValueNotSupported` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidOperation.CreateFromSnapshotUnsupported` (403), `InvalidParam.ZoneIdAndInstanceId.Conflict` (403), `InvalidParameter.AdvancedFeatures` (403), `InvalidParameter.DiskCategoryAndMultiAttachConflict` (403), `InvalidParameter.DiskCategoryAndMultiAttachNotMatch` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.MultiAttach` (403), `InvalidParameter.MultiAttachAndInstanceIdConflict` (403), `InvalidParameter.StorageSetId` (403), `InvalidParameter.StorageSetPartitionNumber` (403), `InvalidParameter.StorageSetZoneId` (403), `InvalidPayMethod` (403), `InvalidRegion.NotSupport` (403), `InvalidRegionId.NotSupportEncryptAlgorithm` (403), `InvalidSnapshot.NotReady` (403), `InvalidSnapshot.TooLarge` (403), `InvalidSnapshot.TooOld` (403), `InvalidSnapshotId.NotDataDiskSnapshot` (403), `InvalidSnapshotId.NotReady` (403), `InvalidStatus.Upgrading` (403), `InvalidStorageSetName.Malformed` (403), `LastTokenProcessing` (403), `NotSupportSnapshotEncrypted.DiskCategory` (403), `OperationDenied` (403), `OperationDenied.PerformanceLevelNotMatch` (403), `OperationDenied.SnapshotNotAllowed` (403), `OperationDenied.ZoneNotSupportMultiAttachDisk` (403), `QuotaExceed.PortableCloudDisk` (403), `QuotaExceed.PostPaidDisk` (403), `QuotaExceed.Tags` (403), `QuotaExceeded.PostpaidDataDiskCapacity` (403), `SecurityRisk.3DVerification` (403), `UserNotInTheWhiteList` (403), `InvalidInstanceId.NotFound` (404), `InvalidParameter.KMSKeyId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidSnapshotId.NotFound` (404), `InvalidStorageClusterId.NotExist` (404), `InvalidZoneId.NotFound` (404), `InternalError` (500), `InvalidParameter.DataEncryptedKeyCreateFailed` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDisk>
    pub fn create_disk(
        &self,
        request: operations::create_disk::CreateDiskRequest,
    ) -> ::yun_core::Call<'_, operations::create_disk::CreateDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_disk::OPERATION,
            &request,
        )
    }

    /// Calls `CreateElasticityAssurance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ZoneId`, `InstanceType`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `AccountForbidden.ProductCreationLimited` (400), `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PeriodUnit` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.PrivatePoolOptionsName.MalFormed` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidPlatform.ValueNotSupported` (400), `InvalidStartTime.MalFormed` (400), `InvalidStartTime.NotSupported` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `OperationDenied` (400), `PriceNotFound` (400), `RegionUnauthorized` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `Invalid.ZoneIds` (403), `InvalidInstanceType.NotSupported` (403), `InvalidResourceType.NotSupported` (403), `OperationDenied.NoStock` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `InvalidResourceGroup.NotFound` (404), `InvalidZoneId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateElasticityAssurance>
    pub fn create_elasticity_assurance(
        &self,
        request: operations::create_elasticity_assurance::CreateElasticityAssuranceRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_elasticity_assurance::CreateElasticityAssuranceResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_elasticity_assurance::OPERATION,
            &request,
        )
    }

    /// Calls `CreateForwardEntry` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ForwardTableId`, `ExternalIp`, `ExternalPort`, `InternalIp`, `InternalPort`, `IpProtocol`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `AnyPort.PortMustBeZero` (400), `Duplicated.DestinationPort` (400), `DuplicatedParam.%s` (400), `DuplicatedParam.ExternalPort` (400), `DuplicatedParam.InternalPort` (400), `ExclusiveParam.%sAnd%s` (400), `Forbidden.DestinationIpOutOfVswitchCIDR` (400), `Forbidden.DestnationIpOutOfVpcCIDR` (400), `Forbidden.ExternalIp.UsedInSnatTable` (400), `Forbidden.InternalIpOutOfVpcCIDR` (400), `Forbidden.IpHasBeenUsedInSnat` (400), `ForwardEntry.Duplicated` (400), `IncorrectStatus.ForwardEntry` (400), `IncorrectStatus.NatIp` (400), `IncorretForwardEntryStatus` (400), `Invalid.natgwNotExist` (400), `InvalidExternalIp.Malformed` (400), `InvalidExternalPort.Malformed` (400), `InvalidInternalIp.Malformed` (400), `InvalidInternalPort.Malformed` (400), `InvalidIp.NotInNatgw` (400), `InvalidParameter.Name.Malformed` (400), `InvalidProtocal.ValueNotSupported` (400), `MissingParameter` (400), `Operation.Conflict` (400), `OperationFailed.AnyPortConfig` (400), `OperationFailed.InstacneBindEip` (400), `OperationUnsupported.EipInBinding` (400), `OperationUnsupported.ForwardEntry` (400), `QuotaExceeded` (400), `QuotaExceeded.ForwardEntry` (400), `QuotaExceeded.ForwardEntrySessionManytoOne` (400), `UnsupportedFeature.%s` (400), `UnsupportedFeature.PortSegment` (400), `UnsupportedFeature.PrivateLinkEnabled` (400), `InvalidExternalIp.NotFound` (404), `InvalidForwardTableId.NotFound` (404), `InvalidRegionId.NotFound` (404), `ResourceNotFound.NatIp` (404), `InternalError` (500), `System.Error` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateForwardEntry>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_forward_entry(
        &self,
        request: operations::create_forward_entry::CreateForwardEntryRequest,
    ) -> ::yun_core::Call<'_, operations::create_forward_entry::CreateForwardEntryResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_forward_entry::OPERATION,
            &request,
        )
    }

    /// Calls `CreateHaVip` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `VSwitchId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.HaVip` (400), `InvalidDescription.Malformed` (400), `InvalidIPAddress.AlreadyUsed` (400), `InvalidIPAddress.Malformed` (400), `InvalidIPAddress.NotAvailable` (400), `InvalidIPAddress.OutOfRange` (400), `InvalidPrivateIp.NotFound` (400), `InvalidVSwitch.NotFound` (400), `CountLimitExceed.HaVipInVpc` (403), `QuotaExceeded.HaVip` (403), `InvalidRegionId.NotFound` (404), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateHaVip>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_ha_vip(
        &self,
        request: operations::create_ha_vip::CreateHaVipRequest,
    ) -> ::yun_core::Call<'_, operations::create_ha_vip::CreateHaVipResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_ha_vip::OPERATION,
            &request,
        )
    }

    /// Calls `CreateHpcCluster` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Name`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Invalid.Parameter` (400), `InvalidHpcClusterDescription.Malformed` (400), `InvalidHpcClusterName.Malformed` (400), `InvalidRegionId.NotFound` (400), `MissingParameter` (400), `InternalError` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateHpcCluster>
    pub fn create_hpc_cluster(
        &self,
        request: operations::create_hpc_cluster::CreateHpcClusterRequest,
    ) -> ::yun_core::Call<'_, operations::create_hpc_cluster::CreateHpcClusterResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_hpc_cluster::OPERATION,
            &request,
        )
    }

    /// Calls `CreateImage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `IdempotenceParamNotMatch` (400), `ImageFamilyQuotaExceed` (400), `ImageQuotaExceed.ImageFamily` (400), `IncorrectInstanceStatus` (400), `InstanceLockedForSecurity` (400), `InvalidArchitecture.Malformed` (400), `InvalidBootMode.NotSupport` (400), `InvalidDescription.Malformed` (400), `InvalidDevice.InUse` (400), `InvalidDevice.Malformed` (400), `InvalidDiskCategory.CreateImage` (400), `InvalidDiskType.ValueNotSupported` (400), `InvalidImageFamily.Malformed` (400), `InvalidImageName.Duplicated` (400), `InvalidImageName.Malformed` (400), `InvalidImageVersion.Malformed` (400), `InvalidInstance.NotFoundSystemDisk` (400), `InvalidParameter.AllEmpty` (400), `InvalidParameter.DiskType` (400), `InvalidPlatform.Malformed` (400), `InvalidSize.ValueNotSupported` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter` (400), `OperationDenied` (400), `HibernationConfigured.InstanceOperationForbidden` (403), `IncorrectDiskStatus` (403), `IncorrectDiskStatus.CreatingSnapshot` (403), `IncorrectDiskStatus.Invalid` (403), `IncorrectDiskStatus.NeverAttached` (403), `IncorrectDiskStatus.Transferring` (403), `IncorrectInstanceStatus.NeedRestart` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParamter.Conflict` (403), `InvalidSnapshot.TooOld` (403), `InvalidSnapshotCategory.NotSupportImageCreation` (403), `InvalidSnapshotId.NotReady` (403), `InvalidSystemSnapshot.Missing` (403), `OperationDenied` (403), `OperationDenied.InvalidSnapshotCategory` (403), `QuotaExceed.Image` (403), `QuotaExceed.Snapshot` (403), `QuotaExceed.Tags` (403), `SnapshotNotReady` (403), `TooManySnapshot.Unfinished` (403), `UserNotInTheWhiteList` (403), `InvalidInstanceId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidSnapshotId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateImage>
    pub fn create_image(
        &self,
        request: operations::create_image::CreateImageRequest,
    ) -> ::yun_core::Call<'_, operations::create_image::CreateImageResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_image::OPERATION,
            &request,
        )
    }

    /// Calls `CreateImageComponent` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `EmptyCommandContent.CMD` (400), `EmptyCommandContent.COPY` (400), `EmptyCommandContent.ENTRYPOINT` (400), `EmptyCommandContent.ENV` (400), `EmptyCommandContent.LABEL` (400), `EmptyCommandContent.RUN` (400), `EmptyCommandContent.USER` (400), `EmptyCommandContent.WORKDIR` (400), `InvalidCommand.Component` (400), `InvalidCommandContent.CMD` (400), `InvalidCommandContent.COPY` (400), `InvalidCommandContent.ENTRYPOINT` (400), `InvalidCommandContent.ENV` (400), `InvalidCommandContent.RUN` (400), `InvalidCommandContent.USER` (400), `InvalidCommandContent.WORKDIR` (400), `InvalidComponentType.NotSupportedValue` (400), `InvalidContent.LengthExceeded` (400), `InvalidDescription.Malformed` (400), `InvalidImageTemplateCommand.NotSupported` (400), `InvalidImageTemplateCommandSize.ExceededMaxNumber` (400), `InvalidName.Malformed` (400), `InvalidSystemType.NotSupportedValue` (400), `MissingParameter.Content` (400), `NotEmptyCommandContent.RESTART` (400), `QuotaExceed.ImageComponent` (400), `InvalidResourceGroup.NotFound` (404), `NotSupportedCommand.FROM` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateImageComponent>
    pub fn create_image_component(
        &self,
        request: operations::create_image_component::CreateImageComponentRequest,
    ) -> ::yun_core::Call<'_, operations::create_image_component::CreateImageComponentResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_image_component::OPERATION,
            &request,
        )
    }

    /// Calls `CreateImagePipeline` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `BaseImageType`, `BaseImage`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `DuplicatedCommand.FROM` (400), `EmptyCommandContent.CMD` (400), `EmptyCommandContent.COPY` (400), `EmptyCommandContent.ENTRYPOINT` (400), `EmptyCommandContent.ENV` (400), `EmptyCommandContent.LABEL` (400), `EmptyCommandContent.RUN` (400), `EmptyCommandContent.USER` (400), `EmptyCommandContent.WORKDIR` (400), `InvalidAddAccountSize.ExceededMaxNumber` (400), `InvalidBaseImageType.NotSupportedValue` (400), `InvalidBuildContent.LengthExceeded` (400), `InvalidCommandContent.CMD` (400), `InvalidCommandContent.COPY` (400), `InvalidCommandContent.ENTRYPOINT` (400), `InvalidCommandContent.ENV` (400), `InvalidCommandContent.FROM` (400), `InvalidCommandContent.RUN` (400), `InvalidCommandContent.USER` (400), `InvalidCommandContent.WORKDIR` (400), `InvalidCommandOrder.FROM` (400), `InvalidDescription.Malformed` (400), `InvalidImageName.Malformed` (400), `InvalidImageTemplateCommand.NotSupported` (400), `InvalidImageTemplateCommandSize.ExceededMaxNumber` (400), `InvalidInternetMaxBandwidthOut.NotSupportedValue` (400), `InvalidName.Malformed` (400), `InvalidSourceInstance.NotFound` (400), `InvalidSystemDiskSize.NotSupportedValue` (400), `InvalidToRegionIdSize.ExceededMaxNumber` (400), `NoPermission` (400), `NotEmptyCommandContent.RESTART` (400), `QuotaExceed.ImagePipeline` (400), `ImagePipeline.NotSupportWindowsInstance` (403), `ImageComponent.NotFound` (404), `InvalidImage.NotFound` (404), `InvalidResourceGroup.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateImagePipeline>
    pub fn create_image_pipeline(
        &self,
        request: operations::create_image_pipeline::CreateImagePipelineRequest,
    ) -> ::yun_core::Call<'_, operations::create_image_pipeline::CreateImagePipelineResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_image_pipeline::OPERATION,
            &request,
        )
    }

    /// Calls `CreateInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceType`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Account.Arrearage` (400), `AccountForbidden.ProductCreationLimited` (400), `ChargeTypeViolation.PostPaidDedicatedHost` (400), `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `DedicatedHostType.Unmatched` (400), `Duplicate.TagKey` (400), `EncryptedOption.Conflict` (400), `HibernationConfigured.ImageNotEncrypted` (400), `HibernationConfigured.InstanceTypeNotSupport` (400), `HibernationConfigured.MemorySizeTooBig` (400), `ImageNotSupportCloudInit` (400), `IncorrectDedicatedHostStatus` (400), `IncorrectDefaultVpcStatus` (400), `IncorrectImageStatus` (400), `IncorrectVSwitchStatus` (400), `InstanceDiskCategoryLimitExceed` (400), `InstanceDiskNumber.LimitExceed` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.NoStock` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.PrivatePoolOptionsId` (400), `Invalid.ZoneId` (400), `InvalidAccountStatus.PayAmountLimitExceeded` (400), `InvalidAliUid` (400), `InvalidAutoRenewPeriod.ValueNotSupported` (400), `InvalidCapacityReservationId.NotFound` (400), `InvalidChargeType.CapacityReservationNotSupported` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidCloudBoxZone.OperationNotSupported` (400), `InvalidCustomInstanceType.NotSupported` (400), `InvalidDataDevice.Malformed` (400), `InvalidDataDiskCategory.ValueNotSupported` (400), `InvalidDataDiskSize.ValueNotSupported` (400), `InvalidDedicatedHostClusterId.InValid` (400), `InvalidDedicatedHostClusterId.NotFound` (400), `InvalidDedicatedHostId.NotFound` (400), `InvalidDedicatedHostStatus.NotSupport` (400), `InvalidDeploymentOnHost` (400), `InvalidDeploymentSetId.NotFound` (400), `InvalidDescription.Malformed` (400), `InvalidDestinationZone.DeploymentSetMismatch` (400), `InvalidDiskCategory.Mismatch` (400), `InvalidDiskCategory.NotSupported` (400), `InvalidDiskCategory.ValueNotSupported` (400), `InvalidDiskDescription.Malformed` (400), `InvalidDiskName.Malformed` (400), `InvalidEncryptAlgorithm` (400), `InvalidEncryptAlgorithm.NotMatchSnapshot` (400), `InvalidEncrypted.NotMatchEncryptAlgorithm` (400), `InvalidEncrypted.NotMatchKmsKeyId` (400), `InvalidEncrypted.NotMatchSnapshot` (400), `InvalidHostName.Malformed` (400), `InvalidHpcClusterId.Creating` (400), `InvalidHpcClusterId.Necessary` (400), `InvalidHpcClusterId.NotFound` (400), `InvalidHpcClusterId.Unnecessary` (400), `InvalidHttpEndpoint.NotSupported` (400), `InvalidHttpPutResponseHopLimit.NotSupported` (400), `InvalidHttpTokens.NotSupported` (400), `InvalidIPAddress.AlreadyUsed` (400), `InvalidInnerIpAddress.Malformed` (400), `InvalidInnerIpAddress.Unusable` (400), `InvalidInstanceChargeType.NotSupport` (400), `InvalidInstanceName.Malformed` (400), `InvalidInstanceType.NotSupported` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidInternetChargeType.ValueNotSupported` (400), `InvalidInternetMaxBandwidthIn.Malformed` (400), `InvalidInternetMaxBandwidthOut.Malformed` (400), `InvalidIoOptimizedValue.ValueNotSupported` (400), `InvalidKMSKeyId.NotSymmetric` (400), `InvalidKmsKeyId.NotMatchSnapshot` (400), `InvalidMarketImageChargeType.NotSupport` (400), `InvalidNetworkType.Mismatch` (400), `InvalidNetworkType.NotSupported` (400), `InvalidNodeControllerId.Malformed` (400), `InvalidOperation.EniCountExceeded` (400), `InvalidOperation.MultiGroupType` (400), `InvalidOperation.NotSupportEnterpriseGroup` (400), `InvalidOperation.UserNotSupported` (400), `InvalidOperation.VpcHasEnabledAdvancedNetworkFeature` (400), `InvalidParam.EncryptedMismatch` (400), `InvalidParam.Tenancy` (400), `InvalidParameter` (400), `InvalidParameter.Affinity` (400), `InvalidParameter.Arns` (400), `InvalidParameter.Bandwidth` (400), `InvalidParameter.CloudboxNotSupported` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.CreditSpecification` (400), `InvalidParameter.DataEncryptedKeyCreateFailed` (400), `InvalidParameter.DedicatedRegionNotSupported` (400), `InvalidParameter.Encrypted.KmsNotEnable` (400), `InvalidParameter.EncryptedIllegal` (400), `InvalidParameter.EncryptedNotSupported` (400), `InvalidParameter.KMSKeyId.CMKUnauthorized` (400), `InvalidParameter.KmsNotEnabled` (400), `InvalidParameter.Mismatch` (400), `InvalidParameter.Tenancy` (400), `InvalidPassword.Malformed` (400), `InvalidPasswordParam.Mismatch` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidPerformanceLevel.ValueNotSupported` (400), `InvalidPeriod` (400), `InvalidPeriod.ExceededDedicatedHost` (400), `InvalidPeriodUnit.ValueNotSupported` (400), `InvalidPlatform.ValueNotSupported` (400), `InvalidPrivateIpAddress` (400), `InvalidPrivateIpAddress.Duplicated` (400), `InvalidPrivateIpAddress.Malformed` (400), `InvalidSecurityGroup.NetworkType` (400), `InvalidSecurityGroup.NotInDefaultVpc` (400), `InvalidSnapshotId.BasedSnapshotTooOld` (400), `InvalidSpotAliUid` (400), `InvalidSpotAuthorized` (400), `InvalidSpotDuration` (400), `InvalidSpotInterruptionBehavior` (400), `InvalidSpotParam.EmptyZoneID` (400), `InvalidSpotPrepaid` (400), `InvalidSpotPriceLimit` (400), `InvalidSpotPriceLimit.LowerThanPublicPrice` (400), `InvalidSpotStrategy` (400), `InvalidStorageClusterId.CapacityNotEnough` (400), `InvalidStorageClusterId.CategoryNotMatch` (400), `InvalidStorageClusterId.DiskSizeEmpty` (400), `InvalidStorageClusterId.PerformanceLevelNotMatch` (400), `InvalidStorageClusterId.StatusNotSupport` (400), `InvalidStorageClusterId.ZoneIdEmpty` (400), `InvalidSystemDiskCategory.ValueNotSupported` (400), `InvalidSystemDiskSize.LessThanMemSize` (400), `InvalidSystemDiskSize.ValueNotSupported` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidUserData.NotSupported` (400), `InvalidUserData.SizeExceeded` (400), `InvalidVSwitchId.Necessary` (400), `InvalidVpcZone.NotSupported` (400), `IoOptimized.NotSupported` (400), `LackResource` (400), `MissingParameter` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptionsId` (400), `MissingParamter` (400), `NoAvaliableDedicatedHost` (400), `NoPermission.Price` (400), `NotSupportSnapshotEncrypted.ShareImage` (400), `OperationDenied` (400), `OperationDenied.IllegalPaymentPolicy` (400), `QuotaExceed.AfterpayInstance` (400), `QuotaExceed.DiskCapacity` (400), `QuotaExceeded` (400), `QuotaExceeded.PrepayDataDiskCapacity` (400), `QuotaExceeded.PrivateIpAddress` (400), `RegionUnauthorized` (400), `ResourceNotAvailable` (400), `SpotNotSupported` (400), `UnexpectedImageFamily.ImageIdSupplied` (400), `VpcNotFound` (400), `Zone.NotOnSale` (400), `InvalidRamRole.NotEcsRole` (401), `CategoryNotSupported` (403), `CategoryViolation` (403), `DefaultVswitch.Existed` (403), `DeleteWithInstance.Conflict` (403), `DependencyViolation.WindowsInstance` (403), `EnterpriseGroupLimited.InstanceType` (403), `EnterpriseGroupLimited.MutliGroupType` (403), `Forbidden.OnlySupportEnterpriseGroup` (403), `HibernationConfigured.InstanceOperationForbidden` (403), `ImageNotSubscribed` (403), `ImageNotSupportInstanceType` (403), `ImageRemovedInMarket` (403), `IncorrectInstanceStatus` (403), `IncorrectVpcStatus` (403), `InstanceDiskCategoryLimitExceed` (403), `InstanceDiskLimitExceeded` (403), `InstanceDiskNumLimitExceed` (403), `InstanceType.Offline` (403), `InsufficientBalance` (403), `InternalError.AllocateUnderlayIp` (403), `InvalidAccountStatus` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidChargeType.ValueNotSupported` (403), `InvalidClusterId.NotFound` (403), `InvalidDescription.Malformed` (403), `InvalidDevice.InUse` (403), `InvalidDisk.SystemDiskSize` (403), `InvalidDiskCategory.Mismatch` (403), `InvalidDiskCategory.NotSupported` (403), `InvalidDiskSize.TooSmall` (403), `InvalidEncrypted.DefaultEncryptionUnsupported` (403), `InvalidImage.NotSupported` (403), `InvalidImageFamily.MissingAvailableImage` (403), `InvalidInstanceType.NotSupportDiskCategory` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidInstanceType.ZoneNotSupported` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidNetworkType` (403), `InvalidNetworkType.MismatchRamRole` (403), `InvalidOperation.PublicIpAddressNoStock` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.NotMatch` (403), `InvalidParameter.ResourceOwnerAccount` (403), `InvalidParameter.StorageSetId` (403), `InvalidParameter.StorageSetPartitionNumber` (403), `InvalidParameter.StorageSetZoneId` (403), `InvalidPayMethod` (403), `InvalidRegion.NotSupport` (403), `InvalidRegionId.NotSupportEncryptAlgorithm` (403), `InvalidResourceType.NotSupported` (403), `InvalidSnapshotId.NotDataDiskSnapshot` (403), `InvalidSnapshotId.NotReady` (403), `InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport` (403), `InvalidSpotInterruptionBehavior.LocalDiskNotSupport` (403), `InvalidStorageSetName.Malformed` (403), `InvalidSystemDiskCategory.ValueUnauthorized` (403), `InvalidUser.PassRoleForbidden` (403), `InvalidUserData.Base64FormatInvalid` (403), `InvalidUserData.Forbidden` (403), `InvalidVPCStatus.NotWorking` (403), `InvalidVSwitch.DefaultVSwitchNotSupport` (403), `InvalidVSwitchId.IpInvalid` (403), `InvalidVSwitchId.NotFound` (403), `IoOptimized.NotSupported` (403), `Mayi.InternalError` (403), `NodeControllerUnavailable` (403), `NotSupportSnapshotEncrypted.DiskCategory` (403), `OperationDenied` (403), `OperationDenied.BidOwnResource` (403), `OperationDenied.CloudSSDNotSupported` (403), `OperationDenied.FlavorNotSupported` (403), `OperationDenied.ImageNotValid` (403), `OperationDenied.InconsistentNetwork` (403), `OperationDenied.InvalidNetworkType` (403), `OperationDenied.LocalDiskUnsupported` (403), `OperationDenied.NoStock` (403), `OperationDenied.PaygNotAvailable` (403), `OperationDenied.PerformanceLevelNotMatch` (403), `OperationDenied.PrepayNotAvailable` (403), `OperationDenied.RegionIdNotSupported` (403), `OperationDenied.TimestampNotSupported` (403), `QuotaExceed.BuyImage` (403), `QuotaExceed.DeploymentSetInstanceQuotaFull` (403), `QuotaExceed.ElasticQuota` (403), `QuotaExceed.PortableCloudDisk` (403), `QuotaExceed.PostPaidDisk` (403), `QuotaExceed.Tags` (403), `QuotaExceeded.PostpaidDataDiskCapacity` (403), `QuotaExceeded.PrivateIpAddress` (403), `RealNameAuthenticationError` (403), `RegionUnauthorized` (403), `ResourcesNotInSameZone` (403), `SecurityGroupInstanceLimitExceed` (403), `SecurityRisk.3DVerification` (403), `UserNotInTheWhiteList` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `DependencyViolation.IoOptimized` (404), `DeploymentSet.NotFound` (404), `HOSTNAME_ILLEGAL` (404), `InvalidClusterId.NotFound` (404), `InvalidDataDiskSnapshotId.NotFound` (404), `InvalidDiskIds.NotPortable` (404), `InvalidImageId.NotFound` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidInstanceType.ValueNotSupported` (404), `InvalidKeyPairName.NotFound` (404), `InvalidMarketImage.NotFound` (404), `InvalidParameter` (404), `InvalidParameter.KMSKeyId.NotFound` (404), `InvalidRamRole.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidStorageClusterId.NotExist` (404), `InvalidSystemDiskSize` (404), `InvalidSystemDiskSize.LessThanImageSize` (404), `InvalidSystemDiskSize.LessThanMinSize` (404), `InvalidSystemDiskSize.MoreThanMaxSize` (404), `InvalidVSwitchId.NotFound` (404), `InvalidZoneId.NotFound` (404), `IoOptimized.NotSupported` (404), `OperationDenied` (404), `PaymentMethodNotFound` (404), `OperationConflict` (409), `Throttling.Resource` (429), `InternalError` (500), `InvalidImage.OSType` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateInstance>
    pub fn create_instance(
        &self,
        request: operations::create_instance::CreateInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::create_instance::CreateInstanceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_instance::OPERATION,
            &request,
        )
    }

    /// Calls `CreateKeyPair` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `KeyPairName`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidKeyPairName.Malformed` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `KeyPair.AlreadyExist` (400), `QuotaExceed.KeyPair` (403), `QuotaExceed.Tags` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateKeyPair>
    pub fn create_key_pair(
        &self,
        request: operations::create_key_pair::CreateKeyPairRequest,
    ) -> ::yun_core::Call<'_, operations::create_key_pair::CreateKeyPairResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_key_pair::OPERATION,
            &request,
        )
    }

    /// Calls `CreateLaunchTemplate` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `LaunchTemplateName`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidDescription.Malformed` (400), `InvalidHostName.Malformed` (400), `InvalidLaunchTemplateName.Malformed` (400), `InvalidParameter` (400), `InvalidParams.CreateEniParams` (400), `InvalidRegion.NotExist` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidUserData.Base64FormatInvalid` (400), `InvalidUserData.SizeExceeded` (400), `MissingParameter` (400), `LaunchTemplateLimitExceed` (403), `LaunchTemplateName.Duplicated` (403), `QuotaExceed.Tags` (403), `InvalidResourceGroup.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateLaunchTemplate>
    pub fn create_launch_template(
        &self,
        request: operations::create_launch_template::CreateLaunchTemplateRequest,
    ) -> ::yun_core::Call<'_, operations::create_launch_template::CreateLaunchTemplateResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_launch_template::OPERATION,
            &request,
        )
    }

    /// Calls `CreateLaunchTemplateVersion` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidDescription.Malformed` (400), `InvalidHostName.Malformed` (400), `InvalidParameter` (400), `InvalidParams.CreateEniParams` (400), `InvalidRegion.NotExist` (400), `InvalidUserData.Base64FormatInvalid` (400), `InvalidUserData.SizeExceeded` (400), `MissingParameter` (400), `LaunchTemplateVersionLimitExceed` (403), `InvalidLaunchTemplate.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateLaunchTemplateVersion>
    pub fn create_launch_template_version(
        &self,
        request: operations::create_launch_template_version::CreateLaunchTemplateVersionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_launch_template_version::CreateLaunchTemplateVersionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_launch_template_version::OPERATION,
            &request,
        )
    }

    /// Calls `CreateNatGateway` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `VpcId`, `BandwidthPackage`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `AllocateIpFailed` (400), `COMMODITY.INVALID_COMPONENT` (400), `Forbidden.CheckEntryRuleQuota` (400), `IllegalParam.Name` (400), `IncorrectStatus.RouteEntry` (400), `IncorrectStatus.RouteTableStatus` (400), `InvalidNatGatewayDescription.MalFormed` (400), `InvalidNatGatewayId.NotFound` (400), `InvalidNatGatewayName.MalFormed` (400), `InvalidParameter.Spec.ValueNotSupported` (400), `InvalidVPCStatus` (400), `MissingParameter` (400), `MissingParameter.BandwidthPackage` (400), `OperationDenied` (400), `OperationFailed.TokenVerfiy` (400), `OperationFailed.UnpaidBillsExist` (400), `OperationUnsupported.MultiNatGateway` (400), `ParameterIllegal` (400), `QuotaExceeded.BandwidthPackageIps` (400), `RouterEntryConflict.Duplicated` (400), `TaskConflict` (400), `VswitchStatusError` (400), `ZONE_NO_AVAILABLE_IP` (400), `InvalidRegionId.NotFound` (404), `InvalidVpcId.NotFound` (404), `InvalidZoneId.NotFound` (404), `OperationFailed.CrateEntryTimeOut` (404), `VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY` (404), `OrderError.NatGateway` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateNatGateway>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_nat_gateway(
        &self,
        request: operations::create_nat_gateway::CreateNatGatewayRequest,
    ) -> ::yun_core::Call<'_, operations::create_nat_gateway::CreateNatGatewayResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_nat_gateway::OPERATION,
            &request,
        )
    }

    /// Calls `CreateNetworkInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `VSwitchId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `Forbidden.RegionId` (400), `IncorrectVSwitchStatus` (400), `InvalidConnectionTrackingConfiguration.RegionOrUserNotSupported` (400), `InvalidEniQueueSize.RegionOrUserNotSupported` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.EniCountExceeded` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidParameter` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.EniConnectionTrackingConfiguration` (400), `InvalidParameter.EniQueueSize` (400), `InvalidParameter.SecurityGroupIdRepeated` (400), `InvalidPrivateIpAddress.Duplicated` (400), `InvalidSecurityGroupId.SingleIdAndMultiIdConflict` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `JoinedGroupLimitExceed` (400), `MissingParameter` (400), `QuotaExceeded.PrivateIpAddress` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `EniPerInstanceLimitExceeded` (403), `EnterpriseGroupLimited.MutliGroupType` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InValidParameter` (403), `InvalidIp.Address` (403), `InvalidIp.IpPrefixIllegal` (403), `InvalidIp.IpPrefixMaskIllegal` (403), `InvalidIp.IpPrefixMaskInvalid` (403), `InvalidIp.IpPrefixMaskNotSame` (403), `InvalidIp.IpPrefixMustInReserveSegment` (403), `InvalidIp.IpPrefixNotAvailable` (403), `InvalidIp.IpPrefixNotStrict` (403), `InvalidIp.IpRepeated` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.BoundingEniSlaveQuotaExceed` (403), `InvalidOperation.ExceedInstanceTypeQueueNumber` (403), `InvalidOperation.HighPerformanceTrafficModeIsNotAllowed` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.Ipv4CountExceeded` (403), `InvalidOperation.Ipv6CountExceeded` (403), `InvalidOperation.MaxEniQueueNumberExceeded` (403), `InvalidOperation.NotSupport` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidOperation.TrunkingIsNotAllowed` (403), `InvalidOperation.VpcMismatch` (403), `InvalidParameter.EniTrafficMode` (403), `InvalidParameter.InvalidEniQueueNumber` (403), `InvalidParameter.InvalidQueuePairNumber` (403), `InvalidParameter.QueuePairNumberMustEmpty` (403), `InvalidParams.NetworkInterfaceName` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `InvalidVSwitchId.IpInvalid` (403), `InvalidVSwitchId.IpNotEnough` (403), `InvalidVSwitchId.IpPrefixNotEnough` (403), `MaxEniCountExceeded` (403), `MaxEniPrivateIpsCountExceeded` (403), `QuotaExceed.Tags` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidOperation.AddressAlreadyAllocated` (404), `InvalidOperation.AddressNotInVSwitchCidr` (404), `InvalidOperation.EnableIpv6Failed` (404), `InvalidOperation.EniTrafficModeNotSupportIpv6` (404), `InvalidOperation.MaxEniIpv6IpsCountExceeded` (404), `InvalidOperation.SlaveEniMustHaveBondingEni` (404), `InvalidOperation.VSwitchCidrReservationNotExist` (404), `InvalidOperation.VSwitchIpv6Disabled` (404), `InvalidResourceGroup.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404), `InternalError` (500), `InvalidOperation.RegionNotSupportIpPrefix` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateNetworkInterface>
    pub fn create_network_interface(
        &self,
        request: operations::create_network_interface::CreateNetworkInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::create_network_interface::CreateNetworkInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_network_interface::OPERATION,
            &request,
        )
    }

    /// Calls `CreateNetworkInterfacePermission` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `AccountId`, `NetworkInterfaceId`, `Permission`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidInstanceID.Malformed` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.PermissionExisted` (400), `InvalidParameter` (400), `MissingParameter` (400), `NotBelongUser` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidUserType.NotSupported` (403), `InvalidEniId.NotFound` (404), `InvalidOperation.PermissionNotExisted` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateNetworkInterfacePermission>
    pub fn create_network_interface_permission(
        &self,
        request: operations::create_network_interface_permission::CreateNetworkInterfacePermissionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_network_interface_permission::CreateNetworkInterfacePermissionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_network_interface_permission::OPERATION,
            &request,
        )
    }

    /// Calls `CreatePhysicalConnection` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `AccessPointId`, `LineOperator`, `PeerLocation`, `ClientToken`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IllegalParam.ClientToken` (400), `Invalid.Status` (400), `InvalidAccessPointId.NotEnabled` (400), `InvalidBandwidth` (400), `InvalidCircuitCode.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidLineOperator.Malformd` (400), `InvalidName.Malformed` (400), `InvalidPeerLocation.Malformd` (400), `InvalidPhysicalConnectionBandwidth.Malformed` (400), `InvalidPhysicalConnectionOperator.Malformed` (400), `InvalidPhysicalConnectionPortType.Malformed` (400), `InvalidPortType.Malformd` (400), `InvalidRedundantPhysicalConnection` (400), `InvalidRedundantPhysicalConnectionId.NotFound` (400), `InvalidRedundantPhysicalConnectionStatus` (400), `InvalidType.Malformd` (400), `QuotaExceeded.freePconnPerAP` (400), `QuotaExceeded.pConnPerAP` (400), `InvalidAccessPointId.NotFound` (404), `InvalidPortType.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreatePhysicalConnection>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_physical_connection(
        &self,
        request: operations::create_physical_connection::CreatePhysicalConnectionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_physical_connection::CreatePhysicalConnectionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_physical_connection::OPERATION,
            &request,
        )
    }

    /// Calls `CreatePrefixList` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `MaxEntries`, `AddressFamily`, `PrefixListName`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Entry.Cidr`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidClientToken.ValueNotSupported` (400), `InvalidDescription.Malformed` (400), `InvalidParameter` (400), `InvalidParameter.AddressFamily` (400), `InvalidParameter.CidrDuplicated` (400), `InvalidParameter.CidrMalformed` (400), `InvalidParameter.PrefixListName` (400), `LimitExceed.Entry` (400), `LimitExceed.MaxEntries` (400), `MissingParameter` (400), `InvalidRegionId.NotFound` (404), `LimitExceed.PrefixListPerRegion` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreatePrefixList>
    pub fn create_prefix_list(
        &self,
        request: operations::create_prefix_list::CreatePrefixListRequest,
    ) -> ::yun_core::Call<'_, operations::create_prefix_list::CreatePrefixListResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_prefix_list::OPERATION,
            &request,
        )
    }

    /// Calls `CreateRouteEntry` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RouteTableId`, `DestinationCidrBlock`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `CountLimitExceed.HaVipRouteEntry` (400), `Duplicated.VpcNextHop` (400), `FORBIDDEN_USE_VPC_AS_INTERNET_GATEWAY` (400), `Forbidden.CheckEntryRuleQuota` (400), `Forbidden.PrivateIpNotFound` (400), `INVALID_VPC_ID` (400), `INVALID_WEIGHT_PARAM` (400), `IllegalParam.NextHopId` (400), `IncorrectHaVipStatus` (400), `IncorrectRouteEntryStatus` (400), `IncorrectStatus.MultiScopeRiRouteEntry` (400), `IncorrectStatus.RouteTableStatus` (400), `IncorrectVpcStatus` (400), `InvalidCIDRBlock.Duplicate` (400), `InvalidCidrBlock` (400), `InvalidCidrBlock.Malformed` (400), `InvalidDestinationCidrBlock` (400), `InvalidEntryRuleQuota.NotFound` (400), `InvalidHaVip.NotFound` (400), `InvalidNatGateway.NotFound` (400), `InvalidNextHop.NotFound` (400), `InvalidNextHopType` (400), `InvalidNexthop` (400), `InvalidNexthop.DirectEni` (400), `InvalidNexthop.NotFound` (400), `InvalidNexthopListSize` (400), `InvalidNexthopTypeAndList.BothNotNull` (400), `InvalidNexthopTypeAndList.BothNull` (400), `InvalidOppositeRouterType` (400), `InvalidParam` (400), `InvalidPhysicalConnectionBusinessStatus` (400), `InvalidRouteEntry` (400), `InvalidRouteEntry.Duplicate` (400), `InvalidRouteEntrySize` (400), `InvalidRouterInterface` (400), `InvalidRouterType` (400), `InvalidVBRStatus` (400), `InvalidVPC.NotFound` (400), `InvalidVRouter.NotFound` (400), `InvalidVpnInstanceId.NotFound` (400), `MissingParameter` (400), `OperationFailed.CxpRouteExist` (400), `OperationFailed.DistibuteLock` (400), `OperationFailed.EcmpInvalidRouterInterfaceOppositeType` (400), `OperationFailed.GetEniInfo` (400), `OperationFailed.InvalidNextHopType` (400), `OperationFailed.InvalidNexthop` (400), `OperationFailed.MultiScopeType` (400), `OperationFailed.NotifyCenCreate` (400), `OperationFailed.NotifyCenDelete` (400), `OperationFailed.ScopeActiveRouteEntryQuota` (400), `OperationFailed.ScopeActiveRouteEntryType` (400), `OperationFailed.ScopeStandbyRouteEntryQuota` (400), `OperationUnsupported.EcmpRiTypeOrNumber` (400), `OperationUnsupported.InactiveMode` (400), `OperationUnsupported.InvalidRouterInterfaceType` (400), `OperationUnsupported.MoreThanOneVpnOrHavip` (400), `OperationUnsupported.ScopeInvalidRouteType` (400), `OperationUnsupported.SubRouteTableECMP` (400), `QuotaExceeded` (400), `QuotaExceeded.EcmpRouteEntryNextHopCount` (400), `QuotaExceeded.HaVipRouteEntry` (400), `RouteConflict.AlreadyExist` (400), `TaskConflict` (400), `VswitchStatusError` (400), `IncorrectInstanceStatus` (403), `InvalidHaVipId.NotFound` (404), `InvalidInstanId.NotFound` (404), `InvalidIpv6Gateway.NotFound` (404), `InvalidNatGatewayId.NotFound` (404), `InvalidNetworkInterface.NotFound` (404), `InvalidNextHopId.NotFound` (404), `InvalidRouteTableId.NotFound` (404), `InvalidVpc.NotFound` (404), `OperationFailed.InstanceDismatchCurrentVpc` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateRouteEntry>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_route_entry(
        &self,
        request: operations::create_route_entry::CreateRouteEntryRequest,
    ) -> ::yun_core::Call<'_, operations::create_route_entry::CreateRouteEntryResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_route_entry::OPERATION,
            &request,
        )
    }

    /// Calls `CreateRouterInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Role`, `OppositeRegionId`, `Spec`, `RouterType`, `RouterId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.AcceptRoleNotSupportPrePay` (400), `Forbidden.BillsOutstanding` (400), `Forbidden.CrossBorder` (400), `ForbiddenAction` (400), `INVAID_VBR_STATUS` (400), `IllegalParam.CrossBorderBandwidth` (400), `IllegalParam.HealthcheckIp` (400), `IllegalParam.RegionId` (400), `IllegalParam.Spec` (400), `IllegalParam.VRouterType` (400), `InvalidAccessPoint.NotExist` (400), `InvalidAccessPoint.NotMatch` (400), `InvalidAliuid` (400), `InvalidBandwidth.NotEnough` (400), `InvalidCommodity.NotFound` (400), `InvalidDescription.Malformed` (400), `InvalidName.Malformed` (400), `InvalidOppositeRouterType.ValueNotSupported` (400), `InvalidParam.NotFound` (400), `InvalidPrice.NotFound` (400), `InvalidRole.ValueNotSupported` (400), `InvalidRouterId.NotFound` (400), `InvalidRouterInterfaceChargeType.Malformed` (400), `InvalidRouterInterfaceSpec.Malformed` (400), `InvalidRouterType.ValueNotSupported` (400), `InvalidSpec.ValudNotSupported` (400), `LimitationExceed.InterfaceNumberOnRouter` (400), `OperationFailed.HcForInvalidRiType` (400), `OperationFailed.SyncOrderToSub` (400), `PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL` (400), `ParameterMismatch.Role-Spec` (400), `QuotaExceed.RouterInterface` (400), `InvalidOppositeRegionId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidRouterId.NotFound` (404), `Forbidden.NotInRouterInterfaceCreateWhitelist` (500), `InvalidAccessPoint.ValueNotAllowed` (500), `InvalidDescription.Malformed` (500), `InvalidName.Malformed` (500), `RI_CREATE_ONE_LIMIT_BY_SYNC` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateRouterInterface>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_router_interface(
        &self,
        request: operations::create_router_interface::CreateRouterInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::create_router_interface::CreateRouterInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_router_interface::OPERATION,
            &request,
        )
    }

    /// Calls `CreateSecurityGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `IncorrectVpcStatus` (400), `InvalidDescription.Malformed` (400), `InvalidParams.GroupType` (400), `InvalidParams.VpcIdGroupType` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSecurityGroupName.Malformed` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `IdempotentProcessing` (403), `IncorrectVpcStatus` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidVpcId.NotFound` (403), `QuotaExceed.SecurityGroup` (403), `QuotaExceed.Tags` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidVpcId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSecurityGroup>
    pub fn create_security_group(
        &self,
        request: operations::create_security_group::CreateSecurityGroupRequest,
    ) -> ::yun_core::Call<'_, operations::create_security_group::CreateSecurityGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_security_group::OPERATION,
            &request,
        )
    }

    /// Calls `CreateSimulatedSystemEvents` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `EventType`, `NotBefore`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InstanceIdLimitExceeded` (403), `InvalidNotBefore.Passed` (403), `InvalidParameter` (403), `SimulatedEventLimitExceeded` (403), `InvalidInstanceId.NotFound` (404), `MissingParameter` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSimulatedSystemEvents>
    pub fn create_simulated_system_events(
        &self,
        request: operations::create_simulated_system_events::CreateSimulatedSystemEventsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_simulated_system_events::CreateSimulatedSystemEventsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_simulated_system_events::OPERATION,
            &request,
        )
    }

    /// Calls `CreateSnapshot` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DiskId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `CreateSnapshot.Failed` (400), `DiskCategory.OperationNotSupported` (400), `Duplicate.TagKey` (400), `IncorrectInstanceStatus` (400), `InvalidParameter.KMSKeyId.NotFound` (400), `InvalidRetentionDays.Malformed` (400), `InvalidSnapshotName.Malformed` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `CloudBoxNotSupportSnapshotWithInstantAccess` (403), `CreateSnapshot.Failed` (403), `DISK_HAS_CREATING_SNAPSHOT` (403), `DiskId.ValueNotSupported` (403), `DiskInArrears` (403), `HibernationConfigured.InstanceOperationForbidden` (403), `IdempotentParameterMismatch` (403), `IdempotentProcessing` (403), `IncorrectDiskStatus` (403), `IncorrectDiskStatus.CreatingSnapshot` (403), `IncorrectDiskStatus.Invalid` (403), `IncorrectDiskStatus.NeverAttached` (403), `IncorrectDiskStatus.NeverUsed` (403), `IncorrectDiskStatus.Transferring` (403), `IncorrectDiskType.NotSupport` (403), `IncorrectInstanceStatus` (403), `IncorrectVolumeStatus` (403), `InstanceLockedForSecurity` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidAction.Unauthorized` (403), `InvalidCategoryAndInstantAccess.Malformed` (403), `InvalidInstantAccessRetentionDays.Malformed` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidRegion.NotSupportSnapshotInstantAccessRegion` (403), `InvalidSnapshotCategory.Malformed` (403), `QuotaExceed.Snapshot` (403), `QuotaExceed.SnapshotQuota` (403), `QuotaExceed.Tags` (403), `Throttling` (403), `InvalidDescription.Malformed` (404), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidVolumeId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSnapshot>
    pub fn create_snapshot(
        &self,
        request: operations::create_snapshot::CreateSnapshotRequest,
    ) -> ::yun_core::Call<'_, operations::create_snapshot::CreateSnapshotResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_snapshot::OPERATION,
            &request,
        )
    }

    /// Calls `CreateSnapshotGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `DiskCategory.OperationNotSupported` (400), `Duplicate.TagKey` (400), `IncorrectInstanceStatus` (400), `InvalidDiskIds.NotInSameZone` (400), `InvalidParam.ExcludeDiskIdsAndDiskIds.Conflict` (400), `InvalidParameter.Description` (400), `InvalidParameter.Name` (400), `InvalidRetentionDays.Malformed` (400), `InvalidSnapshotName.Malformed` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParamter.InstanceId` (400), `CapacityExceed.TooManyDisks` (403), `CreateSnapshot.Failed` (403), `DiskId.ValueNotSupported` (403), `DiskInArrears` (403), `IdempotentParameterMismatch` (403), `IdempotentProcessing` (403), `IncorrectDiskStatus` (403), `IncorrectDiskStatus.CreatingSnapshot` (403), `IncorrectDiskStatus.Invalid` (403), `IncorrectDiskStatus.NeverAttached` (403), `IncorrectDiskStatus.NeverUsed` (403), `IncorrectDiskStatus.TooManyCreatingSnapshots` (403), `IncorrectDiskStatus.Transferring` (403), `IncorrectDiskType.NotSupport` (403), `IncorrectInstanceStatus` (403), `IncorrectVolumeStatus` (403), `InstanceLockedForSecurity` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidCategoryAndInstantAccess.Malformed` (403), `InvalidDisk.DiskCategoryInconsistent` (403), `InvalidDisk.ShareVolume` (403), `InvalidInstance.NoDisk` (403), `InvalidOperation.MultiAttachDisk` (403), `InvalidOperation.Unauthorized` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidRegion.NotSupport` (403), `InvalidRegion.NotSupportSnapshotInstantAccessRegion` (403), `InvalidSnapshotCategory.Malformed` (403), `NumberExceed.TooManyDisks` (403), `QuotaExceed.Snapshot` (403), `QuotaExceed.Tags` (403), `UserNotInTheWhiteList` (403), `InvalidDescription.Malformed` (404), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidVolumeId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSnapshotGroup>
    pub fn create_snapshot_group(
        &self,
        request: operations::create_snapshot_group::CreateSnapshotGroupRequest,
    ) -> ::yun_core::Call<'_, operations::create_snapshot_group::CreateSnapshotGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_snapshot_group::OPERATION,
            &request,
        )
    }

    /// Calls `CreateStorageSet` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ZoneId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidClientToken.ValueNotSupported` (400), `InvalidDescription.Malformed` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidParameter` (403), `InvalidRegionId.NotFound` (403), `InvalidRegionId.NotSupported` (403), `InvalidStorageSet.NotSupport` (403), `InvalidStorageSetId.NotFound` (403), `InvalidStorageSetName.Malformed` (403), `InvalidUser.NotSupported` (403), `InvalidZone.NotSupported` (403), `InvalidZone.PartitionNumberNotSupported` (403), `InvalidZoneId.NotFound` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateStorageSet>
    pub fn create_storage_set(
        &self,
        request: operations::create_storage_set::CreateStorageSetRequest,
    ) -> ::yun_core::Call<'_, operations::create_storage_set::CreateStorageSetResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_storage_set::OPERATION,
            &request,
        )
    }

    /// Calls `CreateVSwitch` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ZoneId`, `CidrBlock`, `VpcId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `CreateVSwitch.IncorrectStatus.cbnStatus` (400), `Duplicated.ClientToken` (400), `Forbidden.VpcNotFound` (400), `IncorrectRouteEntryStatus` (400), `IncorrectVSwitchStatus` (400), `IncorrectVpcStatus` (400), `InvalidCidrBlock.Malformed` (400), `InvalidCidrBlock.Overlapped` (400), `InvalidCirdrBlock.MaskLength` (400), `InvalidDescription.Malformed` (400), `InvalidParameter` (400), `InvalidVSwitchDiscription.Malformed` (400), `InvalidVSwitchName.Malformed` (400), `MissingParameter` (400), `OperationFailed.CidrAcross` (400), `OperationFailed.DistibuteLock` (400), `OperationFailed.IdempotentTokenProcessing` (400), `OperationFailed.NotifyCenCreate` (400), `QuotaExceeded.VSwitch` (400), `ResourceNotAvailable` (400), `RouteConflict.AlreadyExist` (400), `TaskConflict` (400), `VPC.SWITCH.RULE.QUOTA.NOT.EXISTS` (400), `Invalid.NotExist` (404), `InvalidStatus.RouteEntry` (404), `InvalidVpcId.NotFound` (404), `InvalidZoneId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateVSwitch>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_v_switch(
        &self,
        request: operations::create_v_switch::CreateVSwitchRequest,
    ) -> ::yun_core::Call<'_, operations::create_v_switch::CreateVSwitchResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_v_switch::OPERATION,
            &request,
        )
    }

    /// Calls `CreateVirtualBorderRouter` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PhysicalConnectionId`, `VlanId`, `ClientToken`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidCircuitCode.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidIp.NotSameSubnet` (400), `InvalidLocalGatewayIp.Malformed` (400), `InvalidName.Malformed` (400), `InvalidPeeringSubnetMask.Malformed` (400), `InvalidPhysicalConnectionId.NotEnabled` (400), `InvalidPhysicalConnectionId.NotFound` (400), `InvalidVlanId.Malformed` (400), `InvalidVlanId.Used` (400), `MissingParameter` (400), `OperationFailed.VlanIdInUse` (400), `QuotaExceeded.CrossUserVBRPerUser` (400), `QuotaExceeded.freevbr` (400), `QuotaExceeded.vbrPerpConn` (400), `TaskConflict` (400), `Forbidden.DescriptionNotAllowedByCaller` (403), `Forbidden.LocalGatewayIpNotAllowedByCaller` (403), `Forbidden.NameNotAllowedByCaller` (403), `Forbidden.PeerGatewayIpNotAllowedByCaller` (403), `Forbidden.PeeringSubnetMaskNotAllowedByCaller` (403), `InvalidRegionId.NotFound` (404), `InvalidVbrOwnerId.NotFound` (404), `OperationFailed.AccessDeviceDisabled` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateVirtualBorderRouter>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_virtual_border_router(
        &self,
        request: operations::create_virtual_border_router::CreateVirtualBorderRouterRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_virtual_border_router::CreateVirtualBorderRouterResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_virtual_border_router::OPERATION,
            &request,
        )
    }

    /// Calls `CreateVpc` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IllegalParam.EnableIpv6` (400), `IllegalParam.UserCidr` (400), `InvalidParameter` (400), `InvalidUserCidr.Malformed` (400), `InvalidUserCidr.Quota` (400), `InvalidVpcDiscription.Malformed` (400), `InvalidVpcName.Malformed` (400), `InvokeError` (400), `OperationUnsupported.ResourceGroupId` (400), `QuotaExceeded.Vpc` (400), `ResourceNotAvailable` (400), `ResourceNotAvailable.Vpc` (400), `System.ServiceBusy` (400), `TOKEN_PROCESSING` (400), `Forbbiden` (403), `InvalidRegionId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateVpc>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn create_vpc(
        &self,
        request: operations::create_vpc::CreateVpcRequest,
    ) -> ::yun_core::Call<'_, operations::create_vpc::CreateVpcResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::create_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `DeactivateRouterInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `RouterInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbbiden.InvaildOwner` (400), `Forbidden.FinancialLocked` (400), `IncorrectStatus` (400), `InvalidRegionId.NotFound` (404), `InvalidRouterInterfaceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeactivateRouterInterface>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn deactivate_router_interface(
        &self,
        request: operations::deactivate_router_interface::DeactivateRouterInterfaceRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::deactivate_router_interface::DeactivateRouterInterfaceResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::deactivate_router_interface::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteActivation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ActivationId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `RegionId.ApiNotSupported` (400), `ActivationId.InUse` (403), `Operation.Forbidden` (403), `ActivationId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteActivation>
    pub fn delete_activation(
        &self,
        request: operations::delete_activation::DeleteActivationRequest,
    ) -> ::yun_core::Call<'_, operations::delete_activation::DeleteActivationResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_activation::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteAutoProvisioningGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `AutoProvisioningGroupId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `MissingParameter` (400), `MissingParameter.InstanceType` (400), `NoPermission` (400), `AutoProvisioningGroup.IncorrectStatus` (403), `AutoProvisioningGroup.Unauthorized` (403), `Forbidden.RAM` (403), `InvalidAutoProvisioningGroupId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteAutoProvisioningGroup>
    pub fn delete_auto_provisioning_group(
        &self,
        request: operations::delete_auto_provisioning_group::DeleteAutoProvisioningGroupRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_auto_provisioning_group::DeleteAutoProvisioningGroupResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_auto_provisioning_group::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteAutoSnapshotPolicy` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `regionId`, `autoSnapshotPolicyId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ParameterInvalid` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteAutoSnapshotPolicy>
    pub fn delete_auto_snapshot_policy(
        &self,
        request: operations::delete_auto_snapshot_policy::DeleteAutoSnapshotPolicyRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_auto_snapshot_policy::DeleteAutoSnapshotPolicyResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_auto_snapshot_policy::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteBandwidthPackage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `BandwidthPackageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.ForwardEntry` (400), `DependencyViolation.SnatEntry` (400), `InvalidBandwidth.NotExist` (404), `InvalidBandwidthPackageId.NotFound` (404), `InvalidNatGateway.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteBandwidthPackage>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_bandwidth_package(
        &self,
        request: operations::delete_bandwidth_package::DeleteBandwidthPackageRequest,
    ) -> ::yun_core::Call<'_, operations::delete_bandwidth_package::DeleteBandwidthPackageResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_bandwidth_package::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteCommand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `CommandId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `RegionId.ApiNotSupported` (400), `InvalidStatus.CmdIdInUse` (403), `Operation.Forbidden` (403), `InvalidCmdId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteCommand>
    pub fn delete_command(
        &self,
        request: operations::delete_command::DeleteCommandRequest,
    ) -> ::yun_core::Call<'_, operations::delete_command::DeleteCommandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_command::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteDedicatedHostCluster` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DedicatedHostClusterId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DedicatedHostExists` (400), `IncompleteParamter` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDedicatedHostCluster>
    pub fn delete_dedicated_host_cluster(
        &self,
        request: operations::delete_dedicated_host_cluster::DeleteDedicatedHostClusterRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_dedicated_host_cluster::DeleteDedicatedHostClusterResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_dedicated_host_cluster::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteDemand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DemandId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidInstanceType.NotSupportDemand` (400), `InvalidRegion.NotFound` (400), `MissingParamter.RegionId` (400), `Forbidden.RAM` (403), `InvalidDemandStatus.NotSupported` (403), `InvalidInstanceType.NotMatch` (403), `404` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidInstanceType.NotFound` (404), `InvalidInstanceType.NotMatch` (404), `InvalidStatus.ValueNotSupported` (404), `InvalidZone.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDemand>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_demand(
        &self,
        request: operations::delete_demand::DeleteDemandRequest,
    ) -> ::yun_core::Call<'_, operations::delete_demand::DeleteDemandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_demand::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteDeploymentSet` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DeploymentSetId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `MissingParameter` (400), `DependencyViolation.NotEmpty` (403), `DependencyViolation.ReferByHPC` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDeploymentSet>
    pub fn delete_deployment_set(
        &self,
        request: operations::delete_deployment_set::DeleteDeploymentSetRequest,
    ) -> ::yun_core::Call<'_, operations::delete_deployment_set::DeleteDeploymentSetResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_deployment_set::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteDiagnosticMetricSets` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `RegionId`, `MetricSetIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDiagnosticMetricSets>
    pub fn delete_diagnostic_metric_sets(
        &self,
        request: operations::delete_diagnostic_metric_sets::DeleteDiagnosticMetricSetsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_diagnostic_metric_sets::DeleteDiagnosticMetricSetsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_diagnostic_metric_sets::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteDiagnosticReports` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `RegionId`, `ReportIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidStatus.InProgress` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDiagnosticReports>
    pub fn delete_diagnostic_reports(
        &self,
        request: operations::delete_diagnostic_reports::DeleteDiagnosticReportsRequest,
    ) -> ::yun_core::Call<'_, operations::delete_diagnostic_reports::DeleteDiagnosticReportsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_diagnostic_reports::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DiskId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidRegionId.MalFormed` (400), `DiskCreatingSnapshot` (403), `DiskNotPortable` (403), `DiskStillAttached` (403), `DiskTypeViolation` (403), `IncorrectDiskStatus` (403), `IncorrectDiskStatus.Initializing` (403), `InvalidDiskStatus.DeleteProtection` (403), `UserNotInTheWhiteList` (403), `InvalidDiskId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDisk>
    pub fn delete_disk(
        &self,
        request: operations::delete_disk::DeleteDiskRequest,
    ) -> ::yun_core::Call<'_, operations::delete_disk::DeleteDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_disk::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteForwardEntry` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ForwardTableId`, `ForwardEntryId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IncorretForwardEntryStatus` (400), `MissingParameter` (400), `InvalidForwardEntryId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteForwardEntry>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_forward_entry(
        &self,
        request: operations::delete_forward_entry::DeleteForwardEntryRequest,
    ) -> ::yun_core::Call<'_, operations::delete_forward_entry::DeleteForwardEntryResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_forward_entry::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteHaVip` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `HaVipId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.HaVipAssociatedWithEIP` (400), `DependencyViolation.HaVipReferedByRouteEntry` (400), `Forbidden.HaVip` (400), `IncorrectHaVipStatus` (400), `IncorrectStatus` (400), `InvalidHaVipId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteHaVip>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_ha_vip(
        &self,
        request: operations::delete_ha_vip::DeleteHaVipRequest,
    ) -> ::yun_core::Call<'_, operations::delete_ha_vip::DeleteHaVipResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_ha_vip::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteHpcCluster` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `HpcClusterId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Invalid.Parameter` (400), `InvalidRegionId.NotFound` (400), `MissingParameter.HpcClusterId` (400), `MissingParameter.RegionId` (400), `NotEmpty.HpcCluster` (400), `NotExists.HpcCluster` (400), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteHpcCluster>
    pub fn delete_hpc_cluster(
        &self,
        request: operations::delete_hpc_cluster::DeleteHpcClusterRequest,
    ) -> ::yun_core::Call<'_, operations::delete_hpc_cluster::DeleteHpcClusterResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_hpc_cluster::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteImage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ImageIsExporting` (403), `ImageIsImporting` (403), `ImageIsPublic` (403), `ImageUseShared` (403), `ImageUsingByInstance` (403), `OperationDenied.ImageCopying` (403), `InvalidImageId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteImage>
    pub fn delete_image(
        &self,
        request: operations::delete_image::DeleteImageRequest,
    ) -> ::yun_core::Call<'_, operations::delete_image::DeleteImageResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_image::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteImageComponent` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageComponentId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidImageComponent.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteImageComponent>
    pub fn delete_image_component(
        &self,
        request: operations::delete_image_component::DeleteImageComponentRequest,
    ) -> ::yun_core::Call<'_, operations::delete_image_component::DeleteImageComponentResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_image_component::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteImagePipeline` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImagePipelineId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidImagePipeline.HasRunningExecution` (403), `InvalidImagePipeline.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteImagePipeline>
    pub fn delete_image_pipeline(
        &self,
        request: operations::delete_image_pipeline::DeleteImagePipelineRequest,
    ) -> ::yun_core::Call<'_, operations::delete_image_pipeline::DeleteImagePipelineResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_image_pipeline::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DependencyViolation.RouteEntry` (400), `DependencyViolation.SLBConfiguring` (400), `InvalidParameter` (400), `ChargeTypeViolation` (403), `IncorrectInstanceStatus` (403), `IncorrectInstanceStatus.Initializing` (403), `InstanceLockedForSecurity` (403), `InvalidOperation.DeletionProtection` (403), `InvalidOperation.EniLinked` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteInstance>
    pub fn delete_instance(
        &self,
        request: operations::delete_instance::DeleteInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::delete_instance::DeleteInstanceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_instance::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `DRYRUN.SUCCESS` (400), `DependencyViolation.RouteEntry` (400), `DependencyViolation.SLBConfiguring` (400), `InvalidParameter.CrossRegionNotSupport` (400), `ChargeTypeViolation` (403), `IncorrectInstanceStatus` (403), `IncorrectInstanceStatus.Initializing` (403), `InstanceLockedForSecurity` (403), `InvalidInstanceIds.ValueNotSupported` (403), `InvalidOperation.DeletionProtection` (403), `InvalidOperation.EniLinked` (403), `InvalidParameter.TooManyInstanceIds` (403), `InvalidInstanceId.NotFound` (404), `InvalidInstanceIds.NotFound` (404), `InternalError` (500), `InvalidParameter` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteInstances>
    pub fn delete_instances(
        &self,
        request: operations::delete_instances::DeleteInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::delete_instances::DeleteInstancesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteKeyPairs` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `KeyPairNames`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidKeyPairNames.ValueNotSupported` (400), `InvalidParameter.KeypairAlreadyAttachedInstance` (400), `MissingParameter` (400), `InstanceKeyPairLimitExceeded` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteKeyPairs>
    pub fn delete_key_pairs(
        &self,
        request: operations::delete_key_pairs::DeleteKeyPairsRequest,
    ) -> ::yun_core::Call<'_, operations::delete_key_pairs::DeleteKeyPairsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_key_pairs::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteLaunchTemplate` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter` (400), `InvalidRegion.NotExist` (400), `MissingParameter` (400), `InnerServiceFailed` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteLaunchTemplate>
    pub fn delete_launch_template(
        &self,
        request: operations::delete_launch_template::DeleteLaunchTemplateRequest,
    ) -> ::yun_core::Call<'_, operations::delete_launch_template::DeleteLaunchTemplateResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_launch_template::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteLaunchTemplateVersion` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DeleteVersion`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter` (400), `InvalidRegion.NotExist` (400), `MissingParameter` (400), `InnerServiceFailed` (403), `InvalidOperation.DeleteDefaultVersion` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteLaunchTemplateVersion>
    pub fn delete_launch_template_version(
        &self,
        request: operations::delete_launch_template_version::DeleteLaunchTemplateVersionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_launch_template_version::DeleteLaunchTemplateVersionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_launch_template_version::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteNatGateway` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NatGatewayId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.BandwidthPackages` (400), `DependencyViolation.EIPS` (400), `Forbidden.PrePaidNatGateway` (400), `TaskConflict` (400), `INSTANCE_NOT_EXISTS` (404), `IncorrectStatus.natgw` (404), `InvalidNatGatewayId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteNatGateway>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_nat_gateway(
        &self,
        request: operations::delete_nat_gateway::DeleteNatGatewayRequest,
    ) -> ::yun_core::Call<'_, operations::delete_nat_gateway::DeleteNatGatewayResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_nat_gateway::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteNetworkInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.HasSlaveEniBonded` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidParameter` (400), `InvalidParams.EniId` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `EniPerInstanceLimitExceeded` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidEniId.NotFound` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.VpcMismatch` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `MaxEniCountExceeded` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteNetworkInterface>
    pub fn delete_network_interface(
        &self,
        request: operations::delete_network_interface::DeleteNetworkInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::delete_network_interface::DeleteNetworkInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_network_interface::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteNetworkInterfacePermission` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfacePermissionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidInstanceID.Malformed` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.PermissionExisted` (400), `InvalidParameter` (400), `MissingParameter` (400), `NotBelongUser` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidUserType.NotSupported` (403), `InvalidEniPermissionId.NotFound` (404), `InvalidOperation.PermissionNotExisted` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteNetworkInterfacePermission>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_network_interface_permission(
        &self,
        request: operations::delete_network_interface_permission::DeleteNetworkInterfacePermissionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_network_interface_permission::DeleteNetworkInterfacePermissionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_network_interface_permission::OPERATION,
            &request,
        )
    }

    /// Calls `DeletePhysicalConnection` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PhysicalConnectionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.AssociateToVBR` (400), `Forbidden.NotAllowedInState` (400), `Forbidden.VBRExists` (400), `InvalidPhysicalConnectionId.NotMatched` (400), `InvalidPhysicalConnectionId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeletePhysicalConnection>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_physical_connection(
        &self,
        request: operations::delete_physical_connection::DeletePhysicalConnectionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_physical_connection::DeletePhysicalConnectionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_physical_connection::OPERATION,
            &request,
        )
    }

    /// Calls `DeletePrefixList` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrefixListId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `NotAllowed.AssociationExist` (400), `InvalidPrefixListId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeletePrefixList>
    pub fn delete_prefix_list(
        &self,
        request: operations::delete_prefix_list::DeletePrefixListRequest,
    ) -> ::yun_core::Call<'_, operations::delete_prefix_list::DeletePrefixListResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_prefix_list::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteRouteEntry` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RouteTableId`, `DestinationCidrBlock`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbbiden` (400), `Forbidden.VRouterNotFound` (400), `IncorrcetRouteEntryStatus` (400), `IncorrectRouteEntryStatus` (400), `IncorrectVpcStatus` (400), `InvalidCidrBlock.Malformed` (400), `InvalidNextHop` (400), `InvalidNextHopList.Size` (400), `InvalidRouteEntry` (400), `InvalidRouteEntry.NotFound` (400), `InvalidVRouter.NotFound` (400), `InvalidVpnInstanceId.NotFound` (400), `MissingParameter` (400), `OperationDenied` (400), `OperationFailed.DeleteMultiScopeEntry` (400), `OperationFailed.DistibuteLock` (400), `ParamExclusive.NextHopIdAndList` (400), `TaskConflict` (400), `InvalidRouteTableId.NotFound` (404), `InvalidVpcId.NotFound` (404), `Vpc.Error` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteRouteEntry>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_route_entry(
        &self,
        request: operations::delete_route_entry::DeleteRouteEntryRequest,
    ) -> ::yun_core::Call<'_, operations::delete_route_entry::DeleteRouteEntryResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_route_entry::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteRouterInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `RouterInterfaceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.RouterInterfaceReferedByRouteEntry` (400), `IllegalParam.InstanceOwner` (400), `IncorrectStatus` (400), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidRouterInterfaceChargeType.Malformed` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteRouterInterface>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_router_interface(
        &self,
        request: operations::delete_router_interface::DeleteRouterInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::delete_router_interface::DeleteRouterInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_router_interface::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteSecurityGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `MissingParameter.RegionId` (400), `InvalidOperation.SecurityGroupNotAuthorized` (401), `DependencyViolation` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidSecurityGroup.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteSecurityGroup>
    pub fn delete_security_group(
        &self,
        request: operations::delete_security_group::DeleteSecurityGroupRequest,
    ) -> ::yun_core::Call<'_, operations::delete_security_group::DeleteSecurityGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_security_group::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteSnapshot` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SnapshotId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `MissingParameter` (400), `InvalidOperation.DeleteSharedSnapshotUnsupported` (403), `InvalidOperation.RelatedSnapshotNotFinished` (403), `Operation.Conflict` (403), `SnapshotCreatedDisk` (403), `SnapshotCreatedImage` (403), `InvalidSnapshotId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteSnapshot>
    pub fn delete_snapshot(
        &self,
        request: operations::delete_snapshot::DeleteSnapshotRequest,
    ) -> ::yun_core::Call<'_, operations::delete_snapshot::DeleteSnapshotResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_snapshot::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteSnapshotGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SnapshotGroupId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Operation.Forbidden` (403), `SnapshotCreatedDisk` (403), `SnapshotCreatedImage` (403), `InvalidRegionId.NotFound` (404), `InvalidSnapshotGroup.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteSnapshotGroup>
    pub fn delete_snapshot_group(
        &self,
        request: operations::delete_snapshot_group::DeleteSnapshotGroupRequest,
    ) -> ::yun_core::Call<'_, operations::delete_snapshot_group::DeleteSnapshotGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_snapshot_group::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteStorageSet` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `StorageSetId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidClientToken.ValueNotSupported` (400), `InvalidDescription.Malformed` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidParameter` (403), `InvalidRegionId.NotFound` (403), `InvalidStorageSet.NotSupport` (403), `InvalidStorageSetId.NotFound` (403), `InvalidStorageSetName.Malformed` (403), `InvalidUser.NotSupported` (403), `InvalidZone.NotSupported` (403), `InvalidZone.PartitionNumberNotSupported` (403), `InvalidZoneId.NotFound` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteStorageSet>
    pub fn delete_storage_set(
        &self,
        request: operations::delete_storage_set::DeleteStorageSetRequest,
    ) -> ::yun_core::Call<'_, operations::delete_storage_set::DeleteStorageSetResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_storage_set::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteVSwitch` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `VSwitchId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `AttrMismatching.NaclAndBindInstance` (400), `DeleteVSwitch.IncorrectStatus.cbnStatus` (400), `DependencyViolation` (400), `DependencyViolation.EnhancedNatgw` (400), `DependencyViolation.HaVip` (400), `DependencyViolation.NetworkAcl` (400), `DependencyViolation.RouteTable` (400), `DependencyViolation.Snat` (400), `DependencyViolation.SnatEntry` (400), `IncorrectRouteEntryStatus` (400), `IncorrectVSwitchStatus` (400), `InvalidResource.NotBinding` (400), `InvalidVSwitchId.NotFound` (400), `MissingParameter` (400), `TaskConflict` (400), `Forbidden.RegionNotFound` (404), `IncorrectStatus` (404), `IncorrectVSwitchId` (404), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteVSwitch>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_v_switch(
        &self,
        request: operations::delete_v_switch::DeleteVSwitchRequest,
    ) -> ::yun_core::Call<'_, operations::delete_v_switch::DeleteVSwitchResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_v_switch::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteVirtualBorderRouter` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `VbrId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.BgpGroup` (400), `DependencyViolation.BgpNetwork` (400), `DependencyViolation.Nqa` (400), `DependencyViolation.RouterInterfaceReferedByRouteEntry` (400), `InvalidOperation.OperationNotAllowedInState` (400), `InvalidOperation.RouterInterfaceNotDeleted` (400), `InvalidStatus.NotAllowed` (400), `Forbidden.MultiVlanRi` (403), `Forbidden.NoRiFound` (403), `Forbidden.OperationNotAllowedByUser` (403), `InvalidRegionId.NotFound` (404), `InvalidVbrId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteVirtualBorderRouter>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_virtual_border_router(
        &self,
        request: operations::delete_virtual_border_router::DeleteVirtualBorderRouterRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_virtual_border_router::DeleteVirtualBorderRouterResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_virtual_border_router::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteVpc` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `VpcId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.ClassicLinkInstance` (400), `DependencyViolation.CloudServiceResource` (400), `DependencyViolation.DhcpOptionsSet` (400), `DependencyViolation.GatewayRouteTable` (400), `DependencyViolation.Instance` (400), `DependencyViolation.Ipv4Gateway` (400), `DependencyViolation.Ipv6Gateway` (400), `DependencyViolation.NatGateway` (400), `DependencyViolation.NetworkAcl` (400), `DependencyViolation.RouteEntry` (400), `DependencyViolation.RouteInterface` (400), `DependencyViolation.RouteTable` (400), `DependencyViolation.RouterInterface` (400), `DependencyViolation.SecurityGroup` (400), `DependencyViolation.Tunnel` (400), `DependencyViolation.VSwitch` (400), `Forbbiden` (400), `Forbidden.VpcNotFound` (400), `IllegalParam.RegionId` (400), `IncorrectStatus.cbnStatus` (400), `IncorrectVpcStatus` (400), `InternalError` (400), `InvalidAction` (400), `InvalidRegionInstance` (400), `OperationDenied.VpcPeerExists` (400), `TaskConflict` (400), `DependencyViolation.RouterInterface` (401), `OperationDenied` (403), `InvalidVpcId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteVpc>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn delete_vpc(
        &self,
        request: operations::delete_vpc::DeleteVpcRequest,
    ) -> ::yun_core::Call<'_, operations::delete_vpc::DeleteVpcResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::delete_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `DeregisterManagedInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeregisterManagedInstance>
    pub fn deregister_managed_instance(
        &self,
        request: operations::deregister_managed_instance::DeregisterManagedInstanceRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::deregister_managed_instance::DeregisterManagedInstanceResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::deregister_managed_instance::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAccessPoints` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidAccessPointType.NotSupport` (400), `InvalidRegionId.NotFound` (404), `InvalidRegionId.NotSupport` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAccessPoints>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_access_points(
        &self,
        request: operations::describe_access_points::DescribeAccessPointsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_access_points::DescribeAccessPointsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_access_points::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAccountAttributes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.Parameter` (403), `InternalError` (500), `ServiceUnavailable` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAccountAttributes>
    pub fn describe_account_attributes(
        &self,
        request: operations::describe_account_attributes::DescribeAccountAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_account_attributes::DescribeAccountAttributesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_account_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeActivations` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeActivations>
    pub fn describe_activations(
        &self,
        request: operations::describe_activations::DescribeActivationsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_activations::DescribeActivationsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_activations::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAutoProvisioningGroupHistory` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `AutoProvisioningGroupId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter.periodTime` (400), `MissingParameter` (400), `MissingParamter.RegionId` (400), `Forbidden.RAM` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoProvisioningGroupHistory>
    pub fn describe_auto_provisioning_group_history(
        &self,
        request: operations::describe_auto_provisioning_group_history::DescribeAutoProvisioningGroupHistoryRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_auto_provisioning_group_history::DescribeAutoProvisioningGroupHistoryResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_auto_provisioning_group_history::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAutoProvisioningGroupInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `AutoProvisioningGroupId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `MissingParameter` (400), `MissingParamter.RegionId` (400), `Forbidden.RAM` (403), `InvalidAutoProvisioningGroupId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoProvisioningGroupInstances>
    pub fn describe_auto_provisioning_group_instances(
        &self,
        request: operations::describe_auto_provisioning_group_instances::DescribeAutoProvisioningGroupInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_auto_provisioning_group_instances::DescribeAutoProvisioningGroupInstancesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_auto_provisioning_group_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAutoProvisioningGroups` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidName.Malformed` (400), `MissingParamter.RegionId` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoProvisioningGroups>
    pub fn describe_auto_provisioning_groups(
        &self,
        request: operations::describe_auto_provisioning_groups::DescribeAutoProvisioningGroupsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_auto_provisioning_groups::DescribeAutoProvisioningGroupsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_auto_provisioning_groups::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAutoSnapshotPolicyEx` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoSnapshotPolicyEx>
    pub fn describe_auto_snapshot_policy_ex(
        &self,
        request: operations::describe_auto_snapshot_policy_ex::DescribeAutoSnapshotPolicyExRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_auto_snapshot_policy_ex::DescribeAutoSnapshotPolicyExResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_auto_snapshot_policy_ex::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAvailableResource` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DestinationResource`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.InstanceChargeType` (400), `Invalid.Param` (400), `InvalidRegionId.MalFormed` (400), `InvalidDedicatedHostId.NotFound` (403), `InvalidParam.Cores` (403), `InvalidParam.Memory` (403), `InvalidParam.TypeAndCpuMem.Conflict` (403), `InvalidParameter.ResourceOwnerId` (403), `InvalidParameter.Scope` (403), `OperationDenied.FlavorNotSupported` (403), `OperationDenied.RegionIdNotSupported` (403), `OperationDenied.TimestampNotSupported` (403), `Invalid.DestinationResource` (404), `Invalid.IoOptimized` (404), `Invalid.NetworkCategory` (404), `Invalid.NetworkType` (404), `Invalid.RegionId` (404), `Invalid.ResourceType` (404), `Invalid.SpotStrategy` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceId.NotFound` (404), `Unavailable.Regions` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAvailableResource>
    pub fn describe_available_resource(
        &self,
        request: operations::describe_available_resource::DescribeAvailableResourceRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_available_resource::DescribeAvailableResourceResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_available_resource::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeBandwidthLimitation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceType`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.InstanceChargeType` (400), `InvalidInstanceId.NotFound` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidParam` (400), `Invalid.InstancePayType` (404), `Invalid.IoOptimized` (404), `Invalid.NetworkCategory` (404), `Invalid.OperationType` (404), `Invalid.ResourceId` (404), `Invalid.ResourceType.NotFound` (404), `Invalid.SpotStrategy` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeBandwidthLimitation>
    pub fn describe_bandwidth_limitation(
        &self,
        request: operations::describe_bandwidth_limitation::DescribeBandwidthLimitationRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_bandwidth_limitation::DescribeBandwidthLimitationResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_bandwidth_limitation::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeBandwidthPackages` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidAliuid` (400), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeBandwidthPackages>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_bandwidth_packages(
        &self,
        request: operations::describe_bandwidth_packages::DescribeBandwidthPackagesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_bandwidth_packages::DescribeBandwidthPackagesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_bandwidth_packages::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeCapacityReservationInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrivatePoolOptions.Id`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidParameter.PrivatePoolOptions.Id` (400), `InvalidPlatform.ValueNotSupported` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCapacityReservationInstances>
    pub fn describe_capacity_reservation_instances(
        &self,
        request: operations::describe_capacity_reservation_instances::DescribeCapacityReservationInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_capacity_reservation_instances::DescribeCapacityReservationInstancesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_capacity_reservation_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeCapacityReservations` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidParameter.Name` (400), `InvalidParameter.PrivatePoolOptions.Ids` (400), `InvalidParameter.RegionId` (400), `InvalidPermission.ResourceShareAssocoated` (400), `InvalidPlatform.ValueNotSupported` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCapacityReservations>
    pub fn describe_capacity_reservations(
        &self,
        request: operations::describe_capacity_reservations::DescribeCapacityReservationsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_capacity_reservations::DescribeCapacityReservationsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_capacity_reservations::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeClassicLinkInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidInstanceId.NotBelong` (403), `InvalidInstanceId.NotFound` (403), `InvalidParameter.InvalidInstanceIdAndVpcId` (403), `InvalidParameter.PageNumber` (403), `InvalidParameter.PageSize` (403), `InvalidParameter.ToManyInstanceIds` (403), `InvalidVpc.NotBelong` (403), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeClassicLinkInstances>
    pub fn describe_classic_link_instances(
        &self,
        request: operations::describe_classic_link_instances::DescribeClassicLinkInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_classic_link_instances::DescribeClassicLinkInstancesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_classic_link_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeCloudAssistantSettings` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SettingType`, `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter.SettingType` (400), `InvalidRegionId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCloudAssistantSettings>
    pub fn describe_cloud_assistant_settings(
        &self,
        request: operations::describe_cloud_assistant_settings::DescribeCloudAssistantSettingsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_cloud_assistant_settings::DescribeCloudAssistantSettingsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_cloud_assistant_settings::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeCloudAssistantStatus` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `MissingParam.InstanceId` (400), `RegionId.ApiNotSupported` (400), `InstanceIds.ExceedLimit` (403), `Operation.Forbidden` (403), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500), `ServiceUnavailable` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCloudAssistantStatus>
    pub fn describe_cloud_assistant_status(
        &self,
        request: operations::describe_cloud_assistant_status::DescribeCloudAssistantStatusRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_cloud_assistant_status::DescribeCloudAssistantStatusResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_cloud_assistant_status::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeClusters` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeClusters>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_clusters(
        &self,
        request: operations::describe_clusters::DescribeClustersRequest,
    ) -> ::yun_core::Call<'_, operations::describe_clusters::DescribeClustersResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_clusters::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeCommands` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidRegionId.NotFound` (404), `InternalError` (500), `InternalError.Dispatch` (500), `ServiceUnavailable` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCommands>
    pub fn describe_commands(
        &self,
        request: operations::describe_commands::DescribeCommandsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_commands::DescribeCommandsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_commands::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDedicatedHostAutoRenew` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedHostIds`, `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ChargeTypeViolation` (403), `IncorrectDedicatedHostStatus` (403), `InvalidParameter.InvalidDedicatedHostId` (403), `InvalidParameter.ToManyDedicatedHostIds` (403), `MissingParameter.DedicatedHostId` (403), `MissingParamter.InstanceId` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHostAutoRenew>
    pub fn describe_dedicated_host_auto_renew(
        &self,
        request: operations::describe_dedicated_host_auto_renew::DescribeDedicatedHostAutoRenewRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_dedicated_host_auto_renew::DescribeDedicatedHostAutoRenewResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_dedicated_host_auto_renew::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDedicatedHostClusters` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter.DedicatedHostClusterIds` (400), `InvalidRegion.NotFound` (400), `InvalidZone.NotFound` (400), `MissingParamter.RegionId` (400), `InvalidDedicatedHostIds.Malformed` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHostClusters>
    pub fn describe_dedicated_host_clusters(
        &self,
        request: operations::describe_dedicated_host_clusters::DescribeDedicatedHostClustersRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_dedicated_host_clusters::DescribeDedicatedHostClustersResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_dedicated_host_clusters::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDedicatedHostTypes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHostTypes>
    pub fn describe_dedicated_host_types(
        &self,
        request: operations::describe_dedicated_host_types::DescribeDedicatedHostTypesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_dedicated_host_types::DescribeDedicatedHostTypesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_dedicated_host_types::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDedicatedHosts` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter.DedicatedHostIds` (400), `InvalidRegion.NotFound` (400), `InvalidStatus.ValueNotSupported` (400), `InvalidZone.NotFound` (400), `MissingParamter.RegionId` (400), `InvalidDedicatedHostIds.Malformed` (403), `InvalidLockReason.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHosts>
    pub fn describe_dedicated_hosts(
        &self,
        request: operations::describe_dedicated_hosts::DescribeDedicatedHostsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_dedicated_hosts::DescribeDedicatedHostsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_dedicated_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDemands` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidRegion.NotFound` (400), `MissingParamter.RegionId` (400), `Forbidden.RAM` (403), `InvalidDemandId.NotFound` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidInstanceType.NotFound` (404), `InvalidInstanceType.NotMatch` (404), `InvalidStatus.ValueNotSupported` (404), `InvalidZone.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDemands>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_demands(
        &self,
        request: operations::describe_demands::DescribeDemandsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_demands::DescribeDemandsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_demands::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDeploymentSetSupportedInstanceTypeFamily` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDeploymentSetSupportedInstanceTypeFamily>
    pub fn describe_deployment_set_supported_instance_type_family(
        &self,
        request: operations::describe_deployment_set_supported_instance_type_family::DescribeDeploymentSetSupportedInstanceTypeFamilyRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_deployment_set_supported_instance_type_family::DescribeDeploymentSetSupportedInstanceTypeFamilyResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_deployment_set_supported_instance_type_family::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDeploymentSets` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidDeploymentSetIds.TooManyInput` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDeploymentSets>
    pub fn describe_deployment_sets(
        &self,
        request: operations::describe_deployment_sets::DescribeDeploymentSetsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_deployment_sets::DescribeDeploymentSetsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_deployment_sets::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDiagnosticMetricSets` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticMetricSets>
    pub fn describe_diagnostic_metric_sets(
        &self,
        request: operations::describe_diagnostic_metric_sets::DescribeDiagnosticMetricSetsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_diagnostic_metric_sets::DescribeDiagnosticMetricSetsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_diagnostic_metric_sets::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDiagnosticMetrics` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticMetrics>
    pub fn describe_diagnostic_metrics(
        &self,
        request: operations::describe_diagnostic_metrics::DescribeDiagnosticMetricsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_diagnostic_metrics::DescribeDiagnosticMetricsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_diagnostic_metrics::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDiagnosticReportAttributes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ReportId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter.ReportNotExist` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticReportAttributes>
    pub fn describe_diagnostic_report_attributes(
        &self,
        request: operations::describe_diagnostic_report_attributes::DescribeDiagnosticReportAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_diagnostic_report_attributes::DescribeDiagnosticReportAttributesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_diagnostic_report_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDiagnosticReports` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticReports>
    pub fn describe_diagnostic_reports(
        &self,
        request: operations::describe_diagnostic_reports::DescribeDiagnosticReportsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_diagnostic_reports::DescribeDiagnosticReportsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_diagnostic_reports::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDiskMonitorData` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DiskId`, `StartTime`, `EndTime`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidEndTime.Malformed` (400), `InvalidInstanceType.NotSupportCredit` (400), `InvalidParameter.EndTime` (400), `InvalidParameter.TooManyDataQueried` (400), `InvalidPeriod.ValueNotSupported` (400), `InvalidStartTime.Malformed` (400), `InvalidStartTime.TooEarly` (400), `Throttling` (400), `InvalidDiskId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiskMonitorData>
    pub fn describe_disk_monitor_data(
        &self,
        request: operations::describe_disk_monitor_data::DescribeDiskMonitorDataRequest,
    ) -> ::yun_core::Call<'_, operations::describe_disk_monitor_data::DescribeDiskMonitorDataResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_disk_monitor_data::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDisks` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `IncompleteParamter` (400), `InvalidCategory.ValueNotSupported` (400), `InvalidDiskType.ValueNotSupported` (400), `InvalidParameter.DiskIds` (400), `InvalidParamter` (400), `InvalidRegion.NotFound` (400), `InvalidSnapshot.NotFound` (400), `InvalidStatus.ValueNotSupported` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `InvalidZoneId.NotFound` (400), `MissingParamter.RegionId` (400), `InvalidCategory.ValueNotSupported` (403), `InvalidDiskIds.Malformed` (403), `InvalidParameter.MultiAttach` (403), `InvalidParameter.MultiAttachAndEnableSharedNotMatch` (403), `UserNotInTheWhiteList` (403), `InvalidDiskChargeType.NotFound` (404), `InvalidDiskIds.ValueNotSupported` (404), `InvalidFilterKey.NotFound` (404), `InvalidFilterValue` (404), `InvalidLockReason.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDisks>
    pub fn describe_disks(
        &self,
        request: operations::describe_disks::DescribeDisksRequest,
    ) -> ::yun_core::Call<'_, operations::describe_disks::DescribeDisksResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_disks::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDisksFullStatus` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `DiskIdLimitExceeded` (403), `EventIdLimitExceeded` (403), `InvalidParameter` (403), `InvalidParameter.TimeEndBeforeStart` (403), `OperationDenied.NotInWhiteList` (403), `TooManyDiskEvent.DiskIdRequired` (403), `MissingParameter` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDisksFullStatus>
    pub fn describe_disks_full_status(
        &self,
        request: operations::describe_disks_full_status::DescribeDisksFullStatusRequest,
    ) -> ::yun_core::Call<'_, operations::describe_disks_full_status::DescribeDisksFullStatusResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_disks_full_status::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeEipAddresses` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IellgalParameter.OwnerAccount` (400), `InstanceType.Invalid` (400), `InvalidAliuid` (400), `InvalidChargeType.ValueNotSupported` (400), `InvalidIAssociatedInstanceType.ValueNotSupported` (400), `InvalidParameter` (400), `InvalidResourceGroupId` (400), `OperationFailed.Endpoint` (400), `OperationUnsupported.ResourceGroupId` (400), `ResourceQueryError` (400), `Forbidden.RegionNotFound` (404), `InvalidFilterKey.NotFound` (404), `InvalidFilterValue` (404), `InvalidLockReason.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeEipAddresses>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_eip_addresses(
        &self,
        request: operations::describe_eip_addresses::DescribeEipAddressesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_eip_addresses::DescribeEipAddressesResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_eip_addresses::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeEipMonitorData` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `AllocationId`, `StartTime`, `EndTime`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidAllocationId.NotFound` (400), `InvalidEndTime.Malformed` (400), `InvalidParameter` (400), `InvalidParameter.TooMany` (400), `InvalidPeriod.ValueNotSupported` (400), `InvalidRegionInstance` (400), `InvalidStartTime.Malformed` (400), `InvalidStartTime.TooEarly` (400), `OperationDenied.TooManyDataQueried` (400), `Forbidden.RegionNotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidIpInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeEipMonitorData>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_eip_monitor_data(
        &self,
        request: operations::describe_eip_monitor_data::DescribeEipMonitorDataRequest,
    ) -> ::yun_core::Call<'_, operations::describe_eip_monitor_data::DescribeEipMonitorDataResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_eip_monitor_data::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeElasticityAssuranceInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrivatePoolOptions.Id`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidParameter.PrivatePoolOptions.Id` (400), `InvalidPlatform.ValueNotSupported` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeElasticityAssuranceInstances>
    pub fn describe_elasticity_assurance_instances(
        &self,
        request: operations::describe_elasticity_assurance_instances::DescribeElasticityAssuranceInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_elasticity_assurance_instances::DescribeElasticityAssuranceInstancesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_elasticity_assurance_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeElasticityAssurances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidParameter.Name` (400), `InvalidParameter.PrivatePoolOptions.Ids` (400), `InvalidPlatform.ValueNotSupported` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeElasticityAssurances>
    pub fn describe_elasticity_assurances(
        &self,
        request: operations::describe_elasticity_assurances::DescribeElasticityAssurancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_elasticity_assurances::DescribeElasticityAssurancesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_elasticity_assurances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeEniMonitorData` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`, `StartTime`, `EndTime`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidEndTime.Malformed` (403), `InvalidInstanceType.NotSupportCredit` (403), `InvalidParameter.EndTime` (403), `InvalidParameter.TooManyDataQueried` (403), `InvalidPeriod.ValueNotSupported` (403), `InvalidStartTime.Malformed` (403), `InvalidStartTime.TooEarly` (403), `Throttling` (403), `InvalidDiskId.NotFound` (404), `InvalidParam.Malformed` (4003).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeEniMonitorData>
    pub fn describe_eni_monitor_data(
        &self,
        request: operations::describe_eni_monitor_data::DescribeEniMonitorDataRequest,
    ) -> ::yun_core::Call<'_, operations::describe_eni_monitor_data::DescribeEniMonitorDataResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_eni_monitor_data::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeForwardTableEntries` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ForwardTableId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IncorretForwardEntryStatus` (400), `InvalidForwardTableId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeForwardTableEntries>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_forward_table_entries(
        &self,
        request: operations::describe_forward_table_entries::DescribeForwardTableEntriesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_forward_table_entries::DescribeForwardTableEntriesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_forward_table_entries::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeHaVips` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Filter`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.HaVip` (400), `InvalidFilterKey.ValueNotSupported` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeHaVips>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_ha_vips(
        &self,
        request: operations::describe_ha_vips::DescribeHaVipsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_ha_vips::DescribeHaVipsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_ha_vips::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeHpcClusters` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.Parameter` (400), `InvalidHpcClusterIds.ExceedLimit` (400), `InvalidHpcClusterIds.Malformed` (400), `InvalidRegionId.NotFound` (400), `MissingParameter.HpcClusterId` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeHpcClusters>
    pub fn describe_hpc_clusters(
        &self,
        request: operations::describe_hpc_clusters::DescribeHpcClustersRequest,
    ) -> ::yun_core::Call<'_, operations::describe_hpc_clusters::DescribeHpcClustersResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_hpc_clusters::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImageComponents` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidImageComponentIdSize.ExceededMaxNumber` (400), `InvalidParameter.Owner` (400), `Invalid.NextToken` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageComponents>
    pub fn describe_image_components(
        &self,
        request: operations::describe_image_components::DescribeImageComponentsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_image_components::DescribeImageComponentsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_image_components::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImageFromFamily` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageFamily`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidUser.Unauthorized` (403), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageFromFamily>
    pub fn describe_image_from_family(
        &self,
        request: operations::describe_image_from_family::DescribeImageFromFamilyRequest,
    ) -> ::yun_core::Call<'_, operations::describe_image_from_family::DescribeImageFromFamilyResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_image_from_family::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImagePipelineExecutions` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter.Status` (400), `MissingParameter.ImagePipelineId` (400), `Invalid.NextToken` (403), `InvalidImagePipeline.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImagePipelineExecutions>
    pub fn describe_image_pipeline_executions(
        &self,
        request: operations::describe_image_pipeline_executions::DescribeImagePipelineExecutionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_image_pipeline_executions::DescribeImagePipelineExecutionsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_image_pipeline_executions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImagePipelines` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidImagePipelineIdSize.ExceededMaxNumber` (400), `InvalidName.Malformed` (400), `Invalid.NextToken` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImagePipelines>
    pub fn describe_image_pipelines(
        &self,
        request: operations::describe_image_pipelines::DescribeImagePipelinesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_image_pipelines::DescribeImagePipelinesResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_image_pipelines::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImageSharePermission` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `MissingParameter` (400), `InvalidImageId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageSharePermission>
    pub fn describe_image_share_permission(
        &self,
        request: operations::describe_image_share_permission::DescribeImageSharePermissionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_image_share_permission::DescribeImageSharePermissionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_image_share_permission::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImageSupportInstanceTypes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidInstanceType.ValueNotSupported` (400), `InvalidParamter` (400), `InvalidImageId.NotFound` (404), `InvalidUsage` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageSupportInstanceTypes>
    pub fn describe_image_support_instance_types(
        &self,
        request: operations::describe_image_support_instance_types::DescribeImageSupportInstanceTypesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_image_support_instance_types::DescribeImageSupportInstanceTypesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_image_support_instance_types::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImages` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidImageOwnerAlias.ValueNotSupported` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidParamter` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `CurrentAccount.NotSupportPublicImage` (403), `InvalidArchitecture` (404), `InvalidFilterKey.NotFound` (404), `InvalidFilterValue` (404), `InvalidOSType` (404), `InvalidUsage` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImages>
    pub fn describe_images(
        &self,
        request: operations::describe_images::DescribeImagesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_images::DescribeImagesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_images::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceAttachmentAttributes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidPlatform.ValueNotSupported` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `Abs.InvalidInstanceIds.MalFormed` (403), `InvalidParameter.TooManyInstanceIds` (403), `InvalidInstanceIds.NotFound` (404), `InternalError` (500), `InvalidParameter` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceAttachmentAttributes>
    pub fn describe_instance_attachment_attributes(
        &self,
        request: operations::describe_instance_attachment_attributes::DescribeInstanceAttachmentAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_attachment_attributes::DescribeInstanceAttachmentAttributesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_attachment_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceAttribute>
    pub fn describe_instance_attribute(
        &self,
        request: operations::describe_instance_attribute::DescribeInstanceAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_attribute::DescribeInstanceAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceAutoRenewAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Throttling` (400), `ChargeTypeViolation` (403), `IncorrectInstanceStatus` (403), `InvalidParameter.InvalidInstanceId` (403), `InvalidParameter.PageNumber` (403), `InvalidParameter.PageSize` (403), `InvalidParameter.RenewalStatus` (403), `InvalidParameter.RenewalStatusInstanceId` (403), `InvalidParameter.ToManyInstanceIds` (403), `MissingParameter.InstanceId` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceAutoRenewAttribute>
    pub fn describe_instance_auto_renew_attribute(
        &self,
        request: operations::describe_instance_auto_renew_attribute::DescribeInstanceAutoRenewAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_auto_renew_attribute::DescribeInstanceAutoRenewAttributeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_auto_renew_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceHistoryEvents` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `EventIdLimitExceeded` (403), `InvalidParameter` (403), `InvalidParameter.TimeEndBeforeStart` (403), `OperationDenied.NotInWhiteList` (403), `MissingParameter` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceHistoryEvents>
    pub fn describe_instance_history_events(
        &self,
        request: operations::describe_instance_history_events::DescribeInstanceHistoryEventsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_history_events::DescribeInstanceHistoryEventsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_history_events::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceMaintenanceAttributes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `MissingParameter` (400), `InstanceIdLimitExceeded` (403), `InvalidParameter` (403), `OperationDenied.NotInWhiteList` (403), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceMaintenanceAttributes>
    pub fn describe_instance_maintenance_attributes(
        &self,
        request: operations::describe_instance_maintenance_attributes::DescribeInstanceMaintenanceAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_maintenance_attributes::DescribeInstanceMaintenanceAttributesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_maintenance_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceModificationPrice` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InstanceType.Offline` (400), `InvalidAction.WithActiveElasticUpgrade` (400), `InvalidDataDiskCategory.ValueNotSupported` (400), `InvalidDataDiskSize.ValueNotSupported` (400), `InvalidDiskCategory.Missing` (400), `InvalidDiskCategory.ValueNotSupported` (400), `InvalidDiskSize.TooSmall` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidSystemDiskCategory.ValueNotSupported` (400), `MissingParameter.InstanceTypeOrDataDisk` (400), `OperationDenied.PerformanceLevelNotMatch` (400), `PriceNotFound` (400), `RegionUnauthorized` (400), `ChargeTypeViolation` (403), `InstanceExpired` (403), `InvalidInstanceType.NotSupportUpgrade` (403), `InvalidParameter.ResourceOwnerAccount` (403), `Throttling` (403), `Throttling.User` (403), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceModificationPrice>
    pub fn describe_instance_modification_price(
        &self,
        request: operations::describe_instance_modification_price::DescribeInstanceModificationPriceRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_modification_price::DescribeInstanceModificationPriceResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_modification_price::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceMonitorData` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `StartTime`, `EndTime`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidEndTime.Malformed` (400), `InvalidParameter.TooManyDataQueried` (400), `InvalidPeriod.ValueNotSupported` (400), `InvalidStartTime.Malformed` (400), `InvalidStartTime.TooEarly` (400), `InvalidStartTime.ValueNotSupported` (400), `Throttling` (400), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceMonitorData>
    pub fn describe_instance_monitor_data(
        &self,
        request: operations::describe_instance_monitor_data::DescribeInstanceMonitorDataRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_monitor_data::DescribeInstanceMonitorDataResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_monitor_data::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceRamRole` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidInstanceIds.Malformed` (400), `InvalidNetworkType.MismatchRamRole` (403), `InvalidParameter.AllEmpty` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceRamRole>
    pub fn describe_instance_ram_role(
        &self,
        request: operations::describe_instance_ram_role::DescribeInstanceRamRoleRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instance_ram_role::DescribeInstanceRamRoleResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_ram_role::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceStatus` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Abs.InvalidInstanceIds.MalFormed` (403), `InvalidParameter.TooManyInstanceIds` (403), `InvalidZoneId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceStatus>
    pub fn describe_instance_status(
        &self,
        request: operations::describe_instance_status::DescribeInstanceStatusRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instance_status::DescribeInstanceStatusResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_status::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceTopology` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `AuthenticationFailed.ConditionUnsatisfied` (403), `InvalidInstanceId.NotFound` (403), `InvalidInstanceIds.MalFormed` (403), `InvalidParameter.ToManyInstanceIds` (403), `InvalidRegionId.MalFormed` (403), `RAM.ApiNotSupported` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceTopology>
    pub fn describe_instance_topology(
        &self,
        request: operations::describe_instance_topology::DescribeInstanceTopologyRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_topology::DescribeInstanceTopologyResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_topology::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceTypeFamilies` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceTypeFamilies>
    pub fn describe_instance_type_families(
        &self,
        request: operations::describe_instance_type_families::DescribeInstanceTypeFamiliesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_type_families::DescribeInstanceTypeFamiliesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_type_families::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceTypes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceTypes>
    pub fn describe_instance_types(
        &self,
        request: operations::describe_instance_types::DescribeInstanceTypesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instance_types::DescribeInstanceTypesResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_types::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceVncUrl` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidRegionInstance` (400), `IncorrectInstanceStatus` (403), `InstanceNotReady` (403), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceVncUrl>
    pub fn describe_instance_vnc_url(
        &self,
        request: operations::describe_instance_vnc_url::DescribeInstanceVncUrlRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instance_vnc_url::DescribeInstanceVncUrlResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instance_vnc_url::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InternalError` (400), `InvalidHpcClusterId.Creating` (400), `InvalidHpcClusterId.NotFound` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `InvalidFilterKey.NotFound` (404), `InvalidFilterValue` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidInternetChargeType.ValueNotSupported` (404), `InvalidLockReason.NotFound` (404), `InvalidNetworkType.NotFound` (404), `InvalidStatus.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstances>
    pub fn describe_instances(
        &self,
        request: operations::describe_instances::DescribeInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instances::DescribeInstancesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstancesFullStatus` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `EventIdLimitExceeded` (403), `InstanceIdLimitExceeded` (403), `InvalidParameter` (403), `InvalidParameter.TimeEndBeforeStart` (403), `OperationDenied.NotInWhiteList` (403), `MissingParameter` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstancesFullStatus>
    pub fn describe_instances_full_status(
        &self,
        request: operations::describe_instances_full_status::DescribeInstancesFullStatusRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instances_full_status::DescribeInstancesFullStatusResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_instances_full_status::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInvocationResults` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidRegionId.NotFound` (404), `InternalError` (500), `InternalError.Dispatch` (500), `ServiceUnavailable` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInvocationResults>
    pub fn describe_invocation_results(
        &self,
        request: operations::describe_invocation_results::DescribeInvocationResultsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_invocation_results::DescribeInvocationResultsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_invocation_results::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInvocations` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInvocations>
    pub fn describe_invocations(
        &self,
        request: operations::describe_invocations::DescribeInvocationsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_invocations::DescribeInvocationsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_invocations::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeKeyPairs` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeKeyPairs>
    pub fn describe_key_pairs(
        &self,
        request: operations::describe_key_pairs::DescribeKeyPairsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_key_pairs::DescribeKeyPairsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_key_pairs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeLaunchTemplateVersions` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter` (400), `InvalidRegion.NotExist` (400), `MissingParameter` (400), `InnerServiceFailed` (403), `InvalidLaunchTemplate.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeLaunchTemplateVersions>
    pub fn describe_launch_template_versions(
        &self,
        request: operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_launch_template_versions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeLaunchTemplates` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter` (400), `InvalidRegion.NotExist` (400), `MissingParameter` (400), `InnerServiceFailed` (403), `InternalError` (500), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeLaunchTemplates>
    pub fn describe_launch_templates(
        &self,
        request: operations::describe_launch_templates::DescribeLaunchTemplatesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_launch_templates::DescribeLaunchTemplatesResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_launch_templates::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeLimitation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Limitation`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidLimitation.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeLimitation>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_limitation(
        &self,
        request: operations::describe_limitation::DescribeLimitationRequest,
    ) -> ::yun_core::Call<'_, operations::describe_limitation::DescribeLimitationResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_limitation::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeManagedInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeManagedInstances>
    pub fn describe_managed_instances(
        &self,
        request: operations::describe_managed_instances::DescribeManagedInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_managed_instances::DescribeManagedInstancesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_managed_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeNatGateways` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidAliuid` (400), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNatGateways>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_nat_gateways(
        &self,
        request: operations::describe_nat_gateways::DescribeNatGatewaysRequest,
    ) -> ::yun_core::Call<'_, operations::describe_nat_gateways::DescribeNatGatewaysResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_nat_gateways::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeNetworkInterfaceAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `InvalidInstanceID.Malformed` (400), `InvalidParameter` (400), `InvalidRegionId.MalFormed` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidParameter` (403), `InvalidUserType.NotSupported` (403), `InvalidEniId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNetworkInterfaceAttribute>
    pub fn describe_network_interface_attribute(
        &self,
        request: operations::describe_network_interface_attribute::DescribeNetworkInterfaceAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_network_interface_attribute::DescribeNetworkInterfaceAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_network_interface_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeNetworkInterfacePermissions` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidInstanceID.Malformed` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.PermissionExisted` (400), `InvalidParameter` (400), `MissingParameter` (400), `NotBelongUser` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidUserType.NotSupported` (403), `InvalidEniId.NotFound` (404), `InvalidOperation.PermissionNotExisted` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNetworkInterfacePermissions>
    pub fn describe_network_interface_permissions(
        &self,
        request: operations::describe_network_interface_permissions::DescribeNetworkInterfacePermissionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_network_interface_permissions::DescribeNetworkInterfacePermissionsResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_network_interface_permissions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeNetworkInterfaces` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidParameter` (400), `InvalidRegionId.MalFormed` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `EniPerInstanceLimitExceeded` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.RegionId` (403), `Forbidden.SubUser` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.InvalidEniPageNumber` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.VpcMismatch` (403), `InvalidParameter` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `InvalidVpc.Empty` (403), `InvalidVpc.Indeterminacy` (403), `MaxEniCountExceeded` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNetworkInterfaces>
    pub fn describe_network_interfaces(
        &self,
        request: operations::describe_network_interfaces::DescribeNetworkInterfacesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_network_interfaces::DescribeNetworkInterfacesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_network_interfaces::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeNewProjectEipMonitorData` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `AllocationId`, `StartTime`, `EndTime`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidAllocationId.NotFound` (400), `InvalidEndTime.Malformed` (400), `InvalidParameter` (400), `InvalidPeriod.ValueNotSupported` (400), `InvalidStartTime.Malformed` (400), `InvalidStartTime.TooEarly` (400), `OperationDenied.TooManyDataQueried` (400), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNewProjectEipMonitorData>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_new_project_eip_monitor_data(
        &self,
        request: operations::describe_new_project_eip_monitor_data::DescribeNewProjectEipMonitorDataRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_new_project_eip_monitor_data::DescribeNewProjectEipMonitorDataResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_new_project_eip_monitor_data::OPERATION,
            &request,
        )
    }

    /// Calls `DescribePhysicalConnections` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidFilterKey.ValueNotSupported` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePhysicalConnections>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_physical_connections(
        &self,
        request: operations::describe_physical_connections::DescribePhysicalConnectionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_physical_connections::DescribePhysicalConnectionsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_physical_connections::OPERATION,
            &request,
        )
    }

    /// Calls `DescribePrefixListAssociations` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrefixListId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter` (400), `NotSupported.ResourceType` (400), `InvalidPrefixListId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixListAssociations>
    pub fn describe_prefix_list_associations(
        &self,
        request: operations::describe_prefix_list_associations::DescribePrefixListAssociationsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_prefix_list_associations::DescribePrefixListAssociationsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_prefix_list_associations::OPERATION,
            &request,
        )
    }

    /// Calls `DescribePrefixListAttributes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrefixListId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidPrefixListId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixListAttributes>
    pub fn describe_prefix_list_attributes(
        &self,
        request: operations::describe_prefix_list_attributes::DescribePrefixListAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_prefix_list_attributes::DescribePrefixListAttributesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_prefix_list_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `DescribePrefixLists` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter` (400), `LimitExceed.PrefixListId` (400), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixLists>
    pub fn describe_prefix_lists(
        &self,
        request: operations::describe_prefix_lists::DescribePrefixListsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_prefix_lists::DescribePrefixListsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_prefix_lists::OPERATION,
            &request,
        )
    }

    /// Calls `DescribePrice` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `EncryptedOption.Conflict` (400), `IncorrectImageStatus` (400), `InstanceDiskCategoryLimitExceed` (400), `InstanceDiskNumber.LimitExceed` (400), `Invalid.ZoneId` (400), `InvalidActivity.NotSupported` (400), `InvalidAssuranceTimes.NotSupported` (400), `InvalidCapacity.ValueNotSupported` (400), `InvalidDataDiskCategory.ValueNotSupported` (400), `InvalidDataDiskSize.ValueNotSupported` (400), `InvalidDiskCategory.Mismatch` (400), `InvalidDiskCategory.ValueNotSupported` (400), `InvalidEncryptAlgorithm` (400), `InvalidEncryptAlgorithm.NotMatchSnapshot` (400), `InvalidEncrypted.NotMatchEncryptAlgorithm` (400), `InvalidEncrypted.NotMatchKmsKeyId` (400), `InvalidEncrypted.NotMatchSnapshot` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidInternetChargeType.ValueNotSupported` (400), `InvalidInternetMaxBandwidthOut.ValueNotSupported` (400), `InvalidIoOptimizedValue.ValueNotSupported` (400), `InvalidKmsKeyId.NotMatchSnapshot` (400), `InvalidNetworkType.Mismatch` (400), `InvalidOperation.InstanceRenewWithDowngradeInPlan` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Platform` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidPeriod` (400), `InvalidPriceUnit.ValueNotSupported` (400), `InvalidResourceType.ValueNotSupported` (400), `InvalidSpotAuthorized` (400), `InvalidSystemDiskCategory.ValueNotSupported` (400), `InvalidSystemDiskSize.LessThanImageSize` (400), `InvalidSystemDiskSize.ValueNotSupported` (400), `OperationDenied` (400), `PriceNotFound` (400), `RegionUnauthorized` (400), `Throttling` (400), `Throttling.User` (400), `Forbbiden` (403), `ImageNotSubscribed` (403), `ImageNotSupportInstanceType` (403), `ImageRemovedInMarket` (403), `InstanceDiskCategoryLimitExceed` (403), `InstanceDiskNumLimitExceed` (403), `InstanceType.Offline` (403), `InvalidAction.Unauthorized` (403), `InvalidAmount.Malformed` (403), `InvalidChargeType.MarketImage` (403), `InvalidDiskCategory.Mismatch` (403), `InvalidDiskCategory.NotSupported` (403), `InvalidDiskIds.NotFound` (403), `InvalidDiskSize.TooSmall` (403), `InvalidInstanceType.NotSupportDiskCategory` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidIspBandwidthOut` (403), `InvalidIspType.ValueNotSupported` (403), `InvalidIspUID` (403), `InvalidOperation.PublicIpAddressNoStock` (403), `InvalidParameter.ResourceOwnerAccount` (403), `InvalidRegionId.NotSupportEncryptAlgorithm` (403), `InvalidSystemDiskCategory.ValueUnauthorized` (403), `IoOptimized.NotSupported` (403), `OperationDenied` (403), `OperationDenied.PerformanceLevelNotMatch` (403), `PrePaidInstance.Expired` (403), `QuotaExceed.BuyImage` (403), `QuotaExceed.PortableCloudDisk` (403), `RegionUnauthorized` (403), `UnsupportedIspChargeType` (403), `UnsupportedIspClassicNetwork` (403), `UnsupportedIspNetworkChargeType` (403), `UnsupportedIspRegion` (403), `DependencyViolation.IoOptimized` (404), `Invalid.InstanceId.NotFound` (404), `InvalidDedicatedHostId.NotFound` (404), `InvalidDedicatedHostType.Missing` (404), `InvalidDiskCategory.Missing` (404), `InvalidDiskIds.NotPortable` (404), `InvalidImageId.NotFound` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidInstanceType.Missing` (404), `InvalidInstanceType.ValueNotSupported` (404), `InvalidInternetMaxBandwidthOut.ValueNotSupported` (404), `InvalidMarketImage.NotFound` (404), `InvalidNetworkType.ValueNotSupported` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidSystemDisk.NotFound` (404), `InvalidSystemDiskSize.LessThanImageSize` (404), `InvalidSystemDiskSize.LessThanMinSize` (404), `InvalidSystemDiskSize.MoreThanMaxSize` (404), `InvalidSystemDiskSize.ValueNotSupported` (404), `IoOptimized.NotSupported` (404), `OperationDenied` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrice>
    pub fn describe_price(
        &self,
        request: operations::describe_price::DescribePriceRequest,
    ) -> ::yun_core::Call<'_, operations::describe_price::DescribePriceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_price::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeRecommendInstanceType` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `NetworkType`, `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidCoreAndMemory.ValueNotSupported` (400), `InvalidDiskCategory.NotFound` (400), `InvalidInstanceChargeType.NotFound` (400), `InvalidInstanceFamilyLevel.NotSupported` (400), `InvalidInstanceType.NotSupported` (400), `InvalidInstanceTypeFamily.NotFound` (400), `InvalidIoOptimized.NotFound` (400), `InvalidMaxPrice.NotSupported` (400), `InvalidNetworkType.ValueNotSupported` (400), `InvalidParam.TypeAndCpuMem.Conflict` (400), `InvalidPriorityStrategy.ValueNotSupported` (400), `InvalidRegionId.MalFormed` (400), `InvalidScene.ValueNotSupported` (400), `InvalidSpotStrategy.ValueNotSupported` (400), `InvalidZoneId.MalFormed` (400), `InvalidZoneId.ValueNotSupported` (400), `QuotaExceed.AfterpayInstance` (400), `RecommendEmpty.DiskCategoryNotRecommended` (400), `RecommendEmpty.GenerationNotMatch` (400), `RecommendEmpty.InstanceTypeFamilyNotMatched` (400), `RecommendEmpty.InstanceTypeNotAuthorized` (400), `RecommendEmpty.InstanceTypeNotMatched` (400), `RecommendEmpty.InstanceTypeSoldOut` (400), `RecommendEmpty.IzNotMatched` (400), `RecommendEmpty.NetworkTypeNotSupported` (400), `RecommendEmpty.PerformanceNotSatisfied` (400), `RecommendEmpty.PriceNotSatisfied` (400), `RecommendEmpty.QuotaNotSatisfied` (400), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRecommendInstanceType>
    pub fn describe_recommend_instance_type(
        &self,
        request: operations::describe_recommend_instance_type::DescribeRecommendInstanceTypeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_recommend_instance_type::DescribeRecommendInstanceTypeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_recommend_instance_type::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeRegions` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.InstanceChargeType` (403), `Unauthorized.EmptyRegion` (403), `InvalidAcceptLanguage.NotFound` (404), `InvalidResourceType.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRegions>
    pub fn describe_regions(
        &self,
        request: operations::describe_regions::DescribeRegionsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_regions::DescribeRegionsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_regions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeRenewalPrice` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InternalError` (400), `InvalidExpectedRenewDay.Conflict` (400), `InvalidExpectedRenewDay.ValueNotSupported` (400), `InvalidPeriod` (400), `InvalidPriceUnit.ValueNotSupported` (400), `InvalidResourceType.ValueNotSupported` (400), `Throttling` (400), `Throttling.User` (400), `ChargeTypeViolation` (403), `InvalidAction.Unauthorized` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRenewalPrice>
    pub fn describe_renewal_price(
        &self,
        request: operations::describe_renewal_price::DescribeRenewalPriceRequest,
    ) -> ::yun_core::Call<'_, operations::describe_renewal_price::DescribeRenewalPriceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_renewal_price::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeReservedInstanceAutoRenewAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ChargeTypeViolation` (403), `InvalidParameter` (403), `InvalidParameter.ToManyInstanceIds` (403), `MissingParamter.InstanceId` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeReservedInstanceAutoRenewAttribute>
    pub fn describe_reserved_instance_auto_renew_attribute(
        &self,
        request: operations::describe_reserved_instance_auto_renew_attribute::DescribeReservedInstanceAutoRenewAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_reserved_instance_auto_renew_attribute::DescribeReservedInstanceAutoRenewAttributeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_reserved_instance_auto_renew_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeReservedInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidAllocationType.ValueNotSupported` (400), `InvalidEndTime.ValueNotSupported` (400), `InvalidRegion.NotFound` (400), `InvalidReservedInstanceLockReason.ValueNotSupported` (400), `InvalidReservedInstanceOfferingClass.ValueNotSupported` (400), `InvalidReservedInstanceOfferingType.ValueNotSupported` (400), `InvalidReservedInstanceStatus.ValueNotSupported` (400), `InvalidZone.NotFound` (400), `MissingParamter.RegionId` (400), `OperationDenied` (400), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeReservedInstances>
    pub fn describe_reserved_instances(
        &self,
        request: operations::describe_reserved_instances::DescribeReservedInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_reserved_instances::DescribeReservedInstancesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_reserved_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeResourceByTags` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidTagCount` (400), `InvalidRegionId.NotFound` (404), `InvalidResourceType.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeResourceByTags>
    pub fn describe_resource_by_tags(
        &self,
        request: operations::describe_resource_by_tags::DescribeResourceByTagsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_resource_by_tags::DescribeResourceByTagsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_resource_by_tags::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeResourcesModification` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceId`, `DestinationResource`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.InstanceChargeType` (400), `Invalid.OperationType` (400), `Invalid.Param` (400), `InvalidCondition.Malformed` (400), `InvalidDedicatedHostId.NotFound` (403), `InvalidParam.Cores` (403), `InvalidParam.Memory` (403), `InvalidParam.TypeAndCpuMem.Conflict` (403), `InvalidParameter.ResourceOwnerId` (403), `Invalid.DestinationResource` (404), `Invalid.InstancePayType` (404), `Invalid.IoOptimized` (404), `Invalid.NetworkCategory` (404), `Invalid.OperationType` (404), `Invalid.RegionId` (404), `Invalid.ResourceId` (404), `Invalid.ResourceType` (404), `Invalid.SpotStrategy` (404), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceId.NotFound` (404), `OperationDenied` (404), `Unavailable.Regions` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeResourcesModification>
    pub fn describe_resources_modification(
        &self,
        request: operations::describe_resources_modification::DescribeResourcesModificationRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_resources_modification::DescribeResourcesModificationResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_resources_modification::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeRouteTables` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRouteTables>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_route_tables(
        &self,
        request: operations::describe_route_tables::DescribeRouteTablesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_route_tables::DescribeRouteTablesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_route_tables::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeRouterInterfaces` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IllegalParam.AliUid` (400), `InvalidParam.NotNull` (400), `InvalidFilterKey.ValueNotSupported` (404), `InvalidOppositeRegionId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRouterInterfaces>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_router_interfaces(
        &self,
        request: operations::describe_router_interfaces::DescribeRouterInterfacesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_router_interfaces::DescribeRouterInterfacesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_router_interfaces::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSecurityGroupAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupId`, `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidNicType.ValueNotSupported` (400), `InvalidParamter` (400), `InvalidSecurityGroupId.Malformed` (400), `MissingParameter.RegionId` (400), `InvalidRegionId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroupAttribute>
    pub fn describe_security_group_attribute(
        &self,
        request: operations::describe_security_group_attribute::DescribeSecurityGroupAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_security_group_attribute::DescribeSecurityGroupAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_security_group_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSecurityGroupReferences` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidSecurityGroupId.Malformed` (400), `InvalidRegionId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroupReferences>
    pub fn describe_security_group_references(
        &self,
        request: operations::describe_security_group_references::DescribeSecurityGroupReferencesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_security_group_references::DescribeSecurityGroupReferencesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_security_group_references::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSecurityGroups` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InValidParameter.NextToken` (400), `InvalidParameter.SecurityGroupType` (400), `MissingParameter.RegionId` (400), `NotSupported.PageNumberAndPageSize` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroups>
    pub fn describe_security_groups(
        &self,
        request: operations::describe_security_groups::DescribeSecurityGroupsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_security_groups::DescribeSecurityGroupsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_security_groups::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSendFileResults` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSendFileResults>
    pub fn describe_send_file_results(
        &self,
        request: operations::describe_send_file_results::DescribeSendFileResultsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_send_file_results::DescribeSendFileResultsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_send_file_results::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSnapshotGroups` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidSnapshotGroupId.MustBeOne` (403), `InvalidStatus.ValueNotSupported` (403), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotGroups>
    pub fn describe_snapshot_groups(
        &self,
        request: operations::describe_snapshot_groups::DescribeSnapshotGroupsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_snapshot_groups::DescribeSnapshotGroupsResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_snapshot_groups::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSnapshotLinks` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidDiskIds` (400), `InvalidInstanceId.NotFound` (400), `InvalidRegionId` (400), `InvalidSnapshotLinkIds` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotLinks>
    pub fn describe_snapshot_links(
        &self,
        request: operations::describe_snapshot_links::DescribeSnapshotLinksRequest,
    ) -> ::yun_core::Call<'_, operations::describe_snapshot_links::DescribeSnapshotLinksResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_snapshot_links::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSnapshotMonitorData` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `StartTime`, `EndTime`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidEndTime.Malformed` (400), `InvalidParameter.TooManyDataQueried` (400), `InvalidPeriod.ValueNotSupported` (400), `InvalidStartTime.Malformed` (400), `InvalidStartTime.TooEarly` (400), `Throttling` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotMonitorData>
    pub fn describe_snapshot_monitor_data(
        &self,
        request: operations::describe_snapshot_monitor_data::DescribeSnapshotMonitorDataRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_snapshot_monitor_data::DescribeSnapshotMonitorDataResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_snapshot_monitor_data::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSnapshotPackage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotPackage>
    pub fn describe_snapshot_package(
        &self,
        request: operations::describe_snapshot_package::DescribeSnapshotPackageRequest,
    ) -> ::yun_core::Call<'_, operations::describe_snapshot_package::DescribeSnapshotPackageResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_snapshot_package::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSnapshots` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `InvalidSnapshotCategory.Malformed` (403), `InvalidSnapshotIds.Malformed` (403), `InvalidFilterKey.NotFound` (404), `InvalidFilterValue` (404), `InvalidSnapshotLinkId.NotFound` (404), `InvalidSnapshotType.NotFound` (404), `InvalidSourceDiskType` (404), `InvalidStatus.NotFound` (404), `InvalidUsage` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshots>
    pub fn describe_snapshots(
        &self,
        request: operations::describe_snapshots::DescribeSnapshotsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_snapshots::DescribeSnapshotsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_snapshots::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSnapshotsUsage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParam.RegionId` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotsUsage>
    pub fn describe_snapshots_usage(
        &self,
        request: operations::describe_snapshots_usage::DescribeSnapshotsUsageRequest,
    ) -> ::yun_core::Call<'_, operations::describe_snapshots_usage::DescribeSnapshotsUsageResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_snapshots_usage::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSpotAdvice` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.Param` (400), `Invalid.SaleStrategy` (400), `InvalidRegionId.MalFormed` (400), `InvalidDedicatedHostId.NotFound` (403), `InvalidParam.Cores` (403), `InvalidParam.Memory` (403), `InvalidParam.TypeAndCpuMem.Conflict` (403), `OperationDenied.FlavorNotSupported` (403), `OperationDenied.RegionIdNotSupported` (403), `OperationDenied.TimestampNotSupported` (403), `Invalid.DestinationResource` (404), `Invalid.IoOptimized` (404), `Invalid.NetworkType` (404), `Invalid.RegionId` (404), `Invalid.ResourceType` (404), `Unavailable.Regions` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSpotAdvice>
    pub fn describe_spot_advice(
        &self,
        request: operations::describe_spot_advice::DescribeSpotAdviceRequest,
    ) -> ::yun_core::Call<'_, operations::describe_spot_advice::DescribeSpotAdviceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_spot_advice::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeSpotPriceHistory` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkType`, `InstanceType`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Abs.Abs.InvalidSpotInstanceUID` (400), `Abs.IoOptimized.ValueNotSupported` (400), `DependencyViolation.IoOptimized` (400), `InvalidInstanceID.Malformed` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidParameter` (400), `InvalidParams.EndTime` (400), `InvalidParams.InstanceType` (400), `InvalidParams.IoOptimized` (400), `InvalidParams.NetworkType` (400), `InvalidParams.OSType` (400), `InvalidParams.Offset` (400), `InvalidParams.PageSize` (400), `InvalidParams.RegionId` (400), `InvalidParams.StartTime` (400), `InvalidParams.ZoneId` (400), `InvalidSpotDuration` (400), `InvalidZoneId.NotFound` (400), `MissingParameter` (400), `OperationDenied.QueryFail` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `Forbbiden.SubUser` (403), `Forbedden.NotSupportRAM` (403), `InvalidUserType.NotSupported` (403), `OperationDenied.FlavorNotSupported` (403), `OperationDenied.RegionIdNotSupported` (403), `OperationDenied.TimestampNotSupported` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSpotPriceHistory>
    pub fn describe_spot_price_history(
        &self,
        request: operations::describe_spot_price_history::DescribeSpotPriceHistoryRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_spot_price_history::DescribeSpotPriceHistoryResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_spot_price_history::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeStorageCapacityUnits` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidAllocationType.ValueNotSupported` (400), `InvalidParameter.CapacityExceed` (400), `InvalidParameter.Name` (400), `MissingParameter.RegionId` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeStorageCapacityUnits>
    pub fn describe_storage_capacity_units(
        &self,
        request: operations::describe_storage_capacity_units::DescribeStorageCapacityUnitsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_storage_capacity_units::DescribeStorageCapacityUnitsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_storage_capacity_units::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeStorageSetDetails` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `StorageSetId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidClientToken.ValueNotSupported` (400), `InvalidDescription.Malformed` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidParameter` (403), `InvalidRegionId.NotFound` (403), `InvalidStorageSet.NotSupport` (403), `InvalidStorageSetId.NotFound` (403), `InvalidStorageSetName.Malformed` (403), `InvalidUser.NotSupported` (403), `InvalidZone.NotSupported` (403), `InvalidZone.PartitionNumberNotSupported` (403), `InvalidZoneId.NotFound` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeStorageSetDetails>
    pub fn describe_storage_set_details(
        &self,
        request: operations::describe_storage_set_details::DescribeStorageSetDetailsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_storage_set_details::DescribeStorageSetDetailsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_storage_set_details::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeStorageSets` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidClientToken.ValueNotSupported` (400), `InvalidDescription.Malformed` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidParameter` (403), `InvalidRegionId.NotFound` (403), `InvalidStorageSet.NotSupport` (403), `InvalidStorageSetId.NotFound` (403), `InvalidStorageSetName.Malformed` (403), `InvalidUser.NotSupported` (403), `InvalidZone.NotSupported` (403), `InvalidZone.PartitionNumberNotSupported` (403), `InvalidZoneId.NotFound` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeStorageSets>
    pub fn describe_storage_sets(
        &self,
        request: operations::describe_storage_sets::DescribeStorageSetsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_storage_sets::DescribeStorageSetsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_storage_sets::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeTags` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Invalid.TagCategory` (400), `InvalidTagCount` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidRegionId.NotFound` (404), `InvalidResourceType.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTags>
    pub fn describe_tags(
        &self,
        request: operations::describe_tags::DescribeTagsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_tags::DescribeTagsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_tags::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeTaskAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `TaskId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (400), `InvalidTaskId.NotFound` (400), `MissingParameter` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTaskAttribute>
    pub fn describe_task_attribute(
        &self,
        request: operations::describe_task_attribute::DescribeTaskAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::describe_task_attribute::DescribeTaskAttributeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_task_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeTasks` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (400), `MissingParameter` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTasks>
    pub fn describe_tasks(
        &self,
        request: operations::describe_tasks::DescribeTasksRequest,
    ) -> ::yun_core::Call<'_, operations::describe_tasks::DescribeTasksResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_tasks::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeTerminalSessions` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `InvalidRegionId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTerminalSessions>
    pub fn describe_terminal_sessions(
        &self,
        request: operations::describe_terminal_sessions::DescribeTerminalSessionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_terminal_sessions::DescribeTerminalSessionsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_terminal_sessions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeUserBusinessBehavior` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `statusKey`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidParams` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeUserBusinessBehavior>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_user_business_behavior(
        &self,
        request: operations::describe_user_business_behavior::DescribeUserBusinessBehaviorRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_user_business_behavior::DescribeUserBusinessBehaviorResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_user_business_behavior::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeUserData` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeUserData>
    pub fn describe_user_data(
        &self,
        request: operations::describe_user_data::DescribeUserDataRequest,
    ) -> ::yun_core::Call<'_, operations::describe_user_data::DescribeUserDataResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_user_data::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeVRouters` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVRouters>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_v_routers(
        &self,
        request: operations::describe_v_routers::DescribeVRoutersRequest,
    ) -> ::yun_core::Call<'_, operations::describe_v_routers::DescribeVRoutersResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_v_routers::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeVSwitches` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.VpcNotFound` (400), `IellgalParameter.OwnerAccount` (400), `Mismatch.InstanceIdAndRegionId` (400), `OperationFailed.Endpoint` (400), `InvalidVSwitchId.NotFound` (404), `InvalidVSwitchIdNumber.NotSupported` (404), `InvalidVpcIdNumber.NotSupported` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVSwitches>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_v_switches(
        &self,
        request: operations::describe_v_switches::DescribeVSwitchesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_v_switches::DescribeVSwitchesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_v_switches::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeVirtualBorderRouters` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidFilterKey.ValueNotSupported` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVirtualBorderRouters>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_virtual_border_routers(
        &self,
        request: operations::describe_virtual_border_routers::DescribeVirtualBorderRoutersRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_virtual_border_routers::DescribeVirtualBorderRoutersResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_virtual_border_routers::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeVirtualBorderRoutersForPhysicalConnection` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PhysicalConnectionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IllegalParam.AliUid` (404), `InvalidPhysicalConnectionId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVirtualBorderRoutersForPhysicalConnection>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_virtual_border_routers_for_physical_connection(
        &self,
        request: operations::describe_virtual_border_routers_for_physical_connection::DescribeVirtualBorderRoutersForPhysicalConnectionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_virtual_border_routers_for_physical_connection::DescribeVirtualBorderRoutersForPhysicalConnectionResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_virtual_border_routers_for_physical_connection::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeVpcs` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IellgalParameter.OwnerAccount` (400), `InvalidAliuid` (400), `InvalidResourceGroupId.NotFound` (400), `InvalidTagKey` (400), `InvalidTagValue` (400), `InvalidVpcIdNumber.NotSupported` (400), `OperationFailed.Endpoint` (400), `OperationUnsupported.ResourceGroupId` (400), `InvalidRegionId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVpcs>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_vpcs(
        &self,
        request: operations::describe_vpcs::DescribeVpcsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_vpcs::DescribeVpcsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_vpcs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeZones` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InvalidSpotStrategy` (400), `InvalidAcceptLanguage.NotFound` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidRegion.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeZones>
    pub fn describe_zones(
        &self,
        request: operations::describe_zones::DescribeZonesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_zones::DescribeZonesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::describe_zones::OPERATION,
            &request,
        )
    }

    /// Calls `DetachClassicLinkVpc` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`, `VpcId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Forbidden.SubUser` (403), `InvalidInstanceId.MalFormed` (403), `InvalidInstanceId.NotBelong` (403), `InvalidInstanceId.NotFound` (403), `InvalidOperation.InvalidVpc` (403), `InvalidParameter.InvalidInstanceIdAndVpcId` (403), `InvalidParameter.RegionIdAndInstanceId` (403), `InvalidRegionId.Malformed` (403), `InvalidRegionId.NotFound` (403), `InvalidStatus.InstanceStatus` (403), `InvalidVpcId.Malformed` (403), `OperationDenied` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachClassicLinkVpc>
    pub fn detach_classic_link_vpc(
        &self,
        request: operations::detach_classic_link_vpc::DetachClassicLinkVpcRequest,
    ) -> ::yun_core::Call<'_, operations::detach_classic_link_vpc::DetachClassicLinkVpcResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::detach_classic_link_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `DetachDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `DiskId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DisksDetachingOnEcsExceeded` (400), `InvalidOperation.InstanceTypeNotSupport` (400), `InvalidParameter` (400), `InvalidRegionId.MalFormed` (400), `DeleteWithInstance.Conflict` (403), `DependencyViolation` (403), `DiskNotPortable` (403), `DiskTypeViolation` (403), `IncorrectDiskStatus` (403), `IncorrectInstanceStatus` (403), `InstanceLockedForSecurity` (403), `InvalidInstance.ImageCategory` (403), `InvalidOperation.DiskCategoryUnsupported` (403), `UserNotInTheWhiteList` (403), `InvalidDisk.AlreadyDetached` (404), `InvalidDiskId.NotFound` (404), `InvalidDiskId.OperationNotSupported` (404), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachDisk>
    pub fn detach_disk(
        &self,
        request: operations::detach_disk::DetachDiskRequest,
    ) -> ::yun_core::Call<'_, operations::detach_disk::DetachDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::detach_disk::OPERATION,
            &request,
        )
    }

    /// Calls `DetachInstanceRamRole` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidInstanceIds.Malformed` (400), `InvalidNetworkType.MismatchRamRole` (403), `InvalidUser.PassRoleForbidden` (403), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachInstanceRamRole>
    pub fn detach_instance_ram_role(
        &self,
        request: operations::detach_instance_ram_role::DetachInstanceRamRoleRequest,
    ) -> ::yun_core::Call<'_, operations::detach_instance_ram_role::DetachInstanceRamRoleResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::detach_instance_ram_role::OPERATION,
            &request,
        )
    }

    /// Calls `DetachKeyPair` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `KeyPairName`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidInstanceIds.ValueNotSupported` (400), `InvalidKeyPairName.NotFound` (400), `DependencyViolation.WindowsInstance` (403), `InstanceKeyPairLimitExceeded` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachKeyPair>
    pub fn detach_key_pair(
        &self,
        request: operations::detach_key_pair::DetachKeyPairRequest,
    ) -> ::yun_core::Call<'_, operations::detach_key_pair::DetachKeyPairResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::detach_key_pair::OPERATION,
            &request,
        )
    }

    /// Calls `DetachNetworkInterface` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.EniHotPlugNotSupported` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.InvalidRegion` (400), `InvalidParameter` (400), `InvalidParameter.EniNotBelongEcs` (400), `InvalidParams.EniId` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `EniPerInstanceLimitExceeded` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidInstanceId.NotFound` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.EniLinked` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.EniTypeNotSupportTrunking` (403), `InvalidOperation.HasMemberEniAttached` (403), `InvalidOperation.HotPlugNotSupport` (403), `InvalidOperation.InstanceTypeNotSupportEniTrunking` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.InvalidTrunkEniStatus` (403), `InvalidOperation.TrunkingIsNotAllowed` (403), `InvalidOperation.VpcMismatch` (403), `InvalidParameter.EniNotBelongEcs` (403), `InvalidParameter.EniNotBelongTrunk` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `MaxEniCountExceeded` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachNetworkInterface>
    pub fn detach_network_interface(
        &self,
        request: operations::detach_network_interface::DetachNetworkInterfaceRequest,
    ) -> ::yun_core::Call<'_, operations::detach_network_interface::DetachNetworkInterfaceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::detach_network_interface::OPERATION,
            &request,
        )
    }

    /// Calls `DisableActivation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ActivationId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `ActivationId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DisableActivation>
    pub fn disable_activation(
        &self,
        request: operations::disable_activation::DisableActivationRequest,
    ) -> ::yun_core::Call<'_, operations::disable_activation::DisableActivationResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::disable_activation::OPERATION,
            &request,
        )
    }

    /// Calls `EipFillParams` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `data`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/EipFillParams>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn eip_fill_params(
        &self,
        request: operations::eip_fill_params::EipFillParamsRequest,
    ) -> ::yun_core::Call<'_, operations::eip_fill_params::EipFillParamsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::eip_fill_params::OPERATION,
            &request,
        )
    }

    /// Calls `EipFillProduct` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `data`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/EipFillProduct>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn eip_fill_product(
        &self,
        request: operations::eip_fill_product::EipFillProductRequest,
    ) -> ::yun_core::Call<'_, operations::eip_fill_product::EipFillProductResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::eip_fill_product::OPERATION,
            &request,
        )
    }

    /// Calls `EipNotifyPaid` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `data`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/EipNotifyPaid>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn eip_notify_paid(
        &self,
        request: operations::eip_notify_paid::EipNotifyPaidRequest,
    ) -> ::yun_core::Call<'_, operations::eip_notify_paid::EipNotifyPaidResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::eip_notify_paid::OPERATION,
            &request,
        )
    }

    /// Calls `EnablePhysicalConnection` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PhysicalConnectionId`, `ClientToken`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.NotAllowedInState` (400), `INSTANCE.STATUS.NOT.ALLOW` (400), `InvalidPhysicalConnectionId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/EnablePhysicalConnection>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn enable_physical_connection(
        &self,
        request: operations::enable_physical_connection::EnablePhysicalConnectionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::enable_physical_connection::EnablePhysicalConnectionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::enable_physical_connection::OPERATION,
            &request,
        )
    }

    /// Calls `ExportImage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageId`, `OSSBucket`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ImageNotSupported` (400), `IncorrectImageStatus` (400), `InvalidImage.DiskAmountOrSize` (400), `InvalidImageFormat.Malformed` (400), `InvalidImageFormat.RegionNotSupported` (400), `InvalidImageName.Malformed` (400), `InvalidOSSBucket.NotFound` (400), `InvalidOSSBucket.NotMatched` (400), `InvalidOSSObject.NeedRestore` (400), `InvalidOSSPrefix.Malformed` (400), `InvalidRegion.NotSupport` (400), `InvalidRegionId.NotFound` (400), `MissingParameter` (400), `OperationDenied` (400), `ConcurrentQuotaExceed.ExportImage` (403), `ExportImageFailed` (403), `ImageIsExporting` (403), `ImageNotSupported` (403), `InvalidImageCategory.NotSupported` (403), `InvalidImageLicense.NotSupported` (403), `InvalidOSS.NotAuthorized` (403), `InvalidOSSBucket.EncryptUnsupported` (403), `NoSetRoletoECSServiceAcount` (403), `UserNotInTheWhiteList` (403), `WeeklyQuotaExceed.ExportImage` (403), `InvalidImageId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ExportImage>
    pub fn export_image(
        &self,
        request: operations::export_image::ExportImageRequest,
    ) -> ::yun_core::Call<'_, operations::export_image::ExportImageResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::export_image::OPERATION,
            &request,
        )
    }

    /// Calls `ExportSnapshot` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SnapshotId`, `RegionId`, `OssBucket`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `ExportSnapshotFailed` (403), `InvalidOSSBucket.NotFound` (403), `InvalidSnapshotId.NotFound` (403), `InvalidUser.NotInWhiteList` (403), `OSS_AUTHORIZED_FAILED` (403), `SNAPSHOT_CREATE_NOT_FINISHED` (403), `SNAPSHOT_IS_EXPORTING` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ExportSnapshot>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn export_snapshot(
        &self,
        request: operations::export_snapshot::ExportSnapshotRequest,
    ) -> ::yun_core::Call<'_, operations::export_snapshot::ExportSnapshotResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::export_snapshot::OPERATION,
            &request,
        )
    }

    /// Calls `GetInstanceConsoleOutput` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `MissingParameter` (400), `InvalidParameter` (404), `IncorrectInstanceStatus` (405), `NotSupported` (405), `Throttling` (429).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/GetInstanceConsoleOutput>
    pub fn get_instance_console_output(
        &self,
        request: operations::get_instance_console_output::GetInstanceConsoleOutputRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::get_instance_console_output::GetInstanceConsoleOutputResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::get_instance_console_output::OPERATION,
            &request,
        )
    }

    /// Calls `GetInstanceScreenshot` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `MissingParameter` (400), `InvalidParameter` (404), `IncorrectInstanceStatus` (405), `NotSupported` (405), `Throttling` (429).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/GetInstanceScreenshot>
    pub fn get_instance_screenshot(
        &self,
        request: operations::get_instance_screenshot::GetInstanceScreenshotRequest,
    ) -> ::yun_core::Call<'_, operations::get_instance_screenshot::GetInstanceScreenshotResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::get_instance_screenshot::OPERATION,
            &request,
        )
    }

    /// Calls `ImportImage` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidArchitecture.Malformed` (400), `InvalidBootMode.Malformed` (400), `InvalidBootMode.NotSupport` (400), `InvalidDataDiskSize` (400), `InvalidDescription.Malformed` (400), `InvalidImageFormat.Malformed` (400), `InvalidImageFormat.RegionNotSupported` (400), `InvalidImageName.Duplicated` (400), `InvalidImageName.Malformed` (400), `InvalidImageSize` (400), `InvalidLicenseType.BYOLOnly` (400), `InvalidLicenseType.NotSupported` (400), `InvalidOSSBucket.FlowLimit` (400), `InvalidOSSBucket.Malformed` (400), `InvalidOSSBucket.NotFound` (400), `InvalidOSSBucket.NotMatched` (400), `InvalidOSSObject.Malformed` (400), `InvalidOSSObject.NeedRestore` (400), `InvalidOSSObject.NotFound` (400), `InvalidOSSObject.Size` (400), `InvalidOSType.Malformed` (400), `InvalidParameter.DetectionStrategy` (400), `InvalidPlatform.Malformed` (400), `InvalidRegion.NotSupport` (400), `InvalidRegionId.NotFound` (400), `MissingParameter` (400), `UnsupportedSuffix.OSSObject` (400), `ImageCheckUnsupported.WindowsImage` (403), `ImageIsImporting` (403), `ImportImageFailed` (403), `InvalidAccountStatus.OSSDisabled` (403), `InvalidArchitecture.PlatformUnsupported` (403), `InvalidBlockSize.NotSupport` (403), `InvalidImageFormat.Malformed` (403), `InvalidOSS.NotAuthorized` (403), `InvalidOSSBucket.EncryptUnsupported` (403), `InvalidOperation.CloudBoxImageImportRoleRequired` (403), `InvalidOperation.CloudBoxImageImportUnsupported` (403), `InvalidParameter.Malformed` (403), `InvalidStorageLocation.NotFound` (403), `InvalidVHDImage.IncorrectSize` (403), `MissingParameter.DiskDeviceMapping` (403), `NoSetRoletoECSServiceAcount` (403), `QuotaExceed.Image` (403), `UserNotInTheWhiteList` (403), `InvalidResourceGroup.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ImportImage>
    pub fn import_image(
        &self,
        request: operations::import_image::ImportImageRequest,
    ) -> ::yun_core::Call<'_, operations::import_image::ImportImageResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::import_image::OPERATION,
            &request,
        )
    }

    /// Calls `ImportKeyPair` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `KeyPairName`, `PublicKeyBody`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidKeyPairName.Malformed` (400), `InvalidPublicKeyBody.Malformed` (400), `KeyPair.AlreadyExist` (400), `MissingParameter` (400), `QuotaExceed.KeyPair` (403), `InvalidResourceGroup.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ImportKeyPair>
    pub fn import_key_pair(
        &self,
        request: operations::import_key_pair::ImportKeyPairRequest,
    ) -> ::yun_core::Call<'_, operations::import_key_pair::ImportKeyPairResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::import_key_pair::OPERATION,
            &request,
        )
    }

    /// Calls `InstallCloudAssistant` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `MissingParam.InstanceId` (400), `RegionId.ApiNotSupported` (400), `InstanceIds.ExceedLimit` (403), `Operation.Forbidden` (403), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/InstallCloudAssistant>
    pub fn install_cloud_assistant(
        &self,
        request: operations::install_cloud_assistant::InstallCloudAssistantRequest,
    ) -> ::yun_core::Call<'_, operations::install_cloud_assistant::InstallCloudAssistantResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::install_cloud_assistant::OPERATION,
            &request,
        )
    }

    /// Calls `InvokeCommand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `CommandId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Duplicate.ResourceTagKey` (400), `InvalidClientToken.Malformed` (400), `InvalidContainerId.Malformed` (400), `InvalidContainerName.Malformed` (400), `InvalidInstance.NotMatch` (400), `InvalidParam.Frequency` (400), `InvalidParameter.Parameters` (400), `InvalidResourceTag.ConflictWithInstanceIds` (400), `InvalidResourceTag.InstanceNotFound` (400), `InvalidResourceTagKey.Malformed` (400), `InvalidResourceTagValue.Malformed` (400), `MissingParam.Frequency` (400), `MissingParam.InstanceId` (400), `MissingParameter.ResourceTagKey` (400), `NumberExceed.ResourceTags` (400), `Parameter.Disabled` (400), `Parameter.MissingValue` (400), `RegionId.ApiNotSupported` (400), `CmdContent.ExceedLimit` (403), `IdempotentParameterMismatch` (403), `IdempotentProcessing` (403), `InstanceIds.ExceedLimit` (403), `Invocation.ExceedQuota` (403), `Operation.Forbidden` (403), `Parameter.NotMatched` (403), `ParameterCount.ExceedLimit` (403), `ParameterKey.Duplicate` (403), `ParameterKey.ExceedLimit` (403), `ParameterStore.InvalidParameters` (403), `ParameterStore.NoPermission` (403), `ParameterStore.NotSupported` (403), `ParameterType.NotSupported` (403), `TemporaryAccessKey.Error` (403), `Username.ExceedLimit` (403), `WindowsPasswordName.ExceedLimit` (403), `WindowsPasswordName.Missed` (403), `InvalidCmdId.NotFound` (404), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidRepeatMode.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidTerminationMode.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/InvokeCommand>
    pub fn invoke_command(
        &self,
        request: operations::invoke_command::InvokeCommandRequest,
    ) -> ::yun_core::Call<'_, operations::invoke_command::InvokeCommandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::invoke_command::OPERATION,
            &request,
        )
    }

    /// Calls `JoinResourceGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `EntityExists.AssociatedTransferTasks` (400), `InvalidRegionId.ResourceGroup` (403), `InvalidResourceGroup.Duplicate` (403), `InvalidStatus.ResourceGroup` (403), `MissingParameter` (403), `InvalidResourceGroup.NotFound` (404), `InvalidResourceId.NotFound` (404), `InvalidResourceType.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/JoinResourceGroup>
    pub fn join_resource_group(
        &self,
        request: operations::join_resource_group::JoinResourceGroupRequest,
    ) -> ::yun_core::Call<'_, operations::join_resource_group::JoinResourceGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::join_resource_group::OPERATION,
            &request,
        )
    }

    /// Calls `JoinSecurityGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InstanceSecurityGroupLimitExceeded` (400), `InvalidInstanceId.Malformed` (400), `InvalidInstanceId.Mismatch` (400), `InvalidOperation.EniAndGroupNotBelongSameUser` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.MultiGroupType` (400), `InvalidOperation.NotSupportEnterpriseGroup` (400), `MissingParameter.RegionId` (400), `NotBelongUser` (400), `AclLimitExceed` (403), `Forbidden.InstanceIsBeingCreated` (403), `IncorrectInstanceStatus` (403), `InstanceLockedForSecurity` (403), `InstanceSecurityGroupLimitExceeded` (403), `InvalidInstanceId.AlreadyExists` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.NetworkInterfaceCountExceeded` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidOperation.VpcMismatch` (403), `InvalidParam.EniIdAndInstanceId.Conflict` (403), `InvalidParam.Malformed` (403), `SecurityGroupInstanceLimitExceeded` (403), `InvalidEniId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/JoinSecurityGroup>
    pub fn join_security_group(
        &self,
        request: operations::join_security_group::JoinSecurityGroupRequest,
    ) -> ::yun_core::Call<'_, operations::join_security_group::JoinSecurityGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::join_security_group::OPERATION,
            &request,
        )
    }

    /// Calls `LeaveSecurityGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidInstanceId.Malformed` (400), `InvalidOperation.InvalidEniState` (400), `InvalidSecurityGroupAssociation.NotFound` (400), `MissingParameter.RegionId` (400), `IncorrectInstanceStatus` (403), `InstanceLastSecurityGroup` (403), `InstanceLockedForSecurity` (403), `InstanceNotInSecurityGroup` (403), `InvalidOperation.AtLeastInOneGroup` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParam.EniIdAndInstanceId.Conflict` (403), `InvalidParam.Malformed` (403), `InvalidEniId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `RequestTimeout` (504).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/LeaveSecurityGroup>
    pub fn leave_security_group(
        &self,
        request: operations::leave_security_group::LeaveSecurityGroupRequest,
    ) -> ::yun_core::Call<'_, operations::leave_security_group::LeaveSecurityGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::leave_security_group::OPERATION,
            &request,
        )
    }

    /// Calls `ListPluginStatus` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `InstanceIds.ExceedLimit` (400), `InvalidParam.PageNumber` (400), `InvalidParam.PageSize` (400), `InvalidParameter.MaxResults` (400), `InvalidParameter.NextToken` (400), `PluginName.MissingValue` (400), `InvalidInstance.NotFound` (404), `InvalidPluginName.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ListPluginStatus>
    pub fn list_plugin_status(
        &self,
        request: operations::list_plugin_status::ListPluginStatusRequest,
    ) -> ::yun_core::Call<'_, operations::list_plugin_status::ListPluginStatusResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::list_plugin_status::OPERATION,
            &request,
        )
    }

    /// Calls `ListTagResources` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceType`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `Invalid.Scope` (400), `InvalidDefaultResourceGroup.NotSupported` (400), `InvalidTag.Mismatch` (400), `InvalidTag.NotSupported` (400), `InvalidTagCount` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidTags.MalFormed` (400), `NumberExceed.ResourceIds` (400), `NumberExceed.Tags` (400), `OperationDenied.QuotaExceed` (400), `BothEmpty.TagsAndResources` (403), `Invalid.NextToken` (403), `InvalidFilter.Malformed` (403), `InvalidResourceId.NotSupported` (403), `InvalidTagFilter.Malformed` (403), `NoPermission.Tag` (403), `NumberExceed.TagValues` (403), `PermissionDenied.Scope` (403), `PermissionDenied.TagOwnerBid` (403), `PermissionDenied.TagOwnerUid` (403), `PermissionDenied.TagsFuzzyQuery` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceId.NotFound` (404), `InvalidResourceType.NotFound` (404), `MissingParameter.RegionId` (404), `MissingParameter.ResourceIds` (404), `MissingParameter.ResourceType` (404), `MissingParameter.TagOwnerBid` (404), `MissingParameter.TagOwnerUid` (404), `MissingParameter.Tags` (404), `InternalError` (500), `ServiceUnavailable` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ListTagResources>
    pub fn list_tag_resources(
        &self,
        request: operations::list_tag_resources::ListTagResourcesRequest,
    ) -> ::yun_core::Call<'_, operations::list_tag_resources::ListTagResourcesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::list_tag_resources::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyAutoProvisioningGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidLaunchTemplateConfigs.SizeExceed` (400), `MissingParameter` (400), `NoPermission` (400), `OperationDenied` (400), `QuotaExceed.LaunchTemplateConfigs` (400), `AutoProvisioningGroup.IncorrectStatus` (403), `AutoProvisioningGroup.Unauthorized` (403), `Forbidden.RAM` (403), `InvalidName.Malformed` (403), `InvalidParameter.TargetCapacity` (403), `InvalidAutoProvisioningGroupId.NotFound` (404), `InvalidParameter.MaxPrice` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyAutoProvisioningGroup>
    pub fn modify_auto_provisioning_group(
        &self,
        request: operations::modify_auto_provisioning_group::ModifyAutoProvisioningGroupRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_auto_provisioning_group::ModifyAutoProvisioningGroupResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_auto_provisioning_group::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyAutoSnapshotPolicy` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `QuotaExceed.Snapshot` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyAutoSnapshotPolicy>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_auto_snapshot_policy(
        &self,
        request: operations::modify_auto_snapshot_policy::ModifyAutoSnapshotPolicyRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_auto_snapshot_policy::ModifyAutoSnapshotPolicyResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_auto_snapshot_policy::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyAutoSnapshotPolicyEx` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `regionId`, `autoSnapshotPolicyId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParam.EncryptedMismatch` (400), `InvalidParameter.Encrypted.KmsNotEnable` (400), `InvalidParameter.EncryptedIllegal` (400), `InvalidParameter.KMSKeyId.CMKNotEnabled` (400), `InvalidParameter.KmsNotEnabled` (400), `Abs.InvalidAction.RegionNotSupport` (403), `InvalidParameter.CopiedSnapshotsRetentionDays` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.TargetCopyRegions` (403), `ParameterInvalid` (403), `InvalidParameter.KMSKeyId.NotFound` (404), `ParameterInvalid` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyAutoSnapshotPolicyEx>
    pub fn modify_auto_snapshot_policy_ex(
        &self,
        request: operations::modify_auto_snapshot_policy_ex::ModifyAutoSnapshotPolicyExRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_auto_snapshot_policy_ex::ModifyAutoSnapshotPolicyExResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_auto_snapshot_policy_ex::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyBandwidthPackageSpec` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `BandwidthPackageId`, `Bandwidth`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.ChargeTypeIsPrepaid` (400), `IllegalParam.Bandwidth` (400), `MissingParam.Bandwidth` (400), `BandwidthPackage.FinancialLocked` (404), `InvalidBandwidth.ValueNotSupported` (404), `InvalidBandwidthPackageId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyBandwidthPackageSpec>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_bandwidth_package_spec(
        &self,
        request: operations::modify_bandwidth_package_spec::ModifyBandwidthPackageSpecRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_bandwidth_package_spec::ModifyBandwidthPackageSpecResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_bandwidth_package_spec::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyCapacityReservation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrivatePoolOptions.Id`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidDescription.ValueNotSupported` (400), `InvalidEndTime.ValueNotSupported` (400), `InvalidInstanceAmount.ValueNotSupported` (400), `InvalidStartTime.ValueNotSupported` (400), `InvalidUser.Unauthorized` (401), `IncorrectPrivatePoolStatus` (403), `InvalidInstanceAmount.ValueNotSupported` (403), `InvalidPlatform.ValueNotSupported` (403), `InvalidPrivatePoolOptions.Id` (403), `InvalidPrivatePoolOptionsName.ValueNotSupported` (403), `OperationDenied.EndTimeTypeNotSupported` (403), `OperationDenied.InstanceAmountNotSupported` (403), `OperationDenied.NoStock` (403), `OperationDenied.PlatformNotSupported` (403), `OperationDenied.StartTimeNotSupported` (403), `InvalidPrivatePoolId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyCapacityReservation>
    pub fn modify_capacity_reservation(
        &self,
        request: operations::modify_capacity_reservation::ModifyCapacityReservationRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_capacity_reservation::ModifyCapacityReservationResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_capacity_reservation::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyCloudAssistantSettings` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SettingType`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidAllowedUpgradeWindow.DurationTooShort` (400), `InvalidAllowedUpgradeWindow.Required` (400), `InvalidOssBucketName.InOtherRegion` (400), `InvalidParameter.AllowedUpgradeWindow` (400), `InvalidParameter.OssBucketName` (400), `InvalidParameter.OssEncryptionAlgorithm` (400), `InvalidParameter.OssEncryptionKeyId` (400), `InvalidParameter.OssEncryptionType` (400), `InvalidParameter.OssPrefix` (400), `InvalidParameter.SettingType` (400), `InvalidParameter.SlsLogstoreName` (400), `InvalidParameter.SlsProjectName` (400), `InvalidParameter.TimeZone` (400), `CreateServiceLinkedRole.NoPermission` (403), `InvalidAllowedUpgradeWindow.CountLimitExceeded` (403), `InvalidOperation.OssEncryptionUnsupported` (403), `InvalidOssBucketName.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidSlsLogstoreName.NotFound` (404), `InvalidSlsProjectName.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyCloudAssistantSettings>
    pub fn modify_cloud_assistant_settings(
        &self,
        request: operations::modify_cloud_assistant_settings::ModifyCloudAssistantSettingsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_cloud_assistant_settings::ModifyCloudAssistantSettingsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_cloud_assistant_settings::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyCommand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `CommandId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter.WorkingDir` (400), `RegionId.ApiNotSupported` (400), `CmdContent.ExceedLimit` (403), `CmdDesc.ExceedLimit` (403), `CmdName.ExceedLimit` (403), `CmdName.Readonly` (403), `InvalidParameterCharacter.CommandDescription` (403), `InvalidParameterCharacter.CommandName` (403), `InvalidParameterCharacter.CommandWorkingDir` (403), `Operation.Forbidden` (403), `InvalidCmdId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyCommand>
    pub fn modify_command(
        &self,
        request: operations::modify_command::ModifyCommandRequest,
    ) -> ::yun_core::Call<'_, operations::modify_command::ModifyCommandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_command::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDedicatedHostAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DedicatedHostId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidCpuOverCommitRatio.ValueNotSupported` (400), `InvalidDedicatedHostName.Malformed` (400), `InvalidDedicatedHostType.CpuOverCommitRatioNotSupported` (400), `InvalidDescription.Malformed` (400), `InvalidParameter.SlbUdpTimeout` (400), `InvalidParameter.UdpTimeout` (400), `InvalidUser.Unauthorized` (403), `InvalidDedicatedHostClusterId.ExceedMaxSize` (404), `InvalidDedicatedHostClusterId.NotFound` (404), `InvalidDedicatedHostClusterId.NotMatch` (404), `InvalidDedicatedHostId.NotFound` (404), `InvalidParameter.ActionOnMaintenance` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostAttribute>
    pub fn modify_dedicated_host_attribute(
        &self,
        request: operations::modify_dedicated_host_attribute::ModifyDedicatedHostAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_dedicated_host_attribute::ModifyDedicatedHostAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_dedicated_host_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDedicatedHostAutoReleaseTime` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DedicatedHostId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidAutoReleaseTime.Malformed` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `ChargeTypeViolation` (403), `NoSuchResource` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostAutoReleaseTime>
    pub fn modify_dedicated_host_auto_release_time(
        &self,
        request: operations::modify_dedicated_host_auto_release_time::ModifyDedicatedHostAutoReleaseTimeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_dedicated_host_auto_release_time::ModifyDedicatedHostAutoReleaseTimeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_dedicated_host_auto_release_time::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDedicatedHostAutoRenewAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedHostIds`, `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ChargeTypeViolation` (403), `IncorrectHostStatus` (403), `InvalidParameter.AutoRenewWithEcs` (403), `InvalidParameter.Duration` (403), `InvalidParameter.InvalidDedicatedHostId` (403), `InvalidParameter.RenewalStatus` (403), `InvalidParameter.ToManyDedicatedHostIds` (403), `InvalidPeriodUnit.ValueNotSupported` (403), `MissingParameter.DedicatedHostId` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostAutoRenewAttribute>
    pub fn modify_dedicated_host_auto_renew_attribute(
        &self,
        request: operations::modify_dedicated_host_auto_renew_attribute::ModifyDedicatedHostAutoRenewAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_dedicated_host_auto_renew_attribute::ModifyDedicatedHostAutoRenewAttributeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_dedicated_host_auto_renew_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDedicatedHostClusterAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DedicatedHostClusterId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidDedicatedHostName.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidUser.Unauthorized` (403), `InvalidDedicatedHostId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostClusterAttribute>
    pub fn modify_dedicated_host_cluster_attribute(
        &self,
        request: operations::modify_dedicated_host_cluster_attribute::ModifyDedicatedHostClusterAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_dedicated_host_cluster_attribute::ModifyDedicatedHostClusterAttributeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_dedicated_host_cluster_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDedicatedHostsChargeType` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedHostIds`, `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `ExpiredInstance` (400), `InstancesIdQuotaExceed` (400), `InvalidAccountStatus.PayAmountLimitExceeded` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidImageType.NotSupported` (400), `InvalidInstance.UnpaidOrder` (400), `InvalidInstanceChargeType.ValueNotSupported` (400), `InvalidParameter` (400), `InvalidParameter.InstanceIds` (400), `InvalidPeriod.ExceededDedicatedHost` (400), `InvalidPeriod.UnitMismatch` (400), `InvalidSpotStrategy` (400), `InvalidStatus.ValueNotSupported` (400), `InvalidSystemDiskCategory.ValueNotSupported` (400), `QuotaExceed.AfterpayInstance` (400), `QuotaExceed.RufundVcpu` (400), `ReleaseTimeHaveBeenSet` (400), `Throttling` (400), `Account.Arrearage` (403), `ImageNotSupportInstanceType` (403), `InstanceType.Offline` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAction` (403), `InvalidInstanceType.PhasedOut` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidOperation.NotSupport` (403), `InvalidParameter.NotMatch` (403), `InvalidPeriod.ExceededDedicatedHost` (403), `QuotaExceed.PostPaidDisk` (403), `RealNameAuthenticationError` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostsChargeType>
    pub fn modify_dedicated_hosts_charge_type(
        &self,
        request: operations::modify_dedicated_hosts_charge_type::ModifyDedicatedHostsChargeTypeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_dedicated_hosts_charge_type::ModifyDedicatedHostsChargeTypeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_dedicated_hosts_charge_type::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDemand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DemandId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidDemandName.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidInstanceType.NotSupportDemand` (400), `InvalidRegion.NotFound` (400), `InvalidTemporary.EndTime` (400), `InvalidTemporary.StartTime` (400), `MissingParamter.RegionId` (400), `Forbidden.RAM` (403), `InvalidDemandStatus.NotSupported` (403), `InvalidInstanceType.NotMatch` (403), `InvalidParameter` (403), `QuotaExceed.EcsDemand` (403), `404` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidInstanceType.NotFound` (404), `InvalidInstanceType.NotMatch` (404), `InvalidStatus.ValueNotSupported` (404), `InvalidZone.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDemand>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_demand(
        &self,
        request: operations::modify_demand::ModifyDemandRequest,
    ) -> ::yun_core::Call<'_, operations::modify_demand::ModifyDemandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_demand::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDeploymentSetAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DeploymentSetId`, `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidDeploymentSetId.NotFound` (400), `InvalidDeploymentSetName.Malformed` (400), `InvalidDescription.Malformed` (400), `MissingParameter` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDeploymentSetAttribute>
    pub fn modify_deployment_set_attribute(
        &self,
        request: operations::modify_deployment_set_attribute::ModifyDeploymentSetAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_deployment_set_attribute::ModifyDeploymentSetAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_deployment_set_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDiagnosticMetricSet` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `RegionId`, `MetricSetId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter.MetricIds` (400), `InvalidParameter.MetricSetId` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDiagnosticMetricSet>
    pub fn modify_diagnostic_metric_set(
        &self,
        request: operations::modify_diagnostic_metric_set::ModifyDiagnosticMetricSetRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_diagnostic_metric_set::ModifyDiagnosticMetricSetResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_diagnostic_metric_set::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDiskAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `BurstingEnabledForDiskCategoryUnsupported` (400), `BurstingEnabledForModifyingDiskUnsupported` (400), `BurstingEnabledForMultiAttachDiskUnsupported` (400), `IncompleteParamter` (400), `InvalidDiskName.Malformed` (400), `InvalidRegionId.MalFormed` (400), `MissingParameter.DiskIdOrDiskIds` (400), `NoAttributeToModify` (400), `ParameterConflict.DiskIdAndDiskIds` (400), `DeleteWithInstance.Conflict` (403), `DiskNotPortable` (403), `IncorrectDiskStatus` (403), `QuotaExceed.Snapshot` (403), `UserNotInTheWhiteList` (403), `InvalidDescription.Malformed` (404), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDiskAttribute>
    pub fn modify_disk_attribute(
        &self,
        request: operations::modify_disk_attribute::ModifyDiskAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_disk_attribute::ModifyDiskAttributeResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_disk_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDiskChargeType` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `RegionId`, `DiskIds`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Account.Arrearage` (400), `ChargeTypeViolation` (400), `DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER` (400), `Idempotence.SignatureMismatch` (400), `InstanceDowngrade.QuotaExceed` (400), `InvalidAction.WithActiveElasticUpgrade` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidDisk.DetachedSystemDisk` (400), `InvalidInstance.PurchaseNotFound` (400), `InvalidInstance.UnPaidOrder` (400), `InvalidInstanceId.NotFound` (400), `InvalidInstanceId.Released` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `LastOrderProcessing` (400), `MissingParameter.InstanceIdNotSupported` (400), `MissingParameter.RegionId` (400), `NoPermission.Price` (400), `NoPermission.Refund` (400), `OrderCreationFailed` (400), `Throttling` (400), `Forbidden` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidInstanceChargeType.NotFound` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidOperation.MultiAttachDisk` (403), `Throttling` (403), `InvalidAction.NotSupported` (404), `InvalidDataDiskSize.ValueNotSupported` (404), `InvalidDiskIds.NotFound` (404), `InvalidDiskIds.NotPortable` (404), `InvalidInstanceId.NOT_FOUND` (404), `InvalidInstanceStatus.NotSupported` (404), `InvalidRamRole.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidZoneId.NotFound` (404), `PaymentMethodNotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDiskChargeType>
    pub fn modify_disk_charge_type(
        &self,
        request: operations::modify_disk_charge_type::ModifyDiskChargeTypeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_disk_charge_type::ModifyDiskChargeTypeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_disk_charge_type::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDiskSpec` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DiskId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `IncorrectDiskStatus.InReplication` (400), `IncorrectDiskStatus.ReplicationStatusNotFound` (400), `InvalidDiskCategory.ValueNotSupported` (400), `InvalidOperation.InstanceRenewWithDowngradeInPlan` (400), `InvalidParameter.Conflict` (400), `InvalidPerformanceControlOptions.ModifyOperationUnsupported` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidPerformanceLevelParam.Mismatch` (400), `InvalidProvisionedIops.LimitExceed` (400), `MalformedParameter.PerformanceControlOptions` (400), `NoPermission.Price` (400), `NoPermission.Refund` (400), `OperationDenied.DiskInDedicatedBlockStorageCluster` (400), `ProvisionedIopsForDiskCategoryUnsupported` (400), `QuotaExceed.DiskCapacity` (400), `DiskCreatingSnapshot` (403), `DiskHasFlashSnapshot` (403), `DiskInArrears` (403), `DiskInCoolingPeriod` (403), `Downgrade.NotSupported` (403), `IncorrectDiskStatus` (403), `InstanceExpiredOrInArrears` (403), `InvalidDiskCategory.NotSupported` (403), `InvalidDiskCategory.ValueNotSupported` (403), `InvalidInstanceType.NotSupportDiskCategory` (403), `InvalidOperation.MultiAttachDisk` (403), `InvalidPerformanceLevel.TooLow` (403), `InvalidPerformanceParameter.DiskNotInDedicatedStorageCluster` (403), `InvalidRegion.NotSupport` (403), `InvalidStatus.DiskNotReady` (403), `InvalidStatus.DiskUnderPerformanceControl` (403), `ModifyingDiskCategoryLimitExceed` (403), `NoChangeInDiskCategoryAndPerformanceLevel` (403), `OperationDenied` (403), `OperationDenied.DiskExpansionUnfinished` (403), `OperationDenied.NoStock` (403), `OperationDenied.PerformanceLevelNotMatch` (403), `UserNotInTheWhiteList` (403), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDiskSpec>
    pub fn modify_disk_spec(
        &self,
        request: operations::modify_disk_spec::ModifyDiskSpecRequest,
    ) -> ::yun_core::Call<'_, operations::modify_disk_spec::ModifyDiskSpecResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_disk_spec::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyEipAddressAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `AllocationId`, `Bandwidth`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `COMMODITY.INVALID_COMPONENT` (400), `Forbidden.ChargeTypeIsPrepaid` (400), `IncorrectEipStatus` (400), `IncorrectStatus.ResourceStatus` (400), `InsufficientBalance.Eip` (400), `InvalidBandwidth.OutOfMaxTrafficBindedOnNatgw` (400), `InvalidDescription.Malformed` (400), `InvalidEIPStatus.BizDisabled` (400), `InvalidEipAddressName.Malformed` (400), `InvalidParam` (400), `InvalidParameter` (400), `OperationFailed.CompleteUserInfo` (400), `OperationFailed.ConcurrentRequest` (400), `OperationFailed.SaleValidate` (400), `OperationFailed.SyncOrderToSub` (400), `QuotaExceeded.LargeSpecEip` (400), `ResourceQueryError` (400), `Forbidden.InCommonBandwidthPackage` (404), `InvalidAllocationId.NotFound` (404), `InternalError` (500), `SYSTEM.UNKNOWN.ERROR` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyEipAddressAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_eip_address_attribute(
        &self,
        request: operations::modify_eip_address_attribute::ModifyEipAddressAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_eip_address_attribute::ModifyEipAddressAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_eip_address_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyElasticityAssurance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrivatePoolOptions.Id`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidDescription.ValueNotSupported` (400), `InvalidEndTime.ValueNotSupported` (400), `InvalidInstanceAmount.ValueNotSupported` (400), `InvalidStartTime.ValueNotSupported` (400), `InvalidUser.Unauthorized` (401), `IncorrectPrivatePoolStatus` (403), `InvalidInstanceAmount.ValueNotSupported` (403), `InvalidPlatform.ValueNotSupported` (403), `InvalidPrivatePoolOptions.Id` (403), `InvalidPrivatePoolOptionsName.ValueNotSupported` (403), `OperationDenied.EndTimeTypeNotSupported` (403), `OperationDenied.InstanceAmountNotSupported` (403), `OperationDenied.NoStock` (403), `OperationDenied.PlatformNotSupported` (403), `OperationDenied.StartTimeNotSupported` (403), `InvalidPrivatePoolId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyElasticityAssurance>
    pub fn modify_elasticity_assurance(
        &self,
        request: operations::modify_elasticity_assurance::ModifyElasticityAssuranceRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_elasticity_assurance::ModifyElasticityAssuranceResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_elasticity_assurance::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyForwardEntry` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ForwardTableId`, `ForwardEntryId`, `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.DestnationIpOutOfVpcCIDR` (400), `ForwardEntry.Duplicated` (400), `IllegalParam.AnyPortNotZero` (400), `IncorretForwardEntryStatus` (400), `IncorretStatus.ForwardEntry` (400), `InvalidExternalIp.Malformed` (400), `InvalidExternalPort.Malformed` (400), `InvalidInternalIp.Malformed` (400), `InvalidInternalPort.Malformed` (400), `InvalidIp.NotFound` (400), `InvalidProtocal.ValueNotSupported` (400), `QuotaExceeded` (400), `InvalidExternalIp.NotFound` (404), `InvalidForwardEntryId.NotFound` (404), `InvalidForwardTableId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyForwardEntry>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_forward_entry(
        &self,
        request: operations::modify_forward_entry::ModifyForwardEntryRequest,
    ) -> ::yun_core::Call<'_, operations::modify_forward_entry::ModifyForwardEntryResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_forward_entry::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyHaVipAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `HaVipId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IncorrectStatus` (400), `InvalidDescription.Malformed` (400), `InvalidHaVipId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyHaVipAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_ha_vip_attribute(
        &self,
        request: operations::modify_ha_vip_attribute::ModifyHaVipAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_ha_vip_attribute::ModifyHaVipAttributeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_ha_vip_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyHpcClusterAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `HpcClusterId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `HPC_CLUSTER_MODIFY_FAILED` (400), `HpcClusterNotExists` (400), `Invalid.Parameter` (400), `InvalidHpcClusterDescription.Malformed` (400), `InvalidHpcClusterName.Malformed` (400), `InvalidModifyInfo` (400), `InvalidRegionId.NotFound` (400), `MissingParameter` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyHpcClusterAttribute>
    pub fn modify_hpc_cluster_attribute(
        &self,
        request: operations::modify_hpc_cluster_attribute::ModifyHpcClusterAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_hpc_cluster_attribute::ModifyHpcClusterAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_hpc_cluster_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyImageAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ImageFamilyQuotaFull` (400), `ImageQuotaFull.ImageFamily` (400), `InvalidBootMode.NotSupport` (400), `InvalidDescription.Malformed` (400), `InvalidImageFamily.Malformed` (400), `InvalidImageName.Duplicated` (400), `InvalidImageName.Malformed` (400), `InvalidLicenseType.NotSupported` (400), `MissingParameter` (400), `ImageStatus.NotAvailable` (403), `ImageStatus.NotDeprecated` (403), `ImageUseShared` (403), `OperationDeined.ImageUsingByInstance` (403), `InvalidImageId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyImageAttribute>
    pub fn modify_image_attribute(
        &self,
        request: operations::modify_image_attribute::ModifyImageAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_image_attribute::ModifyImageAttributeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_image_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyImageShareGroupPermission` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbbiden` (400), `MissingParameter` (400), `InvalidGroup.Malformed` (404), `InvalidImageId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyImageShareGroupPermission>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_image_share_group_permission(
        &self,
        request: operations::modify_image_share_group_permission::ModifyImageShareGroupPermissionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_image_share_group_permission::ModifyImageShareGroupPermissionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_image_share_group_permission::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyImageSharePermission` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ForbiddenParameter.LaunchPermission` (400), `InvalidGroup.Malformed` (400), `InvalidParameter.LaunchPermission` (400), `MissingParameter` (400), `UnnecessaryParameter.LaunchPermission` (400), `AssumeRoleError` (403), `CurrentRegion.NotSupportPublicImage` (403), `Image.NotPublic` (403), `Image.Public` (403), `ImageDescription.ContainsSensitiveWords` (403), `ImageName.ContainsSensitiveWords` (403), `InvalidImageId.BidMismatch` (403), `InvalidParameter.IsPublic` (403), `OperationDeined.EncryptedSnapshot` (403), `OperationDeined.FullImage` (403), `OperationDenied.InvalidImageStatus` (403), `PublicImageAgreement.NotSigned` (403), `QuotaExceed.ShareImage` (403), `QuotaExceed.ShareImageUser` (403), `InvalidAccount.Forbbiden` (404), `InvalidAccount.NotFound` (404), `InvalidImageId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyImageSharePermission>
    pub fn modify_image_share_permission(
        &self,
        request: operations::modify_image_share_permission::ModifyImageSharePermissionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_image_share_permission::ModifyImageSharePermissionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_image_share_permission::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceAttachmentAttributes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`, `PrivatePoolOptions.MatchCriteria`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.NoStock` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidInstanceId.MalFormed` (400), `InvalidPlatform.ValueNotSupported` (400), `InvalidResourcePackage.BizStatus` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.InstanceId` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `InternalError` (500), `InvalidRegionId.NotFound` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAttachmentAttributes>
    pub fn modify_instance_attachment_attributes(
        &self,
        request: operations::modify_instance_attachment_attributes::ModifyInstanceAttachmentAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_attachment_attributes::ModifyInstanceAttachmentAttributesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_attachment_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ChargeTypeViolation` (400), `ImageNotSupportCloudInit` (400), `InstanceType.ValueNotSupported` (400), `InvalidAdditionalInfoPvdConfig.SizeExceeded` (400), `InvalidDescription.Malformed` (400), `InvalidHostName.Malformed` (400), `InvalidHostPassword.Malformed` (400), `InvalidInstanceName.Malformed` (400), `InvalidInstanceStatus.CreditSpecRestricted` (400), `InvalidInstanceStatus.NotRunning` (400), `InvalidInstanceType.NotSupportCpuOptionsTopologyType` (400), `InvalidNetworkType.NotSupported` (400), `InvalidOperation.EniCountExceeded` (400), `InvalidOperation.InstanceStatusNotSupport` (400), `InvalidOperation.InstanceStatusUnsupported` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidParam.NotSupportJumboFrame` (400), `InvalidParameter` (400), `InvalidParameter.CpuOptionsTopologyType` (400), `InvalidParameter.CreditSpecification` (400), `InvalidParameter.RecycleBin` (400), `InvalidPassword.Malformed` (400), `InvalidRemoteConnectionOptions.Password` (400), `InvalidRemoteConnectionOptions.Type` (400), `InvalidUserData.NotSupported` (400), `InvalidUserData.SizeExceeded` (400), `JoinedGroupLimitExceed` (400), `OSType.ValueNotSupported` (400), `EnterpriseGroupLimited.MutliGroupType` (403), `IncorrectInstanceStatus` (403), `InstanceLockedForSecurity` (403), `InstanceNotInSecurityGroup` (403), `InvalidChargeType.ValueNotSupported` (403), `InvalidOperation.EniQueuePairNumberOverflow` (403), `InvalidOperation.ExceedInstanceTypeQueueNumber` (403), `InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode` (403), `InvalidOperation.InvalidRegion` (403), `InvalidOperation.MaxEniQueueNumberExceeded` (403), `InvalidOperation.MaxEniQueuePairNumberExceed` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParameter.InvalidEniQueueNumber` (403), `InvalidParameter.InvalidQueuePairNumber` (403), `InvalidUser.Unauthorized` (403), `InvalidUserData.Base64FormatInvalid` (403), `InvalidUserData.Forbidden` (403), `OperationDenied` (403), `SecurityGroupInstanceLimitExceed` (403), `Credit.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidInstanceStatus.NeedRestart` (404), `InvalidParameter.SecurityGroupIdRepeated` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidSecurityGroupType.NotSupportClassic` (404), `InvalidSecurityGroupVpc.NotBelongToOneVpc` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAttribute>
    pub fn modify_instance_attribute(
        &self,
        request: operations::modify_instance_attribute::ModifyInstanceAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_instance_attribute::ModifyInstanceAttributeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceAutoReleaseTime` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidAutoReleaseTime.Malformed` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `ChargeTypeViolation` (403), `NoSuchResource` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAutoReleaseTime>
    pub fn modify_instance_auto_release_time(
        &self,
        request: operations::modify_instance_auto_release_time::ModifyInstanceAutoReleaseTimeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_auto_release_time::ModifyInstanceAutoReleaseTimeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_auto_release_time::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceAutoRenewAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `OperationDenied.StarterPackage` (400), `ChargeTypeViolation` (403), `IncorrectInstanceStatus` (403), `InvalidParameter.Duration` (403), `InvalidParameter.InvalidInstanceId` (403), `InvalidParameter.RenewalStatus` (403), `InvalidParameter.ToManyInstanceIds` (403), `InvalidPeriod.StarterPackage` (403), `InvalidPeriodUnit.ValueNotSupported` (403), `MissingParameter.InstanceId` (403), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAutoRenewAttribute>
    pub fn modify_instance_auto_renew_attribute(
        &self,
        request: operations::modify_instance_auto_renew_attribute::ModifyInstanceAutoRenewAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_auto_renew_attribute::ModifyInstanceAutoRenewAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_auto_renew_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceChargeType` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `AccountForbidden.ProductCreationLimited` (400), `DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER` (400), `ExpiredInstance` (400), `InstanceHasProcessingConvertOrder` (400), `InstancesIdQuotaExceed` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `InvalidAccountStatus.PayAmountLimitExceeded` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidImageType.NotSupported` (400), `InvalidInstance.NotFoundSystemDisk` (400), `InvalidInstance.UnpaidOrder` (400), `InvalidInstanceChargeType.ValueNotSupported` (400), `InvalidInternetChargeType.ValueNotSupported` (400), `InvalidMarketImageChargeType.NotSupport` (400), `InvalidParameter` (400), `InvalidParameter.Bandwidth` (400), `InvalidParameter.InstanceIds` (400), `InvalidPeriod` (400), `InvalidPeriod.ExceededDedicatedHost` (400), `InvalidPeriod.UnitMismatch` (400), `InvalidSpotStrategy` (400), `InvalidStatus.ValueNotSupported` (400), `InvalidSystemDiskCategory.ValueNotSupported` (400), `NoPermission.Price` (400), `NoPermission.Refund` (400), `QuotaExceed.AfterpayInstance` (400), `QuotaExceed.RufundVcpu` (400), `ReleaseTimeHaveBeenSet` (400), `Throttling` (400), `Account.Arrearage` (403), `ImageNotSupportInstanceType` (403), `InstanceType.Offline` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAction` (403), `InvalidInstance.TempBandwidthUpgrade` (403), `InvalidInstanceType.PhasedOut` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidOperation.NotSupport` (403), `InvalidParameter.NotMatch` (403), `InvalidPeriod.ExceededDedicatedHost` (403), `PeriodNotSupported.InstanceOnManagedPrivateSpace` (403), `QuotaExceed.ElasticQuota` (403), `QuotaExceed.PostPaidDisk` (403), `RealNameAuthenticationError` (403), `UnsupportedIspChargeType` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500), `InvalidInstanceType.ValueUnauthorized` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceChargeType>
    pub fn modify_instance_charge_type(
        &self,
        request: operations::modify_instance_charge_type::ModifyInstanceChargeTypeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_charge_type::ModifyInstanceChargeTypeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_charge_type::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceDeployment` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ChargeTypeViolation.PostPaidDedicatedHost` (400), `InvalidDedicatedHost.NotEnoughResource` (400), `InvalidDedicatedHostClusterId.Invalid` (400), `InvalidDedicatedHostClusterId.NotFound` (400), `InvalidDedicatedHostId.NotFound` (400), `InvalidDedicatedHostStatus.NotSupport` (400), `InvalidDestinationZone.DeploymentSetMismatch` (400), `InvalidInstanceType.NotSupport` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidParam.DedicatedHostId` (400), `InvalidParam.InstanceId` (400), `InvalidParam.Tenancy` (400), `InvalidParameter.Affinity` (400), `InvalidParameter.Param` (400), `InvalidParameter.Tenancy` (400), `InvalidPeriod.ExceededDedicatedHost` (400), `NoAvaliableDedicatedHost` (400), `OperationDenied.CannotPerform` (400), `OperationDenied.InvalidInstance` (400), `OperationDenied.LocalDiskInstance` (400), `OperationDenied.NotSupport` (400), `OperationDenied.UnstoppedInstance` (400), `IncorrectInstanceStatus` (403), `InvalidDeploymentSetId.NoAvailableResources` (403), `OperationDenied.NoStock` (403), `InvalidDedicatedHost.NotFound` (404), `InvalidDedicatedHost.ZoneNotMatch` (404), `InvalidDedicatedHostId.NotFound` (404), `InvalidDedicatedHostId.NotSupport` (404), `InvalidDeploymentSetId.NotFound` (404), `InvalidInstanceChargeType.NotSupport` (404), `InvalidInstanceId.NotFound` (404), `InvalidInstanceNetworkType.NotSupport` (404), `InvalidInstanceType.NotSupport` (404), `InvalidOperation.NotSupport` (404), `InvalidParam.DedicatedHostId` (404), `InvalidParameter.DeploymentSetGroupNo` (404), `OperationDenied.UnstoppedInstance` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceDeployment>
    pub fn modify_instance_deployment(
        &self,
        request: operations::modify_instance_deployment::ModifyInstanceDeploymentRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_deployment::ModifyInstanceDeploymentResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_deployment::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceMaintenanceAttributes` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter` (403), `OperationDenied.NotInWhiteList` (403), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceMaintenanceAttributes>
    pub fn modify_instance_maintenance_attributes(
        &self,
        request: operations::modify_instance_maintenance_attributes::ModifyInstanceMaintenanceAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_maintenance_attributes::ModifyInstanceMaintenanceAttributesResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_maintenance_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceMetadataOptions` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `HttpEndpoint`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidHttpEndpoint.NotSupported` (400), `InvalidHttpPutResponseHopLimit.NotSupported` (400), `InvalidHttpTokens.NotSupported` (400), `InvalidInstanceMetadataTags.NotSupported` (400), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceMetadataOptions>
    pub fn modify_instance_metadata_options(
        &self,
        request: operations::modify_instance_metadata_options::ModifyInstanceMetadataOptionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_metadata_options::ModifyInstanceMetadataOptionsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_metadata_options::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceNetworkSpec` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Account.Arrearage` (400), `BandwidthUpgradeDenied.EipBoundInstance` (400), `ChargeTypeViolation` (400), `DecreasedBandwidthNotAllowed` (400), `InstanceDowngrade.QuotaExceed` (400), `InvalidAction` (400), `InvalidAction.WithActiveElasticUpgrade` (400), `InvalidBandwidth.ValueNotSupported` (400), `InvalidBandwidthOut.LessThanZero` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidEndTime.BeyondLifeCycle` (400), `InvalidEndTime.ValueNotSupported` (400), `InvalidInstance.UnPaidOrder` (400), `InvalidInstanceStatus` (400), `InvalidInstanceStatus.NotStopped` (400), `InvalidInternetChargeType.ValueNotSupported` (400), `InvalidInternetMaxBandwidthIn.ValueNotSupported` (400), `InvalidInternetMaxBandwidthOut.ValueNotSupported` (400), `InvalidOperation.InstanceStatusUnsupported` (400), `InvalidParam.AllocatePublicIp` (400), `InvalidParameter.Bandwidth` (400), `InvalidParameter.BandwidthBiggerThanBaseBandwidth` (400), `InvalidParameter.CloudboxNotSupported` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.DedicatedRegionNotSupported` (400), `InvalidPayMethod.SyncPaymentNotSupport` (400), `InvalidStartTime.BeyondLifeCycle` (400), `InvalidStartTime.ValueNotSupported` (400), `IpAllocationError` (400), `LastOrderProcessing` (400), `LastRequestProcessing` (400), `NoPermission.Price` (400), `NoPermission.Refund` (400), `OperationDenied` (400), `Throttling` (400), `BandIncreaseNotSupportIsp` (403), `ChargeTypeViolation` (403), `IncorrectInstanceStatus` (403), `InstanceDowngrade.QuotaExceed` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidInstance.EipNotSupport` (403), `InvalidInstance.InstanceNotSupported` (403), `InvalidInstance.NatPortMapNotSupport` (403), `InvalidInstance.UnPaidOrder` (403), `InvalidInstanceChargeType.ValueNotSupported` (403), `InvalidInstanceStatus` (403), `InvalidIspBandwidthOut` (403), `InvalidIspType.ValueNotSupported` (403), `InvalidIspUID` (403), `InvalidNetworkType.ValueNotSupported` (403), `InvalidOperation.PublicIpAddressNoStock` (403), `InvalidOperation.StarterPackage` (403), `Mayi.InternalError` (403), `NAT_PUBLIC_IP_BINDING_FAILED` (403), `OperationDenied` (403), `OperationDenied.ImageNotValid` (403), `OperationDenied.UnpaidOrder` (403), `SecurityRisk.3DVerification` (403), `Throttling` (403), `UnsupportedChangeIsp` (403), `UnsupportedIspChargeType` (403), `UnsupportedIspClassicNetwork` (403), `UnsupportedIspNetworkChargeType` (403), `UnsupportedIspRegion` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceNetworkSpec>
    pub fn modify_instance_network_spec(
        &self,
        request: operations::modify_instance_network_spec::ModifyInstanceNetworkSpecRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_network_spec::ModifyInstanceNetworkSpecResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_network_spec::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceSpec` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Account.Arrearage` (400), `BandwidthUpgradeDenied.EipBoundInstance` (400), `DependencyViolation.InstanceType` (400), `Downgrade.NotSupported` (400), `IdempotenceParamNotMatch` (400), `InstanceTypeNotSupported.TooManyDisksAttached` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `InvalidAction` (400), `InvalidAction.NotSupport` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidDiskCategory.NotSupported` (400), `InvalidInstanceStatus.NotStopped` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidInternetChargeType.ValueNotSupported` (400), `InvalidMarketImageStatus.NotSupported` (400), `InvalidOperation.OnlineModificationUnsupported` (400), `InvalidOperation.VpcHasEnabledAdvancedNetworkFeature` (400), `InvalidParam.Async` (400), `InvalidParam.SystemDiskCategory` (400), `InvalidParameter` (400), `InvalidParameter.AllowMigrateAcrossZone` (400), `InvalidParameter.Bandwidth` (400), `InvalidParameter.CloudboxNotSupported` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.DedicatedRegionNotSupported` (400), `InvalidParameter.DiskCategory` (400), `InvalidParameter.Mismatch` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidTemporary.EndTime` (400), `InvalidTemporary.StartTime` (400), `MissingParameter.DiskCategory` (400), `NoPermission.Price` (400), `Price.PricePlanResultNotFound` (400), `QuotaExceed.DiskCapacity` (400), `Throttling` (400), `CategoryViolation` (403), `ChargeTypeViolation` (403), `HibernationConfigured.InstanceOperationForbidden` (403), `ImageNotSupportInstanceType` (403), `InstanceLockedForSecurity` (403), `InstanceSpecModification.NotEffective` (403), `InstanceType.Offline` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidInstance.EipNotSupport` (403), `InvalidInstance.NatPortMapNotSupport` (403), `InvalidInstance.NotFoundSystemDisk` (403), `InvalidInstance.UnpaidOrder` (403), `InvalidInstanceType.NotSupportDiskCategory` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidOperation.EipNotSupport` (403), `InvalidOperation.EniCountExceeded` (403), `InvalidOperation.EniQueuePairNumberOverflow` (403), `InvalidOperation.ExceedInstanceTypeQueueNumber` (403), `InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded` (403), `InvalidOperation.InstanceTypeNotSupportEniTrunking` (403), `InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode` (403), `InvalidOperation.InstanceWithEipNotSupport` (403), `InvalidOperation.Ipv4CountExceeded` (403), `InvalidOperation.Ipv4NotSupport` (403), `InvalidOperation.Ipv6CountExceeded` (403), `InvalidOperation.Ipv6NotSupport` (403), `InvalidOperation.MaxEniQueueNumberExceeded` (403), `InvalidOperation.MaxEniQueuePairNumberExceed` (403), `InvalidOperation.MaxModifyOnlineNumberExceeded` (403), `InvalidOperation.NotAllowed` (403), `InvalidOperation.OSTypeNotSupported` (403), `InvalidOperation.RebootingRequired` (403), `InvalidOperation.StarterPackage` (403), `InvalidParameter.InternetMaxBandwidthOut` (403), `InvalidParameter.InvalidEniQueueNumber` (403), `InvalidParameter.NotMatch` (403), `InvalidResourceType.NotSupported` (403), `InvalidStatus.ValueNotSupported` (403), `InvalidSystemDiskCategory.ValueNotSupported` (403), `LastTokenProcessing` (403), `OperationDenied` (403), `OperationDenied.NoStock` (403), `OperationDenied.UnpaidOrder` (403), `QuotaExceed.ElasticQuota` (403), `SecurityRisk.3DVerification` (403), `InvalidInstanceChargeType.NotFound` (404), `InvalidInstanceId.NotFound` (404), `MissingTemporary.EndTime` (404), `MissingTemporary.StartTime` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceSpec>
    pub fn modify_instance_spec(
        &self,
        request: operations::modify_instance_spec::ModifyInstanceSpecRequest,
    ) -> ::yun_core::Call<'_, operations::modify_instance_spec::ModifyInstanceSpecResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_spec::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceVncPasswd` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `RegionId`, `VncPassword`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `IncorrectVncPassword.Malformed` (400), `IncorrectInstanceStatus` (403), `InstanceNotReady` (403), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `NoSuchResource` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceVncPasswd>
    pub fn modify_instance_vnc_passwd(
        &self,
        request: operations::modify_instance_vnc_passwd::ModifyInstanceVncPasswdRequest,
    ) -> ::yun_core::Call<'_, operations::modify_instance_vnc_passwd::ModifyInstanceVncPasswdResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_vnc_passwd::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceVpcAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `VSwitchId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `IncorrectInstanceStatus` (400), `IncorrectVSwitchStatus` (400), `InvalidOperation.EniCountExceeded` (400), `InvalidParameter.SecurityGroupId` (400), `InvalidPrivateIp.Changing` (400), `InvalidPrivateIpAddress.Duplicated` (400), `InvalidPrivateIpAddress.Malformed` (400), `InvalidPrivateIpAddress.Mismatch` (400), `InvalidSource.TrafficMirrorSession` (400), `InvalidTarget.TrafficMirrorSession` (400), `InvalidVSwitchId.Mismatch` (400), `OperationDenied` (400), `PrimaryEniHasSubIp` (400), `VSwitchIdNotMatch` (400), `InvalidOperation.SecurityGroupNotAuthorized` (401), `InvalidInstance.HasTransitionRecord` (403), `InvalidInstanceStatus.NotNormal` (403), `InvalidIp.Ipv6Assigned` (403), `InvalidOperation.CloudBoxEcsNotSupport` (403), `InvalidOperation.NotAllowed` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidOperation.VswAndEcsAvailabilityZoneMismatch` (403), `InvalidParameter.ToSecurityGroupId` (403), `InvalidVpcId.SharedVpc` (403), `OperationDenied` (403), `SecurityGroupInstanceLimitExceed` (403), `EnterpriseGroupLimited.MutliGroupType` (404), `InvalidDependence.BeenUsedAsAppServer` (404), `InvalidDependence.BindGA` (404), `InvalidDependence.GrantAccess` (404), `InvalidDependence.HaVip` (404), `InvalidDependence.MutliDirectlyEip` (404), `InvalidDependence.NextHopOfCustomRouter` (404), `InvalidDependence.SLB` (404), `InvalidInstance.AttachedEni` (404), `InvalidInstanceId.NotFound` (404), `InvalidIp.Ipv6` (404), `InvalidIp.MultiPrimaryIp` (404), `InvalidParameter.AlreadyInTargetVpc` (404), `InvalidParameter.EniNo` (404), `InvalidParameter.InvalidInstanceId` (404), `InvalidParameter.MustBeEmpty` (404), `InvalidParameter.NotEnoughIpInVSwitch` (404), `InvalidParameter.SecurityGroupId` (404), `InvalidParameter.SecurityGroupIdRepeated` (404), `InvalidParameter.VSwitchId` (404), `InvalidRegion.ValueNotSupported` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidSecurityGroupType.NotSupportClassic` (404), `InvalidSecurityGroupVpc.NotBelongToOneVpc` (404), `InvalidVSwitch.NotBelongToVpc` (404), `InvalidVSwitchId.NotFound` (404), `JoinedGroupLimitExceed` (404), `NoSuchResource` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceVpcAttribute>
    pub fn modify_instance_vpc_attribute(
        &self,
        request: operations::modify_instance_vpc_attribute::ModifyInstanceVpcAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instance_vpc_attribute::ModifyInstanceVpcAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_instance_vpc_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInvocationAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InvokeId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidCommandContent.DecodeError` (400), `InvalidParameter.Frequency` (400), `InvalidParameters.KeyDuplicate` (400), `InvalidParameters.KeyEmpty` (400), `InvalidParameters.KeyMalformed` (400), `InvalidParameters.KeyNotMatch` (400), `CommandLimitExceeded` (403), `InvalidCommandContent.LengthLimitExceeded` (403), `InvalidInstanceId.CountLimitExceeded` (403), `InvalidInstanceId.OSTypeUnsupported` (403), `InvalidOperation.CloudAssistantVersionUnsupported` (403), `InvalidOperation.InvokeAlreadyFinished` (403), `InvalidOperation.ModifyPublicCommandUnsupported` (403), `InvalidOperation.RepeatModeUnsupported` (403), `InvalidParameters.CountLimitExceeded` (403), `InvalidParameters.KeyLengthLimitExceeded` (403), `InvalidParameters.ValueTypeUnsupported` (403), `InvalidInstanceId.NotFound` (404), `InvalidInvokeId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInvocationAttribute>
    pub fn modify_invocation_attribute(
        &self,
        request: operations::modify_invocation_attribute::ModifyInvocationAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_invocation_attribute::ModifyInvocationAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_invocation_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyLaunchTemplateDefaultVersion` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DefaultVersionNumber`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter` (400), `InvalidRegion.NotExist` (400), `MissingParameter` (400), `InnerServiceFailed` (403), `InvalidLaunchTemplate.NotFound` (404), `InvalidLaunchTemplateVersion.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyLaunchTemplateDefaultVersion>
    pub fn modify_launch_template_default_version(
        &self,
        request: operations::modify_launch_template_default_version::ModifyLaunchTemplateDefaultVersionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_launch_template_default_version::ModifyLaunchTemplateDefaultVersionResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_launch_template_default_version::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyManagedInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`, `InstanceName`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InstanceName.ExceedLimit` (400), `InstanceName.InvalidPattern` (400), `RegionId.ApiNotSupported` (400), `Operation.Forbidden` (403), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyManagedInstance>
    pub fn modify_managed_instance(
        &self,
        request: operations::modify_managed_instance::ModifyManagedInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::modify_managed_instance::ModifyManagedInstanceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_managed_instance::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyNetworkInterfaceAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `InvalidConnectionTrackingConfiguration.RegionOrUserNotSupported` (400), `InvalidEniQueueSize.RegionOrUserNotSupported` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.EniQueuePairNumberOverflow` (400), `InvalidOperation.EniTrafficModeNotSupportIPv6` (400), `InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded` (400), `InvalidOperation.InstanceTypeNotSupportHighPerformance` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidOperation.MaxEniQueuePairNumberExceed` (400), `InvalidOperation.NotSupportModifyQueueNumber` (400), `InvalidParameter` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.EniConnectionTrackingConfiguration` (400), `InvalidParameter.EniQueueSize` (400), `InvalidParameter.EniTrafficMode` (400), `InvalidParameter.InvalidQueuePairNumber` (400), `InvalidParameter.QueuePairNumberMustEmpty` (400), `InvalidParams.EniId` (400), `InvalidTrafficMode.ModifyToStandardNotSupported` (400), `JoinedGroupLimitExceed` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `AclLimitExceed` (403), `EniPerInstanceLimitExceeded` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.EniCountExceeded` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.ExceedInstanceTypeQueueNumber` (403), `InvalidOperation.InvalidEniState` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.MaxEniQueueNumberExceeded` (403), `InvalidOperation.ModifyPrimaryEniQueueNumber` (403), `InvalidOperation.MultiGroupType` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidOperation.VpcMismatch` (403), `InvalidParameter.InvalidEniQueueNumber` (403), `InvalidParams.NetworkInterfaceName` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `MaxEniCountExceeded` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyNetworkInterfaceAttribute>
    pub fn modify_network_interface_attribute(
        &self,
        request: operations::modify_network_interface_attribute::ModifyNetworkInterfaceAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_network_interface_attribute::ModifyNetworkInterfaceAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_network_interface_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyPhysicalConnectionAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PhysicalConnectionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidBandwidth` (400), `InvalidCircuitCode.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidLineOperator.Malformd` (400), `InvalidName.Malformed` (400), `InvalidPeerLocation.Malformd` (400), `InvalidPhysicalConnectionBandwidth.Malformed` (400), `InvalidPortType.Malformd` (400), `InvalidRedundantPhysicalConnection` (400), `InvalidRedundantPhysicalConnectionStatus` (400), `InvalidStatus` (400), `InvalidPhysicalConnectionId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPhysicalConnectionAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_physical_connection_attribute(
        &self,
        request: operations::modify_physical_connection_attribute::ModifyPhysicalConnectionAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_physical_connection_attribute::ModifyPhysicalConnectionAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_physical_connection_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyPrefixList` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrefixListId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `AddEntry.Cidr`, `RemoveEntry.Cidr`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidDescription.Malformed` (400), `InvalidParameter.CidrDuplicated` (400), `InvalidParameter.CidrMalformed` (400), `InvalidParameter.PrefixListName` (400), `LimitExceed.Entry` (400), `LimitExceed.MaxEntries` (400), `MissingParameter` (400), `InvalidPrefixListId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPrefixList>
    pub fn modify_prefix_list(
        &self,
        request: operations::modify_prefix_list::ModifyPrefixListRequest,
    ) -> ::yun_core::Call<'_, operations::modify_prefix_list::ModifyPrefixListResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_prefix_list::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyPrepayInstanceSpec` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `RegionId`, `InstanceType`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Account.Arrearage` (400), `IdempotenceParamNotMatch` (400), `InstanceDowngrade.QuotaExceed` (400), `InstanceTypeNotSupported.TooManyDisksAttached` (400), `InvalidAction` (400), `InvalidAction.WithActiveElasticUpgrade` (400), `InvalidBillingMethod.ValueNotSupported` (400), `InvalidInstance.PurchaseNotFound` (400), `InvalidInstance.UnpaidOrder` (400), `InvalidInstanceChargeType.ValueNotSupported` (400), `InvalidInstanceId.NotFound` (400), `InvalidInstanceStatus` (400), `InvalidInstanceType.NotSupported` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidOperation.InstanceRenewWithDowngradeInPlan` (400), `InvalidOperation.OnlineModificationUnsupported` (400), `InvalidOperation.VpcHasEnabledAdvancedNetworkFeature` (400), `InvalidParameter` (400), `InvalidParameter.DiskCategory` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidRebootTime.MalFormed` (400), `InvalidRebootTime.ValueNotSupported` (400), `InvalidStatus.NotStopped` (400), `InvalidSystemDiskCategory.NotMatchInstanceType` (400), `LastOrderProcessing` (400), `MissingParameter.DiskCategory` (400), `NoPermission.Price` (400), `NoPermission.Refund` (400), `OperationDenied` (400), `OrderCreationFailed` (400), `QuotaExceed.DiskCapacity` (400), `QuotaExceed.RufundVcpu` (400), `Throttling` (400), `HibernationConfigured.InstanceOperationForbidden` (403), `ImageNotSupportInstanceType` (403), `IncorrectInstanceStatus` (403), `InstanceType.Offline` (403), `InvalidInstance.EipNotSupport` (403), `InvalidInstance.NotFoundSystemDisk` (403), `InvalidInstance.PreInstanceExpired` (403), `InvalidInstanceStatus` (403), `InvalidInstanceType.NotSupportDiskCategory` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidOperation.EniCountExceeded` (403), `InvalidOperation.ExceedInstanceTypeQueueNumber` (403), `InvalidOperation.Ipv4CountExceeded` (403), `InvalidOperation.Ipv4NotSupport` (403), `InvalidOperation.Ipv6CountExceeded` (403), `InvalidOperation.Ipv6NotSupport` (403), `InvalidOperation.MaxEniQueueNumberExceeded` (403), `InvalidOperation.MaxModifyOnlineNumberExceeded` (403), `InvalidOperation.OSTypeNotSupported` (403), `InvalidOperation.RebootingRequired` (403), `InvalidOperation.StarterPackage` (403), `InvalidParameter.InstanceId` (403), `InvalidParameter.InvalidEniQueueNumber` (403), `InvalidResourceType.NotSupported` (403), `InvalidUser.PassRoleForbidden` (403), `OperationDenied` (403), `OperationDenied.ImageNotValid` (403), `OperationDenied.LocalDiskUnsupported` (403), `OperationDenied.NoStock` (403), `OperationDenied.UnpaidOrder` (403), `QuotaExceed.ElasticQuota` (403), `Throttling` (403), `BillingMethodNotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `ImageOrderFailed` (500), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPrepayInstanceSpec>
    pub fn modify_prepay_instance_spec(
        &self,
        request: operations::modify_prepay_instance_spec::ModifyPrepayInstanceSpecRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_prepay_instance_spec::ModifyPrepayInstanceSpecResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_prepay_instance_spec::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyReservedInstanceAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ReservedInstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter.ReservedInstanceName` (403), `InvalidZoneId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyReservedInstanceAttribute>
    pub fn modify_reserved_instance_attribute(
        &self,
        request: operations::modify_reserved_instance_attribute::ModifyReservedInstanceAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_reserved_instance_attribute::ModifyReservedInstanceAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_reserved_instance_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyReservedInstanceAutoRenewAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Abs.MissingParamter.InstanceId` (403), `InvalidParameter` (403), `InvalidParameter.Duration` (403), `InvalidParameter.Period` (403), `InvalidParameter.PeriodUnit` (403), `InvalidParameter.RenewalStatus` (403), `InvalidParameter.ToManyInstanceIds` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyReservedInstanceAutoRenewAttribute>
    pub fn modify_reserved_instance_auto_renew_attribute(
        &self,
        request: operations::modify_reserved_instance_auto_renew_attribute::ModifyReservedInstanceAutoRenewAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_reserved_instance_auto_renew_attribute::ModifyReservedInstanceAutoRenewAttributeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_reserved_instance_auto_renew_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyReservedInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ReservedInstanceId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Configuration.InstanceAmount`, `Configuration.InstanceType`, `Configuration.Scope`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidChargeType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidParameter.Conflict` (400), `InvalidPeriodUnit.ValueNotSupported` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `OperationDenied` (400), `RegionUnauthorized` (400), `Zone.NotOnSale` (400), `Account.Arrearage` (403), `IncorrectInstanceStatus` (403), `InvalidConfiguration.ValueNotSupported` (403), `InvalidInstanceAmount.ValueNotSupported` (403), `InvalidParameter` (403), `InvalidParameter.NotMatch` (403), `InvalidParameter.ReservedInstanceName` (403), `InvalidParameter.ResourceOwnerAccount` (403), `InvalidParameter.Scope` (403), `InvalidParameter.SplitOrMerge` (403), `InvalidParameter.ValueNotSupported` (403), `InvalidPlatform.ValueNotSupported` (403), `InvalidReservedInstanceId.NotFound` (403), `InvalidReservedInstanceName.Malformed` (403), `InvalidReservedInstanceOfferingClass.ValueNotSupported` (403), `InvalidReservedInstanceOfferingType.ValueNotSupported` (403), `InvalidReservedInstancePlatform.ValueNotSupported` (403), `InvalidReservedInstanceStatus.ValueNotSupported` (403), `InvalidReservedInstanceZone.ValueNotSupported` (403), `InvalidResourceType.NotSupported` (403), `InvalidScope.ValueNotSupported` (403), `InvalidZoneId.ValueNotSupported` (403), `MissingParameter.InstanceType` (403), `MissingParameter.InstanceTypeAndAmountBothEmpty` (403), `MissingParameter.ReservedInstanceConfiguration` (403), `MissingParameter.ReservedInstanceId` (403), `MissingParameter.ZoneId` (403), `NodeControllerUnavailable` (403), `OperationDenied` (403), `OperationDenied.NoStock` (403), `OperationDenied.OnlyModifyName` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `InvalidZoneId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyReservedInstances>
    pub fn modify_reserved_instances(
        &self,
        request: operations::modify_reserved_instances::ModifyReservedInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::modify_reserved_instances::ModifyReservedInstancesResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_reserved_instances::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyRouterInterfaceAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `RouterInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbbiden` (400), `Forbbiden.ModifyIdAndType` (400), `Forbidden.FinancialLocked` (400), `IncorrectStatus` (400), `InvalidDescription.Malformed` (400), `InvalidName.Malformd` (400), `InvalidOppositeRouterType.ValueNotSupported` (400), `InvalidParam.ModifyRouterInterface` (400), `LinkRole.NotSupport` (400), `InvalidRegionId.NotFound` (404), `InvalidRouterInterfaceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyRouterInterfaceAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_router_interface_attribute(
        &self,
        request: operations::modify_router_interface_attribute::ModifyRouterInterfaceAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_router_interface_attribute::ModifyRouterInterfaceAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_router_interface_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyRouterInterfaceSpec` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `RouterInterfaceId`, `Spec`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.FinancialLocked` (400), `IllegalParam.chargeType` (400), `InvalidInstance.StatusError` (400), `InvalidInstanceOwner.Error` (400), `InvalidOpposite.NotFound` (400), `InvalidOppositeRegionId.NotFound` (400), `InvalidParam.NotFound` (400), `InvalidRouterInterfaceSpec.Malformed` (400), `InvalidSpec.ValudNotSupported` (400), `InvalidRouterInterfaceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyRouterInterfaceSpec>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_router_interface_spec(
        &self,
        request: operations::modify_router_interface_spec::ModifyRouterInterfaceSpecRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_router_interface_spec::ModifyRouterInterfaceSpecResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_router_interface_spec::OPERATION,
            &request,
        )
    }

    /// Calls `ModifySecurityGroupAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupId`, `RegionId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSecurityGroupName.Malformed` (400), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidSecurityGroupId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySecurityGroupAttribute>
    pub fn modify_security_group_attribute(
        &self,
        request: operations::modify_security_group_attribute::ModifySecurityGroupAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_security_group_attribute::ModifySecurityGroupAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_security_group_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifySecurityGroupEgressRule` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `AuthorizationLimitExceed` (400), `InvalidDestCidrIp.Malformed` (400), `InvalidDestGroup.NotFound` (400), `InvalidDestGroupId.Mismatch` (400), `InvalidIpProtocol.Malformed` (400), `InvalidIpProtocol.ValueNotSupported` (400), `InvalidNicType.Mismatch` (400), `InvalidNicType.ValueNotSupported` (400), `InvalidOperation.ModifyNicType` (400), `InvalidOperation.ModifySgRuleEntityType` (400), `InvalidParam.DestCidrIp` (400), `InvalidParam.DestIp` (400), `InvalidParam.InvalidModifyRuleRequest` (400), `InvalidParam.Ipv4ProtocolConflictWithIpv6Address` (400), `InvalidParam.Ipv6DestCidrIp` (400), `InvalidParam.Ipv6ProtocolConflictWithIpv4Address` (400), `InvalidParam.Ipv6SourceCidrIp` (400), `InvalidParam.PortRange` (400), `InvalidParam.PrefixListAddressFamilyMismatch` (400), `InvalidParam.ProtocolAndAddressFamilyMismatch` (400), `InvalidParam.ProtocolAndPortRangeMismatch` (400), `InvalidParam.SecurityGroupRuleId` (400), `InvalidParam.SourceCidrIp` (400), `InvalidParam.SourceIp` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Ipv6CidrIp` (400), `InvalidParamter.Conflict` (400), `InvalidPolicy.Malformed` (400), `InvalidPrefixListId.NotFound` (400), `InvalidPriority.Malformed` (400), `InvalidPriority.ValueNotSupported` (400), `InvalidSecurityGroup.InvalidNetworkType` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSourcePortRange.Malformed` (400), `MissingParameter.Dest` (400), `OperationDenied` (400), `AuthorizationLimitExceed` (403), `InvalidDestGroupId.Mismatch` (403), `InvalidNetworkType.Conflict` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParamter.Conflict` (403), `InvalidSecurityGroup.IsSame` (403), `MissingParameter` (403), `InvalidDestGroupId.NotFound` (404), `InvalidPrefixListId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidSecurityGroupRuleId.NotFound` (404), `SecurityGroupRule.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySecurityGroupEgressRule>
    pub fn modify_security_group_egress_rule(
        &self,
        request: operations::modify_security_group_egress_rule::ModifySecurityGroupEgressRuleRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_security_group_egress_rule::ModifySecurityGroupEgressRuleResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_security_group_egress_rule::OPERATION,
            &request,
        )
    }

    /// Calls `ModifySecurityGroupPolicy` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupId`, `RegionId`, `InnerAccessPolicy`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidPolicy.Malformed` (400), `InvalidSecurityGroupId.Malformed` (400), `MissingParamter.RegionId` (400), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParameter.InnerAccessPolicy` (404), `InvalidSecurityGroupId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySecurityGroupPolicy>
    pub fn modify_security_group_policy(
        &self,
        request: operations::modify_security_group_policy::ModifySecurityGroupPolicyRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_security_group_policy::ModifySecurityGroupPolicyResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_security_group_policy::OPERATION,
            &request,
        )
    }

    /// Calls `ModifySecurityGroupRule` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `AuthorizationLimitExceed` (400), `InvalidIpProtocol.Malformed` (400), `InvalidIpProtocol.ValueNotSupported` (400), `InvalidNicType.Mismatch` (400), `InvalidNicType.ValueNotSupported` (400), `InvalidOperation.ModifyNicType` (400), `InvalidOperation.ModifySgRuleEntityType` (400), `InvalidParam.DestCidrIp` (400), `InvalidParam.DestIp` (400), `InvalidParam.InvalidModifyRuleRequest` (400), `InvalidParam.Ipv4ProtocolConflictWithIpv6Address` (400), `InvalidParam.Ipv6DestCidrIp` (400), `InvalidParam.Ipv6ProtocolConflictWithIpv4Address` (400), `InvalidParam.Ipv6SourceCidrIp` (400), `InvalidParam.PortRange` (400), `InvalidParam.PrefixListAddressFamilyMismatch` (400), `InvalidParam.ProtocolAndAddressFamilyMismatch` (400), `InvalidParam.ProtocolAndPortRangeMismatch` (400), `InvalidParam.SecurityGroupRuleId` (400), `InvalidParam.SourceCidrIp` (400), `InvalidParam.SourceIp` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Ipv6CidrIp` (400), `InvalidParamter.Conflict` (400), `InvalidPolicy.Malformed` (400), `InvalidPriority.Malformed` (400), `InvalidPriority.ValueNotSupported` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSecurityGroupId.Malformed` (400), `InvalidSourceCidrIp.Malformed` (400), `InvalidSourceGroup.NotFound` (400), `InvalidSourceGroupId.Mismatch` (400), `InvalidSourcePortRange.Malformed` (400), `MissingParameter.Source` (400), `OperationDenied` (400), `AuthorizationLimitExceed` (403), `InvalidNetworkType.Mismatch` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParamter.Conflict` (403), `InvalidSourceGroupId.Mismatch` (403), `MissingParameter` (403), `InvalidPrefixListId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidSecurityGroupRuleId.NotFound` (404), `InvalidSourceGroupId.NotFound` (404), `SecurityGroupRule.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySecurityGroupRule>
    pub fn modify_security_group_rule(
        &self,
        request: operations::modify_security_group_rule::ModifySecurityGroupRuleRequest,
    ) -> ::yun_core::Call<'_, operations::modify_security_group_rule::ModifySecurityGroupRuleResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_security_group_rule::OPERATION,
            &request,
        )
    }

    /// Calls `ModifySnapshotAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SnapshotId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidOperation.DecreaseRetentionDaysUnsupported` (400), `InvalidRetentionDays.Malformed` (400), `InvalidSnapshotId.NotReady` (400), `InvalidSnapshotName.Malformed` (400), `NoAttributeToModify` (400), `IncorrectDiskStatus.CreatingSnapshot` (401), `InvalidDescription.Malformed` (404), `InvalidSnapshotDisableInstantAccess.Malformed` (404), `InvalidSnapshotId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySnapshotAttribute>
    pub fn modify_snapshot_attribute(
        &self,
        request: operations::modify_snapshot_attribute::ModifySnapshotAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_snapshot_attribute::ModifySnapshotAttributeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_snapshot_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifySnapshotGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SnapshotGroupId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidParameter.Description` (400), `InvalidParameter.Name` (400), `InvalidRegionId.NotFound` (404), `InvalidSnapshotGroup.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySnapshotGroup>
    pub fn modify_snapshot_group(
        &self,
        request: operations::modify_snapshot_group::ModifySnapshotGroupRequest,
    ) -> ::yun_core::Call<'_, operations::modify_snapshot_group::ModifySnapshotGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_snapshot_group::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyStorageCapacityUnitAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `StorageCapacityUnitId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidDescription.Malformed` (400), `InvalidParameter.Name` (400), `MissingParameter.RegionId` (400), `MissingParameter.StorageCapacityUnitId` (400).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyStorageCapacityUnitAttribute>
    pub fn modify_storage_capacity_unit_attribute(
        &self,
        request: operations::modify_storage_capacity_unit_attribute::ModifyStorageCapacityUnitAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_storage_capacity_unit_attribute::ModifyStorageCapacityUnitAttributeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_storage_capacity_unit_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyStorageSetAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `StorageSetId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidClientToken.ValueNotSupported` (400), `InvalidDescription.Malformed` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidParameter` (403), `InvalidRegionId.NotFound` (403), `InvalidStorageSet.NotSupport` (403), `InvalidStorageSetId.NotFound` (403), `InvalidStorageSetName.Malformed` (403), `InvalidUser.NotSupported` (403), `InvalidZone.NotSupported` (403), `InvalidZone.PartitionNumberNotSupported` (403), `InvalidZoneId.NotFound` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyStorageSetAttribute>
    pub fn modify_storage_set_attribute(
        &self,
        request: operations::modify_storage_set_attribute::ModifyStorageSetAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_storage_set_attribute::ModifyStorageSetAttributeResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_storage_set_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyUserBusinessBehavior` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `statusKey`, `statusValue`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidAction.UserForbidden` (403), `InvalidParams` (403).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyUserBusinessBehavior>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_user_business_behavior(
        &self,
        request: operations::modify_user_business_behavior::ModifyUserBusinessBehaviorRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_user_business_behavior::ModifyUserBusinessBehaviorResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_user_business_behavior::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyVRouterAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `VRouterId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.VRouterNotFound` (400), `InvalidDescription.Malformed` (400), `InvalidVRouterDiscription.Malformed` (400), `InvalidVRouterName.Malformed` (400), `MissingParameter` (400), `InvalidVRouterId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyVRouterAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_v_router_attribute(
        &self,
        request: operations::modify_v_router_attribute::ModifyVRouterAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_v_router_attribute::ModifyVRouterAttributeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_v_router_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyVSwitchAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `VSwitchId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.VRouterNotFound` (400), `InvalidDescription.Malformed` (400), `InvalidVSwitchDiscription.Malformed` (400), `InvalidVSwitchName.Malformed` (400), `InvalidVSwitchId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyVSwitchAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_v_switch_attribute(
        &self,
        request: operations::modify_v_switch_attribute::ModifyVSwitchAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_v_switch_attribute::ModifyVSwitchAttributeResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_v_switch_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyVirtualBorderRouterAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `VbrId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidCircuitCode.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidIp.Malformed` (400), `InvalidIp.NotSameSubnet` (400), `InvalidName.Malformed` (400), `InvalidParameter` (400), `InvalidPeeringSubnetMask.Malformed` (400), `InvalidVbrId.NotFound` (400), `InvalidVlanId.Malformed` (400), `InvalidVlanId.Used` (400), `MissingParameter` (400), `OperationFailed.VlanIdInUse` (400), `Forbidden.CircuitCodeNotAllowedByCaller` (403), `Forbidden.DescriptionNotAllowedByCaller` (403), `Forbidden.LocalGatewayIpNotAllowedByCaller` (403), `Forbidden.NameNotAllowedByCaller` (403), `Forbidden.PeerGatewayIpNotAllowedByCaller` (403), `Forbidden.PeeringSubnetMaskNotAllowedByCaller` (403), `Forbidden.VlanIdNotAllowedByCaller` (403), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyVirtualBorderRouterAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_virtual_border_router_attribute(
        &self,
        request: operations::modify_virtual_border_router_attribute::ModifyVirtualBorderRouterAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_virtual_border_router_attribute::ModifyVirtualBorderRouterAttributeResponse,
    >{
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_virtual_border_router_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyVpcAttribute` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `VpcId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `IllegalCidrBlock` (400), `InvalidCidrBlock.Malformed` (400), `InvalidDescription.Malformed` (400), `InvalidParameter` (400), `InvalidRegion.Malformed` (400), `InvalidUserCidr.Malformed` (400), `InvalidUserCidr.Quota` (400), `InvalidVpcDiscription.Malformed` (400), `InvalidVpcId.NotFound` (400), `InvalidVpcName.Malformed` (400), `OperationFailed.ClassicLinkEnabled` (400), `ParamExclusive.EnableIpv6AndCidrBlock` (400), `InvalidVpcId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyVpcAttribute>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn modify_vpc_attribute(
        &self,
        request: operations::modify_vpc_attribute::ModifyVpcAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_vpc_attribute::ModifyVpcAttributeResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::modify_vpc_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `PurchaseReservedInstancesOffering` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceType`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidChargeType.ValueNotSupported` (400), `InvalidDescription.Malformed` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.ReservedInstanceName` (400), `InvalidParameter.Scope` (400), `InvalidParameter.SplitOrMerge` (400), `InvalidPeriodUnit.ValueNotSupported` (400), `InvalidReservedInstanceOfferingClass.ValueNotSupported` (400), `InvalidReservedInstanceOfferingType.ValueNotSupported` (400), `InvalidReservedInstancePlatform.ValueNotSupported` (400), `InvalidReservedInstanceStatus.ValueNotSupported` (400), `InvalidReservedInstanceZone.ValueNotSupported` (400), `InvalidStartTime.ScopeNotMatch` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.InstanceType` (400), `MissingParameter.InstanceTypeAndAmountBothEmpty` (400), `MissingParameter.ReservedInstanceConfiguration` (400), `MissingParameter.ReservedInstanceId` (400), `MissingParameter.ZoneId` (400), `OperationDenied` (400), `RegionUnauthorized` (400), `Zone.NotOnSale` (400), `Account.Arrearage` (403), `InvalidParameter.NotMatch` (403), `InvalidParameter.ResourceOwnerAccount` (403), `InvalidResourceType.NotSupported` (403), `NodeControllerUnavailable` (403), `OperationDenied` (403), `OperationDenied.NoStock` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `InvalidZoneId.NotFound` (404), `PaymentMethodNotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/PurchaseReservedInstancesOffering>
    pub fn purchase_reserved_instances_offering(
        &self,
        request: operations::purchase_reserved_instances_offering::PurchaseReservedInstancesOfferingRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::purchase_reserved_instances_offering::PurchaseReservedInstancesOfferingResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::purchase_reserved_instances_offering::OPERATION,
            &request,
        )
    }

    /// Calls `PurchaseStorageCapacityUnit` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Capacity`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidParameter.Capacity` (400), `InvalidParameter.CapacityExceed` (400), `InvalidParameter.Name` (400), `InvalidParameter.Period` (400), `InvalidParameter.PeriodUnit` (400), `InvalidStartTime.MalFormed` (400), `InvalidStartTime.NotSupported` (400), `MissingParameter.Capacity` (400), `MissingParameter.RegionId` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/PurchaseStorageCapacityUnit>
    pub fn purchase_storage_capacity_unit(
        &self,
        request: operations::purchase_storage_capacity_unit::PurchaseStorageCapacityUnitRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::purchase_storage_capacity_unit::PurchaseStorageCapacityUnitResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::purchase_storage_capacity_unit::OPERATION,
            &request,
        )
    }

    /// Calls `ReActivateInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ReopenInstance.ImageNotEnoughBalance` (400), `ReopenInstance.InstanceNotEnoughBalance` (400), `ReopenInstance.InstanceStatusNotValid` (400), `IncorrectInstanceStatus` (403), `InstanceLockedForSecurity` (403), `InsufficientBalance` (403), `InvalidInstanceId.NotFound` (404), `InvalidPayType.NotSupport` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReActivateInstances>
    pub fn re_activate_instances(
        &self,
        request: operations::re_activate_instances::ReActivateInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::re_activate_instances::ReActivateInstancesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::re_activate_instances::OPERATION,
            &request,
        )
    }

    /// Calls `ReInitDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DiskId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DependencyViolation.IoOptimize` (400), `DiskCategory.OperationNotSupported` (400), `DiskHasSnapshotsWithInstantAccessEnabled.OperationNotSupported` (400), `InvalidKeyPairName.NotFound` (400), `InvalidPassword.Malformed` (400), `InvalidRegionId.MalFormed` (400), `LoginAsNonRoot.ImageNotSupport` (400), `DependencyViolation.WindowsInstance` (403), `DiskCreatingSnapshot` (403), `HibernationConfigured.InstanceOperationForbidden` (403), `IncorrectDiskStatus` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidOperation.MultiAttachDisk` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidSnapshot.TooOld` (403), `InvalidSourceSnapshot` (403), `LoginAsNonRoot.RegionNotSupport` (403), `OperationDenied` (403), `SharedImageDeleted` (403), `UserNotInTheWhiteList` (403), `InvalidDiskId.NotFound` (404), `InvalidDiskId.OperationNotSupported` (404), `InvalidImageId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReInitDisk>
    pub fn re_init_disk(
        &self,
        request: operations::re_init_disk::ReInitDiskRequest,
    ) -> ::yun_core::Call<'_, operations::re_init_disk::ReInitDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::re_init_disk::OPERATION,
            &request,
        )
    }

    /// Calls `RebootInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskError` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidInstanceId.NotFound` (404), `InvalidParameter.KMSKeyId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RebootInstance>
    pub fn reboot_instance(
        &self,
        request: operations::reboot_instance::RebootInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::reboot_instance::RebootInstanceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::reboot_instance::OPERATION,
            &request,
        )
    }

    /// Calls `RebootInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DRYRUN.SUCCESS` (400), `InvalidParameter.KMSKeyId.CMKNotEnabled` (400), `InvalidParameter.KMSKeyId.KMSUnauthorized` (400), `Abs.InvalidInstanceIds.MalFormed` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InstanceNotReady` (403), `InsufficientBalance` (403), `InvalidInstance.NotFoundSystemDisk` (403), `InvalidInstanceId.NotFound` (403), `InvalidParameter.TooManyInstanceIds` (403), `InvalidInstanceId.NotFound` (404), `InvalidInstanceIds.NotFound` (404), `InvalidOperation.Conflict` (409), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RebootInstances>
    pub fn reboot_instances(
        &self,
        request: operations::reboot_instances::RebootInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::reboot_instances::RebootInstancesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::reboot_instances::OPERATION,
            &request,
        )
    }

    /// Calls `RecoverVirtualBorderRouter` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `VbrId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidOperation.OperationNotAllowedInState` (400), `OperationFailed.VlanIdAlreadyInUse` (400), `Forbidden.OperationNotAllowedByUser` (403), `InvalidRegionId.NotFound` (404), `InvalidVbrId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RecoverVirtualBorderRouter>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn recover_virtual_border_router(
        &self,
        request: operations::recover_virtual_border_router::RecoverVirtualBorderRouterRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::recover_virtual_border_router::RecoverVirtualBorderRouterResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recover_virtual_border_router::OPERATION,
            &request,
        )
    }

    /// Calls `RedeployDedicatedHost` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DedicatedHostId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidDedicatedHostStatus.Malformed` (400), `InvalidInstanceStatus.Unstopped` (400), `InvalidUser.Unauthorized` (403), `InvalidDedicatedHostId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RedeployDedicatedHost>
    pub fn redeploy_dedicated_host(
        &self,
        request: operations::redeploy_dedicated_host::RedeployDedicatedHostRequest,
    ) -> ::yun_core::Call<'_, operations::redeploy_dedicated_host::RedeployDedicatedHostResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::redeploy_dedicated_host::OPERATION,
            &request,
        )
    }

    /// Calls `RedeployInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskError` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidOperation.RedeployInstance` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RedeployInstance>
    pub fn redeploy_instance(
        &self,
        request: operations::redeploy_instance::RedeployInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::redeploy_instance::RedeployInstanceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::redeploy_instance::OPERATION,
            &request,
        )
    }

    /// Calls `ReleaseCapacityReservation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PrivatePoolOptions.Id`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `Invalid.Action.ReleaseCapacityReservation` (400), `Invalid.AssuranceTimes.NotSupported` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceCpuCoreCountOrInstanceAmount` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PackageType` (400), `Invalid.PrivatePool.Purchase` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.Ids` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.TooManyInstanceTypes` (400), `Invalid.TooManyPrivatePoolOptions.Ids` (400), `Invalid.TooManyUnpaidPrivatePool` (400), `Invalid.TooManyZoneIds` (400), `Invalid.ZoneId` (400), `InvalidAliUid` (400), `InvalidOperation.ReleasePrivatePoolUnsupported` (400), `InvalidParameter.Name` (400), `InvalidParameter.PrivatePoolOptions.Ids` (400), `InvalidPlatform.ValueNotSupported` (400), `MissingParameter.InstanceAmount` (400), `MissingParameter.InstanceCpuCoreCount` (400), `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (400), `MissingParameter.PackageType` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptions.Ids` (400), `MissingParameter.RegionId` (400), `RepeatStartPrivatePool` (400), `SpotNotSupported` (400), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleaseCapacityReservation>
    pub fn release_capacity_reservation(
        &self,
        request: operations::release_capacity_reservation::ReleaseCapacityReservationRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::release_capacity_reservation::ReleaseCapacityReservationResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::release_capacity_reservation::OPERATION,
            &request,
        )
    }

    /// Calls `ReleaseDedicatedHost` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `DedicatedHostId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `ChargeTypeViolation` (400), `IncorrectHostStatus.Initializing` (400), `InstanceExist` (403), `OperationDenied.DedicatedHostShared` (403), `InvalidDedicatedHostId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleaseDedicatedHost>
    pub fn release_dedicated_host(
        &self,
        request: operations::release_dedicated_host::ReleaseDedicatedHostRequest,
    ) -> ::yun_core::Call<'_, operations::release_dedicated_host::ReleaseDedicatedHostResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::release_dedicated_host::OPERATION,
            &request,
        )
    }

    /// Calls `ReleaseEipAddress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `AllocationId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbbiden` (400), `Forbidden.ChargeTypeIsPrepaid` (400), `IncorrectEipStatus` (400), `InvalidOperation.DeletionProtection` (400), `OperationUnsupported.ServiceManaged` (400), `TaskConflict.AssociateGlobalAccelerationInstance` (400), `Forbidden.RegionNotFound` (404), `InvalidAllocationId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleaseEipAddress>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn release_eip_address(
        &self,
        request: operations::release_eip_address::ReleaseEipAddressRequest,
    ) -> ::yun_core::Call<'_, operations::release_eip_address::ReleaseEipAddressResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::release_eip_address::OPERATION,
            &request,
        )
    }

    /// Calls `ReleasePublicIpAddress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `PublicIpAddress`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DryRunOperation` (400), `InvalidIpAddress.NotFound` (400), `OperationDenied` (400), `Forbidden.ExceedDuration` (403), `IncorrectInstanceStatus` (403), `InstanceLockedForSecurity` (403), `InvalidIpAddress.NeedInstanceId` (403), `OperationTimesOverLimit` (403), `InvalidInstanceId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleasePublicIpAddress>
    pub fn release_public_ip_address(
        &self,
        request: operations::release_public_ip_address::ReleasePublicIpAddressRequest,
    ) -> ::yun_core::Call<'_, operations::release_public_ip_address::ReleasePublicIpAddressResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::release_public_ip_address::OPERATION,
            &request,
        )
    }

    /// Calls `RemoveBandwidthPackageIps` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `BandwidthPackageId`, `RemovedIpAddresses`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.ForwardEntry` (400), `InvalidIpCount.ValueNotSupported` (400), `InvalidRemovedIpAddresses.NotFound` (400), `InvalidBandwidthPackageId.NotFound` (404), `InvalidRegionId.NotFound` (404), `invalidRemovedIpAddresses.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RemoveBandwidthPackageIps>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn remove_bandwidth_package_ips(
        &self,
        request: operations::remove_bandwidth_package_ips::RemoveBandwidthPackageIpsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::remove_bandwidth_package_ips::RemoveBandwidthPackageIpsResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::remove_bandwidth_package_ips::OPERATION,
            &request,
        )
    }

    /// Calls `RemoveTags` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceType`, `ResourceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidResourceType.NotFound` (400), `InvalidTagCount` (400), `InvalidTagKey.Malformed` (400), `InvalidResourceId.NotSupported` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceId.NotFound` (404), `InvalidResourceType.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RemoveTags>
    pub fn remove_tags(
        &self,
        request: operations::remove_tags::RemoveTagsRequest,
    ) -> ::yun_core::Call<'_, operations::remove_tags::RemoveTagsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::remove_tags::OPERATION,
            &request,
        )
    }

    /// Calls `RenewDedicatedHosts` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedHostIds`, `RegionId`, `Period`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `ChargeTypeViolation` (400), `IdempotenceParamNotMatch` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidDedicatedHostId.NotFound` (400), `InvalidPeriod` (400), `InvalidPeriodUnit.ValueNotSupported` (400), `InvalidStatus.Upgrading` (400), `LastOrderProcessing` (400), `ChargeTypeViolation` (403), `IncorrectHostStatus` (403), `LastTokenProcessing` (403), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RenewDedicatedHosts>
    pub fn renew_dedicated_hosts(
        &self,
        request: operations::renew_dedicated_hosts::RenewDedicatedHostsRequest,
    ) -> ::yun_core::Call<'_, operations::renew_dedicated_hosts::RenewDedicatedHostsResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::renew_dedicated_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `RenewInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `DependencyViolation.InstanceType` (400), `Idempotence.Processing` (400), `IdempotenceParamNotMatch` (400), `IncorrectDedicatedHostStatus` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidDedicatedHostId.NotFound` (400), `InvalidDedicatedHostStatus.NotSupport` (400), `InvalidExpectedRenewDay.Conflict` (400), `InvalidExpectedRenewDay.StarterPackageNotSupported` (400), `InvalidExpectedRenewDay.ValueNotSupported` (400), `InvalidInstanceChargeType.NotFound` (400), `InvalidInstanceType.NotSupported` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidInstanceType.codeUnauthorized` (400), `InvalidInternetChargeType.InstanceNotSupported` (400), `InvalidInternetChargeType.ValueNotSupported` (400), `InvalidLoanOrderStatus.Uncompleted` (400), `InvalidParam.ExpectedRenewDay` (400), `InvalidParameter` (400), `InvalidPeriod` (400), `InvalidPeriod.ExceededDedicatedHost` (400), `InvalidPeriod.ExceededMaximumExpirationDate` (400), `InvalidPeriod.NotFound` (400), `InvalidPeriodUnit.ValueNotSupported` (400), `InvalidRebootTime.Malformed` (400), `InvalidRebootTime.ValueNotSupported` (400), `InvalidStatus.Upgrading` (400), `LastOrderProcessing` (400), `MissingParamter` (400), `NoPermission.Price` (400), `OperationDenied` (400), `OperationDenied.AbnormalInstanceInfo` (400), `OperationDenied.UnfinishedOrder` (400), `QuotaExceed.AlignInstance` (400), `Upgrade.NotSupported` (400), `ChargeTypeViolation` (403), `Diskcategory.Mismatch` (403), `IncorrectInstanceStatus` (403), `Instance.UnPaidOrder` (403), `InstanceLockedForSecurity` (403), `InstanceSpecModification.NotEffective` (403), `InstanceTypeNotSupported` (403), `InvalidChargeType.NotSupported` (403), `InvalidDisk.NotAllowed` (403), `InvalidPeriod.StarterPackage` (403), `LastTokenProcessing` (403), `OperationDenied.ImageNotValid` (403), `OperationDenied.NoStock` (403), `RenewDateNotSupported.StarterPackage` (403), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RenewInstance>
    pub fn renew_instance(
        &self,
        request: operations::renew_instance::RenewInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::renew_instance::RenewInstanceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::renew_instance::OPERATION,
            &request,
        )
    }

    /// Calls `RenewReservedInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ReservedInstanceId`, `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidChargeType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.Period` (400), `InvalidParameter.PeriodUnit` (400), `InvalidParameter.ReservedInstanceIds` (400), `InvalidPeriod` (400), `InvalidPeriod.ExceededMaximumExpiration` (400), `InvalidPeriodUnit.ValueNotSupported` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParameter.ReservedInstanceIds` (400), `OperationDenied` (400), `RegionUnauthorized` (400), `Zone.NotOnSale` (400), `Account.Arrearage` (403), `ChargeTypeViolation` (403), `IncorrectInstanceStatus` (403), `InvalidConfiguration.ValueNotSupported` (403), `InvalidInstanceAmount.ValueNotSupported` (403), `InvalidParameter` (403), `InvalidParameter.NotMatch` (403), `InvalidParameter.ReservedInstanceName` (403), `InvalidParameter.ResourceOwnerAccount` (403), `InvalidParameter.Scope` (403), `InvalidParameter.SplitOrMerge` (403), `InvalidParameter.ValueNotSupported` (403), `InvalidPlatform.ValueNotSupported` (403), `InvalidReservedInstanceId.NotFound` (403), `InvalidReservedInstanceName.Malformed` (403), `InvalidReservedInstanceOfferingClass.ValueNotSupported` (403), `InvalidReservedInstanceOfferingType.ValueNotSupported` (403), `InvalidReservedInstancePlatform.ValueNotSupported` (403), `InvalidReservedInstanceStatus.ValueNotSupported` (403), `InvalidReservedInstanceZone.ValueNotSupported` (403), `InvalidResourceType.NotSupported` (403), `InvalidScope.ValueNotSupported` (403), `InvalidZoneId.ValueNotSupported` (403), `MissingParameter.InstanceType` (403), `MissingParameter.InstanceTypeAndAmountBothEmpty` (403), `MissingParameter.ReservedInstanceConfiguration` (403), `MissingParameter.ReservedInstanceId` (403), `MissingParameter.ZoneId` (403), `NodeControllerUnavailable` (403), `OperationDenied` (403), `OperationDenied.NoStock` (403), `OperationDenied.OnlyModifyName` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `InvalidZoneId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RenewReservedInstances>
    pub fn renew_reserved_instances(
        &self,
        request: operations::renew_reserved_instances::RenewReservedInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::renew_reserved_instances::RenewReservedInstancesResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::renew_reserved_instances::OPERATION,
            &request,
        )
    }

    /// Calls `ReplaceSystemDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER` (400), `DependencyViolation.IoOptimize` (400), `IncorrectDiskStatus.InReplication` (400), `IncorrectDiskStatus.ReplicationStatusNotFound` (400), `InvalidArchitecture.Malformed` (400), `InvalidDatadisk.ChargeTypeViolation` (400), `InvalidDatadisk.DiskCategoryViolation` (400), `InvalidDatadisk.DiskStatusViolation` (400), `InvalidDiskCategory.ValueNotSupported` (400), `InvalidDiskId.NotFound` (400), `InvalidInstance.NotFoundSystemDisk` (400), `InvalidInstanceType.NotSupported` (400), `InvalidKeyPairName.NotFound` (400), `InvalidParameter.AllEmpty` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.DiskType` (400), `InvalidPassword.Malformed` (400), `InvalidPasswordParam.Mismatch` (400), `InvalidPlatform.Malformed` (400), `InvalidRegionId.NotSupportReplaceEncryptedSystemDisk` (400), `InvalidStorageClusterId.CapacityNotEnough` (400), `InvalidSystemDiskSize` (400), `InvalidSystemDiskSize.ImageNotSupportResize` (400), `InvalidSystemDiskSize.ValueNotSupported` (400), `LoginAsNonRoot.ImageNotSupport` (400), `MissingParameter` (400), `MissingParameter.Architecture` (400), `MissingParameter.Platform` (400), `OperationDenied` (400), `QuotaExceed.DiskCapacity` (400), `ChargeTypeViolation` (403), `DependencyViolation.WindowsInstance` (403), `DiskCreatingSnapshot` (403), `HibernationConfigured.InstanceOperationForbidden` (403), `INST_HAS_UNPAID_ORDER` (403), `ImageNotSubscribed` (403), `ImageNotSupportInstanceType` (403), `ImageRemovedInMarket` (403), `IncorrectDiskStatus` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidDiskId.NotSupportReplaceEncryptedSystemDisk` (403), `InvalidEncryptAlgorithm` (403), `InvalidEncrypted.DefaultEncryptionUnsupported` (403), `InvalidEncrypted.NotMatchEncryptAlgorithm` (403), `InvalidEncrypted.NotMatchKmsKeyId` (403), `InvalidHostname.MismatchImage` (403), `InvalidKMSKeyId.NotSymmetric` (403), `InvalidOperation.MultiAttachDisk` (403), `InvalidParameter.DataEncryptedKeyCreateFailed` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.KMSKeyId.NotFound` (403), `InvalidParameter.KmsNotEnabled` (403), `InvalidParameter.NotMatch` (403), `InvalidRegionId.NotExists` (403), `InvalidRegionId.NotSupportEncryptAlgorithm` (403), `InvalidSystemDiskStatus.IsTransfering` (403), `IoOptimized.NotSupported` (403), `LoginAsNonRoot.RegionNotSupport` (403), `NotSupportSnapshotEncrypted.DiskCategory` (403), `OperationDenied.ImageNotValid` (403), `OperationDenied.InstanceCreating` (403), `OperationDenied.UnpaidOrder` (403), `QuotaExceed.BuyImage` (403), `ResourcesNotInSameZone` (403), `InvalidImageId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidSystemDiskSize.LessThanImageSize` (404), `InvalidSystemDiskSize.LessThanMinSize` (404), `InvalidSystemDiskSize.MoreThanMaxSize` (404), `NoSuchResource` (404), `InternalError` (500), `OperationDenied` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReplaceSystemDisk>
    pub fn replace_system_disk(
        &self,
        request: operations::replace_system_disk::ReplaceSystemDiskRequest,
    ) -> ::yun_core::Call<'_, operations::replace_system_disk::ReplaceSystemDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::replace_system_disk::OPERATION,
            &request,
        )
    }

    /// Calls `ReportInstancesStatus` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Description`, `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `DiskIdLimitExceeded` (403), `InstanceIdLimitExceeded` (403), `InvalidInstanceId.NotFound` (403), `InvalidParameter` (403), `MissingParameter` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReportInstancesStatus>
    pub fn report_instances_status(
        &self,
        request: operations::report_instances_status::ReportInstancesStatusRequest,
    ) -> ::yun_core::Call<'_, operations::report_instances_status::ReportInstancesStatusResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::report_instances_status::OPERATION,
            &request,
        )
    }

    /// Calls `ResetDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DiskId`, `SnapshotId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskCategory.OperationNotSupported` (400), `DryRunOperation` (400), `InvalidRegionId.MalFormed` (400), `IncorrectDiskStatus` (403), `IncorrectDiskStatus.HasUnfinishedSnapshot` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.Mismatch` (403), `InvalidSnapshot.TooOld` (403), `InvalidSnapshotId.NotReady` (403), `Operation.Conflict` (403), `OperationDenied` (403), `UserNotInTheWhiteList` (403), `Disk.NotFound` (404), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidParameter.KMSKeyId.NotFound` (404), `InvalidSnapshotId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ResetDisk>
    pub fn reset_disk(
        &self,
        request: operations::reset_disk::ResetDiskRequest,
    ) -> ::yun_core::Call<'_, operations::reset_disk::ResetDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::reset_disk::OPERATION,
            &request,
        )
    }

    /// Calls `ResetDisks` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Disk`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskCategory.OperationNotSupported` (400), `DryRunOperation` (400), `InvalidRegionId.MalFormed` (400), `IncorrectDiskStatus` (403), `IncorrectDiskStatus.HasUnfinishedSnapshot` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidAccountStatus.SnapshotServiceUnavailable` (403), `InvalidDisk.ShareVolume` (403), `InvalidOperation.MultiAttachDisk` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.Mismatch` (403), `InvalidRegion.NotSupport` (403), `InvalidSnapshot.TooOld` (403), `InvalidSnapshotId.NotReady` (403), `Operation.Conflict` (403), `OperationDenied` (403), `UserNotInTheWhiteList` (403), `Disk.NotFound` (404), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidSnapshot.NotFound` (404), `InvalidSnapshotId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ResetDisks>
    pub fn reset_disks(
        &self,
        request: operations::reset_disks::ResetDisksRequest,
    ) -> ::yun_core::Call<'_, operations::reset_disks::ResetDisksResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::reset_disks::OPERATION,
            &request,
        )
    }

    /// Calls `ResizeDisk` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DiskId`, `NewSize`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `IncompleteParamter` (400), `IncorrectDiskStatus.InReplication` (400), `IncorrectDiskStatus.ReplicationStatusNotFound` (400), `InvalidDataDiskCategory.ValueNotSupported` (400), `InvalidDataDiskSize.ValueNotSupported` (400), `InvalidDisk.DetachedSystemDisk` (400), `InvalidOperation.InstanceRenewWithDowngradeInPlan` (400), `InvalidParam.Type` (400), `InvalidParameter.Conflict` (400), `InvalidRegionId.MalFormed` (400), `InvalidStatus.Upgrading` (400), `InvalidSystemDiskSize.ImageNotSupportResize` (400), `InvalidSystemDiskSize.ValueNotSupported` (400), `LastOrderProcessing` (400), `NoPermission.Price` (400), `NoPermission.Refund` (400), `OperationDenied.NotEnoughCapacity` (400), `QuotaExceed.DiskCapacity` (400), `DiskCreatingSnapshot` (403), `DiskError` (403), `DiskInArrears` (403), `IncorrectDiskStatus` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InstanceSpecModification.NotEffective` (403), `InvalidDataDiskSize.ValueNotSupported` (403), `InvalidDiskCategory.NotSupported` (403), `InvalidDiskSize` (403), `InvalidDiskSize.NotSupportResizeOnline` (403), `InvalidDiskSize.TooLarge` (403), `InvalidDiskSize.TooSmall` (403), `InvalidInstanceStatus.NotRunning` (403), `InvalidOperation.InstanceTypeNotSupportOnlineResize` (403), `InvalidOperation.MultiAttachDiskNotSupportResizeOnline` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidRegion.NotSupport` (403), `Operation.Conflict` (403), `OperationDenied` (403), `QuotaExceeded.PostpaidDataDiskCapacity` (403), `SecurityRisk.3DVerification` (403), `UserNotInTheWhiteList` (403), `InvalidDiskId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ResizeDisk>
    pub fn resize_disk(
        &self,
        request: operations::resize_disk::ResizeDiskRequest,
    ) -> ::yun_core::Call<'_, operations::resize_disk::ResizeDiskResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::resize_disk::OPERATION,
            &request,
        )
    }

    /// Calls `RevokeSecurityGroup` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidDestCidrIp.Malformed` (400), `InvalidGroupAuthParameter.OperationDenied` (400), `InvalidGroupParameter.OperationDenied` (400), `InvalidIpPortRange.Malformed` (400), `InvalidIpProtocol.ValueNotSupported` (400), `InvalidNicType.ValueNotSupported` (400), `InvalidParam.DestCidrIp` (400), `InvalidParam.DestIp` (400), `InvalidParam.DuplicatePermissions` (400), `InvalidParam.Ipv4ProtocolConflictWithIpv6Address` (400), `InvalidParam.Ipv6DestCidrIp` (400), `InvalidParam.Ipv6ProtocolConflictWithIpv4Address` (400), `InvalidParam.Ipv6SourceCidrIp` (400), `InvalidParam.Permissions` (400), `InvalidParam.PortRange` (400), `InvalidParam.SecurityGroupRuleId` (400), `InvalidParam.SecurityGroupRuleIdRepeated` (400), `InvalidParam.SourceCidrIp` (400), `InvalidParam.SourceIp` (400), `InvalidParameter.Ipv6CidrIp` (400), `InvalidParamter.Conflict` (400), `InvalidPolicy.Malformed` (400), `InvalidPortRange.Malformed` (400), `InvalidPriority.Malformed` (400), `InvalidPriority.ValueNotSupported` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSecurityGroupId.Malformed` (400), `InvalidSecurityGroupId.NotFound` (400), `InvalidSecurityGroupRule.RuleNotExist` (400), `InvalidSourceCidrIp.Malformed` (400), `InvalidSourceGroupId.Mismatch` (400), `InvalidSourcePortRange.Malformed` (400), `MissingParameter` (400), `MissingParameter.Source` (400), `NotSupported.ClassicNetworkPrefixList` (400), `InvalidGroupAuthItem.NotFound` (403), `InvalidNicType.Mismatch` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidPrefixListId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidSecurityGroupRuleId.NotFound` (404), `InvalidSourceGroupId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RevokeSecurityGroup>
    pub fn revoke_security_group(
        &self,
        request: operations::revoke_security_group::RevokeSecurityGroupRequest,
    ) -> ::yun_core::Call<'_, operations::revoke_security_group::RevokeSecurityGroupResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::revoke_security_group::OPERATION,
            &request,
        )
    }

    /// Calls `RevokeSecurityGroupEgress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `SecurityGroupId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidDestCidrIp.Malformed` (400), `InvalidDestCidrIp.sMalformed` (400), `InvalidDestGroupId.Mismatch` (400), `InvalidGroupAuthParameter.OperationDenied` (400), `InvalidGroupParameter.OperationDenied` (400), `InvalidIpPortRange.Malformed` (400), `InvalidIpProtocol.ValueNotSupported` (400), `InvalidNicType.ValueNotSupported` (400), `InvalidParam.DestCidrIp` (400), `InvalidParam.DestIp` (400), `InvalidParam.DuplicatePermissions` (400), `InvalidParam.Ipv4ProtocolConflictWithIpv6Address` (400), `InvalidParam.Ipv6DestCidrIp` (400), `InvalidParam.Ipv6ProtocolConflictWithIpv4Address` (400), `InvalidParam.Ipv6SourceCidrIp` (400), `InvalidParam.Permissions` (400), `InvalidParam.PortRange` (400), `InvalidParam.SecurityGroupRuleId` (400), `InvalidParam.SecurityGroupRuleIdRepeated` (400), `InvalidParam.SourceCidrIp` (400), `InvalidParam.SourceIp` (400), `InvalidParameter.Ipv6CidrIp` (400), `InvalidPolicy.Malformed` (400), `InvalidPortRange.Malformed` (400), `InvalidPriority.Malformed` (400), `InvalidPriority.ValueNotSupported` (400), `InvalidSecurityGroupDiscription.Malformed` (400), `InvalidSecurityGroupId.Malformed` (400), `InvalidSecurityGroupRule.RuleNotExist` (400), `InvalidSourcePortRange.Malformed` (400), `MissingParameter` (400), `MissingParameter.Dest` (400), `NotSupported.ClassicNetworkPrefixList` (400), `InvalidGroupAuthItem.NotFound` (403), `InvalidNicType.Mismatch` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParamter.Conflict` (403), `InvalidSecurityGroup.IsSame` (403), `InvalidDestGroupId.NotFound` (404), `InvalidPrefixListId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidSecurityGroupRuleId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RevokeSecurityGroupEgress>
    pub fn revoke_security_group_egress(
        &self,
        request: operations::revoke_security_group_egress::RevokeSecurityGroupEgressRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::revoke_security_group_egress::RevokeSecurityGroupEgressResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::revoke_security_group_egress::OPERATION,
            &request,
        )
    }

    /// Calls `RunCommand` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Type`, `CommandContent`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `CmdContent.DecodeError` (400), `CmdParam.EmptyKey` (400), `CmdParam.InvalidParamName` (400), `Duplicate.ResourceTagKey` (400), `Duplicate.TagKey` (400), `InvalidClientToken.Malformed` (400), `InvalidContainerId.Malformed` (400), `InvalidContainerName.Malformed` (400), `InvalidInstance.NotMatch` (400), `InvalidParam.Frequency` (400), `InvalidParameter.WorkingDir` (400), `InvalidResourceTag.ConflictWithInstanceIds` (400), `InvalidResourceTag.InstanceNotFound` (400), `InvalidResourceTagKey.Malformed` (400), `InvalidResourceTagValue.Malformed` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParam.Frequency` (400), `MissingParam.InstanceId` (400), `MissingParameter.ResourceTagKey` (400), `MissingParameter.TagKey` (400), `NumberExceed.ResourceTags` (400), `NumberExceed.Tags` (400), `Parameter.Disabled` (400), `Parameter.NotMatched` (400), `ParameterKey.Duplicate` (400), `RegionId.ApiNotSupported` (400), `WindowsPasswordName.Missed` (400), `CmdContent.ExceedLimit` (403), `CmdCount.ExceedQuota` (403), `CmdDesc.ExceedLimit` (403), `CmdName.ExceedLimit` (403), `CmdParamCount.ExceedLimit` (403), `CmdParamName.ExceedLimit` (403), `IdempotentParameterMismatch` (403), `IdempotentProcessing` (403), `InstanceIds.ExceedLimit` (403), `InvalidParameterCharacter.CommandDescription` (403), `InvalidParameterCharacter.CommandName` (403), `InvalidParameterCharacter.CommandWorkingDir` (403), `InvalidStatus.ResourceGroup` (403), `Invocation.ExceedQuota` (403), `Operation.Forbidden` (403), `OperationDenied.BidOwnResource` (403), `ParameterCount.ExceedLimit` (403), `ParameterKey.ExceedLimit` (403), `ParameterStore.InvalidParameters` (403), `ParameterStore.NoPermission` (403), `ParameterStore.NotSupported` (403), `ParameterType.NotSupported` (403), `TemporaryAccessKey.Error` (403), `Username.ExceedLimit` (403), `WindowsPasswordName.ExceedLimit` (403), `InvalidCmdId.NotFound` (404), `InvalidCmdType.NotFound` (404), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidRepeatMode.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidTerminationMode.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RunCommand>
    pub fn run_command(
        &self,
        request: operations::run_command::RunCommandRequest,
    ) -> ::yun_core::Call<'_, operations::run_command::RunCommandResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::run_command::OPERATION,
            &request,
        )
    }

    /// Calls `RunInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `Account.Arrearage` (400), `AccountForbidden.AssociatedWithResellerPartner` (400), `AccountForbidden.ProductCreationLimited` (400), `BurstingEnabledForDiskCategoryUnsupported` (400), `BurstingEnabledForMultiAttachDiskUnsupported` (400), `ChargeTypeViolation.PostPaidDedicatedHost` (400), `ClassicNetworkNotSupported` (400), `DedicatedHostNotSupported` (400), `DedicatedHostType.Unmatched` (400), `Duplicate.TagKey` (400), `HibernationConfigured.ImageNotEncrypted` (400), `HibernationConfigured.InstanceTypeNotSupport` (400), `HibernationConfigured.MemorySizeTooBig` (400), `ImageNotSupportCloudInit` (400), `IncorrectDedicatedHostStatus` (400), `IncorrectDefaultVpcStatus` (400), `IncorrectImageStatus` (400), `IncorrectRecycleBinStatus` (400), `IncorrectVSwitchStatus` (400), `IncorrectVpcStatus` (400), `InstanceDiskCategoryLimitExceed` (400), `InstanceDiskNumber.LimitExceed` (400), `InsufficientBalance.AgentCredit` (400), `Invalid.InstanceChargeType` (400), `Invalid.InstanceId` (400), `Invalid.InstanceType` (400), `Invalid.PrivatePoolOptions.Id` (400), `Invalid.PrivatePoolOptions.MatchCriteria` (400), `Invalid.PrivatePoolOptions.NoStock` (400), `Invalid.PrivatePoolOptions.status` (400), `Invalid.PrivatePoolOptionsId` (400), `Invalid.ZoneId` (400), `InvalidAccount.NotSupportSpot` (400), `InvalidAccountStatus.PayAmountLimitExceeded` (400), `InvalidAdditionalInfoPvdConfig.SizeExceeded` (400), `InvalidAliUid` (400), `InvalidAutoPay.PostPaidUnsupported` (400), `InvalidAutoReleaseTime.Malformed` (400), `InvalidAutoRenewPeriod.ValueNotSupported` (400), `InvalidBandwidthOut.LessThanZero` (400), `InvalidCapacityReservationId.NotFound` (400), `InvalidChargeType.CapacityReservationNotSupported` (400), `InvalidClientToken.ValueNotSupported` (400), `InvalidCloudBoxZone.OperationNotSupported` (400), `InvalidCustomInstanceType.NotSupported` (400), `InvalidDataDevice.Malformed` (400), `InvalidDataDiskCategory.ValueNotSupported` (400), `InvalidDataDiskSize.ValueNotSupported` (400), `InvalidDedicatedHostClusterId.InValid` (400), `InvalidDedicatedHostClusterId.NotFound` (400), `InvalidDedicatedHostId.NotFound` (400), `InvalidDedicatedHostStatus.NotSupport` (400), `InvalidDeploymentOnHost` (400), `InvalidDeploymentSetId.NotFound` (400), `InvalidDescription.Malformed` (400), `InvalidDestinationZone.DeploymentSetMismatch` (400), `InvalidDiskCategory.ConflictSnapshotCategory` (400), `InvalidDiskCategory.Mismatch` (400), `InvalidDiskCategory.NotSupported` (400), `InvalidDiskCategory.ValueNotSupported` (400), `InvalidDiskDescription.Malformed` (400), `InvalidDiskName.Malformed` (400), `InvalidEncryptAlgorithm` (400), `InvalidEncryptAlgorithm.NotMatchSnapshot` (400), `InvalidEncrypted.NotMatchEncryptAlgorithm` (400), `InvalidEncrypted.NotMatchKmsKeyId` (400), `InvalidEncrypted.NotMatchSnapshot` (400), `InvalidEniQueueSize.RegionOrUserNotSupported` (400), `InvalidHostName.Malformed` (400), `InvalidHpcClusterId.Creating` (400), `InvalidHpcClusterId.Necessary` (400), `InvalidHpcClusterId.NotFound` (400), `InvalidHpcClusterId.Unnecessary` (400), `InvalidHttpEndpoint.NotSupported` (400), `InvalidHttpPutResponseHopLimit.NotSupported` (400), `InvalidHttpTokens.NotSupported` (400), `InvalidInnerIpAddress.Malformed` (400), `InvalidInnerIpAddress.Unusable` (400), `InvalidInstanceChargeType.NotSupport` (400), `InvalidInstanceName.CustomMalformed` (400), `InvalidInstanceName.Malformed` (400), `InvalidInstanceType.ElasticNetworkInterfaceNotSupported` (400), `InvalidInstanceType.NotSupportCpuOptionsTopologyType` (400), `InvalidInstanceType.NotSupported` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidInstanceType.ValueUnauthorized` (400), `InvalidInternetChargeType.ValueNotSupported` (400), `InvalidInternetMaxBandwidthIn.Malformed` (400), `InvalidInternetMaxBandwidthOut.Malformed` (400), `InvalidIoOptimize.ValueNotSupported` (400), `InvalidKMSKeyId.NotSymmetric` (400), `InvalidKmsKeyId.NotMatchSnapshot` (400), `InvalidManagedPrivateSpaceId.NotFound` (400), `InvalidMarketImageChargeType.NotSupport` (400), `InvalidMaxAmount.Malformed` (400), `InvalidMinAmount.Malformed` (400), `InvalidNetworkType.Mismatch` (400), `InvalidNetworkType.NotSupported` (400), `InvalidNodeControllerId.Malformed` (400), `InvalidOperation.EniCountExceeded` (400), `InvalidOperation.UserNotSupportNetworkCard` (400), `InvalidOperation.UserNotSupported` (400), `InvalidOperation.VpcHasEnabledAdvancedNetworkFeature` (400), `InvalidParam.EncryptedMismatch` (400), `InvalidParam.NetworkInterface` (400), `InvalidParam.NotSupportJumboFrame` (400), `InvalidParam.SecondaryNetworkInterface` (400), `InvalidParam.Tenancy` (400), `InvalidParameter` (400), `InvalidParameter.Affinity` (400), `InvalidParameter.Arns` (400), `InvalidParameter.Bandwidth` (400), `InvalidParameter.CloudboxNotSupported` (400), `InvalidParameter.Conflict` (400), `InvalidParameter.CpuOptionsTopologyType` (400), `InvalidParameter.CreditSpecification` (400), `InvalidParameter.DedicatedRegionNotSupported` (400), `InvalidParameter.Encrypted.KmsNotEnable` (400), `InvalidParameter.EncryptedIllegal` (400), `InvalidParameter.EncryptedNotSupported` (400), `InvalidParameter.EniQueueSize` (400), `InvalidParameter.KMSKeyId.CMKUnauthorized` (400), `InvalidParameter.KmsNotEnabled` (400), `InvalidParameter.Mismatch` (400), `InvalidParameter.NetworkCardIndexInvalid` (400), `InvalidParameter.SecurityGroupIdRepeated` (400), `InvalidParameter.VSwitchId` (400), `InvalidParams.CreateEniParams` (400), `InvalidPassword.Malformed` (400), `InvalidPasswordParam.Mismatch` (400), `InvalidPerformanceLevel.Malformed` (400), `InvalidPerformanceLevel.ValueNotSupported` (400), `InvalidPeriod` (400), `InvalidPeriod.ExceededDedicatedHost` (400), `InvalidPeriodType.ValueNotSupported` (400), `InvalidPlatform.ValueNotSupported` (400), `InvalidPrimaryIpAddress.SizeInvalid` (400), `InvalidPrivateIpAddress` (400), `InvalidPrivateIpAddress.Duplicated` (400), `InvalidPrivateIpAddress.Malformed` (400), `InvalidProvisionedIops.LimitExceed` (400), `InvalidRelationResource.NotFound` (400), `InvalidSchedulerOptions` (400), `InvalidSecurityGroup.NetworkType` (400), `InvalidSecurityGroup.NotInDefaultVpc` (400), `InvalidSecurityGroup.VpcMismatch` (400), `InvalidSecurityGroupId.MultiGroupIdNetworkTypeConflict` (400), `InvalidSecurityGroupId.NotFound` (400), `InvalidSecurityGroupId.SingleIdAndMultiIdConflict` (400), `InvalidSnapshotId.BasedSnapshotTooOld` (400), `InvalidSnapshotId.Malformed` (400), `InvalidSnapshotId.NotFound` (400), `InvalidSpotAliUid` (400), `InvalidSpotAuthorized` (400), `InvalidSpotDuration` (400), `InvalidSpotInterruptionBehavior` (400), `InvalidSpotParam.EmptyZoneID` (400), `InvalidSpotPrepaid` (400), `InvalidSpotPriceLimit` (400), `InvalidSpotPriceLimit.LowerThanPublicPrice` (400), `InvalidSpotStrategy` (400), `InvalidStorageClusterId.CapacityNotEnough` (400), `InvalidStorageClusterId.CategoryNotMatch` (400), `InvalidStorageClusterId.DiskSizeEmpty` (400), `InvalidStorageClusterId.PerformanceLevelNotMatch` (400), `InvalidStorageClusterId.StatusNotSupport` (400), `InvalidStorageClusterId.ZoneIdEmpty` (400), `InvalidSystemDiskCategory.ValueNotSupported` (400), `InvalidSystemDiskSize.ImageNotSupportResize` (400), `InvalidSystemDiskSize.LessThanMemSize` (400), `InvalidSystemDiskSize.ValueNotSupported` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `InvalidUserData.Base64FormatInvalid` (400), `InvalidUserData.NotSupported` (400), `InvalidUserData.SizeExceeded` (400), `InvalidVSwitchId.Necessary` (400), `InvalidVpcZone.NotSupported` (400), `InvalidZoneId.NotSupportCreateWithShareEncryptedImage` (400), `InvalidZoneId.NotSupportShareEncryptedImage` (400), `IoOptimized.NotSupported` (400), `JoinedGroupLimitExceed` (400), `LackResource` (400), `LoginAsNonRoot.ImageNotSupport` (400), `MissingParameter` (400), `MissingParameter.PrivatePoolOptions.Id` (400), `MissingParameter.PrivatePoolOptionsId` (400), `MissingParamter` (400), `NoAvaliableDedicatedHost` (400), `NoPermission.Price` (400), `NoPermission.SystemTag` (400), `NotSupport.SnapshotEncryptedAlgorithmConflict` (400), `NotSupportSnapshotEncrypted.DiskCategory` (400), `NotSupportSnapshotEncrypted.ImageOwnerAlias` (400), `NotSupportSnapshotEncrypted.InstanceType` (400), `NotSupportSnapshotEncrypted.RegionId` (400), `NotSupportSnapshotEncrypted.ShareImage` (400), `NotSupportSnapshotEncrypted.ZoneId` (400), `NumberExceed.Tags` (400), `OperationDenied` (400), `OperationDenied.NoVlan` (400), `OperationDenied.QuotaExceed` (400), `ProvisionedIopsForDiskCategoryRequired` (400), `ProvisionedIopsForDiskCategoryUnsupported` (400), `QuotaExceed.AfterpayInstance` (400), `QuotaExceed.DiskCapacity` (400), `QuotaExceeded` (400), `QuotaExceeded.PrepayDataDiskCapacity` (400), `QuotaExceeded.PrivateIpAddress` (400), `RegionUnauthorized` (400), `ResourceNotAvailable` (400), `SpotNotSupported` (400), `UnexpectedImageFamily.ImageIdSupplied` (400), `VpcNotFound` (400), `Zone.NotOnSale` (400), `InvalidRamRole.NotEcsRole` (401), `Account.Arrearage` (403), `CategoryNotSupported` (403), `CategoryViolation` (403), `DefaultVswitch.Existed` (403), `DeleteWithInstance.Conflict` (403), `DependencyViolation.WindowsInstance` (403), `DryRun.InvalidAmount` (403), `EnterpriseGroupLimited.InstanceType` (403), `EnterpriseGroupLimited.MutliGroupType` (403), `Forbbiden` (403), `Forbidden.OnlySupportEnterpriseGroup` (403), `Forbidden.RegionId` (403), `Forbidden.RiskControl` (403), `HibernationConfigured.InstanceOperationForbidden` (403), `ImageNotSubscribed` (403), `ImageNotSupportInstanceType` (403), `ImageRemovedInMarket` (403), `IncorrectInstanceStatus` (403), `InstanceDiskCategoryLimitExceed` (403), `InstanceDiskLimitExceeded` (403), `InstanceDiskNumLimitExceed` (403), `InstanceType.Offline` (403), `InsufficientBalance` (403), `InvalidAccountStatus` (403), `InvalidAccountStatus.NotEnoughBalance` (403), `InvalidChargeType.ValueNotSupported` (403), `InvalidClusterId.NotFound` (403), `InvalidDescription.Malformed` (403), `InvalidDevice.InUse` (403), `InvalidDisk.SystemDiskSize` (403), `InvalidDiskCategory.Mismatch` (403), `InvalidDiskCategory.NotSupported` (403), `InvalidDiskSize.TooSmall` (403), `InvalidEncrypted.DefaultEncryptionUnsupported` (403), `InvalidEniId.NotFound` (403), `InvalidHostname.SingleAndMultiConflict` (403), `InvalidHostname.SizeInvalid` (403), `InvalidImage.NotSupported` (403), `InvalidImageFamily.MissingAvailableImage` (403), `InvalidInstance.UnPaidOrder` (403), `InvalidInstanceType.NotSupportDiskCategory` (403), `InvalidInstanceType.NotSupported` (403), `InvalidInstanceType.ValueNotSupported` (403), `InvalidInstanceType.ZoneNotSupported` (403), `InvalidIp.Address` (403), `InvalidIp.IpAssigned` (403), `InvalidIp.IpRepeated` (403), `InvalidIspBandwidthOut` (403), `InvalidIspType.ValueNotSupported` (403), `InvalidIspUID` (403), `InvalidManagedPrivateSpaceId.DedicatedHostIdConflict` (403), `InvalidManagedPrivateSpaceId.TenancyConflict` (403), `InvalidMaxPartitionNumber.Malformed` (403), `InvalidNetworkType` (403), `InvalidNetworkType.MismatchRamRole` (403), `InvalidOperation.ConfidentialComputingModeInInviteOnlyTesting` (403), `InvalidOperation.EniCountExceeded` (403), `InvalidOperation.ExceedInstanceTypeQueueNumber` (403), `InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded` (403), `InvalidOperation.HighPerformanceTrafficModeIsNotAllowed` (403), `InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode` (403), `InvalidOperation.InvalidNetworkInterfaceId` (403), `InvalidOperation.Ipv4CountExceeded` (403), `InvalidOperation.Ipv4NotSupport` (403), `InvalidOperation.Ipv6CountExceeded` (403), `InvalidOperation.Ipv6NotSupport` (403), `InvalidOperation.MaxEniQueueNumberExceeded` (403), `InvalidOperation.NetworkInterface` (403), `InvalidOperation.PublicIpAddressNoStock` (403), `InvalidOperation.RegionNotSupportNetworkInterfaceId` (403), `InvalidOperation.ResourceManagedByCloudProduct` (403), `InvalidParam.Amount` (403), `InvalidParam.ConfidentialComputingMode` (403), `InvalidParam.CpuOptionsCore` (403), `InvalidParam.CpuOptionsNuma` (403), `InvalidParam.IpAssign` (403), `InvalidParam.IpCount` (403), `InvalidParam.SecondaryIp` (403), `InvalidParam.TrustedSystemMode` (403), `InvalidParameter.Combination` (403), `InvalidParameter.EniNumExceededWithLaunchEcs` (403), `InvalidParameter.EniTrafficMode` (403), `InvalidParameter.EniType` (403), `InvalidParameter.InvalidEniQueueNumber` (403), `InvalidParameter.InvalidQueuePairNumber` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.NetworkInterface` (403), `InvalidParameter.NotMatch` (403), `InvalidParameter.PrivateIpAddressRepeated` (403), `InvalidParameter.QueuePairNumberMustEmpty` (403), `InvalidParameter.StorageSetId` (403), `InvalidParameter.StorageSetPartitionNumber` (403), `InvalidParameter.StorageSetZoneId` (403), `InvalidParams.HostnameExceed` (403), `InvalidParams.InstanceNameExceed` (403), `InvalidPayMethod` (403), `InvalidRegion.NotSupport` (403), `InvalidRegionId.NotSupportEncryptAlgorithm` (403), `InvalidResourceId.NotSupported` (403), `InvalidResourceType.NotSupported` (403), `InvalidSecurityOptions.NotSupported` (403), `InvalidSnapshotId.NotDataDiskSnapshot` (403), `InvalidSnapshotId.NotReady` (403), `InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport` (403), `InvalidSpotInterruptionBehavior.LocalDiskNotSupport` (403), `InvalidStorageSetName.Malformed` (403), `InvalidSystemDiskCategory.ValueUnauthorized` (403), `InvalidUser.PassRoleForbidden` (403), `InvalidUserData.Forbidden` (403), `InvalidVSwitch.DefaultVSwitchNotSupport` (403), `InvalidVSwitch.Ipv6NotTurnOn` (403), `InvalidVSwitchId.IpInvalid` (403), `IoOptimized.NotSupported` (403), `MaxEniIpv6IpsCountExceeded` (403), `Mayi.InternalError` (403), `NodeControllerUnavailable` (403), `NotSupportSnapshotEncrypted.DiskCategory` (403), `OperationDenied` (403), `OperationDenied.BidOwnResource` (403), `OperationDenied.CloudSSDNotSupported` (403), `OperationDenied.DiskTypeNotSupport` (403), `OperationDenied.FlavorNotSupported` (403), `OperationDenied.ImageNotValid` (403), `OperationDenied.InconsistentNetwork` (403), `OperationDenied.InvalidNetworkType` (403), `OperationDenied.LocalDiskUnsupported` (403), `OperationDenied.NoStock` (403), `OperationDenied.PaygNotAvailable` (403), `OperationDenied.PerformanceLevelNotMatch` (403), `OperationDenied.PrepayNotAvailable` (403), `OperationDenied.RegionIdNotSupported` (403), `OperationDenied.ResourceControl` (403), `OperationDenied.SnapshotNotAllowed` (403), `OperationDenied.SnapshotNotValid` (403), `OperationDenied.SnapshotParamsNotValid` (403), `OperationDenied.TimestampNotSupported` (403), `OperationDenied.ZoneNotAllowed` (403), `OperationDenied.ZoneSystemCategoryNotMatch` (403), `QuotaExceed.BuyImage` (403), `QuotaExceed.DeploymentSetInstanceQuotaFull` (403), `QuotaExceed.ElasticQuota` (403), `QuotaExceed.PortableCloudDisk` (403), `QuotaExceed.PostPaidDisk` (403), `QuotaExceed.Tags` (403), `QuotaExceeded.PostpaidDataDiskCapacity` (403), `QuotaExceeded.PrivateIpAddress` (403), `RealNameAuthenticationError` (403), `RegionUnauthorized` (403), `ResourcesNotInSameZone` (403), `SecurityGroupInstanceLimitExceed` (403), `SecurityRisk.3DVerification` (403), `UnsupportedIspChargeType` (403), `UnsupportedIspClassicNetwork` (403), `UnsupportedIspNetworkChargeType` (403), `UnsupportedIspRegion` (403), `UserNotInTheWhiteList` (403), `Zone.NotOnSale` (403), `Zone.NotOpen` (403), `DependencyViolation.IoOptimized` (404), `DeploymentSet.NotFound` (404), `HOSTNAME_ILLEGAL` (404), `InvalidAutoSnapshotPolicyId.NotFound` (404), `InvalidClusterId.NotFound` (404), `InvalidDataDiskSnapshotId.NotFound` (404), `InvalidDiskIds.NotPortable` (404), `InvalidImageId.NotFound` (404), `InvalidInstanceChargeType.NotFound` (404), `InvalidKeyPairName.NotFound` (404), `InvalidLaunchTemplate.NotFound` (404), `InvalidLaunchTemplateVersion.NotFound` (404), `InvalidMarketImage.NotFound` (404), `InvalidParameter.DeploymentSetGroupNo` (404), `InvalidParameter.KMSKeyId.NotFound` (404), `InvalidRamRole.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InvalidSecurityGroupId` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidStorageClusterId.NotExist` (404), `InvalidSystemDiskSize.LessThanImageSize` (404), `InvalidSystemDiskSize.LessThanMinSize` (404), `InvalidSystemDiskSize.MoreThanMaxSize` (404), `InvalidVSwitchId.NotExist` (404), `InvalidVSwitchId.NotFound` (404), `InvalidZoneId.NotFound` (404), `IoOptimized.NotSupported` (404), `OperationDenied.CreatingConflict` (404), `OperationDenied.ImageNotValid` (404), `PaymentMethodNotFound` (404), `Throttling.Resource` (429), `InternalError` (500), `InvalidParameter.DataEncryptedKeyCreateFailed` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RunInstances>
    pub fn run_instances(
        &self,
        request: operations::run_instances::RunInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::run_instances::RunInstancesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::run_instances::OPERATION,
            &request,
        )
    }

    /// Calls `SendFile` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `Name`, `TargetDir`, `Content`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `FileContent.DecodeError` (400), `FileContentType.Invalid` (400), `FileMode.Invalid` (400), `FileTargetDir.Invalid` (400), `InvalidParameter.FileGroup` (400), `InvalidParameter.FileOwner` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `MissingParam.InstanceId` (400), `MissingParameter.TagKey` (400), `NumberExceed.Tags` (400), `RegionId.ApiNotSupported` (400), `FileDesc.ExceedLimit` (403), `FileName.ExceedLimit` (403), `FileSize.ExceedLimit` (403), `InstanceIds.ExceedLimit` (403), `Operation.Forbidden` (403), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InvalidResourceGroup.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/SendFile>
    pub fn send_file(
        &self,
        request: operations::send_file::SendFileRequest,
    ) -> ::yun_core::Call<'_, operations::send_file::SendFileResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::send_file::OPERATION,
            &request,
        )
    }

    /// Calls `StartImagePipelineExecution` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ImagePipelineId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Service error codes: `InvalidImagePipeline.HasRunningExecution` (403), `InvalidImagePipeline.NotFound` (404), `StartImagePipelineExecution.Failed` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StartImagePipelineExecution>
    pub fn start_image_pipeline_execution(
        &self,
        request: operations::start_image_pipeline_execution::StartImagePipelineExecutionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::start_image_pipeline_execution::StartImagePipelineExecutionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::start_image_pipeline_execution::OPERATION,
            &request,
        )
    }

    /// Calls `StartInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Invalid.PrivatePoolOptions.NoStock` (400), `InvalidDedicatedHost.NotEnoughResource` (400), `InvalidInstance.NotFoundSystemDisk` (400), `LackResource` (400), `DiskError` (403), `DiskInArrears` (403), `IncorrectInstanceStatus` (403), `InstanceExpired` (403), `InstanceLockedForSecurity` (403), `InstanceNotReady` (403), `InsufficientBalance` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidParameter.KMSKeyId.NotFound` (403), `OperationDenied.HostRepairing` (403), `OperationDenied.NoStock` (403), `OperationDenied.SpotPriceLowerThanPublicPrice` (403), `QuotaExceed.ElasticQuota` (403), `InvalidCapacityReservationId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InstanceNotReady` (500), `InternalError` (500), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StartInstance>
    pub fn start_instance(
        &self,
        request: operations::start_instance::StartInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::start_instance::StartInstanceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::start_instance::OPERATION,
            &request,
        )
    }

    /// Calls `StartInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DRYRUN.SUCCESS` (400), `Invalid.PrivatePoolOptions.NoStock` (400), `InvalidParameter.KMSKeyId.CMKNotEnabled` (400), `InvalidParameter.KMSKeyId.KMSUnauthorized` (400), `Abs.InvalidInstanceIds.MalFormed` (403), `IncorrectInstanceStatus` (403), `InstanceExpired` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InstanceNotReady` (403), `InsufficientBalance` (403), `InvalidInstance.NotFoundSystemDisk` (403), `InvalidInstanceId.NotFound` (403), `InvalidParameter.TooManyInstanceIds` (403), `OperationDenied.HostRepairing` (403), `OperationDenied.NoStock` (403), `OperationDenied.SpotPriceLowerThanPublicPrice` (403), `InvalidInstanceId.NotFound` (404), `InvalidInstanceIds.NotFound` (404), `InvalidOperation.Conflict` (409), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StartInstances>
    pub fn start_instances(
        &self,
        request: operations::start_instances::StartInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::start_instances::StartInstancesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::start_instances::OPERATION,
            &request,
        )
    }

    /// Calls `StartTerminalSession` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `PortNumber.Invalid` (400), `RegionId.ApiNotSupported` (400), `InstanceIds.ExceedLimit` (403), `InvalidCommandLine.Conflict` (403), `InvalidCommandLine.LengthLimitExceeded` (403), `InvalidInstanceIds.CountLimitExceeded` (403), `InvalidOperation.SecurityGroupRuleDenied` (403), `InvalidTargetServer.MissingPortNumber` (403), `Operation.Forbidden` (403), `PortForwarding.NotSupported` (403), `SessionCount.ExceedLimit` (403), `UserBehavior.SessionManagerDisabled` (403), `Username.ExceedLimit` (403), `InvalidInstance.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StartTerminalSession>
    pub fn start_terminal_session(
        &self,
        request: operations::start_terminal_session::StartTerminalSessionRequest,
    ) -> ::yun_core::Call<'_, operations::start_terminal_session::StartTerminalSessionResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::start_terminal_session::OPERATION,
            &request,
        )
    }

    /// Calls `StopInstance` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DiskError` (403), `HibernationConfigured.InstanceOperationForbidden` (403), `HibernationConfigured.NotEnabled` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InstanceType.ParameterMismatch` (403), `InvalidInstanceId.NotSupport` (403), `InvalidParameter.KMSKeyId.CMKNotEnabled` (403), `InvalidParameter.KMSKeyId.CMKUnauthorized` (403), `InvalidParameter.KMSKeyId.KMSUnauthorized` (403), `InvalidInstanceId.NotFound` (404), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StopInstance>
    pub fn stop_instance(
        &self,
        request: operations::stop_instance::StopInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::stop_instance::StopInstanceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::stop_instance::OPERATION,
            &request,
        )
    }

    /// Calls `StopInstances` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `DRYRUN.SUCCESS` (400), `InvalidParameter.KMSKeyId.CMKNotEnabled` (400), `InvalidParameter.KMSKeyId.KMSUnauthorized` (400), `Abs.InvalidInstanceIds.MalFormed` (403), `IncorrectInstanceStatus` (403), `InstanceExpiredOrInArrears` (403), `InstanceLockedForSecurity` (403), `InstanceNotReady` (403), `InsufficientBalance` (403), `InvalidInstanceId.NotFound` (403), `InvalidInstanceId.NotSupport` (403), `InvalidParameter.TooManyInstanceIds` (403), `InvalidInstanceId.NotFound` (404), `InvalidInstanceIds.NotFound` (404), `InvalidOperation.Conflict` (409), `InternalError` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StopInstances>
    pub fn stop_instances(
        &self,
        request: operations::stop_instances::StopInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::stop_instances::StopInstancesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::stop_instances::OPERATION,
            &request,
        )
    }

    /// Calls `StopInvocation` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `InvokeId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `RegionId.ApiNotSupported` (400), `InstanceIds.ExceedLimit` (403), `Operation.Forbidden` (403), `InvalidInvokeId.NotFound` (404), `InvalidRegionId.NotFound` (404), `InternalError.Dispatch` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StopInvocation>
    pub fn stop_invocation(
        &self,
        request: operations::stop_invocation::StopInvocationRequest,
    ) -> ::yun_core::Call<'_, operations::stop_invocation::StopInvocationResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::stop_invocation::OPERATION,
            &request,
        )
    }

    /// Calls `TagResources` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceType`, `ResourceId`, `Tag`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `Invalid.Scope` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `NumberExceed.ResourceIds` (400), `NumberExceed.Tags` (400), `OperationDenied.QuotaExceed` (400), `InvalidResourceId.NotSupported` (403), `NoPermission.Tag` (403), `NoPermissionKey.Scope` (403), `PermissionDenied.Scope` (403), `PermissionDenied.TagOwnerBid` (403), `PermissionDenied.TagOwnerUid` (403), `QuotaExceed.Tags` (403), `TagKey.Duplication` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceId.NotFound` (404), `InvalidResourceType.NotFound` (404), `MissingParameter.RegionId` (404), `MissingParameter.ResourceIds` (404), `MissingParameter.ResourceType` (404), `MissingParameter.TagOwnerBid` (404), `MissingParameter.TagOwnerUid` (404), `MissingParameter.Tags` (404), `ServiceUnavailable` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/TagResources>
    pub fn tag_resources(
        &self,
        request: operations::tag_resources::TagResourcesRequest,
    ) -> ::yun_core::Call<'_, operations::tag_resources::TagResourcesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::tag_resources::OPERATION,
            &request,
        )
    }

    /// Calls `TerminatePhysicalConnection` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `PhysicalConnectionId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.NotAllowedInState` (400), `Forbidden.VbrAttached` (400), `InvalidPhysicalConnectionId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/TerminatePhysicalConnection>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn terminate_physical_connection(
        &self,
        request: operations::terminate_physical_connection::TerminatePhysicalConnectionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::terminate_physical_connection::TerminatePhysicalConnectionResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::terminate_physical_connection::OPERATION,
            &request,
        )
    }

    /// Calls `TerminateVirtualBorderRouter` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `VbrId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `InvalidOperation.OperationNotAllowedInState` (400), `Forbidden.OperationNotAllowedByUser` (403), `InvalidRegionId.NotFound` (404), `InvalidVbrId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/TerminateVirtualBorderRouter>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn terminate_virtual_border_router(
        &self,
        request: operations::terminate_virtual_border_router::TerminateVirtualBorderRouterRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::terminate_virtual_border_router::TerminateVirtualBorderRouterResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::terminate_virtual_border_router::OPERATION,
            &request,
        )
    }

    /// Calls `UnassignIpv6Addresses` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `InvalidEniId.Malformed` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidParameter` (400), `InvalidParameter.Conflict` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `Forbbiden.SubUser` (403), `Forbedden.NotSupportRAM` (403), `Forbidden.RegionId` (403), `InvalidIp.Address` (403), `InvalidIp.IpPrefixIllegal` (403), `InvalidIp.IpPrefixMaskInvalid` (403), `InvalidIp.IpPrefixMaskNotSame` (403), `InvalidIp.IpPrefixNotStrict` (403), `InvalidIp.IpRepeated` (403), `InvalidIp.IpUnassigned` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.InvalidEniType` (403), `InvalidUserType.NotSupported` (403), `MissingParameter` (403), `InvalidEniId.NotFound` (404), `InvalidOperation.RegionNotSupportIpPrefix` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UnassignIpv6Addresses>
    pub fn unassign_ipv6_addresses(
        &self,
        request: operations::unassign_ipv6_addresses::UnassignIpv6AddressesRequest,
    ) -> ::yun_core::Call<'_, operations::unassign_ipv6_addresses::UnassignIpv6AddressesResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::unassign_ipv6_addresses::OPERATION,
            &request,
        )
    }

    /// Calls `UnassignPrivateIpAddresses` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `NetworkInterfaceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Forbidden.RegionId` (400), `InvalidAction` (400), `InvalidEniId.Malformed` (400), `InvalidInstanceID.Malformed` (400), `InvalidOperation.DetachPrimaryEniNotAllowed` (400), `InvalidOperation.InvalidEcsState` (400), `InvalidOperation.InvalidEniState` (400), `InvalidParameter` (400), `InvalidParameter.Conflict` (400), `MissingParameter` (400), `UnsupportedParameter` (400), `Abs.InvalidAccount.NotFound` (403), `EniPerInstanceLimitExceeded` (403), `Forbidden.NotSupportRAM` (403), `Forbidden.SubUser` (403), `InvalidIp.IpPrefixIllegal` (403), `InvalidIp.IpPrefixMaskInvalid` (403), `InvalidIp.IpPrefixMaskNotSame` (403), `InvalidIp.IpPrefixNotStrict` (403), `InvalidIp.IpUnassigned` (403), `InvalidOperation.AvailabilityZoneMismatch` (403), `InvalidOperation.EniServiceManaged` (403), `InvalidOperation.InvalidEniType` (403), `InvalidOperation.VpcMismatch` (403), `InvalidPrivateIpAddress.Malformed` (403), `InvalidSecurityGroupId.NotVpc` (403), `InvalidUserType.NotSupported` (403), `InvalidVSwitchId.IpInvalid` (403), `MaxEniCountExceeded` (403), `MissingParameter` (403), `Operation.Conflict` (403), `SecurityGroupInstanceLimitExceed` (403), `InvalidEcsId.NotFound` (404), `InvalidEniId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidSecurityGroupId.NotFound` (404), `InvalidVSwitchId.NotFound` (404), `InvalidOperation.RegionNotSupportIpPrefix` (500).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UnassignPrivateIpAddresses>
    pub fn unassign_private_ip_addresses(
        &self,
        request: operations::unassign_private_ip_addresses::UnassignPrivateIpAddressesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::unassign_private_ip_addresses::UnassignPrivateIpAddressesResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::unassign_private_ip_addresses::OPERATION,
            &request,
        )
    }

    /// Calls `UnassociateEipAddress` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `AllocationId`, `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `DependencyViolation.SnatEntry` (400), `Forbbiden` (400), `Forbidden.FinancialLocked` (400), `IncorrectEipStatus` (400), `IncorrectHaVipStatus` (400), `IncorrectInstanceStatus` (400), `InvalidBindingStatus` (400), `InvalidEIPStatus.BizDisabled` (400), `InvalidInstance.NotVpc` (400), `InvalidInstanceId.NotFound` (400), `InvalidInstanceType.ValueNotSupported` (400), `InvalidIpStatus.HasBeenUsedByForwardEntry` (400), `InvalidIpStatus.HasBeenUsedBySnatTable` (400), `InvalidParameter` (400), `InvalidStatus.EcsStatusNotSupport` (400), `InvalidStatus.EniStatusNotSupport` (400), `InvalidStatus.NotAllow` (400), `InvalidStatus.SnatOrDnat` (400), `OperationDenied` (400), `TaskConflict` (400), `Forbidden.RegionNotFound` (404), `InvalidAllocationId.NotFound` (404), `InvalidHaVip.NotFound` (404), `OperationUnsupported.ServiceManaged` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UnassociateEipAddress>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn unassociate_eip_address(
        &self,
        request: operations::unassociate_eip_address::UnassociateEipAddressRequest,
    ) -> ::yun_core::Call<'_, operations::unassociate_eip_address::UnassociateEipAddressResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::unassociate_eip_address::OPERATION,
            &request,
        )
    }

    /// Calls `UnassociateHaVip` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `HaVipId`, `InstanceId`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Deprecated by the vendor.
    ///
    /// Service error codes: `Forbidden.HaVip` (400), `Forbidden.UnassociateMaster` (400), `IncorrectHaVipStatus` (400), `IncorrectInstanceStatus` (400), `OperationFailed.DistibuteLock` (400), `ResourceNotAssociated` (400), `InvalidHaVipId.NotFound` (404), `InvalidInstanceId.NotFound` (404), `InvalidRegionId.NotFound` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UnassociateHaVip>
    #[deprecated(note = "deprecated by the vendor")]
    pub fn unassociate_ha_vip(
        &self,
        request: operations::unassociate_ha_vip::UnassociateHaVipRequest,
    ) -> ::yun_core::Call<'_, operations::unassociate_ha_vip::UnassociateHaVipResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::unassociate_ha_vip::OPERATION,
            &request,
        )
    }

    /// Calls `UntagResources` of API version `2014-05-26`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `RegionId`, `ResourceType`, `ResourceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Service error codes: `Duplicate.TagKey` (400), `Invalid.Scope` (400), `InvalidTag.Mismatch` (400), `InvalidTagCount` (400), `InvalidTagKey.Malformed` (400), `InvalidTagValue.Malformed` (400), `NumberExceed.ResourceIds` (400), `NumberExceed.Tags` (400), `OperationDenied.QuotaExceed` (400), `InvalidResourceId.NotSupported` (403), `NoPermission.Tag` (403), `NoPermissionKey.Scope` (403), `Param.Conflict` (403), `PermissionDenied.Scope` (403), `PermissionDenied.TagOwnerBid` (403), `PermissionDenied.TagOwnerUid` (403), `InvalidRegionId.NotFound` (404), `InvalidResourceId.NotFound` (404), `InvalidResourceType.NotFound` (404), `MissingParameter.RegionId` (404), `MissingParameter.ResourceIds` (404), `MissingParameter.ResourceType` (404), `MissingParameter.TagOwnerBid` (404), `MissingParameter.TagOwnerUid` (404), `MissingParameter.Tags` (404).
    ///
    /// Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UntagResources>
    pub fn untag_resources(
        &self,
        request: operations::untag_resources::UntagResourcesRequest,
    ) -> ::yun_core::Call<'_, operations::untag_resources::UntagResourcesResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::untag_resources::OPERATION,
            &request,
        )
    }

    /// Pages through `DescribeAccessPoints` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `AccessPointSet.AccessPointType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_access_points_paginator(
        &self,
        request: operations::describe_access_points::DescribeAccessPointsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_access_points::DescribeAccessPointsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeActivations` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `ActivationList`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_activations_paginator(
        &self,
        request: operations::describe_activations::DescribeActivationsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_activations::DescribeActivationsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeAutoProvisioningGroupHistory` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `AutoProvisioningGroupHistories.AutoProvisioningGroupHistory`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_auto_provisioning_group_history_paginator(
        &self,
        request: operations::describe_auto_provisioning_group_history::DescribeAutoProvisioningGroupHistoryRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_auto_provisioning_group_history::DescribeAutoProvisioningGroupHistoryRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeAutoProvisioningGroupInstances` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Instances.Instance`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_auto_provisioning_group_instances_paginator(
        &self,
        request: operations::describe_auto_provisioning_group_instances::DescribeAutoProvisioningGroupInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_auto_provisioning_group_instances::DescribeAutoProvisioningGroupInstancesRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeAutoProvisioningGroups` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `AutoProvisioningGroups.AutoProvisioningGroup`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_auto_provisioning_groups_paginator(
        &self,
        request: operations::describe_auto_provisioning_groups::DescribeAutoProvisioningGroupsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_auto_provisioning_groups::DescribeAutoProvisioningGroupsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeAutoSnapshotPolicyEx` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `AutoSnapshotPolicies.AutoSnapshotPolicy`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_auto_snapshot_policy_ex_paginator(
        &self,
        request: operations::describe_auto_snapshot_policy_ex::DescribeAutoSnapshotPolicyExRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_auto_snapshot_policy_ex::DescribeAutoSnapshotPolicyExRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeBandwidthPackages` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `BandwidthPackages.BandwidthPackage`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_bandwidth_packages_paginator(
        &self,
        request: operations::describe_bandwidth_packages::DescribeBandwidthPackagesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_bandwidth_packages::DescribeBandwidthPackagesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeCapacityReservationInstances` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `CapacityReservationItem.InstanceIdSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_capacity_reservation_instances_paginator(
        &self,
        request: operations::describe_capacity_reservation_instances::DescribeCapacityReservationInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_capacity_reservation_instances::DescribeCapacityReservationInstancesRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeCapacityReservations` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `CapacityReservationSet.CapacityReservationItem`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_capacity_reservations_paginator(
        &self,
        request: operations::describe_capacity_reservations::DescribeCapacityReservationsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_capacity_reservations::DescribeCapacityReservationsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeClassicLinkInstances` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Links.Link`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_classic_link_instances_paginator(
        &self,
        request: operations::describe_classic_link_instances::DescribeClassicLinkInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_classic_link_instances::DescribeClassicLinkInstancesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeCloudAssistantStatus` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `InstanceCloudAssistantStatusSet.InstanceCloudAssistantStatus`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_cloud_assistant_status_paginator(
        &self,
        request: operations::describe_cloud_assistant_status::DescribeCloudAssistantStatusRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_cloud_assistant_status::DescribeCloudAssistantStatusRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeCommands` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Commands.Command`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_commands_paginator(
        &self,
        request: operations::describe_commands::DescribeCommandsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_commands::DescribeCommandsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDedicatedHostClusters` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `DedicatedHostClusters.DedicatedHostCluster`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_dedicated_host_clusters_paginator(
        &self,
        request: operations::describe_dedicated_host_clusters::DescribeDedicatedHostClustersRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_dedicated_host_clusters::DescribeDedicatedHostClustersRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDedicatedHosts` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `DedicatedHosts.DedicatedHost`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_dedicated_hosts_paginator(
        &self,
        request: operations::describe_dedicated_hosts::DescribeDedicatedHostsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_dedicated_hosts::DescribeDedicatedHostsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDemands` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Demands.Demand`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_demands_paginator(
        &self,
        request: operations::describe_demands::DescribeDemandsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_demands::DescribeDemandsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDeploymentSets` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `DeploymentSets.DeploymentSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_deployment_sets_paginator(
        &self,
        request: operations::describe_deployment_sets::DescribeDeploymentSetsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_deployment_sets::DescribeDeploymentSetsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDiagnosticMetricSets` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `MetricSets`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_diagnostic_metric_sets_paginator(
        &self,
        request: operations::describe_diagnostic_metric_sets::DescribeDiagnosticMetricSetsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_diagnostic_metric_sets::DescribeDiagnosticMetricSetsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDiagnosticMetrics` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Metrics`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_diagnostic_metrics_paginator(
        &self,
        request: operations::describe_diagnostic_metrics::DescribeDiagnosticMetricsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_diagnostic_metrics::DescribeDiagnosticMetricsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDiagnosticReports` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Reports.Report`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_diagnostic_reports_paginator(
        &self,
        request: operations::describe_diagnostic_reports::DescribeDiagnosticReportsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_diagnostic_reports::DescribeDiagnosticReportsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDisks` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Disks.Disk`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_disks_paginator(
        &self,
        request: operations::describe_disks::DescribeDisksRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_disks::DescribeDisksRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDisksFullStatus` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `DiskFullStatusSet.DiskFullStatusType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_disks_full_status_paginator(
        &self,
        request: operations::describe_disks_full_status::DescribeDisksFullStatusRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_disks_full_status::DescribeDisksFullStatusRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeEipAddresses` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `EipAddresses.EipAddress`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_eip_addresses_paginator(
        &self,
        request: operations::describe_eip_addresses::DescribeEipAddressesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_eip_addresses::DescribeEipAddressesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeElasticityAssuranceInstances` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `ElasticityAssuranceItem.InstanceIdSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_elasticity_assurance_instances_paginator(
        &self,
        request: operations::describe_elasticity_assurance_instances::DescribeElasticityAssuranceInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_elasticity_assurance_instances::DescribeElasticityAssuranceInstancesRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeElasticityAssurances` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `ElasticityAssuranceSet.ElasticityAssuranceItem`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_elasticity_assurances_paginator(
        &self,
        request: operations::describe_elasticity_assurances::DescribeElasticityAssurancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_elasticity_assurances::DescribeElasticityAssurancesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeForwardTableEntries` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `ForwardTableEntries.ForwardTableEntry`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_forward_table_entries_paginator(
        &self,
        request: operations::describe_forward_table_entries::DescribeForwardTableEntriesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_forward_table_entries::DescribeForwardTableEntriesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeHaVips` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `HaVips.HaVip`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_ha_vips_paginator(
        &self,
        request: operations::describe_ha_vips::DescribeHaVipsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_ha_vips::DescribeHaVipsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeHpcClusters` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `HpcClusters.HpcCluster`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_hpc_clusters_paginator(
        &self,
        request: operations::describe_hpc_clusters::DescribeHpcClustersRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_hpc_clusters::DescribeHpcClustersRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeImageComponents` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `ImageComponent.ImageComponentSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_image_components_paginator(
        &self,
        request: operations::describe_image_components::DescribeImageComponentsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_image_components::DescribeImageComponentsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeImagePipelineExecutions` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `ImagePipelineExecution.ImagePipelineExecutionSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_image_pipeline_executions_paginator(
        &self,
        request: operations::describe_image_pipeline_executions::DescribeImagePipelineExecutionsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_image_pipeline_executions::DescribeImagePipelineExecutionsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeImagePipelines` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `ImagePipeline.ImagePipelineSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_image_pipelines_paginator(
        &self,
        request: operations::describe_image_pipelines::DescribeImagePipelinesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_image_pipelines::DescribeImagePipelinesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeImages` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Images.Image`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_images_paginator(
        &self,
        request: operations::describe_images::DescribeImagesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_images::DescribeImagesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstanceAttachmentAttributes` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Instances.Instance`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instance_attachment_attributes_paginator(
        &self,
        request: operations::describe_instance_attachment_attributes::DescribeInstanceAttachmentAttributesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instance_attachment_attributes::DescribeInstanceAttachmentAttributesRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstanceAutoRenewAttribute` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `InstanceRenewAttributes.InstanceRenewAttribute`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instance_auto_renew_attribute_paginator(
        &self,
        request: operations::describe_instance_auto_renew_attribute::DescribeInstanceAutoRenewAttributeRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instance_auto_renew_attribute::DescribeInstanceAutoRenewAttributeRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstanceHistoryEvents` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `InstanceSystemEventSet.InstanceSystemEventType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instance_history_events_paginator(
        &self,
        request: operations::describe_instance_history_events::DescribeInstanceHistoryEventsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instance_history_events::DescribeInstanceHistoryEventsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstanceMaintenanceAttributes` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `MaintenanceAttributes.MaintenanceAttribute`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instance_maintenance_attributes_paginator(
        &self,
        request: operations::describe_instance_maintenance_attributes::DescribeInstanceMaintenanceAttributesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instance_maintenance_attributes::DescribeInstanceMaintenanceAttributesRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstanceRamRole` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `InstanceRamRoleSets.InstanceRamRoleSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instance_ram_role_paginator(
        &self,
        request: operations::describe_instance_ram_role::DescribeInstanceRamRoleRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instance_ram_role::DescribeInstanceRamRoleRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstanceStatus` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `InstanceStatuses.InstanceStatus`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instance_status_paginator(
        &self,
        request: operations::describe_instance_status::DescribeInstanceStatusRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instance_status::DescribeInstanceStatusRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstanceTypes` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `InstanceTypes.InstanceType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instance_types_paginator(
        &self,
        request: operations::describe_instance_types::DescribeInstanceTypesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instance_types::DescribeInstanceTypesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstances` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Instances.Instance`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instances_paginator(
        &self,
        request: operations::describe_instances::DescribeInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instances::DescribeInstancesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstancesFullStatus` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `InstanceFullStatusSet.InstanceFullStatusType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instances_full_status_paginator(
        &self,
        request: operations::describe_instances_full_status::DescribeInstancesFullStatusRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instances_full_status::DescribeInstancesFullStatusRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInvocationResults` by token (`NextToken`, `MaxResults`; `Invocation.NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Invocation.InvocationResults.InvocationResult`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_invocation_results_paginator(
        &self,
        request: operations::describe_invocation_results::DescribeInvocationResultsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_invocation_results::DescribeInvocationResultsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInvocations` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Invocations.Invocation`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_invocations_paginator(
        &self,
        request: operations::describe_invocations::DescribeInvocationsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_invocations::DescribeInvocationsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeKeyPairs` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `KeyPairs.KeyPair`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_key_pairs_paginator(
        &self,
        request: operations::describe_key_pairs::DescribeKeyPairsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_key_pairs::DescribeKeyPairsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeLaunchTemplateVersions` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `LaunchTemplateVersionSets.LaunchTemplateVersionSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_launch_template_versions_paginator(
        &self,
        request: operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeLaunchTemplates` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `LaunchTemplateSets.LaunchTemplateSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_launch_templates_paginator(
        &self,
        request: operations::describe_launch_templates::DescribeLaunchTemplatesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_launch_templates::DescribeLaunchTemplatesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeManagedInstances` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Instances`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_managed_instances_paginator(
        &self,
        request: operations::describe_managed_instances::DescribeManagedInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_managed_instances::DescribeManagedInstancesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeNatGateways` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `NatGateways.NatGateway`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_nat_gateways_paginator(
        &self,
        request: operations::describe_nat_gateways::DescribeNatGatewaysRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_nat_gateways::DescribeNatGatewaysRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeNetworkInterfacePermissions` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `NetworkInterfacePermissions.NetworkInterfacePermission`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_network_interface_permissions_paginator(
        &self,
        request: operations::describe_network_interface_permissions::DescribeNetworkInterfacePermissionsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_network_interface_permissions::DescribeNetworkInterfacePermissionsRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeNetworkInterfaces` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `NetworkInterfaceSets.NetworkInterfaceSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_network_interfaces_paginator(
        &self,
        request: operations::describe_network_interfaces::DescribeNetworkInterfacesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_network_interfaces::DescribeNetworkInterfacesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribePhysicalConnections` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `PhysicalConnectionSet.PhysicalConnectionType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_physical_connections_paginator(
        &self,
        request: operations::describe_physical_connections::DescribePhysicalConnectionsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_physical_connections::DescribePhysicalConnectionsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribePrefixListAssociations` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `PrefixListAssociations.PrefixListAssociation`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_prefix_list_associations_paginator(
        &self,
        request: operations::describe_prefix_list_associations::DescribePrefixListAssociationsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_prefix_list_associations::DescribePrefixListAssociationsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribePrefixLists` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `PrefixLists.PrefixList`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_prefix_lists_paginator(
        &self,
        request: operations::describe_prefix_lists::DescribePrefixListsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_prefix_lists::DescribePrefixListsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeReservedInstances` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `ReservedInstances.ReservedInstance`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_reserved_instances_paginator(
        &self,
        request: operations::describe_reserved_instances::DescribeReservedInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_reserved_instances::DescribeReservedInstancesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeResourceByTags` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Resources.Resource`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_resource_by_tags_paginator(
        &self,
        request: operations::describe_resource_by_tags::DescribeResourceByTagsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_resource_by_tags::DescribeResourceByTagsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeRouteTables` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `RouteTables.RouteTable`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_route_tables_paginator(
        &self,
        request: operations::describe_route_tables::DescribeRouteTablesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_route_tables::DescribeRouteTablesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeRouterInterfaces` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `RouterInterfaceSet.RouterInterfaceType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_router_interfaces_paginator(
        &self,
        request: operations::describe_router_interfaces::DescribeRouterInterfacesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_router_interfaces::DescribeRouterInterfacesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeSecurityGroupAttribute` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Permissions.Permission`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_security_group_attribute_paginator(
        &self,
        request: operations::describe_security_group_attribute::DescribeSecurityGroupAttributeRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_security_group_attribute::DescribeSecurityGroupAttributeRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeSecurityGroups` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `SecurityGroups.SecurityGroup`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_security_groups_paginator(
        &self,
        request: operations::describe_security_groups::DescribeSecurityGroupsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_security_groups::DescribeSecurityGroupsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeSendFileResults` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Invocations.Invocation`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_send_file_results_paginator(
        &self,
        request: operations::describe_send_file_results::DescribeSendFileResultsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_send_file_results::DescribeSendFileResultsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeSnapshotGroups` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `SnapshotGroups.SnapshotGroup`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_snapshot_groups_paginator(
        &self,
        request: operations::describe_snapshot_groups::DescribeSnapshotGroupsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_snapshot_groups::DescribeSnapshotGroupsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeSnapshotLinks` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `SnapshotLinks.SnapshotLink`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_snapshot_links_paginator(
        &self,
        request: operations::describe_snapshot_links::DescribeSnapshotLinksRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_snapshot_links::DescribeSnapshotLinksRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeSnapshotPackage` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `SnapshotPackages.SnapshotPackage`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_snapshot_package_paginator(
        &self,
        request: operations::describe_snapshot_package::DescribeSnapshotPackageRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_snapshot_package::DescribeSnapshotPackageRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeSnapshots` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Snapshots.Snapshot`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_snapshots_paginator(
        &self,
        request: operations::describe_snapshots::DescribeSnapshotsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_snapshots::DescribeSnapshotsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeStorageCapacityUnits` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `StorageCapacityUnits.StorageCapacityUnit`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_storage_capacity_units_paginator(
        &self,
        request: operations::describe_storage_capacity_units::DescribeStorageCapacityUnitsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_storage_capacity_units::DescribeStorageCapacityUnitsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeStorageSetDetails` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Disks.Disk`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_storage_set_details_paginator(
        &self,
        request: operations::describe_storage_set_details::DescribeStorageSetDetailsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_storage_set_details::DescribeStorageSetDetailsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeStorageSets` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `StorageSets.StorageSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_storage_sets_paginator(
        &self,
        request: operations::describe_storage_sets::DescribeStorageSetsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_storage_sets::DescribeStorageSetsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeTags` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Tags.Tag`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_tags_paginator(
        &self,
        request: operations::describe_tags::DescribeTagsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_tags::DescribeTagsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeTasks` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `TaskSet.Task`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_tasks_paginator(
        &self,
        request: operations::describe_tasks::DescribeTasksRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_tasks::DescribeTasksRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeTerminalSessions` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `Sessions.Session`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_terminal_sessions_paginator(
        &self,
        request: operations::describe_terminal_sessions::DescribeTerminalSessionsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_terminal_sessions::DescribeTerminalSessionsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeVRouters` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `VRouters.VRouter`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_v_routers_paginator(
        &self,
        request: operations::describe_v_routers::DescribeVRoutersRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_v_routers::DescribeVRoutersRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeVSwitches` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `VSwitches.VSwitch`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_v_switches_paginator(
        &self,
        request: operations::describe_v_switches::DescribeVSwitchesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_v_switches::DescribeVSwitchesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeVirtualBorderRouters` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `VirtualBorderRouterSet.VirtualBorderRouterType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_virtual_border_routers_paginator(
        &self,
        request: operations::describe_virtual_border_routers::DescribeVirtualBorderRoutersRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_virtual_border_routers::DescribeVirtualBorderRoutersRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeVirtualBorderRoutersForPhysicalConnection` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `VirtualBorderRouterForPhysicalConnectionSet.VirtualBorderRouterForPhysicalConnectionType`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_virtual_border_routers_for_physical_connection_paginator(
        &self,
        request: operations::describe_virtual_border_routers_for_physical_connection::DescribeVirtualBorderRoutersForPhysicalConnectionRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_virtual_border_routers_for_physical_connection::DescribeVirtualBorderRoutersForPhysicalConnectionRequest,
        ::yun_core::aliyun::AliyunClient,
    >{
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeVpcs` by page number (`PageNumber`, `PageSize`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `Vpcs.Vpc`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn describe_vpcs_paginator(
        &self,
        request: operations::describe_vpcs::DescribeVpcsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_vpcs::DescribeVpcsRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `ListPluginStatus` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `InstancePluginStatusSet.InstancePluginStatus`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn list_plugin_status_paginator(
        &self,
        request: operations::list_plugin_status::ListPluginStatusRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::list_plugin_status::ListPluginStatusRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `ListTagResources` by token (`NextToken`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `TagResources.TagResource`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn list_tag_resources_paginator(
        &self,
        request: operations::list_tag_resources::ListTagResourcesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::list_tag_resources::ListTagResourcesRequest,
        ::yun_core::aliyun::AliyunClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }
}
