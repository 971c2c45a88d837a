//! A 50 MB file body of a resource-style call goes up as a stream: the
//! process's peak memory grows by a small buffer, not by the file, and the
//! signed hash is the content's. Alone in its binary so no other test's
//! allocations count; the server hashes what arrives instead of keeping it.

use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use yun_core::aliyun::{AliyunClient, Body, Method, ResourceRequest};
use yun_core::http::HttpOptions;
use yun_core::upload::FileSource;
use yun_core::{Config, Credential};
use yun_testing::temp_dir;

mod support;
use support::large::{peak_kib, write_pattern};

const SIZE: u64 = 50 << 20;

/// Answers one request with `{"length": …, "sha256": …, "signed": …}`: the
/// body's length and hash as read, and the `x-acs-content-sha256` it carried.
async fn hashing_server() -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            socket.read_exact(&mut byte).await.unwrap();
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
        let header = |name: &str| {
            head.lines()
                .find_map(|l| l.strip_prefix(&format!("{name}: ")))
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        let length: u64 = header("content-length").parse().unwrap_or(0);
        let mut hasher = Sha256::new();
        let mut buffer = vec![0u8; 64 << 10];
        let mut read = 0u64;
        while read < length {
            let n = socket.read(&mut buffer).await.unwrap();
            if n == 0 {
                break;
            }
            hasher.update(&buffer[..n]);
            read += n as u64;
        }
        let body = serde_json::json!({
            "length": read,
            "sha256": hex::encode(hasher.finalize()),
            "signed": header("x-acs-content-sha256"),
        })
        .to_string();
        let answer = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        socket.write_all(answer.as_bytes()).await.unwrap();
    });
    (url, task)
}

#[tokio::test]
async fn a_fifty_megabyte_body_streams_without_growing_memory() {
    let dir = temp_dir("resource-large");
    let path = dir.join("large.bin");
    let expected = write_pattern(&path, SIZE >> 20);
    let (url, server) = hashing_server().await;
    let client = AliyunClient::for_product(
        Config::builder()
            .region("cn-hangzhou")
            .credentials(Credential::access_key("LTAI5tLarge", "secret"))
            .endpoint_url(url)
            .http(HttpOptions::default().env_proxy(false))
            .build()
            .unwrap(),
        "fc",
    );
    let request = ResourceRequest::new("InvokeFunction", "2023-03-30", Method::Post, "/invoke")
        .body(Body::File(FileSource::path(&path)));

    let before = peak_kib();
    let answer: serde_json::Value = client.call_resource(&request).await.unwrap();
    let growth_kib = peak_kib().saturating_sub(before);
    server.await.unwrap();

    assert_eq!(answer["length"], SIZE);
    assert_eq!(answer["sha256"], expected);
    assert_eq!(
        answer["signed"], expected,
        "the signature covers the content"
    );
    println!(
        "peak memory grew by {growth_kib} KiB sending {} MiB",
        SIZE >> 20
    );
    assert!(
        growth_kib < 8 * 1024,
        "peak memory grew by {growth_kib} KiB for a {} MiB body",
        SIZE >> 20
    );
}
