//! The fault matrix: every transient fault, injected by a real server on
//! 127.0.0.1 once (then normal service) and on every attempt, against a
//! read, a write protected by a ClientToken, and a write without one, for
//! both vendors. Also: the retry budget under concurrent callers, and the
//! clock offset kept for later calls.
//!
//! `cargo test -p yun-core --test faults -- --nocapture` prints the matrix.

use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::error::TimeoutKind;
use yun_core::http::HttpOptions;
use yun_core::retry::{RetryBudget, RetryConfig};
use yun_core::sign::aliyun_rpc::RpcAlgorithm;
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{AliyunSignature, Config, Credential, Error};
use yun_testing::{
    now_unix, signed_time, verify_aliyun, verify_tencent, Received, Reply, TestServer, WireFault,
};

const ID: &str = "LTAI5tFaultKey";
const SECRET: &str = "fault secret/+=";
const READ_TIMEOUT: Duration = Duration::from_millis(300);
/// How far the skewed server's clock runs ahead.
const SKEW: u64 = 3600;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Vendor {
    Aliyun,
    Tencent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    Throttling,
    Unavailable503,
    Gateway502,
    Reset,
    ReadTimeout,
    Truncated,
    ClockSkew,
}

impl Fault {
    const ALL: [Fault; 7] = [
        Fault::Throttling,
        Fault::Unavailable503,
        Fault::Gateway502,
        Fault::Reset,
        Fault::ReadTimeout,
        Fault::Truncated,
        Fault::ClockSkew,
    ];

    /// The service cannot have acted on the request.
    fn not_processed(self) -> bool {
        matches!(
            self,
            Fault::Throttling | Fault::Unavailable503 | Fault::ClockSkew
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Read,
    TokenWrite,
    UnsafeWrite,
}

/// The fault's reply, as each vendor's front end sends it.
fn fault_reply(vendor: Vendor, fault: Fault) -> Reply {
    let ok = success(vendor);
    match (vendor, fault) {
        (Vendor::Aliyun, Fault::Throttling) => Reply::json(
            400,
            &json!({"Code": "Throttling.User", "Message": "slow down", "RequestId": "thr"}),
        ),
        (Vendor::Tencent, Fault::Throttling) => Reply::json(
            200,
            &json!({"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "slow down"}, "RequestId": "thr"}}),
        ),
        (Vendor::Aliyun, Fault::Unavailable503) => Reply::json(
            503,
            &json!({"Code": "ServiceUnavailable", "Message": "try later", "RequestId": "u"}),
        ),
        (Vendor::Tencent, Fault::Unavailable503) => {
            Reply::raw(503, "text/html", "<html>503 Service Unavailable</html>")
        }
        (_, Fault::Gateway502) => Reply::raw(
            502,
            "text/html",
            "<html><head><title>502 Bad Gateway</title></head></html>",
        ),
        (_, Fault::Reset) => ok.broken(WireFault::Reset),
        (_, Fault::ReadTimeout) => ok.delayed(READ_TIMEOUT * 4),
        (_, Fault::Truncated) => ok.broken(WireFault::Truncate(100)),
        (Vendor::Aliyun, Fault::ClockSkew) => Reply::json(
            400,
            &json!({"Code": "InvalidTimeStamp.Expired", "Message": "Specified time stamp or date value is expired.", "RequestId": "skew"}),
        )
        .dated(now_unix() + SKEW),
        (Vendor::Tencent, Fault::ClockSkew) => Reply::json(
            200,
            &json!({"Response": {"Error": {"Code": "AuthFailure.SignatureExpire", "Message": "expired"}, "RequestId": "skew"}}),
        )
        .dated(now_unix() + SKEW),
    }
}

fn success(vendor: Vendor) -> Reply {
    match vendor {
        Vendor::Aliyun => Reply::json(200, &json!({"RequestId": "ok", "Done": true})),
        Vendor::Tencent => {
            Reply::json(200, &json!({"Response": {"RequestId": "ok", "Done": true}}))
        }
    }
}

/// A server that checks signatures and answers with `fault` on the first
/// request (`always`: on every request), then normally. For clock skew it
/// is a server whose clock runs `SKEW` ahead: it rejects any timestamp more
/// than 15 minutes from its own (`always`: every request).
async fn faulty_server(vendor: Vendor, fault: Fault, always: bool) -> TestServer {
    let count = Arc::new(AtomicUsize::new(0));
    TestServer::start(move |r: &Received| {
        let n = count.fetch_add(1, Ordering::SeqCst);
        let verified = match vendor {
            Vendor::Aliyun => verify_aliyun(r, ID, SECRET),
            Vendor::Tencent => verify_tencent(r, ID, SECRET),
        };
        if let Err(why) = verified {
            return Reply::json(
                400,
                &json!({"Code": "SignatureDoesNotMatch", "Message": why}),
            );
        }
        if fault == Fault::ClockSkew {
            let server_now = now_unix() + SKEW;
            let signed = signed_time(r).unwrap_or(0);
            if always || server_now.abs_diff(signed) > 900 {
                return fault_reply(vendor, fault);
            }
            return success(vendor).dated(server_now);
        }
        if always || n == 0 {
            fault_reply(vendor, fault)
        } else {
            success(vendor)
        }
    })
    .await
}

fn config(server: &TestServer) -> yun_core::ConfigBuilder {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .http(
            HttpOptions::default()
                .env_proxy(false)
                .read_timeout(READ_TIMEOUT),
        )
        .retry(RetryConfig::default().initial_backoff(Duration::from_millis(5)))
}

/// Calls `op` once on a fresh client; returns the result as JSON and the
/// tokens each request carried.
async fn call(vendor: Vendor, op: Op, server: &TestServer) -> Result<Value, Error> {
    let config = config(server).build().unwrap();
    match vendor {
        Vendor::Aliyun => {
            let client = AliyunClient::for_product(config, "ecs");
            let mut req = match op {
                Op::Read => RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true),
                Op::TokenWrite => {
                    RpcRequest::new("CreateDisk", "2014-05-26").idempotency_token("ClientToken")
                }
                Op::UnsafeWrite => RpcRequest::new("CreateDisk", "2014-05-26"),
            };
            req.query.insert("RegionId", "cn-hangzhou");
            client.call(&req).await
        }
        Vendor::Tencent => {
            let client = TencentClient::new(config, "cvm");
            let params = json!({"Limit": 1});
            let req = match op {
                Op::Read => TencentRequest::new("DescribeRegions", "2017-03-12", &params)
                    .unwrap()
                    .read_only(true),
                Op::TokenWrite => TencentRequest::new("RunInstances", "2017-03-12", &params)
                    .unwrap()
                    .idempotency_token("ClientToken"),
                Op::UnsafeWrite => {
                    TencentRequest::new("RunInstances", "2017-03-12", &params).unwrap()
                }
            };
            let body = client.send(&req).await?;
            Ok(serde_json::from_slice::<Value>(&body).unwrap()["Response"].clone())
        }
    }
}

fn token_of(vendor: Vendor, r: &Received) -> Option<String> {
    match vendor {
        Vendor::Aliyun => r.param("ClientToken"),
        Vendor::Tencent => serde_json::from_slice::<Value>(&r.body).ok()?["ClientToken"]
            .as_str()
            .map(str::to_owned),
    }
}

/// One cell of the matrix: what happened, checked against the rules.
async fn run_case(vendor: Vendor, fault: Fault, always: bool, op: Op) -> String {
    let label = format!(
        "{vendor:?} {fault:?} {} {op:?}",
        if always { "always" } else { "once" }
    );
    let server = faulty_server(vendor, fault, always).await;
    let started = Instant::now();
    let result = call(vendor, op, &server).await;
    let elapsed = started.elapsed();
    let received = server.received();
    let attempts = received.len();

    // The rules.
    let safe = op != Op::UnsafeWrite;
    let (want_ok, want_attempts) = match (always, fault) {
        (false, _) if safe || fault.not_processed() => (true, 2),
        (false, _) => (false, 1),
        (true, Fault::ClockSkew) => (false, 2),
        (true, _) if safe || fault.not_processed() => (false, 3),
        (true, _) => (false, 1),
    };
    assert_eq!(
        attempts, want_attempts,
        "{label}: attempts; result {result:?}"
    );
    assert!(
        elapsed < Duration::from_secs(10),
        "{label}: took {elapsed:?}"
    );
    let outcome = match &result {
        Ok(v) => {
            assert!(want_ok, "{label}: succeeded");
            assert_eq!(v["Done"], true, "{label}");
            "ok".to_owned()
        }
        Err(e) => {
            assert!(!want_ok, "{label}: {e}");
            let text = e.to_string();
            assert!(!text.contains(SECRET), "{label}: {text}");
            if op == Op::UnsafeWrite && !fault.not_processed() {
                assert!(e.is_outcome_unknown(), "{label}: {e:?}");
                assert!(
                    text.contains("may or may not have taken effect")
                        && text.contains("not retried: CreateDisk is not read-only")
                        || text.contains("not retried: RunInstances is not read-only"),
                    "{label}: {text}"
                );
            } else if fault == Fault::ClockSkew {
                assert!(
                    text.contains("2 attempts") && text.contains("clock"),
                    "{label}: {text}"
                );
            } else {
                assert!(!e.is_outcome_unknown(), "{label}: {e:?}");
                assert!(
                    text.contains("3 attempts; retries exhausted (max_attempts 3)"),
                    "{label}: {text}"
                );
            }
            if fault == Fault::ReadTimeout {
                assert!(
                    matches!(
                        e,
                        Error::Timeout { kind: TimeoutKind::Read, after, .. } if *after == READ_TIMEOUT
                    ) || matches!(e, Error::OutcomeUnknown { source, .. } if source.is_timeout()),
                    "{label}: {e:?}"
                );
                assert!(
                    text.contains("the read timeout (300ms) fired"),
                    "{label}: {text}"
                );
            }
            if fault == Fault::Truncated {
                assert!(text.contains("closed after"), "{label}: {text}");
            }
            eprintln!("{label}: {text}");
            format!("error: {}", error_kind(e))
        }
    };

    // Tokens: a token write sends one token, the same on every attempt;
    // the others send none.
    let tokens: Vec<Option<String>> = received.iter().map(|r| token_of(vendor, r)).collect();
    match op {
        Op::TokenWrite => {
            let first = tokens[0].clone().expect("a filled ClientToken");
            assert_eq!(first.len(), 36, "{label}: {first}");
            assert!(
                tokens.iter().all(|t| t.as_deref() == Some(first.as_str())),
                "{label}: {tokens:?}"
            );
            if let Err(e) = &result {
                assert_eq!(e.client_token(), Some(first.as_str()), "{label}: {e:?}");
            }
        }
        _ => {
            assert!(tokens.iter().all(Option::is_none), "{label}: {tokens:?}");
            if let Err(e) = &result {
                assert_eq!(e.client_token(), None, "{label}");
            }
        }
    }
    format!(
        "| {vendor:?} | {fault:?} | {} | {op:?} | {outcome} | {attempts} | {} ms |",
        if always { "always" } else { "once" },
        elapsed.as_millis()
    )
}

fn error_kind(e: &Error) -> &'static str {
    match e {
        Error::Service(_) => "Service",
        Error::Transport { .. } => "Transport",
        Error::Timeout { .. } => "Timeout",
        Error::Decode { .. } => "Decode",
        Error::OutcomeUnknown { .. } => "OutcomeUnknown",
        _ => "other",
    }
}

async fn matrix(vendor: Vendor) {
    let mut rows = vec![
        "| vendor | fault | when | operation | outcome | requests | time |".to_owned(),
        "|---|---|---|---|---|---|---|".to_owned(),
    ];
    for fault in Fault::ALL {
        for always in [false, true] {
            for op in [Op::Read, Op::TokenWrite, Op::UnsafeWrite] {
                rows.push(run_case(vendor, fault, always, op).await);
            }
        }
    }
    println!("{}", rows.join("\n"));
}

#[tokio::test]
async fn aliyun_fault_matrix() {
    matrix(Vendor::Aliyun).await;
}

#[tokio::test]
async fn tencent_fault_matrix() {
    matrix(Vendor::Tencent).await;
}

#[tokio::test]
async fn a_callers_own_token_is_never_replaced() {
    let server = faulty_server(Vendor::Aliyun, Fault::Reset, false).await;
    let client = AliyunClient::for_product(config(&server).build().unwrap(), "ecs");
    let mut req = RpcRequest::new("CreateDisk", "2014-05-26").idempotency_token("ClientToken");
    req.query.insert("ClientToken", "mine-123");
    client.call::<Value>(&req).await.unwrap();
    let tokens: Vec<_> = server
        .received()
        .iter()
        .map(|r| r.param("ClientToken"))
        .collect();
    assert_eq!(tokens, vec![Some("mine-123".to_owned()); 2]);

    let server = faulty_server(Vendor::Tencent, Fault::Reset, false).await;
    let client = TencentClient::new(config(&server).build().unwrap(), "cvm");
    let req = TencentRequest::new(
        "RunInstances",
        "2017-03-12",
        &json!({"ClientToken": "mine-456"}),
    )
    .unwrap()
    .idempotency_token("ClientToken");
    client.send(&req).await.unwrap();
    let tokens: Vec<_> = server
        .received()
        .iter()
        .map(|r| token_of(Vendor::Tencent, r))
        .collect();
    assert_eq!(tokens, vec![Some("mine-456".to_owned()); 2]);
}

#[tokio::test]
async fn with_token_filling_off_an_unset_token_makes_the_write_unsafe() {
    let server = faulty_server(Vendor::Aliyun, Fault::Reset, false).await;
    let client = AliyunClient::for_product(
        config(&server)
            .retry(RetryConfig::default().fill_idempotency_tokens(false))
            .build()
            .unwrap(),
        "ecs",
    );
    let req = RpcRequest::new("CreateDisk", "2014-05-26").idempotency_token("ClientToken");
    let err = client.call::<Value>(&req).await.unwrap_err();
    assert!(err.is_outcome_unknown(), "{err:?}");
    assert!(
        err.to_string().contains("its ClientToken was not set"),
        "{err}"
    );
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn the_learned_clock_offset_is_kept_for_later_calls() {
    for vendor in [Vendor::Aliyun, Vendor::Tencent] {
        let server = faulty_server(vendor, Fault::ClockSkew, false).await;
        let config = config(&server).build().unwrap();
        for _ in 0..3 {
            match vendor {
                Vendor::Aliyun => {
                    let client = AliyunClient::for_product(config.clone(), "ecs");
                    let req = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
                    client.call::<Value>(&req).await.unwrap();
                }
                Vendor::Tencent => {
                    let client = TencentClient::new(config.clone(), "cvm");
                    client
                        .call::<Value, _>("DescribeRegions", "2017-03-12", &json!({}))
                        .await
                        .unwrap();
                }
            }
        }
        let signed: Vec<u64> = server
            .received()
            .iter()
            .map(|r| signed_time(r).unwrap())
            .collect();
        assert_eq!(
            signed.len(),
            4,
            "{vendor:?}: one rejection, then three first-time successes"
        );
        for t in &signed[1..] {
            assert!(
                t.abs_diff(now_unix() + SKEW) <= 5,
                "{vendor:?}: signed at {t}"
            );
        }
    }
}

#[tokio::test]
async fn without_clock_correction_a_skew_rejection_is_final() {
    let server = faulty_server(Vendor::Tencent, Fault::ClockSkew, false).await;
    let client = TencentClient::new(
        config(&server)
            .retry(RetryConfig::default().correct_clock_skew(false))
            .build()
            .unwrap(),
        "cvm",
    );
    let err = client
        .call::<Value, _>("DescribeRegions", "2017-03-12", &json!({}))
        .await
        .unwrap_err();
    assert!(err.is_clock_skew(), "{err:?}");
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn the_budget_stops_retries_against_an_endpoint_that_always_fails() {
    let server = faulty_server(Vendor::Aliyun, Fault::Unavailable503, true).await;
    let callers = 20;
    // Room for four retries in all: 20 tokens, 5 a retry.
    let config = config(&server)
        .retry(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(5))
                .budget(Some(RetryBudget::default().capacity(20).costs(5, 10))),
        )
        .build()
        .unwrap();
    let client = AliyunClient::for_product(config, "ecs");
    let notes = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for _ in 0..callers {
        let (client, notes) = (client.clone(), notes.clone());
        tasks.push(tokio::spawn(async move {
            let req = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
            let err = client.call::<Value>(&req).await.unwrap_err();
            notes.lock().unwrap().push(err.to_string());
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(
        server.received().len(),
        callers + 4,
        "one request per caller, and the four retries the budget paid for"
    );
    let notes = notes.lock().unwrap().clone();
    let stopped = notes
        .iter()
        .filter(|n| n.contains("not retried: the client's retry budget is empty"))
        .count();
    assert_eq!(
        stopped, callers,
        "every caller ends on an empty budget: {notes:?}"
    );

    // With the budget off, every caller makes its three attempts.
    let server = faulty_server(Vendor::Aliyun, Fault::Unavailable503, true).await;
    let client = AliyunClient::for_product(config_with_budget(&server, None), "ecs");
    let req = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
    for _ in 0..5 {
        client.call::<Value>(&req).await.unwrap_err();
    }
    assert_eq!(server.received().len(), 15);
}

fn config_with_budget(server: &TestServer, budget: Option<RetryBudget>) -> Config {
    config(server)
        .retry(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(1))
                .budget(budget),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_success_on_a_retry_refunds_its_tokens() {
    // Every other request is throttled. The budget holds one retry: the
    // second call can retry only if the first call's success gave it back.
    let count = Arc::new(AtomicUsize::new(0));
    let server = TestServer::start(move |_: &Received| {
        if count.fetch_add(1, Ordering::SeqCst) % 2 == 0 {
            fault_reply(Vendor::Aliyun, Fault::Throttling)
        } else {
            success(Vendor::Aliyun)
        }
    })
    .await;
    let config = config_with_budget(
        &server,
        Some(RetryBudget::default().capacity(5).costs(5, 5)),
    );
    let client = AliyunClient::for_product(config, "ecs");
    let req = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
    for _ in 0..3 {
        client.call::<Value>(&req).await.unwrap();
    }
    assert_eq!(server.received().len(), 6);
}

#[tokio::test]
async fn errors_after_a_signed_url_was_sent_never_show_it() {
    // RPC v1 puts the signature, key id and token in the URL; no error
    // about a lost answer may show any of it.
    for fault in [
        Fault::Reset,
        Fault::ReadTimeout,
        Fault::Truncated,
        Fault::Gateway502,
    ] {
        let server = faulty_server(Vendor::Aliyun, fault, true).await;
        let client = AliyunClient::for_product(
            config(&server)
                .credentials(Credential::sts(ID, SECRET, "sts-token-value"))
                .aliyun_signature(AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1))
                .build()
                .unwrap(),
            "ecs",
        );
        for req in [
            RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true),
            RpcRequest::new("CreateDisk", "2014-05-26"),
        ] {
            let err = client.call::<Value>(&req).await.unwrap_err();
            let mut shown = format!("{err} {err:?}");
            let mut source = std::error::Error::source(&err);
            while let Some(s) = source {
                shown.push_str(&format!(" {s} {s:?}"));
                source = s.source();
            }
            for secret in [SECRET, "sts-token-value", "Signature=", "AccessKeyId=", ID] {
                assert!(!shown.contains(secret), "{fault:?}: {secret} in {shown}");
            }
        }
    }
}

/// A service that accepts the connection and never answers: the call's time
/// limit ends a read however many attempts it has left, and a write after
/// its one attempt as an unknown outcome; the error names the limit.
#[tokio::test]
async fn the_call_time_limit_bounds_every_attempt_and_wait() {
    let server =
        TestServer::start(|_: &Received| success(Vendor::Aliyun).delayed(Duration::from_secs(30)))
            .await;
    let limit = Duration::from_millis(1500);
    let config = Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .http(
            HttpOptions::default()
                .env_proxy(false)
                .read_timeout(Duration::from_millis(600)),
        )
        .retry(
            RetryConfig::default()
                .max_attempts(10)
                .initial_backoff(Duration::from_millis(1))
                .call_timeout(Some(limit)),
        )
        .build()
        .unwrap();
    let client = AliyunClient::for_product(config, "ecs");

    let started = Instant::now();
    let err = client
        .call::<Value>(&RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true))
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    match &err {
        Error::Timeout { kind, after, .. } => {
            assert_eq!((*kind, *after), (TimeoutKind::Call, limit), "{err}");
        }
        other => panic!("expected the call timeout, got {other}"),
    }
    assert!(
        err.to_string().contains("the call timeout (1.5s) fired"),
        "{err}"
    );
    // Two attempts cut by the read timeout, the third by the call's limit.
    assert_eq!(server.received().len(), 3);
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");

    let before = server.received().len();
    let err = client
        .call::<Value>(&RpcRequest::new("DeleteInstance", "2014-05-26"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::OutcomeUnknown { .. }), "{err}");
    assert_eq!(server.received().len(), before + 1);
}
