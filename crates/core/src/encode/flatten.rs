//! Flattening structured values into dotted wire parameters.
//!
//! Alibaba Cloud RPC APIs take nested values as flat `key=value` pairs:
//! lists become `Name.1`, `Name.2`, … and objects `Name.Member`, at any depth
//! (`Tag.1.Key`, `DataDisk.2.Category`, `LaunchConfiguration.SystemDisk.Size`).
//! Tencent Cloud's GET and legacy forms do the same with lists counted from 0.
//! This is a serde `Serializer`, so any `Serialize` value flattens without
//! first being copied into a JSON tree: one `String` per emitted pair.

use serde::ser::{self, Serialize};
use std::fmt;

/// Where list numbering starts: Alibaba Cloud counts from 1, Tencent Cloud from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ListBase {
    /// `Name.1`, `Name.2`, … (Alibaba Cloud).
    One,
    /// `Name.0`, `Name.1`, … (Tencent Cloud).
    Zero,
}

/// Appends the flattened pairs of `value` under `prefix` to `out`.
///
/// `None` values, unit values and empty lists and objects produce nothing;
/// an empty string produces `prefix=` (the vendors' SDKs do the same).
pub fn flatten_into<T: Serialize + ?Sized>(
    out: &mut Vec<(String, String)>,
    prefix: &str,
    value: &T,
    base: ListBase,
) -> Result<(), FlattenError> {
    let mut key = String::with_capacity(prefix.len() + 16);
    key.push_str(prefix);
    value.serialize(Flattener {
        out,
        key: &mut key,
        base,
    })
}

/// A value that cannot be sent as flat parameters (a map with non-string keys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlattenError(String);

impl fmt::Display for FlattenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FlattenError {}

impl ser::Error for FlattenError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        FlattenError(msg.to_string())
    }
}

/// Appends `.segment` (or just `segment` at the top) to the key.
fn push_segment(key: &mut String, segment: &str) {
    if !key.is_empty() {
        key.push('.');
    }
    key.push_str(segment);
}

/// Renders a float as Python's `str()` does for the values APIs use
/// (`1.0`, `0.5`), so flattened numbers match the official SDKs.
fn float_text(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{v:.1}")
    } else {
        v.to_string()
    }
}

struct Flattener<'a> {
    out: &'a mut Vec<(String, String)>,
    key: &'a mut String,
    base: ListBase,
}

impl<'a> Flattener<'a> {
    fn emit(self, value: String) -> Result<(), FlattenError> {
        self.out.push((self.key.clone(), value));
        Ok(())
    }

    fn child<T: Serialize + ?Sized>(&mut self, segment: &str, v: &T) -> Result<(), FlattenError> {
        let len = self.key.len();
        push_segment(self.key, segment);
        let result = v.serialize(Flattener {
            out: self.out,
            key: self.key,
            base: self.base,
        });
        self.key.truncate(len);
        result
    }

    fn seq(self) -> Seq<'a> {
        let next = match self.base {
            ListBase::One => 1,
            ListBase::Zero => 0,
        };
        Seq { inner: self, next }
    }
}

struct Seq<'a> {
    inner: Flattener<'a>,
    next: usize,
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), FlattenError> {
        let index = self.next.to_string();
        self.next += 1;
        self.inner.child(&index, v)
    }
}

struct Map<'a> {
    inner: Flattener<'a>,
    pending: Option<String>,
}

macro_rules! emit_display {
    ($($method:ident: $ty:ty),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result<(), FlattenError> {
            self.emit(v.to_string())
        })*
    };
}

impl<'a> ser::Serializer for Flattener<'a> {
    type Ok = ();
    type Error = FlattenError;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Map<'a>;
    type SerializeStruct = Map<'a>;
    type SerializeStructVariant = Map<'a>;

    emit_display!(
        serialize_bool: bool,
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_u128: u128,
        serialize_char: char,
    );

    fn serialize_f32(self, v: f32) -> Result<(), FlattenError> {
        self.emit(float_text(f64::from(v)))
    }
    fn serialize_f64(self, v: f64) -> Result<(), FlattenError> {
        self.emit(float_text(v))
    }
    fn serialize_str(self, v: &str) -> Result<(), FlattenError> {
        self.emit(v.to_owned())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), FlattenError> {
        self.emit(String::from_utf8_lossy(v).into_owned())
    }
    fn serialize_none(self) -> Result<(), FlattenError> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), FlattenError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), FlattenError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), FlattenError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), FlattenError> {
        self.emit(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), FlattenError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), FlattenError> {
        self.child(variant, v)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, FlattenError> {
        Ok(self.seq())
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq<'a>, FlattenError> {
        Ok(self.seq())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>, FlattenError> {
        Ok(self.seq())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, FlattenError> {
        Ok(self.seq())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map<'a>, FlattenError> {
        Ok(Map {
            inner: self,
            pending: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Map<'a>, FlattenError> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Map<'a>, FlattenError> {
        self.serialize_map(None)
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), FlattenError> {
        self.element(v)
    }
    fn end(self) -> Result<(), FlattenError> {
        Ok(())
    }
}

macro_rules! seq_like {
    ($($trait:ident :: $method:ident),*) => {
        $(impl ser::$trait for Seq<'_> {
            type Ok = ();
            type Error = FlattenError;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), FlattenError> {
                self.element(v)
            }
            fn end(self) -> Result<(), FlattenError> {
                Ok(())
            }
        })*
    };
}
seq_like!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Map<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), FlattenError> {
        self.pending = Some(k.serialize(KeyText)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), FlattenError> {
        let key = self
            .pending
            .take()
            .ok_or_else(|| FlattenError("map value without a key".into()))?;
        self.inner.child(&key, v)
    }
    fn end(self) -> Result<(), FlattenError> {
        Ok(())
    }
}

impl ser::SerializeStruct for Map<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        v: &T,
    ) -> Result<(), FlattenError> {
        self.inner.child(name, v)
    }
    fn end(self) -> Result<(), FlattenError> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Map<'_> {
    type Ok = ();
    type Error = FlattenError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        v: &T,
    ) -> Result<(), FlattenError> {
        self.inner.child(name, v)
    }
    fn end(self) -> Result<(), FlattenError> {
        Ok(())
    }
}

/// Turns a map key into text: strings, numbers, chars and bools are keys;
/// anything else is an error naming what it was.
struct KeyText;

macro_rules! key_display {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<String, FlattenError> { Ok(v.to_string()) })*
    };
}
macro_rules! key_reject {
    ($($method:ident($($arg:ty),*) -> $ret:ty),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ret, FlattenError> {
            Err(FlattenError(concat!("a map key must be text or a number, not from ", stringify!($method)).into()))
        })*
    };
}

impl ser::Serializer for KeyText {
    type Ok = String;
    type Error = FlattenError;
    type SerializeSeq = ser::Impossible<String, FlattenError>;
    type SerializeTuple = ser::Impossible<String, FlattenError>;
    type SerializeTupleStruct = ser::Impossible<String, FlattenError>;
    type SerializeTupleVariant = ser::Impossible<String, FlattenError>;
    type SerializeMap = ser::Impossible<String, FlattenError>;
    type SerializeStruct = ser::Impossible<String, FlattenError>;
    type SerializeStructVariant = ser::Impossible<String, FlattenError>;

    key_display!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
        serialize_str: &str
    );
    key_reject!(
        serialize_bytes(&[u8]) -> String,
        serialize_none() -> String,
        serialize_unit() -> String,
        serialize_unit_struct(&'static str) -> String,
        serialize_seq(Option<usize>) -> Self::SerializeSeq,
        serialize_tuple(usize) -> Self::SerializeTuple,
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct,
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant,
        serialize_map(Option<usize>) -> Self::SerializeMap,
        serialize_struct(&'static str, usize) -> Self::SerializeStruct,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant,
    );
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<String, FlattenError> {
        v.serialize(self)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, FlattenError> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, FlattenError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, FlattenError> {
        Err(FlattenError("a map key must be text or a number".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn flat<T: Serialize>(v: &T, base: ListBase) -> Vec<(String, String)> {
        let mut out = Vec::new();
        flatten_into(&mut out, "", v, base).unwrap();
        out
    }

    #[test]
    fn lists_count_from_the_chosen_base() {
        let v = BTreeMap::from([("Id", vec!["a", "b"])]);
        assert_eq!(flat(&v, ListBase::One)[1], ("Id.2".into(), "b".into()));
        assert_eq!(flat(&v, ListBase::Zero)[1], ("Id.1".into(), "b".into()));
    }

    #[test]
    fn non_text_map_keys_are_an_error_not_a_panic() {
        let v = BTreeMap::from([((1, 2), "x")]);
        let mut out = Vec::new();
        let err = flatten_into(&mut out, "P", &v, ListBase::One).unwrap_err();
        assert!(err.to_string().contains("map key"), "{err}");
    }

    #[test]
    fn floats_render_like_the_python_sdks() {
        assert_eq!(float_text(1.0), "1.0");
        assert_eq!(float_text(0.25), "0.25");
    }
}
