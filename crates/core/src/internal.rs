//! What generated crates call. Not a stable API: it changes with the
//! generator, which is released in lockstep with yun-core.

use crate::aliyun::{AliyunClient, Body, Method, ResourceRequest, ResourceResponse, RpcRequest};
use crate::encode::{flatten_into, FlattenError, ListBase, Params};
use crate::error::Error;
use crate::json::Decode;
use crate::operation::{open_events, read, Call, Finish, Request};
use crate::sse::EventStream;
use crate::tencent::TencentClient;
use crate::tencent::TencentRequest;
use serde::de::DeserializeOwned;
use serde::ser::{self, Impossible, Serialize};

pub use crate::endpoint::AliyunEndpoints;

pub mod debug;

/// `text` with the values of secret-named members removed: the one rule
/// errors, traces and yun-testing's recordings use.
pub fn redact(text: &str) -> std::borrow::Cow<'_, str> {
    crate::redact::text(text)
}

/// Clock and date formats, for yun-testing's servers.
pub mod time {
    pub use crate::time::{http_date, iso8601, now_unix, parse_iso8601};
}

/// Where an Alibaba Cloud parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// In the query string.
    Query,
    /// In the form body.
    Body,
    /// Into the path template, percent-encoded (resource-style only).
    Path,
    /// A header (resource-style only).
    Header,
    /// A member of the JSON body object (resource-style only).
    JsonBody,
    /// The whole body as JSON (resource-style only).
    JsonPayload,
    /// The whole body as text (resource-style only).
    TextPayload,
    /// The whole body as bytes, a [`crate::binary::Blob`] (resource-style only).
    BytesPayload,
}

/// How an Alibaba Cloud parameter is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Scalars as is; lists as `Name.1`…; objects as `Name.Member` (the
    /// metadata's plain, repeatList and flat styles).
    Flat,
    /// The value as one parameter of compact JSON text.
    Json,
    /// A list as one parameter, its items joined with commas (`Name=a,b`),
    /// as the official SDKs send the metadata's `simple` style.
    Simple,
}

/// One top-level request member: its wire name, location and style.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The wire name (what the request type serializes it as).
    pub name: &'static str,
    /// Query or body.
    pub location: Location,
    /// Flat or JSON.
    pub style: Style,
}

/// The facts of one Alibaba Cloud RPC operation.
#[derive(Clone, Copy, Debug)]
pub struct AliyunOperation {
    /// The action.
    pub action: &'static str,
    /// The API version.
    pub version: &'static str,
    /// The HTTP method to use.
    pub method: Method,
    /// The operation only reads (safe to repeat).
    pub read_only: bool,
    /// Called without credentials: sent unsigned.
    pub anonymous: bool,
    /// The member that carries its idempotency token, if any.
    pub idempotency_token: Option<&'static str>,
    /// The request's members, in declaration order.
    pub fields: &'static [Field],
    /// Members of nested objects that must be set whenever their object is
    /// sent, as paths of wire names (`Placement.Zone`, `DataDisks.DiskSize`):
    /// checked before any I/O.
    pub nested_required: &'static [&'static str],
}

/// The facts of one Tencent Cloud operation.
#[derive(Clone, Copy, Debug)]
pub struct TencentOperation {
    /// The action.
    pub action: &'static str,
    /// The API version.
    pub version: &'static str,
    /// The operation only reads (safe to repeat).
    pub read_only: bool,
    /// The member that carries its idempotency token, if any.
    pub idempotency_token: Option<&'static str>,
    /// The input has byte members: sent as `multipart/form-data`
    /// (see [`crate::binary`]) instead of a JSON body.
    pub multipart: bool,
    /// Members of nested objects that must be set whenever their object is
    /// sent, as paths of wire names (`Placement.Zone`, `DataDisks.DiskSize`):
    /// checked before any I/O.
    pub nested_required: &'static [&'static str],
}

/// The facts of one resource-style Alibaba Cloud operation (ROA, V3, FC,
/// AliGenie).
#[derive(Clone, Copy, Debug)]
pub struct AliyunResourceOperation {
    /// The action.
    pub action: &'static str,
    /// The API version.
    pub version: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template (`/clusters/{ClusterId}`).
    pub path: &'static str,
    /// The operation only reads (safe to repeat).
    pub read_only: bool,
    /// Called without credentials: sent unsigned.
    pub anonymous: bool,
    /// The member that carries its idempotency token, if any.
    pub idempotency_token: Option<&'static str>,
    /// The request's members, in declaration order.
    pub fields: &'static [Field],
    /// `(member, wire name)` for the members sent under another name than
    /// their own: a parameter declared in the path and the body is two
    /// members (`cluster_id` and `cluster_id_body`), both sent as `cluster_id`.
    pub renamed: &'static [(&'static str, &'static str)],
    /// Members of nested objects that must be set whenever their object is
    /// sent, as paths of wire names (`Placement.Zone`, `DataDisks.DiskSize`):
    /// checked before any I/O.
    pub nested_required: &'static [&'static str],
}

/// A typed Alibaba Cloud request: its operation's facts, for calls made
/// generically (paginators).
pub trait AliyunCall: Serialize + Send + Sync {
    /// The operation.
    const OPERATION: AliyunOperation;
}

/// A typed Tencent Cloud request: its operation's facts, for calls made
/// generically (paginators).
pub trait TencentCall: Serialize + Send + Sync {
    /// The operation.
    const OPERATION: TencentOperation;
}

/// Encodes a typed Tencent Cloud request into a [`TencentRequest`]
/// carrying the operation's facts.
pub fn tencent_request<T: Serialize>(
    op: &TencentOperation,
    input: &T,
) -> Result<TencentRequest, Error> {
    crate::encode::required::check(op.action, op.nested_required, input)?;
    let request = if op.multipart {
        TencentRequest::multipart(op.action, op.version, input)?
    } else {
        TencentRequest::new(op.action, op.version, input)?
    };
    let mut request = request.read_only(op.read_only);
    if let Some(member) = op.idempotency_token {
        request = request.idempotency_token(member);
    }
    Ok(request)
}

/// A string enum's value this crate version does not list.
pub fn unknown_value(value: &str) -> crate::UnknownValue {
    crate::UnknownValue::new(value.to_owned())
}

/// An RPC operation's call: `input` is encoded now (a missing member fails
/// the call when awaited, before any I/O), sent when awaited.
pub fn aliyun_rpc_call<'c, T: Decode + Send + 'c>(
    client: &'c AliyunClient,
    op: &AliyunOperation,
    input: &impl Serialize,
) -> Call<'c, T> {
    let request = aliyun_request(op, input).map(|r| Request::Rpc(client, r));
    Call::new(request, Finish::Answer(read::json::<T>))
}

/// A resource-style operation's call whose answer is an object.
pub fn aliyun_resource_call<'c, T: Decode + Send + 'c>(
    client: &'c AliyunClient,
    op: &AliyunResourceOperation,
    input: &impl Serialize,
) -> Call<'c, T> {
    let request = aliyun_resource_request(op, input).map(|r| Request::Resource(client, r));
    Call::new(request, Finish::Answer(read::object::<T>))
}

/// A resource-style operation's call whose answer is any JSON.
pub fn aliyun_resource_call_any<'c, T: DeserializeOwned + Send + 'c>(
    client: &'c AliyunClient,
    op: &AliyunResourceOperation,
    input: &impl Serialize,
) -> Call<'c, T> {
    let request = aliyun_resource_request(op, input).map(|r| Request::Resource(client, r));
    Call::new(request, Finish::Answer(read::any::<T>))
}

/// A resource-style operation's call whose answer is kept as it came.
pub fn aliyun_resource_call_raw<'c>(
    client: &'c AliyunClient,
    op: &AliyunResourceOperation,
    input: &impl Serialize,
) -> Call<'c, ResourceResponse> {
    let request = aliyun_resource_request(op, input).map(|r| Request::Resource(client, r));
    Call::new(request, Finish::Answer(read::raw))
}

/// A Tencent Cloud operation's call.
pub fn tencent_call<'c, T: Decode + Send + 'c>(
    client: &'c TencentClient,
    op: &TencentOperation,
    input: &impl Serialize,
) -> Call<'c, T> {
    let request = tencent_request(op, input).map(|r| Request::Tencent(client, r));
    Call::new(request, Finish::Answer(read::tencent::<T>))
}

/// An RPC operation's call whose answer streams, each event read as `T`.
pub fn aliyun_rpc_events<'c, T: Decode + Send + 'static>(
    client: &'c AliyunClient,
    op: &AliyunOperation,
    input: &impl Serialize,
) -> Call<'c, EventStream<T>> {
    let request = aliyun_request(op, input).map(|r| Request::Rpc(client, r));
    Call::new(request, Finish::Events(open_events::<T>))
}

/// A resource-style operation's call whose answer streams.
pub fn aliyun_resource_events<'c, T: Decode + Send + 'static>(
    client: &'c AliyunClient,
    op: &AliyunResourceOperation,
    input: &impl Serialize,
) -> Call<'c, EventStream<T>> {
    let request = aliyun_resource_request(op, input).map(|r| Request::Resource(client, r));
    Call::new(request, Finish::Events(open_events::<T>))
}

/// A Tencent Cloud operation's call whose answer streams.
pub fn tencent_events<'c, T: Decode + Send + 'static>(
    client: &'c TencentClient,
    op: &TencentOperation,
    input: &impl Serialize,
) -> Call<'c, EventStream<T>> {
    let request = tencent_request(op, input).map(|r| Request::Tencent(client, r));
    Call::new(request, Finish::Events(open_events::<T>))
}

/// Encodes a typed request (any struct whose `Serialize` writes its
/// members under their wire names) into an [`RpcRequest`], each member
/// in its location and style, carrying the operation's facts.
pub fn aliyun_request<T: Serialize>(op: &AliyunOperation, input: &T) -> Result<RpcRequest, Error> {
    crate::encode::required::check(op.action, op.nested_required, input)?;
    let mut request = RpcRequest::new(op.action, op.version)
        .method(op.method)
        .read_only(op.read_only)
        .anonymous(op.anonymous);
    if let Some(member) = op.idempotency_token {
        let in_body = op
            .fields
            .iter()
            .any(|f| f.name == member && f.location == Location::Body);
        request = if in_body {
            request.idempotency_token_in_body(member)
        } else {
            request.idempotency_token(member)
        };
    }
    input
        .serialize(TopLevel {
            op: Fields::Rpc {
                op,
                query: &mut request.query,
                body: &mut request.body,
            },
        })
        .map_err(|e| Error::invalid_input(format!("{}: {e}", op.action)))?;
    Ok(request)
}

/// Encodes a typed resource-style request into a [`ResourceRequest`]:
/// path members into the path, query and form members flattened by style,
/// header members as text, JSON body members into one object, or the one
/// member that is the whole body.
pub fn aliyun_resource_request<T: Serialize>(
    op: &AliyunResourceOperation,
    input: &T,
) -> Result<ResourceRequest, Error> {
    crate::encode::required::check(op.action, op.nested_required, input)?;
    let mut request = ResourceRequest::new(op.action, op.version, op.method, op.path)
        .read_only(op.read_only)
        .anonymous(op.anonymous);
    let token_in_body = op.idempotency_token.and_then(|name| {
        op.fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| matches!(f.location, Location::Body | Location::JsonBody))
    });
    request = match (op.idempotency_token, token_in_body) {
        (Some(name), Some(true)) => request.idempotency_token_in_body(name),
        (Some(name), _) => request.idempotency_token(name),
        (None, _) => request,
    };
    let mut parts = ResourceParts {
        op,
        request,
        json: serde_json::Map::new(),
        form: Params::new(),
    };
    input
        .serialize(TopLevel {
            op: Fields::Resource(&mut parts),
        })
        .map_err(|e| Error::invalid_input(format!("{}: {e}", op.action)))?;
    let ResourceParts {
        mut request,
        json,
        form,
        ..
    } = parts;
    // An empty object still goes up when a token may be filled into it.
    let json_body = op.fields.iter().any(|f| f.location == Location::JsonBody);
    if json_body && (!json.is_empty() || token_in_body == Some(true)) {
        request.body = Body::Json(serde_json::Value::Object(json));
    } else if !form.is_empty() {
        request.body = Body::Form(form);
    }
    Ok(request)
}

/// A resource-style request being filled, member by member.
struct ResourceParts<'a> {
    op: &'a AliyunResourceOperation,
    request: ResourceRequest,
    json: serde_json::Map<String, serde_json::Value>,
    form: Params,
}

impl ResourceParts<'_> {
    fn add<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), FlattenError> {
        let field = self.op.fields.iter().find(|f| f.name == name);
        let location = field.map_or(Location::Query, |f| f.location);
        let style = field.map_or(Style::Flat, |f| f.style);
        let name = self
            .op
            .renamed
            .iter()
            .find(|(member, _)| *member == name)
            .map_or(name, |(_, wire)| *wire);
        let custom = |e: String| <FlattenError as ser::Error>::custom(format!("`{name}`: {e}"));
        match location {
            Location::Query => add_styled(&mut self.request.query, name, value, style),
            Location::Body => add_styled(&mut self.form, name, value, style),
            Location::Path | Location::Header => {
                let text = scalar_text(value).map_err(custom)?;
                if location == Location::Path {
                    self.request.put_path_param(name, &text);
                } else {
                    self.request.headers.insert(name, text);
                }
                Ok(())
            }
            Location::JsonBody => {
                let v = serde_json::to_value(value).map_err(|e| custom(e.to_string()))?;
                if !v.is_null() {
                    self.json.insert(name.to_owned(), v);
                }
                Ok(())
            }
            Location::JsonPayload => {
                let v = serde_json::to_value(value).map_err(|e| custom(e.to_string()))?;
                self.request.body = Body::Json(v);
                Ok(())
            }
            Location::TextPayload => {
                self.request.body = Body::Text(scalar_text(value).map_err(custom)?);
                Ok(())
            }
            Location::BytesPayload => {
                let bytes = value.serialize(BytesOut)?;
                self.request.body = Body::Bytes(bytes);
                Ok(())
            }
        }
    }
}

/// Adds `value` under `name` in a parameter list, in its style.
fn add_styled<T: Serialize + ?Sized>(
    target: &mut Params,
    name: &str,
    value: &T,
    style: Style,
) -> Result<(), FlattenError> {
    match style {
        Style::Flat => flatten_into(target.pairs_mut(), name, value, ListBase::One),
        Style::Json => {
            let text = serde_json::to_string(value)
                .map_err(|e| <FlattenError as ser::Error>::custom(format!("`{name}`: {e}")))?;
            target.insert(name, text);
            Ok(())
        }
        Style::Simple => target
            .insert_simple(name, value)
            .map(|_| ())
            .map_err(|e| <FlattenError as ser::Error>::custom(e.to_string())),
    }
}

/// A scalar's text (a path or header member); an object or list is its
/// compact JSON text.
fn scalar_text<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    match serde_json::to_value(value).map_err(|e| e.to_string())? {
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Null => Err("a path or header member cannot be null".to_owned()),
        other => Ok(other.to_string()),
    }
}

/// Which kind of request a [`TopLevel`] fills.
enum Fields<'a, 'b> {
    Rpc {
        op: &'a AliyunOperation,
        query: &'a mut Params,
        body: &'a mut Params,
    },
    Resource(&'a mut ResourceParts<'b>),
}

struct TopLevel<'a, 'b> {
    op: Fields<'a, 'b>,
}

impl ser::SerializeStruct for TopLevel<'_, '_> {
    type Ok = ();
    type Error = FlattenError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), FlattenError> {
        let (op, query, body) = match &mut self.op {
            Fields::Resource(parts) => return parts.add(name, value),
            Fields::Rpc { op, query, body } => (op, query, body),
        };
        // Members not in the table (none, for generated requests) go in
        // the query, flat: what the vendors do for unknown parameters.
        let field = op.fields.iter().find(|f| f.name == name);
        let location = field.map_or(Location::Query, |f| f.location);
        let style = field.map_or(Style::Flat, |f| f.style);
        let target = match location {
            Location::Body => &mut **body,
            _ => &mut **query,
        };
        add_styled(target, name, value, style)
    }

    fn end(self) -> Result<(), FlattenError> {
        Ok(())
    }
}

fn not_a_struct() -> FlattenError {
    <FlattenError as ser::Error>::custom("a request must serialize as a struct")
}

macro_rules! reject {
    ($($method:ident($($arg:ty),*) -> $ret:ty),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ret, FlattenError> { Err(not_a_struct()) })*
    };
}

impl<'a, 'b> ser::Serializer for TopLevel<'a, 'b> {
    type Ok = ();
    type Error = FlattenError;
    type SerializeSeq = Impossible<(), FlattenError>;
    type SerializeTuple = Impossible<(), FlattenError>;
    type SerializeTupleStruct = Impossible<(), FlattenError>;
    type SerializeTupleVariant = Impossible<(), FlattenError>;
    type SerializeMap = Impossible<(), FlattenError>;
    type SerializeStruct = TopLevel<'a, 'b>;
    type SerializeStructVariant = Impossible<(), FlattenError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<TopLevel<'a, 'b>, FlattenError> {
        Ok(self)
    }

    reject!(
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
        serialize_map(Option<usize>) -> Self::SerializeMap,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant,
    );

    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), FlattenError> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), FlattenError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), FlattenError> {
        Err(not_a_struct())
    }
}

/// Takes the bytes out of a [`crate::binary::Blob`] (which serializes as
/// bytes) without copying them through JSON.
struct BytesOut;

fn not_bytes() -> FlattenError {
    <FlattenError as ser::Error>::custom("the whole-body member must be bytes")
}

macro_rules! not_bytes {
    ($($method:ident($($arg:ty),*) -> $ret:ty),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ret, FlattenError> { Err(not_bytes()) })*
    };
}

impl ser::Serializer for BytesOut {
    type Ok = bytes::Bytes;
    type Error = FlattenError;
    type SerializeSeq = Impossible<bytes::Bytes, FlattenError>;
    type SerializeTuple = Impossible<bytes::Bytes, FlattenError>;
    type SerializeTupleStruct = Impossible<bytes::Bytes, FlattenError>;
    type SerializeTupleVariant = Impossible<bytes::Bytes, FlattenError>;
    type SerializeMap = Impossible<bytes::Bytes, FlattenError>;
    type SerializeStruct = Impossible<bytes::Bytes, FlattenError>;
    type SerializeStructVariant = Impossible<bytes::Bytes, FlattenError>;

    fn serialize_bytes(self, v: &[u8]) -> Result<bytes::Bytes, FlattenError> {
        Ok(bytes::Bytes::copy_from_slice(v))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<bytes::Bytes, FlattenError> {
        v.serialize(self)
    }
    fn serialize_none(self) -> Result<bytes::Bytes, FlattenError> {
        Ok(bytes::Bytes::new())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<bytes::Bytes, FlattenError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<bytes::Bytes, FlattenError> {
        Err(not_bytes())
    }

    not_bytes!(
        serialize_bool(bool) -> bytes::Bytes, serialize_i8(i8) -> bytes::Bytes,
        serialize_i16(i16) -> bytes::Bytes, serialize_i32(i32) -> bytes::Bytes,
        serialize_i64(i64) -> bytes::Bytes, serialize_u8(u8) -> bytes::Bytes,
        serialize_u16(u16) -> bytes::Bytes, serialize_u32(u32) -> bytes::Bytes,
        serialize_u64(u64) -> bytes::Bytes, serialize_f32(f32) -> bytes::Bytes,
        serialize_f64(f64) -> bytes::Bytes, serialize_char(char) -> bytes::Bytes,
        serialize_str(&str) -> bytes::Bytes, serialize_unit() -> bytes::Bytes,
        serialize_unit_struct(&'static str) -> bytes::Bytes,
        serialize_unit_variant(&'static str, u32, &'static str) -> bytes::Bytes,
        serialize_seq(Option<usize>) -> Self::SerializeSeq,
        serialize_tuple(usize) -> Self::SerializeTuple,
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct,
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant,
        serialize_map(Option<usize>) -> Self::SerializeMap,
        serialize_struct(&'static str, usize) -> Self::SerializeStruct,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant,
    );
}
