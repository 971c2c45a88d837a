//! The client: one method per operation.

use crate::operations;
/// A client for Tencent Cloud CVM API `2017-03-12`.
///
/// Cheap to clone; clones share connections. Build one with [`Client::from_env`] or [`Client::new`].
#[derive(Clone, Debug)]
pub struct Client {
    inner: ::yun_core::tencent::TencentClient,
}

impl Client {
    /// A client from a configuration (region, credentials, endpoint, transport, retries).
    pub fn new(config: ::yun_core::Config) -> Self {
        Client {
            inner: ::yun_core::tencent::TencentClient::new(config, "cvm"),
        }
    }

    /// A client with credentials from the vendor's default chain and the region from
    /// the environment, as the vendor's CLI and SDKs find them.
    pub async fn from_env() -> ::std::result::Result<Self, ::yun_core::Error> {
        Ok(Self::new(::yun_core::Config::tencent_from_env().await?))
    }

    /// The raw client underneath: call any action with a JSON body.
    pub fn raw(&self) -> &::yun_core::tencent::TencentClient {
        &self.inner
    }

    /// The configuration.
    pub fn config(&self) -> &::yun_core::Config {
        self.inner.config()
    }

    /// Calls `AllocateHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Placement`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Placement.Zone`, `HostChargePrepaid.Period`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AllocateHosts>
    pub fn allocate_hosts(
        &self,
        request: operations::allocate_hosts::AllocateHostsRequest,
    ) -> ::yun_core::Call<'_, operations::allocate_hosts::AllocateHostsResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::allocate_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `AssociateInstancesKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `KeyIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs>
    pub fn associate_instances_key_pairs(
        &self,
        request: operations::associate_instances_key_pairs::AssociateInstancesKeyPairsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::associate_instances_key_pairs::AssociateInstancesKeyPairsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::associate_instances_key_pairs::OPERATION,
            &request,
        )
    }

    /// Calls `AssociateSecurityGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupIds`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateSecurityGroups>
    pub fn associate_security_groups(
        &self,
        request: operations::associate_security_groups::AssociateSecurityGroupsRequest,
    ) -> ::yun_core::Call<'_, operations::associate_security_groups::AssociateSecurityGroupsResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::associate_security_groups::OPERATION,
            &request,
        )
    }

    /// Calls `ConfigureChcAssistVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`, `BmcVirtualPrivateCloud`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `BmcVirtualPrivateCloud.VpcId`, `BmcVirtualPrivateCloud.SubnetId`, `DeployVirtualPrivateCloud.VpcId`, `DeployVirtualPrivateCloud.SubnetId`, `ChcDeployExtraConfig.MiniOsType`, `ChcDeployExtraConfig.BootType`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcAssistVpc>
    pub fn configure_chc_assist_vpc(
        &self,
        request: operations::configure_chc_assist_vpc::ConfigureChcAssistVpcRequest,
    ) -> ::yun_core::Call<'_, operations::configure_chc_assist_vpc::ConfigureChcAssistVpcResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::configure_chc_assist_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `ConfigureChcDeployVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`, `DeployVirtualPrivateCloud`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DeployVirtualPrivateCloud.VpcId`, `DeployVirtualPrivateCloud.SubnetId`, `ChcDeployExtraConfig.MiniOsType`, `ChcDeployExtraConfig.BootType`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcDeployVpc>
    pub fn configure_chc_deploy_vpc(
        &self,
        request: operations::configure_chc_deploy_vpc::ConfigureChcDeployVpcRequest,
    ) -> ::yun_core::Call<'_, operations::configure_chc_deploy_vpc::ConfigureChcDeployVpcResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::configure_chc_deploy_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `ConvertOperatingSystems` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConvertOperatingSystems>
    pub fn convert_operating_systems(
        &self,
        request: operations::convert_operating_systems::ConvertOperatingSystemsRequest,
    ) -> ::yun_core::Call<'_, operations::convert_operating_systems::ConvertOperatingSystemsResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::convert_operating_systems::OPERATION,
            &request,
        )
    }

    /// Calls `CreateDisasterRecoverGroup` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Name`, `Type`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateDisasterRecoverGroup>
    pub fn create_disaster_recover_group(
        &self,
        request: operations::create_disaster_recover_group::CreateDisasterRecoverGroupRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_disaster_recover_group::CreateDisasterRecoverGroupResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::create_disaster_recover_group::OPERATION,
            &request,
        )
    }

    /// Calls `CreateHpcCluster` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Zone`, `Name`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateHpcCluster>
    pub fn create_hpc_cluster(
        &self,
        request: operations::create_hpc_cluster::CreateHpcClusterRequest,
    ) -> ::yun_core::Call<'_, operations::create_hpc_cluster::CreateHpcClusterResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::create_hpc_cluster::OPERATION,
            &request,
        )
    }

    /// Calls `CreateImage` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageName`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateImage>
    pub fn create_image(
        &self,
        request: operations::create_image::CreateImageRequest,
    ) -> ::yun_core::Call<'_, operations::create_image::CreateImageResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::create_image::OPERATION,
            &request,
        )
    }

    /// Calls `CreateKeyPair` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyName`, `ProjectId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateKeyPair>
    pub fn create_key_pair(
        &self,
        request: operations::create_key_pair::CreateKeyPairRequest,
    ) -> ::yun_core::Call<'_, operations::create_key_pair::CreateKeyPairResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::create_key_pair::OPERATION,
            &request,
        )
    }

    /// Calls `CreateLaunchTemplate` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateName`, `Placement`, `ImageId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Placement.Zone`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `InstanceChargePrepaid.Period`, `LaunchTemplateTagSpecification.ResourceType`, `LaunchTemplateTagSpecification.Tags`, `LaunchTemplateTagSpecification.Tags.Key`, `LaunchTemplateTagSpecification.Tags.Value`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplate>
    pub fn create_launch_template(
        &self,
        request: operations::create_launch_template::CreateLaunchTemplateRequest,
    ) -> ::yun_core::Call<'_, operations::create_launch_template::CreateLaunchTemplateResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::create_launch_template::OPERATION,
            &request,
        )
    }

    /// Calls `CreateLaunchTemplateVersion` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Placement`, `LaunchTemplateId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Placement.Zone`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `InstanceChargePrepaid.Period`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplateVersion>
    pub fn create_launch_template_version(
        &self,
        request: operations::create_launch_template_version::CreateLaunchTemplateVersionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::create_launch_template_version::CreateLaunchTemplateVersionResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::create_launch_template_version::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteDisasterRecoverGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DisasterRecoverGroupIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteDisasterRecoverGroups>
    pub fn delete_disaster_recover_groups(
        &self,
        request: operations::delete_disaster_recover_groups::DeleteDisasterRecoverGroupsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_disaster_recover_groups::DeleteDisasterRecoverGroupsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_disaster_recover_groups::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteHpcClusters` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HpcClusterIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteHpcClusters>
    pub fn delete_hpc_clusters(
        &self,
        request: operations::delete_hpc_clusters::DeleteHpcClustersRequest,
    ) -> ::yun_core::Call<'_, operations::delete_hpc_clusters::DeleteHpcClustersResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_hpc_clusters::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteImages>
    pub fn delete_images(
        &self,
        request: operations::delete_images::DeleteImagesRequest,
    ) -> ::yun_core::Call<'_, operations::delete_images::DeleteImagesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_images::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteInstancesActionTimer` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ActionTimerIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesActionTimer>
    pub fn delete_instances_action_timer(
        &self,
        request: operations::delete_instances_action_timer::DeleteInstancesActionTimerRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_instances_action_timer::DeleteInstancesActionTimerResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_instances_action_timer::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteInstancesDisasterRecoverGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `DisasterRecoverGroupIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesDisasterRecoverGroups>
    pub fn delete_instances_disaster_recover_groups(
        &self,
        request: operations::delete_instances_disaster_recover_groups::DeleteInstancesDisasterRecoverGroupsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_instances_disaster_recover_groups::DeleteInstancesDisasterRecoverGroupsResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_instances_disaster_recover_groups::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteKeyPairs>
    pub fn delete_key_pairs(
        &self,
        request: operations::delete_key_pairs::DeleteKeyPairsRequest,
    ) -> ::yun_core::Call<'_, operations::delete_key_pairs::DeleteKeyPairsResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_key_pairs::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteLaunchTemplate` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplate>
    pub fn delete_launch_template(
        &self,
        request: operations::delete_launch_template::DeleteLaunchTemplateRequest,
    ) -> ::yun_core::Call<'_, operations::delete_launch_template::DeleteLaunchTemplateResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_launch_template::OPERATION,
            &request,
        )
    }

    /// Calls `DeleteLaunchTemplateVersions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`, `LaunchTemplateVersions`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplateVersions>
    pub fn delete_launch_template_versions(
        &self,
        request: operations::delete_launch_template_versions::DeleteLaunchTemplateVersionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::delete_launch_template_versions::DeleteLaunchTemplateVersionsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::delete_launch_template_versions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeAccountQuota` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeAccountQuota>
    pub fn describe_account_quota(
        &self,
        request: operations::describe_account_quota::DescribeAccountQuotaRequest,
    ) -> ::yun_core::Call<'_, operations::describe_account_quota::DescribeAccountQuotaResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_account_quota::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeChcDeniedActions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcDeniedActions>
    pub fn describe_chc_denied_actions(
        &self,
        request: operations::describe_chc_denied_actions::DescribeChcDeniedActionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_chc_denied_actions::DescribeChcDeniedActionsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_chc_denied_actions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeChcHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcHosts>
    pub fn describe_chc_hosts(
        &self,
        request: operations::describe_chc_hosts::DescribeChcHostsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_chc_hosts::DescribeChcHostsResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_chc_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDisasterRecoverGroupQuota` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroupQuota>
    pub fn describe_disaster_recover_group_quota(
        &self,
        request: operations::describe_disaster_recover_group_quota::DescribeDisasterRecoverGroupQuotaRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_disaster_recover_group_quota::DescribeDisasterRecoverGroupQuotaResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_disaster_recover_group_quota::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeDisasterRecoverGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroups>
    pub fn describe_disaster_recover_groups(
        &self,
        request: operations::describe_disaster_recover_groups::DescribeDisasterRecoverGroupsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_disaster_recover_groups::DescribeDisasterRecoverGroupsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_disaster_recover_groups::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHosts>
    pub fn describe_hosts(
        &self,
        request: operations::describe_hosts::DescribeHostsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_hosts::DescribeHostsResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeHpcClusters` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHpcClusters>
    pub fn describe_hpc_clusters(
        &self,
        request: operations::describe_hpc_clusters::DescribeHpcClustersRequest,
    ) -> ::yun_core::Call<'_, operations::describe_hpc_clusters::DescribeHpcClustersResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_hpc_clusters::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImageFromFamily` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageFromFamily>
    pub fn describe_image_from_family(
        &self,
        request: operations::describe_image_from_family::DescribeImageFromFamilyRequest,
    ) -> ::yun_core::Call<'_, operations::describe_image_from_family::DescribeImageFromFamilyResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_image_from_family::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImageQuota` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageQuota>
    pub fn describe_image_quota(
        &self,
        request: operations::describe_image_quota::DescribeImageQuotaRequest,
    ) -> ::yun_core::Call<'_, operations::describe_image_quota::DescribeImageQuotaResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_image_quota::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImageSharePermission` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageSharePermission>
    pub fn describe_image_share_permission(
        &self,
        request: operations::describe_image_share_permission::DescribeImageSharePermissionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_image_share_permission::DescribeImageSharePermissionResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_image_share_permission::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImages>
    pub fn describe_images(
        &self,
        request: operations::describe_images::DescribeImagesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_images::DescribeImagesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_images::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeImportImageOs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImportImageOs>
    pub fn describe_import_image_os(
        &self,
        request: operations::describe_import_image_os::DescribeImportImageOsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_import_image_os::DescribeImportImageOsResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_import_image_os::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceFamilyConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceFamilyConfigs>
    pub fn describe_instance_family_configs(
        &self,
        request: operations::describe_instance_family_configs::DescribeInstanceFamilyConfigsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_family_configs::DescribeInstanceFamilyConfigsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instance_family_configs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceInternetBandwidthConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceInternetBandwidthConfigs>
    pub fn describe_instance_internet_bandwidth_configs(
        &self,
        request: operations::describe_instance_internet_bandwidth_configs::DescribeInstanceInternetBandwidthConfigsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_internet_bandwidth_configs::DescribeInstanceInternetBandwidthConfigsResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instance_internet_bandwidth_configs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceTypeConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceTypeConfigs>
    pub fn describe_instance_type_configs(
        &self,
        request: operations::describe_instance_type_configs::DescribeInstanceTypeConfigsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instance_type_configs::DescribeInstanceTypeConfigsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instance_type_configs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstanceVncUrl` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceVncUrl>
    pub fn describe_instance_vnc_url(
        &self,
        request: operations::describe_instance_vnc_url::DescribeInstanceVncUrlRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instance_vnc_url::DescribeInstanceVncUrlResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instance_vnc_url::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstances>
    pub fn describe_instances(
        &self,
        request: operations::describe_instances::DescribeInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instances::DescribeInstancesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstancesActionTimer` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesActionTimer>
    pub fn describe_instances_action_timer(
        &self,
        request: operations::describe_instances_action_timer::DescribeInstancesActionTimerRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instances_action_timer::DescribeInstancesActionTimerResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instances_action_timer::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstancesAttributes` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Attributes`, `InstanceIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesAttributes>
    pub fn describe_instances_attributes(
        &self,
        request: operations::describe_instances_attributes::DescribeInstancesAttributesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instances_attributes::DescribeInstancesAttributesResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instances_attributes::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstancesModification` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesModification>
    pub fn describe_instances_modification(
        &self,
        request: operations::describe_instances_modification::DescribeInstancesModificationRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instances_modification::DescribeInstancesModificationResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instances_modification::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstancesOperationLimit` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `Operation`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesOperationLimit>
    pub fn describe_instances_operation_limit(
        &self,
        request: operations::describe_instances_operation_limit::DescribeInstancesOperationLimitRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_instances_operation_limit::DescribeInstancesOperationLimitResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instances_operation_limit::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInstancesStatus` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesStatus>
    pub fn describe_instances_status(
        &self,
        request: operations::describe_instances_status::DescribeInstancesStatusRequest,
    ) -> ::yun_core::Call<'_, operations::describe_instances_status::DescribeInstancesStatusResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_instances_status::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeInternetChargeTypeConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInternetChargeTypeConfigs>
    pub fn describe_internet_charge_type_configs(
        &self,
        request: operations::describe_internet_charge_type_configs::DescribeInternetChargeTypeConfigsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_internet_charge_type_configs::DescribeInternetChargeTypeConfigsResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_internet_charge_type_configs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeKeyPairs>
    pub fn describe_key_pairs(
        &self,
        request: operations::describe_key_pairs::DescribeKeyPairsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_key_pairs::DescribeKeyPairsResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_key_pairs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeLaunchTemplateVersions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplateVersions>
    pub fn describe_launch_template_versions(
        &self,
        request: operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_launch_template_versions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeLaunchTemplates` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplates>
    pub fn describe_launch_templates(
        &self,
        request: operations::describe_launch_templates::DescribeLaunchTemplatesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_launch_templates::DescribeLaunchTemplatesResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_launch_templates::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeRegions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeRegions>
    pub fn describe_regions(
        &self,
        request: operations::describe_regions::DescribeRegionsRequest,
    ) -> ::yun_core::Call<'_, operations::describe_regions::DescribeRegionsResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_regions::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeResourcePoolPackInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedResourcePackIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackInstances>
    pub fn describe_resource_pool_pack_instances(
        &self,
        request: operations::describe_resource_pool_pack_instances::DescribeResourcePoolPackInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_resource_pool_pack_instances::DescribeResourcePoolPackInstancesResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_resource_pool_pack_instances::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeResourcePoolPackTypeConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Filters`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackTypeConfigs>
    pub fn describe_resource_pool_pack_type_configs(
        &self,
        request: operations::describe_resource_pool_pack_type_configs::DescribeResourcePoolPackTypeConfigsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_resource_pool_pack_type_configs::DescribeResourcePoolPackTypeConfigsResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_resource_pool_pack_type_configs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPacks>
    pub fn describe_resource_pool_packs(
        &self,
        request: operations::describe_resource_pool_packs::DescribeResourcePoolPacksRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_resource_pool_packs::DescribeResourcePoolPacksResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_resource_pool_packs::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeTaskInfo` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Limit`, `Offset`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeTaskInfo>
    pub fn describe_task_info(
        &self,
        request: operations::describe_task_info::DescribeTaskInfoRequest,
    ) -> ::yun_core::Call<'_, operations::describe_task_info::DescribeTaskInfoResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_task_info::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeZoneInstanceConfigInfos` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZoneInstanceConfigInfos>
    pub fn describe_zone_instance_config_infos(
        &self,
        request: operations::describe_zone_instance_config_infos::DescribeZoneInstanceConfigInfosRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::describe_zone_instance_config_infos::DescribeZoneInstanceConfigInfosResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_zone_instance_config_infos::OPERATION,
            &request,
        )
    }

    /// Calls `DescribeZones` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZones>
    pub fn describe_zones(
        &self,
        request: operations::describe_zones::DescribeZonesRequest,
    ) -> ::yun_core::Call<'_, operations::describe_zones::DescribeZonesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::describe_zones::OPERATION,
            &request,
        )
    }

    /// Calls `DisassociateInstancesKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `KeyIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateInstancesKeyPairs>
    pub fn disassociate_instances_key_pairs(
        &self,
        request: operations::disassociate_instances_key_pairs::DisassociateInstancesKeyPairsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::disassociate_instances_key_pairs::DisassociateInstancesKeyPairsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::disassociate_instances_key_pairs::OPERATION,
            &request,
        )
    }

    /// Calls `DisassociateSecurityGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupIds`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateSecurityGroups>
    pub fn disassociate_security_groups(
        &self,
        request: operations::disassociate_security_groups::DisassociateSecurityGroupsRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::disassociate_security_groups::DisassociateSecurityGroupsResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::disassociate_security_groups::OPERATION,
            &request,
        )
    }

    /// Calls `EnterRescueMode` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `Password`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=EnterRescueMode>
    pub fn enter_rescue_mode(
        &self,
        request: operations::enter_rescue_mode::EnterRescueModeRequest,
    ) -> ::yun_core::Call<'_, operations::enter_rescue_mode::EnterRescueModeResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::enter_rescue_mode::OPERATION,
            &request,
        )
    }

    /// Calls `ExitRescueMode` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExitRescueMode>
    pub fn exit_rescue_mode(
        &self,
        request: operations::exit_rescue_mode::ExitRescueModeRequest,
    ) -> ::yun_core::Call<'_, operations::exit_rescue_mode::ExitRescueModeResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::exit_rescue_mode::OPERATION,
            &request,
        )
    }

    /// Calls `ExportImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `BucketName`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExportImages>
    pub fn export_images(
        &self,
        request: operations::export_images::ExportImagesRequest,
    ) -> ::yun_core::Call<'_, operations::export_images::ExportImagesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::export_images::OPERATION,
            &request,
        )
    }

    /// Calls `ImportImage` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Architecture`, `OsType`, `OsVersion`, `ImageUrl`, `ImageName`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `ImportImageDataDiskList.ImageUrl`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportImage>
    pub fn import_image(
        &self,
        request: operations::import_image::ImportImageRequest,
    ) -> ::yun_core::Call<'_, operations::import_image::ImportImageResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::import_image::OPERATION,
            &request,
        )
    }

    /// Calls `ImportInstancesActionTimer` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `ActionTimer`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportInstancesActionTimer>
    pub fn import_instances_action_timer(
        &self,
        request: operations::import_instances_action_timer::ImportInstancesActionTimerRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::import_instances_action_timer::ImportInstancesActionTimerResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::import_instances_action_timer::OPERATION,
            &request,
        )
    }

    /// Calls `ImportKeyPair` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyName`, `ProjectId`, `PublicKey`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportKeyPair>
    pub fn import_key_pair(
        &self,
        request: operations::import_key_pair::ImportKeyPairRequest,
    ) -> ::yun_core::Call<'_, operations::import_key_pair::ImportKeyPairResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::import_key_pair::OPERATION,
            &request,
        )
    }

    /// Calls `InquirePricePurchaseResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquirePricePurchaseResourcePoolPacks>
    pub fn inquire_price_purchase_resource_pool_packs(
        &self,
        request: operations::inquire_price_purchase_resource_pool_packs::InquirePricePurchaseResourcePoolPacksRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquire_price_purchase_resource_pool_packs::InquirePricePurchaseResourcePoolPacksResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquire_price_purchase_resource_pool_packs::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceModifyInstancesChargeType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceChargeType`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceModifyInstancesChargeType>
    pub fn inquiry_price_modify_instances_charge_type(
        &self,
        request: operations::inquiry_price_modify_instances_charge_type::InquiryPriceModifyInstancesChargeTypeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_modify_instances_charge_type::InquiryPriceModifyInstancesChargeTypeResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_modify_instances_charge_type::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceRenewHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HostIds`, `HostChargePrepaid`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `HostChargePrepaid.Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewHosts>
    pub fn inquiry_price_renew_hosts(
        &self,
        request: operations::inquiry_price_renew_hosts::InquiryPriceRenewHostsRequest,
    ) -> ::yun_core::Call<'_, operations::inquiry_price_renew_hosts::InquiryPriceRenewHostsResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_renew_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceRenewInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceChargePrepaid`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewInstances>
    pub fn inquiry_price_renew_instances(
        &self,
        request: operations::inquiry_price_renew_instances::InquiryPriceRenewInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_renew_instances::InquiryPriceRenewInstancesResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_renew_instances::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceResetInstance` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstance>
    pub fn inquiry_price_reset_instance(
        &self,
        request: operations::inquiry_price_reset_instance::InquiryPriceResetInstanceRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_reset_instance::InquiryPriceResetInstanceResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_reset_instance::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceResetInstancesInternetMaxBandwidth` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InternetAccessible`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesInternetMaxBandwidth>
    pub fn inquiry_price_reset_instances_internet_max_bandwidth(
        &self,
        request: operations::inquiry_price_reset_instances_internet_max_bandwidth::InquiryPriceResetInstancesInternetMaxBandwidthRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_reset_instances_internet_max_bandwidth::InquiryPriceResetInstancesInternetMaxBandwidthResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_reset_instances_internet_max_bandwidth::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceResetInstancesType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceType`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesType>
    pub fn inquiry_price_reset_instances_type(
        &self,
        request: operations::inquiry_price_reset_instances_type::InquiryPriceResetInstancesTypeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_reset_instances_type::InquiryPriceResetInstancesTypeResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_reset_instances_type::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceResizeInstanceDisks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DataDisks.DiskSize`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResizeInstanceDisks>
    pub fn inquiry_price_resize_instance_disks(
        &self,
        request: operations::inquiry_price_resize_instance_disks::InquiryPriceResizeInstanceDisksRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_resize_instance_disks::InquiryPriceResizeInstanceDisksResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_resize_instance_disks::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceRunInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Placement`, `ImageId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Placement.Zone`, `InstanceChargePrepaid.Period`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRunInstances>
    pub fn inquiry_price_run_instances(
        &self,
        request: operations::inquiry_price_run_instances::InquiryPriceRunInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_run_instances::InquiryPriceRunInstancesResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_run_instances::OPERATION,
            &request,
        )
    }

    /// Calls `InquiryPriceTerminateInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceTerminateInstances>
    pub fn inquiry_price_terminate_instances(
        &self,
        request: operations::inquiry_price_terminate_instances::InquiryPriceTerminateInstancesRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::inquiry_price_terminate_instances::InquiryPriceTerminateInstancesResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::inquiry_price_terminate_instances::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyChcAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcAttribute>
    pub fn modify_chc_attribute(
        &self,
        request: operations::modify_chc_attribute::ModifyChcAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_chc_attribute::ModifyChcAttributeResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_chc_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyChcNetworkMode` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`, `NetworkMode`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcNetworkMode>
    pub fn modify_chc_network_mode(
        &self,
        request: operations::modify_chc_network_mode::ModifyChcNetworkModeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_chc_network_mode::ModifyChcNetworkModeResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_chc_network_mode::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyDisasterRecoverGroupAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DisasterRecoverGroupId`, `Name`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyDisasterRecoverGroupAttribute>
    pub fn modify_disaster_recover_group_attribute(
        &self,
        request: operations::modify_disaster_recover_group_attribute::ModifyDisasterRecoverGroupAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_disaster_recover_group_attribute::ModifyDisasterRecoverGroupAttributeResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_disaster_recover_group_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyHostsAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HostIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHostsAttribute>
    pub fn modify_hosts_attribute(
        &self,
        request: operations::modify_hosts_attribute::ModifyHostsAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_hosts_attribute::ModifyHostsAttributeResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_hosts_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyHpcClusterAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HpcClusterId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHpcClusterAttribute>
    pub fn modify_hpc_cluster_attribute(
        &self,
        request: operations::modify_hpc_cluster_attribute::ModifyHpcClusterAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_hpc_cluster_attribute::ModifyHpcClusterAttributeResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_hpc_cluster_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyImageAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageAttribute>
    pub fn modify_image_attribute(
        &self,
        request: operations::modify_image_attribute::ModifyImageAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_image_attribute::ModifyImageAttributeResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_image_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyImageSharePermission` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageId`, `AccountIds`, `Permission`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageSharePermission>
    pub fn modify_image_share_permission(
        &self,
        request: operations::modify_image_share_permission::ModifyImageSharePermissionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_image_share_permission::ModifyImageSharePermissionResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_image_share_permission::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstanceDiskType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DataDisks.DiskSize`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstanceDiskType>
    pub fn modify_instance_disk_type(
        &self,
        request: operations::modify_instance_disk_type::ModifyInstanceDiskTypeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_instance_disk_type::ModifyInstanceDiskTypeResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_instance_disk_type::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstancesAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesAttribute>
    pub fn modify_instances_attribute(
        &self,
        request: operations::modify_instances_attribute::ModifyInstancesAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instances_attribute::ModifyInstancesAttributeResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_instances_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstancesChargeType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceChargeType`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesChargeType>
    pub fn modify_instances_charge_type(
        &self,
        request: operations::modify_instances_charge_type::ModifyInstancesChargeTypeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instances_charge_type::ModifyInstancesChargeTypeResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_instances_charge_type::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstancesDisasterRecoverGroup` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesDisasterRecoverGroup>
    pub fn modify_instances_disaster_recover_group(
        &self,
        request: operations::modify_instances_disaster_recover_group::ModifyInstancesDisasterRecoverGroupRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instances_disaster_recover_group::ModifyInstancesDisasterRecoverGroupResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_instances_disaster_recover_group::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstancesProject` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `ProjectId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesProject>
    pub fn modify_instances_project(
        &self,
        request: operations::modify_instances_project::ModifyInstancesProjectRequest,
    ) -> ::yun_core::Call<'_, operations::modify_instances_project::ModifyInstancesProjectResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_instances_project::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstancesRenewFlag` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `RenewFlag`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesRenewFlag>
    pub fn modify_instances_renew_flag(
        &self,
        request: operations::modify_instances_renew_flag::ModifyInstancesRenewFlagRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instances_renew_flag::ModifyInstancesRenewFlagResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_instances_renew_flag::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyInstancesVpcAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `VirtualPrivateCloud`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesVpcAttribute>
    pub fn modify_instances_vpc_attribute(
        &self,
        request: operations::modify_instances_vpc_attribute::ModifyInstancesVpcAttributeRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_instances_vpc_attribute::ModifyInstancesVpcAttributeResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_instances_vpc_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyKeyPairAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyKeyPairAttribute>
    pub fn modify_key_pair_attribute(
        &self,
        request: operations::modify_key_pair_attribute::ModifyKeyPairAttributeRequest,
    ) -> ::yun_core::Call<'_, operations::modify_key_pair_attribute::ModifyKeyPairAttributeResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_key_pair_attribute::OPERATION,
            &request,
        )
    }

    /// Calls `ModifyLaunchTemplateDefaultVersion` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`, `DefaultVersion`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyLaunchTemplateDefaultVersion>
    pub fn modify_launch_template_default_version(
        &self,
        request: operations::modify_launch_template_default_version::ModifyLaunchTemplateDefaultVersionRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::modify_launch_template_default_version::ModifyLaunchTemplateDefaultVersionResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::modify_launch_template_default_version::OPERATION,
            &request,
        )
    }

    /// Calls `ProgramFpgaImage` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `FPGAUrl`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ProgramFpgaImage>
    pub fn program_fpga_image(
        &self,
        request: operations::program_fpga_image::ProgramFpgaImageRequest,
    ) -> ::yun_core::Call<'_, operations::program_fpga_image::ProgramFpgaImageResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::program_fpga_image::OPERATION,
            &request,
        )
    }

    /// Calls `PurchaseResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=PurchaseResourcePoolPacks>
    pub fn purchase_resource_pool_packs(
        &self,
        request: operations::purchase_resource_pool_packs::PurchaseResourcePoolPacksRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::purchase_resource_pool_packs::PurchaseResourcePoolPacksResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::purchase_resource_pool_packs::OPERATION,
            &request,
        )
    }

    /// Calls `RebootInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RebootInstances>
    pub fn reboot_instances(
        &self,
        request: operations::reboot_instances::RebootInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::reboot_instances::RebootInstancesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::reboot_instances::OPERATION,
            &request,
        )
    }

    /// Calls `RemoveChcAssistVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcAssistVpc>
    pub fn remove_chc_assist_vpc(
        &self,
        request: operations::remove_chc_assist_vpc::RemoveChcAssistVpcRequest,
    ) -> ::yun_core::Call<'_, operations::remove_chc_assist_vpc::RemoveChcAssistVpcResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::remove_chc_assist_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `RemoveChcDeployVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcDeployVpc>
    pub fn remove_chc_deploy_vpc(
        &self,
        request: operations::remove_chc_deploy_vpc::RemoveChcDeployVpcRequest,
    ) -> ::yun_core::Call<'_, operations::remove_chc_deploy_vpc::RemoveChcDeployVpcResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::remove_chc_deploy_vpc::OPERATION,
            &request,
        )
    }

    /// Calls `RenewHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HostIds`, `HostChargePrepaid`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `HostChargePrepaid.Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewHosts>
    pub fn renew_hosts(
        &self,
        request: operations::renew_hosts::RenewHostsRequest,
    ) -> ::yun_core::Call<'_, operations::renew_hosts::RenewHostsResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::renew_hosts::OPERATION,
            &request,
        )
    }

    /// Calls `RenewInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewInstances>
    pub fn renew_instances(
        &self,
        request: operations::renew_instances::RenewInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::renew_instances::RenewInstancesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::renew_instances::OPERATION,
            &request,
        )
    }

    /// Calls `RepairTaskControl` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Product`, `InstanceIds`, `TaskId`, `Operate`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RepairTaskControl>
    pub fn repair_task_control(
        &self,
        request: operations::repair_task_control::RepairTaskControlRequest,
    ) -> ::yun_core::Call<'_, operations::repair_task_control::RepairTaskControlResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::repair_task_control::OPERATION,
            &request,
        )
    }

    /// Calls `ResetInstance` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstance>
    pub fn reset_instance(
        &self,
        request: operations::reset_instance::ResetInstanceRequest,
    ) -> ::yun_core::Call<'_, operations::reset_instance::ResetInstanceResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::reset_instance::OPERATION,
            &request,
        )
    }

    /// Calls `ResetInstancesInternetMaxBandwidth` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InternetAccessible`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesInternetMaxBandwidth>
    pub fn reset_instances_internet_max_bandwidth(
        &self,
        request: operations::reset_instances_internet_max_bandwidth::ResetInstancesInternetMaxBandwidthRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::reset_instances_internet_max_bandwidth::ResetInstancesInternetMaxBandwidthResponse,
    >{
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::reset_instances_internet_max_bandwidth::OPERATION,
            &request,
        )
    }

    /// Calls `ResetInstancesPassword` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `Password`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesPassword>
    pub fn reset_instances_password(
        &self,
        request: operations::reset_instances_password::ResetInstancesPasswordRequest,
    ) -> ::yun_core::Call<'_, operations::reset_instances_password::ResetInstancesPasswordResponse>
    {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::reset_instances_password::OPERATION,
            &request,
        )
    }

    /// Calls `ResetInstancesType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceType`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesType>
    pub fn reset_instances_type(
        &self,
        request: operations::reset_instances_type::ResetInstancesTypeRequest,
    ) -> ::yun_core::Call<'_, operations::reset_instances_type::ResetInstancesTypeResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::reset_instances_type::OPERATION,
            &request,
        )
    }

    /// Calls `ResizeInstanceDisks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DataDisks.DiskSize`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResizeInstanceDisks>
    pub fn resize_instance_disks(
        &self,
        request: operations::resize_instance_disks::ResizeInstanceDisksRequest,
    ) -> ::yun_core::Call<'_, operations::resize_instance_disks::ResizeInstanceDisksResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::resize_instance_disks::OPERATION,
            &request,
        )
    }

    /// Calls `RunInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`, `Placement.Zone`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances>
    pub fn run_instances(
        &self,
        request: operations::run_instances::RunInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::run_instances::RunInstancesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::run_instances::OPERATION,
            &request,
        )
    }

    /// Calls `StartInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StartInstances>
    pub fn start_instances(
        &self,
        request: operations::start_instances::StartInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::start_instances::StartInstancesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::start_instances::OPERATION,
            &request,
        )
    }

    /// Calls `StopInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StopInstances>
    pub fn stop_instances(
        &self,
        request: operations::stop_instances::StopInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::stop_instances::StopInstancesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::stop_instances::OPERATION,
            &request,
        )
    }

    /// Calls `SyncImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageIds`, `DestinationRegions`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=SyncImages>
    pub fn sync_images(
        &self,
        request: operations::sync_images::SyncImagesRequest,
    ) -> ::yun_core::Call<'_, operations::sync_images::SyncImagesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::sync_images::OPERATION,
            &request,
        )
    }

    /// Calls `TerminateInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateInstances>
    pub fn terminate_instances(
        &self,
        request: operations::terminate_instances::TerminateInstancesRequest,
    ) -> ::yun_core::Call<'_, operations::terminate_instances::TerminateInstancesResponse> {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::terminate_instances::OPERATION,
            &request,
        )
    }

    /// Calls `TerminateResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedResourcePackIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateResourcePoolPacks>
    pub fn terminate_resource_pool_packs(
        &self,
        request: operations::terminate_resource_pool_packs::TerminateResourcePoolPacksRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::terminate_resource_pool_packs::TerminateResourcePoolPacksResponse,
    > {
        ::yun_core::internal::tencent_call(
            &self.inner,
            &operations::terminate_resource_pool_packs::OPERATION,
            &request,
        )
    }

    /// Pages through `DescribeChcHosts` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `ChcHostSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_chc_hosts_paginator(
        &self,
        request: operations::describe_chc_hosts::DescribeChcHostsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_chc_hosts::DescribeChcHostsRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeDisasterRecoverGroups` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `DisasterRecoverGroupSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_disaster_recover_groups_paginator(
        &self,
        request: operations::describe_disaster_recover_groups::DescribeDisasterRecoverGroupsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_disaster_recover_groups::DescribeDisasterRecoverGroupsRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeHosts` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `HostSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_hosts_paginator(
        &self,
        request: operations::describe_hosts::DescribeHostsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_hosts::DescribeHostsRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeHpcClusters` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `HpcClusterSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_hpc_clusters_paginator(
        &self,
        request: operations::describe_hpc_clusters::DescribeHpcClustersRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_hpc_clusters::DescribeHpcClustersRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeImages` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `ImageSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_images_paginator(
        &self,
        request: operations::describe_images::DescribeImagesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_images::DescribeImagesRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstances` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `InstanceSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instances_paginator(
        &self,
        request: operations::describe_instances::DescribeInstancesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instances::DescribeInstancesRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeInstancesStatus` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `InstanceStatusSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_instances_status_paginator(
        &self,
        request: operations::describe_instances_status::DescribeInstancesStatusRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_instances_status::DescribeInstancesStatusRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeKeyPairs` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `KeyPairSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_key_pairs_paginator(
        &self,
        request: operations::describe_key_pairs::DescribeKeyPairsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_key_pairs::DescribeKeyPairsRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeLaunchTemplateVersions` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `LaunchTemplateVersionSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_launch_template_versions_paginator(
        &self,
        request: operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeLaunchTemplates` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `LaunchTemplateSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_launch_templates_paginator(
        &self,
        request: operations::describe_launch_templates::DescribeLaunchTemplatesRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_launch_templates::DescribeLaunchTemplatesRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeResourcePoolPacks` by token (`NextToken`, `MaxResults`; `NextToken` in the response): `.pages()` yields each response, `.items()` each item of `DedicatedResourcePackSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_resource_pool_packs_paginator(
        &self,
        request: operations::describe_resource_pool_packs::DescribeResourcePoolPacksRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_resource_pool_packs::DescribeResourcePoolPacksRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }

    /// Pages through `DescribeTaskInfo` by offset (`Offset`, `Limit`; `TotalCount` in the response): `.pages()` yields each response, `.items()` each item of `RepairTaskInfoSet`, fetched one page at a time with the page size set in `request`. See [`yun_core::paginate`] for when it stops; `.max_pages(n)` caps it.
    pub fn describe_task_info_paginator(
        &self,
        request: operations::describe_task_info::DescribeTaskInfoRequest,
    ) -> ::yun_core::paginate::Paginator<
        operations::describe_task_info::DescribeTaskInfoRequest,
        ::yun_core::tencent::TencentClient,
    > {
        ::yun_core::paginate::Paginator::new(self.inner.clone(), request)
    }
}
