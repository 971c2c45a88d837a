//! HTTP for credential services (metadata services, credentials URIs,
//! CloudSSO, OAuth), and reading their JSON without ever echoing a body
//! (a body that holds credentials must not reach an error message).
//!
//! Fetching credentials changes nothing a caller could check, so every
//! fetch is a read for the retry rules ([`crate::retry`]): retried after a
//! reset, a read timeout, a short or unparsable answer, or HTTP 500, 502,
//! 503 or 504, with a retry budget per provider. One exception: a metadata
//! service that cannot be connected to is not there (the program runs
//! outside that cloud), and retrying would only slow the default chain.

use crate::error::{Error, TimeoutKind};
use crate::http::{HttpOptions, ReqwestTransport, Transport};
use crate::retry::{CallFacts, ClientState, RetryConfig};
use bytes::Bytes;
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::Duration;

/// Sends a credential provider's requests under the retry rules for reads.
#[derive(Debug)]
pub(crate) struct Fetcher {
    provider: &'static str,
    transport: Arc<dyn Transport>,
    retry: RetryConfig,
    state: ClientState,
    /// A service that refuses connections is not retried (metadata services).
    unreachable_is_final: bool,
}

/// One request of a fetch.
pub(crate) struct Exchange<'a> {
    /// What the request is, for errors: `the metadata service`, `CloudSSO`.
    pub(crate) what: &'a str,
    pub(crate) method: &'a str,
    pub(crate) url: &'a str,
    pub(crate) headers: &'a [(&'a str, &'a str)],
    pub(crate) body: Bytes,
}

impl<'a> Exchange<'a> {
    /// A `GET` of `url` without headers.
    pub(crate) fn get(what: &'a str, url: &'a str) -> Self {
        Exchange {
            what,
            method: "GET",
            url,
            headers: &[],
            body: Bytes::new(),
        }
    }
}

impl Fetcher {
    /// For `provider`, with the given connect and read timeouts, honouring
    /// proxy variables unless `link_local` (a metadata service, which is
    /// also not retried when it cannot be connected to).
    pub(crate) fn new(
        provider: &'static str,
        timeout: Duration,
        link_local: bool,
    ) -> Result<Self, Error> {
        let options = HttpOptions::default()
            .connect_timeout(timeout)
            .read_timeout(timeout)
            .timeout(timeout * 3)
            .env_proxy(!link_local);
        let retry = RetryConfig::default();
        Ok(Fetcher {
            provider,
            transport: Arc::new(ReqwestTransport::new(&options)?),
            state: ClientState::new(&retry),
            retry,
            unreachable_is_final: link_local,
        })
    }

    /// Sends `exchange` until it gets an answer other than a server fault;
    /// returns its status and body. Failures name the provider and the step.
    pub(crate) async fn send(&self, exchange: &Exchange<'_>) -> Result<(u16, Bytes), Error> {
        self.run(exchange, |status, body| Ok((status, body))).await
    }

    /// Sends `exchange` and decodes its answer, which must be HTTP 200 with
    /// JSON of the expected shape (an unparsable answer is retried).
    pub(crate) async fn json<T: DeserializeOwned>(
        &self,
        exchange: &Exchange<'_>,
    ) -> Result<T, Error> {
        self.run(exchange, |status, body| match status {
            200 => crate::lenient::from_slice(&body)
                .map_err(|e| Error::decode(200, shape_error(exchange.what, &e), &[])),
            _ => Err(Error::credentials(
                self.provider,
                format!("{} answered HTTP {status}", exchange.what),
            )),
        })
        .await
    }

    async fn run<T>(
        &self,
        exchange: &Exchange<'_>,
        read: impl Fn(u16, Bytes) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let call = CallFacts {
            action: exchange.what,
            version: "",
            read_only: true,
            token_member: None,
            token: None,
        };
        let result = self
            .retry
            .run(&self.state, &call, || async {
                let request = self.request(exchange)?;
                let answer = match self.transport.send(request).await {
                    Ok(answer) => answer,
                    Err(e) if self.unreachable_is_final && unreachable(&e) => {
                        return Err(self.failed(exchange, e))
                    }
                    Err(e) => return Err(e),
                };
                let status = answer.status().as_u16();
                if matches!(status, 500 | 502 | 503 | 504) {
                    let message = format!("{} answered HTTP {status}", exchange.what);
                    return Err(Error::decode(status, message, &[]));
                }
                read(status, answer.into_body())
            })
            .await;
        result.map_err(|e| match e {
            Error::Credentials { .. } => e,
            e => self.failed(exchange, e),
        })
    }

    fn request(&self, exchange: &Exchange<'_>) -> Result<crate::http::HttpRequest, Error> {
        let mut builder = http::Request::builder()
            .method(exchange.method)
            .uri(exchange.url);
        for (k, v) in exchange.headers {
            builder = builder.header(*k, *v);
        }
        builder.body(exchange.body.clone()).map_err(|_| {
            Error::credentials(
                self.provider,
                format!("`{}` is not a valid URL", exchange.url),
            )
        })
    }

    fn failed(&self, exchange: &Exchange<'_>, e: Error) -> Error {
        Error::Credentials {
            provider: self.provider.to_owned(),
            message: format!("{} ({}) failed: {e}", exchange.what, exchange.url),
            source: Some(Box::new(e)),
        }
    }
}

/// True for a failure that says nothing listens at the address.
fn unreachable(e: &Error) -> bool {
    matches!(
        e,
        Error::Transport { connect: true, .. }
            | Error::Timeout {
                kind: TimeoutKind::Connect,
                ..
            }
    )
}

/// Decodes a credential service's JSON. On failure the error says what was
/// wrong with the shape, never what the body held.
pub(crate) fn decode<T: DeserializeOwned>(
    provider: &str,
    what: &str,
    body: &[u8],
) -> Result<T, Error> {
    crate::lenient::from_slice(body)
        .map_err(|e| Error::credentials(provider, shape_error(what, &e)))
}

/// What was wrong with an answer's JSON, never what it held.
fn shape_error(what: &str, e: &serde_json::Error) -> String {
    let problem = match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "not JSON",
        serde_json::error::Category::Data => "a member is missing or of the wrong type",
        serde_json::error::Category::Io => "unreadable",
    };
    format!(
        "{what} answered with JSON of an unexpected shape ({problem} at line {} column {})",
        e.line(),
        e.column()
    )
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
