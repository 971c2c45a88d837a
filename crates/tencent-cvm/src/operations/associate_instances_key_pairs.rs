//! `AssociateInstancesKeyPairs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "AssociateInstancesKeyPairs",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::associate_instances_key_pairs`](crate::Client::associate_instances_key_pairs) (`AssociateInstancesKeyPairs`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociateInstancesKeyPairsRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `KeyIds`. Required.
    #[serde(rename = "KeyIds")]
    pub key_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceStop`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
}

impl AssociateInstancesKeyPairsRequest {
    /// A `AssociateInstancesKeyPairsRequest` with its required members: `InstanceIds`, `KeyIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        key_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            key_ids,
            force_stop: ::std::option::Option::None,
        }
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for AssociateInstancesKeyPairsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AssociateInstancesKeyPairsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AssociateInstancesKeyPairsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AssociateInstancesKeyPairsRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_key_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "KeyIds" => m_key_ids = map.next_value()?,
                        "ForceStop" => m_force_stop = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(AssociateInstancesKeyPairsRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    key_ids: m_key_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("KeyIds")
                    })?,
                    force_stop: m_force_stop,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::associate_instances_key_pairs`](crate::Client::associate_instances_key_pairs) (`AssociateInstancesKeyPairs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociateInstancesKeyPairsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AssociateInstancesKeyPairsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AssociateInstancesKeyPairsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AssociateInstancesKeyPairsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AssociateInstancesKeyPairsResponse, A::Error> {
                let mut out = AssociateInstancesKeyPairsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
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
