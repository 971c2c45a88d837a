//! `AllocateHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AllocateHosts>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "AllocateHosts",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        multipart: false,
        nested_required: &[
            "Placement.Zone",
            "HostChargePrepaid.Period",
            "TagSpecification.ResourceType",
            "TagSpecification.Tags",
            "TagSpecification.Tags.Key",
            "TagSpecification.Tags.Value",
        ],
    };

/// The request of [`Client::allocate_hosts`](crate::Client::allocate_hosts) (`AllocateHosts`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateHostsRequest {
    /// `Placement`. Required.
    #[serde(rename = "Placement")]
    pub placement: crate::models::Placement,
    /// `ClientToken`.
    ///
    /// Example: `a521b4e4-c903-4d37-9de6-8606e3ad8eb7`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `HostChargePrepaid`.
    #[serde(
        rename = "HostChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_prepaid: ::std::option::Option<crate::models::ChargePrepaid>,
    /// `HostChargeType`.
    ///
    /// Example: `PREPAID`.
    #[serde(
        rename = "HostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_type: ::std::option::Option<::std::string::String>,
    /// `HostType`.
    ///
    /// Example: `HS1`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::std::string::String>,
    /// `HostCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "HostCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_count: ::std::option::Option<u64>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}

impl AllocateHostsRequest {
    /// A `AllocateHostsRequest` with its required members: `Placement`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(placement: crate::models::Placement) -> Self {
        Self {
            placement,
            client_token: ::std::option::Option::None,
            host_charge_prepaid: ::std::option::Option::None,
            host_charge_type: ::std::option::Option::None,
            host_type: ::std::option::Option::None,
            host_count: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HostChargePrepaid`.
    pub fn host_charge_prepaid(mut self, value: crate::models::ChargePrepaid) -> Self {
        self.host_charge_prepaid = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HostChargeType`.
    pub fn host_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HostType`.
    pub fn host_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HostCount`.
    pub fn host_count(mut self, value: u64) -> Self {
        self.host_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for AllocateHostsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocateHostsRequest",
            &[
                ("placement", d::req(&self.placement)),
                ("client_token", d::opt(&self.client_token)),
                ("host_charge_prepaid", d::opt(&self.host_charge_prepaid)),
                ("host_charge_type", d::opt(&self.host_charge_type)),
                ("host_type", d::opt(&self.host_type)),
                ("host_count", d::opt(&self.host_count)),
                ("tag_specification", d::opt(&self.tag_specification)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocateHostsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Placement",
            "ClientToken",
            "HostChargePrepaid",
            "HostChargeType",
            "HostType",
            "HostCount",
            "TagSpecification",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_placement: ::std::option::Option<crate::models::Placement> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_host_charge_prepaid: ::std::option::Option<crate::models::ChargePrepaid> =
            ::std::option::Option::None;
        let mut m_host_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_host_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_host_count: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_placement = r.decode()?,
                1 => m_client_token = r.decode()?,
                2 => m_host_charge_prepaid = r.decode()?,
                3 => m_host_charge_type = r.decode()?,
                4 => m_host_type = r.decode()?,
                5 => m_host_count = r.decode()?,
                6 => m_tag_specification = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AllocateHostsRequest {
            placement: m_placement.ok_or_else(|| r.missing("Placement"))?,
            client_token: m_client_token,
            host_charge_prepaid: m_host_charge_prepaid,
            host_charge_type: m_host_charge_type,
            host_type: m_host_type,
            host_count: m_host_count,
            tag_specification: m_tag_specification,
        })
    }
}

/// The response of [`Client::allocate_hosts`](crate::Client::allocate_hosts) (`AllocateHosts`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateHostsResponse {
    /// `HostIdSet`.
    ///
    /// Example: `["host-lan4lb2k"]`.
    #[serde(
        rename = "HostIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id_set: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AllocateHostsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocateHostsResponse",
            &[
                ("host_id_set", d::opt(&self.host_id_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocateHostsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HostIdSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AllocateHostsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.host_id_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
