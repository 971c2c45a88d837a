//! `CreatePrefixList`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreatePrefixList>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreatePrefixList",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxEntries",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AddressFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
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
                name: "Entry",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &["Entry.Cidr"],
    };

/// The request of [`Client::create_prefix_list`](crate::Client::create_prefix_list) (`CreatePrefixList`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePrefixListRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-chengdu`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `MaxEntries` (query). Required.
    ///
    /// From 1 to 200.
    ///
    /// Example: `10`.
    #[serde(rename = "MaxEntries")]
    pub max_entries: i32,
    /// `AddressFamily` (query). Required.
    ///
    /// Example: `IPv4`.
    #[serde(rename = "AddressFamily")]
    pub address_family: ::std::string::String,
    /// `ClientToken` (query).
    ///
    /// Example: `0c593ea1-3bea-11e9-b96b-88e9fe637760`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `PrefixListName` (query). Required.
    ///
    /// Example: `PrefixListNameSample`.
    #[serde(rename = "PrefixListName")]
    pub prefix_list_name: ::std::string::String,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Entry` (query, sent as `Entry.1`, `Entry.2`, …).
    ///
    /// At most 201 items.
    #[serde(
        rename = "Entry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entry: ::std::option::Option<::std::vec::Vec<crate::models::Entry>>,
}

impl CreatePrefixListRequest {
    /// A `CreatePrefixListRequest` with its required members: `RegionId`, `MaxEntries`, `AddressFamily`, `PrefixListName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        max_entries: i32,
        address_family: impl ::std::convert::Into<::std::string::String>,
        prefix_list_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            max_entries,
            address_family: address_family.into(),
            client_token: ::std::option::Option::None,
            prefix_list_name: prefix_list_name.into(),
            description: ::std::option::Option::None,
            entry: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Entry`.
    pub fn entry(mut self, value: ::std::vec::Vec<crate::models::Entry>) -> Self {
        self.entry = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreatePrefixListRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreatePrefixListRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("max_entries", d::req(&self.max_entries)),
                ("address_family", d::req(&self.address_family)),
                ("client_token", d::opt(&self.client_token)),
                ("prefix_list_name", d::req(&self.prefix_list_name)),
                ("description", d::opt(&self.description)),
                ("entry", d::opt(&self.entry)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreatePrefixListRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "MaxEntries",
            "AddressFamily",
            "ClientToken",
            "PrefixListName",
            "Description",
            "Entry",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_entries: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_address_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_entry: ::std::option::Option<::std::vec::Vec<crate::models::Entry>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_max_entries = r.decode()?,
                2 => m_address_family = r.decode()?,
                3 => m_client_token = r.decode()?,
                4 => m_prefix_list_name = r.decode()?,
                5 => m_description = r.decode()?,
                6 => m_entry = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreatePrefixListRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            max_entries: m_max_entries.ok_or_else(|| r.missing("MaxEntries"))?,
            address_family: m_address_family.ok_or_else(|| r.missing("AddressFamily"))?,
            client_token: m_client_token,
            prefix_list_name: m_prefix_list_name.ok_or_else(|| r.missing("PrefixListName"))?,
            description: m_description,
            entry: m_entry,
        })
    }
}

/// The response of [`Client::create_prefix_list`](crate::Client::create_prefix_list) (`CreatePrefixList`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreatePrefixListResponse {
    /// `PrefixListId`.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "PrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `38793DB8-A4B2-4AEC-BFD3-111234E9188D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreatePrefixListResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreatePrefixListResponse",
            &[
                ("prefix_list_id", d::opt(&self.prefix_list_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreatePrefixListResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PrefixListId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreatePrefixListResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.prefix_list_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
