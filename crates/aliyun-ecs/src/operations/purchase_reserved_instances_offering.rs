//! `PurchaseReservedInstancesOffering`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/PurchaseReservedInstancesOffering>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "PurchaseReservedInstancesOffering",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReservedInstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Scope",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OfferingType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Platform",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenew",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenewPeriod",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::purchase_reserved_instances_offering`](crate::Client::purchase_reserved_instances_offering) (`PurchaseReservedInstancesOffering`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PurchaseReservedInstancesOfferingRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp199lyny9b3****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceName` (query).
    ///
    /// Example: `testReservedInstanceName`.
    #[serde(
        rename = "ReservedInstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_name: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query). Required.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `Scope` (query).
    ///
    /// Example: `Zone`.
    #[serde(
        rename = "Scope",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scope: ::std::option::Option<::std::string::String>,
    /// `InstanceAmount` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `3`.
    #[serde(
        rename = "InstanceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_amount: ::std::option::Option<i32>,
    /// `OfferingType` (query).
    ///
    /// Example: `All Upfront`.
    #[serde(
        rename = "OfferingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offering_type: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Platform` (query).
    ///
    /// Example: `Linux`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `Period` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Year`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `AutoRenew` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `AutoRenewPeriod` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "AutoRenewPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_period: ::std::option::Option<i32>,
}

impl PurchaseReservedInstancesOfferingRequest {
    /// A `PurchaseReservedInstancesOfferingRequest` with its required members: `RegionId`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            reserved_instance_name: ::std::option::Option::None,
            instance_type: instance_type.into(),
            scope: ::std::option::Option::None,
            instance_amount: ::std::option::Option::None,
            offering_type: ::std::option::Option::None,
            description: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            auto_renew_period: ::std::option::Option::None,
        }
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ReservedInstanceName`.
    pub fn reserved_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Scope`.
    pub fn scope(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceAmount`.
    pub fn instance_amount(mut self, value: i32) -> Self {
        self.instance_amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `OfferingType`.
    pub fn offering_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.offering_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Platform`.
    pub fn platform(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoRenew`.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoRenewPeriod`.
    pub fn auto_renew_period(mut self, value: i32) -> Self {
        self.auto_renew_period = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for PurchaseReservedInstancesOfferingRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PurchaseReservedInstancesOfferingRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("zone_id", d::opt(&self.zone_id)),
                (
                    "reserved_instance_name",
                    d::opt(&self.reserved_instance_name),
                ),
                ("instance_type", d::req(&self.instance_type)),
                ("scope", d::opt(&self.scope)),
                ("instance_amount", d::opt(&self.instance_amount)),
                ("offering_type", d::opt(&self.offering_type)),
                ("description", d::opt(&self.description)),
                ("platform", d::opt(&self.platform)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("client_token", d::opt(&self.client_token)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("auto_renew_period", d::opt(&self.auto_renew_period)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PurchaseReservedInstancesOfferingRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Tag",
            "ResourceGroupId",
            "ZoneId",
            "ReservedInstanceName",
            "InstanceType",
            "Scope",
            "InstanceAmount",
            "OfferingType",
            "Description",
            "Platform",
            "Period",
            "PeriodUnit",
            "ClientToken",
            "AutoRenew",
            "AutoRenewPeriod",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 17] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_scope: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_instance_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_offering_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_platform: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_renew_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_tag = r.decode()?,
                2 => m_resource_group_id = r.decode()?,
                3 => m_zone_id = r.decode()?,
                4 => m_reserved_instance_name = r.decode()?,
                5 => m_instance_type = r.decode()?,
                6 => m_scope = r.decode()?,
                7 => m_instance_amount = r.decode()?,
                8 => m_offering_type = r.decode()?,
                9 => m_description = r.decode()?,
                10 => m_platform = r.decode()?,
                11 => m_period = r.decode()?,
                12 => m_period_unit = r.decode()?,
                13 => m_client_token = r.decode()?,
                14 => m_auto_renew = r.decode()?,
                15 => m_auto_renew_period = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(PurchaseReservedInstancesOfferingRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
            zone_id: m_zone_id,
            reserved_instance_name: m_reserved_instance_name,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            scope: m_scope,
            instance_amount: m_instance_amount,
            offering_type: m_offering_type,
            description: m_description,
            platform: m_platform,
            period: m_period,
            period_unit: m_period_unit,
            client_token: m_client_token,
            auto_renew: m_auto_renew,
            auto_renew_period: m_auto_renew_period,
        })
    }
}

/// The response of [`Client::purchase_reserved_instances_offering`](crate::Client::purchase_reserved_instances_offering) (`PurchaseReservedInstancesOffering`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PurchaseReservedInstancesOfferingResponse {
    /// `RequestId`.
    ///
    /// Example: `8C314443-AF0D-4766-9562-C83B7F1A3C8B`.
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

impl PurchaseReservedInstancesOfferingResponse {
    /// The items of `ReservedInstanceIdSets` (through its wrapper), empty when absent.
    pub fn reserved_instance_id_sets(&self) -> &[::yun_core::Text] {
        self.reserved_instance_id_sets
            .as_ref()
            .and_then(|w| w.reserved_instance_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for PurchaseReservedInstancesOfferingResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PurchaseReservedInstancesOfferingResponse",
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

impl ::yun_core::json::Decode for PurchaseReservedInstancesOfferingResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "ReservedInstanceIdSets"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = PurchaseReservedInstancesOfferingResponse::default();
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
