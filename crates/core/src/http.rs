//! HTTP transport: a small trait, and its reqwest + rustls implementation.
//!
//! Clients send every request through a [`Transport`]. The default,
//! [`ReqwestTransport`], keeps a connection pool, uses rustls (no OpenSSL),
//! honours connect/read/total timeouts and HTTP(S) proxies. Tests and users
//! can put their own transport in its place (`ConfigBuilder::transport`).

use crate::error::{BoxError, Error, TimeoutKind};
use bytes::Bytes;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// A request as the transport sends it.
pub type HttpRequest = http::Request<Bytes>;
/// A response as the transport returns it, body fully read.
pub type HttpResponse = http::Response<Bytes>;
/// The future [`Transport::send`] returns.
pub type TransportFuture<'a> =
    Pin<Box<dyn Future<Output = Result<HttpResponse, Error>> + Send + 'a>>;

/// A body read as it arrives: its chunks, or the error that cut it (the
/// read timeout between chunks, a reset).
pub type ChunkStream = Pin<Box<dyn futures_core::Stream<Item = Result<Bytes, Error>> + Send>>;
/// A response whose body is read as it arrives.
pub type StreamingResponse = http::Response<ChunkStream>;
/// The future [`Transport::send_streaming`] returns.
pub type StreamingFuture<'a> =
    Pin<Box<dyn Future<Output = Result<StreamingResponse, Error>> + Send + 'a>>;

/// A request extension: this attempt's time limit, connect to last byte,
/// in place of the transport's own (a call's
/// [`attempt_timeout`](crate::options::CallOptions::attempt_timeout)).
/// [`ReqwestTransport`] honours it; a transport of your own should too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AttemptTimeout(pub Duration);

/// The attempt limit for `extensions`: the call's, else `default`.
fn attempt_limit(extensions: &http::Extensions, default: Duration) -> Duration {
    extensions
        .get::<AttemptTimeout>()
        .map_or(default, |limit| limit.0)
}

/// Sends one HTTP request and reads the whole response.
///
/// Implementations return [`Error::Transport`] or [`Error::Timeout`] for
/// failures below HTTP; any HTTP status, error or not, is a response.
/// Retries depend on telling apart a request that never left from one whose
/// answer was lost: set `connect: true` (or [`TimeoutKind::Connect`]) only
/// when the request cannot have reached the service.
pub trait Transport: Send + Sync + fmt::Debug {
    /// Sends `request`.
    fn send(&self, request: HttpRequest) -> TransportFuture<'_>;

    /// Sends a request whose body is `length` bytes read from `body` as it
    /// goes (file uploads). The default gathers the body in memory and calls
    /// [`Transport::send`]; [`ReqwestTransport`] streams it.
    fn send_stream(
        &self,
        request: http::Request<()>,
        body: BodyStream,
        length: u64,
    ) -> TransportFuture<'_> {
        Box::pin(async move {
            use futures_util::TryStreamExt;
            let chunks: Vec<Bytes> = body.try_collect().await.map_err(|e| Error::Transport {
                client_token: None,
                message: format!("reading the body to upload failed: {e}"),
                connect: true,
                source: None,
            })?;
            let mut whole = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
            for chunk in chunks {
                whole.extend_from_slice(&chunk);
            }
            let (parts, ()) = request.into_parts();
            self.send(http::Request::from_parts(parts, Bytes::from(whole)))
                .await
        })
    }

    /// Sends `request` and returns when the answer's head has arrived, its
    /// body to be read as it comes (server-sent events). The attempt
    /// timeout covers the wait for the head; the read timeout applies
    /// between chunks. The default reads the whole answer with
    /// [`Transport::send`] and hands it over as one chunk.
    fn send_streaming(&self, request: HttpRequest) -> StreamingFuture<'_> {
        Box::pin(async move {
            let (parts, body) = self.send(request).await?.into_parts();
            let body: ChunkStream = Box::pin(futures_util::stream::iter([Ok(body)]));
            Ok(http::Response::from_parts(parts, body))
        })
    }
}

/// A streamed request body: chunks, or the I/O error that stopped reading.
pub type BodyStream =
    Pin<Box<dyn futures_core::Stream<Item = Result<Bytes, std::io::Error>> + Send>>;

/// Headers whose values are credentials: marked sensitive so `http`'s own
/// `Debug` hides them.
const SENSITIVE_HEADERS: [&str; 4] = [
    "authorization",
    "x-acs-security-token",
    "x-acs-bearer-token",
    "x-tc-token",
];

/// A header value, marked sensitive when it carries a credential. An
/// invalid value (a control character in a token) is an input error that
/// names the header, not the value.
pub(crate) fn header_value(name: &str, value: String) -> Result<http::HeaderValue, Error> {
    let mut v = http::HeaderValue::try_from(value).map_err(|_| {
        Error::invalid_input(format!(
            "the `{name}` header value holds characters HTTP does not allow"
        ))
    })?;
    if SENSITIVE_HEADERS
        .iter()
        .any(|s| name.eq_ignore_ascii_case(s))
    {
        v.set_sensitive(true);
    }
    Ok(v)
}

/// Adds the header `name: value`, both checked; see [`header_value`].
pub(crate) fn add_header(
    headers: &mut http::HeaderMap,
    name: &str,
    value: String,
) -> Result<(), Error> {
    let value = header_value(name, value)?;
    let name = http::HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::invalid_input(format!("`{name}` is not a valid HTTP header name")))?;
    headers.append(name, value);
    Ok(())
}

/// The request to send for `action`: `method` to `url` with `headers` and
/// `body`, its parts set directly (a `Builder` moves all of them at every
/// step, which showed in the call profile).
pub(crate) fn request(
    action: &str,
    method: http::Method,
    url: &str,
    headers: http::HeaderMap,
    body: bytes::Bytes,
) -> Result<http::Request<bytes::Bytes>, Error> {
    let uri = http::Uri::try_from(url).map_err(|_| {
        // The `http` crate refuses a URI longer than a request line carries.
        Error::invalid_input(if url.len() >= usize::from(u16::MAX) {
            format!(
                "{action}: the request URL is {} bytes, more than an HTTP request line carries \
                 (64 KiB); the members sent in the query are too large",
                url.len()
            )
        } else {
            format!("{action}: the endpoint holds characters a URL does not allow")
        })
    })?;
    let mut request = http::Request::new(body);
    *request.method_mut() = method;
    *request.uri_mut() = uri;
    *request.headers_mut() = headers;
    Ok(request)
}

/// The largest response body the default transport reads (64 MiB).
pub const MAX_RESPONSE_BODY: usize = 64 << 20;

/// The `User-Agent` yun sends.
pub const USER_AGENT: &str = concat!("yun-rs/", env!("CARGO_PKG_VERSION"), " (Rust)");

/// Settings for [`ReqwestTransport`].
#[derive(Clone)]
#[non_exhaustive]
pub struct HttpOptions {
    /// How long to wait for a connection (default 5 s).
    pub connect_timeout: Duration,
    /// How long to wait for the answer to start and between reads of it,
    /// and between the events of a streamed answer (default 20 s).
    pub read_timeout: Duration,
    /// How long one attempt may take in all, from connecting to the last
    /// byte of the response (default 60 s). Each retry gets its own; the
    /// whole call is bounded by [`RetryConfig::call_timeout`](crate::retry::RetryConfig::call_timeout).
    pub timeout: Duration,
    /// How long an idle connection stays in the pool (default 30 s).
    pub pool_idle_timeout: Duration,
    /// How many idle connections are kept per host (default 16): after a
    /// burst of concurrent calls the rest are closed instead of held.
    pub pool_max_idle_per_host: usize,
    /// Which certificate authorities TLS trusts besides [`HttpOptions::ca_certificates`]
    /// (default [`TlsRoots::Bundled`]).
    pub tls_roots: TlsRoots,
    /// More certificate authorities to trust, each PEM text (a company's
    /// proxy, a private endpoint), as the official SDKs' `ca` option.
    pub ca_certificates: Vec<String>,
    /// A proxy for all requests, e.g. `http://proxy:3128`; overrides the
    /// environment.
    pub proxy: Option<String>,
    /// Use `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` from the
    /// environment when no explicit proxy is set (default true).
    pub env_proxy: bool,
    /// Text appended to the `User-Agent`.
    pub user_agent_suffix: Option<String>,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            connect_timeout: Duration::from_secs(5),
            read_timeout: Duration::from_secs(20),
            timeout: Duration::from_secs(60),
            pool_idle_timeout: Duration::from_secs(30),
            pool_max_idle_per_host: 16,
            tls_roots: TlsRoots::Bundled,
            ca_certificates: Vec::new(),
            proxy: None,
            env_proxy: true,
            user_agent_suffix: None,
        }
    }
}

/// The certificate authorities TLS trusts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum TlsRoots {
    /// The Mozilla roots compiled into yun (webpki-roots): the same on
    /// every machine.
    #[default]
    Bundled,
    /// The operating system's store (`/etc/ssl/certs`, the macOS keychain,
    /// the Windows store): follows what the machine's administrator trusts.
    System,
    /// Both.
    BundledAndSystem,
    /// Neither: only [`HttpOptions::ca_certificates`].
    None,
}

/// The proxy URL's password shows as `<redacted>`.
impl fmt::Debug for HttpOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpOptions")
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("timeout", &self.timeout)
            .field("pool_idle_timeout", &self.pool_idle_timeout)
            .field("pool_max_idle_per_host", &self.pool_max_idle_per_host)
            .field("tls_roots", &self.tls_roots)
            .field("ca_certificates", &self.ca_certificates.len())
            .field("proxy", &crate::redact::Redacted(&self.proxy))
            .field("env_proxy", &self.env_proxy)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .finish()
    }
}

impl HttpOptions {
    /// Sets the connect timeout.
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }
    /// Sets the read timeout.
    pub fn read_timeout(mut self, d: Duration) -> Self {
        self.read_timeout = d;
        self
    }
    /// Sets the attempt timeout.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// Sets how long an idle connection stays in the pool.
    pub fn pool_idle_timeout(mut self, d: Duration) -> Self {
        self.pool_idle_timeout = d;
        self
    }

    /// Sets how many idle connections are kept per host.
    pub fn pool_max_idle_per_host(mut self, n: usize) -> Self {
        self.pool_max_idle_per_host = n;
        self
    }

    /// Sets which built-in certificate authorities TLS trusts.
    pub fn tls_roots(mut self, roots: TlsRoots) -> Self {
        self.tls_roots = roots;
        self
    }

    /// Trusts one more certificate authority (or several), given as PEM
    /// text; text holding no certificate is an error when the transport is
    /// built.
    pub fn ca_certificate(mut self, pem: impl Into<String>) -> Self {
        self.ca_certificates.push(pem.into());
        self
    }
    /// Sends every request through `url`.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into());
        self
    }
    /// Turns reading proxies from the environment on or off.
    pub fn env_proxy(mut self, on: bool) -> Self {
        self.env_proxy = on;
        self
    }
    /// Appends `suffix` to the `User-Agent`.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }
}

/// The default transport: reqwest with rustls and a connection pool.
#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    connect_timeout: Duration,
    read_timeout: Duration,
    timeout: Duration,
}

impl ReqwestTransport {
    /// Builds a transport from `options`.
    pub fn new(options: &HttpOptions) -> Result<Self, Error> {
        let user_agent = match &options.user_agent_suffix {
            Some(s) => format!("{USER_AGENT} {s}"),
            None => USER_AGENT.to_owned(),
        };
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .user_agent(user_agent)
            .connect_timeout(options.connect_timeout)
            .read_timeout(options.read_timeout)
            .pool_idle_timeout(options.pool_idle_timeout)
            .pool_max_idle_per_host(options.pool_max_idle_per_host)
            .tls_built_in_webpki_certs(matches!(
                options.tls_roots,
                TlsRoots::Bundled | TlsRoots::BundledAndSystem
            ))
            .tls_built_in_native_certs(matches!(
                options.tls_roots,
                TlsRoots::System | TlsRoots::BundledAndSystem
            ))
            // A signed call goes only where it was signed for: a redirect is
            // returned, and reported as such, never followed.
            .redirect(reqwest::redirect::Policy::none());
        for (i, pem) in options.ca_certificates.iter().enumerate() {
            let certificates = reqwest::Certificate::from_pem_bundle(pem.as_bytes())
                .ok()
                .filter(|c| !c.is_empty())
                .ok_or_else(|| {
                    Error::invalid_input(format!(
                        "HttpOptions::ca_certificates[{i}] is not a PEM certificate"
                    ))
                })?;
            for certificate in certificates {
                builder = builder.add_root_certificate(certificate);
            }
        }
        if let Some(proxy) = &options.proxy {
            // The URL may hold proxy credentials: never echo it.
            let proxy = reqwest::Proxy::all(proxy.as_str())
                .map_err(|_| Error::invalid_input("the proxy URL is not a valid URL"))?;
            builder = builder.proxy(proxy);
        } else if !options.env_proxy {
            builder = builder.no_proxy();
        }
        let client = builder.build().map_err(|e| Error::Transport {
            client_token: None,
            message: "could not initialise the HTTP client".into(),
            connect: false,
            source: Some(Box::new(e)),
        })?;
        Ok(ReqwestTransport {
            client,
            connect_timeout: options.connect_timeout,
            read_timeout: options.read_timeout,
            timeout: options.timeout,
        })
    }

    /// One attempt under the attempt timeout. reqwest enforces the connect
    /// and read timeouts; this one is kept here so an error can say which
    /// of the three fired.
    async fn execute(&self, request: HttpRequest) -> Result<HttpResponse, Error> {
        let host = request.uri().host().unwrap_or_default().to_owned();
        let limit = attempt_limit(request.extensions(), self.timeout);
        match tokio::time::timeout(limit, self.exchange(&host, request)).await {
            Ok(result) => result,
            Err(_) => Err(Error::timeout(
                TimeoutKind::Attempt,
                limit,
                format!("no complete answer from {host}"),
            )),
        }
    }

    /// One streamed upload under the attempt timeout.
    async fn execute_stream(
        &self,
        request: http::Request<()>,
        body: BodyStream,
        length: u64,
    ) -> Result<HttpResponse, Error> {
        let host = request.uri().host().unwrap_or_default().to_owned();
        let bad_url = || Error::invalid_input(format!("a request to {host} has an invalid URL"));
        let (parts, ()) = request.into_parts();
        let limit = attempt_limit(&parts.extensions, self.timeout);
        let url = reqwest::Url::parse(&parts.uri.to_string()).map_err(|_| bad_url())?;
        let mut upload = reqwest::Request::new(parts.method, url);
        *upload.headers_mut() = parts.headers;
        upload.headers_mut().insert(
            http::header::CONTENT_LENGTH,
            http::HeaderValue::from(length),
        );
        *upload.body_mut() = Some(reqwest::Body::wrap_stream(body));
        match tokio::time::timeout(limit, self.run(&host, upload)).await {
            Ok(result) => result,
            Err(_) => Err(Error::timeout(
                TimeoutKind::Attempt,
                limit,
                format!("the upload to {host} did not finish"),
            )),
        }
    }

    /// One attempt whose answer is read as it arrives: the attempt timeout
    /// covers the wait for the head only, so a healthy stream is never cut;
    /// reqwest's read timeout applies between chunks.
    async fn execute_streaming(&self, request: HttpRequest) -> Result<StreamingResponse, Error> {
        use futures_util::StreamExt;
        let host = request.uri().host().unwrap_or_default().to_owned();
        let limit = attempt_limit(request.extensions(), self.timeout);
        let request = reqwest::Request::try_from(request)
            .map_err(|_| Error::invalid_input(format!("a request to {host} has an invalid URL")))?;
        let mut response = match tokio::time::timeout(limit, self.client.execute(request)).await {
            Ok(result) => result.map_err(|e| self.map_error(&host, e))?,
            Err(_) => {
                return Err(Error::timeout(
                    TimeoutKind::Attempt,
                    limit,
                    format!("no answer from {host}"),
                ))
            }
        };
        let mut head = http::Response::new(());
        *head.status_mut() = response.status();
        *head.headers_mut() = std::mem::take(response.headers_mut());
        let this = self.clone();
        let mut received = 0usize;
        let body = response.bytes_stream().map(move |chunk| match chunk {
            Ok(chunk) => {
                received += chunk.len();
                Ok(chunk)
            }
            Err(e) if e.is_timeout() => Err(Error::timeout(TimeoutKind::Read, this.read_timeout, format!("{host} sent nothing more after {received} bytes of a streamed answer"))),
            Err(e) => {
                let e = e.without_url();
                Err(Error::Transport {
                    client_token: None,
                    message: format!(
                        "the connection to {host} closed after {received} bytes of a streamed answer ({})",
                        root_cause(&e)
                    ),
                    connect: false,
                    source: Some(Box::new(e)),
                })
            }
        });
        let (parts, ()) = head.into_parts();
        Ok(http::Response::from_parts(
            parts,
            Box::pin(body) as ChunkStream,
        ))
    }

    async fn exchange(&self, host: &str, request: HttpRequest) -> Result<HttpResponse, Error> {
        let request = reqwest::Request::try_from(request)
            .map_err(|_| Error::invalid_input(format!("a request to {host} has an invalid URL")))?;
        self.run(host, request).await
    }

    async fn run(&self, host: &str, request: reqwest::Request) -> Result<HttpResponse, Error> {
        let mut response = self
            .client
            .execute(request)
            .await
            .map_err(|e| self.map_error(host, e))?;
        let mut builder = http::Response::builder().status(response.status());
        if let Some(headers) = builder.headers_mut() {
            // Taken, not cloned: the body is all that is read from here on.
            *headers = std::mem::take(response.headers_mut());
        }
        let body = self.read_body(host, response).await?;
        builder.body(body).map_err(|e| Error::Transport {
            client_token: None,
            message: format!("malformed response from {host}"),
            connect: false,
            source: Some(Box::new(e)),
        })
    }

    /// Reads the whole body, refusing one larger than [`MAX_RESPONSE_BODY`]
    /// (a misbehaving gateway must not exhaust memory).
    async fn read_body(&self, host: &str, mut response: reqwest::Response) -> Result<Bytes, Error> {
        let too_large = || Error::Transport {
            client_token: None,
            message: format!(
                "the response from {host} is larger than {} MiB",
                MAX_RESPONSE_BODY >> 20
            ),
            connect: false,
            source: None,
        };
        let declared = response.content_length();
        if declared.unwrap_or(0) > MAX_RESPONSE_BODY as u64 {
            return Err(too_large());
        }
        let mut body = Vec::new();
        loop {
            let chunk = match response.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(e) if e.is_timeout() => return Err(self.map_error(host, e)),
                Err(e) => {
                    let e = e.without_url();
                    let of = declared.map(|n| format!(" of {n}")).unwrap_or_default();
                    return Err(Error::Transport {
                        client_token: None,
                        message: format!(
                            "the connection to {host} closed after {}{of} body bytes ({})",
                            body.len(),
                            root_cause(&e)
                        ),
                        connect: false,
                        source: Some(Box::new(e)),
                    });
                }
            };
            if body.len() + chunk.len() > MAX_RESPONSE_BODY {
                return Err(too_large());
            }
            // A body that came in one piece is kept as it is, not copied.
            if body.is_empty() && declared == Some(chunk.len() as u64) {
                return Ok(chunk);
            }
            if body.is_empty() {
                body.reserve(declared.map_or(chunk.len(), |n| n as usize));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Bytes::from(body))
    }

    /// reqwest's errors carry the URL, which for signed requests holds the
    /// signature and tokens: drop it, keep only the host. A timeout while
    /// connecting is the connect timeout; any other is the read timeout
    /// (reqwest is given no other).
    fn map_error(&self, host: &str, e: reqwest::Error) -> Error {
        let connect = e.is_connect();
        if e.is_timeout() {
            let timeout = if connect {
                Error::timeout(
                    TimeoutKind::Connect,
                    self.connect_timeout,
                    format!("could not connect to {host}; the request was not sent"),
                )
            } else {
                Error::timeout(
                    TimeoutKind::Read,
                    self.read_timeout,
                    format!("{host} stopped answering after the request was sent"),
                )
            };
            return timeout.with_source(Box::new(e.without_url()));
        }
        let e = e.without_url();
        let cause = root_cause(&e);
        let source: BoxError = Box::new(e);
        Error::Transport {
            client_token: None,
            message: if connect {
                format!("could not connect to {host} ({cause}); the request was not sent")
            } else {
                format!("the exchange with {host} failed after the request was sent ({cause})")
            },
            connect,
            source: Some(source),
        }
    }
}

/// The innermost cause's text (`connection reset by peer`), which says more
/// than reqwest's own `error sending request`. URLs never reach this far down.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

impl Transport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> TransportFuture<'_> {
        Box::pin(self.execute(request))
    }

    fn send_stream(
        &self,
        request: http::Request<()>,
        body: BodyStream,
        length: u64,
    ) -> TransportFuture<'_> {
        Box::pin(self.execute_stream(request, body, length))
    }

    fn send_streaming(&self, request: HttpRequest) -> StreamingFuture<'_> {
        Box::pin(self.execute_streaming(request))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed certificate authority (`CN=yun-test-ca`), made with
    /// `openssl req -x509 -newkey ec`; its key was thrown away.
    const TEST_CA: &str = "-----BEGIN CERTIFICATE-----
MIIBgDCCASegAwIBAgIUA9GmfaBsQgZ1D524Dy2sxCIpEeQwCgYIKoZIzj0EAwIw
FjEUMBIGA1UEAwwLeXVuLXRlc3QtY2EwHhcNMjYxMjA3MjIyNDA4WhcNMzYxMjA0
MjIyNDA4WjAWMRQwEgYDVQQDDAt5dW4tdGVzdC1jYTBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABImfOK7i3VetDS7so31nAsqBx5r/qHTQdaUxxwyeZJNJDC+teipt
D5qH57NJy49uuZD2pIdLrFt0+OgwVHSviwmjUzBRMB0GA1UdDgQWBBTcALgzn9zx
MHJR6ANN9AcVDrWKDDAfBgNVHSMEGDAWgBTcALgzn9zxMHJR6ANN9AcVDrWKDDAP
BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cAMEQCIAp1HEKVLL6xSVhI3v0+
Y/icLsQbftrh0rn4G4XSMBbvAiAVMeBMZy966fi9z/uatdFJjdkBrUQVEN1NCTwo
JEElBA==
-----END CERTIFICATE-----
";

    #[test]
    fn trust_settings_build_and_a_bad_certificate_is_named() {
        for roots in [
            TlsRoots::Bundled,
            TlsRoots::System,
            TlsRoots::BundledAndSystem,
            TlsRoots::None,
        ] {
            let options = HttpOptions::default()
                .tls_roots(roots)
                .ca_certificate(TEST_CA);
            assert!(ReqwestTransport::new(&options).is_ok(), "{roots:?}");
        }
        let options = HttpOptions::default()
            .ca_certificate(TEST_CA)
            .ca_certificate("not a certificate");
        let err = ReqwestTransport::new(&options).unwrap_err();
        assert!(
            err.to_string()
                .contains("ca_certificates[1] is not a PEM certificate"),
            "{err}"
        );
    }
}
