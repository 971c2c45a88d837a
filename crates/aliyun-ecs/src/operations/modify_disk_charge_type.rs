//! `ModifyDiskChargeType`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDiskChargeType>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDiskChargeType",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
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
                name: "AutoPay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_disk_charge_type`](crate::Client::modify_disk_charge_type) (`ModifyDiskChargeType`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDiskChargeTypeRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1i778bq705cvx1****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DiskIds` (query). Required.
    ///
    /// Example: `["d-bp67acfmxazb4ph****", "d-bp67acfmxazb4pi****", … "d-bp67acfmxazb4pj****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "DiskIds")]
    pub disk_ids: ::std::string::String,
    /// `AutoPay` (query).
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `DiskChargeType` (query).
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "DiskChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_charge_type: ::std::option::Option<::std::string::String>,
}

impl ModifyDiskChargeTypeRequest {
    /// A `ModifyDiskChargeTypeRequest` with its required members: `InstanceId`, `RegionId`, `DiskIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            region_id: region_id.into(),
            disk_ids: disk_ids.into(),
            auto_pay: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            disk_charge_type: ::std::option::Option::None,
        }
    }

    /// Sets `AutoPay`.
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskChargeType`.
    pub fn disk_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_charge_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyDiskChargeTypeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDiskChargeTypeRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("region_id", d::req(&self.region_id)),
                ("disk_ids", d::req(&self.disk_ids)),
                ("auto_pay", d::opt(&self.auto_pay)),
                ("client_token", d::opt(&self.client_token)),
                ("disk_charge_type", d::opt(&self.disk_charge_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDiskChargeTypeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "RegionId",
            "DiskIds",
            "AutoPay",
            "ClientToken",
            "DiskChargeType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_disk_ids = r.decode()?,
                3 => m_auto_pay = r.decode()?,
                4 => m_client_token = r.decode()?,
                5 => m_disk_charge_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDiskChargeTypeRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            disk_ids: m_disk_ids.ok_or_else(|| r.missing("DiskIds"))?,
            auto_pay: m_auto_pay,
            client_token: m_client_token,
            disk_charge_type: m_disk_charge_type,
        })
    }
}

/// The response of [`Client::modify_disk_charge_type`](crate::Client::modify_disk_charge_type) (`ModifyDiskChargeType`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDiskChargeTypeResponse {
    /// `OrderId`.
    ///
    /// Example: `123456****`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDiskChargeTypeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDiskChargeTypeResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDiskChargeTypeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ModifyDiskChargeTypeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
