//! `DescribeDisasterRecoverGroupQuota`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroupQuota>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeDisasterRecoverGroupQuota",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_disaster_recover_group_quota`](crate::Client::describe_disaster_recover_group_quota) (`DescribeDisasterRecoverGroupQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupQuotaRequest {}
impl DescribeDisasterRecoverGroupQuotaRequest {
    /// An empty `DescribeDisasterRecoverGroupQuotaRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeDisasterRecoverGroupQuotaRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDisasterRecoverGroupQuotaRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDisasterRecoverGroupQuotaRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDisasterRecoverGroupQuotaRequest, A::Error>
            {
                while map
                    .next_key::<::yun_core::internal::IgnoredAny>()?
                    .is_some()
                {
                    map.next_value::<::yun_core::internal::IgnoredAny>()?;
                }

                ::std::result::Result::Ok(DescribeDisasterRecoverGroupQuotaRequest::default())
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_disaster_recover_group_quota`](crate::Client::describe_disaster_recover_group_quota) (`DescribeDisasterRecoverGroupQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupQuotaResponse {
    /// `GroupQuota`.
    #[serde(
        rename = "GroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_quota: ::std::option::Option<i64>,
    /// `CurrentNum`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `CvmInHostGroupQuota`.
    #[serde(
        rename = "CvmInHostGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_host_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwGroupQuota`. Deprecated by the vendor.
    #[serde(
        rename = "CvmInSwGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_sw_group_quota: ::std::option::Option<i64>,
    /// `CvmInRackGroupQuota`.
    #[serde(
        rename = "CvmInRackGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_rack_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwitchGroupQuota`.
    #[serde(
        rename = "CvmInSwitchGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_switch_group_quota: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeDisasterRecoverGroupQuotaResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDisasterRecoverGroupQuotaResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDisasterRecoverGroupQuotaResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDisasterRecoverGroupQuotaResponse, A::Error>
            {
                let mut out = DescribeDisasterRecoverGroupQuotaResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "GroupQuota" => out.group_quota = map.next_value()?,
                        "CurrentNum" => out.current_num = map.next_value()?,
                        "CvmInHostGroupQuota" => {
                            out.cvm_in_host_group_quota = map.next_value()?;
                        }

                        "CvmInSwGroupQuota" => {
                            out.cvm_in_sw_group_quota = map.next_value()?;
                        }

                        "CvmInRackGroupQuota" => {
                            out.cvm_in_rack_group_quota = map.next_value()?;
                        }

                        "CvmInSwitchGroupQuota" => {
                            out.cvm_in_switch_group_quota = map.next_value()?;
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
