//! `ModifyDiskAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDiskAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDiskAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteWithInstance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteAutoSnapshot",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableAutoSnapshot",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BurstingEnabled",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_disk_attribute`](crate::Client::modify_disk_attribute) (`ModifyDiskAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDiskAttributeRequest {
    /// `DiskId` (query).
    ///
    /// Example: `d-bp1famypsnar20bv****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `DiskName` (query).
    ///
    /// Example: `MyDiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `TestDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DeleteWithInstance` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
    /// `DeleteAutoSnapshot` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeleteAutoSnapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_auto_snapshot: ::std::option::Option<bool>,
    /// `EnableAutoSnapshot` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "EnableAutoSnapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_auto_snapshot: ::std::option::Option<bool>,
    /// `RegionId` (query).
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `DiskIds` (query, sent as `DiskIds.1`, `DiskIds.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `d-bp1famypsnar20bv****`.
    #[serde(
        rename = "DiskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `BurstingEnabled` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bursting_enabled: ::std::option::Option<bool>,
}

impl ModifyDiskAttributeRequest {
    /// An empty `ModifyDiskAttributeRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            disk_id: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            delete_with_instance: ::std::option::Option::None,
            delete_auto_snapshot: ::std::option::Option::None,
            enable_auto_snapshot: ::std::option::Option::None,
            region_id: ::std::option::Option::None,
            disk_ids: ::std::option::Option::None,
            bursting_enabled: ::std::option::Option::None,
        }
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskName`.
    pub fn disk_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeleteAutoSnapshot`.
    pub fn delete_auto_snapshot(mut self, value: bool) -> Self {
        self.delete_auto_snapshot = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EnableAutoSnapshot`.
    pub fn enable_auto_snapshot(mut self, value: bool) -> Self {
        self.enable_auto_snapshot = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskIds`.
    pub fn disk_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.disk_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `BurstingEnabled`.
    pub fn bursting_enabled(mut self, value: bool) -> Self {
        self.bursting_enabled = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyDiskAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDiskAttributeRequest",
            &[
                ("disk_id", d::opt(&self.disk_id)),
                ("disk_name", d::opt(&self.disk_name)),
                ("description", d::opt(&self.description)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
                ("delete_auto_snapshot", d::opt(&self.delete_auto_snapshot)),
                ("enable_auto_snapshot", d::opt(&self.enable_auto_snapshot)),
                ("region_id", d::opt(&self.region_id)),
                ("disk_ids", d::opt(&self.disk_ids)),
                ("bursting_enabled", d::opt(&self.bursting_enabled)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDiskAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiskId",
            "DiskName",
            "Description",
            "DeleteWithInstance",
            "DeleteAutoSnapshot",
            "EnableAutoSnapshot",
            "RegionId",
            "DiskIds",
            "BurstingEnabled",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = ModifyDiskAttributeRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_id = r.decode()?,
                1 => out.disk_name = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.delete_with_instance = r.decode()?,
                4 => out.delete_auto_snapshot = r.decode()?,
                5 => out.enable_auto_snapshot = r.decode()?,
                6 => out.region_id = r.decode()?,
                7 => out.disk_ids = r.decode()?,
                8 => out.bursting_enabled = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::modify_disk_attribute`](crate::Client::modify_disk_attribute) (`ModifyDiskAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDiskAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDiskAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDiskAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDiskAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyDiskAttributeResponse::default();
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
