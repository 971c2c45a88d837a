//! `InquiryPriceModifyInstancesChargeType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceModifyInstancesChargeType>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceModifyInstancesChargeType",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["InstanceChargePrepaid.Period"],
    };

/// The request of [`Client::inquiry_price_modify_instances_charge_type`](crate::Client::inquiry_price_modify_instances_charge_type) (`InquiryPriceModifyInstancesChargeType`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceModifyInstancesChargeTypeRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargeType`. Required.
    ///
    /// Example: `PREPAID`.
    #[serde(rename = "InstanceChargeType")]
    pub instance_charge_type: ::std::string::String,
    /// `InstanceChargePrepaid`.
    #[serde(
        rename = "InstanceChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_prepaid: ::std::option::Option<crate::models::InstanceChargePrepaid>,
    /// `ModifyPortableDataDisk`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ModifyPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modify_portable_data_disk: ::std::option::Option<bool>,
}

impl InquiryPriceModifyInstancesChargeTypeRequest {
    /// A `InquiryPriceModifyInstancesChargeTypeRequest` with its required members: `InstanceIds`, `InstanceChargeType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        instance_charge_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            instance_charge_type: instance_charge_type.into(),
            instance_charge_prepaid: ::std::option::Option::None,
            modify_portable_data_disk: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceChargePrepaid`.
    pub fn instance_charge_prepaid(mut self, value: crate::models::InstanceChargePrepaid) -> Self {
        self.instance_charge_prepaid = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ModifyPortableDataDisk`.
    pub fn modify_portable_data_disk(mut self, value: bool) -> Self {
        self.modify_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for InquiryPriceModifyInstancesChargeTypeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceModifyInstancesChargeTypeRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("instance_charge_type", d::req(&self.instance_charge_type)),
                (
                    "instance_charge_prepaid",
                    d::opt(&self.instance_charge_prepaid),
                ),
                (
                    "modify_portable_data_disk",
                    d::opt(&self.modify_portable_data_disk),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquiryPriceModifyInstancesChargeTypeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceIds",
            "InstanceChargeType",
            "InstanceChargePrepaid",
            "ModifyPortableDataDisk",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_prepaid: ::std::option::Option<
            crate::models::InstanceChargePrepaid,
        > = ::std::option::Option::None;
        let mut m_modify_portable_data_disk: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_instance_charge_type = r.decode()?,
                2 => m_instance_charge_prepaid = r.decode()?,
                3 => m_modify_portable_data_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(InquiryPriceModifyInstancesChargeTypeRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            instance_charge_type: m_instance_charge_type
                .ok_or_else(|| r.missing("InstanceChargeType"))?,
            instance_charge_prepaid: m_instance_charge_prepaid,
            modify_portable_data_disk: m_modify_portable_data_disk,
        })
    }
}

/// The response of [`Client::inquiry_price_modify_instances_charge_type`](crate::Client::inquiry_price_modify_instances_charge_type) (`InquiryPriceModifyInstancesChargeType`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceModifyInstancesChargeTypeResponse {
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

impl ::std::fmt::Debug for InquiryPriceModifyInstancesChargeTypeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceModifyInstancesChargeTypeResponse",
            &[
                ("price", d::opt(&self.price)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquiryPriceModifyInstancesChargeTypeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InquiryPriceModifyInstancesChargeTypeResponse::default();
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
