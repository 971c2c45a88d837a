//! Seeing what yun does, with `tracing-subscriber` and `RUST_LOG`.
//!
//! ```text
//! RUST_LOG=yun_core=debug cargo run -p yun-core --example tracing
//! RUST_LOG=yun_core=trace cargo run -p yun-core --example tracing   # also what was signed, secrets removed
//! RUST_LOG=info cargo run -p yun-core --example tracing             # credentials only: no per-call lines
//! ```
//!
//! It calls a fake Alibaba Cloud endpoint on 127.0.0.1 that throttles the
//! first request, so the output shows a call span, two attempts and the
//! retry between them. In a program of your own, install the subscriber the
//! same way and call any yun client.

use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::EnvFilter;
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::http::HttpOptions;
use yun_core::{Config, Credential};
use yun_testing::{Received, Reply, TestServer};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        // One line as each call ends, with its attempts, status, request id and time.
        .with_span_events(FmtSpan::CLOSE)
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("yun_core=debug")),
        )
        .init();

    let count = AtomicUsize::new(0);
    let server = TestServer::start(move |_: &Received| {
        if count.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::json(
                400,
                &json!({"Code": "Throttling.User", "Message": "Request was denied due to user flow control.", "RequestId": "example-1"}),
            )
        } else {
            Reply::json(
                200,
                &json!({"RequestId": "example-2", "Regions": {"Region": [{"RegionId": "cn-hangzhou"}]}}),
            )
        }
    })
    .await;

    let config = Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::sts(
            "LTAI5tExample",
            "example-secret",
            "example-token",
        ))
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .build()?;
    let client = AliyunClient::for_product(config, "ecs");
    let mut request = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
    request.query.insert("RegionId", "cn-hangzhou");
    let regions: Value = client.call(&request).await?;
    println!("{regions}");
    Ok(())
}
