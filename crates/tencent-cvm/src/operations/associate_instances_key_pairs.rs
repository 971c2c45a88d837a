//! `AssociateInstancesKeyPairs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "AssociateInstancesKeyPairs",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::associate_instances_key_pairs`](crate::Client::associate_instances_key_pairs) (`AssociateInstancesKeyPairs`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociateInstancesKeyPairsRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-1e4r6y8i","ins-3e56fg78"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `KeyIds`. Required.
    ///
    /// Example: `["skey-4e5ty7i8"]`.
    #[serde(rename = "KeyIds")]
    pub key_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceStop`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
}

impl AssociateInstancesKeyPairsRequest {
    /// A `AssociateInstancesKeyPairsRequest` with its required members: `InstanceIds`, `KeyIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        key_ids: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            key_ids: key_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            force_stop: ::std::option::Option::None,
        }
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for AssociateInstancesKeyPairsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssociateInstancesKeyPairsRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("key_ids", d::req(&self.key_ids)),
                ("force_stop", d::opt(&self.force_stop)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AssociateInstancesKeyPairsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "KeyIds", "ForceStop"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_key_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_key_ids = r.decode()?,
                2 => m_force_stop = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AssociateInstancesKeyPairsRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            key_ids: m_key_ids.ok_or_else(|| r.missing("KeyIds"))?,
            force_stop: m_force_stop,
        })
    }
}

/// The response of [`Client::associate_instances_key_pairs`](crate::Client::associate_instances_key_pairs) (`AssociateInstancesKeyPairs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociateInstancesKeyPairsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AssociateInstancesKeyPairsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssociateInstancesKeyPairsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for AssociateInstancesKeyPairsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AssociateInstancesKeyPairsResponse::default();
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
