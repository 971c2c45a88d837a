//! The value a generated operation method returns: a call not yet sent.
//! `.await` sends it, exactly as an `async fn` would; before that, options
//! for this call alone ([`crate::options`]) can be set on it.
//!
//! ```text
//! let regions = client.describe_regions(request).await?;
//! let quick = client
//!     .describe_regions(request)
//!     .attempt_timeout(Duration::from_secs(2))
//!     .timeout(Duration::from_secs(5))
//!     .header("x-acs-resourcegroup-id", "rg-123")
//!     .await?;
//! ```
//!
//! (The README's "Options for one call" compiles this against a generated
//! crate.)
//!
//! A call borrows its client, as the `async fn` it replaces did: to send
//! one from a spawned task, move a clone of the client (cheap; clones share
//! connections) into the task and make the call there.

use crate::aliyun::{AliyunClient, ResourceRequest, ResourceResponse, RpcRequest};
use crate::error::Error;
use crate::options::{BeforeSigning, CallOptions, Interceptor};
use crate::retry::RetryConfig;
use crate::tencent::{TencentClient, TencentRequest};
use bytes::Bytes;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

/// What a [`Call`] becomes when awaited.
pub type CallFuture<'c, T> = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'c>>;

/// One call of an operation, sent when awaited. Made by a generated
/// client's operation methods (`client.describe_instances(request)`).
#[must_use = "a call is sent only when awaited"]
pub struct Call<'c, T> {
    request: Result<Request<'c>, Error>,
    finish: Finish<'c, T>,
    options: CallOptions,
}

/// A request ready to sign, with the client that sends it.
pub(crate) enum Request<'c> {
    Rpc(&'c AliyunClient, RpcRequest),
    Resource(&'c AliyunClient, ResourceRequest),
    Tencent(&'c TencentClient, TencentRequest),
}

/// A whole successful answer: the body, or (resource-style) all of it.
pub(crate) enum Answer {
    Body(Bytes),
    Whole(ResourceResponse),
}

impl Answer {
    pub(crate) fn body(&self) -> &[u8] {
        match self {
            Answer::Body(body) => body,
            Answer::Whole(answer) => &answer.body,
        }
    }
}

/// How the answer becomes the call's output.
pub(crate) enum Finish<'c, T> {
    /// Read from the whole answer.
    Answer(fn(Answer) -> Result<T, Error>),
    /// Opened as a stream of events (`T` is an `EventStream`).
    Events(fn(Request<'c>, CallOptions) -> CallFuture<'c, T>),
}

impl<'c, T> Call<'c, T> {
    pub(crate) fn new(request: Result<Request<'c>, Error>, finish: Finish<'c, T>) -> Self {
        Call {
            request,
            finish,
            options: CallOptions::default(),
        }
    }

    /// How long one attempt may take ([`CallOptions::attempt_timeout`]).
    pub fn attempt_timeout(mut self, limit: Duration) -> Self {
        self.options = self.options.attempt_timeout(limit);
        self
    }

    /// How long the whole call may take, retries included
    /// ([`CallOptions::timeout`]).
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.options = self.options.timeout(limit);
        self
    }

    /// This call's retry rules ([`CallOptions::retry`]).
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.options = self.options.retry(retry);
        self
    }

    /// A header sent and (ACS3) signed with the call ([`CallOptions::header`]).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// A query parameter sent and signed with the call
    /// ([`CallOptions::query`]).
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options = self.options.query(name, value);
        self
    }

    /// An interceptor for this call, after the client's
    /// ([`CallOptions::interceptor`]).
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.options = self.options.interceptor(interceptor);
        self
    }

    /// Replaces every option of this call at once (options kept and
    /// reused across calls).
    pub fn options(mut self, options: CallOptions) -> Self {
        self.options = options;
        self
    }
}

impl<T> std::fmt::Debug for Call<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let action = match &self.request {
            Ok(Request::Rpc(_, r)) => Ok(&*r.action),
            Ok(Request::Resource(_, r)) => Ok(&*r.action),
            Ok(Request::Tencent(_, r)) => Ok(&*r.action),
            Err(e) => Err(e),
        };
        f.debug_struct("Call")
            .field("action", &action)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<'c, T: Send + 'c> IntoFuture for Call<'c, T> {
    type Output = Result<T, Error>;
    type IntoFuture = CallFuture<'c, T>;

    fn into_future(self) -> Self::IntoFuture {
        let Call {
            request,
            finish,
            options,
        } = self;
        Box::pin(async move {
            let mut request = request?;
            request.before_signing(&options)?;
            match finish {
                Finish::Answer(read) => read(request.send(&options).await?),
                Finish::Events(open) => open(request, options).await,
            }
        })
    }
}

impl Request<'_> {
    /// Adds the call's headers and query parameters and runs the
    /// interceptors' `before_signing`.
    fn before_signing(&mut self, options: &CallOptions) -> Result<(), Error> {
        let (client, mut parts) = match self {
            Request::Rpc(client, r) => (
                client.config(),
                parts(&r.action, &r.version, &mut r.headers, Some(&mut r.query)),
            ),
            Request::Resource(client, r) => (
                client.config(),
                parts(&r.action, &r.version, &mut r.headers, Some(&mut r.query)),
            ),
            Request::Tencent(client, r) => (
                client.config(),
                parts(&r.action, &r.version, &mut r.headers, None),
            ),
        };
        parts.apply(options, &client.interceptors)
    }

    /// Sends the request with the call's options and reads the whole answer.
    async fn send(&self, options: &CallOptions) -> Result<Answer, Error> {
        Ok(match self {
            Request::Rpc(client, r) => Answer::Body(client.send_with(r, options).await?),
            Request::Resource(client, r) => {
                Answer::Whole(client.send_resource_with(r, options).await?)
            }
            Request::Tencent(client, r) => Answer::Body(client.send_with(r, options).await?),
        })
    }
}

fn parts<'a>(
    action: &'a str,
    version: &'a str,
    headers: &'a mut crate::encode::Params,
    query: Option<&'a mut crate::encode::Params>,
) -> BeforeSigning<'a> {
    BeforeSigning {
        action,
        version,
        headers,
        query,
    }
}

/// Opens a call's answer as a stream of events, each decoded as `T`.
pub(crate) fn open_events<'c, T: crate::json::Decode + Send + 'static>(
    request: Request<'c>,
    options: CallOptions,
) -> CallFuture<'c, crate::sse::EventStream<T>> {
    Box::pin(async move {
        match &request {
            Request::Rpc(client, r) => client.events_with::<T>(r, &options).await,
            Request::Resource(client, r) => client.resource_events_with::<T>(r, &options).await,
            Request::Tencent(client, r) => client.events_with::<T>(r, &options).await,
        }
    })
}

/// How answers read: one function per kind of operation, picked when the
/// call is made.
pub(crate) mod read {
    use super::Answer;
    use crate::aliyun::ResourceResponse;
    use crate::error::Error;
    use crate::json::Decode;
    use serde::de::DeserializeOwned;

    /// An RPC-style answer: a JSON object.
    pub(crate) fn json<T: Decode>(answer: Answer) -> Result<T, Error> {
        crate::response::decode_json(answer.body())
    }

    /// A resource-style answer declared as an object (empty reads as one
    /// without members).
    pub(crate) fn object<T: Decode>(answer: Answer) -> Result<T, Error> {
        crate::response::decode_json_object(answer.body())
    }

    /// A resource-style answer declared as any JSON (empty reads as `null`).
    pub(crate) fn any<T: DeserializeOwned>(answer: Answer) -> Result<T, Error> {
        let body = answer.body();
        crate::response::from_json(if body.trim_ascii().is_empty() {
            b"null"
        } else {
            body
        })
    }

    /// A resource-style answer as it came.
    pub(crate) fn raw(answer: Answer) -> Result<ResourceResponse, Error> {
        Ok(match answer {
            Answer::Whole(whole) => whole,
            Answer::Body(body) => ResourceResponse {
                status: 200,
                headers: http::HeaderMap::new(),
                body,
            },
        })
    }

    /// A Tencent Cloud answer: the `Response` object.
    pub(crate) fn tencent<T: Decode>(answer: Answer) -> Result<T, Error> {
        crate::tencent::decode_response(answer.body())
    }
}
