//! `DescribeImageQuota`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageQuota>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeImageQuota",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_image_quota`](crate::Client::describe_image_quota) (`DescribeImageQuota`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageQuotaRequest {}
impl DescribeImageQuotaRequest {
    /// An empty `DescribeImageQuotaRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl ::std::fmt::Debug for DescribeImageQuotaRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "DescribeImageQuotaRequest", &[])
    }
}

impl ::yun_core::json::Decode for DescribeImageQuotaRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut members = r.object()?;
        while members.next(r)?.is_some() {
            r.skip()?;
        }

        ::std::result::Result::Ok(DescribeImageQuotaRequest::default())
    }
}

/// The response of [`Client::describe_image_quota`](crate::Client::describe_image_quota) (`DescribeImageQuota`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageQuotaResponse {
    /// `ImageNumQuota`.
    ///
    /// Example: `1000`.
    #[serde(
        rename = "ImageNumQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_num_quota: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeImageQuotaResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageQuotaResponse",
            &[
                ("image_num_quota", d::opt(&self.image_num_quota)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageQuotaResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageNumQuota", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeImageQuotaResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_num_quota = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
