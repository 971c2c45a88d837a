//! A long stream keeps memory flat: 10,000 events of 1 KiB (10 MiB in all)
//! are read one at a time. Alone in its binary, so the peak is its own.

mod support;

use futures_util::TryStreamExt;
use serde_json::Value;
use std::time::Duration;
use support::large::peak_kib;
use yun_core::http::HttpOptions;
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{Config, Credential};
use yun_testing::{Received, Reply, TestServer};

#[tokio::test]
async fn ten_thousand_events_in_flat_memory() {
    let text = "x".repeat(1000);
    let piece = format!("data: {{\"Text\": \"{text}\"}}\n\n").into_bytes();
    let mut reply = Reply::chunked(
        200,
        "text/event-stream",
        vec![(Duration::ZERO, piece.clone())],
    );
    reply.chunks.as_mut().unwrap().repeat = Some((piece, 9_999));
    let server = TestServer::start(move |_: &Received| reply.clone()).await;
    let config = Config::builder()
        .region("ap-guangzhou")
        .credentials(Credential::access_key("id", "key"))
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .build()
        .unwrap();
    let client = TencentClient::new(config, "hunyuan");
    let request = TencentRequest::new(
        "ChatCompletions",
        "2023-09-01",
        &serde_json::json!({"Stream": true}),
    )
    .unwrap();

    let before = peak_kib();
    let mut events = client.call_sse::<Value>(&request).await.unwrap();
    let mut count = 0;
    let mut chars = 0;
    while let Some(event) = events.try_next().await.unwrap() {
        count += 1;
        chars += event.data["Text"].as_str().unwrap().len();
    }
    let grown = peak_kib().saturating_sub(before);
    assert_eq!(count, 10_000);
    assert_eq!(chars, 10_000 * 1000);
    eprintln!("peak memory grew by {grown} KiB over 10 MiB of events");
    assert!(grown < 3 * 1024, "peak grew by {grown} KiB");
}
