//! `PurchaseResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=PurchaseResourcePoolPacks>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "PurchaseResourcePoolPacks",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::purchase_resource_pool_packs`](crate::Client::purchase_resource_pool_packs) (`PurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct PurchaseResourcePoolPacksRequest {
    /// `Zone`. Required.
    ///
    /// Example: `ap-guangzhou-7`.
    #[serde(rename = "Zone")]
    pub zone: ::std::string::String,
    /// `InstanceType`. Required.
    ///
    /// Example: `S9.8XLARGE64`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `InstanceCount`. Required.
    ///
    /// Example: `1`.
    #[serde(rename = "InstanceCount")]
    pub instance_count: u64,
    /// `Period`. Required.
    ///
    /// Example: `1`.
    #[serde(rename = "Period")]
    pub period: u64,
    /// `ResourcePoolPackType`.
    ///
    /// Example: `EXCLUSIVE`.
    #[serde(
        rename = "ResourcePoolPackType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_pool_pack_type: ::std::option::Option<::std::string::String>,
    /// `AutoPlacement`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoPlacement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_placement: ::std::option::Option<bool>,
    /// `DedicatedResourcePoolPackName`.
    ///
    /// Example: `测试实例资源池`.
    #[serde(
        rename = "DedicatedResourcePoolPackName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pool_pack_name: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    ///
    /// Example: `NOTIFY_AND_MANUAL_RENEW`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl PurchaseResourcePoolPacksRequest {
    /// A `PurchaseResourcePoolPacksRequest` with its required members: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        zone: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        instance_count: u64,
        period: u64,
    ) -> Self {
        Self {
            zone: zone.into(),
            instance_type: instance_type.into(),
            instance_count,
            period,
            resource_pool_pack_type: ::std::option::Option::None,
            auto_placement: ::std::option::Option::None,
            dedicated_resource_pool_pack_name: ::std::option::Option::None,
            renew_flag: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `ResourcePoolPackType`.
    pub fn resource_pool_pack_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_pool_pack_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoPlacement`.
    pub fn auto_placement(mut self, value: bool) -> Self {
        self.auto_placement = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DedicatedResourcePoolPackName`.
    pub fn dedicated_resource_pool_pack_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_resource_pool_pack_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RenewFlag`.
    pub fn renew_flag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.renew_flag = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for PurchaseResourcePoolPacksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PurchaseResourcePoolPacksRequest",
            &[
                ("zone", d::req(&self.zone)),
                ("instance_type", d::req(&self.instance_type)),
                ("instance_count", d::req(&self.instance_count)),
                ("period", d::req(&self.period)),
                (
                    "resource_pool_pack_type",
                    d::opt(&self.resource_pool_pack_type),
                ),
                ("auto_placement", d::opt(&self.auto_placement)),
                (
                    "dedicated_resource_pool_pack_name",
                    d::opt(&self.dedicated_resource_pool_pack_name),
                ),
                ("renew_flag", d::opt(&self.renew_flag)),
                ("dry_run", d::opt(&self.dry_run)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PurchaseResourcePoolPacksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Zone",
            "InstanceType",
            "InstanceCount",
            "Period",
            "ResourcePoolPackType",
            "AutoPlacement",
            "DedicatedResourcePoolPackName",
            "RenewFlag",
            "DryRun",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_zone: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_count: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_period: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_resource_pool_pack_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_placement: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dedicated_resource_pool_pack_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_renew_flag: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_zone = r.decode()?,
                1 => m_instance_type = r.decode()?,
                2 => m_instance_count = r.decode()?,
                3 => m_period = r.decode()?,
                4 => m_resource_pool_pack_type = r.decode()?,
                5 => m_auto_placement = r.decode()?,
                6 => m_dedicated_resource_pool_pack_name = r.decode()?,
                7 => m_renew_flag = r.decode()?,
                8 => m_dry_run = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(PurchaseResourcePoolPacksRequest {
            zone: m_zone.ok_or_else(|| r.missing("Zone"))?,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            instance_count: m_instance_count.ok_or_else(|| r.missing("InstanceCount"))?,
            period: m_period.ok_or_else(|| r.missing("Period"))?,
            resource_pool_pack_type: m_resource_pool_pack_type,
            auto_placement: m_auto_placement,
            dedicated_resource_pool_pack_name: m_dedicated_resource_pool_pack_name,
            renew_flag: m_renew_flag,
            dry_run: m_dry_run,
        })
    }
}

/// The response of [`Client::purchase_resource_pool_packs`](crate::Client::purchase_resource_pool_packs) (`PurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PurchaseResourcePoolPacksResponse {
    /// `DedicatedResourcePackIdSet`.
    ///
    /// Example: `["rpp-2gyonkx7"]`.
    #[serde(
        rename = "DedicatedResourcePackIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_id_set: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PurchaseResourcePoolPacksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PurchaseResourcePoolPacksResponse",
            &[
                (
                    "dedicated_resource_pack_id_set",
                    d::opt(&self.dedicated_resource_pack_id_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PurchaseResourcePoolPacksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedResourcePackIdSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = PurchaseResourcePoolPacksResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_resource_pack_id_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
