//! `DescribeInstanceAttachmentAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceAttachmentAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceAttachmentAttributes",
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
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_attachment_attributes`](crate::Client::describe_instance_attachment_attributes) (`DescribeInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAttachmentAttributesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceIds` (query). Required.
    ///
    /// Example: `["i-bp67acfmxazb4****", "i-bp67acfmxazb5****", "i-bp67acfmxazb6****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeInstanceAttachmentAttributesRequest {
    /// A `DescribeInstanceAttachmentAttributesRequest` with its required members: `RegionId`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_ids: instance_ids.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeInstanceAttachmentAttributesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceAttachmentAttributesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_ids", d::req(&self.instance_ids)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceAttachmentAttributesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "InstanceIds", "PageNumber", "PageSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_ids = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceAttachmentAttributesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `Instances.Instance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsId`.
    ///
    /// Example: `eap-bp67acfmxazb4****`.
    #[serde(
        rename = "PrivatePoolOptionsId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsMatchCriteria`.
    ///
    /// Example: `Open`.
    #[serde(
        rename = "PrivatePoolOptionsMatchCriteria",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_match_criteria: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Instance",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                (
                    "private_pool_options_id",
                    d::opt(&self.private_pool_options_id),
                ),
                (
                    "private_pool_options_match_criteria",
                    d::opt(&self.private_pool_options_match_criteria),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Instance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "PrivatePoolOptionsId",
            "PrivatePoolOptionsMatchCriteria",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Instance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.private_pool_options_id = r.decode()?,
                2 => out.private_pool_options_match_criteria = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instances {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<::std::vec::Vec<Instance>>,
}

impl ::std::fmt::Debug for Instances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Instances", &[("instance", d::opt(&self.instance))])
    }
}

impl ::yun_core::json::Decode for Instances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Instance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Instances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_attachment_attributes`](crate::Client::describe_instance_attachment_attributes) (`DescribeInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAttachmentAttributesResponse {
    /// `Instances`.
    #[serde(
        rename = "Instances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<Instances>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeInstanceAttachmentAttributesResponse {
    /// The items of `Instances` (through its wrapper), empty when absent.
    pub fn instances(&self) -> &[Instance] {
        self.instances
            .as_ref()
            .and_then(|w| w.instance.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceAttachmentAttributesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceAttachmentAttributesResponse",
            &[
                ("instances", d::opt(&self.instances)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceAttachmentAttributesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Instances",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceAttachmentAttributesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instances = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeInstanceAttachmentAttributesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstanceAttachmentAttributes` pages (by `PageNumber`), for [`Client::describe_instance_attachment_attributes_paginator`](crate::Client::describe_instance_attachment_attributes_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstanceAttachmentAttributesRequest {
    type Response = DescribeInstanceAttachmentAttributesResponse;
    type Item = Instance;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(
        page: &DescribeInstanceAttachmentAttributesResponse,
    ) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeInstanceAttachmentAttributesResponse) -> usize {
        page.instances
            .as_ref()
            .and_then(|x| x.instance.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeInstanceAttachmentAttributesResponse) -> ::std::vec::Vec<Instance> {
        page.instances.and_then(|x| x.instance).unwrap_or_default()
    }
}
