//! The 2122 error codes the metadata lists for this API's operations, one constant each, to match [`Error::code`](yun_core::Error::code) without typing a code:
//!
//! ```text
//! if matches!(e.code(), Some(errors::SOME_CODE)) { … }
//! ```
//!
//! A code several spellings share a name with (the metadata spells some conditions more than one way) keeps the name for the spelling most operations list; `<NAME>_SPELLINGS` lists them all. A service may also answer with codes the metadata does not list.

/// `Abs.Abs.InvalidSpotInstanceUID` (HTTP 400), listed by 1 operation.
pub const ABS_ABS_INVALID_SPOT_INSTANCE_UID: &str = "Abs.Abs.InvalidSpotInstanceUID";
/// `Abs.InvalidAccount.NotFound` (HTTP 403), listed by 15 operations.
pub const ABS_INVALID_ACCOUNT_NOT_FOUND: &str = "Abs.InvalidAccount.NotFound";
/// `Abs.InvalidAction.RegionNotSupport` (HTTP 403), listed by 2 operations.
pub const ABS_INVALID_ACTION_REGION_NOT_SUPPORT: &str = "Abs.InvalidAction.RegionNotSupport";
/// `Abs.InvalidInstanceIds.MalFormed` (HTTP 403), listed by 5 operations.
pub const ABS_INVALID_INSTANCE_IDS_MAL_FORMED: &str = "Abs.InvalidInstanceIds.MalFormed";
/// `Abs.IoOptimized.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const ABS_IO_OPTIMIZED_VALUE_NOT_SUPPORTED: &str = "Abs.IoOptimized.ValueNotSupported";
/// `Abs.MissingParamter.InstanceId` (HTTP 403), listed by 1 operation.
pub const ABS_MISSING_PARAMTER_INSTANCE_ID: &str = "Abs.MissingParamter.InstanceId";
/// `Account.Arrearage` (HTTP 400, 403), listed by 13 operations.
pub const ACCOUNT_ARREARAGE: &str = "Account.Arrearage";
/// `AccountForbidden.AssociatedWithResellerPartner` (HTTP 400), listed by 1 operation.
pub const ACCOUNT_FORBIDDEN_ASSOCIATED_WITH_RESELLER_PARTNER: &str =
    "AccountForbidden.AssociatedWithResellerPartner";
/// `AccountForbidden.ProductCreationLimited` (HTTP 400), listed by 5 operations.
pub const ACCOUNT_FORBIDDEN_PRODUCT_CREATION_LIMITED: &str =
    "AccountForbidden.ProductCreationLimited";
/// `AclLimitExceed` (HTTP 403), listed by 2 operations.
pub const ACL_LIMIT_EXCEED: &str = "AclLimitExceed";
/// `ActivationCount.ExceedLimit` (HTTP 400), listed by 1 operation.
pub const ACTIVATION_COUNT_EXCEED_LIMIT: &str = "ActivationCount.ExceedLimit";
/// `ActivationDesc.ExceedLimit` (HTTP 400), listed by 1 operation.
pub const ACTIVATION_DESC_EXCEED_LIMIT: &str = "ActivationDesc.ExceedLimit";
/// `ActivationId.InUse` (HTTP 403), listed by 1 operation.
pub const ACTIVATION_ID_IN_USE: &str = "ActivationId.InUse";
/// `ActivationId.NotFound` (HTTP 404), listed by 2 operations.
pub const ACTIVATION_ID_NOT_FOUND: &str = "ActivationId.NotFound";
/// `ActivationLimitation.Invalid` (HTTP 400), listed by 1 operation.
pub const ACTIVATION_LIMITATION_INVALID: &str = "ActivationLimitation.Invalid";
/// `ActivationTTL.ExceedLimit` (HTTP 400), listed by 1 operation.
pub const ACTIVATION_TTL_EXCEED_LIMIT: &str = "ActivationTTL.ExceedLimit";
/// `AddressRange.InvalidPattern` (HTTP 400), listed by 1 operation.
pub const ADDRESS_RANGE_INVALID_PATTERN: &str = "AddressRange.InvalidPattern";
/// `AllocatedAlready` (HTTP 403), listed by 1 operation.
pub const ALLOCATED_ALREADY: &str = "AllocatedAlready";
/// `AllocateIp.Fail` (HTTP 403), listed by 1 operation.
pub const ALLOCATE_IP_FAIL: &str = "AllocateIp.Fail";
/// `AllocateIpFailed` (HTTP 400), listed by 2 operations.
pub const ALLOCATE_IP_FAILED: &str = "AllocateIpFailed";
/// `AllocateIpInvalidInstanceBandwidth` (HTTP 400), listed by 1 operation.
pub const ALLOCATE_IP_INVALID_INSTANCE_BANDWIDTH: &str = "AllocateIpInvalidInstanceBandwidth";
/// `AnyPort.PortMustBeZero` (HTTP 400), listed by 1 operation.
pub const ANY_PORT_PORT_MUST_BE_ZERO: &str = "AnyPort.PortMustBeZero";
/// `AssumeRoleError` (HTTP 403), listed by 1 operation.
pub const ASSUME_ROLE_ERROR: &str = "AssumeRoleError";
/// `AttrMismatching.AcceptingSideAliUid` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_ALI_UID: &str = "AttrMismatching.AcceptingSideAliUid";
/// `AttrMismatching.AcceptingSideInstanceId` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_INSTANCE_ID: &str =
    "AttrMismatching.AcceptingSideInstanceId";
/// `AttrMismatching.AcceptingSideOppositeInterfaceId` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_OPPOSITE_INTERFACE_ID: &str =
    "AttrMismatching.AcceptingSideOppositeInterfaceId";
/// `AttrMismatching.AcceptingSideOppositeInterfaceOwnerId` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_OPPOSITE_INTERFACE_OWNER_ID: &str =
    "AttrMismatching.AcceptingSideOppositeInterfaceOwnerId";
/// `AttrMismatching.AcceptingSideOppositeRegionNo` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_OPPOSITE_REGION_NO: &str =
    "AttrMismatching.AcceptingSideOppositeRegionNo";
/// `AttrMismatching.AcceptingSideOppositeRouterId` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_OPPOSITE_ROUTER_ID: &str =
    "AttrMismatching.AcceptingSideOppositeRouterId";
/// `AttrMismatching.AcceptingSideOppositeRouterType` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_OPPOSITE_ROUTER_TYPE: &str =
    "AttrMismatching.AcceptingSideOppositeRouterType";
/// `AttrMismatching.AcceptingSideRegionNo` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_REGION_NO: &str = "AttrMismatching.AcceptingSideRegionNo";
/// `AttrMismatching.AcceptingSideRole` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_ROLE: &str = "AttrMismatching.AcceptingSideRole";
/// `AttrMismatching.AcceptingSideRouterId` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_ROUTER_ID: &str = "AttrMismatching.AcceptingSideRouterId";
/// `AttrMismatching.AcceptingSideRouterType` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_ACCEPTING_SIDE_ROUTER_TYPE: &str =
    "AttrMismatching.AcceptingSideRouterType";
/// `AttrMismatching.NaclAndBindInstance` (HTTP 400), listed by 1 operation.
pub const ATTR_MISMATCHING_NACL_AND_BIND_INSTANCE: &str = "AttrMismatching.NaclAndBindInstance";
/// `AuthenticationFailed.ConditionUnsatisfied` (HTTP 403), listed by 1 operation.
pub const AUTHENTICATION_FAILED_CONDITION_UNSATISFIED: &str =
    "AuthenticationFailed.ConditionUnsatisfied";
/// `AuthorizationLimitExceed` (HTTP 400, 403), listed by 4 operations.
pub const AUTHORIZATION_LIMIT_EXCEED: &str = "AuthorizationLimitExceed";
/// `AuthorizedGroupRule.LimitExceed` (HTTP 400), listed by 2 operations.
pub const AUTHORIZED_GROUP_RULE_LIMIT_EXCEED: &str = "AuthorizedGroupRule.LimitExceed";
/// `AutoProvisioningGroup.IncorrectStatus` (HTTP 403), listed by 2 operations.
pub const AUTO_PROVISIONING_GROUP_INCORRECT_STATUS: &str = "AutoProvisioningGroup.IncorrectStatus";
/// `AutoProvisioningGroup.Unauthorized` (HTTP 403), listed by 2 operations.
pub const AUTO_PROVISIONING_GROUP_UNAUTHORIZED: &str = "AutoProvisioningGroup.Unauthorized";
/// `AutoSnapshotPolicy.QuotaExceed` (HTTP 403), listed by 1 operation.
pub const AUTO_SNAPSHOT_POLICY_QUOTA_EXCEED: &str = "AutoSnapshotPolicy.QuotaExceed";
/// `BandwidthPackage.FinancialLocked` (HTTP 404), listed by 1 operation.
pub const BANDWIDTH_PACKAGE_FINANCIAL_LOCKED: &str = "BandwidthPackage.FinancialLocked";
/// `BandwidthUpgradeDenied.EipBoundInstance` (HTTP 400), listed by 2 operations.
pub const BANDWIDTH_UPGRADE_DENIED_EIP_BOUND_INSTANCE: &str =
    "BandwidthUpgradeDenied.EipBoundInstance";
/// `BandIncreaseNotSupportIsp` (HTTP 403), listed by 1 operation.
pub const BAND_INCREASE_NOT_SUPPORT_ISP: &str = "BandIncreaseNotSupportIsp";
/// `BillingMethodNotFound` (HTTP 404), listed by 1 operation.
pub const BILLING_METHOD_NOT_FOUND: &str = "BillingMethodNotFound";
/// `BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP` (HTTP 400), listed by 1 operation.
pub const BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP: &str = "BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP";
/// `BindInstance.NotSupported` (HTTP 400), listed by 1 operation.
pub const BIND_INSTANCE_NOT_SUPPORTED: &str = "BindInstance.NotSupported";
/// `BIND_INSTANCE_OWENER_ERROR` (HTTP 400), listed by 1 operation.
pub const BIND_INSTANCE_OWENER_ERROR: &str = "BIND_INSTANCE_OWENER_ERROR";
/// `BothEmpty.TagsAndResources` (HTTP 403), listed by 1 operation.
pub const BOTH_EMPTY_TAGS_AND_RESOURCES: &str = "BothEmpty.TagsAndResources";
/// `BurstingEnabledForDiskCategoryUnsupported` (HTTP 400), listed by 3 operations.
pub const BURSTING_ENABLED_FOR_DISK_CATEGORY_UNSUPPORTED: &str =
    "BurstingEnabledForDiskCategoryUnsupported";
/// `BurstingEnabledForModifyingDiskUnsupported` (HTTP 400), listed by 1 operation.
pub const BURSTING_ENABLED_FOR_MODIFYING_DISK_UNSUPPORTED: &str =
    "BurstingEnabledForModifyingDiskUnsupported";
/// `BurstingEnabledForMultiAttachDiskUnsupported` (HTTP 400), listed by 3 operations.
pub const BURSTING_ENABLED_FOR_MULTI_ATTACH_DISK_UNSUPPORTED: &str =
    "BurstingEnabledForMultiAttachDiskUnsupported";
/// `CancelNotSupported` (HTTP 400), listed by 1 operation.
pub const CANCEL_NOT_SUPPORTED: &str = "CancelNotSupported";
/// `CancelTaskFailed` (HTTP 403), listed by 1 operation.
pub const CANCEL_TASK_FAILED: &str = "CancelTaskFailed";
/// `CannotCancelSystemEvent.NotSimulated` (HTTP 403), listed by 1 operation.
pub const CANNOT_CANCEL_SYSTEM_EVENT_NOT_SIMULATED: &str = "CannotCancelSystemEvent.NotSimulated";
/// `CapacityExceed.TooManyDisks` (HTTP 403), listed by 1 operation.
pub const CAPACITY_EXCEED_TOO_MANY_DISKS: &str = "CapacityExceed.TooManyDisks";
/// `CategoryNotSupported` (HTTP 403), listed by 2 operations.
pub const CATEGORY_NOT_SUPPORTED: &str = "CategoryNotSupported";
/// `CategoryViolation` (HTTP 403), listed by 3 operations.
pub const CATEGORY_VIOLATION: &str = "CategoryViolation";
/// `ChargeTypeViolation` (HTTP 400, 403), listed by 20 operations.
pub const CHARGE_TYPE_VIOLATION: &str = "ChargeTypeViolation";
/// `ChargeTypeViolation.PostPaidDedicatedHost` (HTTP 400), listed by 3 operations.
pub const CHARGE_TYPE_VIOLATION_POST_PAID_DEDICATED_HOST: &str =
    "ChargeTypeViolation.PostPaidDedicatedHost";
/// `ClassicNetworkNotSupported` (HTTP 400), listed by 11 operations.
pub const CLASSIC_NETWORK_NOT_SUPPORTED: &str = "ClassicNetworkNotSupported";
/// `CloudBoxNotSupportSnapshotWithInstantAccess` (HTTP 403), listed by 1 operation.
pub const CLOUD_BOX_NOT_SUPPORT_SNAPSHOT_WITH_INSTANT_ACCESS: &str =
    "CloudBoxNotSupportSnapshotWithInstantAccess";
/// `CmdContent.DecodeError` (HTTP 400), listed by 2 operations.
pub const CMD_CONTENT_DECODE_ERROR: &str = "CmdContent.DecodeError";
/// `CmdContent.ExceedLimit` (HTTP 403), listed by 4 operations.
pub const CMD_CONTENT_EXCEED_LIMIT: &str = "CmdContent.ExceedLimit";
/// `CmdCount.ExceedQuota` (HTTP 403), listed by 2 operations.
pub const CMD_COUNT_EXCEED_QUOTA: &str = "CmdCount.ExceedQuota";
/// `CmdDesc.ExceedLimit` (HTTP 403), listed by 3 operations.
pub const CMD_DESC_EXCEED_LIMIT: &str = "CmdDesc.ExceedLimit";
/// `CmdName.ExceedLimit` (HTTP 403), listed by 3 operations.
pub const CMD_NAME_EXCEED_LIMIT: &str = "CmdName.ExceedLimit";
/// `CmdName.Readonly` (HTTP 403), listed by 1 operation.
pub const CMD_NAME_READONLY: &str = "CmdName.Readonly";
/// `CmdParamCount.ExceedLimit` (HTTP 403), listed by 2 operations.
pub const CMD_PARAM_COUNT_EXCEED_LIMIT: &str = "CmdParamCount.ExceedLimit";
/// `CmdParam.EmptyKey` (HTTP 400), listed by 2 operations.
pub const CMD_PARAM_EMPTY_KEY: &str = "CmdParam.EmptyKey";
/// `CmdParam.InvalidParamName` (HTTP 400), listed by 2 operations.
pub const CMD_PARAM_INVALID_PARAM_NAME: &str = "CmdParam.InvalidParamName";
/// `CmdParamName.ExceedLimit` (HTTP 403), listed by 2 operations.
pub const CMD_PARAM_NAME_EXCEED_LIMIT: &str = "CmdParamName.ExceedLimit";
/// `CommandLimitExceeded` (HTTP 403), listed by 1 operation.
pub const COMMAND_LIMIT_EXCEEDED: &str = "CommandLimitExceeded";
/// `COMMODITY.INVALID_COMPONENT` (HTTP 400), listed by 3 operations.
pub const COMMODITY_INVALID_COMPONENT: &str = "COMMODITY.INVALID_COMPONENT";
/// `COMMODITY_NO_EXIST` (HTTP 400), listed by 1 operation.
pub const COMMODITY_NO_EXIST: &str = "COMMODITY_NO_EXIST";
/// `ConcurrentQuotaExceed.ExportImage` (HTTP 403), listed by 1 operation.
pub const CONCURRENT_QUOTA_EXCEED_EXPORT_IMAGE: &str = "ConcurrentQuotaExceed.ExportImage";
/// `CountLimitExceeded.HaVipOnECSInstance` (HTTP 400), listed by 1 operation.
pub const COUNT_LIMIT_EXCEEDED_HA_VIP_ON_ECS_INSTANCE: &str =
    "CountLimitExceeded.HaVipOnECSInstance";
/// `CountLimitExceed.HaVipInVpc` (HTTP 403), listed by 1 operation.
pub const COUNT_LIMIT_EXCEED_HA_VIP_IN_VPC: &str = "CountLimitExceed.HaVipInVpc";
/// `CountLimitExceed.HaVipOnInstance` (HTTP 400), listed by 1 operation.
pub const COUNT_LIMIT_EXCEED_HA_VIP_ON_INSTANCE: &str = "CountLimitExceed.HaVipOnInstance";
/// `CountLimitExceed.HaVipRouteEntry` (HTTP 400), listed by 1 operation.
pub const COUNT_LIMIT_EXCEED_HA_VIP_ROUTE_ENTRY: &str = "CountLimitExceed.HaVipRouteEntry";
/// `CreateServiceLinkedRole.NoPermission` (HTTP 403), listed by 1 operation.
pub const CREATE_SERVICE_LINKED_ROLE_NO_PERMISSION: &str = "CreateServiceLinkedRole.NoPermission";
/// `CreateSnapshot.Failed` (HTTP 400, 403), listed by 2 operations.
pub const CREATE_SNAPSHOT_FAILED: &str = "CreateSnapshot.Failed";
/// `CreateVSwitch.IncorrectStatus.cbnStatus` (HTTP 400), listed by 1 operation.
pub const CREATE_V_SWITCH_INCORRECT_STATUS_CBN_STATUS: &str =
    "CreateVSwitch.IncorrectStatus.cbnStatus";
/// `Credit.NotFound` (HTTP 404), listed by 1 operation.
pub const CREDIT_NOT_FOUND: &str = "Credit.NotFound";
/// `CurrentAccount.NotSupportPublicImage` (HTTP 403), listed by 1 operation.
pub const CURRENT_ACCOUNT_NOT_SUPPORT_PUBLIC_IMAGE: &str = "CurrentAccount.NotSupportPublicImage";
/// `CurrentRegion.NotSupportPublicImage` (HTTP 403), listed by 1 operation.
pub const CURRENT_REGION_NOT_SUPPORT_PUBLIC_IMAGE: &str = "CurrentRegion.NotSupportPublicImage";
/// `DecreasedBandwidthNotAllowed` (HTTP 400), listed by 1 operation.
pub const DECREASED_BANDWIDTH_NOT_ALLOWED: &str = "DecreasedBandwidthNotAllowed";
/// `DedicatedHostExists` (HTTP 400), listed by 1 operation.
pub const DEDICATED_HOST_EXISTS: &str = "DedicatedHostExists";
/// `DedicatedHostNotSupported` (HTTP 400), listed by 11 operations.
pub const DEDICATED_HOST_NOT_SUPPORTED: &str = "DedicatedHostNotSupported";
/// `DedicatedHostType.Unmatched` (HTTP 400), listed by 2 operations.
pub const DEDICATED_HOST_TYPE_UNMATCHED: &str = "DedicatedHostType.Unmatched";
/// `DefaultVswitch.Existed` (HTTP 403), listed by 2 operations.
pub const DEFAULT_VSWITCH_EXISTED: &str = "DefaultVswitch.Existed";
/// `DeleteVSwitch.IncorrectStatus.cbnStatus` (HTTP 400), listed by 1 operation.
pub const DELETE_V_SWITCH_INCORRECT_STATUS_CBN_STATUS: &str =
    "DeleteVSwitch.IncorrectStatus.cbnStatus";
/// `DeleteWithInstance.Conflict` (HTTP 403), listed by 5 operations.
pub const DELETE_WITH_INSTANCE_CONFLICT: &str = "DeleteWithInstance.Conflict";
/// `DependencyViolation` (HTTP 400, 403), listed by 3 operations.
pub const DEPENDENCY_VIOLATION: &str = "DependencyViolation";
/// `DependencyViolation.BandwidthPackages` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_BANDWIDTH_PACKAGES: &str = "DependencyViolation.BandwidthPackages";
/// `DependencyViolation.BgpGroup` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_BGP_GROUP: &str = "DependencyViolation.BgpGroup";
/// `DependencyViolation.BgpNetwork` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_BGP_NETWORK: &str = "DependencyViolation.BgpNetwork";
/// `DependencyViolation.ClassicLinkInstance` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_CLASSIC_LINK_INSTANCE: &str =
    "DependencyViolation.ClassicLinkInstance";
/// `DependencyViolation.CloudServiceResource` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_CLOUD_SERVICE_RESOURCE: &str =
    "DependencyViolation.CloudServiceResource";
/// `DependencyViolation.DhcpOptionsSet` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_DHCP_OPTIONS_SET: &str = "DependencyViolation.DhcpOptionsSet";
/// `DependencyViolation.domain.granularity` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_DOMAIN_GRANULARITY: &str = "DependencyViolation.domain.granularity";
/// `DependencyViolation.EIPS` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_EIPS: &str = "DependencyViolation.EIPS";
/// `DependencyViolation.EnhancedNatgw` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_ENHANCED_NATGW: &str = "DependencyViolation.EnhancedNatgw";
/// `DependencyViolation.ForwardEntry` (HTTP 400), listed by 2 operations.
pub const DEPENDENCY_VIOLATION_FORWARD_ENTRY: &str = "DependencyViolation.ForwardEntry";
/// `DependencyViolation.GatewayRouteTable` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_GATEWAY_ROUTE_TABLE: &str = "DependencyViolation.GatewayRouteTable";
/// `DependencyViolation.HaVip` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_HA_VIP: &str = "DependencyViolation.HaVip";
/// `DependencyViolation.HaVipAssociatedWithEIP` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_HA_VIP_ASSOCIATED_WITH_EIP: &str =
    "DependencyViolation.HaVipAssociatedWithEIP";
/// `DependencyViolation.HaVipReferedByRouteEntry` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_HA_VIP_REFERED_BY_ROUTE_ENTRY: &str =
    "DependencyViolation.HaVipReferedByRouteEntry";
/// `DependencyViolation.Instance` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_INSTANCE: &str = "DependencyViolation.Instance";
/// `DependencyViolation.InstanceType` (HTTP 400), listed by 2 operations.
pub const DEPENDENCY_VIOLATION_INSTANCE_TYPE: &str = "DependencyViolation.InstanceType";
/// `DependencyViolation.IoOptimize` (HTTP 400), listed by 3 operations.
pub const DEPENDENCY_VIOLATION_IO_OPTIMIZE: &str = "DependencyViolation.IoOptimize";
/// `DependencyViolation.IoOptimized` (HTTP 400, 404), listed by 4 operations.
pub const DEPENDENCY_VIOLATION_IO_OPTIMIZED: &str = "DependencyViolation.IoOptimized";
/// `DependencyViolation.Ipv4Gateway` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_IPV4_GATEWAY: &str = "DependencyViolation.Ipv4Gateway";
/// `DependencyViolation.Ipv6Gateway` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_IPV6_GATEWAY: &str = "DependencyViolation.Ipv6Gateway";
/// `DependencyViolation.NatGateway` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_NAT_GATEWAY: &str = "DependencyViolation.NatGateway";
/// `DependencyViolation.NetworkAcl` (HTTP 400), listed by 2 operations.
pub const DEPENDENCY_VIOLATION_NETWORK_ACL: &str = "DependencyViolation.NetworkAcl";
/// `DependencyViolation.NotEmpty` (HTTP 403), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_NOT_EMPTY: &str = "DependencyViolation.NotEmpty";
/// `DependencyViolation.Nqa` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_NQA: &str = "DependencyViolation.Nqa";
/// `DependencyViolation.ReferByHPC` (HTTP 403), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_REFER_BY_HPC: &str = "DependencyViolation.ReferByHPC";
/// `DependencyViolation.RouterInterface` (HTTP 400, 401), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_ROUTER_INTERFACE: &str = "DependencyViolation.RouterInterface";
/// `DependencyViolation.RouterInterfaceReferedByRouteEntry` (HTTP 400), listed by 2 operations.
pub const DEPENDENCY_VIOLATION_ROUTER_INTERFACE_REFERED_BY_ROUTE_ENTRY: &str =
    "DependencyViolation.RouterInterfaceReferedByRouteEntry";
/// `DependencyViolation.RouteEntry` (HTTP 400), listed by 3 operations.
pub const DEPENDENCY_VIOLATION_ROUTE_ENTRY: &str = "DependencyViolation.RouteEntry";
/// `DependencyViolation.RouteInterface` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_ROUTE_INTERFACE: &str = "DependencyViolation.RouteInterface";
/// `DependencyViolation.RouteTable` (HTTP 400), listed by 2 operations.
pub const DEPENDENCY_VIOLATION_ROUTE_TABLE: &str = "DependencyViolation.RouteTable";
/// `DependencyViolation.SecurityGroup` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_SECURITY_GROUP: &str = "DependencyViolation.SecurityGroup";
/// `DependencyViolation.SLBConfiguring` (HTTP 400), listed by 2 operations.
pub const DEPENDENCY_VIOLATION_SLB_CONFIGURING: &str = "DependencyViolation.SLBConfiguring";
/// `DependencyViolation.Snat` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_SNAT: &str = "DependencyViolation.Snat";
/// `DependencyViolation.SnatEntry` (HTTP 400), listed by 3 operations.
pub const DEPENDENCY_VIOLATION_SNAT_ENTRY: &str = "DependencyViolation.SnatEntry";
/// `DependencyViolation.strategy.granularity` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_STRATEGY_GRANULARITY: &str =
    "DependencyViolation.strategy.granularity";
/// `DependencyViolation.Tunnel` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_TUNNEL: &str = "DependencyViolation.Tunnel";
/// `DependencyViolation.VSwitch` (HTTP 400), listed by 1 operation.
pub const DEPENDENCY_VIOLATION_V_SWITCH: &str = "DependencyViolation.VSwitch";
/// `DependencyViolation.WindowsInstance` (HTTP 403), listed by 7 operations.
pub const DEPENDENCY_VIOLATION_WINDOWS_INSTANCE: &str = "DependencyViolation.WindowsInstance";
/// `DeploymentSet.GroupQuotaFull` (HTTP 400), listed by 1 operation.
pub const DEPLOYMENT_SET_GROUP_QUOTA_FULL: &str = "DeploymentSet.GroupQuotaFull";
/// `DeploymentSet.NotFound` (HTTP 404), listed by 2 operations.
pub const DEPLOYMENT_SET_NOT_FOUND: &str = "DeploymentSet.NotFound";
/// `DestinationRegion.NotFound` (HTTP 400), listed by 1 operation.
pub const DESTINATION_REGION_NOT_FOUND: &str = "DestinationRegion.NotFound";
/// `Diskcategory.Mismatch` (HTTP 403), listed by 1 operation.
pub const DISKCATEGORY_MISMATCH: &str = "Diskcategory.Mismatch";
/// `DisksDetachingOnEcsExceeded` (HTTP 400), listed by 1 operation.
pub const DISKS_DETACHING_ON_ECS_EXCEEDED: &str = "DisksDetachingOnEcsExceeded";
/// `DiskAttachedNumberExceeded` (HTTP 403, 404), listed by 1 operation.
pub const DISK_ATTACHED_NUMBER_EXCEEDED: &str = "DiskAttachedNumberExceeded";
/// `DiskCategory.OperationNotSupported` (HTTP 400), listed by 8 operations.
pub const DISK_CATEGORY_OPERATION_NOT_SUPPORTED: &str = "DiskCategory.OperationNotSupported";
/// `DiskCreatingSnapshot` (HTTP 403), listed by 5 operations.
pub const DISK_CREATING_SNAPSHOT: &str = "DiskCreatingSnapshot";
/// `DiskError` (HTTP 403), listed by 6 operations.
pub const DISK_ERROR: &str = "DiskError";
/// `DISK_HAS_CREATING_SNAPSHOT` (HTTP 403), listed by 1 operation.
pub const DISK_HAS_CREATING_SNAPSHOT: &str = "DISK_HAS_CREATING_SNAPSHOT";
/// `DiskHasFlashSnapshot` (HTTP 403), listed by 1 operation.
pub const DISK_HAS_FLASH_SNAPSHOT: &str = "DiskHasFlashSnapshot";
/// `DiskHasSnapshotsWithInstantAccessEnabled.OperationNotSupported` (HTTP 400), listed by 1 operation.
pub const DISK_HAS_SNAPSHOTS_WITH_INSTANT_ACCESS_ENABLED_OPERATION_NOT_SUPPORTED: &str =
    "DiskHasSnapshotsWithInstantAccessEnabled.OperationNotSupported";
/// `DiskIdLimitExceeded` (HTTP 403), listed by 2 operations.
pub const DISK_ID_LIMIT_EXCEEDED: &str = "DiskIdLimitExceeded";
/// `DiskId.StatusNotSupported` (HTTP 403), listed by 1 operation.
pub const DISK_ID_STATUS_NOT_SUPPORTED: &str = "DiskId.StatusNotSupported";
/// `DiskId.ValueNotSupported` (HTTP 403), listed by 3 operations.
pub const DISK_ID_VALUE_NOT_SUPPORTED: &str = "DiskId.ValueNotSupported";
/// `DiskInArrears` (HTTP 403), listed by 6 operations.
pub const DISK_IN_ARREARS: &str = "DiskInArrears";
/// `DiskInCoolingPeriod` (HTTP 403), listed by 1 operation.
pub const DISK_IN_COOLING_PERIOD: &str = "DiskInCoolingPeriod";
/// `DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER` (HTTP 400), listed by 3 operations.
pub const DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER: &str = "DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER";
/// `Disk.NotFound` (HTTP 404), listed by 2 operations.
pub const DISK_NOT_FOUND: &str = "Disk.NotFound";
/// `DiskNotPortable` (HTTP 403), listed by 4 operations.
pub const DISK_NOT_PORTABLE: &str = "DiskNotPortable";
/// `DiskStillAttached` (HTTP 403), listed by 1 operation.
pub const DISK_STILL_ATTACHED: &str = "DiskStillAttached";
/// `DiskTypeViolation` (HTTP 403), listed by 2 operations.
pub const DISK_TYPE_VIOLATION: &str = "DiskTypeViolation";
/// `Downgrade.NotSupported` (HTTP 400, 403), listed by 2 operations.
pub const DOWNGRADE_NOT_SUPPORTED: &str = "Downgrade.NotSupported";
/// `DRYRUN.SUCCESS` (HTTP 400), listed by 4 operations.
pub const DRYRUN_SUCCESS: &str = "DRYRUN.SUCCESS";
/// `DryRun.InvalidAmount` (HTTP 403), listed by 1 operation.
pub const DRY_RUN_INVALID_AMOUNT: &str = "DryRun.InvalidAmount";
/// `DryRunOperation` (HTTP 400), listed by 3 operations.
pub const DRY_RUN_OPERATION: &str = "DryRunOperation";
/// `Duplicated.ClientToken` (HTTP 400), listed by 1 operation.
pub const DUPLICATED_CLIENT_TOKEN: &str = "Duplicated.ClientToken";
/// `DuplicatedCommand.FROM` (HTTP 400), listed by 1 operation.
pub const DUPLICATED_COMMAND_FROM: &str = "DuplicatedCommand.FROM";
/// `Duplicated.DestinationPort` (HTTP 400), listed by 1 operation.
pub const DUPLICATED_DESTINATION_PORT: &str = "Duplicated.DestinationPort";
/// `DuplicatedParam.ExternalPort` (HTTP 400), listed by 1 operation.
pub const DUPLICATED_PARAM_EXTERNAL_PORT: &str = "DuplicatedParam.ExternalPort";
/// `DuplicatedParam.InternalPort` (HTTP 400), listed by 1 operation.
pub const DUPLICATED_PARAM_INTERNAL_PORT: &str = "DuplicatedParam.InternalPort";
/// `DuplicatedParam.%s` (HTTP 400), listed by 1 operation.
pub const DUPLICATED_PARAM_S: &str = "DuplicatedParam.%s";
/// `Duplicated.VpcNextHop` (HTTP 400), listed by 1 operation.
pub const DUPLICATED_VPC_NEXT_HOP: &str = "Duplicated.VpcNextHop";
/// `Duplicate.DiskCategory` (HTTP 400), listed by 1 operation.
pub const DUPLICATE_DISK_CATEGORY: &str = "Duplicate.DiskCategory";
/// `Duplicate.ResourceTagKey` (HTTP 400), listed by 2 operations.
pub const DUPLICATE_RESOURCE_TAG_KEY: &str = "Duplicate.ResourceTagKey";
/// `Duplicate.TagKey` (HTTP 400), listed by 28 operations.
pub const DUPLICATE_TAG_KEY: &str = "Duplicate.TagKey";
/// `404` (HTTP 404), listed by 2 operations.
pub const E404: &str = "404";
/// `EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP` (HTTP 400), listed by 1 operation.
pub const EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP: &str = "EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP";
/// `EIPMaxBandwidthExceeded` (HTTP 403), listed by 1 operation.
pub const EIP_MAX_BANDWIDTH_EXCEEDED: &str = "EIPMaxBandwidthExceeded";
/// `EmptyCommandContent.CMD` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_CMD: &str = "EmptyCommandContent.CMD";
/// `EmptyCommandContent.COPY` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_COPY: &str = "EmptyCommandContent.COPY";
/// `EmptyCommandContent.ENTRYPOINT` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_ENTRYPOINT: &str = "EmptyCommandContent.ENTRYPOINT";
/// `EmptyCommandContent.ENV` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_ENV: &str = "EmptyCommandContent.ENV";
/// `EmptyCommandContent.LABEL` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_LABEL: &str = "EmptyCommandContent.LABEL";
/// `EmptyCommandContent.RUN` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_RUN: &str = "EmptyCommandContent.RUN";
/// `EmptyCommandContent.USER` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_USER: &str = "EmptyCommandContent.USER";
/// `EmptyCommandContent.WORKDIR` (HTTP 400), listed by 2 operations.
pub const EMPTY_COMMAND_CONTENT_WORKDIR: &str = "EmptyCommandContent.WORKDIR";
/// `EncryptedOption.Conflict` (HTTP 400), listed by 3 operations.
pub const ENCRYPTED_OPTION_CONFLICT: &str = "EncryptedOption.Conflict";
/// `Eni.Attached` (HTTP 400), listed by 1 operation.
pub const ENI_ATTACHED: &str = "Eni.Attached";
/// `EniPerInstanceLimitExceeded` (HTTP 403), listed by 8 operations.
pub const ENI_PER_INSTANCE_LIMIT_EXCEEDED: &str = "EniPerInstanceLimitExceeded";
/// `EnterpriseGroupLimited.InstanceType` (HTTP 403), listed by 2 operations.
pub const ENTERPRISE_GROUP_LIMITED_INSTANCE_TYPE: &str = "EnterpriseGroupLimited.InstanceType";
/// `EnterpriseGroupLimited.MutliGroupType` (HTTP 403, 404), listed by 5 operations.
pub const ENTERPRISE_GROUP_LIMITED_MUTLI_GROUP_TYPE: &str = "EnterpriseGroupLimited.MutliGroupType";
/// `EntityExists.AssociatedTransferTasks` (HTTP 400), listed by 1 operation.
pub const ENTITY_EXISTS_ASSOCIATED_TRANSFER_TASKS: &str = "EntityExists.AssociatedTransferTasks";
/// `ErrCode.Invalid` (HTTP 400), listed by 1 operation.
pub const ERR_CODE_INVALID: &str = "ErrCode.Invalid";
/// `EventIdLimitExceeded` (HTTP 400, 403), listed by 4 operations.
pub const EVENT_ID_LIMIT_EXCEEDED: &str = "EventIdLimitExceeded";
/// `ExclusiveParam.%sAnd%s` (HTTP 400), listed by 1 operation.
pub const EXCLUSIVE_PARAM_S_AND_S: &str = "ExclusiveParam.%sAnd%s";
/// `ExpiredInstance` (HTTP 400), listed by 2 operations.
pub const EXPIRED_INSTANCE: &str = "ExpiredInstance";
/// `ExportImageFailed` (HTTP 403), listed by 1 operation.
pub const EXPORT_IMAGE_FAILED: &str = "ExportImageFailed";
/// `ExportSnapshotFailed` (HTTP 403), listed by 1 operation.
pub const EXPORT_SNAPSHOT_FAILED: &str = "ExportSnapshotFailed";
/// `FileContent.DecodeError` (HTTP 400), listed by 1 operation.
pub const FILE_CONTENT_DECODE_ERROR: &str = "FileContent.DecodeError";
/// `FileContentType.Invalid` (HTTP 400), listed by 1 operation.
pub const FILE_CONTENT_TYPE_INVALID: &str = "FileContentType.Invalid";
/// `FileDesc.ExceedLimit` (HTTP 403), listed by 1 operation.
pub const FILE_DESC_EXCEED_LIMIT: &str = "FileDesc.ExceedLimit";
/// `FileMode.Invalid` (HTTP 400), listed by 1 operation.
pub const FILE_MODE_INVALID: &str = "FileMode.Invalid";
/// `FileName.ExceedLimit` (HTTP 403), listed by 1 operation.
pub const FILE_NAME_EXCEED_LIMIT: &str = "FileName.ExceedLimit";
/// `FileSize.ExceedLimit` (HTTP 403), listed by 1 operation.
pub const FILE_SIZE_EXCEED_LIMIT: &str = "FileSize.ExceedLimit";
/// `FileTargetDir.Invalid` (HTTP 400), listed by 1 operation.
pub const FILE_TARGET_DIR_INVALID: &str = "FileTargetDir.Invalid";
/// `Forbbiden` (HTTP 400, 403), listed by 13 operations.
pub const FORBBIDEN: &str = "Forbbiden";
/// `Forbbiden.InvaildOwner` (HTTP 400), listed by 1 operation.
pub const FORBBIDEN_INVAILD_OWNER: &str = "Forbbiden.InvaildOwner";
/// `Forbbiden.ModifyIdAndType` (HTTP 400), listed by 1 operation.
pub const FORBBIDEN_MODIFY_ID_AND_TYPE: &str = "Forbbiden.ModifyIdAndType";
/// `Forbbiden.SubUser` (HTTP 403), listed by 3 operations.
pub const FORBBIDEN_SUB_USER: &str = "Forbbiden.SubUser";
/// `Forbedden.NotSupportRAM` (HTTP 403), listed by 3 operations.
pub const FORBEDDEN_NOT_SUPPORT_RAM: &str = "Forbedden.NotSupportRAM";
/// `Forbidden` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN: &str = "Forbidden";
/// `Forbidden.AcceptRoleNotSupportPrePay` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_ACCEPT_ROLE_NOT_SUPPORT_PRE_PAY: &str = "Forbidden.AcceptRoleNotSupportPrePay";
/// `ForbiddenAction` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_ACTION: &str = "ForbiddenAction";
/// `Forbidden.AssociateToVBR` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_ASSOCIATE_TO_VBR: &str = "Forbidden.AssociateToVBR";
/// `Forbidden.BillsOutstanding` (HTTP 400), listed by 2 operations.
pub const FORBIDDEN_BILLS_OUTSTANDING: &str = "Forbidden.BillsOutstanding";
/// `Forbidden.ChargeTypeIsPrepaid` (HTTP 400), listed by 3 operations.
pub const FORBIDDEN_CHARGE_TYPE_IS_PREPAID: &str = "Forbidden.ChargeTypeIsPrepaid";
/// `Forbidden.CheckEntryRuleQuota` (HTTP 400), listed by 2 operations.
pub const FORBIDDEN_CHECK_ENTRY_RULE_QUOTA: &str = "Forbidden.CheckEntryRuleQuota";
/// `Forbidden.CircuitCodeNotAllowedByCaller` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_CIRCUIT_CODE_NOT_ALLOWED_BY_CALLER: &str =
    "Forbidden.CircuitCodeNotAllowedByCaller";
/// `Forbidden.CreateSLR` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_CREATE_SLR: &str = "Forbidden.CreateSLR";
/// `Forbidden.CrossBorder` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_CROSS_BORDER: &str = "Forbidden.CrossBorder";
/// `Forbidden.DescriptionNotAllowedByCaller` (HTTP 403), listed by 2 operations.
pub const FORBIDDEN_DESCRIPTION_NOT_ALLOWED_BY_CALLER: &str =
    "Forbidden.DescriptionNotAllowedByCaller";
/// `Forbidden.DestinationIpOutOfVswitchCIDR` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_DESTINATION_IP_OUT_OF_VSWITCH_CIDR: &str =
    "Forbidden.DestinationIpOutOfVswitchCIDR";
/// `Forbidden.DestnationIpOutOfVpcCIDR` (HTTP 400), listed by 2 operations.
pub const FORBIDDEN_DESTNATION_IP_OUT_OF_VPC_CIDR: &str = "Forbidden.DestnationIpOutOfVpcCIDR";
/// `Forbidden.EipCanNotBindGatgw` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_EIP_CAN_NOT_BIND_GATGW: &str = "Forbidden.EipCanNotBindGatgw";
/// `Forbidden.ExceedDuration` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_EXCEED_DURATION: &str = "Forbidden.ExceedDuration";
/// `Forbidden.ExternalIp.UsedInSnatTable` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_EXTERNAL_IP_USED_IN_SNAT_TABLE: &str = "Forbidden.ExternalIp.UsedInSnatTable";
/// `Forbidden.FinancialLocked` (HTTP 400), listed by 5 operations.
pub const FORBIDDEN_FINANCIAL_LOCKED: &str = "Forbidden.FinancialLocked";
/// `Forbidden.HaVip` (HTTP 400), listed by 5 operations.
pub const FORBIDDEN_HA_VIP: &str = "Forbidden.HaVip";
/// `Forbidden.InstanceBandwidthNotZero` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_INSTANCE_BANDWIDTH_NOT_ZERO: &str = "Forbidden.InstanceBandwidthNotZero";
/// `Forbidden.InstanceIsBeingCreated` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_INSTANCE_IS_BEING_CREATED: &str = "Forbidden.InstanceIsBeingCreated";
/// `Forbidden.InternalIpOutOfVpcCIDR` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_INTERNAL_IP_OUT_OF_VPC_CIDR: &str = "Forbidden.InternalIpOutOfVpcCIDR";
/// `Forbidden.InvalidPublicBandwidth` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_INVALID_PUBLIC_BANDWIDTH: &str = "Forbidden.InvalidPublicBandwidth";
/// `Forbidden.InCommonBandwidthPackage` (HTTP 404), listed by 1 operation.
pub const FORBIDDEN_IN_COMMON_BANDWIDTH_PACKAGE: &str = "Forbidden.InCommonBandwidthPackage";
/// `Forbidden.IpHasBeenUsedInSnat` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_IP_HAS_BEEN_USED_IN_SNAT: &str = "Forbidden.IpHasBeenUsedInSnat";
/// `Forbidden.LocalGatewayIpNotAllowedByCaller` (HTTP 403), listed by 2 operations.
pub const FORBIDDEN_LOCAL_GATEWAY_IP_NOT_ALLOWED_BY_CALLER: &str =
    "Forbidden.LocalGatewayIpNotAllowedByCaller";
/// `Forbidden.MultiVlanRi` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_MULTI_VLAN_RI: &str = "Forbidden.MultiVlanRi";
/// `Forbidden.NameNotAllowedByCaller` (HTTP 403), listed by 2 operations.
pub const FORBIDDEN_NAME_NOT_ALLOWED_BY_CALLER: &str = "Forbidden.NameNotAllowedByCaller";
/// `Forbidden.NotAllowedInState` (HTTP 400), listed by 4 operations.
pub const FORBIDDEN_NOT_ALLOWED_IN_STATE: &str = "Forbidden.NotAllowedInState";
/// `Forbidden.NotInRouterInterfaceCreateWhitelist` (HTTP 500), listed by 1 operation.
pub const FORBIDDEN_NOT_IN_ROUTER_INTERFACE_CREATE_WHITELIST: &str =
    "Forbidden.NotInRouterInterfaceCreateWhitelist";
/// `Forbidden.NotSupportRAM` (HTTP 403), listed by 12 operations.
pub const FORBIDDEN_NOT_SUPPORT_RAM: &str = "Forbidden.NotSupportRAM";
/// `Forbidden.NoRiFound` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_NO_RI_FOUND: &str = "Forbidden.NoRiFound";
/// `Forbidden.OnlyOneConnection` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_ONLY_ONE_CONNECTION: &str = "Forbidden.OnlyOneConnection";
/// `Forbidden.OnlySupportEnterpriseGroup` (HTTP 403), listed by 2 operations.
pub const FORBIDDEN_ONLY_SUPPORT_ENTERPRISE_GROUP: &str = "Forbidden.OnlySupportEnterpriseGroup";
/// `Forbidden.OperationNotAllowedByUser` (HTTP 403), listed by 3 operations.
pub const FORBIDDEN_OPERATION_NOT_ALLOWED_BY_USER: &str = "Forbidden.OperationNotAllowedByUser";
/// `ForbiddenParameter.LaunchPermission` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_PARAMETER_LAUNCH_PERMISSION: &str = "ForbiddenParameter.LaunchPermission";
/// `Forbidden.PeeringSubnetMaskNotAllowedByCaller` (HTTP 403), listed by 2 operations.
pub const FORBIDDEN_PEERING_SUBNET_MASK_NOT_ALLOWED_BY_CALLER: &str =
    "Forbidden.PeeringSubnetMaskNotAllowedByCaller";
/// `Forbidden.PeerGatewayIpNotAllowedByCaller` (HTTP 403), listed by 2 operations.
pub const FORBIDDEN_PEER_GATEWAY_IP_NOT_ALLOWED_BY_CALLER: &str =
    "Forbidden.PeerGatewayIpNotAllowedByCaller";
/// `Forbidden.PrePaidNatGateway` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_PRE_PAID_NAT_GATEWAY: &str = "Forbidden.PrePaidNatGateway";
/// `Forbidden.PrivateIpNotFound` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_PRIVATE_IP_NOT_FOUND: &str = "Forbidden.PrivateIpNotFound";
/// `Forbidden.RAM` (HTTP 403), listed by 8 operations.
pub const FORBIDDEN_RAM: &str = "Forbidden.RAM";
/// `Forbidden.RegionId` (HTTP 400, 403), listed by 12 operations.
pub const FORBIDDEN_REGION_ID: &str = "Forbidden.RegionId";
/// `Forbidden.RegionNotFound` (HTTP 404), listed by 6 operations.
pub const FORBIDDEN_REGION_NOT_FOUND: &str = "Forbidden.RegionNotFound";
/// `Forbidden.RiskControl` (HTTP 403), listed by 2 operations.
pub const FORBIDDEN_RISK_CONTROL: &str = "Forbidden.RiskControl";
/// `Forbidden.SubUser` (HTTP 403), listed by 14 operations.
pub const FORBIDDEN_SUB_USER: &str = "Forbidden.SubUser";
/// `Forbidden.UnassociateMaster` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_UNASSOCIATE_MASTER: &str = "Forbidden.UnassociateMaster";
/// `FORBIDDEN_USE_VPC_AS_INTERNET_GATEWAY` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_USE_VPC_AS_INTERNET_GATEWAY: &str = "FORBIDDEN_USE_VPC_AS_INTERNET_GATEWAY";
/// `Forbidden.VbrAttached` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_VBR_ATTACHED: &str = "Forbidden.VbrAttached";
/// `Forbidden.VBRExists` (HTTP 400), listed by 1 operation.
pub const FORBIDDEN_VBR_EXISTS: &str = "Forbidden.VBRExists";
/// `Forbidden.VlanIdNotAllowedByCaller` (HTTP 403), listed by 1 operation.
pub const FORBIDDEN_VLAN_ID_NOT_ALLOWED_BY_CALLER: &str = "Forbidden.VlanIdNotAllowedByCaller";
/// `Forbidden.VpcNotFound` (HTTP 400), listed by 3 operations.
pub const FORBIDDEN_VPC_NOT_FOUND: &str = "Forbidden.VpcNotFound";
/// `Forbidden.VRouterNotFound` (HTTP 400), listed by 3 operations.
pub const FORBIDDEN_V_ROUTER_NOT_FOUND: &str = "Forbidden.VRouterNotFound";
/// `ForwardEntry.Duplicated` (HTTP 400), listed by 2 operations.
pub const FORWARD_ENTRY_DUPLICATED: &str = "ForwardEntry.Duplicated";
/// `FrequentPurchase.EIP` (HTTP 400), listed by 1 operation.
pub const FREQUENT_PURCHASE_EIP: &str = "FrequentPurchase.EIP";
/// `FUWU_BIZ_COMMODITY_VERIFY_FAIL` (HTTP 404), listed by 1 operation.
pub const FUWU_BIZ_COMMODITY_VERIFY_FAIL: &str = "FUWU_BIZ_COMMODITY_VERIFY_FAIL";
/// `HibernationConfigured.ImageNotEncrypted` (HTTP 400), listed by 2 operations.
pub const HIBERNATION_CONFIGURED_IMAGE_NOT_ENCRYPTED: &str =
    "HibernationConfigured.ImageNotEncrypted";
/// `HibernationConfigured.InstanceOperationForbidden` (HTTP 403), listed by 9 operations.
pub const HIBERNATION_CONFIGURED_INSTANCE_OPERATION_FORBIDDEN: &str =
    "HibernationConfigured.InstanceOperationForbidden";
/// `HibernationConfigured.InstanceTypeNotSupport` (HTTP 400), listed by 2 operations.
pub const HIBERNATION_CONFIGURED_INSTANCE_TYPE_NOT_SUPPORT: &str =
    "HibernationConfigured.InstanceTypeNotSupport";
/// `HibernationConfigured.MemorySizeTooBig` (HTTP 400), listed by 2 operations.
pub const HIBERNATION_CONFIGURED_MEMORY_SIZE_TOO_BIG: &str =
    "HibernationConfigured.MemorySizeTooBig";
/// `HibernationConfigured.NotEnabled` (HTTP 403), listed by 1 operation.
pub const HIBERNATION_CONFIGURED_NOT_ENABLED: &str = "HibernationConfigured.NotEnabled";
/// `HOSTNAME_ILLEGAL` (HTTP 404), listed by 2 operations.
pub const HOSTNAME_ILLEGAL: &str = "HOSTNAME_ILLEGAL";
/// `HPC_CLUSTER_MODIFY_FAILED` (HTTP 400), listed by 1 operation.
pub const HPC_CLUSTER_MODIFY_FAILED: &str = "HPC_CLUSTER_MODIFY_FAILED";
/// `HpcClusterNotExists` (HTTP 400), listed by 1 operation.
pub const HPC_CLUSTER_NOT_EXISTS: &str = "HpcClusterNotExists";
/// `IdempotenceParamNotMatch` (HTTP 400), listed by 5 operations.
pub const IDEMPOTENCE_PARAM_NOT_MATCH: &str = "IdempotenceParamNotMatch";
/// `Idempotence.Processing` (HTTP 400), listed by 1 operation.
pub const IDEMPOTENCE_PROCESSING: &str = "Idempotence.Processing";
/// `Idempotence.SignatureMismatch` (HTTP 400), listed by 1 operation.
pub const IDEMPOTENCE_SIGNATURE_MISMATCH: &str = "Idempotence.SignatureMismatch";
/// `IdempotentParameterMismatch` (HTTP 403), listed by 4 operations.
pub const IDEMPOTENT_PARAMETER_MISMATCH: &str = "IdempotentParameterMismatch";
/// `IdempotentProcessing` (HTTP 403), listed by 5 operations.
pub const IDEMPOTENT_PROCESSING: &str = "IdempotentProcessing";
/// `IellgalParameter.OwnerAccount` (HTTP 400), listed by 4 operations.
pub const IELLGAL_PARAMETER_OWNER_ACCOUNT: &str = "IellgalParameter.OwnerAccount";
/// `IllegalCidrBlock` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_CIDR_BLOCK: &str = "IllegalCidrBlock";
/// `IllegalParam.AliUid` (HTTP 400, 404), listed by 2 operations.
pub const ILLEGAL_PARAM_ALI_UID: &str = "IllegalParam.AliUid";
/// `IllegalParam.AnyPortNotZero` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_ANY_PORT_NOT_ZERO: &str = "IllegalParam.AnyPortNotZero";
/// `IllegalParam.Bandwidth` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_BANDWIDTH: &str = "IllegalParam.Bandwidth";
/// `IllegalParam.chargeType` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_CHARGE_TYPE: &str = "IllegalParam.chargeType";
/// `IllegalParam.ClientToken` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_CLIENT_TOKEN: &str = "IllegalParam.ClientToken";
/// `IllegalParam.CrossBorderBandwidth` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_CROSS_BORDER_BANDWIDTH: &str = "IllegalParam.CrossBorderBandwidth";
/// `IllegalParam.EnableIpv6` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_ENABLE_IPV6: &str = "IllegalParam.EnableIpv6";
/// `IllegalParam.HealthcheckIp` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_HEALTHCHECK_IP: &str = "IllegalParam.HealthcheckIp";
/// `IllegalParam.InstanceOwner` (HTTP 400), listed by 2 operations.
pub const ILLEGAL_PARAM_INSTANCE_OWNER: &str = "IllegalParam.InstanceOwner";
/// `IllegalParam.Name` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_NAME: &str = "IllegalParam.Name";
/// `IllegalParam.NextHopId` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_NEXT_HOP_ID: &str = "IllegalParam.NextHopId";
/// `IllegalParam.OrderParamComponent` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_ORDER_PARAM_COMPONENT: &str = "IllegalParam.OrderParamComponent";
/// `IllegalParam.RegionId` (HTTP 400), listed by 2 operations.
pub const ILLEGAL_PARAM_REGION_ID: &str = "IllegalParam.RegionId";
/// `IllegalParam.Spec` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_SPEC: &str = "IllegalParam.Spec";
/// `IllegalParam.UserCidr` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_USER_CIDR: &str = "IllegalParam.UserCidr";
/// `IllegalParam.VRouterType` (HTTP 400), listed by 1 operation.
pub const ILLEGAL_PARAM_V_ROUTER_TYPE: &str = "IllegalParam.VRouterType";
/// `ImageCheckUnsupported.WindowsImage` (HTTP 403), listed by 1 operation.
pub const IMAGE_CHECK_UNSUPPORTED_WINDOWS_IMAGE: &str = "ImageCheckUnsupported.WindowsImage";
/// `ImageComponent.NotFound` (HTTP 404), listed by 1 operation.
pub const IMAGE_COMPONENT_NOT_FOUND: &str = "ImageComponent.NotFound";
/// `ImageCreatedNotFromCopy` (HTTP 400), listed by 1 operation.
pub const IMAGE_CREATED_NOT_FROM_COPY: &str = "ImageCreatedNotFromCopy";
/// `ImageDescription.ContainsSensitiveWords` (HTTP 403), listed by 1 operation.
pub const IMAGE_DESCRIPTION_CONTAINS_SENSITIVE_WORDS: &str =
    "ImageDescription.ContainsSensitiveWords";
/// `ImageFamilyQuotaExceed` (HTTP 400), listed by 1 operation.
pub const IMAGE_FAMILY_QUOTA_EXCEED: &str = "ImageFamilyQuotaExceed";
/// `ImageFamilyQuotaFull` (HTTP 400), listed by 1 operation.
pub const IMAGE_FAMILY_QUOTA_FULL: &str = "ImageFamilyQuotaFull";
/// `ImageIsExporting` (HTTP 403), listed by 2 operations.
pub const IMAGE_IS_EXPORTING: &str = "ImageIsExporting";
/// `ImageIsImporting` (HTTP 403), listed by 2 operations.
pub const IMAGE_IS_IMPORTING: &str = "ImageIsImporting";
/// `ImageIsPublic` (HTTP 403), listed by 1 operation.
pub const IMAGE_IS_PUBLIC: &str = "ImageIsPublic";
/// `ImageName.ContainsSensitiveWords` (HTTP 403), listed by 1 operation.
pub const IMAGE_NAME_CONTAINS_SENSITIVE_WORDS: &str = "ImageName.ContainsSensitiveWords";
/// `Image.NotPublic` (HTTP 403), listed by 1 operation.
pub const IMAGE_NOT_PUBLIC: &str = "Image.NotPublic";
/// `ImageNotSubscribed` (HTTP 403), listed by 4 operations.
pub const IMAGE_NOT_SUBSCRIBED: &str = "ImageNotSubscribed";
/// `ImageNotSupported` (HTTP 400, 403), listed by 1 operation.
pub const IMAGE_NOT_SUPPORTED: &str = "ImageNotSupported";
/// `ImageNotSupportCloudInit` (HTTP 400), listed by 3 operations.
pub const IMAGE_NOT_SUPPORT_CLOUD_INIT: &str = "ImageNotSupportCloudInit";
/// `ImageNotSupportInstanceType` (HTTP 403), listed by 8 operations.
pub const IMAGE_NOT_SUPPORT_INSTANCE_TYPE: &str = "ImageNotSupportInstanceType";
/// `ImageOrderFailed` (HTTP 500), listed by 1 operation.
pub const IMAGE_ORDER_FAILED: &str = "ImageOrderFailed";
/// `ImagePipeline.NotSupportWindowsInstance` (HTTP 403), listed by 1 operation.
pub const IMAGE_PIPELINE_NOT_SUPPORT_WINDOWS_INSTANCE: &str =
    "ImagePipeline.NotSupportWindowsInstance";
/// `Image.Public` (HTTP 403), listed by 1 operation.
pub const IMAGE_PUBLIC: &str = "Image.Public";
/// `ImageQuotaExceed.ImageFamily` (HTTP 400), listed by 1 operation.
pub const IMAGE_QUOTA_EXCEED_IMAGE_FAMILY: &str = "ImageQuotaExceed.ImageFamily";
/// `ImageQuotaFull.ImageFamily` (HTTP 400), listed by 1 operation.
pub const IMAGE_QUOTA_FULL_IMAGE_FAMILY: &str = "ImageQuotaFull.ImageFamily";
/// `ImageRemovedInMarket` (HTTP 403), listed by 4 operations.
pub const IMAGE_REMOVED_IN_MARKET: &str = "ImageRemovedInMarket";
/// `ImageStatus.NotAvailable` (HTTP 403), listed by 1 operation.
pub const IMAGE_STATUS_NOT_AVAILABLE: &str = "ImageStatus.NotAvailable";
/// `ImageStatus.NotDeprecated` (HTTP 403), listed by 1 operation.
pub const IMAGE_STATUS_NOT_DEPRECATED: &str = "ImageStatus.NotDeprecated";
/// `ImageUseShared` (HTTP 403), listed by 2 operations.
pub const IMAGE_USE_SHARED: &str = "ImageUseShared";
/// `ImageUsingByInstance` (HTTP 403), listed by 1 operation.
pub const IMAGE_USING_BY_INSTANCE: &str = "ImageUsingByInstance";
/// `ImportImageFailed` (HTTP 403), listed by 1 operation.
pub const IMPORT_IMAGE_FAILED: &str = "ImportImageFailed";
/// `IncompleteParamter` (HTTP 400), listed by 4 operations.
pub const INCOMPLETE_PARAMTER: &str = "IncompleteParamter";
/// `IncorrcetRouteEntryStatus` (HTTP 400), listed by 1 operation.
pub const INCORRCET_ROUTE_ENTRY_STATUS: &str = "IncorrcetRouteEntryStatus";
/// `IncorrectDedicatedHostStatus` (HTTP 400, 403), listed by 4 operations.
pub const INCORRECT_DEDICATED_HOST_STATUS: &str = "IncorrectDedicatedHostStatus";
/// `IncorrectDefaultVpcStatus` (HTTP 400), listed by 2 operations.
pub const INCORRECT_DEFAULT_VPC_STATUS: &str = "IncorrectDefaultVpcStatus";
/// `IncorrectDestinationRegion` (HTTP 403), listed by 1 operation.
pub const INCORRECT_DESTINATION_REGION: &str = "IncorrectDestinationRegion";
/// `IncorrectDiskStatus` (HTTP 403), listed by 13 operations.
pub const INCORRECT_DISK_STATUS: &str = "IncorrectDiskStatus";
/// `IncorrectDiskStatus.CreatingSnapshot` (HTTP 401, 403), listed by 4 operations.
pub const INCORRECT_DISK_STATUS_CREATING_SNAPSHOT: &str = "IncorrectDiskStatus.CreatingSnapshot";
/// `IncorrectDiskStatus.HasUnfinishedSnapshot` (HTTP 403), listed by 2 operations.
pub const INCORRECT_DISK_STATUS_HAS_UNFINISHED_SNAPSHOT: &str =
    "IncorrectDiskStatus.HasUnfinishedSnapshot";
/// `IncorrectDiskStatus.Initializing` (HTTP 403), listed by 1 operation.
pub const INCORRECT_DISK_STATUS_INITIALIZING: &str = "IncorrectDiskStatus.Initializing";
/// `IncorrectDiskStatus.Invalid` (HTTP 403), listed by 3 operations.
pub const INCORRECT_DISK_STATUS_INVALID: &str = "IncorrectDiskStatus.Invalid";
/// `IncorrectDiskStatus.InReplication` (HTTP 400), listed by 3 operations.
pub const INCORRECT_DISK_STATUS_IN_REPLICATION: &str = "IncorrectDiskStatus.InReplication";
/// `IncorrectDiskStatus.NeverAttached` (HTTP 403), listed by 3 operations.
pub const INCORRECT_DISK_STATUS_NEVER_ATTACHED: &str = "IncorrectDiskStatus.NeverAttached";
/// `IncorrectDiskStatus.NeverUsed` (HTTP 403), listed by 2 operations.
pub const INCORRECT_DISK_STATUS_NEVER_USED: &str = "IncorrectDiskStatus.NeverUsed";
/// `IncorrectDiskStatus.ReplicationStatusNotFound` (HTTP 400), listed by 3 operations.
pub const INCORRECT_DISK_STATUS_REPLICATION_STATUS_NOT_FOUND: &str =
    "IncorrectDiskStatus.ReplicationStatusNotFound";
/// `IncorrectDiskStatus.TooManyCreatingSnapshots` (HTTP 403), listed by 1 operation.
pub const INCORRECT_DISK_STATUS_TOO_MANY_CREATING_SNAPSHOTS: &str =
    "IncorrectDiskStatus.TooManyCreatingSnapshots";
/// `IncorrectDiskStatus.Transferring` (HTTP 403), listed by 3 operations.
pub const INCORRECT_DISK_STATUS_TRANSFERRING: &str = "IncorrectDiskStatus.Transferring";
/// `IncorrectDiskType.NotSupport` (HTTP 403), listed by 2 operations.
pub const INCORRECT_DISK_TYPE_NOT_SUPPORT: &str = "IncorrectDiskType.NotSupport";
/// `IncorrectEipStatus` (HTTP 400), listed by 4 operations.
pub const INCORRECT_EIP_STATUS: &str = "IncorrectEipStatus";
/// `IncorrectHaVipStatus` (HTTP 400), listed by 6 operations.
pub const INCORRECT_HA_VIP_STATUS: &str = "IncorrectHaVipStatus";
/// `IncorrectHostStatus` (HTTP 403), listed by 2 operations.
pub const INCORRECT_HOST_STATUS: &str = "IncorrectHostStatus";
/// `IncorrectHostStatus.Initializing` (HTTP 400), listed by 1 operation.
pub const INCORRECT_HOST_STATUS_INITIALIZING: &str = "IncorrectHostStatus.Initializing";
/// `IncorrectImageStatus` (HTTP 400), listed by 6 operations.
pub const INCORRECT_IMAGE_STATUS: &str = "IncorrectImageStatus";
/// `IncorrectInstanceStatus` (HTTP 400, 403, 405), listed by 47 operations.
pub const INCORRECT_INSTANCE_STATUS: &str = "IncorrectInstanceStatus";
/// `IncorrectInstanceStatus.Initializing` (HTTP 403), listed by 2 operations.
pub const INCORRECT_INSTANCE_STATUS_INITIALIZING: &str = "IncorrectInstanceStatus.Initializing";
/// `IncorrectInstanceStatus.NeedRestart` (HTTP 403), listed by 1 operation.
pub const INCORRECT_INSTANCE_STATUS_NEED_RESTART: &str = "IncorrectInstanceStatus.NeedRestart";
/// `IncorrectInstanceStatus.NotSupportESSD` (HTTP 403), listed by 1 operation.
pub const INCORRECT_INSTANCE_STATUS_NOT_SUPPORT_ESSD: &str =
    "IncorrectInstanceStatus.NotSupportESSD";
/// `IncorrectOppositeInterfaceInfo` (HTTP 400), listed by 1 operation.
pub const INCORRECT_OPPOSITE_INTERFACE_INFO: &str = "IncorrectOppositeInterfaceInfo";
/// `IncorrectOppositeInterfaceInfo.NotSet` (HTTP 400), listed by 1 operation.
pub const INCORRECT_OPPOSITE_INTERFACE_INFO_NOT_SET: &str = "IncorrectOppositeInterfaceInfo.NotSet";
/// `IncorrectPrivatePoolStatus` (HTTP 403), listed by 2 operations.
pub const INCORRECT_PRIVATE_POOL_STATUS: &str = "IncorrectPrivatePoolStatus";
/// `IncorrectRecycleBinStatus` (HTTP 400), listed by 1 operation.
pub const INCORRECT_RECYCLE_BIN_STATUS: &str = "IncorrectRecycleBinStatus";
/// `IncorrectRole.NotInitiatingSide` (HTTP 400), listed by 1 operation.
pub const INCORRECT_ROLE_NOT_INITIATING_SIDE: &str = "IncorrectRole.NotInitiatingSide";
/// `IncorrectRouteEntryStatus` (HTTP 400), listed by 4 operations.
pub const INCORRECT_ROUTE_ENTRY_STATUS: &str = "IncorrectRouteEntryStatus";
/// `IncorrectStatus` (HTTP 400, 404), listed by 8 operations.
pub const INCORRECT_STATUS: &str = "IncorrectStatus";
/// `IncorrectStatus.cbnStatus` (HTTP 400), listed by 1 operation.
pub const INCORRECT_STATUS_CBN_STATUS: &str = "IncorrectStatus.cbnStatus";
/// `IncorrectStatus.ForwardEntry` (HTTP 400), listed by 1 operation.
pub const INCORRECT_STATUS_FORWARD_ENTRY: &str = "IncorrectStatus.ForwardEntry";
/// `IncorrectStatus.MultiScopeRiRouteEntry` (HTTP 400), listed by 1 operation.
pub const INCORRECT_STATUS_MULTI_SCOPE_RI_ROUTE_ENTRY: &str =
    "IncorrectStatus.MultiScopeRiRouteEntry";
/// `IncorrectStatus.natgw` (HTTP 404), listed by 1 operation.
pub const INCORRECT_STATUS_NATGW: &str = "IncorrectStatus.natgw";
/// `IncorrectStatus.NatGateway` (HTTP 400), listed by 1 operation.
pub const INCORRECT_STATUS_NAT_GATEWAY: &str = "IncorrectStatus.NatGateway";
/// `IncorrectStatus.NatIp` (HTTP 400), listed by 1 operation.
pub const INCORRECT_STATUS_NAT_IP: &str = "IncorrectStatus.NatIp";
/// `IncorrectStatus.ResourceStatus` (HTTP 400), listed by 1 operation.
pub const INCORRECT_STATUS_RESOURCE_STATUS: &str = "IncorrectStatus.ResourceStatus";
/// `IncorrectStatus.RouteEntry` (HTTP 400), listed by 1 operation.
pub const INCORRECT_STATUS_ROUTE_ENTRY: &str = "IncorrectStatus.RouteEntry";
/// `IncorrectStatus.RouteTableStatus` (HTTP 400), listed by 2 operations.
pub const INCORRECT_STATUS_ROUTE_TABLE_STATUS: &str = "IncorrectStatus.RouteTableStatus";
/// `IncorrectVncPassword.Malformed` (HTTP 400), listed by 1 operation.
pub const INCORRECT_VNC_PASSWORD_MALFORMED: &str = "IncorrectVncPassword.Malformed";
/// `IncorrectVolumeStatus` (HTTP 403), listed by 2 operations.
pub const INCORRECT_VOLUME_STATUS: &str = "IncorrectVolumeStatus";
/// `IncorrectVpcStatus` (HTTP 400, 403), listed by 7 operations.
pub const INCORRECT_VPC_STATUS: &str = "IncorrectVpcStatus";
/// `IncorrectVSwitchId` (HTTP 404), listed by 1 operation.
pub const INCORRECT_V_SWITCH_ID: &str = "IncorrectVSwitchId";
/// `IncorrectVSwitchStatus` (HTTP 400), listed by 8 operations.
pub const INCORRECT_V_SWITCH_STATUS: &str = "IncorrectVSwitchStatus";
/// `IncorretForwardEntryStatus` (HTTP 400), listed by 4 operations.
pub const INCORRET_FORWARD_ENTRY_STATUS: &str = "IncorretForwardEntryStatus";
/// `IncorretStatus.ForwardEntry` (HTTP 400), listed by 1 operation.
pub const INCORRET_STATUS_FORWARD_ENTRY: &str = "IncorretStatus.ForwardEntry";
/// `InnerServiceFailed` (HTTP 403), listed by 5 operations.
pub const INNER_SERVICE_FAILED: &str = "InnerServiceFailed";
/// `InstancesIdQuotaExceed` (HTTP 400), listed by 2 operations.
pub const INSTANCES_ID_QUOTA_EXCEED: &str = "InstancesIdQuotaExceed";
/// `InstanceDiskCategoryLimitExceed` (HTTP 400, 403), listed by 4 operations.
pub const INSTANCE_DISK_CATEGORY_LIMIT_EXCEED: &str = "InstanceDiskCategoryLimitExceed";
/// `InstanceDiskLimitExceeded` (HTTP 403), listed by 3 operations.
pub const INSTANCE_DISK_LIMIT_EXCEEDED: &str = "InstanceDiskLimitExceeded";
/// `InstanceDiskNumber.LimitExceed` (HTTP 400), listed by 3 operations.
pub const INSTANCE_DISK_NUMBER_LIMIT_EXCEED: &str = "InstanceDiskNumber.LimitExceed";
/// `InstanceDiskNumLimitExceed` (HTTP 403), listed by 3 operations.
pub const INSTANCE_DISK_NUM_LIMIT_EXCEED: &str = "InstanceDiskNumLimitExceed";
/// `InstanceDowngrade.QuotaExceed` (HTTP 400, 403), listed by 3 operations.
pub const INSTANCE_DOWNGRADE_QUOTA_EXCEED: &str = "InstanceDowngrade.QuotaExceed";
/// `InstanceExist` (HTTP 403), listed by 1 operation.
pub const INSTANCE_EXIST: &str = "InstanceExist";
/// `InstanceExpired` (HTTP 403), listed by 3 operations.
pub const INSTANCE_EXPIRED: &str = "InstanceExpired";
/// `InstanceExpiredOrInArrears` (HTTP 403), listed by 15 operations.
pub const INSTANCE_EXPIRED_OR_IN_ARREARS: &str = "InstanceExpiredOrInArrears";
/// `InstanceHasProcessingConvertOrder` (HTTP 400), listed by 1 operation.
pub const INSTANCE_HAS_PROCESSING_CONVERT_ORDER: &str = "InstanceHasProcessingConvertOrder";
/// `InstanceIds.ExceedLimit` (HTTP 400, 403), listed by 8 operations.
pub const INSTANCE_IDS_EXCEED_LIMIT: &str = "InstanceIds.ExceedLimit";
/// `InstanceIdLimitExceeded` (HTTP 403), listed by 4 operations.
pub const INSTANCE_ID_LIMIT_EXCEEDED: &str = "InstanceIdLimitExceeded";
/// `InstanceKeyPairLimitExceeded` (HTTP 403), listed by 3 operations.
pub const INSTANCE_KEY_PAIR_LIMIT_EXCEEDED: &str = "InstanceKeyPairLimitExceeded";
/// `InstanceLastSecurityGroup` (HTTP 403), listed by 1 operation.
pub const INSTANCE_LAST_SECURITY_GROUP: &str = "InstanceLastSecurityGroup";
/// `InstanceLockedForSecurity` (HTTP 400, 403), listed by 28 operations.
pub const INSTANCE_LOCKED_FOR_SECURITY: &str = "InstanceLockedForSecurity";
/// `InstanceName.ExceedLimit` (HTTP 400), listed by 2 operations.
pub const INSTANCE_NAME_EXCEED_LIMIT: &str = "InstanceName.ExceedLimit";
/// `InstanceName.InvalidPattern` (HTTP 400), listed by 2 operations.
pub const INSTANCE_NAME_INVALID_PATTERN: &str = "InstanceName.InvalidPattern";
/// `INSTANCE_NOT_EXISTS` (HTTP 404), listed by 1 operation.
pub const INSTANCE_NOT_EXISTS: &str = "INSTANCE_NOT_EXISTS";
/// `InstanceNotInSecurityGroup` (HTTP 403), listed by 2 operations.
pub const INSTANCE_NOT_IN_SECURITY_GROUP: &str = "InstanceNotInSecurityGroup";
/// `InstanceNotReady` (HTTP 403, 500), listed by 6 operations.
pub const INSTANCE_NOT_READY: &str = "InstanceNotReady";
/// `InstanceSecurityGroupLimitExceeded` (HTTP 400, 403), listed by 1 operation.
pub const INSTANCE_SECURITY_GROUP_LIMIT_EXCEEDED: &str = "InstanceSecurityGroupLimitExceeded";
/// `InstanceSpecModification.NotEffective` (HTTP 403), listed by 3 operations.
pub const INSTANCE_SPEC_MODIFICATION_NOT_EFFECTIVE: &str = "InstanceSpecModification.NotEffective";
/// `INSTANCE.STATUS.NOT.ALLOW` (HTTP 400), listed by 1 operation.
pub const INSTANCE_STATUS_NOT_ALLOW: &str = "INSTANCE.STATUS.NOT.ALLOW";
/// `InstanceType.Invalid` (HTTP 400), listed by 1 operation.
pub const INSTANCE_TYPE_INVALID: &str = "InstanceType.Invalid";
/// `INSTANCE_TYPE_NOT_SUPPORT` (HTTP 400), listed by 2 operations.
pub const INSTANCE_TYPE_NOT_SUPPORT: &str = "INSTANCE_TYPE_NOT_SUPPORT";
/// Every spelling of [`INSTANCE_TYPE_NOT_SUPPORT`] the metadata lists: `INSTANCE_TYPE_NOT_SUPPORT`, `InstanceType.NotSupport`.
pub const INSTANCE_TYPE_NOT_SUPPORT_SPELLINGS: &[&str] =
    &["INSTANCE_TYPE_NOT_SUPPORT", "InstanceType.NotSupport"];
/// `InstanceTypeNotSupported` (HTTP 403), listed by 1 operation.
pub const INSTANCE_TYPE_NOT_SUPPORTED: &str = "InstanceTypeNotSupported";
/// `InstanceTypeNotSupported.TooManyDisksAttached` (HTTP 400), listed by 2 operations.
pub const INSTANCE_TYPE_NOT_SUPPORTED_TOO_MANY_DISKS_ATTACHED: &str =
    "InstanceTypeNotSupported.TooManyDisksAttached";
/// `InstanceType.Offline` (HTTP 400, 403), listed by 8 operations.
pub const INSTANCE_TYPE_OFFLINE: &str = "InstanceType.Offline";
/// `InstanceType.ParameterMismatch` (HTTP 403), listed by 1 operation.
pub const INSTANCE_TYPE_PARAMETER_MISMATCH: &str = "InstanceType.ParameterMismatch";
/// `InstanceType.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INSTANCE_TYPE_VALUE_NOT_SUPPORTED: &str = "InstanceType.ValueNotSupported";
/// `Instance.UnPaidOrder` (HTTP 403), listed by 1 operation.
pub const INSTANCE_UN_PAID_ORDER: &str = "Instance.UnPaidOrder";
/// `INST_HAS_UNPAID_ORDER` (HTTP 403), listed by 1 operation.
pub const INST_HAS_UNPAID_ORDER: &str = "INST_HAS_UNPAID_ORDER";
/// `InsufficientBalance` (HTTP 400, 403), listed by 8 operations.
pub const INSUFFICIENT_BALANCE: &str = "InsufficientBalance";
/// `InsufficientBalance.AgentAccount` (HTTP 400), listed by 1 operation.
pub const INSUFFICIENT_BALANCE_AGENT_ACCOUNT: &str = "InsufficientBalance.AgentAccount";
/// `InsufficientBalance.AgentCredit` (HTTP 400), listed by 1 operation.
pub const INSUFFICIENT_BALANCE_AGENT_CREDIT: &str = "InsufficientBalance.AgentCredit";
/// `InsufficientBalance.Eip` (HTTP 400), listed by 1 operation.
pub const INSUFFICIENT_BALANCE_EIP: &str = "InsufficientBalance.Eip";
/// `InsufficientEipCapacity` (HTTP 500), listed by 1 operation.
pub const INSUFFICIENT_EIP_CAPACITY: &str = "InsufficientEipCapacity";
/// `InsufficientPublicIp` (HTTP 400), listed by 1 operation.
pub const INSUFFICIENT_PUBLIC_IP: &str = "InsufficientPublicIp";
/// `InternalError` (HTTP 400, 404, 500), listed by 106 operations.
pub const INTERNAL_ERROR: &str = "InternalError";
/// `InternalError.AllocateUnderlayIp` (HTTP 403), listed by 1 operation.
pub const INTERNAL_ERROR_ALLOCATE_UNDERLAY_IP: &str = "InternalError.AllocateUnderlayIp";
/// `InternalError.Dispatch` (HTTP 500), listed by 22 operations.
pub const INTERNAL_ERROR_DISPATCH: &str = "InternalError.Dispatch";
/// `INVAID_VBR_STATUS` (HTTP 400), listed by 1 operation.
pub const INVAID_VBR_STATUS: &str = "INVAID_VBR_STATUS";
/// `InvalidAcceptLanguage.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_ACCEPT_LANGUAGE_NOT_FOUND: &str = "InvalidAcceptLanguage.NotFound";
/// `InvalidAccessPointId.NotEnabled` (HTTP 400), listed by 1 operation.
pub const INVALID_ACCESS_POINT_ID_NOT_ENABLED: &str = "InvalidAccessPointId.NotEnabled";
/// `InvalidAccessPointId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_ACCESS_POINT_ID_NOT_FOUND: &str = "InvalidAccessPointId.NotFound";
/// `InvalidAccessPoint.NotExist` (HTTP 400), listed by 1 operation.
pub const INVALID_ACCESS_POINT_NOT_EXIST: &str = "InvalidAccessPoint.NotExist";
/// `InvalidAccessPoint.NotMatch` (HTTP 400), listed by 1 operation.
pub const INVALID_ACCESS_POINT_NOT_MATCH: &str = "InvalidAccessPoint.NotMatch";
/// `InvalidAccessPointType.NotSupport` (HTTP 400), listed by 1 operation.
pub const INVALID_ACCESS_POINT_TYPE_NOT_SUPPORT: &str = "InvalidAccessPointType.NotSupport";
/// `InvalidAccessPoint.ValueNotAllowed` (HTTP 500), listed by 1 operation.
pub const INVALID_ACCESS_POINT_VALUE_NOT_ALLOWED: &str = "InvalidAccessPoint.ValueNotAllowed";
/// `InvalidAccount.Forbbiden` (HTTP 404), listed by 1 operation.
pub const INVALID_ACCOUNT_FORBBIDEN: &str = "InvalidAccount.Forbbiden";
/// `InvalidAccount.NotFound` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_ACCOUNT_NOT_FOUND: &str = "InvalidAccount.NotFound";
/// `InvalidAccount.NotSupportSpot` (HTTP 400), listed by 1 operation.
pub const INVALID_ACCOUNT_NOT_SUPPORT_SPOT: &str = "InvalidAccount.NotSupportSpot";
/// `InvalidAccountStatus` (HTTP 403), listed by 2 operations.
pub const INVALID_ACCOUNT_STATUS: &str = "InvalidAccountStatus";
/// `InvalidAccountStatus.CouponAmountNotEnough` (HTTP 403), listed by 1 operation.
pub const INVALID_ACCOUNT_STATUS_COUPON_AMOUNT_NOT_ENOUGH: &str =
    "InvalidAccountStatus.CouponAmountNotEnough";
/// `InvalidAccountStatus.NotEnoughBalance` (HTTP 400, 403), listed by 17 operations.
pub const INVALID_ACCOUNT_STATUS_NOT_ENOUGH_BALANCE: &str = "InvalidAccountStatus.NotEnoughBalance";
/// `InvalidAccountStatus.OSSDisabled` (HTTP 403), listed by 1 operation.
pub const INVALID_ACCOUNT_STATUS_OSS_DISABLED: &str = "InvalidAccountStatus.OSSDisabled";
/// `InvalidAccountStatus.PayAmountLimitExceeded` (HTTP 400), listed by 4 operations.
pub const INVALID_ACCOUNT_STATUS_PAY_AMOUNT_LIMIT_EXCEEDED: &str =
    "InvalidAccountStatus.PayAmountLimitExceeded";
/// `InvalidAccountStatus.SnapshotServiceUnavailable` (HTTP 403), listed by 9 operations.
pub const INVALID_ACCOUNT_STATUS_SNAPSHOT_SERVICE_UNAVAILABLE: &str =
    "InvalidAccountStatus.SnapshotServiceUnavailable";
/// `InvalidAction` (HTTP 400, 403), listed by 8 operations.
pub const INVALID_ACTION: &str = "InvalidAction";
/// `InvalidAction.Denied` (HTTP 400), listed by 1 operation.
pub const INVALID_ACTION_DENIED: &str = "InvalidAction.Denied";
/// `InvalidAction.NotSupport` (HTTP 400), listed by 1 operation.
pub const INVALID_ACTION_NOT_SUPPORT: &str = "InvalidAction.NotSupport";
/// `InvalidAction.NotSupported` (HTTP 404), listed by 1 operation.
pub const INVALID_ACTION_NOT_SUPPORTED: &str = "InvalidAction.NotSupported";
/// `Invalid.Action.ReleaseCapacityReservation` (HTTP 400), listed by 1 operation.
pub const INVALID_ACTION_RELEASE_CAPACITY_RESERVATION: &str =
    "Invalid.Action.ReleaseCapacityReservation";
/// `InvalidAction.Unauthorized` (HTTP 403), listed by 3 operations.
pub const INVALID_ACTION_UNAUTHORIZED: &str = "InvalidAction.Unauthorized";
/// `InvalidAction.UserForbidden` (HTTP 403), listed by 1 operation.
pub const INVALID_ACTION_USER_FORBIDDEN: &str = "InvalidAction.UserForbidden";
/// `InvalidAction.WithActiveElasticUpgrade` (HTTP 400), listed by 4 operations.
pub const INVALID_ACTION_WITH_ACTIVE_ELASTIC_UPGRADE: &str =
    "InvalidAction.WithActiveElasticUpgrade";
/// `InvalidActivity.NotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_ACTIVITY_NOT_SUPPORTED: &str = "InvalidActivity.NotSupported";
/// `InvalidAdditionalInfoPvdConfig.SizeExceeded` (HTTP 400), listed by 2 operations.
pub const INVALID_ADDITIONAL_INFO_PVD_CONFIG_SIZE_EXCEEDED: &str =
    "InvalidAdditionalInfoPvdConfig.SizeExceeded";
/// `InvalidAddAccountSize.ExceededMaxNumber` (HTTP 400), listed by 1 operation.
pub const INVALID_ADD_ACCOUNT_SIZE_EXCEEDED_MAX_NUMBER: &str =
    "InvalidAddAccountSize.ExceededMaxNumber";
/// `InvalidAliuid` (HTTP 400), listed by 5 operations.
pub const INVALID_ALIUID: &str = "InvalidAliuid";
/// `InvalidAliUid` (HTTP 400), listed by 11 operations.
pub const INVALID_ALI_UID: &str = "InvalidAliUid";
/// `InvalidAliUid.IsNull` (HTTP 401), listed by 1 operation.
pub const INVALID_ALI_UID_IS_NULL: &str = "InvalidAliUid.IsNull";
/// `InvalidAllocationId.NotFound` (HTTP 400, 404), listed by 6 operations.
pub const INVALID_ALLOCATION_ID_NOT_FOUND: &str = "InvalidAllocationId.NotFound";
/// `InvalidAllocationType.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_ALLOCATION_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidAllocationType.ValueNotSupported";
/// `InvalidAllowedUpgradeWindow.CountLimitExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_ALLOWED_UPGRADE_WINDOW_COUNT_LIMIT_EXCEEDED: &str =
    "InvalidAllowedUpgradeWindow.CountLimitExceeded";
/// `InvalidAllowedUpgradeWindow.DurationTooShort` (HTTP 400), listed by 1 operation.
pub const INVALID_ALLOWED_UPGRADE_WINDOW_DURATION_TOO_SHORT: &str =
    "InvalidAllowedUpgradeWindow.DurationTooShort";
/// `InvalidAllowedUpgradeWindow.Required` (HTTP 400), listed by 1 operation.
pub const INVALID_ALLOWED_UPGRADE_WINDOW_REQUIRED: &str = "InvalidAllowedUpgradeWindow.Required";
/// `InvalidAmount.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_AMOUNT_MALFORMED: &str = "InvalidAmount.Malformed";
/// `InvalidArchitecture` (HTTP 404), listed by 1 operation.
pub const INVALID_ARCHITECTURE: &str = "InvalidArchitecture";
/// `InvalidArchitecture.Malformed` (HTTP 400), listed by 3 operations.
pub const INVALID_ARCHITECTURE_MALFORMED: &str = "InvalidArchitecture.Malformed";
/// `InvalidArchitecture.PlatformUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_ARCHITECTURE_PLATFORM_UNSUPPORTED: &str =
    "InvalidArchitecture.PlatformUnsupported";
/// `InvalidAssociation.Duplicated` (HTTP 400), listed by 1 operation.
pub const INVALID_ASSOCIATION_DUPLICATED: &str = "InvalidAssociation.Duplicated";
/// `Invalid.AssuranceTimes.NotSupported` (HTTP 400), listed by 9 operations.
pub const INVALID_ASSURANCE_TIMES_NOT_SUPPORTED: &str = "Invalid.AssuranceTimes.NotSupported";
/// Every spelling of [`INVALID_ASSURANCE_TIMES_NOT_SUPPORTED`] the metadata lists: `Invalid.AssuranceTimes.NotSupported`, `InvalidAssuranceTimes.NotSupported`.
pub const INVALID_ASSURANCE_TIMES_NOT_SUPPORTED_SPELLINGS: &[&str] = &[
    "Invalid.AssuranceTimes.NotSupported",
    "InvalidAssuranceTimes.NotSupported",
];
/// `InvalidAutoPay.PostPaidUnsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_AUTO_PAY_POST_PAID_UNSUPPORTED: &str = "InvalidAutoPay.PostPaidUnsupported";
/// `InvalidAutoProvisioningGroupId.NotFound` (HTTP 404), listed by 3 operations.
pub const INVALID_AUTO_PROVISIONING_GROUP_ID_NOT_FOUND: &str =
    "InvalidAutoProvisioningGroupId.NotFound";
/// `InvalidAutoProvisioningGroupName.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_AUTO_PROVISIONING_GROUP_NAME_MALFORMED: &str =
    "InvalidAutoProvisioningGroupName.Malformed";
/// `InvalidAutoProvisioningGroupType.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_AUTO_PROVISIONING_GROUP_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidAutoProvisioningGroupType.ValueNotSupported";
/// `InvalidAutoReleaseTime.Malformed` (HTTP 400), listed by 3 operations.
pub const INVALID_AUTO_RELEASE_TIME_MALFORMED: &str = "InvalidAutoReleaseTime.Malformed";
/// `InvalidAutoRenewPeriod.ValueNotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_AUTO_RENEW_PERIOD_VALUE_NOT_SUPPORTED: &str =
    "InvalidAutoRenewPeriod.ValueNotSupported";
/// `InvalidAutoSnapshotPolicyId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_AUTO_SNAPSHOT_POLICY_ID_NOT_FOUND: &str = "InvalidAutoSnapshotPolicyId.NotFound";
/// `InvalidAxt.ServiceNotReady` (HTTP 403), listed by 1 operation.
pub const INVALID_AXT_SERVICE_NOT_READY: &str = "InvalidAxt.ServiceNotReady";
/// `InvalidBandwidth` (HTTP 400), listed by 2 operations.
pub const INVALID_BANDWIDTH: &str = "InvalidBandwidth";
/// `InvalidBandwidth.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_BANDWIDTH_MALFORMED: &str = "InvalidBandwidth.Malformed";
/// `InvalidBandwidth.NotEnough` (HTTP 400), listed by 1 operation.
pub const INVALID_BANDWIDTH_NOT_ENOUGH: &str = "InvalidBandwidth.NotEnough";
/// `InvalidBandwidth.NotExist` (HTTP 404), listed by 1 operation.
pub const INVALID_BANDWIDTH_NOT_EXIST: &str = "InvalidBandwidth.NotExist";
/// `InvalidBandwidthOut.LessThanZero` (HTTP 400), listed by 2 operations.
pub const INVALID_BANDWIDTH_OUT_LESS_THAN_ZERO: &str = "InvalidBandwidthOut.LessThanZero";
/// `InvalidBandwidth.OutOfMaxTrafficBindedOnNatgw` (HTTP 400), listed by 1 operation.
pub const INVALID_BANDWIDTH_OUT_OF_MAX_TRAFFIC_BINDED_ON_NATGW: &str =
    "InvalidBandwidth.OutOfMaxTrafficBindedOnNatgw";
/// `InvalidBandwidthPackageId.NotFound` (HTTP 404), listed by 4 operations.
pub const INVALID_BANDWIDTH_PACKAGE_ID_NOT_FOUND: &str = "InvalidBandwidthPackageId.NotFound";
/// `InvalidBandwidth.ValueNotSupported` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_BANDWIDTH_VALUE_NOT_SUPPORTED: &str = "InvalidBandwidth.ValueNotSupported";
/// `InvalidBaseImageType.NotSupportedValue` (HTTP 400), listed by 1 operation.
pub const INVALID_BASE_IMAGE_TYPE_NOT_SUPPORTED_VALUE: &str =
    "InvalidBaseImageType.NotSupportedValue";
/// `InvalidBillingMethod.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_BILLING_METHOD_VALUE_NOT_SUPPORTED: &str =
    "InvalidBillingMethod.ValueNotSupported";
/// `InvalidBindingStatus` (HTTP 400), listed by 2 operations.
pub const INVALID_BINDING_STATUS: &str = "InvalidBindingStatus";
/// `InvalidBlockSize.NotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_BLOCK_SIZE_NOT_SUPPORT: &str = "InvalidBlockSize.NotSupport";
/// `InvalidBootMode.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_BOOT_MODE_MALFORMED: &str = "InvalidBootMode.Malformed";
/// `InvalidBootMode.NotSupport` (HTTP 400), listed by 3 operations.
pub const INVALID_BOOT_MODE_NOT_SUPPORT: &str = "InvalidBootMode.NotSupport";
/// `InvalidBuildContent.LengthExceeded` (HTTP 400), listed by 1 operation.
pub const INVALID_BUILD_CONTENT_LENGTH_EXCEEDED: &str = "InvalidBuildContent.LengthExceeded";
/// `InvalidCapacityReservationId.NotFound` (HTTP 400, 404), listed by 3 operations.
pub const INVALID_CAPACITY_RESERVATION_ID_NOT_FOUND: &str = "InvalidCapacityReservationId.NotFound";
/// `InvalidCapacity.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_CAPACITY_VALUE_NOT_SUPPORTED: &str = "InvalidCapacity.ValueNotSupported";
/// `InvalidCategoryAndInstantAccess.Malformed` (HTTP 403), listed by 2 operations.
pub const INVALID_CATEGORY_AND_INSTANT_ACCESS_MALFORMED: &str =
    "InvalidCategoryAndInstantAccess.Malformed";
/// `InvalidCategory.ValueNotSupported` (HTTP 400, 403), listed by 1 operation.
pub const INVALID_CATEGORY_VALUE_NOT_SUPPORTED: &str = "InvalidCategory.ValueNotSupported";
/// `InvalidChargeType.CapacityReservationNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_CHARGE_TYPE_CAPACITY_RESERVATION_NOT_SUPPORTED: &str =
    "InvalidChargeType.CapacityReservationNotSupported";
/// `InvalidChargeType.MarketImage` (HTTP 403), listed by 1 operation.
pub const INVALID_CHARGE_TYPE_MARKET_IMAGE: &str = "InvalidChargeType.MarketImage";
/// `InvalidChargeType.NotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_CHARGE_TYPE_NOT_SUPPORTED: &str = "InvalidChargeType.NotSupported";
/// `InvalidChargeType.ValueNotSupported` (HTTP 400, 403), listed by 8 operations.
pub const INVALID_CHARGE_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidChargeType.ValueNotSupported";
/// `InvalidCidrBlock` (HTTP 400), listed by 1 operation.
pub const INVALID_CIDR_BLOCK: &str = "InvalidCidrBlock";
/// `InvalidCIDRBlock.Duplicate` (HTTP 400), listed by 1 operation.
pub const INVALID_CIDR_BLOCK_DUPLICATE: &str = "InvalidCIDRBlock.Duplicate";
/// `InvalidCidrBlock.Malformed` (HTTP 400), listed by 4 operations.
pub const INVALID_CIDR_BLOCK_MALFORMED: &str = "InvalidCidrBlock.Malformed";
/// `InvalidCidrBlock.Overlapped` (HTTP 400), listed by 1 operation.
pub const INVALID_CIDR_BLOCK_OVERLAPPED: &str = "InvalidCidrBlock.Overlapped";
/// `InvalidCircuitCode.Malformed` (HTTP 400), listed by 4 operations.
pub const INVALID_CIRCUIT_CODE_MALFORMED: &str = "InvalidCircuitCode.Malformed";
/// `InvalidCirdrBlock.MaskLength` (HTTP 400), listed by 1 operation.
pub const INVALID_CIRDR_BLOCK_MASK_LENGTH: &str = "InvalidCirdrBlock.MaskLength";
/// `InvalidClientToken.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_CLIENT_TOKEN_MALFORMED: &str = "InvalidClientToken.Malformed";
/// `InvalidClientToken.ValueNotSupported` (HTTP 400), listed by 15 operations.
pub const INVALID_CLIENT_TOKEN_VALUE_NOT_SUPPORTED: &str = "InvalidClientToken.ValueNotSupported";
/// `InvalidCloudBoxZone.EncryptedNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_CLOUD_BOX_ZONE_ENCRYPTED_NOT_SUPPORTED: &str =
    "InvalidCloudBoxZone.EncryptedNotSupported";
/// `InvalidCloudBoxZone.OperationNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_CLOUD_BOX_ZONE_OPERATION_NOT_SUPPORTED: &str =
    "InvalidCloudBoxZone.OperationNotSupported";
/// `InvalidClusterId.NotFound` (HTTP 403, 404), listed by 2 operations.
pub const INVALID_CLUSTER_ID_NOT_FOUND: &str = "InvalidClusterId.NotFound";
/// `InvalidCmdId.NotFound` (HTTP 404), listed by 4 operations.
pub const INVALID_CMD_ID_NOT_FOUND: &str = "InvalidCmdId.NotFound";
/// `InvalidCmdType.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_CMD_TYPE_NOT_FOUND: &str = "InvalidCmdType.NotFound";
/// `InvalidCommand.Component` (HTTP 400), listed by 1 operation.
pub const INVALID_COMMAND_COMPONENT: &str = "InvalidCommand.Component";
/// `InvalidCommandContent.CMD` (HTTP 400), listed by 2 operations.
pub const INVALID_COMMAND_CONTENT_CMD: &str = "InvalidCommandContent.CMD";
/// `InvalidCommandContent.COPY` (HTTP 400), listed by 2 operations.
pub const INVALID_COMMAND_CONTENT_COPY: &str = "InvalidCommandContent.COPY";
/// `InvalidCommandContent.DecodeError` (HTTP 400), listed by 1 operation.
pub const INVALID_COMMAND_CONTENT_DECODE_ERROR: &str = "InvalidCommandContent.DecodeError";
/// `InvalidCommandContent.ENTRYPOINT` (HTTP 400), listed by 2 operations.
pub const INVALID_COMMAND_CONTENT_ENTRYPOINT: &str = "InvalidCommandContent.ENTRYPOINT";
/// `InvalidCommandContent.ENV` (HTTP 400), listed by 2 operations.
pub const INVALID_COMMAND_CONTENT_ENV: &str = "InvalidCommandContent.ENV";
/// `InvalidCommandContent.FROM` (HTTP 400), listed by 1 operation.
pub const INVALID_COMMAND_CONTENT_FROM: &str = "InvalidCommandContent.FROM";
/// `InvalidCommandContent.LengthLimitExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_COMMAND_CONTENT_LENGTH_LIMIT_EXCEEDED: &str =
    "InvalidCommandContent.LengthLimitExceeded";
/// `InvalidCommandContent.RUN` (HTTP 400), listed by 2 operations.
pub const INVALID_COMMAND_CONTENT_RUN: &str = "InvalidCommandContent.RUN";
/// `InvalidCommandContent.USER` (HTTP 400), listed by 2 operations.
pub const INVALID_COMMAND_CONTENT_USER: &str = "InvalidCommandContent.USER";
/// `InvalidCommandContent.WORKDIR` (HTTP 400), listed by 2 operations.
pub const INVALID_COMMAND_CONTENT_WORKDIR: &str = "InvalidCommandContent.WORKDIR";
/// `InvalidCommandLine.Conflict` (HTTP 403), listed by 1 operation.
pub const INVALID_COMMAND_LINE_CONFLICT: &str = "InvalidCommandLine.Conflict";
/// `InvalidCommandLine.LengthLimitExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_COMMAND_LINE_LENGTH_LIMIT_EXCEEDED: &str =
    "InvalidCommandLine.LengthLimitExceeded";
/// `InvalidCommandOrder.FROM` (HTTP 400), listed by 1 operation.
pub const INVALID_COMMAND_ORDER_FROM: &str = "InvalidCommandOrder.FROM";
/// `InvalidCommodity.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_COMMODITY_NOT_FOUND: &str = "InvalidCommodity.NotFound";
/// `InvalidComponent.EipBandwidthMax` (HTTP 400), listed by 1 operation.
pub const INVALID_COMPONENT_EIP_BANDWIDTH_MAX: &str = "InvalidComponent.EipBandwidthMax";
/// `InvalidComponentType.NotSupportedValue` (HTTP 400), listed by 1 operation.
pub const INVALID_COMPONENT_TYPE_NOT_SUPPORTED_VALUE: &str =
    "InvalidComponentType.NotSupportedValue";
/// `InvalidCondition.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_CONDITION_MALFORMED: &str = "InvalidCondition.Malformed";
/// `InvalidConfiguration.ValueNotSupported` (HTTP 403), listed by 2 operations.
pub const INVALID_CONFIGURATION_VALUE_NOT_SUPPORTED: &str =
    "InvalidConfiguration.ValueNotSupported";
/// `InvalidConnectionTrackingConfiguration.RegionOrUserNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_CONNECTION_TRACKING_CONFIGURATION_REGION_OR_USER_NOT_SUPPORTED: &str =
    "InvalidConnectionTrackingConfiguration.RegionOrUserNotSupported";
/// `InvalidContainerId.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_CONTAINER_ID_MALFORMED: &str = "InvalidContainerId.Malformed";
/// `InvalidContainerName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_CONTAINER_NAME_MALFORMED: &str = "InvalidContainerName.Malformed";
/// `InvalidContent.LengthExceeded` (HTTP 400), listed by 1 operation.
pub const INVALID_CONTENT_LENGTH_EXCEEDED: &str = "InvalidContent.LengthExceeded";
/// `InvalidCoreAndMemory.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_CORE_AND_MEMORY_VALUE_NOT_SUPPORTED: &str =
    "InvalidCoreAndMemory.ValueNotSupported";
/// `InvalidCpuOverCommitRatio.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_CPU_OVER_COMMIT_RATIO_VALUE_NOT_SUPPORTED: &str =
    "InvalidCpuOverCommitRatio.ValueNotSupported";
/// `InvalidCustomInstanceType.NotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_CUSTOM_INSTANCE_TYPE_NOT_SUPPORTED: &str =
    "InvalidCustomInstanceType.NotSupported";
/// `InvalidDatadisk.ChargeTypeViolation` (HTTP 400), listed by 1 operation.
pub const INVALID_DATADISK_CHARGE_TYPE_VIOLATION: &str = "InvalidDatadisk.ChargeTypeViolation";
/// `InvalidDatadisk.DiskCategoryViolation` (HTTP 400), listed by 1 operation.
pub const INVALID_DATADISK_DISK_CATEGORY_VIOLATION: &str = "InvalidDatadisk.DiskCategoryViolation";
/// `InvalidDatadisk.DiskStatusViolation` (HTTP 400), listed by 1 operation.
pub const INVALID_DATADISK_DISK_STATUS_VIOLATION: &str = "InvalidDatadisk.DiskStatusViolation";
/// `InvalidDataDevice.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_DATA_DEVICE_MALFORMED: &str = "InvalidDataDevice.Malformed";
/// `InvalidDataDiskCategory.NotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_DATA_DISK_CATEGORY_NOT_SUPPORTED: &str = "InvalidDataDiskCategory.NotSupported";
/// `InvalidDataDiskCategory.ValueNotSupported` (HTTP 400), listed by 6 operations.
pub const INVALID_DATA_DISK_CATEGORY_VALUE_NOT_SUPPORTED: &str =
    "InvalidDataDiskCategory.ValueNotSupported";
/// `InvalidDataDiskSize` (HTTP 400), listed by 1 operation.
pub const INVALID_DATA_DISK_SIZE: &str = "InvalidDataDiskSize";
/// `InvalidDataDiskSize.ValueNotSupported` (HTTP 400, 403, 404), listed by 7 operations.
pub const INVALID_DATA_DISK_SIZE_VALUE_NOT_SUPPORTED: &str =
    "InvalidDataDiskSize.ValueNotSupported";
/// `InvalidDataDiskSnapshotId.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_DATA_DISK_SNAPSHOT_ID_NOT_FOUND: &str = "InvalidDataDiskSnapshotId.NotFound";
/// `InvalidDedicatedHostClusterId.ExceedMaxSize` (HTTP 404), listed by 2 operations.
pub const INVALID_DEDICATED_HOST_CLUSTER_ID_EXCEED_MAX_SIZE: &str =
    "InvalidDedicatedHostClusterId.ExceedMaxSize";
/// `InvalidDedicatedHostClusterId.Invalid` (HTTP 400), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_CLUSTER_ID_INVALID: &str = "InvalidDedicatedHostClusterId.Invalid";
/// `InvalidDedicatedHostClusterId.InValid` (HTTP 400), listed by 2 operations.
pub const INVALID_DEDICATED_HOST_CLUSTER_ID_IN_VALID: &str =
    "InvalidDedicatedHostClusterId.InValid";
/// `InvalidDedicatedHostClusterId.NotFound` (HTTP 400, 404), listed by 5 operations.
pub const INVALID_DEDICATED_HOST_CLUSTER_ID_NOT_FOUND: &str =
    "InvalidDedicatedHostClusterId.NotFound";
/// `InvalidDedicatedHostClusterId.NotMatch` (HTTP 404), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_CLUSTER_ID_NOT_MATCH: &str =
    "InvalidDedicatedHostClusterId.NotMatch";
/// `InvalidDedicatedHostIds.Malformed` (HTTP 403), listed by 2 operations.
pub const INVALID_DEDICATED_HOST_IDS_MALFORMED: &str = "InvalidDedicatedHostIds.Malformed";
/// `InvalidDedicatedHostId.NotFound` (HTTP 400, 403, 404), listed by 13 operations.
pub const INVALID_DEDICATED_HOST_ID_NOT_FOUND: &str = "InvalidDedicatedHostId.NotFound";
/// `InvalidDedicatedHostId.NotSupport` (HTTP 404), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_ID_NOT_SUPPORT: &str = "InvalidDedicatedHostId.NotSupport";
/// `InvalidDedicatedHostName.Malformed` (HTTP 400, 404), listed by 3 operations.
pub const INVALID_DEDICATED_HOST_NAME_MALFORMED: &str = "InvalidDedicatedHostName.Malformed";
/// `InvalidDedicatedHost.NotEnoughResource` (HTTP 400), listed by 2 operations.
pub const INVALID_DEDICATED_HOST_NOT_ENOUGH_RESOURCE: &str =
    "InvalidDedicatedHost.NotEnoughResource";
/// `InvalidDedicatedHost.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_NOT_FOUND: &str = "InvalidDedicatedHost.NotFound";
/// `InvalidDedicatedHostPrice.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_PRICE_NOT_FOUND: &str = "InvalidDedicatedHostPrice.NotFound";
/// `InvalidDedicatedHostStatus.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_STATUS_MALFORMED: &str = "InvalidDedicatedHostStatus.Malformed";
/// `InvalidDedicatedHostStatus.NotSupport` (HTTP 400), listed by 4 operations.
pub const INVALID_DEDICATED_HOST_STATUS_NOT_SUPPORT: &str = "InvalidDedicatedHostStatus.NotSupport";
/// `InvalidDedicatedHostType.CpuOverCommitRatioNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_DEDICATED_HOST_TYPE_CPU_OVER_COMMIT_RATIO_NOT_SUPPORTED: &str =
    "InvalidDedicatedHostType.CpuOverCommitRatioNotSupported";
/// `InvalidDedicatedHostType.Missing` (HTTP 404), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_TYPE_MISSING: &str = "InvalidDedicatedHostType.Missing";
/// `InvalidDedicatedHostType.ValueNotSupported` (HTTP 400, 403), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidDedicatedHostType.ValueNotSupported";
/// `InvalidDedicatedHostType.ZoneNotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_TYPE_ZONE_NOT_SUPPORTED: &str =
    "InvalidDedicatedHostType.ZoneNotSupported";
/// `InvalidDedicatedHost.ZoneNotMatch` (HTTP 404), listed by 1 operation.
pub const INVALID_DEDICATED_HOST_ZONE_NOT_MATCH: &str = "InvalidDedicatedHost.ZoneNotMatch";
/// `InvalidDefaultResourceGroup.NotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_DEFAULT_RESOURCE_GROUP_NOT_SUPPORTED: &str =
    "InvalidDefaultResourceGroup.NotSupported";
/// `InvalidDefaultTargetCapacityType.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_DEFAULT_TARGET_CAPACITY_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidDefaultTargetCapacityType.ValueNotSupported";
/// `InvalidDemandId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_DEMAND_ID_NOT_FOUND: &str = "InvalidDemandId.NotFound";
/// `InvalidDemandName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_DEMAND_NAME_MALFORMED: &str = "InvalidDemandName.Malformed";
/// `InvalidDemandStatus.NotSupported` (HTTP 403), listed by 3 operations.
pub const INVALID_DEMAND_STATUS_NOT_SUPPORTED: &str = "InvalidDemandStatus.NotSupported";
/// `InvalidDependence.BeenUsedAsAppServer` (HTTP 404), listed by 1 operation.
pub const INVALID_DEPENDENCE_BEEN_USED_AS_APP_SERVER: &str =
    "InvalidDependence.BeenUsedAsAppServer";
/// `InvalidDependence.BindGA` (HTTP 404), listed by 1 operation.
pub const INVALID_DEPENDENCE_BIND_GA: &str = "InvalidDependence.BindGA";
/// `InvalidDependence.GrantAccess` (HTTP 404), listed by 1 operation.
pub const INVALID_DEPENDENCE_GRANT_ACCESS: &str = "InvalidDependence.GrantAccess";
/// `InvalidDependence.HaVip` (HTTP 404), listed by 1 operation.
pub const INVALID_DEPENDENCE_HA_VIP: &str = "InvalidDependence.HaVip";
/// `InvalidDependence.MutliDirectlyEip` (HTTP 404), listed by 1 operation.
pub const INVALID_DEPENDENCE_MUTLI_DIRECTLY_EIP: &str = "InvalidDependence.MutliDirectlyEip";
/// `InvalidDependence.NextHopOfCustomRouter` (HTTP 404), listed by 1 operation.
pub const INVALID_DEPENDENCE_NEXT_HOP_OF_CUSTOM_ROUTER: &str =
    "InvalidDependence.NextHopOfCustomRouter";
/// `InvalidDependence.SLB` (HTTP 404), listed by 1 operation.
pub const INVALID_DEPENDENCE_SLB: &str = "InvalidDependence.SLB";
/// `InvalidDeploymentOnHost` (HTTP 400), listed by 2 operations.
pub const INVALID_DEPLOYMENT_ON_HOST: &str = "InvalidDeploymentOnHost";
/// `InvalidDeploymentSetIds.TooManyInput` (HTTP 403), listed by 1 operation.
pub const INVALID_DEPLOYMENT_SET_IDS_TOO_MANY_INPUT: &str = "InvalidDeploymentSetIds.TooManyInput";
/// `InvalidDeploymentSetId.NotFound` (HTTP 400, 404), listed by 4 operations.
pub const INVALID_DEPLOYMENT_SET_ID_NOT_FOUND: &str = "InvalidDeploymentSetId.NotFound";
/// `InvalidDeploymentSetId.NoAvailableResources` (HTTP 403), listed by 1 operation.
pub const INVALID_DEPLOYMENT_SET_ID_NO_AVAILABLE_RESOURCES: &str =
    "InvalidDeploymentSetId.NoAvailableResources";
/// `InvalidDeploymentSetName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_DEPLOYMENT_SET_NAME_MALFORMED: &str = "InvalidDeploymentSetName.Malformed";
/// `InvalidDescription.Malformed` (HTTP 400, 403, 404, 500), listed by 48 operations.
pub const INVALID_DESCRIPTION_MALFORMED: &str = "InvalidDescription.Malformed";
/// `InvalidDescription.ValueNotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_DESCRIPTION_VALUE_NOT_SUPPORTED: &str = "InvalidDescription.ValueNotSupported";
/// `InvalidDestinationCidrBlock` (HTTP 400), listed by 1 operation.
pub const INVALID_DESTINATION_CIDR_BLOCK: &str = "InvalidDestinationCidrBlock";
/// `Invalid.DestinationResource` (HTTP 404), listed by 3 operations.
pub const INVALID_DESTINATION_RESOURCE: &str = "Invalid.DestinationResource";
/// `InvalidDestinationZone.DeploymentSetMismatch` (HTTP 400), listed by 3 operations.
pub const INVALID_DESTINATION_ZONE_DEPLOYMENT_SET_MISMATCH: &str =
    "InvalidDestinationZone.DeploymentSetMismatch";
/// `InvalidDestCidrIp.Malformed` (HTTP 400), listed by 5 operations.
pub const INVALID_DEST_CIDR_IP_MALFORMED: &str = "InvalidDestCidrIp.Malformed";
/// `InvalidDestCidrIp.sMalformed` (HTTP 400), listed by 1 operation.
pub const INVALID_DEST_CIDR_IP_S_MALFORMED: &str = "InvalidDestCidrIp.sMalformed";
/// `InvalidDestGroupId.Mismatch` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_DEST_GROUP_ID_MISMATCH: &str = "InvalidDestGroupId.Mismatch";
/// `InvalidDestGroupId.NotFound` (HTTP 404), listed by 3 operations.
pub const INVALID_DEST_GROUP_ID_NOT_FOUND: &str = "InvalidDestGroupId.NotFound";
/// `InvalidDestGroup.NotFound` (HTTP 400), listed by 2 operations.
pub const INVALID_DEST_GROUP_NOT_FOUND: &str = "InvalidDestGroup.NotFound";
/// `InvalidDevice.InUse` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_DEVICE_IN_USE: &str = "InvalidDevice.InUse";
/// `InvalidDevice.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_DEVICE_MALFORMED: &str = "InvalidDevice.Malformed";
/// `Invalid.DirectEip.BindType` (HTTP 400), listed by 1 operation.
pub const INVALID_DIRECT_EIP_BIND_TYPE: &str = "Invalid.DirectEip.BindType";
/// `InvalidDisk.AlreadyDetached` (HTTP 404), listed by 1 operation.
pub const INVALID_DISK_ALREADY_DETACHED: &str = "InvalidDisk.AlreadyDetached";
/// `InvalidDiskCategory.ConflictSnapshotCategory` (HTTP 400), listed by 2 operations.
pub const INVALID_DISK_CATEGORY_CONFLICT_SNAPSHOT_CATEGORY: &str =
    "InvalidDiskCategory.ConflictSnapshotCategory";
/// `InvalidDiskCategory.CreateImage` (HTTP 400), listed by 1 operation.
pub const INVALID_DISK_CATEGORY_CREATE_IMAGE: &str = "InvalidDiskCategory.CreateImage";
/// `InvalidDiskCategory.Mismatch` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_DISK_CATEGORY_MISMATCH: &str = "InvalidDiskCategory.Mismatch";
/// `InvalidDiskCategory.Missing` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_DISK_CATEGORY_MISSING: &str = "InvalidDiskCategory.Missing";
/// `InvalidDiskCategory.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_DISK_CATEGORY_NOT_FOUND: &str = "InvalidDiskCategory.NotFound";
/// `InvalidDiskCategory.NotSupported` (HTTP 400, 403), listed by 7 operations.
pub const INVALID_DISK_CATEGORY_NOT_SUPPORTED: &str = "InvalidDiskCategory.NotSupported";
/// `InvalidDiskCategory.ValueNotSupported` (HTTP 400, 403), listed by 7 operations.
pub const INVALID_DISK_CATEGORY_VALUE_NOT_SUPPORTED: &str = "InvalidDiskCategory.ValueNotSupported";
/// `InvalidDiskCategory.ValueUnauthorized` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_CATEGORY_VALUE_UNAUTHORIZED: &str = "InvalidDiskCategory.ValueUnauthorized";
/// `InvalidDiskChargeType.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_DISK_CHARGE_TYPE_NOT_FOUND: &str = "InvalidDiskChargeType.NotFound";
/// `InvalidDiskDescription.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_DISK_DESCRIPTION_MALFORMED: &str = "InvalidDiskDescription.Malformed";
/// `InvalidDisk.DetachedSystemDisk` (HTTP 400), listed by 2 operations.
pub const INVALID_DISK_DETACHED_SYSTEM_DISK: &str = "InvalidDisk.DetachedSystemDisk";
/// `InvalidDisk.DiskCategoryInconsistent` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_DISK_CATEGORY_INCONSISTENT: &str = "InvalidDisk.DiskCategoryInconsistent";
/// `InvalidDisk.DiskNotBootable` (HTTP 400), listed by 1 operation.
pub const INVALID_DISK_DISK_NOT_BOOTABLE: &str = "InvalidDisk.DiskNotBootable";
/// `InvalidDiskIds` (HTTP 400), listed by 1 operation.
pub const INVALID_DISK_IDS: &str = "InvalidDiskIds";
/// `InvalidDiskIds.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_IDS_MALFORMED: &str = "InvalidDiskIds.Malformed";
/// `InvalidDiskIds.NotFound` (HTTP 403, 404), listed by 2 operations.
pub const INVALID_DISK_IDS_NOT_FOUND: &str = "InvalidDiskIds.NotFound";
/// `InvalidDiskIds.NotInSameZone` (HTTP 400), listed by 1 operation.
pub const INVALID_DISK_IDS_NOT_IN_SAME_ZONE: &str = "InvalidDiskIds.NotInSameZone";
/// `InvalidDiskIds.NotPortable` (HTTP 404), listed by 4 operations.
pub const INVALID_DISK_IDS_NOT_PORTABLE: &str = "InvalidDiskIds.NotPortable";
/// `InvalidDiskIds.ValueNotSupported` (HTTP 404), listed by 1 operation.
pub const INVALID_DISK_IDS_VALUE_NOT_SUPPORTED: &str = "InvalidDiskIds.ValueNotSupported";
/// `InvalidDiskId.NotFound` (HTTP 400, 404), listed by 17 operations.
pub const INVALID_DISK_ID_NOT_FOUND: &str = "InvalidDiskId.NotFound";
/// `InvalidDiskId.NotSupportReplaceEncryptedSystemDisk` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_ID_NOT_SUPPORT_REPLACE_ENCRYPTED_SYSTEM_DISK: &str =
    "InvalidDiskId.NotSupportReplaceEncryptedSystemDisk";
/// `InvalidDiskId.OperationNotSupported` (HTTP 404), listed by 2 operations.
pub const INVALID_DISK_ID_OPERATION_NOT_SUPPORTED: &str = "InvalidDiskId.OperationNotSupported";
/// `InvalidDisk.InUse` (HTTP 404), listed by 1 operation.
pub const INVALID_DISK_IN_USE: &str = "InvalidDisk.InUse";
/// `InvalidDiskName.Malformed` (HTTP 400), listed by 4 operations.
pub const INVALID_DISK_NAME_MALFORMED: &str = "InvalidDiskName.Malformed";
/// `InvalidDisk.NotAllowed` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_NOT_ALLOWED: &str = "InvalidDisk.NotAllowed";
/// `InvalidDisk.ShareVolume` (HTTP 403), listed by 2 operations.
pub const INVALID_DISK_SHARE_VOLUME: &str = "InvalidDisk.ShareVolume";
/// `InvalidDiskSize` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_SIZE: &str = "InvalidDiskSize";
/// `InvalidDiskSize.NotSupported` (HTTP 400, 403), listed by 1 operation.
pub const INVALID_DISK_SIZE_NOT_SUPPORTED: &str = "InvalidDiskSize.NotSupported";
/// `InvalidDiskSize.NotSupportResizeOnline` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_SIZE_NOT_SUPPORT_RESIZE_ONLINE: &str =
    "InvalidDiskSize.NotSupportResizeOnline";
/// `InvalidDiskSizeOrCategory` (HTTP 400), listed by 1 operation.
pub const INVALID_DISK_SIZE_OR_CATEGORY: &str = "InvalidDiskSizeOrCategory";
/// `InvalidDiskSize.TooLarge` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_SIZE_TOO_LARGE: &str = "InvalidDiskSize.TooLarge";
/// `InvalidDiskSize.TooSmall` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_DISK_SIZE_TOO_SMALL: &str = "InvalidDiskSize.TooSmall";
/// `InvalidDiskStatus.DeleteProtection` (HTTP 403), listed by 1 operation.
pub const INVALID_DISK_STATUS_DELETE_PROTECTION: &str = "InvalidDiskStatus.DeleteProtection";
/// `InvalidDisk.SystemDiskSize` (HTTP 403), listed by 2 operations.
pub const INVALID_DISK_SYSTEM_DISK_SIZE: &str = "InvalidDisk.SystemDiskSize";
/// `InvalidDiskType.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_DISK_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidDiskType.ValueNotSupported";
/// `InvalidEcsId.NotFound` (HTTP 404), listed by 8 operations.
pub const INVALID_ECS_ID_NOT_FOUND: &str = "InvalidEcsId.NotFound";
/// `InvalidEipAddressName.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_EIP_ADDRESS_NAME_MALFORMED: &str = "InvalidEipAddressName.Malformed";
/// `InvalidEipBandwidth.OutOfMaxValue` (HTTP 400), listed by 1 operation.
pub const INVALID_EIP_BANDWIDTH_OUT_OF_MAX_VALUE: &str = "InvalidEipBandwidth.OutOfMaxValue";
/// `InvalidEip.EipQuotaExceeded` (HTTP 400), listed by 1 operation.
pub const INVALID_EIP_EIP_QUOTA_EXCEEDED: &str = "InvalidEip.EipQuotaExceeded";
/// `InvalidEIPStatus.BizDisabled` (HTTP 400), listed by 3 operations.
pub const INVALID_EIP_STATUS_BIZ_DISABLED: &str = "InvalidEIPStatus.BizDisabled";
/// `InvalidEncrypted.DefaultEncryptionUnsupported` (HTTP 403), listed by 4 operations.
pub const INVALID_ENCRYPTED_DEFAULT_ENCRYPTION_UNSUPPORTED: &str =
    "InvalidEncrypted.DefaultEncryptionUnsupported";
/// `InvalidEncrypted.NotMatchEncryptAlgorithm` (HTTP 400, 403), listed by 7 operations.
pub const INVALID_ENCRYPTED_NOT_MATCH_ENCRYPT_ALGORITHM: &str =
    "InvalidEncrypted.NotMatchEncryptAlgorithm";
/// `InvalidEncrypted.NotMatchKmsKeyId` (HTTP 400, 403), listed by 7 operations.
pub const INVALID_ENCRYPTED_NOT_MATCH_KMS_KEY_ID: &str = "InvalidEncrypted.NotMatchKmsKeyId";
/// `InvalidEncrypted.NotMatchSnapshot` (HTTP 400), listed by 4 operations.
pub const INVALID_ENCRYPTED_NOT_MATCH_SNAPSHOT: &str = "InvalidEncrypted.NotMatchSnapshot";
/// `InvalidEncrypted.NotSupportDecrypt` (HTTP 403), listed by 1 operation.
pub const INVALID_ENCRYPTED_NOT_SUPPORT_DECRYPT: &str = "InvalidEncrypted.NotSupportDecrypt";
/// `InvalidEncryptAlgorithm` (HTTP 400, 403), listed by 7 operations.
pub const INVALID_ENCRYPT_ALGORITHM: &str = "InvalidEncryptAlgorithm";
/// `InvalidEncryptAlgorithm.NotMatchSnapshot` (HTTP 400), listed by 4 operations.
pub const INVALID_ENCRYPT_ALGORITHM_NOT_MATCH_SNAPSHOT: &str =
    "InvalidEncryptAlgorithm.NotMatchSnapshot";
/// `Invalid.EndTime` (HTTP 400), listed by 1 operation.
pub const INVALID_END_TIME: &str = "Invalid.EndTime";
/// `InvalidEndTime.BeyondLifeCycle` (HTTP 400), listed by 1 operation.
pub const INVALID_END_TIME_BEYOND_LIFE_CYCLE: &str = "InvalidEndTime.BeyondLifeCycle";
/// `InvalidEndTime.Malformed` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_END_TIME_MALFORMED: &str = "InvalidEndTime.Malformed";
/// `InvalidEndTime.OperateNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_END_TIME_OPERATE_NOT_SUPPORT: &str = "InvalidEndTime.OperateNotSupport";
/// `InvalidEndTime.ValueNotSupported` (HTTP 400), listed by 4 operations.
pub const INVALID_END_TIME_VALUE_NOT_SUPPORTED: &str = "InvalidEndTime.ValueNotSupported";
/// `InvalidEniId.Malformed` (HTTP 400), listed by 3 operations.
pub const INVALID_ENI_ID_MALFORMED: &str = "InvalidEniId.Malformed";
/// `InvalidEniId.NotFound` (HTTP 403, 404), listed by 16 operations.
pub const INVALID_ENI_ID_NOT_FOUND: &str = "InvalidEniId.NotFound";
/// `InvalidEni.NotSameVpc` (HTTP 403), listed by 1 operation.
pub const INVALID_ENI_NOT_SAME_VPC: &str = "InvalidEni.NotSameVpc";
/// `InvalidEniPermissionId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_ENI_PERMISSION_ID_NOT_FOUND: &str = "InvalidEniPermissionId.NotFound";
/// `InvalidEniQueueSize.RegionOrUserNotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_ENI_QUEUE_SIZE_REGION_OR_USER_NOT_SUPPORTED: &str =
    "InvalidEniQueueSize.RegionOrUserNotSupported";
/// `InvalidEntryRuleQuota.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_ENTRY_RULE_QUOTA_NOT_FOUND: &str = "InvalidEntryRuleQuota.NotFound";
/// `InvalidEventId.NotFound` (HTTP 403), listed by 1 operation.
pub const INVALID_EVENT_ID_NOT_FOUND: &str = "InvalidEventId.NotFound";
/// `InvalidEventId.NoInquiringEventFound` (HTTP 404), listed by 1 operation.
pub const INVALID_EVENT_ID_NO_INQUIRING_EVENT_FOUND: &str = "InvalidEventId.NoInquiringEventFound";
/// `InvalidExpectedRenewDay.Conflict` (HTTP 400), listed by 2 operations.
pub const INVALID_EXPECTED_RENEW_DAY_CONFLICT: &str = "InvalidExpectedRenewDay.Conflict";
/// `InvalidExpectedRenewDay.StarterPackageNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_EXPECTED_RENEW_DAY_STARTER_PACKAGE_NOT_SUPPORTED: &str =
    "InvalidExpectedRenewDay.StarterPackageNotSupported";
/// `InvalidExpectedRenewDay.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_EXPECTED_RENEW_DAY_VALUE_NOT_SUPPORTED: &str =
    "InvalidExpectedRenewDay.ValueNotSupported";
/// `InvalidExternalIp.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_EXTERNAL_IP_MALFORMED: &str = "InvalidExternalIp.Malformed";
/// `InvalidExternalIp.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_EXTERNAL_IP_NOT_FOUND: &str = "InvalidExternalIp.NotFound";
/// `InvalidExternalPort.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_EXTERNAL_PORT_MALFORMED: &str = "InvalidExternalPort.Malformed";
/// `InvalidFilterKey.NotFound` (HTTP 404), listed by 5 operations.
pub const INVALID_FILTER_KEY_NOT_FOUND: &str = "InvalidFilterKey.NotFound";
/// `InvalidFilterKey.ValueNotSupported` (HTTP 404), listed by 4 operations.
pub const INVALID_FILTER_KEY_VALUE_NOT_SUPPORTED: &str = "InvalidFilterKey.ValueNotSupported";
/// `InvalidFilter.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_FILTER_MALFORMED: &str = "InvalidFilter.Malformed";
/// `InvalidFilterValue` (HTTP 404), listed by 5 operations.
pub const INVALID_FILTER_VALUE: &str = "InvalidFilterValue";
/// `InvalidFleetExcessCapacityTerminationPolicy.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_FLEET_EXCESS_CAPACITY_TERMINATION_POLICY_VALUE_NOT_SUPPORTED: &str =
    "InvalidFleetExcessCapacityTerminationPolicy.ValueNotSupported";
/// `InvalidForwardEntryId.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_FORWARD_ENTRY_ID_NOT_FOUND: &str = "InvalidForwardEntryId.NotFound";
/// `InvalidForwardTableId.NotFound` (HTTP 404), listed by 3 operations.
pub const INVALID_FORWARD_TABLE_ID_NOT_FOUND: &str = "InvalidForwardTableId.NotFound";
/// `InvalidGroupAuthItem.NotFound` (HTTP 403), listed by 2 operations.
pub const INVALID_GROUP_AUTH_ITEM_NOT_FOUND: &str = "InvalidGroupAuthItem.NotFound";
/// `InvalidGroupAuthParameter.OperationDenied` (HTTP 400), listed by 4 operations.
pub const INVALID_GROUP_AUTH_PARAMETER_OPERATION_DENIED: &str =
    "InvalidGroupAuthParameter.OperationDenied";
/// `InvalidGroup.Malformed` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_GROUP_MALFORMED: &str = "InvalidGroup.Malformed";
/// `InvalidGroupParameter.OperationDenied` (HTTP 400), listed by 4 operations.
pub const INVALID_GROUP_PARAMETER_OPERATION_DENIED: &str = "InvalidGroupParameter.OperationDenied";
/// `InvalidHaVip.Exist` (HTTP 404), listed by 1 operation.
pub const INVALID_HA_VIP_EXIST: &str = "InvalidHaVip.Exist";
/// `InvalidHaVipId.NotFound` (HTTP 404), listed by 5 operations.
pub const INVALID_HA_VIP_ID_NOT_FOUND: &str = "InvalidHaVipId.NotFound";
/// `InvalidHaVip.NotFound` (HTTP 400, 404), listed by 3 operations.
pub const INVALID_HA_VIP_NOT_FOUND: &str = "InvalidHaVip.NotFound";
/// `InvalidHostname.MismatchImage` (HTTP 403), listed by 1 operation.
pub const INVALID_HOSTNAME_MISMATCH_IMAGE: &str = "InvalidHostname.MismatchImage";
/// `InvalidHostname.SingleAndMultiConflict` (HTTP 403), listed by 1 operation.
pub const INVALID_HOSTNAME_SINGLE_AND_MULTI_CONFLICT: &str =
    "InvalidHostname.SingleAndMultiConflict";
/// `InvalidHostname.SizeInvalid` (HTTP 403), listed by 1 operation.
pub const INVALID_HOSTNAME_SIZE_INVALID: &str = "InvalidHostname.SizeInvalid";
/// `InvalidHostName.Malformed` (HTTP 400), listed by 5 operations.
pub const INVALID_HOST_NAME_MALFORMED: &str = "InvalidHostName.Malformed";
/// `InvalidHostPassword.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_HOST_PASSWORD_MALFORMED: &str = "InvalidHostPassword.Malformed";
/// `InvalidHpcClusterDescription.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_HPC_CLUSTER_DESCRIPTION_MALFORMED: &str =
    "InvalidHpcClusterDescription.Malformed";
/// `InvalidHpcClusterIds.ExceedLimit` (HTTP 400), listed by 1 operation.
pub const INVALID_HPC_CLUSTER_IDS_EXCEED_LIMIT: &str = "InvalidHpcClusterIds.ExceedLimit";
/// `InvalidHpcClusterIds.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_HPC_CLUSTER_IDS_MALFORMED: &str = "InvalidHpcClusterIds.Malformed";
/// `InvalidHpcClusterId.Creating` (HTTP 400), listed by 3 operations.
pub const INVALID_HPC_CLUSTER_ID_CREATING: &str = "InvalidHpcClusterId.Creating";
/// `InvalidHpcClusterId.Necessary` (HTTP 400), listed by 2 operations.
pub const INVALID_HPC_CLUSTER_ID_NECESSARY: &str = "InvalidHpcClusterId.Necessary";
/// `InvalidHpcClusterId.NotFound` (HTTP 400), listed by 3 operations.
pub const INVALID_HPC_CLUSTER_ID_NOT_FOUND: &str = "InvalidHpcClusterId.NotFound";
/// `InvalidHpcClusterId.Unnecessary` (HTTP 400), listed by 2 operations.
pub const INVALID_HPC_CLUSTER_ID_UNNECESSARY: &str = "InvalidHpcClusterId.Unnecessary";
/// `InvalidHpcClusterName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_HPC_CLUSTER_NAME_MALFORMED: &str = "InvalidHpcClusterName.Malformed";
/// `InvalidHttpEndpoint.NotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_HTTP_ENDPOINT_NOT_SUPPORTED: &str = "InvalidHttpEndpoint.NotSupported";
/// `InvalidHttpPutResponseHopLimit.NotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_HTTP_PUT_RESPONSE_HOP_LIMIT_NOT_SUPPORTED: &str =
    "InvalidHttpPutResponseHopLimit.NotSupported";
/// `InvalidHttpTokens.NotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_HTTP_TOKENS_NOT_SUPPORTED: &str = "InvalidHttpTokens.NotSupported";
/// `InvalidImageCategory.NotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_IMAGE_CATEGORY_NOT_SUPPORTED: &str = "InvalidImageCategory.NotSupported";
/// `InvalidImageComponentIdSize.ExceededMaxNumber` (HTTP 400), listed by 1 operation.
pub const INVALID_IMAGE_COMPONENT_ID_SIZE_EXCEEDED_MAX_NUMBER: &str =
    "InvalidImageComponentIdSize.ExceededMaxNumber";
/// `InvalidImageComponent.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_IMAGE_COMPONENT_NOT_FOUND: &str = "InvalidImageComponent.NotFound";
/// `InvalidImage.DiskAmountOrSize` (HTTP 400), listed by 1 operation.
pub const INVALID_IMAGE_DISK_AMOUNT_OR_SIZE: &str = "InvalidImage.DiskAmountOrSize";
/// `InvalidImageFamily.Confict` (HTTP 400), listed by 1 operation.
pub const INVALID_IMAGE_FAMILY_CONFICT: &str = "InvalidImageFamily.Confict";
/// `InvalidImageFamily.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_IMAGE_FAMILY_MALFORMED: &str = "InvalidImageFamily.Malformed";
/// `InvalidImageFamily.MissingAvailableImage` (HTTP 403), listed by 2 operations.
pub const INVALID_IMAGE_FAMILY_MISSING_AVAILABLE_IMAGE: &str =
    "InvalidImageFamily.MissingAvailableImage";
/// `InvalidImageFormat.Malformed` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_IMAGE_FORMAT_MALFORMED: &str = "InvalidImageFormat.Malformed";
/// `InvalidImageFormat.RegionNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_IMAGE_FORMAT_REGION_NOT_SUPPORTED: &str = "InvalidImageFormat.RegionNotSupported";
/// `InvalidImageId.BidMismatch` (HTTP 403), listed by 1 operation.
pub const INVALID_IMAGE_ID_BID_MISMATCH: &str = "InvalidImageId.BidMismatch";
/// `InvalidImageId.NotFound` (HTTP 404), listed by 14 operations.
pub const INVALID_IMAGE_ID_NOT_FOUND: &str = "InvalidImageId.NotFound";
/// `InvalidImageLicense.NotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_IMAGE_LICENSE_NOT_SUPPORTED: &str = "InvalidImageLicense.NotSupported";
/// `InvalidImageName.Duplicated` (HTTP 400), listed by 4 operations.
pub const INVALID_IMAGE_NAME_DUPLICATED: &str = "InvalidImageName.Duplicated";
/// `InvalidImageName.Malformed` (HTTP 400), listed by 6 operations.
pub const INVALID_IMAGE_NAME_MALFORMED: &str = "InvalidImageName.Malformed";
/// `InvalidImage.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_IMAGE_NOT_FOUND: &str = "InvalidImage.NotFound";
/// `InvalidImage.NotSupported` (HTTP 403), listed by 2 operations.
pub const INVALID_IMAGE_NOT_SUPPORTED: &str = "InvalidImage.NotSupported";
/// `InvalidImage.OSType` (HTTP 500), listed by 1 operation.
pub const INVALID_IMAGE_OS_TYPE: &str = "InvalidImage.OSType";
/// `InvalidImageOwnerAlias.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_IMAGE_OWNER_ALIAS_VALUE_NOT_SUPPORTED: &str =
    "InvalidImageOwnerAlias.ValueNotSupported";
/// `InvalidImagePipelineExecution.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_IMAGE_PIPELINE_EXECUTION_NOT_FOUND: &str =
    "InvalidImagePipelineExecution.NotFound";
/// `InvalidImagePipeline.HasRunningExecution` (HTTP 403), listed by 2 operations.
pub const INVALID_IMAGE_PIPELINE_HAS_RUNNING_EXECUTION: &str =
    "InvalidImagePipeline.HasRunningExecution";
/// `InvalidImagePipelineIdSize.ExceededMaxNumber` (HTTP 400), listed by 1 operation.
pub const INVALID_IMAGE_PIPELINE_ID_SIZE_EXCEEDED_MAX_NUMBER: &str =
    "InvalidImagePipelineIdSize.ExceededMaxNumber";
/// `InvalidImagePipeline.NotFound` (HTTP 404), listed by 3 operations.
pub const INVALID_IMAGE_PIPELINE_NOT_FOUND: &str = "InvalidImagePipeline.NotFound";
/// `InvalidImageSize` (HTTP 400), listed by 1 operation.
pub const INVALID_IMAGE_SIZE: &str = "InvalidImageSize";
/// `InvalidImageTemplateCommand.NotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_IMAGE_TEMPLATE_COMMAND_NOT_SUPPORTED: &str =
    "InvalidImageTemplateCommand.NotSupported";
/// `InvalidImageTemplateCommandSize.ExceededMaxNumber` (HTTP 400), listed by 2 operations.
pub const INVALID_IMAGE_TEMPLATE_COMMAND_SIZE_EXCEEDED_MAX_NUMBER: &str =
    "InvalidImageTemplateCommandSize.ExceededMaxNumber";
/// `InvalidImageType.NotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_IMAGE_TYPE_NOT_SUPPORTED: &str = "InvalidImageType.NotSupported";
/// `InvalidImageVersion.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_IMAGE_VERSION_MALFORMED: &str = "InvalidImageVersion.Malformed";
/// `InvalidInnerIpAddress.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_INNER_IP_ADDRESS_MALFORMED: &str = "InvalidInnerIpAddress.Malformed";
/// `InvalidInnerIpAddress.Unusable` (HTTP 400), listed by 2 operations.
pub const INVALID_INNER_IP_ADDRESS_UNUSABLE: &str = "InvalidInnerIpAddress.Unusable";
/// `InvalidInstanceAmount.ValueNotSupported` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_INSTANCE_AMOUNT_VALUE_NOT_SUPPORTED: &str =
    "InvalidInstanceAmount.ValueNotSupported";
/// `InvalidInstance.AttachedEni` (HTTP 404), listed by 1 operation.
pub const INVALID_INSTANCE_ATTACHED_ENI: &str = "InvalidInstance.AttachedEni";
/// `Invalid.InstanceChargeType` (HTTP 400, 403), listed by 15 operations.
pub const INVALID_INSTANCE_CHARGE_TYPE: &str = "Invalid.InstanceChargeType";
/// `InvalidInstanceChargeType.NotFound` (HTTP 400, 403, 404), listed by 13 operations.
pub const INVALID_INSTANCE_CHARGE_TYPE_NOT_FOUND: &str = "InvalidInstanceChargeType.NotFound";
/// `InvalidInstanceChargeType.NotSupport` (HTTP 400, 404), listed by 3 operations.
pub const INVALID_INSTANCE_CHARGE_TYPE_NOT_SUPPORT: &str = "InvalidInstanceChargeType.NotSupport";
/// `InvalidInstanceChargeType.ValueNotSupported` (HTTP 400, 403), listed by 5 operations.
pub const INVALID_INSTANCE_CHARGE_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidInstanceChargeType.ValueNotSupported";
/// `Invalid.InstanceCpuCoreCountOrInstanceAmount` (HTTP 400), listed by 9 operations.
pub const INVALID_INSTANCE_CPU_CORE_COUNT_OR_INSTANCE_AMOUNT: &str =
    "Invalid.InstanceCpuCoreCountOrInstanceAmount";
/// `InvalidInstance.EipNotSupport` (HTTP 403), listed by 3 operations.
pub const INVALID_INSTANCE_EIP_NOT_SUPPORT: &str = "InvalidInstance.EipNotSupport";
/// `InvalidInstanceFamilyLevel.NotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_FAMILY_LEVEL_NOT_SUPPORTED: &str =
    "InvalidInstanceFamilyLevel.NotSupported";
/// `InvalidInstance.HasTransitionRecord` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_HAS_TRANSITION_RECORD: &str = "InvalidInstance.HasTransitionRecord";
/// `Invalid.InstanceId` (HTTP 400), listed by 11 operations.
pub const INVALID_INSTANCE_ID: &str = "Invalid.InstanceId";
/// `InvalidInstanceIds.CountLimitExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_IDS_COUNT_LIMIT_EXCEEDED: &str = "InvalidInstanceIds.CountLimitExceeded";
/// `InvalidInstanceIds.Malformed` (HTTP 400), listed by 3 operations.
pub const INVALID_INSTANCE_IDS_MALFORMED: &str = "InvalidInstanceIds.Malformed";
/// `InvalidInstanceIds.MalFormed` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_IDS_MAL_FORMED: &str = "InvalidInstanceIds.MalFormed";
/// `InvalidInstanceIds.NotFound` (HTTP 404), listed by 5 operations.
pub const INVALID_INSTANCE_IDS_NOT_FOUND: &str = "InvalidInstanceIds.NotFound";
/// `InvalidInstanceIds.ValueNotSupported` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_INSTANCE_IDS_VALUE_NOT_SUPPORTED: &str = "InvalidInstanceIds.ValueNotSupported";
/// `InvalidInstanceId.AlreadyExists` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_ID_ALREADY_EXISTS: &str = "InvalidInstanceId.AlreadyExists";
/// `InvalidInstanceId.CountLimitExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_ID_COUNT_LIMIT_EXCEEDED: &str = "InvalidInstanceId.CountLimitExceeded";
/// `InvalidInstanceId.LimitedRegion` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_ID_LIMITED_REGION: &str = "InvalidInstanceId.LimitedRegion";
/// `InvalidInstanceID.Malformed` (HTTP 400), listed by 15 operations.
pub const INVALID_INSTANCE_ID_MALFORMED: &str = "InvalidInstanceID.Malformed";
/// Every spelling of [`INVALID_INSTANCE_ID_MALFORMED`] the metadata lists: `InvalidInstanceID.Malformed`, `InvalidInstanceId.Malformed`.
pub const INVALID_INSTANCE_ID_MALFORMED_SPELLINGS: &[&str] =
    &["InvalidInstanceID.Malformed", "InvalidInstanceId.Malformed"];
/// `InvalidInstanceId.MalFormed` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_INSTANCE_ID_MAL_FORMED: &str = "InvalidInstanceId.MalFormed";
/// `InvalidInstanceId.Mismatch` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_ID_MISMATCH: &str = "InvalidInstanceId.Mismatch";
/// `InvalidInstanceId.NotBelong` (HTTP 403), listed by 3 operations.
pub const INVALID_INSTANCE_ID_NOT_BELONG: &str = "InvalidInstanceId.NotBelong";
/// `InvalidInstanceId.NotFound` (HTTP 400, 403, 404), listed by 70 operations.
pub const INVALID_INSTANCE_ID_NOT_FOUND: &str = "InvalidInstanceId.NotFound";
/// Every spelling of [`INVALID_INSTANCE_ID_NOT_FOUND`] the metadata lists: `InvalidInstanceId.NotFound`, `Invalid.InstanceId.NotFound`, `InvalidInstanceId.NOT_FOUND`.
pub const INVALID_INSTANCE_ID_NOT_FOUND_SPELLINGS: &[&str] = &[
    "InvalidInstanceId.NotFound",
    "Invalid.InstanceId.NotFound",
    "InvalidInstanceId.NOT_FOUND",
];
/// `InvalidInstanceId.NotSupport` (HTTP 403), listed by 2 operations.
pub const INVALID_INSTANCE_ID_NOT_SUPPORT: &str = "InvalidInstanceId.NotSupport";
/// `InvalidInstanceId.OSTypeUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_ID_OS_TYPE_UNSUPPORTED: &str = "InvalidInstanceId.OSTypeUnsupported";
/// `InvalidInstanceId.PlanedChange` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_ID_PLANED_CHANGE: &str = "InvalidInstanceId.PlanedChange";
/// `InvalidInstanceId.Released` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_ID_RELEASED: &str = "InvalidInstanceId.Released";
/// `InvalidInstance.ImageCategory` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_IMAGE_CATEGORY: &str = "InvalidInstance.ImageCategory";
/// `InvalidInstance.InstanceNotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_INSTANCE_NOT_SUPPORTED: &str = "InvalidInstance.InstanceNotSupported";
/// `InvalidInstance.IpAddressMissing` (HTTP 404), listed by 1 operation.
pub const INVALID_INSTANCE_IP_ADDRESS_MISSING: &str = "InvalidInstance.IpAddressMissing";
/// `InvalidInstanceMetadataTags.NotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_METADATA_TAGS_NOT_SUPPORTED: &str =
    "InvalidInstanceMetadataTags.NotSupported";
/// `InvalidInstanceName.CustomMalformed` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_NAME_CUSTOM_MALFORMED: &str = "InvalidInstanceName.CustomMalformed";
/// `InvalidInstanceName.Malformed` (HTTP 400), listed by 3 operations.
pub const INVALID_INSTANCE_NAME_MALFORMED: &str = "InvalidInstanceName.Malformed";
/// `InvalidInstance.NatPortMapNotSupport` (HTTP 403), listed by 2 operations.
pub const INVALID_INSTANCE_NAT_PORT_MAP_NOT_SUPPORT: &str = "InvalidInstance.NatPortMapNotSupport";
/// `InvalidInstance.NetworkType` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_NETWORK_TYPE: &str = "InvalidInstance.NetworkType";
/// `InvalidInstanceNetworkType.NotSupport` (HTTP 404), listed by 1 operation.
pub const INVALID_INSTANCE_NETWORK_TYPE_NOT_SUPPORT: &str = "InvalidInstanceNetworkType.NotSupport";
/// `InvalidInstance.NotExist` (HTTP 404), listed by 1 operation.
pub const INVALID_INSTANCE_NOT_EXIST: &str = "InvalidInstance.NotExist";
/// `InvalidInstance.NotFound` (HTTP 404), listed by 9 operations.
pub const INVALID_INSTANCE_NOT_FOUND: &str = "InvalidInstance.NotFound";
/// `InvalidInstance.NotFoundSystemDisk` (HTTP 400, 403), listed by 9 operations.
pub const INVALID_INSTANCE_NOT_FOUND_SYSTEM_DISK: &str = "InvalidInstance.NotFoundSystemDisk";
/// `InvalidInstance.NotMatch` (HTTP 400), listed by 2 operations.
pub const INVALID_INSTANCE_NOT_MATCH: &str = "InvalidInstance.NotMatch";
/// `InvalidInstance.NotOriginInstance` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_NOT_ORIGIN_INSTANCE: &str = "InvalidInstance.NotOriginInstance";
/// `InvalidInstance.NotVpc` (HTTP 400), listed by 2 operations.
pub const INVALID_INSTANCE_NOT_VPC: &str = "InvalidInstance.NotVpc";
/// `InvalidInstance.NoDisk` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_NO_DISK: &str = "InvalidInstance.NoDisk";
/// `InvalidInstance.OverduePayment` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_OVERDUE_PAYMENT: &str = "InvalidInstance.OverduePayment";
/// `InvalidInstanceOwner.Error` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_OWNER_ERROR: &str = "InvalidInstanceOwner.Error";
/// `Invalid.InstancePayType` (HTTP 404), listed by 2 operations.
pub const INVALID_INSTANCE_PAY_TYPE: &str = "Invalid.InstancePayType";
/// `InvalidInstance.PreInstanceExpired` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_PRE_INSTANCE_EXPIRED: &str = "InvalidInstance.PreInstanceExpired";
/// `InvalidInstance.PurchaseNotFound` (HTTP 400), listed by 2 operations.
pub const INVALID_INSTANCE_PURCHASE_NOT_FOUND: &str = "InvalidInstance.PurchaseNotFound";
/// `InvalidInstanceStatus` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_INSTANCE_STATUS: &str = "InvalidInstanceStatus";
/// `InvalidInstanceStatus.CreditSpecRestricted` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_STATUS_CREDIT_SPEC_RESTRICTED: &str =
    "InvalidInstanceStatus.CreditSpecRestricted";
/// `InvalidInstance.StatusError` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_STATUS_ERROR: &str = "InvalidInstance.StatusError";
/// `InvalidInstanceStatus.NeedRestart` (HTTP 404), listed by 1 operation.
pub const INVALID_INSTANCE_STATUS_NEED_RESTART: &str = "InvalidInstanceStatus.NeedRestart";
/// `InvalidInstanceStatus.NotNormal` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_STATUS_NOT_NORMAL: &str = "InvalidInstanceStatus.NotNormal";
/// `InvalidInstanceStatus.NotRunning` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_INSTANCE_STATUS_NOT_RUNNING: &str = "InvalidInstanceStatus.NotRunning";
/// `InvalidInstanceStatus.NotStopped` (HTTP 400), listed by 2 operations.
pub const INVALID_INSTANCE_STATUS_NOT_STOPPED: &str = "InvalidInstanceStatus.NotStopped";
/// `InvalidInstanceStatus.NotSupported` (HTTP 404), listed by 1 operation.
pub const INVALID_INSTANCE_STATUS_NOT_SUPPORTED: &str = "InvalidInstanceStatus.NotSupported";
/// `InvalidInstanceStatus.Released` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_STATUS_RELEASED: &str = "InvalidInstanceStatus.Released";
/// `InvalidInstanceStatus.Unstopped` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_STATUS_UNSTOPPED: &str = "InvalidInstanceStatus.Unstopped";
/// `InvalidInstance.TempBandwidthUpgrade` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_TEMP_BANDWIDTH_UPGRADE: &str = "InvalidInstance.TempBandwidthUpgrade";
/// `Invalid.InstanceType` (HTTP 400), listed by 11 operations.
pub const INVALID_INSTANCE_TYPE: &str = "Invalid.InstanceType";
/// `InvalidInstanceType.codeUnauthorized` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_CODE_UNAUTHORIZED: &str = "InvalidInstanceType.codeUnauthorized";
/// `InvalidInstanceType.ElasticNetworkInterfaceNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_ELASTIC_NETWORK_INTERFACE_NOT_SUPPORTED: &str =
    "InvalidInstanceType.ElasticNetworkInterfaceNotSupported";
/// `InvalidInstanceTypeFamily.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_FAMILY_NOT_FOUND: &str = "InvalidInstanceTypeFamily.NotFound";
/// `InvalidInstanceType.Missing` (HTTP 404), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_MISSING: &str = "InvalidInstanceType.Missing";
/// `InvalidInstanceType.NotFound` (HTTP 404), listed by 4 operations.
pub const INVALID_INSTANCE_TYPE_NOT_FOUND: &str = "InvalidInstanceType.NotFound";
/// `InvalidInstanceType.NotMatch` (HTTP 403, 404), listed by 4 operations.
pub const INVALID_INSTANCE_TYPE_NOT_MATCH: &str = "InvalidInstanceType.NotMatch";
/// `InvalidInstanceType.NotSupport` (HTTP 400, 404), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT: &str = "InvalidInstanceType.NotSupport";
/// `InvalidInstanceType.NotSupported` (HTTP 400, 403), listed by 8 operations.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORTED: &str = "InvalidInstanceType.NotSupported";
/// `InvalidInstanceType.NotSupportCpuOptionsTopologyType` (HTTP 400), listed by 2 operations.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT_CPU_OPTIONS_TOPOLOGY_TYPE: &str =
    "InvalidInstanceType.NotSupportCpuOptionsTopologyType";
/// `InvalidInstanceType.NotSupportCredit` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT_CREDIT: &str = "InvalidInstanceType.NotSupportCredit";
/// `InvalidInstanceType.NotSupportDemand` (HTTP 400), listed by 3 operations.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT_DEMAND: &str = "InvalidInstanceType.NotSupportDemand";
/// `InvalidInstanceType.NotSupportDiskCategory` (HTTP 403), listed by 7 operations.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT_DISK_CATEGORY: &str =
    "InvalidInstanceType.NotSupportDiskCategory";
/// `InvalidInstanceType.NotSupportMultiAttachDisk` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT_MULTI_ATTACH_DISK: &str =
    "InvalidInstanceType.NotSupportMultiAttachDisk";
/// `InvalidInstanceType.NotSupportPL0` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT_PL0: &str = "InvalidInstanceType.NotSupportPL0";
/// `InvalidInstanceType.NotSupportUpgrade` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_NOT_SUPPORT_UPGRADE: &str = "InvalidInstanceType.NotSupportUpgrade";
/// `InvalidInstanceType.NvmeRequired` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_NVME_REQUIRED: &str = "InvalidInstanceType.NvmeRequired";
/// `InvalidInstanceType.NvmeUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_TYPE_NVME_UNSUPPORTED: &str = "InvalidInstanceType.NvmeUnsupported";
/// `InvalidInstanceType.PhasedOut` (HTTP 403), listed by 2 operations.
pub const INVALID_INSTANCE_TYPE_PHASED_OUT: &str = "InvalidInstanceType.PhasedOut";
/// `InvalidInstanceType.ValueNotSupported` (HTTP 400, 403, 404), listed by 19 operations.
pub const INVALID_INSTANCE_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidInstanceType.ValueNotSupported";
/// `InvalidInstanceType.ValueUnauthorized` (HTTP 400, 500), listed by 12 operations.
pub const INVALID_INSTANCE_TYPE_VALUE_UNAUTHORIZED: &str = "InvalidInstanceType.ValueUnauthorized";
/// `InvalidInstanceType.ZoneNotSupported` (HTTP 403), listed by 2 operations.
pub const INVALID_INSTANCE_TYPE_ZONE_NOT_SUPPORTED: &str = "InvalidInstanceType.ZoneNotSupported";
/// `InvalidInstance.UnpaidOrder` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_INSTANCE_UNPAID_ORDER: &str = "InvalidInstance.UnpaidOrder";
/// `InvalidInstance.UnPaidOrder` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_INSTANCE_UN_PAID_ORDER: &str = "InvalidInstance.UnPaidOrder";
/// `InvalidInstance.ZeroBandwidth` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_ZERO_BANDWIDTH: &str = "InvalidInstance.ZeroBandwidth";
/// `InvalidInstance.ZoneConflict` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANCE_ZONE_CONFLICT: &str = "InvalidInstance.ZoneConflict";
/// `InvalidInstantAccessRetentionDays.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_INSTANT_ACCESS_RETENTION_DAYS_MALFORMED: &str =
    "InvalidInstantAccessRetentionDays.Malformed";
/// `InvalidInstanId.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_INSTAN_ID_NOT_FOUND: &str = "InvalidInstanId.NotFound";
/// `InvalidInternalIp.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_INTERNAL_IP_MALFORMED: &str = "InvalidInternalIp.Malformed";
/// `InvalidInternalPort.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_INTERNAL_PORT_MALFORMED: &str = "InvalidInternalPort.Malformed";
/// `InvalidInternetChargeType.InstanceNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_INTERNET_CHARGE_TYPE_INSTANCE_NOT_SUPPORTED: &str =
    "InvalidInternetChargeType.InstanceNotSupported";
/// `InvalidInternetChargeType.ValueNotSupported` (HTTP 400, 403, 404), listed by 9 operations.
pub const INVALID_INTERNET_CHARGE_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidInternetChargeType.ValueNotSupported";
/// `InvalidInternetMaxBandwidthIn.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_INTERNET_MAX_BANDWIDTH_IN_MALFORMED: &str =
    "InvalidInternetMaxBandwidthIn.Malformed";
/// `InvalidInternetMaxBandwidthIn.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_INTERNET_MAX_BANDWIDTH_IN_VALUE_NOT_SUPPORTED: &str =
    "InvalidInternetMaxBandwidthIn.ValueNotSupported";
/// `InvalidInternetMaxBandwidthOut.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_INTERNET_MAX_BANDWIDTH_OUT_MALFORMED: &str =
    "InvalidInternetMaxBandwidthOut.Malformed";
/// `InvalidInternetMaxBandwidthOut.NotSupportedValue` (HTTP 400), listed by 1 operation.
pub const INVALID_INTERNET_MAX_BANDWIDTH_OUT_NOT_SUPPORTED_VALUE: &str =
    "InvalidInternetMaxBandwidthOut.NotSupportedValue";
/// `InvalidInternetMaxBandwidthOut.ValueNotSupported` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_INTERNET_MAX_BANDWIDTH_OUT_VALUE_NOT_SUPPORTED: &str =
    "InvalidInternetMaxBandwidthOut.ValueNotSupported";
/// `InvalidInvokeId.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_INVOKE_ID_NOT_FOUND: &str = "InvalidInvokeId.NotFound";
/// `Invalid.IoOptimized` (HTTP 404), listed by 4 operations.
pub const INVALID_IO_OPTIMIZED: &str = "Invalid.IoOptimized";
/// `InvalidIoOptimized.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_IO_OPTIMIZED_NOT_FOUND: &str = "InvalidIoOptimized.NotFound";
/// `InvalidIoOptimizedValue.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_IO_OPTIMIZED_VALUE_VALUE_NOT_SUPPORTED: &str =
    "InvalidIoOptimizedValue.ValueNotSupported";
/// `InvalidIoOptimize.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_IO_OPTIMIZE_VALUE_NOT_SUPPORTED: &str = "InvalidIoOptimize.ValueNotSupported";
/// `InvalidIpv6Gateway.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_IPV6_GATEWAY_NOT_FOUND: &str = "InvalidIpv6Gateway.NotFound";
/// `InvalidIp.Address` (HTTP 403), listed by 4 operations.
pub const INVALID_IP_ADDRESS: &str = "InvalidIp.Address";
/// `InvalidIPAddress.AlreadyUsed` (HTTP 400), listed by 2 operations.
pub const INVALID_IP_ADDRESS_ALREADY_USED: &str = "InvalidIPAddress.AlreadyUsed";
/// `InvalidIPAddress.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_ADDRESS_MALFORMED: &str = "InvalidIPAddress.Malformed";
/// Every spelling of [`INVALID_IP_ADDRESS_MALFORMED`] the metadata lists: `InvalidIPAddress.Malformed`, `InvalidIpAddress.Malformed`.
pub const INVALID_IP_ADDRESS_MALFORMED_SPELLINGS: &[&str] =
    &["InvalidIPAddress.Malformed", "InvalidIpAddress.Malformed"];
/// `InvalidIpAddress.NeedInstanceId` (HTTP 403), listed by 1 operation.
pub const INVALID_IP_ADDRESS_NEED_INSTANCE_ID: &str = "InvalidIpAddress.NeedInstanceId";
/// `InvalidIPAddress.NotAvailable` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_ADDRESS_NOT_AVAILABLE: &str = "InvalidIPAddress.NotAvailable";
/// `InvalidIpAddress.NotFound` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_IP_ADDRESS_NOT_FOUND: &str = "InvalidIpAddress.NotFound";
/// `InvalidIpAddress.NotPublic` (HTTP 403), listed by 1 operation.
pub const INVALID_IP_ADDRESS_NOT_PUBLIC: &str = "InvalidIpAddress.NotPublic";
/// `InvalidIPAddress.OutOfRange` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_ADDRESS_OUT_OF_RANGE: &str = "InvalidIPAddress.OutOfRange";
/// `InvalidIpCount.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_IP_COUNT_VALUE_NOT_SUPPORTED: &str = "InvalidIpCount.ValueNotSupported";
/// `InvalidIpInstanceId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_IP_INSTANCE_ID_NOT_FOUND: &str = "InvalidIpInstanceId.NotFound";
/// `InvalidIp.Ipv6` (HTTP 404), listed by 1 operation.
pub const INVALID_IP_IPV6: &str = "InvalidIp.Ipv6";
/// `InvalidIp.Ipv6Assigned` (HTTP 403), listed by 1 operation.
pub const INVALID_IP_IPV6_ASSIGNED: &str = "InvalidIp.Ipv6Assigned";
/// `InvalidIp.IpAssigned` (HTTP 403, 404), listed by 3 operations.
pub const INVALID_IP_IP_ASSIGNED: &str = "InvalidIp.IpAssigned";
/// `InvalidIp.IpPrefixIllegal` (HTTP 403), listed by 5 operations.
pub const INVALID_IP_IP_PREFIX_ILLEGAL: &str = "InvalidIp.IpPrefixIllegal";
/// `InvalidIp.IpPrefixMaskIllegal` (HTTP 403), listed by 3 operations.
pub const INVALID_IP_IP_PREFIX_MASK_ILLEGAL: &str = "InvalidIp.IpPrefixMaskIllegal";
/// `InvalidIp.IpPrefixMaskInvalid` (HTTP 403), listed by 5 operations.
pub const INVALID_IP_IP_PREFIX_MASK_INVALID: &str = "InvalidIp.IpPrefixMaskInvalid";
/// `InvalidIp.IpPrefixMaskNotSame` (HTTP 403), listed by 5 operations.
pub const INVALID_IP_IP_PREFIX_MASK_NOT_SAME: &str = "InvalidIp.IpPrefixMaskNotSame";
/// `InvalidIp.IpPrefixMustInReserveSegment` (HTTP 403), listed by 3 operations.
pub const INVALID_IP_IP_PREFIX_MUST_IN_RESERVE_SEGMENT: &str =
    "InvalidIp.IpPrefixMustInReserveSegment";
/// `InvalidIp.IpPrefixNotAvailable` (HTTP 403), listed by 3 operations.
pub const INVALID_IP_IP_PREFIX_NOT_AVAILABLE: &str = "InvalidIp.IpPrefixNotAvailable";
/// `InvalidIp.IpPrefixNotStrict` (HTTP 403), listed by 5 operations.
pub const INVALID_IP_IP_PREFIX_NOT_STRICT: &str = "InvalidIp.IpPrefixNotStrict";
/// `InvalidIp.IpRepeated` (HTTP 403), listed by 5 operations.
pub const INVALID_IP_IP_REPEATED: &str = "InvalidIp.IpRepeated";
/// `InvalidIp.IpUnassigned` (HTTP 403), listed by 3 operations.
pub const INVALID_IP_IP_UNASSIGNED: &str = "InvalidIp.IpUnassigned";
/// `InvalidIp.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_MALFORMED: &str = "InvalidIp.Malformed";
/// `InvalidIp.MultiPrimaryIp` (HTTP 404), listed by 1 operation.
pub const INVALID_IP_MULTI_PRIMARY_IP: &str = "InvalidIp.MultiPrimaryIp";
/// `InvalidIp.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_NOT_FOUND: &str = "InvalidIp.NotFound";
/// `InvalidIp.NotInNatgw` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_NOT_IN_NATGW: &str = "InvalidIp.NotInNatgw";
/// `InvalidIp.NotSameSubnet` (HTTP 400), listed by 2 operations.
pub const INVALID_IP_NOT_SAME_SUBNET: &str = "InvalidIp.NotSameSubnet";
/// `InvalidIpPortRange.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_IP_PORT_RANGE_MALFORMED: &str = "InvalidIpPortRange.Malformed";
/// `InvalidIpProtocol.Malformed` (HTTP 400), listed by 4 operations.
pub const INVALID_IP_PROTOCOL_MALFORMED: &str = "InvalidIpProtocol.Malformed";
/// `InvalidIpProtocol.ValueNotSupported` (HTTP 400), listed by 6 operations.
pub const INVALID_IP_PROTOCOL_VALUE_NOT_SUPPORTED: &str = "InvalidIpProtocol.ValueNotSupported";
/// `InvalidIpStatus.HasBeenUsedByForwardEntry` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_STATUS_HAS_BEEN_USED_BY_FORWARD_ENTRY: &str =
    "InvalidIpStatus.HasBeenUsedByForwardEntry";
/// `InvalidIpStatus.HasBeenUsedBySnatTable` (HTTP 400), listed by 1 operation.
pub const INVALID_IP_STATUS_HAS_BEEN_USED_BY_SNAT_TABLE: &str =
    "InvalidIpStatus.HasBeenUsedBySnatTable";
/// `InvalidIspBandwidthOut` (HTTP 403), listed by 3 operations.
pub const INVALID_ISP_BANDWIDTH_OUT: &str = "InvalidIspBandwidthOut";
/// `InvalidIspType.ValueNotSupported` (HTTP 403), listed by 3 operations.
pub const INVALID_ISP_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidIspType.ValueNotSupported";
/// `InvalidIspUID` (HTTP 403), listed by 3 operations.
pub const INVALID_ISP_UID: &str = "InvalidIspUID";
/// `InvalidIAssociatedInstanceType.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_I_ASSOCIATED_INSTANCE_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidIAssociatedInstanceType.ValueNotSupported";
/// `InvalidKeyPairNames.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_KEY_PAIR_NAMES_VALUE_NOT_SUPPORTED: &str =
    "InvalidKeyPairNames.ValueNotSupported";
/// `InvalidKeyPairName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_KEY_PAIR_NAME_MALFORMED: &str = "InvalidKeyPairName.Malformed";
/// `InvalidKeyPairName.NotFound` (HTTP 400, 404), listed by 6 operations.
pub const INVALID_KEY_PAIR_NAME_NOT_FOUND: &str = "InvalidKeyPairName.NotFound";
/// `InvalidKmsKeyId.NotMatchSnapshot` (HTTP 400), listed by 4 operations.
pub const INVALID_KMS_KEY_ID_NOT_MATCH_SNAPSHOT: &str = "InvalidKmsKeyId.NotMatchSnapshot";
/// `InvalidKMSKeyId.NotSymmetric` (HTTP 400, 403), listed by 5 operations.
pub const INVALID_KMS_KEY_ID_NOT_SYMMETRIC: &str = "InvalidKMSKeyId.NotSymmetric";
/// `InvalidLaunchTemplateConfigs.SizeExceed` (HTTP 400), listed by 2 operations.
pub const INVALID_LAUNCH_TEMPLATE_CONFIGS_SIZE_EXCEED: &str =
    "InvalidLaunchTemplateConfigs.SizeExceed";
/// `InvalidLaunchTemplateName.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_LAUNCH_TEMPLATE_NAME_MALFORMED: &str = "InvalidLaunchTemplateName.Malformed";
/// `InvalidLaunchTemplate.NotFound` (HTTP 404), listed by 4 operations.
pub const INVALID_LAUNCH_TEMPLATE_NOT_FOUND: &str = "InvalidLaunchTemplate.NotFound";
/// `InvalidLaunchTemplate.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_LAUNCH_TEMPLATE_VALUE_NOT_SUPPORTED: &str =
    "InvalidLaunchTemplate.ValueNotSupported";
/// `InvalidLaunchTemplateVersion.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_LAUNCH_TEMPLATE_VERSION_NOT_FOUND: &str = "InvalidLaunchTemplateVersion.NotFound";
/// `InvalidLaunchTemplateVersion.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_LAUNCH_TEMPLATE_VERSION_VALUE_NOT_SUPPORTED: &str =
    "InvalidLaunchTemplateVersion.ValueNotSupported";
/// `InvalidLicenseType.BYOLOnly` (HTTP 400), listed by 1 operation.
pub const INVALID_LICENSE_TYPE_BYOL_ONLY: &str = "InvalidLicenseType.BYOLOnly";
/// `InvalidLicenseType.NotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_LICENSE_TYPE_NOT_SUPPORTED: &str = "InvalidLicenseType.NotSupported";
/// `InvalidLimitation.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_LIMITATION_NOT_FOUND: &str = "InvalidLimitation.NotFound";
/// `InvalidLineOperator.Malformd` (HTTP 400), listed by 2 operations.
pub const INVALID_LINE_OPERATOR_MALFORMD: &str = "InvalidLineOperator.Malformd";
/// `InvalidLoanOrderStatus.Uncompleted` (HTTP 400), listed by 1 operation.
pub const INVALID_LOAN_ORDER_STATUS_UNCOMPLETED: &str = "InvalidLoanOrderStatus.Uncompleted";
/// `InvalidLocalGatewayIp.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_LOCAL_GATEWAY_IP_MALFORMED: &str = "InvalidLocalGatewayIp.Malformed";
/// `InvalidLockReason.NotFound` (HTTP 404), listed by 4 operations.
pub const INVALID_LOCK_REASON_NOT_FOUND: &str = "InvalidLockReason.NotFound";
/// `InvalidManagedPrivateSpaceId.DedicatedHostIdConflict` (HTTP 403), listed by 1 operation.
pub const INVALID_MANAGED_PRIVATE_SPACE_ID_DEDICATED_HOST_ID_CONFLICT: &str =
    "InvalidManagedPrivateSpaceId.DedicatedHostIdConflict";
/// `InvalidManagedPrivateSpaceId.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_MANAGED_PRIVATE_SPACE_ID_NOT_FOUND: &str =
    "InvalidManagedPrivateSpaceId.NotFound";
/// `InvalidManagedPrivateSpaceId.TenancyConflict` (HTTP 403), listed by 1 operation.
pub const INVALID_MANAGED_PRIVATE_SPACE_ID_TENANCY_CONFLICT: &str =
    "InvalidManagedPrivateSpaceId.TenancyConflict";
/// `InvalidMarketImageChargeType.NotSupport` (HTTP 400), listed by 3 operations.
pub const INVALID_MARKET_IMAGE_CHARGE_TYPE_NOT_SUPPORT: &str =
    "InvalidMarketImageChargeType.NotSupport";
/// `InvalidMarketImage.NotFound` (HTTP 404), listed by 3 operations.
pub const INVALID_MARKET_IMAGE_NOT_FOUND: &str = "InvalidMarketImage.NotFound";
/// `InvalidMarketImageStatus.NotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_MARKET_IMAGE_STATUS_NOT_SUPPORTED: &str = "InvalidMarketImageStatus.NotSupported";
/// `InvalidMaxAmount.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_MAX_AMOUNT_MALFORMED: &str = "InvalidMaxAmount.Malformed";
/// `InvalidMaxPartitionNumber.Malformed` (HTTP 403), listed by 8 operations.
pub const INVALID_MAX_PARTITION_NUMBER_MALFORMED: &str = "InvalidMaxPartitionNumber.Malformed";
/// `InvalidMaxPrice.NotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_MAX_PRICE_NOT_SUPPORTED: &str = "InvalidMaxPrice.NotSupported";
/// `InvalidMinAmount.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_MIN_AMOUNT_MALFORMED: &str = "InvalidMinAmount.Malformed";
/// `InvalidModifyInfo` (HTTP 400), listed by 1 operation.
pub const INVALID_MODIFY_INFO: &str = "InvalidModifyInfo";
/// `InvalidName.Malformd` (HTTP 400), listed by 1 operation.
pub const INVALID_NAME_MALFORMD: &str = "InvalidName.Malformd";
/// `InvalidName.Malformed` (HTTP 400, 403, 500), listed by 10 operations.
pub const INVALID_NAME_MALFORMED: &str = "InvalidName.Malformed";
/// `Invalid.natgwNotExist` (HTTP 400), listed by 1 operation.
pub const INVALID_NATGW_NOT_EXIST: &str = "Invalid.natgwNotExist";
/// `InvalidNatGatewayDescription.MalFormed` (HTTP 400), listed by 1 operation.
pub const INVALID_NAT_GATEWAY_DESCRIPTION_MAL_FORMED: &str =
    "InvalidNatGatewayDescription.MalFormed";
/// `InvalidNatGatewayId.NotFound` (HTTP 400, 404), listed by 3 operations.
pub const INVALID_NAT_GATEWAY_ID_NOT_FOUND: &str = "InvalidNatGatewayId.NotFound";
/// `InvalidNatGatewayName.MalFormed` (HTTP 400), listed by 1 operation.
pub const INVALID_NAT_GATEWAY_NAME_MAL_FORMED: &str = "InvalidNatGatewayName.MalFormed";
/// `InvalidNatGateway.NotFound` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_NAT_GATEWAY_NOT_FOUND: &str = "InvalidNatGateway.NotFound";
/// `Invalid.NetworkCategory` (HTTP 404), listed by 3 operations.
pub const INVALID_NETWORK_CATEGORY: &str = "Invalid.NetworkCategory";
/// `InvalidNetworkInterface.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_NETWORK_INTERFACE_NOT_FOUND: &str = "InvalidNetworkInterface.NotFound";
/// `Invalid.NetworkType` (HTTP 404), listed by 2 operations.
pub const INVALID_NETWORK_TYPE: &str = "Invalid.NetworkType";
/// Every spelling of [`INVALID_NETWORK_TYPE`] the metadata lists: `Invalid.NetworkType`, `InvalidNetworkType`.
pub const INVALID_NETWORK_TYPE_SPELLINGS: &[&str] = &["Invalid.NetworkType", "InvalidNetworkType"];
/// `InvalidNetworkType.Conflict` (HTTP 403), listed by 3 operations.
pub const INVALID_NETWORK_TYPE_CONFLICT: &str = "InvalidNetworkType.Conflict";
/// `InvalidNetworkType.Mismatch` (HTTP 400, 403), listed by 5 operations.
pub const INVALID_NETWORK_TYPE_MISMATCH: &str = "InvalidNetworkType.Mismatch";
/// `InvalidNetworkType.MismatchRamRole` (HTTP 403), listed by 5 operations.
pub const INVALID_NETWORK_TYPE_MISMATCH_RAM_ROLE: &str = "InvalidNetworkType.MismatchRamRole";
/// `InvalidNetworkType.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_NETWORK_TYPE_NOT_FOUND: &str = "InvalidNetworkType.NotFound";
/// `InvalidNetworkType.NotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_NETWORK_TYPE_NOT_SUPPORTED: &str = "InvalidNetworkType.NotSupported";
/// `InvalidNetworkType.ValueNotSupported` (HTTP 400, 403, 404), listed by 3 operations.
pub const INVALID_NETWORK_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidNetworkType.ValueNotSupported";
/// `InvalidNexthop` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXTHOP: &str = "InvalidNexthop";
/// `InvalidNexthop.DirectEni` (HTTP 400), listed by 2 operations.
pub const INVALID_NEXTHOP_DIRECT_ENI: &str = "InvalidNexthop.DirectEni";
/// `InvalidNexthopListSize` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXTHOP_LIST_SIZE: &str = "InvalidNexthopListSize";
/// `InvalidNexthop.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXTHOP_NOT_FOUND: &str = "InvalidNexthop.NotFound";
/// `InvalidNexthopTypeAndList.BothNotNull` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXTHOP_TYPE_AND_LIST_BOTH_NOT_NULL: &str =
    "InvalidNexthopTypeAndList.BothNotNull";
/// `InvalidNexthopTypeAndList.BothNull` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXTHOP_TYPE_AND_LIST_BOTH_NULL: &str = "InvalidNexthopTypeAndList.BothNull";
/// `InvalidNextHop` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXT_HOP: &str = "InvalidNextHop";
/// `InvalidNextHopId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_NEXT_HOP_ID_NOT_FOUND: &str = "InvalidNextHopId.NotFound";
/// `InvalidNextHopList.Size` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXT_HOP_LIST_SIZE: &str = "InvalidNextHopList.Size";
/// `InvalidNextHop.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXT_HOP_NOT_FOUND: &str = "InvalidNextHop.NotFound";
/// `InvalidNextHopType` (HTTP 400), listed by 1 operation.
pub const INVALID_NEXT_HOP_TYPE: &str = "InvalidNextHopType";
/// `Invalid.NextToken` (HTTP 403), listed by 4 operations.
pub const INVALID_NEXT_TOKEN: &str = "Invalid.NextToken";
/// `InvalidNicOrVm.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_NIC_OR_VM_NOT_FOUND: &str = "InvalidNicOrVm.NotFound";
/// `InvalidNicType.Mismatch` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_NIC_TYPE_MISMATCH: &str = "InvalidNicType.Mismatch";
/// `InvalidNicType.ValueNotSupported` (HTTP 400), listed by 7 operations.
pub const INVALID_NIC_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidNicType.ValueNotSupported";
/// `InvalidNodeControllerId.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_NODE_CONTROLLER_ID_MALFORMED: &str = "InvalidNodeControllerId.Malformed";
/// `InvalidNotBefore.Passed` (HTTP 403), listed by 1 operation.
pub const INVALID_NOT_BEFORE_PASSED: &str = "InvalidNotBefore.Passed";
/// `Invalid.NotExist` (HTTP 404), listed by 1 operation.
pub const INVALID_NOT_EXIST: &str = "Invalid.NotExist";
/// `InvalidOperation.AddressAlreadyAllocated` (HTTP 404), listed by 1 operation.
pub const INVALID_OPERATION_ADDRESS_ALREADY_ALLOCATED: &str =
    "InvalidOperation.AddressAlreadyAllocated";
/// `InvalidOperation.AddressNotInVSwitchCidr` (HTTP 404), listed by 1 operation.
pub const INVALID_OPERATION_ADDRESS_NOT_IN_V_SWITCH_CIDR: &str =
    "InvalidOperation.AddressNotInVSwitchCidr";
/// `InvalidOperation.AllocateFailed` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_ALLOCATE_FAILED: &str = "InvalidOperation.AllocateFailed";
/// `InvalidOperation.AtLeastInOneGroup` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_AT_LEAST_IN_ONE_GROUP: &str = "InvalidOperation.AtLeastInOneGroup";
/// `InvalidOperation.AvailabilityZoneMismatch` (HTTP 403), listed by 8 operations.
pub const INVALID_OPERATION_AVAILABILITY_ZONE_MISMATCH: &str =
    "InvalidOperation.AvailabilityZoneMismatch";
/// `InvalidOperation.BoundingEniSlaveQuotaExceed` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_BOUNDING_ENI_SLAVE_QUOTA_EXCEED: &str =
    "InvalidOperation.BoundingEniSlaveQuotaExceed";
/// `InvalidOperation.CanNotAttachMultiAttachDiskAsSystemDisk` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_CAN_NOT_ATTACH_MULTI_ATTACH_DISK_AS_SYSTEM_DISK: &str =
    "InvalidOperation.CanNotAttachMultiAttachDiskAsSystemDisk";
/// `InvalidOperation.CloudAssistantVersionUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_CLOUD_ASSISTANT_VERSION_UNSUPPORTED: &str =
    "InvalidOperation.CloudAssistantVersionUnsupported";
/// `InvalidOperation.CloudBoxEcsNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_CLOUD_BOX_ECS_NOT_SUPPORT: &str =
    "InvalidOperation.CloudBoxEcsNotSupport";
/// `InvalidOperation.CloudBoxImageImportRoleRequired` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_CLOUD_BOX_IMAGE_IMPORT_ROLE_REQUIRED: &str =
    "InvalidOperation.CloudBoxImageImportRoleRequired";
/// `InvalidOperation.CloudBoxImageImportUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_CLOUD_BOX_IMAGE_IMPORT_UNSUPPORTED: &str =
    "InvalidOperation.CloudBoxImageImportUnsupported";
/// `InvalidOperation.ConfidentialComputingModeInInviteOnlyTesting` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_CONFIDENTIAL_COMPUTING_MODE_IN_INVITE_ONLY_TESTING: &str =
    "InvalidOperation.ConfidentialComputingModeInInviteOnlyTesting";
/// `InvalidOperation.Conflict` (HTTP 409), listed by 3 operations.
pub const INVALID_OPERATION_CONFLICT: &str = "InvalidOperation.Conflict";
/// `InvalidOperation.ConnectionTrackingConfigNotSupportMemberEni` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_CONNECTION_TRACKING_CONFIG_NOT_SUPPORT_MEMBER_ENI: &str =
    "InvalidOperation.ConnectionTrackingConfigNotSupportMemberEni";
/// `InvalidOperation.CreateFromSnapshotUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_CREATE_FROM_SNAPSHOT_UNSUPPORTED: &str =
    "InvalidOperation.CreateFromSnapshotUnsupported";
/// `InvalidOperation.DecreaseRetentionDaysUnsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_DECREASE_RETENTION_DAYS_UNSUPPORTED: &str =
    "InvalidOperation.DecreaseRetentionDaysUnsupported";
/// `InvalidOperation.DeleteDefaultVersion` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_DELETE_DEFAULT_VERSION: &str = "InvalidOperation.DeleteDefaultVersion";
/// `InvalidOperation.DeleteSharedSnapshotUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_DELETE_SHARED_SNAPSHOT_UNSUPPORTED: &str =
    "InvalidOperation.DeleteSharedSnapshotUnsupported";
/// `InvalidOperation.DeletionProtection` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_OPERATION_DELETION_PROTECTION: &str = "InvalidOperation.DeletionProtection";
/// `InvalidOperation.DetachPrimaryEniNotAllowed` (HTTP 400), listed by 8 operations.
pub const INVALID_OPERATION_DETACH_PRIMARY_ENI_NOT_ALLOWED: &str =
    "InvalidOperation.DetachPrimaryEniNotAllowed";
/// `InvalidOperation.DiskCategoryUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_DISK_CATEGORY_UNSUPPORTED: &str =
    "InvalidOperation.DiskCategoryUnsupported";
/// `InvalidOperation.EipBindModel` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_EIP_BIND_MODEL: &str = "InvalidOperation.EipBindModel";
/// `InvalidOperation.EipNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_EIP_NOT_SUPPORT: &str = "InvalidOperation.EipNotSupport";
/// `InvalidOperation.EnableIpv6Failed` (HTTP 404), listed by 2 operations.
pub const INVALID_OPERATION_ENABLE_IPV6_FAILED: &str = "InvalidOperation.EnableIpv6Failed";
/// `InvalidOperation.EniAndGroupNotBelongSameUser` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_ENI_AND_GROUP_NOT_BELONG_SAME_USER: &str =
    "InvalidOperation.EniAndGroupNotBelongSameUser";
/// `InvalidOperation.EniCountExceeded` (HTTP 400, 403), listed by 10 operations.
pub const INVALID_OPERATION_ENI_COUNT_EXCEEDED: &str = "InvalidOperation.EniCountExceeded";
/// `InvalidOperation.EniHotPlugNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_ENI_HOT_PLUG_NOT_SUPPORTED: &str =
    "InvalidOperation.EniHotPlugNotSupported";
/// `InvalidOperation.EniLinked` (HTTP 403), listed by 3 operations.
pub const INVALID_OPERATION_ENI_LINKED: &str = "InvalidOperation.EniLinked";
/// `InvalidOperation.EniQueuePairNumberOverflow` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_OPERATION_ENI_QUEUE_PAIR_NUMBER_OVERFLOW: &str =
    "InvalidOperation.EniQueuePairNumberOverflow";
/// `InvalidOperation.EniServiceManaged` (HTTP 403), listed by 10 operations.
pub const INVALID_OPERATION_ENI_SERVICE_MANAGED: &str = "InvalidOperation.EniServiceManaged";
/// `InvalidOperation.EniTrafficModeNotSupportIpv6` (HTTP 403, 404), listed by 2 operations.
pub const INVALID_OPERATION_ENI_TRAFFIC_MODE_NOT_SUPPORT_IPV6: &str =
    "InvalidOperation.EniTrafficModeNotSupportIpv6";
/// Every spelling of [`INVALID_OPERATION_ENI_TRAFFIC_MODE_NOT_SUPPORT_IPV6`] the metadata lists: `InvalidOperation.EniTrafficModeNotSupportIpv6`, `InvalidOperation.EniTrafficModeNotSupportIPv6`.
pub const INVALID_OPERATION_ENI_TRAFFIC_MODE_NOT_SUPPORT_IPV6_SPELLINGS: &[&str] = &[
    "InvalidOperation.EniTrafficModeNotSupportIpv6",
    "InvalidOperation.EniTrafficModeNotSupportIPv6",
];
/// `InvalidOperation.EniTrunkDeviceFull` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_ENI_TRUNK_DEVICE_FULL: &str = "InvalidOperation.EniTrunkDeviceFull";
/// `InvalidOperation.EniTypeNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_ENI_TYPE_NOT_SUPPORT: &str = "InvalidOperation.EniTypeNotSupport";
/// `InvalidOperation.EniTypeNotSupportAttachToTrunk` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_ENI_TYPE_NOT_SUPPORT_ATTACH_TO_TRUNK: &str =
    "InvalidOperation.EniTypeNotSupportAttachToTrunk";
/// `InvalidOperation.EniTypeNotSupportTrunking` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_ENI_TYPE_NOT_SUPPORT_TRUNKING: &str =
    "InvalidOperation.EniTypeNotSupportTrunking";
/// `InvalidOperation.ExceedInstanceTypeQueueNumber` (HTTP 403), listed by 7 operations.
pub const INVALID_OPERATION_EXCEED_INSTANCE_TYPE_QUEUE_NUMBER: &str =
    "InvalidOperation.ExceedInstanceTypeQueueNumber";
/// `InvalidOperation.HasIpv6RouteEntry` (HTTP 404), listed by 1 operation.
pub const INVALID_OPERATION_HAS_IPV6_ROUTE_ENTRY: &str = "InvalidOperation.HasIpv6RouteEntry";
/// `InvalidOperation.HasMemberEniAttached` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_HAS_MEMBER_ENI_ATTACHED: &str = "InvalidOperation.HasMemberEniAttached";
/// `InvalidOperation.HasSlaveEniBonded` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_HAS_SLAVE_ENI_BONDED: &str = "InvalidOperation.HasSlaveEniBonded";
/// `InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_OPERATION_HIGH_PERFORMANCE_ENI_PER_INSTANCE_LIMIT_EXCEEDED: &str =
    "InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded";
/// `InvalidOperation.HighPerformanceTrafficModeEniNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_HIGH_PERFORMANCE_TRAFFIC_MODE_ENI_NOT_SUPPORT: &str =
    "InvalidOperation.HighPerformanceTrafficModeEniNotSupport";
/// `InvalidOperation.HighPerformanceTrafficModeIsNotAllowed` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_HIGH_PERFORMANCE_TRAFFIC_MODE_IS_NOT_ALLOWED: &str =
    "InvalidOperation.HighPerformanceTrafficModeIsNotAllowed";
/// `InvalidOperation.HighPerformanceTrafficModeNotSupportMemberEni` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_HIGH_PERFORMANCE_TRAFFIC_MODE_NOT_SUPPORT_MEMBER_ENI: &str =
    "InvalidOperation.HighPerformanceTrafficModeNotSupportMemberEni";
/// `InvalidOperation.HighPerformanceTrafficModeNotSupportTrunkEni` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_HIGH_PERFORMANCE_TRAFFIC_MODE_NOT_SUPPORT_TRUNK_ENI: &str =
    "InvalidOperation.HighPerformanceTrafficModeNotSupportTrunkEni";
/// `InvalidOperation.HotPlugNotSupport` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_HOT_PLUG_NOT_SUPPORT: &str = "InvalidOperation.HotPlugNotSupport";
/// `InvalidOperation.InstanceNotSupportMulitipleIp` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_INSTANCE_NOT_SUPPORT_MULITIPLE_IP: &str =
    "InvalidOperation.InstanceNotSupportMulitipleIp";
/// `InvalidOperation.InstanceRenewWithDowngradeInPlan` (HTTP 400), listed by 4 operations.
pub const INVALID_OPERATION_INSTANCE_RENEW_WITH_DOWNGRADE_IN_PLAN: &str =
    "InvalidOperation.InstanceRenewWithDowngradeInPlan";
/// `InvalidOperation.InstanceStatusNotSupport` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_INSTANCE_STATUS_NOT_SUPPORT: &str =
    "InvalidOperation.InstanceStatusNotSupport";
/// `InvalidOperation.InstanceStatusUnsupported` (HTTP 400), listed by 2 operations.
pub const INVALID_OPERATION_INSTANCE_STATUS_UNSUPPORTED: &str =
    "InvalidOperation.InstanceStatusUnsupported";
/// `InvalidOperation.InstanceTypeNotSupport` (HTTP 400), listed by 2 operations.
pub const INVALID_OPERATION_INSTANCE_TYPE_NOT_SUPPORT: &str =
    "InvalidOperation.InstanceTypeNotSupport";
/// `InvalidOperation.InstanceTypeNotSupportEniTrunking` (HTTP 403), listed by 3 operations.
pub const INVALID_OPERATION_INSTANCE_TYPE_NOT_SUPPORT_ENI_TRUNKING: &str =
    "InvalidOperation.InstanceTypeNotSupportEniTrunking";
/// `InvalidOperation.InstanceTypeNotSupportHighPerformance` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_INSTANCE_TYPE_NOT_SUPPORT_HIGH_PERFORMANCE: &str =
    "InvalidOperation.InstanceTypeNotSupportHighPerformance";
/// `InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode` (HTTP 403), listed by 4 operations.
pub const INVALID_OPERATION_INSTANCE_TYPE_NOT_SUPPORT_HIGH_PERFORMANCE_TRAFFIC_MODE: &str =
    "InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode";
/// `InvalidOperation.InstanceTypeNotSupportOnlineResize` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_INSTANCE_TYPE_NOT_SUPPORT_ONLINE_RESIZE: &str =
    "InvalidOperation.InstanceTypeNotSupportOnlineResize";
/// `InvalidOperation.InstanceWithEipNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_INSTANCE_WITH_EIP_NOT_SUPPORT: &str =
    "InvalidOperation.InstanceWithEipNotSupport";
/// `InvalidOperation.InvalidEcsState` (HTTP 400), listed by 11 operations.
pub const INVALID_OPERATION_INVALID_ECS_STATE: &str = "InvalidOperation.InvalidEcsState";
/// `InvalidOperation.InvalidEniPageNumber` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_INVALID_ENI_PAGE_NUMBER: &str = "InvalidOperation.InvalidEniPageNumber";
/// `InvalidOperation.InvalidEniState` (HTTP 400, 403), listed by 15 operations.
pub const INVALID_OPERATION_INVALID_ENI_STATE: &str = "InvalidOperation.InvalidEniState";
/// `InvalidOperation.InvalidEniType` (HTTP 403), listed by 12 operations.
pub const INVALID_OPERATION_INVALID_ENI_TYPE: &str = "InvalidOperation.InvalidEniType";
/// `InvalidOperation.InvalidGeneration` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_INVALID_GENERATION: &str = "InvalidOperation.InvalidGeneration";
/// `InvalidOperation.InvalidNetworkInterfaceId` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_INVALID_NETWORK_INTERFACE_ID: &str =
    "InvalidOperation.InvalidNetworkInterfaceId";
/// `InvalidOperation.InvalidRegion` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_OPERATION_INVALID_REGION: &str = "InvalidOperation.InvalidRegion";
/// `InvalidOperation.InvalidTrunkEniStatus` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_INVALID_TRUNK_ENI_STATUS: &str =
    "InvalidOperation.InvalidTrunkEniStatus";
/// `InvalidOperation.InvalidVpc` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_INVALID_VPC: &str = "InvalidOperation.InvalidVpc";
/// `InvalidOperation.InvokeAlreadyFinished` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_INVOKE_ALREADY_FINISHED: &str =
    "InvalidOperation.InvokeAlreadyFinished";
/// `InvalidOperation.Ipv4CountExceeded` (HTTP 403), listed by 7 operations.
pub const INVALID_OPERATION_IPV4_COUNT_EXCEEDED: &str = "InvalidOperation.Ipv4CountExceeded";
/// `InvalidOperation.Ipv4NotSupport` (HTTP 403), listed by 4 operations.
pub const INVALID_OPERATION_IPV4_NOT_SUPPORT: &str = "InvalidOperation.Ipv4NotSupport";
/// `InvalidOperation.Ipv6CountExceeded` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_OPERATION_IPV6_COUNT_EXCEEDED: &str = "InvalidOperation.Ipv6CountExceeded";
/// `InvalidOperation.Ipv6NotSupport` (HTTP 403), listed by 5 operations.
pub const INVALID_OPERATION_IPV6_NOT_SUPPORT: &str = "InvalidOperation.Ipv6NotSupport";
/// `InvalidOperation.KMSKeyIdNotFound` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_KMS_KEY_ID_NOT_FOUND: &str = "InvalidOperation.KMSKeyIdNotFound";
/// `InvalidOperation.MaxEniIpv6IpsCountExceeded` (HTTP 404), listed by 1 operation.
pub const INVALID_OPERATION_MAX_ENI_IPV6_IPS_COUNT_EXCEEDED: &str =
    "InvalidOperation.MaxEniIpv6IpsCountExceeded";
/// `InvalidOperation.MaxEniQueueNumberExceeded` (HTTP 403), listed by 7 operations.
pub const INVALID_OPERATION_MAX_ENI_QUEUE_NUMBER_EXCEEDED: &str =
    "InvalidOperation.MaxEniQueueNumberExceeded";
/// `InvalidOperation.MaxEniQueuePairNumberExceed` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_OPERATION_MAX_ENI_QUEUE_PAIR_NUMBER_EXCEED: &str =
    "InvalidOperation.MaxEniQueuePairNumberExceed";
/// `InvalidOperation.MaxModifyOnlineNumberExceeded` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_MAX_MODIFY_ONLINE_NUMBER_EXCEEDED: &str =
    "InvalidOperation.MaxModifyOnlineNumberExceeded";
/// `InvalidOperation.ModifyNicType` (HTTP 400), listed by 2 operations.
pub const INVALID_OPERATION_MODIFY_NIC_TYPE: &str = "InvalidOperation.ModifyNicType";
/// `InvalidOperation.ModifyPrimaryEniQueueNumber` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_MODIFY_PRIMARY_ENI_QUEUE_NUMBER: &str =
    "InvalidOperation.ModifyPrimaryEniQueueNumber";
/// `InvalidOperation.ModifyPublicCommandUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_MODIFY_PUBLIC_COMMAND_UNSUPPORTED: &str =
    "InvalidOperation.ModifyPublicCommandUnsupported";
/// `InvalidOperation.ModifySgRuleEntityType` (HTTP 400), listed by 2 operations.
pub const INVALID_OPERATION_MODIFY_SG_RULE_ENTITY_TYPE: &str =
    "InvalidOperation.ModifySgRuleEntityType";
/// `InvalidOperation.MultiAttachDisk` (HTTP 403), listed by 6 operations.
pub const INVALID_OPERATION_MULTI_ATTACH_DISK: &str = "InvalidOperation.MultiAttachDisk";
/// `InvalidOperation.MultiAttachDiskNotSupportResizeOnline` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_MULTI_ATTACH_DISK_NOT_SUPPORT_RESIZE_ONLINE: &str =
    "InvalidOperation.MultiAttachDiskNotSupportResizeOnline";
/// `InvalidOperation.MultiGroupType` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_OPERATION_MULTI_GROUP_TYPE: &str = "InvalidOperation.MultiGroupType";
/// `InvalidOperation.NetworkInterface` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_NETWORK_INTERFACE: &str = "InvalidOperation.NetworkInterface";
/// `InvalidOperation.NetworkInterfaceCountExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_NETWORK_INTERFACE_COUNT_EXCEEDED: &str =
    "InvalidOperation.NetworkInterfaceCountExceeded";
/// `InvalidOperation.NotAllowed` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_NOT_ALLOWED: &str = "InvalidOperation.NotAllowed";
/// `InvalidOperation.NotSupport` (HTTP 403, 404), listed by 4 operations.
pub const INVALID_OPERATION_NOT_SUPPORT: &str = "InvalidOperation.NotSupport";
/// `InvalidOperation.NotSupportCopyInSameRegion` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_NOT_SUPPORT_COPY_IN_SAME_REGION: &str =
    "InvalidOperation.NotSupportCopyInSameRegion";
/// `InvalidOperation.NotSupportEnterpriseGroup` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_OPERATION_NOT_SUPPORT_ENTERPRISE_GROUP: &str =
    "InvalidOperation.NotSupportEnterpriseGroup";
/// `InvalidOperation.NotSupportModifyQueueNumber` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_NOT_SUPPORT_MODIFY_QUEUE_NUMBER: &str =
    "InvalidOperation.NotSupportModifyQueueNumber";
/// `InvalidOperation.OnlineModificationUnsupported` (HTTP 400), listed by 2 operations.
pub const INVALID_OPERATION_ONLINE_MODIFICATION_UNSUPPORTED: &str =
    "InvalidOperation.OnlineModificationUnsupported";
/// `InvalidOperation.OperationNotAllowedInState` (HTTP 400), listed by 3 operations.
pub const INVALID_OPERATION_OPERATION_NOT_ALLOWED_IN_STATE: &str =
    "InvalidOperation.OperationNotAllowedInState";
/// `InvalidOperation.OssEncryptionUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_OSS_ENCRYPTION_UNSUPPORTED: &str =
    "InvalidOperation.OssEncryptionUnsupported";
/// `InvalidOperation.OSTypeNotSupported` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_OS_TYPE_NOT_SUPPORTED: &str = "InvalidOperation.OSTypeNotSupported";
/// `InvalidOperation.OtherInstanceUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_OTHER_INSTANCE_UNSUPPORTED: &str =
    "InvalidOperation.OtherInstanceUnsupported";
/// `InvalidOperation.PermissionExisted` (HTTP 400), listed by 3 operations.
pub const INVALID_OPERATION_PERMISSION_EXISTED: &str = "InvalidOperation.PermissionExisted";
/// `InvalidOperation.PermissionNotExisted` (HTTP 404), listed by 3 operations.
pub const INVALID_OPERATION_PERMISSION_NOT_EXISTED: &str = "InvalidOperation.PermissionNotExisted";
/// `InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc` (HTTP 404), listed by 1 operation.
pub const INVALID_OPERATION_PRIMARY_ENI_ONLY_SUPPORT_MODIFY_NAME_AND_DESC: &str =
    "InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc";
/// `InvalidOperation.PublicIpAddressNoStock` (HTTP 403), listed by 4 operations.
pub const INVALID_OPERATION_PUBLIC_IP_ADDRESS_NO_STOCK: &str =
    "InvalidOperation.PublicIpAddressNoStock";
/// `InvalidOperation.RebootingRequired` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_REBOOTING_REQUIRED: &str = "InvalidOperation.RebootingRequired";
/// `InvalidOperation.RedeployInstance` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_REDEPLOY_INSTANCE: &str = "InvalidOperation.RedeployInstance";
/// `InvalidOperation.RegionNotSupportIpPrefix` (HTTP 500), listed by 5 operations.
pub const INVALID_OPERATION_REGION_NOT_SUPPORT_IP_PREFIX: &str =
    "InvalidOperation.RegionNotSupportIpPrefix";
/// `InvalidOperation.RegionNotSupportNetworkInterfaceId` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_REGION_NOT_SUPPORT_NETWORK_INTERFACE_ID: &str =
    "InvalidOperation.RegionNotSupportNetworkInterfaceId";
/// `InvalidOperation.RelatedSnapshotNotFinished` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_RELATED_SNAPSHOT_NOT_FINISHED: &str =
    "InvalidOperation.RelatedSnapshotNotFinished";
/// `InvalidOperation.ReleasePrivatePoolUnsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_RELEASE_PRIVATE_POOL_UNSUPPORTED: &str =
    "InvalidOperation.ReleasePrivatePoolUnsupported";
/// `InvalidOperation.RepeatModeUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_REPEAT_MODE_UNSUPPORTED: &str =
    "InvalidOperation.RepeatModeUnsupported";
/// `InvalidOperation.ResourceManagedByCloudProduct` (HTTP 403), listed by 18 operations.
pub const INVALID_OPERATION_RESOURCE_MANAGED_BY_CLOUD_PRODUCT: &str =
    "InvalidOperation.ResourceManagedByCloudProduct";
/// `InvalidOperation.RouterInterfaceNotDeleted` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_ROUTER_INTERFACE_NOT_DELETED: &str =
    "InvalidOperation.RouterInterfaceNotDeleted";
/// `InvalidOperation.SecurityGroupNotAuthorized` (HTTP 401), listed by 2 operations.
pub const INVALID_OPERATION_SECURITY_GROUP_NOT_AUTHORIZED: &str =
    "InvalidOperation.SecurityGroupNotAuthorized";
/// `InvalidOperation.SecurityGroupRuleDenied` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_SECURITY_GROUP_RULE_DENIED: &str =
    "InvalidOperation.SecurityGroupRuleDenied";
/// `InvalidOperation.SlaveEniMustHaveBondingEni` (HTTP 404), listed by 1 operation.
pub const INVALID_OPERATION_SLAVE_ENI_MUST_HAVE_BONDING_ENI: &str =
    "InvalidOperation.SlaveEniMustHaveBondingEni";
/// `InvalidOperation.StarterPackage` (HTTP 403), listed by 3 operations.
pub const INVALID_OPERATION_STARTER_PACKAGE: &str = "InvalidOperation.StarterPackage";
/// `InvalidOperation.TrunkingIsNotAllowed` (HTTP 403), listed by 3 operations.
pub const INVALID_OPERATION_TRUNKING_IS_NOT_ALLOWED: &str = "InvalidOperation.TrunkingIsNotAllowed";
/// `Invalid.OperationType` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_OPERATION_TYPE: &str = "Invalid.OperationType";
/// `InvalidOperation.Unauthorized` (HTTP 403), listed by 2 operations.
pub const INVALID_OPERATION_UNAUTHORIZED: &str = "InvalidOperation.Unauthorized";
/// `InvalidOperation.UnfinishedCrossRegionCopy` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_UNFINISHED_CROSS_REGION_COPY: &str =
    "InvalidOperation.UnfinishedCrossRegionCopy";
/// `InvalidOperation.UnfinishedEncryptedSnapshotCopy` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_UNFINISHED_ENCRYPTED_SNAPSHOT_COPY: &str =
    "InvalidOperation.UnfinishedEncryptedSnapshotCopy";
/// `InvalidOperation.Unsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_OPERATION_UNSUPPORTED: &str = "InvalidOperation.Unsupported";
/// `InvalidOperation.UserNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_OPERATION_USER_NOT_SUPPORTED: &str = "InvalidOperation.UserNotSupported";
/// `InvalidOperation.UserNotSupportNetworkCard` (HTTP 400), listed by 2 operations.
pub const INVALID_OPERATION_USER_NOT_SUPPORT_NETWORK_CARD: &str =
    "InvalidOperation.UserNotSupportNetworkCard";
/// `InvalidOperation.VpcHasEnabledAdvancedNetworkFeature` (HTTP 400), listed by 4 operations.
pub const INVALID_OPERATION_VPC_HAS_ENABLED_ADVANCED_NETWORK_FEATURE: &str =
    "InvalidOperation.VpcHasEnabledAdvancedNetworkFeature";
/// `InvalidOperation.VpcMismatch` (HTTP 403), listed by 9 operations.
pub const INVALID_OPERATION_VPC_MISMATCH: &str = "InvalidOperation.VpcMismatch";
/// `InvalidOperation.VswAndEcsAvailabilityZoneMismatch` (HTTP 403), listed by 1 operation.
pub const INVALID_OPERATION_VSW_AND_ECS_AVAILABILITY_ZONE_MISMATCH: &str =
    "InvalidOperation.VswAndEcsAvailabilityZoneMismatch";
/// `InvalidOperation.VSwitchCidrReservationNotExist` (HTTP 404), listed by 3 operations.
pub const INVALID_OPERATION_V_SWITCH_CIDR_RESERVATION_NOT_EXIST: &str =
    "InvalidOperation.VSwitchCidrReservationNotExist";
/// `InvalidOperation.VSwitchIpv6Disabled` (HTTP 404), listed by 2 operations.
pub const INVALID_OPERATION_V_SWITCH_IPV6_DISABLED: &str = "InvalidOperation.VSwitchIpv6Disabled";
/// `InvalidOpposite.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_OPPOSITE_NOT_FOUND: &str = "InvalidOpposite.NotFound";
/// `InvalidOppositeRegionId.NotFound` (HTTP 400, 404), listed by 3 operations.
pub const INVALID_OPPOSITE_REGION_ID_NOT_FOUND: &str = "InvalidOppositeRegionId.NotFound";
/// `InvalidOppositeRouterType` (HTTP 400), listed by 1 operation.
pub const INVALID_OPPOSITE_ROUTER_TYPE: &str = "InvalidOppositeRouterType";
/// `InvalidOppositeRouterType.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_OPPOSITE_ROUTER_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidOppositeRouterType.ValueNotSupported";
/// `InvalidOSSBucket.EncryptUnsupported` (HTTP 403), listed by 2 operations.
pub const INVALID_OSS_BUCKET_ENCRYPT_UNSUPPORTED: &str = "InvalidOSSBucket.EncryptUnsupported";
/// `InvalidOSSBucket.FlowLimit` (HTTP 400), listed by 1 operation.
pub const INVALID_OSS_BUCKET_FLOW_LIMIT: &str = "InvalidOSSBucket.FlowLimit";
/// `InvalidOSSBucket.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_OSS_BUCKET_MALFORMED: &str = "InvalidOSSBucket.Malformed";
/// `InvalidOssBucketName.InOtherRegion` (HTTP 400), listed by 1 operation.
pub const INVALID_OSS_BUCKET_NAME_IN_OTHER_REGION: &str = "InvalidOssBucketName.InOtherRegion";
/// `InvalidOssBucketName.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_OSS_BUCKET_NAME_NOT_FOUND: &str = "InvalidOssBucketName.NotFound";
/// `InvalidOSSBucket.NotFound` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_OSS_BUCKET_NOT_FOUND: &str = "InvalidOSSBucket.NotFound";
/// `InvalidOSSBucket.NotMatched` (HTTP 400), listed by 2 operations.
pub const INVALID_OSS_BUCKET_NOT_MATCHED: &str = "InvalidOSSBucket.NotMatched";
/// `InvalidOSS.NotAuthorized` (HTTP 403), listed by 2 operations.
pub const INVALID_OSS_NOT_AUTHORIZED: &str = "InvalidOSS.NotAuthorized";
/// `InvalidOSSObject.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_OSS_OBJECT_MALFORMED: &str = "InvalidOSSObject.Malformed";
/// `InvalidOSSObject.NeedRestore` (HTTP 400), listed by 2 operations.
pub const INVALID_OSS_OBJECT_NEED_RESTORE: &str = "InvalidOSSObject.NeedRestore";
/// `InvalidOSSObject.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_OSS_OBJECT_NOT_FOUND: &str = "InvalidOSSObject.NotFound";
/// `InvalidOSSObject.Size` (HTTP 400), listed by 1 operation.
pub const INVALID_OSS_OBJECT_SIZE: &str = "InvalidOSSObject.Size";
/// `InvalidOSSPrefix.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_OSS_PREFIX_MALFORMED: &str = "InvalidOSSPrefix.Malformed";
/// `InvalidOSType` (HTTP 404), listed by 1 operation.
pub const INVALID_OS_TYPE: &str = "InvalidOSType";
/// `InvalidOSType.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_OS_TYPE_MALFORMED: &str = "InvalidOSType.Malformed";
/// `Invalid.PackageType` (HTTP 400), listed by 9 operations.
pub const INVALID_PACKAGE_TYPE: &str = "Invalid.PackageType";
/// `Invalid.Param` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAM: &str = "Invalid.Param";
/// Every spelling of [`INVALID_PARAM`] the metadata lists: `Invalid.Param`, `InvalidParam`.
pub const INVALID_PARAM_SPELLINGS: &[&str] = &["Invalid.Param", "InvalidParam"];
/// `InvalidParameter` (HTTP 400, 403, 404, 500), listed by 74 operations.
pub const INVALID_PARAMETER: &str = "InvalidParameter";
/// Every spelling of [`INVALID_PARAMETER`] the metadata lists: `InvalidParameter`, `Invalid.Parameter`.
pub const INVALID_PARAMETER_SPELLINGS: &[&str] = &["InvalidParameter", "Invalid.Parameter"];
/// `InvalidParameters.CountLimitExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETERS_COUNT_LIMIT_EXCEEDED: &str = "InvalidParameters.CountLimitExceeded";
/// `InvalidParameters.KeyDuplicate` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETERS_KEY_DUPLICATE: &str = "InvalidParameters.KeyDuplicate";
/// `InvalidParameters.KeyEmpty` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETERS_KEY_EMPTY: &str = "InvalidParameters.KeyEmpty";
/// `InvalidParameters.KeyLengthLimitExceeded` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETERS_KEY_LENGTH_LIMIT_EXCEEDED: &str =
    "InvalidParameters.KeyLengthLimitExceeded";
/// `InvalidParameters.KeyMalformed` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETERS_KEY_MALFORMED: &str = "InvalidParameters.KeyMalformed";
/// `InvalidParameters.KeyNotMatch` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETERS_KEY_NOT_MATCH: &str = "InvalidParameters.KeyNotMatch";
/// `InvalidParameters.ValueTypeUnsupported` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETERS_VALUE_TYPE_UNSUPPORTED: &str =
    "InvalidParameters.ValueTypeUnsupported";
/// `InvalidParameter.ActionOnMaintenance` (HTTP 404), listed by 2 operations.
pub const INVALID_PARAMETER_ACTION_ON_MAINTENANCE: &str = "InvalidParameter.ActionOnMaintenance";
/// `InvalidParameter.AddressFamily` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_ADDRESS_FAMILY: &str = "InvalidParameter.AddressFamily";
/// `InvalidParameter.AdvancedFeatures` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_ADVANCED_FEATURES: &str = "InvalidParameter.AdvancedFeatures";
/// `InvalidParameter.Affinity` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMETER_AFFINITY: &str = "InvalidParameter.Affinity";
/// `InvalidParameter.AllowedUpgradeWindow` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_ALLOWED_UPGRADE_WINDOW: &str = "InvalidParameter.AllowedUpgradeWindow";
/// `InvalidParameter.AllowMigrateAcrossZone` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_ALLOW_MIGRATE_ACROSS_ZONE: &str =
    "InvalidParameter.AllowMigrateAcrossZone";
/// `InvalidParameter.AllEmpty` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_PARAMETER_ALL_EMPTY: &str = "InvalidParameter.AllEmpty";
/// `InvalidParameter.AlreadyInTargetVpc` (HTTP 404), listed by 1 operation.
pub const INVALID_PARAMETER_ALREADY_IN_TARGET_VPC: &str = "InvalidParameter.AlreadyInTargetVpc";
/// `InvalidParameter.Arns` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMETER_ARNS: &str = "InvalidParameter.Arns";
/// `InvalidParameter.AutoRenewWithEcs` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_AUTO_RENEW_WITH_ECS: &str = "InvalidParameter.AutoRenewWithEcs";
/// `InvalidParameter.Bandwidth` (HTTP 400), listed by 5 operations.
pub const INVALID_PARAMETER_BANDWIDTH: &str = "InvalidParameter.Bandwidth";
/// `InvalidParameter.BandwidthBiggerThanBaseBandwidth` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_BANDWIDTH_BIGGER_THAN_BASE_BANDWIDTH: &str =
    "InvalidParameter.BandwidthBiggerThanBaseBandwidth";
/// `InvalidParameter.BindingInstanceRegion` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_BINDING_INSTANCE_REGION: &str =
    "InvalidParameter.BindingInstanceRegion";
/// `InvalidParameter.Capacity` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_CAPACITY: &str = "InvalidParameter.Capacity";
/// `InvalidParameter.CapacityExceed` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_CAPACITY_EXCEED: &str = "InvalidParameter.CapacityExceed";
/// `InvalidParameterCharacter.CommandDescription` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_CHARACTER_COMMAND_DESCRIPTION: &str =
    "InvalidParameterCharacter.CommandDescription";
/// `InvalidParameterCharacter.CommandName` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_CHARACTER_COMMAND_NAME: &str = "InvalidParameterCharacter.CommandName";
/// `InvalidParameterCharacter.CommandWorkingDir` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_CHARACTER_COMMAND_WORKING_DIR: &str =
    "InvalidParameterCharacter.CommandWorkingDir";
/// `InvalidParameter.CidrDuplicated` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_CIDR_DUPLICATED: &str = "InvalidParameter.CidrDuplicated";
/// `InvalidParameter.CidrMalformed` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_CIDR_MALFORMED: &str = "InvalidParameter.CidrMalformed";
/// `InvalidParameter.CloudboxNotSupported` (HTTP 400), listed by 5 operations.
pub const INVALID_PARAMETER_CLOUDBOX_NOT_SUPPORTED: &str = "InvalidParameter.CloudboxNotSupported";
/// `InvalidParameter.Combination` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_COMBINATION: &str = "InvalidParameter.Combination";
/// `InvalidParameter.Conflict` (HTTP 400), listed by 23 operations.
pub const INVALID_PARAMETER_CONFLICT: &str = "InvalidParameter.Conflict";
/// `InvalidParameter.CopiedSnapshotsRetentionDays` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_COPIED_SNAPSHOTS_RETENTION_DAYS: &str =
    "InvalidParameter.CopiedSnapshotsRetentionDays";
/// `InvalidParameter.CpuOptionsTopologyType` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_CPU_OPTIONS_TOPOLOGY_TYPE: &str =
    "InvalidParameter.CpuOptionsTopologyType";
/// `InvalidParameter.CreditSpecification` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMETER_CREDIT_SPECIFICATION: &str = "InvalidParameter.CreditSpecification";
/// `InvalidParameter.CrossRegionNotSupport` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_CROSS_REGION_NOT_SUPPORT: &str =
    "InvalidParameter.CrossRegionNotSupport";
/// `InvalidParameter.DataEncryptedKeyCreateFailed` (HTTP 400, 403, 500), listed by 5 operations.
pub const INVALID_PARAMETER_DATA_ENCRYPTED_KEY_CREATE_FAILED: &str =
    "InvalidParameter.DataEncryptedKeyCreateFailed";
/// `InvalidParameter.DedicatedHostClusterIds` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_DEDICATED_HOST_CLUSTER_IDS: &str =
    "InvalidParameter.DedicatedHostClusterIds";
/// `InvalidParameter.DedicatedHostIds` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_DEDICATED_HOST_IDS: &str = "InvalidParameter.DedicatedHostIds";
/// `InvalidParameter.DedicatedRegionNotSupported` (HTTP 400), listed by 4 operations.
pub const INVALID_PARAMETER_DEDICATED_REGION_NOT_SUPPORTED: &str =
    "InvalidParameter.DedicatedRegionNotSupported";
/// `InvalidParameter.DeleteWithInstance` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_DELETE_WITH_INSTANCE: &str = "InvalidParameter.DeleteWithInstance";
/// `InvalidParameter.DeploymentSetGroupNo` (HTTP 404), listed by 2 operations.
pub const INVALID_PARAMETER_DEPLOYMENT_SET_GROUP_NO: &str = "InvalidParameter.DeploymentSetGroupNo";
/// `InvalidParameter.Description` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_DESCRIPTION: &str = "InvalidParameter.Description";
/// `InvalidParameterDestinationStorageLocationArn.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_DESTINATION_STORAGE_LOCATION_ARN_MALFORMED: &str =
    "InvalidParameterDestinationStorageLocationArn.Malformed";
/// `InvalidParameterDestinationStorageLocationArn.RegionNotMatch` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_DESTINATION_STORAGE_LOCATION_ARN_REGION_NOT_MATCH: &str =
    "InvalidParameterDestinationStorageLocationArn.RegionNotMatch";
/// `InvalidParameterDestinationStorageLocationArn.Unauthorized` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_DESTINATION_STORAGE_LOCATION_ARN_UNAUTHORIZED: &str =
    "InvalidParameterDestinationStorageLocationArn.Unauthorized";
/// `InvalidParameter.DetectionStrategy` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_DETECTION_STRATEGY: &str = "InvalidParameter.DetectionStrategy";
/// `InvalidParameter.DiskCategory` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_DISK_CATEGORY: &str = "InvalidParameter.DiskCategory";
/// `InvalidParameter.DiskCategoryAndMultiAttachConflict` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_DISK_CATEGORY_AND_MULTI_ATTACH_CONFLICT: &str =
    "InvalidParameter.DiskCategoryAndMultiAttachConflict";
/// `InvalidParameter.DiskCategoryAndMultiAttachNotMatch` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_DISK_CATEGORY_AND_MULTI_ATTACH_NOT_MATCH: &str =
    "InvalidParameter.DiskCategoryAndMultiAttachNotMatch";
/// `InvalidParameter.DiskIds` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_DISK_IDS: &str = "InvalidParameter.DiskIds";
/// `InvalidParameter.DiskType` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_DISK_TYPE: &str = "InvalidParameter.DiskType";
/// `InvalidParameter.Domain` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_DOMAIN: &str = "InvalidParameter.Domain";
/// `InvalidParameter.Duration` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_DURATION: &str = "InvalidParameter.Duration";
/// `InvalidParameter.EncryptedIllegal` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAMETER_ENCRYPTED_ILLEGAL: &str = "InvalidParameter.EncryptedIllegal";
/// `InvalidParameter.Encrypted.KmsNotEnable` (HTTP 400), listed by 5 operations.
pub const INVALID_PARAMETER_ENCRYPTED_KMS_NOT_ENABLE: &str =
    "InvalidParameter.Encrypted.KmsNotEnable";
/// `InvalidParameter.EncryptedNotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMETER_ENCRYPTED_NOT_SUPPORTED: &str =
    "InvalidParameter.EncryptedNotSupported";
/// `InvalidParameter.EndTime` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_PARAMETER_END_TIME: &str = "InvalidParameter.EndTime";
/// `InvalidParameter.EniConnectionTrackingConfiguration` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_ENI_CONNECTION_TRACKING_CONFIGURATION: &str =
    "InvalidParameter.EniConnectionTrackingConfiguration";
/// `InvalidParameter.EniInstanceId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_ENI_INSTANCE_ID: &str = "InvalidParameter.EniInstanceId";
/// `InvalidParameter.EniNo` (HTTP 404), listed by 1 operation.
pub const INVALID_PARAMETER_ENI_NO: &str = "InvalidParameter.EniNo";
/// `InvalidParameter.EniNotBelongEcs` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_PARAMETER_ENI_NOT_BELONG_ECS: &str = "InvalidParameter.EniNotBelongEcs";
/// `InvalidParameter.EniNotBelongTrunk` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_ENI_NOT_BELONG_TRUNK: &str = "InvalidParameter.EniNotBelongTrunk";
/// `InvalidParameter.EniNumExceededWithLaunchEcs` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_ENI_NUM_EXCEEDED_WITH_LAUNCH_ECS: &str =
    "InvalidParameter.EniNumExceededWithLaunchEcs";
/// `InvalidParameter.EniQueueSize` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMETER_ENI_QUEUE_SIZE: &str = "InvalidParameter.EniQueueSize";
/// `InvalidParameter.EniTrafficMode` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_PARAMETER_ENI_TRAFFIC_MODE: &str = "InvalidParameter.EniTrafficMode";
/// `InvalidParameter.EniType` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_ENI_TYPE: &str = "InvalidParameter.EniType";
/// `InvalidParameter.FileGroup` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_FILE_GROUP: &str = "InvalidParameter.FileGroup";
/// `InvalidParameter.FileOwner` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_FILE_OWNER: &str = "InvalidParameter.FileOwner";
/// `InvalidParameterForce.DiskCategoryNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_FORCE_DISK_CATEGORY_NOT_SUPPORTED: &str =
    "InvalidParameterForce.DiskCategoryNotSupported";
/// `InvalidParameterForce.MultiAttachDiskNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_FORCE_MULTI_ATTACH_DISK_NOT_SUPPORTED: &str =
    "InvalidParameterForce.MultiAttachDiskNotSupported";
/// `InvalidParameterForce.PrepaidDiskNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_FORCE_PREPAID_DISK_NOT_SUPPORTED: &str =
    "InvalidParameterForce.PrepaidDiskNotSupported";
/// `InvalidParameterForce.RegionNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_FORCE_REGION_NOT_SUPPORTED: &str =
    "InvalidParameterForce.RegionNotSupported";
/// `InvalidParameter.Frequency` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_FREQUENCY: &str = "InvalidParameter.Frequency";
/// `InvalidParameter.granularity` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_GRANULARITY: &str = "InvalidParameter.granularity";
/// `InvalidParameter.GroupCount` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_GROUP_COUNT: &str = "InvalidParameter.GroupCount";
/// `InvalidParameter.InnerAccessPolicy` (HTTP 404), listed by 1 operation.
pub const INVALID_PARAMETER_INNER_ACCESS_POLICY: &str = "InvalidParameter.InnerAccessPolicy";
/// `InvalidParameter.InstanceId` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_INSTANCE_ID: &str = "InvalidParameter.InstanceId";
/// `InvalidParameter.InstanceIds` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_INSTANCE_IDS: &str = "InvalidParameter.InstanceIds";
/// `InvalidParameter.InstanceTypeNotSupport` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_INSTANCE_TYPE_NOT_SUPPORT: &str =
    "InvalidParameter.InstanceTypeNotSupport";
/// `InvalidParameter.InternetMaxBandwidthOut` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_INTERNET_MAX_BANDWIDTH_OUT: &str =
    "InvalidParameter.InternetMaxBandwidthOut";
/// `InvalidParameter.InvalidDedicatedHostId` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_INVALID_DEDICATED_HOST_ID: &str =
    "InvalidParameter.InvalidDedicatedHostId";
/// `InvalidParameter.InvalidEniQueueNumber` (HTTP 403), listed by 7 operations.
pub const INVALID_PARAMETER_INVALID_ENI_QUEUE_NUMBER: &str =
    "InvalidParameter.InvalidEniQueueNumber";
/// `InvalidParameter.InvalidInstanceId` (HTTP 403, 404), listed by 3 operations.
pub const INVALID_PARAMETER_INVALID_INSTANCE_ID: &str = "InvalidParameter.InvalidInstanceId";
/// `InvalidParameter.InvalidInstanceIdAndVpcId` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_INVALID_INSTANCE_ID_AND_VPC_ID: &str =
    "InvalidParameter.InvalidInstanceIdAndVpcId";
/// `InvalidParameter.InvalidQueuePairNumber` (HTTP 400, 403), listed by 5 operations.
pub const INVALID_PARAMETER_INVALID_QUEUE_PAIR_NUMBER: &str =
    "InvalidParameter.InvalidQueuePairNumber";
/// `InvalidParameter.Ipv6CidrIp` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAMETER_IPV6_CIDR_IP: &str = "InvalidParameter.Ipv6CidrIp";
/// `InvalidParameter.IsPublic` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_IS_PUBLIC: &str = "InvalidParameter.IsPublic";
/// `InvalidParameter.KeypairAlreadyAttachedInstance` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE: &str =
    "InvalidParameter.KeypairAlreadyAttachedInstance";
/// `InvalidParameter.KMSKeyId.CMKNotEnabled` (HTTP 400, 403), listed by 22 operations.
pub const INVALID_PARAMETER_KMS_KEY_ID_CMK_NOT_ENABLED: &str =
    "InvalidParameter.KMSKeyId.CMKNotEnabled";
/// `InvalidParameter.KMSKeyId.CMKUnauthorized` (HTTP 400, 403), listed by 18 operations.
pub const INVALID_PARAMETER_KMS_KEY_ID_CMK_UNAUTHORIZED: &str =
    "InvalidParameter.KMSKeyId.CMKUnauthorized";
/// `InvalidParameter.KMSKeyId.KMSUnauthorized` (HTTP 400, 403), listed by 22 operations.
pub const INVALID_PARAMETER_KMS_KEY_ID_KMS_UNAUTHORIZED: &str =
    "InvalidParameter.KMSKeyId.KMSUnauthorized";
/// `InvalidParameter.KMSKeyId.NotFound` (HTTP 400, 403, 404), listed by 11 operations.
pub const INVALID_PARAMETER_KMS_KEY_ID_NOT_FOUND: &str = "InvalidParameter.KMSKeyId.NotFound";
/// `InvalidParameter.KmsNotEnabled` (HTTP 400, 403), listed by 8 operations.
pub const INVALID_PARAMETER_KMS_NOT_ENABLED: &str = "InvalidParameter.KmsNotEnabled";
/// `InvalidParameter.LaunchPermission` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_LAUNCH_PERMISSION: &str = "InvalidParameter.LaunchPermission";
/// `InvalidParameter.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_MALFORMED: &str = "InvalidParameter.Malformed";
/// `InvalidParameter.MaxPrice` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_PARAMETER_MAX_PRICE: &str = "InvalidParameter.MaxPrice";
/// `InvalidParameter.MaxResults` (HTTP 400), listed by 9 operations.
pub const INVALID_PARAMETER_MAX_RESULTS: &str = "InvalidParameter.MaxResults";
/// `InvalidParameter.MetricId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_METRIC_ID: &str = "InvalidParameter.MetricId";
/// `InvalidParameter.MetricIds` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_METRIC_IDS: &str = "InvalidParameter.MetricIds";
/// `InvalidParameter.MetricSetId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_METRIC_SET_ID: &str = "InvalidParameter.MetricSetId";
/// `InvalidParameter.Mismatch` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_PARAMETER_MISMATCH: &str = "InvalidParameter.Mismatch";
/// `InvalidParameter.MultiAttach` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_MULTI_ATTACH: &str = "InvalidParameter.MultiAttach";
/// `InvalidParameter.MultiAttachAndEnableSharedNotMatch` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_MULTI_ATTACH_AND_ENABLE_SHARED_NOT_MATCH: &str =
    "InvalidParameter.MultiAttachAndEnableSharedNotMatch";
/// `InvalidParameter.MultiAttachAndInstanceIdConflict` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_MULTI_ATTACH_AND_INSTANCE_ID_CONFLICT: &str =
    "InvalidParameter.MultiAttachAndInstanceIdConflict";
/// `InvalidParameter.MustBeEmpty` (HTTP 404), listed by 1 operation.
pub const INVALID_PARAMETER_MUST_BE_EMPTY: &str = "InvalidParameter.MustBeEmpty";
/// `InvalidParameter.Name` (HTTP 400), listed by 8 operations.
pub const INVALID_PARAMETER_NAME: &str = "InvalidParameter.Name";
/// `InvalidParameter.Name.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_NAME_MALFORMED: &str = "InvalidParameter.Name.Malformed";
/// `InvalidParameter.NetworkCardIndexInvalid` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_NETWORK_CARD_INDEX_INVALID: &str =
    "InvalidParameter.NetworkCardIndexInvalid";
/// `InvalidParameter.NetworkInterface` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_NETWORK_INTERFACE: &str = "InvalidParameter.NetworkInterface";
/// `InvalidParameter.NextToken` (HTTP 400), listed by 9 operations.
pub const INVALID_PARAMETER_NEXT_TOKEN: &str = "InvalidParameter.NextToken";
/// `InvalidParameter.NotEnoughIpInVSwitch` (HTTP 404), listed by 1 operation.
pub const INVALID_PARAMETER_NOT_ENOUGH_IP_IN_V_SWITCH: &str =
    "InvalidParameter.NotEnoughIpInVSwitch";
/// `InvalidParameter.NotMatch` (HTTP 403), listed by 10 operations.
pub const INVALID_PARAMETER_NOT_MATCH: &str = "InvalidParameter.NotMatch";
/// `InvalidParameter.OssBucketName` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_OSS_BUCKET_NAME: &str = "InvalidParameter.OssBucketName";
/// `InvalidParameter.OssEncryptionAlgorithm` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_OSS_ENCRYPTION_ALGORITHM: &str =
    "InvalidParameter.OssEncryptionAlgorithm";
/// `InvalidParameter.OssEncryptionKeyId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_OSS_ENCRYPTION_KEY_ID: &str = "InvalidParameter.OssEncryptionKeyId";
/// `InvalidParameter.OssEncryptionType` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_OSS_ENCRYPTION_TYPE: &str = "InvalidParameter.OssEncryptionType";
/// `InvalidParameter.OssPrefix` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_OSS_PREFIX: &str = "InvalidParameter.OssPrefix";
/// `InvalidParameter.Owner` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_OWNER: &str = "InvalidParameter.Owner";
/// `InvalidParameter.PageNumber` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_PAGE_NUMBER: &str = "InvalidParameter.PageNumber";
/// `InvalidParameter.PageSize` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_PAGE_SIZE: &str = "InvalidParameter.PageSize";
/// `InvalidParameter.Param` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_PARAM: &str = "InvalidParameter.Param";
/// `InvalidParameter.Parameters` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_PARAMETERS: &str = "InvalidParameter.Parameters";
/// `InvalidParameter.Period` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_PARAMETER_PERIOD: &str = "InvalidParameter.Period";
/// `InvalidParameter.periodTime` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_PERIOD_TIME: &str = "InvalidParameter.periodTime";
/// `InvalidParameter.PeriodUnit` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_PARAMETER_PERIOD_UNIT: &str = "InvalidParameter.PeriodUnit";
/// `InvalidParameter.Platform` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_PLATFORM: &str = "InvalidParameter.Platform";
/// `InvalidParameter.PrefixListName` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_PREFIX_LIST_NAME: &str = "InvalidParameter.PrefixListName";
/// `InvalidParameter.PrivateIpAddressRepeated` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_PRIVATE_IP_ADDRESS_REPEATED: &str =
    "InvalidParameter.PrivateIpAddressRepeated";
/// `InvalidParameter.PrivatePoolOptions.Id` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_PRIVATE_POOL_OPTIONS_ID: &str =
    "InvalidParameter.PrivatePoolOptions.Id";
/// `InvalidParameter.PrivatePoolOptions.Ids` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMETER_PRIVATE_POOL_OPTIONS_IDS: &str =
    "InvalidParameter.PrivatePoolOptions.Ids";
/// `InvalidParameter.Quantity` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_QUANTITY: &str = "InvalidParameter.Quantity";
/// `InvalidParameter.QueuePairNumberMustEmpty` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_PARAMETER_QUEUE_PAIR_NUMBER_MUST_EMPTY: &str =
    "InvalidParameter.QueuePairNumberMustEmpty";
/// `InvalidParameter.RecycleBin` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_RECYCLE_BIN: &str = "InvalidParameter.RecycleBin";
/// `InvalidParameter.RegionId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_REGION_ID: &str = "InvalidParameter.RegionId";
/// `InvalidParameter.RegionIdAndInstanceId` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_REGION_ID_AND_INSTANCE_ID: &str =
    "InvalidParameter.RegionIdAndInstanceId";
/// `InvalidParameter.RenewalStatus` (HTTP 403), listed by 4 operations.
pub const INVALID_PARAMETER_RENEWAL_STATUS: &str = "InvalidParameter.RenewalStatus";
/// `InvalidParameter.RenewalStatusInstanceId` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_RENEWAL_STATUS_INSTANCE_ID: &str =
    "InvalidParameter.RenewalStatusInstanceId";
/// `InvalidParameter.ReportNotExist` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_REPORT_NOT_EXIST: &str = "InvalidParameter.ReportNotExist";
/// `InvalidParameter.ReservedInstanceIds` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_RESERVED_INSTANCE_IDS: &str = "InvalidParameter.ReservedInstanceIds";
/// `InvalidParameter.ReservedInstanceName` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_PARAMETER_RESERVED_INSTANCE_NAME: &str = "InvalidParameter.ReservedInstanceName";
/// `InvalidParameter.ResourceGroupId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_RESOURCE_GROUP_ID: &str = "InvalidParameter.ResourceGroupId";
/// `InvalidParameter.ResourceOwnerAccount` (HTTP 403), listed by 7 operations.
pub const INVALID_PARAMETER_RESOURCE_OWNER_ACCOUNT: &str = "InvalidParameter.ResourceOwnerAccount";
/// `InvalidParameter.ResourceOwnerId` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_RESOURCE_OWNER_ID: &str = "InvalidParameter.ResourceOwnerId";
/// `InvalidParameter.Scope` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_PARAMETER_SCOPE: &str = "InvalidParameter.Scope";
/// `InvalidParameter.SecurityGroupId` (HTTP 400, 404), listed by 1 operation.
pub const INVALID_PARAMETER_SECURITY_GROUP_ID: &str = "InvalidParameter.SecurityGroupId";
/// `InvalidParameter.SecurityGroupIdRepeated` (HTTP 400, 404), listed by 4 operations.
pub const INVALID_PARAMETER_SECURITY_GROUP_ID_REPEATED: &str =
    "InvalidParameter.SecurityGroupIdRepeated";
/// `InvalidParameter.SecurityGroupType` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_SECURITY_GROUP_TYPE: &str = "InvalidParameter.SecurityGroupType";
/// `InvalidParameter.SettingType` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_SETTING_TYPE: &str = "InvalidParameter.SettingType";
/// `InvalidParameter.SlbUdpTimeout` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_SLB_UDP_TIMEOUT: &str = "InvalidParameter.SlbUdpTimeout";
/// `InvalidParameter.SlsLogstoreName` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_SLS_LOGSTORE_NAME: &str = "InvalidParameter.SlsLogstoreName";
/// `InvalidParameter.SlsProjectName` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_SLS_PROJECT_NAME: &str = "InvalidParameter.SlsProjectName";
/// `InvalidParameter.Spec.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_SPEC_VALUE_NOT_SUPPORTED: &str =
    "InvalidParameter.Spec.ValueNotSupported";
/// `InvalidParameter.SplitOrMerge` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_PARAMETER_SPLIT_OR_MERGE: &str = "InvalidParameter.SplitOrMerge";
/// `InvalidParameter.SpotInstancePoolsToUseCount` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_SPOT_INSTANCE_POOLS_TO_USE_COUNT: &str =
    "InvalidParameter.SpotInstancePoolsToUseCount";
/// `InvalidParameter.Status` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_STATUS: &str = "InvalidParameter.Status";
/// `InvalidParameter.StorageSetId` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_STORAGE_SET_ID: &str = "InvalidParameter.StorageSetId";
/// `InvalidParameter.StorageSetPartitionNumber` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_STORAGE_SET_PARTITION_NUMBER: &str =
    "InvalidParameter.StorageSetPartitionNumber";
/// `InvalidParameter.StorageSetZoneId` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_STORAGE_SET_ZONE_ID: &str = "InvalidParameter.StorageSetZoneId";
/// `InvalidParameter.Strategy` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_STRATEGY: &str = "InvalidParameter.Strategy";
/// `InvalidParameter.TargetCapacity` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_PARAMETER_TARGET_CAPACITY: &str = "InvalidParameter.TargetCapacity";
/// `InvalidParameter.TargetCopyRegions` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_TARGET_COPY_REGIONS: &str = "InvalidParameter.TargetCopyRegions";
/// `InvalidParameter.Tenancy` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_TENANCY: &str = "InvalidParameter.Tenancy";
/// `InvalidParameter.TimeEndBeforeStart` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAMETER_TIME_END_BEFORE_START: &str = "InvalidParameter.TimeEndBeforeStart";
/// `InvalidParameter.TimeZone` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_TIME_ZONE: &str = "InvalidParameter.TimeZone";
/// `InvalidParameter.TooMany` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_TOO_MANY: &str = "InvalidParameter.TooMany";
/// `InvalidParameter.TooManyDataQueried` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_PARAMETER_TOO_MANY_DATA_QUERIED: &str = "InvalidParameter.TooManyDataQueried";
/// `InvalidParameter.TooManyInstanceIds` (HTTP 403), listed by 6 operations.
pub const INVALID_PARAMETER_TOO_MANY_INSTANCE_IDS: &str = "InvalidParameter.TooManyInstanceIds";
/// `InvalidParameter.ToManyDedicatedHostIds` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_TO_MANY_DEDICATED_HOST_IDS: &str =
    "InvalidParameter.ToManyDedicatedHostIds";
/// `InvalidParameter.ToManyInstanceIds` (HTTP 403), listed by 6 operations.
pub const INVALID_PARAMETER_TO_MANY_INSTANCE_IDS: &str = "InvalidParameter.ToManyInstanceIds";
/// `InvalidParameter.ToSecurityGroupId` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMETER_TO_SECURITY_GROUP_ID: &str = "InvalidParameter.ToSecurityGroupId";
/// `InvalidParameter.UdpTimeout` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAMETER_UDP_TIMEOUT: &str = "InvalidParameter.UdpTimeout";
/// `InvalidParameter.ValueNotSupported` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMETER_VALUE_NOT_SUPPORTED: &str = "InvalidParameter.ValueNotSupported";
/// `InvalidParameter.VSwitchId` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_PARAMETER_V_SWITCH_ID: &str = "InvalidParameter.VSwitchId";
/// `InvalidParameter.WeightedCapacityBeyondRange` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMETER_WEIGHTED_CAPACITY_BEYOND_RANGE: &str =
    "InvalidParameter.WeightedCapacityBeyondRange";
/// `InvalidParameter.WorkingDir` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMETER_WORKING_DIR: &str = "InvalidParameter.WorkingDir";
/// `InvalidParams` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMS: &str = "InvalidParams";
/// `InvalidParams.CreateEniParams` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAMS_CREATE_ENI_PARAMS: &str = "InvalidParams.CreateEniParams";
/// `InvalidParams.EndTime` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_END_TIME: &str = "InvalidParams.EndTime";
/// `InvalidParams.EniId` (HTTP 400), listed by 5 operations.
pub const INVALID_PARAMS_ENI_ID: &str = "InvalidParams.EniId";
/// `InvalidParams.GroupType` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_GROUP_TYPE: &str = "InvalidParams.GroupType";
/// `InvalidParams.HostnameExceed` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMS_HOSTNAME_EXCEED: &str = "InvalidParams.HostnameExceed";
/// `InvalidParams.InstanceNameExceed` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAMS_INSTANCE_NAME_EXCEED: &str = "InvalidParams.InstanceNameExceed";
/// `InvalidParams.InstanceType` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_INSTANCE_TYPE: &str = "InvalidParams.InstanceType";
/// `InvalidParams.IoOptimized` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_IO_OPTIMIZED: &str = "InvalidParams.IoOptimized";
/// `InvalidParams.NetworkInterfaceName` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAMS_NETWORK_INTERFACE_NAME: &str = "InvalidParams.NetworkInterfaceName";
/// `InvalidParams.NetworkType` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_NETWORK_TYPE: &str = "InvalidParams.NetworkType";
/// `InvalidParams.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_NOT_FOUND: &str = "InvalidParams.NotFound";
/// `InvalidParams.Offset` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_OFFSET: &str = "InvalidParams.Offset";
/// `InvalidParams.OSType` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_OS_TYPE: &str = "InvalidParams.OSType";
/// `InvalidParams.PageSize` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_PAGE_SIZE: &str = "InvalidParams.PageSize";
/// `InvalidParams.RegionId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_REGION_ID: &str = "InvalidParams.RegionId";
/// `InvalidParams.StartTime` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_START_TIME: &str = "InvalidParams.StartTime";
/// `InvalidParams.VpcIdGroupType` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_VPC_ID_GROUP_TYPE: &str = "InvalidParams.VpcIdGroupType";
/// `InvalidParams.ZoneId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAMS_ZONE_ID: &str = "InvalidParams.ZoneId";
/// `InvalidParamter` (HTTP 400, 403), listed by 5 operations.
pub const INVALID_PARAMTER: &str = "InvalidParamter";
/// `InvalidParamter.Conflict` (HTTP 400, 403), listed by 7 operations.
pub const INVALID_PARAMTER_CONFLICT: &str = "InvalidParamter.Conflict";
/// `InvalidParam.AllocatePublicIp` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_ALLOCATE_PUBLIC_IP: &str = "InvalidParam.AllocatePublicIp";
/// `InvalidParam.Amount` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_AMOUNT: &str = "InvalidParam.Amount";
/// `InvalidParam.Async` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_ASYNC: &str = "InvalidParam.Async";
/// `InvalidParam.ConfidentialComputingMode` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_CONFIDENTIAL_COMPUTING_MODE: &str =
    "InvalidParam.ConfidentialComputingMode";
/// `InvalidParam.Cores` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAM_CORES: &str = "InvalidParam.Cores";
/// `InvalidParam.CpuOptionsCore` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_CPU_OPTIONS_CORE: &str = "InvalidParam.CpuOptionsCore";
/// `InvalidParam.CpuOptionsNuma` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_CPU_OPTIONS_NUMA: &str = "InvalidParam.CpuOptionsNuma";
/// `InvalidParam.DedicatedHostId` (HTTP 400, 404), listed by 1 operation.
pub const INVALID_PARAM_DEDICATED_HOST_ID: &str = "InvalidParam.DedicatedHostId";
/// `InvalidParam.DestCidrIp` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_DEST_CIDR_IP: &str = "InvalidParam.DestCidrIp";
/// `InvalidParam.DestIp` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_DEST_IP: &str = "InvalidParam.DestIp";
/// `InvalidParam.DuplicatePermissions` (HTTP 400), listed by 4 operations.
pub const INVALID_PARAM_DUPLICATE_PERMISSIONS: &str = "InvalidParam.DuplicatePermissions";
/// `InvalidParam.EncryptedMismatch` (HTTP 400), listed by 5 operations.
pub const INVALID_PARAM_ENCRYPTED_MISMATCH: &str = "InvalidParam.EncryptedMismatch";
/// `InvalidParam.EniIdAndInstanceId.Conflict` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAM_ENI_ID_AND_INSTANCE_ID_CONFLICT: &str =
    "InvalidParam.EniIdAndInstanceId.Conflict";
/// `InvalidParam.ExcludeDiskIdsAndDiskIds.Conflict` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_EXCLUDE_DISK_IDS_AND_DISK_IDS_CONFLICT: &str =
    "InvalidParam.ExcludeDiskIdsAndDiskIds.Conflict";
/// `InvalidParam.ExpectedRenewDay` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_EXPECTED_RENEW_DAY: &str = "InvalidParam.ExpectedRenewDay";
/// `InvalidParam.Frequency` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAM_FREQUENCY: &str = "InvalidParam.Frequency";
/// `InvalidParam.InstanceId` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_INSTANCE_ID: &str = "InvalidParam.InstanceId";
/// `InvalidParam.InvalidModifyRuleRequest` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAM_INVALID_MODIFY_RULE_REQUEST: &str = "InvalidParam.InvalidModifyRuleRequest";
/// `InvalidParam.Ipv4ProtocolConflictWithIpv6Address` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_IPV4_PROTOCOL_CONFLICT_WITH_IPV6_ADDRESS: &str =
    "InvalidParam.Ipv4ProtocolConflictWithIpv6Address";
/// `InvalidParam.Ipv6DestCidrIp` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_IPV6_DEST_CIDR_IP: &str = "InvalidParam.Ipv6DestCidrIp";
/// `InvalidParam.Ipv6ProtocolConflictWithIpv4Address` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_IPV6_PROTOCOL_CONFLICT_WITH_IPV4_ADDRESS: &str =
    "InvalidParam.Ipv6ProtocolConflictWithIpv4Address";
/// `InvalidParam.Ipv6SourceCidrIp` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_IPV6_SOURCE_CIDR_IP: &str = "InvalidParam.Ipv6SourceCidrIp";
/// `InvalidParam.IpAssign` (HTTP 403), listed by 2 operations.
pub const INVALID_PARAM_IP_ASSIGN: &str = "InvalidParam.IpAssign";
/// `InvalidParam.IpCount` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_IP_COUNT: &str = "InvalidParam.IpCount";
/// `InvalidParam.Malformed` (HTTP 403, 4003), listed by 3 operations.
pub const INVALID_PARAM_MALFORMED: &str = "InvalidParam.Malformed";
/// `InvalidParam.Memory` (HTTP 403), listed by 3 operations.
pub const INVALID_PARAM_MEMORY: &str = "InvalidParam.Memory";
/// `InvalidParam.ModifyRouterInterface` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_MODIFY_ROUTER_INTERFACE: &str = "InvalidParam.ModifyRouterInterface";
/// `InvalidParam.NetworkInterface` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_NETWORK_INTERFACE: &str = "InvalidParam.NetworkInterface";
/// `InvalidParam.NotFound` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAM_NOT_FOUND: &str = "InvalidParam.NotFound";
/// `InvalidParam.NotNull` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_NOT_NULL: &str = "InvalidParam.NotNull";
/// `InvalidParam.NotSupportJumboFrame` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAM_NOT_SUPPORT_JUMBO_FRAME: &str = "InvalidParam.NotSupportJumboFrame";
/// `InvalidParam.PageNumber` (HTTP 400), listed by 8 operations.
pub const INVALID_PARAM_PAGE_NUMBER: &str = "InvalidParam.PageNumber";
/// `InvalidParam.PageSize` (HTTP 400), listed by 8 operations.
pub const INVALID_PARAM_PAGE_SIZE: &str = "InvalidParam.PageSize";
/// `InvalidParam.Permissions` (HTTP 400), listed by 4 operations.
pub const INVALID_PARAM_PERMISSIONS: &str = "InvalidParam.Permissions";
/// `InvalidParam.PortRange` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_PORT_RANGE: &str = "InvalidParam.PortRange";
/// `InvalidParam.PrefixListAddressFamilyMismatch` (HTTP 400), listed by 4 operations.
pub const INVALID_PARAM_PREFIX_LIST_ADDRESS_FAMILY_MISMATCH: &str =
    "InvalidParam.PrefixListAddressFamilyMismatch";
/// `InvalidParam.ProtocolAndAddressFamilyMismatch` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAM_PROTOCOL_AND_ADDRESS_FAMILY_MISMATCH: &str =
    "InvalidParam.ProtocolAndAddressFamilyMismatch";
/// `InvalidParam.ProtocolAndPortRangeMismatch` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAM_PROTOCOL_AND_PORT_RANGE_MISMATCH: &str =
    "InvalidParam.ProtocolAndPortRangeMismatch";
/// `InvalidParam.RegionId` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_REGION_ID: &str = "InvalidParam.RegionId";
/// `InvalidParam.SecondaryIp` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_SECONDARY_IP: &str = "InvalidParam.SecondaryIp";
/// `InvalidParam.SecondaryNetworkInterface` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_SECONDARY_NETWORK_INTERFACE: &str =
    "InvalidParam.SecondaryNetworkInterface";
/// `InvalidParam.SecurityGroupRuleId` (HTTP 400), listed by 4 operations.
pub const INVALID_PARAM_SECURITY_GROUP_RULE_ID: &str = "InvalidParam.SecurityGroupRuleId";
/// `InvalidParam.SecurityGroupRuleIdRepeated` (HTTP 400), listed by 2 operations.
pub const INVALID_PARAM_SECURITY_GROUP_RULE_ID_REPEATED: &str =
    "InvalidParam.SecurityGroupRuleIdRepeated";
/// `InvalidParam.SourceCidrIp` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_SOURCE_CIDR_IP: &str = "InvalidParam.SourceCidrIp";
/// `InvalidParam.SourceIp` (HTTP 400), listed by 6 operations.
pub const INVALID_PARAM_SOURCE_IP: &str = "InvalidParam.SourceIp";
/// `InvalidParam.SystemDiskCategory` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_SYSTEM_DISK_CATEGORY: &str = "InvalidParam.SystemDiskCategory";
/// `InvalidParam.Tenancy` (HTTP 400), listed by 3 operations.
pub const INVALID_PARAM_TENANCY: &str = "InvalidParam.Tenancy";
/// `InvalidParam.TrustedSystemMode` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_TRUSTED_SYSTEM_MODE: &str = "InvalidParam.TrustedSystemMode";
/// `InvalidParam.Type` (HTTP 400), listed by 1 operation.
pub const INVALID_PARAM_TYPE: &str = "InvalidParam.Type";
/// `InvalidParam.TypeAndCpuMem.Conflict` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_PARAM_TYPE_AND_CPU_MEM_CONFLICT: &str = "InvalidParam.TypeAndCpuMem.Conflict";
/// `InvalidParam.Zone` (HTTP 404), listed by 1 operation.
pub const INVALID_PARAM_ZONE: &str = "InvalidParam.Zone";
/// `InvalidParam.ZoneIdAndInstanceId.Conflict` (HTTP 403), listed by 1 operation.
pub const INVALID_PARAM_ZONE_ID_AND_INSTANCE_ID_CONFLICT: &str =
    "InvalidParam.ZoneIdAndInstanceId.Conflict";
/// `InvalidPassword.Malformed` (HTTP 400), listed by 5 operations.
pub const INVALID_PASSWORD_MALFORMED: &str = "InvalidPassword.Malformed";
/// `InvalidPasswordParam.Mismatch` (HTTP 400), listed by 3 operations.
pub const INVALID_PASSWORD_PARAM_MISMATCH: &str = "InvalidPasswordParam.Mismatch";
/// `InvalidPayAsYouGoAllocationStrategy.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PAY_AS_YOU_GO_ALLOCATION_STRATEGY_VALUE_NOT_SUPPORTED: &str =
    "InvalidPayAsYouGoAllocationStrategy.ValueNotSupported";
/// `InvalidPayMethod` (HTTP 403), listed by 3 operations.
pub const INVALID_PAY_METHOD: &str = "InvalidPayMethod";
/// `InvalidPayMethod.SyncPaymentNotSupport` (HTTP 400), listed by 1 operation.
pub const INVALID_PAY_METHOD_SYNC_PAYMENT_NOT_SUPPORT: &str =
    "InvalidPayMethod.SyncPaymentNotSupport";
/// `InvalidPayType.NotSupport` (HTTP 404), listed by 1 operation.
pub const INVALID_PAY_TYPE_NOT_SUPPORT: &str = "InvalidPayType.NotSupport";
/// `InvalidPeeringSubnetMask.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_PEERING_SUBNET_MASK_MALFORMED: &str = "InvalidPeeringSubnetMask.Malformed";
/// `InvalidPeerLocation.Malformd` (HTTP 400), listed by 2 operations.
pub const INVALID_PEER_LOCATION_MALFORMD: &str = "InvalidPeerLocation.Malformd";
/// `InvalidPerformanceControlOptions.ModifyOperationUnsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PERFORMANCE_CONTROL_OPTIONS_MODIFY_OPERATION_UNSUPPORTED: &str =
    "InvalidPerformanceControlOptions.ModifyOperationUnsupported";
/// `InvalidPerformanceLevel.Malformed` (HTTP 400), listed by 8 operations.
pub const INVALID_PERFORMANCE_LEVEL_MALFORMED: &str = "InvalidPerformanceLevel.Malformed";
/// `InvalidPerformanceLevelParam.Mismatch` (HTTP 400), listed by 1 operation.
pub const INVALID_PERFORMANCE_LEVEL_PARAM_MISMATCH: &str = "InvalidPerformanceLevelParam.Mismatch";
/// `InvalidPerformanceLevel.TooLow` (HTTP 403), listed by 1 operation.
pub const INVALID_PERFORMANCE_LEVEL_TOO_LOW: &str = "InvalidPerformanceLevel.TooLow";
/// `InvalidPerformanceLevel.ValueNotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_PERFORMANCE_LEVEL_VALUE_NOT_SUPPORTED: &str =
    "InvalidPerformanceLevel.ValueNotSupported";
/// `InvalidPerformanceParameter.DiskNotInDedicatedStorageCluster` (HTTP 403), listed by 1 operation.
pub const INVALID_PERFORMANCE_PARAMETER_DISK_NOT_IN_DEDICATED_STORAGE_CLUSTER: &str =
    "InvalidPerformanceParameter.DiskNotInDedicatedStorageCluster";
/// `InvalidPeriod` (HTTP 400), listed by 8 operations.
pub const INVALID_PERIOD: &str = "InvalidPeriod";
/// `InvalidPeriod.ExceededDedicatedHost` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_PERIOD_EXCEEDED_DEDICATED_HOST: &str = "InvalidPeriod.ExceededDedicatedHost";
/// `InvalidPeriod.ExceededMaximumExpiration` (HTTP 400), listed by 1 operation.
pub const INVALID_PERIOD_EXCEEDED_MAXIMUM_EXPIRATION: &str =
    "InvalidPeriod.ExceededMaximumExpiration";
/// `InvalidPeriod.ExceededMaximumExpirationDate` (HTTP 400), listed by 1 operation.
pub const INVALID_PERIOD_EXCEEDED_MAXIMUM_EXPIRATION_DATE: &str =
    "InvalidPeriod.ExceededMaximumExpirationDate";
/// `InvalidPeriod.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_PERIOD_NOT_FOUND: &str = "InvalidPeriod.NotFound";
/// `InvalidPeriod.StarterPackage` (HTTP 403), listed by 2 operations.
pub const INVALID_PERIOD_STARTER_PACKAGE: &str = "InvalidPeriod.StarterPackage";
/// `InvalidPeriodType.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PERIOD_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidPeriodType.ValueNotSupported";
/// `Invalid.PeriodUnit` (HTTP 400), listed by 1 operation.
pub const INVALID_PERIOD_UNIT: &str = "Invalid.PeriodUnit";
/// `InvalidPeriod.UnitMismatch` (HTTP 400), listed by 2 operations.
pub const INVALID_PERIOD_UNIT_MISMATCH: &str = "InvalidPeriod.UnitMismatch";
/// `InvalidPeriodUnit.ValueNotSupported` (HTTP 400, 403), listed by 9 operations.
pub const INVALID_PERIOD_UNIT_VALUE_NOT_SUPPORTED: &str = "InvalidPeriodUnit.ValueNotSupported";
/// `InvalidPeriod.ValueNotSupported` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_PERIOD_VALUE_NOT_SUPPORTED: &str = "InvalidPeriod.ValueNotSupported";
/// `InvalidPermission.ResourceShareAssocoated` (HTTP 400), listed by 1 operation.
pub const INVALID_PERMISSION_RESOURCE_SHARE_ASSOCOATED: &str =
    "InvalidPermission.ResourceShareAssocoated";
/// `InvalidPhysicalConnectionBandwidth.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_PHYSICAL_CONNECTION_BANDWIDTH_MALFORMED: &str =
    "InvalidPhysicalConnectionBandwidth.Malformed";
/// `InvalidPhysicalConnectionBusinessStatus` (HTTP 400), listed by 1 operation.
pub const INVALID_PHYSICAL_CONNECTION_BUSINESS_STATUS: &str =
    "InvalidPhysicalConnectionBusinessStatus";
/// `InvalidPhysicalConnectionId.NotEnabled` (HTTP 400), listed by 1 operation.
pub const INVALID_PHYSICAL_CONNECTION_ID_NOT_ENABLED: &str =
    "InvalidPhysicalConnectionId.NotEnabled";
/// `InvalidPhysicalConnectionId.NotFound` (HTTP 400, 404), listed by 7 operations.
pub const INVALID_PHYSICAL_CONNECTION_ID_NOT_FOUND: &str = "InvalidPhysicalConnectionId.NotFound";
/// `InvalidPhysicalConnectionId.NotMatched` (HTTP 400), listed by 1 operation.
pub const INVALID_PHYSICAL_CONNECTION_ID_NOT_MATCHED: &str =
    "InvalidPhysicalConnectionId.NotMatched";
/// `InvalidPhysicalConnectionOperator.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_PHYSICAL_CONNECTION_OPERATOR_MALFORMED: &str =
    "InvalidPhysicalConnectionOperator.Malformed";
/// `InvalidPhysicalConnectionPortType.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_PHYSICAL_CONNECTION_PORT_TYPE_MALFORMED: &str =
    "InvalidPhysicalConnectionPortType.Malformed";
/// `InvalidPlatform.Malformed` (HTTP 400), listed by 3 operations.
pub const INVALID_PLATFORM_MALFORMED: &str = "InvalidPlatform.Malformed";
/// `InvalidPlatform.ValueNotSupported` (HTTP 400, 403), listed by 15 operations.
pub const INVALID_PLATFORM_VALUE_NOT_SUPPORTED: &str = "InvalidPlatform.ValueNotSupported";
/// `InvalidPluginName.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_PLUGIN_NAME_NOT_FOUND: &str = "InvalidPluginName.NotFound";
/// `InvalidPolicy.Malformed` (HTTP 400), listed by 7 operations.
pub const INVALID_POLICY_MALFORMED: &str = "InvalidPolicy.Malformed";
/// `InvalidPortRange.Malformed` (HTTP 400), listed by 4 operations.
pub const INVALID_PORT_RANGE_MALFORMED: &str = "InvalidPortRange.Malformed";
/// `InvalidPortType.Malformd` (HTTP 400), listed by 2 operations.
pub const INVALID_PORT_TYPE_MALFORMD: &str = "InvalidPortType.Malformd";
/// `InvalidPortType.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_PORT_TYPE_NOT_FOUND: &str = "InvalidPortType.NotFound";
/// `InvalidPrefixListId.NotFound` (HTTP 400, 404), listed by 10 operations.
pub const INVALID_PREFIX_LIST_ID_NOT_FOUND: &str = "InvalidPrefixListId.NotFound";
/// `InvalidPrice.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_PRICE_NOT_FOUND: &str = "InvalidPrice.NotFound";
/// `InvalidPriceUnit.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_PRICE_UNIT_VALUE_NOT_SUPPORTED: &str = "InvalidPriceUnit.ValueNotSupported";
/// `InvalidPrimaryIpAddress.SizeInvalid` (HTTP 400), listed by 1 operation.
pub const INVALID_PRIMARY_IP_ADDRESS_SIZE_INVALID: &str = "InvalidPrimaryIpAddress.SizeInvalid";
/// `InvalidPriority.Malformed` (HTTP 400), listed by 6 operations.
pub const INVALID_PRIORITY_MALFORMED: &str = "InvalidPriority.Malformed";
/// `InvalidPriorityStrategy.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_PRIORITY_STRATEGY_VALUE_NOT_SUPPORTED: &str =
    "InvalidPriorityStrategy.ValueNotSupported";
/// `InvalidPriority.ValueNotSupported` (HTTP 400), listed by 6 operations.
pub const INVALID_PRIORITY_VALUE_NOT_SUPPORTED: &str = "InvalidPriority.ValueNotSupported";
/// `InvalidPrivateIpAddress` (HTTP 400), listed by 2 operations.
pub const INVALID_PRIVATE_IP_ADDRESS: &str = "InvalidPrivateIpAddress";
/// `InvalidPrivateIpAddress.Duplicated` (HTTP 400), listed by 6 operations.
pub const INVALID_PRIVATE_IP_ADDRESS_DUPLICATED: &str = "InvalidPrivateIpAddress.Duplicated";
/// `InvalidPrivateIpAddress.Malformed` (HTTP 400, 403), listed by 5 operations.
pub const INVALID_PRIVATE_IP_ADDRESS_MALFORMED: &str = "InvalidPrivateIpAddress.Malformed";
/// `InvalidPrivateIpAddress.Mismatch` (HTTP 400), listed by 1 operation.
pub const INVALID_PRIVATE_IP_ADDRESS_MISMATCH: &str = "InvalidPrivateIpAddress.Mismatch";
/// `InvalidPrivateIp.Changing` (HTTP 400), listed by 1 operation.
pub const INVALID_PRIVATE_IP_CHANGING: &str = "InvalidPrivateIp.Changing";
/// `InvalidPrivateIp.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_PRIVATE_IP_NOT_FOUND: &str = "InvalidPrivateIp.NotFound";
/// `InvalidPrivatePoolId.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_PRIVATE_POOL_ID_NOT_FOUND: &str = "InvalidPrivatePoolId.NotFound";
/// `Invalid.PrivatePoolOptions.Id` (HTTP 400), listed by 11 operations.
pub const INVALID_PRIVATE_POOL_OPTIONS_ID: &str = "Invalid.PrivatePoolOptions.Id";
/// Every spelling of [`INVALID_PRIVATE_POOL_OPTIONS_ID`] the metadata lists: `Invalid.PrivatePoolOptions.Id`, `Invalid.PrivatePoolOptionsId`, `InvalidPrivatePoolOptions.Id`.
pub const INVALID_PRIVATE_POOL_OPTIONS_ID_SPELLINGS: &[&str] = &[
    "Invalid.PrivatePoolOptions.Id",
    "Invalid.PrivatePoolOptionsId",
    "InvalidPrivatePoolOptions.Id",
];
/// `Invalid.PrivatePoolOptions.Ids` (HTTP 400), listed by 9 operations.
pub const INVALID_PRIVATE_POOL_OPTIONS_IDS: &str = "Invalid.PrivatePoolOptions.Ids";
/// `Invalid.PrivatePoolOptions.MatchCriteria` (HTTP 400), listed by 13 operations.
pub const INVALID_PRIVATE_POOL_OPTIONS_MATCH_CRITERIA: &str =
    "Invalid.PrivatePoolOptions.MatchCriteria";
/// `Invalid.PrivatePoolOptionsName.MalFormed` (HTTP 400), listed by 2 operations.
pub const INVALID_PRIVATE_POOL_OPTIONS_NAME_MAL_FORMED: &str =
    "Invalid.PrivatePoolOptionsName.MalFormed";
/// `InvalidPrivatePoolOptionsName.ValueNotSupported` (HTTP 403), listed by 2 operations.
pub const INVALID_PRIVATE_POOL_OPTIONS_NAME_VALUE_NOT_SUPPORTED: &str =
    "InvalidPrivatePoolOptionsName.ValueNotSupported";
/// `Invalid.PrivatePoolOptions.NoStock` (HTTP 400), listed by 5 operations.
pub const INVALID_PRIVATE_POOL_OPTIONS_NO_STOCK: &str = "Invalid.PrivatePoolOptions.NoStock";
/// `Invalid.PrivatePoolOptions.status` (HTTP 400), listed by 11 operations.
pub const INVALID_PRIVATE_POOL_OPTIONS_STATUS: &str = "Invalid.PrivatePoolOptions.status";
/// `Invalid.PrivatePool.Purchase` (HTTP 400), listed by 9 operations.
pub const INVALID_PRIVATE_POOL_PURCHASE: &str = "Invalid.PrivatePool.Purchase";
/// `InvalidProtocal.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_PROTOCAL_VALUE_NOT_SUPPORTED: &str = "InvalidProtocal.ValueNotSupported";
/// `InvalidProvisionedIops.LimitExceed` (HTTP 400), listed by 3 operations.
pub const INVALID_PROVISIONED_IOPS_LIMIT_EXCEED: &str = "InvalidProvisionedIops.LimitExceed";
/// `InvalidPublicKeyBody.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_PUBLIC_KEY_BODY_MALFORMED: &str = "InvalidPublicKeyBody.Malformed";
/// `InvalidRamRole.NotEcsRole` (HTTP 401, 404), listed by 3 operations.
pub const INVALID_RAM_ROLE_NOT_ECS_ROLE: &str = "InvalidRamRole.NotEcsRole";
/// `InvalidRamRole.NotFound` (HTTP 404), listed by 4 operations.
pub const INVALID_RAM_ROLE_NOT_FOUND: &str = "InvalidRamRole.NotFound";
/// `InvalidRebootTime.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_REBOOT_TIME_MALFORMED: &str = "InvalidRebootTime.Malformed";
/// `InvalidRebootTime.MalFormed` (HTTP 400), listed by 1 operation.
pub const INVALID_REBOOT_TIME_MAL_FORMED: &str = "InvalidRebootTime.MalFormed";
/// `InvalidRebootTime.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_REBOOT_TIME_VALUE_NOT_SUPPORTED: &str = "InvalidRebootTime.ValueNotSupported";
/// `InvalidRedundantPhysicalConnection` (HTTP 400), listed by 2 operations.
pub const INVALID_REDUNDANT_PHYSICAL_CONNECTION: &str = "InvalidRedundantPhysicalConnection";
/// `InvalidRedundantPhysicalConnectionId.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_REDUNDANT_PHYSICAL_CONNECTION_ID_NOT_FOUND: &str =
    "InvalidRedundantPhysicalConnectionId.NotFound";
/// `InvalidRedundantPhysicalConnectionStatus` (HTTP 400), listed by 2 operations.
pub const INVALID_REDUNDANT_PHYSICAL_CONNECTION_STATUS: &str =
    "InvalidRedundantPhysicalConnectionStatus";
/// `Invalid.RegionId` (HTTP 404), listed by 3 operations.
pub const INVALID_REGION_ID: &str = "Invalid.RegionId";
/// Every spelling of [`INVALID_REGION_ID`] the metadata lists: `Invalid.RegionId`, `InvalidRegionId`.
pub const INVALID_REGION_ID_SPELLINGS: &[&str] = &["Invalid.RegionId", "InvalidRegionId"];
/// `InvalidRegionId.Malformed` (HTTP 403), listed by 2 operations.
pub const INVALID_REGION_ID_MALFORMED: &str = "InvalidRegionId.Malformed";
/// `InvalidRegionId.MalFormed` (HTTP 400, 403), listed by 15 operations.
pub const INVALID_REGION_ID_MAL_FORMED: &str = "InvalidRegionId.MalFormed";
/// `InvalidRegionId.NotExists` (HTTP 403), listed by 2 operations.
pub const INVALID_REGION_ID_NOT_EXISTS: &str = "InvalidRegionId.NotExists";
/// `InvalidRegionId.NotFound` (HTTP 400, 403, 404, 500), listed by 131 operations.
pub const INVALID_REGION_ID_NOT_FOUND: &str = "InvalidRegionId.NotFound";
/// `InvalidRegionId.NotSupport` (HTTP 404), listed by 1 operation.
pub const INVALID_REGION_ID_NOT_SUPPORT: &str = "InvalidRegionId.NotSupport";
/// `InvalidRegionId.NotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_REGION_ID_NOT_SUPPORTED: &str = "InvalidRegionId.NotSupported";
/// `InvalidRegionId.NotSupportedEncryptedSnapshotCopy` (HTTP 403), listed by 1 operation.
pub const INVALID_REGION_ID_NOT_SUPPORTED_ENCRYPTED_SNAPSHOT_COPY: &str =
    "InvalidRegionId.NotSupportedEncryptedSnapshotCopy";
/// `InvalidRegionId.NotSupportEncryptAlgorithm` (HTTP 403), listed by 7 operations.
pub const INVALID_REGION_ID_NOT_SUPPORT_ENCRYPT_ALGORITHM: &str =
    "InvalidRegionId.NotSupportEncryptAlgorithm";
/// `InvalidRegionId.NotSupportReplaceEncryptedSystemDisk` (HTTP 400), listed by 1 operation.
pub const INVALID_REGION_ID_NOT_SUPPORT_REPLACE_ENCRYPTED_SYSTEM_DISK: &str =
    "InvalidRegionId.NotSupportReplaceEncryptedSystemDisk";
/// `InvalidRegionId.ResourceGroup` (HTTP 403), listed by 1 operation.
pub const INVALID_REGION_ID_RESOURCE_GROUP: &str = "InvalidRegionId.ResourceGroup";
/// `InvalidRegionInstance` (HTTP 400), listed by 3 operations.
pub const INVALID_REGION_INSTANCE: &str = "InvalidRegionInstance";
/// `InvalidRegion.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_REGION_MALFORMED: &str = "InvalidRegion.Malformed";
/// `InvalidRegion.NotExist` (HTTP 400), listed by 7 operations.
pub const INVALID_REGION_NOT_EXIST: &str = "InvalidRegion.NotExist";
/// `InvalidRegion.NotFound` (HTTP 400, 404), listed by 9 operations.
pub const INVALID_REGION_NOT_FOUND: &str = "InvalidRegion.NotFound";
/// `InvalidRegion.NotSupport` (HTTP 400, 403), listed by 12 operations.
pub const INVALID_REGION_NOT_SUPPORT: &str = "InvalidRegion.NotSupport";
/// `InvalidRegion.NotSupportSnapshotInstantAccessRegion` (HTTP 403), listed by 2 operations.
pub const INVALID_REGION_NOT_SUPPORT_SNAPSHOT_INSTANT_ACCESS_REGION: &str =
    "InvalidRegion.NotSupportSnapshotInstantAccessRegion";
/// `InvalidRegion.ValueNotSupported` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_REGION_VALUE_NOT_SUPPORTED: &str = "InvalidRegion.ValueNotSupported";
/// `InvalidRelationResource.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_RELATION_RESOURCE_NOT_FOUND: &str = "InvalidRelationResource.NotFound";
/// `InvalidRemoteConnectionOptions.Password` (HTTP 400), listed by 1 operation.
pub const INVALID_REMOTE_CONNECTION_OPTIONS_PASSWORD: &str =
    "InvalidRemoteConnectionOptions.Password";
/// `InvalidRemoteConnectionOptions.Type` (HTTP 400), listed by 1 operation.
pub const INVALID_REMOTE_CONNECTION_OPTIONS_TYPE: &str = "InvalidRemoteConnectionOptions.Type";
/// `InvalidRemovedIpAddresses.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_REMOVED_IP_ADDRESSES_NOT_FOUND: &str = "InvalidRemovedIpAddresses.NotFound";
/// Every spelling of [`INVALID_REMOVED_IP_ADDRESSES_NOT_FOUND`] the metadata lists: `InvalidRemovedIpAddresses.NotFound`, `invalidRemovedIpAddresses.NotFound`.
pub const INVALID_REMOVED_IP_ADDRESSES_NOT_FOUND_SPELLINGS: &[&str] = &[
    "InvalidRemovedIpAddresses.NotFound",
    "invalidRemovedIpAddresses.NotFound",
];
/// `InvalidRepeatMode.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_REPEAT_MODE_NOT_FOUND: &str = "InvalidRepeatMode.NotFound";
/// `InvalidReservedInstanceId.NotFound` (HTTP 403), listed by 2 operations.
pub const INVALID_RESERVED_INSTANCE_ID_NOT_FOUND: &str = "InvalidReservedInstanceId.NotFound";
/// `InvalidReservedInstanceLockReason.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_RESERVED_INSTANCE_LOCK_REASON_VALUE_NOT_SUPPORTED: &str =
    "InvalidReservedInstanceLockReason.ValueNotSupported";
/// `InvalidReservedInstanceName.Malformed` (HTTP 403), listed by 2 operations.
pub const INVALID_RESERVED_INSTANCE_NAME_MALFORMED: &str = "InvalidReservedInstanceName.Malformed";
/// `InvalidReservedInstanceOfferingClass.ValueNotSupported` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_RESERVED_INSTANCE_OFFERING_CLASS_VALUE_NOT_SUPPORTED: &str =
    "InvalidReservedInstanceOfferingClass.ValueNotSupported";
/// `InvalidReservedInstanceOfferingType.ValueNotSupported` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_RESERVED_INSTANCE_OFFERING_TYPE_VALUE_NOT_SUPPORTED: &str =
    "InvalidReservedInstanceOfferingType.ValueNotSupported";
/// `InvalidReservedInstancePlatform.ValueNotSupported` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_RESERVED_INSTANCE_PLATFORM_VALUE_NOT_SUPPORTED: &str =
    "InvalidReservedInstancePlatform.ValueNotSupported";
/// `InvalidReservedInstanceStatus.ValueNotSupported` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_RESERVED_INSTANCE_STATUS_VALUE_NOT_SUPPORTED: &str =
    "InvalidReservedInstanceStatus.ValueNotSupported";
/// `InvalidReservedInstanceZone.ValueNotSupported` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_RESERVED_INSTANCE_ZONE_VALUE_NOT_SUPPORTED: &str =
    "InvalidReservedInstanceZone.ValueNotSupported";
/// `InvalidResourceGroup.Duplicate` (HTTP 403), listed by 1 operation.
pub const INVALID_RESOURCE_GROUP_DUPLICATE: &str = "InvalidResourceGroup.Duplicate";
/// `InvalidResourceGroupId` (HTTP 400), listed by 1 operation.
pub const INVALID_RESOURCE_GROUP_ID: &str = "InvalidResourceGroupId";
/// `InvalidResourceGroupId.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_RESOURCE_GROUP_ID_NOT_FOUND: &str = "InvalidResourceGroupId.NotFound";
/// `InvalidResourceGroup.NotFound` (HTTP 404), listed by 26 operations.
pub const INVALID_RESOURCE_GROUP_NOT_FOUND: &str = "InvalidResourceGroup.NotFound";
/// `Invalid.ResourceId` (HTTP 404), listed by 2 operations.
pub const INVALID_RESOURCE_ID: &str = "Invalid.ResourceId";
/// `InvalidResourceId.NotFound` (HTTP 404), listed by 8 operations.
pub const INVALID_RESOURCE_ID_NOT_FOUND: &str = "InvalidResourceId.NotFound";
/// `InvalidResourceId.NotSupported` (HTTP 403), listed by 6 operations.
pub const INVALID_RESOURCE_ID_NOT_SUPPORTED: &str = "InvalidResourceId.NotSupported";
/// `InvalidResource.NotBinding` (HTTP 400), listed by 1 operation.
pub const INVALID_RESOURCE_NOT_BINDING: &str = "InvalidResource.NotBinding";
/// `InvalidResource.NotExists` (HTTP 400), listed by 1 operation.
pub const INVALID_RESOURCE_NOT_EXISTS: &str = "InvalidResource.NotExists";
/// `InvalidResourcePackage.BizStatus` (HTTP 400), listed by 1 operation.
pub const INVALID_RESOURCE_PACKAGE_BIZ_STATUS: &str = "InvalidResourcePackage.BizStatus";
/// `InvalidResourceTag.ConflictWithInstanceIds` (HTTP 400), listed by 2 operations.
pub const INVALID_RESOURCE_TAG_CONFLICT_WITH_INSTANCE_IDS: &str =
    "InvalidResourceTag.ConflictWithInstanceIds";
/// `InvalidResourceTag.InstanceNotFound` (HTTP 400), listed by 2 operations.
pub const INVALID_RESOURCE_TAG_INSTANCE_NOT_FOUND: &str = "InvalidResourceTag.InstanceNotFound";
/// `InvalidResourceTagKey.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_RESOURCE_TAG_KEY_MALFORMED: &str = "InvalidResourceTagKey.Malformed";
/// `InvalidResourceTagValue.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_RESOURCE_TAG_VALUE_MALFORMED: &str = "InvalidResourceTagValue.Malformed";
/// `Invalid.ResourceType` (HTTP 404), listed by 3 operations.
pub const INVALID_RESOURCE_TYPE: &str = "Invalid.ResourceType";
/// `InvalidResourceType.NotFound` (HTTP 400, 404), listed by 9 operations.
pub const INVALID_RESOURCE_TYPE_NOT_FOUND: &str = "InvalidResourceType.NotFound";
/// Every spelling of [`INVALID_RESOURCE_TYPE_NOT_FOUND`] the metadata lists: `InvalidResourceType.NotFound`, `Invalid.ResourceType.NotFound`.
pub const INVALID_RESOURCE_TYPE_NOT_FOUND_SPELLINGS: &[&str] = &[
    "InvalidResourceType.NotFound",
    "Invalid.ResourceType.NotFound",
];
/// `InvalidResourceType.NotSupported` (HTTP 403), listed by 10 operations.
pub const INVALID_RESOURCE_TYPE_NOT_SUPPORTED: &str = "InvalidResourceType.NotSupported";
/// `InvalidResourceType.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_RESOURCE_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidResourceType.ValueNotSupported";
/// `InvalidRetentionDays.Malformed` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_RETENTION_DAYS_MALFORMED: &str = "InvalidRetentionDays.Malformed";
/// `InvalidRole.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_ROLE_VALUE_NOT_SUPPORTED: &str = "InvalidRole.ValueNotSupported";
/// `InvalidRouterId.NotFound` (HTTP 400, 404), listed by 1 operation.
pub const INVALID_ROUTER_ID_NOT_FOUND: &str = "InvalidRouterId.NotFound";
/// `InvalidRouterInterface` (HTTP 400), listed by 1 operation.
pub const INVALID_ROUTER_INTERFACE: &str = "InvalidRouterInterface";
/// `InvalidRouterInterfaceChargeType.Malformed` (HTTP 400, 500), listed by 2 operations.
pub const INVALID_ROUTER_INTERFACE_CHARGE_TYPE_MALFORMED: &str =
    "InvalidRouterInterfaceChargeType.Malformed";
/// `InvalidRouterInterfaceId.NotFound` (HTTP 404), listed by 5 operations.
pub const INVALID_ROUTER_INTERFACE_ID_NOT_FOUND: &str = "InvalidRouterInterfaceId.NotFound";
/// `InvalidRouterInterfaceSpec.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_ROUTER_INTERFACE_SPEC_MALFORMED: &str = "InvalidRouterInterfaceSpec.Malformed";
/// `InvalidRouterType` (HTTP 400), listed by 1 operation.
pub const INVALID_ROUTER_TYPE: &str = "InvalidRouterType";
/// `InvalidRouterType.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_ROUTER_TYPE_VALUE_NOT_SUPPORTED: &str = "InvalidRouterType.ValueNotSupported";
/// `InvalidRouteEntry` (HTTP 400), listed by 2 operations.
pub const INVALID_ROUTE_ENTRY: &str = "InvalidRouteEntry";
/// `InvalidRouteEntry.Duplicate` (HTTP 400), listed by 1 operation.
pub const INVALID_ROUTE_ENTRY_DUPLICATE: &str = "InvalidRouteEntry.Duplicate";
/// `InvalidRouteEntry.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_ROUTE_ENTRY_NOT_FOUND: &str = "InvalidRouteEntry.NotFound";
/// `InvalidRouteEntrySize` (HTTP 400), listed by 1 operation.
pub const INVALID_ROUTE_ENTRY_SIZE: &str = "InvalidRouteEntrySize";
/// `InvalidRouteTableId.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_ROUTE_TABLE_ID_NOT_FOUND: &str = "InvalidRouteTableId.NotFound";
/// `Invalid.SaleStrategy` (HTTP 400), listed by 1 operation.
pub const INVALID_SALE_STRATEGY: &str = "Invalid.SaleStrategy";
/// `InvalidScene.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_SCENE_VALUE_NOT_SUPPORTED: &str = "InvalidScene.ValueNotSupported";
/// `InvalidSchedulerOptions` (HTTP 400), listed by 1 operation.
pub const INVALID_SCHEDULER_OPTIONS: &str = "InvalidSchedulerOptions";
/// `Invalid.Scope` (HTTP 400), listed by 3 operations.
pub const INVALID_SCOPE: &str = "Invalid.Scope";
/// `InvalidScope.ValueNotSupported` (HTTP 403), listed by 2 operations.
pub const INVALID_SCOPE_VALUE_NOT_SUPPORTED: &str = "InvalidScope.ValueNotSupported";
/// `InvalidSecondaryPrivateIpAddressCount.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_SECONDARY_PRIVATE_IP_ADDRESS_COUNT_MALFORMED: &str =
    "InvalidSecondaryPrivateIpAddressCount.Malformed";
/// `InvalidSecurityGroupAssociation.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_SECURITY_GROUP_ASSOCIATION_NOT_FOUND: &str =
    "InvalidSecurityGroupAssociation.NotFound";
/// `InvalidSecurityGroupDiscription.Malformed` (HTTP 400), listed by 8 operations.
pub const INVALID_SECURITY_GROUP_DISCRIPTION_MALFORMED: &str =
    "InvalidSecurityGroupDiscription.Malformed";
/// `InvalidSecurityGroupId` (HTTP 404), listed by 1 operation.
pub const INVALID_SECURITY_GROUP_ID: &str = "InvalidSecurityGroupId";
/// `InvalidSecurityGroupId.Malformed` (HTTP 400), listed by 8 operations.
pub const INVALID_SECURITY_GROUP_ID_MALFORMED: &str = "InvalidSecurityGroupId.Malformed";
/// `InvalidSecurityGroupId.MultiGroupIdNetworkTypeConflict` (HTTP 400), listed by 1 operation.
pub const INVALID_SECURITY_GROUP_ID_MULTI_GROUP_ID_NETWORK_TYPE_CONFLICT: &str =
    "InvalidSecurityGroupId.MultiGroupIdNetworkTypeConflict";
/// `InvalidSecurityGroupId.NotFound` (HTTP 400, 404), listed by 24 operations.
pub const INVALID_SECURITY_GROUP_ID_NOT_FOUND: &str = "InvalidSecurityGroupId.NotFound";
/// `InvalidSecurityGroupId.NotVpc` (HTTP 403), listed by 8 operations.
pub const INVALID_SECURITY_GROUP_ID_NOT_VPC: &str = "InvalidSecurityGroupId.NotVpc";
/// `InvalidSecurityGroupId.SingleIdAndMultiIdConflict` (HTTP 400), listed by 2 operations.
pub const INVALID_SECURITY_GROUP_ID_SINGLE_ID_AND_MULTI_ID_CONFLICT: &str =
    "InvalidSecurityGroupId.SingleIdAndMultiIdConflict";
/// `InvalidSecurityGroup.InvalidNetworkType` (HTTP 400), listed by 3 operations.
pub const INVALID_SECURITY_GROUP_INVALID_NETWORK_TYPE: &str =
    "InvalidSecurityGroup.InvalidNetworkType";
/// `InvalidSecurityGroup.IsSame` (HTTP 403), listed by 3 operations.
pub const INVALID_SECURITY_GROUP_IS_SAME: &str = "InvalidSecurityGroup.IsSame";
/// `InvalidSecurityGroupName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_SECURITY_GROUP_NAME_MALFORMED: &str = "InvalidSecurityGroupName.Malformed";
/// `InvalidSecurityGroup.NetworkType` (HTTP 400), listed by 2 operations.
pub const INVALID_SECURITY_GROUP_NETWORK_TYPE: &str = "InvalidSecurityGroup.NetworkType";
/// `InvalidSecurityGroup.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_SECURITY_GROUP_NOT_FOUND: &str = "InvalidSecurityGroup.NotFound";
/// `InvalidSecurityGroup.NotInDefaultVpc` (HTTP 400), listed by 2 operations.
pub const INVALID_SECURITY_GROUP_NOT_IN_DEFAULT_VPC: &str = "InvalidSecurityGroup.NotInDefaultVpc";
/// `InvalidSecurityGroupRuleId.NotFound` (HTTP 404), listed by 4 operations.
pub const INVALID_SECURITY_GROUP_RULE_ID_NOT_FOUND: &str = "InvalidSecurityGroupRuleId.NotFound";
/// `InvalidSecurityGroupRule.RuleNotExist` (HTTP 400), listed by 2 operations.
pub const INVALID_SECURITY_GROUP_RULE_RULE_NOT_EXIST: &str =
    "InvalidSecurityGroupRule.RuleNotExist";
/// `InvalidSecurityGroupType.NotSupportClassic` (HTTP 404), listed by 2 operations.
pub const INVALID_SECURITY_GROUP_TYPE_NOT_SUPPORT_CLASSIC: &str =
    "InvalidSecurityGroupType.NotSupportClassic";
/// `InvalidSecurityGroup.VpcMismatch` (HTTP 400), listed by 1 operation.
pub const INVALID_SECURITY_GROUP_VPC_MISMATCH: &str = "InvalidSecurityGroup.VpcMismatch";
/// `InvalidSecurityGroupVpc.NotBelongToOneVpc` (HTTP 404), listed by 2 operations.
pub const INVALID_SECURITY_GROUP_VPC_NOT_BELONG_TO_ONE_VPC: &str =
    "InvalidSecurityGroupVpc.NotBelongToOneVpc";
/// `InvalidSecurityOptions.NotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_SECURITY_OPTIONS_NOT_SUPPORTED: &str = "InvalidSecurityOptions.NotSupported";
/// `InvalidSize.ValueNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_SIZE_VALUE_NOT_SUPPORTED: &str = "InvalidSize.ValueNotSupported";
/// `InvalidSlsLogstoreName.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_SLS_LOGSTORE_NAME_NOT_FOUND: &str = "InvalidSlsLogstoreName.NotFound";
/// `InvalidSlsProjectName.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_SLS_PROJECT_NAME_NOT_FOUND: &str = "InvalidSlsProjectName.NotFound";
/// `InvalidSnapshotCategory.Malformed` (HTTP 403), listed by 3 operations.
pub const INVALID_SNAPSHOT_CATEGORY_MALFORMED: &str = "InvalidSnapshotCategory.Malformed";
/// `InvalidSnapshotCategory.NotSupportCopy` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_CATEGORY_NOT_SUPPORT_COPY: &str =
    "InvalidSnapshotCategory.NotSupportCopy";
/// `InvalidSnapshotCategory.NotSupportCrossRegionCopy` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_CATEGORY_NOT_SUPPORT_CROSS_REGION_COPY: &str =
    "InvalidSnapshotCategory.NotSupportCrossRegionCopy";
/// `InvalidSnapshotCategory.NotSupportEncryptedCopy` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_CATEGORY_NOT_SUPPORT_ENCRYPTED_COPY: &str =
    "InvalidSnapshotCategory.NotSupportEncryptedCopy";
/// `InvalidSnapshotCategory.NotSupportImageCreation` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_CATEGORY_NOT_SUPPORT_IMAGE_CREATION: &str =
    "InvalidSnapshotCategory.NotSupportImageCreation";
/// `InvalidSnapshotDisableInstantAccess.Malformed` (HTTP 404), listed by 1 operation.
pub const INVALID_SNAPSHOT_DISABLE_INSTANT_ACCESS_MALFORMED: &str =
    "InvalidSnapshotDisableInstantAccess.Malformed";
/// `InvalidSnapshot.EncryptedNotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_ENCRYPTED_NOT_SUPPORTED: &str = "InvalidSnapshot.EncryptedNotSupported";
/// `InvalidSnapshotGroupId.MustBeOne` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_GROUP_ID_MUST_BE_ONE: &str = "InvalidSnapshotGroupId.MustBeOne";
/// `InvalidSnapshotGroup.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_SNAPSHOT_GROUP_NOT_FOUND: &str = "InvalidSnapshotGroup.NotFound";
/// `InvalidSnapshotIds.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_IDS_MALFORMED: &str = "InvalidSnapshotIds.Malformed";
/// `InvalidSnapshotId.BasedSnapshotTooOld` (HTTP 400), listed by 2 operations.
pub const INVALID_SNAPSHOT_ID_BASED_SNAPSHOT_TOO_OLD: &str =
    "InvalidSnapshotId.BasedSnapshotTooOld";
/// `InvalidSnapshotId.EncryptedNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_ID_ENCRYPTED_NOT_SUPPORT: &str = "InvalidSnapshotId.EncryptedNotSupport";
/// `InvalidSnapshotId.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_SNAPSHOT_ID_MALFORMED: &str = "InvalidSnapshotId.Malformed";
/// `InvalidSnapshotId.NotDataDiskSnapshot` (HTTP 403), listed by 3 operations.
pub const INVALID_SNAPSHOT_ID_NOT_DATA_DISK_SNAPSHOT: &str =
    "InvalidSnapshotId.NotDataDiskSnapshot";
/// `InvalidSnapshotId.NotFound` (HTTP 400, 403, 404), listed by 10 operations.
pub const INVALID_SNAPSHOT_ID_NOT_FOUND: &str = "InvalidSnapshotId.NotFound";
/// `InvalidSnapshotId.NotReady` (HTTP 400, 403), listed by 8 operations.
pub const INVALID_SNAPSHOT_ID_NOT_READY: &str = "InvalidSnapshotId.NotReady";
/// `InvalidSnapshotLinkIds` (HTTP 400), listed by 1 operation.
pub const INVALID_SNAPSHOT_LINK_IDS: &str = "InvalidSnapshotLinkIds";
/// `InvalidSnapshotLinkId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_SNAPSHOT_LINK_ID_NOT_FOUND: &str = "InvalidSnapshotLinkId.NotFound";
/// `InvalidSnapshotName.Malformed` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_SNAPSHOT_NAME_MALFORMED: &str = "InvalidSnapshotName.Malformed";
/// `InvalidSnapshot.NotFound` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_SNAPSHOT_NOT_FOUND: &str = "InvalidSnapshot.NotFound";
/// `InvalidSnapshot.NotReady` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_NOT_READY: &str = "InvalidSnapshot.NotReady";
/// `InvalidSnapshotPolicyName.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_SNAPSHOT_POLICY_NAME_MALFORMED: &str = "InvalidSnapshotPolicyName.Malformed";
/// `InvalidSnapshot.StorageLocationNotSupported` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_STORAGE_LOCATION_NOT_SUPPORTED: &str =
    "InvalidSnapshot.StorageLocationNotSupported";
/// `InvalidSnapshot.TooLarge` (HTTP 403), listed by 1 operation.
pub const INVALID_SNAPSHOT_TOO_LARGE: &str = "InvalidSnapshot.TooLarge";
/// `InvalidSnapshot.TooOld` (HTTP 403), listed by 6 operations.
pub const INVALID_SNAPSHOT_TOO_OLD: &str = "InvalidSnapshot.TooOld";
/// `InvalidSnapshotType.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_SNAPSHOT_TYPE_NOT_FOUND: &str = "InvalidSnapshotType.NotFound";
/// `InvalidSourceCidrIp.Malformed` (HTTP 400), listed by 3 operations.
pub const INVALID_SOURCE_CIDR_IP_MALFORMED: &str = "InvalidSourceCidrIp.Malformed";
/// `InvalidSourceDiskType` (HTTP 404), listed by 1 operation.
pub const INVALID_SOURCE_DISK_TYPE: &str = "InvalidSourceDiskType";
/// `InvalidSourceGroupId.Mismatch` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_SOURCE_GROUP_ID_MISMATCH: &str = "InvalidSourceGroupId.Mismatch";
/// `InvalidSourceGroupId.NotFound` (HTTP 404), listed by 3 operations.
pub const INVALID_SOURCE_GROUP_ID_NOT_FOUND: &str = "InvalidSourceGroupId.NotFound";
/// `InvalidSourceGroup.NotFound` (HTTP 400), listed by 2 operations.
pub const INVALID_SOURCE_GROUP_NOT_FOUND: &str = "InvalidSourceGroup.NotFound";
/// `InvalidSourceInstance.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_SOURCE_INSTANCE_NOT_FOUND: &str = "InvalidSourceInstance.NotFound";
/// `InvalidSourcePortRange.Malformed` (HTTP 400), listed by 6 operations.
pub const INVALID_SOURCE_PORT_RANGE_MALFORMED: &str = "InvalidSourcePortRange.Malformed";
/// `InvalidSourceSnapshot` (HTTP 403), listed by 1 operation.
pub const INVALID_SOURCE_SNAPSHOT: &str = "InvalidSourceSnapshot";
/// `InvalidSource.TrafficMirrorSession` (HTTP 400), listed by 1 operation.
pub const INVALID_SOURCE_TRAFFIC_MIRROR_SESSION: &str = "InvalidSource.TrafficMirrorSession";
/// `InvalidSpec.ValudNotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_SPEC_VALUD_NOT_SUPPORTED: &str = "InvalidSpec.ValudNotSupported";
/// `InvalidSpotAliUid` (HTTP 400), listed by 2 operations.
pub const INVALID_SPOT_ALI_UID: &str = "InvalidSpotAliUid";
/// `InvalidSpotAllocationStrategy.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_SPOT_ALLOCATION_STRATEGY_VALUE_NOT_SUPPORTED: &str =
    "InvalidSpotAllocationStrategy.ValueNotSupported";
/// `InvalidSpotAuthorized` (HTTP 400), listed by 3 operations.
pub const INVALID_SPOT_AUTHORIZED: &str = "InvalidSpotAuthorized";
/// `InvalidSpotDuration` (HTTP 400), listed by 3 operations.
pub const INVALID_SPOT_DURATION: &str = "InvalidSpotDuration";
/// `InvalidSpotInstanceInterruptionBehavior.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_SPOT_INSTANCE_INTERRUPTION_BEHAVIOR_VALUE_NOT_SUPPORTED: &str =
    "InvalidSpotInstanceInterruptionBehavior.ValueNotSupported";
/// `InvalidSpotInterruptionBehavior` (HTTP 400), listed by 2 operations.
pub const INVALID_SPOT_INTERRUPTION_BEHAVIOR: &str = "InvalidSpotInterruptionBehavior";
/// `InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport` (HTTP 403), listed by 2 operations.
pub const INVALID_SPOT_INTERRUPTION_BEHAVIOR_CLASSIC_NETWORK_NOT_SUPPORT: &str =
    "InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport";
/// `InvalidSpotInterruptionBehavior.LocalDiskNotSupport` (HTTP 403), listed by 2 operations.
pub const INVALID_SPOT_INTERRUPTION_BEHAVIOR_LOCAL_DISK_NOT_SUPPORT: &str =
    "InvalidSpotInterruptionBehavior.LocalDiskNotSupport";
/// `InvalidSpotParam.EmptyZoneID` (HTTP 400), listed by 2 operations.
pub const INVALID_SPOT_PARAM_EMPTY_ZONE_ID: &str = "InvalidSpotParam.EmptyZoneID";
/// `InvalidSpotPrepaid` (HTTP 400), listed by 2 operations.
pub const INVALID_SPOT_PREPAID: &str = "InvalidSpotPrepaid";
/// `InvalidSpotPriceLimit` (HTTP 400), listed by 2 operations.
pub const INVALID_SPOT_PRICE_LIMIT: &str = "InvalidSpotPriceLimit";
/// `InvalidSpotPriceLimit.LowerThanPublicPrice` (HTTP 400), listed by 2 operations.
pub const INVALID_SPOT_PRICE_LIMIT_LOWER_THAN_PUBLIC_PRICE: &str =
    "InvalidSpotPriceLimit.LowerThanPublicPrice";
/// `InvalidSpotStrategy` (HTTP 400), listed by 5 operations.
pub const INVALID_SPOT_STRATEGY: &str = "InvalidSpotStrategy";
/// Every spelling of [`INVALID_SPOT_STRATEGY`] the metadata lists: `InvalidSpotStrategy`, `Invalid.SpotStrategy`.
pub const INVALID_SPOT_STRATEGY_SPELLINGS: &[&str] =
    &["InvalidSpotStrategy", "Invalid.SpotStrategy"];
/// `InvalidSpotStrategy.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_SPOT_STRATEGY_VALUE_NOT_SUPPORTED: &str = "InvalidSpotStrategy.ValueNotSupported";
/// `InvalidStartTime.BeyondLifeCycle` (HTTP 400), listed by 1 operation.
pub const INVALID_START_TIME_BEYOND_LIFE_CYCLE: &str = "InvalidStartTime.BeyondLifeCycle";
/// `InvalidStartTime.Malformed` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_START_TIME_MALFORMED: &str = "InvalidStartTime.Malformed";
/// `InvalidStartTime.MalFormed` (HTTP 400), listed by 3 operations.
pub const INVALID_START_TIME_MAL_FORMED: &str = "InvalidStartTime.MalFormed";
/// `InvalidStartTime.NotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_START_TIME_NOT_SUPPORTED: &str = "InvalidStartTime.NotSupported";
/// `InvalidStartTime.ScopeNotMatch` (HTTP 400), listed by 1 operation.
pub const INVALID_START_TIME_SCOPE_NOT_MATCH: &str = "InvalidStartTime.ScopeNotMatch";
/// `InvalidStartTime.TooEarly` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_START_TIME_TOO_EARLY: &str = "InvalidStartTime.TooEarly";
/// `InvalidStartTime.ValueNotSupported` (HTTP 400), listed by 4 operations.
pub const INVALID_START_TIME_VALUE_NOT_SUPPORTED: &str = "InvalidStartTime.ValueNotSupported";
/// `Invalid.Status` (HTTP 400), listed by 1 operation.
pub const INVALID_STATUS: &str = "Invalid.Status";
/// Every spelling of [`INVALID_STATUS`] the metadata lists: `Invalid.Status`, `InvalidStatus`.
pub const INVALID_STATUS_SPELLINGS: &[&str] = &["Invalid.Status", "InvalidStatus"];
/// `InvalidStatus.CancelFailed` (HTTP 400), listed by 1 operation.
pub const INVALID_STATUS_CANCEL_FAILED: &str = "InvalidStatus.CancelFailed";
/// `InvalidStatus.CmdIdInUse` (HTTP 403), listed by 1 operation.
pub const INVALID_STATUS_CMD_ID_IN_USE: &str = "InvalidStatus.CmdIdInUse";
/// `InvalidStatus.DiskNotReady` (HTTP 403), listed by 1 operation.
pub const INVALID_STATUS_DISK_NOT_READY: &str = "InvalidStatus.DiskNotReady";
/// `InvalidStatus.DiskUnderPerformanceControl` (HTTP 403), listed by 1 operation.
pub const INVALID_STATUS_DISK_UNDER_PERFORMANCE_CONTROL: &str =
    "InvalidStatus.DiskUnderPerformanceControl";
/// `InvalidStatus.EcsStatusNotSupport` (HTTP 400), listed by 2 operations.
pub const INVALID_STATUS_ECS_STATUS_NOT_SUPPORT: &str = "InvalidStatus.EcsStatusNotSupport";
/// `InvalidStatus.EniStatusNotSupport` (HTTP 400), listed by 2 operations.
pub const INVALID_STATUS_ENI_STATUS_NOT_SUPPORT: &str = "InvalidStatus.EniStatusNotSupport";
/// `InvalidStatus.ImagePipelineExecution` (HTTP 403), listed by 1 operation.
pub const INVALID_STATUS_IMAGE_PIPELINE_EXECUTION: &str = "InvalidStatus.ImagePipelineExecution";
/// `InvalidStatus.InstanceHasBandWidth` (HTTP 400), listed by 1 operation.
pub const INVALID_STATUS_INSTANCE_HAS_BAND_WIDTH: &str = "InvalidStatus.InstanceHasBandWidth";
/// `InvalidStatus.InstanceIsMigrating` (HTTP 400), listed by 1 operation.
pub const INVALID_STATUS_INSTANCE_IS_MIGRATING: &str = "InvalidStatus.InstanceIsMigrating";
/// `InvalidStatus.InstanceLocked` (HTTP 403), listed by 1 operation.
pub const INVALID_STATUS_INSTANCE_LOCKED: &str = "InvalidStatus.InstanceLocked";
/// `InvalidStatus.InstanceStatus` (HTTP 403), listed by 2 operations.
pub const INVALID_STATUS_INSTANCE_STATUS: &str = "InvalidStatus.InstanceStatus";
/// `InvalidStatus.InProgress` (HTTP 403), listed by 1 operation.
pub const INVALID_STATUS_IN_PROGRESS: &str = "InvalidStatus.InProgress";
/// `InvalidStatus.NotAllow` (HTTP 400), listed by 2 operations.
pub const INVALID_STATUS_NOT_ALLOW: &str = "InvalidStatus.NotAllow";
/// `InvalidStatus.NotAllowed` (HTTP 400), listed by 1 operation.
pub const INVALID_STATUS_NOT_ALLOWED: &str = "InvalidStatus.NotAllowed";
/// `InvalidStatus.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_STATUS_NOT_FOUND: &str = "InvalidStatus.NotFound";
/// `InvalidStatus.NotStopped` (HTTP 400), listed by 1 operation.
pub const INVALID_STATUS_NOT_STOPPED: &str = "InvalidStatus.NotStopped";
/// `InvalidStatus.ResourceGroup` (HTTP 403), listed by 4 operations.
pub const INVALID_STATUS_RESOURCE_GROUP: &str = "InvalidStatus.ResourceGroup";
/// `InvalidStatus.RouteEntry` (HTTP 404), listed by 1 operation.
pub const INVALID_STATUS_ROUTE_ENTRY: &str = "InvalidStatus.RouteEntry";
/// `InvalidStatus.SnatOrDnat` (HTTP 400), listed by 1 operation.
pub const INVALID_STATUS_SNAT_OR_DNAT: &str = "InvalidStatus.SnatOrDnat";
/// `InvalidStatus.Upgrading` (HTTP 400, 403), listed by 4 operations.
pub const INVALID_STATUS_UPGRADING: &str = "InvalidStatus.Upgrading";
/// `InvalidStatus.ValueNotSupported` (HTTP 400, 403, 404), listed by 10 operations.
pub const INVALID_STATUS_VALUE_NOT_SUPPORTED: &str = "InvalidStatus.ValueNotSupported";
/// `InvalidStorageClusterId.CapacityNotEnough` (HTTP 400), listed by 4 operations.
pub const INVALID_STORAGE_CLUSTER_ID_CAPACITY_NOT_ENOUGH: &str =
    "InvalidStorageClusterId.CapacityNotEnough";
/// `InvalidStorageClusterId.CategoryNotMatch` (HTTP 400), listed by 3 operations.
pub const INVALID_STORAGE_CLUSTER_ID_CATEGORY_NOT_MATCH: &str =
    "InvalidStorageClusterId.CategoryNotMatch";
/// `InvalidStorageClusterId.ConflictWithInstanceId` (HTTP 400), listed by 1 operation.
pub const INVALID_STORAGE_CLUSTER_ID_CONFLICT_WITH_INSTANCE_ID: &str =
    "InvalidStorageClusterId.ConflictWithInstanceId";
/// `InvalidStorageClusterId.ConflictWithStorageSetId` (HTTP 400), listed by 1 operation.
pub const INVALID_STORAGE_CLUSTER_ID_CONFLICT_WITH_STORAGE_SET_ID: &str =
    "InvalidStorageClusterId.ConflictWithStorageSetId";
/// `InvalidStorageClusterId.DiskCategoryUnsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_STORAGE_CLUSTER_ID_DISK_CATEGORY_UNSUPPORTED: &str =
    "InvalidStorageClusterId.DiskCategoryUnsupported";
/// `InvalidStorageClusterId.DiskSizeEmpty` (HTTP 400), listed by 2 operations.
pub const INVALID_STORAGE_CLUSTER_ID_DISK_SIZE_EMPTY: &str =
    "InvalidStorageClusterId.DiskSizeEmpty";
/// `InvalidStorageClusterId.NotExist` (HTTP 404), listed by 3 operations.
pub const INVALID_STORAGE_CLUSTER_ID_NOT_EXIST: &str = "InvalidStorageClusterId.NotExist";
/// `InvalidStorageClusterId.PerformanceLevelNotMatch` (HTTP 400), listed by 3 operations.
pub const INVALID_STORAGE_CLUSTER_ID_PERFORMANCE_LEVEL_NOT_MATCH: &str =
    "InvalidStorageClusterId.PerformanceLevelNotMatch";
/// `InvalidStorageClusterId.StatusNotSupport` (HTTP 400), listed by 3 operations.
pub const INVALID_STORAGE_CLUSTER_ID_STATUS_NOT_SUPPORT: &str =
    "InvalidStorageClusterId.StatusNotSupport";
/// `InvalidStorageClusterId.ZoneIdEmpty` (HTTP 400), listed by 2 operations.
pub const INVALID_STORAGE_CLUSTER_ID_ZONE_ID_EMPTY: &str = "InvalidStorageClusterId.ZoneIdEmpty";
/// `InvalidStorageLocation.NotFound` (HTTP 403), listed by 1 operation.
pub const INVALID_STORAGE_LOCATION_NOT_FOUND: &str = "InvalidStorageLocation.NotFound";
/// `InvalidStorageSetId.DiskCategoryUnsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_STORAGE_SET_ID_DISK_CATEGORY_UNSUPPORTED: &str =
    "InvalidStorageSetId.DiskCategoryUnsupported";
/// `InvalidStorageSetId.NotFound` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_STORAGE_SET_ID_NOT_FOUND: &str = "InvalidStorageSetId.NotFound";
/// `InvalidStorageSetName.Malformed` (HTTP 403), listed by 8 operations.
pub const INVALID_STORAGE_SET_NAME_MALFORMED: &str = "InvalidStorageSetName.Malformed";
/// `InvalidStorageSet.NotSupport` (HTTP 403), listed by 5 operations.
pub const INVALID_STORAGE_SET_NOT_SUPPORT: &str = "InvalidStorageSet.NotSupport";
/// `InvalidSystemDiskCategory.NotMatchInstanceType` (HTTP 400), listed by 1 operation.
pub const INVALID_SYSTEM_DISK_CATEGORY_NOT_MATCH_INSTANCE_TYPE: &str =
    "InvalidSystemDiskCategory.NotMatchInstanceType";
/// `InvalidSystemDiskCategory.ValueNotSupported` (HTTP 400, 403), listed by 7 operations.
pub const INVALID_SYSTEM_DISK_CATEGORY_VALUE_NOT_SUPPORTED: &str =
    "InvalidSystemDiskCategory.ValueNotSupported";
/// `InvalidSystemDiskCategory.ValueUnauthorized` (HTTP 403), listed by 3 operations.
pub const INVALID_SYSTEM_DISK_CATEGORY_VALUE_UNAUTHORIZED: &str =
    "InvalidSystemDiskCategory.ValueUnauthorized";
/// `InvalidSystemDisk.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_SYSTEM_DISK_NOT_FOUND: &str = "InvalidSystemDisk.NotFound";
/// `InvalidSystemDiskSize` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_SYSTEM_DISK_SIZE: &str = "InvalidSystemDiskSize";
/// `InvalidSystemDiskSize.ImageNotSupportResize` (HTTP 400), listed by 3 operations.
pub const INVALID_SYSTEM_DISK_SIZE_IMAGE_NOT_SUPPORT_RESIZE: &str =
    "InvalidSystemDiskSize.ImageNotSupportResize";
/// `InvalidSystemDiskSize.LessThanImageSize` (HTTP 400, 404), listed by 4 operations.
pub const INVALID_SYSTEM_DISK_SIZE_LESS_THAN_IMAGE_SIZE: &str =
    "InvalidSystemDiskSize.LessThanImageSize";
/// `InvalidSystemDiskSize.LessThanMemSize` (HTTP 400), listed by 2 operations.
pub const INVALID_SYSTEM_DISK_SIZE_LESS_THAN_MEM_SIZE: &str =
    "InvalidSystemDiskSize.LessThanMemSize";
/// `InvalidSystemDiskSize.LessThanMinSize` (HTTP 404), listed by 4 operations.
pub const INVALID_SYSTEM_DISK_SIZE_LESS_THAN_MIN_SIZE: &str =
    "InvalidSystemDiskSize.LessThanMinSize";
/// `InvalidSystemDiskSize.MoreThanMaxSize` (HTTP 404), listed by 4 operations.
pub const INVALID_SYSTEM_DISK_SIZE_MORE_THAN_MAX_SIZE: &str =
    "InvalidSystemDiskSize.MoreThanMaxSize";
/// `InvalidSystemDiskSize.NotSupportedValue` (HTTP 400), listed by 1 operation.
pub const INVALID_SYSTEM_DISK_SIZE_NOT_SUPPORTED_VALUE: &str =
    "InvalidSystemDiskSize.NotSupportedValue";
/// `InvalidSystemDiskSize.ValueNotSupported` (HTTP 400, 404), listed by 5 operations.
pub const INVALID_SYSTEM_DISK_SIZE_VALUE_NOT_SUPPORTED: &str =
    "InvalidSystemDiskSize.ValueNotSupported";
/// `InvalidSystemDiskStatus.IsTransfering` (HTTP 403), listed by 1 operation.
pub const INVALID_SYSTEM_DISK_STATUS_IS_TRANSFERING: &str = "InvalidSystemDiskStatus.IsTransfering";
/// `InvalidSystemSnapshot.Missing` (HTTP 403), listed by 1 operation.
pub const INVALID_SYSTEM_SNAPSHOT_MISSING: &str = "InvalidSystemSnapshot.Missing";
/// `InvalidSystemType.NotSupportedValue` (HTTP 400), listed by 1 operation.
pub const INVALID_SYSTEM_TYPE_NOT_SUPPORTED_VALUE: &str = "InvalidSystemType.NotSupportedValue";
/// `InvalidTags.MalFormed` (HTTP 400), listed by 1 operation.
pub const INVALID_TAGS_MAL_FORMED: &str = "InvalidTags.MalFormed";
/// `Invalid.TagCategory` (HTTP 400), listed by 1 operation.
pub const INVALID_TAG_CATEGORY: &str = "Invalid.TagCategory";
/// `InvalidTagCount` (HTTP 400), listed by 13 operations.
pub const INVALID_TAG_COUNT: &str = "InvalidTagCount";
/// `InvalidTagFilter.Malformed` (HTTP 403), listed by 1 operation.
pub const INVALID_TAG_FILTER_MALFORMED: &str = "InvalidTagFilter.Malformed";
/// `InvalidTagKey` (HTTP 400), listed by 1 operation.
pub const INVALID_TAG_KEY: &str = "InvalidTagKey";
/// `InvalidTagKey.Malformed` (HTTP 400), listed by 32 operations.
pub const INVALID_TAG_KEY_MALFORMED: &str = "InvalidTagKey.Malformed";
/// `InvalidTag.Mismatch` (HTTP 400), listed by 10 operations.
pub const INVALID_TAG_MISMATCH: &str = "InvalidTag.Mismatch";
/// `InvalidTag.NotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_TAG_NOT_SUPPORTED: &str = "InvalidTag.NotSupported";
/// `InvalidTagValue` (HTTP 400), listed by 1 operation.
pub const INVALID_TAG_VALUE: &str = "InvalidTagValue";
/// `InvalidTagValue.Malformed` (HTTP 400), listed by 31 operations.
pub const INVALID_TAG_VALUE_MALFORMED: &str = "InvalidTagValue.Malformed";
/// `InvalidTargetServer.MissingPortNumber` (HTTP 403), listed by 1 operation.
pub const INVALID_TARGET_SERVER_MISSING_PORT_NUMBER: &str = "InvalidTargetServer.MissingPortNumber";
/// `InvalidTarget.TrafficMirrorSession` (HTTP 400), listed by 1 operation.
pub const INVALID_TARGET_TRAFFIC_MIRROR_SESSION: &str = "InvalidTarget.TrafficMirrorSession";
/// `InvalidTaskId.IncorrectTaskStatus` (HTTP 403), listed by 1 operation.
pub const INVALID_TASK_ID_INCORRECT_TASK_STATUS: &str = "InvalidTaskId.IncorrectTaskStatus";
/// `InvalidTaskId.NotFound` (HTTP 400, 403), listed by 2 operations.
pub const INVALID_TASK_ID_NOT_FOUND: &str = "InvalidTaskId.NotFound";
/// `InvalidTaskId.TaskActionNotSupport` (HTTP 403), listed by 1 operation.
pub const INVALID_TASK_ID_TASK_ACTION_NOT_SUPPORT: &str = "InvalidTaskId.TaskActionNotSupport";
/// `InvalidTemporary.EndTime` (HTTP 400), listed by 3 operations.
pub const INVALID_TEMPORARY_END_TIME: &str = "InvalidTemporary.EndTime";
/// `InvalidTemporary.StartTime` (HTTP 400), listed by 3 operations.
pub const INVALID_TEMPORARY_START_TIME: &str = "InvalidTemporary.StartTime";
/// `InvalidTerminationMode.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_TERMINATION_MODE_NOT_FOUND: &str = "InvalidTerminationMode.NotFound";
/// `Invalid.TimeSlot` (HTTP 400), listed by 1 operation.
pub const INVALID_TIME_SLOT: &str = "Invalid.TimeSlot";
/// `Invalid.TooManyInstanceTypes` (HTTP 400), listed by 9 operations.
pub const INVALID_TOO_MANY_INSTANCE_TYPES: &str = "Invalid.TooManyInstanceTypes";
/// `Invalid.TooManyPrivatePoolOptions.Ids` (HTTP 400), listed by 9 operations.
pub const INVALID_TOO_MANY_PRIVATE_POOL_OPTIONS_IDS: &str = "Invalid.TooManyPrivatePoolOptions.Ids";
/// `Invalid.TooManyUnpaidPrivatePool` (HTTP 400), listed by 9 operations.
pub const INVALID_TOO_MANY_UNPAID_PRIVATE_POOL: &str = "Invalid.TooManyUnpaidPrivatePool";
/// `Invalid.TooManyZoneIds` (HTTP 400), listed by 9 operations.
pub const INVALID_TOO_MANY_ZONE_IDS: &str = "Invalid.TooManyZoneIds";
/// `InvalidToRegionIdSize.ExceededMaxNumber` (HTTP 400), listed by 1 operation.
pub const INVALID_TO_REGION_ID_SIZE_EXCEEDED_MAX_NUMBER: &str =
    "InvalidToRegionIdSize.ExceededMaxNumber";
/// `InvalidTrafficMode.ModifyToStandardNotSupported` (HTTP 400), listed by 1 operation.
pub const INVALID_TRAFFIC_MODE_MODIFY_TO_STANDARD_NOT_SUPPORTED: &str =
    "InvalidTrafficMode.ModifyToStandardNotSupported";
/// `InvalidType.Malformd` (HTTP 400), listed by 1 operation.
pub const INVALID_TYPE_MALFORMD: &str = "InvalidType.Malformd";
/// `InvalidUsage` (HTTP 404), listed by 3 operations.
pub const INVALID_USAGE: &str = "InvalidUsage";
/// `InvalidUserCidr.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_USER_CIDR_MALFORMED: &str = "InvalidUserCidr.Malformed";
/// `InvalidUserCidr.Quota` (HTTP 400), listed by 2 operations.
pub const INVALID_USER_CIDR_QUOTA: &str = "InvalidUserCidr.Quota";
/// `InvalidUserData.Base64FormatInvalid` (HTTP 400, 403), listed by 6 operations.
pub const INVALID_USER_DATA_BASE64_FORMAT_INVALID: &str = "InvalidUserData.Base64FormatInvalid";
/// `InvalidUserData.Forbidden` (HTTP 403), listed by 4 operations.
pub const INVALID_USER_DATA_FORBIDDEN: &str = "InvalidUserData.Forbidden";
/// `InvalidUserData.NotSupported` (HTTP 400), listed by 3 operations.
pub const INVALID_USER_DATA_NOT_SUPPORTED: &str = "InvalidUserData.NotSupported";
/// `InvalidUserData.SizeExceeded` (HTTP 400), listed by 5 operations.
pub const INVALID_USER_DATA_SIZE_EXCEEDED: &str = "InvalidUserData.SizeExceeded";
/// `InvalidUser.NotInWhiteList` (HTTP 403), listed by 2 operations.
pub const INVALID_USER_NOT_IN_WHITE_LIST: &str = "InvalidUser.NotInWhiteList";
/// `InvalidUser.NotSupported` (HTTP 403), listed by 5 operations.
pub const INVALID_USER_NOT_SUPPORTED: &str = "InvalidUser.NotSupported";
/// `InvalidUser.PassRoleForbidden` (HTTP 403), listed by 5 operations.
pub const INVALID_USER_PASS_ROLE_FORBIDDEN: &str = "InvalidUser.PassRoleForbidden";
/// `InvalidUserType.NotSupported` (HTTP 403), listed by 15 operations.
pub const INVALID_USER_TYPE_NOT_SUPPORTED: &str = "InvalidUserType.NotSupported";
/// `InvalidUser.Unauthorized` (HTTP 401, 403), listed by 7 operations.
pub const INVALID_USER_UNAUTHORIZED: &str = "InvalidUser.Unauthorized";
/// `InvalidValidTime.MalFormed` (HTTP 400), listed by 1 operation.
pub const INVALID_VALID_TIME_MAL_FORMED: &str = "InvalidValidTime.MalFormed";
/// `InvalidVbrId.NotFound` (HTTP 400, 404), listed by 4 operations.
pub const INVALID_VBR_ID_NOT_FOUND: &str = "InvalidVbrId.NotFound";
/// `InvalidVbrOwnerId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_VBR_OWNER_ID_NOT_FOUND: &str = "InvalidVbrOwnerId.NotFound";
/// `InvalidVBRStatus` (HTTP 400), listed by 1 operation.
pub const INVALID_VBR_STATUS: &str = "InvalidVBRStatus";
/// `InvalidVHDImage.IncorrectSize` (HTTP 403), listed by 1 operation.
pub const INVALID_VHD_IMAGE_INCORRECT_SIZE: &str = "InvalidVHDImage.IncorrectSize";
/// `InvalidVip.Status` (HTTP 400), listed by 1 operation.
pub const INVALID_VIP_STATUS: &str = "InvalidVip.Status";
/// `InvalidVlanId.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_VLAN_ID_MALFORMED: &str = "InvalidVlanId.Malformed";
/// `InvalidVlanId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_VLAN_ID_NOT_FOUND: &str = "InvalidVlanId.NotFound";
/// `InvalidVlanId.Used` (HTTP 400), listed by 2 operations.
pub const INVALID_VLAN_ID_USED: &str = "InvalidVlanId.Used";
/// `InvalidVolumeId.NotFound` (HTTP 404), listed by 2 operations.
pub const INVALID_VOLUME_ID_NOT_FOUND: &str = "InvalidVolumeId.NotFound";
/// `InvalidVpcDiscription.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_VPC_DISCRIPTION_MALFORMED: &str = "InvalidVpcDiscription.Malformed";
/// `InvalidVpc.Empty` (HTTP 403), listed by 1 operation.
pub const INVALID_VPC_EMPTY: &str = "InvalidVpc.Empty";
/// `INVALID_VPC_ID` (HTTP 400), listed by 1 operation.
pub const INVALID_VPC_ID: &str = "INVALID_VPC_ID";
/// `InvalidVpcId.Malformed` (HTTP 403), listed by 2 operations.
pub const INVALID_VPC_ID_MALFORMED: &str = "InvalidVpcId.Malformed";
/// `InvalidVpcId.NotFound` (HTTP 400, 403, 404), listed by 6 operations.
pub const INVALID_VPC_ID_NOT_FOUND: &str = "InvalidVpcId.NotFound";
/// `InvalidVpcIdNumber.NotSupported` (HTTP 400, 404), listed by 2 operations.
pub const INVALID_VPC_ID_NUMBER_NOT_SUPPORTED: &str = "InvalidVpcIdNumber.NotSupported";
/// `InvalidVpcId.SharedVpc` (HTTP 403), listed by 1 operation.
pub const INVALID_VPC_ID_SHARED_VPC: &str = "InvalidVpcId.SharedVpc";
/// `InvalidVpc.Indeterminacy` (HTTP 403), listed by 1 operation.
pub const INVALID_VPC_INDETERMINACY: &str = "InvalidVpc.Indeterminacy";
/// `InvalidVpcName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_VPC_NAME_MALFORMED: &str = "InvalidVpcName.Malformed";
/// `InvalidVpc.NotBelong` (HTTP 403), listed by 1 operation.
pub const INVALID_VPC_NOT_BELONG: &str = "InvalidVpc.NotBelong";
/// `InvalidVPC.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_VPC_NOT_FOUND: &str = "InvalidVPC.NotFound";
/// Every spelling of [`INVALID_VPC_NOT_FOUND`] the metadata lists: `InvalidVPC.NotFound`, `InvalidVpc.NotFound`.
pub const INVALID_VPC_NOT_FOUND_SPELLINGS: &[&str] =
    &["InvalidVPC.NotFound", "InvalidVpc.NotFound"];
/// `InvalidVPCStatus` (HTTP 400), listed by 1 operation.
pub const INVALID_VPC_STATUS: &str = "InvalidVPCStatus";
/// `InvalidVPCStatus.NotWorking` (HTTP 403), listed by 1 operation.
pub const INVALID_VPC_STATUS_NOT_WORKING: &str = "InvalidVPCStatus.NotWorking";
/// `InvalidVpcZone.NotSupported` (HTTP 400), listed by 2 operations.
pub const INVALID_VPC_ZONE_NOT_SUPPORTED: &str = "InvalidVpcZone.NotSupported";
/// `InvalidVpnInstanceId.NotFound` (HTTP 400), listed by 2 operations.
pub const INVALID_VPN_INSTANCE_ID_NOT_FOUND: &str = "InvalidVpnInstanceId.NotFound";
/// `InvalidVRouterDiscription.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_V_ROUTER_DISCRIPTION_MALFORMED: &str = "InvalidVRouterDiscription.Malformed";
/// `InvalidVRouterId.NotFound` (HTTP 404), listed by 1 operation.
pub const INVALID_V_ROUTER_ID_NOT_FOUND: &str = "InvalidVRouterId.NotFound";
/// `InvalidVRouterName.Malformed` (HTTP 400), listed by 1 operation.
pub const INVALID_V_ROUTER_NAME_MALFORMED: &str = "InvalidVRouterName.Malformed";
/// `InvalidVRouter.NotFound` (HTTP 400), listed by 2 operations.
pub const INVALID_V_ROUTER_NOT_FOUND: &str = "InvalidVRouter.NotFound";
/// `InvalidVSwitch.DefaultVSwitchNotSupport` (HTTP 403), listed by 2 operations.
pub const INVALID_V_SWITCH_DEFAULT_V_SWITCH_NOT_SUPPORT: &str =
    "InvalidVSwitch.DefaultVSwitchNotSupport";
/// `InvalidVSwitchDiscription.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_V_SWITCH_DISCRIPTION_MALFORMED: &str = "InvalidVSwitchDiscription.Malformed";
/// `InvalidVSwitchId.IpInvalid` (HTTP 403, 404), listed by 6 operations.
pub const INVALID_V_SWITCH_ID_IP_INVALID: &str = "InvalidVSwitchId.IpInvalid";
/// `InvalidVSwitchId.IpNotEnough` (HTTP 403), listed by 2 operations.
pub const INVALID_V_SWITCH_ID_IP_NOT_ENOUGH: &str = "InvalidVSwitchId.IpNotEnough";
/// `InvalidVSwitchId.IpPrefixNotEnough` (HTTP 403), listed by 3 operations.
pub const INVALID_V_SWITCH_ID_IP_PREFIX_NOT_ENOUGH: &str = "InvalidVSwitchId.IpPrefixNotEnough";
/// `InvalidVSwitchId.Mismatch` (HTTP 400), listed by 1 operation.
pub const INVALID_V_SWITCH_ID_MISMATCH: &str = "InvalidVSwitchId.Mismatch";
/// `InvalidVSwitchId.Necessary` (HTTP 400), listed by 2 operations.
pub const INVALID_V_SWITCH_ID_NECESSARY: &str = "InvalidVSwitchId.Necessary";
/// `InvalidVSwitchId.NotExist` (HTTP 404), listed by 1 operation.
pub const INVALID_V_SWITCH_ID_NOT_EXIST: &str = "InvalidVSwitchId.NotExist";
/// `InvalidVSwitchId.NotFound` (HTTP 400, 403, 404), listed by 16 operations.
pub const INVALID_V_SWITCH_ID_NOT_FOUND: &str = "InvalidVSwitchId.NotFound";
/// `InvalidVSwitchIdNumber.NotSupported` (HTTP 404), listed by 1 operation.
pub const INVALID_V_SWITCH_ID_NUMBER_NOT_SUPPORTED: &str = "InvalidVSwitchIdNumber.NotSupported";
/// `InvalidVSwitch.Ipv6NotTurnOn` (HTTP 403), listed by 2 operations.
pub const INVALID_V_SWITCH_IPV6_NOT_TURN_ON: &str = "InvalidVSwitch.Ipv6NotTurnOn";
/// `InvalidVSwitchName.Malformed` (HTTP 400), listed by 2 operations.
pub const INVALID_V_SWITCH_NAME_MALFORMED: &str = "InvalidVSwitchName.Malformed";
/// `InvalidVSwitch.NotBelongToVpc` (HTTP 404), listed by 1 operation.
pub const INVALID_V_SWITCH_NOT_BELONG_TO_VPC: &str = "InvalidVSwitch.NotBelongToVpc";
/// `InvalidVSwitch.NotFound` (HTTP 400), listed by 1 operation.
pub const INVALID_V_SWITCH_NOT_FOUND: &str = "InvalidVSwitch.NotFound";
/// `INVALID_WEIGHT_PARAM` (HTTP 400), listed by 1 operation.
pub const INVALID_WEIGHT_PARAM: &str = "INVALID_WEIGHT_PARAM";
/// `Invalid.ZoneId` (HTTP 400), listed by 12 operations.
pub const INVALID_ZONE_ID: &str = "Invalid.ZoneId";
/// `Invalid.ZoneIds` (HTTP 403), listed by 2 operations.
pub const INVALID_ZONE_IDS: &str = "Invalid.ZoneIds";
/// `InvalidZoneId.DiskCategoryUnsupported` (HTTP 400), listed by 1 operation.
pub const INVALID_ZONE_ID_DISK_CATEGORY_UNSUPPORTED: &str = "InvalidZoneId.DiskCategoryUnsupported";
/// `InvalidZoneId.MalFormed` (HTTP 400), listed by 1 operation.
pub const INVALID_ZONE_ID_MAL_FORMED: &str = "InvalidZoneId.MalFormed";
/// `InvalidZoneId.NotFound` (HTTP 400, 403, 404), listed by 22 operations.
pub const INVALID_ZONE_ID_NOT_FOUND: &str = "InvalidZoneId.NotFound";
/// `InvalidZoneId.NotSupportCreateWithShareEncryptedImage` (HTTP 400), listed by 1 operation.
pub const INVALID_ZONE_ID_NOT_SUPPORT_CREATE_WITH_SHARE_ENCRYPTED_IMAGE: &str =
    "InvalidZoneId.NotSupportCreateWithShareEncryptedImage";
/// `InvalidZoneId.NotSupportShareEncryptedImage` (HTTP 400), listed by 1 operation.
pub const INVALID_ZONE_ID_NOT_SUPPORT_SHARE_ENCRYPTED_IMAGE: &str =
    "InvalidZoneId.NotSupportShareEncryptedImage";
/// `InvalidZoneId.ValueNotSupported` (HTTP 400, 403), listed by 3 operations.
pub const INVALID_ZONE_ID_VALUE_NOT_SUPPORTED: &str = "InvalidZoneId.ValueNotSupported";
/// `InvalidZone.NotFound` (HTTP 400, 404), listed by 8 operations.
pub const INVALID_ZONE_NOT_FOUND: &str = "InvalidZone.NotFound";
/// `InvalidZone.NotSupported` (HTTP 403), listed by 5 operations.
pub const INVALID_ZONE_NOT_SUPPORTED: &str = "InvalidZone.NotSupported";
/// `InvalidZone.PartitionNumberNotSupported` (HTTP 403), listed by 5 operations.
pub const INVALID_ZONE_PARTITION_NUMBER_NOT_SUPPORTED: &str =
    "InvalidZone.PartitionNumberNotSupported";
/// `Invocation.ExceedQuota` (HTTP 403), listed by 2 operations.
pub const INVOCATION_EXCEED_QUOTA: &str = "Invocation.ExceedQuota";
/// `InvokeError` (HTTP 400), listed by 1 operation.
pub const INVOKE_ERROR: &str = "InvokeError";
/// `InValidParameter` (HTTP 400, 403), listed by 2 operations.
pub const IN_VALID_PARAMETER: &str = "InValidParameter";
/// `InValidParameter.NextToken` (HTTP 400), listed by 1 operation.
pub const IN_VALID_PARAMETER_NEXT_TOKEN: &str = "InValidParameter.NextToken";
/// `IoOptimized.NotSupported` (HTTP 400, 403, 404), listed by 4 operations.
pub const IO_OPTIMIZED_NOT_SUPPORTED: &str = "IoOptimized.NotSupported";
/// `IpAllocationError` (HTTP 400), listed by 1 operation.
pub const IP_ALLOCATION_ERROR: &str = "IpAllocationError";
/// `IpInUse` (HTTP 403), listed by 1 operation.
pub const IP_IN_USE: &str = "IpInUse";
/// `JoinedGroupLimitExceed` (HTTP 400, 404), listed by 5 operations.
pub const JOINED_GROUP_LIMIT_EXCEED: &str = "JoinedGroupLimitExceed";
/// `KeyPair.AlreadyExist` (HTTP 400), listed by 2 operations.
pub const KEY_PAIR_ALREADY_EXIST: &str = "KeyPair.AlreadyExist";
/// `LackResource` (HTTP 400), listed by 3 operations.
pub const LACK_RESOURCE: &str = "LackResource";
/// `LastOrderProcessing` (HTTP 400), listed by 6 operations.
pub const LAST_ORDER_PROCESSING: &str = "LastOrderProcessing";
/// `LastRequestProcessing` (HTTP 400), listed by 1 operation.
pub const LAST_REQUEST_PROCESSING: &str = "LastRequestProcessing";
/// `LastTokenProcessing` (HTTP 403), listed by 4 operations.
pub const LAST_TOKEN_PROCESSING: &str = "LastTokenProcessing";
/// `LaunchTemplateLimitExceed` (HTTP 403), listed by 1 operation.
pub const LAUNCH_TEMPLATE_LIMIT_EXCEED: &str = "LaunchTemplateLimitExceed";
/// `LaunchTemplateName.Duplicated` (HTTP 403), listed by 1 operation.
pub const LAUNCH_TEMPLATE_NAME_DUPLICATED: &str = "LaunchTemplateName.Duplicated";
/// `LaunchTemplateVersionLimitExceed` (HTTP 403), listed by 1 operation.
pub const LAUNCH_TEMPLATE_VERSION_LIMIT_EXCEED: &str = "LaunchTemplateVersionLimitExceed";
/// `LimitationExceed.InterfaceNumberOnRouter` (HTTP 400), listed by 1 operation.
pub const LIMITATION_EXCEED_INTERFACE_NUMBER_ON_ROUTER: &str =
    "LimitationExceed.InterfaceNumberOnRouter";
/// `LimitExceed.Entry` (HTTP 400), listed by 2 operations.
pub const LIMIT_EXCEED_ENTRY: &str = "LimitExceed.Entry";
/// `LimitExceed.MaxEntries` (HTTP 400), listed by 2 operations.
pub const LIMIT_EXCEED_MAX_ENTRIES: &str = "LimitExceed.MaxEntries";
/// `LimitExceed.PrefixListAssociationResource` (HTTP 403), listed by 2 operations.
pub const LIMIT_EXCEED_PREFIX_LIST_ASSOCIATION_RESOURCE: &str =
    "LimitExceed.PrefixListAssociationResource";
/// `LimitExceed.PrefixListId` (HTTP 400), listed by 1 operation.
pub const LIMIT_EXCEED_PREFIX_LIST_ID: &str = "LimitExceed.PrefixListId";
/// `LimitExceed.PrefixListPerRegion` (HTTP 404), listed by 1 operation.
pub const LIMIT_EXCEED_PREFIX_LIST_PER_REGION: &str = "LimitExceed.PrefixListPerRegion";
/// `LinkRole.NotSupport` (HTTP 400), listed by 1 operation.
pub const LINK_ROLE_NOT_SUPPORT: &str = "LinkRole.NotSupport";
/// `LoginAsNonRoot.ImageNotSupport` (HTTP 400), listed by 3 operations.
pub const LOGIN_AS_NON_ROOT_IMAGE_NOT_SUPPORT: &str = "LoginAsNonRoot.ImageNotSupport";
/// `LoginAsNonRoot.RegionNotSupport` (HTTP 403), listed by 2 operations.
pub const LOGIN_AS_NON_ROOT_REGION_NOT_SUPPORT: &str = "LoginAsNonRoot.RegionNotSupport";
/// `MalformedParameter.PerformanceControlOptions` (HTTP 400), listed by 1 operation.
pub const MALFORMED_PARAMETER_PERFORMANCE_CONTROL_OPTIONS: &str =
    "MalformedParameter.PerformanceControlOptions";
/// `MaxEIPQuotaExceeded` (HTTP 403), listed by 1 operation.
pub const MAX_EIP_QUOTA_EXCEEDED: &str = "MaxEIPQuotaExceeded";
/// `MaxEniCountExceeded` (HTTP 403), listed by 8 operations.
pub const MAX_ENI_COUNT_EXCEEDED: &str = "MaxEniCountExceeded";
/// `MaxEniIpv6IpsCountExceeded` (HTTP 403, 404), listed by 2 operations.
pub const MAX_ENI_IPV6_IPS_COUNT_EXCEEDED: &str = "MaxEniIpv6IpsCountExceeded";
/// `MaxEniPrivateIpsCountExceeded` (HTTP 403), listed by 2 operations.
pub const MAX_ENI_PRIVATE_IPS_COUNT_EXCEEDED: &str = "MaxEniPrivateIpsCountExceeded";
/// `Mayi.InternalError` (HTTP 403), listed by 3 operations.
pub const MAYI_INTERNAL_ERROR: &str = "Mayi.InternalError";
/// `Mismatch.InstanceIdAndRegionId` (HTTP 400), listed by 1 operation.
pub const MISMATCH_INSTANCE_ID_AND_REGION_ID: &str = "Mismatch.InstanceIdAndRegionId";
/// `MissingParameter` (HTTP 400, 403, 404), listed by 81 operations.
pub const MISSING_PARAMETER: &str = "MissingParameter";
/// `MissingParameter.Architecture` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_ARCHITECTURE: &str = "MissingParameter.Architecture";
/// `MissingParameter.BandwidthPackage` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_BANDWIDTH_PACKAGE: &str = "MissingParameter.BandwidthPackage";
/// `MissingParameter.Capacity` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_CAPACITY: &str = "MissingParameter.Capacity";
/// `MissingParameter.Content` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_CONTENT: &str = "MissingParameter.Content";
/// `MissingParameter.DedicatedHostId` (HTTP 403), listed by 2 operations.
pub const MISSING_PARAMETER_DEDICATED_HOST_ID: &str = "MissingParameter.DedicatedHostId";
/// `MissingParameter.Dest` (HTTP 400), listed by 3 operations.
pub const MISSING_PARAMETER_DEST: &str = "MissingParameter.Dest";
/// `MissingParameter.DiskCategory` (HTTP 400), listed by 2 operations.
pub const MISSING_PARAMETER_DISK_CATEGORY: &str = "MissingParameter.DiskCategory";
/// `MissingParameter.DiskDeviceMapping` (HTTP 403), listed by 1 operation.
pub const MISSING_PARAMETER_DISK_DEVICE_MAPPING: &str = "MissingParameter.DiskDeviceMapping";
/// `MissingParameter.DiskIdOrDiskIds` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_DISK_ID_OR_DISK_IDS: &str = "MissingParameter.DiskIdOrDiskIds";
/// `MissingParameter.HpcClusterId` (HTTP 400), listed by 2 operations.
pub const MISSING_PARAMETER_HPC_CLUSTER_ID: &str = "MissingParameter.HpcClusterId";
/// `MissingParameter.ImagePipelineId` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_IMAGE_PIPELINE_ID: &str = "MissingParameter.ImagePipelineId";
/// `MissingParameter.InstanceAmount` (HTTP 400), listed by 9 operations.
pub const MISSING_PARAMETER_INSTANCE_AMOUNT: &str = "MissingParameter.InstanceAmount";
/// `MissingParameter.InstanceCpuCoreCount` (HTTP 400), listed by 9 operations.
pub const MISSING_PARAMETER_INSTANCE_CPU_CORE_COUNT: &str = "MissingParameter.InstanceCpuCoreCount";
/// `MissingParameter.InstanceCpuCoreCountOrInstanceAmount` (HTTP 400), listed by 9 operations.
pub const MISSING_PARAMETER_INSTANCE_CPU_CORE_COUNT_OR_INSTANCE_AMOUNT: &str =
    "MissingParameter.InstanceCpuCoreCountOrInstanceAmount";
/// `MissingParameter.InstanceId` (HTTP 400, 403), listed by 3 operations.
pub const MISSING_PARAMETER_INSTANCE_ID: &str = "MissingParameter.InstanceId";
/// `MissingParameter.InstanceIdNotSupported` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_INSTANCE_ID_NOT_SUPPORTED: &str =
    "MissingParameter.InstanceIdNotSupported";
/// `MissingParameter.InstanceType` (HTTP 400, 403), listed by 4 operations.
pub const MISSING_PARAMETER_INSTANCE_TYPE: &str = "MissingParameter.InstanceType";
/// `MissingParameter.InstanceTypeAndAmountBothEmpty` (HTTP 400, 403), listed by 3 operations.
pub const MISSING_PARAMETER_INSTANCE_TYPE_AND_AMOUNT_BOTH_EMPTY: &str =
    "MissingParameter.InstanceTypeAndAmountBothEmpty";
/// `MissingParameter.InstanceTypeOrDataDisk` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_INSTANCE_TYPE_OR_DATA_DISK: &str =
    "MissingParameter.InstanceTypeOrDataDisk";
/// `MissingParameter.LaunchTemplateConfigs` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_LAUNCH_TEMPLATE_CONFIGS: &str =
    "MissingParameter.LaunchTemplateConfigs";
/// `MissingParameter.PackageType` (HTTP 400), listed by 9 operations.
pub const MISSING_PARAMETER_PACKAGE_TYPE: &str = "MissingParameter.PackageType";
/// `MissingParameter.Platform` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_PLATFORM: &str = "MissingParameter.Platform";
/// `MissingParameter.PrivatePoolOptions.Id` (HTTP 400), listed by 11 operations.
pub const MISSING_PARAMETER_PRIVATE_POOL_OPTIONS_ID: &str =
    "MissingParameter.PrivatePoolOptions.Id";
/// Every spelling of [`MISSING_PARAMETER_PRIVATE_POOL_OPTIONS_ID`] the metadata lists: `MissingParameter.PrivatePoolOptions.Id`, `MissingParameter.PrivatePoolOptionsId`.
pub const MISSING_PARAMETER_PRIVATE_POOL_OPTIONS_ID_SPELLINGS: &[&str] = &[
    "MissingParameter.PrivatePoolOptions.Id",
    "MissingParameter.PrivatePoolOptionsId",
];
/// `MissingParameter.PrivatePoolOptions.Ids` (HTTP 400), listed by 9 operations.
pub const MISSING_PARAMETER_PRIVATE_POOL_OPTIONS_IDS: &str =
    "MissingParameter.PrivatePoolOptions.Ids";
/// `MissingParameter.RegionId` (HTTP 400, 404), listed by 22 operations.
pub const MISSING_PARAMETER_REGION_ID: &str = "MissingParameter.RegionId";
/// `MissingParameter.ReservedInstanceConfiguration` (HTTP 400, 403), listed by 3 operations.
pub const MISSING_PARAMETER_RESERVED_INSTANCE_CONFIGURATION: &str =
    "MissingParameter.ReservedInstanceConfiguration";
/// `MissingParameter.ReservedInstanceId` (HTTP 400, 403), listed by 3 operations.
pub const MISSING_PARAMETER_RESERVED_INSTANCE_ID: &str = "MissingParameter.ReservedInstanceId";
/// `MissingParameter.ReservedInstanceIds` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_RESERVED_INSTANCE_IDS: &str = "MissingParameter.ReservedInstanceIds";
/// `MissingParameter.ResourceIds` (HTTP 404), listed by 3 operations.
pub const MISSING_PARAMETER_RESOURCE_IDS: &str = "MissingParameter.ResourceIds";
/// `MissingParameter.ResourceTagKey` (HTTP 400), listed by 2 operations.
pub const MISSING_PARAMETER_RESOURCE_TAG_KEY: &str = "MissingParameter.ResourceTagKey";
/// `MissingParameter.ResourceType` (HTTP 404), listed by 3 operations.
pub const MISSING_PARAMETER_RESOURCE_TYPE: &str = "MissingParameter.ResourceType";
/// `MissingParameter.Source` (HTTP 400), listed by 3 operations.
pub const MISSING_PARAMETER_SOURCE: &str = "MissingParameter.Source";
/// `MissingParameter.SpotAllocationStrategy` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_SPOT_ALLOCATION_STRATEGY: &str =
    "MissingParameter.SpotAllocationStrategy";
/// `MissingParameter.StorageCapacityUnitId` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_STORAGE_CAPACITY_UNIT_ID: &str =
    "MissingParameter.StorageCapacityUnitId";
/// `MissingParameter.Tags` (HTTP 404), listed by 3 operations.
pub const MISSING_PARAMETER_TAGS: &str = "MissingParameter.Tags";
/// `MissingParameter.TagKey` (HTTP 400), listed by 9 operations.
pub const MISSING_PARAMETER_TAG_KEY: &str = "MissingParameter.TagKey";
/// `MissingParameter.TagOwnerBid` (HTTP 404), listed by 3 operations.
pub const MISSING_PARAMETER_TAG_OWNER_BID: &str = "MissingParameter.TagOwnerBid";
/// `MissingParameter.TagOwnerUid` (HTTP 404), listed by 3 operations.
pub const MISSING_PARAMETER_TAG_OWNER_UID: &str = "MissingParameter.TagOwnerUid";
/// `MissingParameter.WeightedCapacity` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAMETER_WEIGHTED_CAPACITY: &str = "MissingParameter.WeightedCapacity";
/// `MissingParameter.ZoneId` (HTTP 400, 403), listed by 3 operations.
pub const MISSING_PARAMETER_ZONE_ID: &str = "MissingParameter.ZoneId";
/// `MissingParamter` (HTTP 400), listed by 3 operations.
pub const MISSING_PARAMTER: &str = "MissingParamter";
/// `MissingParamter.InstanceId` (HTTP 400, 403), listed by 3 operations.
pub const MISSING_PARAMTER_INSTANCE_ID: &str = "MissingParamter.InstanceId";
/// `MissingParamter.RegionId` (HTTP 400), listed by 12 operations.
pub const MISSING_PARAMTER_REGION_ID: &str = "MissingParamter.RegionId";
/// `MissingParam.Bandwidth` (HTTP 400), listed by 1 operation.
pub const MISSING_PARAM_BANDWIDTH: &str = "MissingParam.Bandwidth";
/// `MissingParam.Frequency` (HTTP 400), listed by 2 operations.
pub const MISSING_PARAM_FREQUENCY: &str = "MissingParam.Frequency";
/// `MissingParam.InstanceId` (HTTP 400), listed by 5 operations.
pub const MISSING_PARAM_INSTANCE_ID: &str = "MissingParam.InstanceId";
/// `MissingTemporary.EndTime` (HTTP 404), listed by 1 operation.
pub const MISSING_TEMPORARY_END_TIME: &str = "MissingTemporary.EndTime";
/// `MissingTemporary.StartTime` (HTTP 404), listed by 1 operation.
pub const MISSING_TEMPORARY_START_TIME: &str = "MissingTemporary.StartTime";
/// `ModifyingDiskCategoryLimitExceed` (HTTP 403), listed by 1 operation.
pub const MODIFYING_DISK_CATEGORY_LIMIT_EXCEED: &str = "ModifyingDiskCategoryLimitExceed";
/// `NATGATEWAY_FINANCIALLOCKED` (HTTP 400), listed by 1 operation.
pub const NATGATEWAY_FINANCIALLOCKED: &str = "NATGATEWAY_FINANCIALLOCKED";
/// `NAT_PUBLIC_IP_ALLOCATE_FAILED` (HTTP 403), listed by 1 operation.
pub const NAT_PUBLIC_IP_ALLOCATE_FAILED: &str = "NAT_PUBLIC_IP_ALLOCATE_FAILED";
/// `NAT_PUBLIC_IP_BINDING_FAILED` (HTTP 403), listed by 2 operations.
pub const NAT_PUBLIC_IP_BINDING_FAILED: &str = "NAT_PUBLIC_IP_BINDING_FAILED";
/// `NodeControllerUnavailable` (HTTP 403), listed by 6 operations.
pub const NODE_CONTROLLER_UNAVAILABLE: &str = "NodeControllerUnavailable";
/// `NotAllowed.AssociationExist` (HTTP 400), listed by 1 operation.
pub const NOT_ALLOWED_ASSOCIATION_EXIST: &str = "NotAllowed.AssociationExist";
/// `NotBelongUser` (HTTP 400), listed by 4 operations.
pub const NOT_BELONG_USER: &str = "NotBelongUser";
/// `NotEmptyCommandContent.RESTART` (HTTP 400), listed by 2 operations.
pub const NOT_EMPTY_COMMAND_CONTENT_RESTART: &str = "NotEmptyCommandContent.RESTART";
/// `NotEmpty.HpcCluster` (HTTP 400), listed by 1 operation.
pub const NOT_EMPTY_HPC_CLUSTER: &str = "NotEmpty.HpcCluster";
/// `NotExists.HpcCluster` (HTTP 400), listed by 1 operation.
pub const NOT_EXISTS_HPC_CLUSTER: &str = "NotExists.HpcCluster";
/// `NotSupported` (HTTP 405), listed by 2 operations.
pub const NOT_SUPPORTED: &str = "NotSupported";
/// `NotSupported.ClassicNetworkPrefixList` (HTTP 400), listed by 4 operations.
pub const NOT_SUPPORTED_CLASSIC_NETWORK_PREFIX_LIST: &str = "NotSupported.ClassicNetworkPrefixList";
/// `NotSupportedCommand.FROM` (HTTP 404), listed by 1 operation.
pub const NOT_SUPPORTED_COMMAND_FROM: &str = "NotSupportedCommand.FROM";
/// `NotSupported.PageNumberAndPageSize` (HTTP 400), listed by 1 operation.
pub const NOT_SUPPORTED_PAGE_NUMBER_AND_PAGE_SIZE: &str = "NotSupported.PageNumberAndPageSize";
/// `NotSupported.ResourceType` (HTTP 400), listed by 1 operation.
pub const NOT_SUPPORTED_RESOURCE_TYPE: &str = "NotSupported.ResourceType";
/// `NotSupport.SnapshotEncryptedAlgorithmConflict` (HTTP 400), listed by 2 operations.
pub const NOT_SUPPORT_SNAPSHOT_ENCRYPTED_ALGORITHM_CONFLICT: &str =
    "NotSupport.SnapshotEncryptedAlgorithmConflict";
/// `NotSupportSnapshotEncrypted.DiskCategory` (HTTP 400, 403), listed by 4 operations.
pub const NOT_SUPPORT_SNAPSHOT_ENCRYPTED_DISK_CATEGORY: &str =
    "NotSupportSnapshotEncrypted.DiskCategory";
/// `NotSupportSnapshotEncrypted.ImageOwnerAlias` (HTTP 400), listed by 1 operation.
pub const NOT_SUPPORT_SNAPSHOT_ENCRYPTED_IMAGE_OWNER_ALIAS: &str =
    "NotSupportSnapshotEncrypted.ImageOwnerAlias";
/// `NotSupportSnapshotEncrypted.InstanceType` (HTTP 400), listed by 1 operation.
pub const NOT_SUPPORT_SNAPSHOT_ENCRYPTED_INSTANCE_TYPE: &str =
    "NotSupportSnapshotEncrypted.InstanceType";
/// `NotSupportSnapshotEncrypted.RegionId` (HTTP 400), listed by 2 operations.
pub const NOT_SUPPORT_SNAPSHOT_ENCRYPTED_REGION_ID: &str = "NotSupportSnapshotEncrypted.RegionId";
/// `NotSupportSnapshotEncrypted.ShareImage` (HTTP 400), listed by 3 operations.
pub const NOT_SUPPORT_SNAPSHOT_ENCRYPTED_SHARE_IMAGE: &str =
    "NotSupportSnapshotEncrypted.ShareImage";
/// `NotSupportSnapshotEncrypted.ZoneId` (HTTP 400), listed by 2 operations.
pub const NOT_SUPPORT_SNAPSHOT_ENCRYPTED_ZONE_ID: &str = "NotSupportSnapshotEncrypted.ZoneId";
/// `NoAttributeToModify` (HTTP 400), listed by 2 operations.
pub const NO_ATTRIBUTE_TO_MODIFY: &str = "NoAttributeToModify";
/// `NoAvaliableDedicatedHost` (HTTP 400), listed by 3 operations.
pub const NO_AVALIABLE_DEDICATED_HOST: &str = "NoAvaliableDedicatedHost";
/// `NoChangeInDiskCategoryAndPerformanceLevel` (HTTP 403), listed by 1 operation.
pub const NO_CHANGE_IN_DISK_CATEGORY_AND_PERFORMANCE_LEVEL: &str =
    "NoChangeInDiskCategoryAndPerformanceLevel";
/// `NoPermission` (HTTP 400), listed by 4 operations.
pub const NO_PERMISSION: &str = "NoPermission";
/// `NoPermissionKey.Scope` (HTTP 403), listed by 2 operations.
pub const NO_PERMISSION_KEY_SCOPE: &str = "NoPermissionKey.Scope";
/// `NoPermission.Price` (HTTP 400), listed by 10 operations.
pub const NO_PERMISSION_PRICE: &str = "NoPermission.Price";
/// `NoPermission.Refund` (HTTP 400), listed by 6 operations.
pub const NO_PERMISSION_REFUND: &str = "NoPermission.Refund";
/// `NoPermission.SystemTag` (HTTP 400), listed by 1 operation.
pub const NO_PERMISSION_SYSTEM_TAG: &str = "NoPermission.SystemTag";
/// `NoPermission.Tag` (HTTP 403), listed by 3 operations.
pub const NO_PERMISSION_TAG: &str = "NoPermission.Tag";
/// `NoSetRoletoECSServiceAcount` (HTTP 403), listed by 2 operations.
pub const NO_SET_ROLETO_ECS_SERVICE_ACOUNT: &str = "NoSetRoletoECSServiceAcount";
/// `NoStock` (HTTP 400), listed by 1 operation.
pub const NO_STOCK: &str = "NoStock";
/// `NoSuchResource` (HTTP 404), listed by 5 operations.
pub const NO_SUCH_RESOURCE: &str = "NoSuchResource";
/// `NumberExceed.ResourceIds` (HTTP 400), listed by 3 operations.
pub const NUMBER_EXCEED_RESOURCE_IDS: &str = "NumberExceed.ResourceIds";
/// `NumberExceed.ResourceTags` (HTTP 400), listed by 2 operations.
pub const NUMBER_EXCEED_RESOURCE_TAGS: &str = "NumberExceed.ResourceTags";
/// `NumberExceed.Tags` (HTTP 400), listed by 13 operations.
pub const NUMBER_EXCEED_TAGS: &str = "NumberExceed.Tags";
/// `NumberExceed.TagValues` (HTTP 403), listed by 1 operation.
pub const NUMBER_EXCEED_TAG_VALUES: &str = "NumberExceed.TagValues";
/// `NumberExceed.TooManyDisks` (HTTP 403), listed by 1 operation.
pub const NUMBER_EXCEED_TOO_MANY_DISKS: &str = "NumberExceed.TooManyDisks";
/// `Operation.Conflict` (HTTP 400, 403), listed by 7 operations.
pub const OPERATION_CONFLICT: &str = "Operation.Conflict";
/// Every spelling of [`OPERATION_CONFLICT`] the metadata lists: `Operation.Conflict`, `OperationConflict`.
pub const OPERATION_CONFLICT_SPELLINGS: &[&str] = &["Operation.Conflict", "OperationConflict"];
/// `OperationDeined.EncryptedSnapshot` (HTTP 403), listed by 2 operations.
pub const OPERATION_DEINED_ENCRYPTED_SNAPSHOT: &str = "OperationDeined.EncryptedSnapshot";
/// `OperationDeined.FullImage` (HTTP 403), listed by 1 operation.
pub const OPERATION_DEINED_FULL_IMAGE: &str = "OperationDeined.FullImage";
/// `OperationDeined.ImageUsingByInstance` (HTTP 403), listed by 1 operation.
pub const OPERATION_DEINED_IMAGE_USING_BY_INSTANCE: &str = "OperationDeined.ImageUsingByInstance";
/// `OperationDenied` (HTTP 400, 403, 404, 500), listed by 42 operations.
pub const OPERATION_DENIED: &str = "OperationDenied";
/// `OperationDenied.AbnormalInstanceInfo` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_ABNORMAL_INSTANCE_INFO: &str = "OperationDenied.AbnormalInstanceInfo";
/// `OperationDenied.AcceptNotSupported` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_ACCEPT_NOT_SUPPORTED: &str = "OperationDenied.AcceptNotSupported";
/// `OperationDenied.BidOwnResource` (HTTP 403), listed by 3 operations.
pub const OPERATION_DENIED_BID_OWN_RESOURCE: &str = "OperationDenied.BidOwnResource";
/// `OperationDenied.CannotPerform` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_CANNOT_PERFORM: &str = "OperationDenied.CannotPerform";
/// `OperationDenied.CloudboxNotSupport` (HTTP 400), listed by 2 operations.
pub const OPERATION_DENIED_CLOUDBOX_NOT_SUPPORT: &str = "OperationDenied.CloudboxNotSupport";
/// `OperationDenied.CloudBoxResourceExist` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_CLOUD_BOX_RESOURCE_EXIST: &str = "OperationDenied.CloudBoxResourceExist";
/// `OperationDenied.CloudSSDNotSupported` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_CLOUD_SSD_NOT_SUPPORTED: &str = "OperationDenied.CloudSSDNotSupported";
/// `OperationDenied.CommunityImage` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_COMMUNITY_IMAGE: &str = "OperationDenied.CommunityImage";
/// `OperationDenied.CreatingConflict` (HTTP 404), listed by 1 operation.
pub const OPERATION_DENIED_CREATING_CONFLICT: &str = "OperationDenied.CreatingConflict";
/// `OperationDenied.DedicatedHostShared` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_DEDICATED_HOST_SHARED: &str = "OperationDenied.DedicatedHostShared";
/// `OperationDenied.DedicatedRegionNotSupported` (HTTP 400), listed by 2 operations.
pub const OPERATION_DENIED_DEDICATED_REGION_NOT_SUPPORTED: &str =
    "OperationDenied.DedicatedRegionNotSupported";
/// `OperationDenied.DiskExpansionUnfinished` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_DISK_EXPANSION_UNFINISHED: &str =
    "OperationDenied.DiskExpansionUnfinished";
/// `OperationDenied.DiskInDedicatedBlockStorageCluster` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER: &str =
    "OperationDenied.DiskInDedicatedBlockStorageCluster";
/// `OperationDenied.DiskTypeNotSupport` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_DISK_TYPE_NOT_SUPPORT: &str = "OperationDenied.DiskTypeNotSupport";
/// `OperationDenied.EncryptSnapshotAcrossRegion` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_ENCRYPT_SNAPSHOT_ACROSS_REGION: &str =
    "OperationDenied.EncryptSnapshotAcrossRegion";
/// `OperationDenied.EndTimeTypeNotSupported` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_END_TIME_TYPE_NOT_SUPPORTED: &str =
    "OperationDenied.EndTimeTypeNotSupported";
/// `OperationDenied.FlavorNotSupported` (HTTP 403), listed by 5 operations.
pub const OPERATION_DENIED_FLAVOR_NOT_SUPPORTED: &str = "OperationDenied.FlavorNotSupported";
/// `OperationDenied.HostRepairing` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_HOST_REPAIRING: &str = "OperationDenied.HostRepairing";
/// `OperationDenied.IllegalPaymentPolicy` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_ILLEGAL_PAYMENT_POLICY: &str = "OperationDenied.IllegalPaymentPolicy";
/// `OperationDenied.ImageCopying` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_IMAGE_COPYING: &str = "OperationDenied.ImageCopying";
/// `OperationDenied.ImageNotValid` (HTTP 403, 404), listed by 6 operations.
pub const OPERATION_DENIED_IMAGE_NOT_VALID: &str = "OperationDenied.ImageNotValid";
/// `OperationDenied.InconsistentNetwork` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_INCONSISTENT_NETWORK: &str = "OperationDenied.InconsistentNetwork";
/// `OperationDenied.InstanceAmountNotSupported` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_INSTANCE_AMOUNT_NOT_SUPPORTED: &str =
    "OperationDenied.InstanceAmountNotSupported";
/// `OperationDenied.InstanceCreating` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_INSTANCE_CREATING: &str = "OperationDenied.InstanceCreating";
/// `OperationDenied.InvalidImageStatus` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_INVALID_IMAGE_STATUS: &str = "OperationDenied.InvalidImageStatus";
/// `OperationDenied.InvalidInstance` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_INVALID_INSTANCE: &str = "OperationDenied.InvalidInstance";
/// `OperationDenied.InvalidNetworkType` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_INVALID_NETWORK_TYPE: &str = "OperationDenied.InvalidNetworkType";
/// `OperationDenied.InvalidSnapshotCategory` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_INVALID_SNAPSHOT_CATEGORY: &str =
    "OperationDenied.InvalidSnapshotCategory";
/// `OperationDenied.KmsServiceUnauthorized` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_KMS_SERVICE_UNAUTHORIZED: &str =
    "OperationDenied.KmsServiceUnauthorized";
/// `OperationDenied.LocalDiskInstance` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_LOCAL_DISK_INSTANCE: &str = "OperationDenied.LocalDiskInstance";
/// `OperationDenied.LocalDiskUnsupported` (HTTP 403), listed by 3 operations.
pub const OPERATION_DENIED_LOCAL_DISK_UNSUPPORTED: &str = "OperationDenied.LocalDiskUnsupported";
/// `OperationDenied.NonCompliantDestinationRegion` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_NON_COMPLIANT_DESTINATION_REGION: &str =
    "OperationDenied.NonCompliantDestinationRegion";
/// `OperationDenied.NotAuthorized` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_NOT_AUTHORIZED: &str = "OperationDenied.NotAuthorized";
/// `OperationDenied.NotEnoughCapacity` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_NOT_ENOUGH_CAPACITY: &str = "OperationDenied.NotEnoughCapacity";
/// `OperationDenied.NotInWhiteList` (HTTP 403), listed by 5 operations.
pub const OPERATION_DENIED_NOT_IN_WHITE_LIST: &str = "OperationDenied.NotInWhiteList";
/// `OperationDenied.NotPublished` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_NOT_PUBLISHED: &str = "OperationDenied.NotPublished";
/// `OperationDenied.NotSupport` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_NOT_SUPPORT: &str = "OperationDenied.NotSupport";
/// `OperationDenied.NoStock` (HTTP 403, 404), listed by 17 operations.
pub const OPERATION_DENIED_NO_STOCK: &str = "OperationDenied.NoStock";
/// `OperationDenied.NoVlan` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_NO_VLAN: &str = "OperationDenied.NoVlan";
/// `OperationDenied.OnlyModifyName` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_ONLY_MODIFY_NAME: &str = "OperationDenied.OnlyModifyName";
/// `OperationDenied.PaygNotAvailable` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_PAYG_NOT_AVAILABLE: &str = "OperationDenied.PaygNotAvailable";
/// `OperationDenied.PerformanceLevelNotMatch` (HTTP 400, 403), listed by 6 operations.
pub const OPERATION_DENIED_PERFORMANCE_LEVEL_NOT_MATCH: &str =
    "OperationDenied.PerformanceLevelNotMatch";
/// `OperationDenied.PlatformNotSupported` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_PLATFORM_NOT_SUPPORTED: &str = "OperationDenied.PlatformNotSupported";
/// `OperationDenied.PrepayNotAvailable` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_PREPAY_NOT_AVAILABLE: &str = "OperationDenied.PrepayNotAvailable";
/// `OperationDenied.QueryFail` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_QUERY_FAIL: &str = "OperationDenied.QueryFail";
/// `OperationDenied.QuotaExceed` (HTTP 400), listed by 5 operations.
pub const OPERATION_DENIED_QUOTA_EXCEED: &str = "OperationDenied.QuotaExceed";
/// `OperationDenied.RegionIdNotSupported` (HTTP 403), listed by 5 operations.
pub const OPERATION_DENIED_REGION_ID_NOT_SUPPORTED: &str = "OperationDenied.RegionIdNotSupported";
/// `OperationDenied.ResourceControl` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_RESOURCE_CONTROL: &str = "OperationDenied.ResourceControl";
/// `OperationDenied.SameRegionOnly` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_SAME_REGION_ONLY: &str = "OperationDenied.SameRegionOnly";
/// `OperationDenied.SnapshotNotAllowed` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_SNAPSHOT_NOT_ALLOWED: &str = "OperationDenied.SnapshotNotAllowed";
/// `OperationDenied.SnapshotNotValid` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_SNAPSHOT_NOT_VALID: &str = "OperationDenied.SnapshotNotValid";
/// `OperationDenied.SnapshotParamsNotValid` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_SNAPSHOT_PARAMS_NOT_VALID: &str =
    "OperationDenied.SnapshotParamsNotValid";
/// `OperationDenied.SpotPriceLowerThanPublicPrice` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_SPOT_PRICE_LOWER_THAN_PUBLIC_PRICE: &str =
    "OperationDenied.SpotPriceLowerThanPublicPrice";
/// `OperationDenied.StarterPackage` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_STARTER_PACKAGE: &str = "OperationDenied.StarterPackage";
/// `OperationDenied.StartTimeNotSupported` (HTTP 403), listed by 2 operations.
pub const OPERATION_DENIED_START_TIME_NOT_SUPPORTED: &str = "OperationDenied.StartTimeNotSupported";
/// `OperationDenied.TimestampNotSupported` (HTTP 403), listed by 5 operations.
pub const OPERATION_DENIED_TIMESTAMP_NOT_SUPPORTED: &str = "OperationDenied.TimestampNotSupported";
/// `OperationDenied.TooManyDataQueried` (HTTP 400), listed by 2 operations.
pub const OPERATION_DENIED_TOO_MANY_DATA_QUERIED: &str = "OperationDenied.TooManyDataQueried";
/// `OperationDenied.UnfinishedOrder` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_UNFINISHED_ORDER: &str = "OperationDenied.UnfinishedOrder";
/// `OperationDenied.UnpaidOrder` (HTTP 403), listed by 4 operations.
pub const OPERATION_DENIED_UNPAID_ORDER: &str = "OperationDenied.UnpaidOrder";
/// `OperationDenied.UnstoppedInstance` (HTTP 400, 404), listed by 1 operation.
pub const OPERATION_DENIED_UNSTOPPED_INSTANCE: &str = "OperationDenied.UnstoppedInstance";
/// `OperationDenied.VpcPeerExists` (HTTP 400), listed by 1 operation.
pub const OPERATION_DENIED_VPC_PEER_EXISTS: &str = "OperationDenied.VpcPeerExists";
/// `OperationDenied.ZoneNotAllowed` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_ZONE_NOT_ALLOWED: &str = "OperationDenied.ZoneNotAllowed";
/// `OperationDenied.ZoneNotSupportMultiAttachDisk` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_ZONE_NOT_SUPPORT_MULTI_ATTACH_DISK: &str =
    "OperationDenied.ZoneNotSupportMultiAttachDisk";
/// `OperationDenied.ZoneSystemCategoryNotMatch` (HTTP 403), listed by 1 operation.
pub const OPERATION_DENIED_ZONE_SYSTEM_CATEGORY_NOT_MATCH: &str =
    "OperationDenied.ZoneSystemCategoryNotMatch";
/// `OperationFailed.AccessDeviceDisabled` (HTTP 404), listed by 1 operation.
pub const OPERATION_FAILED_ACCESS_DEVICE_DISABLED: &str = "OperationFailed.AccessDeviceDisabled";
/// `OperationFailed.AccountMoneyInvalid` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_ACCOUNT_MONEY_INVALID: &str = "OperationFailed.AccountMoneyInvalid";
/// `OperationFailed.AnyPortConfig` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_ANY_PORT_CONFIG: &str = "OperationFailed.AnyPortConfig";
/// `OperationFailed.CidrAcross` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_CIDR_ACROSS: &str = "OperationFailed.CidrAcross";
/// `OperationFailed.ClassicLinkEnabled` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_CLASSIC_LINK_ENABLED: &str = "OperationFailed.ClassicLinkEnabled";
/// `OperationFailed.CompleteUserInfo` (HTTP 400), listed by 2 operations.
pub const OPERATION_FAILED_COMPLETE_USER_INFO: &str = "OperationFailed.CompleteUserInfo";
/// `OperationFailed.ConcurrentRequest` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_CONCURRENT_REQUEST: &str = "OperationFailed.ConcurrentRequest";
/// `OperationFailed.CrateEntryTimeOut` (HTTP 404), listed by 1 operation.
pub const OPERATION_FAILED_CRATE_ENTRY_TIME_OUT: &str = "OperationFailed.CrateEntryTimeOut";
/// `OperationFailed.CxpRouteExist` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_CXP_ROUTE_EXIST: &str = "OperationFailed.CxpRouteExist";
/// `OperationFailed.DeleteMultiScopeEntry` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_DELETE_MULTI_SCOPE_ENTRY: &str = "OperationFailed.DeleteMultiScopeEntry";
/// `OperationFailed.DistibuteLock` (HTTP 400), listed by 5 operations.
pub const OPERATION_FAILED_DISTIBUTE_LOCK: &str = "OperationFailed.DistibuteLock";
/// `OperationFailed.EcmpInvalidRouterInterfaceOppositeType` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_ECMP_INVALID_ROUTER_INTERFACE_OPPOSITE_TYPE: &str =
    "OperationFailed.EcmpInvalidRouterInterfaceOppositeType";
/// `OperationFailed.Endpoint` (HTTP 400), listed by 3 operations.
pub const OPERATION_FAILED_ENDPOINT: &str = "OperationFailed.Endpoint";
/// `OperationFailed.EniSubIp` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_ENI_SUB_IP: &str = "OperationFailed.EniSubIp";
/// `OperationFailed.GetEniInfo` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_GET_ENI_INFO: &str = "OperationFailed.GetEniInfo";
/// `OperationFailed.HavipBoundPortmap` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_HAVIP_BOUND_PORTMAP: &str = "OperationFailed.HavipBoundPortmap";
/// `OperationFailed.HcForInvalidRiType` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_HC_FOR_INVALID_RI_TYPE: &str = "OperationFailed.HcForInvalidRiType";
/// `OperationFailed.IdempotentTokenProcessing` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_IDEMPOTENT_TOKEN_PROCESSING: &str =
    "OperationFailed.IdempotentTokenProcessing";
/// `OperationFailed.InstacneBindEip` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_INSTACNE_BIND_EIP: &str = "OperationFailed.InstacneBindEip";
/// `OperationFailed.InstanceDismatchCurrentVpc` (HTTP 404), listed by 1 operation.
pub const OPERATION_FAILED_INSTANCE_DISMATCH_CURRENT_VPC: &str =
    "OperationFailed.InstanceDismatchCurrentVpc";
/// `OperationFailed.InvalidNexthop` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_INVALID_NEXTHOP: &str = "OperationFailed.InvalidNexthop";
/// `OperationFailed.InvalidNextHopType` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_INVALID_NEXT_HOP_TYPE: &str = "OperationFailed.InvalidNextHopType";
/// `OperationFailed.InvokeInnerApi` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_INVOKE_INNER_API: &str = "OperationFailed.InvokeInnerApi";
/// `OperationFailed.MultiScopeType` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_MULTI_SCOPE_TYPE: &str = "OperationFailed.MultiScopeType";
/// `OperationFailed.NotifyCenCreate` (HTTP 400), listed by 2 operations.
pub const OPERATION_FAILED_NOTIFY_CEN_CREATE: &str = "OperationFailed.NotifyCenCreate";
/// `OperationFailed.NotifyCenDelete` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_NOTIFY_CEN_DELETE: &str = "OperationFailed.NotifyCenDelete";
/// `OperationFailed.QueryCommodityInfo` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_QUERY_COMMODITY_INFO: &str = "OperationFailed.QueryCommodityInfo";
/// `OperationFailed.QueryCredtiInfo` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_QUERY_CREDTI_INFO: &str = "OperationFailed.QueryCredtiInfo";
/// `OperationFailed.QueryPrice` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_QUERY_PRICE: &str = "OperationFailed.QueryPrice";
/// `OperationFailed.QueryUserLabel` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_QUERY_USER_LABEL: &str = "OperationFailed.QueryUserLabel";
/// `OperationFailed.RiskControl` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_RISK_CONTROL: &str = "OperationFailed.RiskControl";
/// `OperationFailed.SaleExpression` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_SALE_EXPRESSION: &str = "OperationFailed.SaleExpression";
/// `OperationFailed.SaleValidate` (HTTP 400), listed by 2 operations.
pub const OPERATION_FAILED_SALE_VALIDATE: &str = "OperationFailed.SaleValidate";
/// `OperationFailed.ScopeActiveRouteEntryQuota` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_SCOPE_ACTIVE_ROUTE_ENTRY_QUOTA: &str =
    "OperationFailed.ScopeActiveRouteEntryQuota";
/// `OperationFailed.ScopeActiveRouteEntryType` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_SCOPE_ACTIVE_ROUTE_ENTRY_TYPE: &str =
    "OperationFailed.ScopeActiveRouteEntryType";
/// `OperationFailed.ScopeStandbyRouteEntryQuota` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_SCOPE_STANDBY_ROUTE_ENTRY_QUOTA: &str =
    "OperationFailed.ScopeStandbyRouteEntryQuota";
/// `OperationFailed.SyncOrderToSub` (HTTP 400), listed by 3 operations.
pub const OPERATION_FAILED_SYNC_ORDER_TO_SUB: &str = "OperationFailed.SyncOrderToSub";
/// `OperationFailed.TokenVerfiy` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_TOKEN_VERFIY: &str = "OperationFailed.TokenVerfiy";
/// `OperationFailed.UnpaidBillsExist` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_UNPAID_BILLS_EXIST: &str = "OperationFailed.UnpaidBillsExist";
/// `OperationFailed.VlanIdAlreadyInUse` (HTTP 400), listed by 1 operation.
pub const OPERATION_FAILED_VLAN_ID_ALREADY_IN_USE: &str = "OperationFailed.VlanIdAlreadyInUse";
/// `OperationFailed.VlanIdInUse` (HTTP 400), listed by 2 operations.
pub const OPERATION_FAILED_VLAN_ID_IN_USE: &str = "OperationFailed.VlanIdInUse";
/// `OperationFail.DiskCategoryNotSupported` (HTTP 403), listed by 1 operation.
pub const OPERATION_FAIL_DISK_CATEGORY_NOT_SUPPORTED: &str =
    "OperationFail.DiskCategoryNotSupported";
/// `OperationFail.DiskStatusNotSupported` (HTTP 403), listed by 1 operation.
pub const OPERATION_FAIL_DISK_STATUS_NOT_SUPPORTED: &str = "OperationFail.DiskStatusNotSupported";
/// `OperationFail.InstanceStatusNotSupported` (HTTP 403), listed by 1 operation.
pub const OPERATION_FAIL_INSTANCE_STATUS_NOT_SUPPORTED: &str =
    "OperationFail.InstanceStatusNotSupported";
/// `Operation.Forbidden` (HTTP 403), listed by 22 operations.
pub const OPERATION_FORBIDDEN: &str = "Operation.Forbidden";
/// `OperationTimesOverLimit` (HTTP 403), listed by 1 operation.
pub const OPERATION_TIMES_OVER_LIMIT: &str = "OperationTimesOverLimit";
/// `OperationUnsupported.BindMultipleType` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_BIND_MULTIPLE_TYPE: &str = "OperationUnsupported.BindMultipleType";
/// `OperationUnsupported.EcmpRiTypeOrNumber` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_ECMP_RI_TYPE_OR_NUMBER: &str =
    "OperationUnsupported.EcmpRiTypeOrNumber";
/// `OperationUnsupported.EipBindModel` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_EIP_BIND_MODEL: &str = "OperationUnsupported.EipBindModel";
/// `OperationUnsupported.EipInBinding` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_EIP_IN_BINDING: &str = "OperationUnsupported.EipInBinding";
/// `OperationUnsupported.ForwardEntry` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_FORWARD_ENTRY: &str = "OperationUnsupported.ForwardEntry";
/// `OperationUnsupported.InactiveMode` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_INACTIVE_MODE: &str = "OperationUnsupported.InactiveMode";
/// `OperationUnsupported.InvalidRouterInterfaceType` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_INVALID_ROUTER_INTERFACE_TYPE: &str =
    "OperationUnsupported.InvalidRouterInterfaceType";
/// `OperationUnsupported.MoreThanOneVpnOrHavip` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_MORE_THAN_ONE_VPN_OR_HAVIP: &str =
    "OperationUnsupported.MoreThanOneVpnOrHavip";
/// `OperationUnsupported.MultiIp` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_MULTI_IP: &str = "OperationUnsupported.MultiIp";
/// `OperationUnsupported.MultiNatGateway` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_MULTI_NAT_GATEWAY: &str = "OperationUnsupported.MultiNatGateway";
/// `OperationUnsupported.ResourceGroupId` (HTTP 400), listed by 3 operations.
pub const OPERATION_UNSUPPORTED_RESOURCE_GROUP_ID: &str = "OperationUnsupported.ResourceGroupId";
/// `OperationUnsupported.ScopeInvalidRouteType` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_SCOPE_INVALID_ROUTE_TYPE: &str =
    "OperationUnsupported.ScopeInvalidRouteType";
/// `OperationUnsupported.ServiceManaged` (HTTP 400, 404), listed by 2 operations.
pub const OPERATION_UNSUPPORTED_SERVICE_MANAGED: &str = "OperationUnsupported.ServiceManaged";
/// `OperationUnsupported.SubRouteTableECMP` (HTTP 400), listed by 1 operation.
pub const OPERATION_UNSUPPORTED_SUB_ROUTE_TABLE_ECMP: &str =
    "OperationUnsupported.SubRouteTableECMP";
/// `OrderCreationFailed` (HTTP 400), listed by 2 operations.
pub const ORDER_CREATION_FAILED: &str = "OrderCreationFailed";
/// `OrderError.EIP` (HTTP 400, 500), listed by 1 operation.
pub const ORDER_ERROR_EIP: &str = "OrderError.EIP";
/// `OrderError.NatGateway` (HTTP 500), listed by 1 operation.
pub const ORDER_ERROR_NAT_GATEWAY: &str = "OrderError.NatGateway";
/// `OrderFailed` (HTTP 400), listed by 1 operation.
pub const ORDER_FAILED: &str = "OrderFailed";
/// `ORDER.QUANTITY_INVALID` (HTTP 400), listed by 1 operation.
pub const ORDER_QUANTITY_INVALID: &str = "ORDER.QUANTITY_INVALID";
/// `OSS_AUTHORIZED_FAILED` (HTTP 403), listed by 1 operation.
pub const OSS_AUTHORIZED_FAILED: &str = "OSS_AUTHORIZED_FAILED";
/// `OSType.ValueNotSupported` (HTTP 400), listed by 1 operation.
pub const OS_TYPE_VALUE_NOT_SUPPORTED: &str = "OSType.ValueNotSupported";
/// `ParameterConflict.DiskIdAndDiskIds` (HTTP 400), listed by 1 operation.
pub const PARAMETER_CONFLICT_DISK_ID_AND_DISK_IDS: &str = "ParameterConflict.DiskIdAndDiskIds";
/// `ParameterCount.ExceedLimit` (HTTP 403), listed by 2 operations.
pub const PARAMETER_COUNT_EXCEED_LIMIT: &str = "ParameterCount.ExceedLimit";
/// `Parameter.Disabled` (HTTP 400), listed by 2 operations.
pub const PARAMETER_DISABLED: &str = "Parameter.Disabled";
/// `ParameterIllegal` (HTTP 400), listed by 1 operation.
pub const PARAMETER_ILLEGAL: &str = "ParameterIllegal";
/// `ParameterInvalid` (HTTP 403, 404), listed by 5 operations.
pub const PARAMETER_INVALID: &str = "ParameterInvalid";
/// `ParameterKey.Duplicate` (HTTP 400, 403), listed by 2 operations.
pub const PARAMETER_KEY_DUPLICATE: &str = "ParameterKey.Duplicate";
/// `ParameterKey.ExceedLimit` (HTTP 403), listed by 2 operations.
pub const PARAMETER_KEY_EXCEED_LIMIT: &str = "ParameterKey.ExceedLimit";
/// `ParameterMismatch.Role-Spec` (HTTP 400), listed by 1 operation.
pub const PARAMETER_MISMATCH_ROLE_SPEC: &str = "ParameterMismatch.Role-Spec";
/// `Parameter.MissingValue` (HTTP 400), listed by 1 operation.
pub const PARAMETER_MISSING_VALUE: &str = "Parameter.MissingValue";
/// `Parameter.NotMatched` (HTTP 400, 403), listed by 2 operations.
pub const PARAMETER_NOT_MATCHED: &str = "Parameter.NotMatched";
/// `ParameterStore.InvalidParameters` (HTTP 403), listed by 2 operations.
pub const PARAMETER_STORE_INVALID_PARAMETERS: &str = "ParameterStore.InvalidParameters";
/// `ParameterStore.NotSupported` (HTTP 403), listed by 2 operations.
pub const PARAMETER_STORE_NOT_SUPPORTED: &str = "ParameterStore.NotSupported";
/// `ParameterStore.NoPermission` (HTTP 403), listed by 2 operations.
pub const PARAMETER_STORE_NO_PERMISSION: &str = "ParameterStore.NoPermission";
/// `ParameterType.NotSupported` (HTTP 403), listed by 2 operations.
pub const PARAMETER_TYPE_NOT_SUPPORTED: &str = "ParameterType.NotSupported";
/// `Param.Conflict` (HTTP 403), listed by 1 operation.
pub const PARAM_CONFLICT: &str = "Param.Conflict";
/// `ParamExclusive.EnableIpv6AndCidrBlock` (HTTP 400), listed by 1 operation.
pub const PARAM_EXCLUSIVE_ENABLE_IPV6_AND_CIDR_BLOCK: &str =
    "ParamExclusive.EnableIpv6AndCidrBlock";
/// `ParamExclusive.NextHopIdAndList` (HTTP 400), listed by 1 operation.
pub const PARAM_EXCLUSIVE_NEXT_HOP_ID_AND_LIST: &str = "ParamExclusive.NextHopIdAndList";
/// `PartofDiskCategory.OperationNotSupported` (HTTP 400), listed by 1 operation.
pub const PARTOF_DISK_CATEGORY_OPERATION_NOT_SUPPORTED: &str =
    "PartofDiskCategory.OperationNotSupported";
/// `PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE` (HTTP 400), listed by 1 operation.
pub const PAYFOR_CREDIT_PAY_INSUFFICIENT_BALANCE: &str = "PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE";
/// `PaymentMethodNotFound` (HTTP 404), listed by 5 operations.
pub const PAYMENT_METHOD_NOT_FOUND: &str = "PaymentMethodNotFound";
/// `PAY.INSUFFICIENT_BALANCE` (HTTP 400), listed by 1 operation.
pub const PAY_INSUFFICIENT_BALANCE: &str = "PAY.INSUFFICIENT_BALANCE";
/// `PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL` (HTTP 400), listed by 2 operations.
pub const PAY_MAYI_WITHHOLDING_AGREEMENT_ILLEGAL: &str = "PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL";
/// `PeriodNotSupported.InstanceOnManagedPrivateSpace` (HTTP 403), listed by 1 operation.
pub const PERIOD_NOT_SUPPORTED_INSTANCE_ON_MANAGED_PRIVATE_SPACE: &str =
    "PeriodNotSupported.InstanceOnManagedPrivateSpace";
/// `PermissionDenied.Scope` (HTTP 403), listed by 3 operations.
pub const PERMISSION_DENIED_SCOPE: &str = "PermissionDenied.Scope";
/// `PermissionDenied.TagsFuzzyQuery` (HTTP 403), listed by 1 operation.
pub const PERMISSION_DENIED_TAGS_FUZZY_QUERY: &str = "PermissionDenied.TagsFuzzyQuery";
/// `PermissionDenied.TagOwnerBid` (HTTP 403), listed by 3 operations.
pub const PERMISSION_DENIED_TAG_OWNER_BID: &str = "PermissionDenied.TagOwnerBid";
/// `PermissionDenied.TagOwnerUid` (HTTP 403), listed by 3 operations.
pub const PERMISSION_DENIED_TAG_OWNER_UID: &str = "PermissionDenied.TagOwnerUid";
/// `PluginName.MissingValue` (HTTP 400), listed by 1 operation.
pub const PLUGIN_NAME_MISSING_VALUE: &str = "PluginName.MissingValue";
/// `PortForwarding.NotSupported` (HTTP 403), listed by 1 operation.
pub const PORT_FORWARDING_NOT_SUPPORTED: &str = "PortForwarding.NotSupported";
/// `PortNumber.Invalid` (HTTP 400), listed by 1 operation.
pub const PORT_NUMBER_INVALID: &str = "PortNumber.Invalid";
/// `PrePaidInstance.Expired` (HTTP 403), listed by 1 operation.
pub const PRE_PAID_INSTANCE_EXPIRED: &str = "PrePaidInstance.Expired";
/// `PriceNotFound` (HTTP 400), listed by 4 operations.
pub const PRICE_NOT_FOUND: &str = "PriceNotFound";
/// `Price.PricePlanResultNotFound` (HTTP 400), listed by 1 operation.
pub const PRICE_PRICE_PLAN_RESULT_NOT_FOUND: &str = "Price.PricePlanResultNotFound";
/// `PrimaryEniHasSubIp` (HTTP 400), listed by 1 operation.
pub const PRIMARY_ENI_HAS_SUB_IP: &str = "PrimaryEniHasSubIp";
/// `ProvisionedIopsForDiskCategoryRequired` (HTTP 400), listed by 2 operations.
pub const PROVISIONED_IOPS_FOR_DISK_CATEGORY_REQUIRED: &str =
    "ProvisionedIopsForDiskCategoryRequired";
/// `ProvisionedIopsForDiskCategoryUnsupported` (HTTP 400), listed by 3 operations.
pub const PROVISIONED_IOPS_FOR_DISK_CATEGORY_UNSUPPORTED: &str =
    "ProvisionedIopsForDiskCategoryUnsupported";
/// `PublicImageAgreement.NotSigned` (HTTP 403), listed by 1 operation.
pub const PUBLIC_IMAGE_AGREEMENT_NOT_SIGNED: &str = "PublicImageAgreement.NotSigned";
/// `QueryParameter.Illegal` (HTTP 400), listed by 1 operation.
pub const QUERY_PARAMETER_ILLEGAL: &str = "QueryParameter.Illegal";
/// `QuotaExceeded` (HTTP 400, 403), listed by 6 operations.
pub const QUOTA_EXCEEDED: &str = "QuotaExceeded";
/// `QuotaExceeded.BandwidthPackageIps` (HTTP 400), listed by 2 operations.
pub const QUOTA_EXCEEDED_BANDWIDTH_PACKAGE_IPS: &str = "QuotaExceeded.BandwidthPackageIps";
/// `QuotaExceeded.CrossUserVBRPerUser` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_CROSS_USER_VBR_PER_USER: &str = "QuotaExceeded.CrossUserVBRPerUser";
/// `QuotaExceeded.EcmpRouteEntryNextHopCount` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_ECMP_ROUTE_ENTRY_NEXT_HOP_COUNT: &str =
    "QuotaExceeded.EcmpRouteEntryNextHopCount";
/// `QuotaExceeded.Eip` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_EIP: &str = "QuotaExceeded.Eip";
/// `QuotaExceeded.ForwardEntry` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_FORWARD_ENTRY: &str = "QuotaExceeded.ForwardEntry";
/// `QuotaExceeded.ForwardEntrySessionManytoOne` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_FORWARD_ENTRY_SESSION_MANYTO_ONE: &str =
    "QuotaExceeded.ForwardEntrySessionManytoOne";
/// `QuotaExceeded.freevbr` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_FREEVBR: &str = "QuotaExceeded.freevbr";
/// `QuotaExceeded.freePconnPerAP` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_FREE_PCONN_PER_AP: &str = "QuotaExceeded.freePconnPerAP";
/// `QuotaExceeded.HaVip` (HTTP 403), listed by 1 operation.
pub const QUOTA_EXCEEDED_HA_VIP: &str = "QuotaExceeded.HaVip";
/// `QuotaExceeded.HaVipRouteEntry` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_HA_VIP_ROUTE_ENTRY: &str = "QuotaExceeded.HaVipRouteEntry";
/// `QuotaExceeded.LargeSpecEip` (HTTP 400), listed by 2 operations.
pub const QUOTA_EXCEEDED_LARGE_SPEC_EIP: &str = "QuotaExceeded.LargeSpecEip";
/// `QuotaExceeded.NumberOfEip` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_NUMBER_OF_EIP: &str = "QuotaExceeded.NumberOfEip";
/// `QuotaExceeded.NumberOfTrafficEip` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_NUMBER_OF_TRAFFIC_EIP: &str = "QuotaExceeded.NumberOfTrafficEip";
/// `QuotaExceeded.PostpaidDataDiskCapacity` (HTTP 403), listed by 4 operations.
pub const QUOTA_EXCEEDED_POSTPAID_DATA_DISK_CAPACITY: &str =
    "QuotaExceeded.PostpaidDataDiskCapacity";
/// `QuotaExceeded.PrepayDataDiskCapacity` (HTTP 400), listed by 2 operations.
pub const QUOTA_EXCEEDED_PREPAY_DATA_DISK_CAPACITY: &str = "QuotaExceeded.PrepayDataDiskCapacity";
/// `QuotaExceeded.PrivateIpAddress` (HTTP 400, 403), listed by 4 operations.
pub const QUOTA_EXCEEDED_PRIVATE_IP_ADDRESS: &str = "QuotaExceeded.PrivateIpAddress";
/// `QuotaExceeded.pConnPerAP` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_P_CONN_PER_AP: &str = "QuotaExceeded.pConnPerAP";
/// `QuotaExceeded.vbrPerpConn` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_VBR_PERP_CONN: &str = "QuotaExceeded.vbrPerpConn";
/// `QuotaExceeded.Vpc` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_VPC: &str = "QuotaExceeded.Vpc";
/// `QuotaExceeded.VSwitch` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEEDED_V_SWITCH: &str = "QuotaExceeded.VSwitch";
/// `QuotaExceed.AfterpayDedicatedHost` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEED_AFTERPAY_DEDICATED_HOST: &str = "QuotaExceed.AfterpayDedicatedHost";
/// `QuotaExceed.AfterpayInstance` (HTTP 400), listed by 5 operations.
pub const QUOTA_EXCEED_AFTERPAY_INSTANCE: &str = "QuotaExceed.AfterpayInstance";
/// `QuotaExceed.AlignInstance` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEED_ALIGN_INSTANCE: &str = "QuotaExceed.AlignInstance";
/// `QuotaExceed.BuyImage` (HTTP 403), listed by 4 operations.
pub const QUOTA_EXCEED_BUY_IMAGE: &str = "QuotaExceed.BuyImage";
/// `QuotaExceed.DeploymentSet` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEED_DEPLOYMENT_SET: &str = "QuotaExceed.DeploymentSet";
/// `QuotaExceed.DeploymentSetInstanceQuotaFull` (HTTP 403), listed by 2 operations.
pub const QUOTA_EXCEED_DEPLOYMENT_SET_INSTANCE_QUOTA_FULL: &str =
    "QuotaExceed.DeploymentSetInstanceQuotaFull";
/// `QuotaExceed.DiskCapacity` (HTTP 400), listed by 8 operations.
pub const QUOTA_EXCEED_DISK_CAPACITY: &str = "QuotaExceed.DiskCapacity";
/// `QuotaExceed.EcsDemand` (HTTP 403), listed by 2 operations.
pub const QUOTA_EXCEED_ECS_DEMAND: &str = "QuotaExceed.EcsDemand";
/// `QuotaExceed.ElasticQuota` (HTTP 403), listed by 6 operations.
pub const QUOTA_EXCEED_ELASTIC_QUOTA: &str = "QuotaExceed.ElasticQuota";
/// `QuotaExceed.Image` (HTTP 403), listed by 3 operations.
pub const QUOTA_EXCEED_IMAGE: &str = "QuotaExceed.Image";
/// `QuotaExceed.ImageComponent` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEED_IMAGE_COMPONENT: &str = "QuotaExceed.ImageComponent";
/// `QuotaExceed.ImagePipeline` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEED_IMAGE_PIPELINE: &str = "QuotaExceed.ImagePipeline";
/// `QuotaExceed.KeyPair` (HTTP 403), listed by 2 operations.
pub const QUOTA_EXCEED_KEY_PAIR: &str = "QuotaExceed.KeyPair";
/// `QuotaExceed.LaunchTemplateConfigs` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEED_LAUNCH_TEMPLATE_CONFIGS: &str = "QuotaExceed.LaunchTemplateConfigs";
/// `QuotaExceed.PortableCloudDisk` (HTTP 403), listed by 4 operations.
pub const QUOTA_EXCEED_PORTABLE_CLOUD_DISK: &str = "QuotaExceed.PortableCloudDisk";
/// `QuotaExceed.PostPaidDisk` (HTTP 403), listed by 5 operations.
pub const QUOTA_EXCEED_POST_PAID_DISK: &str = "QuotaExceed.PostPaidDisk";
/// `QuotaExceed.Region` (HTTP 404), listed by 1 operation.
pub const QUOTA_EXCEED_REGION: &str = "QuotaExceed.Region";
/// `QuotaExceed.RouterInterface` (HTTP 400), listed by 1 operation.
pub const QUOTA_EXCEED_ROUTER_INTERFACE: &str = "QuotaExceed.RouterInterface";
/// `QuotaExceed.RufundVcpu` (HTTP 400), listed by 3 operations.
pub const QUOTA_EXCEED_RUFUND_VCPU: &str = "QuotaExceed.RufundVcpu";
/// `QuotaExceed.SecurityGroup` (HTTP 403), listed by 1 operation.
pub const QUOTA_EXCEED_SECURITY_GROUP: &str = "QuotaExceed.SecurityGroup";
/// `QuotaExceed.ShareImage` (HTTP 403), listed by 1 operation.
pub const QUOTA_EXCEED_SHARE_IMAGE: &str = "QuotaExceed.ShareImage";
/// `QuotaExceed.ShareImageUser` (HTTP 403), listed by 1 operation.
pub const QUOTA_EXCEED_SHARE_IMAGE_USER: &str = "QuotaExceed.ShareImageUser";
/// `QuotaExceed.Snapshot` (HTTP 403), listed by 6 operations.
pub const QUOTA_EXCEED_SNAPSHOT: &str = "QuotaExceed.Snapshot";
/// `QuotaExceed.SnapshotQuota` (HTTP 403), listed by 2 operations.
pub const QUOTA_EXCEED_SNAPSHOT_QUOTA: &str = "QuotaExceed.SnapshotQuota";
/// `QuotaExceed.Tags` (HTTP 403), listed by 12 operations.
pub const QUOTA_EXCEED_TAGS: &str = "QuotaExceed.Tags";
/// `QuotaExceed.Zone` (HTTP 404), listed by 1 operation.
pub const QUOTA_EXCEED_ZONE: &str = "QuotaExceed.Zone";
/// `RAM.ApiNotSupported` (HTTP 403), listed by 1 operation.
pub const RAM_API_NOT_SUPPORTED: &str = "RAM.ApiNotSupported";
/// `RealNameAuthenticationError` (HTTP 403), listed by 4 operations.
pub const REAL_NAME_AUTHENTICATION_ERROR: &str = "RealNameAuthenticationError";
/// `RecommendEmpty.DiskCategoryNotRecommended` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_DISK_CATEGORY_NOT_RECOMMENDED: &str =
    "RecommendEmpty.DiskCategoryNotRecommended";
/// `RecommendEmpty.GenerationNotMatch` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_GENERATION_NOT_MATCH: &str = "RecommendEmpty.GenerationNotMatch";
/// `RecommendEmpty.InstanceTypeFamilyNotMatched` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_INSTANCE_TYPE_FAMILY_NOT_MATCHED: &str =
    "RecommendEmpty.InstanceTypeFamilyNotMatched";
/// `RecommendEmpty.InstanceTypeNotAuthorized` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_INSTANCE_TYPE_NOT_AUTHORIZED: &str =
    "RecommendEmpty.InstanceTypeNotAuthorized";
/// `RecommendEmpty.InstanceTypeNotMatched` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_INSTANCE_TYPE_NOT_MATCHED: &str = "RecommendEmpty.InstanceTypeNotMatched";
/// `RecommendEmpty.InstanceTypeSoldOut` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_INSTANCE_TYPE_SOLD_OUT: &str = "RecommendEmpty.InstanceTypeSoldOut";
/// `RecommendEmpty.IzNotMatched` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_IZ_NOT_MATCHED: &str = "RecommendEmpty.IzNotMatched";
/// `RecommendEmpty.NetworkTypeNotSupported` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_NETWORK_TYPE_NOT_SUPPORTED: &str =
    "RecommendEmpty.NetworkTypeNotSupported";
/// `RecommendEmpty.PerformanceNotSatisfied` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_PERFORMANCE_NOT_SATISFIED: &str =
    "RecommendEmpty.PerformanceNotSatisfied";
/// `RecommendEmpty.PriceNotSatisfied` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_PRICE_NOT_SATISFIED: &str = "RecommendEmpty.PriceNotSatisfied";
/// `RecommendEmpty.QuotaNotSatisfied` (HTTP 400), listed by 1 operation.
pub const RECOMMEND_EMPTY_QUOTA_NOT_SATISFIED: &str = "RecommendEmpty.QuotaNotSatisfied";
/// `RegionId.ApiNotSupported` (HTTP 400), listed by 21 operations.
pub const REGION_ID_API_NOT_SUPPORTED: &str = "RegionId.ApiNotSupported";
/// `RegionNotSupportCopy` (HTTP 403), listed by 1 operation.
pub const REGION_NOT_SUPPORT_COPY: &str = "RegionNotSupportCopy";
/// `RegionUnauthorized` (HTTP 400, 403), listed by 11 operations.
pub const REGION_UNAUTHORIZED: &str = "RegionUnauthorized";
/// `ReleaseTimeHaveBeenSet` (HTTP 400), listed by 2 operations.
pub const RELEASE_TIME_HAVE_BEEN_SET: &str = "ReleaseTimeHaveBeenSet";
/// `RenewDateNotSupported.StarterPackage` (HTTP 403), listed by 1 operation.
pub const RENEW_DATE_NOT_SUPPORTED_STARTER_PACKAGE: &str = "RenewDateNotSupported.StarterPackage";
/// `ReopenInstance.ImageNotEnoughBalance` (HTTP 400), listed by 1 operation.
pub const REOPEN_INSTANCE_IMAGE_NOT_ENOUGH_BALANCE: &str = "ReopenInstance.ImageNotEnoughBalance";
/// `ReopenInstance.InstanceNotEnoughBalance` (HTTP 400), listed by 1 operation.
pub const REOPEN_INSTANCE_INSTANCE_NOT_ENOUGH_BALANCE: &str =
    "ReopenInstance.InstanceNotEnoughBalance";
/// `ReopenInstance.InstanceStatusNotValid` (HTTP 400), listed by 1 operation.
pub const REOPEN_INSTANCE_INSTANCE_STATUS_NOT_VALID: &str = "ReopenInstance.InstanceStatusNotValid";
/// `RepeatStartPrivatePool` (HTTP 400), listed by 9 operations.
pub const REPEAT_START_PRIVATE_POOL: &str = "RepeatStartPrivatePool";
/// `RequestTimeout` (HTTP 504), listed by 1 operation.
pub const REQUEST_TIMEOUT: &str = "RequestTimeout";
/// `ReserveIpFail` (HTTP 400), listed by 2 operations.
pub const RESERVE_IP_FAIL: &str = "ReserveIpFail";
/// `ResourcesNotInSameZone` (HTTP 403), listed by 4 operations.
pub const RESOURCES_NOT_IN_SAME_ZONE: &str = "ResourcesNotInSameZone";
/// `ResourceNotAssociated` (HTTP 400), listed by 1 operation.
pub const RESOURCE_NOT_ASSOCIATED: &str = "ResourceNotAssociated";
/// `ResourceNotAvailable` (HTTP 400), listed by 4 operations.
pub const RESOURCE_NOT_AVAILABLE: &str = "ResourceNotAvailable";
/// `ResourceNotAvailable.Vpc` (HTTP 400), listed by 1 operation.
pub const RESOURCE_NOT_AVAILABLE_VPC: &str = "ResourceNotAvailable.Vpc";
/// `ResourceNotFound.NatIp` (HTTP 404), listed by 1 operation.
pub const RESOURCE_NOT_FOUND_NAT_IP: &str = "ResourceNotFound.NatIp";
/// `ResourceQueryError` (HTTP 400), listed by 2 operations.
pub const RESOURCE_QUERY_ERROR: &str = "ResourceQueryError";
/// `RI_CREATE_ONE_LIMIT_BY_SYNC` (HTTP 500), listed by 1 operation.
pub const RI_CREATE_ONE_LIMIT_BY_SYNC: &str = "RI_CREATE_ONE_LIMIT_BY_SYNC";
/// `RouterEntryConflict.Duplicated` (HTTP 400), listed by 1 operation.
pub const ROUTER_ENTRY_CONFLICT_DUPLICATED: &str = "RouterEntryConflict.Duplicated";
/// `RouteConflict.AlreadyExist` (HTTP 400), listed by 2 operations.
pub const ROUTE_CONFLICT_ALREADY_EXIST: &str = "RouteConflict.AlreadyExist";
/// `SecurityGroupInstanceLimitExceed` (HTTP 403), listed by 13 operations.
pub const SECURITY_GROUP_INSTANCE_LIMIT_EXCEED: &str = "SecurityGroupInstanceLimitExceed";
/// `SecurityGroupInstanceLimitExceeded` (HTTP 403), listed by 1 operation.
pub const SECURITY_GROUP_INSTANCE_LIMIT_EXCEEDED: &str = "SecurityGroupInstanceLimitExceeded";
/// `SecurityGroupRule.NotFound` (HTTP 404), listed by 2 operations.
pub const SECURITY_GROUP_RULE_NOT_FOUND: &str = "SecurityGroupRule.NotFound";
/// `SecurityRisk.3DVerification` (HTTP 403), listed by 6 operations.
pub const SECURITY_RISK_3D_VERIFICATION: &str = "SecurityRisk.3DVerification";
/// `ServerRegion.Invalid` (HTTP 400), listed by 1 operation.
pub const SERVER_REGION_INVALID: &str = "ServerRegion.Invalid";
/// `ServiceUnavailable` (HTTP 500, 503), listed by 9 operations.
pub const SERVICE_UNAVAILABLE: &str = "ServiceUnavailable";
/// `SessionCount.ExceedLimit` (HTTP 403), listed by 1 operation.
pub const SESSION_COUNT_EXCEED_LIMIT: &str = "SessionCount.ExceedLimit";
/// `SharedImageDeleted` (HTTP 403), listed by 1 operation.
pub const SHARED_IMAGE_DELETED: &str = "SharedImageDeleted";
/// `SimulatedEventLimitExceeded` (HTTP 403), listed by 1 operation.
pub const SIMULATED_EVENT_LIMIT_EXCEEDED: &str = "SimulatedEventLimitExceeded";
/// `SizeExceed.Image` (HTTP 403), listed by 1 operation.
pub const SIZE_EXCEED_IMAGE: &str = "SizeExceed.Image";
/// `SnapshotCreatedDisk` (HTTP 403), listed by 2 operations.
pub const SNAPSHOT_CREATED_DISK: &str = "SnapshotCreatedDisk";
/// `SnapshotCreatedImage` (HTTP 403), listed by 2 operations.
pub const SNAPSHOT_CREATED_IMAGE: &str = "SnapshotCreatedImage";
/// `SNAPSHOT_CREATE_NOT_FINISHED` (HTTP 403), listed by 1 operation.
pub const SNAPSHOT_CREATE_NOT_FINISHED: &str = "SNAPSHOT_CREATE_NOT_FINISHED";
/// `SNAPSHOT_IS_EXPORTING` (HTTP 403), listed by 1 operation.
pub const SNAPSHOT_IS_EXPORTING: &str = "SNAPSHOT_IS_EXPORTING";
/// `SnapshotNotReady` (HTTP 403), listed by 1 operation.
pub const SNAPSHOT_NOT_READY: &str = "SnapshotNotReady";
/// `SourceRegion.NotFound` (HTTP 400), listed by 1 operation.
pub const SOURCE_REGION_NOT_FOUND: &str = "SourceRegion.NotFound";
/// `SpotNotSupported` (HTTP 400), listed by 11 operations.
pub const SPOT_NOT_SUPPORTED: &str = "SpotNotSupported";
/// `StartImagePipelineExecution.Failed` (HTTP 500), listed by 1 operation.
pub const START_IMAGE_PIPELINE_EXECUTION_FAILED: &str = "StartImagePipelineExecution.Failed";
/// `StartTime.NotNeed` (HTTP 400), listed by 1 operation.
pub const START_TIME_NOT_NEED: &str = "StartTime.NotNeed";
/// `SwitchToOffline.OnlineIsolateFail` (HTTP 403), listed by 1 operation.
pub const SWITCH_TO_OFFLINE_ONLINE_ISOLATE_FAIL: &str = "SwitchToOffline.OnlineIsolateFail";
/// `SwitchToOffline.OnlineReinitFail` (HTTP 403), listed by 1 operation.
pub const SWITCH_TO_OFFLINE_ONLINE_REINIT_FAIL: &str = "SwitchToOffline.OnlineReinitFail";
/// `System.Error` (HTTP 500), listed by 1 operation.
pub const SYSTEM_ERROR: &str = "System.Error";
/// `SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR` (HTTP 400), listed by 1 operation.
pub const SYSTEM_SALE_VALIDATE_UNEXPECTED_ERROR: &str = "SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR";
/// `System.ServiceBusy` (HTTP 400), listed by 1 operation.
pub const SYSTEM_SERVICE_BUSY: &str = "System.ServiceBusy";
/// `SYSTEM.UNKNOWN.ERROR` (HTTP 500), listed by 1 operation.
pub const SYSTEM_UNKNOWN_ERROR: &str = "SYSTEM.UNKNOWN.ERROR";
/// `TagKey.Duplication` (HTTP 403), listed by 2 operations.
pub const TAG_KEY_DUPLICATION: &str = "TagKey.Duplication";
/// `TaskConflict` (HTTP 400), listed by 10 operations.
pub const TASK_CONFLICT: &str = "TaskConflict";
/// `TaskConflict.AssociateGlobalAccelerationInstance` (HTTP 400), listed by 1 operation.
pub const TASK_CONFLICT_ASSOCIATE_GLOBAL_ACCELERATION_INSTANCE: &str =
    "TaskConflict.AssociateGlobalAccelerationInstance";
/// `TemporaryAccessKey.Error` (HTTP 403), listed by 2 operations.
pub const TEMPORARY_ACCESS_KEY_ERROR: &str = "TemporaryAccessKey.Error";
/// `Throttling` (HTTP 400, 403, 429), listed by 18 operations.
pub const THROTTLING: &str = "Throttling";
/// `Throttling.Resource` (HTTP 429), listed by 2 operations.
pub const THROTTLING_RESOURCE: &str = "Throttling.Resource";
/// `Throttling.User` (HTTP 400, 403), listed by 3 operations.
pub const THROTTLING_USER: &str = "Throttling.User";
/// `TOKEN_PROCESSING` (HTTP 400), listed by 1 operation.
pub const TOKEN_PROCESSING: &str = "TOKEN_PROCESSING";
/// `TooManyDiskEvent.DiskIdRequired` (HTTP 403), listed by 1 operation.
pub const TOO_MANY_DISK_EVENT_DISK_ID_REQUIRED: &str = "TooManyDiskEvent.DiskIdRequired";
/// `TooManySnapshot.Unfinished` (HTTP 403), listed by 1 operation.
pub const TOO_MANY_SNAPSHOT_UNFINISHED: &str = "TooManySnapshot.Unfinished";
/// `Unauthorized.EmptyRegion` (HTTP 403), listed by 1 operation.
pub const UNAUTHORIZED_EMPTY_REGION: &str = "Unauthorized.EmptyRegion";
/// `Unavailable.Regions` (HTTP 404), listed by 3 operations.
pub const UNAVAILABLE_REGIONS: &str = "Unavailable.Regions";
/// `UnexpectedImageFamily.ImageIdSupplied` (HTTP 400), listed by 2 operations.
pub const UNEXPECTED_IMAGE_FAMILY_IMAGE_ID_SUPPLIED: &str = "UnexpectedImageFamily.ImageIdSupplied";
/// `UnnecessaryParameter.LaunchPermission` (HTTP 400), listed by 1 operation.
pub const UNNECESSARY_PARAMETER_LAUNCH_PERMISSION: &str = "UnnecessaryParameter.LaunchPermission";
/// `UnsupportedChangeIsp` (HTTP 403), listed by 1 operation.
pub const UNSUPPORTED_CHANGE_ISP: &str = "UnsupportedChangeIsp";
/// `UnsupportedFeature.PortSegment` (HTTP 400), listed by 1 operation.
pub const UNSUPPORTED_FEATURE_PORT_SEGMENT: &str = "UnsupportedFeature.PortSegment";
/// `UnsupportedFeature.PrivateLinkEnabled` (HTTP 400), listed by 1 operation.
pub const UNSUPPORTED_FEATURE_PRIVATE_LINK_ENABLED: &str = "UnsupportedFeature.PrivateLinkEnabled";
/// `UnsupportedFeature.%s` (HTTP 400), listed by 1 operation.
pub const UNSUPPORTED_FEATURE_S: &str = "UnsupportedFeature.%s";
/// `UnsupportedIspChargeType` (HTTP 403), listed by 4 operations.
pub const UNSUPPORTED_ISP_CHARGE_TYPE: &str = "UnsupportedIspChargeType";
/// `UnsupportedIspClassicNetwork` (HTTP 403), listed by 3 operations.
pub const UNSUPPORTED_ISP_CLASSIC_NETWORK: &str = "UnsupportedIspClassicNetwork";
/// `UnsupportedIspNetworkChargeType` (HTTP 403), listed by 3 operations.
pub const UNSUPPORTED_ISP_NETWORK_CHARGE_TYPE: &str = "UnsupportedIspNetworkChargeType";
/// `UnsupportedIspRegion` (HTTP 403), listed by 3 operations.
pub const UNSUPPORTED_ISP_REGION: &str = "UnsupportedIspRegion";
/// `UnsupportedParameter` (HTTP 400), listed by 17 operations.
pub const UNSUPPORTED_PARAMETER: &str = "UnsupportedParameter";
/// `UnsupportedPublicIpWithIsp` (HTTP 403), listed by 1 operation.
pub const UNSUPPORTED_PUBLIC_IP_WITH_ISP: &str = "UnsupportedPublicIpWithIsp";
/// `UnsupportedSuffix.OSSObject` (HTTP 400), listed by 1 operation.
pub const UNSUPPORTED_SUFFIX_OSS_OBJECT: &str = "UnsupportedSuffix.OSSObject";
/// `Upgrade.NotSupported` (HTTP 400), listed by 1 operation.
pub const UPGRADE_NOT_SUPPORTED: &str = "Upgrade.NotSupported";
/// `Username.ExceedLimit` (HTTP 403), listed by 3 operations.
pub const USERNAME_EXCEED_LIMIT: &str = "Username.ExceedLimit";
/// `UserBehavior.SessionManagerDisabled` (HTTP 403), listed by 1 operation.
pub const USER_BEHAVIOR_SESSION_MANAGER_DISABLED: &str = "UserBehavior.SessionManagerDisabled";
/// `UserNotInTheWhiteList` (HTTP 403), listed by 18 operations.
pub const USER_NOT_IN_THE_WHITE_LIST: &str = "UserNotInTheWhiteList";
/// `Vpc.Error` (HTTP 500), listed by 1 operation.
pub const VPC_ERROR: &str = "Vpc.Error";
/// `VpcNotFound` (HTTP 400), listed by 2 operations.
pub const VPC_NOT_FOUND: &str = "VpcNotFound";
/// `VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY` (HTTP 404), listed by 1 operation.
pub const VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY: &str = "VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY";
/// `VPC.SWITCH.RULE.QUOTA.NOT.EXISTS` (HTTP 400), listed by 1 operation.
pub const VPC_SWITCH_RULE_QUOTA_NOT_EXISTS: &str = "VPC.SWITCH.RULE.QUOTA.NOT.EXISTS";
/// `VswitchStatusError` (HTTP 400), listed by 2 operations.
pub const VSWITCH_STATUS_ERROR: &str = "VswitchStatusError";
/// `VSwitchIdNotMatch` (HTTP 400), listed by 1 operation.
pub const V_SWITCH_ID_NOT_MATCH: &str = "VSwitchIdNotMatch";
/// `WeeklyQuotaExceed.ExportImage` (HTTP 403), listed by 1 operation.
pub const WEEKLY_QUOTA_EXCEED_EXPORT_IMAGE: &str = "WeeklyQuotaExceed.ExportImage";
/// `WindowsPasswordName.ExceedLimit` (HTTP 403), listed by 2 operations.
pub const WINDOWS_PASSWORD_NAME_EXCEED_LIMIT: &str = "WindowsPasswordName.ExceedLimit";
/// `WindowsPasswordName.Missed` (HTTP 400, 403), listed by 2 operations.
pub const WINDOWS_PASSWORD_NAME_MISSED: &str = "WindowsPasswordName.Missed";
/// `Zone.NotOnSale` (HTTP 400, 403), listed by 9 operations.
pub const ZONE_NOT_ON_SALE: &str = "Zone.NotOnSale";
/// `Zone.NotOpen` (HTTP 403), listed by 8 operations.
pub const ZONE_NOT_OPEN: &str = "Zone.NotOpen";
/// `ZONE_NO_AVAILABLE_IP` (HTTP 400), listed by 1 operation.
pub const ZONE_NO_AVAILABLE_IP: &str = "ZONE_NO_AVAILABLE_IP";
