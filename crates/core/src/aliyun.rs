//! The Alibaba Cloud RPC client: calls any action of any RPC-style product.
//!
//! This is what the official SDKs call a CommonRequest, and what every
//! generated Alibaba Cloud crate sends its typed requests through.
//!
//! ```no_run
//! # async fn demo() -> Result<(), yun_core::Error> {
//! use yun_core::aliyun::{AliyunClient, RpcRequest};
//! use yun_core::{Config, Credential};
//!
//! let config = Config::builder()
//!     .region("cn-hangzhou")
//!     .credentials(Credential::access_key("LTAI…", "secret"))
//!     .build()?;
//! let client = AliyunClient::for_product(config, "ecs");
//! let mut req = RpcRequest::new("DescribeRegions", "2014-05-26");
//! req.query.insert("RegionId", "cn-hangzhou");
//! let regions: serde_json::Value = client.call(&req).await?;
//! # Ok(()) }
//! ```

use crate::call::{Built, Target};
use crate::config::{AliyunSignature, Config};
use crate::credentials::Credential;
use crate::encode::Params;
use crate::endpoint::{aliyun_host, AliyunEndpoints, Endpoint};
use crate::error::{Error, ServiceError, Vendor};
use crate::options::CallOptions;
use crate::response::{from_json, json_content_type};
use crate::retry::{new_idempotency_token, CallFacts, RetryFacts};
use crate::sign::{acs3, aliyun_rpc, new_nonce};
use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::borrow::Cow;

mod resource;
pub use resource::{Body, ResourceRequest, ResourceResponse};

/// The HTTP method. RPC-style calls use GET or POST; resource-style calls
/// ([`ResourceRequest`]) any of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Method {
    /// Parameters in the query string.
    Get,
    /// Query parameters plus an optional body. The default, as the
    /// official SDKs send.
    #[default]
    Post,
    /// Replace a resource (resource-style APIs).
    Put,
    /// Delete a resource (resource-style APIs).
    Delete,
    /// Change part of a resource (resource-style APIs).
    Patch,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
        }
    }

    fn as_http(self) -> http::Method {
        match self {
            Method::Get => http::Method::GET,
            Method::Post => http::Method::POST,
            Method::Put => http::Method::PUT,
            Method::Delete => http::Method::DELETE,
            Method::Patch => http::Method::PATCH,
        }
    }
}

/// One RPC call: action, version, method and flattened parameters, and
/// the two facts retries depend on: whether the action only reads, and
/// which parameter is its idempotency token. A raw request is treated as
/// a write without a token unless told otherwise, so it is not retried
/// once it may have reached the service (see [`crate::retry`]).
#[derive(Clone, Debug)]
pub struct RpcRequest {
    /// The action, e.g. `DescribeInstances`.
    pub action: Cow<'static, str>,
    /// The API version, e.g. `2014-05-26`.
    pub version: Cow<'static, str>,
    /// GET or POST.
    pub method: Method,
    /// Query-string parameters.
    pub query: Params,
    /// Form-body parameters (POST only).
    pub body: Params,
    /// Headers of the caller's: signed under ACS3, sent unsigned under RPC
    /// v1 (which signs no header).
    pub headers: Params,
    /// The action only reads: safe to send again after a lost answer.
    pub read_only: bool,
    /// The parameter that carries the action's idempotency token
    /// (`ClientToken`). When unset in `query` and `body`, the client fills it
    /// with a fresh token once per call and sends that on every attempt.
    pub idempotency_token: Option<Cow<'static, str>>,
    /// The action is called without credentials (the metadata's
    /// `Anonymous` security): sent unsigned, and no credential is looked up.
    pub anonymous: bool,
    /// Where a filled token goes: the form body rather than the query.
    token_in_body: bool,
}

impl RpcRequest {
    /// A POST call of `action` in API `version` with no parameters yet.
    pub fn new(
        action: impl Into<Cow<'static, str>>,
        version: impl Into<Cow<'static, str>>,
    ) -> Self {
        RpcRequest {
            action: action.into(),
            version: version.into(),
            method: Method::Post,
            query: Params::new(),
            body: Params::new(),
            headers: Params::new(),
            read_only: false,
            idempotency_token: None,
            anonymous: false,
            token_in_body: false,
        }
    }

    /// Sets the HTTP method.
    pub fn method(mut self, method: Method) -> Self {
        self.method = method;
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
    /// token (`ClientToken`).
    pub fn idempotency_token(mut self, parameter: impl Into<Cow<'static, str>>) -> Self {
        self.idempotency_token = Some(parameter.into());
        self.token_in_body = false;
        self
    }

    /// Names a form-body parameter as the idempotency token.
    pub(crate) fn idempotency_token_in_body(mut self, parameter: &'static str) -> Self {
        self.idempotency_token = Some(Cow::Borrowed(parameter));
        self.token_in_body = true;
        self
    }

    /// The token this request carries, if any (empty counts as none).
    fn token(&self) -> Option<&str> {
        let name = self.idempotency_token.as_deref()?;
        self.query
            .get(name)
            .or_else(|| self.body.get(name))
            .filter(|t| !t.is_empty())
    }
}

impl RetryFacts for RpcRequest {
    fn call(&self) -> CallFacts<'_> {
        CallFacts {
            action: &self.action,
            version: &self.version,
            read_only: self.read_only,
            token_member: self.idempotency_token.as_deref(),
            token: self.token().map(Cow::Borrowed),
        }
    }

    fn with_token_filled(&self) -> Option<RpcRequest> {
        let name = self.idempotency_token.as_deref()?;
        if self.query.get(name).is_some() || self.body.get(name).is_some() {
            return None;
        }
        let mut filled = self.clone();
        let target = if self.token_in_body {
            &mut filled.body
        } else {
            &mut filled.query
        };
        target.insert(name, new_idempotency_token());
        Some(filled)
    }
    fn anonymous(&self) -> bool {
        self.anonymous
    }
}

/// A client for one Alibaba Cloud product's RPC API.
#[derive(Clone, Debug)]
pub struct AliyunClient {
    config: Config,
    product: Cow<'static, str>,
    regional: &'static [(&'static str, &'static str)],
}

impl AliyunClient {
    /// A client for a product whose per-region hosts are known (generated
    /// crates pass their metadata's table).
    pub fn new(config: Config, endpoints: AliyunEndpoints) -> Self {
        AliyunClient {
            config,
            product: Cow::Borrowed(endpoints.product),
            regional: endpoints.regional,
        }
    }

    /// A client for any product by endpoint code (`ecs`, `ocr`, …): requests
    /// go to `<code>.<region>.aliyuncs.com` unless the config overrides it.
    pub fn for_product(config: Config, product: impl Into<String>) -> Self {
        AliyunClient {
            config,
            product: Cow::Owned(product.into().to_ascii_lowercase()),
            regional: &[],
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The product's endpoint code (`ecs`, `ocr`).
    pub fn product(&self) -> &str {
        &self.product
    }

    /// Calls the API and decodes its JSON answer into `T`
    /// (`serde_json::Value` for anything).
    pub async fn call<T: DeserializeOwned>(&self, request: &RpcRequest) -> Result<T, Error> {
        let body = self.send(request).await?;
        from_json(&body)
    }

    /// Calls the API and returns the successful response's body.
    /// Retries failures per the rules in [`crate::retry`].
    pub async fn send(&self, request: &RpcRequest) -> Result<Bytes, Error> {
        self.send_with(request, &CallOptions::default()).await
    }

    /// [`Self::send`] with a call's options.
    pub(crate) async fn send_with(
        &self,
        request: &RpcRequest,
        options: &CallOptions,
    ) -> Result<Bytes, Error> {
        let endpoint = self.endpoint();
        let target = self.target(&endpoint);
        crate::call::send(
            &self.config,
            target,
            request,
            |request, credential, timestamp| {
                self.build(request, &endpoint, credential, timestamp, &new_nonce())
            },
            check_response,
            options,
        )
        .await
    }

    /// Calls an action whose answer streams (server-sent events) and returns
    /// its events as they arrive, each event's data decoded as `T`
    /// (`serde_json::Value` for anything): the same rules as
    /// [`TencentClient::call_sse`](crate::tencent::TencentClient::call_sse).
    pub async fn call_sse<T: crate::json::Decode + Send + 'static>(
        &self,
        request: &RpcRequest,
    ) -> Result<crate::sse::EventStream<T>, Error> {
        self.events_with::<T>(request, &CallOptions::default())
            .await
    }

    /// [`Self::call_sse`] with a call's options.
    pub(crate) async fn events_with<T: crate::json::Decode + Send + 'static>(
        &self,
        request: &RpcRequest,
        options: &CallOptions,
    ) -> Result<crate::sse::EventStream<T>, Error> {
        let endpoint = self.endpoint();
        let target = self.target(&endpoint);
        crate::call::send_events(
            &self.config,
            target,
            request,
            |request, credential, timestamp| {
                self.build(request, &endpoint, credential, timestamp, &new_nonce())
            },
            crate::call::Decoders {
                check: check_response,
                whole: crate::response::decode_json::<T>,
                event: crate::sse::decode_event::<T>,
            },
            options,
        )
        .await
    }

    /// A call's target, for its span.
    pub(crate) fn target<'a>(&'a self, endpoint: &'a Endpoint) -> Target<'a> {
        Target {
            vendor: Vendor::Aliyun,
            product: &self.product,
            host: endpoint.authority(),
        }
    }

    /// Where requests go: the config's `endpoint_url`, else the host for
    /// the config's region (the product's table, else
    /// `<product>.<region>.aliyuncs.com`, else `<product>.aliyuncs.com`).
    pub fn endpoint(&self) -> Endpoint {
        if let Some(e) = &self.config.endpoint {
            return e.clone();
        }
        Endpoint::https(aliyun_host(
            &self.product,
            self.regional,
            self.config.region(),
        ))
    }

    /// Encodes and signs one attempt of `request`.
    fn build(
        &self,
        request: &RpcRequest,
        endpoint: &Endpoint,
        credential: &Credential,
        timestamp: u64,
        nonce: &str,
    ) -> Result<Built, Error> {
        let method = request.method.as_str();
        let (body, content_type) = if request.body.is_empty() {
            (String::new(), None)
        } else {
            if request.method != Method::Post {
                return Err(Error::invalid_input(format!(
                    "{}: only a POST request carries form parameters",
                    request.action
                )));
            }
            (
                request.body.to_form_body(),
                Some("application/x-www-form-urlencoded"),
            )
        };
        let mut headers = http::HeaderMap::with_capacity(12);
        headers.insert(
            http::header::ACCEPT,
            http::HeaderValue::from_static("application/json"),
        );
        let (query, canonical_request, string_to_sign) = match self.config.aliyun_signature {
            AliyunSignature::Acs3 => {
                let signed = acs3::sign(
                    &acs3::Acs3Input {
                        method,
                        host: endpoint.authority(),
                        path: "/",
                        action: &request.action,
                        version: &request.version,
                        query: request.query.pairs(),
                        body: body.as_bytes(),
                        body_sha256: None,
                        content_type,
                        timestamp,
                        nonce,
                        headers: request.headers.pairs(),
                        resource: false,
                    },
                    credential,
                );
                for (name, value) in signed.headers {
                    crate::http::add_header(&mut headers, &name, value)?;
                }
                (
                    signed.query,
                    signed.canonical_request,
                    signed.string_to_sign,
                )
            }
            AliyunSignature::RpcV1(algorithm) => {
                if let Some(ct) = content_type {
                    headers.insert(
                        http::header::CONTENT_TYPE,
                        http::HeaderValue::from_static(ct),
                    );
                }
                for (name, value) in request.headers.pairs() {
                    crate::http::add_header(&mut headers, name, value.clone())?;
                }
                let signed = aliyun_rpc::sign(
                    &aliyun_rpc::RpcInput {
                        method,
                        action: &request.action,
                        version: &request.version,
                        query: request.query.pairs(),
                        body: request.body.pairs(),
                        timestamp,
                        nonce,
                    },
                    credential,
                    algorithm,
                );
                (signed.query, String::new(), signed.string_to_sign)
            }
        };
        let http = crate::http::request(
            &request.action,
            request.method.as_http(),
            &endpoint.url(&query),
            headers,
            Bytes::from(body),
        )?;
        Ok(Built {
            request: http,
            canonical_request,
            string_to_sign,
            stream: None,
        })
    }
}

/// Alibaba Cloud's error body: `Code`, `Message`, `RequestId`, `Recommend`,
/// `HostId`; resource-style APIs write the first three in camelCase.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ErrorBody {
    #[serde(alias = "code")]
    code: Option<String>,
    #[serde(alias = "message")]
    message: Option<String>,
    #[serde(alias = "requestId")]
    request_id: Option<String>,
    recommend: Option<String>,
    host_id: Option<String>,
    /// An object, or (as some gateways write it) that object as JSON text;
    /// read leniently so that a surprise here never costs the error itself.
    access_denied_detail: Option<serde_json::Value>,
}

/// `AccessDeniedDetail` as an object or as JSON text holding one.
fn access_denied(value: Option<serde_json::Value>) -> Option<crate::error::AccessDeniedDetail> {
    let value = match value? {
        serde_json::Value::String(text) => serde_json::from_str(&text).ok()?,
        other => other,
    };
    serde_json::from_value(value).ok()
}

/// Passes a success body through; turns an error status into a typed error.
/// A success whose body is not a JSON object (a proxy's page, a body cut
/// short by the server) is a decode error here, inside the retry loop.
fn check_response(head: &http::response::Parts, body: Bytes) -> Result<Bytes, Error> {
    let status = head.status.as_u16();
    if status < 400 {
        let trimmed = body.trim_ascii();
        if trimmed.first() != Some(&b'{') || trimmed.last() != Some(&b'}') {
            return Err(Error::decode(
                status,
                "the answer is not a JSON object",
                &body,
            ));
        }
        return Ok(body);
    }
    Err(error_answer(head, &body))
}

/// The typed error for an answer of status 400 or more.
fn error_answer(head: &http::response::Parts, body: &[u8]) -> Error {
    let status = head.status.as_u16();
    let header_id = || {
        head.headers
            .get("x-acs-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    match serde_json::from_slice::<ErrorBody>(body) {
        Ok(ErrorBody {
            code: Some(code),
            message,
            request_id,
            recommend,
            host_id,
            access_denied_detail,
        }) => ServiceError {
            access_denied: access_denied(access_denied_detail),
            client_token: None,
            vendor: Vendor::Aliyun,
            code,
            message: message.unwrap_or_default(),
            request_id: request_id.or_else(header_id),
            http_status: status,
            recommend,
            host_id,
            note: None,
        }
        .into(),
        Ok(_) => Error::decode(status, "the error response has no Code", body),
        Err(e) if json_content_type(&head.headers) => {
            Error::decode(status, format!("malformed JSON error body: {e}"), body)
        }
        Err(_) => Error::not_json_answer(status, body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_get_with_everything_in_the_query() {
        let config = Config::builder()
            .credentials(Credential::access_key("id", "secret"))
            .transport(std::sync::Arc::new(
                crate::http::ReqwestTransport::new(&Default::default()).unwrap(),
            ))
            .aliyun_signature(AliyunSignature::RpcV1(Default::default()))
            .build()
            .unwrap();
        let client = AliyunClient::for_product(config, "ECS");
        let mut req = RpcRequest::new("DescribeRegions", "2014-05-26").method(Method::Get);
        req.query.insert("RegionId", "cn-hangzhou");
        let endpoint = client.endpoint();
        assert_eq!(endpoint.authority(), "ecs.aliyuncs.com");
        let credential = Credential::access_key("id", "secret");
        let http = client
            .build(&req, &endpoint, &credential, 0, "n")
            .unwrap()
            .request;
        let url = http.uri().to_string();
        assert!(
            url.starts_with("https://ecs.aliyuncs.com/?AccessKeyId=id&Action=DescribeRegions"),
            "{url}"
        );
        assert!(
            url.contains("&RegionId=cn-hangzhou&") && url.contains("&Signature="),
            "{url}"
        );
        req.body.insert("X", "1");
        assert!(client.build(&req, &endpoint, &credential, 0, "n").is_err());
    }
}
