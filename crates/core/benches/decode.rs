//! Decoding into the caller's own serde types, as the raw clients' `call`
//! does: a DescribeInstances-sized response (20 instances of 30 members,
//! nested lists) read through yun's lenient serde path, next to plain
//! serde_json on the same types to show what the leniency costs. (Generated
//! types decode through `yun_core::json` instead; `cargo xtask bench`
//! measures that on real-sized bodies.)

use criterion::{criterion_group, criterion_main, Criterion};
use serde::Deserialize;
use std::hint::black_box;

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct Response {
    request_id: Option<String>,
    total_count: Option<i64>,
    page_size: Option<i64>,
    instances: Option<Instances>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct Instances {
    instance: Option<Vec<Instance>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct Instance {
    instance_id: Option<String>,
    instance_name: Option<String>,
    status: Option<String>,
    region_id: Option<String>,
    zone_id: Option<String>,
    instance_type: Option<String>,
    cpu: Option<i64>,
    memory: Option<i64>,
    creation_time: Option<String>,
    expired_time: Option<String>,
    image_id: Option<String>,
    os_type: Option<String>,
    host_name: Option<String>,
    internet_max_bandwidth_out: Option<i64>,
    deletion_protection: Option<bool>,
    io_optimized: Option<bool>,
    spot_price_limit: Option<f64>,
    serial_number: Option<String>,
    vlan_id: Option<String>,
    description: Option<String>,
    tags: Option<Tags>,
    security_group_ids: Option<SecurityGroupIds>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct Tags {
    tag: Option<Vec<Tag>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct Tag {
    tag_key: Option<String>,
    tag_value: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct SecurityGroupIds {
    security_group_id: Option<Vec<String>>,
}

fn body() -> Vec<u8> {
    let instance = |i: usize| {
        serde_json::json!({
            "InstanceId": format!("i-bp67acfmxazb4p{i:04}"), "InstanceName": format!("web-{i}"),
            "Status": "Running", "RegionId": "cn-hangzhou", "ZoneId": "cn-hangzhou-g",
            "InstanceType": "ecs.g7.large", "Cpu": 2, "Memory": 8192,
            "CreationTime": "2026-01-01T00:00Z", "ExpiredTime": "2099-12-31T15:59Z",
            "ImageId": "aliyun_3_x64_20G_alibase_20250101.vhd", "OSType": "linux", "HostName": "host",
            "InternetMaxBandwidthOut": 5, "DeletionProtection": false, "IoOptimized": true,
            "SpotPriceLimit": 0.98, "SerialNumber": "51d1353b-22bf-4567-a176-8b3e12e43135",
            "VlanId": "", "Description": "a description of moderate length",
            "Tags": {"Tag": [{"TagKey": "env", "TagValue": "prod"}, {"TagKey": "team", "TagValue": "云"}]},
            "SecurityGroupIds": {"SecurityGroupId": ["sg-bp67acfmxazb4p0001", "sg-bp67acfmxazb4p0002"]},
            "GPUSpec": "", "OperationLocks": {"LockReason": []}, "EipAddress": {"IpAddress": ""},
            "VpcAttributes": {"VpcId": "vpc-1", "PrivateIpAddress": {"IpAddress": ["172.17.0.1"]}},
            "NetworkInterfaces": {"NetworkInterface": [{"Type": "Primary", "MacAddress": "00:16:3e:00:00:01"}]}
        })
    };
    let instances: Vec<_> = (0..20).map(instance).collect();
    serde_json::to_vec(&serde_json::json!({
        "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E", "TotalCount": 20, "PageSize": 50,
        "PageNumber": 1, "NextToken": "", "Instances": {"Instance": instances}
    }))
    .unwrap()
}

fn decoding(c: &mut Criterion) {
    let body = body();
    c.bench_function("decode_describe_instances_20_lenient", |b| {
        b.iter(|| yun_core::response::from_json::<Response>(black_box(&body)).unwrap())
    });
    c.bench_function("decode_describe_instances_20_plain_serde_json", |b| {
        b.iter(|| serde_json::from_slice::<Response>(black_box(&body)).unwrap())
    });
}

// criterion_group! emits an undocumented pub fn.
#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, decoding);
}
criterion_main!(group::benches);
