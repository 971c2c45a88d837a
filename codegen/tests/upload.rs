//! The generated upload companions: `<operation>_from_file` uploads one file
//! and calls the operation with its URL, `_from_files` one upload per list
//! item or file-URL member (several members, a list of two, a member of a
//! nested object); against a fake OpenPlatform, a fake OSS and the API, on
//! 127.0.0.1.

use serde_json::json;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use yun_aliyun_demo::operations::compare_widgets::{Frame, Mask};
use yun_aliyun_demo::operations::recognize_widgets::Task;
use yun_aliyun_demo::{
    Client, CompareWidgetsRequest, RecognizeWidgetRequest, RecognizeWidgetsRequest,
};
use yun_core::http::HttpOptions;
use yun_core::upload::{FileSource, UploadOptions};
use yun_core::{Config, Credential};
use yun_testing::{verify_aliyun, Received, Reply, TestServer};

const ID: &str = "LTAI5tDemoUpload";
const SECRET: &str = "demo-upload-secret";

#[tokio::test]
async fn companions_upload_then_call_with_the_objects_urls() {
    let slots = Arc::new(AtomicUsize::new(0));
    let given = slots.clone();
    let openplatform = TestServer::start(move |r: &Received| {
        assert_eq!(verify_aliyun(r, ID, SECRET), Ok(()));
        assert_eq!(r.param("Product").as_deref(), Some("demo"));
        let n = given.fetch_add(1, Ordering::SeqCst) + 1;
        Reply::json(
            200,
            &json!({"AccessKeyId": "LTAIoss", "Bucket": "bucket", "Endpoint": "oss-cn-shanghai.aliyuncs.com",
                "ObjectKey": format!("k/{n}.jpg"), "EncodedPolicy": "policy", "Signature": "sig"}),
        )
    })
    .await;
    let oss = TestServer::start(|r: &Received| {
        let body = String::from_utf8_lossy(&r.body);
        assert!(
            body.contains("name=\"OSSAccessKeyId\"\r\n\r\nLTAIoss\r\n"),
            "{body}"
        );
        assert!(body.contains("pixels"), "{body}");
        Reply::raw(201, "text/plain", "")
    })
    .await;
    let api = TestServer::start(|r: &Received| {
        assert_eq!(verify_aliyun(r, ID, SECRET), Ok(()));
        Reply::json(200, &json!({"RequestId": "api", "Data": {"Label": r.param("ImageURL").or(r.param("Tasks.2.ImageURL"))}}))
    })
    .await;
    let client = Client::new(
        Config::builder()
            .region("cn-hangzhou")
            .credentials(Credential::access_key(ID, SECRET))
            .endpoint_url(api.url())
            .http(HttpOptions::default().env_proxy(false))
            .file_upload(
                UploadOptions::default()
                    .openplatform_endpoint(openplatform.url())
                    .oss_endpoint(oss.url()),
            )
            .build()
            .unwrap(),
    );

    let answer = client
        .recognize_widget_from_file(
            FileSource::bytes(b"pixels".to_vec()),
            RecognizeWidgetRequest::new,
        )
        .await
        .unwrap();
    assert_eq!(
        answer.data.unwrap().label.as_deref(),
        Some("http://bucket.oss-cn-shanghai.aliyuncs.com/k/1.jpg")
    );

    client
        .recognize_widgets_from_files(
            [
                FileSource::bytes(b"pixels a".to_vec()),
                FileSource::bytes(b"pixels b".to_vec()),
            ],
            |urls| RecognizeWidgetsRequest::new(urls.into_iter().map(Task::new).collect()),
        )
        .await
        .unwrap();
    let last = api.received().pop().unwrap();
    assert_eq!(
        last.param("Tasks.1.ImageURL").as_deref(),
        Some("http://bucket.oss-cn-shanghai.aliyuncs.com/k/2.jpg")
    );
    assert_eq!(
        last.param("Tasks.2.ImageURL").as_deref(),
        Some("http://bucket.oss-cn-shanghai.aliyuncs.com/k/3.jpg")
    );
    assert_eq!(oss.received().len(), 3);

    // Several file-URL members, at several depths: one upload each, the
    // URLs in the files' order.
    client
        .compare_widgets_from_files(
            ["a", "b", "frame 1", "frame 2", "mask"]
                .map(|f| FileSource::bytes(format!("pixels {f}"))),
            |urls| {
                let [a, b, first, second, mask]: [String; 5] =
                    urls.try_into().expect("one URL per file");
                CompareWidgetsRequest::new(a, b)
                    .frames(vec![Frame::new(first), Frame::new(second)])
                    .mask(Mask::new().url(mask).threshold(0.5))
            },
        )
        .await
        .unwrap();
    let last = api.received().pop().unwrap();
    let object = |n: usize| format!("http://bucket.oss-cn-shanghai.aliyuncs.com/k/{n}.jpg");
    for (member, n) in [
        ("ImageURLA", 4),
        ("ImageURLB", 5),
        ("Frames.1.URL", 6),
        ("Frames.2.URL", 7),
        ("Mask.URL", 8),
    ] {
        assert_eq!(last.param(member), Some(object(n)), "{member}");
    }
    assert_eq!(oss.received().len(), 8);
}
