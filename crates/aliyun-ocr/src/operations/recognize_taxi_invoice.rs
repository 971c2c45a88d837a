//! `RecognizeTaxiInvoice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTaxiInvoice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeTaxiInvoice",
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

/// The request of [`Client::recognize_taxi_invoice`](crate::Client::recognize_taxi_invoice) (`RecognizeTaxiInvoice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTaxiInvoiceRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeTaxiInvoice/RecognizeTaxiInvoice2.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeTaxiInvoiceRequest {
    /// A `RecognizeTaxiInvoiceRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for RecognizeTaxiInvoiceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTaxiInvoiceRequest",
            &[("image_url", d::req(&self.image_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTaxiInvoiceRequest {
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

        ::std::result::Result::Ok(RecognizeTaxiInvoiceRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The `Data.Invoices.InvoiceRoi` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InvoiceRoi {
    /// `H`.
    ///
    /// Example: `3625`.
    #[serde(rename = "H", skip_serializing_if = "::std::option::Option::is_none")]
    pub h: ::std::option::Option<f64>,
    /// `W`.
    ///
    /// Example: `1773`.
    #[serde(rename = "W", skip_serializing_if = "::std::option::Option::is_none")]
    pub w: ::std::option::Option<f64>,
    /// `X`.
    ///
    /// Example: `513`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    ///
    /// Example: `302`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for InvoiceRoi {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InvoiceRoi",
            &[
                ("h", d::opt(&self.h)),
                ("w", d::opt(&self.w)),
                ("x", d::opt(&self.x)),
                ("y", d::opt(&self.y)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InvoiceRoi {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["H", "W", "X", "Y"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = InvoiceRoi::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.h = r.decode()?,
                1 => out.w = r.decode()?,
                2 => out.x = r.decode()?,
                3 => out.y = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Invoices.Items.ItemRoi.Size` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Size {
    /// `H`.
    ///
    /// Example: `81.999984741210938`.
    #[serde(rename = "H", skip_serializing_if = "::std::option::Option::is_none")]
    pub h: ::std::option::Option<f64>,
    /// `W`.
    ///
    /// Example: `887.9998779296875`.
    #[serde(rename = "W", skip_serializing_if = "::std::option::Option::is_none")]
    pub w: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for Size {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Size", &[("h", d::opt(&self.h)), ("w", d::opt(&self.w))])
    }
}

impl ::yun_core::json::Decode for Size {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["H", "W"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Size::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.h = r.decode()?,
                1 => out.w = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Invoices.Items.ItemRoi` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ItemRoi {
    /// `Angle`.
    ///
    /// Example: `-90`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<f64>,
    /// `Center`.
    #[serde(
        rename = "Center",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub center: ::std::option::Option<crate::models::CardAreas>,
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<Size>,
}

impl ::std::fmt::Debug for ItemRoi {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ItemRoi",
            &[
                ("angle", d::opt(&self.angle)),
                ("center", d::opt(&self.center)),
                ("size", d::opt(&self.size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ItemRoi {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Angle", "Center", "Size"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ItemRoi::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.angle = r.decode()?,
                1 => out.center = r.decode()?,
                2 => out.size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Invoices.Items` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Item {
    /// `ItemRoi`.
    #[serde(
        rename = "ItemRoi",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub item_roi: ::std::option::Option<ItemRoi>,
    /// `Text`.
    ///
    /// Example: `86655664`.
    #[serde(
        rename = "Text",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Item {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Item",
            &[
                ("item_roi", d::opt(&self.item_roi)),
                ("text", d::opt(&self.text)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Item {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ItemRoi", "Text"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Item::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.item_roi = r.decode()?,
                1 => out.text = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Invoices` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Invoice {
    /// `InvoiceRoi`.
    #[serde(
        rename = "InvoiceRoi",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_roi: ::std::option::Option<InvoiceRoi>,
    /// `Items`.
    #[serde(
        rename = "Items",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items: ::std::option::Option<::std::vec::Vec<Item>>,
    /// `RotateType`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "RotateType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rotate_type: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Invoice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Invoice",
            &[
                ("invoice_roi", d::opt(&self.invoice_roi)),
                ("items", d::opt(&self.items)),
                ("rotate_type", d::opt(&self.rotate_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Invoice {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InvoiceRoi", "Items", "RotateType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Invoice::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invoice_roi = r.decode()?,
                1 => out.items = r.decode()?,
                2 => out.rotate_type = r.decode()?,
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
    /// `Invoices`.
    #[serde(
        rename = "Invoices",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoices: ::std::option::Option<::std::vec::Vec<Invoice>>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Data", &[("invoices", d::opt(&self.invoices))])
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Invoices"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invoices = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_taxi_invoice`](crate::Client::recognize_taxi_invoice) (`RecognizeTaxiInvoice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTaxiInvoiceResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `B2BBBD26-1D3E-4CFA-A80B-6A9266B8D125`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl RecognizeTaxiInvoiceResponse {
    /// The items of `Data` (through its wrapper), empty when absent.
    pub fn data(&self) -> &[Invoice] {
        self.data
            .as_ref()
            .and_then(|w| w.invoices.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RecognizeTaxiInvoiceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTaxiInvoiceResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTaxiInvoiceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeTaxiInvoiceResponse::default();
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
