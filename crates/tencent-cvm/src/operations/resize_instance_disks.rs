//! `ResizeInstanceDisks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResizeInstanceDisks>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ResizeInstanceDisks",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::resize_instance_disks`](crate::Client::resize_instance_disks) (`ResizeInstanceDisks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResizeInstanceDisksRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `ForceStop`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `SystemDisk`.
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<crate::models::SystemDisk>,
    /// `ResizeOnline`.
    #[serde(
        rename = "ResizeOnline",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resize_online: ::std::option::Option<bool>,
}

impl ResizeInstanceDisksRequest {
    /// A `ResizeInstanceDisksRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            data_disks: ::std::option::Option::None,
            force_stop: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
            resize_online: ::std::option::Option::None,
        }
    }

    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: ::std::vec::Vec<crate::models::DataDisk>) -> Self {
        self.data_disks = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: crate::models::SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ResizeOnline`.
    pub fn resize_online(mut self, value: bool) -> Self {
        self.resize_online = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ResizeInstanceDisksRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResizeInstanceDisksRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResizeInstanceDisksRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResizeInstanceDisksRequest, A::Error> {
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_data_disks: ::std::option::Option<
                    ::std::vec::Vec<crate::models::DataDisk>,
                > = ::std::option::Option::None;
                let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_system_disk: ::std::option::Option<crate::models::SystemDisk> =
                    ::std::option::Option::None;
                let mut m_resize_online: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "DataDisks" => m_data_disks = map.next_value()?,
                        "ForceStop" => m_force_stop = map.next_value()?,
                        "SystemDisk" => m_system_disk = map.next_value()?,
                        "ResizeOnline" => m_resize_online = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ResizeInstanceDisksRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    data_disks: m_data_disks,
                    force_stop: m_force_stop,
                    system_disk: m_system_disk,
                    resize_online: m_resize_online,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::resize_instance_disks`](crate::Client::resize_instance_disks) (`ResizeInstanceDisks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResizeInstanceDisksResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ResizeInstanceDisksResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResizeInstanceDisksResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResizeInstanceDisksResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResizeInstanceDisksResponse, A::Error> {
                let mut out = ResizeInstanceDisksResponse::default();
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
