//! What generated crates call. Not a stable API: it changes with the
//! generator, which is released in lockstep with yun-core.

use crate::aliyun::{Method, RpcRequest};
use crate::encode::{flatten_into, FlattenError, ListBase, Params};
use crate::error::Error;
use crate::tencent::TencentRequest;
use serde::ser::{self, Impossible, Serialize};

pub use crate::endpoint::AliyunEndpoints;

/// Where an Alibaba Cloud parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// In the query string.
    Query,
    /// In the form body.
    Body,
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
    /// The member that carries its idempotency token, if any.
    pub idempotency_token: Option<&'static str>,
    /// The request's members, in declaration order.
    pub fields: &'static [Field],
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

/// Encodes a typed request (any struct whose `Serialize` writes its
/// members under their wire names) into an [`RpcRequest`], each member
/// in its location and style, carrying the operation's facts.
pub fn aliyun_request<T: Serialize>(op: &AliyunOperation, input: &T) -> Result<RpcRequest, Error> {
    let mut request = RpcRequest::new(op.action, op.version)
        .method(op.method)
        .read_only(op.read_only);
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
            op,
            query: &mut request.query,
            body: &mut request.body,
        })
        .map_err(|e| Error::invalid_input(format!("{}: {e}", op.action)))?;
    Ok(request)
}

struct TopLevel<'a> {
    op: &'a AliyunOperation,
    query: &'a mut Params,
    body: &'a mut Params,
}

impl ser::SerializeStruct for TopLevel<'_> {
    type Ok = ();
    type Error = FlattenError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), FlattenError> {
        // Members not in the table (none, for generated requests) go in
        // the query, flat: what the vendors do for unknown parameters.
        let field = self.op.fields.iter().find(|f| f.name == name);
        let location = field.map_or(Location::Query, |f| f.location);
        let style = field.map_or(Style::Flat, |f| f.style);
        let target = match location {
            Location::Query => &mut *self.query,
            Location::Body => &mut *self.body,
        };
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

impl<'a> ser::Serializer for TopLevel<'a> {
    type Ok = ();
    type Error = FlattenError;
    type SerializeSeq = Impossible<(), FlattenError>;
    type SerializeTuple = Impossible<(), FlattenError>;
    type SerializeTupleStruct = Impossible<(), FlattenError>;
    type SerializeTupleVariant = Impossible<(), FlattenError>;
    type SerializeMap = Impossible<(), FlattenError>;
    type SerializeStruct = TopLevel<'a>;
    type SerializeStructVariant = Impossible<(), FlattenError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<TopLevel<'a>, FlattenError> {
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
