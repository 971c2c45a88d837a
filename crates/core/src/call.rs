//! One call's path, the same for both vendors: fill the idempotency token
//! once, then attempts under the retry rules ([`crate::retry`]). Each
//! attempt takes a usable credential, builds and signs the request at the
//! service's time, sends it, checks the answer, and lets the client's clock
//! learn from the answer's `Date`.
//!
//! What it shows through `tracing` (target `yun_core::call`):
//!
//! - a `call` span (DEBUG) per call: `vendor`, `product`, `action`,
//!   `version`, `region`, `host`, `read_only`; when it ends `attempts`,
//!   `http_status`, `request_id`, `elapsed_ms` and `outcome`;
//! - an event (DEBUG) per attempt: `attempt`, `http_status` or `error_kind`,
//!   `code`, `latency_ms`, and the error's text;
//! - at TRACE, what each attempt signed and sent: the canonical request,
//!   the string to sign, the query and the body, every secret replaced.

mod events;

pub(crate) use events::{send_events, Decoders};

use crate::config::Config;
use crate::credentials::Credential;
use crate::error::{Error, Vendor};
use crate::http::HttpRequest;
use crate::options::CallOptions;
use crate::redact;
use crate::retry::{prepare, RetryFacts};
use bytes::Bytes;
use std::sync::atomic::{AtomicU16, AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Instant, SystemTime};
use tracing::field::Empty;
use tracing::Instrument;

/// Turns an answer into what the caller gets (its body, or its status,
/// headers and body) or the service's error.
pub(crate) type Check<T> = fn(&http::response::Parts, Bytes) -> Result<T, Error>;

/// One attempt's request and what was signed for it (empty where the
/// protocol has no such text). The texts hold secrets (a security token,
/// request members); they go out only through [`redact`].
pub(crate) struct Built {
    pub(crate) request: HttpRequest,
    pub(crate) canonical_request: String,
    pub(crate) string_to_sign: String,
    /// A body sent as a stream instead of `request`'s (empty) body: opened
    /// again for every attempt.
    pub(crate) stream: Option<crate::upload::FileSource>,
}

/// Where a call goes, for its span.
#[derive(Clone, Copy)]
pub(crate) struct Target<'a> {
    pub(crate) vendor: Vendor,
    /// The product's endpoint code or service (`ecs`, `cvm`).
    pub(crate) product: &'a str,
    /// The host requests go to.
    pub(crate) host: &'a str,
}

/// What the last attempt saw, for the call span's closing fields.
#[derive(Default)]
struct LastAnswer {
    attempts: AtomicU32,
    http_status: AtomicU16,
    request_id: Mutex<Option<String>>,
    /// A subscriber wants the call span: worth finding the request id.
    wanted: bool,
}

/// Sends `request` with retries: `build` encodes and signs one attempt
/// (given the credential and the Unix time to sign with), `check` reads the
/// answer.
pub(crate) async fn send<R, B, T>(
    config: &Config,
    target: Target<'_>,
    request: &R,
    build: B,
    check: Check<T>,
    options: &CallOptions,
) -> Result<T, Error>
where
    R: RetryFacts,
    B: Fn(&R, &Credential, u64) -> Result<Built, Error>,
{
    let retry = options.retry_config(&config.retry);
    let request = prepare(&retry, request);
    let call = request.call();
    let span = call_span(config, target, &call);
    let last = LastAnswer {
        wanted: !span.is_disabled(),
        ..LastAnswer::default()
    };
    // Reading the clock is skipped when nobody listens.
    let started = last.wanted.then(Instant::now);
    let result = retry
        .run(&config.state, &call, || {
            let n = last.attempts.fetch_add(1, Ordering::Relaxed) + 1;
            attempt(config, &*request, &build, check, n, &last, options)
        })
        .instrument(span.clone())
        .await
        .map_err(|e| e.with_client_token(call.token.as_deref()));
    if let Some(started) = started {
        close_span(&span, &last, started, &result);
    }
    result
}

/// The `call` span: where the call goes, and (recorded at its end) how it
/// went; a streamed call also records its events and bytes.
fn call_span(
    config: &Config,
    target: Target<'_>,
    call: &crate::retry::CallFacts<'_>,
) -> tracing::Span {
    tracing::debug_span!(
        "call",
        vendor = target.vendor.as_str(),
        product = target.product,
        action = call.action,
        version = call.version,
        region = config.region().unwrap_or_default(),
        host = target.host,
        read_only = call.read_only,
        attempts = Empty,
        http_status = Empty,
        request_id = Empty,
        elapsed_ms = Empty,
        outcome = Empty,
        events = Empty,
        bytes = Empty,
    )
}

fn close_span<T>(
    span: &tracing::Span,
    last: &LastAnswer,
    started: Instant,
    result: &Result<T, Error>,
) {
    span.record("attempts", last.attempts.load(Ordering::Relaxed));
    span.record("elapsed_ms", started.elapsed().as_millis() as u64);
    let status = match result {
        Ok(_) => Some(last.http_status.load(Ordering::Relaxed)),
        Err(e) => e.http_status(),
    };
    if let Some(status) = status.filter(|s| *s != 0) {
        span.record("http_status", status);
    }
    let request_id = match result {
        Ok(_) => last.request_id.lock().ok().and_then(|id| id.clone()),
        Err(e) => e.request_id().map(str::to_owned),
    };
    if let Some(id) = request_id {
        span.record("request_id", id.as_str());
    }
    match result {
        Ok(_) => span.record("outcome", "ok"),
        Err(e) => span.record("outcome", e.label()),
    };
    if let Err(e) = result {
        tracing::debug!(parent: span, error = %e, "call failed");
    }
}

async fn attempt<R, B, T>(
    config: &Config,
    request: &R,
    build: &B,
    check: Check<T>,
    n: u32,
    last: &LastAnswer,
    options: &CallOptions,
) -> Result<T, Error>
where
    R: RetryFacts,
    B: Fn(&R, &Credential, u64) -> Result<Built, Error>,
{
    let started = last.wanted.then(Instant::now);
    let result = exchange(config, request, build, check, last, options).await;
    let latency_ms = started.map_or(0, |s| s.elapsed().as_millis() as u64);
    match &result {
        Ok(_) => tracing::debug!(
            attempt = n,
            http_status = last.http_status.load(Ordering::Relaxed),
            latency_ms,
            "attempt succeeded"
        ),
        Err(e) => tracing::debug!(
            attempt = n,
            error_kind = e.label(),
            http_status = e.http_status(),
            code = e.code(),
            latency_ms,
            error = %e,
            "attempt failed"
        ),
    }
    result
}

async fn exchange<R, B, T>(
    config: &Config,
    request: &R,
    build: &B,
    check: Check<T>,
    last: &LastAnswer,
    options: &CallOptions,
) -> Result<T, Error>
where
    R: RetryFacts,
    B: Fn(&R, &Credential, u64) -> Result<Built, Error>,
{
    let Built {
        request: http,
        canonical_request,
        string_to_sign,
        stream,
    } = signed(config, request, build, options).await?;
    let answer = match stream {
        // Boxed: every call's future would otherwise carry the file's.
        Some(file) => Box::pin(send_streamed(config, http, file)).await?,
        None => config.transport.send(http).await?,
    };
    let (head, body) = answer.into_parts();
    answered(config, options, request, &head, &body);
    last.http_status
        .store(head.status.as_u16(), Ordering::Relaxed);
    if last.wanted {
        if let Ok(mut id) = last.request_id.lock() {
            *id = request_id_hint(&head.headers, &body);
        }
    }
    checked(
        config,
        &head,
        body,
        check,
        &canonical_request,
        &string_to_sign,
    )
}

fn has_interceptors(config: &Config, options: &CallOptions) -> bool {
    !(config.interceptors.is_empty() && options.interceptors.is_empty())
}

/// Shows an answer to the call's interceptors.
pub(crate) fn answered<R: RetryFacts>(
    config: &Config,
    options: &CallOptions,
    request: &R,
    head: &http::response::Parts,
    body: &[u8],
) {
    if has_interceptors(config, options) {
        let facts = request.call();
        let answer = crate::options::Answered {
            action: facts.action,
            head,
            body,
        };
        for interceptor in interceptors(config, options) {
            interceptor.on_answer(&answer);
        }
    }
}

/// The interceptors a call runs: the client's, then its own.
pub(crate) fn interceptors<'a>(
    config: &'a Config,
    options: &'a CallOptions,
) -> impl Iterator<Item = &'a std::sync::Arc<dyn crate::options::Interceptor>> {
    config.interceptors.iter().chain(&options.interceptors)
}

/// Takes a usable credential and builds and signs one attempt at the
/// service's time. An anonymous operation takes none: it is sent unsigned,
/// whatever the client's credentials, and works with none configured. The
/// call's attempt limit goes with the request; interceptors see it signed.
async fn signed<R, B>(
    config: &Config,
    request: &R,
    build: &B,
    options: &CallOptions,
) -> Result<Built, Error>
where
    R: RetryFacts,
    B: Fn(&R, &Credential, u64) -> Result<Built, Error>,
{
    let credential = if request.anonymous() {
        Credential::anonymous()
    } else {
        let credential = config.credentials.provide_credentials().await?;
        credential.check_usable(SystemTime::now())?;
        credential
    };
    let mut built = build(request, &credential, config.state.clock.now())?;
    if let Some(limit) = options.attempt_timeout {
        built
            .request
            .extensions_mut()
            .insert(crate::http::AttemptTimeout(limit));
    }
    if has_interceptors(config, options) {
        let facts = request.call();
        let mut signed = crate::options::AfterSigning {
            action: facts.action,
            request: &mut built.request,
        };
        for interceptor in interceptors(config, options) {
            interceptor.after_signing(&mut signed)?;
        }
    }
    trace_signed(
        &built.request,
        &built.canonical_request,
        &built.string_to_sign,
    );
    Ok(built)
}

/// Reads a whole answer with `check`, learns the service's clock from it,
/// and explains a signature mismatch.
fn checked<T>(
    config: &Config,
    head: &http::response::Parts,
    body: Bytes,
    check: Check<T>,
    canonical_request: &str,
    string_to_sign: &str,
) -> Result<T, Error> {
    let result = if head.status.is_redirection() {
        Err(redirected(head, &body))
    } else {
        check(head, body)
    };
    config.state.clock.observe(
        &head.headers,
        matches!(&result, Err(e) if e.is_clock_skew()),
    );
    result.map_err(|e| {
        crate::explain::signature_mismatch(e, canonical_request, string_to_sign, &head.headers)
            .redacted()
    })
}

/// Sends `http` with `file` as its body, read as it goes.
async fn send_streamed(
    config: &Config,
    http: HttpRequest,
    file: crate::upload::FileSource,
) -> Result<crate::http::HttpResponse, Error> {
    let (length, body) = file.open().await?;
    let (parts, _) = http.into_parts();
    let head_only = http::Request::from_parts(parts, ());
    config.transport.send_stream(head_only, body, length).await
}

/// A 3xx answer: yun does not follow it (the call was signed for this host),
/// and says where the service pointed, by host only.
fn redirected(head: &http::response::Parts, body: &[u8]) -> Error {
    let to = head
        .headers
        .get(http::header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .and_then(|l| l.parse::<http::Uri>().ok())
        .and_then(|uri| uri.host().map(str::to_owned))
        .map_or_else(String::new, |host| format!(" to {host}"));
    Error::decode(
        head.status.as_u16(),
        format!(
            "the service answered with a redirect{to}; yun does not follow redirects, \
             since the call was signed for the endpoint it was sent to"
        ),
        body,
    )
}

/// TRACE: what was signed and sent, secrets replaced. The arguments are
/// only worked out when a subscriber wants them.
fn trace_signed(http: &HttpRequest, canonical_request: &str, string_to_sign: &str) {
    tracing::trace!(
        method = %http.method(),
        query = %redact::text(http.uri().query().unwrap_or_default()),
        body = %redact::body(http.body()),
        canonical_request = %redact::text(canonical_request),
        string_to_sign = %redact::text(string_to_sign),
        "signed request"
    );
}

/// The request id of a successful answer, without decoding it: Alibaba
/// Cloud's `x-acs-request-id` header, else a `"RequestId":"…"` near the
/// start or end of the body (where both vendors put it).
fn request_id_hint(headers: &http::HeaderMap, body: &[u8]) -> Option<String> {
    if let Some(id) = headers
        .get("x-acs-request-id")
        .and_then(|v| v.to_str().ok())
    {
        return Some(id.to_owned());
    }
    const KEY: &[u8] = b"\"RequestId\":\"";
    const WINDOW: usize = 512;
    let head = &body[..body.len().min(WINDOW)];
    let tail = &body[body.len().saturating_sub(WINDOW)..];
    for part in [head, tail] {
        if let Some(at) = part.windows(KEY.len()).rposition(|w| w == KEY) {
            let rest = &part[at + KEY.len()..];
            let end = rest.iter().position(|b| *b == b'"')?;
            return std::str::from_utf8(&rest[..end]).ok().map(str::to_owned);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_id_is_found_without_decoding() {
        let none = http::HeaderMap::new();
        let tencent = br#"{"Response":{"TotalCount":0,"RequestId":"tc-1"}}"#;
        assert_eq!(request_id_hint(&none, tencent).as_deref(), Some("tc-1"));
        let mut long = br#"{"RequestId":"al-2","Items":["#.to_vec();
        long.extend(std::iter::repeat_n(b'1', 5000));
        long.extend(b"]}");
        assert_eq!(request_id_hint(&none, &long).as_deref(), Some("al-2"));
        let mut headers = http::HeaderMap::new();
        headers.insert("x-acs-request-id", "hdr-3".parse().unwrap());
        assert_eq!(request_id_hint(&headers, b"{}").as_deref(), Some("hdr-3"));
        assert_eq!(request_id_hint(&none, b"{\"RequestId\":\"cut"), None);
    }
}
