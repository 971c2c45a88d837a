//! `ModifyInstancesChargeType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesChargeType>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstancesChargeType",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_instances_charge_type`](crate::Client::modify_instances_charge_type) (`ModifyInstancesChargeType`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesChargeTypeRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargeType`. Required.
    #[serde(rename = "InstanceChargeType")]
    pub instance_charge_type: ::std::string::String,
    /// `InstanceChargePrepaid`.
    #[serde(
        rename = "InstanceChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_prepaid: ::std::option::Option<crate::models::InstanceChargePrepaid>,
    /// `ModifyPortableDataDisk`.
    #[serde(
        rename = "ModifyPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modify_portable_data_disk: ::std::option::Option<bool>,
}

impl ModifyInstancesChargeTypeRequest {
    /// A `ModifyInstancesChargeTypeRequest` with its required members: `InstanceIds`, `InstanceChargeType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        instance_charge_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            instance_charge_type: instance_charge_type.into(),
            instance_charge_prepaid: ::std::option::Option::None,
            modify_portable_data_disk: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceChargePrepaid`.
    pub fn instance_charge_prepaid(mut self, value: crate::models::InstanceChargePrepaid) -> Self {
        self.instance_charge_prepaid = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ModifyPortableDataDisk`.
    pub fn modify_portable_data_disk(mut self, value: bool) -> Self {
        self.modify_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstancesChargeTypeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstancesChargeTypeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstancesChargeTypeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstancesChargeTypeRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_charge_prepaid: ::std::option::Option<
                    crate::models::InstanceChargePrepaid,
                > = ::std::option::Option::None;
                let mut m_modify_portable_data_disk: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "InstanceChargeType" => {
                            m_instance_charge_type = map.next_value()?;
                        }

                        "InstanceChargePrepaid" => {
                            m_instance_charge_prepaid = map.next_value()?;
                        }

                        "ModifyPortableDataDisk" => {
                            m_modify_portable_data_disk = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyInstancesChargeTypeRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    instance_charge_type: m_instance_charge_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "InstanceChargeType",
                        )
                    })?,
                    instance_charge_prepaid: m_instance_charge_prepaid,
                    modify_portable_data_disk: m_modify_portable_data_disk,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_instances_charge_type`](crate::Client::modify_instances_charge_type) (`ModifyInstancesChargeType`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesChargeTypeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstancesChargeTypeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstancesChargeTypeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstancesChargeTypeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstancesChargeTypeResponse, A::Error> {
                let mut out = ModifyInstancesChargeTypeResponse::default();
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
