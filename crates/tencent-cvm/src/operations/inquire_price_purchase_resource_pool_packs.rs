//! `InquirePricePurchaseResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquirePricePurchaseResourcePoolPacks>
/// The request of [`Client::inquire_price_purchase_resource_pool_packs`](crate::Client::inquire_price_purchase_resource_pool_packs) (`InquirePricePurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquirePricePurchaseResourcePoolPacksRequest {
    /// `Zone`. Required.
    #[serde(rename = "Zone")]
    pub zone: ::std::string::String,
    /// `InstanceType`. Required.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `InstanceCount`. Required.
    #[serde(rename = "InstanceCount")]
    pub instance_count: i64,
    /// `Period`. Required.
    #[serde(rename = "Period")]
    pub period: i64,
}
impl InquirePricePurchaseResourcePoolPacksRequest {
    /// A `InquirePricePurchaseResourcePoolPacksRequest` with its required members: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        zone: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        instance_count: i64,
        period: i64,
    ) -> Self {
        Self {
            zone: zone.into(),
            instance_type: instance_type.into(),
            instance_count,
            period,
        }
    }
}
/// The response of [`Client::inquire_price_purchase_resource_pool_packs`](crate::Client::inquire_price_purchase_resource_pool_packs) (`InquirePricePurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquirePricePurchaseResourcePoolPacksResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::ItemPrice>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
