//! `DisableActivation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DisableActivation>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DisableActivation",
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
                name: "ActivationId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::disable_activation`](crate::Client::disable_activation) (`DisableActivation`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisableActivationRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ActivationId` (query). Required.
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F1234****`.
    #[serde(rename = "ActivationId")]
    pub activation_id: ::std::string::String,
}

impl DisableActivationRequest {
    /// A `DisableActivationRequest` with its required members: `RegionId`, `ActivationId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        activation_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            activation_id: activation_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DisableActivationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DisableActivationRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("activation_id", d::req(&self.activation_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DisableActivationRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ActivationId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_activation_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_activation_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DisableActivationRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            activation_id: m_activation_id.ok_or_else(|| r.missing("ActivationId"))?,
        })
    }
}

/// The `Activation` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Activation {
    /// `ActivationId`.
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F1234****`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2021-01-20T06:00:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DeregisteredCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "DeregisteredCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deregistered_count: ::std::option::Option<i64>,
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `Disabled`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Disabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled: ::std::option::Option<bool>,
    /// `InstanceCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "InstanceCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_count: ::std::option::Option<i64>,
    /// `InstanceName`.
    ///
    /// Example: `test-InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `IpAddressRange`.
    ///
    /// Example: `0.0.0.0/0`.
    #[serde(
        rename = "IpAddressRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address_range: ::std::option::Option<::yun_core::Text>,
    /// `RegisteredCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "RegisteredCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registered_count: ::std::option::Option<i64>,
    /// `TimeToLiveInHours`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "TimeToLiveInHours",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_to_live_in_hours: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Activation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Activation",
            &[
                ("activation_id", d::opt(&self.activation_id)),
                ("creation_time", d::opt(&self.creation_time)),
                ("deregistered_count", d::opt(&self.deregistered_count)),
                ("description", d::opt(&self.description)),
                ("disabled", d::opt(&self.disabled)),
                ("instance_count", d::opt(&self.instance_count)),
                ("instance_name", d::opt(&self.instance_name)),
                ("ip_address_range", d::opt(&self.ip_address_range)),
                ("registered_count", d::opt(&self.registered_count)),
                ("time_to_live_in_hours", d::opt(&self.time_to_live_in_hours)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Activation {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActivationId",
            "CreationTime",
            "DeregisteredCount",
            "Description",
            "Disabled",
            "InstanceCount",
            "InstanceName",
            "IpAddressRange",
            "RegisteredCount",
            "TimeToLiveInHours",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = Activation::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activation_id = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.deregistered_count = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.disabled = r.decode()?,
                5 => out.instance_count = r.decode()?,
                6 => out.instance_name = r.decode()?,
                7 => out.ip_address_range = r.decode()?,
                8 => out.registered_count = r.decode()?,
                9 => out.time_to_live_in_hours = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::disable_activation`](crate::Client::disable_activation) (`DisableActivation`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisableActivationResponse {
    /// `Activation`.
    #[serde(
        rename = "Activation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation: ::std::option::Option<Activation>,
    /// `RequestId`.
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F74942176`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DisableActivationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DisableActivationResponse",
            &[
                ("activation", d::opt(&self.activation)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DisableActivationResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Activation", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DisableActivationResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activation = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
