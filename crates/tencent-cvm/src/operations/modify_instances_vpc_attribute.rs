//! `ModifyInstancesVpcAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesVpcAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstancesVpcAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["VirtualPrivateCloud.VpcId", "VirtualPrivateCloud.SubnetId"],
    };

/// The request of [`Client::modify_instances_vpc_attribute`](crate::Client::modify_instances_vpc_attribute) (`ModifyInstancesVpcAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesVpcAttributeRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy","ins-5d8a23rs"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `VirtualPrivateCloud`. Required.
    #[serde(rename = "VirtualPrivateCloud")]
    pub virtual_private_cloud: crate::models::VirtualPrivateCloud,
    /// `ForceStop`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `ReserveHostName`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ReserveHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserve_host_name: ::std::option::Option<bool>,
}

impl ModifyInstancesVpcAttributeRequest {
    /// A `ModifyInstancesVpcAttributeRequest` with its required members: `InstanceIds`, `VirtualPrivateCloud`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        virtual_private_cloud: crate::models::VirtualPrivateCloud,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            virtual_private_cloud,
            force_stop: ::std::option::Option::None,
            reserve_host_name: ::std::option::Option::None,
        }
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ReserveHostName`.
    pub fn reserve_host_name(mut self, value: bool) -> Self {
        self.reserve_host_name = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyInstancesVpcAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesVpcAttributeRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("virtual_private_cloud", d::req(&self.virtual_private_cloud)),
                ("force_stop", d::opt(&self.force_stop)),
                ("reserve_host_name", d::opt(&self.reserve_host_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesVpcAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceIds",
            "VirtualPrivateCloud",
            "ForceStop",
            "ReserveHostName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud> =
            ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_reserve_host_name: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_virtual_private_cloud = r.decode()?,
                2 => m_force_stop = r.decode()?,
                3 => m_reserve_host_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstancesVpcAttributeRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            virtual_private_cloud: m_virtual_private_cloud
                .ok_or_else(|| r.missing("VirtualPrivateCloud"))?,
            force_stop: m_force_stop,
            reserve_host_name: m_reserve_host_name,
        })
    }
}

/// The response of [`Client::modify_instances_vpc_attribute`](crate::Client::modify_instances_vpc_attribute) (`ModifyInstancesVpcAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesVpcAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstancesVpcAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesVpcAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesVpcAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstancesVpcAttributeResponse::default();
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
