//! The Tencent Cloud client: calls any action of any service with a JSON body.
//!
//! This is what the official SDKs call the Common Client, and what every
//! generated Tencent Cloud crate sends its typed requests through.
//!
//! ```no_run
//! # async fn demo() -> Result<(), yun_core::Error> {
//! use yun_core::tencent::TencentClient;
//! use yun_core::{Config, Credential};
//!
//! let config = Config::builder()
//!     .region("ap-guangzhou")
//!     .credentials(Credential::access_key("AKID…", "secret"))
//!     .build()?;
//! let cvm = TencentClient::new(config, "cvm");
//! let zones: serde_json::Value = cvm
//!     .call("DescribeZones", "2017-03-12", &serde_json::json!({}))
//!     .await?;
//! # Ok(()) }
//! ```

use crate::call::{Built, Target};
use crate::config::{Config, TencentSignature};
use crate::credentials::{Credential, CredentialKind};
use crate::encode::{flatten_into, form_encode_into, join_pairs, ListBase, Params};
use crate::endpoint::{tencent_host, Endpoint};
use crate::error::{Error, ServiceError, Vendor};
use crate::http::USER_AGENT;
use crate::json::{Decode, DecodeError, Reader};
use crate::options::CallOptions;
use crate::response::{decode_error, json_content_type};
use crate::retry::{new_idempotency_token, CallFacts, RetryFacts};
use crate::sign::{tc3, tencent_legacy};
use crate::time::now_unix;
use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One call: action, version and the JSON object of its parameters, and
/// the two facts retries depend on: whether the action only reads, and
/// which member is its idempotency token. A raw request is treated as a
/// write without a token unless told otherwise, so it is not retried once
/// it may have reached the service (see [`crate::retry`]).
///
/// `Debug` shows the body's size, not its content: parameters can be
/// secrets (an instance password, for one).
#[non_exhaustive]
#[derive(Clone)]
pub struct TencentRequest {
    /// The action, e.g. `DescribeInstances`.
    pub action: Cow<'static, str>,
    /// The API version, e.g. `2017-03-12`.
    pub version: Cow<'static, str>,
    /// The parameters as a JSON object, exactly as sent in a POST body; or,
    /// with `content_type` set, the body in that form.
    pub body: Bytes,
    /// `None` for a JSON body (the usual case); the media type of any
    /// other body: `multipart/form-data; boundary=…` for actions that take
    /// bytes ([`TencentRequest::multipart`]). Such a body is always sent as a
    /// TC3-signed POST, whatever the client's signature setting.
    pub content_type: Option<Cow<'static, str>>,
    /// The action only reads: safe to send again after a lost answer.
    pub read_only: bool,
    /// The top-level member that carries the action's idempotency token
    /// (`ClientToken`). When the body lacks it, the client adds a fresh
    /// token once per call and sends that on every attempt.
    pub idempotency_token: Option<Cow<'static, str>>,
    /// Headers of the caller's, sent unsigned (TC3 signs `content-type` and
    /// `host` only, as the official SDKs do).
    pub headers: Params,
}

impl TencentRequest {
    /// A call of `action` in `version` with `params` (any value that
    /// serializes to a JSON object).
    pub fn new<P: Serialize + ?Sized>(
        action: impl Into<Cow<'static, str>>,
        version: impl Into<Cow<'static, str>>,
        params: &P,
    ) -> Result<Self, Error> {
        let action = action.into();
        let body = serde_json::to_vec(params)
            .map_err(|e| Error::invalid_input(format!("{action}: parameters: {e}")))?;
        if body.first() != Some(&b'{') {
            return Err(Error::invalid_input(format!(
                "{action}: the parameters must be a JSON object"
            )));
        }
        Ok(Self::with_body(action, version.into(), body, None))
    }

    /// A call whose parameters include bytes ([`crate::binary::Blob`]
    /// members), sent as `multipart/form-data` as the official SDKs send
    /// such actions: one part per parameter, the bytes as file parts.
    pub fn multipart<P: Serialize + ?Sized>(
        action: impl Into<Cow<'static, str>>,
        version: impl Into<Cow<'static, str>>,
        params: &P,
    ) -> Result<Self, Error> {
        let action = action.into();
        let boundary = new_idempotency_token().replace('-', "");
        let body = crate::binary::multipart_body(params, &boundary)
            .map_err(|e| Error::invalid_input(format!("{action}: parameters: {e}")))?;
        let content_type = crate::binary::content_type(&boundary).into();
        Ok(Self::with_body(
            action,
            version.into(),
            body,
            Some(content_type),
        ))
    }

    /// A write without a token (the safe default), with this body.
    fn with_body(
        action: Cow<'static, str>,
        version: Cow<'static, str>,
        body: Vec<u8>,
        content_type: Option<Cow<'static, str>>,
    ) -> Self {
        TencentRequest {
            action,
            version,
            body: Bytes::from(body),
            content_type,
            read_only: false,
            idempotency_token: None,
            headers: Params::new(),
        }
    }

    /// Marks the action as read-only (or not).
    pub fn read_only(mut self, read_only: bool) -> Self {
        self.read_only = read_only;
        self
    }

    /// Names the member that carries the action's idempotency token
    /// (`ClientToken`).
    pub fn idempotency_token(mut self, member: impl Into<Cow<'static, str>>) -> Self {
        self.idempotency_token = Some(member.into());
        self
    }
}

impl RetryFacts for TencentRequest {
    fn call(&self) -> CallFacts<'_> {
        let token_member = self.idempotency_token.as_deref();
        CallFacts {
            action: &self.action,
            version: &self.version,
            read_only: self.read_only,
            token_member,
            token: token_member.and_then(|name| member_text(&self.body, name)),
        }
    }

    fn with_token_filled(&self) -> Option<TencentRequest> {
        let name = self.idempotency_token.as_deref()?;
        if member_text(&self.body, name).is_some() {
            return None;
        }
        let mut filled = self.clone();
        filled.body = with_member(&self.body, name, &new_idempotency_token())?;
        Some(filled)
    }
}

/// The text of a top-level string member of a JSON object body, if
/// present and not empty.
fn member_text<'b>(body: &'b [u8], name: &str) -> Option<Cow<'b, str>> {
    let mut r = Reader::new(std::str::from_utf8(body).ok()?);
    let mut members = r.object().ok()?;
    let mut found = None;
    while let Some(key) = members.next(&mut r).ok()? {
        if key == name {
            found = if r.absent().ok()? {
                None
            } else {
                Some(r.text().ok()?)
            };
        } else {
            r.skip().ok()?;
        }
    }
    found
}

/// The body with `"name":"value"` added as its first member; `None` when
/// the body is not a JSON object.
fn with_member(body: &[u8], name: &str, value: &str) -> Option<Bytes> {
    let rest = body.trim_ascii().strip_prefix(b"{")?.trim_ascii_start();
    let mut out = Vec::with_capacity(body.len() + name.len() + value.len() + 8);
    out.push(b'{');
    serde_json::to_writer(&mut out, name).ok()?;
    out.push(b':');
    serde_json::to_writer(&mut out, value).ok()?;
    if !rest.starts_with(b"}") {
        out.push(b',');
    }
    out.extend_from_slice(rest);
    Some(Bytes::from(out))
}

impl std::fmt::Debug for TencentRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TencentRequest")
            .field("action", &self.action)
            .field("version", &self.version)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// A client for one Tencent Cloud service (`cvm`, `cbs`, …).
#[derive(Clone, Debug)]
pub struct TencentClient {
    config: Config,
    service: Cow<'static, str>,
}

impl TencentClient {
    /// A client for `service`, the host prefix (`cvm` for
    /// `cvm.tencentcloudapi.com`).
    pub fn new(config: Config, service: impl Into<Cow<'static, str>>) -> Self {
        TencentClient {
            config,
            service: service.into(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Calls `action` with `params` and decodes the `Response` object into
    /// `T` (`serde_json::Value` for anything).
    pub async fn call<T: DeserializeOwned, P: Serialize + ?Sized>(
        &self,
        action: &str,
        version: &str,
        params: &P,
    ) -> Result<T, Error> {
        let request = TencentRequest::new(action.to_owned(), version.to_owned(), params)?;
        self.call_request(&request).await
    }

    /// Sends a prepared request (with its read-only and idempotency-token
    /// facts) and decodes the `Response` object into `T`.
    pub async fn call_request<T: DeserializeOwned>(
        &self,
        request: &TencentRequest,
    ) -> Result<T, Error> {
        response_from_json(&self.send(request).await?)
    }

    /// A call's target, for its span.
    fn target<'a>(&'a self, endpoint: &'a Endpoint) -> Target<'a> {
        Target {
            vendor: Vendor::Tencent,
            product: &self.service,
            host: endpoint.authority(),
        }
    }

    /// Where requests go: the config's `endpoint_url`, else
    /// `<service>.tencentcloudapi.com` (`<service>.<region>.tencentcloudapi.com`
    /// with `tencent_regional_endpoint`).
    pub fn endpoint(&self) -> Endpoint {
        match &self.config.endpoint {
            Some(e) => e.clone(),
            None => Endpoint::https(tencent_host(
                &self.service,
                self.config.region(),
                self.config.tencent_regional_endpoint,
            )),
        }
    }

    /// Sends a call and returns the whole successful response body
    /// (`{"Response": {…}}`); an `Error` in it becomes [`Error::Service`].
    /// Retries failures per the rules in [`crate::retry`].
    pub async fn send(&self, request: &TencentRequest) -> Result<Bytes, Error> {
        self.send_with(request, &CallOptions::default()).await
    }

    /// [`Self::send`] with a call's options.
    pub(crate) async fn send_with(
        &self,
        request: &TencentRequest,
        options: &CallOptions,
    ) -> Result<Bytes, Error> {
        let endpoint = self.endpoint();
        let target = self.target(&endpoint);
        crate::call::send(
            &self.config,
            target,
            request,
            |request, credential, timestamp| self.build(request, &endpoint, credential, timestamp),
            check_response,
            options,
        )
        .await
    }

    /// Sends a call whose answer streams (server-sent events; a request
    /// with `"Stream": true`) and returns its events as they arrive, each
    /// event's data decoded as `T` (`serde_json::Value` for anything; a
    /// `{"Response": …}` envelope is taken off). Retries follow the usual
    /// rules until the first event has arrived; an error the service sends
    /// as an event ends the stream as [`Error::Service`]. An answer that is
    /// not an event stream is read as usual: an error is this call's error,
    /// anything else the stream's one event. See [`crate::sse`].
    ///
    /// ```no_run
    /// # async fn demo(hunyuan: yun_core::tencent::TencentClient) -> Result<(), yun_core::Error> {
    /// use futures_util::TryStreamExt;
    /// use yun_core::tencent::TencentRequest;
    ///
    /// let body = serde_json::json!({
    ///     "Model": "hunyuan-lite",
    ///     "Stream": true,
    ///     "Messages": [{"Role": "user", "Content": "Hello"}],
    /// });
    /// let request = TencentRequest::new("ChatCompletions", "2023-09-01", &body)?;
    /// let mut events = hunyuan.call_sse::<serde_json::Value>(&request).await?;
    /// while let Some(event) = events.try_next().await? {
    ///     print!("{}", event.data["Choices"][0]["Delta"]["Content"].as_str().unwrap_or(""));
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn call_sse<T: Decode + Send + 'static>(
        &self,
        request: &TencentRequest,
    ) -> Result<crate::sse::EventStream<T>, Error> {
        self.events_with::<T>(request, &CallOptions::default())
            .await
    }

    /// [`Self::call_sse`] with a call's options.
    pub(crate) async fn events_with<T: Decode + Send + 'static>(
        &self,
        request: &TencentRequest,
        options: &CallOptions,
    ) -> Result<crate::sse::EventStream<T>, Error> {
        let endpoint = self.endpoint();
        let target = self.target(&endpoint);
        crate::call::send_events(
            &self.config,
            target,
            request,
            |request, credential, timestamp| self.build(request, &endpoint, credential, timestamp),
            crate::call::Decoders {
                check: check_response,
                whole: decode_response::<T>,
                event: crate::sse::decode_event::<T>,
            },
            options,
        )
        .await
    }

    /// Encodes and signs one attempt of `request`.
    fn build(
        &self,
        request: &TencentRequest,
        endpoint: &Endpoint,
        credential: &Credential,
        timestamp: u64,
    ) -> Result<Built, Error> {
        if credential.kind() == CredentialKind::Bearer {
            return Err(Error::credentials(
                credential.provider(),
                "Tencent Cloud does not accept bearer tokens; use a SecretId/SecretKey",
            ));
        }
        let host = endpoint.authority();
        let region = self.config.region();
        let language = self.config.language.as_deref();
        let mut headers = http::HeaderMap::with_capacity(12);
        headers.insert(
            http::HeaderName::from_static("x-tc-requestclient"),
            http::HeaderValue::from_static(USER_AGENT),
        );
        let signature = match (&request.content_type, self.config.tencent_signature) {
            (Some(_), TencentSignature::Legacy(_)) => {
                return Err(Error::invalid_input(format!(
                    "{}: a multipart body can only be signed with TC3-HMAC-SHA256",
                    request.action
                )))
            }
            // A form body is always a POST.
            (Some(_), _) => TencentSignature::Tc3,
            (None, signature) => signature,
        };
        let (method, query, body) = match signature {
            TencentSignature::Tc3 => ("POST", String::new(), request.body.clone()),
            TencentSignature::Tc3Get => {
                let pairs = flatten_body(request)?;
                let query = join_pairs(
                    pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                    form_encode_into,
                );
                ("GET", query, Bytes::new())
            }
            TencentSignature::Legacy(algorithm) => {
                let pairs = flatten_body(request)?;
                let form = tencent_legacy::sign(
                    &tencent_legacy::LegacyInput {
                        method: "POST",
                        host,
                        path: "/",
                        action: &request.action,
                        version: &request.version,
                        region,
                        language,
                        params: &pairs,
                        request_client: USER_AGENT,
                        timestamp,
                        nonce: legacy_nonce(),
                    },
                    credential,
                    algorithm,
                );
                crate::http::add_header(&mut headers, "host", host.to_owned())?;
                headers.insert(
                    http::header::CONTENT_TYPE,
                    http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                );
                ("POST", String::new(), Bytes::from(form))
            }
        };
        let (mut canonical_request, mut string_to_sign) = (String::new(), String::new());
        if !matches!(signature, TencentSignature::Legacy(_)) {
            let content_type = match &request.content_type {
                Some(content_type) => content_type,
                None if method == "GET" => "application/x-www-form-urlencoded",
                None => "application/json",
            };
            let signed = tc3::sign(
                &tc3::Tc3Input {
                    method,
                    host,
                    service: &self.service,
                    action: &request.action,
                    version: &request.version,
                    region,
                    language,
                    content_type,
                    query: &query,
                    payload: &body,
                    timestamp,
                },
                credential,
            );
            for (name, value) in signed.headers {
                crate::http::add_header(&mut headers, name, value)?;
            }
            canonical_request = signed.canonical_request;
            string_to_sign = signed.string_to_sign;
        }
        for (name, value) in request.headers.pairs() {
            crate::http::add_header(&mut headers, name, value.clone())?;
        }
        let method = if method == "GET" {
            http::Method::GET
        } else {
            http::Method::POST
        };
        let request = crate::http::request(
            &request.action,
            method,
            &endpoint.url(&query),
            headers,
            body,
        )?;
        Ok(Built {
            request,
            canonical_request,
            string_to_sign,
            stream: None,
        })
    }
}

/// The JSON body as flat `Name.0.Member` pairs, for GET and the legacy form.
fn flatten_body(request: &TencentRequest) -> Result<Vec<(String, String)>, Error> {
    let value: serde_json::Value = serde_json::from_slice(&request.body)
        .map_err(|e| Error::invalid_input(format!("{}: parameters: {e}", request.action)))?;
    let mut pairs = Vec::new();
    flatten_into(&mut pairs, "", &value, ListBase::Zero)
        .map_err(|e| Error::invalid_input(format!("{}: parameters: {e}", request.action)))?;
    Ok(pairs)
}

/// A positive random nonce for the legacy signature.
fn legacy_nonce() -> u64 {
    let mut b = [0u8; 8];
    if getrandom::getrandom(&mut b).is_err() {
        return now_unix() ^ 0x5DEE_CE66;
    }
    (u64::from_le_bytes(b) >> 1).max(1)
}

#[derive(Deserialize)]
struct Envelope<T> {
    #[serde(rename = "Response")]
    response: T,
}

#[derive(Deserialize)]
struct ErrorProbe {
    #[serde(rename = "Error")]
    error: Option<ErrorBody>,
    #[serde(rename = "RequestId")]
    request_id: Option<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(rename = "Code")]
    code: Option<String>,
    #[serde(rename = "Message")]
    message: Option<String>,
}

/// Turns a response into its body, or the service's error. Tencent answers
/// errors with HTTP 200 too, as `{"Response":{"Error":{...}}}`.
fn check_response(head: &http::response::Parts, body: Bytes) -> Result<Bytes, Error> {
    let status = head.status.as_u16();
    let is_json = json_content_type(&head.headers);
    // Most answers are successes: a JSON object with no `"Error"` text in it
    // anywhere cannot hold an Error member, and a byte search settles that
    // without reading the body twice.
    let trimmed = body.trim_ascii();
    if status < 400
        && trimmed.first() == Some(&b'{')
        && trimmed.last() == Some(&b'}')
        && memchr::memmem::find(trimmed, b"\"Error\"").is_none()
    {
        return Ok(body);
    }
    match serde_json::from_slice::<Envelope<ErrorProbe>>(&body) {
        Ok(Envelope {
            response:
                ErrorProbe {
                    error: Some(error),
                    request_id,
                },
        }) => Err(ServiceError {
            access_denied: None,
            client_token: None,
            vendor: Vendor::Tencent,
            code: error.code.unwrap_or_else(|| "Unknown".into()),
            message: error.message.unwrap_or_default(),
            request_id,
            http_status: status,
            recommend: None,
            host_id: None,
            note: None,
        }
        .into()),
        Ok(_) if status < 400 => Ok(body),
        Ok(_) => Err(Error::decode(
            status,
            "HTTP error without an Error object",
            &body,
        )),
        Err(e) if is_json || status < 400 => Err(decode_error(status, &e, &body)),
        Err(_) => Err(Error::not_json_answer(status, &body)),
    }
}

/// Decodes the `Response` object of a successful body into a generated
/// type (anything that implements [`Decode`]).
pub fn decode_response<T: Decode>(body: &[u8]) -> Result<T, Error> {
    crate::json::from_slice::<Envelope<T>>(body)
        .map(|e| e.response)
        .map_err(|e| decode_error(200, &e, body).with_source(Box::new(e)))
}

/// Decodes the `Response` object of a successful body into a serde type.
fn response_from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    crate::lenient::from_slice::<Envelope<T>>(body)
        .map(|e| e.response)
        .map_err(|e| decode_error(200, &crate::json::describe_serde_error(body, &e), body))
}

impl<T: Decode> Decode for Envelope<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut response = None;
        let mut members = r.object()?;
        while let Some(key) = members.next(r)? {
            match &*key {
                "Response" => response = Some(T::decode(r)?),
                _ => r.skip()?,
            }
        }
        match response {
            Some(response) => Ok(Envelope { response }),
            None => Err(r.missing("Response")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(status: u16, body: &str) -> Result<Bytes, Error> {
        let (head, ()) = http::Response::builder()
            .status(status)
            .header("content-type", "application/json")
            .body(())
            .expect("a response head")
            .into_parts();
        check_response(&head, Bytes::from(body.to_owned()))
    }

    #[test]
    fn errors_are_found_with_or_without_the_byte_search_shortcut() {
        assert!(check(200, r#"{"Response":{"TotalCount":0,"RequestId":"r"}}"#).is_ok());
        // "Error" as a value sends the body through the full probe, which finds no Error member.
        assert!(check(200, r#"{"Response":{"State":"Error","RequestId":"r"}}"#).is_ok());
        let e = check(
            200,
            r#"{"Response":{"Error":{"Code":"LimitExceeded","Message":"m"},"RequestId":"r"}}"#,
        )
        .unwrap_err();
        assert_eq!(e.code(), Some("LimitExceeded"));
        assert!(check(200, r#"{"Response":{"RequestId":"r""#).is_err());
    }

    #[test]
    fn the_token_member_is_read_from_the_top_level_only() {
        let body = br#"{"Nested":{"ClientToken":"inner"},"ClientToken":"outer"}"#;
        assert_eq!(member_text(body, "ClientToken").as_deref(), Some("outer"));
        assert_eq!(member_text(br#"{"ClientToken":""}"#, "ClientToken"), None);
        assert_eq!(
            member_text(br#"{"Nested":{"ClientToken":"x"}}"#, "ClientToken"),
            None
        );
        assert_eq!(member_text(b"not json", "ClientToken"), None);
    }
}
