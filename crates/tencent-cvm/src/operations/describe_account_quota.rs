//! `DescribeAccountQuota`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeAccountQuota>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeAccountQuota",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_account_quota`](crate::Client::describe_account_quota) (`DescribeAccountQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccountQuotaRequest {
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribeAccountQuotaRequest {
    /// An empty `DescribeAccountQuotaRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            filters: ::std::option::Option::None,
        }
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeAccountQuotaRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAccountQuotaRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAccountQuotaRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAccountQuotaRequest, A::Error> {
                let mut out = DescribeAccountQuotaRequest::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Filters" => out.filters = map.next_value()?,
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

/// The response of [`Client::describe_account_quota`](crate::Client::describe_account_quota) (`DescribeAccountQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccountQuotaResponse {
    /// `AppId`.
    #[serde(
        rename = "AppId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_id: ::std::option::Option<u64>,
    /// `AccountQuotaOverview`.
    #[serde(
        rename = "AccountQuotaOverview",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_quota_overview: ::std::option::Option<crate::models::AccountQuotaOverview>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeAccountQuotaResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAccountQuotaResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAccountQuotaResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAccountQuotaResponse, A::Error> {
                let mut out = DescribeAccountQuotaResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AppId" => out.app_id = map.next_value()?,
                        "AccountQuotaOverview" => {
                            out.account_quota_overview = map.next_value()?;
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
