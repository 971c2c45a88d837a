//! A whole call through each raw client, with the network replaced by an
//! in-memory transport that answers at once: encode, sign, the retry and
//! tracing scaffolding, the answer's checks, and decoding into JSON. What
//! this measures is the client's own cost per call: with no `tracing`
//! subscriber, with one that keeps INFO (yun's per-call DEBUG spans and
//! events are then off), and with one that formats everything at DEBUG.

use bytes::Bytes;
use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use std::hint::black_box;
use std::sync::Arc;
use tracing::Level;
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::http::{HttpRequest, Transport, TransportFuture};
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{Config, Credential};

/// Answers every request with the same body.
#[derive(Debug)]
struct Canned(Bytes);

impl Transport for Canned {
    fn send(&self, _request: HttpRequest) -> TransportFuture<'_> {
        let body = self.0.clone();
        Box::pin(async move {
            Ok(http::Response::builder()
                .status(200)
                .header("content-type", "application/json")
                .header("date", "Tue, 24 Nov 2026 07:00:00 GMT")
                .header("x-acs-request-id", "4C1B2A3D-0000-1111-2222-333344445555")
                .body(body)
                .expect("a valid response"))
        })
    }
}

fn regions(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| json!({"RegionId": format!("cn-region-{i}"), "LocalName": "华东1（杭州）", "RegionEndpoint": "ecs.cn-hangzhou.aliyuncs.com", "Status": "available"}))
        .collect()
}

fn config(body: Value) -> Config {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::sts(
            "LTAI5tBenchKeyId",
            "bench-secret",
            "bench-token",
        ))
        .transport(Arc::new(Canned(Bytes::from(body.to_string()))))
        .build()
        .expect("config")
}

const LEVELS: [(&str, Option<Level>); 3] = [
    ("no subscriber", None),
    ("subscriber at INFO", Some(Level::INFO)),
    ("subscriber at DEBUG", Some(Level::DEBUG)),
];

/// A formatting subscriber writing to nothing, for the rest of the scope.
fn subscriber(level: Level) -> tracing::subscriber::DefaultGuard {
    tracing::subscriber::set_default(
        tracing_subscriber::fmt()
            .with_max_level(level)
            .with_writer(std::io::sink)
            .finish(),
    )
}

fn calls(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let aliyun = AliyunClient::for_product(
        config(json!({"RequestId": "4C1B2A3D", "Regions": {"Region": regions(20)}})),
        "ecs",
    );
    let mut req = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
    req.query.insert("RegionId", "cn-hangzhou");
    req.query.insert("AcceptLanguage", "zh-CN");
    for (label, level) in LEVELS {
        c.bench_function(
            &format!("call/aliyun DescribeRegions (ACS3, 20 regions), {label}"),
            |b| {
                let _guard = level.map(subscriber);
                b.iter(|| {
                    let v: Value = rt.block_on(aliyun.call(black_box(&req))).expect("ok");
                    black_box(v)
                })
            },
        );
    }

    let tencent = TencentClient::new(
        config(
            json!({"Response": {"RequestId": "4C1B2A3D", "TotalCount": 20, "RegionSet": regions(20)}}),
        ),
        "cvm",
    );
    let req = TencentRequest::new("DescribeRegions", "2017-03-12", &json!({"Limit": 20}))
        .expect("request")
        .read_only(true);
    for (label, level) in LEVELS {
        c.bench_function(
            &format!("call/tencent DescribeRegions (TC3, 20 regions), {label}"),
            |b| {
                let _guard = level.map(subscriber);
                b.iter(|| {
                    let v: Value = rt
                        .block_on(tencent.call_request(black_box(&req)))
                        .expect("ok");
                    black_box(v)
                })
            },
        );
    }
}

// criterion_group! emits an undocumented pub fn.
#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, calls);
}
criterion_main!(group::benches);
