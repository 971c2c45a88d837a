//! Small HTTP helpers for credential services (metadata services,
//! credentials URIs), and reading their JSON without ever echoing a body
//! (a body that holds credentials must not reach an error message).

use crate::error::Error;
use crate::http::{HttpOptions, ReqwestTransport, Transport};
use bytes::Bytes;
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::Duration;

/// A transport with the given connect and read timeouts and no retries
/// (callers decide), without environment proxies for link-local services.
pub(crate) fn transport(timeout: Duration, env_proxy: bool) -> Result<Arc<dyn Transport>, Error> {
    let options = HttpOptions::default()
        .connect_timeout(timeout)
        .read_timeout(timeout)
        .timeout(timeout * 3)
        .env_proxy(env_proxy);
    Ok(Arc::new(ReqwestTransport::new(&options)?))
}

/// Sends one request without a body; a failure below HTTP is reported for `provider`.
pub(crate) async fn send(
    transport: &dyn Transport,
    provider: &str,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
) -> Result<(u16, Bytes), Error> {
    send_body(transport, provider, method, url, headers, Bytes::new()).await
}

/// Sends one request with `body`.
pub(crate) async fn send_body(
    transport: &dyn Transport,
    provider: &str,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Bytes,
) -> Result<(u16, Bytes), Error> {
    let mut builder = http::Request::builder().method(method).uri(url);
    for (k, v) in headers {
        builder = builder.header(*k, *v);
    }
    let request = builder
        .body(body)
        .map_err(|_| Error::credentials(provider, format!("`{url}` is not a valid URL")))?;
    let response = transport
        .send(request)
        .await
        .map_err(|e| Error::Credentials {
            provider: provider.to_owned(),
            message: format!("no answer from {url}: {e}"),
            source: Some(Box::new(e)),
        })?;
    Ok((response.status().as_u16(), response.into_body()))
}

/// Decodes a credential service's JSON. On failure the error says what was
/// wrong with the shape, never what the body held.
pub(crate) fn decode<T: DeserializeOwned>(
    provider: &str,
    what: &str,
    body: &[u8],
) -> Result<T, Error> {
    crate::lenient::from_slice(body).map_err(|e| {
        Error::credentials(
            provider,
            format!(
                "{what} answered with JSON of an unexpected shape ({} at line {} column {})",
                classify(&e),
                e.line(),
                e.column()
            ),
        )
    })
}

fn classify(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "not JSON",
        serde_json::error::Category::Data => "a member is missing or of the wrong type",
        serde_json::error::Category::Io => "unreadable",
    }
}

/// Parses an expiry like `2026-11-23T08:05:09Z`.
pub(crate) fn expiry(provider: &str, text: &str) -> Result<std::time::SystemTime, Error> {
    crate::time::parse_iso8601(text)
        .map(|s| std::time::UNIX_EPOCH + Duration::from_secs(s))
        .ok_or_else(|| {
            Error::credentials(
                provider,
                format!("the expiry `{text}` is not an ISO 8601 time"),
            )
        })
}

/// The configuration of a client that calls an STS service for `provider`:
/// `builder`'s credentials and settings, `endpoint`, 5 s connect and 10 s
/// read timeouts.
pub(crate) fn sts_config(
    provider: &str,
    builder: crate::ConfigBuilder,
    endpoint: &str,
) -> Result<crate::Config, Error> {
    builder
        .endpoint_url(endpoint)
        .http(
            HttpOptions::default()
                .connect_timeout(Duration::from_secs(5))
                .read_timeout(Duration::from_secs(10)),
        )
        .build()
        .map_err(|e| Error::Credentials {
            provider: provider.to_owned(),
            message: format!("STS endpoint: {e}"),
            source: Some(Box::new(e)),
        })
}
