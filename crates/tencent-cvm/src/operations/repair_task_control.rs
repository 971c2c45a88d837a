//! `RepairTaskControl`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RepairTaskControl>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RepairTaskControl",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::repair_task_control`](crate::Client::repair_task_control) (`RepairTaskControl`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RepairTaskControlRequest {
    /// `Product`. Required.
    ///
    /// Example: `CVM`.
    #[serde(rename = "Product")]
    pub product: ::std::string::String,
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-xxxxxxx1", "ins-xxxxxxx2"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `TaskId`. Required.
    ///
    /// Example: `rep-xxxxxxxx`.
    #[serde(rename = "TaskId")]
    pub task_id: ::std::string::String,
    /// `Operate`. Required.
    ///
    /// Example: `AuthorizeRepair`.
    #[serde(rename = "Operate")]
    pub operate: ::std::string::String,
    /// `OrderAuthTime`.
    ///
    /// Example: `2023-01-01 12:00:00`.
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
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        task_id: impl ::std::convert::Into<::std::string::String>,
        operate: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product: product.into(),
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
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

impl ::std::fmt::Debug for RepairTaskControlRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RepairTaskControlRequest",
            &[
                ("product", d::req(&self.product)),
                ("instance_ids", d::req(&self.instance_ids)),
                ("task_id", d::req(&self.task_id)),
                ("operate", d::req(&self.operate)),
                ("order_auth_time", d::opt(&self.order_auth_time)),
                ("task_sub_method", d::opt(&self.task_sub_method)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RepairTaskControlRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Product",
            "InstanceIds",
            "TaskId",
            "Operate",
            "OrderAuthTime",
            "TaskSubMethod",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_product: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_task_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_operate: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_order_auth_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_task_sub_method: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_product = r.decode()?,
                1 => m_instance_ids = r.decode()?,
                2 => m_task_id = r.decode()?,
                3 => m_operate = r.decode()?,
                4 => m_order_auth_time = r.decode()?,
                5 => m_task_sub_method = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RepairTaskControlRequest {
            product: m_product.ok_or_else(|| r.missing("Product"))?,
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            task_id: m_task_id.ok_or_else(|| r.missing("TaskId"))?,
            operate: m_operate.ok_or_else(|| r.missing("Operate"))?,
            order_auth_time: m_order_auth_time,
            task_sub_method: m_task_sub_method,
        })
    }
}

/// The response of [`Client::repair_task_control`](crate::Client::repair_task_control) (`RepairTaskControl`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RepairTaskControlResponse {
    /// `TaskId`.
    ///
    /// Example: `rep-xxxxxxxx`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RepairTaskControlResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RepairTaskControlResponse",
            &[
                ("task_id", d::opt(&self.task_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RepairTaskControlResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TaskId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RepairTaskControlResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.task_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
