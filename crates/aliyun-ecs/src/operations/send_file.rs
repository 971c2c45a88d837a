//! `SendFile`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/SendFile>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "SendFile",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Timeout",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TargetDir",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ContentType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Content",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "FileOwner",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "FileGroup",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "FileMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Overwrite",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::send_file`](crate::Client::send_file) (`SendFile`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct SendFileRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Name` (query). Required.
    ///
    /// Example: `file.txt`.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Description` (query).
    ///
    /// Example: `This is a test file.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Timeout` (query).
    ///
    /// Example: `60`.
    #[serde(
        rename = "Timeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<i64>,
    /// `TargetDir` (query). Required.
    ///
    /// Example: `/home`.
    #[serde(rename = "TargetDir")]
    pub target_dir: ::std::string::String,
    /// `ContentType` (query).
    ///
    /// Example: `PlainText`.
    #[serde(
        rename = "ContentType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_type: ::std::option::Option<::std::string::String>,
    /// `Content` (query). Required.
    ///
    /// Example: `#!/bin/bash  echo "Current User is :"  echo $(ps | grep "$$" | awk '{print $2}')  --------  oss://bucketName/objectName`.
    #[serde(rename = "Content")]
    pub content: ::std::string::String,
    /// `FileOwner` (query).
    ///
    /// Example: `test`.
    #[serde(
        rename = "FileOwner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_owner: ::std::option::Option<::std::string::String>,
    /// `FileGroup` (query).
    ///
    /// Example: `test`.
    #[serde(
        rename = "FileGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_group: ::std::option::Option<::std::string::String>,
    /// `FileMode` (query).
    ///
    /// Example: `0644`.
    #[serde(
        rename = "FileMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_mode: ::std::option::Option<::std::string::String>,
    /// `Overwrite` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "Overwrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overwrite: ::std::option::Option<bool>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp185dy2o3o6n****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::vec::Vec<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl SendFileRequest {
    /// A `SendFileRequest` with its required members: `RegionId`, `Name`, `TargetDir`, `Content`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        target_dir: impl ::std::convert::Into<::std::string::String>,
        content: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            name: name.into(),
            description: ::std::option::Option::None,
            timeout: ::std::option::Option::None,
            target_dir: target_dir.into(),
            content_type: ::std::option::Option::None,
            content: content.into(),
            file_owner: ::std::option::Option::None,
            file_group: ::std::option::Option::None,
            file_mode: ::std::option::Option::None,
            overwrite: ::std::option::Option::None,
            instance_id: instance_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Timeout`.
    pub fn timeout(mut self, value: i64) -> Self {
        self.timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ContentType`.
    pub fn content_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.content_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `FileOwner`.
    pub fn file_owner(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.file_owner = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `FileGroup`.
    pub fn file_group(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.file_group = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `FileMode`.
    pub fn file_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.file_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Overwrite`.
    pub fn overwrite(mut self, value: bool) -> Self {
        self.overwrite = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for SendFileRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SendFileRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("name", d::req(&self.name)),
                ("description", d::opt(&self.description)),
                ("timeout", d::opt(&self.timeout)),
                ("target_dir", d::req(&self.target_dir)),
                ("content_type", d::opt(&self.content_type)),
                ("content", d::req(&self.content)),
                ("file_owner", d::opt(&self.file_owner)),
                ("file_group", d::opt(&self.file_group)),
                ("file_mode", d::opt(&self.file_mode)),
                ("overwrite", d::opt(&self.overwrite)),
                ("instance_id", d::req(&self.instance_id)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SendFileRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "Name",
            "Description",
            "Timeout",
            "TargetDir",
            "ContentType",
            "Content",
            "FileOwner",
            "FileGroup",
            "FileMode",
            "Overwrite",
            "InstanceId",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_timeout: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_target_dir: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_content_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_content: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_file_owner: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_file_group: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_file_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_overwrite: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_timeout = r.decode()?,
                5 => m_target_dir = r.decode()?,
                6 => m_content_type = r.decode()?,
                7 => m_content = r.decode()?,
                8 => m_file_owner = r.decode()?,
                9 => m_file_group = r.decode()?,
                10 => m_file_mode = r.decode()?,
                11 => m_overwrite = r.decode()?,
                12 => m_instance_id = r.decode()?,
                13 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(SendFileRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            name: m_name.ok_or_else(|| r.missing("Name"))?,
            description: m_description,
            timeout: m_timeout,
            target_dir: m_target_dir.ok_or_else(|| r.missing("TargetDir"))?,
            content_type: m_content_type,
            content: m_content.ok_or_else(|| r.missing("Content"))?,
            file_owner: m_file_owner,
            file_group: m_file_group,
            file_mode: m_file_mode,
            overwrite: m_overwrite,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            tag: m_tag,
        })
    }
}

/// The response of [`Client::send_file`](crate::Client::send_file) (`SendFile`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SendFileResponse {
    /// `InvokeId`.
    ///
    /// Example: `f-7d2a745b412b46****`.
    #[serde(
        rename = "InvokeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SendFileResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SendFileResponse",
            &[
                ("invoke_id", d::opt(&self.invoke_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SendFileResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InvokeId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = SendFileResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invoke_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
