//! `DetachKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachKeyPair>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DetachKeyPair",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::detach_key_pair`](crate::Client::detach_key_pair) (`DetachKeyPair`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachKeyPairRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `KeyPairName` (query). Required.
    #[serde(rename = "KeyPairName")]
    pub key_pair_name: ::std::string::String,
    /// `InstanceIds` (query). Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::string::String,
}

impl DetachKeyPairRequest {
    /// A `DetachKeyPairRequest` with its required members: `RegionId`, `KeyPairName`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        key_pair_name: impl ::std::convert::Into<::std::string::String>,
        instance_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            key_pair_name: key_pair_name.into(),
            instance_ids: instance_ids.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DetachKeyPairRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachKeyPairRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachKeyPairRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachKeyPairRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "KeyPairName" => m_key_pair_name = map.next_value()?,
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DetachKeyPairRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    key_pair_name: m_key_pair_name.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("KeyPairName")
                    })?,
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Results.Result` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// `Code`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Message`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `Success`.
    #[serde(
        rename = "Success",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ResultModel {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResultModel;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResultModel` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResultModel, A::Error> {
                let mut out = ResultModel::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Code" => out.code = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "Message" => out.message = map.next_value()?,
                        "Success" => out.success = map.next_value()?,
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

/// The `Results` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Results {
    /// `Result`.
    #[serde(
        rename = "Result",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::vec::Vec<ResultModel>>,
}

impl<'de> ::serde::Deserialize<'de> for Results {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Results;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Results` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Results, A::Error> {
                let mut out = Results::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Result" => out.result = map.next_value()?,
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

/// The response of [`Client::detach_key_pair`](crate::Client::detach_key_pair) (`DetachKeyPair`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachKeyPairResponse {
    /// `FailCount`.
    #[serde(
        rename = "FailCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fail_count: ::std::option::Option<::std::string::String>,
    /// `KeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `Results`.
    #[serde(
        rename = "Results",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub results: ::std::option::Option<Results>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DetachKeyPairResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachKeyPairResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachKeyPairResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachKeyPairResponse, A::Error> {
                let mut out = DetachKeyPairResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "FailCount" => out.fail_count = map.next_value()?,
                        "KeyPairName" => out.key_pair_name = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "Results" => out.results = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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
