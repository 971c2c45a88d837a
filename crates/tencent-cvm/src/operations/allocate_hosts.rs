//! `AllocateHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AllocateHosts>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "AllocateHosts",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
    };

/// The request of [`Client::allocate_hosts`](crate::Client::allocate_hosts) (`AllocateHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateHostsRequest {
    /// `Placement`. Required.
    #[serde(rename = "Placement")]
    pub placement: crate::models::Placement,
    /// `ClientToken`.
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
    #[serde(
        rename = "HostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_type: ::std::option::Option<::std::string::String>,
    /// `HostType`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::std::string::String>,
    /// `HostCount`.
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

impl<'de> ::serde::Deserialize<'de> for AllocateHostsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AllocateHostsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AllocateHostsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AllocateHostsRequest, A::Error> {
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
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Placement" => m_placement = map.next_value()?,
                        "ClientToken" => m_client_token = map.next_value()?,
                        "HostChargePrepaid" => m_host_charge_prepaid = map.next_value()?,
                        "HostChargeType" => m_host_charge_type = map.next_value()?,
                        "HostType" => m_host_type = map.next_value()?,
                        "HostCount" => m_host_count = map.next_value()?,
                        "TagSpecification" => m_tag_specification = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(AllocateHostsRequest {
                    placement: m_placement.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Placement")
                    })?,
                    client_token: m_client_token,
                    host_charge_prepaid: m_host_charge_prepaid,
                    host_charge_type: m_host_charge_type,
                    host_type: m_host_type,
                    host_count: m_host_count,
                    tag_specification: m_tag_specification,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::allocate_hosts`](crate::Client::allocate_hosts) (`AllocateHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateHostsResponse {
    /// `HostIdSet`.
    #[serde(
        rename = "HostIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AllocateHostsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AllocateHostsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AllocateHostsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AllocateHostsResponse, A::Error> {
                let mut out = AllocateHostsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HostIdSet" => out.host_id_set = map.next_value()?,
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
