//! `DescribeSecurityGroupReferences`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroupReferences>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSecurityGroupReferences",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_security_group_references`](crate::Client::describe_security_group_references) (`DescribeSecurityGroupReferences`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupReferencesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SecurityGroupId` (query, sent as `SecurityGroupId.1`, `SecurityGroupId.2`, …). Required.
    ///
    /// At most 10 items.
    ///
    /// Example: `sg-bp14vtedjtobkvi****`.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::vec::Vec<::std::string::String>,
}

impl DescribeSecurityGroupReferencesRequest {
    /// A `DescribeSecurityGroupReferencesRequest` with its required members: `RegionId`, `SecurityGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        security_group_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            security_group_id: security_group_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for DescribeSecurityGroupReferencesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSecurityGroupReferencesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("security_group_id", d::req(&self.security_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSecurityGroupReferencesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "SecurityGroupId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_security_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSecurityGroupReferencesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            security_group_id: m_security_group_id.ok_or_else(|| r.missing("SecurityGroupId"))?,
        })
    }
}

/// The `SecurityGroupReferences.SecurityGroupReference.ReferencingSecurityGroups.ReferencingSecurityGroup` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReferencingSecurityGroup {
    /// `AliUid`.
    ///
    /// Example: `123456****`.
    #[serde(
        rename = "AliUid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ali_uid: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4j****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ReferencingSecurityGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReferencingSecurityGroup",
            &[
                ("ali_uid", d::opt(&self.ali_uid)),
                ("security_group_id", d::opt(&self.security_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReferencingSecurityGroup {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AliUid", "SecurityGroupId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ReferencingSecurityGroup::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ali_uid = r.decode()?,
                1 => out.security_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SecurityGroupReferences.SecurityGroupReference.ReferencingSecurityGroups` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReferencingSecurityGroups {
    /// `ReferencingSecurityGroup`.
    #[serde(
        rename = "ReferencingSecurityGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub referencing_security_group:
        ::std::option::Option<::std::vec::Vec<ReferencingSecurityGroup>>,
}

impl ::std::fmt::Debug for ReferencingSecurityGroups {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReferencingSecurityGroups",
            &[(
                "referencing_security_group",
                d::opt(&self.referencing_security_group),
            )],
        )
    }
}

impl ::yun_core::json::Decode for ReferencingSecurityGroups {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ReferencingSecurityGroup"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ReferencingSecurityGroups::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.referencing_security_group = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SecurityGroupReferences.SecurityGroupReference` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroupReference {
    /// `ReferencingSecurityGroups`.
    #[serde(
        rename = "ReferencingSecurityGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub referencing_security_groups: ::std::option::Option<ReferencingSecurityGroups>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::yun_core::Text>,
}

impl SecurityGroupReference {
    /// The items of `ReferencingSecurityGroups` (through its wrapper), empty when absent.
    pub fn referencing_security_groups(&self) -> &[ReferencingSecurityGroup] {
        self.referencing_security_groups
            .as_ref()
            .and_then(|w| w.referencing_security_group.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for SecurityGroupReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SecurityGroupReference",
            &[
                (
                    "referencing_security_groups",
                    d::opt(&self.referencing_security_groups),
                ),
                ("security_group_id", d::opt(&self.security_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SecurityGroupReference {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ReferencingSecurityGroups", "SecurityGroupId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = SecurityGroupReference::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.referencing_security_groups = r.decode()?,
                1 => out.security_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SecurityGroupReferences` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroupReferences {
    /// `SecurityGroupReference`.
    #[serde(
        rename = "SecurityGroupReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_reference: ::std::option::Option<::std::vec::Vec<SecurityGroupReference>>,
}

impl ::std::fmt::Debug for SecurityGroupReferences {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SecurityGroupReferences",
            &[(
                "security_group_reference",
                d::opt(&self.security_group_reference),
            )],
        )
    }
}

impl ::yun_core::json::Decode for SecurityGroupReferences {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SecurityGroupReference"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SecurityGroupReferences::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.security_group_reference = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_security_group_references`](crate::Client::describe_security_group_references) (`DescribeSecurityGroupReferences`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupReferencesResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupReferences`.
    #[serde(
        rename = "SecurityGroupReferences",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_references: ::std::option::Option<SecurityGroupReferences>,
}

impl DescribeSecurityGroupReferencesResponse {
    /// The items of `SecurityGroupReferences` (through its wrapper), empty when absent.
    pub fn security_group_references(&self) -> &[SecurityGroupReference] {
        self.security_group_references
            .as_ref()
            .and_then(|w| w.security_group_reference.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSecurityGroupReferencesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSecurityGroupReferencesResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                (
                    "security_group_references",
                    d::opt(&self.security_group_references),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSecurityGroupReferencesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "SecurityGroupReferences"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeSecurityGroupReferencesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.security_group_references = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
