//! `ModifyReservedInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyReservedInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyReservedInstances",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReservedInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Configuration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[
            "Configuration.InstanceAmount",
            "Configuration.InstanceType",
            "Configuration.Scope",
        ],
    };

/// The `Configuration` object of the request.
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct Configuration {
    /// `InstanceAmount`. Required.
    ///
    /// Example: `1`.
    #[serde(rename = "InstanceAmount")]
    pub instance_amount: i32,
    /// `InstanceType`. Required.
    ///
    /// Example: `ecs.c5.4xlarge`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `ReservedInstanceName`.
    ///
    /// Example: `testReservedInstanceName`.
    #[serde(
        rename = "ReservedInstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_name: ::std::option::Option<::std::string::String>,
    /// `Scope`. Required.
    ///
    /// Example: `Zone`.
    #[serde(rename = "Scope")]
    pub scope: ::std::string::String,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-i`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl Configuration {
    /// A `Configuration` with its required members: `InstanceAmount`, `InstanceType`, `Scope`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_amount: i32,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        scope: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_amount,
            instance_type: instance_type.into(),
            reserved_instance_name: ::std::option::Option::None,
            scope: scope.into(),
            zone_id: ::std::option::Option::None,
        }
    }

    /// Sets `ReservedInstanceName`.
    pub fn reserved_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for Configuration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Configuration",
            &[
                ("instance_amount", d::req(&self.instance_amount)),
                ("instance_type", d::req(&self.instance_type)),
                (
                    "reserved_instance_name",
                    d::opt(&self.reserved_instance_name),
                ),
                ("scope", d::req(&self.scope)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Configuration {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceAmount",
            "InstanceType",
            "ReservedInstanceName",
            "Scope",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_instance_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_scope: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_amount = r.decode()?,
                1 => m_instance_type = r.decode()?,
                2 => m_reserved_instance_name = r.decode()?,
                3 => m_scope = r.decode()?,
                4 => m_zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(Configuration {
            instance_amount: m_instance_amount.ok_or_else(|| r.missing("InstanceAmount"))?,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            reserved_instance_name: m_reserved_instance_name,
            scope: m_scope.ok_or_else(|| r.missing("Scope"))?,
            zone_id: m_zone_id,
        })
    }
}

/// The request of [`Client::modify_reserved_instances`](crate::Client::modify_reserved_instances) (`ModifyReservedInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyReservedInstancesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ReservedInstanceId` (query, sent as `ReservedInstanceId.1`, `ReservedInstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `ReservedInstanceId.1="ecsri-bp1cx3****",ReservedInstanceId.2="ecsri-bp15xx2****"......`.
    #[serde(rename = "ReservedInstanceId")]
    pub reserved_instance_id: ::std::vec::Vec<::std::string::String>,
    /// `Configuration` (query, sent as `Configuration.1`, `Configuration.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "Configuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub configuration: ::std::option::Option<::std::vec::Vec<Configuration>>,
}

impl ModifyReservedInstancesRequest {
    /// A `ModifyReservedInstancesRequest` with its required members: `RegionId`, `ReservedInstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        reserved_instance_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            reserved_instance_id: reserved_instance_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            configuration: ::std::option::Option::None,
        }
    }

    /// Sets `Configuration`.
    pub fn configuration(mut self, value: ::std::vec::Vec<Configuration>) -> Self {
        self.configuration = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyReservedInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyReservedInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("reserved_instance_id", d::req(&self.reserved_instance_id)),
                ("configuration", d::opt(&self.configuration)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyReservedInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ReservedInstanceId", "Configuration"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_configuration: ::std::option::Option<::std::vec::Vec<Configuration>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_reserved_instance_id = r.decode()?,
                2 => m_configuration = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyReservedInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            reserved_instance_id: m_reserved_instance_id
                .ok_or_else(|| r.missing("ReservedInstanceId"))?,
            configuration: m_configuration,
        })
    }
}

/// The response of [`Client::modify_reserved_instances`](crate::Client::modify_reserved_instances) (`ModifyReservedInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyReservedInstancesResponse {
    /// `RequestId`.
    ///
    /// Example: `ED9E4A5F-FF4D-4C96-BE80-6B4227060DD7`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ReservedInstanceIdSets`.
    #[serde(
        rename = "ReservedInstanceIdSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id_sets: ::std::option::Option<crate::models::ReservedInstanceIdSets>,
}

impl ModifyReservedInstancesResponse {
    /// The items of `ReservedInstanceIdSets` (through its wrapper), empty when absent.
    pub fn reserved_instance_id_sets(&self) -> &[::yun_core::Text] {
        self.reserved_instance_id_sets
            .as_ref()
            .and_then(|w| w.reserved_instance_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ModifyReservedInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyReservedInstancesResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                (
                    "reserved_instance_id_sets",
                    d::opt(&self.reserved_instance_id_sets),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyReservedInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "ReservedInstanceIdSets"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ModifyReservedInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.reserved_instance_id_sets = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
