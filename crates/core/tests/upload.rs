//! Uploading local files for operations that read a file by URL: a fake
//! OpenPlatform that checks the signature and hands out slots, a fake OSS
//! that checks the form against the slot and the file's bytes, and the
//! operation receiving the object's URL; OSS errors come back typed.

mod support;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use support::oss::FakeOss;
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::upload::{FileSource, UploadOptions};
use yun_core::{Config, Credential};
use yun_testing::{temp_dir, verify_aliyun, Received, Reply, TestServer};

const ID: &str = "LTAI5tUpload";
const SECRET: &str = "upload-secret";
const TOKEN: &str = "upload-sts-token";

/// OpenPlatform: checks the signature (with the STS token) and the
/// parameters, then hands out slot number n.
async fn openplatform(slots: Arc<AtomicUsize>) -> TestServer {
    TestServer::start(move |r: &Received| {
        if let Err(why) = verify_aliyun(r, ID, SECRET) {
            return Reply::json(400, &json!({"Code": "SignatureDoesNotMatch", "Message": why}));
        }
        let ok = r.header("x-acs-action") == Some("AuthorizeFileUpload")
            && r.header("x-acs-version") == Some("2019-12-19")
            && r.header("x-acs-security-token") == Some(TOKEN)
            && r.param("Product").as_deref() == Some("ocr")
            && r.param("RegionId").as_deref() == Some("cn-shanghai");
        if !ok {
            return Reply::json(400, &json!({"Code": "InvalidParameter", "Message": format!("{r:?}")}));
        }
        let n = slots.fetch_add(1, Ordering::SeqCst) + 1;
        Reply::json(
            200,
            &json!({"RequestId": "op-1", "AccessKeyId": "LTAIoss", "Bucket": "viapi-customer-temp",
                "Endpoint": "oss-cn-shanghai.aliyuncs.com", "ObjectKey": format!("upload/{n}/photo.jpg"),
                "EncodedPolicy": format!("cG9saWN5LW{n}"), "Signature": format!("oss-sig-{n}"), "UseAccelerate": false}),
        )
    })
    .await
}

/// OpenPlatform, OSS (answering 201, or `oss_error`) and an OCR endpoint
/// that echoes the `ImageURL` it got, with a client pointed at all three.
struct Fixture {
    slots: Arc<AtomicUsize>,
    oss: FakeOss,
    client: AliyunClient,
    _servers: (TestServer, TestServer),
}

async fn fixture(oss_error: Option<(u16, &'static str)>) -> Fixture {
    let slots = Arc::new(AtomicUsize::new(0));
    let openplatform = openplatform(slots.clone()).await;
    let oss = FakeOss::start(oss_error).await;
    let api = TestServer::start(|r: &Received| {
        Reply::json(
            200,
            &json!({"RequestId": "ocr-1", "Data": {"Url": r.param("ImageURL")}}),
        )
    })
    .await;
    let config = Config::builder()
        .region("cn-shanghai")
        .credentials(Credential::sts(ID, SECRET, TOKEN))
        .endpoint_url(api.url())
        .http(HttpOptions::default().env_proxy(false))
        .retry(RetryConfig::default().initial_backoff(std::time::Duration::from_millis(1)))
        .file_upload(
            UploadOptions::default()
                .openplatform_endpoint(openplatform.url())
                .oss_endpoint(oss.url()),
        )
        .build()
        .unwrap();
    Fixture {
        slots,
        oss,
        client: AliyunClient::for_product(config, "ocr"),
        _servers: (openplatform, api),
    }
}

#[tokio::test]
async fn a_local_file_is_uploaded_and_the_operation_gets_its_url() {
    let Fixture {
        oss,
        client,
        _servers,
        ..
    } = fixture(None).await;

    let dir = temp_dir("upload");
    let path = dir.join("photo.jpg");
    let content: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&path, &content).unwrap();
    let url = client.upload_file(&FileSource::path(&path)).await.unwrap();
    assert_eq!(
        url,
        "http://viapi-customer-temp.oss-cn-shanghai.aliyuncs.com/upload/1/photo.jpg"
    );

    let posted = oss.posted.lock().unwrap().clone();
    assert_eq!(posted.len(), 1);
    let p = &posted[0];
    assert_eq!(p.field("OSSAccessKeyId"), Some("LTAIoss"));
    assert_eq!(p.field("policy"), Some("cG9saWN5LW1"));
    assert_eq!(p.field("Signature"), Some("oss-sig-1"));
    assert_eq!(p.field("key"), Some("upload/1/photo.jpg"));
    assert_eq!(p.field("success_action_status"), Some("201"));
    assert_eq!(p.filename, "upload/1/photo.jpg");
    assert_eq!(p.file_len, content.len() as u64);
    assert_eq!(p.file_sha256, hex::encode(Sha256::digest(&content)));
    let names: Vec<&str> = p.fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "OSSAccessKeyId",
            "policy",
            "Signature",
            "key",
            "success_action_status"
        ]
    );

    // The operation, with the URL.
    let mut req = RpcRequest::new("RecognizeCharacter", "2019-12-30").read_only(true);
    req.body.insert("ImageURL", url.as_str());
    let answer: Value = client.call(&req).await.unwrap();
    assert_eq!(answer["Data"]["Url"], url.as_str());

    // Bytes in memory go the same way, each upload with a new slot.
    let url = client
        .upload_file(&FileSource::bytes(b"tiny".to_vec()))
        .await
        .unwrap();
    assert!(url.ends_with("/upload/2/photo.jpg"), "{url}");
    assert_eq!(oss.posted.lock().unwrap()[1].file_len, 4);
}

#[tokio::test]
async fn an_oss_error_comes_back_typed() {
    let Fixture {
        client,
        oss: _oss,
        _servers,
        ..
    } = fixture(Some((
        403,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Invalid according to Policy: Policy expired.</Message>\n  <RequestId>5F1A2B3C</RequestId>\n  <HostId>viapi-customer-temp.oss-cn-shanghai.aliyuncs.com</HostId>\n</Error>",
    ))).await;
    let err = client
        .upload_file(&FileSource::bytes(b"image".to_vec()))
        .await
        .unwrap_err();
    let service = err.as_service().expect("a service error");
    assert_eq!(service.code, "AccessDenied");
    assert_eq!(service.http_status, 403);
    assert_eq!(service.request_id.as_deref(), Some("5F1A2B3C"));
    assert!(
        err.to_string().contains("Policy expired") && err.to_string().contains("OSS"),
        "{err}"
    );
    assert!(!err.to_string().contains("oss-sig"), "{err}");
}

#[tokio::test]
async fn a_failed_upload_is_retried_with_a_new_slot() {
    let Fixture {
        slots, oss, client, _servers, ..
    } = fixture(Some((503, "<Error><Code>ServiceUnavailable</Code><Message>busy</Message><RequestId>r</RequestId></Error>"))).await;
    let err = client
        .upload_file(&FileSource::bytes(b"image".to_vec()))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("ServiceUnavailable"));
    assert_eq!(
        slots.load(Ordering::SeqCst),
        3,
        "three attempts, three slots"
    );
    let keys: Vec<String> = oss
        .posted
        .lock()
        .unwrap()
        .iter()
        .map(|p| p.field("key").unwrap().to_owned())
        .collect();
    assert_eq!(
        keys,
        [
            "upload/1/photo.jpg",
            "upload/2/photo.jpg",
            "upload/3/photo.jpg"
        ]
    );
}

#[tokio::test]
async fn a_missing_file_is_named() {
    let Fixture {
        slots,
        oss,
        client,
        _servers,
        ..
    } = fixture(None).await;
    let err = client
        .upload_file(&FileSource::path("/nonexistent/yun/photo.jpg"))
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("/nonexistent/yun/photo.jpg"),
        "{err}"
    );
    assert!(oss.posted.lock().unwrap().is_empty());
    assert_eq!(
        slots.load(Ordering::SeqCst),
        0,
        "no slot asked for an unreadable file"
    );
}

/// A transport of one's own, with only `send`: uploads go through the
/// default `send_stream`, which gathers the body first.
#[derive(Debug, Default)]
struct Recording(std::sync::Mutex<Vec<yun_core::http::HttpRequest>>);

impl yun_core::http::Transport for Recording {
    fn send(&self, request: yun_core::http::HttpRequest) -> yun_core::http::TransportFuture<'_> {
        let multipart = request
            .headers()
            .get("content-type")
            .is_some_and(|c| c.as_bytes().starts_with(b"multipart/"));
        self.0.lock().unwrap().push(request);
        Box::pin(async move {
            let (status, body) = if multipart {
                (201, String::new())
            } else {
                (200, json!({"AccessKeyId": "LTAIoss", "Bucket": "b", "Endpoint": "oss-cn-shanghai.aliyuncs.com",
                    "ObjectKey": "k", "EncodedPolicy": "p", "Signature": "s"}).to_string())
            };
            Ok(http::Response::builder()
                .status(status)
                .header("content-type", "application/json")
                .body(bytes::Bytes::from(body))
                .unwrap())
        })
    }
}

#[tokio::test]
async fn a_custom_transport_gets_the_whole_form_by_default() {
    let transport = Arc::new(Recording::default());
    let config = Config::builder()
        .region("cn-shanghai")
        .credentials(Credential::access_key(ID, SECRET))
        .transport(transport.clone())
        .build()
        .unwrap();
    let client = AliyunClient::for_product(config, "ocr");
    let url = client
        .upload_file(&FileSource::bytes(b"whole file".to_vec()))
        .await
        .unwrap();
    assert_eq!(url, "http://b.oss-cn-shanghai.aliyuncs.com/k");
    let sent = transport.0.lock().unwrap();
    assert_eq!(sent.len(), 2, "AuthorizeFileUpload, then the form");
    assert_eq!(sent[0].uri().host(), Some("openplatform.aliyuncs.com"));
    assert_eq!(
        sent[1].uri().to_string(),
        "https://b.oss-cn-shanghai.aliyuncs.com/"
    );
    let form = String::from_utf8_lossy(sent[1].body());
    assert!(
        form.contains("whole file") && form.contains("name=\"key\"\r\n\r\nk\r\n"),
        "{form}"
    );
}

#[tokio::test]
async fn an_unreachable_openplatform_is_tried_as_often_as_the_retry_rules_say() {
    let Fixture {
        slots,
        oss: _oss,
        client,
        _servers: (openplatform, _api),
    } = fixture(None).await;
    drop(openplatform);
    let err = client
        .upload_file(&FileSource::bytes(b"image".to_vec()))
        .await
        .unwrap_err();
    let text = err.to_string();
    assert_eq!(slots.load(Ordering::SeqCst), 0);
    assert_eq!(text.matches("retries exhausted").count(), 1, "{text}");
    assert!(text.contains("3 attempts"), "{text}");
}
