//! A fake OSS on 127.0.0.1 that takes PostObject uploads as a stream: it
//! keeps only the form fields and a running SHA-256 of the file, so a large
//! upload costs it no memory either.

// Shared by several test binaries, each using a part.
#![allow(dead_code)]

use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One upload as OSS saw it.
#[derive(Clone, Debug, Default)]
pub struct Posted {
    pub fields: Vec<(String, String)>,
    pub filename: String,
    pub file_len: u64,
    pub file_sha256: String,
}

impl Posted {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

pub struct FakeOss {
    pub addr: SocketAddr,
    pub posted: Arc<Mutex<Vec<Posted>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeOss {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeOss {
    /// Answers 201, or with `error` (status, XML) when given.
    pub async fn start(error: Option<(u16, &'static str)>) -> FakeOss {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let posted = Arc::new(Mutex::new(Vec::new()));
        let log = posted.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let log = log.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, log, error).await;
                });
            }
        });
        FakeOss { addr, posted, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

async fn serve(
    mut stream: TcpStream,
    log: Arc<Mutex<Vec<Posted>>>,
    error: Option<(u16, &'static str)>,
) -> std::io::Result<()> {
    let mut buffer = vec![0u8; 64 * 1024];
    let mut head = Vec::new();
    let head_end = loop {
        let n = stream.read(&mut buffer).await?;
        if n == 0 {
            return Ok(());
        }
        head.extend_from_slice(&buffer[..n]);
        if let Some(i) = head.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let text = String::from_utf8_lossy(&head[..head_end]).to_lowercase();
    let header = |name: &str| {
        text.lines().find_map(|l| {
            l.strip_prefix(&format!("{name}: "))
                .map(str::trim)
                .map(str::to_owned)
        })
    };
    let length: u64 = header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let boundary = header("content-type")
        .and_then(|v| v.split("boundary=").nth(1).map(str::to_owned))
        .unwrap_or_default();
    let tail_len = format!("\r\n--{boundary}--\r\n").len() as u64;

    // The body: fields up to the file part kept, the file hashed.
    let mut body = Body {
        prefix: Vec::new(),
        file_start: None,
        file_end: length.saturating_sub(tail_len),
        offset: 0,
        hasher: Sha256::new(),
        hashed: 0,
    };
    body.feed(&head[head_end..]);
    while body.offset < length {
        let n = stream.read(&mut buffer).await?;
        if n == 0 {
            break;
        }
        body.feed(&buffer[..n]);
    }
    let Body {
        prefix,
        file_start,
        hasher,
        hashed,
        ..
    } = body;

    // The form fields, from the prefix.
    let fields_end = file_start.unwrap_or(prefix.len() as u64) as usize;
    let form = String::from_utf8_lossy(&prefix[..fields_end.min(prefix.len())]).into_owned();
    let mut posted = Posted {
        file_len: hashed,
        file_sha256: hex::encode(hasher.finalize()),
        ..Posted::default()
    };
    for part in form.split(&format!("--{boundary}\r\n")).skip(1) {
        let Some((headers, value)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let name = headers
            .split("name=\"")
            .nth(1)
            .and_then(|n| n.split('"').next())
            .unwrap_or("");
        if name == "file" {
            posted.filename = headers
                .split("filename=\"")
                .nth(1)
                .and_then(|n| n.split('"').next())
                .unwrap_or("")
                .to_owned();
        } else {
            posted
                .fields
                .push((name.to_owned(), value.trim_end_matches("\r\n").to_owned()));
        }
    }
    log.lock().unwrap().push(posted);
    let reply = match error {
        None => "HTTP/1.1 201 Created\r\ncontent-length: 0\r\n\r\n".to_owned(),
        Some((status, xml)) => format!(
            "HTTP/1.1 {status} X\r\ncontent-type: application/xml\r\ncontent-length: {}\r\n\r\n{xml}",
            xml.len()
        ),
    };
    stream.write_all(reply.as_bytes()).await?;
    stream.shutdown().await
}

/// The body as it streams in.
struct Body {
    /// Everything up to the file's first byte.
    prefix: Vec<u8>,
    file_start: Option<u64>,
    file_end: u64,
    /// Bytes seen so far.
    offset: u64,
    hasher: Sha256,
    hashed: u64,
}

impl Body {
    fn feed(&mut self, chunk: &[u8]) {
        let at = self.offset;
        self.offset += chunk.len() as u64;
        match self.file_start {
            None => {
                self.prefix.extend_from_slice(chunk);
                let marker = b"name=\"file\"";
                let Some(m) = self.prefix.windows(marker.len()).position(|w| w == marker) else {
                    return;
                };
                let Some(end) = self.prefix[m..].windows(4).position(|w| w == b"\r\n\r\n") else {
                    return;
                };
                let start = (m + end + 4) as u64;
                self.file_start = Some(start);
                let upto = self.file_end.min(self.prefix.len() as u64);
                if start < upto {
                    self.hasher
                        .update(&self.prefix[start as usize..upto as usize]);
                    self.hashed += upto - start;
                }
                self.prefix.truncate(start as usize);
            }
            Some(start) => {
                let from = start.max(at);
                let to = self.file_end.min(self.offset);
                if from < to {
                    self.hasher
                        .update(&chunk[(from - at) as usize..(to - at) as usize]);
                    self.hashed += to - from;
                }
            }
        }
    }
}
