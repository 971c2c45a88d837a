//! `DescribeZoneInstanceConfigInfos`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZoneInstanceConfigInfos>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeZoneInstanceConfigInfos",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_zone_instance_config_infos`](crate::Client::describe_zone_instance_config_infos) (`DescribeZoneInstanceConfigInfos`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeZoneInstanceConfigInfosRequest {
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribeZoneInstanceConfigInfosRequest {
    /// An empty `DescribeZoneInstanceConfigInfosRequest`; set members with the setters.
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

impl<'de> ::serde::Deserialize<'de> for DescribeZoneInstanceConfigInfosRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeZoneInstanceConfigInfosRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeZoneInstanceConfigInfosRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeZoneInstanceConfigInfosRequest, A::Error>
            {
                let mut out = DescribeZoneInstanceConfigInfosRequest::default();
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

/// The response of [`Client::describe_zone_instance_config_infos`](crate::Client::describe_zone_instance_config_infos) (`DescribeZoneInstanceConfigInfos`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeZoneInstanceConfigInfosResponse {
    /// `InstanceTypeQuotaSet`.
    #[serde(
        rename = "InstanceTypeQuotaSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_quota_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceTypeQuotaItem>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeZoneInstanceConfigInfosResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeZoneInstanceConfigInfosResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeZoneInstanceConfigInfosResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeZoneInstanceConfigInfosResponse, A::Error>
            {
                let mut out = DescribeZoneInstanceConfigInfosResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceTypeQuotaSet" => {
                            out.instance_type_quota_set = map.next_value()?;
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
