//! Signature mismatches explained: servers on 127.0.0.1 that sign a
//! deliberately different string answer as the vendors do, and the error
//! says what differs without showing any secret.

use serde_json::{json, Value};
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::encode::percent_encode;
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::sign::aliyun_rpc::RpcAlgorithm;
use yun_core::sign::sha256_hex;
use yun_core::tencent::TencentClient;
use yun_core::{AliyunSignature, Config, Credential};
use yun_testing::{now_unix, Received, Reply, TestServer};

const ID: &str = "LTAI5tMismatch";
const SECRET: &str = "mismatch-secret-value";
const TOKEN: &str = "mismatch-token-value";

/// The RPC v1 string to sign of what arrived, after `tamper` changed the
/// parameters the way a misbehaving server (or proxy) would.
fn server_string_to_sign(r: &Received, tamper: impl Fn(&mut Vec<(String, String)>)) -> String {
    let mut params: Vec<(String, String)> = r
        .query_pairs()
        .into_iter()
        .chain(r.form_pairs())
        .filter(|(k, _)| k != "Signature")
        .collect();
    tamper(&mut params);
    params.sort();
    let canonical = params
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    format!("{}&%2F&{}", r.method, percent_encode(&canonical))
}

fn mismatch(string_to_sign: &str) -> Reply {
    Reply::json(
        400,
        &json!({"Code": "SignatureDoesNotMatch", "RequestId": "sig-1",
            "Message": format!("Specified signature is not matched with our calculation. server string to sign is:{string_to_sign}")}),
    )
}

fn config(server: &TestServer, signature: AliyunSignature) -> Config {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::sts(ID, SECRET, TOKEN))
        .endpoint_url(server.url())
        .aliyun_signature(signature)
        .http(HttpOptions::default().env_proxy(false))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap()
}

fn request() -> RpcRequest {
    let mut req = RpcRequest::new("ModifyInstanceAttribute", "2014-05-26");
    req.query.insert("Description", "two  spaces");
    req.query.insert("Password", "hunter2-password");
    req
}

fn assert_no_secret(text: &str) {
    for secret in [SECRET, TOKEN, "hunter2-password"] {
        assert!(!text.contains(secret), "`{secret}` in {text}");
    }
}

#[tokio::test]
async fn aliyun_rpc_a_parameter_read_differently_is_named() {
    // The server collapses repeated spaces before signing, as a proxy that
    // rewrites the query might.
    let server = TestServer::start(|r: &Received| {
        mismatch(&server_string_to_sign(r, |params| {
            for (k, v) in params.iter_mut() {
                if k == "Description" {
                    *v = v.replace("  ", " ");
                }
            }
        }))
    })
    .await;
    let client = AliyunClient::for_product(
        config(&server, AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1)),
        "ecs",
    );
    let err = client.call::<Value>(&request()).await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("signature mismatch explained: `Description`: the client signed `two%20%20spaces` but the service read `two%20spaces`"),
        "{text}"
    );
    assert!(
        !text.contains("`SecurityToken`"),
        "the token matched, so it is not named: {text}"
    );
    assert_no_secret(&text);
    assert_no_secret(&format!("{err:?}"));
}

#[tokio::test]
async fn aliyun_rpc_a_dropped_parameter_and_an_equal_string_are_explained() {
    let server = TestServer::start(|r: &Received| {
        if r.param("Description").is_some() {
            mismatch(&server_string_to_sign(r, |params| {
                params.retain(|(k, _)| k != "Password")
            }))
        } else {
            // The same string the client signed: only the secret can differ.
            mismatch(&server_string_to_sign(r, |_| {}))
        }
    })
    .await;
    let client = AliyunClient::for_product(
        config(&server, AliyunSignature::RpcV1(RpcAlgorithm::HmacSha256)),
        "ecs",
    );
    let text = client
        .call::<Value>(&request())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("the client sent `Password` but the service did not see it"),
        "{text}"
    );
    assert_no_secret(&text);
    // The service's quoted string keeps its shape, secrets replaced.
    assert!(text.contains("SecurityToken%3D<redacted>%26"), "{text}");

    let text = client
        .call::<Value>(&RpcRequest::new("DescribeRegions", "2014-05-26"))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("the AccessKey secret is not the one that belongs to the AccessKey ID"),
        "{text}"
    );
    assert_no_secret(&text);
}

#[tokio::test]
async fn aliyun_acs3_a_rewritten_canonical_request_is_explained() {
    // A proxy rewrote the host: the service's canonical request, and so
    // its hash, differ.
    let server = TestServer::start(|_: &Received| {
        mismatch(&format!(
            "ACS3-HMAC-SHA256\n{}",
            sha256_hex(b"rewritten by a proxy")
        ))
    })
    .await;
    let client = AliyunClient::for_product(config(&server, AliyunSignature::Acs3), "ecs");
    let text = client
        .call::<Value>(&request())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("the service's canonical request differs"),
        "{text}"
    );
    assert!(text.contains("`host:127.0.0.1:"), "{text}");
    assert!(text.contains("x-acs-security-token:<redacted>"), "{text}");
    assert!(text.contains("Password=<redacted>"), "{text}");
    assert_no_secret(&text);
}

#[tokio::test]
async fn tencent_signature_failures_name_what_to_check() {
    // The service's clock runs ten minutes ahead.
    let server = TestServer::start(|_: &Received| {
        Reply::json(
            200,
            &json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "The provided credentials could not be validated."}, "RequestId": "tc-sig"}}),
        )
        .dated(now_unix() + 600)
    })
    .await;
    let client = TencentClient::new(
        Config::builder()
            .region("ap-guangzhou")
            .credentials(Credential::sts(ID, SECRET, TOKEN))
            .endpoint_url(server.url())
            .http(HttpOptions::default().env_proxy(false))
            .retry(RetryConfig::disabled())
            .build()
            .unwrap(),
        "cvm",
    );
    let err = client
        .call::<Value, _>(
            "RunInstances",
            "2017-03-12",
            &json!({"LoginSettings": {"Password": "hunter2-password"}}),
        )
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("the SecretKey belongs to the SecretId"),
        "{text}"
    );
    assert!(text.contains("s behind the service's"), "{text}");
    assert!(
        text.contains("content-type:application/json") && text.contains("host:127.0.0.1:"),
        "{text}"
    );
    assert_no_secret(&text);
}
