//! `RecognizeQrCode`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeQrCode>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeQrCode",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "Tasks",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &["Tasks.ImageURL"],
    };

/// The `Tasks` object of the request.
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct Task {
    /// `ImageURL`. Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeQrCode/RecognizeQrCode6.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl Task {
    /// A `Task` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for Task {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Task", &[("image_url", d::req(&self.image_url))])
    }
}

impl ::yun_core::json::Decode for Task {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageURL"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_url = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(Task {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The request of [`Client::recognize_qr_code`](crate::Client::recognize_qr_code) (`RecognizeQrCode`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQrCodeRequest {
    /// `Tasks` (form body, sent as `Tasks.1`, `Tasks.2`, …). Required.
    ///
    /// At most 10 items.
    #[serde(rename = "Tasks")]
    pub tasks: ::std::vec::Vec<Task>,
}

impl RecognizeQrCodeRequest {
    /// A `RecognizeQrCodeRequest` with its required members: `Tasks`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(tasks: ::std::vec::Vec<Task>) -> Self {
        Self { tasks }
    }
}

impl ::std::fmt::Debug for RecognizeQrCodeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeQrCodeRequest",
            &[("tasks", d::req(&self.tasks))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeQrCodeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Tasks"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_tasks: ::std::option::Option<::std::vec::Vec<Task>> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_tasks = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeQrCodeRequest {
            tasks: m_tasks.ok_or_else(|| r.missing("Tasks"))?,
        })
    }
}

/// The `Data.Elements.Results` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// `Label`.
    ///
    /// Example: `qrcode`.
    #[serde(
        rename = "Label",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub label: ::std::option::Option<::yun_core::Text>,
    /// `QrCodesData`.
    #[serde(
        rename = "QrCodesData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub qr_codes_data: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Rate`.
    ///
    /// Example: `99.91`.
    #[serde(
        rename = "Rate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rate: ::std::option::Option<f64>,
    /// `Suggestion`.
    ///
    /// Example: `review`.
    #[serde(
        rename = "Suggestion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub suggestion: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResultModel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResultModel",
            &[
                ("label", d::opt(&self.label)),
                ("qr_codes_data", d::opt(&self.qr_codes_data)),
                ("rate", d::opt(&self.rate)),
                ("suggestion", d::opt(&self.suggestion)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResultModel {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Label", "QrCodesData", "Rate", "Suggestion"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ResultModel::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.label = r.decode()?,
                1 => out.qr_codes_data = r.decode()?,
                2 => out.rate = r.decode()?,
                3 => out.suggestion = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Elements` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Element {
    /// `ImageURL`.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeQrCode/RecognizeQrCode6.jpg`.
    #[serde(
        rename = "ImageURL",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_url: ::std::option::Option<::yun_core::Text>,
    /// `Results`.
    #[serde(
        rename = "Results",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub results: ::std::option::Option<::std::vec::Vec<ResultModel>>,
    /// `TaskId`.
    ///
    /// Example: `img5iGtwVIxQzc4Nqy$L84yHd-1v****`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Element {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Element",
            &[
                ("image_url", d::opt(&self.image_url)),
                ("results", d::opt(&self.results)),
                ("task_id", d::opt(&self.task_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Element {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageURL", "Results", "TaskId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Element::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_url = r.decode()?,
                1 => out.results = r.decode()?,
                2 => out.task_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `Elements`.
    #[serde(
        rename = "Elements",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elements: ::std::option::Option<::std::vec::Vec<Element>>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Data", &[("elements", d::opt(&self.elements))])
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Elements"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.elements = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_qr_code`](crate::Client::recognize_qr_code) (`RecognizeQrCode`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQrCodeResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `A53DC437-F883-4968-86D5-EB21FB044692`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl RecognizeQrCodeResponse {
    /// The items of `Data` (through its wrapper), empty when absent.
    pub fn data(&self) -> &[Element] {
        self.data
            .as_ref()
            .and_then(|w| w.elements.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RecognizeQrCodeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeQrCodeResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeQrCodeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeQrCodeResponse::default();
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
