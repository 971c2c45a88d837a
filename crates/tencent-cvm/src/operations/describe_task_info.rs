//! `DescribeTaskInfo`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeTaskInfo>
/// The request of [`Client::describe_task_info`](crate::Client::describe_task_info) (`DescribeTaskInfo`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeTaskInfoRequest {
    /// `Limit`. Required.
    #[serde(rename = "Limit")]
    pub limit: i64,
    /// `Offset`. Required.
    #[serde(rename = "Offset")]
    pub offset: i64,
    /// `Product`.
    #[serde(
        rename = "Product",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product: ::std::option::Option<::std::string::String>,
    /// `TaskStatus`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `TaskTypeIds`.
    #[serde(
        rename = "TaskTypeIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_type_ids: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `TaskIds`.
    #[serde(
        rename = "TaskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Aliases`.
    #[serde(
        rename = "Aliases",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `StartDate`.
    #[serde(
        rename = "StartDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_date: ::std::option::Option<::std::string::String>,
    /// `EndDate`.
    #[serde(
        rename = "EndDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// `OrderField`.
    #[serde(
        rename = "OrderField",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_field: ::std::option::Option<::std::string::String>,
    /// `Order`.
    #[serde(
        rename = "Order",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order: ::std::option::Option<i64>,
}
impl DescribeTaskInfoRequest {
    /// A `DescribeTaskInfoRequest` with its required members: `Limit`, `Offset`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(limit: i64, offset: i64) -> Self {
        Self {
            limit,
            offset,
            product: ::std::option::Option::None,
            task_status: ::std::option::Option::None,
            task_type_ids: ::std::option::Option::None,
            task_ids: ::std::option::Option::None,
            instance_ids: ::std::option::Option::None,
            aliases: ::std::option::Option::None,
            start_date: ::std::option::Option::None,
            end_date: ::std::option::Option::None,
            order_field: ::std::option::Option::None,
            order: ::std::option::Option::None,
        }
    }
    /// Sets `Product`.
    pub fn product(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.product = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `TaskStatus`.
    pub fn task_status(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.task_status = ::std::option::Option::Some(value);
        self
    }
    /// Sets `TaskTypeIds`.
    pub fn task_type_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.task_type_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `TaskIds`.
    pub fn task_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.task_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `InstanceIds`.
    pub fn instance_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.instance_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Aliases`.
    pub fn aliases(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.aliases = ::std::option::Option::Some(value);
        self
    }
    /// Sets `StartDate`.
    pub fn start_date(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `EndDate`.
    pub fn end_date(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `OrderField`.
    pub fn order_field(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.order_field = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::describe_task_info`](crate::Client::describe_task_info) (`DescribeTaskInfo`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeTaskInfoResponse {
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `RepairTaskInfoSet`.
    #[serde(
        rename = "RepairTaskInfoSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repair_task_info_set: ::std::option::Option<::std::vec::Vec<crate::models::RepairTaskInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
