//! `ResizeInstanceDisks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResizeInstanceDisks>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ResizeInstanceDisks",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["DataDisks.DiskSize"],
    };

/// The request of [`Client::resize_instance_disks`](crate::Client::resize_instance_disks) (`ResizeInstanceDisks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResizeInstanceDisksRequest {
    /// `InstanceId`. Required.
    ///
    /// Example: `ins-r8hr2upy`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `ForceStop`.
    ///
    /// Example: `true`.
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
    ///
    /// Example: `true`.
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

impl ::std::fmt::Debug for ResizeInstanceDisksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResizeInstanceDisksRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("data_disks", d::opt(&self.data_disks)),
                ("force_stop", d::opt(&self.force_stop)),
                ("system_disk", d::opt(&self.system_disk)),
                ("resize_online", d::opt(&self.resize_online)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResizeInstanceDisksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "DataDisks",
            "ForceStop",
            "SystemDisk",
            "ResizeOnline",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>> =
            ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_system_disk: ::std::option::Option<crate::models::SystemDisk> =
            ::std::option::Option::None;
        let mut m_resize_online: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_data_disks = r.decode()?,
                2 => m_force_stop = r.decode()?,
                3 => m_system_disk = r.decode()?,
                4 => m_resize_online = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ResizeInstanceDisksRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            data_disks: m_data_disks,
            force_stop: m_force_stop,
            system_disk: m_system_disk,
            resize_online: m_resize_online,
        })
    }
}

/// The response of [`Client::resize_instance_disks`](crate::Client::resize_instance_disks) (`ResizeInstanceDisks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResizeInstanceDisksResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResizeInstanceDisksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResizeInstanceDisksResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ResizeInstanceDisksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResizeInstanceDisksResponse::default();
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
