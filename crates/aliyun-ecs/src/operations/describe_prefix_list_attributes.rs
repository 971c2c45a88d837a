//! `DescribePrefixListAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrefixListAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribePrefixListAttributes",
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
                name: "PrefixListId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_prefix_list_attributes`](crate::Client::describe_prefix_list_attributes) (`DescribePrefixListAttributes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePrefixListAttributesRequest {
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
}

impl DescribePrefixListAttributesRequest {
    /// A `DescribePrefixListAttributesRequest` with its required members: `RegionId`, `PrefixListId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        prefix_list_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            prefix_list_id: prefix_list_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DescribePrefixListAttributesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePrefixListAttributesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("prefix_list_id", d::req(&self.prefix_list_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePrefixListAttributesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "PrefixListId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_prefix_list_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribePrefixListAttributesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            prefix_list_id: m_prefix_list_id.ok_or_else(|| r.missing("PrefixListId"))?,
        })
    }
}

/// The `Entries.Entry` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseEntry {
    /// `Cidr`.
    ///
    /// Example: `192.168.1.0/24`.
    #[serde(
        rename = "Cidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `Description Sample 01`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResponseEntry {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseEntry",
            &[
                ("cidr", d::opt(&self.cidr)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponseEntry {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Cidr", "Description"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ResponseEntry::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cidr = r.decode()?,
                1 => out.description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Entries` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Entries {
    /// `Entry`.
    #[serde(
        rename = "Entry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entry: ::std::option::Option<::std::vec::Vec<ResponseEntry>>,
}

impl ::std::fmt::Debug for Entries {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Entries", &[("entry", d::opt(&self.entry))])
    }
}

impl ::yun_core::json::Decode for Entries {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Entry"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Entries::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.entry = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_prefix_list_attributes`](crate::Client::describe_prefix_list_attributes) (`DescribePrefixListAttributes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePrefixListAttributesResponse {
    /// `AddressFamily`.
    ///
    /// Example: `IPv4`.
    #[serde(
        rename = "AddressFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_family: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2021-02-20T07:11Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `Entries`.
    #[serde(
        rename = "Entries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entries: ::std::option::Option<Entries>,
    /// `MaxEntries`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxEntries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_entries: ::std::option::Option<i64>,
    /// `PrefixListId`.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "PrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_id: ::std::option::Option<::yun_core::Text>,
    /// `PrefixListName`.
    ///
    /// Example: `PrefixListNameSample`.
    #[serde(
        rename = "PrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_list_name: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `38793DB8-A4B2-4AEC-BFD3-111234E9188D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribePrefixListAttributesResponse {
    /// The items of `Entries` (through its wrapper), empty when absent.
    pub fn entries(&self) -> &[ResponseEntry] {
        self.entries
            .as_ref()
            .and_then(|w| w.entry.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribePrefixListAttributesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePrefixListAttributesResponse",
            &[
                ("address_family", d::opt(&self.address_family)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("entries", d::opt(&self.entries)),
                ("max_entries", d::opt(&self.max_entries)),
                ("prefix_list_id", d::opt(&self.prefix_list_id)),
                ("prefix_list_name", d::opt(&self.prefix_list_name)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePrefixListAttributesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AddressFamily",
            "CreationTime",
            "Description",
            "Entries",
            "MaxEntries",
            "PrefixListId",
            "PrefixListName",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = DescribePrefixListAttributesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.address_family = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.entries = r.decode()?,
                4 => out.max_entries = r.decode()?,
                5 => out.prefix_list_id = r.decode()?,
                6 => out.prefix_list_name = r.decode()?,
                7 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
