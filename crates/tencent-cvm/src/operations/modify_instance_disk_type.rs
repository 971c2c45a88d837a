//! `ModifyInstanceDiskType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstanceDiskType>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstanceDiskType",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_instance_disk_type`](crate::Client::modify_instance_disk_type) (`ModifyInstanceDiskType`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceDiskTypeRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `SystemDisk`.
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<crate::models::SystemDisk>,
}

impl ModifyInstanceDiskTypeRequest {
    /// A `ModifyInstanceDiskTypeRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            data_disks: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
        }
    }

    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: ::std::vec::Vec<crate::models::DataDisk>) -> Self {
        self.data_disks = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: crate::models::SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstanceDiskTypeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstanceDiskTypeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstanceDiskTypeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstanceDiskTypeRequest, A::Error> {
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_data_disks: ::std::option::Option<
                    ::std::vec::Vec<crate::models::DataDisk>,
                > = ::std::option::Option::None;
                let mut m_system_disk: ::std::option::Option<crate::models::SystemDisk> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "DataDisks" => m_data_disks = map.next_value()?,
                        "SystemDisk" => m_system_disk = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyInstanceDiskTypeRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    data_disks: m_data_disks,
                    system_disk: m_system_disk,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_instance_disk_type`](crate::Client::modify_instance_disk_type) (`ModifyInstanceDiskType`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceDiskTypeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstanceDiskTypeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstanceDiskTypeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstanceDiskTypeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstanceDiskTypeResponse, A::Error> {
                let mut out = ModifyInstanceDiskTypeResponse::default();
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
