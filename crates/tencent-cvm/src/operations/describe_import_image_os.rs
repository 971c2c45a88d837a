//! `DescribeImportImageOs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImportImageOs>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeImportImageOs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_import_image_os`](crate::Client::describe_import_image_os) (`DescribeImportImageOs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImportImageOsRequest {}
impl DescribeImportImageOsRequest {
    /// An empty `DescribeImportImageOsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeImportImageOsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImportImageOsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImportImageOsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImportImageOsRequest, A::Error> {
                while map
                    .next_key::<::yun_core::internal::IgnoredAny>()?
                    .is_some()
                {
                    map.next_value::<::yun_core::internal::IgnoredAny>()?;
                }

                ::std::result::Result::Ok(DescribeImportImageOsRequest::default())
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_import_image_os`](crate::Client::describe_import_image_os) (`DescribeImportImageOs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeImportImageOsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImportImageOsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImportImageOsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImportImageOsResponse, A::Error> {
                let mut out = DescribeImportImageOsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImportImageOsListSupported" => {
                            out.import_image_os_list_supported = map.next_value()?;
                        }

                        "ImportImageOsVersionSet" => {
                            out.import_image_os_version_set = map.next_value()?;
                        }

                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
