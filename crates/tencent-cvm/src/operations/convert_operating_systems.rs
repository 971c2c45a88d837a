//! `ConvertOperatingSystems`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConvertOperatingSystems>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ConvertOperatingSystems",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::convert_operating_systems`](crate::Client::convert_operating_systems) (`ConvertOperatingSystems`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConvertOperatingSystemsRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-duqhvpt6"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `MinimalConversion`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "MinimalConversion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimal_conversion: ::std::option::Option<bool>,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `TargetOSType`.
    ///
    /// Example: `TencentOS`.
    #[serde(
        rename = "TargetOSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_type: ::std::option::Option<::std::string::String>,
}

impl ConvertOperatingSystemsRequest {
    /// A `ConvertOperatingSystemsRequest` with its required members: `InstanceIds`.
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
            minimal_conversion: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            target_os_type: ::std::option::Option::None,
        }
    }

    /// Sets `MinimalConversion`.
    pub fn minimal_conversion(mut self, value: bool) -> Self {
        self.minimal_conversion = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TargetOSType`.
    pub fn target_os_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_os_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ConvertOperatingSystemsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConvertOperatingSystemsRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("minimal_conversion", d::opt(&self.minimal_conversion)),
                ("dry_run", d::opt(&self.dry_run)),
                ("target_os_type", d::opt(&self.target_os_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ConvertOperatingSystemsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "MinimalConversion", "DryRun", "TargetOSType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_minimal_conversion: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_target_os_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_minimal_conversion = r.decode()?,
                2 => m_dry_run = r.decode()?,
                3 => m_target_os_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ConvertOperatingSystemsRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            minimal_conversion: m_minimal_conversion,
            dry_run: m_dry_run,
            target_os_type: m_target_os_type,
        })
    }
}

/// The response of [`Client::convert_operating_systems`](crate::Client::convert_operating_systems) (`ConvertOperatingSystems`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConvertOperatingSystemsResponse {
    /// `SupportTargetOSList`.
    #[serde(
        rename = "SupportTargetOSList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_target_os_list: ::std::option::Option<::std::vec::Vec<crate::models::TargetOs>>,
    /// `TaskId`.
    ///
    /// Example: `5413165`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ConvertOperatingSystemsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConvertOperatingSystemsResponse",
            &[
                (
                    "support_target_os_list",
                    d::opt(&self.support_target_os_list),
                ),
                ("task_id", d::opt(&self.task_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ConvertOperatingSystemsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportTargetOSList", "TaskId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ConvertOperatingSystemsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.support_target_os_list = r.decode()?,
                1 => out.task_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
