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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::detach_disk`](crate::Client::detach_disk) (`DetachDisk`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachDiskRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp67acfmxazb4p****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `DeleteWithInstance` (query).
    ///
    /// Example: `false`.
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

impl ::std::fmt::Debug for DetachDiskRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachDiskRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("disk_id", d::req(&self.disk_id)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DetachDiskRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "DiskId", "DeleteWithInstance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_delete_with_instance: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_disk_id = r.decode()?,
                2 => m_delete_with_instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DetachDiskRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            delete_with_instance: m_delete_with_instance,
        })
    }
}

/// The response of [`Client::detach_disk`](crate::Client::detach_disk) (`DetachDisk`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachDiskResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DetachDiskResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachDiskResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DetachDiskResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DetachDiskResponse::default();
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
