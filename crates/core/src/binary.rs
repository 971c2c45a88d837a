//! Bytes as a request member, and the `multipart/form-data` body they travel
//! in.
//!
//! A few Tencent Cloud actions take a file's bytes (members of type
//! `binary`, such as `File` of cii's `DescribeQualityScore`). The official
//! SDKs send such an action as `multipart/form-data`: one part per
//! parameter, the byte members as file parts (`filename` = the member's
//! name), text as it is, numbers and booleans as written in JSON, lists and
//! objects as JSON with `Content-Type: application/json`; the whole body is
//! signed with TC3 like any other. yun builds the same body from the
//! request's `Serialize`: a [`Blob`] serializes as bytes, which is how the
//! encoder tells a file part from a text one.

use bytes::Bytes;
use serde::ser::{self, Impossible, Serialize, Serializer};
use std::fmt;

/// The bytes of a file sent as a request member.
///
/// Made from a `Vec<u8>`, [`Bytes`], a `&'static [u8]` or a `String`; cheap
/// to clone. `Debug` shows the length only.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Blob(Bytes);

impl Blob {
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, without copying.
    pub fn into_bytes(self) -> Bytes {
        self.0
    }
}

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl From<Bytes> for Blob {
    fn from(b: Bytes) -> Self {
        Blob(b)
    }
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Self {
        Blob(Bytes::from(v))
    }
}

impl From<&'static [u8]> for Blob {
    fn from(v: &'static [u8]) -> Self {
        Blob(Bytes::from_static(v))
    }
}

impl From<String> for Blob {
    fn from(v: String) -> Self {
        Blob(Bytes::from(v))
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

/// Read from text, so a request can be written as JSON (tests, fixtures).
impl crate::json::Decode for Blob {
    fn decode(r: &mut crate::json::Reader<'_>) -> Result<Self, crate::json::DecodeError> {
        r.text().map(|t| Blob::from(t.into_owned()))
    }
}

/// `multipart/form-data; boundary=<boundary>`.
pub fn content_type(boundary: &str) -> String {
    format!("multipart/form-data; boundary={boundary}")
}

/// The form body for `params` (a struct or map), parts in member order;
/// absent members are left out. `boundary` must not occur in any part
/// (yun uses a fresh random one per request).
pub fn multipart_body<P: Serialize + ?Sized>(
    params: &P,
    boundary: &str,
) -> Result<Vec<u8>, String> {
    let mut form = Form {
        boundary,
        body: Vec::new(),
        key: None,
    };
    params.serialize(&mut form).map_err(|e| e.0)?;
    if !form.body.is_empty() {
        form.body.extend_from_slice(b"--");
        form.body.extend_from_slice(boundary.as_bytes());
        form.body.extend_from_slice(b"--\r\n");
    }
    Ok(form.body)
}

#[derive(Debug)]
struct FormError(String);

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FormError {}

impl ser::Error for FormError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        FormError(msg.to_string())
    }
}

struct Form<'b> {
    boundary: &'b str,
    body: Vec<u8>,
    /// A map's key, waiting for its value.
    key: Option<String>,
}

/// How a part is labelled.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Bytes: `filename` set to the member's name.
    File,
    Text,
    /// A list or object, as JSON.
    Json,
}

impl Form<'_> {
    /// Writes the part for one parameter (nothing when it is absent).
    fn part<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), FormError> {
        match value.serialize(PartValue { form: self, name }) {
            Err(e) if e.0 == JSON => {
                let json =
                    serde_json::to_vec(value).map_err(|e| FormError(format!("{name}: {e}")))?;
                self.write_part(name, Kind::Json, &json);
                Ok(())
            }
            other => other,
        }
    }

    fn write_part(&mut self, name: &str, kind: Kind, data: &[u8]) {
        let body = &mut self.body;
        body.extend_from_slice(b"--");
        body.extend_from_slice(self.boundary.as_bytes());
        body.extend_from_slice(b"\r\nContent-Disposition: form-data; name=\"");
        body.extend_from_slice(name.as_bytes());
        body.push(b'"');
        match kind {
            Kind::File => {
                body.extend_from_slice(b"; filename=\"");
                body.extend_from_slice(name.as_bytes());
                body.extend_from_slice(b"\"\r\n");
            }
            Kind::Text => body.extend_from_slice(b"\r\n"),
            Kind::Json => body.extend_from_slice(b"\r\nContent-Type: application/json\r\n"),
        }
        body.extend_from_slice(b"\r\n");
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
}

/// Methods that only fail, with `$err`.
macro_rules! fail_with {
    ($err:expr; $($method:ident($($arg:ty),*) -> $ret:ty),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ret, FormError> { Err($err) })*
    };
}

/// Scalars that become text parts as they print.
macro_rules! as_text {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result<(), FormError> { self.text(&v.to_string()) })*
    };
}

fn not_an_object() -> FormError {
    FormError("the parameters must be an object".into())
}

impl<'a, 'b> Serializer for &'a mut Form<'b> {
    type Ok = ();
    type Error = FormError;
    type SerializeSeq = Impossible<(), FormError>;
    type SerializeTuple = Impossible<(), FormError>;
    type SerializeTupleStruct = Impossible<(), FormError>;
    type SerializeTupleVariant = Impossible<(), FormError>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), FormError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, FormError> {
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, FormError> {
        Ok(self)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), FormError> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), FormError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), FormError> {
        Err(not_an_object())
    }

    // Everything but a struct or map is refused at the top level.
    fail_with!(not_an_object();
        serialize_bool(bool) -> (), serialize_i8(i8) -> (), serialize_i16(i16) -> (),
        serialize_i32(i32) -> (), serialize_i64(i64) -> (), serialize_u8(u8) -> (),
        serialize_u16(u16) -> (), serialize_u32(u32) -> (), serialize_u64(u64) -> (),
        serialize_f32(f32) -> (), serialize_f64(f64) -> (), serialize_char(char) -> (),
        serialize_str(&str) -> (), serialize_bytes(&[u8]) -> (), serialize_none() -> (),
        serialize_unit() -> (), serialize_unit_struct(&'static str) -> (),
        serialize_unit_variant(&'static str, u32, &'static str) -> (),
        serialize_seq(Option<usize>) -> Self::SerializeSeq,
        serialize_tuple(usize) -> Self::SerializeTuple,
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct,
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant,
    );
}

impl ser::SerializeStruct for &mut Form<'_> {
    type Ok = ();
    type Error = FormError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), FormError> {
        self.part(key, value)
    }
    fn end(self) -> Result<(), FormError> {
        Ok(())
    }
}

impl ser::SerializeMap for &mut Form<'_> {
    type Ok = ();
    type Error = FormError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), FormError> {
        match serde_json::to_value(key) {
            Ok(serde_json::Value::String(name)) => {
                self.key = Some(name);
                Ok(())
            }
            _ => Err(FormError("parameter names must be text".into())),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FormError> {
        let name = self.key.take().unwrap_or_default();
        self.part(&name, value)
    }
    fn end(self) -> Result<(), FormError> {
        Ok(())
    }
}

/// Writes one parameter's part as its value tells: bytes as a file part,
/// text (numbers and booleans as JSON writes them) as a text part, nothing
/// when absent; a list or object fails with [`JSON`] for [`Form::part`] to
/// write as JSON.
struct PartValue<'f, 'b> {
    form: &'f mut Form<'b>,
    name: &'f str,
}

impl PartValue<'_, '_> {
    fn text(self, text: &str) -> Result<(), FormError> {
        self.form.write_part(self.name, Kind::Text, text.as_bytes());
        Ok(())
    }
}

impl Serializer for PartValue<'_, '_> {
    type Ok = ();
    type Error = FormError;
    type SerializeSeq = Impossible<(), FormError>;
    type SerializeTuple = Impossible<(), FormError>;
    type SerializeTupleStruct = Impossible<(), FormError>;
    type SerializeTupleVariant = Impossible<(), FormError>;
    type SerializeMap = Impossible<(), FormError>;
    type SerializeStruct = Impossible<(), FormError>;
    type SerializeStructVariant = Impossible<(), FormError>;

    as_text!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_char(char),
    );
    fn serialize_f32(self, v: f32) -> Result<(), FormError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), FormError> {
        let text = serde_json::to_string(&v).map_err(|e| FormError(e.to_string()))?;
        self.text(&text)
    }
    fn serialize_str(self, v: &str) -> Result<(), FormError> {
        self.text(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), FormError> {
        self.form.write_part(self.name, Kind::File, v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), FormError> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), FormError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), FormError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), FormError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), FormError> {
        self.text(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), FormError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), FormError> {
        Err(FormError(JSON.into()))
    }

    // Lists and objects: the caller writes them as a JSON part.
    fail_with!(FormError(JSON.into());
        serialize_seq(Option<usize>) -> Self::SerializeSeq,
        serialize_tuple(usize) -> Self::SerializeTuple,
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct,
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant,
        serialize_map(Option<usize>) -> Self::SerializeMap,
        serialize_struct(&'static str, usize) -> Self::SerializeStruct,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant,
    );
}

/// The marker a compound value raises so [`Form::part`] writes it as JSON.
const JSON: &str = "\0json";

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    struct Upload {
        #[serde(rename = "File")]
        file: Blob,
        #[serde(rename = "FileURL", skip_serializing_if = "Option::is_none")]
        url: Option<String>,
        #[serde(rename = "Limit")]
        limit: i64,
        #[serde(rename = "Tags")]
        tags: Vec<String>,
    }

    #[test]
    fn bytes_are_file_parts_text_is_text_and_lists_are_json() {
        let upload = Upload {
            file: Blob::from(b"\x00\xffimage".to_vec()),
            url: None,
            limit: 5,
            tags: vec!["a".into()],
        };
        let body = multipart_body(&upload, "b0undary").unwrap();
        let expected: &[u8] = b"--b0undary\r\nContent-Disposition: form-data; name=\"File\"; filename=\"File\"\r\n\r\n\x00\xffimage\r\n\
--b0undary\r\nContent-Disposition: form-data; name=\"Limit\"\r\n\r\n5\r\n\
--b0undary\r\nContent-Disposition: form-data; name=\"Tags\"\r\nContent-Type: application/json\r\n\r\n[\"a\"]\r\n\
--b0undary--\r\n";
        assert_eq!(
            String::from_utf8_lossy(&body),
            String::from_utf8_lossy(expected)
        );
        assert_eq!(format!("{:?}", upload.file), "Blob(7 bytes)");
        assert!(multipart_body(&5, "b").is_err());
    }
}
