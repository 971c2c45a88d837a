//! Recording real exchanges to a file and answering from it later.
//!
//! The file holds one JSON object per line, one per exchange, in the order
//! they happened:
//!
//! ```json
//! {"vendor":"aliyun","action":"DescribeInstances","version":"2014-05-26","host":"ecs.cn-hangzhou.aliyuncs.com","method":"POST","path":"/","request":{"RegionId":"cn-hangzhou"},"status":200,"content_type":"application/json","body":"{\"RequestId\":\"…\",\"Instances\":{…}}"}
//! ```
//!
//! `request` is [`Request::json`] (what the call carried, without anything
//! signing added); `body` is the answer as text. Secret-named values (a
//! password, a token) are replaced by `<redacted>` in both, so a recording
//! can be committed; an answer that needs them back is edited by hand.
//! Failures below HTTP (a reset, a timeout) are not recorded, and a body is
//! kept as text (an answer of raw bytes does not replay byte for byte).

use crate::mock::Mock;
use crate::request::{Request, Vendor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use yun_core::http::{HttpRequest, Transport, TransportFuture};
use yun_core::Error;

/// One exchange: a line of a recording.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Exchange {
    vendor: Vendor,
    action: String,
    version: String,
    host: String,
    method: String,
    path: String,
    request: Value,
    status: u16,
    content_type: String,
    body: String,
}

/// A transport that sends through another (the real one) and appends
/// every exchange to a file.
///
/// ```no_run
/// # async fn demo() -> Result<(), yun_core::Error> {
/// use std::sync::Arc;
/// use yun_core::http::{HttpOptions, ReqwestTransport};
/// use yun_testing::Recorder;
///
/// let real = Arc::new(ReqwestTransport::new(&HttpOptions::default())?);
/// let recorder = Recorder::create("tests/data/describe-instances.jsonl", real)?;
/// let config = yun_core::Config::aliyun_from_env().await?;
/// let config = yun_core::Config::builder()
///     .region(config.region().unwrap_or("cn-hangzhou"))
///     .credentials_provider(config.credentials().clone())
///     .transport(Arc::new(recorder))
///     .build()?;
/// let ecs = yun_aliyun_ecs::Client::new(config);
/// ecs.describe_instances(yun_aliyun_ecs::DescribeInstancesRequest::new("cn-hangzhou"))
///     .await?;
/// # Ok(()) }
/// ```
pub struct Recorder {
    inner: Arc<dyn Transport>,
    path: PathBuf,
    file: Arc<Mutex<File>>,
}

impl fmt::Debug for Recorder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Recorder")
            .field("path", &self.path)
            .field("inner", &self.inner)
            .finish()
    }
}

impl Recorder {
    /// Records into `path` (created, or emptied if it exists) what goes
    /// through `inner`.
    pub fn create(path: impl AsRef<Path>, inner: Arc<dyn Transport>) -> Result<Recorder, Error> {
        let path = path.as_ref().to_path_buf();
        let file = File::create(&path).map_err(|e| {
            Error::invalid_input(format!(
                "cannot create the recording {}: {e}",
                path.display()
            ))
        })?;
        Ok(Recorder {
            inner,
            path,
            file: Arc::new(Mutex::new(file)),
        })
    }
}

impl Transport for Recorder {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        let seen = Request::from_http(&request);
        Box::pin(async move {
            let response = self.inner.send(request).await?;
            let exchange = Exchange {
                vendor: seen.vendor(),
                action: seen.action().to_owned(),
                version: seen.version().to_owned(),
                host: seen.host().to_owned(),
                method: seen.method().to_owned(),
                path: seen.path().to_owned(),
                request: seen.json(),
                status: response.status().as_u16(),
                content_type: response
                    .headers()
                    .get(http::header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned(),
                body: String::from_utf8_lossy(response.body()).into_owned(),
            };
            let line = serde_json::to_string(&exchange).unwrap_or_default();
            let line = yun_core::internal::redact(&line);
            let mut file = self.file.lock().unwrap_or_else(|p| p.into_inner());
            writeln!(file, "{line}").map_err(|e| {
                Error::invalid_input(format!(
                    "cannot write the recording {}: {e}",
                    self.path.display()
                ))
            })?;
            Ok(response)
        })
    }
}

impl Mock {
    /// A mock that answers as a recording did: each action's answers in
    /// the order they were recorded, the last one repeated. Add rules to it
    /// as to any mock (rules made later are tried after the recording's).
    pub fn replay(path: impl AsRef<Path>) -> Result<Mock, Error> {
        let path = path.as_ref();
        let bad = |line: usize, why: String| {
            Error::invalid_input(format!("recording {} line {line}: {why}", path.display()))
        };
        let file = File::open(path).map_err(|e| bad(0, e.to_string()))?;
        let mock = Mock::new();
        let mut rules = BTreeMap::new();
        for (n, line) in BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| bad(n + 1, e.to_string()))?;
            if line.trim().is_empty() {
                continue;
            }
            let exchange: Exchange =
                serde_json::from_str(&line).map_err(|e| bad(n + 1, e.to_string()))?;
            let rule = rules
                .entry(exchange.action.clone())
                .or_insert_with(|| mock.on(&exchange.action));
            *rule = rule
                .clone()
                .raw(exchange.status, &exchange.content_type, exchange.body);
        }
        Ok(mock)
    }
}
