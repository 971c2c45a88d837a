//! A 50 MB file is uploaded as a stream: the process's peak memory grows by
//! a small buffer, not by the file. Alone in its binary so no other test's
//! allocations count.

mod support;

use serde_json::json;
use support::large::{peak_kib, write_pattern};
use support::oss::FakeOss;
use yun_core::aliyun::AliyunClient;
use yun_core::http::HttpOptions;
use yun_core::upload::{FileSource, UploadOptions};
use yun_core::{Config, Credential};
use yun_testing::{temp_dir, Received, Reply, TestServer};

const SIZE: u64 = 50 << 20;

#[tokio::test]
async fn a_fifty_megabyte_file_streams_without_growing_memory() {
    let dir = temp_dir("upload-large");
    let path = dir.join("large.bin");
    let expected = write_pattern(&path, SIZE >> 20);
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
    assert_eq!(posted.file_sha256, expected);
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
