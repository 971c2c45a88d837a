//! The raw clients against real HTTP servers on 127.0.0.1 that check every
//! signature on their own and answer with successes, service errors, gateway
//! pages and faults.

use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use yun_core::aliyun::{AliyunClient, Method, RpcRequest};
use yun_core::error::Vendor;
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::sign::aliyun_rpc::RpcAlgorithm;
use yun_core::sign::tencent_legacy::LegacyAlgorithm;
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{AliyunSignature, Config, Credential, Error, TencentSignature};
use yun_testing::{verify_aliyun, verify_tencent, Received, Reply, TestServer};

const ID: &str = "LTAI5tTestKeyId";
const SECRET: &str = "test secret+/=&~中";

fn config(server: &TestServer, credential: Credential) -> yun_core::ConfigBuilder {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(credential)
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
}

/// A fake Alibaba Cloud RPC endpoint: verifies the signature, then answers
/// by action.
fn aliyun_reply(r: &Received) -> Reply {
    if let Err(why) = verify_aliyun(r, ID, SECRET) {
        return Reply::json(
            400,
            &json!({"Code": "SignatureDoesNotMatch", "Message": why, "RequestId": "bad-sig"}),
        );
    }
    let action = r
        .header("x-acs-action")
        .map(str::to_owned)
        .or_else(|| r.param("Action"));
    match action.as_deref() {
        Some("DescribeRegions") => Reply::json(
            200,
            &json!({
                "RequestId": "req-1",
                "Regions": {"Region": [{"RegionId": "cn-hangzhou", "LocalName": "华东1（杭州）"}]},
                "Echo": r.param("RegionId"),
                "Tag": r.param("Tag.1.Key"),
                "Label": r.param("Labels.环境"),
                "Zones": r.param("Zones"),
            }),
        ),
        Some("Forbidden") => Reply::json(
            403,
            &json!({
                "Code": "Forbidden.RAM", "Message": "User not authorized to operate on the specified resource.",
                "RequestId": "req-403", "HostId": "ecs.aliyuncs.com",
                "Recommend": "https://api.aliyun.com/troubleshoot?q=Forbidden.RAM"
            }),
        ),
        Some("Gateway") => Reply::raw(
            502,
            "text/html",
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
        ),
        _ => Reply::json(
            404,
            &json!({"Code": "InvalidAction.NotFound", "Message": "no such action", "RequestId": "r"}),
        ),
    }
}

fn describe_regions(method: Method) -> RpcRequest {
    let mut req = RpcRequest::new("DescribeRegions", "2014-05-26").method(method);
    req.query.insert("RegionId", "cn-hangzhou");
    req.query
        .insert_flat("Tag", &json!([{"Key": "环境 a+b", "Value": "*~"}]))
        .unwrap();
    // A map flattened into the query: its keys are names outside the
    // unreserved set, which ACS3 signs as they are.
    req.query
        .insert_flat("Labels", &json!({"环境": "prod", "team a+b": "x y"}))
        .unwrap();
    req.query
        .insert_simple("Zones", &["cn-hangzhou-h", "cn-hangzhou-i"])
        .unwrap();
    req
}

#[tokio::test]
async fn aliyun_every_signature_and_method_reaches_a_verifying_server() {
    let server = TestServer::start(aliyun_reply).await;
    let signatures = [
        AliyunSignature::Acs3,
        AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1),
        AliyunSignature::RpcV1(RpcAlgorithm::HmacSha256),
    ];
    let credentials = [
        Credential::access_key(ID, SECRET),
        Credential::sts(ID, SECRET, "sts-token/+="),
    ];
    for signature in signatures {
        for credential in &credentials {
            for method in [Method::Get, Method::Post] {
                let client = AliyunClient::for_product(
                    config(&server, credential.clone())
                        .aliyun_signature(signature)
                        .build()
                        .unwrap(),
                    "ecs",
                );
                let mut req = describe_regions(method);
                if method == Method::Post {
                    req.body.insert("Description", "in the body: a b&c=d");
                }
                let value: Value = client
                    .call(&req)
                    .await
                    .unwrap_or_else(|e| panic!("{signature:?} {method:?}: {e}"));
                assert_eq!(value["RequestId"], "req-1");
                assert_eq!(value["Echo"], "cn-hangzhou");
                assert_eq!(value["Tag"], "环境 a+b");
                assert_eq!(value["Label"], "prod");
                assert_eq!(value["Zones"], "cn-hangzhou-h,cn-hangzhou-i");
                assert_eq!(value["Regions"]["Region"][0]["LocalName"], "华东1（杭州）");
            }
        }
    }
    let sts = server
        .received()
        .into_iter()
        .filter(|r| {
            r.header("x-acs-security-token") == Some("sts-token/+=")
                || r.param("SecurityToken").as_deref() == Some("sts-token/+=")
        })
        .count();
    assert_eq!(sts, 6, "every STS request carries its token");
}

#[tokio::test]
async fn aliyun_a_wrong_secret_is_rejected_by_the_server() {
    let server = TestServer::start(aliyun_reply).await;
    let client = AliyunClient::for_product(
        config(&server, Credential::access_key(ID, "wrong"))
            .build()
            .unwrap(),
        "ecs",
    );
    let err = client
        .call::<Value>(&describe_regions(Method::Post))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("SignatureDoesNotMatch"), "{err}");
}

#[tokio::test]
async fn aliyun_service_errors_are_typed() {
    let server = TestServer::start(aliyun_reply).await;
    let client = AliyunClient::for_product(
        config(&server, Credential::access_key(ID, SECRET))
            .build()
            .unwrap(),
        "ecs",
    );
    let err = client
        .call::<Value>(&RpcRequest::new("Forbidden", "2014-05-26"))
        .await
        .unwrap_err();
    let service = err.as_service().expect("a service error");
    assert_eq!(service.vendor, Vendor::Aliyun);
    assert_eq!(service.code, "Forbidden.RAM");
    assert_eq!(service.http_status, 403);
    assert_eq!(service.request_id.as_deref(), Some("req-403"));
    assert_eq!(service.host_id.as_deref(), Some("ecs.aliyuncs.com"));
    assert!(service
        .recommend
        .as_deref()
        .unwrap()
        .contains("Forbidden.RAM"));
    assert!(!err.is_throttling() && !err.is_transient());
    assert!(err.to_string().contains("Forbidden.RAM") && err.to_string().contains("req-403"));
    assert_eq!(server.received().len(), 1, "a 403 is not retried");
}

#[tokio::test]
async fn aliyun_a_gateway_html_page_is_a_decode_error_with_status_and_snippet() {
    let server = TestServer::start(aliyun_reply).await;
    let client = AliyunClient::for_product(
        config(&server, Credential::access_key(ID, SECRET))
            .build()
            .unwrap(),
        "ecs",
    );
    let err = client
        .call::<Value>(&RpcRequest::new("Gateway", "2014-05-26").read_only(true))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            http_status,
            snippet,
            message,
            ..
        } => {
            assert_eq!(*http_status, 502);
            assert!(snippet.contains("502 Bad Gateway"), "{snippet}");
            assert!(
                message
                    .starts_with("HTTP 502 from a gateway or proxy, not the service's own answer"),
                "{message}"
            );
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert_eq!(
        server.received().len(),
        3,
        "a gateway 502 is retried up to 3 attempts"
    );
}

#[tokio::test]
async fn aliyun_throttling_is_retried_then_succeeds_with_a_fresh_signature() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let server = TestServer::start(move |r| {
        if seen.fetch_add(1, Ordering::SeqCst) < 2 {
            return Reply::json(
                400,
                &json!({"Code": "Throttling.User", "Message": "slow down", "RequestId": "t"}),
            );
        }
        aliyun_reply(r)
    })
    .await;
    let client = AliyunClient::for_product(
        config(&server, Credential::access_key(ID, SECRET))
            .build()
            .unwrap(),
        "ecs",
    );
    let value: Value = client.call(&describe_regions(Method::Post)).await.unwrap();
    assert_eq!(value["RequestId"], "req-1");
    let nonces: std::collections::BTreeSet<_> = server
        .received()
        .iter()
        .map(|r| r.header("x-acs-signature-nonce").unwrap().to_owned())
        .collect();
    assert_eq!(nonces.len(), 3, "each attempt is signed with a new nonce");
}

#[tokio::test]
async fn aliyun_bearer_tokens_are_sent_unsigned() {
    let server = TestServer::start(|r| {
        Reply::json(
            200,
            &json!({"token": r.header("x-acs-bearer-token"), "type": r.param("SignatureType"),
            "auth": r.header("authorization"), "rpc_token": r.param("BearerToken")}),
        )
    })
    .await;
    let acs3 = AliyunClient::for_product(
        config(&server, Credential::bearer("bt-123"))
            .build()
            .unwrap(),
        "ecs",
    );
    let v: Value = acs3.call(&RpcRequest::new("A", "1")).await.unwrap();
    assert_eq!(
        v,
        json!({"token": "bt-123", "type": "BEARERTOKEN", "auth": null, "rpc_token": null})
    );
    let rpc = AliyunClient::for_product(
        config(&server, Credential::bearer("bt-123"))
            .aliyun_signature(AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1))
            .build()
            .unwrap(),
        "ecs",
    );
    let v: Value = rpc.call(&RpcRequest::new("A", "1")).await.unwrap();
    assert_eq!(
        v,
        json!({"token": null, "type": "BEARERTOKEN", "auth": null, "rpc_token": "bt-123"})
    );
}

#[tokio::test]
async fn a_slow_server_gives_a_timeout_error() {
    let server =
        TestServer::start(|_| Reply::json(200, &json!({})).delayed(Duration::from_secs(5))).await;
    let client = AliyunClient::for_product(
        config(&server, Credential::access_key(ID, SECRET))
            .http(
                HttpOptions::default()
                    .env_proxy(false)
                    .timeout(Duration::from_millis(200)),
            )
            .retry(RetryConfig::disabled())
            .build()
            .unwrap(),
        "ecs",
    );
    let err = client
        .call::<Value>(&RpcRequest::new("A", "1"))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        err.to_string()
            .contains("the attempt timeout (200ms) fired: no complete answer from 127.0.0.1"),
        "{err}"
    );
    assert!(!err.to_string().contains("Signature"), "{err}");
}

#[tokio::test]
async fn a_closed_port_gives_a_connect_error() {
    let server = TestServer::start(|_| Reply::json(200, &json!({}))).await;
    let url = server.url();
    drop(server);
    tokio::task::yield_now().await;
    let client = AliyunClient::for_product(
        Config::builder()
            .credentials(Credential::access_key(ID, SECRET))
            .endpoint_url(url)
            .http(HttpOptions::default().env_proxy(false))
            .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
            .build()
            .unwrap(),
        "ecs",
    );
    let err = client
        .call::<Value>(&RpcRequest::new("A", "1"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: true, .. }),
        "{err:?}"
    );
    assert!(!err.to_string().contains(SECRET));
}

#[tokio::test]
async fn an_expired_credential_is_never_sent() {
    let server = TestServer::start(|_| Reply::json(200, &json!({}))).await;
    let expired = Credential::sts(ID, SECRET, "t").with_expiry(std::time::SystemTime::UNIX_EPOCH);
    let client = AliyunClient::for_product(config(&server, expired).build().unwrap(), "ecs");
    let err = client
        .call::<Value>(&RpcRequest::new("A", "1"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Credentials { .. }), "{err:?}");
    assert!(err.to_string().contains("expired"), "{err}");
    assert!(server.received().is_empty());
}

// --- Tencent Cloud ----------------------------------------------------------------

const SID: &str = "AKIDtestsecretid";
const SKEY: &str = "tencentSecretKey+/=";

fn tencent_reply(r: &Received) -> Reply {
    if let Err(why) = verify_tencent(r, SID, SKEY) {
        return Reply::json(
            200,
            &json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": why}, "RequestId": "bad"}}),
        );
    }
    let action = r
        .header("x-tc-action")
        .map(str::to_owned)
        .or_else(|| r.param("Action"))
        .unwrap_or_default();
    match action.as_str() {
        "DescribeZones" => {
            let sent: Value = if r.method == "POST" && r.header("authorization").is_some() {
                serde_json::from_slice(&r.body).unwrap_or(Value::Null)
            } else {
                json!({"Limit": r.param("Limit"), "First": r.param("Filters.0.Values.0")})
            };
            Reply::json(
                200,
                &json!({"Response": {"TotalCount": 1, "ZoneSet": [{"Zone": "ap-guangzhou-3"}],
                    "Sent": sent, "Region": r.header("x-tc-region").map(str::to_owned).or_else(|| r.param("Region")),
                    "RequestId": "tc-req-1"}}),
            )
        }
        "Gateway" => Reply::raw(
            502,
            "text/html",
            "<html><body>502 Bad Gateway</body></html>",
        ),
        _ => Reply::json(
            200,
            &json!({"Response": {"Error": {"Code": "InvalidParameterValue.Limit", "Message": "Limit is too large"}, "RequestId": "tc-err-1"}}),
        ),
    }
}

#[tokio::test]
async fn tencent_every_signature_reaches_a_verifying_server() {
    let server = TestServer::start(tencent_reply).await;
    let params =
        json!({"Limit": 20, "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-3", "空 格"]}]});
    for signature in [
        TencentSignature::Tc3,
        TencentSignature::Tc3Get,
        TencentSignature::Legacy(LegacyAlgorithm::HmacSha1),
        TencentSignature::Legacy(LegacyAlgorithm::HmacSha256),
    ] {
        for credential in [
            Credential::access_key(SID, SKEY),
            Credential::sts(SID, SKEY, "tok"),
        ] {
            let client = TencentClient::new(
                config(&server, credential)
                    .region("ap-guangzhou")
                    .tencent_signature(signature)
                    .language("en-US")
                    .build()
                    .unwrap(),
                "cvm",
            );
            let value: Value = client
                .call("DescribeZones", "2017-03-12", &params)
                .await
                .unwrap_or_else(|e| panic!("{signature:?}: {e}"));
            assert_eq!(value["TotalCount"], 1, "{signature:?}");
            assert_eq!(value["RequestId"], "tc-req-1");
            assert_eq!(value["Region"], "ap-guangzhou");
            if signature == TencentSignature::Tc3 {
                assert_eq!(value["Sent"], params);
            } else {
                assert_eq!(
                    value["Sent"],
                    json!({"Limit": "20", "First": "ap-guangzhou-3"}),
                    "{signature:?}"
                );
            }
        }
    }
    let with_token = server
        .received()
        .iter()
        .filter(|r| {
            r.header("x-tc-token") == Some("tok") || r.param("Token").as_deref() == Some("tok")
        })
        .count();
    assert_eq!(with_token, 4);
}

#[tokio::test]
async fn tencent_errors_are_typed() {
    let server = TestServer::start(tencent_reply).await;
    let client = TencentClient::new(
        config(&server, Credential::access_key(SID, SKEY))
            .build()
            .unwrap(),
        "cvm",
    );
    let err = client
        .call::<Value, _>("DescribeInstances", "2017-03-12", &json!({"Limit": 1000}))
        .await
        .unwrap_err();
    let service = err.as_service().expect("service error");
    assert_eq!(service.vendor, Vendor::Tencent);
    assert_eq!(service.code, "InvalidParameterValue.Limit");
    assert_eq!(service.request_id.as_deref(), Some("tc-err-1"));
    assert_eq!(err.request_id(), Some("tc-err-1"));

    let gateway = TencentRequest::new("Gateway", "2017-03-12", &json!({})).unwrap();
    let err = client
        .call_request::<Value>(&gateway.clone().read_only(true))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode {
                http_status: 502,
                ..
            }
        ),
        "{err:?}"
    );
    // A 502 does not say the request was left alone: a write is not repeated.
    let before = server.received().len();
    let err = client.call_request::<Value>(&gateway).await.unwrap_err();
    assert!(err.is_outcome_unknown(), "{err:?}");
    assert_eq!(err.http_status(), Some(502));
    assert_eq!(server.received().len(), before + 1);

    let wrong = TencentClient::new(
        config(&server, Credential::access_key(SID, "nope"))
            .build()
            .unwrap(),
        "cvm",
    );
    let err = wrong
        .call::<Value, _>("DescribeZones", "2017-03-12", &json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("AuthFailure.SignatureFailure"));

    let bearer = TencentClient::new(
        config(&server, Credential::bearer("x")).build().unwrap(),
        "cvm",
    );
    let err = bearer
        .call::<Value, _>("DescribeZones", "2017-03-12", &json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Credentials { .. }), "{err:?}");
}

#[tokio::test]
async fn tencent_params_must_be_an_object() {
    let server = TestServer::start(tencent_reply).await;
    let client = TencentClient::new(
        config(&server, Credential::access_key(SID, SKEY))
            .build()
            .unwrap(),
        "cvm",
    );
    let err = client
        .call::<Value, _>("DescribeZones", "2017-03-12", &json!([1]))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn a_typed_response_that_does_not_fit_is_a_decode_error_with_the_request_id() {
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Zones {
        // A list where the service sends a number: beyond what leniency mends.
        #[serde(rename = "TotalCount")]
        total: Vec<String>,
    }
    let server = TestServer::start(tencent_reply).await;
    let client = TencentClient::new(
        config(&server, Credential::access_key(SID, SKEY))
            .build()
            .unwrap(),
        "cvm",
    );
    let err = client
        .call::<Zones, _>("DescribeZones", "2017-03-12", &json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode {
                http_status: 200,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.request_id(), Some("tc-req-1"));
}

#[tokio::test]
async fn an_explicit_proxy_carries_every_request() {
    // The proxy is a loopback server; the endpoint behind it is never
    // connected to (the proxy answers itself), so nothing leaves the machine.
    let proxy = TestServer::start(|r: &Received| {
        Reply::json(200, &json!({"RequestId": "via-proxy", "Target": r.path}))
    })
    .await;
    let client = AliyunClient::for_product(
        Config::builder()
            .credentials(Credential::access_key(ID, SECRET))
            .endpoint_url("http://127.0.0.2:9")
            .http(HttpOptions::default().proxy(proxy.url()))
            .retry(RetryConfig::disabled())
            .build()
            .unwrap(),
        "ecs",
    );
    let value: Value = client.call(&RpcRequest::new("A", "1")).await.unwrap();
    assert_eq!(value["RequestId"], "via-proxy");
    assert_eq!(
        value["Target"], "http://127.0.0.2:9/",
        "the proxy got the absolute URL"
    );
}

#[tokio::test]
async fn an_oversized_response_is_refused_not_buffered() {
    let big = vec![b'x'; yun_core::http::MAX_RESPONSE_BODY + 1];
    let server = TestServer::start(move |_| Reply::raw(200, "application/json", big.clone())).await;
    let client = AliyunClient::for_product(
        config(&server, Credential::access_key(ID, SECRET))
            .retry(RetryConfig::disabled())
            .build()
            .unwrap(),
        "ecs",
    );
    let err = client
        .call::<Value>(&RpcRequest::new("A", "1"))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("larger than 64 MiB"), "{err}");
}

/// Alibaba Cloud's `AccessDeniedDetail` is readable from a permission error,
/// sent as an object or as JSON text, and shown in the error's text.
#[tokio::test]
async fn aliyun_access_denied_detail_is_readable() {
    let detail = json!({
        "AuthAction": "ecs:DescribeInstances",
        "AuthPrincipalDisplayName": "dev@123.onaliyun.com",
        "AuthPrincipalOwnerId": "123",
        "AuthPrincipalType": "SubUser",
        "NoPermissionType": "ImplicitDeny",
        "PolicyType": "AccountLevelIdentityBasedPolicy",
        "EncodedDiagnosticMessage": "AQEAAAAAaQ=="
    });
    for sent in [detail.clone(), Value::String(detail.to_string())] {
        let server = TestServer::start(move |_: &Received| {
            Reply::json(
                403,
                &json!({"Code": "Forbidden.RAM", "Message": "User not authorized", "RequestId": "r-403",
                        "AccessDeniedDetail": sent}),
            )
        })
        .await;
        let client = AliyunClient::for_product(
            config(&server, Credential::access_key(ID, SECRET))
                .build()
                .unwrap(),
            "ecs",
        );
        let err = client
            .call::<Value>(&RpcRequest::new("DescribeInstances", "2014-05-26").read_only(true))
            .await
            .unwrap_err();
        let denied = err.access_denied().expect("the detail");
        assert_eq!(denied.auth_action.as_deref(), Some("ecs:DescribeInstances"));
        assert_eq!(denied.no_permission_type.as_deref(), Some("ImplicitDeny"));
        assert_eq!(err.code(), Some("Forbidden.RAM"));
        assert!(
            err.to_string().contains(
                "(denied: ecs:DescribeInstances for dev@123.onaliyun.com, ImplicitDeny by AccountLevelIdentityBasedPolicy)"
            ),
            "{err}"
        );
        assert!(!err.is_transient());
    }
}

/// `is_transient` says what the retry rules do: timeouts, resets and 5xx
/// are transient, a client error is not.
#[test]
fn is_transient_agrees_with_the_retry_rules() {
    use yun_core::error::TimeoutKind;
    let timeout = Error::timeout(TimeoutKind::Read, Duration::from_secs(1), "no answer");
    assert!(timeout.is_transient());
    assert!(Error::transport("reset", false, None).is_transient());
    assert!(Error::transport("refused", true, None).is_transient());
    assert!(!Error::invalid_input("bad").is_transient());
}
