//! `DetachDisk`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachDisk>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DetachDisk",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteWithInstance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::detach_disk`](crate::Client::detach_disk) (`DetachDisk`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachDiskRequest {
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DiskId` (query). Required.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `DeleteWithInstance` (query).
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
}

impl DetachDiskRequest {
    /// A `DetachDiskRequest` with its required members: `InstanceId`, `DiskId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            disk_id: disk_id.into(),
            delete_with_instance: ::std::option::Option::None,
        }
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DetachDiskRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachDiskRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachDiskRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachDiskRequest, A::Error> {
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_disk_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_delete_with_instance: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "DiskId" => m_disk_id = map.next_value()?,
                        "DeleteWithInstance" => {
                            m_delete_with_instance = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DetachDiskRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    disk_id: m_disk_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("DiskId")
                    })?,
                    delete_with_instance: m_delete_with_instance,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::detach_disk`](crate::Client::detach_disk) (`DetachDisk`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachDiskResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DetachDiskResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachDiskResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachDiskResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachDiskResponse, A::Error> {
                let mut out = DetachDiskResponse::default();
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
