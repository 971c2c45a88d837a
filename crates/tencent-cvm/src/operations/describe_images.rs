//! `DescribeImages`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImages>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeImages",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["Filters.Name", "Filters.Values"],
    };

/// The request of [`Client::describe_images`](crate::Client::describe_images) (`DescribeImages`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagesRequest {
    /// `ImageIds`.
    ///
    /// Example: `["img-gvbnzy6f"]`.
    #[serde(
        rename = "ImageIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
    /// `Offset`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<u64>,
    /// `Limit`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<u64>,
    /// `InstanceType`.
    ///
    /// Example: `SA5.MEDIUM2`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
}

impl DescribeImagesRequest {
    /// An empty `DescribeImagesRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            image_ids: ::std::option::Option::None,
            filters: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
        }
    }

    /// Sets `ImageIds`.
    pub fn image_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.image_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
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

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeImagesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagesRequest",
            &[
                ("image_ids", d::opt(&self.image_ids)),
                ("filters", d::opt(&self.filters)),
                ("offset", d::opt(&self.offset)),
                ("limit", d::opt(&self.limit)),
                ("instance_type", d::opt(&self.instance_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageIds", "Filters", "Offset", "Limit", "InstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeImagesRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_ids = r.decode()?,
                1 => out.filters = r.decode()?,
                2 => out.offset = r.decode()?,
                3 => out.limit = r.decode()?,
                4 => out.instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_images`](crate::Client::describe_images) (`DescribeImages`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagesResponse {
    /// `ImageSet`.
    #[serde(
        rename = "ImageSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_set: ::std::option::Option<::std::vec::Vec<crate::models::Image>>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeImagesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagesResponse",
            &[
                ("image_set", d::opt(&self.image_set)),
                ("total_count", d::opt(&self.total_count)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageSet", "TotalCount", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeImagesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_set = r.decode()?,
                1 => out.total_count = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeImagesRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeImages` pages (by `Offset`), for [`Client::describe_images_paginator`](crate::Client::describe_images_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeImagesRequest {
    type Response = DescribeImagesResponse;
    type Item = crate::models::Image;
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

    fn total_count(page: &DescribeImagesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeImagesResponse) -> usize {
        page.image_set.as_ref().map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeImagesResponse) -> ::std::vec::Vec<crate::models::Image> {
        page.image_set.unwrap_or_default()
    }
}
