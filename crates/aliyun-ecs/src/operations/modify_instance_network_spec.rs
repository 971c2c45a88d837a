//! `ModifyInstanceNetworkSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceNetworkSpec>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceNetworkSpec",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthOut",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthIn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ISP",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AllocatePublicIp",
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
                name: "AutoPay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_network_spec`](crate::Client::modify_instance_network_spec) (`ModifyInstanceNetworkSpec`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceNetworkSpecRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `InternetMaxBandwidthOut` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `InternetMaxBandwidthIn` (query).
    ///
    /// From 1 to 200.
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i32>,
    /// `ISP` (query).
    #[serde(rename = "ISP", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::std::string::String>,
    /// `NetworkChargeType` (query).
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "NetworkChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_charge_type: ::std::option::Option<::std::string::String>,
    /// `AllocatePublicIp` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "AllocatePublicIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocate_public_ip: ::std::option::Option<bool>,
    /// `StartTime` (query).
    ///
    /// Example: `2017-12-05T22:40Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2017-12-06T22Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `AutoPay` (query).
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl ModifyInstanceNetworkSpecRequest {
    /// A `ModifyInstanceNetworkSpecRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            internet_max_bandwidth_out: ::std::option::Option::None,
            internet_max_bandwidth_in: ::std::option::Option::None,
            isp: ::std::option::Option::None,
            network_charge_type: ::std::option::Option::None,
            allocate_public_ip: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            auto_pay: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_out = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InternetMaxBandwidthIn`.
    pub fn internet_max_bandwidth_in(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_in = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ISP`.
    pub fn isp(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.isp = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkChargeType`.
    pub fn network_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AllocatePublicIp`.
    pub fn allocate_public_ip(mut self, value: bool) -> Self {
        self.allocate_public_ip = ::std::option::Option::Some(value);
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

    /// Sets `AutoPay`.
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceNetworkSpecRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceNetworkSpecRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                (
                    "internet_max_bandwidth_in",
                    d::opt(&self.internet_max_bandwidth_in),
                ),
                ("isp", d::opt(&self.isp)),
                ("network_charge_type", d::opt(&self.network_charge_type)),
                ("allocate_public_ip", d::opt(&self.allocate_public_ip)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
                ("auto_pay", d::opt(&self.auto_pay)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceNetworkSpecRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "InternetMaxBandwidthOut",
            "InternetMaxBandwidthIn",
            "ISP",
            "NetworkChargeType",
            "AllocatePublicIp",
            "StartTime",
            "EndTime",
            "AutoPay",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_in: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_isp: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_network_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_allocate_public_ip: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_internet_max_bandwidth_out = r.decode()?,
                2 => m_internet_max_bandwidth_in = r.decode()?,
                3 => m_isp = r.decode()?,
                4 => m_network_charge_type = r.decode()?,
                5 => m_allocate_public_ip = r.decode()?,
                6 => m_start_time = r.decode()?,
                7 => m_end_time = r.decode()?,
                8 => m_auto_pay = r.decode()?,
                9 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceNetworkSpecRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            internet_max_bandwidth_out: m_internet_max_bandwidth_out,
            internet_max_bandwidth_in: m_internet_max_bandwidth_in,
            isp: m_isp,
            network_charge_type: m_network_charge_type,
            allocate_public_ip: m_allocate_public_ip,
            start_time: m_start_time,
            end_time: m_end_time,
            auto_pay: m_auto_pay,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::modify_instance_network_spec`](crate::Client::modify_instance_network_spec) (`ModifyInstanceNetworkSpec`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceNetworkSpecResponse {
    /// `OrderId`.
    ///
    /// Example: `123457890`.
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
}

impl ::std::fmt::Debug for ModifyInstanceNetworkSpecResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceNetworkSpecResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceNetworkSpecResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceNetworkSpecResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
