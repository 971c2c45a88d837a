//! A whole call through each raw client, with the network replaced by an
//! in-memory transport that answers at once: encode, sign, the retry and
//! tracing scaffolding, the answer's checks, and decoding into JSON. What
//! this measures is the client's own cost per call.

use bytes::Bytes;
use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use std::hint::black_box;
use std::sync::Arc;
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
    c.bench_function("call/aliyun DescribeRegions (ACS3, 20 regions)", |b| {
        b.iter(|| {
            let v: Value = rt.block_on(aliyun.call(black_box(&req))).expect("ok");
            black_box(v)
        })
    });

    let tencent = TencentClient::new(
        config(
            json!({"Response": {"RequestId": "4C1B2A3D", "TotalCount": 20, "RegionSet": regions(20)}}),
        ),
        "cvm",
    );
    let req = TencentRequest::new("DescribeRegions", "2017-03-12", &json!({"Limit": 20}))
        .expect("request")
        .read_only(true);
    c.bench_function("call/tencent DescribeRegions (TC3, 20 regions)", |b| {
        b.iter(|| {
            let v: Value = rt
                .block_on(tencent.call_request(black_box(&req)))
                .expect("ok");
            black_box(v)
        })
    });
}

criterion_group!(benches, calls);
criterion_main!(benches);
