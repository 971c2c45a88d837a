//! The mock transport: rules that answer by action, in sequence or by
//! predicate, with typed responses, service errors or faults; every request
//! recorded. No socket is opened: the client's whole call path (encoding,
//! signing, retries, decoding) runs, and only the network is replaced.

use crate::request::{Request, Vendor};
use bytes::Bytes;
use serde::Serialize;
use serde_json::{json, Value};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use yun_core::error::TimeoutKind;
use yun_core::http::{HttpRequest, HttpResponse, Transport, TransportFuture};
use yun_core::retry::RetryConfig;
use yun_core::{Config, Credential, Error};

/// A failure below (or instead of) a proper answer, as the client's retry
/// rules see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// The service asks the caller to slow down: Alibaba Cloud
    /// `Throttling.User` (HTTP 400), Tencent Cloud `RequestLimitExceeded`.
    /// Retried for every operation.
    Throttle,
    /// The service failed inside (`InternalError`: Alibaba Cloud HTTP 500,
    /// Tencent Cloud HTTP 200). Retried for reads and token writes only.
    InternalError,
    /// A gateway answers with this HTTP status and an HTML page (502, 503,
    /// 504). 503 is retried for every operation, the others as answers lost.
    Status(u16),
    /// The connection is reset after the request was sent: the answer is
    /// lost. Retried for reads and token writes only.
    Reset,
    /// The read timeout fires: the answer is lost.
    Timeout,
    /// The connection is refused: the request never left. Retried always.
    Unreachable,
}

/// What a rule answers with, once per matching request.
#[derive(Clone, Debug)]
enum Step {
    Answer(Value),
    Error {
        status: Option<u16>,
        code: String,
        message: String,
    },
    Raw {
        status: u16,
        content_type: String,
        body: Bytes,
    },
    Fault(Fault),
}

type Predicate = Arc<dyn Fn(&Request) -> bool + Send + Sync>;

struct RuleState {
    action: String,
    product: Option<String>,
    when: Option<Predicate>,
    steps: Vec<Step>,
    /// How many requests the rule has answered.
    used: usize,
}

impl RuleState {
    fn matches(&self, request: &Request) -> bool {
        (self.action == "*" || self.action == request.action())
            && self
                .product
                .as_deref()
                .is_none_or(|p| request.is_product(p))
            && self.when.as_ref().is_none_or(|when| when(request))
            && !self.steps.is_empty()
    }

    /// The next step: each in turn, the last one again once all were used.
    fn next(&mut self) -> Step {
        let step = self.steps[self.used.min(self.steps.len() - 1)].clone();
        self.used += 1;
        step
    }
}

#[derive(Default)]
struct Inner {
    rules: Mutex<Vec<Arc<Mutex<RuleState>>>>,
    requests: Mutex<Vec<Request>>,
    request_ids: AtomicU64,
}

/// A transport that answers from rules instead of the network.
///
/// ```
/// # async fn demo() -> Result<(), yun_core::Error> {
/// use yun_testing::{Fault, Mock};
/// use yun_tencent_cvm::{Client, RunInstancesRequest, RunInstancesResponse};
///
/// let mock = Mock::new();
/// let mut answer = RunInstancesResponse::default();
/// answer.instance_id_set = Some(vec!["ins-1".into()]);
/// mock.on("RunInstances").fault(Fault::Reset).answer(&answer);
///
/// let cvm = Client::new(mock.config("ap-shanghai"));
/// let sent = cvm.run_instances(RunInstancesRequest::new().image_id("img-1")).await?;
/// assert_eq!(sent.instance_id_set.unwrap()[0], "ins-1");
///
/// // Two attempts, one token: the retry could not start a second instance.
/// let requests = mock.requests();
/// assert_eq!(requests.len(), 2);
/// assert_eq!(requests[0].param("ClientToken"), requests[1].param("ClientToken"));
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
pub struct Mock {
    inner: Arc<Inner>,
}

impl fmt::Debug for Mock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mock")
            .field("rules", &lock(&self.inner.rules).len())
            .field("requests", &lock(&self.inner.requests).len())
            .finish()
    }
}

/// A poisoned lock only means another test thread panicked; the data is
/// still what it was.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Mock {
    /// A mock without rules: every request fails with an error naming it
    /// until a rule answers it.
    pub fn new() -> Mock {
        Mock::default()
    }

    /// A rule for `action` (`"*"`: any action). Rules are tried in the
    /// order they were made; the first that matches and has an answer
    /// answers. Its answers are given in turn, one per request, and the
    /// last is repeated.
    pub fn on(&self, action: &str) -> Rule {
        let state = Arc::new(Mutex::new(RuleState {
            action: action.to_owned(),
            product: None,
            when: None,
            steps: Vec::new(),
            used: 0,
        }));
        lock(&self.inner.rules).push(state.clone());
        Rule { state }
    }

    /// A configuration whose calls go to this mock: the region, placeholder
    /// credentials and retries without waiting between attempts (the same
    /// rules, so faults are retried as they would be). Build a client with
    /// it: `yun_aliyun_ecs::Client::new(mock.config("cn-hangzhou"))`.
    pub fn config(&self, region: &str) -> Config {
        Config::builder()
            .region(region)
            .credentials(Credential::access_key("MockAccessKeyId", "mock-secret"))
            .transport(self.transport())
            .retry(
                RetryConfig::default()
                    .initial_backoff(Duration::ZERO)
                    .max_backoff(Duration::ZERO),
            )
            .build()
            .expect("a region and static credentials always build")
    }

    /// The mock as a transport, for a configuration built by hand:
    /// `Config::builder().transport(mock.transport())`.
    pub fn transport(&self) -> Arc<dyn Transport> {
        Arc::new(self.clone())
    }

    /// Every request sent so far, in order (retries included).
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.inner.requests).clone()
    }

    /// The requests for one action, in order.
    pub fn requests_for(&self, action: &str) -> Vec<Request> {
        lock(&self.inner.requests)
            .iter()
            .filter(|r| r.action() == action)
            .cloned()
            .collect()
    }

    /// Forgets the requests recorded so far (the rules stay).
    pub fn clear_requests(&self) {
        lock(&self.inner.requests).clear();
    }

    fn answer(&self, request: &Request) -> Result<HttpResponse, Error> {
        let rule = lock(&self.inner.rules)
            .iter()
            .find(|rule| lock(rule).matches(request))
            .cloned();
        let Some(rule) = rule else {
            return Err(Error::invalid_input(format!(
                "yun-testing: no rule answers {} {} (version {}, host {}); add one with mock.on(\"{}\")",
                request.vendor_name(),
                request.action(),
                request.version(),
                request.host(),
                request.action()
            )));
        };
        let step = lock(&rule).next();
        let request_id = format!(
            "mock-{}",
            self.inner.request_ids.fetch_add(1, Ordering::Relaxed) + 1
        );
        respond(request.vendor(), step, &request_id)
    }
}

impl Transport for Mock {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        let request = Request::from_http(&request);
        lock(&self.inner.requests).push(request.clone());
        let answer = self.answer(&request);
        Box::pin(async move { answer })
    }
}

/// A rule made by [`Mock::on`]: narrow it, then give its answers in order.
#[derive(Clone)]
pub struct Rule {
    state: Arc<Mutex<RuleState>>,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = lock(&self.state);
        f.debug_struct("Rule")
            .field("action", &state.action)
            .field("product", &state.product)
            .field("answers", &state.steps.len())
            .field("used", &state.used)
            .finish()
    }
}

impl Rule {
    /// Only requests to this product (`ecs`, `cvm`: the host's first label).
    pub fn product(self, product: &str) -> Rule {
        lock(&self.state).product = Some(product.to_owned());
        self
    }

    /// Only requests for which `predicate` holds:
    /// `.when(|r| r.param("PageNumber").as_deref() == Some("2"))`.
    pub fn when(self, predicate: impl Fn(&Request) -> bool + Send + Sync + 'static) -> Rule {
        lock(&self.state).when = Some(Arc::new(predicate));
        self
    }

    fn push(self, step: Step) -> Rule {
        lock(&self.state).steps.push(step);
        self
    }

    /// Answers with a response: a generated response type (built with
    /// `Default` and its fields, or from the vendor's example JSON) or any
    /// JSON value. The vendor's envelope and a `RequestId` are added.
    pub fn answer(self, response: impl Serialize) -> Rule {
        let value = serde_json::to_value(response).unwrap_or_else(
            |e| json!({"yun-testing": format!("the answer does not serialize: {e}")}),
        );
        self.push(Step::Answer(value))
    }

    /// Answers with a service error: HTTP 400 for Alibaba Cloud, 200 for
    /// Tencent Cloud (as each sends them).
    pub fn error(self, code: &str, message: &str) -> Rule {
        self.push(Step::Error {
            status: None,
            code: code.to_owned(),
            message: message.to_owned(),
        })
    }

    /// Answers with a service error at an HTTP status of your choice.
    pub fn error_with_status(self, status: u16, code: &str, message: &str) -> Rule {
        self.push(Step::Error {
            status: Some(status),
            code: code.to_owned(),
            message: message.to_owned(),
        })
    }

    /// Answers with a fault.
    pub fn fault(self, fault: Fault) -> Rule {
        self.push(Step::Fault(fault))
    }

    /// Answers with a status, content type and body as given.
    pub fn raw(self, status: u16, content_type: &str, body: impl Into<Bytes>) -> Rule {
        self.push(Step::Raw {
            status,
            content_type: content_type.to_owned(),
            body: body.into(),
        })
    }

    /// How many requests the rule has answered.
    pub fn used(&self) -> usize {
        lock(&self.state).used
    }
}

fn respond(vendor: Vendor, step: Step, request_id: &str) -> Result<HttpResponse, Error> {
    let (status, body) = match step {
        Step::Answer(mut value) => {
            if let Value::Object(members) = &mut value {
                members
                    .entry("RequestId")
                    .or_insert_with(|| request_id.into());
            }
            match vendor {
                Vendor::Tencent => (200, json!({ "Response": value })),
                Vendor::Aliyun => (200, value),
            }
        }
        Step::Error {
            status,
            code,
            message,
        } => service_error(vendor, status, &code, &message, request_id),
        Step::Raw {
            status,
            content_type,
            body,
        } => return Ok(response(status, &content_type, body)),
        Step::Fault(fault) => match fault {
            Fault::Throttle => match vendor {
                Vendor::Aliyun => service_error(
                    vendor,
                    None,
                    "Throttling.User",
                    "Request was denied due to user flow control.",
                    request_id,
                ),
                Vendor::Tencent => service_error(
                    vendor,
                    None,
                    "RequestLimitExceeded",
                    "The request frequency exceeds the limit.",
                    request_id,
                ),
            },
            Fault::InternalError => service_error(
                vendor,
                Some(match vendor {
                    Vendor::Aliyun => 500,
                    Vendor::Tencent => 200,
                }),
                "InternalError",
                "An internal error occurred.",
                request_id,
            ),
            Fault::Status(status) => {
                let page = format!("<html><body><h1>{status}</h1>yun-testing</body></html>");
                return Ok(response(status, "text/html", Bytes::from(page)));
            }
            Fault::Reset => {
                return Err(Error::transport(
                    "connection reset by peer (a yun-testing fault)",
                    false,
                    None,
                ))
            }
            Fault::Timeout => {
                return Err(Error::timeout(
                    TimeoutKind::Read,
                    Duration::from_secs(30),
                    "no answer (a yun-testing fault)",
                ))
            }
            Fault::Unreachable => {
                return Err(Error::transport(
                    "connection refused (a yun-testing fault)",
                    true,
                    None,
                ))
            }
        },
    };
    let body = serde_json::to_vec(&body).unwrap_or_default();
    Ok(response(status, "application/json", Bytes::from(body)))
}

fn service_error(
    vendor: Vendor,
    status: Option<u16>,
    code: &str,
    message: &str,
    request_id: &str,
) -> (u16, Value) {
    match vendor {
        Vendor::Aliyun => (
            status.unwrap_or(400),
            json!({"Code": code, "Message": message, "RequestId": request_id}),
        ),
        Vendor::Tencent => (
            status.unwrap_or(200),
            json!({"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}}),
        ),
    }
}

fn response(status: u16, content_type: &str, body: Bytes) -> HttpResponse {
    let mut response = http::Response::new(body);
    *response.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK);
    if let Ok(value) = http::HeaderValue::from_str(content_type) {
        response
            .headers_mut()
            .insert(http::header::CONTENT_TYPE, value);
    }
    response
}
