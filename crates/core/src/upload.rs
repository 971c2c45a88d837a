//! Uploading a local file for an operation that reads its input from a
//! URL (Alibaba Cloud metadata marks such members `isFileTransferUrl`), as
//! the official SDKs' `<Operation>Advance` calls do:
//!
//! 1. OpenPlatform `AuthorizeFileUpload` (API `2019-12-19`, at
//!    `openplatform.aliyuncs.com`) with `Product` (the calling product's
//!    code) and `RegionId`, signed with the client's own credentials,
//!    hands out a one-time upload slot: a bucket, an OSS endpoint, an
//!    object key and a signed POST policy;
//! 2. an OSS PostObject sends the file there as `multipart/form-data`,
//!    streamed from disk (never read into memory whole), to
//!    `https://<Bucket>.<Endpoint>/` — the endpoint's `-internal` form
//!    when [`UploadOptions::internal`] is set, `oss-accelerate.aliyuncs.com`
//!    when [`UploadOptions::accelerate`] is set and the slot allows it;
//! 3. the operation gets `http://<Bucket>.<Endpoint>/<ObjectKey>`.
//!
//! A slot is single-use, so a retried upload asks for a new one. OSS errors
//! (an XML document) become [`Error::Service`] with their code, message and
//! request id.

use crate::aliyun::{AliyunClient, Method, RpcRequest};
use crate::endpoint::Endpoint;
use crate::error::{Error, ServiceError, Vendor};
use crate::http::BodyStream;
use crate::retry::CallFacts;
use bytes::Bytes;
use serde::Deserialize;
use std::fmt;
use std::path::PathBuf;

/// The most one read from a file puts in memory.
const CHUNK: usize = 64 * 1024;

/// A file to upload. `#[non_exhaustive]`: other sources (a reader, a
/// stream) may join; build one with [`FileSource::path`] or
/// [`FileSource::bytes`].
#[derive(Clone)]
#[non_exhaustive]
pub enum FileSource {
    /// A file on disk, streamed as it is sent (opened again for a retry).
    Path(PathBuf),
    /// Bytes already in memory.
    Bytes(Bytes),
}

impl FileSource {
    /// A file on disk.
    pub fn path(path: impl Into<PathBuf>) -> Self {
        FileSource::Path(path.into())
    }

    /// Bytes in memory.
    pub fn bytes(bytes: impl Into<Bytes>) -> Self {
        FileSource::Bytes(bytes.into())
    }

    /// Its length and the lower-case hex SHA-256 of its content, read as a
    /// stream (for a signature over a body sent as a stream).
    pub(crate) async fn sha256(&self) -> Result<(u64, String), Error> {
        use sha2::Digest;
        let (length, mut stream) = self.open().await?;
        let mut hasher = sha2::Sha256::new();
        let mut read = 0u64;
        while let Some(chunk) = futures_util::StreamExt::next(&mut stream).await {
            let chunk =
                chunk.map_err(|e| Error::invalid_input(format!("the file cannot be read: {e}")))?;
            read += chunk.len() as u64;
            hasher.update(&chunk);
        }
        if read != length {
            return Err(Error::invalid_input(format!(
                "the file changed while it was read ({length} bytes announced, {read} read)"
            )));
        }
        Ok((length, crate::sign::hex_lower(&hasher.finalize())))
    }

    /// Its length and a stream of its content.
    pub(crate) async fn open(&self) -> Result<(u64, BodyStream), Error> {
        match self {
            FileSource::Bytes(b) => {
                let b = b.clone();
                let length = b.len() as u64;
                Ok((
                    length,
                    Box::pin(futures_util::stream::once(async move { Ok(b) })),
                ))
            }
            FileSource::Path(path) => {
                let unreadable = |e: std::io::Error| {
                    Error::invalid_input(format!("the file {} cannot be read: {e}", path.display()))
                };
                let file = tokio::fs::File::open(path).await.map_err(unreadable)?;
                let length = file.metadata().await.map_err(unreadable)?.len();
                let stream = futures_util::stream::unfold(Some(file), |file| async move {
                    use tokio::io::AsyncReadExt;
                    let mut file = file?;
                    let mut buffer = vec![0u8; CHUNK];
                    match file.read(&mut buffer).await {
                        Ok(0) => None,
                        Ok(n) => {
                            buffer.truncate(n);
                            Some((Ok(Bytes::from(buffer)), Some(file)))
                        }
                        Err(e) => Some((Err(e), None)),
                    }
                });
                Ok((length, Box::pin(stream)))
            }
        }
    }
}

impl fmt::Debug for FileSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileSource::Path(p) => f.debug_tuple("Path").field(p).finish(),
            FileSource::Bytes(b) => write!(f, "Bytes({} bytes)", b.len()),
        }
    }
}

impl From<&str> for FileSource {
    /// A path.
    fn from(path: &str) -> Self {
        FileSource::Path(PathBuf::from(path))
    }
}

impl From<String> for FileSource {
    /// A path.
    fn from(path: String) -> Self {
        FileSource::Path(PathBuf::from(path))
    }
}

impl From<PathBuf> for FileSource {
    fn from(path: PathBuf) -> Self {
        FileSource::Path(path)
    }
}

impl From<&std::path::Path> for FileSource {
    fn from(path: &std::path::Path) -> Self {
        FileSource::Path(path.to_path_buf())
    }
}

impl From<Vec<u8>> for FileSource {
    fn from(bytes: Vec<u8>) -> Self {
        FileSource::Bytes(Bytes::from(bytes))
    }
}

impl From<Bytes> for FileSource {
    fn from(bytes: Bytes) -> Self {
        FileSource::Bytes(bytes)
    }
}

/// Where uploads go: set with [`ConfigBuilder::file_upload`](crate::ConfigBuilder::file_upload).
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadOptions {
    /// The OpenPlatform endpoint (default `https://openplatform.aliyuncs.com`).
    pub openplatform_endpoint: Option<String>,
    /// Post files here instead of `https://<Bucket>.<Endpoint>/` (a proxy,
    /// or a test server).
    pub oss_endpoint: Option<String>,
    /// Use OSS's internal endpoint (from inside Alibaba Cloud's network).
    pub internal: bool,
    /// Use OSS transfer acceleration when the slot allows it.
    pub accelerate: bool,
}

impl UploadOptions {
    /// Sets the OpenPlatform endpoint.
    pub fn openplatform_endpoint(mut self, url: impl Into<String>) -> Self {
        self.openplatform_endpoint = Some(url.into());
        self
    }

    /// Posts files to `url` instead of the slot's bucket host.
    pub fn oss_endpoint(mut self, url: impl Into<String>) -> Self {
        self.oss_endpoint = Some(url.into());
        self
    }

    /// Uses OSS's internal endpoint.
    pub fn internal(mut self, on: bool) -> Self {
        self.internal = on;
        self
    }

    /// Uses OSS transfer acceleration when allowed.
    pub fn accelerate(mut self, on: bool) -> Self {
        self.accelerate = on;
        self
    }
}

/// [`UploadOptions`], checked.
#[derive(Clone, Debug, Default)]
pub(crate) struct Upload {
    openplatform: Option<Endpoint>,
    oss: Option<Endpoint>,
    internal: bool,
    accelerate: bool,
}

impl Upload {
    pub(crate) fn new(options: &UploadOptions) -> Result<Self, Error> {
        Ok(Upload {
            openplatform: options
                .openplatform_endpoint
                .as_deref()
                .map(Endpoint::parse)
                .transpose()?,
            oss: options
                .oss_endpoint
                .as_deref()
                .map(Endpoint::parse)
                .transpose()?,
            internal: options.internal,
            accelerate: options.accelerate,
        })
    }
}

/// The upload slot `AuthorizeFileUpload` hands out. `Debug` hides the
/// policy signature.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Slot {
    access_key_id: Option<String>,
    bucket: Option<String>,
    endpoint: Option<String>,
    object_key: Option<String>,
    encoded_policy: Option<String>,
    signature: Option<String>,
    use_accelerate: Option<bool>,
}

/// A slot with every field it must have.
struct Granted {
    access_key_id: String,
    bucket: String,
    endpoint: String,
    object_key: String,
    policy: String,
    signature: String,
    use_accelerate: bool,
}

impl Slot {
    fn granted(self) -> Result<Granted, Error> {
        let need = |value: Option<String>, name: &str| {
            value.filter(|v| !v.is_empty()).ok_or_else(|| {
                Error::decode(
                    200,
                    format!("AuthorizeFileUpload answered without `{name}`"),
                    b"",
                )
            })
        };
        Ok(Granted {
            access_key_id: need(self.access_key_id, "AccessKeyId")?,
            bucket: need(self.bucket, "Bucket")?,
            endpoint: need(self.endpoint, "Endpoint")?,
            object_key: need(self.object_key, "ObjectKey")?,
            policy: need(self.encoded_policy, "EncodedPolicy")?,
            signature: need(self.signature, "Signature")?,
            use_accelerate: self.use_accelerate.unwrap_or(false),
        })
    }
}

impl AliyunClient {
    /// Uploads `file` for this product's operations and returns the URL to
    /// put in a file-URL member. Failed uploads are retried by the client's
    /// rules, each with a new slot.
    pub async fn upload_file(&self, file: &FileSource) -> Result<String, Error> {
        let call = CallFacts {
            action: "PostObject",
            version: "",
            // A new slot each time: repeating cannot overwrite anything.
            read_only: true,
            token_member: None,
            token: None,
        };
        self.config()
            .retry
            .run(&self.config().state, &call, || self.upload_once(file))
            .await
    }

    async fn upload_once(&self, file: &FileSource) -> Result<String, Error> {
        // The file first: one that cannot be read costs no slot.
        let (length, content) = file.open().await?;
        let slot = self.authorize_upload().await?;
        let target = oss_target(&self.config().upload, &slot);
        let bytes = post_object(self, &target, &slot, length, content).await?;
        tracing::debug!(
            bucket = %slot.bucket,
            object_key = %slot.object_key,
            bytes,
            "uploaded a file for the operation"
        );
        Ok(format!(
            "http://{}.{}/{}",
            slot.bucket, slot.endpoint, slot.object_key
        ))
    }

    async fn authorize_upload(&self) -> Result<Granted, Error> {
        let mut config = self.config().clone();
        // One attempt here: `upload_file` retries the whole upload, slot included.
        config.retry = config.retry.max_attempts(1);
        config.endpoint = Some(
            config
                .upload
                .openplatform
                .clone()
                .unwrap_or_else(|| Endpoint::https("openplatform.aliyuncs.com")),
        );
        let openplatform = AliyunClient::for_product(config, "openplatform");
        let mut request = RpcRequest::new("AuthorizeFileUpload", "2019-12-19")
            .method(Method::Get)
            .read_only(true);
        request.query.insert("Product", self.product());
        if let Some(region) = self.config().region() {
            request.query.insert("RegionId", region);
        }
        openplatform.call::<Slot>(&request).await?.granted()
    }
}

/// Where the PostObject goes: the override, else the slot's bucket on its
/// endpoint, the accelerated one, or the internal one.
fn oss_target(upload: &Upload, slot: &Granted) -> String {
    if let Some(endpoint) = &upload.oss {
        return endpoint.url("");
    }
    let host = if upload.accelerate && slot.use_accelerate {
        "oss-accelerate.aliyuncs.com".to_owned()
    } else if upload.internal {
        internal_host(&slot.endpoint)
    } else {
        slot.endpoint.clone()
    };
    format!("https://{}.{host}/", slot.bucket)
}

/// `oss-cn-shanghai.aliyuncs.com` -> `oss-cn-shanghai-internal.aliyuncs.com`.
fn internal_host(endpoint: &str) -> String {
    match endpoint.split_once('.') {
        Some((first, rest)) if !first.ends_with("-internal") => format!("{first}-internal.{rest}"),
        _ => endpoint.to_owned(),
    }
}

/// The PostObject: form fields, then the file's `content` (`file_length`
/// bytes), streamed. Returns the file's length.
async fn post_object(
    client: &AliyunClient,
    target: &str,
    slot: &Granted,
    file_length: u64,
    content: BodyStream,
) -> Result<u64, Error> {
    let boundary = format!("yun-{}", crate::sign::new_nonce());
    let mut head = String::with_capacity(1024);
    for (name, value) in [
        ("OSSAccessKeyId", slot.access_key_id.as_str()),
        ("policy", slot.policy.as_str()),
        ("Signature", slot.signature.as_str()),
        ("key", slot.object_key.as_str()),
        ("success_action_status", "201"),
    ] {
        head.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    head.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n",
        slot.object_key.replace('"', "%22")
    ));
    let tail = format!("\r\n--{boundary}--\r\n");
    let length = head.len() as u64 + file_length + tail.len() as u64;
    let body: BodyStream = Box::pin(futures_util::StreamExt::chain(
        futures_util::StreamExt::chain(
            futures_util::stream::once(async move { Ok(Bytes::from(head)) }),
            content,
        ),
        futures_util::stream::once(async move { Ok(Bytes::from(tail)) }),
    ));
    let request = http::Request::builder()
        .method("POST")
        .uri(target)
        .header(
            http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(())
        .map_err(|_| Error::invalid_input(format!("the upload URL {target} is not valid")))?;
    let response = client
        .config()
        .transport
        .send_stream(request, body, length)
        .await?;
    let status = response.status().as_u16();
    if (200..300).contains(&status) {
        return Ok(file_length);
    }
    Err(oss_error(status, response.body()))
}

/// An OSS error document: `<Error><Code>…</Code><Message>…</Message>
/// <RequestId>…</RequestId><HostId>…</HostId></Error>`.
fn oss_error(status: u16, body: &[u8]) -> Error {
    let text = String::from_utf8_lossy(body);
    let tag = |name: &str| -> Option<String> {
        let open = format!("<{name}>");
        let start = text.find(&open)? + open.len();
        let end = text[start..].find(&format!("</{name}>"))? + start;
        Some(xml_unescape(&text[start..end]))
    };
    match tag("Code") {
        Some(code) => Error::from(ServiceError {
            access_denied: None,
            client_token: None,
            vendor: Vendor::Aliyun,
            code,
            message: tag("Message").unwrap_or_default(),
            request_id: tag("RequestId"),
            http_status: status,
            recommend: None,
            host_id: tag("HostId"),
            note: Some("from OSS, uploading the file".into()),
        })
        .redacted(),
        None => Error::decode(
            status,
            "OSS answered the upload with an error that is not its XML",
            body,
        ),
    }
}

fn xml_unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_post_goes_to_the_bucket_host_the_options_choose() {
        let slot = |accelerate| Granted {
            access_key_id: "id".into(),
            bucket: "b".into(),
            endpoint: "oss-cn-shanghai.aliyuncs.com".into(),
            object_key: "k".into(),
            policy: "p".into(),
            signature: "s".into(),
            use_accelerate: accelerate,
        };
        let options = |o: UploadOptions| Upload::new(&o).unwrap();
        let plain = options(UploadOptions::default());
        assert_eq!(
            oss_target(&plain, &slot(true)),
            "https://b.oss-cn-shanghai.aliyuncs.com/"
        );
        let internal = options(UploadOptions::default().internal(true));
        assert_eq!(
            oss_target(&internal, &slot(false)),
            "https://b.oss-cn-shanghai-internal.aliyuncs.com/"
        );
        let fast = options(UploadOptions::default().accelerate(true).internal(true));
        assert_eq!(
            oss_target(&fast, &slot(true)),
            "https://b.oss-accelerate.aliyuncs.com/"
        );
        assert_eq!(
            oss_target(&fast, &slot(false)),
            "https://b.oss-cn-shanghai-internal.aliyuncs.com/",
            "acceleration only where the slot allows it"
        );
        let proxy = options(UploadOptions::default().oss_endpoint("http://127.0.0.1:9"));
        assert_eq!(oss_target(&proxy, &slot(true)), "http://127.0.0.1:9/");
    }

    #[test]
    fn internal_hosts_and_oss_errors() {
        assert_eq!(
            internal_host("oss-cn-shanghai.aliyuncs.com"),
            "oss-cn-shanghai-internal.aliyuncs.com"
        );
        assert_eq!(
            internal_host("oss-cn-shanghai-internal.aliyuncs.com"),
            "oss-cn-shanghai-internal.aliyuncs.com"
        );
        let xml = b"<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy expired.</Message><RequestId>5F1</RequestId><HostId>b.oss-cn-shanghai.aliyuncs.com</HostId></Error>";
        let e = oss_error(403, xml);
        assert_eq!(e.code(), Some("AccessDenied"));
        assert_eq!(e.request_id(), Some("5F1"));
        assert!(e.to_string().contains("Policy expired"), "{e}");
        assert!(matches!(oss_error(502, b"<html>"), Error::Decode { .. }));
    }
}
