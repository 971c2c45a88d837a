//! A 50 MB file is uploaded as a stream: the process's peak memory grows by
//! a small buffer, not by the file. Alone in its binary so no other test's
//! allocations count.

mod support;

use serde_json::json;
use sha2::{Digest, Sha256};
use std::io::Write;
use support::oss::FakeOss;
use yun_core::aliyun::AliyunClient;
use yun_core::http::HttpOptions;
use yun_core::testing::{temp_dir, Received, Reply, TestServer};
use yun_core::upload::{FileSource, UploadOptions};
use yun_core::{Config, Credential};

const SIZE: u64 = 50 << 20;

/// The process's peak resident memory so far (Linux `VmHWM`), in KiB.
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

#[tokio::test]
async fn a_fifty_megabyte_file_streams_without_growing_memory() {
    let dir = temp_dir("upload-large");
    let path = dir.join("large.bin");
    let mut hasher = Sha256::new();
    {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let block: Vec<u8> = (0..1 << 20).map(|i: u32| (i % 253) as u8).collect();
        for _ in 0..SIZE >> 20 {
            file.write_all(&block).unwrap();
            hasher.update(&block);
        }
    }
    let openplatform = TestServer::start(|_: &Received| {
        Reply::json(
            200,
            &json!({"AccessKeyId": "LTAIoss", "Bucket": "b", "Endpoint": "oss-cn-shanghai.aliyuncs.com",
                "ObjectKey": "upload/large.bin", "EncodedPolicy": "p", "Signature": "s"}),
        )
    })
    .await;
    let oss = FakeOss::start(None).await;
    let client = AliyunClient::for_product(
        Config::builder()
            .region("cn-shanghai")
            .credentials(Credential::access_key("LTAI5tLarge", "secret"))
            .http(HttpOptions::default().env_proxy(false))
            .file_upload(
                UploadOptions::default()
                    .openplatform_endpoint(openplatform.url())
                    .oss_endpoint(oss.url()),
            )
            .build()
            .unwrap(),
        "ocr",
    );

    let before = peak_kib();
    let url = client.upload_file(&FileSource::path(&path)).await.unwrap();
    let growth_kib = peak_kib().saturating_sub(before);

    assert!(url.ends_with("/upload/large.bin"), "{url}");
    let posted = oss.posted.lock().unwrap()[0].clone();
    assert_eq!(posted.file_len, SIZE);
    assert_eq!(posted.file_sha256, hex::encode(hasher.finalize()));
    println!(
        "peak memory grew by {growth_kib} KiB uploading {} MiB",
        SIZE >> 20
    );
    assert!(
        growth_kib < 8 * 1024,
        "peak memory grew by {growth_kib} KiB for a {} MiB upload",
        SIZE >> 20
    );
}
