//! `DeleteLaunchTemplate`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplate>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteLaunchTemplate",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateRequest {
    /// `LaunchTemplateId`. Required.
    ///
    /// Example: `lt-rf6ogz49`.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
}

impl DeleteLaunchTemplateRequest {
    /// A `DeleteLaunchTemplateRequest` with its required members: `LaunchTemplateId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(launch_template_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DeleteLaunchTemplateRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteLaunchTemplateRequest",
            &[("launch_template_id", d::req(&self.launch_template_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteLaunchTemplateRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_launch_template_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteLaunchTemplateRequest {
            launch_template_id: m_launch_template_id
                .ok_or_else(|| r.missing("LaunchTemplateId"))?,
        })
    }
}

/// The response of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteLaunchTemplateResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteLaunchTemplateResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteLaunchTemplateResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteLaunchTemplateResponse::default();
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
