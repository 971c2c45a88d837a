//! `InquiryPriceRenewInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceRenewInstances",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["InstanceChargePrepaid.Period"],
    };

/// The request of [`Client::inquiry_price_renew_instances`](crate::Client::inquiry_price_renew_instances) (`InquiryPriceRenewInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewInstancesRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-2zvpghhc"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargePrepaid`. Required.
    #[serde(rename = "InstanceChargePrepaid")]
    pub instance_charge_prepaid: crate::models::InstanceChargePrepaid,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `RenewPortableDataDisk`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "RenewPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_portable_data_disk: ::std::option::Option<bool>,
}

impl InquiryPriceRenewInstancesRequest {
    /// A `InquiryPriceRenewInstancesRequest` with its required members: `InstanceIds`, `InstanceChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        instance_charge_prepaid: crate::models::InstanceChargePrepaid,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            instance_charge_prepaid,
            dry_run: ::std::option::Option::None,
            renew_portable_data_disk: ::std::option::Option::None,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RenewPortableDataDisk`.
    pub fn renew_portable_data_disk(mut self, value: bool) -> Self {
        self.renew_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for InquiryPriceRenewInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceRenewInstancesRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                (
                    "instance_charge_prepaid",
                    d::req(&self.instance_charge_prepaid),
                ),
                ("dry_run", d::opt(&self.dry_run)),
                (
                    "renew_portable_data_disk",
                    d::opt(&self.renew_portable_data_disk),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquiryPriceRenewInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceIds",
            "InstanceChargePrepaid",
            "DryRun",
            "RenewPortableDataDisk",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_charge_prepaid: ::std::option::Option<
            crate::models::InstanceChargePrepaid,
        > = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_renew_portable_data_disk: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_instance_charge_prepaid = r.decode()?,
                2 => m_dry_run = r.decode()?,
                3 => m_renew_portable_data_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(InquiryPriceRenewInstancesRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            instance_charge_prepaid: m_instance_charge_prepaid
                .ok_or_else(|| r.missing("InstanceChargePrepaid"))?,
            dry_run: m_dry_run,
            renew_portable_data_disk: m_renew_portable_data_disk,
        })
    }
}

/// The response of [`Client::inquiry_price_renew_instances`](crate::Client::inquiry_price_renew_instances) (`InquiryPriceRenewInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewInstancesResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::Price>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InquiryPriceRenewInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceRenewInstancesResponse",
            &[
                ("price", d::opt(&self.price)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquiryPriceRenewInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InquiryPriceRenewInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
