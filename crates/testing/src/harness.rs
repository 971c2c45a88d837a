//! The per-operation conformance harness the generated crates' tests use.
//!
//! For each operation, walking the project's spec (specs/…json, read as
//! plain JSON, independently of the generator):
//! 1. build a request with every member set, with awkward text values;
//! 2. send it through the typed client to a loopback server that checks
//!    the signature and records what arrived;
//! 3. check that exactly the wire parameters (Alibaba Cloud: names, styles,
//!    locations) or the JSON body (Tencent Cloud) the spec defines arrived;
//! 4. answer with the vendor's example response for the operation (from
//!    ../shared/specs-upstream when present) and check that every value the
//!    spec declares survives decoding and re-encoding, up to the documented
//!    coercions;
//! 6. (paged operations, [`Harness::check_pages`]) walk the paginator
//!    through two pages the server builds from the spec's paging facts,
//!    checking every item arrives once and the second request asks for
//!    the second page;
//! 5. check the operation's retry facts on the wire: with the connection
//!    reset after its first request, a read-only operation or one with an
//!    idempotency token (left unset, so the client fills it) succeeds on a
//!    second request carrying the same token, and any other write fails
//!    with `Error::OutcomeUnknown` after one.

use crate::server::{
    verify_aliyun, verify_tencent, verify_unsigned_aliyun, Received, Reply, TestServer, WireFault,
};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::future::Future;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::{Config, Credential, Error};

const KEY_ID: &str = "LTAI5tHarnessKeyId";
const KEY_SECRET: &str = "harness/secret+key=";
/// Text that exercises every encoding rule: spaces, reserved characters,
/// multi-byte UTF-8.
const AWKWARD: &str = " a+b&c=d/e*f~g 中文";
/// What the harness answers operations whose answer is raw bytes.
const RAW_ANSWER: &str = "harness raw answer";
/// What the harness uploads for file-URL members.
const UPLOADED: &str = "harness file content";

/// Which vendor's wire rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Vendor {
    Aliyun,
    Tencent,
}

/// Counts the harness reports at the end.
#[derive(Debug, Default)]
struct Tally {
    operations: usize,
    examples_decoded: usize,
    operations_without_example: usize,
    values_checked: usize,
    undeclared_members: usize,
    paginators: usize,
    uploads: usize,
    /// Example values that fit no reading of the member's declared type
    /// (the vendor's example contradicts its own schema): they read as
    /// absent, which is checked, and are counted rather than failed.
    misfits: Vec<String>,
    /// Examples that document an error answer, checked as that service error.
    error_examples: usize,
}

/// One documented answer of an operation.
#[derive(Debug, Clone)]
enum Example {
    /// A successful answer's body.
    Answer(Value),
    /// An error answer: the body and the code the call must fail with.
    Error { code: String, body: Value },
}

/// A check's call: the request as JSON in, what the harness compares out.
pub type Call<'a, T> =
    Box<dyn Fn(Vec<u8>) -> std::pin::Pin<Box<dyn Future<Output = Result<T, Error>> + 'a>> + 'a>;

/// `call` as a [`Call`]: its futures boxed.
pub fn boxed<'a, T, F, Fut>(call: F) -> Call<'a, T>
where
    F: Fn(Vec<u8>) -> Fut + 'a,
    Fut: Future<Output = Result<T, Error>> + 'a,
{
    Box::new(move |request| Box::pin(call(request)))
}

/// The harness: a verifying loopback server, the spec, and the examples.
pub struct Harness {
    server: TestServer,
    vendor: Vendor,
    spec: Value,
    examples: Examples,
    reply: Arc<Mutex<Reply>>,
    reset_next: Arc<AtomicBool>,
    /// Replies served, in order, before the standing one.
    queued: Arc<Mutex<std::collections::VecDeque<Reply>>>,
    failures: Mutex<Vec<String>>,
    tally: Mutex<Tally>,
}

impl Harness {
    /// Starts the harness for the crate at `crate_dir`, with its spec and
    /// (for the example responses) the vendor metadata it was imported
    /// from, both relative to `crate_dir` (the metadata is looked for in
    /// `$YUN_SPECS_UPSTREAM/<vendor>/` instead when that is set). When the
    /// metadata file is missing the example checks are skipped, unless
    /// `YUN_REQUIRE_EXAMPLES` is set.
    pub async fn start(crate_dir: &str, spec: &str, metadata: Option<&str>) -> Harness {
        let spec_path = Path::new(crate_dir).join(spec);
        let text = std::fs::read_to_string(&spec_path)
            .unwrap_or_else(|e| panic!("{}: {e}", spec_path.display()));
        let spec: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", spec_path.display()));
        let vendor = match spec["vendor"].as_str() {
            Some("aliyun") => Vendor::Aliyun,
            Some("tencent") => Vendor::Tencent,
            other => panic!("{}: unknown vendor {other:?}", spec_path.display()),
        };
        // `YUN_SPECS_UPSTREAM` names another directory of vendor metadata
        // (`<dir>/<vendor>/<file>`) than the one beside the workspace.
        let metadata = metadata.map(|m| match std::env::var_os("YUN_SPECS_UPSTREAM") {
            Some(dir) => {
                let file = Path::new(m).file_name().unwrap_or_default();
                let vendor = match vendor {
                    Vendor::Aliyun => "aliyun",
                    Vendor::Tencent => "tencent",
                };
                Path::new(&dir).join(vendor).join(file)
            }
            None => Path::new(crate_dir).join(m),
        });
        let examples = metadata.as_deref().and_then(|m| load_examples(m, vendor));
        if examples.is_none() {
            let shown = metadata
                .as_deref()
                .map_or("none".into(), |m| m.display().to_string());
            if std::env::var_os("YUN_REQUIRE_EXAMPLES").is_some() {
                panic!("YUN_REQUIRE_EXAMPLES is set but the metadata with the examples is missing: {shown}");
            }
            eprintln!("harness: no example responses (metadata: {shown}); example checks skipped");
        }
        let reply = Arc::new(Mutex::new(Reply::json(200, &json!({}))));
        let answer = reply.clone();
        let reset_next = Arc::new(AtomicBool::new(false));
        let reset = reset_next.clone();
        let queued = Arc::new(Mutex::new(std::collections::VecDeque::new()));
        let queue = queued.clone();
        let uploads = Arc::new(AtomicUsize::new(0));
        let slots = uploads.clone();
        // Operations called without credentials: their requests must come unsigned.
        let anonymous: Vec<String> = spec["operations"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|o| o["anonymous"] == true)
            .filter_map(|o| o["name"].as_str().map(str::to_owned))
            .collect();
        let server = TestServer::start(move |r: &Received| {
            if reset.swap(false, Ordering::SeqCst) {
                return Reply::json(200, &json!({})).broken(WireFault::Reset);
            }
            // The harness is also the file-upload flow's OSS and OpenPlatform
            // (a form without an action; Tencent's byte uploads name theirs).
            if r.header("x-tc-action").is_none()
                && r.header("content-type").is_some_and(|c| c.starts_with("multipart/form-data"))
            {
                let body = String::from_utf8_lossy(&r.body);
                return if body.contains(UPLOADED) && body.contains("name=\"policy\"\r\n\r\nharness-policy\r\n") {
                    Reply::raw(201, "text/plain", "")
                } else {
                    Reply::raw(400, "application/xml", "<Error><Code>InvalidArgument</Code><Message>unexpected form</Message></Error>")
                };
            }
            if r.header("x-acs-action") == Some("AuthorizeFileUpload") {
                let n = slots.fetch_add(1, Ordering::SeqCst) + 1;
                return Reply::json(200, &json!({"RequestId": "harness-slot", "AccessKeyId": "LTAIharnessOss",
                    "Bucket": "harness-bucket", "Endpoint": "oss-cn-shanghai.aliyuncs.com",
                    "ObjectKey": format!("harness/{n}"), "EncodedPolicy": "harness-policy", "Signature": "harness-sig"}));
            }
            let action = r.header("x-acs-action").map(str::to_owned).or_else(|| r.param("Action"));
            let verified = match vendor {
                Vendor::Aliyun if action.is_some_and(|a| anonymous.contains(&a)) => {
                    verify_unsigned_aliyun(r)
                }
                Vendor::Aliyun => verify_aliyun(r, KEY_ID, KEY_SECRET),
                Vendor::Tencent => verify_tencent(r, KEY_ID, KEY_SECRET),
            };
            match verified {
                Ok(()) => queue
                    .lock()
                    .ok()
                    .and_then(|mut q| q.pop_front())
                    .or_else(|| answer.lock().ok().map(|r| r.clone()))
                    .unwrap_or_else(|| Reply::json(500, &json!({}))),
                Err(why) => match vendor {
                    Vendor::Aliyun => Reply::json(400, &json!({"Code": "SignatureDoesNotMatch", "Message": why, "RequestId": "harness"})),
                    Vendor::Tencent => Reply::json(200, &json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": why}, "RequestId": "harness"}})),
                },
            }
        })
        .await;
        Harness {
            server,
            vendor,
            spec,
            examples: examples.unwrap_or_default(),
            reply,
            reset_next,
            queued,
            failures: Mutex::new(Vec::new()),
            tally: Mutex::new(Tally::default()),
        }
    }

    /// A configuration that sends to the harness's server with a static key.
    pub fn config(&self) -> Config {
        Config::builder()
            .region(if self.vendor == Vendor::Aliyun {
                "cn-hangzhou"
            } else {
                "ap-guangzhou"
            })
            .credentials(Credential::access_key(KEY_ID, KEY_SECRET))
            .endpoint_url(self.server.url())
            .http(HttpOptions::default().env_proxy(false))
            .retry(RetryConfig::default().initial_backoff(std::time::Duration::from_millis(1)))
            .file_upload(
                yun_core::upload::UploadOptions::default()
                    .openplatform_endpoint(self.server.url())
                    .oss_endpoint(self.server.url()),
            )
            .build()
            .expect("harness config")
    }

    fn fail(&self, message: String) {
        if let Ok(mut f) = self.failures.lock() {
            f.push(message);
        }
    }

    fn operation(&self, name: &str) -> Option<&Value> {
        self.spec["operations"]
            .as_array()?
            .iter()
            .find(|o| o["name"] == name)
    }

    /// [`Harness::check`] for each `(operation, call)`, in order. One loop
    /// over boxed calls, so a crate with hundreds of operations is one
    /// small state machine rather than hundreds of await points on one
    /// stack frame.
    pub async fn check_all(&self, checks: Vec<(&str, Call<'_, Vec<u8>>)>) {
        for (operation, call) in checks {
            self.check(operation, call).await;
        }
    }

    /// [`Harness::check_pages`] for each `(operation, call)`, in order.
    pub async fn check_pages_all(&self, checks: Vec<(&str, Call<'_, usize>)>) {
        for (operation, call) in checks {
            self.check_pages(operation, call).await;
        }
    }

    /// Checks one operation. `call` gets the request as JSON, must decode it
    /// into the typed request, call the typed client method, and return the
    /// typed response encoded as JSON. It runs once per example response
    /// (once with a minimal response when the operation has none).
    pub async fn check<F, Fut>(&self, operation: &str, call: F)
    where
        F: Fn(Vec<u8>) -> Fut,
        Fut: Future<Output = Result<Vec<u8>, Error>>,
    {
        let Some(op) = self.operation(operation) else {
            return self.fail(format!("{operation}: not in the spec"));
        };
        let empty = Vec::new();
        let input = op["input"].as_array().unwrap_or(&empty);
        let output = op["output"].as_array().unwrap_or(&empty);
        let mut request = Map::new();
        for m in input {
            let name = m["name"].as_str().unwrap_or_default();
            request.insert(name.to_owned(), self.sample(&m["type"], name, 0));
        }
        let request = Value::Object(request);
        let request_bytes = serde_json::to_vec(&request).expect("JSON");

        // Answers that are not objects: any JSON (checked to arrive), or
        // raw bytes (FC invocations, images). Documented answers first (the
        // first run's request is the one checked on the wire), then
        // documented errors.
        let answer = op["answer"].as_str().unwrap_or("object");
        let examples = self
            .examples
            .by_operation
            .get(operation)
            .cloned()
            .unwrap_or_default();
        let (mut runs, errors): (Vec<Option<Example>>, Vec<Option<Example>>) = examples
            .into_iter()
            .filter(|e| answer == "object" || matches!(e, Example::Error { .. }))
            .map(Some)
            .partition(|e| matches!(e, Some(Example::Answer(_))));
        if runs.is_empty() {
            runs.push(None);
        }
        runs.extend(errors);
        let mut tally = Tally::default();
        for (run, example) in runs.into_iter().enumerate() {
            let reply = match (&example, answer) {
                (Some(Example::Error { body, .. }), _) => match self.vendor {
                    Vendor::Aliyun => Reply::json(400, body),
                    Vendor::Tencent => Reply::json(200, body),
                },
                (_, "raw") => Reply::raw(200, "application/octet-stream", RAW_ANSWER),
                (_, "json") => Reply::json(200, &json!([{"k": "v"}])),
                (Some(Example::Answer(body)), _) => Reply::json(200, body),
                (None, _) => Reply::json(
                    200,
                    &match self.vendor {
                        Vendor::Aliyun => json!({"RequestId": "harness-request"}),
                        Vendor::Tencent => json!({"Response": {"RequestId": "harness-request"}}),
                    },
                ),
            };
            if let Ok(mut r) = self.reply.lock() {
                *r = reply;
            }
            let before = self.server.received().len();
            let result = call(request_bytes.clone()).await;
            let received = self.server.received();
            if let Some(Example::Error { code, .. }) = &example {
                // A documented error: the call fails with it (a transient
                // code may be retried first).
                match &result {
                    Err(e) if e.code() == Some(code.as_str()) => tally.error_examples += 1,
                    other => self.fail(format!(
                        "{operation}: example {run} documents the error {code}; the call gave {other:?}"
                    )),
                }
                continue;
            }
            if received.len() != before + 1 {
                self.fail(format!(
                    "{operation}: {} requests reached the server, expected 1 ({result:?})",
                    received.len() - before
                ));
                continue;
            }
            if run == 0 {
                let sent = &received[before];
                match (self.vendor, op["path"].as_str()) {
                    (Vendor::Aliyun, Some(path)) => {
                        self.check_aliyun_resource_wire(operation, op, path, &request, sent)
                    }
                    (Vendor::Aliyun, None) => {
                        self.check_aliyun_wire(operation, input, &request, sent)
                    }
                    (Vendor::Tencent, _) => {
                        self.check_tencent_wire(operation, input, &request, sent)
                    }
                }
            }
            let decoded = match result.map(|bytes| serde_json::from_slice::<Value>(&bytes)) {
                Ok(Ok(v)) => v,
                Ok(Err(e)) => {
                    self.fail(format!(
                        "{operation}: the typed response did not encode as JSON: {e}"
                    ));
                    continue;
                }
                Err(e) => {
                    self.fail(format!("{operation}: example {run}: the call failed: {e}"));
                    continue;
                }
            };
            let arrived = match answer {
                "raw" => decoded["body"] == RAW_ANSWER && decoded["status"] == 200,
                "json" => decoded == json!([{"k": "v"}]),
                _ => true,
            };
            if !arrived {
                self.fail(format!(
                    "{operation}: the {answer} answer came back as {decoded}"
                ));
            }
            let Some(Example::Answer(example)) = example else {
                tally.operations_without_example += 1;
                continue;
            };
            let example = match self.vendor {
                Vendor::Aliyun => example,
                Vendor::Tencent => example["Response"].clone(),
            };
            let mut problems = Vec::new();
            let path = format!("{operation} example {run}");
            self.compare(
                &example,
                Some(&decoded),
                &Value::Null,
                output,
                path,
                &mut problems,
                &mut tally,
            );
            for p in problems {
                self.fail(p);
            }
            tally.examples_decoded += 1;
        }
        self.check_retry_facts(operation, op, &request, &call).await;
        if let Ok(mut t) = self.tally.lock() {
            t.operations += 1;
            t.examples_decoded += tally.examples_decoded;
            t.operations_without_example += tally.operations_without_example;
            t.values_checked += tally.values_checked;
            t.undeclared_members += tally.undeclared_members;
            t.misfits.extend(tally.misfits);
            t.error_examples += tally.error_examples;
        }
    }

    /// Step 5: the spec's `read_only` and `idempotency_token` facts, seen
    /// from the wire after a connection reset.
    async fn check_retry_facts<F, Fut>(
        &self,
        operation: &str,
        op: &Value,
        request: &Value,
        call: &F,
    ) where
        F: Fn(Vec<u8>) -> Fut,
        Fut: Future<Output = Result<Vec<u8>, Error>>,
    {
        let read_only = op["read_only"].as_bool().unwrap_or(false);
        let token = op["idempotency_token"].as_str();
        // An unset token is filled by the client; a required one (some ECS
        // operations) stays the caller's.
        let token_required = op["input"].as_array().is_some_and(|input| {
            input.iter().any(|m| {
                Some(m["name"].as_str().unwrap_or_default()) == token && m["required"] == true
            })
        });
        let mut request = request.clone();
        if let (Some(name), Some(members), false) = (token, request.as_object_mut(), token_required)
        {
            members.remove(name);
        }
        let minimal = match self.vendor {
            Vendor::Aliyun => json!({"RequestId": "harness-retry"}),
            Vendor::Tencent => json!({"Response": {"RequestId": "harness-retry"}}),
        };
        if let Ok(mut r) = self.reply.lock() {
            *r = Reply::json(200, &minimal);
        }
        let before = self.server.received().len();
        self.reset_next.store(true, Ordering::SeqCst);
        let result = call(serde_json::to_vec(&request).expect("JSON")).await;
        // Unused when the call failed before sending; must not reach the next operation.
        self.reset_next.store(false, Ordering::SeqCst);
        let sent = &self.server.received()[before..];
        let safe = read_only || token.is_some();
        match (&result, safe) {
            (Ok(_), true) if sent.len() == 2 => {}
            (Err(Error::OutcomeUnknown { .. }), false) if sent.len() == 1 => {}
            _ => {
                return self.fail(format!(
                    "{operation} (read_only {read_only}, token {token:?}): after a reset, \
                     {} requests and {:?}",
                    sent.len(),
                    result.as_ref().map(|body| String::from_utf8_lossy(body))
                ))
            }
        }
        let Some(name) = token else { return };
        let tokens: Vec<Option<String>> = sent
            .iter()
            .map(|r| match self.vendor {
                Vendor::Aliyun => r.param(name).or_else(|| {
                    serde_json::from_slice::<Value>(&r.body)
                        .ok()
                        .and_then(|b| b[name].as_str().map(str::to_owned))
                }),
                Vendor::Tencent => serde_json::from_slice::<Value>(&r.body)
                    .ok()
                    .and_then(|b| b[name].as_str().map(str::to_owned)),
            })
            .collect();
        let expected = if token_required {
            request[name]
                .as_str()
                .is_some_and(|t| tokens[0].as_deref() == Some(t))
        } else {
            tokens[0].as_deref().is_some_and(|t| t.len() == 36)
        };
        if !expected || tokens[0] != tokens[1] {
            self.fail(format!(
                "{operation}: `{name}` (required: {token_required}) should be sent unchanged on both \
                 attempts, filled when left unset: {tokens:?}"
            ));
        }
    }

    /// Walks a paged operation's paginator through two pages of two items
    /// each. `call` gets a request with only the required members (and the
    /// page size, 2, when the operation has one), must run the typed
    /// paginator's `collect_items()`, and return how many items it got.
    pub async fn check_pages<F, Fut>(&self, operation: &str, call: F)
    where
        F: Fn(Vec<u8>) -> Fut,
        Fut: Future<Output = Result<usize, Error>>,
    {
        let Some(op) = self.operation(operation) else {
            return self.fail(format!("{operation}: not in the spec"));
        };
        let paging = &op["paging"];
        let style = paging["style"].as_str().unwrap_or_default();
        let position = paging["position"].as_str().unwrap_or_default().to_owned();
        let path = |key: &str| -> Vec<String> {
            paging[key]
                .as_array()
                .map(|p| {
                    p.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (marker, items) = (path("marker"), path("items"));
        if marker.is_empty() || items.is_empty() {
            return self.fail(format!("{operation}: paging facts without marker or items"));
        }
        let mut request = Map::new();
        for m in op["input"].as_array().into_iter().flatten() {
            let name = m["name"].as_str().unwrap_or_default();
            if m["required"] == true {
                request.insert(name.to_owned(), self.sample(&m["type"], name, 0));
            }
        }
        // A required position starts at the start.
        if request.contains_key(&position) {
            let start = match style {
                "pageNumber" => json!(1),
                "offset" => json!(0),
                _ => json!(""),
            };
            request.insert(position.clone(), start);
        }
        if let Some(size) = paging["size"].as_str() {
            let is_text = op["input"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|m| m["name"] == size && m["type"]["kind"] == "string");
            request.insert(size.to_owned(), if is_text { json!("2") } else { json!(2) });
        }
        let page = |marker_value: Value| -> Reply {
            let mut body = Value::Object(Map::new());
            set_path(&mut body, &marker, marker_value);
            set_path(&mut body, &items, json!([{}, {}]));
            body["RequestId"] = json!("harness-page");
            let body = match self.vendor {
                Vendor::Aliyun => body,
                Vendor::Tencent => json!({ "Response": body }),
            };
            Reply::json(200, &body)
        };
        let pages = if style == "token" {
            [page(json!("harness-page-2")), page(json!(""))]
        } else {
            [page(json!(4)), page(json!(4))]
        };
        if let Ok(mut q) = self.queued.lock() {
            q.clear();
            q.extend(pages);
        }
        let before = self.server.received().len();
        let result = call(serde_json::to_vec(&Value::Object(request)).expect("JSON")).await;
        if let Ok(mut q) = self.queued.lock() {
            q.clear();
        }
        let sent = &self.server.received()[before..];
        if !matches!(result, Ok(4)) || sent.len() != 2 {
            return self.fail(format!(
                "{operation}: the paginator over two pages of two got {result:?} after {} requests",
                sent.len()
            ));
        }
        let expected = match style {
            "token" => "harness-page-2",
            _ => "2",
        };
        // In the query or a form (Alibaba Cloud), else in the JSON body.
        let in_json = || {
            serde_json::from_slice::<Value>(&sent[1].body)
                .ok()
                .map(|b| match &b[&position] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
        };
        let second = match self.vendor {
            Vendor::Aliyun => sent[1].param(&position).or_else(in_json),
            Vendor::Tencent => in_json(),
        };
        if second.as_deref() != Some(expected) {
            return self.fail(format!(
                "{operation}: the second page was asked for with `{position}` = {second:?}, not {expected}"
            ));
        }
        if let Ok(mut t) = self.tally.lock() {
            t.paginators += 1;
        }
    }

    /// Checks an operation's upload companion: `call` gets an
    /// [`UploadCase`] and must run `<operation>_from_file(case.file(), |url|
    /// decode(case.with_url(url)))` (or `_from_files(case.files(), …)` with
    /// `case.with_urls`). Every file-URL member, at any depth and in every
    /// list item (two at the top), must receive its own uploaded object's
    /// URL, in the files' order.
    pub async fn check_upload<F, Fut>(&self, operation: &str, call: F)
    where
        F: Fn(UploadCase) -> Fut,
        Fut: Future<Output = Result<(), Error>>,
    {
        let Some(op) = self.operation(operation) else {
            return self.fail(format!("{operation}: not in the spec"));
        };
        let paths = file_url_paths(op);
        if paths.is_empty() {
            return self.fail(format!("{operation}: no file-URL member in the spec"));
        }
        let mut request = Map::new();
        for m in op["input"].as_array().into_iter().flatten() {
            let name = m["name"].as_str().unwrap_or_default();
            request.insert(name.to_owned(), self.sample(&m["type"], name, 0));
        }
        let request = Value::Object(request);
        let leaves: Vec<Vec<Step>> = paths.iter().flat_map(|p| leaves(&request, p)).collect();
        if let Ok(mut r) = self.reply.lock() {
            *r = Reply::json(200, &json!({"RequestId": "harness-upload"}));
        }
        let before = self.server.received().len();
        let case = UploadCase {
            request,
            leaves: leaves.clone(),
        };
        if let Err(e) = call(case).await {
            return self.fail(format!("{operation}: the upload companion failed: {e}"));
        }
        let sent = &self.server.received()[before..];
        let slots: Vec<String> = sent
            .iter()
            .filter(|r| {
                r.header("content-type")
                    .is_some_and(|c| c.starts_with("multipart/"))
            })
            .filter_map(|r| {
                let body = String::from_utf8_lossy(&r.body);
                body.split("name=\"key\"\r\n\r\n")
                    .nth(1)?
                    .split("\r\n")
                    .next()
                    .map(str::to_owned)
            })
            .collect();
        let Some(call) = sent
            .iter()
            .rev()
            .find(|r| r.header("x-acs-action") == Some(operation))
        else {
            return self.fail(format!(
                "{operation}: the operation was not called after the upload"
            ));
        };
        let got: Vec<Option<String>> = leaves.iter().map(|l| sent_at(op, call, l)).collect();
        let want: Vec<Option<String>> = slots
            .iter()
            .map(|key| {
                Some(format!(
                    "http://harness-bucket.oss-cn-shanghai.aliyuncs.com/{key}"
                ))
            })
            .collect();
        if slots.len() != leaves.len() || got != want {
            let shown: Vec<String> = leaves.iter().map(|l| show_steps(l)).collect();
            return self.fail(format!(
                "{operation}: {} were sent as {got:?}, the uploads were {want:?}",
                shown.join(", ")
            ));
        }
        if let Ok(mut t) = self.tally.lock() {
            t.uploads += 1;
        }
    }

    /// Ends the run: prints the tally and fails with every problem found.
    pub fn finish(self) {
        let t = self
            .tally
            .lock()
            .map(|mut t| std::mem::take(&mut *t))
            .unwrap_or_default();
        let failures = self.failures.lock().map(|f| f.clone()).unwrap_or_default();
        let total = self.spec["operations"].as_array().map_or(0, Vec::len);
        eprintln!(
            "harness: {} of {total} operations checked; {} example responses decoded and compared \
             ({} values checked, {} members the spec does not declare ignored); \
             {} documented error answers checked as service errors; \
             {} operations without a JSON example; {} examples skipped as not JSON; \
             {} examples given the Response envelope they were written without",
            t.operations,
            t.examples_decoded,
            t.values_checked,
            t.undeclared_members,
            t.error_examples,
            t.operations_without_example,
            self.examples.not_json,
            self.examples.unenveloped,
        );
        if !t.misfits.is_empty() {
            eprintln!(
                "harness: {} example values fit no reading of their declared type \
                 (the vendor's example contradicts its schema); each read as absent, as checked:\n  {}",
                t.misfits.len(),
                t.misfits.join("\n  ")
            );
        }
        assert_eq!(
            t.operations, total,
            "every operation in the spec must be checked"
        );
        let paged = self.spec["operations"].as_array().map_or(0, |ops| {
            ops.iter().filter(|o| o["paging"].is_object()).count()
        });
        eprintln!(
            "harness: {} of {paged} paginators walked through two pages",
            t.paginators
        );

        assert!(
            failures.is_empty(),
            "{} problems:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert_eq!(
            t.paginators, paged,
            "every paged operation's paginator must be walked"
        );
        let with_files = self.spec["operations"].as_array().map_or(0, |ops| {
            ops.iter().filter(|o| !file_url_paths(o).is_empty()).count()
        });
        eprintln!(
            "harness: {} of {with_files} upload companions checked",
            t.uploads
        );
        assert_eq!(
            t.uploads, with_files,
            "every operation with a file URL must have its upload companion checked"
        );
    }

    /// Whether `example` fits some reading of `ty` under the decoder's
    /// documented tolerances (numbers as text and the reverse, 0/1 for
    /// booleans, any JSON as text, one value or JSON text for a list).
    /// Members inside objects are not looked at: a misfit there costs only
    /// that member.
    fn fits(&self, example: &Value, ty: &Value) -> bool {
        if is_absent(example) {
            return true;
        }
        let numeric = |v: &Value| match v {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse::<f64>().ok(),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            _ => None,
        };
        match ty["kind"].as_str() {
            Some("string") | Some("any") | None => true,
            // Within what the response's Rust type holds: u64 for `uint64`,
            // else i64 (a response widens int32).
            Some("integer") => {
                let range = if ty["format"] == "uint64" {
                    0..=i128::from(u64::MAX)
                } else {
                    i128::from(i64::MIN)..=i128::from(i64::MAX)
                };
                match exact_integer(example) {
                    Some(n) => range.contains(&n),
                    None => numeric(example).is_some_and(|f| f.fract() == 0.0 && f.abs() < 9.0e15),
                }
            }
            Some("number") => numeric(example).is_some_and(f64::is_finite),
            Some("boolean") => match example {
                Value::Bool(_) | Value::Number(_) => true,
                Value::String(s) => {
                    let s = s.trim();
                    s.eq_ignore_ascii_case("true")
                        || s.eq_ignore_ascii_case("false")
                        || s == "0"
                        || s == "1"
                }
                _ => false,
            },
            Some("list") => {
                let items = match example {
                    Value::Array(items) => items.clone(),
                    Value::String(text) => match list_in_text(text) {
                        Some(Value::Array(items)) => items,
                        _ => vec![example.clone()],
                    },
                    other => vec![other.clone()],
                };
                items
                    .iter()
                    .all(|i| !i.is_null() && self.fits(i, &ty["items"]))
            }
            Some("map") | Some("object") | Some("ref") => example.is_object(),
            Some(_) => true,
        }
    }

    /// A value of `ty` for a request, every member set.
    fn sample(&self, ty: &Value, name: &str, depth: usize) -> Value {
        match ty["kind"].as_str() {
            Some("string") => Value::String(format!("{name}{AWKWARD}")),
            Some("integer") => json!(42),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            Some("any") => json!({"k": "v w"}),
            // Bytes are written as text in a request's JSON form.
            Some("binary") => Value::String(format!("{name} bytes{AWKWARD}")),
            Some("list") => {
                if depth > 6 {
                    return json!([]);
                }
                // Two items at the top, one below: lists within lists of
                // every member would outgrow a URL (outboundbot's do).
                let item = self.sample(&ty["items"], name, depth + 1);
                if depth == 0 {
                    json!([item.clone(), item])
                } else {
                    json!([item])
                }
            }
            Some("object") => self.sample_members(ty["members"].as_array(), depth),
            // Map keys that need encoding: a space, a `+`, non-ASCII.
            Some("map") => {
                if depth > 6 {
                    return json!({});
                }
                let value = self.sample(&ty["values"], name, depth + 1);
                json!({"k a+b": value.clone(), "键": value})
            }
            Some("ref") => {
                let shape = self.spec["shapes"]
                    .as_array()
                    .and_then(|s| s.iter().find(|s| s["name"] == ty["name"]));
                let members = shape.and_then(|s| s["members"].as_array());
                if depth > 6 {
                    // Deep enough: the shape's scalars, and the members it
                    // requires whatever their kind (mps's required object
                    // nine levels down), so the request stays valid; far
                    // deeper, scalars only, so a shape that requires
                    // itself cannot recurse for ever.
                    let kept: Vec<Value> = members
                        .into_iter()
                        .flatten()
                        .filter(|m| {
                            matches!(
                                m["type"]["kind"].as_str(),
                                Some("string" | "integer" | "number" | "boolean")
                            ) || (m["required"] == true && depth <= 24)
                        })
                        .cloned()
                        .collect();
                    return self.sample_members(Some(&kept), depth);
                }
                self.sample_members(members, depth)
            }
            _ => Value::Null,
        }
    }

    fn sample_members(&self, members: Option<&Vec<Value>>, depth: usize) -> Value {
        let mut out = Map::new();
        for m in members.into_iter().flatten() {
            let name = m["name"].as_str().unwrap_or_default();
            out.insert(name.to_owned(), self.sample(&m["type"], name, depth + 1));
        }
        Value::Object(out)
    }

    fn check_aliyun_wire(
        &self,
        operation: &str,
        input: &[Value],
        request: &Value,
        sent: &Received,
    ) {
        let action = sent
            .header("x-acs-action")
            .map(str::to_owned)
            .or_else(|| sent.param("Action"));
        if action.as_deref() != Some(operation) {
            self.fail(format!("{operation}: the action sent was {action:?}"));
        }
        let mut want_query = Vec::new();
        let mut want_body = Vec::new();
        for m in input {
            let name = m["name"].as_str().unwrap_or_default();
            let value = &request[name];
            let target = if m["location"] == "body" {
                &mut want_body
            } else {
                &mut want_query
            };
            push_styled(m, name, value, target);
        }
        let common = [
            "Action",
            "Version",
            "Format",
            "Timestamp",
            "SignatureNonce",
            "SignatureMethod",
            "SignatureVersion",
            "AccessKeyId",
            "Signature",
            "SecurityToken",
        ];
        // RPC signature v1 adds the common parameters to the query; ACS3
        // (an `Authorization` header) adds none, so a member of the same
        // name (`Format`, `Version`) is the operation's own.
        let v1 = sent.header("authorization").is_none();
        let query: Vec<(String, String)> = sent
            .query_pairs()
            .into_iter()
            .filter(|(k, _)| !(v1 && common.contains(&k.as_str())))
            .collect();
        self.compare_pairs(operation, "query", want_query, query);
        self.compare_pairs(operation, "form body", want_body, sent.form_pairs());
    }

    /// A resource-style request on the wire: method, the path with its
    /// members percent-encoded, query members in their styles, header
    /// members, and the body (form, JSON object of the body members, or
    /// the one whole-body member as JSON, text or bytes).
    fn check_aliyun_resource_wire(
        &self,
        operation: &str,
        op: &Value,
        template: &str,
        request: &Value,
        sent: &Received,
    ) {
        let empty = Vec::new();
        let input = op["input"].as_array().unwrap_or(&empty);
        // The one method listed; of several (operations without a path),
        // POST, as the official SDKs send them.
        let methods: Vec<&str> = op["methods"]
            .as_array()
            .map(|m| m.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let method = match methods.as_slice() {
            [one] => one,
            [first, _, ..] if !methods.contains(&"POST") => first,
            _ => "POST",
        };
        if sent.method != method || sent.header("x-acs-action") != Some(operation) {
            self.fail(format!(
                "{operation}: sent {} with action {:?}, expected {method}",
                sent.method,
                sent.header("x-acs-action")
            ));
        }
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let mut path = template.to_owned();
        let mut want_query = Vec::new();
        let mut want_form = Vec::new();
        let mut json_body = Map::new();
        let mut payload: Option<(&Value, &Value)> = None;
        for m in input {
            // A member declared in two locations is sent under the wire name
            // both share.
            let key = m["name"].as_str().unwrap_or_default();
            let name = m["wire"].as_str().unwrap_or(key);
            let value = &request[key];
            match m["location"].as_str() {
                Some("path") => {
                    let placeholder = format!("{{{name}}}");
                    if path.contains(&placeholder) {
                        path = path.replace(
                            &placeholder,
                            &yun_core::encode::percent_encode(&text(value)),
                        );
                    } else if let Some(head) = path.strip_suffix('*') {
                        // A path of any depth: each segment encoded, `/` kept.
                        let full = text(value);
                        let value = match full.strip_prefix('/') {
                            Some(rest) if head.ends_with('/') => rest,
                            _ => &full,
                        };
                        let segments: Vec<String> = value
                            .split('/')
                            .map(yun_core::encode::percent_encode)
                            .collect();
                        path = format!("{head}{}", segments.join("/"));
                    }
                }
                Some("header") => {
                    if sent.header(&name.to_ascii_lowercase()) != Some(text(value).as_str()) {
                        self.fail(format!(
                            "{operation}: header `{name}` arrived as {:?}, expected {value}",
                            sent.header(&name.to_ascii_lowercase())
                        ));
                    }
                }
                Some("jsonBody") => {
                    json_body.insert(name.to_owned(), value.clone());
                }
                Some("payload") => payload = Some((value, &m["type"])),
                Some("body") => push_styled(m, name, value, &mut want_form),
                _ => push_styled(m, name, value, &mut want_query),
            }
        }
        if sent.path != path {
            self.fail(format!(
                "{operation}: path {} arrived, expected {path}",
                sent.path
            ));
        }
        self.compare_pairs(operation, "query", want_query, sent.query_pairs());
        let content_type = sent.header("content-type").unwrap_or_default();
        if let Some((value, ty)) = payload {
            let ok = match ty["kind"].as_str() {
                Some("binary") => {
                    sent.body == text(value).as_bytes()
                        && content_type == "application/octet-stream"
                }
                Some("string") => sent.body == text(value).as_bytes(),
                _ => serde_json::from_slice::<Value>(&sent.body).ok().as_ref() == Some(value),
            };
            if !ok {
                self.fail(format!(
                    "{operation}: the body ({content_type}) arrived as {:?}, expected {value}",
                    String::from_utf8_lossy(&sent.body)
                ));
            }
        } else if !json_body.is_empty() {
            let got = serde_json::from_slice::<Value>(&sent.body).unwrap_or_default();
            if got != Value::Object(json_body.clone())
                || !content_type.starts_with("application/json")
            {
                self.fail(format!(
                    "{operation}: the JSON body ({content_type}) arrived as {got}, expected {}",
                    Value::Object(json_body)
                ));
            }
        } else {
            self.compare_pairs(operation, "form body", want_form, sent.form_pairs());
        }
    }

    fn compare_pairs(
        &self,
        operation: &str,
        place: &str,
        mut want: Vec<(String, WireValue)>,
        mut got: Vec<(String, String)>,
    ) {
        want.sort_by(|a, b| a.0.cmp(&b.0));
        got.sort();
        let want_names: Vec<&str> = want.iter().map(|(k, _)| k.as_str()).collect();
        let got_names: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        if want_names != got_names {
            return self.fail(format!(
                "{operation}: {place} names differ:\n  spec: {want_names:?}\n  sent: {got_names:?}"
            ));
        }
        for ((name, want), (_, got)) in want.iter().zip(&got) {
            let ok = match want {
                WireValue::Text(t) => t == got,
                WireValue::Json(v) => serde_json::from_str::<Value>(got).ok().as_ref() == Some(v),
            };
            if !ok {
                self.fail(format!(
                    "{operation}: {place} `{name}` was {got:?}, expected {want:?}"
                ));
            }
        }
    }

    fn check_tencent_wire(
        &self,
        operation: &str,
        input: &[Value],
        request: &Value,
        sent: &Received,
    ) {
        if sent.header("x-tc-action") != Some(operation) {
            self.fail(format!(
                "{operation}: X-TC-Action was {:?}",
                sent.header("x-tc-action")
            ));
        }
        // Byte members go up as file parts of a form; nothing else does.
        let binary: Vec<&str> = input
            .iter()
            .filter(|m| m["type"]["kind"] == "binary")
            .filter_map(|m| m["name"].as_str())
            .collect();
        let multipart = sent
            .header("content-type")
            .is_some_and(|c| c.starts_with("multipart/form-data"));
        if multipart == binary.is_empty() {
            self.fail(format!(
                "{operation}: sent as {:?} with byte members {binary:?}",
                sent.header("content-type")
            ));
        }
        let body = if multipart {
            sent.form_parts().map(|parts| {
                for part in &parts {
                    let file = binary.contains(&part.name.as_str());
                    if part.filename.is_some() != file {
                        self.fail(format!(
                            "{operation}: part `{}` filename {:?}",
                            part.name, part.filename
                        ));
                    }
                }
                form_as_json(parts, request)
            })
        } else {
            serde_json::from_slice::<Value>(&sent.body).map_err(|e| e.to_string())
        };
        match body {
            Ok(body) if body == *request => {}
            Ok(body) => self.fail(format!("{operation}: the JSON body differs from the spec's:\n  spec: {request}\n  sent: {body}")),
            Err(e) => self.fail(format!("{operation}: the body could not be read: {e}")),
        }
    }

    /// Walks an example against the spec's declared members: every declared
    /// value must come back from the typed response, up to the coercions.
    #[allow(clippy::too_many_arguments)]
    fn compare(
        &self,
        example: &Value,
        decoded: Option<&Value>,
        ty: &Value,
        members: &[Value],
        path: String,
        problems: &mut Vec<String>,
        tally: &mut Tally,
    ) {
        let object_members = |ty: &Value| -> Option<Vec<Value>> {
            match ty["kind"].as_str() {
                Some("object") => ty["members"].as_array().cloned(),
                Some("ref") => self.spec["shapes"]
                    .as_array()
                    .and_then(|s| s.iter().find(|s| s["name"] == ty["name"]))
                    .and_then(|s| s["members"].as_array().cloned()),
                _ => None,
            }
        };
        let members: Vec<Value> = if ty.is_null() {
            members.to_vec()
        } else {
            object_members(ty).unwrap_or_default()
        };
        let is_object = ty.is_null() || object_members(ty).is_some();
        // A value that fits no reading of its type must read as absent;
        // counted as the vendor's mistake, never compared further.
        if !ty.is_null() && !example.is_null() && !self.fits(example, ty) {
            if decoded.is_none_or(Value::is_null) {
                tally.misfits.push(format!("{path}: {example}"));
            } else {
                problems.push(format!(
                    "{path}: {example} fits no reading of the declared {} but came back as {decoded:?}",
                    ty["kind"]
                ));
            }
            return;
        }
        if is_object {
            let Some(ex) = example.as_object() else {
                if !is_absent(example) {
                    problems.push(format!(
                        "{path}: the example has {example} where an object is declared"
                    ));
                }
                return;
            };
            for (key, value) in ex {
                match members.iter().find(|m| m["name"] == *key) {
                    Some(m) => self.compare(
                        value,
                        decoded.and_then(|d| d.get(key)),
                        &m["type"],
                        &[],
                        format!("{path}.{key}"),
                        problems,
                        tally,
                    ),
                    None => tally.undeclared_members += 1,
                }
            }
            return;
        }
        if ty["kind"] == "map" {
            match (example.as_object(), decoded.and_then(Value::as_object)) {
                (Some(ex), Some(out)) => {
                    for (k, e) in ex {
                        self.compare(
                            e,
                            out.get(k),
                            &ty["values"],
                            &[],
                            format!("{path}.{k}"),
                            problems,
                            tally,
                        );
                    }
                }
                (None, _) if is_absent(example) => {}
                _ => problems.push(format!("{path}: map {example} came back as {decoded:?}")),
            }
            return;
        }
        if ty["kind"] == "list" {
            // One value where a list is declared reads as a list of one; a
            // list written as JSON text as that list.
            let single;
            let example = match example {
                Value::Array(_) => example,
                Value::String(text) if list_in_text(text).is_some() => {
                    single = list_in_text(text).unwrap_or_default();
                    &single
                }
                _ if is_absent(example) => example,
                _ => {
                    single = json!([example]);
                    &single
                }
            };
            match (example.as_array(), decoded.and_then(Value::as_array)) {
                (Some(ex), Some(out)) if ex.len() == out.len() => {
                    for (i, (e, o)) in ex.iter().zip(out).enumerate() {
                        self.compare(
                            e,
                            Some(o),
                            &ty["items"],
                            &[],
                            format!("{path}[{i}]"),
                            problems,
                            tally,
                        );
                    }
                }
                (None, None) if is_absent(example) => {}
                _ => problems.push(format!("{path}: list {example} came back as {decoded:?}")),
            }
            return;
        }
        tally.values_checked += 1;
        if !scalar_survives(example, decoded, ty["kind"].as_str().unwrap_or("")) {
            problems.push(format!("{path}: {example} came back as {decoded:?}"));
        }
    }
}

/// An expected wire value: exact text, or JSON compared as a value.
#[derive(Debug)]
enum WireValue {
    Text(String),
    Json(Value),
}

/// Alibaba Cloud flattening, written from the protocol: lists `.1`, `.2`;
/// objects `.Member`; scalars as text, booleans `true`/`false`.
/// The wire parameters of one query or form member, in its style.
fn push_styled(m: &Value, name: &str, value: &Value, target: &mut Vec<(String, WireValue)>) {
    match m["style"].as_str() {
        Some("json") => target.push((name.to_owned(), WireValue::Json(value.clone()))),
        Some("simple") if !value.is_null() => {
            let mut items = Vec::new();
            flatten(name, value, &mut items);
            let joined: Vec<String> = items
                .into_iter()
                .filter_map(|(_, v)| match v {
                    WireValue::Text(t) => Some(t),
                    WireValue::Json(_) => None,
                })
                .collect();
            target.push((name.to_owned(), WireValue::Text(joined.join(","))));
        }
        _ => flatten(name, value, target),
    }
}

fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, WireValue)>) {
    match value {
        Value::Null => {}
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten(&format!("{prefix}.{}", i + 1), v, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}.{k}"), v, out);
            }
        }
        Value::String(s) => out.push((prefix.to_owned(), WireValue::Text(s.clone()))),
        other => out.push((prefix.to_owned(), WireValue::Text(other.to_string()))),
    }
}

fn is_absent(v: &Value) -> bool {
    v.is_null() || v.as_str() == Some("")
}

/// A list written as JSON text (`"[1,2]"`), as the decoder reads it.
fn list_in_text(text: &str) -> Option<Value> {
    let inner = text.trim();
    if !inner.starts_with('[') {
        return None;
    }
    serde_json::from_str::<Value>(inner)
        .ok()
        .filter(Value::is_array)
}

/// Whether `example` survived as `decoded` for a scalar of `kind`: `""`
/// in text is an empty text; elsewhere it reads as absent.
fn scalar_survives(example: &Value, decoded: Option<&Value>, kind: &str) -> bool {
    // Members that can hold text (text, any JSON, bytes written as text)
    // keep `""`; the others read it as absent.
    let holds_text = matches!(kind, "string" | "any" | "binary");
    if example.is_null() || (!holds_text && is_absent(example)) {
        return decoded.is_none_or(Value::is_null);
    }
    let Some(out) = decoded else { return false };
    let as_f64 = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    };
    match kind {
        "string" => match example {
            Value::String(s) => out.as_str() == Some(s.as_str()),
            Value::Number(_) | Value::Bool(_) => out.as_str() == Some(example.to_string().as_str()),
            other => {
                out.as_str()
                    .and_then(|s| serde_json::from_str::<Value>(s).ok())
                    .as_ref()
                    == Some(other)
            }
        },
        // Integers compare exactly (beyond 2^53 too); only a value written
        // as a float (`10.0`) falls back to comparing as a float.
        "integer" => match (exact_integer(example), exact_integer(out)) {
            (Some(a), Some(b)) => a == b,
            (None, Some(b)) => as_f64(example) == Some(b as f64),
            _ => false,
        },
        "number" => as_f64(example) == as_f64(out) && as_f64(out).is_some(),
        "boolean" => {
            let want = match example {
                Value::Bool(b) => Some(*b),
                Value::String(s) if s.eq_ignore_ascii_case("true") || s == "1" => Some(true),
                Value::String(s) if s.eq_ignore_ascii_case("false") || s == "0" => Some(false),
                Value::Number(n) => n.as_f64().map(|f| f != 0.0),
                _ => None,
            };
            want.is_some() && out.as_bool() == want
        }
        _ => Some(example) == decoded,
    }
}

/// An integer written as a JSON integer or as decimal text, exactly.
fn exact_integer(v: &Value) -> Option<i128> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Documented answers, per operation, from the vendor metadata.
#[derive(Debug, Default)]
struct Examples {
    by_operation: BTreeMap<String, Vec<Example>>,
    /// Examples that are not JSON (XML, elided text), skipped.
    not_json: usize,
    /// Tencent Cloud answers written without their `Response` envelope.
    unenveloped: usize,
}

/// Example responses per operation from the vendor metadata: Alibaba
/// Cloud's `responseDemo` (its `errorExample`s are error answers), Tencent
/// Cloud's examples file beside `api.json` (an answer holding
/// `Response.Error` is an error answer; one without the `Response`
/// envelope is given it, and counted).
fn load_examples(metadata: &Path, vendor: Vendor) -> Option<Examples> {
    let read = |path: &Path| -> Option<Value> {
        let text = std::fs::read_to_string(path).ok()?;
        Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
    };
    let json_text = |v: &Value| {
        v.as_str()
            .filter(|t| !t.trim().is_empty())
            .and_then(|t| serde_json::from_str::<Value>(t).ok())
    };
    let mut out = Examples::default();
    let mut add = |name: &str, example: Option<Example>| match example {
        Some(e) => out.by_operation.entry(name.to_owned()).or_default().push(e),
        None => out.not_json += 1,
    };
    let mut unenveloped = 0;
    match vendor {
        Vendor::Aliyun => {
            let docs = read(metadata)?;
            for (name, api) in docs["apis"].as_object()? {
                let Some(demo) = api["responseDemo"].as_str() else {
                    continue;
                };
                let list: Vec<Value> = serde_json::from_str(demo).unwrap_or_default();
                for item in list {
                    if item["type"] != "json" {
                        add(name, None);
                        continue;
                    }
                    let error = json_text(&item["errorExample"]);
                    let example = match error {
                        Some(body) => body["Code"].as_str().map(|code| Example::Error {
                            code: code.to_owned(),
                            body: body.clone(),
                        }),
                        None => json_text(&item["example"]).map(Example::Answer),
                    };
                    add(name, example);
                }
            }
        }
        Vendor::Tencent => {
            // `<product>-<version>.api.json` beside `….examples.json`, or
            // tccli's `api.json` beside `examples.json`.
            let name = metadata.file_name()?.to_string_lossy();
            let name = match name.strip_suffix("api.json") {
                Some(stem) => format!("{stem}examples.json"),
                None => return None,
            };
            let examples = read(&metadata.with_file_name(name))?;
            for (name, list) in examples["actions"].as_object()? {
                for item in list.as_array()? {
                    let example = json_text(&item["output"]).map(|mut body| {
                        if body.get("Response").is_none() && body.is_object() {
                            unenveloped += 1;
                            body = json!({ "Response": body });
                        }
                        match body["Response"]["Error"]["Code"].as_str() {
                            Some(code) => Example::Error {
                                code: code.to_owned(),
                                body: body.clone(),
                            },
                            None => Example::Answer(body),
                        }
                    });
                    add(name, example);
                }
            }
        }
    }
    out.unenveloped = unenveloped;
    Some(out)
}

/// Encodes a typed response as JSON, for [`Harness::check`].
pub fn encode<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|e| Error::invalid_input(e.to_string()))
}

/// Sets `value` at `path` (object members, created as needed).
fn set_path(root: &mut Value, path: &[String], value: Value) {
    let mut at = root;
    for (i, key) in path.iter().enumerate() {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(members) = at else { return };
        if i + 1 == path.len() {
            members.insert(key.clone(), value);
            return;
        }
        at = members
            .entry(key.clone())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

/// An operation's file-URL members at any depth, as paths of wire names
/// with `N` for a list's items (`ImageURL`, `Tasks.N.ImageURL`).
fn file_url_paths(op: &Value) -> Vec<String> {
    fn walk(m: &Value, ty: &Value, path: String, out: &mut Vec<String>) {
        match ty["kind"].as_str() {
            Some("string") if m["file_url"] == true => out.push(path),
            Some("list") => walk(m, &ty["items"], format!("{path}.N"), out),
            Some("object") => {
                for inner in ty["members"].as_array().into_iter().flatten() {
                    let name = inner["name"].as_str().unwrap_or_default();
                    walk(inner, &inner["type"], format!("{path}.{name}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for m in op["input"].as_array().into_iter().flatten() {
        let name = m["name"].as_str().unwrap_or_default();
        walk(m, &m["type"], name.to_owned(), &mut out);
    }
    out
}

/// One step into a request's JSON: a member, or a list item.
#[derive(Clone, Debug)]
enum Step {
    Member(String),
    Item(usize),
}

/// Where `path` (`Tasks.N.ImageURL`) reaches in `request`: one place per
/// list item on the way.
fn leaves(request: &Value, path: &str) -> Vec<Vec<Step>> {
    let mut found = vec![(Vec::new(), request)];
    for segment in path.split('.') {
        found = found
            .into_iter()
            .flat_map(
                |(steps, value): (Vec<Step>, &Value)| -> Vec<(Vec<Step>, &Value)> {
                    if segment == "N" {
                        let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
                        items
                            .iter()
                            .enumerate()
                            .map(|(i, item)| {
                                let mut steps = steps.clone();
                                steps.push(Step::Item(i));
                                (steps, item)
                            })
                            .collect()
                    } else {
                        let mut steps = steps;
                        steps.push(Step::Member(segment.to_owned()));
                        vec![(steps, &value[segment])]
                    }
                },
            )
            .collect();
    }
    found.into_iter().map(|(steps, _)| steps).collect()
}

/// The value at `steps` in `value`, made where missing.
fn at_mut<'v>(value: &'v mut Value, steps: &[Step]) -> &'v mut Value {
    steps.iter().fold(value, |v, step| match step {
        Step::Member(name) => &mut v[name.as_str()],
        Step::Item(i) => &mut v[*i],
    })
}

/// What the request sent at `steps`: a flattened parameter (`Tasks.1.ImageURL`,
/// 1-based), inside a top-level member sent as JSON text, or in a JSON body.
fn sent_at(op: &Value, call: &Received, steps: &[Step]) -> Option<String> {
    let Some((Step::Member(top), rest)) = steps.split_first() else {
        return None;
    };
    let walk = |mut v: &Value, steps: &[Step]| {
        for step in steps {
            v = match step {
                Step::Member(name) => &v[name.as_str()],
                Step::Item(i) => &v[*i],
            };
        }
        v.as_str().map(str::to_owned)
    };
    let member = op["input"]
        .as_array()?
        .iter()
        .find(|m| m["name"] == top.as_str())?;
    if member["style"] == "json" {
        let text = call.param(top)?;
        return walk(&serde_json::from_str(&text).ok()?, rest);
    }
    let flat: Vec<String> = steps
        .iter()
        .map(|s| match s {
            Step::Member(name) => name.clone(),
            Step::Item(i) => (i + 1).to_string(),
        })
        .collect();
    call.param(&flat.join(".")).or_else(|| {
        let body: Value = serde_json::from_slice(&call.body).ok()?;
        walk(&body, steps)
    })
}

/// `Tasks[1].ImageURL`, for messages.
fn show_steps(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Member(name) if out.is_empty() => out.push_str(name),
            Step::Member(name) => {
                out.push('.');
                out.push_str(name);
            }
            Step::Item(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// One upload companion check: the request, and where its files' URLs go.
pub struct UploadCase {
    request: Value,
    leaves: Vec<Vec<Step>>,
}

impl UploadCase {
    /// The file to upload.
    pub fn file(&self) -> yun_core::upload::FileSource {
        yun_core::upload::FileSource::bytes(UPLOADED.as_bytes().to_vec())
    }

    /// One file per file-URL place in the request (each item of a list
    /// its own).
    pub fn files(&self) -> Vec<yun_core::upload::FileSource> {
        self.leaves.iter().map(|_| self.file()).collect()
    }

    /// The request as JSON, with `url` in the file-URL member.
    pub fn with_url(&self, url: String) -> Vec<u8> {
        self.with_urls(vec![url])
    }

    /// The request as JSON, the URLs in the file-URL places in order.
    pub fn with_urls(&self, urls: Vec<String>) -> Vec<u8> {
        let mut request = self.request.clone();
        for (steps, url) in self.leaves.iter().zip(urls) {
            *at_mut(&mut request, steps) = Value::String(url);
        }
        serde_json::to_vec(&request).expect("JSON")
    }
}

/// A multipart body's parts as the JSON object the spec's request is
/// compared with: file and text parts as text (a text part holding a number
/// or boolean where `request` has one, as that), JSON parts parsed.
fn form_as_json(parts: Vec<crate::server::FormPart>, request: &Value) -> Value {
    let mut out = Map::new();
    for part in parts {
        let text = String::from_utf8_lossy(&part.data).into_owned();
        let json = part.content_type.as_deref() == Some("application/json")
            || (part.filename.is_none() && !request[&part.name].is_string());
        let value = if json {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        } else {
            Value::String(text)
        };
        out.insert(part.name, value);
    }
    Value::Object(out)
}
