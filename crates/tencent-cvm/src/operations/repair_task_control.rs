//! `RepairTaskControl`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RepairTaskControl>
/// The request of [`Client::repair_task_control`](crate::Client::repair_task_control) (`RepairTaskControl`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RepairTaskControlRequest {
    /// `Product`. Required.
    #[serde(rename = "Product")]
    pub product: ::std::string::String,
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `TaskId`. Required.
    #[serde(rename = "TaskId")]
    pub task_id: ::std::string::String,
    /// `Operate`. Required.
    #[serde(rename = "Operate")]
    pub operate: ::std::string::String,
    /// `OrderAuthTime`.
    #[serde(
        rename = "OrderAuthTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_auth_time: ::std::option::Option<::std::string::String>,
    /// `TaskSubMethod`.
    #[serde(
        rename = "TaskSubMethod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_sub_method: ::std::option::Option<::std::string::String>,
}
impl RepairTaskControlRequest {
    /// A `RepairTaskControlRequest` with its required members: `Product`, `InstanceIds`, `TaskId`, `Operate`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        product: impl ::std::convert::Into<::std::string::String>,
        instance_ids: ::std::vec::Vec<::std::string::String>,
        task_id: impl ::std::convert::Into<::std::string::String>,
        operate: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product: product.into(),
            instance_ids,
            task_id: task_id.into(),
            operate: operate.into(),
            order_auth_time: ::std::option::Option::None,
            task_sub_method: ::std::option::Option::None,
        }
    }
    /// Sets `OrderAuthTime`.
    pub fn order_auth_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_auth_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `TaskSubMethod`.
    pub fn task_sub_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_sub_method = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::repair_task_control`](crate::Client::repair_task_control) (`RepairTaskControl`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RepairTaskControlResponse {
    /// `TaskId`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
