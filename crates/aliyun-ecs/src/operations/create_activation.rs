//! `CreateActivation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateActivation>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateActivation",
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
                name: "InstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TimeToLiveInHours",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IpAddressRange",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
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

/// The request of [`Client::create_activation`](crate::Client::create_activation) (`CreateActivation`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateActivationRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceName` (query).
    ///
    /// Example: `test-InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `InstanceCount` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "InstanceCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_count: ::std::option::Option<i32>,
    /// `TimeToLiveInHours` (query).
    ///
    /// Example: `4`.
    #[serde(
        rename = "TimeToLiveInHours",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_to_live_in_hours: ::std::option::Option<i64>,
    /// `IpAddressRange` (query).
    ///
    /// Example: `0.0.0.0/0`.
    #[serde(
        rename = "IpAddressRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address_range: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-123******`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl CreateActivationRequest {
    /// A `CreateActivationRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            instance_count: ::std::option::Option::None,
            time_to_live_in_hours: ::std::option::Option::None,
            ip_address_range: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceName`.
    pub fn instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceCount`.
    pub fn instance_count(mut self, value: i32) -> Self {
        self.instance_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TimeToLiveInHours`.
    pub fn time_to_live_in_hours(mut self, value: i64) -> Self {
        self.time_to_live_in_hours = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IpAddressRange`.
    pub fn ip_address_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_address_range = ::std::option::Option::Some(value.into());
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateActivationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateActivationRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("description", d::opt(&self.description)),
                ("instance_count", d::opt(&self.instance_count)),
                ("time_to_live_in_hours", d::opt(&self.time_to_live_in_hours)),
                ("ip_address_range", d::opt(&self.ip_address_range)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateActivationRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceName",
            "Description",
            "InstanceCount",
            "TimeToLiveInHours",
            "IpAddressRange",
            "ResourceGroupId",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_time_to_live_in_hours: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_ip_address_range: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_name = r.decode()?,
                2 => m_description = r.decode()?,
                3 => m_instance_count = r.decode()?,
                4 => m_time_to_live_in_hours = r.decode()?,
                5 => m_ip_address_range = r.decode()?,
                6 => m_resource_group_id = r.decode()?,
                7 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateActivationRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_name: m_instance_name,
            description: m_description,
            instance_count: m_instance_count,
            time_to_live_in_hours: m_time_to_live_in_hours,
            ip_address_range: m_ip_address_range,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
        })
    }
}

/// The response of [`Client::create_activation`](crate::Client::create_activation) (`CreateActivation`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateActivationResponse {
    /// `ActivationCode`.
    ///
    /// Example: `a-hz0ch3SwhOlE1234+Xo32lAZC****`.
    #[serde(
        rename = "ActivationCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_code: ::std::option::Option<::yun_core::Text>,
    /// `ActivationId`.
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F1234****`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F1234****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateActivationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateActivationResponse",
            &[
                ("activation_code", d::opt(&self.activation_code)),
                ("activation_id", d::opt(&self.activation_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateActivationResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ActivationCode", "ActivationId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CreateActivationResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activation_code = r.decode()?,
                1 => out.activation_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
