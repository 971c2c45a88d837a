//! `RepairTaskControl`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RepairTaskControl>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RepairTaskControl",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::repair_task_control`](crate::Client::repair_task_control) (`RepairTaskControl`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for RepairTaskControlRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RepairTaskControlRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RepairTaskControlRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RepairTaskControlRequest, A::Error> {
                let mut m_product: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_task_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_operate: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_order_auth_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_task_sub_method: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Product" => m_product = map.next_value()?,
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "TaskId" => m_task_id = map.next_value()?,
                        "Operate" => m_operate = map.next_value()?,
                        "OrderAuthTime" => m_order_auth_time = map.next_value()?,
                        "TaskSubMethod" => m_task_sub_method = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RepairTaskControlRequest {
                    product: m_product.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Product")
                    })?,
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    task_id: m_task_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("TaskId")
                    })?,
                    operate: m_operate.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Operate")
                    })?,
                    order_auth_time: m_order_auth_time,
                    task_sub_method: m_task_sub_method,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::repair_task_control`](crate::Client::repair_task_control) (`RepairTaskControl`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for RepairTaskControlResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RepairTaskControlResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RepairTaskControlResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RepairTaskControlResponse, A::Error> {
                let mut out = RepairTaskControlResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TaskId" => out.task_id = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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
