//! `CreateDisasterRecoverGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateDisasterRecoverGroup>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "CreateDisasterRecoverGroup",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        multipart: false,
        nested_required: &[
            "TagSpecification.ResourceType",
            "TagSpecification.Tags",
            "TagSpecification.Tags.Key",
            "TagSpecification.Tags.Value",
        ],
    };

/// The request of [`Client::create_disaster_recover_group`](crate::Client::create_disaster_recover_group) (`CreateDisasterRecoverGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDisasterRecoverGroupRequest {
    /// `Name`. Required.
    ///
    /// Example: `物理机容灾组`.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Type`. Required.
    ///
    /// Example: `HOST`.
    #[serde(rename = "Type")]
    pub r#type: ::std::string::String,
    /// `ClientToken`.
    ///
    /// Example: `a521b4e4-c903-4d37-9de6-8906e3ad8eb7`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `Affinity`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<i64>,
    /// `Strategy`.
    ///
    /// Example: `SPREAD`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
    /// `PartitionCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "PartitionCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_count: ::std::option::Option<i64>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}

impl CreateDisasterRecoverGroupRequest {
    /// A `CreateDisasterRecoverGroupRequest` with its required members: `Name`, `Type`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            client_token: ::std::option::Option::None,
            affinity: ::std::option::Option::None,
            strategy: ::std::option::Option::None,
            partition_count: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Affinity`.
    pub fn affinity(mut self, value: i64) -> Self {
        self.affinity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Strategy`.
    pub fn strategy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PartitionCount`.
    pub fn partition_count(mut self, value: i64) -> Self {
        self.partition_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateDisasterRecoverGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDisasterRecoverGroupRequest",
            &[
                ("name", d::req(&self.name)),
                ("type", d::req(&self.r#type)),
                ("client_token", d::opt(&self.client_token)),
                ("affinity", d::opt(&self.affinity)),
                ("strategy", d::opt(&self.strategy)),
                ("partition_count", d::opt(&self.partition_count)),
                ("tag_specification", d::opt(&self.tag_specification)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDisasterRecoverGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Name",
            "Type",
            "ClientToken",
            "Affinity",
            "Strategy",
            "PartitionCount",
            "TagSpecification",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_type: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_affinity: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_partition_count: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_name = r.decode()?,
                1 => m_type = r.decode()?,
                2 => m_client_token = r.decode()?,
                3 => m_affinity = r.decode()?,
                4 => m_strategy = r.decode()?,
                5 => m_partition_count = r.decode()?,
                6 => m_tag_specification = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateDisasterRecoverGroupRequest {
            name: m_name.ok_or_else(|| r.missing("Name"))?,
            r#type: m_type.ok_or_else(|| r.missing("Type"))?,
            client_token: m_client_token,
            affinity: m_affinity,
            strategy: m_strategy,
            partition_count: m_partition_count,
            tag_specification: m_tag_specification,
        })
    }
}

/// The response of [`Client::create_disaster_recover_group`](crate::Client::create_disaster_recover_group) (`CreateDisasterRecoverGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDisasterRecoverGroupResponse {
    /// `DisasterRecoverGroupId`.
    ///
    /// Example: `ps-qajfd25h`.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Type`.
    ///
    /// Example: `HOST`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `物理机容灾组`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `CvmQuotaTotal`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "CvmQuotaTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_quota_total: ::std::option::Option<i64>,
    /// `CurrentNum`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `CreateTime`.
    ///
    /// Example: `2018-06-08T07:26:38Z`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `Strategy`.
    ///
    /// Example: `PARTITION`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::yun_core::Text>,
    /// `PartitionCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "PartitionCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_count: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateDisasterRecoverGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDisasterRecoverGroupResponse",
            &[
                (
                    "disaster_recover_group_id",
                    d::opt(&self.disaster_recover_group_id),
                ),
                ("type", d::opt(&self.r#type)),
                ("name", d::opt(&self.name)),
                ("cvm_quota_total", d::opt(&self.cvm_quota_total)),
                ("current_num", d::opt(&self.current_num)),
                ("create_time", d::opt(&self.create_time)),
                ("strategy", d::opt(&self.strategy)),
                ("partition_count", d::opt(&self.partition_count)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDisasterRecoverGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DisasterRecoverGroupId",
            "Type",
            "Name",
            "CvmQuotaTotal",
            "CurrentNum",
            "CreateTime",
            "Strategy",
            "PartitionCount",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = CreateDisasterRecoverGroupResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disaster_recover_group_id = r.decode()?,
                1 => out.r#type = r.decode()?,
                2 => out.name = r.decode()?,
                3 => out.cvm_quota_total = r.decode()?,
                4 => out.current_num = r.decode()?,
                5 => out.create_time = r.decode()?,
                6 => out.strategy = r.decode()?,
                7 => out.partition_count = r.decode()?,
                8 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
