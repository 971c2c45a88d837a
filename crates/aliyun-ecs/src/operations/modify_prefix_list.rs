//! `ModifyPrefixList`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPrefixList>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyPrefixList",
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
                name: "PrefixListId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrefixListName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AddEntry",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoveEntry",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &["AddEntry.Cidr", "RemoveEntry.Cidr"],
    };

/// The `RemoveEntry` object of the request.
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveEntry {
    /// `Cidr`. Required.
    ///
    /// Example: `192.168.1.0/24`.
    #[serde(rename = "Cidr")]
    pub cidr: ::std::string::String,
}

impl RemoveEntry {
    /// A `RemoveEntry` with its required members: `Cidr`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(cidr: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { cidr: cidr.into() }
    }
}

impl ::std::fmt::Debug for RemoveEntry {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "RemoveEntry", &[("cidr", d::req(&self.cidr))])
    }
}

impl ::yun_core::json::Decode for RemoveEntry {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Cidr"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_cidr: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_cidr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RemoveEntry {
            cidr: m_cidr.ok_or_else(|| r.missing("Cidr"))?,
        })
    }
}

/// The request of [`Client::modify_prefix_list`](crate::Client::modify_prefix_list) (`ModifyPrefixList`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrefixListRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-chengdu`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrefixListId` (query). Required.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(rename = "PrefixListId")]
    pub prefix_list_id: ::std::string::String,
    /// `PrefixListName` (query).
    ///
    /// Example: `PrefixListNameSample`.
    #[serde(
        rename = "PrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `AddEntry` (query, sent as `AddEntry.1`, `AddEntry.2`, …).
    ///
    /// At most 201 items.
    #[serde(
        rename = "AddEntry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_entry: ::std::option::Option<::std::vec::Vec<crate::models::Entry>>,
    /// `RemoveEntry` (query, sent as `RemoveEntry.1`, `RemoveEntry.2`, …).
    ///
    /// At most 201 items.
    #[serde(
        rename = "RemoveEntry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_entry: ::std::option::Option<::std::vec::Vec<RemoveEntry>>,
}

impl ModifyPrefixListRequest {
    /// A `ModifyPrefixListRequest` with its required members: `RegionId`, `PrefixListId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        prefix_list_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            prefix_list_id: prefix_list_id.into(),
            prefix_list_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            add_entry: ::std::option::Option::None,
            remove_entry: ::std::option::Option::None,
        }
    }

    /// Sets `PrefixListName`.
    pub fn prefix_list_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.prefix_list_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AddEntry`.
    pub fn add_entry(mut self, value: ::std::vec::Vec<crate::models::Entry>) -> Self {
        self.add_entry = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RemoveEntry`.
    pub fn remove_entry(mut self, value: ::std::vec::Vec<RemoveEntry>) -> Self {
        self.remove_entry = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyPrefixListRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyPrefixListRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("prefix_list_id", d::req(&self.prefix_list_id)),
                ("prefix_list_name", d::opt(&self.prefix_list_name)),
                ("description", d::opt(&self.description)),
                ("add_entry", d::opt(&self.add_entry)),
                ("remove_entry", d::opt(&self.remove_entry)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyPrefixListRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PrefixListId",
            "PrefixListName",
            "Description",
            "AddEntry",
            "RemoveEntry",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_add_entry: ::std::option::Option<::std::vec::Vec<crate::models::Entry>> =
            ::std::option::Option::None;
        let mut m_remove_entry: ::std::option::Option<::std::vec::Vec<RemoveEntry>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_prefix_list_id = r.decode()?,
                2 => m_prefix_list_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_add_entry = r.decode()?,
                5 => m_remove_entry = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyPrefixListRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            prefix_list_id: m_prefix_list_id.ok_or_else(|| r.missing("PrefixListId"))?,
            prefix_list_name: m_prefix_list_name,
            description: m_description,
            add_entry: m_add_entry,
            remove_entry: m_remove_entry,
        })
    }
}

/// The response of [`Client::modify_prefix_list`](crate::Client::modify_prefix_list) (`ModifyPrefixList`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrefixListResponse {
    /// `RequestId`.
    ///
    /// Example: `38793DB8-A4B2-4AEC-BFD3-111234E9188D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyPrefixListResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyPrefixListResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyPrefixListResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyPrefixListResponse::default();
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
