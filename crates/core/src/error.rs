//! The one error type every yun call returns.
//!
//! [`Error`] is an enum whose variants say where a call failed: the service
//! answered with an error ([`Error::Service`]), the input was rejected before
//! any I/O ([`Error::InvalidInput`]), no usable credential
//! ([`Error::Credentials`]), the connection failed ([`Error::Transport`]), the
//! call ran out of time ([`Error::Timeout`]), the answer could not be read
//! ([`Error::Decode`]), or a write was sent but its answer lost
//! ([`Error::OutcomeUnknown`]). The accessors (`code()`, `request_id()`,
//! `http_status()`, `is_throttling()`, …) answer the usual questions without
//! a match. No variant ever shows a secret, a signature or a token: the
//! texts an error keeps from the network (a body excerpt, the service's
//! message) are redacted when the error is made, and `Display` and `Debug`
//! pass everything they print through the same rule (`redact.rs`).

use crate::redact::{self, Redacted};
use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

/// Shorthand for `Result<T, yun_core::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The boxed cause of a transport error.
pub type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// Which cloud answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Vendor {
    /// Alibaba Cloud (aliyun).
    Aliyun,
    /// Tencent Cloud.
    Tencent,
}

impl Vendor {
    /// `aliyun` or `tencent`.
    pub fn as_str(self) -> &'static str {
        match self {
            Vendor::Aliyun => "aliyun",
            Vendor::Tencent => "tencent",
        }
    }
}

/// An error the service returned: its code, message and request id.
///
/// What to do: check [`ServiceError::code`] against the API's error codes;
/// quote [`ServiceError::request_id`] when asking the vendor for help;
/// Alibaba Cloud's [`ServiceError::recommend`] links to its diagnosis page.
///
/// `#[non_exhaustive]`: read it through its fields and accessors; yun adds
/// what services send (as it added [`ServiceError::access_denied`]) without
/// a breaking release.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServiceError {
    /// Which cloud answered.
    pub vendor: Vendor,
    /// The error code, e.g. `InvalidParameter` or `Throttling.User`.
    pub code: String,
    /// The service's message.
    pub message: String,
    /// The request id, for support tickets.
    pub request_id: Option<String>,
    /// The HTTP status of the response.
    pub http_status: u16,
    /// Alibaba Cloud's diagnosis link (`Recommend`), when given.
    pub recommend: Option<String>,
    /// Alibaba Cloud's `HostId`, when given.
    pub host_id: Option<String>,
    /// What the client did before giving up, when there is more to say than
    /// one attempt: `3 attempts; retries exhausted`, `not retried: the
    /// client's retry budget is empty`.
    pub note: Option<String>,
    /// The idempotency token every attempt of the call sent, when the
    /// operation has one.
    pub client_token: Option<String>,
    /// Alibaba Cloud's `AccessDeniedDetail`, sent with a permission error:
    /// which action was denied to whom, and by which kind of policy.
    pub access_denied: Option<AccessDeniedDetail>,
}

/// Why Alibaba Cloud denied a request (`AccessDeniedDetail` of an error
/// answer): what to grant to whom. Each member as the service sent it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "PascalCase", default)]
#[non_exhaustive]
pub struct AccessDeniedDetail {
    /// The action denied, e.g. `ecs:DescribeInstances`.
    pub auth_action: Option<String>,
    /// The identity that asked, e.g. `user@123.onaliyun.com`.
    pub auth_principal_display_name: Option<String>,
    /// The account owning that identity.
    pub auth_principal_owner_id: Option<String>,
    /// The kind of identity: `SubUser`, `AssumedRoleUser`, ….
    pub auth_principal_type: Option<String>,
    /// An encoded diagnosis, for the RAM console's decoder.
    pub encoded_diagnostic_message: Option<String>,
    /// `ImplicitDeny` (no policy allows it) or `ExplicitDeny` (a policy denies it).
    pub no_permission_type: Option<String>,
    /// The kind of policy that decided: `AccountLevelIdentityBasedPolicy`, `ControlPolicy`, ….
    pub policy_type: Option<String>,
}

/// Which limit an [`Error::Timeout`] hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Connecting (TCP and TLS): the request was never sent.
    Connect,
    /// Waiting for the next bytes of the response, after the request was sent.
    Read,
    /// One whole attempt, from connecting to the last byte of the response.
    Attempt,
    /// The whole call: every attempt and the waits between them
    /// ([`RetryConfig::call_timeout`](crate::retry::RetryConfig::call_timeout)).
    Call,
}

impl TimeoutKind {
    /// `connect`, `read` or `attempt` (the settings of
    /// [`HttpOptions`](crate::http::HttpOptions)), or `call`
    /// ([`RetryConfig::call_timeout`](crate::retry::RetryConfig::call_timeout)):
    /// the name of the setting that set the limit.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeoutKind::Connect => "connect",
            TimeoutKind::Read => "read",
            TimeoutKind::Attempt => "attempt",
            TimeoutKind::Call => "call",
        }
    }
}

/// The error every yun call returns.
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error. What to do: read the code and
    /// message; retrying helps only for throttling and server-side faults.
    Service(Box<ServiceError>),
    /// The request was rejected before any network I/O (a missing required
    /// parameter, a value that cannot be encoded, a bad endpoint). What to
    /// do: fix the input the message names.
    #[non_exhaustive]
    InvalidInput {
        /// What was wrong.
        message: String,
    },
    /// No usable credential: none found, malformed configuration, expired,
    /// or a credential service failed. What to do: fix the provider, file or
    /// variable the message names.
    #[non_exhaustive]
    Credentials {
        /// The provider that failed (`static`, `environment`, `ini file`, …).
        provider: String,
        /// What went wrong, naming the file, profile or variable at fault.
        message: String,
        /// The underlying error, if any.
        source: Option<BoxError>,
    },
    /// The request could not be sent or its response not received
    /// (DNS, connect, TLS, connection reset). What to do: check the network,
    /// proxy and endpoint; these are usually safe to retry.
    #[non_exhaustive]
    Transport {
        /// What failed.
        message: String,
        /// True when the connection was never established, so the service
        /// cannot have seen the request.
        connect: bool,
        /// The underlying error.
        source: Option<BoxError>,
        /// The idempotency token every attempt of the call sent, when the
        /// operation has one: calling again with it cannot apply the change
        /// twice.
        client_token: Option<String>,
    },
    /// The call did not finish in time. What to do: raise the timeout the
    /// kind names, or retry if the operation is idempotent.
    #[non_exhaustive]
    Timeout {
        /// Which limit fired.
        kind: TimeoutKind,
        /// Its value.
        after: Duration,
        /// What timed out (the host, and what the client did about it).
        message: String,
        /// The idempotency token every attempt of the call sent, when the
        /// operation has one: calling again with it cannot apply the change
        /// twice.
        client_token: Option<String>,
        /// The underlying error, when the HTTP stack reported one.
        source: Option<BoxError>,
    },
    /// The response could not be read as the expected JSON (a gateway's HTML
    /// error page, a truncated body, a shape that does not fit). What to do:
    /// the status and body snippet show what came back.
    #[non_exhaustive]
    Decode {
        /// The HTTP status of the response.
        http_status: u16,
        /// Why decoding failed.
        message: String,
        /// The start of the body (at most [`Error::SNIPPET_LIMIT`] bytes),
        /// the values of secret-named members replaced by `<redacted>`.
        snippet: String,
        /// The request id, if one could still be read.
        request_id: Option<String>,
        /// The idempotency token every attempt of the call sent, when the
        /// operation has one: calling again with it cannot apply the change
        /// twice.
        client_token: Option<String>,
        /// The decoder's own error (a [`crate::json::DecodeError`] or a
        /// serde_json error), when there is one.
        source: Option<BoxError>,
    },
    /// The request of an operation that is not safe to repeat (not
    /// read-only, no idempotency token) was sent, but its answer was lost:
    /// the connection was reset, a read timed out, the body was cut short,
    /// or the service answered with a fault that does not say the request
    /// was left alone (HTTP 500, 502, 504). The client did not retry, so the
    /// change was applied at most once — but it may have been. What to do:
    /// look at the resource's state before calling again.
    #[non_exhaustive]
    OutcomeUnknown {
        /// The action whose outcome is unknown.
        action: String,
        /// How many requests were sent in all.
        attempts: u32,
        /// What the last attempt saw.
        source: Box<Error>,
    },
}

impl Error {
    /// The most body text a [`Error::Decode`] keeps.
    pub const SNIPPET_LIMIT: usize = 512;

    /// An [`Error::InvalidInput`].
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Error::InvalidInput {
            message: message.into(),
        }
    }

    /// An [`Error::InvalidInput`] for a required parameter left unset.
    pub fn missing_parameter(operation: &str, parameter: &str) -> Self {
        Error::invalid_input(format!(
            "{operation}: required parameter `{parameter}` is not set"
        ))
    }

    /// An [`Error::Credentials`] without a cause.
    pub fn credentials(provider: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Credentials {
            provider: provider.into(),
            message: message.into(),
            source: None,
        }
    }

    /// An [`Error::Decode`], keeping at most [`Error::SNIPPET_LIMIT`] bytes
    /// of the body (cut on a character boundary), secret values removed.
    pub fn decode(http_status: u16, message: impl Into<String>, body: &[u8]) -> Self {
        Error::Decode {
            http_status,
            message: message.into(),
            snippet: snippet(body),
            request_id: None,
            client_token: None,
            source: None,
        }
    }

    /// An [`Error::Transport`]: what failed, whether the connection was
    /// never established (`connect`: the service cannot have seen the
    /// request), and the cause. For transports written outside yun.
    pub fn transport(message: impl Into<String>, connect: bool, source: Option<BoxError>) -> Self {
        Error::Transport {
            message: message.into(),
            connect,
            source,
            client_token: None,
        }
    }

    /// An [`Error::Timeout`]: which limit fired, its value, and what timed
    /// out. For transports written outside yun.
    pub fn timeout(kind: TimeoutKind, after: Duration, message: impl Into<String>) -> Self {
        Error::Timeout {
            kind,
            after,
            message: message.into(),
            client_token: None,
            source: None,
        }
    }

    /// The same [`Error::Decode`] or [`Error::Timeout`] with `cause` as its
    /// source.
    pub(crate) fn with_source(mut self, cause: BoxError) -> Self {
        if let Error::Decode { source, .. } | Error::Timeout { source, .. } = &mut self {
            *source = Some(cause);
        }
        self
    }

    /// An error answer whose body is not JSON: most often a page from a
    /// gateway, proxy or load balancer in front of the service (an HTML 502),
    /// not the service's own answer. The message says which, with the page's
    /// title (or first line of text); the retry rules read the status as for
    /// any error answer.
    pub(crate) fn not_json_answer(status: u16, body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(&body[..body.len().min(4096)]);
        let title = page_title(&text);
        let what = if status >= 500 {
            format!("HTTP {status} from a gateway or proxy, not the service's own answer")
        } else {
            format!("HTTP {status}, an error answer that is not JSON")
        };
        let message = match title {
            Some(title) => format!("{what}: {title:?}"),
            None if body.is_empty() => format!("{what} (an empty body)"),
            None => what,
        };
        Error::decode(status, message, body)
    }

    /// The same error with the service's message redacted: a message may
    /// quote what the request carried (a password, a token). The call path
    /// applies it to every error it returns, after the signature-mismatch
    /// explanation has compared the service's text with the client's.
    pub(crate) fn redacted(mut self) -> Self {
        if let Error::Service(e) = &mut self {
            if let Cow::Owned(shown) = redact::text(&e.message) {
                e.message = shown;
            }
        }
        self
    }

    /// The service error, if the service answered with one.
    pub fn as_service(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The service's error code, e.g. `InvalidParameter` (also behind an
    /// [`Error::OutcomeUnknown`] whose last answer was a service error).
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::OutcomeUnknown { source, .. } => source.code(),
            _ => self.as_service().map(|e| e.code.as_str()),
        }
    }

    /// The service's error message (also behind an [`Error::OutcomeUnknown`]).
    pub fn message(&self) -> Option<&str> {
        match self {
            Error::OutcomeUnknown { source, .. } => source.message(),
            _ => self.as_service().map(|e| e.message.as_str()),
        }
    }

    /// Alibaba Cloud's `AccessDeniedDetail` of a permission error: which
    /// action to grant to whom (also behind an [`Error::OutcomeUnknown`]).
    pub fn access_denied(&self) -> Option<&AccessDeniedDetail> {
        match self {
            Error::OutcomeUnknown { source, .. } => source.access_denied(),
            _ => self.as_service()?.access_denied.as_ref(),
        }
    }

    /// The request id the service assigned, for support tickets.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.request_id.as_deref(),
            Error::Decode { request_id, .. } => request_id.as_deref(),
            Error::OutcomeUnknown { source, .. } => source.request_id(),
            _ => None,
        }
    }

    /// The idempotency token (`ClientToken`) every attempt of the call sent,
    /// whether the caller set it or the client filled it: calling the
    /// operation again with this token cannot apply the change twice. `None`
    /// for operations without one, and for failures before anything was sent.
    ///
    /// ```no_run
    /// # async fn demo(client: yun_core::tencent::TencentClient) -> Result<(), yun_core::Error> {
    /// use yun_core::tencent::TencentRequest;
    ///
    /// let mut body = serde_json::json!({"ImageId": "img-1", "InstanceCount": 1});
    /// let request = TencentRequest::new("RunInstances", "2017-03-12", &body)?
    ///     .idempotency_token("ClientToken");
    /// if let Err(e) = client.send(&request).await {
    ///     if let Some(token) = e.client_token() {
    ///         // Whatever the first call did, this one cannot start a second instance.
    ///         body["ClientToken"] = token.into();
    ///         let again = TencentRequest::new("RunInstances", "2017-03-12", &body)?
    ///             .idempotency_token("ClientToken");
    ///         client.send(&again).await?;
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn client_token(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.client_token.as_deref(),
            Error::Transport { client_token, .. }
            | Error::Timeout { client_token, .. }
            | Error::Decode { client_token, .. } => client_token.as_deref(),
            _ => None,
        }
    }

    /// Records the idempotency token the call sent (see
    /// [`Error::client_token`]).
    pub(crate) fn with_client_token(mut self, token: Option<&str>) -> Self {
        if let Some(token) = token {
            match &mut self {
                Error::Service(e) => e.client_token = Some(token.to_owned()),
                Error::Transport { client_token, .. }
                | Error::Timeout { client_token, .. }
                | Error::Decode { client_token, .. } => *client_token = Some(token.to_owned()),
                _ => {}
            }
        }
        self
    }

    /// The HTTP status of the response, when one arrived.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.http_status),
            Error::Decode { http_status, .. } => Some(*http_status),
            Error::OutcomeUnknown { source, .. } => source.http_status(),
            _ => None,
        }
    }

    /// True when a write may or may not have been applied
    /// ([`Error::OutcomeUnknown`]).
    pub fn is_outcome_unknown(&self) -> bool {
        matches!(self, Error::OutcomeUnknown { .. })
    }

    /// True when the service rejected the request's timestamp as too far
    /// from its own clock (Alibaba Cloud `InvalidTimeStamp.Expired` and its
    /// relatives, Tencent Cloud `AuthFailure.SignatureExpire`).
    pub fn is_clock_skew(&self) -> bool {
        let Error::Service(e) = self else {
            return false;
        };
        match e.vendor {
            Vendor::Aliyun => {
                (e.code.starts_with("InvalidTimeStamp") && e.code != "InvalidTimeStamp.Format")
                    || matches!(
                        e.code.as_str(),
                        "IllegalTimestamp" | "RequestTimeTooSkewed" | "RequestTimeTooSkew"
                    )
            }
            Vendor::Tencent => e.code == "AuthFailure.SignatureExpire",
        }
    }

    /// The variant's name in snake case (`service`, `timeout`, …), for logs.
    pub(crate) fn label(&self) -> &'static str {
        match self {
            Error::Service(_) => "service",
            Error::InvalidInput { .. } => "invalid_input",
            Error::Credentials { .. } => "credentials",
            Error::Transport { .. } => "transport",
            Error::Timeout { .. } => "timeout",
            Error::Decode { .. } => "decode",
            Error::OutcomeUnknown { .. } => "outcome_unknown",
        }
    }

    /// Adds what the client did (attempts made, why it stopped) to the
    /// error's text. Errors raised before any request was sent keep theirs.
    pub(crate) fn with_note(mut self, note: &str) -> Error {
        match &mut self {
            Error::Service(e) => {
                e.note = Some(match e.note.take() {
                    Some(earlier) => format!("{earlier}; {note}"),
                    None => note.to_owned(),
                })
            }
            Error::Transport { message, .. }
            | Error::Timeout { message, .. }
            | Error::Decode { message, .. } => {
                message.push_str("; ");
                message.push_str(note);
            }
            _ => {}
        }
        self
    }

    /// True when the service asked the caller to slow down (Alibaba
    /// `Throttling*`, Tencent `RequestLimitExceeded*`, HTTP 429). Back off
    /// and retry.
    pub fn is_throttling(&self) -> bool {
        match self {
            Error::Service(e) => {
                e.http_status == 429
                    || e.code.starts_with("Throttling")
                    || e.code.starts_with("RequestLimitExceeded")
                    || e.code == "ServiceUnavailable.Throttling"
            }
            _ => false,
        }
    }

    /// True when the call ran out of time.
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Timeout { .. } => true,
            Error::OutcomeUnknown { source, .. } => source.is_timeout(),
            _ => false,
        }
    }

    /// True for errors a later attempt may not see, by the same rules the
    /// client retries by: throttling, a connection never made, timeouts,
    /// a reset or cut answer, 5xx answers (from the service or a gateway),
    /// a clock the service rejected. Whether retrying is *safe* is another
    /// question: a write without an idempotency token whose request may have
    /// arrived fails with [`Error::OutcomeUnknown`] instead, and that is not
    /// transient.
    pub fn is_transient(&self) -> bool {
        crate::retry::is_retryable(self)
    }
}

/// An HTML page's `<title>`, else the first line of text that is not
/// markup, cut to 100 characters and redacted.
fn page_title(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let from_title = lower.find("<title").and_then(|start| {
        let open_end = start + lower[start..].find('>')? + 1;
        let close = open_end + lower[open_end..].find("</title")?;
        text.get(open_end..close).map(str::trim)
    });
    let first_line = || {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('<'))
    };
    let found = from_title.filter(|t| !t.is_empty()).or_else(first_line)?;
    let cut: String = found.chars().take(100).collect();
    Some(redact::text(&cut).into_owned())
}

/// The start of a body as text, cut on a character boundary, secret
/// values removed (a value cut off by the limit included).
fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(Error::SNIPPET_LIMIT)]);
    // A cut through a multi-byte character shows as U+FFFD at the end; drop it.
    redact::text(text.trim_end_matches('\u{FFFD}')).into_owned()
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact::text(&Plain(self).to_string()))
    }
}

impl fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceError")
            .field("vendor", &self.vendor)
            .field("code", &self.code)
            .field("message", &Redacted(&self.message))
            .field("request_id", &self.request_id)
            .field("http_status", &self.http_status)
            .field("recommend", &self.recommend)
            .field("access_denied", &self.access_denied)
            .field("host_id", &self.host_id)
            .field("note", &Redacted(&self.note))
            .field("client_token", &self.client_token)
            .finish()
    }
}

/// Formats a value as it is; its callers redact the result.
struct Plain<'a, T>(&'a T);

impl fmt::Display for Plain<'_, ServiceError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let this = self.0;
        write!(
            f,
            "service error {} (HTTP {}): {}",
            this.code, this.http_status, this.message
        )?;
        if let Some(id) = &this.request_id {
            write!(f, " [request id {id}]")?;
        }
        if let Some(r) = &this.recommend {
            write!(f, " (see {r})")?;
        }
        if let Some(denied) = &this.access_denied {
            let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "?".to_owned());
            write!(
                f,
                " (denied: {} for {}, {} by {})",
                text(&denied.auth_action),
                text(&denied.auth_principal_display_name),
                text(&denied.no_permission_type),
                text(&denied.policy_type)
            )?;
        }
        if let Some(note) = &this.note {
            write!(f, "; {note}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact::text(&Plain(self).to_string()))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Service(e) => f.debug_tuple("Service").field(e).finish(),
            Error::InvalidInput { message } => f
                .debug_struct("InvalidInput")
                .field("message", &Redacted(message))
                .finish(),
            Error::Credentials {
                provider,
                message,
                source,
            } => f
                .debug_struct("Credentials")
                .field("provider", provider)
                .field("message", &Redacted(message))
                .field("source", &Redacted(source))
                .finish(),
            Error::Transport {
                message,
                connect,
                source,
                client_token,
            } => f
                .debug_struct("Transport")
                .field("message", &Redacted(message))
                .field("connect", connect)
                .field("source", &Redacted(source))
                .field("client_token", client_token)
                .finish(),
            Error::Timeout {
                kind,
                after,
                message,
                client_token,
                source,
            } => f
                .debug_struct("Timeout")
                .field("kind", kind)
                .field("after", after)
                .field("message", &Redacted(message))
                .field("client_token", client_token)
                .field("source", &Redacted(source))
                .finish(),
            Error::Decode {
                http_status,
                message,
                snippet,
                request_id,
                client_token,
                source,
            } => f
                .debug_struct("Decode")
                .field("http_status", http_status)
                .field("message", &Redacted(message))
                .field("snippet", &Redacted(snippet))
                .field("request_id", request_id)
                .field("client_token", client_token)
                .field("source", &Redacted(source))
                .finish(),
            Error::OutcomeUnknown {
                action,
                attempts,
                source,
            } => f
                .debug_struct("OutcomeUnknown")
                .field("action", action)
                .field("attempts", attempts)
                .field("source", source)
                .finish(),
        }
    }
}

impl fmt::Display for Plain<'_, Error> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Error::Service(e) => Plain(&**e).fmt(f),
            Error::InvalidInput { message } => write!(f, "invalid input: {message}"),
            Error::Credentials {
                provider, message, ..
            } => write!(f, "credentials ({provider}): {message}"),
            Error::Transport { message, .. } => write!(f, "transport error: {message}"),
            Error::Timeout {
                kind,
                after,
                message,
                ..
            } => write!(
                f,
                "the {} timeout ({after:?}) fired: {message}",
                kind.as_str()
            ),
            Error::Decode {
                http_status,
                message,
                snippet,
                ..
            } => {
                let removed = if snippet.contains(redact::REDACTED) {
                    " (secret values removed)"
                } else {
                    ""
                };
                // An answer that is not the service's (a gateway's page)
                // says so itself; any other could not be decoded.
                if message.starts_with("HTTP ") {
                    write!(f, "{message}; body starts{removed}: {snippet:?}")
                } else {
                    write!(
                        f,
                        "could not decode the response (HTTP {http_status}): {message}; \
                         body starts{removed}: {snippet:?}"
                    )
                }
            }
            Error::OutcomeUnknown { action, source, .. } => write!(
                f,
                "outcome unknown: {action} may or may not have taken effect \
                 (check before calling it again): {source}"
            ),
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Error::Credentials {
                source: Some(s), ..
            }
            | Error::Transport {
                source: Some(s), ..
            }
            | Error::Timeout {
                source: Some(s), ..
            }
            | Error::Decode {
                source: Some(s), ..
            } => Some(s.as_ref()),
            Error::OutcomeUnknown { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl From<ServiceError> for Error {
    fn from(e: ServiceError) -> Self {
        Error::Service(Box::new(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_that_is_not_json_says_what_it_is() {
        let page = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
        let e = Error::not_json_answer(502, page);
        assert!(
            e.to_string()
                .starts_with("HTTP 502 from a gateway or proxy, not the service's own answer: \"502 Bad Gateway\""),
            "{e}"
        );
        assert!(e.is_transient());
        let e = Error::not_json_answer(403, b"Forbidden by policy\n");
        assert!(
            e.to_string()
                .starts_with("HTTP 403, an error answer that is not JSON: \"Forbidden by policy\""),
            "{e}"
        );
        let e = Error::not_json_answer(504, b"");
        assert!(e.to_string().contains("(an empty body)"), "{e}");
    }

    #[test]
    fn snippet_is_bounded_and_cut_on_a_char_boundary() {
        let body = "云".repeat(400);
        let e = Error::decode(502, "not JSON", body.as_bytes());
        let Error::Decode { snippet, .. } = &e else {
            panic!()
        };
        assert!(snippet.len() <= Error::SNIPPET_LIMIT);
        assert!(snippet.chars().all(|c| c == '云'));
        assert!(e.is_transient());
    }

    #[test]
    fn an_unknown_outcome_answers_what_its_last_attempt_saw() {
        let service = Error::from(ServiceError {
            access_denied: None,
            client_token: None,
            vendor: Vendor::Aliyun,
            code: "InternalError".into(),
            message: "try later".into(),
            request_id: Some("r-500".into()),
            http_status: 500,
            recommend: None,
            host_id: None,
            note: None,
        });
        let e = Error::OutcomeUnknown {
            action: "CreateDisk".into(),
            attempts: 1,
            source: Box::new(service),
        };
        assert_eq!(
            (e.code(), e.message(), e.request_id(), e.http_status()),
            (
                Some("InternalError"),
                Some("try later"),
                Some("r-500"),
                Some(500)
            )
        );
    }

    #[test]
    fn throttling_is_recognised_for_both_vendors() {
        for (vendor, code) in [
            (Vendor::Aliyun, "Throttling.User"),
            (Vendor::Tencent, "RequestLimitExceeded.UinLimitExceeded"),
        ] {
            let e = Error::from(ServiceError {
                access_denied: None,
                client_token: None,
                vendor,
                code: code.into(),
                message: String::new(),
                request_id: None,
                http_status: 400,
                recommend: None,
                host_id: None,
                note: None,
            });
            assert!(e.is_throttling() && e.is_transient(), "{code}");
        }
    }
}
