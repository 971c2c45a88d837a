//! `DescribeInstanceTopology`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceTopology>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceTopology",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_topology`](crate::Client::describe_instance_topology) (`DescribeInstanceTopology`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTopologyRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceIds` (query).
    ///
    /// Example: `["i-bp67acfmxazb4p****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::string::String>,
}

impl DescribeInstanceTopologyRequest {
    /// A `DescribeInstanceTopologyRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_ids: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceIds`.
    pub fn instance_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_ids = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeInstanceTopologyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceTopologyRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_ids", d::opt(&self.instance_ids)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceTopologyRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "InstanceIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceTopologyRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_ids: m_instance_ids,
        })
    }
}

/// The `Topologys.Topology` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Topology {
    /// `HostId`.
    ///
    /// Example: `ZWNobyBo****`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Topology {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Topology",
            &[
                ("host_id", d::opt(&self.host_id)),
                ("instance_id", d::opt(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Topology {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HostId", "InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Topology::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.host_id = r.decode()?,
                1 => out.instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Topologys` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Topologys {
    /// `Topology`.
    #[serde(
        rename = "Topology",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topology: ::std::option::Option<::std::vec::Vec<Topology>>,
}

impl ::std::fmt::Debug for Topologys {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Topologys", &[("topology", d::opt(&self.topology))])
    }
}

impl ::yun_core::json::Decode for Topologys {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Topology"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Topologys::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.topology = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_topology`](crate::Client::describe_instance_topology) (`DescribeInstanceTopology`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTopologyResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Topologys`.
    #[serde(
        rename = "Topologys",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topologys: ::std::option::Option<Topologys>,
}

impl DescribeInstanceTopologyResponse {
    /// The items of `Topologys` (through its wrapper), empty when absent.
    pub fn topologys(&self) -> &[Topology] {
        self.topologys
            .as_ref()
            .and_then(|w| w.topology.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceTopologyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceTopologyResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("topologys", d::opt(&self.topologys)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceTopologyResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "Topologys"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceTopologyResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.topologys = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
