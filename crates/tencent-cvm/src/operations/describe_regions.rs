//! `DescribeRegions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeRegions>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeRegions",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRegionsRequest {}
impl DescribeRegionsRequest {
    /// An empty `DescribeRegionsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl ::std::fmt::Debug for DescribeRegionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "DescribeRegionsRequest", &[])
    }
}

impl ::yun_core::json::Decode for DescribeRegionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut members = r.object()?;
        while members.next(r)?.is_some() {
            r.skip()?;
        }

        ::std::result::Result::Ok(DescribeRegionsRequest::default())
    }
}

/// The response of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRegionsResponse {
    /// `TotalCount`.
    ///
    /// Example: `9`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<u64>,
    /// `RegionSet`.
    ///
    /// Example: `[     {         "Region": "ap-beijing",         "RegionName": "华北地区(北京)",         "RegionState": "AVAILABLE"     } ]`.
    #[serde(
        rename = "RegionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_set: ::std::option::Option<::std::vec::Vec<crate::models::RegionInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeRegionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRegionsResponse",
            &[
                ("total_count", d::opt(&self.total_count)),
                ("region_set", d::opt(&self.region_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRegionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TotalCount", "RegionSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeRegionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.total_count = r.decode()?,
                1 => out.region_set = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
