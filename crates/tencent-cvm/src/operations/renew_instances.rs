//! `RenewInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RenewInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["InstanceChargePrepaid.Period"],
    };

/// The request of [`Client::renew_instances`](crate::Client::renew_instances) (`RenewInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewInstancesRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargePrepaid`.
    #[serde(
        rename = "InstanceChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_prepaid: ::std::option::Option<crate::models::InstanceChargePrepaid>,
    /// `RenewPortableDataDisk`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "RenewPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_portable_data_disk: ::std::option::Option<bool>,
}

impl RenewInstancesRequest {
    /// A `RenewInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            instance_charge_prepaid: ::std::option::Option::None,
            renew_portable_data_disk: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceChargePrepaid`.
    pub fn instance_charge_prepaid(mut self, value: crate::models::InstanceChargePrepaid) -> Self {
        self.instance_charge_prepaid = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RenewPortableDataDisk`.
    pub fn renew_portable_data_disk(mut self, value: bool) -> Self {
        self.renew_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for RenewInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewInstancesRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                (
                    "instance_charge_prepaid",
                    d::opt(&self.instance_charge_prepaid),
                ),
                (
                    "renew_portable_data_disk",
                    d::opt(&self.renew_portable_data_disk),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RenewInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceIds",
            "InstanceChargePrepaid",
            "RenewPortableDataDisk",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_charge_prepaid: ::std::option::Option<
            crate::models::InstanceChargePrepaid,
        > = ::std::option::Option::None;
        let mut m_renew_portable_data_disk: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_instance_charge_prepaid = r.decode()?,
                2 => m_renew_portable_data_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RenewInstancesRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            instance_charge_prepaid: m_instance_charge_prepaid,
            renew_portable_data_disk: m_renew_portable_data_disk,
        })
    }
}

/// The response of [`Client::renew_instances`](crate::Client::renew_instances) (`RenewInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RenewInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewInstancesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for RenewInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RenewInstancesResponse::default();
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
