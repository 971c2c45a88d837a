//! `ModifyCapacityReservation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyCapacityReservation>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyCapacityReservation",
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
                name: "PrivatePoolOptions.Id",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.Name",
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
                name: "EndTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EndTimeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Platform",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_capacity_reservation`](crate::Client::modify_capacity_reservation) (`ModifyCapacityReservation`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCapacityReservationRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrivatePoolOptions.Id` (query). Required.
    ///
    /// Example: `crp-bp67acfmxazb4****`.
    #[serde(rename = "PrivatePoolOptions.Id")]
    pub private_pool_options_id: ::std::string::String,
    /// `PrivatePoolOptions.Name` (query).
    ///
    /// Example: `eapTestName`.
    #[serde(
        rename = "PrivatePoolOptions.Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    ///
    /// Example: `Now`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2021-10-30T06:32:00Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `EndTimeType` (query).
    ///
    /// Example: `Unlimited`.
    #[serde(
        rename = "EndTimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time_type: ::std::option::Option<::std::string::String>,
    /// `Platform` (query).
    ///
    /// Example: `Linux`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `InstanceAmount` (query).
    ///
    /// Example: `100`.
    #[serde(
        rename = "InstanceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_amount: ::std::option::Option<i32>,
}

impl ModifyCapacityReservationRequest {
    /// A `ModifyCapacityReservationRequest` with its required members: `RegionId`, `PrivatePoolOptions.Id`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        private_pool_options_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            private_pool_options_id: private_pool_options_id.into(),
            private_pool_options_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            end_time_type: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            instance_amount: ::std::option::Option::None,
        }
    }

    /// Sets `PrivatePoolOptions.Name`.
    pub fn private_pool_options_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_name = ::std::option::Option::Some(value.into());
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

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndTimeType`.
    pub fn end_time_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_time_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Platform`.
    pub fn platform(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceAmount`.
    pub fn instance_amount(mut self, value: i32) -> Self {
        self.instance_amount = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyCapacityReservationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyCapacityReservationRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "private_pool_options_id",
                    d::req(&self.private_pool_options_id),
                ),
                (
                    "private_pool_options_name",
                    d::opt(&self.private_pool_options_name),
                ),
                ("description", d::opt(&self.description)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
                ("end_time_type", d::opt(&self.end_time_type)),
                ("platform", d::opt(&self.platform)),
                ("instance_amount", d::opt(&self.instance_amount)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyCapacityReservationRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PrivatePoolOptions.Id",
            "PrivatePoolOptions.Name",
            "Description",
            "StartTime",
            "EndTime",
            "EndTimeType",
            "Platform",
            "InstanceAmount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_platform: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_private_pool_options_id = r.decode()?,
                2 => m_private_pool_options_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_start_time = r.decode()?,
                5 => m_end_time = r.decode()?,
                6 => m_end_time_type = r.decode()?,
                7 => m_platform = r.decode()?,
                8 => m_instance_amount = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyCapacityReservationRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            private_pool_options_id: m_private_pool_options_id
                .ok_or_else(|| r.missing("PrivatePoolOptions.Id"))?,
            private_pool_options_name: m_private_pool_options_name,
            description: m_description,
            start_time: m_start_time,
            end_time: m_end_time,
            end_time_type: m_end_time_type,
            platform: m_platform,
            instance_amount: m_instance_amount,
        })
    }
}

/// The response of [`Client::modify_capacity_reservation`](crate::Client::modify_capacity_reservation) (`ModifyCapacityReservation`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCapacityReservationResponse {
    /// `RequestId`.
    ///
    /// Example: `8455DD10-84F8-43C9-8365-5F448EB169B6`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyCapacityReservationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyCapacityReservationResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyCapacityReservationResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyCapacityReservationResponse::default();
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
