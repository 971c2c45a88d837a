//! A real HTTP/1.1 server on 127.0.0.1 and signature checks written from
//! the protocols, independent of the signers in `yun_core::sign`: yun's own
//! tests (and those of the generated crates) stand up fake API endpoints,
//! STS services and metadata services with it. The `server` feature.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use yun_core::encode::{parse_pairs, percent_encode};
use yun_core::internal::time;
use yun_core::sign::hex_lower;

/// A request as the server received it.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Received {
    /// `GET`, `POST`, …
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The raw query string (without `?`).
    pub query: String,
    /// Headers, names lower-cased, in arrival order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Received {
    /// The first header named `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Decoded query parameters (`+` read as a literal plus).
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        parse_pairs(&self.query, false).unwrap_or_default()
    }

    /// Decoded form-body parameters (`+` read as a space).
    pub fn form_pairs(&self) -> Vec<(String, String)> {
        parse_pairs(std::str::from_utf8(&self.body).unwrap_or(""), true).unwrap_or_default()
    }

    /// The first query or form parameter named `name`.
    pub fn param(&self, name: &str) -> Option<String> {
        self.query_pairs()
            .into_iter()
            .chain(self.form_pairs())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// The parts of a `multipart/form-data` body, read independently of
    /// yun's encoder: split at the boundary the Content-Type names.
    pub fn form_parts(&self) -> Result<Vec<FormPart>, String> {
        let content_type = self.header("content-type").unwrap_or_default();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .ok_or_else(|| format!("not a multipart body: {content_type:?}"))?;
        let delimiter = format!("--{boundary}");
        let body = &self.body;
        let find = |from: usize, what: &[u8]| {
            body.get(from..)
                .and_then(|rest| rest.windows(what.len()).position(|w| w == what))
                .map(|i| from + i)
        };
        if !body.starts_with(delimiter.as_bytes()) {
            return Err("the body does not start with the boundary".into());
        }
        let mut parts = Vec::new();
        let mut at = delimiter.len();
        loop {
            if body[at..].starts_with(b"--\r\n") {
                return Ok(parts);
            }
            let head_start = at + 2;
            let head_end = find(head_start, b"\r\n\r\n").ok_or("a part without a blank line")?;
            let next = find(head_end, format!("\r\n{delimiter}").as_bytes())
                .ok_or("a part without a closing boundary")?;
            let head = String::from_utf8_lossy(&body[head_start..head_end]).into_owned();
            let attribute = |key: &str| {
                let start = head.find(&format!("{key}=\""))? + key.len() + 2;
                let end = head[start..].find('"')? + start;
                Some(head[start..end].to_owned())
            };
            parts.push(FormPart {
                name: attribute("name").ok_or("a part without a name")?,
                filename: attribute("filename"),
                content_type: head
                    .lines()
                    .find_map(|l| l.strip_prefix("Content-Type: "))
                    .map(str::to_owned),
                data: body[head_end + 4..next].to_vec(),
            });
            at = next + 2 + delimiter.len();
        }
    }
}

/// One part of a `multipart/form-data` body.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FormPart {
    /// The parameter's name.
    pub name: String,
    /// Set for a file part.
    pub filename: Option<String>,
    /// The part's own Content-Type, when it has one.
    pub content_type: Option<String>,
    /// The content.
    pub data: Vec<u8>,
}

/// What the server answers.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: String,
    /// Body.
    pub body: Vec<u8>,
    /// Wait this long before answering (for timeout tests).
    pub delay: Duration,
    /// The `Date` header, as Unix seconds; `None` sends the current time
    /// (as real servers do).
    pub date: Option<u64>,
    /// A fault in place of a clean answer.
    pub fault: Option<WireFault>,
    /// More headers (`Location`, …).
    pub headers: Vec<(String, String)>,
    /// A body sent piece by piece (chunked), in place of `body`.
    pub chunks: Option<Chunks>,
}

/// A body sent over time, chunked: each piece after its pause.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Chunks {
    /// The pieces, each with the pause before it.
    pub pieces: Vec<(Duration, Vec<u8>)>,
    /// Then `piece` this many times more, without pause (long streams in
    /// little memory).
    pub repeat: Option<(Vec<u8>, usize)>,
    /// Close the connection after this many pieces, without ending the
    /// body (a stream cut in the middle).
    pub cut_after: Option<usize>,
    /// How many pieces have been written so far.
    pub sent: Arc<AtomicUsize>,
}

/// A way for the server to break an exchange after reading the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WireFault {
    /// Reset the connection (TCP RST) without answering.
    Reset,
    /// Send the head with a `content-length` this many bytes larger than
    /// the body, send the body, then close.
    Truncate(usize),
}

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::raw(
            status,
            "application/json;charset=utf-8",
            body.to_string().into_bytes(),
        )
    }

    /// A reply with any content type.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            content_type: content_type.into(),
            body: body.into(),
            delay: Duration::ZERO,
            date: None,
            fault: None,
            headers: Vec::new(),
            chunks: None,
        }
    }

    /// A reply whose body is sent piece by piece, chunked, each piece after
    /// its pause; `Chunks::sent` counts the pieces written.
    pub fn chunked(status: u16, content_type: &str, pieces: Vec<(Duration, Vec<u8>)>) -> Reply {
        let mut reply = Reply::raw(status, content_type, Vec::new());
        reply.chunks = Some(Chunks {
            pieces,
            repeat: None,
            cut_after: None,
            sent: Arc::new(AtomicUsize::new(0)),
        });
        reply
    }

    /// The same reply with one more header.
    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The same reply after `delay`.
    pub fn delayed(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    /// The same reply with this `Date` (Unix seconds).
    pub fn dated(mut self, unix: u64) -> Reply {
        self.date = Some(unix);
        self
    }

    /// This reply broken by `fault`.
    pub fn broken(mut self, fault: WireFault) -> Reply {
        self.fault = Some(fault);
        self
    }
}

/// What a handler returns: a reply, possibly computed asynchronously.
pub type ReplyFuture = Pin<Box<dyn Future<Output = Reply> + Send>>;
type Handler = Arc<dyn Fn(Received) -> ReplyFuture + Send + Sync>;

/// An HTTP server on 127.0.0.1 that records every request and answers with
/// its handler. Stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    /// Starts a server whose replies come from a synchronous handler.
    pub async fn start<F>(handler: F) -> TestServer
    where
        F: Fn(&Received) -> Reply + Send + Sync + 'static,
    {
        let handler = Arc::new(handler);
        Self::start_async(move |r| {
            let reply = handler(&r);
            Box::pin(async move { reply })
        })
        .await
    }

    /// Starts a server whose replies come from an asynchronous handler.
    pub async fn start_async<F>(handler: F) -> TestServer
    where
        F: Fn(Received) -> ReplyFuture + Send + Sync + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let received = Arc::new(Mutex::new(Vec::new()));
        let handler: Handler = Arc::new(handler);
        let log = received.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (handler, log) = (handler.clone(), log.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, handler, log).await;
                });
            }
        });
        TestServer {
            addr,
            received,
            task,
        }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Every request so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves requests on one connection until the client closes it.
async fn serve(
    mut stream: TcpStream,
    handler: Handler,
    log: Arc<Mutex<Vec<Received>>>,
) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(4096);
    loop {
        let Some(request) = read_request(&mut stream, &mut buf).await? else {
            return Ok(());
        };
        if let Ok(mut log) = log.lock() {
            log.push(request.clone());
        }
        let reply = handler(request).await;
        if !reply.delay.is_zero() {
            tokio::time::sleep(reply.delay).await;
        }
        if reply.fault == Some(WireFault::Reset) {
            // SO_LINGER 0 makes close send RST; with a zero linger the drop
            // does not block.
            #[allow(deprecated)]
            stream.set_linger(Some(Duration::ZERO))?;
            return Ok(());
        }
        if let Some(chunks) = &reply.chunks {
            write_chunked(&mut stream, &reply, chunks).await?;
            if chunks.cut_after.is_some() {
                return Ok(());
            }
            continue;
        }
        let missing = match reply.fault {
            Some(WireFault::Truncate(n)) => n,
            _ => 0,
        };
        // One write: head and body split over two segments would meet the
        // client's delayed ACK and cost 40 ms a request.
        let extra: String = reply
            .headers
            .iter()
            .map(|(name, value)| format!("{name}: {value}\r\n"))
            .collect();
        let mut out = format!(
            "HTTP/1.1 {} X\r\ncontent-type: {}\r\ncontent-length: {}\r\ndate: {}\r\n{extra}\r\n",
            reply.status,
            reply.content_type,
            reply.body.len() + missing,
            http_date(reply.date.unwrap_or_else(now_unix)),
        )
        .into_bytes();
        out.extend_from_slice(&reply.body);
        stream.write_all(&out).await?;
        if missing > 0 {
            stream.shutdown().await?;
            return Ok(());
        }
    }
}

/// Writes a chunked answer piece by piece.
async fn write_chunked(
    stream: &mut TcpStream,
    reply: &Reply,
    chunks: &Chunks,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {} X\r\ncontent-type: {}\r\ntransfer-encoding: chunked\r\ndate: {}\r\n\r\n",
        reply.status,
        reply.content_type,
        http_date(reply.date.unwrap_or_else(now_unix)),
    );
    stream.write_all(head.as_bytes()).await?;
    let repeated = chunks
        .repeat
        .iter()
        .flat_map(|(piece, times)| std::iter::repeat_n((Duration::ZERO, piece), *times));
    let pieces = chunks.pieces.iter().map(|(pause, piece)| (*pause, piece));
    for (n, (pause, piece)) in pieces.chain(repeated).enumerate() {
        if chunks.cut_after == Some(n) {
            stream.shutdown().await?;
            return Ok(());
        }
        if !pause.is_zero() {
            tokio::time::sleep(pause).await;
        }
        let mut out = format!("{:x}\r\n", piece.len()).into_bytes();
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
        stream.write_all(&out).await?;
        chunks.sent.fetch_add(1, Ordering::SeqCst);
    }
    if chunks.cut_after.is_some() {
        stream.shutdown().await?;
        return Ok(());
    }
    stream.write_all(b"0\r\n\r\n").await
}

/// Reads one request (head, then a `content-length` body); `None` at EOF.
async fn read_request(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<Received>> {
    let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned());
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(buf[..head_end].to_vec()).map_err(|_| bad("head is not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let mut start = lines.next().unwrap_or("").split(' ');
    let method = start.next().unwrap_or("").to_owned();
    let target = start.next().unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .map_or(Ok(0), |(_, v)| v.parse())
        .map_err(|_| bad("bad content-length"))?;
    let body_start = head_end + 4;
    while buf.len() < body_start + length {
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(bad("body cut short"));
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[body_start..body_start + length].to_vec();
    buf.drain(..body_start + length);
    Ok(Some(Received {
        method,
        path: path.to_owned(),
        query: query.to_owned(),
        headers,
        body,
    }))
}

// --- Signature checks, from the protocol descriptions ----------------------------

fn hmac256(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    m.update(msg);
    m.finalize().into_bytes().to_vec()
}

fn hmac1(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<sha1::Sha1>::new_from_slice(key).expect("any key length");
    m.update(msg);
    m.finalize().into_bytes().to_vec()
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn sha256_hex(data: &[u8]) -> String {
    hex_lower(&Sha256::digest(data))
}

/// Sorted, percent-encoded `k=v&…`: both Alibaba Cloud signatures' canonical query.
fn canonical_query(mut pairs: Vec<(String, String)>) -> String {
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Checks an Alibaba Cloud request, RPC v1 or ACS3, against `secret`.
/// `Err` says what does not match.
pub fn verify_aliyun(r: &Received, access_key_id: &str, secret: &str) -> Result<(), String> {
    if r.header("authorization").is_some() {
        verify_acs3(r, access_key_id, secret)
    } else {
        verify_rpc_v1(r, access_key_id, secret)
    }
}

/// Checks that an Alibaba Cloud request carries no credential of the
/// client's (an operation called anonymously): no signature, key id or
/// token. An `Authorization` header is allowed when it is not a signature:
/// some such operations take the user's own bearer token as a member.
pub fn verify_unsigned_aliyun(r: &Received) -> Result<(), String> {
    if r.header("authorization")
        .is_some_and(|a| a.starts_with("ACS3-"))
    {
        return Err("an anonymous call sent an ACS3 signature".into());
    }
    for header in ["x-acs-security-token", "x-acs-bearer-token"] {
        if r.header(header).is_some() {
            return Err(format!("an anonymous call sent `{header}`"));
        }
    }
    for param in ["Signature", "AccessKeyId", "SecurityToken", "BearerToken"] {
        if r.param(param).is_some() {
            return Err(format!("an anonymous call sent `{param}`"));
        }
    }
    Ok(())
}

/// Checks an Alibaba Cloud RPC v1 signature.
pub fn verify_rpc_v1(r: &Received, access_key_id: &str, secret: &str) -> Result<(), String> {
    let mut params: Vec<(String, String)> = r.query_pairs();
    params.extend(r.form_pairs());
    let sent = params
        .iter()
        .position(|(k, _)| k == "Signature")
        .map(|i| params.remove(i).1)
        .ok_or("no Signature parameter")?;
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    if get("AccessKeyId").as_deref() != Some(access_key_id) {
        return Err(format!("AccessKeyId is {:?}", get("AccessKeyId")));
    }
    for required in [
        "Action",
        "Version",
        "Timestamp",
        "SignatureNonce",
        "SignatureVersion",
    ] {
        get(required).ok_or(format!("no {required} parameter"))?;
    }
    let method = get("SignatureMethod");
    let canonical = canonical_query(params);
    let string_to_sign = format!("{}&%2F&{}", r.method, percent_encode(&canonical));
    let key = format!("{secret}&");
    let want = match method.as_deref() {
        Some("HMAC-SHA1") => b64(&hmac1(key.as_bytes(), string_to_sign.as_bytes())),
        Some("HMAC-SHA256") => b64(&hmac256(key.as_bytes(), string_to_sign.as_bytes())),
        other => return Err(format!("SignatureMethod is {other:?}")),
    };
    if want == sent {
        Ok(())
    } else {
        Err(format!(
            "RPC signature mismatch; server signed {string_to_sign:?}"
        ))
    }
}

/// Checks an Alibaba Cloud ACS3-HMAC-SHA256 signature.
pub fn verify_acs3(r: &Received, access_key_id: &str, secret: &str) -> Result<(), String> {
    let auth = r.header("authorization").ok_or("no Authorization header")?;
    let rest = auth
        .strip_prefix("ACS3-HMAC-SHA256 ")
        .ok_or("Authorization is not ACS3-HMAC-SHA256")?;
    let field = |name: &str| {
        rest.split(',')
            .find_map(|p| p.trim().strip_prefix(name))
            .map(str::to_owned)
            .ok_or(format!("Authorization has no {name}"))
    };
    if field("Credential=")? != access_key_id {
        return Err("Authorization names another access key".into());
    }
    let signed_headers = field("SignedHeaders=")?;
    let sent = field("Signature=")?;
    let payload_hash = sha256_hex(&r.body);
    if r.header("x-acs-content-sha256") != Some(payload_hash.as_str()) {
        return Err("x-acs-content-sha256 does not match the body".into());
    }
    for required in [
        "host",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
    ] {
        if !signed_headers.split(';').any(|h| h == required) {
            return Err(format!("{required} is not signed"));
        }
    }
    // ACS3 as the official SDK computes it: names as they are, values encoded.
    let mut pairs = r.query_pairs();
    pairs.sort();
    let canonical_query = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut canonical_headers = String::new();
    for name in signed_headers.split(';') {
        let value = r
            .header(name)
            .ok_or(format!("signed header {name} not sent"))?;
        canonical_headers.push_str(&format!("{name}:{}\n", value.trim()));
    }
    let canonical = format!(
        "{}\n{}\n{canonical_query}\n{canonical_headers}\n{signed_headers}\n{payload_hash}",
        r.method, r.path
    );
    let string_to_sign = format!("ACS3-HMAC-SHA256\n{}", sha256_hex(canonical.as_bytes()));
    let want = hex_lower(&hmac256(secret.as_bytes(), string_to_sign.as_bytes()));
    if want == sent {
        Ok(())
    } else {
        Err(format!(
            "ACS3 signature mismatch; server's canonical request {canonical:?}"
        ))
    }
}

/// Checks a Tencent Cloud request, TC3 or legacy, against `secret_key`.
pub fn verify_tencent(r: &Received, secret_id: &str, secret_key: &str) -> Result<(), String> {
    if r.header("authorization").is_some() {
        verify_tc3(r, secret_id, secret_key)
    } else {
        verify_tencent_legacy(r, secret_id, secret_key)
    }
}

/// Checks a TC3-HMAC-SHA256 signature.
pub fn verify_tc3(r: &Received, secret_id: &str, secret_key: &str) -> Result<(), String> {
    let auth = r.header("authorization").ok_or("no Authorization header")?;
    let rest = auth
        .strip_prefix("TC3-HMAC-SHA256 Credential=")
        .ok_or("Authorization is not TC3-HMAC-SHA256")?;
    let (credential, rest) = rest
        .split_once(", SignedHeaders=")
        .ok_or("no SignedHeaders")?;
    let (signed_headers, sent) = rest.split_once(", Signature=").ok_or("no Signature")?;
    let mut scope = credential.split('/');
    let (id, date, service) = (scope.next(), scope.next(), scope.next());
    if id != Some(secret_id) || scope.next() != Some("tc3_request") {
        return Err(format!("bad credential scope {credential:?}"));
    }
    let (date, service) = (date.ok_or("no date")?, service.ok_or("no service")?);
    let timestamp = r.header("x-tc-timestamp").ok_or("no X-TC-Timestamp")?;
    r.header("x-tc-action").ok_or("no X-TC-Action")?;
    r.header("x-tc-version").ok_or("no X-TC-Version")?;
    let mut canonical_headers = String::new();
    for name in signed_headers.split(';') {
        let value = r
            .header(name)
            .ok_or(format!("signed header {name} not sent"))?;
        canonical_headers.push_str(&format!("{name}:{}\n", value.to_ascii_lowercase()));
    }
    let canonical = format!(
        "{}\n{}\n{}\n{canonical_headers}\n{signed_headers}\n{}",
        r.method,
        r.path,
        r.query,
        sha256_hex(&r.body)
    );
    let string_to_sign = format!(
        "TC3-HMAC-SHA256\n{timestamp}\n{date}/{service}/tc3_request\n{}",
        sha256_hex(canonical.as_bytes())
    );
    let k_date = hmac256(format!("TC3{secret_key}").as_bytes(), date.as_bytes());
    let k_service = hmac256(&k_date, service.as_bytes());
    let k_signing = hmac256(&k_service, b"tc3_request");
    let want = hex_lower(&hmac256(&k_signing, string_to_sign.as_bytes()));
    if want == sent {
        Ok(())
    } else {
        Err(format!(
            "TC3 signature mismatch; server's canonical request {canonical:?}"
        ))
    }
}

/// Checks the legacy HmacSHA1 / HmacSHA256 form signature.
pub fn verify_tencent_legacy(
    r: &Received,
    secret_id: &str,
    secret_key: &str,
) -> Result<(), String> {
    let mut params = if r.method == "GET" {
        parse_pairs(&r.query, true).unwrap_or_default()
    } else {
        r.form_pairs()
    };
    let sent = params
        .iter()
        .position(|(k, _)| k == "Signature")
        .map(|i| params.remove(i).1)
        .ok_or("no Signature parameter")?;
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    if get("SecretId").as_deref() != Some(secret_id) {
        return Err("SecretId does not match".into());
    }
    let host = r.header("host").ok_or("no Host header")?;
    let mut sorted: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| (k.replace('_', "."), v.clone()))
        .collect();
    sorted.sort();
    let joined = sorted
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let string_to_sign = format!("{}{host}{}?{joined}", r.method, r.path);
    let want = match get("SignatureMethod").as_deref() {
        Some("HmacSHA1") => b64(&hmac1(secret_key.as_bytes(), string_to_sign.as_bytes())),
        Some("HmacSHA256") => b64(&hmac256(secret_key.as_bytes(), string_to_sign.as_bytes())),
        other => return Err(format!("SignatureMethod is {other:?}")),
    };
    if want == sent {
        Ok(())
    } else {
        Err("legacy signature mismatch".into())
    }
}

/// `2026-11-23T08:05:09Z` for Unix seconds: what STS and metadata services
/// send as `Expiration`.
pub fn iso8601(unix: u64) -> String {
    time::iso8601(unix)
}

/// Seconds since the Unix epoch, now.
pub fn now_unix() -> u64 {
    time::now_unix()
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`: an HTTP `Date` for Unix seconds.
pub fn http_date(unix: u64) -> String {
    time::http_date(unix)
}

/// The timestamp a request was signed with: Alibaba Cloud's `x-acs-date`
/// or `Timestamp`, Tencent Cloud's `X-TC-Timestamp` or `Timestamp`.
pub fn signed_time(r: &Received) -> Option<u64> {
    if let Some(t) = r
        .header("x-tc-timestamp")
        .map(str::to_owned)
        .or_else(|| r.header("x-acs-date").map(str::to_owned))
        .or_else(|| r.param("Timestamp"))
    {
        return t.parse().ok().or_else(|| time::parse_iso8601(&t));
    }
    None
}

/// A new empty directory under the system's temporary directory, removed
/// with everything in it when the value is dropped (a failing test too).
pub fn temp_dir(label: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("yun-{label}-{}", yun_core::sign::new_nonce()));
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    TempDir(dir)
}

/// A temporary directory that removes itself; use it as a [`Path`](std::path::Path).
#[derive(Debug)]
pub struct TempDir(std::path::PathBuf);

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::path::Path> for TempDir {
    fn as_ref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
