//! `ModifyInstanceDiskType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstanceDiskType>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstanceDiskType",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["DataDisks.DiskSize"],
    };

/// The request of [`Client::modify_instance_disk_type`](crate::Client::modify_instance_disk_type) (`ModifyInstanceDiskType`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceDiskTypeRequest {
    /// `InstanceId`. Required.
    ///
    /// Example: `ins-r8hr2upy`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DataDisks`.
    ///
    /// Example: `[{"DiskType": "CLOUD_PREMIUM"}]`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `SystemDisk`.
    ///
    /// Example: `{"DiskType": "CLOUD_PREMIUM"}`.
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

impl ::std::fmt::Debug for ModifyInstanceDiskTypeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceDiskTypeRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("data_disks", d::opt(&self.data_disks)),
                ("system_disk", d::opt(&self.system_disk)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceDiskTypeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "DataDisks", "SystemDisk"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>> =
            ::std::option::Option::None;
        let mut m_system_disk: ::std::option::Option<crate::models::SystemDisk> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_data_disks = r.decode()?,
                2 => m_system_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceDiskTypeRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            data_disks: m_data_disks,
            system_disk: m_system_disk,
        })
    }
}

/// The response of [`Client::modify_instance_disk_type`](crate::Client::modify_instance_disk_type) (`ModifyInstanceDiskType`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceDiskTypeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceDiskTypeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceDiskTypeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceDiskTypeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceDiskTypeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
