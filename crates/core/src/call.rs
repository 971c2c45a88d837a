//! One call's path, the same for both vendors: fill the idempotency token
//! once, then attempts under the retry rules ([`crate::retry`]). Each
//! attempt takes a usable credential, builds and signs the request at the
//! service's time, sends it, checks the answer, and lets the client's clock
//! learn from the answer's `Date`.

use crate::config::Config;
use crate::credentials::Credential;
use crate::error::Error;
use crate::http::HttpRequest;
use crate::retry::{prepare, RetryFacts};
use bytes::Bytes;
use std::time::SystemTime;

/// Turns an answer into its body or the service's error.
pub(crate) type Check = fn(&http::response::Parts, Bytes) -> Result<Bytes, Error>;

/// Sends `request` with retries: `build` encodes and signs one attempt
/// (given the credential and the Unix time to sign with), `check` reads the
/// answer.
pub(crate) async fn send<R, B>(
    config: &Config,
    request: &R,
    build: B,
    check: Check,
) -> Result<Bytes, Error>
where
    R: RetryFacts,
    B: Fn(&R, &Credential, u64) -> Result<HttpRequest, Error>,
{
    let request = prepare(&config.retry, request);
    config
        .retry
        .run(&config.state, &request.call(), || {
            attempt(config, &*request, &build, check)
        })
        .await
}

async fn attempt<R, B>(
    config: &Config,
    request: &R,
    build: &B,
    check: Check,
) -> Result<Bytes, Error>
where
    B: Fn(&R, &Credential, u64) -> Result<HttpRequest, Error>,
{
    let credential = config.credentials.provide_credentials().await?;
    credential.check_usable(SystemTime::now())?;
    let clock = &config.state.clock;
    let http = build(request, &credential, clock.now())?;
    let (head, body) = config.transport.send(http).await?.into_parts();
    let result = check(&head, body);
    clock.observe(
        &head.headers,
        matches!(&result, Err(e) if e.is_clock_skew()),
    );
    result
}
