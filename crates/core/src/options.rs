//! What one call may change: its time limits and retry rules, headers and
//! query parameters sent and signed with it, and interceptors that see it
//! before signing, after signing and when an answer comes.
//!
//! Options are given per call on the value an operation returns
//! ([`Call`](crate::Call)), or for a paginator's every page
//! ([`Paginator::options`](crate::paginate::Paginator::options));
//! interceptors also for every call of a client
//! ([`ConfigBuilder::interceptor`](crate::ConfigBuilder::interceptor)).
//!
//! ```no_run
//! # async fn demo(client: yun_core::aliyun::AliyunClient) -> Result<(), yun_core::Error> {
//! use std::time::Duration;
//! use yun_core::options::CallOptions;
//!
//! let options = CallOptions::new()
//!     .timeout(Duration::from_secs(5))
//!     .header("x-acs-resourcegroup-id", "rg-123");
//! # let _ = options; Ok(()) }
//! ```

use crate::encode::Params;
use crate::error::Error;
use crate::http::HttpRequest;
use crate::retry::RetryConfig;
use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

/// Options for one call (or every page of a paginator). Nothing set means
/// the client's settings.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CallOptions {
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryConfig>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) interceptors: Vec<Arc<dyn Interceptor>>,
}

impl CallOptions {
    /// No option set: the client's settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// How long one attempt may take, connect to last byte, instead of
    /// the client's [`HttpOptions::timeout`](crate::http::HttpOptions::timeout).
    /// When it fires: [`Error::Timeout`] of kind `attempt`, retried by the
    /// usual rules.
    pub fn attempt_timeout(mut self, limit: Duration) -> Self {
        self.attempt_timeout = Some(limit);
        self
    }

    /// How long the whole call may take, every attempt and the waits
    /// between them included, instead of the retry settings'
    /// [`call_timeout`](RetryConfig::call_timeout). When it fires:
    /// [`Error::Timeout`] of kind `call`.
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// The retry rules for this call instead of the client's (a
    /// `call_timeout` in them holds unless [`timeout`](Self::timeout) is set
    /// too). `RetryConfig::disabled()` sends once.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// A header sent with the call. Alibaba Cloud's ACS3 signature covers
    /// it; an RPC v1 or Tencent Cloud signature covers no header of the
    /// caller's, as the official SDKs sign. Names the signer writes itself
    /// (`authorization`, `host`, `content-type`, `x-acs-date`, `x-tc-*`, …)
    /// are refused with [`Error::InvalidInput`] when the call is sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// A query parameter sent, and signed, with the call (an Alibaba Cloud
    /// parameter the typed request lacks). Tencent Cloud takes every
    /// parameter in the body, so a Tencent call with one fails with
    /// [`Error::InvalidInput`] before anything is sent.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// An interceptor for this call, after the client's own.
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// The retry rules a call with these options follows: the client's,
    /// unless replaced or given another whole-call limit.
    pub(crate) fn retry_config<'a>(&'a self, client: &'a RetryConfig) -> Cow<'a, RetryConfig> {
        let chosen = self.retry.as_ref().unwrap_or(client);
        match self.timeout {
            None => Cow::Borrowed(chosen),
            Some(limit) => {
                let mut retry = chosen.clone();
                retry.call_timeout = Some(limit);
                Cow::Owned(retry)
            }
        }
    }
}

impl std::fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Header and query values may carry secrets: names only.
        let names =
            |pairs: &[(String, String)]| pairs.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        f.debug_struct("CallOptions")
            .field("attempt_timeout", &self.attempt_timeout)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("headers", &names(&self.headers))
            .field("query", &names(&self.query))
            .field("interceptors", &self.interceptors.len())
            .finish()
    }
}

/// Code that sees every call it is given to (per call in [`CallOptions`],
/// or for a client in its `Config`): before the request is signed, after,
/// and when an answer comes. Every method does nothing by default.
///
/// ```
/// use yun_core::options::{BeforeSigning, Interceptor};
/// use yun_core::Error;
///
/// /// Tags every call with the tenant it is made for.
/// struct Tenant(&'static str);
///
/// impl Interceptor for Tenant {
///     fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), Error> {
///         request.header("x-acs-tenant", self.0)
///     }
/// }
/// ```
pub trait Interceptor: Send + Sync + 'static {
    /// Once per call, before the first attempt is signed: what it adds is
    /// sent and signed with every attempt. An error fails the call before
    /// anything is sent.
    fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), Error> {
        let _ = request;
        Ok(())
    }

    /// Each attempt, once signed, before it is sent: a header added here
    /// is sent but not signed (a signed part changed here fails the
    /// signature). An error fails the call.
    fn after_signing(&self, request: &mut AfterSigning<'_>) -> Result<(), Error> {
        let _ = request;
        Ok(())
    }

    /// Each answer, success or error, before it is read (a streamed
    /// answer: its head, with an empty body).
    fn on_answer(&self, answer: &Answered<'_>) {
        let _ = answer;
    }
}

/// A call's request before signing, as an [`Interceptor`] sees it.
pub struct BeforeSigning<'a> {
    pub(crate) action: &'a str,
    pub(crate) version: &'a str,
    pub(crate) headers: &'a mut Params,
    /// `None` where the protocol takes no query parameters (Tencent Cloud).
    pub(crate) query: Option<&'a mut Params>,
}

impl BeforeSigning<'_> {
    /// The action (`DescribeInstances`).
    pub fn action(&self) -> &str {
        self.action
    }

    /// The API version (`2014-05-26`).
    pub fn version(&self) -> &str {
        self.version
    }

    /// Adds a header (see [`CallOptions::header`]).
    pub fn header(&mut self, name: &str, value: &str) -> Result<(), Error> {
        let lower = name.to_ascii_lowercase();
        if signers_own(&lower) {
            return Err(Error::invalid_input(format!(
                "{}: the header `{name}` is written by the signer; a call cannot set it",
                self.action
            )));
        }
        self.headers.insert(&lower, value);
        Ok(())
    }

    /// Adds a query parameter (see [`CallOptions::query`]).
    pub fn query(&mut self, name: &str, value: &str) -> Result<(), Error> {
        match &mut self.query {
            Some(query) => {
                query.insert(name, value);
                Ok(())
            }
            None => Err(Error::invalid_input(format!(
                "{}: Tencent Cloud takes no query parameters (`{name}`); every parameter goes \
                 in the request body",
                self.action
            ))),
        }
    }

    /// Adds a call's own headers and query parameters, then runs the
    /// interceptors' `before_signing`, the client's first.
    pub(crate) fn apply(
        &mut self,
        options: &CallOptions,
        client: &[Arc<dyn Interceptor>],
    ) -> Result<(), Error> {
        for (name, value) in &options.headers {
            self.header(name, value)?;
        }
        for (name, value) in &options.query {
            self.query(name, value)?;
        }
        for interceptor in client.iter().chain(&options.interceptors) {
            interceptor.before_signing(self)?;
        }
        Ok(())
    }
}

/// One attempt's signed request, as an [`Interceptor`] sees it.
pub struct AfterSigning<'a> {
    pub(crate) action: &'a str,
    pub(crate) request: &'a mut HttpRequest,
}

impl AfterSigning<'_> {
    /// The action (`DescribeInstances`).
    pub fn action(&self) -> &str {
        self.action
    }

    /// The request line's method (`POST`).
    pub fn method(&self) -> &str {
        self.request.method().as_str()
    }

    /// The URL the request goes to.
    pub fn url(&self) -> String {
        self.request.uri().to_string()
    }

    /// A header's value, if it is sent and is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.request.headers().get(name)?.to_str().ok()
    }

    /// Adds a header, sent unsigned (a trace id, say); a name the request
    /// already carries is refused, since its value may be signed.
    pub fn add_header(&mut self, name: &str, value: &str) -> Result<(), Error> {
        if self.request.headers().contains_key(name) {
            return Err(Error::invalid_input(format!(
                "{}: the header `{name}` is already set; after signing it cannot change",
                self.action
            )));
        }
        crate::http::add_header(self.request.headers_mut(), name, value.to_owned())
    }

    /// The whole request, for what the methods above do not cover.
    pub fn request(&mut self) -> &mut HttpRequest {
        self.request
    }
}

/// One attempt's answer, as an [`Interceptor`] sees it.
pub struct Answered<'a> {
    pub(crate) action: &'a str,
    pub(crate) head: &'a http::response::Parts,
    pub(crate) body: &'a [u8],
}

impl Answered<'_> {
    /// The action (`DescribeInstances`).
    pub fn action(&self) -> &str {
        self.action
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.head.status.as_u16()
    }

    /// A header's value, if it came and is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.headers.get(name)?.to_str().ok()
    }

    /// The whole head, for what the methods above do not cover.
    pub fn head(&self) -> &http::response::Parts {
        self.head
    }

    /// The body as it came (empty for a streamed answer).
    pub fn body(&self) -> &[u8] {
        self.body
    }
}

/// Headers the signers write: a caller's value would be sent twice or
/// break the signature.
fn signers_own(lower: &str) -> bool {
    matches!(
        lower,
        "authorization"
            | "host"
            | "content-type"
            | "content-length"
            | "x-acs-action"
            | "x-acs-version"
            | "x-acs-date"
            | "x-acs-signature-nonce"
            | "x-acs-content-sha256"
            | "x-acs-security-token"
            | "x-acs-bearer-token"
            | "x-acs-signature-type"
    ) || lower.starts_with("x-tc-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_timeout_replaces_only_the_whole_call_limit() {
        let client = RetryConfig::default().max_attempts(5);
        let none = CallOptions::new();
        assert!(matches!(none.retry_config(&client), Cow::Borrowed(_)));
        let limited = CallOptions::new().timeout(Duration::from_secs(2));
        let retry = limited.retry_config(&client);
        assert_eq!(retry.call_timeout, Some(Duration::from_secs(2)));
        assert_eq!(retry.max_attempts, 5);
        let own = CallOptions::new().retry(RetryConfig::disabled());
        assert_eq!(own.retry_config(&client).max_attempts, 1);
    }

    #[test]
    fn signer_headers_and_tencent_query_parameters_are_refused() {
        let (mut headers, mut query) = (Params::new(), Params::new());
        let mut aliyun = BeforeSigning {
            action: "DescribeInstances",
            version: "2014-05-26",
            headers: &mut headers,
            query: Some(&mut query),
        };
        assert!(aliyun.header("Authorization", "x").is_err());
        assert!(aliyun.header("X-Acs-Date", "x").is_err());
        aliyun.header("X-Acs-Resourcegroup-Id", "rg-1").unwrap();
        aliyun.query("Extra", "1").unwrap();
        assert_eq!(headers.get("x-acs-resourcegroup-id"), Some("rg-1"));
        assert_eq!(query.get("Extra"), Some("1"));

        let mut tencent_headers = Params::new();
        let mut tencent = BeforeSigning {
            action: "DescribeInstances",
            version: "2017-03-12",
            headers: &mut tencent_headers,
            query: None,
        };
        let err = tencent.query("Extra", "1").unwrap_err();
        assert!(err
            .to_string()
            .contains("Tencent Cloud takes no query parameters"));
        assert!(tencent.header("X-TC-Region", "x").is_err());
    }

    #[test]
    fn debug_shows_names_not_values() {
        let options = CallOptions::new().header("x-acs-token-ish", "s3cret");
        let shown = format!("{options:?}");
        assert!(
            shown.contains("x-acs-token-ish") && !shown.contains("s3cret"),
            "{shown}"
        );
    }
}
