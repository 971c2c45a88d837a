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
    pub async fn allocate_hosts(
        &self,
        request: operations::allocate_hosts::AllocateHostsRequest,
    ) -> ::std::result::Result<operations::allocate_hosts::AllocateHostsResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::allocate_hosts::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `AssociateInstancesKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `KeyIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs>
    pub async fn associate_instances_key_pairs(
        &self,
        request: operations::associate_instances_key_pairs::AssociateInstancesKeyPairsRequest,
    ) -> ::std::result::Result<
        operations::associate_instances_key_pairs::AssociateInstancesKeyPairsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::associate_instances_key_pairs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `AssociateSecurityGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupIds`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateSecurityGroups>
    pub async fn associate_security_groups(
        &self,
        request: operations::associate_security_groups::AssociateSecurityGroupsRequest,
    ) -> ::std::result::Result<
        operations::associate_security_groups::AssociateSecurityGroupsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::associate_security_groups::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ConfigureChcAssistVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`, `BmcVirtualPrivateCloud`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `BmcVirtualPrivateCloud.VpcId`, `BmcVirtualPrivateCloud.SubnetId`, `DeployVirtualPrivateCloud.VpcId`, `DeployVirtualPrivateCloud.SubnetId`, `ChcDeployExtraConfig.MiniOsType`, `ChcDeployExtraConfig.BootType`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcAssistVpc>
    pub async fn configure_chc_assist_vpc(
        &self,
        request: operations::configure_chc_assist_vpc::ConfigureChcAssistVpcRequest,
    ) -> ::std::result::Result<
        operations::configure_chc_assist_vpc::ConfigureChcAssistVpcResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::configure_chc_assist_vpc::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ConfigureChcDeployVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`, `DeployVirtualPrivateCloud`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DeployVirtualPrivateCloud.VpcId`, `DeployVirtualPrivateCloud.SubnetId`, `ChcDeployExtraConfig.MiniOsType`, `ChcDeployExtraConfig.BootType`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcDeployVpc>
    pub async fn configure_chc_deploy_vpc(
        &self,
        request: operations::configure_chc_deploy_vpc::ConfigureChcDeployVpcRequest,
    ) -> ::std::result::Result<
        operations::configure_chc_deploy_vpc::ConfigureChcDeployVpcResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::configure_chc_deploy_vpc::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ConvertOperatingSystems` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConvertOperatingSystems>
    pub async fn convert_operating_systems(
        &self,
        request: operations::convert_operating_systems::ConvertOperatingSystemsRequest,
    ) -> ::std::result::Result<
        operations::convert_operating_systems::ConvertOperatingSystemsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::convert_operating_systems::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `CreateDisasterRecoverGroup` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Name`, `Type`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateDisasterRecoverGroup>
    pub async fn create_disaster_recover_group(
        &self,
        request: operations::create_disaster_recover_group::CreateDisasterRecoverGroupRequest,
    ) -> ::std::result::Result<
        operations::create_disaster_recover_group::CreateDisasterRecoverGroupResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::create_disaster_recover_group::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `CreateHpcCluster` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Zone`, `Name`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateHpcCluster>
    pub async fn create_hpc_cluster(
        &self,
        request: operations::create_hpc_cluster::CreateHpcClusterRequest,
    ) -> ::std::result::Result<
        operations::create_hpc_cluster::CreateHpcClusterResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::create_hpc_cluster::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `CreateImage` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageName`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateImage>
    pub async fn create_image(
        &self,
        request: operations::create_image::CreateImageRequest,
    ) -> ::std::result::Result<operations::create_image::CreateImageResponse, ::yun_core::Error>
    {
        let call =
            ::yun_core::internal::tencent_request(&operations::create_image::OPERATION, &request)?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `CreateKeyPair` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyName`, `ProjectId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateKeyPair>
    pub async fn create_key_pair(
        &self,
        request: operations::create_key_pair::CreateKeyPairRequest,
    ) -> ::std::result::Result<operations::create_key_pair::CreateKeyPairResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::create_key_pair::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `CreateLaunchTemplate` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateName`, `Placement`, `ImageId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Placement.Zone`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `InstanceChargePrepaid.Period`, `LaunchTemplateTagSpecification.ResourceType`, `LaunchTemplateTagSpecification.Tags`, `LaunchTemplateTagSpecification.Tags.Key`, `LaunchTemplateTagSpecification.Tags.Value`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplate>
    pub async fn create_launch_template(
        &self,
        request: operations::create_launch_template::CreateLaunchTemplateRequest,
    ) -> ::std::result::Result<
        operations::create_launch_template::CreateLaunchTemplateResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::create_launch_template::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `CreateLaunchTemplateVersion` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Placement`, `LaunchTemplateId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Placement.Zone`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `InstanceChargePrepaid.Period`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplateVersion>
    pub async fn create_launch_template_version(
        &self,
        request: operations::create_launch_template_version::CreateLaunchTemplateVersionRequest,
    ) -> ::std::result::Result<
        operations::create_launch_template_version::CreateLaunchTemplateVersionResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::create_launch_template_version::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteDisasterRecoverGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DisasterRecoverGroupIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteDisasterRecoverGroups>
    pub async fn delete_disaster_recover_groups(
        &self,
        request: operations::delete_disaster_recover_groups::DeleteDisasterRecoverGroupsRequest,
    ) -> ::std::result::Result<
        operations::delete_disaster_recover_groups::DeleteDisasterRecoverGroupsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::delete_disaster_recover_groups::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteHpcClusters` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HpcClusterIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteHpcClusters>
    pub async fn delete_hpc_clusters(
        &self,
        request: operations::delete_hpc_clusters::DeleteHpcClustersRequest,
    ) -> ::std::result::Result<
        operations::delete_hpc_clusters::DeleteHpcClustersResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::delete_hpc_clusters::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteImages>
    pub async fn delete_images(
        &self,
        request: operations::delete_images::DeleteImagesRequest,
    ) -> ::std::result::Result<operations::delete_images::DeleteImagesResponse, ::yun_core::Error>
    {
        let call =
            ::yun_core::internal::tencent_request(&operations::delete_images::OPERATION, &request)?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteInstancesActionTimer` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ActionTimerIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesActionTimer>
    pub async fn delete_instances_action_timer(
        &self,
        request: operations::delete_instances_action_timer::DeleteInstancesActionTimerRequest,
    ) -> ::std::result::Result<
        operations::delete_instances_action_timer::DeleteInstancesActionTimerResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::delete_instances_action_timer::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteInstancesDisasterRecoverGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `DisasterRecoverGroupIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesDisasterRecoverGroups>
    pub async fn delete_instances_disaster_recover_groups(
        &self,
        request: operations::delete_instances_disaster_recover_groups::DeleteInstancesDisasterRecoverGroupsRequest,
    ) -> ::std::result::Result<
        operations::delete_instances_disaster_recover_groups::DeleteInstancesDisasterRecoverGroupsResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::delete_instances_disaster_recover_groups::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteKeyPairs>
    pub async fn delete_key_pairs(
        &self,
        request: operations::delete_key_pairs::DeleteKeyPairsRequest,
    ) -> ::std::result::Result<
        operations::delete_key_pairs::DeleteKeyPairsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::delete_key_pairs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteLaunchTemplate` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplate>
    pub async fn delete_launch_template(
        &self,
        request: operations::delete_launch_template::DeleteLaunchTemplateRequest,
    ) -> ::std::result::Result<
        operations::delete_launch_template::DeleteLaunchTemplateResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::delete_launch_template::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DeleteLaunchTemplateVersions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`, `LaunchTemplateVersions`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplateVersions>
    pub async fn delete_launch_template_versions(
        &self,
        request: operations::delete_launch_template_versions::DeleteLaunchTemplateVersionsRequest,
    ) -> ::std::result::Result<
        operations::delete_launch_template_versions::DeleteLaunchTemplateVersionsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::delete_launch_template_versions::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeAccountQuota` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeAccountQuota>
    pub async fn describe_account_quota(
        &self,
        request: operations::describe_account_quota::DescribeAccountQuotaRequest,
    ) -> ::std::result::Result<
        operations::describe_account_quota::DescribeAccountQuotaResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_account_quota::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeChcDeniedActions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcDeniedActions>
    pub async fn describe_chc_denied_actions(
        &self,
        request: operations::describe_chc_denied_actions::DescribeChcDeniedActionsRequest,
    ) -> ::std::result::Result<
        operations::describe_chc_denied_actions::DescribeChcDeniedActionsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_chc_denied_actions::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeChcHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcHosts>
    pub async fn describe_chc_hosts(
        &self,
        request: operations::describe_chc_hosts::DescribeChcHostsRequest,
    ) -> ::std::result::Result<
        operations::describe_chc_hosts::DescribeChcHostsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_chc_hosts::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeDisasterRecoverGroupQuota` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroupQuota>
    pub async fn describe_disaster_recover_group_quota(
        &self,
        request: operations::describe_disaster_recover_group_quota::DescribeDisasterRecoverGroupQuotaRequest,
    ) -> ::std::result::Result<
        operations::describe_disaster_recover_group_quota::DescribeDisasterRecoverGroupQuotaResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_disaster_recover_group_quota::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeDisasterRecoverGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroups>
    pub async fn describe_disaster_recover_groups(
        &self,
        request: operations::describe_disaster_recover_groups::DescribeDisasterRecoverGroupsRequest,
    ) -> ::std::result::Result<
        operations::describe_disaster_recover_groups::DescribeDisasterRecoverGroupsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_disaster_recover_groups::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHosts>
    pub async fn describe_hosts(
        &self,
        request: operations::describe_hosts::DescribeHostsRequest,
    ) -> ::std::result::Result<operations::describe_hosts::DescribeHostsResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_hosts::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeHpcClusters` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHpcClusters>
    pub async fn describe_hpc_clusters(
        &self,
        request: operations::describe_hpc_clusters::DescribeHpcClustersRequest,
    ) -> ::std::result::Result<
        operations::describe_hpc_clusters::DescribeHpcClustersResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_hpc_clusters::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeImageFromFamily` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageFromFamily>
    pub async fn describe_image_from_family(
        &self,
        request: operations::describe_image_from_family::DescribeImageFromFamilyRequest,
    ) -> ::std::result::Result<
        operations::describe_image_from_family::DescribeImageFromFamilyResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_image_from_family::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeImageQuota` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageQuota>
    pub async fn describe_image_quota(
        &self,
        request: operations::describe_image_quota::DescribeImageQuotaRequest,
    ) -> ::std::result::Result<
        operations::describe_image_quota::DescribeImageQuotaResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_image_quota::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeImageSharePermission` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageSharePermission>
    pub async fn describe_image_share_permission(
        &self,
        request: operations::describe_image_share_permission::DescribeImageSharePermissionRequest,
    ) -> ::std::result::Result<
        operations::describe_image_share_permission::DescribeImageSharePermissionResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_image_share_permission::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImages>
    pub async fn describe_images(
        &self,
        request: operations::describe_images::DescribeImagesRequest,
    ) -> ::std::result::Result<operations::describe_images::DescribeImagesResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_images::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeImportImageOs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImportImageOs>
    pub async fn describe_import_image_os(
        &self,
        request: operations::describe_import_image_os::DescribeImportImageOsRequest,
    ) -> ::std::result::Result<
        operations::describe_import_image_os::DescribeImportImageOsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_import_image_os::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstanceFamilyConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceFamilyConfigs>
    pub async fn describe_instance_family_configs(
        &self,
        request: operations::describe_instance_family_configs::DescribeInstanceFamilyConfigsRequest,
    ) -> ::std::result::Result<
        operations::describe_instance_family_configs::DescribeInstanceFamilyConfigsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instance_family_configs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstanceInternetBandwidthConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceInternetBandwidthConfigs>
    pub async fn describe_instance_internet_bandwidth_configs(
        &self,
        request: operations::describe_instance_internet_bandwidth_configs::DescribeInstanceInternetBandwidthConfigsRequest,
    ) -> ::std::result::Result<
        operations::describe_instance_internet_bandwidth_configs::DescribeInstanceInternetBandwidthConfigsResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instance_internet_bandwidth_configs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstanceTypeConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceTypeConfigs>
    pub async fn describe_instance_type_configs(
        &self,
        request: operations::describe_instance_type_configs::DescribeInstanceTypeConfigsRequest,
    ) -> ::std::result::Result<
        operations::describe_instance_type_configs::DescribeInstanceTypeConfigsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instance_type_configs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstanceVncUrl` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceVncUrl>
    pub async fn describe_instance_vnc_url(
        &self,
        request: operations::describe_instance_vnc_url::DescribeInstanceVncUrlRequest,
    ) -> ::std::result::Result<
        operations::describe_instance_vnc_url::DescribeInstanceVncUrlResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instance_vnc_url::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstances>
    pub async fn describe_instances(
        &self,
        request: operations::describe_instances::DescribeInstancesRequest,
    ) -> ::std::result::Result<
        operations::describe_instances::DescribeInstancesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstancesActionTimer` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesActionTimer>
    pub async fn describe_instances_action_timer(
        &self,
        request: operations::describe_instances_action_timer::DescribeInstancesActionTimerRequest,
    ) -> ::std::result::Result<
        operations::describe_instances_action_timer::DescribeInstancesActionTimerResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instances_action_timer::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstancesAttributes` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Attributes`, `InstanceIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesAttributes>
    pub async fn describe_instances_attributes(
        &self,
        request: operations::describe_instances_attributes::DescribeInstancesAttributesRequest,
    ) -> ::std::result::Result<
        operations::describe_instances_attributes::DescribeInstancesAttributesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instances_attributes::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstancesModification` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesModification>
    pub async fn describe_instances_modification(
        &self,
        request: operations::describe_instances_modification::DescribeInstancesModificationRequest,
    ) -> ::std::result::Result<
        operations::describe_instances_modification::DescribeInstancesModificationResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instances_modification::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstancesOperationLimit` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `Operation`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesOperationLimit>
    pub async fn describe_instances_operation_limit(
        &self,
        request: operations::describe_instances_operation_limit::DescribeInstancesOperationLimitRequest,
    ) -> ::std::result::Result<
        operations::describe_instances_operation_limit::DescribeInstancesOperationLimitResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instances_operation_limit::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInstancesStatus` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesStatus>
    pub async fn describe_instances_status(
        &self,
        request: operations::describe_instances_status::DescribeInstancesStatusRequest,
    ) -> ::std::result::Result<
        operations::describe_instances_status::DescribeInstancesStatusResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_instances_status::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeInternetChargeTypeConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInternetChargeTypeConfigs>
    pub async fn describe_internet_charge_type_configs(
        &self,
        request: operations::describe_internet_charge_type_configs::DescribeInternetChargeTypeConfigsRequest,
    ) -> ::std::result::Result<
        operations::describe_internet_charge_type_configs::DescribeInternetChargeTypeConfigsResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_internet_charge_type_configs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeKeyPairs>
    pub async fn describe_key_pairs(
        &self,
        request: operations::describe_key_pairs::DescribeKeyPairsRequest,
    ) -> ::std::result::Result<
        operations::describe_key_pairs::DescribeKeyPairsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_key_pairs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeLaunchTemplateVersions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplateVersions>
    pub async fn describe_launch_template_versions(
        &self,
        request: operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsRequest,
    ) -> ::std::result::Result<
        operations::describe_launch_template_versions::DescribeLaunchTemplateVersionsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_launch_template_versions::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeLaunchTemplates` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplates>
    pub async fn describe_launch_templates(
        &self,
        request: operations::describe_launch_templates::DescribeLaunchTemplatesRequest,
    ) -> ::std::result::Result<
        operations::describe_launch_templates::DescribeLaunchTemplatesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_launch_templates::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeRegions` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeRegions>
    pub async fn describe_regions(
        &self,
        request: operations::describe_regions::DescribeRegionsRequest,
    ) -> ::std::result::Result<
        operations::describe_regions::DescribeRegionsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_regions::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeResourcePoolPackInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedResourcePackIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackInstances>
    pub async fn describe_resource_pool_pack_instances(
        &self,
        request: operations::describe_resource_pool_pack_instances::DescribeResourcePoolPackInstancesRequest,
    ) -> ::std::result::Result<
        operations::describe_resource_pool_pack_instances::DescribeResourcePoolPackInstancesResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_resource_pool_pack_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeResourcePoolPackTypeConfigs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Filters`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackTypeConfigs>
    pub async fn describe_resource_pool_pack_type_configs(
        &self,
        request: operations::describe_resource_pool_pack_type_configs::DescribeResourcePoolPackTypeConfigsRequest,
    ) -> ::std::result::Result<
        operations::describe_resource_pool_pack_type_configs::DescribeResourcePoolPackTypeConfigsResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_resource_pool_pack_type_configs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPacks>
    pub async fn describe_resource_pool_packs(
        &self,
        request: operations::describe_resource_pool_packs::DescribeResourcePoolPacksRequest,
    ) -> ::std::result::Result<
        operations::describe_resource_pool_packs::DescribeResourcePoolPacksResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_resource_pool_packs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeTaskInfo` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Limit`, `Offset`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeTaskInfo>
    pub async fn describe_task_info(
        &self,
        request: operations::describe_task_info::DescribeTaskInfoRequest,
    ) -> ::std::result::Result<
        operations::describe_task_info::DescribeTaskInfoResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_task_info::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeZoneInstanceConfigInfos` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Filters.Name`, `Filters.Values`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZoneInstanceConfigInfos>
    pub async fn describe_zone_instance_config_infos(
        &self,
        request: operations::describe_zone_instance_config_infos::DescribeZoneInstanceConfigInfosRequest,
    ) -> ::std::result::Result<
        operations::describe_zone_instance_config_infos::DescribeZoneInstanceConfigInfosResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_zone_instance_config_infos::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DescribeZones` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZones>
    pub async fn describe_zones(
        &self,
        request: operations::describe_zones::DescribeZonesRequest,
    ) -> ::std::result::Result<operations::describe_zones::DescribeZonesResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::describe_zones::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DisassociateInstancesKeyPairs` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `KeyIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateInstancesKeyPairs>
    pub async fn disassociate_instances_key_pairs(
        &self,
        request: operations::disassociate_instances_key_pairs::DisassociateInstancesKeyPairsRequest,
    ) -> ::std::result::Result<
        operations::disassociate_instances_key_pairs::DisassociateInstancesKeyPairsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::disassociate_instances_key_pairs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `DisassociateSecurityGroups` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `SecurityGroupIds`, `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateSecurityGroups>
    pub async fn disassociate_security_groups(
        &self,
        request: operations::disassociate_security_groups::DisassociateSecurityGroupsRequest,
    ) -> ::std::result::Result<
        operations::disassociate_security_groups::DisassociateSecurityGroupsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::disassociate_security_groups::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `EnterRescueMode` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `Password`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=EnterRescueMode>
    pub async fn enter_rescue_mode(
        &self,
        request: operations::enter_rescue_mode::EnterRescueModeRequest,
    ) -> ::std::result::Result<
        operations::enter_rescue_mode::EnterRescueModeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::enter_rescue_mode::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ExitRescueMode` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExitRescueMode>
    pub async fn exit_rescue_mode(
        &self,
        request: operations::exit_rescue_mode::ExitRescueModeRequest,
    ) -> ::std::result::Result<
        operations::exit_rescue_mode::ExitRescueModeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::exit_rescue_mode::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ExportImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `BucketName`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExportImages>
    pub async fn export_images(
        &self,
        request: operations::export_images::ExportImagesRequest,
    ) -> ::std::result::Result<operations::export_images::ExportImagesResponse, ::yun_core::Error>
    {
        let call =
            ::yun_core::internal::tencent_request(&operations::export_images::OPERATION, &request)?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ImportImage` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Architecture`, `OsType`, `OsVersion`, `ImageUrl`, `ImageName`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `ImportImageDataDiskList.ImageUrl`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportImage>
    pub async fn import_image(
        &self,
        request: operations::import_image::ImportImageRequest,
    ) -> ::std::result::Result<operations::import_image::ImportImageResponse, ::yun_core::Error>
    {
        let call =
            ::yun_core::internal::tencent_request(&operations::import_image::OPERATION, &request)?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ImportInstancesActionTimer` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `ActionTimer`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportInstancesActionTimer>
    pub async fn import_instances_action_timer(
        &self,
        request: operations::import_instances_action_timer::ImportInstancesActionTimerRequest,
    ) -> ::std::result::Result<
        operations::import_instances_action_timer::ImportInstancesActionTimerResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::import_instances_action_timer::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ImportKeyPair` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyName`, `ProjectId`, `PublicKey`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportKeyPair>
    pub async fn import_key_pair(
        &self,
        request: operations::import_key_pair::ImportKeyPairRequest,
    ) -> ::std::result::Result<operations::import_key_pair::ImportKeyPairResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::import_key_pair::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquirePricePurchaseResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquirePricePurchaseResourcePoolPacks>
    pub async fn inquire_price_purchase_resource_pool_packs(
        &self,
        request: operations::inquire_price_purchase_resource_pool_packs::InquirePricePurchaseResourcePoolPacksRequest,
    ) -> ::std::result::Result<
        operations::inquire_price_purchase_resource_pool_packs::InquirePricePurchaseResourcePoolPacksResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::inquire_price_purchase_resource_pool_packs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceModifyInstancesChargeType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceChargeType`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceModifyInstancesChargeType>
    pub async fn inquiry_price_modify_instances_charge_type(
        &self,
        request: operations::inquiry_price_modify_instances_charge_type::InquiryPriceModifyInstancesChargeTypeRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_modify_instances_charge_type::InquiryPriceModifyInstancesChargeTypeResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_modify_instances_charge_type::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceRenewHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HostIds`, `HostChargePrepaid`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `HostChargePrepaid.Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewHosts>
    pub async fn inquiry_price_renew_hosts(
        &self,
        request: operations::inquiry_price_renew_hosts::InquiryPriceRenewHostsRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_renew_hosts::InquiryPriceRenewHostsResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_renew_hosts::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceRenewInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceChargePrepaid`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewInstances>
    pub async fn inquiry_price_renew_instances(
        &self,
        request: operations::inquiry_price_renew_instances::InquiryPriceRenewInstancesRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_renew_instances::InquiryPriceRenewInstancesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_renew_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceResetInstance` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstance>
    pub async fn inquiry_price_reset_instance(
        &self,
        request: operations::inquiry_price_reset_instance::InquiryPriceResetInstanceRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_reset_instance::InquiryPriceResetInstanceResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_reset_instance::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceResetInstancesInternetMaxBandwidth` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InternetAccessible`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesInternetMaxBandwidth>
    pub async fn inquiry_price_reset_instances_internet_max_bandwidth(
        &self,
        request: operations::inquiry_price_reset_instances_internet_max_bandwidth::InquiryPriceResetInstancesInternetMaxBandwidthRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_reset_instances_internet_max_bandwidth::InquiryPriceResetInstancesInternetMaxBandwidthResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_reset_instances_internet_max_bandwidth::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceResetInstancesType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceType`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesType>
    pub async fn inquiry_price_reset_instances_type(
        &self,
        request: operations::inquiry_price_reset_instances_type::InquiryPriceResetInstancesTypeRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_reset_instances_type::InquiryPriceResetInstancesTypeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_reset_instances_type::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceResizeInstanceDisks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DataDisks.DiskSize`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResizeInstanceDisks>
    pub async fn inquiry_price_resize_instance_disks(
        &self,
        request: operations::inquiry_price_resize_instance_disks::InquiryPriceResizeInstanceDisksRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_resize_instance_disks::InquiryPriceResizeInstanceDisksResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_resize_instance_disks::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceRunInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Placement`, `ImageId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Placement.Zone`, `InstanceChargePrepaid.Period`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRunInstances>
    pub async fn inquiry_price_run_instances(
        &self,
        request: operations::inquiry_price_run_instances::InquiryPriceRunInstancesRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_run_instances::InquiryPriceRunInstancesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_run_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `InquiryPriceTerminateInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceTerminateInstances>
    pub async fn inquiry_price_terminate_instances(
        &self,
        request: operations::inquiry_price_terminate_instances::InquiryPriceTerminateInstancesRequest,
    ) -> ::std::result::Result<
        operations::inquiry_price_terminate_instances::InquiryPriceTerminateInstancesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::inquiry_price_terminate_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyChcAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcAttribute>
    pub async fn modify_chc_attribute(
        &self,
        request: operations::modify_chc_attribute::ModifyChcAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_chc_attribute::ModifyChcAttributeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_chc_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyChcNetworkMode` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`, `NetworkMode`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcNetworkMode>
    pub async fn modify_chc_network_mode(
        &self,
        request: operations::modify_chc_network_mode::ModifyChcNetworkModeRequest,
    ) -> ::std::result::Result<
        operations::modify_chc_network_mode::ModifyChcNetworkModeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_chc_network_mode::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyDisasterRecoverGroupAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DisasterRecoverGroupId`, `Name`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyDisasterRecoverGroupAttribute>
    pub async fn modify_disaster_recover_group_attribute(
        &self,
        request: operations::modify_disaster_recover_group_attribute::ModifyDisasterRecoverGroupAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_disaster_recover_group_attribute::ModifyDisasterRecoverGroupAttributeResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_disaster_recover_group_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyHostsAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HostIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHostsAttribute>
    pub async fn modify_hosts_attribute(
        &self,
        request: operations::modify_hosts_attribute::ModifyHostsAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_hosts_attribute::ModifyHostsAttributeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_hosts_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyHpcClusterAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HpcClusterId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHpcClusterAttribute>
    pub async fn modify_hpc_cluster_attribute(
        &self,
        request: operations::modify_hpc_cluster_attribute::ModifyHpcClusterAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_hpc_cluster_attribute::ModifyHpcClusterAttributeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_hpc_cluster_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyImageAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageAttribute>
    pub async fn modify_image_attribute(
        &self,
        request: operations::modify_image_attribute::ModifyImageAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_image_attribute::ModifyImageAttributeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_image_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyImageSharePermission` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageId`, `AccountIds`, `Permission`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageSharePermission>
    pub async fn modify_image_share_permission(
        &self,
        request: operations::modify_image_share_permission::ModifyImageSharePermissionRequest,
    ) -> ::std::result::Result<
        operations::modify_image_share_permission::ModifyImageSharePermissionResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_image_share_permission::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyInstanceDiskType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DataDisks.DiskSize`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstanceDiskType>
    pub async fn modify_instance_disk_type(
        &self,
        request: operations::modify_instance_disk_type::ModifyInstanceDiskTypeRequest,
    ) -> ::std::result::Result<
        operations::modify_instance_disk_type::ModifyInstanceDiskTypeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_instance_disk_type::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyInstancesAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesAttribute>
    pub async fn modify_instances_attribute(
        &self,
        request: operations::modify_instances_attribute::ModifyInstancesAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_instances_attribute::ModifyInstancesAttributeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_instances_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyInstancesChargeType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceChargeType`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesChargeType>
    pub async fn modify_instances_charge_type(
        &self,
        request: operations::modify_instances_charge_type::ModifyInstancesChargeTypeRequest,
    ) -> ::std::result::Result<
        operations::modify_instances_charge_type::ModifyInstancesChargeTypeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_instances_charge_type::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyInstancesDisasterRecoverGroup` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesDisasterRecoverGroup>
    pub async fn modify_instances_disaster_recover_group(
        &self,
        request: operations::modify_instances_disaster_recover_group::ModifyInstancesDisasterRecoverGroupRequest,
    ) -> ::std::result::Result<
        operations::modify_instances_disaster_recover_group::ModifyInstancesDisasterRecoverGroupResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_instances_disaster_recover_group::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyInstancesProject` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `ProjectId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesProject>
    pub async fn modify_instances_project(
        &self,
        request: operations::modify_instances_project::ModifyInstancesProjectRequest,
    ) -> ::std::result::Result<
        operations::modify_instances_project::ModifyInstancesProjectResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_instances_project::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyInstancesRenewFlag` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `RenewFlag`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesRenewFlag>
    pub async fn modify_instances_renew_flag(
        &self,
        request: operations::modify_instances_renew_flag::ModifyInstancesRenewFlagRequest,
    ) -> ::std::result::Result<
        operations::modify_instances_renew_flag::ModifyInstancesRenewFlagResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_instances_renew_flag::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyInstancesVpcAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `VirtualPrivateCloud`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesVpcAttribute>
    pub async fn modify_instances_vpc_attribute(
        &self,
        request: operations::modify_instances_vpc_attribute::ModifyInstancesVpcAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_instances_vpc_attribute::ModifyInstancesVpcAttributeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_instances_vpc_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyKeyPairAttribute` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `KeyId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyKeyPairAttribute>
    pub async fn modify_key_pair_attribute(
        &self,
        request: operations::modify_key_pair_attribute::ModifyKeyPairAttributeRequest,
    ) -> ::std::result::Result<
        operations::modify_key_pair_attribute::ModifyKeyPairAttributeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_key_pair_attribute::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ModifyLaunchTemplateDefaultVersion` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `LaunchTemplateId`, `DefaultVersion`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyLaunchTemplateDefaultVersion>
    pub async fn modify_launch_template_default_version(
        &self,
        request: operations::modify_launch_template_default_version::ModifyLaunchTemplateDefaultVersionRequest,
    ) -> ::std::result::Result<
        operations::modify_launch_template_default_version::ModifyLaunchTemplateDefaultVersionResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::modify_launch_template_default_version::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ProgramFpgaImage` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`, `FPGAUrl`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ProgramFpgaImage>
    pub async fn program_fpga_image(
        &self,
        request: operations::program_fpga_image::ProgramFpgaImageRequest,
    ) -> ::std::result::Result<
        operations::program_fpga_image::ProgramFpgaImageResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::program_fpga_image::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `PurchaseResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=PurchaseResourcePoolPacks>
    pub async fn purchase_resource_pool_packs(
        &self,
        request: operations::purchase_resource_pool_packs::PurchaseResourcePoolPacksRequest,
    ) -> ::std::result::Result<
        operations::purchase_resource_pool_packs::PurchaseResourcePoolPacksResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::purchase_resource_pool_packs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `RebootInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RebootInstances>
    pub async fn reboot_instances(
        &self,
        request: operations::reboot_instances::RebootInstancesRequest,
    ) -> ::std::result::Result<
        operations::reboot_instances::RebootInstancesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::reboot_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `RemoveChcAssistVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcAssistVpc>
    pub async fn remove_chc_assist_vpc(
        &self,
        request: operations::remove_chc_assist_vpc::RemoveChcAssistVpcRequest,
    ) -> ::std::result::Result<
        operations::remove_chc_assist_vpc::RemoveChcAssistVpcResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::remove_chc_assist_vpc::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `RemoveChcDeployVpc` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ChcIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcDeployVpc>
    pub async fn remove_chc_deploy_vpc(
        &self,
        request: operations::remove_chc_deploy_vpc::RemoveChcDeployVpcRequest,
    ) -> ::std::result::Result<
        operations::remove_chc_deploy_vpc::RemoveChcDeployVpcResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::remove_chc_deploy_vpc::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `RenewHosts` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `HostIds`, `HostChargePrepaid`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `HostChargePrepaid.Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewHosts>
    pub async fn renew_hosts(
        &self,
        request: operations::renew_hosts::RenewHostsRequest,
    ) -> ::std::result::Result<operations::renew_hosts::RenewHostsResponse, ::yun_core::Error> {
        let call =
            ::yun_core::internal::tencent_request(&operations::renew_hosts::OPERATION, &request)?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `RenewInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewInstances>
    pub async fn renew_instances(
        &self,
        request: operations::renew_instances::RenewInstancesRequest,
    ) -> ::std::result::Result<operations::renew_instances::RenewInstancesResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::renew_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `RepairTaskControl` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `Product`, `InstanceIds`, `TaskId`, `Operate`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RepairTaskControl>
    pub async fn repair_task_control(
        &self,
        request: operations::repair_task_control::RepairTaskControlRequest,
    ) -> ::std::result::Result<
        operations::repair_task_control::RepairTaskControlResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::repair_task_control::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ResetInstance` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstance>
    pub async fn reset_instance(
        &self,
        request: operations::reset_instance::ResetInstanceRequest,
    ) -> ::std::result::Result<operations::reset_instance::ResetInstanceResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::reset_instance::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ResetInstancesInternetMaxBandwidth` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InternetAccessible`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesInternetMaxBandwidth>
    pub async fn reset_instances_internet_max_bandwidth(
        &self,
        request: operations::reset_instances_internet_max_bandwidth::ResetInstancesInternetMaxBandwidthRequest,
    ) -> ::std::result::Result<
        operations::reset_instances_internet_max_bandwidth::ResetInstancesInternetMaxBandwidthResponse,
        ::yun_core::Error,
    >{
        let call = ::yun_core::internal::tencent_request(
            &operations::reset_instances_internet_max_bandwidth::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ResetInstancesPassword` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `Password`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesPassword>
    pub async fn reset_instances_password(
        &self,
        request: operations::reset_instances_password::ResetInstancesPasswordRequest,
    ) -> ::std::result::Result<
        operations::reset_instances_password::ResetInstancesPasswordResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::reset_instances_password::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ResetInstancesType` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`, `InstanceType`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesType>
    pub async fn reset_instances_type(
        &self,
        request: operations::reset_instances_type::ResetInstancesTypeRequest,
    ) -> ::std::result::Result<
        operations::reset_instances_type::ResetInstancesTypeResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::reset_instances_type::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `ResizeInstanceDisks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceId`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `DataDisks.DiskSize`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResizeInstanceDisks>
    pub async fn resize_instance_disks(
        &self,
        request: operations::resize_instance_disks::ResizeInstanceDisksRequest,
    ) -> ::std::result::Result<
        operations::resize_instance_disks::ResizeInstanceDisksResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::resize_instance_disks::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `RunInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// No member is required. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `InstanceChargePrepaid.Period`, `Placement.Zone`, `DataDisks.DiskSize`, `VirtualPrivateCloud.VpcId`, `VirtualPrivateCloud.SubnetId`, `TagSpecification.ResourceType`, `TagSpecification.Tags`, `TagSpecification.Tags.Key`, `TagSpecification.Tags.Value`, `InstanceMarketOptions.SpotOptions`, `InstanceMarketOptions.SpotOptions.MaxPrice`, `Metadata.Items`, `Metadata.Items.Key`, `Metadata.Items.Value`, `NetworkInterfaces.InterfaceType`, `NetworkInterfaces.VpcId`, `NetworkInterfaces.SubnetId`, `NetworkInterfaces.PrivateIpv4AddressCount`.
    ///
    /// Idempotent through `ClientToken`: left unset, it is filled with a fresh token that every attempt of the call sends, so retries after lost answers cannot apply the change twice.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances>
    pub async fn run_instances(
        &self,
        request: operations::run_instances::RunInstancesRequest,
    ) -> ::std::result::Result<operations::run_instances::RunInstancesResponse, ::yun_core::Error>
    {
        let call =
            ::yun_core::internal::tencent_request(&operations::run_instances::OPERATION, &request)?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `StartInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StartInstances>
    pub async fn start_instances(
        &self,
        request: operations::start_instances::StartInstancesRequest,
    ) -> ::std::result::Result<operations::start_instances::StartInstancesResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::start_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `StopInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StopInstances>
    pub async fn stop_instances(
        &self,
        request: operations::stop_instances::StopInstancesRequest,
    ) -> ::std::result::Result<operations::stop_instances::StopInstancesResponse, ::yun_core::Error>
    {
        let call = ::yun_core::internal::tencent_request(
            &operations::stop_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `SyncImages` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `ImageIds`, `DestinationRegions`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=SyncImages>
    pub async fn sync_images(
        &self,
        request: operations::sync_images::SyncImagesRequest,
    ) -> ::std::result::Result<operations::sync_images::SyncImagesResponse, ::yun_core::Error> {
        let call =
            ::yun_core::internal::tencent_request(&operations::sync_images::OPERATION, &request)?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `TerminateInstances` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `InstanceIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateInstances>
    pub async fn terminate_instances(
        &self,
        request: operations::terminate_instances::TerminateInstancesRequest,
    ) -> ::std::result::Result<
        operations::terminate_instances::TerminateInstancesResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::terminate_instances::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
    }

    /// Calls `TerminateResourcePoolPacks` of API version `2017-03-12`: sent as HTTP POST; the API accepts POST and GET.
    ///
    /// Required: `DedicatedResourcePackIds`.
    ///
    /// A write without an idempotency token: retried only when the service did not act on the request (throttling, HTTP 503); after a lost answer the call fails with `Error::OutcomeUnknown` instead.
    ///
    /// Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateResourcePoolPacks>
    pub async fn terminate_resource_pool_packs(
        &self,
        request: operations::terminate_resource_pool_packs::TerminateResourcePoolPacksRequest,
    ) -> ::std::result::Result<
        operations::terminate_resource_pool_packs::TerminateResourcePoolPacksResponse,
        ::yun_core::Error,
    > {
        let call = ::yun_core::internal::tencent_request(
            &operations::terminate_resource_pool_packs::OPERATION,
            &request,
        )?;
        ::yun_core::tencent::decode_response(&self.inner.send(&call).await?)
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
