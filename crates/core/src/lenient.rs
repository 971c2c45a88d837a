//! Tolerant JSON decoding: real responses do not always match the metadata.
//!
//! [`Lenient`] wraps serde_json's deserializer and coerces on request: a
//! number sent as a string (`"10"`) fills an integer field, a number or
//! boolean fills a string field, `"true"` fills a boolean, an object or list
//! where text was declared is kept as its JSON text, and `null` or `""` in an
//! optional field reads as absent. Integers are parsed exactly (no detour
//! through `f64`), so int64 values beyond 2^53 survive.
//!
//! Every nested value is read through the same wrapper type, so a generated
//! type's `Deserialize` is instantiated once, not once per coercion path.

use serde::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde::forward_to_deserialize_any;
use std::fmt;

/// Decodes `T` from JSON bytes with the coercions above; the whole input
/// must be one JSON value.
pub(crate) fn from_slice<'de, T: de::Deserialize<'de>>(
    bytes: &'de [u8],
) -> Result<T, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = T::deserialize(Lenient(&mut de))?;
    de.end()?;
    Ok(value)
}

/// A deserializer that coerces mismatched scalars (see the module docs).
pub struct Lenient<D>(D);

/// Feeds a seed through [`Lenient`], for nested values.
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Lenient(d))
    }
}

struct Seq<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Seq<A> {
    type Error = A::Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct Map<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<A> {
    type Error = A::Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// Wraps a visitor so that lists and objects it is given stay lenient.
struct Nested<V>(V);

macro_rules! pass_scalars {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> { self.0.$method(v) })*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Nested<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    pass_scalars!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64,
        visit_str: &str, visit_string: String, visit_borrowed_str: &'de str);
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Lenient(d))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Seq(seq))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Map(map))
    }
}

/// Reads an optional value: `null` and `""` are absent.
struct OptionOf<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for OptionOf<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_some(Lenient(v.into_deserializer()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_some(Lenient(v.into_deserializer()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_some(Lenient(v.into_deserializer()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        self.0.visit_some(Lenient(v.into_deserializer()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        if v.is_empty() {
            return self.0.visit_none();
        }
        self.0
            .visit_some(Lenient(de::value::StrDeserializer::new(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0
            .visit_some(Lenient(de::value::SeqAccessDeserializer::new(seq)))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0
            .visit_some(Lenient(de::value::MapAccessDeserializer::new(map)))
    }
}

/// Reads an integer or float from a number, a numeric string, or a boolean.
struct Number<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Number<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_i64(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_u64(v)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        // 10.0 where an integer was declared: take it as 10.
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            self.0.visit_i64(v as i64)
        } else {
            self.0.visit_f64(v)
        }
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_u64(u64::from(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        let t = v.trim();
        if let Ok(i) = t.parse::<i64>() {
            self.0.visit_i64(i)
        } else if let Ok(u) = t.parse::<u64>() {
            self.0.visit_u64(u)
        } else if let Ok(f) = t.parse::<f64>() {
            self.visit_f64(f)
        } else {
            Err(E::invalid_value(de::Unexpected::Str(v), &"a number"))
        }
    }
}

/// Reads a boolean from a boolean, `"true"`/`"false"` or 0/1.
struct Bool<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Bool<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_bool(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_bool(v != 0)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_bool(v != 0)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        match v.trim() {
            t if t.eq_ignore_ascii_case("true") || t == "1" => self.0.visit_bool(true),
            t if t.eq_ignore_ascii_case("false") || t == "0" => self.0.visit_bool(false),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &"a boolean")),
        }
    }
}

/// Reads text from a string, a number, a boolean, or (kept as JSON text)
/// an object or list.
struct Text<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Text<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.0.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.0.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.0.visit_string(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_string(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_string(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        self.0.visit_string(v.to_string())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_string(v.to_string())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        let value: serde_json::Value =
            de::Deserialize::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        self.0.visit_string(value.to_string())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        let value: serde_json::Value =
            de::Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))?;
        self.0.visit_string(value.to_string())
    }
}

macro_rules! coerce {
    ($wrapper:ident: $($method:ident),*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_any($wrapper(visitor))
        })*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Lenient<D> {
    type Error = D::Error;

    coerce!(Number: deserialize_i8, deserialize_i16, deserialize_i32, deserialize_i64,
        deserialize_i128, deserialize_u8, deserialize_u16, deserialize_u32, deserialize_u64,
        deserialize_u128, deserialize_f32, deserialize_f64);
    coerce!(Bool: deserialize_bool);
    coerce!(Text: deserialize_str, deserialize_string, deserialize_char);
    coerce!(Nested: deserialize_any, deserialize_seq, deserialize_map);
    coerce!(OptionOf: deserialize_option);

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Nested(visitor))
    }
    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Nested(visitor))
    }

    forward_to_deserialize_any! {
        bytes byte_buf unit unit_struct newtype_struct tuple_struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug, PartialEq, Default)]
    #[serde(default)]
    struct T {
        #[serde(rename = "N")]
        n: Option<i32>,
        #[serde(rename = "Big")]
        big: Option<i64>,
        #[serde(rename = "S")]
        s: Option<String>,
        #[serde(rename = "B")]
        b: Option<bool>,
        #[serde(rename = "F")]
        f: Option<f64>,
        #[serde(rename = "L")]
        l: Option<Vec<T>>,
        #[serde(rename = "Any")]
        any: Option<serde_json::Value>,
    }

    #[test]
    fn coerces_scalars_both_ways() {
        let t: T = from_slice(
            br#"{"N":"10","Big":"9007199254740993","S":42,"B":"true","F":"1.5","X":{"ignored":1}}"#,
        )
        .unwrap();
        assert_eq!(t.n, Some(10));
        assert_eq!(t.big, Some(9_007_199_254_740_993));
        assert_eq!(t.s.as_deref(), Some("42"));
        assert_eq!(t.b, Some(true));
        assert_eq!(t.f, Some(1.5));
        let t: T =
            from_slice(br#"{"N":10.0,"S":{"a":[1,2]},"B":0,"L":[{"N":"1"},{"S":true}]}"#).unwrap();
        assert_eq!(t.n, Some(10));
        assert_eq!(t.s.as_deref(), Some(r#"{"a":[1,2]}"#));
        assert_eq!(t.b, Some(false));
        assert_eq!(t.l.unwrap()[1].s.as_deref(), Some("true"));
    }

    #[test]
    fn null_and_empty_string_are_absent_and_exact_big_integers_survive() {
        let t: T =
            from_slice(br#"{"N":"","Big":null,"S":"","Any":{"k":18446744073709551615}}"#).unwrap();
        assert_eq!((t.n, t.big, t.s), (None, None, None));
        assert_eq!(t.any.unwrap()["k"].as_u64(), Some(u64::MAX));
        let t: T = from_slice(br#"{"Big":9223372036854775807}"#).unwrap();
        assert_eq!(t.big, Some(i64::MAX));
    }

    #[test]
    fn what_cannot_be_coerced_is_an_error_not_a_panic() {
        for bad in [
            &br#"{"N":"ten"}"#[..],
            br#"{"N":[1]}"#,
            br#"{"B":"maybe"}"#,
            br#"{"N":1e400}"#,
            b"{",
            br#""text""#,
            br#"{"L":{"N":1}}"#,
        ] {
            assert!(
                from_slice::<T>(bad).is_err(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
