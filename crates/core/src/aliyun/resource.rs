//! Resource-style Alibaba Cloud APIs (the metadata's ROA, V3, FC and
//! AliGenie styles): a method, a path with members in it, query, header
//! and body members, and any answer (JSON, text, bytes or nothing).
//!
//! The official Tea SDKs send every style through one generic call, signed
//! with ACS3-HMAC-SHA256 over the encoded path; so does yun, through the
//! same retry rules, tracing and error handling as RPC calls. RPC signature
//! v1 is RPC-only: a client configured for it still signs these with ACS3.
//!
//! ```no_run
//! # async fn demo() -> Result<(), yun_core::Error> {
//! use yun_core::aliyun::{AliyunClient, Body, Method, ResourceRequest};
//! use yun_core::{Config, Credential};
//!
//! let config = Config::builder()
//!     .region("cn-hangzhou")
//!     .credentials(Credential::access_key("LTAI…", "secret"))
//!     .build()?;
//! let cs = AliyunClient::for_product(config.clone(), "cs");
//! let req = ResourceRequest::new("DescribeClusterDetail", "2015-12-15", Method::Get, "/clusters/{ClusterId}")
//!     .path_param("ClusterId", "c-123")
//!     .read_only(true);
//! let cluster: serde_json::Value = cs.call_resource(&req).await?;
//!
//! let mut create = ResourceRequest::new("CreateClusterNodePool", "2015-12-15", Method::Post, "/clusters/{ClusterId}/nodepools")
//!     .path_param("ClusterId", "c-123")
//!     .json_body(&serde_json::json!({"nodepool_info": {"name": "pool-1"}}))?;
//! create.query.insert("dry_run", "true");
//! let answer = cs.send_resource(&create).await?;   // status, headers and body
//! println!("{} {}", answer.status, String::from_utf8_lossy(&answer.body));
//!
//! // A file as the whole body, streamed (memory stays flat).
//! let ocr = AliyunClient::for_product(config, "ocr-api");
//! let scan = ResourceRequest::new("RecognizeGeneral", "2021-07-07", Method::Post, "/")
//!     .body(Body::File(yun_core::upload::FileSource::path("scan.png")))
//!     .read_only(true);
//! let text: serde_json::Value = ocr.call_resource(&scan).await?;
//! # let _ = (cluster, text); Ok(()) }
//! ```

use super::{error_answer, AliyunClient, Method};
use crate::call::Built;
use crate::credentials::Credential;
use crate::encode::{percent_encode, Params};
use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::options::CallOptions;
use crate::response::{from_json, json_content_type};
use crate::retry::{new_idempotency_token, CallFacts, RetryFacts};
use crate::sign::{acs3, new_nonce};
use crate::upload::FileSource;
use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::borrow::Cow;

/// A request body.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum Body {
    /// No body.
    #[default]
    Empty,
    /// A JSON value (object, list or scalar), sent compact as
    /// `application/json; charset=utf-8`.
    Json(serde_json::Value),
    /// Text sent as it is, as `application/json; charset=utf-8` (what the
    /// official SDKs send for a body of type string).
    Text(String),
    /// Form parameters, `application/x-www-form-urlencoded`.
    Form(Params),
    /// Raw bytes (an image, a code package), `application/octet-stream`.
    Bytes(Bytes),
    /// A file's content, `application/octet-stream`, streamed as it is sent:
    /// read once for the signature's hash, then again (for each attempt)
    /// as the body, so memory stays flat however large the file.
    File(FileSource),
}

impl Body {
    fn content_type(&self) -> Option<&'static str> {
        match self {
            Body::Empty => None,
            Body::Json(_) | Body::Text(_) => Some("application/json; charset=utf-8"),
            Body::Form(_) => Some("application/x-www-form-urlencoded"),
            Body::Bytes(_) | Body::File(_) => Some("application/octet-stream"),
        }
    }

    fn to_bytes(&self) -> Bytes {
        match self {
            Body::Empty => Bytes::new(),
            Body::Json(v) => Bytes::from(v.to_string()),
            Body::Text(t) => Bytes::from(t.clone()),
            Body::Form(p) => Bytes::from(p.to_form_body()),
            Body::Bytes(b) => b.clone(),
            // Sent as a stream (see `Built::stream`).
            Body::File(_) => Bytes::new(),
        }
    }
}

/// Where an operation's idempotency token travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokenPlace {
    Query,
    /// A member of the JSON body object, or a form parameter.
    Body,
}

/// One call of a resource-style operation. Path members are percent-encoded
/// into the path template (`/clusters/{ClusterId}`) with
/// [`ResourceRequest::path_param`]; a member left out is an error before
/// anything is sent. Like [`super::RpcRequest`], a request is treated as a
/// write without a token unless told otherwise.
#[derive(Clone, Debug)]
pub struct ResourceRequest {
    /// The action, e.g. `DescribeClusterDetail` (sent as `x-acs-action`).
    pub action: Cow<'static, str>,
    /// The API version, e.g. `2015-12-15`.
    pub version: Cow<'static, str>,
    /// The HTTP method.
    pub method: Method,
    /// The path so far: the template with the path members given yet.
    path: String,
    /// Query parameters.
    pub query: Params,
    /// Header members (`x-fc-invocation-type`), sent and signed.
    pub headers: Params,
    /// The body.
    pub body: Body,
    /// The action only reads: safe to send again after a lost answer.
    pub read_only: bool,
    /// The action is called without credentials (the metadata's
    /// `Anonymous` security): sent unsigned, and no credential is looked up.
    pub anonymous: bool,
    token: Option<(Cow<'static, str>, TokenPlace)>,
    /// The first path member given a value no request line can carry.
    bad_path_member: Option<String>,
}

impl ResourceRequest {
    /// A call of `action` in API `version`: `method` to `path` (a template
    /// such as `/clusters/{ClusterId}/nodepools`), with no member yet.
    pub fn new(
        action: impl Into<Cow<'static, str>>,
        version: impl Into<Cow<'static, str>>,
        method: Method,
        path: impl Into<String>,
    ) -> Self {
        ResourceRequest {
            action: action.into(),
            version: version.into(),
            method,
            path: path.into(),
            query: Params::new(),
            headers: Params::new(),
            body: Body::Empty,
            read_only: false,
            anonymous: false,
            token: None,
            bad_path_member: None,
        }
    }

    /// Puts `value`, percent-encoded (`/` too), where the path template says
    /// `{name}`. A template ending in `*` (a path of any depth) takes the
    /// value there instead, its `/` kept, when it has no `{name}`.
    ///
    /// A value that cannot travel as given makes the call fail with
    /// [`Error::InvalidInput`] before anything is sent: empty (the path
    /// would lose a segment and name another resource), or `.` or `..` as
    /// a segment, which HTTP stacks (reqwest's URL parser, the official SDKs'
    /// too) remove before sending, so the request would go elsewhere than
    /// where it was signed for. Every other value is sent byte for byte as
    /// it is signed.
    pub fn path_param(mut self, name: &str, value: &str) -> Self {
        self.put_path_param(name, value);
        self
    }

    /// [`ResourceRequest::path_param`] in place.
    pub(crate) fn put_path_param(&mut self, name: &str, value: &str) {
        let placeholder = format!("{{{name}}}");
        let any_depth = !self.path.contains(&placeholder) && self.path.ends_with('*');
        let segments: Vec<&str> = if any_depth {
            value.split('/').collect()
        } else {
            vec![value]
        };
        let problem = if value.is_empty() {
            Some("is empty")
        } else if segments.iter().any(|s| matches!(*s, "." | "..")) {
            Some("is a dot segment (`.` or `..`), which HTTP stacks remove from a path")
        } else {
            None
        };
        if let Some(problem) = problem {
            self.bad_path_member
                .get_or_insert_with(|| format!("the path member `{name}` {problem}"));
            return;
        }
        if any_depth {
            self.path.pop();
            // A value written as a whole path (`/api/v1/…`) after a `/`.
            let segments = match segments.split_first() {
                Some((first, rest)) if first.is_empty() && self.path.ends_with('/') => rest,
                _ => &segments[..],
            };
            let encoded: Vec<String> = segments.iter().map(|s| percent_encode(s)).collect();
            self.path.push_str(&encoded.join("/"));
        } else {
            self.path = self.path.replace(&placeholder, &percent_encode(value));
        }
    }

    /// Adds a header member.
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// Sets the body to `value` as JSON.
    pub fn json_body<T: Serialize + ?Sized>(mut self, value: &T) -> Result<Self, Error> {
        let value = serde_json::to_value(value)
            .map_err(|e| Error::invalid_input(format!("{}: the body: {e}", self.action)))?;
        self.body = Body::Json(value);
        Ok(self)
    }

    /// Sets the body.
    pub fn body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }

    /// Marks the action as read-only (or not).
    pub fn read_only(mut self, read_only: bool) -> Self {
        self.read_only = read_only;
        self
    }

    /// Marks the action as called without credentials (or not): sent
    /// unsigned, whatever credentials the client has.
    pub fn anonymous(mut self, anonymous: bool) -> Self {
        self.anonymous = anonymous;
        self
    }

    /// Names the query parameter that carries the action's idempotency
    /// token: filled with a fresh token once per call when unset.
    pub fn idempotency_token(mut self, parameter: impl Into<Cow<'static, str>>) -> Self {
        self.token = Some((parameter.into(), TokenPlace::Query));
        self
    }

    /// Names a member of the body (JSON object or form) as the idempotency
    /// token.
    pub fn idempotency_token_in_body(mut self, member: impl Into<Cow<'static, str>>) -> Self {
        self.token = Some((member.into(), TokenPlace::Body));
        self
    }

    /// The path to send: an error naming the first path member not given,
    /// or given a value no request line can carry.
    pub fn path(&self) -> Result<&str, Error> {
        if let Some(problem) = &self.bad_path_member {
            return Err(Error::invalid_input(format!("{}: {problem}", self.action)));
        }
        if let Some(start) = self.path.find('{') {
            let rest = &self.path[start + 1..];
            let name = rest.split('}').next().unwrap_or(rest);
            return Err(Error::missing_parameter(&self.action, name));
        }
        Ok(&self.path)
    }

    /// The token this request carries, if any (empty counts as none).
    fn token_value(&self) -> Option<&str> {
        let (name, place) = self.token.as_ref()?;
        let value = match (place, &self.body) {
            (TokenPlace::Query, _) => self.query.get(name),
            (TokenPlace::Body, Body::Json(v)) => v.get(name.as_ref()).and_then(|t| t.as_str()),
            (TokenPlace::Body, Body::Form(p)) => p.get(name),
            (TokenPlace::Body, _) => None,
        };
        value.filter(|t| !t.is_empty())
    }
}

impl RetryFacts for ResourceRequest {
    fn call(&self) -> CallFacts<'_> {
        CallFacts {
            action: &self.action,
            version: &self.version,
            read_only: self.read_only,
            token_member: self.token.as_ref().map(|(name, _)| name.as_ref()),
            token: self.token_value().map(Cow::Borrowed),
        }
    }

    fn with_token_filled(&self) -> Option<ResourceRequest> {
        let (name, place) = self.token.as_ref()?;
        if self.token_value().is_some() {
            return None;
        }
        let mut filled = self.clone();
        let token = new_idempotency_token();
        match (place, &mut filled.body) {
            (TokenPlace::Query, _) => {
                filled.query.insert(name, token);
            }
            (TokenPlace::Body, Body::Json(serde_json::Value::Object(members))) => {
                members.insert(name.to_string(), token.into());
            }
            (TokenPlace::Body, body @ Body::Empty) => {
                *body = Body::Json(serde_json::json!({ name.as_ref(): token }));
            }
            (TokenPlace::Body, Body::Form(params)) => {
                params.insert(name, token);
            }
            // A body that is not an object has no place for a token.
            (TokenPlace::Body, _) => return None,
        }
        Some(filled)
    }

    fn anonymous(&self) -> bool {
        self.anonymous
    }
}

/// A successful answer to a resource-style call. `Debug` shows the body's
/// size and the headers with secret values removed.
#[derive(Clone)]
#[non_exhaustive]
pub struct ResourceResponse {
    /// The HTTP status (200, 202, 204, …).
    pub status: u16,
    /// The answer's headers (FC puts results in `x-fc-*` headers).
    pub headers: http::HeaderMap,
    /// The body as it came: JSON, text, bytes or nothing.
    pub body: Bytes,
}

impl std::fmt::Debug for ResourceResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResourceResponse")
            .field("status", &self.status)
            .field("headers", &crate::redact::Redacted(&self.headers))
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// As JSON: `status`, `headers` (name to text) and `body` (as text, bytes
/// that are not UTF-8 shown as U+FFFD), for logs and tests.
impl Serialize for ResourceResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let headers: std::collections::BTreeMap<&str, &str> = self
            .headers
            .iter()
            .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
            .collect();
        let mut s = serializer.serialize_struct("ResourceResponse", 3)?;
        s.serialize_field("status", &self.status)?;
        s.serialize_field("headers", &headers)?;
        s.serialize_field("body", &String::from_utf8_lossy(&self.body))?;
        s.end()
    }
}

impl AliyunClient {
    /// Calls a resource-style operation and decodes its JSON answer into
    /// `T` (`serde_json::Value` for anything; an empty answer, such as a
    /// 204, reads as JSON `null`, so `()` and `Option<_>` fit it).
    pub async fn call_resource<T: DeserializeOwned>(
        &self,
        request: &ResourceRequest,
    ) -> Result<T, Error> {
        let answer = self.send_resource(request).await?;
        if answer.body.trim_ascii().is_empty() {
            return from_json(b"null");
        }
        from_json(&answer.body)
    }

    /// Calls a resource-style operation whose answer streams (server-sent
    /// events) and returns its events as they arrive, each event's data
    /// decoded as `T`: the same rules as
    /// [`TencentClient::call_sse`](crate::tencent::TencentClient::call_sse).
    /// A file body ([`Body::File`]) is refused here: give the bytes.
    pub async fn call_resource_sse<T: crate::json::Decode + Send + 'static>(
        &self,
        request: &ResourceRequest,
    ) -> Result<crate::sse::EventStream<T>, Error> {
        self.resource_events_with::<T>(request, &CallOptions::default())
            .await
    }

    /// [`Self::call_resource_sse`] with a call's options.
    pub(crate) async fn resource_events_with<T: crate::json::Decode + Send + 'static>(
        &self,
        request: &ResourceRequest,
        options: &CallOptions,
    ) -> Result<crate::sse::EventStream<T>, Error> {
        request.path()?;
        if matches!(request.body, Body::File(_)) {
            return Err(Error::invalid_input(format!(
                "{}: a streamed answer is read only for requests whose body is in memory",
                request.action
            )));
        }
        let endpoint = self.endpoint();
        let target = self.target(&endpoint);
        crate::call::send_events(
            &self.config,
            target,
            request,
            |request, credential, timestamp| {
                build(
                    request,
                    &endpoint,
                    None,
                    credential,
                    timestamp,
                    &new_nonce(),
                )
            },
            crate::call::Decoders {
                check: |head, body| check_resource(head, body).map(|answer| answer.body),
                whole: crate::response::decode_json_object::<T>,
                event: crate::sse::decode_event::<T>,
            },
            options,
        )
        .await
    }

    /// Calls a resource-style operation and returns its status, headers
    /// and body. Retries failures per the rules in [`crate::retry`].
    pub async fn send_resource(
        &self,
        request: &ResourceRequest,
    ) -> Result<ResourceResponse, Error> {
        self.send_resource_with(request, &CallOptions::default())
            .await
    }

    /// [`Self::send_resource`] with a call's options.
    pub(crate) async fn send_resource_with(
        &self,
        request: &ResourceRequest,
        options: &CallOptions,
    ) -> Result<ResourceResponse, Error> {
        // A path that cannot be sent fails before any I/O.
        request.path()?;
        // A file body's hash, once per call.
        let streamed = match &request.body {
            Body::File(file) => Some((file.clone(), file.sha256().await?.1)),
            _ => None,
        };
        let endpoint = self.endpoint();
        let target = self.target(&endpoint);
        crate::call::send(
            &self.config,
            target,
            request,
            |request, credential, timestamp| {
                build(
                    request,
                    &endpoint,
                    streamed.as_ref(),
                    credential,
                    timestamp,
                    &new_nonce(),
                )
            },
            check_resource,
            options,
        )
        .await
    }
}

/// Encodes and signs one attempt of `request` (ACS3 over the encoded path).
fn build(
    request: &ResourceRequest,
    endpoint: &Endpoint,
    streamed: Option<&(FileSource, String)>,
    credential: &Credential,
    timestamp: u64,
    nonce: &str,
) -> Result<Built, Error> {
    let path = request.path()?;
    let body = request.body.to_bytes();
    let signed = acs3::sign(
        &acs3::Acs3Input {
            method: request.method.as_str(),
            host: endpoint.authority(),
            path,
            action: &request.action,
            version: &request.version,
            query: request.query.pairs(),
            body: &body,
            body_sha256: streamed.map(|(_, hash)| hash.as_str()),
            content_type: request.body.content_type(),
            timestamp,
            nonce,
            headers: request.headers.pairs(),
            resource: true,
        },
        credential,
    );
    let mut headers = http::HeaderMap::with_capacity(12 + request.headers.pairs().len());
    headers.insert(
        http::header::ACCEPT,
        http::HeaderValue::from_static("application/json"),
    );
    for (name, value) in signed.headers {
        crate::http::add_header(&mut headers, &name, value)?;
    }
    let http = crate::http::request(
        &request.action,
        request.method.as_http(),
        &endpoint.url_with_path(path, &signed.query),
        headers,
        body,
    )?;
    Ok(Built {
        request: http,
        canonical_request: signed.canonical_request,
        string_to_sign: signed.string_to_sign,
        stream: streamed.map(|(file, _)| file.clone()),
    })
}

/// A success keeps its status, headers and body; a JSON success that does
/// not parse (cut short) is a decode error, retried like any lost answer.
fn check_resource(head: &http::response::Parts, body: Bytes) -> Result<ResourceResponse, Error> {
    let status = head.status.as_u16();
    if status >= 400 {
        return Err(error_answer(head, &body));
    }
    let claims_json = json_content_type(&head.headers);
    if claims_json && !body.trim_ascii().is_empty() {
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(&body) {
            return Err(Error::decode(
                status,
                format!("the answer is not the JSON its Content-Type says: {e}"),
                &body,
            ));
        }
    }
    Ok(ResourceResponse {
        status,
        headers: head.headers.clone(),
        body,
    })
}
