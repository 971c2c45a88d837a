//! Retries: which failures are retried, for which operations, how often and
//! how long apart. The rules live here once, for both vendors.
//!
//! Every failed attempt falls in one of four classes:
//!
//! - **not processed**: the request never left (a connect error or connect
//!   timeout), or the service said it did not act on it (throttling, HTTP
//!   503, `ServiceUnavailable`). Retried for every operation.
//! - **outcome unknown**: the request was sent but its answer was lost (a
//!   reset, a read or attempt timeout, a body cut short or unreadable on a
//!   2xx) or the service failed in a way that does not say the request was
//!   left alone (HTTP 500, 502, 504, `InternalError`). Retried only for
//!   operations that are safe to repeat: read-only ones, and writes that
//!   carry an idempotency token (`ClientToken`), which the client fills
//!   once per call and sends unchanged on every attempt. Any other
//!   operation gets [`Error::OutcomeUnknown`] after its one attempt.
//! - **clock skew**: the service rejected the timestamp. The client learns
//!   the offset from the answer's `Date` header, re-signs and tries once
//!   more (not counted against `max_attempts`); the offset is kept for the
//!   client's later calls.
//! - **final**: anything else (a bad parameter, access denied).
//!
//! Retries wait a capped exponential backoff with full jitter, every
//! attempt is signed afresh (new timestamp and nonce), and each retry
//! spends tokens from the client's [`RetryBudget`], so an endpoint that
//! always fails gets no more than a trickle of retries.

use crate::error::{Error, TimeoutKind};
use crate::time::ServerClock;
use std::borrow::Cow;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

/// How many times to try, how long to wait between tries, and the guards
/// around retrying. The defaults suit most programs; [`RetryConfig::disabled`]
/// sends every request once.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryConfig {
    /// Attempts in all, the first included (1 disables retries). Default 3.
    pub max_attempts: u32,
    /// The base delay before the second attempt; doubles each time. Default 100 ms.
    pub initial_backoff: Duration,
    /// The longest delay between attempts. Default 20 s.
    pub max_backoff: Duration,
    /// The token bucket retries spend from; `None` retries without limit.
    pub budget: Option<RetryBudget>,
    /// Learn the service's clock from a timestamp rejection and try once
    /// more with corrected time. Default true.
    pub correct_clock_skew: bool,
    /// Fill an operation's unset idempotency token (`ClientToken`) with a
    /// fresh random value once per call. Default true. When off, a write
    /// whose token the caller left unset is not retried after its request
    /// was sent.
    pub fill_idempotency_tokens: bool,
    /// How long a whole call may take: every attempt (credentials, sending,
    /// the answer) and the waits between them. Default 40 s, so a service
    /// that never answers fails the call in 40 s whatever the attempts'
    /// own limits; `None`: no limit beyond theirs. When it fires during an
    /// attempt the call fails with `Error::Timeout` of kind `call` (for a
    /// write not safe to repeat, `Error::OutcomeUnknown` around it); no
    /// retry starts that the budget cannot wait for.
    pub call_timeout: Option<Duration>,
}

/// A client's retry budget: a token bucket shared by all its calls, as
/// aws-sdk-rust's standard retry mode keeps. A retry takes `retry_cost`
/// tokens (`timeout_cost` after a timeout); a call that succeeds on a
/// retry gives that retry's tokens back, and one that succeeds at once
/// adds one token, up to `capacity`. When the bucket cannot pay for a
/// retry, the error is returned at once.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryBudget {
    /// Tokens when full (and at the start). Default 500.
    pub capacity: u32,
    /// Tokens one retry takes. Default 5.
    pub retry_cost: u32,
    /// Tokens one retry after a timeout takes. Default 10.
    pub timeout_cost: u32,
}

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget {
            capacity: 500,
            retry_cost: 5,
            timeout_cost: 10,
        }
    }
}

impl RetryBudget {
    /// Sets the capacity.
    pub fn capacity(mut self, tokens: u32) -> Self {
        self.capacity = tokens;
        self
    }

    /// Sets what a retry costs, and what one after a timeout costs.
    pub fn costs(mut self, retry: u32, after_timeout: u32) -> Self {
        self.retry_cost = retry;
        self.timeout_cost = after_timeout;
        self
    }
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(20),
            budget: Some(RetryBudget::default()),
            correct_clock_skew: true,
            fill_idempotency_tokens: true,
            call_timeout: Some(Duration::from_secs(40)),
        }
    }
}

impl RetryConfig {
    /// One attempt, no retries (clock-skew correction and token filling
    /// stay on: they never repeat a write).
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Sets the number of attempts (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Sets the initial backoff.
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// Sets the largest backoff.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// Sets the retry budget; `None` turns it off.
    pub fn budget(mut self, budget: Option<RetryBudget>) -> Self {
        self.budget = budget;
        self
    }

    /// Turns clock-skew correction on or off.
    pub fn correct_clock_skew(mut self, on: bool) -> Self {
        self.correct_clock_skew = on;
        self
    }

    /// Turns filling unset idempotency tokens on or off.
    pub fn fill_idempotency_tokens(mut self, on: bool) -> Self {
        self.fill_idempotency_tokens = on;
        self
    }

    /// Sets how long a whole call may take, retries included; `None` leaves
    /// only the attempts' own limits.
    pub fn call_timeout(mut self, limit: Option<Duration>) -> Self {
        self.call_timeout = limit;
        self
    }

    /// The delay before attempt `attempt + 1` (after `attempt` failures):
    /// uniformly random up to `initial * 2^(attempt-1)`, capped.
    pub fn backoff(&self, attempt: u32, random: u64) -> Duration {
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(self.max_backoff);
        let nanos = ceiling.as_nanos() as u64;
        if nanos == 0 {
            return Duration::ZERO;
        }
        Duration::from_nanos(random % (nanos + 1))
    }
}

/// What a client keeps between calls: its retry budget and what it learned
/// of the service's clock. Shared by clones of a [`Config`](crate::Config).
#[derive(Debug)]
pub(crate) struct ClientState {
    pub(crate) clock: ServerClock,
    bucket: Option<TokenBucket>,
}

impl ClientState {
    pub(crate) fn new(retry: &RetryConfig) -> Self {
        ClientState {
            clock: ServerClock::default(),
            bucket: retry.budget.clone().map(TokenBucket::new),
        }
    }
}

#[derive(Debug)]
struct TokenBucket {
    budget: RetryBudget,
    tokens: Mutex<u32>,
}

impl TokenBucket {
    fn new(budget: RetryBudget) -> Self {
        TokenBucket {
            tokens: Mutex::new(budget.capacity),
            budget,
        }
    }

    fn take(&self, cost: u32) -> bool {
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        if *tokens < cost {
            return false;
        }
        *tokens -= cost;
        true
    }

    fn give(&self, n: u32) {
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        *tokens = tokens.saturating_add(n).min(self.budget.capacity);
    }
}

/// What the retry rules need to know of one call.
#[derive(Clone, Debug)]
pub(crate) struct CallFacts<'a> {
    /// The action, for error texts.
    pub action: &'a str,
    /// The API version, for the call's span.
    pub version: &'a str,
    /// The operation only reads.
    pub read_only: bool,
    /// The operation's idempotency-token member, if it has one.
    pub token_member: Option<&'a str>,
    /// The token every attempt of this call sends, if any.
    pub token: Option<Cow<'a, str>>,
}

/// A vendor's request, as the retry rules see it.
pub(crate) trait RetryFacts: Clone {
    /// This request's facts.
    fn call(&self) -> CallFacts<'_>;
    /// A copy carrying a fresh idempotency token, when the operation has a
    /// token member the caller left unset.
    fn with_token_filled(&self) -> Option<Self>;
    /// The operation is called without credentials (the metadata's
    /// `Anonymous` security): sent unsigned, no credential looked up.
    fn anonymous(&self) -> bool {
        false
    }
}

/// The request every attempt of a call sends: `request` itself, or a copy
/// with its idempotency token filled (once per call).
pub(crate) fn prepare<'r, R: RetryFacts>(retry: &RetryConfig, request: &'r R) -> Cow<'r, R> {
    match retry
        .fill_idempotency_tokens
        .then(|| request.with_token_filled())
        .flatten()
    {
        Some(filled) => Cow::Owned(filled),
        None => Cow::Borrowed(request),
    }
}

impl CallFacts<'_> {
    fn safe_to_repeat(&self) -> bool {
        self.read_only || self.token.is_some()
    }

    fn why_unsafe(&self) -> String {
        match self.token_member {
            Some(member) => format!(
                "not retried: {} is not read-only and its {member} was not set",
                self.action
            ),
            None => format!(
                "not retried: {} is not read-only and carries no idempotency token",
                self.action
            ),
        }
    }
}

/// The four classes of failure (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    NotProcessed,
    OutcomeUnknown,
    ClockSkew,
    Final,
}

impl Fault {
    /// Why a failure of this class is retried, for logs.
    fn reason(self) -> &'static str {
        match self {
            Fault::NotProcessed => "not processed (not sent, throttled or unavailable)",
            Fault::OutcomeUnknown => "answer lost; the operation is safe to repeat",
            Fault::ClockSkew => "timestamp rejected",
            Fault::Final => "final",
        }
    }
}

/// True when the retry rules would try again after `e` for an operation
/// safe to repeat ([`Error::is_transient`]).
pub(crate) fn is_retryable(e: &Error) -> bool {
    !matches!(classify(e), Fault::Final)
}

fn classify(e: &Error) -> Fault {
    match e {
        Error::Service(s) => {
            if e.is_clock_skew() {
                Fault::ClockSkew
            } else if e.is_throttling()
                || s.http_status == 503
                || s.code.starts_with("ServiceUnavailable")
            {
                Fault::NotProcessed
            } else if matches!(s.http_status, 500 | 502 | 504)
                || s.code.starts_with("InternalError")
            {
                Fault::OutcomeUnknown
            } else {
                Fault::Final
            }
        }
        Error::Transport { connect: true, .. } => Fault::NotProcessed,
        Error::Transport { .. } => Fault::OutcomeUnknown,
        Error::Timeout {
            kind: TimeoutKind::Connect,
            ..
        } => Fault::NotProcessed,
        Error::Timeout { .. } => Fault::OutcomeUnknown,
        Error::Decode { http_status, .. } => match http_status {
            503 => Fault::NotProcessed,
            200..=299 | 500 | 502 | 504 => Fault::OutcomeUnknown,
            _ => Fault::Final,
        },
        _ => Fault::Final,
    }
}

impl RetryConfig {
    /// Runs `attempt` until it succeeds, fails for good, or the rules above
    /// stop it; the error then says how many attempts were made and why the
    /// last was not retried.
    pub(crate) async fn run<T, F, Fut>(
        &self,
        state: &ClientState,
        call: &CallFacts<'_>,
        mut attempt: F,
    ) -> Result<T, Error>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let mut sent = 0u32;
        let mut counted = 0u32;
        let mut clock_corrected = false;
        let mut last_cost = None;
        let deadline = self
            .call_timeout
            .map(|limit| (tokio::time::Instant::now() + limit, limit));
        loop {
            sent += 1;
            counted += 1;
            let outcome = match deadline {
                None => attempt().await,
                Some((at, limit)) => match tokio::time::timeout_at(at, attempt()).await {
                    Ok(outcome) => outcome,
                    Err(_) => Err(Error::timeout(
                        TimeoutKind::Call,
                        limit,
                        format!(
                            "{} did not finish within the call's time limit, during attempt {sent}",
                            call.action
                        ),
                    )),
                },
            };
            let err = match outcome {
                Ok(value) => {
                    if let Some(bucket) = &state.bucket {
                        bucket.give(last_cost.unwrap_or(1));
                    }
                    return Ok(value);
                }
                Err(e) => e,
            };
            let attempts = plural(sent);
            let fault = match classify(&err) {
                Fault::ClockSkew if !self.correct_clock_skew => Fault::Final,
                fault => fault,
            };
            match fault {
                Fault::Final if sent == 1 => return Err(err),
                Fault::Final => {
                    return Err(err.with_note(&format!("{attempts}; the last failed for good")))
                }
                Fault::ClockSkew if !clock_corrected => {
                    // Rejected before it was processed; the attempt has
                    // learned the service's clock from the answer.
                    clock_corrected = true;
                    counted -= 1;
                    tracing::debug!(attempt = sent, "retrying at once, signed with the service's time");
                    continue;
                }
                Fault::ClockSkew => {
                    return Err(err.with_note(&format!(
                        "{attempts}; the clock was already corrected from the service's Date header once in this call"
                    )))
                }
                Fault::OutcomeUnknown if !call.safe_to_repeat() => {
                    tracing::debug!(attempt = sent, reason = %call.why_unsafe(), "not retrying");
                    return Err(Error::OutcomeUnknown {
                        action: call.action.to_owned(),
                        attempts: sent,
                        source: Box::new(
                            err.with_note(&format!("{attempts}; {}", call.why_unsafe())),
                        ),
                    })
                }
                Fault::OutcomeUnknown | Fault::NotProcessed => {}
            }
            if counted >= self.max_attempts {
                if self.max_attempts == 1 {
                    // Retries are off: there is nothing to add.
                    return Err(err);
                }
                let mut note = format!(
                    "{attempts}; retries exhausted (max_attempts {})",
                    self.max_attempts
                );
                if let (Some(member), Some(token)) = (call.token_member, &call.token) {
                    note.push_str(&format!(
                        "; every attempt sent {member} {token}: calling again with it cannot apply the change twice"
                    ));
                }
                return Err(err.with_note(&note));
            }
            if let Some(bucket) = &state.bucket {
                let cost = if err.is_timeout() {
                    bucket.budget.timeout_cost
                } else {
                    bucket.budget.retry_cost
                };
                if !bucket.take(cost) {
                    return Err(err.with_note(&format!(
                        "{attempts}; not retried: the client's retry budget is empty (too many failures lately)"
                    )));
                }
                last_cost = Some(cost);
            }
            let backoff = self.backoff(counted, random_u64());
            if let Some((at, limit)) = deadline {
                if tokio::time::Instant::now() + backoff >= at {
                    return Err(err.with_note(&format!(
                        "{attempts}; not retried: the call's time limit ({limit:?}) runs out before another attempt"
                    )));
                }
            }
            tracing::debug!(
                attempt = sent,
                reason = fault.reason(),
                backoff_ms = backoff.as_millis() as u64,
                "retrying"
            );
            tokio::time::sleep(backoff).await;
        }
    }
}

fn plural(n: u32) -> String {
    if n == 1 {
        "1 attempt".to_owned()
    } else {
        format!("{n} attempts")
    }
}

/// A fresh idempotency token: a random UUID (version 4), the form both
/// vendors' documentation shows for `ClientToken` (ASCII, at most 64 characters).
pub fn new_idempotency_token() -> String {
    let mut b = [0u8; 16];
    if getrandom::getrandom(&mut b).is_err() {
        // Never repeats within a process, which is what a token must not do.
        b = crate::sign::unique_bytes();
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = crate::sign::hex_lower(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

fn random_u64() -> u64 {
    let mut b = [0u8; 8];
    // Jitter only: the clock is an acceptable fallback.
    if getrandom::getrandom(&mut b).is_err() {
        return u64::from(crate::time::now_unix() as u32);
    }
    u64::from_le_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{ServiceError, TimeoutKind, Vendor};

    #[test]
    fn backoff_doubles_and_caps() {
        let r = RetryConfig::default();
        assert_eq!(
            r.backoff(1, u64::MAX),
            Duration::from_nanos(u64::MAX % 100_000_001)
        );
        assert!(r.backoff(3, u64::MAX) <= Duration::from_millis(400));
        assert!(r.backoff(40, u64::MAX) <= r.max_backoff);
        assert_eq!(
            RetryConfig::default()
                .initial_backoff(Duration::ZERO)
                .backoff(2, 7),
            Duration::ZERO
        );
    }

    fn service(vendor: Vendor, status: u16, code: &str) -> Error {
        ServiceError {
            access_denied: None,
            client_token: None,
            vendor,
            code: code.into(),
            message: String::new(),
            request_id: None,
            http_status: status,
            recommend: None,
            host_id: None,
            note: None,
        }
        .into()
    }

    #[test]
    fn failures_are_classified_by_what_the_service_can_have_done() {
        use Fault::*;
        let timeout = |kind| Error::timeout(kind, Duration::from_secs(1), "");
        let transport = |connect| Error::transport("", connect, None);
        let cases = [
            (
                service(Vendor::Aliyun, 400, "Throttling.User"),
                NotProcessed,
            ),
            (
                service(Vendor::Tencent, 200, "RequestLimitExceeded"),
                NotProcessed,
            ),
            (
                service(Vendor::Aliyun, 503, "ServiceUnavailable"),
                NotProcessed,
            ),
            (
                service(Vendor::Aliyun, 500, "InternalError"),
                OutcomeUnknown,
            ),
            (
                service(Vendor::Tencent, 200, "InternalError.Unknown"),
                OutcomeUnknown,
            ),
            (
                service(Vendor::Aliyun, 400, "InvalidTimeStamp.Expired"),
                ClockSkew,
            ),
            (
                service(Vendor::Tencent, 200, "AuthFailure.SignatureExpire"),
                ClockSkew,
            ),
            (
                service(Vendor::Aliyun, 400, "InvalidTimeStamp.Format"),
                Final,
            ),
            (service(Vendor::Aliyun, 403, "Forbidden.RAM"), Final),
            (transport(true), NotProcessed),
            (transport(false), OutcomeUnknown),
            (timeout(TimeoutKind::Connect), NotProcessed),
            (timeout(TimeoutKind::Read), OutcomeUnknown),
            (timeout(TimeoutKind::Attempt), OutcomeUnknown),
            (Error::decode(503, "x", b"<html>"), NotProcessed),
            (Error::decode(502, "x", b"<html>"), OutcomeUnknown),
            (Error::decode(200, "x", b"{\"Re"), OutcomeUnknown),
            (Error::decode(404, "x", b"<html>"), Final),
            (Error::invalid_input("x"), Final),
        ];
        for (error, want) in cases {
            assert_eq!(classify(&error), want, "{error:?}");
        }
    }

    #[test]
    fn tokens_are_random_uuids() {
        let a = new_idempotency_token();
        let b = new_idempotency_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
        assert!(a.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    }

    #[test]
    fn the_bucket_pays_for_retries_and_refills_on_success() {
        let bucket = TokenBucket::new(RetryBudget::default().capacity(12).costs(5, 10));
        assert!(bucket.take(5) && bucket.take(5));
        assert!(!bucket.take(5), "2 tokens left");
        bucket.give(5);
        assert!(bucket.take(5));
        bucket.give(100);
        assert_eq!(*bucket.tokens.lock().unwrap(), 12, "never above capacity");
    }
}
