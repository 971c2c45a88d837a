//! `GetInstanceConsoleOutput`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/GetInstanceConsoleOutput>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "GetInstanceConsoleOutput",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoveSymbols",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::get_instance_console_output`](crate::Client::get_instance_console_output) (`GetInstanceConsoleOutput`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetInstanceConsoleOutputRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1c1xhsrac2coiw****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `RemoveSymbols` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "RemoveSymbols",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_symbols: ::std::option::Option<bool>,
}

impl GetInstanceConsoleOutputRequest {
    /// A `GetInstanceConsoleOutputRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            remove_symbols: ::std::option::Option::None,
        }
    }

    /// Sets `RemoveSymbols`.
    pub fn remove_symbols(mut self, value: bool) -> Self {
        self.remove_symbols = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for GetInstanceConsoleOutputRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "GetInstanceConsoleOutputRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                ("remove_symbols", d::opt(&self.remove_symbols)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for GetInstanceConsoleOutputRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "InstanceId", "RemoveSymbols"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_remove_symbols: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_remove_symbols = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(GetInstanceConsoleOutputRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            remove_symbols: m_remove_symbols,
        })
    }
}

/// The response of [`Client::get_instance_console_output`](crate::Client::get_instance_console_output) (`GetInstanceConsoleOutput`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetInstanceConsoleOutputResponse {
    /// `ConsoleOutput`.
    #[serde(
        rename = "ConsoleOutput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub console_output: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1c1xhsrac2coiw****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `LastUpdateTime`.
    ///
    /// Example: `2018-03-22 10:04:57`.
    #[serde(
        rename = "LastUpdateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_update_time: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for GetInstanceConsoleOutputResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "GetInstanceConsoleOutputResponse",
            &[
                ("console_output", d::opt(&self.console_output)),
                ("instance_id", d::opt(&self.instance_id)),
                ("last_update_time", d::opt(&self.last_update_time)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for GetInstanceConsoleOutputResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ConsoleOutput", "InstanceId", "LastUpdateTime", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = GetInstanceConsoleOutputResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.console_output = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.last_update_time = r.decode()?,
                3 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
