//! `DetachNetworkInterface`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachNetworkInterface>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DetachNetworkInterface",
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
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TrunkNetworkInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::detach_network_interface`](crate::Client::detach_network_interface) (`DetachNetworkInterface`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachNetworkInterfaceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp67acfmxazb4p****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `TrunkNetworkInstanceId` (query).
    ///
    /// Example: `eni-f8zapqwj1v1j4ia3****`.
    #[serde(
        rename = "TrunkNetworkInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trunk_network_instance_id: ::std::option::Option<::std::string::String>,
}

impl DetachNetworkInterfaceRequest {
    /// A `DetachNetworkInterfaceRequest` with its required members: `RegionId`, `NetworkInterfaceId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            instance_id: instance_id.into(),
            trunk_network_instance_id: ::std::option::Option::None,
        }
    }

    /// Sets `TrunkNetworkInstanceId`.
    pub fn trunk_network_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trunk_network_instance_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DetachNetworkInterfaceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachNetworkInterfaceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("network_interface_id", d::req(&self.network_interface_id)),
                ("instance_id", d::req(&self.instance_id)),
                (
                    "trunk_network_instance_id",
                    d::opt(&self.trunk_network_instance_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DetachNetworkInterfaceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NetworkInterfaceId",
            "InstanceId",
            "TrunkNetworkInstanceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_trunk_network_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_network_interface_id = r.decode()?,
                2 => m_instance_id = r.decode()?,
                3 => m_trunk_network_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DetachNetworkInterfaceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            trunk_network_instance_id: m_trunk_network_instance_id,
        })
    }
}

/// The response of [`Client::detach_network_interface`](crate::Client::detach_network_interface) (`DetachNetworkInterface`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachNetworkInterfaceResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DetachNetworkInterfaceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachNetworkInterfaceResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DetachNetworkInterfaceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DetachNetworkInterfaceResponse::default();
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
