//! Options for one call, as a user sets them on a generated crate's call
//! value (`client.describe_regions(req).timeout(..).await`), and
//! interceptors on a client and a call, against servers on 127.0.0.1 that
//! check every signature: headers and query parameters arrive signed, the
//! whole-call limit fires across retries, a call's own retry rules and
//! attempt limit hold, a paginator's options reach every page.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use yun_aliyun_ecs::{DescribeInstancesRequest, DescribeRegionsRequest};
use yun_core::error::TimeoutKind;
use yun_core::options::{AfterSigning, Answered, BeforeSigning, CallOptions, Interceptor};
use yun_core::retry::RetryConfig;
use yun_core::sign::aliyun_rpc::RpcAlgorithm;
use yun_core::{AliyunSignature, Config, Credential, Error};
use yun_testing::{verify_aliyun, verify_tc3, Received, Reply, TestServer};

const ID: &str = "LTAI5tOptions";
const SECRET: &str = "options-secret";

fn config(server: &TestServer) -> yun_core::ConfigBuilder {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
}

fn regions(r: &Received) -> Reply {
    match verify_aliyun(r, ID, SECRET) {
        Ok(()) => Reply::json(
            200,
            &serde_json::json!({"RequestId": "r", "Regions": {"Region": []}}),
        ),
        Err(why) => Reply::json(
            400,
            &serde_json::json!({"Code": "SignatureDoesNotMatch", "Message": why}),
        ),
    }
}

#[tokio::test]
async fn a_calls_header_and_query_parameter_arrive_signed() {
    let server = TestServer::start(regions).await;
    for signature in [
        AliyunSignature::Acs3,
        AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1),
    ] {
        let client = yun_aliyun_ecs::Client::new(
            config(&server).aliyun_signature(signature).build().unwrap(),
        );
        client
            .describe_regions(DescribeRegionsRequest::new())
            .header("x-acs-resourcegroup-id", "rg-1")
            .query("OwnerAccount", "ops team")
            .await
            .unwrap();
        let sent = server.received().pop().unwrap();
        assert_eq!(sent.header("x-acs-resourcegroup-id"), Some("rg-1"));
        assert_eq!(sent.param("OwnerAccount").as_deref(), Some("ops team"));
        if signature == AliyunSignature::Acs3 {
            // Signed: the server checked the signature over it.
            let authorization = sent.header("authorization").unwrap();
            assert!(
                authorization.contains("x-acs-resourcegroup-id"),
                "{authorization}"
            );
        }
    }

    // A header the signer writes is refused before anything is sent.
    let client = yun_aliyun_ecs::Client::new(config(&server).build().unwrap());
    let before = server.received().len();
    let err = client
        .describe_regions(DescribeRegionsRequest::new())
        .header("Authorization", "mine")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert_eq!(server.received().len(), before);
}

#[tokio::test]
async fn the_whole_call_limit_fires_across_retries() {
    // Every answer comes too late for the attempt limit: retried (a read),
    // until the call's own limit ends it.
    let server =
        TestServer::start(|r: &Received| regions(r).delayed(Duration::from_millis(400))).await;
    let client = yun_aliyun_ecs::Client::new(config(&server).build().unwrap());
    let started = Instant::now();
    let err = client
        .describe_regions(DescribeRegionsRequest::new())
        .attempt_timeout(Duration::from_millis(150))
        .timeout(Duration::from_millis(500))
        .retry(
            RetryConfig::default()
                .max_attempts(10)
                .initial_backoff(Duration::from_millis(1)),
        )
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(
            err,
            Error::Timeout {
                kind: TimeoutKind::Call,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(took < Duration::from_millis(1500), "{took:?}");
    assert!(
        server.received().len() >= 3,
        "attempts: {}",
        server.received().len()
    );

    // The same client, its own limits: the attempt limit alone.
    let err = client
        .describe_regions(DescribeRegionsRequest::new())
        .attempt_timeout(Duration::from_millis(150))
        .retry(RetryConfig::disabled())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Timeout { kind: TimeoutKind::Attempt, after, .. } if after == Duration::from_millis(150)),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_calls_retry_rules_replace_the_clients() {
    let server = TestServer::start(|_: &Received| {
        Reply::json(
            503,
            &serde_json::json!({"Code": "ServiceUnavailable", "Message": "busy"}),
        )
    })
    .await;
    let client = yun_aliyun_ecs::Client::new(config(&server).build().unwrap());
    let err = client
        .describe_regions(DescribeRegionsRequest::new())
        .retry(RetryConfig::disabled())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("ServiceUnavailable"));
    assert_eq!(server.received().len(), 1);
    client
        .describe_regions(DescribeRegionsRequest::new())
        .await
        .unwrap_err();
    assert_eq!(server.received().len(), 4, "the client's three attempts");
}

/// Records what it sees, under a name.
struct Recorder {
    name: &'static str,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Interceptor for Recorder {
    fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), Error> {
        self.seen
            .lock()
            .unwrap()
            .push(format!("{} before {}", self.name, request.action()));
        request.header(&format!("x-acs-{}", self.name), "1")
    }

    fn after_signing(&self, request: &mut AfterSigning<'_>) -> Result<(), Error> {
        self.seen
            .lock()
            .unwrap()
            .push(format!("{} after {}", self.name, request.method()));
        request.add_header(&format!("x-trace-{}", self.name), "t-1")
    }

    fn on_answer(&self, answer: &Answered<'_>) {
        self.seen
            .lock()
            .unwrap()
            .push(format!("{} answer {}", self.name, answer.status()));
    }
}

#[tokio::test]
async fn interceptors_of_the_client_then_the_call_see_every_step() {
    let server = TestServer::start(regions).await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorder = |name| Recorder {
        name,
        seen: seen.clone(),
    };
    let client = yun_aliyun_ecs::Client::new(
        config(&server)
            .interceptor(recorder("client"))
            .build()
            .unwrap(),
    );
    client
        .describe_regions(DescribeRegionsRequest::new())
        .interceptor(recorder("call"))
        .await
        .unwrap();
    assert_eq!(
        *seen.lock().unwrap(),
        [
            "client before DescribeRegions",
            "call before DescribeRegions",
            "client after POST",
            "call after POST",
            "client answer 200",
            "call answer 200",
        ]
    );
    let sent = server.received().pop().unwrap();
    // Added before signing: signed; after: sent, not signed.
    let authorization = sent.header("authorization").unwrap();
    assert!(authorization.contains("x-acs-client") && authorization.contains("x-acs-call"));
    assert!(!authorization.contains("x-trace"));
    assert_eq!(sent.header("x-trace-call"), Some("t-1"));
}

#[tokio::test]
async fn a_paginators_options_reach_every_page() {
    let server = TestServer::start(|r: &Received| {
        if let Err(why) = verify_aliyun(r, ID, SECRET) {
            return Reply::json(
                400,
                &serde_json::json!({"Code": "SignatureDoesNotMatch", "Message": why}),
            );
        }
        // Two pages by token: the first names the second.
        let (id, next) = match r.param("NextToken").as_deref() {
            None => ("i-1", "t-2"),
            _ => ("i-2", ""),
        };
        Reply::json(
            200,
            &serde_json::json!({"RequestId": "r", "NextToken": next,
                "Instances": {"Instance": [{"InstanceId": id}]}}),
        )
    })
    .await;
    let client = yun_aliyun_ecs::Client::new(config(&server).build().unwrap());
    let items = client
        .describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou").max_results(1))
        .options(CallOptions::new().header("x-acs-resourcegroup-id", "rg-1"))
        .collect_items()
        .await
        .unwrap();
    assert_eq!(items.len(), 2);
    let sent = server.received();
    assert_eq!(sent.len(), 2);
    assert!(sent
        .iter()
        .all(|r| r.header("x-acs-resourcegroup-id") == Some("rg-1")));
}

#[tokio::test]
async fn a_tencent_call_takes_headers_but_no_query_parameters() {
    let server = TestServer::start(|r: &Received| match verify_tc3(r, ID, SECRET) {
        Ok(()) => Reply::json(200, &serde_json::json!({"Response": {"RequestId": "r", "TotalCount": 0, "RegionSet": []}})),
        Err(why) => Reply::json(200, &serde_json::json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": why}, "RequestId": "r"}})),
    })
    .await;
    let client =
        yun_tencent_cvm::Client::new(config(&server).region("ap-guangzhou").build().unwrap());
    client
        .describe_regions(yun_tencent_cvm::DescribeRegionsRequest::new())
        .header("X-Request-Tag", "nightly")
        .await
        .unwrap();
    assert_eq!(
        server.received()[0].header("x-request-tag"),
        Some("nightly")
    );

    let err = client
        .describe_regions(yun_tencent_cvm::DescribeRegionsRequest::new())
        .query("Extra", "1")
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("Tencent Cloud takes no query parameters"),
        "{err}"
    );
    assert_eq!(server.received().len(), 1, "nothing sent");
}
