//! `DescribeImageSupportInstanceTypes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageSupportInstanceTypes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImageSupportInstanceTypes",
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
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActionType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_image_support_instance_types`](crate::Client::describe_image_support_instance_types) (`DescribeImageSupportInstanceTypes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageSupportInstanceTypesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query).
    ///
    /// Example: `m-o6w3gy99qf89rkga****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ActionType` (query).
    ///
    /// Example: `CreateEcs`.
    #[serde(
        rename = "ActionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_type: ::std::option::Option<::std::string::String>,
    /// `Filter` (query, sent as `Filter.1`, `Filter.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Filter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeImageSupportInstanceTypesRequest {
    /// A `DescribeImageSupportInstanceTypesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: ::std::option::Option::None,
            action_type: ::std::option::Option::None,
            filter: ::std::option::Option::None,
        }
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ActionType`.
    pub fn action_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter`.
    pub fn filter(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeImageSupportInstanceTypesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageSupportInstanceTypesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::opt(&self.image_id)),
                ("action_type", d::opt(&self.action_type)),
                ("filter", d::opt(&self.filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageSupportInstanceTypesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ImageId", "ActionType", "Filter"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_action_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_action_type = r.decode()?,
                3 => m_filter = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeImageSupportInstanceTypesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id,
            action_type: m_action_type,
            filter: m_filter,
        })
    }
}

/// The `InstanceTypes.InstanceType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceType {
    /// `CpuCoreCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "CpuCoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_core_count: ::std::option::Option<i64>,
    /// `InstanceTypeFamily`.
    ///
    /// Example: `ecs.t1`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::yun_core::Text>,
    /// `InstanceTypeId`.
    ///
    /// Example: `ecs.t1.xsmall`.
    #[serde(
        rename = "InstanceTypeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_id: ::std::option::Option<::yun_core::Text>,
    /// `MemorySize`.
    ///
    /// Example: `1024`.
    #[serde(
        rename = "MemorySize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_size: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for InstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceType",
            &[
                ("cpu_core_count", d::opt(&self.cpu_core_count)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("instance_type_id", d::opt(&self.instance_type_id)),
                ("memory_size", d::opt(&self.memory_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CpuCoreCount",
            "InstanceTypeFamily",
            "InstanceTypeId",
            "MemorySize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = InstanceType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cpu_core_count = r.decode()?,
                1 => out.instance_type_family = r.decode()?,
                2 => out.instance_type_id = r.decode()?,
                3 => out.memory_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypes {
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::vec::Vec<InstanceType>>,
}

impl ::std::fmt::Debug for InstanceTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypes",
            &[("instance_type", d::opt(&self.instance_type))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_image_support_instance_types`](crate::Client::describe_image_support_instance_types) (`DescribeImageSupportInstanceTypes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageSupportInstanceTypesResponse {
    /// `ImageId`.
    ///
    /// Example: `m-o6w3gy99qf89rkga****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceTypes`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<InstanceTypes>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeImageSupportInstanceTypesResponse {
    /// The items of `InstanceTypes` (through its wrapper), empty when absent.
    pub fn instance_types(&self) -> &[InstanceType] {
        self.instance_types
            .as_ref()
            .and_then(|w| w.instance_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeImageSupportInstanceTypesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageSupportInstanceTypesResponse",
            &[
                ("image_id", d::opt(&self.image_id)),
                ("instance_types", d::opt(&self.instance_types)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageSupportInstanceTypesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageId", "InstanceTypes", "RegionId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = DescribeImageSupportInstanceTypesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_id = r.decode()?,
                1 => out.instance_types = r.decode()?,
                2 => out.region_id = r.decode()?,
                3 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
