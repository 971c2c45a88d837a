//! `InquiryPriceResizeInstanceDisks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResizeInstanceDisks>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceResizeInstanceDisks",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["DataDisks.DiskSize"],
    };

/// The request of [`Client::inquiry_price_resize_instance_disks`](crate::Client::inquiry_price_resize_instance_disks) (`InquiryPriceResizeInstanceDisks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceResizeInstanceDisksRequest {
    /// `InstanceId`. Required.
    ///
    /// Example: `ins-fd8spnmq`.
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

impl InquiryPriceResizeInstanceDisksRequest {
    /// A `InquiryPriceResizeInstanceDisksRequest` with its required members: `InstanceId`.
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

impl ::std::fmt::Debug for InquiryPriceResizeInstanceDisksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceResizeInstanceDisksRequest",
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

impl ::yun_core::json::Decode for InquiryPriceResizeInstanceDisksRequest {
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

        ::std::result::Result::Ok(InquiryPriceResizeInstanceDisksRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            data_disks: m_data_disks,
            force_stop: m_force_stop,
            system_disk: m_system_disk,
            resize_online: m_resize_online,
        })
    }
}

/// The response of [`Client::inquiry_price_resize_instance_disks`](crate::Client::inquiry_price_resize_instance_disks) (`InquiryPriceResizeInstanceDisks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceResizeInstanceDisksResponse {
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

impl ::std::fmt::Debug for InquiryPriceResizeInstanceDisksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceResizeInstanceDisksResponse",
            &[
                ("price", d::opt(&self.price)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquiryPriceResizeInstanceDisksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InquiryPriceResizeInstanceDisksResponse::default();
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
