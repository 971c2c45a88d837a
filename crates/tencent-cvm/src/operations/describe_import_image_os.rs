//! `DescribeImportImageOs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImportImageOs>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeImportImageOs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_import_image_os`](crate::Client::describe_import_image_os) (`DescribeImportImageOs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImportImageOsRequest {}
impl DescribeImportImageOsRequest {
    /// An empty `DescribeImportImageOsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl ::std::fmt::Debug for DescribeImportImageOsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "DescribeImportImageOsRequest", &[])
    }
}

impl ::yun_core::json::Decode for DescribeImportImageOsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut members = r.object()?;
        while members.next(r)?.is_some() {
            r.skip()?;
        }

        ::std::result::Result::Ok(DescribeImportImageOsRequest::default())
    }
}

/// The response of [`Client::describe_import_image_os`](crate::Client::describe_import_image_os) (`DescribeImportImageOs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImportImageOsResponse {
    /// `ImportImageOsListSupported`.
    #[serde(
        rename = "ImportImageOsListSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_image_os_list_supported: ::std::option::Option<crate::models::ImageOsList>,
    /// `ImportImageOsVersionSet`.
    #[serde(
        rename = "ImportImageOsVersionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_image_os_version_set:
        ::std::option::Option<::std::vec::Vec<crate::models::OsVersion>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeImportImageOsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImportImageOsResponse",
            &[
                (
                    "import_image_os_list_supported",
                    d::opt(&self.import_image_os_list_supported),
                ),
                (
                    "import_image_os_version_set",
                    d::opt(&self.import_image_os_version_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImportImageOsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImportImageOsListSupported",
            "ImportImageOsVersionSet",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeImportImageOsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.import_image_os_list_supported = r.decode()?,
                1 => out.import_image_os_version_set = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
