//! Resource-style calls (ROA, V3, FC) through the raw client against a
//! server on 127.0.0.1 that checks every ACS3 signature: the requests the
//! official SDKs send (tools/vectors/resource_vectors.py) arrive the same,
//! and answers of every kind come back typed.

use base64::Engine as _;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use yun_core::aliyun::{AliyunClient, Body, Method, ResourceRequest};
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::{Config, Credential, Error};
use yun_testing::{verify_acs3, Received, Reply, TestServer, WireFault};

const ID: &str = "LTAI5tResourceTest";
const SECRET: &str = "resource secret/+=";

fn client(server: &TestServer, product: &str) -> AliyunClient {
    client_with(server, product, Credential::access_key(ID, SECRET))
}

fn client_with(server: &TestServer, product: &str, credential: Credential) -> AliyunClient {
    let config = Config::builder()
        .region("cn-hangzhou")
        .credentials(credential)
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap();
    AliyunClient::for_product(config, product)
}

/// Answers 200 with what it received, after checking the signature.
fn echo(r: &Received) -> Reply {
    if let Err(why) = verify_acs3(r, ID, SECRET) {
        return Reply::json(
            403,
            &json!({"code": "SignatureDoesNotMatch", "message": why, "requestId": "sig"}),
        );
    }
    Reply::json(200, &json!({"requestId": "ok-1", "path": r.path}))
}

fn method(name: &str) -> Method {
    match name {
        "GET" => Method::Get,
        "PUT" => Method::Put,
        "DELETE" => Method::Delete,
        "PATCH" => Method::Patch,
        _ => Method::Post,
    }
}

#[tokio::test]
async fn requests_arrive_as_the_official_sdks_send_them() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/aliyun_resource.json"
    ))
    .unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    let server = TestServer::start(echo).await;
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let sdk_body = base64::engine::general_purpose::STANDARD
            .decode(case["body_base64"].as_str().unwrap())
            .unwrap();
        let content_type = case["content_type"].as_str();
        let mut req = ResourceRequest::new(
            case["action"].as_str().unwrap().to_owned(),
            case["version"].as_str().unwrap().to_owned(),
            method(case["method"].as_str().unwrap()),
            case["template"].as_str().unwrap(),
        );
        for (k, v) in case["path_params"].as_object().unwrap() {
            req = req.path_param(k, v.as_str().unwrap());
        }
        for p in case["query"].as_array().unwrap() {
            req.query
                .insert(p[0].as_str().unwrap(), p[1].as_str().unwrap());
        }
        for (k, v) in case["header_members"].as_object().unwrap() {
            req = req.header(k, v.as_str().unwrap());
        }
        req = match content_type {
            Some(ct) if ct.starts_with("application/json") => req
                .json_body(&serde_json::from_slice::<Value>(&sdk_body).unwrap())
                .unwrap(),
            Some(_) => req.body(Body::Bytes(sdk_body.clone().into())),
            None => req,
        };
        let answer = client(&server, case["product"].as_str().unwrap())
            .send_resource(&req)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(answer.status, 200, "{name}");
        let got = server.received().pop().unwrap();
        assert_eq!(got.method, case["method"].as_str().unwrap(), "{name}");
        assert_eq!(got.path, case["path"].as_str().unwrap(), "{name}");
        let mut want_query: Vec<(String, String)> = case["query"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_str().unwrap().into(), p[1].as_str().unwrap().into()))
            .collect();
        want_query.sort();
        let mut got_query = got.query_pairs();
        got_query.sort();
        assert_eq!(got_query, want_query, "{name}");
        assert_eq!(got.header("content-type"), content_type, "{name}");
        for (k, v) in case["header_members"].as_object().unwrap() {
            assert_eq!(got.header(k), v.as_str(), "{name}: {k}");
        }
        // JSON as values: the SDK's key order is its own; bytes otherwise.
        match content_type {
            Some(ct) if ct.starts_with("application/json") => assert_eq!(
                serde_json::from_slice::<Value>(&got.body).unwrap(),
                serde_json::from_slice::<Value>(&sdk_body).unwrap(),
                "{name}"
            ),
            _ => assert_eq!(got.body, sdk_body, "{name}"),
        }
    }
}

#[tokio::test]
async fn answers_of_every_kind_come_back() {
    let server = TestServer::start(|r: &Received| match r.path.as_str() {
        "/gone" => Reply::raw(204, "text/plain", ""),
        "/text" => Reply::raw(200, "text/plain", "plain words"),
        "/missing" => Reply::json(
            404,
            &json!({"code": "ErrorClusterNotFound", "message": "cluster c-9 not found", "requestId": "req-404"}),
        ),
        "/upper" => Reply::json(400, &json!({"Code": "InvalidParameter", "Message": "bad", "RequestId": "req-400"})),
        "/html" => Reply::raw(502, "text/html", "<html>Bad Gateway</html>"),
        _ => Reply::json(200, &json!([{"id": 1}, {"id": 2}])),
    })
    .await;
    let cs = client(&server, "cs");
    let get =
        |path: &str| ResourceRequest::new("Any", "2015-12-15", Method::Get, path).read_only(true);

    let unit: () = cs.call_resource(&get("/gone")).await.unwrap();
    assert_eq!(unit, ());
    let nothing: Value = cs.call_resource(&get("/gone")).await.unwrap();
    assert!(nothing.is_null());
    let list: Vec<Value> = cs.call_resource(&get("/list")).await.unwrap();
    assert_eq!(list.len(), 2);
    let text = cs.send_resource(&get("/text")).await.unwrap();
    assert_eq!(&text.body[..], b"plain words");

    let err = cs
        .call_resource::<Value>(&get("/missing"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("ErrorClusterNotFound"));
    assert_eq!(err.request_id(), Some("req-404"));
    assert_eq!(err.http_status(), Some(404));
    let err = cs.call_resource::<Value>(&get("/upper")).await.unwrap_err();
    assert_eq!(
        (err.code(), err.request_id()),
        (Some("InvalidParameter"), Some("req-400"))
    );
    let err = cs.call_resource::<Value>(&get("/html")).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode {
                http_status: 502,
                ..
            }
        ),
        "{err}"
    );
}

#[tokio::test]
async fn a_path_member_left_out_is_named_before_anything_is_sent() {
    let server = TestServer::start(echo).await;
    let req = ResourceRequest::new(
        "DeleteClusterNodepool",
        "2015-12-15",
        Method::Delete,
        "/clusters/{ClusterId}/nodepools/{NodepoolId}",
    )
    .path_param("ClusterId", "c-1");
    let err = client(&server, "cs").send_resource(&req).await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert!(err.to_string().contains("NodepoolId"), "{err}");
    assert!(server.received().is_empty());
}

/// Path members that cannot travel as given (empty, `.`, `..`) are refused
/// before anything is sent; every other value arrives on the request line
/// exactly as it was signed (the server reads the raw request line and
/// checks the signature over it).
#[tokio::test]
async fn a_path_member_is_sent_as_signed_or_refused_before_anything_is_sent() {
    let server = TestServer::start(echo).await;
    let cs = client(&server, "cs");
    let delete = |id: &str| {
        ResourceRequest::new(
            "DeleteCluster",
            "2015-12-15",
            Method::Delete,
            "/clusters/{ClusterId}",
        )
        .path_param("ClusterId", id)
    };
    for bad in ["", ".", ".."] {
        let err = cs.send_resource(&delete(bad)).await.unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{bad:?}: {err}");
        assert!(err.to_string().contains("`ClusterId`"), "{err}");
    }
    let any_depth = ResourceRequest::new("GetFile", "2021-01-01", Method::Get, "/files/*")
        .path_param("path", "a/../b");
    let err = cs.send_resource(&any_depth).await.unwrap_err();
    assert!(err.to_string().contains("dot segment"), "{err}");
    assert!(server.received().is_empty());

    for (value, wire) in [
        ("...", "/clusters/..."),
        (".a", "/clusters/.a"),
        ("a..b", "/clusters/a..b"),
        ("%2e%2e", "/clusters/%252e%252e"),
        ("../x", "/clusters/..%2Fx"),
        ("a b/中", "/clusters/a%20b%2F%E4%B8%AD"),
        ("~-_.", "/clusters/~-_."),
    ] {
        let answer: Value = cs.call_resource(&delete(value)).await.unwrap();
        assert_eq!(answer["path"], wire, "{value:?}");
    }
    let nested = ResourceRequest::new("GetFile", "2021-01-01", Method::Get, "/files/*")
        .path_param("path", "dir a/.b/c");
    let answer: Value = cs.call_resource(&nested).await.unwrap();
    assert_eq!(answer["path"], "/files/dir%20a/.b/c");
}

/// A write whose token is a member of its JSON body: filled once per call,
/// the same on the retry after a reset.
#[tokio::test]
async fn a_body_token_is_filled_once_and_kept_across_retries() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let server = TestServer::start(move |r: &Received| {
        if counter.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::json(200, &json!({})).broken(WireFault::Reset);
        }
        echo(r)
    })
    .await;
    let req = ResourceRequest::new("CreateCluster", "2015-12-15", Method::Post, "/clusters")
        .json_body(&json!({"name": "k8s"}))
        .unwrap()
        .idempotency_token_in_body("client_token");
    client(&server, "cs").send_resource(&req).await.unwrap();
    let tokens: Vec<Value> = server
        .received()
        .iter()
        .map(|r| serde_json::from_slice::<Value>(&r.body).unwrap()["client_token"].clone())
        .collect();
    assert_eq!(tokens.len(), 2);
    assert!(
        tokens[0].is_string() && tokens[0] == tokens[1],
        "{tokens:?}"
    );

    // Without a token, the same reset is an unknown outcome: not retried.
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let server = TestServer::start(move |_: &Received| {
        counter.fetch_add(1, Ordering::SeqCst);
        Reply::json(200, &json!({})).broken(WireFault::Reset)
    })
    .await;
    let req = ResourceRequest::new(
        "DeleteCluster",
        "2015-12-15",
        Method::Delete,
        "/clusters/c-1",
    );
    let err = client(&server, "cs").send_resource(&req).await.unwrap_err();
    assert!(err.is_outcome_unknown(), "{err}");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_read_whose_json_answer_is_cut_is_retried() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let server = TestServer::start(move |_: &Received| {
        if counter.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::raw(200, "application/json", r#"{"clusters": [{"id": "#)
        } else {
            Reply::json(200, &json!({"clusters": []}))
        }
    })
    .await;
    let req = ResourceRequest::new(
        "DescribeClustersV1",
        "2015-12-15",
        Method::Get,
        "/api/v1/clusters",
    )
    .read_only(true);
    let v: Value = client(&server, "cs").call_resource(&req).await.unwrap();
    assert_eq!(v["clusters"], json!([]));
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_bearer_token_is_marked_by_a_header() {
    let server = TestServer::start(|r: &Received| {
        Reply::json(
            200,
            &json!({"type": r.header("x-acs-signature-type"), "token": r.header("x-acs-bearer-token"),
                    "query": r.query}),
        )
    })
    .await;
    let req = ResourceRequest::new(
        "ListFunctions",
        "2023-03-30",
        Method::Get,
        "/2023-03-30/functions",
    )
    .read_only(true);
    let v: Value = client_with(&server, "fc", Credential::bearer("bearer-1"))
        .call_resource(&req)
        .await
        .unwrap();
    assert_eq!(v["type"], "BEARERTOKEN");
    assert_eq!(v["token"], "bearer-1");
    assert_eq!(v["query"], "");
}

/// A file body goes up as a stream, its hash in the signature: the server
/// checks the signature over what arrived; a retry opens the file again.
#[tokio::test]
async fn a_file_body_is_streamed_and_signed() {
    let dir = yun_testing::temp_dir("resource-file");
    let path = dir.join("image.bin");
    let content: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&path, &content).unwrap();
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let server = TestServer::start(move |r: &Received| {
        if counter.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::json(200, &json!({})).broken(WireFault::Reset);
        }
        echo(r)
    })
    .await;
    let req = ResourceRequest::new("RecognizeGeneral", "2021-07-07", Method::Post, "/")
        .body(Body::File(yun_core::upload::FileSource::path(&path)))
        .read_only(true);
    let answer = client(&server, "ocr-api")
        .send_resource(&req)
        .await
        .unwrap();
    assert_eq!(
        answer.status,
        200,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    let got = server.received().pop().unwrap();
    assert_eq!(got.body, content);
    assert_eq!(got.header("content-type"), Some("application/octet-stream"));
    assert_eq!(calls.load(Ordering::SeqCst), 2, "retried after the reset");

    let missing = ResourceRequest::new("RecognizeGeneral", "2021-07-07", Method::Post, "/").body(
        Body::File(yun_core::upload::FileSource::path(dir.join("absent.bin"))),
    );
    let err = client(&server, "ocr-api")
        .send_resource(&missing)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput { .. }) && err.to_string().contains("absent.bin"),
        "{err}"
    );
}
