//! `RecognizeBusinessLicense`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeBusinessLicense>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeBusinessLicense",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::recognize_business_license`](crate::Client::recognize_business_license) (`RecognizeBusinessLicense`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeBusinessLicenseRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeBusinessLicenseRequest {
    /// A `RecognizeBusinessLicenseRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for RecognizeBusinessLicenseRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeBusinessLicenseRequest",
            &[("image_url", d::req(&self.image_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeBusinessLicenseRequest {
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

        ::std::result::Result::Ok(RecognizeBusinessLicenseRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The `Data.Emblem` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Emblem {
    /// `Height`.
    ///
    /// Example: `163`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    ///
    /// Example: `366`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    ///
    /// Example: `8`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `162`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Emblem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Emblem",
            &[
                ("height", d::opt(&self.height)),
                ("left", d::opt(&self.left)),
                ("top", d::opt(&self.top)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Emblem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Height", "Left", "Top", "Width"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Emblem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.height = r.decode()?,
                1 => out.left = r.decode()?,
                2 => out.top = r.decode()?,
                3 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.QRCode` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct QrCode {
    /// `Height`.
    ///
    /// Example: `132`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    ///
    /// Example: `156`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    ///
    /// Example: `914`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `126`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for QrCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "QrCode",
            &[
                ("height", d::opt(&self.height)),
                ("left", d::opt(&self.left)),
                ("top", d::opt(&self.top)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for QrCode {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Height", "Left", "Top", "Width"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = QrCode::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.height = r.decode()?,
                1 => out.left = r.decode()?,
                2 => out.top = r.decode()?,
                3 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Stamp` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Stamp {
    /// `Height`.
    ///
    /// Example: `154`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    ///
    /// Example: `650`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    ///
    /// Example: `1030`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `154`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Stamp {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Stamp",
            &[
                ("height", d::opt(&self.height)),
                ("left", d::opt(&self.left)),
                ("top", d::opt(&self.top)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Stamp {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Height", "Left", "Top", "Width"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Stamp::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.height = r.decode()?,
                1 => out.left = r.decode()?,
                2 => out.top = r.decode()?,
                3 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Title` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Title {
    /// `Height`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    ///
    /// Example: `10`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Title {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Title",
            &[
                ("height", d::opt(&self.height)),
                ("left", d::opt(&self.left)),
                ("top", d::opt(&self.top)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Title {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Height", "Left", "Top", "Width"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Title::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.height = r.decode()?,
                1 => out.left = r.decode()?,
                2 => out.top = r.decode()?,
                3 => out.width = r.decode()?,
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
    /// `Address`.
    ///
    /// Example: `浙江省杭州市西湖区转塘科技经济区块888号888幢`.
    #[serde(
        rename = "Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address: ::std::option::Option<::yun_core::Text>,
    /// `Angle`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<f64>,
    /// `Business`.
    ///
    /// Example: `网络技术服务；网站建设；销售：I类医疗器械、保健用品（不含保健食品）等`.
    #[serde(
        rename = "Business",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business: ::std::option::Option<::yun_core::Text>,
    /// `Capital`.
    ///
    /// Example: `壹百万元整`.
    #[serde(
        rename = "Capital",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capital: ::std::option::Option<::yun_core::Text>,
    /// `Emblem`.
    #[serde(
        rename = "Emblem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub emblem: ::std::option::Option<Emblem>,
    /// `EstablishDate`.
    ///
    /// Example: `20150504`.
    #[serde(
        rename = "EstablishDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub establish_date: ::std::option::Option<::yun_core::Text>,
    /// `LegalPerson`.
    ///
    /// Example: `李四`.
    #[serde(
        rename = "LegalPerson",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub legal_person: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `某某电子商务有限公司`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `QRCode`.
    #[serde(
        rename = "QRCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub qr_code: ::std::option::Option<QrCode>,
    /// `RegisterNumber`.
    ///
    /// Example: `91500108320423****`.
    #[serde(
        rename = "RegisterNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub register_number: ::std::option::Option<::yun_core::Text>,
    /// `Stamp`.
    #[serde(
        rename = "Stamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stamp: ::std::option::Option<Stamp>,
    /// `Title`.
    #[serde(
        rename = "Title",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub title: ::std::option::Option<Title>,
    /// `Type`.
    ///
    /// Example: `有限责任公司`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `ValidPeriod`.
    ///
    /// Example: `29991231`.
    #[serde(
        rename = "ValidPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_period: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("address", d::opt(&self.address)),
                ("angle", d::opt(&self.angle)),
                ("business", d::opt(&self.business)),
                ("capital", d::opt(&self.capital)),
                ("emblem", d::opt(&self.emblem)),
                ("establish_date", d::opt(&self.establish_date)),
                ("legal_person", d::opt(&self.legal_person)),
                ("name", d::opt(&self.name)),
                ("qr_code", d::opt(&self.qr_code)),
                ("register_number", d::opt(&self.register_number)),
                ("stamp", d::opt(&self.stamp)),
                ("title", d::opt(&self.title)),
                ("type", d::opt(&self.r#type)),
                ("valid_period", d::opt(&self.valid_period)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Address",
            "Angle",
            "Business",
            "Capital",
            "Emblem",
            "EstablishDate",
            "LegalPerson",
            "Name",
            "QRCode",
            "RegisterNumber",
            "Stamp",
            "Title",
            "Type",
            "ValidPeriod",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.address = r.decode()?,
                1 => out.angle = r.decode()?,
                2 => out.business = r.decode()?,
                3 => out.capital = r.decode()?,
                4 => out.emblem = r.decode()?,
                5 => out.establish_date = r.decode()?,
                6 => out.legal_person = r.decode()?,
                7 => out.name = r.decode()?,
                8 => out.qr_code = r.decode()?,
                9 => out.register_number = r.decode()?,
                10 => out.stamp = r.decode()?,
                11 => out.title = r.decode()?,
                12 => out.r#type = r.decode()?,
                13 => out.valid_period = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_business_license`](crate::Client::recognize_business_license) (`RecognizeBusinessLicense`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeBusinessLicenseResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `F34D031B-02BD-4A59-BA35-EE068DD6F6E6`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeBusinessLicenseResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeBusinessLicenseResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeBusinessLicenseResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeBusinessLicenseResponse::default();
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
