//! `GetAsyncJobResult`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/GetAsyncJobResult>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "GetAsyncJobResult",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "JobId",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::get_async_job_result`](crate::Client::get_async_job_result) (`GetAsyncJobResult`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetAsyncJobResultRequest {
    /// `JobId` (form body). Required.
    ///
    /// Example: `E75FE679-0303-4DD1-8252-1143B4FA8A27`.
    #[serde(rename = "JobId")]
    pub job_id: ::std::string::String,
}

impl GetAsyncJobResultRequest {
    /// A `GetAsyncJobResultRequest` with its required members: `JobId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(job_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            job_id: job_id.into(),
        }
    }
}

impl ::std::fmt::Debug for GetAsyncJobResultRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "GetAsyncJobResultRequest",
            &[("job_id", d::req(&self.job_id))],
        )
    }
}

impl ::yun_core::json::Decode for GetAsyncJobResultRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["JobId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_job_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_job_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(GetAsyncJobResultRequest {
            job_id: m_job_id.ok_or_else(|| r.missing("JobId"))?,
        })
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `ErrorCode`.
    ///
    /// Example: `InvalidParameter`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::yun_core::Text>,
    /// `ErrorMessage`.
    ///
    /// Example: `paramsIllegal`.
    #[serde(
        rename = "ErrorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_message: ::std::option::Option<::yun_core::Text>,
    /// `JobId`.
    ///
    /// Example: `49E2CC28-ED1D-4CC5-854D-7D0AE2B20976`.
    #[serde(
        rename = "JobId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_id: ::std::option::Option<::yun_core::Text>,
    /// `Result`.
    #[serde(
        rename = "Result",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `PROCESS_SUCCESS`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("error_code", d::opt(&self.error_code)),
                ("error_message", d::opt(&self.error_message)),
                ("job_id", d::opt(&self.job_id)),
                ("result", d::opt(&self.result)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ErrorCode", "ErrorMessage", "JobId", "Result", "Status"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.error_code = r.decode()?,
                1 => out.error_message = r.decode()?,
                2 => out.job_id = r.decode()?,
                3 => out.result = r.decode()?,
                4 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::get_async_job_result`](crate::Client::get_async_job_result) (`GetAsyncJobResult`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetAsyncJobResultResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `A1F44EC4-118D-4A03-B213-F908F36F7DAA`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for GetAsyncJobResultResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "GetAsyncJobResultResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for GetAsyncJobResultResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = GetAsyncJobResultResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
