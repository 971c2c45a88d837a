//! `DescribeLaunchTemplateVersions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplateVersions>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeLaunchTemplateVersions",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_launch_template_versions`](crate::Client::describe_launch_template_versions) (`DescribeLaunchTemplateVersions`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplateVersionsRequest {
    /// `LaunchTemplateId`. Required.
    ///
    /// Example: `"lt-irmer45l"`.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
    /// `LaunchTemplateVersions`.
    ///
    /// Example: `[1,2,3]`.
    #[serde(
        rename = "LaunchTemplateVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_versions: ::std::option::Option<::std::vec::Vec<u64>>,
    /// `MinVersion`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "MinVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_version: ::std::option::Option<u64>,
    /// `MaxVersion`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "MaxVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_version: ::std::option::Option<u64>,
    /// `Offset`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<u64>,
    /// `Limit`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<u64>,
    /// `DefaultVersion`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DefaultVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_version: ::std::option::Option<bool>,
}

impl DescribeLaunchTemplateVersionsRequest {
    /// A `DescribeLaunchTemplateVersionsRequest` with its required members: `LaunchTemplateId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(launch_template_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            launch_template_versions: ::std::option::Option::None,
            min_version: ::std::option::Option::None,
            max_version: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
            default_version: ::std::option::Option::None,
        }
    }

    /// Sets `LaunchTemplateVersions`.
    pub fn launch_template_versions(mut self, value: ::std::vec::Vec<u64>) -> Self {
        self.launch_template_versions = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinVersion`.
    pub fn min_version(mut self, value: u64) -> Self {
        self.min_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaxVersion`.
    pub fn max_version(mut self, value: u64) -> Self {
        self.max_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: u64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: u64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DefaultVersion`.
    pub fn default_version(mut self, value: bool) -> Self {
        self.default_version = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeLaunchTemplateVersionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLaunchTemplateVersionsRequest",
            &[
                ("launch_template_id", d::req(&self.launch_template_id)),
                (
                    "launch_template_versions",
                    d::opt(&self.launch_template_versions),
                ),
                ("min_version", d::opt(&self.min_version)),
                ("max_version", d::opt(&self.max_version)),
                ("offset", d::opt(&self.offset)),
                ("limit", d::opt(&self.limit)),
                ("default_version", d::opt(&self.default_version)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLaunchTemplateVersionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LaunchTemplateId",
            "LaunchTemplateVersions",
            "MinVersion",
            "MaxVersion",
            "Offset",
            "Limit",
            "DefaultVersion",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_versions: ::std::option::Option<::std::vec::Vec<u64>> =
            ::std::option::Option::None;
        let mut m_min_version: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_max_version: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_offset: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_limit: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_default_version: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_launch_template_id = r.decode()?,
                1 => m_launch_template_versions = r.decode()?,
                2 => m_min_version = r.decode()?,
                3 => m_max_version = r.decode()?,
                4 => m_offset = r.decode()?,
                5 => m_limit = r.decode()?,
                6 => m_default_version = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeLaunchTemplateVersionsRequest {
            launch_template_id: m_launch_template_id
                .ok_or_else(|| r.missing("LaunchTemplateId"))?,
            launch_template_versions: m_launch_template_versions,
            min_version: m_min_version,
            max_version: m_max_version,
            offset: m_offset,
            limit: m_limit,
            default_version: m_default_version,
        })
    }
}

/// The response of [`Client::describe_launch_template_versions`](crate::Client::describe_launch_template_versions) (`DescribeLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplateVersionsResponse {
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<u64>,
    /// `LaunchTemplateVersionSet`.
    #[serde(
        rename = "LaunchTemplateVersionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_set:
        ::std::option::Option<::std::vec::Vec<crate::models::LaunchTemplateVersionInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeLaunchTemplateVersionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLaunchTemplateVersionsResponse",
            &[
                ("total_count", d::opt(&self.total_count)),
                (
                    "launch_template_version_set",
                    d::opt(&self.launch_template_version_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLaunchTemplateVersionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TotalCount", "LaunchTemplateVersionSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeLaunchTemplateVersionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.total_count = r.decode()?,
                1 => out.launch_template_version_set = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeLaunchTemplateVersionsRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeLaunchTemplateVersions` pages (by `Offset`), for [`Client::describe_launch_template_versions_paginator`](crate::Client::describe_launch_template_versions_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeLaunchTemplateVersionsRequest {
    type Response = DescribeLaunchTemplateVersionsResponse;
    type Item = crate::models::LaunchTemplateVersionInfo;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Offset;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.limit.as_ref().copied()
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.offset
            .as_ref()
            .copied()
            .map(::yun_core::paginate::Position::Offset)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Offset(n) = position {
            self.offset = ::std::option::Option::Some(n);
        }
    }

    fn total_count(page: &DescribeLaunchTemplateVersionsResponse) -> ::std::option::Option<u64> {
        page.total_count.as_ref().copied()
    }

    fn item_count(page: &DescribeLaunchTemplateVersionsResponse) -> usize {
        page.launch_template_version_set
            .as_ref()
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeLaunchTemplateVersionsResponse,
    ) -> ::std::vec::Vec<crate::models::LaunchTemplateVersionInfo> {
        page.launch_template_version_set.unwrap_or_default()
    }
}
