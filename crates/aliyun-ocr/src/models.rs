//! Objects shared by the operations' requests and responses.

/// The `Data.FrontResult.CardAreas` object, declared alike in the responses of 2 operations (`RecognizeIdentityCard` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CardAreas {
    /// `X`.
    ///
    /// Example: `132`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    ///
    /// Example: `485`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for CardAreas {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CardAreas",
            &[("x", d::opt(&self.x)), ("y", d::opt(&self.y))],
        )
    }
}

impl ::yun_core::json::Decode for CardAreas {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["X", "Y"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CardAreas::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.x = r.decode()?,
                1 => out.y = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.KeyValueInfos` object, declared alike in the responses of 2 operations (`RecognizeQuotaInvoice` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct KeyValueInfos {
    /// `Key`.
    ///
    /// Example: `大写金额`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `壹拾元整`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
    /// `ValuePositions`.
    #[serde(
        rename = "ValuePositions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_positions: ::std::option::Option<::std::vec::Vec<crate::models::Position>>,
    /// `ValueScore`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "ValueScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_score: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for KeyValueInfos {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "KeyValueInfos",
            &[
                ("key", d::opt(&self.key)),
                ("value", d::opt(&self.value)),
                ("value_positions", d::opt(&self.value_positions)),
                ("value_score", d::opt(&self.value_score)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for KeyValueInfos {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Key", "Value", "ValuePositions", "ValueScore"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = KeyValueInfos::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key = r.decode()?,
                1 => out.value = r.decode()?,
                2 => out.value_positions = r.decode()?,
                3 => out.value_score = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Plates.Positions` object, declared alike in the responses of 4 operations (`RecognizeLicensePlate` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Position {
    /// `X`.
    ///
    /// Example: `466`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    ///
    /// Example: `293`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Position {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Position",
            &[("x", d::opt(&self.x)), ("y", d::opt(&self.y))],
        )
    }
}

impl ::yun_core::json::Decode for Position {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["X", "Y"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Position::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.x = r.decode()?,
                1 => out.y = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
