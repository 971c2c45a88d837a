//! Per-request costs: each signer, and Alibaba Cloud parameter flattening.
//!
//! Run with `cargo bench -p yun-core`; the inputs are a typical
//! DescribeInstances-sized request (a dozen parameters, one tag list).

use criterion::{criterion_group, criterion_main, Criterion};
use serde::Serialize;
use std::hint::black_box;
use yun_core::encode::Params;
use yun_core::sign::tencent_legacy::LegacyAlgorithm;
use yun_core::sign::{acs3, aliyun_rpc, tc3, tencent_legacy};
use yun_core::Credential;

fn query() -> Vec<(String, String)> {
    [
        ("RegionId", "cn-hangzhou"),
        ("VpcId", "vpc-bp67acfmxazb4p****"),
        ("ZoneId", "cn-hangzhou-g"),
        ("InstanceNetworkType", "vpc"),
        ("SecurityGroupId", "sg-bp67acfmxazb4p****"),
        (
            "InstanceIds",
            "[\"i-bp67acfmxazb4p****\", \"i-bp67acfmxazb4q****\"]",
        ),
        ("PageNumber", "1"),
        ("PageSize", "50"),
        ("InstanceName", "web server 云"),
        ("Status", "Running"),
        ("Tag.1.Key", "env"),
        ("Tag.1.Value", "prod"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

fn signers(c: &mut Criterion) {
    let cred = Credential::sts(
        "LTAI5tExampleKeyId000000",
        "exampleSecret0000000000000000",
        "token",
    );
    let q = query();
    let nonce = "3f2b9c0e8d7a6b5c4d3e2f1a0b9c8d7e";
    c.bench_function("aliyun_rpc_v1_hmac_sha1", |b| {
        b.iter(|| {
            aliyun_rpc::sign(
                black_box(&aliyun_rpc::RpcInput {
                    method: "POST",
                    action: "DescribeInstances",
                    version: "2014-05-26",
                    query: &q,
                    body: &[],
                    timestamp: 1_779_523_509,
                    nonce,
                }),
                &cred,
                aliyun_rpc::RpcAlgorithm::HmacSha1,
            )
        })
    });
    c.bench_function("aliyun_acs3_hmac_sha256", |b| {
        b.iter(|| {
            acs3::sign(
                black_box(&acs3::Acs3Input {
                    method: "POST",
                    host: "ecs.cn-hangzhou.aliyuncs.com",
                    path: "/",
                    action: "DescribeInstances",
                    version: "2014-05-26",
                    query: &q,
                    body: b"",
                    body_sha256: None,
                    content_type: None,
                    timestamp: 1_779_523_509,
                    nonce,
                    headers: &[],
                    resource: false,
                }),
                &cred,
            )
        })
    });
    let payload = br#"{"Limit":50,"Offset":0,"Filters":[{"Name":"zone","Values":["ap-guangzhou-3"]}],"InstanceIds":["ins-r8hr2upy","ins-5d8a23rs"]}"#;
    c.bench_function("tencent_tc3_hmac_sha256", |b| {
        b.iter(|| {
            tc3::sign(
                black_box(&tc3::Tc3Input {
                    method: "POST",
                    host: "cvm.tencentcloudapi.com",
                    service: "cvm",
                    action: "DescribeInstances",
                    version: "2017-03-12",
                    region: Some("ap-guangzhou"),
                    language: None,
                    content_type: "application/json",
                    query: "",
                    payload,
                    timestamp: 1_779_523_509,
                }),
                &cred,
            )
        })
    });
    let flat: Vec<(String, String)> = vec![
        ("Limit".into(), "50".into()),
        ("Offset".into(), "0".into()),
        ("Filters.0.Name".into(), "zone".into()),
        ("Filters.0.Values.0".into(), "ap-guangzhou-3".into()),
        ("InstanceIds.0".into(), "ins-r8hr2upy".into()),
        ("InstanceIds.1".into(), "ins-5d8a23rs".into()),
    ];
    c.bench_function("tencent_legacy_hmac_sha256", |b| {
        b.iter(|| {
            tencent_legacy::sign(
                black_box(&tencent_legacy::LegacyInput {
                    method: "POST",
                    host: "cvm.tencentcloudapi.com",
                    path: "/",
                    action: "DescribeInstances",
                    version: "2017-03-12",
                    region: Some("ap-guangzhou"),
                    language: None,
                    params: &flat,
                    request_client: "yun",
                    timestamp: 1_779_523_509,
                    nonce: 123_456_789,
                }),
                &cred,
                LegacyAlgorithm::HmacSha256,
            )
        })
    });
}

#[derive(Serialize)]
struct Tag {
    #[serde(rename = "Key")]
    key: &'static str,
    #[serde(rename = "Value")]
    value: &'static str,
}

#[derive(Serialize)]
struct DataDisk {
    #[serde(rename = "Size")]
    size: i32,
    #[serde(rename = "Category")]
    category: &'static str,
    #[serde(rename = "Encrypted")]
    encrypted: Option<bool>,
}

fn flattening(c: &mut Criterion) {
    let tags: Vec<Tag> = (0..5)
        .map(|_| Tag {
            key: "env",
            value: "prod",
        })
        .collect();
    let disks: Vec<DataDisk> = (0..4)
        .map(|i| DataDisk {
            size: 40 + i,
            category: "cloud_essd",
            encrypted: (i % 2 == 0).then_some(true),
        })
        .collect();
    let ids = ["i-bp67acfmxazb4p****"; 10];
    c.bench_function("aliyun_flatten_run_instances_like", |b| {
        b.iter(|| {
            let mut p = Params::new();
            p.insert("RegionId", "cn-hangzhou");
            p.insert_flat("Tag", black_box(&tags)).unwrap();
            p.insert_flat("DataDisk", black_box(&disks)).unwrap();
            p.insert_flat("InstanceId", black_box(&ids)).unwrap();
            p.insert_json("InstanceIds", black_box(&ids)).unwrap();
            p
        })
    });
    let p: Params = query().into();
    c.bench_function("aliyun_form_body_12_params", |b| {
        b.iter(|| black_box(&p).to_form_body())
    });
}

// criterion_group! emits an undocumented pub fn.
#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, signers, flattening);
}
criterion_main!(group::benches);
