//! `DeleteImages`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteImages>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteImages",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::delete_images`](crate::Client::delete_images) (`DeleteImages`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteImagesRequest {
    /// `ImageIds`. Required.
    ///
    /// Example: `["img-34vaef8fe"]`.
    #[serde(rename = "ImageIds")]
    pub image_ids: ::std::vec::Vec<::std::string::String>,
    /// `DeleteBindedSnap`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeleteBindedSnap",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_binded_snap: ::std::option::Option<bool>,
    /// `DryRun`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl DeleteImagesRequest {
    /// A `DeleteImagesRequest` with its required members: `ImageIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            image_ids: image_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            delete_binded_snap: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `DeleteBindedSnap`.
    pub fn delete_binded_snap(mut self, value: bool) -> Self {
        self.delete_binded_snap = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DeleteImagesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteImagesRequest",
            &[
                ("image_ids", d::req(&self.image_ids)),
                ("delete_binded_snap", d::opt(&self.delete_binded_snap)),
                ("dry_run", d::opt(&self.dry_run)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteImagesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageIds", "DeleteBindedSnap", "DryRun"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_image_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_delete_binded_snap: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_ids = r.decode()?,
                1 => m_delete_binded_snap = r.decode()?,
                2 => m_dry_run = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteImagesRequest {
            image_ids: m_image_ids.ok_or_else(|| r.missing("ImageIds"))?,
            delete_binded_snap: m_delete_binded_snap,
            dry_run: m_dry_run,
        })
    }
}

/// The response of [`Client::delete_images`](crate::Client::delete_images) (`DeleteImages`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteImagesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteImagesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteImagesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteImagesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteImagesResponse::default();
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
