//! A redirect is reported, never followed: a signed call goes only to the
//! endpoint it was signed for (aws-sdk-rust's clients do the same).

use serde_json::json;
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::http::HttpOptions;
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{Config, Credential, Error};
use yun_testing::{Received, Reply, TestServer};

fn config(server: &TestServer) -> Config {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key("AKIDredirect", "redirect-secret"))
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .build()
        .unwrap()
}

async fn redirecting() -> TestServer {
    TestServer::start(|r: &Received| {
        if r.path == "/moved" {
            // Where a followed redirect would land.
            Reply::json(
                200,
                &json!({"RequestId": "followed", "Response": {"RequestId": "followed"}}),
            )
        } else {
            Reply::raw(302, "text/html", "<a href=\"/moved\">moved</a>")
                .with_header("location", "http://127.0.0.1:9/moved?Signature=secret")
        }
    })
    .await
}

fn assert_reported(err: &Error, server: &TestServer) {
    let text = err.to_string();
    assert!(text.contains("redirect to 127.0.0.1"), "{text}");
    assert!(!text.contains("Signature=secret"), "{text}");
    assert_eq!(err.http_status(), Some(302), "{text}");
    // One request, not retried and not followed.
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn aliyun_reports_a_redirect() {
    let server = redirecting().await;
    let client = AliyunClient::for_product(config(&server), "ecs");
    let request = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
    let err = client
        .call::<serde_json::Value>(&request)
        .await
        .unwrap_err();
    assert_reported(&err, &server);
}

#[tokio::test]
async fn tencent_reports_a_redirect() {
    let server = redirecting().await;
    let client = TencentClient::new(config(&server), "cvm");
    let request = TencentRequest::new("DescribeRegions", "2017-03-12", &json!({}))
        .unwrap()
        .read_only(true);
    let err = client
        .call_request::<serde_json::Value>(&request)
        .await
        .unwrap_err();
    assert_reported(&err, &server);
}
