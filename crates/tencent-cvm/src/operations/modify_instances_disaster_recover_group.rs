//! `ModifyInstancesDisasterRecoverGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesDisasterRecoverGroup>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstancesDisasterRecoverGroup",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_instances_disaster_recover_group`](crate::Client::modify_instances_disaster_recover_group) (`ModifyInstancesDisasterRecoverGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesDisasterRecoverGroupRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `DisasterRecoverGroupId`. Deprecated by the vendor.
    ///
    /// Example: `ps-a66w6rlb`.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::std::string::String>,
    /// `Force`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    /// `DisasterRecoverGroupIds`.
    ///
    /// Example: `["ps-a66w6rlb"]`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PartitionNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_number: ::std::option::Option<i64>,
}

impl ModifyInstancesDisasterRecoverGroupRequest {
    /// A `ModifyInstancesDisasterRecoverGroupRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            disaster_recover_group_id: ::std::option::Option::None,
            force: ::std::option::Option::None,
            disaster_recover_group_ids: ::std::option::Option::None,
            partition_number: ::std::option::Option::None,
        }
    }

    /// Sets `DisasterRecoverGroupId`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn disaster_recover_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disaster_recover_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DisasterRecoverGroupIds`.
    pub fn disaster_recover_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.disaster_recover_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `PartitionNumber`.
    pub fn partition_number(mut self, value: i64) -> Self {
        self.partition_number = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyInstancesDisasterRecoverGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesDisasterRecoverGroupRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                (
                    "disaster_recover_group_id",
                    d::opt(&self.disaster_recover_group_id),
                ),
                ("force", d::opt(&self.force)),
                (
                    "disaster_recover_group_ids",
                    d::opt(&self.disaster_recover_group_ids),
                ),
                ("partition_number", d::opt(&self.partition_number)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesDisasterRecoverGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceIds",
            "DisasterRecoverGroupId",
            "Force",
            "DisasterRecoverGroupIds",
            "PartitionNumber",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_disaster_recover_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_disaster_recover_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_partition_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_disaster_recover_group_id = r.decode()?,
                2 => m_force = r.decode()?,
                3 => m_disaster_recover_group_ids = r.decode()?,
                4 => m_partition_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstancesDisasterRecoverGroupRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            disaster_recover_group_id: m_disaster_recover_group_id,
            force: m_force,
            disaster_recover_group_ids: m_disaster_recover_group_ids,
            partition_number: m_partition_number,
        })
    }
}

/// The response of [`Client::modify_instances_disaster_recover_group`](crate::Client::modify_instances_disaster_recover_group) (`ModifyInstancesDisasterRecoverGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesDisasterRecoverGroupResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstancesDisasterRecoverGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesDisasterRecoverGroupResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesDisasterRecoverGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstancesDisasterRecoverGroupResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
