//! `PurchaseStorageCapacityUnit`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/PurchaseStorageCapacityUnit>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "PurchaseStorageCapacityUnit",
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
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Capacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StartTime",
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
                name: "FromApp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Amount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::purchase_storage_capacity_unit`](crate::Client::purchase_storage_capacity_unit) (`PurchaseStorageCapacityUnit`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PurchaseStorageCapacityUnitRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Name` (query).
    ///
    /// Example: `ScuPurchaseDemo`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Capacity` (query). Required.
    ///
    /// Example: `20`.
    #[serde(rename = "Capacity")]
    pub capacity: i32,
    /// `Description` (query).
    ///
    /// Example: `ScuPurchaseDemo`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    ///
    /// Example: `2020-09-09T02:00:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
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
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `FromApp` (query).
    ///
    /// Example: `OpenAPI`.
    #[serde(
        rename = "FromApp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_app: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `Amount` (query).
    ///
    /// From 1 to 20.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i32>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl PurchaseStorageCapacityUnitRequest {
    /// A `PurchaseStorageCapacityUnitRequest` with its required members: `RegionId`, `Capacity`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>, capacity: i32) -> Self {
        Self {
            region_id: region_id.into(),
            name: ::std::option::Option::None,
            capacity,
            description: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            from_app: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            amount: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
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

    /// Sets `FromApp`.
    pub fn from_app(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.from_app = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Amount`.
    pub fn amount(mut self, value: i32) -> Self {
        self.amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for PurchaseStorageCapacityUnitRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PurchaseStorageCapacityUnitRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("name", d::opt(&self.name)),
                ("capacity", d::req(&self.capacity)),
                ("description", d::opt(&self.description)),
                ("start_time", d::opt(&self.start_time)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("from_app", d::opt(&self.from_app)),
                ("client_token", d::opt(&self.client_token)),
                ("amount", d::opt(&self.amount)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PurchaseStorageCapacityUnitRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Name",
            "Capacity",
            "Description",
            "StartTime",
            "Period",
            "PeriodUnit",
            "FromApp",
            "ClientToken",
            "Amount",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_capacity: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_from_app: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_name = r.decode()?,
                2 => m_capacity = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_start_time = r.decode()?,
                5 => m_period = r.decode()?,
                6 => m_period_unit = r.decode()?,
                7 => m_from_app = r.decode()?,
                8 => m_client_token = r.decode()?,
                9 => m_amount = r.decode()?,
                10 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(PurchaseStorageCapacityUnitRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            name: m_name,
            capacity: m_capacity.ok_or_else(|| r.missing("Capacity"))?,
            description: m_description,
            start_time: m_start_time,
            period: m_period,
            period_unit: m_period_unit,
            from_app: m_from_app,
            client_token: m_client_token,
            amount: m_amount,
            tag: m_tag,
        })
    }
}

/// The `StorageCapacityUnitIds` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageCapacityUnitIds {
    /// `StorageCapacityUnitId`.
    #[serde(
        rename = "StorageCapacityUnitId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for StorageCapacityUnitIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StorageCapacityUnitIds",
            &[(
                "storage_capacity_unit_id",
                d::opt(&self.storage_capacity_unit_id),
            )],
        )
    }
}

impl ::yun_core::json::Decode for StorageCapacityUnitIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["StorageCapacityUnitId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = StorageCapacityUnitIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.storage_capacity_unit_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::purchase_storage_capacity_unit`](crate::Client::purchase_storage_capacity_unit) (`PurchaseStorageCapacityUnit`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PurchaseStorageCapacityUnitResponse {
    /// `OrderId`.
    ///
    /// Example: `204135153880****`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageCapacityUnitIds`.
    #[serde(
        rename = "StorageCapacityUnitIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit_ids: ::std::option::Option<StorageCapacityUnitIds>,
}

impl PurchaseStorageCapacityUnitResponse {
    /// The items of `StorageCapacityUnitIds` (through its wrapper), empty when absent.
    pub fn storage_capacity_unit_ids(&self) -> &[::yun_core::Text] {
        self.storage_capacity_unit_ids
            .as_ref()
            .and_then(|w| w.storage_capacity_unit_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for PurchaseStorageCapacityUnitResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PurchaseStorageCapacityUnitResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
                (
                    "storage_capacity_unit_ids",
                    d::opt(&self.storage_capacity_unit_ids),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PurchaseStorageCapacityUnitResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId", "StorageCapacityUnitIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = PurchaseStorageCapacityUnitResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.storage_capacity_unit_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
