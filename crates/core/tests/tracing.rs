//! What yun shows through `tracing`, recorded by a subscriber that keeps
//! every span, field and event at every level: full calls of both vendors
//! with STS-token credentials from a chain, refreshed on every call (they
//! expire inside the refresh margin), a throttled attempt that is retried,
//! and a service error. The output must hold the spans, events and fields
//! yun documents, and none of the secrets: access key secrets, security
//! tokens, signatures, `Authorization` values, a password member.

use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tracing::Subscriber;
use tracing_subscriber::layer::SubscriberExt;
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::credentials::{Chain, Environment, RamRoleArn, TencentAssumeRole};
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::sign::aliyun_rpc::RpcAlgorithm;
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{AliyunSignature, Config, Credential, Error, TencentSignature};
use yun_testing::{
    iso8601, now_unix, verify_aliyun, verify_rpc_v1, verify_tc3, verify_tencent, Received, Reply,
    TestServer,
};

#[path = "support/recorder.rs"]
mod recorder;
use recorder::Recorder;

const SOURCE_ID: &str = "LTAIsourceTrace";
const SOURCE_SECRET: &str = "source-secret-value";
const PASSWORD: &str = "hunter2-password-value";

/// Credentials that live 10 minutes: inside both vendors' refresh margins,
/// so every call refreshes them.
fn short_lived(n: usize) -> (String, String, String) {
    (
        format!("STS.{n}"),
        format!("sts-secret-{n}-value"),
        format!("sts-token-{n}-value"),
    )
}

/// The secret that goes with a temporary key id `STS.<n>`.
fn secret_of(id: &str) -> String {
    let n: usize = id.trim_start_matches("STS.").parse().unwrap_or(0);
    short_lived(n).1
}

/// Secrets that must never show, with every temporary credential the STS
/// handed out and every signature a server received.
fn secrets(sts_calls: usize, received: &[Received]) -> Vec<String> {
    let mut out = vec![SOURCE_SECRET.to_owned(), PASSWORD.to_owned()];
    for n in 1..=sts_calls {
        let (_, secret, token) = short_lived(n);
        out.extend([secret, token]);
    }
    for r in received {
        if let Some(auth) = r.header("authorization") {
            out.push(auth.to_owned());
            if let Some((_, sig)) = auth.rsplit_once("Signature=") {
                out.push(sig.to_owned());
            }
        }
        if let Some(sig) = r.param("Signature") {
            out.push(sig);
        }
    }
    out
}

fn assert_no_secret(recorder: &Recorder, secrets: &[String]) {
    let all = recorder.lines().join("\n");
    for secret in secrets {
        assert!(
            !all.contains(secret.as_str()),
            "`{secret}` appears in:\n{all}"
        );
    }
}

async fn aliyun_sts(calls: Arc<AtomicUsize>) -> TestServer {
    TestServer::start(move |r: &Received| {
        if verify_rpc_v1(r, SOURCE_ID, SOURCE_SECRET).is_err() {
            return Reply::json(400, &json!({"Code": "SignatureDoesNotMatch", "Message": "x"}));
        }
        let n = calls.fetch_add(1, Ordering::SeqCst) + 1;
        let (id, secret, token) = short_lived(n);
        Reply::json(
            200,
            &json!({"RequestId": "sts-req", "Credentials": {"AccessKeyId": id, "AccessKeySecret": secret,
                "SecurityToken": token, "Expiration": iso8601(now_unix() + 600)}}),
        )
    })
    .await
}

/// An ECS endpoint that checks signatures made with the temporary
/// credentials, throttles the first request and forbids `Forbidden`.
async fn aliyun_api() -> TestServer {
    let count = Arc::new(AtomicUsize::new(0));
    TestServer::start(move |r: &Received| {
        let id = r
            .header("x-acs-accesskey-id")
            .map(str::to_owned)
            .or_else(|| r.param("AccessKeyId"))
            .unwrap_or_default();
        if let Err(why) = verify_aliyun(r, &id, &secret_of(&id)) {
            return Reply::json(
                400,
                &json!({"Code": "SignatureDoesNotMatch", "Message": why}),
            );
        }
        let action = r
            .header("x-acs-action")
            .map(str::to_owned)
            .or_else(|| r.param("Action"));
        if count.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::json(
                400,
                &json!({"Code": "Throttling.User", "Message": "slow down", "RequestId": "thr-1"}),
            );
        }
        match action.as_deref() {
            Some("Forbidden") => Reply::json(
                403,
                &json!({"Code": "Forbidden.RAM", "Message": "no", "RequestId": "req-403"}),
            ),
            _ => Reply::json(200, &json!({"RequestId": "req-ok-1", "Regions": {}})),
        }
    })
    .await
}

fn subscriber(recorder: &Recorder) -> impl Subscriber + Send + Sync {
    tracing_subscriber::registry().with(recorder.clone())
}

#[tokio::test]
async fn aliyun_calls_show_spans_attempts_retries_and_credentials_without_secrets() {
    for signature in [
        AliyunSignature::Acs3,
        AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1),
    ] {
        let recorder = Recorder::default();
        let _guard = tracing::subscriber::set_default(subscriber(&recorder));
        let sts_calls = Arc::new(AtomicUsize::new(0));
        let sts = aliyun_sts(sts_calls.clone()).await;
        let api = aliyun_api().await;

        let mut chain = Chain::new("test");
        chain.push(
            "environment",
            Err(Error::credentials(
                "environment",
                "ALIBABA_CLOUD_ACCESS_KEY_ID is not set",
            )),
        );
        let role = RamRoleArn::with_env(
            Credential::access_key(SOURCE_ID, SOURCE_SECRET),
            "acs:ram::1:role/app",
            &Environment::from_pairs::<&str, &str>([]),
        )
        .unwrap()
        .endpoint_url(&sts.url())
        .unwrap();
        chain.push("ram_role_arn", Ok(Arc::new(role)));
        let config = Config::builder()
            .region("cn-hangzhou")
            .credentials(chain)
            .endpoint_url(api.url())
            .aliyun_signature(signature)
            .http(HttpOptions::default().env_proxy(false))
            .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
            .build()
            .unwrap();
        let client = AliyunClient::for_product(config, "ecs");

        let mut req = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
        req.query.insert("RegionId", "cn-hangzhou");
        req.body.insert("Password", PASSWORD);
        let _: Value = client.call(&req).await.expect("retried after throttling");
        let err = client
            .call::<Value>(&RpcRequest::new("Forbidden", "2014-05-26"))
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("Forbidden.RAM"));

        let r = &recorder;
        // The call span, opened and closed.
        r.assert_has(&[
            "SPAN DEBUG call",
            "vendor=aliyun",
            "product=ecs",
            "action=DescribeRegions",
            "version=2014-05-26",
            "region=cn-hangzhou",
            "host=127.0.0.1",
            "read_only=true",
        ]);
        r.assert_has(&["RECORD call", "attempts=2"]);
        r.assert_has(&["RECORD call", "http_status=200"]);
        r.assert_has(&["RECORD call", "request_id=req-ok-1"]);
        r.assert_has(&["RECORD call", "elapsed_ms="]);
        r.assert_has(&["RECORD call", "outcome=ok"]);
        // Attempts and the retry.
        r.assert_has(&[
            "EVENT DEBUG yun_core::call [call]",
            "attempt=1",
            "error_kind=service",
            "code=Throttling.User",
            "latency_ms=",
            "attempt failed",
        ]);
        r.assert_has(&[
            "EVENT DEBUG yun_core::retry [call]",
            "attempt=1",
            "reason=",
            "backoff_ms=",
            "retrying",
        ]);
        r.assert_has(&[
            "EVENT DEBUG yun_core::call [call]",
            "attempt=2",
            "http_status=200",
            "attempt succeeded",
        ]);
        // The service error.
        r.assert_has(&["RECORD call", "outcome=service"]);
        r.assert_has(&["RECORD call", "request_id=req-403"]);
        r.assert_has(&["RECORD call", "http_status=403"]);
        r.assert_has(&["EVENT DEBUG", "Forbidden.RAM", "call failed"]);
        // Credentials: the chain step, the skipped one, every refresh.
        r.assert_has(&[
            "EVENT INFO yun_core::credentials::chain",
            "step=ram_role_arn",
            "credentials found",
        ]);
        r.assert_has(&[
            "EVENT DEBUG yun_core::credentials::chain",
            "step=environment",
            "ALIBABA_CLOUD_ACCESS_KEY_ID is not set",
            "skipped",
        ]);
        let refreshes = r.having(&[
            "EVENT INFO yun_core::credentials::cache",
            "provider=ram_role_arn",
            "expires_at=",
            "waited_ms=",
            "refreshed temporary credentials",
        ]);
        assert!(refreshes.len() >= 2, "a refresh per call: {refreshes:?}");
        // The STS call is itself a call span, inside the API call's.
        r.assert_has(&["SPAN DEBUG call", "action=AssumeRole"]);
        // TRACE: what was signed, secrets out.
        r.assert_has(&[
            "EVENT TRACE yun_core::call",
            "canonical_request=",
            "string_to_sign=",
            "signed request",
        ]);
        r.assert_has(&["EVENT TRACE", "Password=<redacted>"]);
        // No INFO per call: only the chain's first answer and refreshes.
        for line in r.having(&["EVENT INFO"]) {
            assert!(
                line.contains("credentials found") || line.contains("refreshed"),
                "{line}"
            );
        }
        assert_no_secret(
            r,
            &secrets(sts_calls.load(Ordering::SeqCst), &api.received()),
        );
    }
}

const TC_SOURCE_KEY: &str = "tencent-source-key-value";

async fn tencent_sts(calls: Arc<AtomicUsize>) -> TestServer {
    TestServer::start(move |r: &Received| {
        if verify_tc3(r, SOURCE_ID, TC_SOURCE_KEY).is_err() {
            return Reply::json(200, &json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "x"}, "RequestId": "e"}}));
        }
        let n = calls.fetch_add(1, Ordering::SeqCst) + 1;
        let (id, secret, token) = short_lived(n);
        Reply::json(
            200,
            &json!({"Response": {"Credentials": {"Token": token, "TmpSecretId": id, "TmpSecretKey": secret},
                "ExpiredTime": now_unix() + 200, "RequestId": "tc-sts"}}),
        )
    })
    .await
}

async fn tencent_api() -> TestServer {
    let count = Arc::new(AtomicUsize::new(0));
    TestServer::start(move |r: &Received| {
        let id = r
            .header("authorization")
            .and_then(|a| a.split("Credential=").nth(1))
            .and_then(|c| c.split('/').next())
            .unwrap_or_default()
            .to_owned();
        if let Err(why) = verify_tencent(r, &id, &secret_of(&id)) {
            return Reply::json(200, &json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": why}, "RequestId": "bad"}}));
        }
        if count.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::json(200, &json!({"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "slow"}, "RequestId": "thr"}}));
        }
        match r.header("x-tc-action") {
            Some("RunInstances") => Reply::json(200, &json!({"Response": {"Error": {"Code": "InvalidParameterValue", "Message": "no"}, "RequestId": "tc-err-1"}})),
            _ => Reply::json(200, &json!({"Response": {"TotalCount": 0, "RequestId": "tc-ok-1"}})),
        }
    })
    .await
}

#[tokio::test]
async fn tencent_calls_show_spans_attempts_retries_and_credentials_without_secrets() {
    for signature in [TencentSignature::Tc3, TencentSignature::Tc3Get] {
        let recorder = Recorder::default();
        let _guard = tracing::subscriber::set_default(subscriber(&recorder));
        let sts_calls = Arc::new(AtomicUsize::new(0));
        let sts = tencent_sts(sts_calls.clone()).await;
        let api = tencent_api().await;
        let role = TencentAssumeRole::new(
            Credential::access_key(SOURCE_ID, TC_SOURCE_KEY),
            "qcs::cam::uin/1:roleName/app",
        )
        .unwrap()
        .endpoint_url(&sts.url())
        .unwrap();
        let config = Config::builder()
            .region("ap-guangzhou")
            .credentials(role)
            .endpoint_url(api.url())
            .tencent_signature(signature)
            .http(HttpOptions::default().env_proxy(false))
            .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
            .build()
            .unwrap();
        let client = TencentClient::new(config, "cvm");
        let params = json!({"Limit": 1, "LoginSettings": {"Password": PASSWORD}});
        let req = TencentRequest::new("DescribeInstances", "2017-03-12", &params)
            .unwrap()
            .read_only(true);
        let _: Value = client.call_request(&req).await.expect("retried");
        let req = TencentRequest::new("RunInstances", "2017-03-12", &params)
            .unwrap()
            .idempotency_token("ClientToken");
        let err = client.call_request::<Value>(&req).await.unwrap_err();
        assert_eq!(err.code(), Some("InvalidParameterValue"));

        let r = &recorder;
        r.assert_has(&[
            "SPAN DEBUG call",
            "vendor=tencent",
            "product=cvm",
            "action=DescribeInstances",
            "version=2017-03-12",
            "region=ap-guangzhou",
            "host=127.0.0.1",
        ]);
        r.assert_has(&["RECORD call", "attempts=2"]);
        r.assert_has(&["RECORD call", "request_id=tc-ok-1"]);
        r.assert_has(&["RECORD call", "request_id=tc-err-1"]);
        r.assert_has(&["RECORD call", "outcome=service"]);
        r.assert_has(&[
            "EVENT DEBUG yun_core::call [call]",
            "attempt=1",
            "code=RequestLimitExceeded",
            "attempt failed",
        ]);
        r.assert_has(&[
            "EVENT DEBUG yun_core::retry [call]",
            "backoff_ms=",
            "retrying",
        ]);
        let refreshes = r.having(&[
            "EVENT INFO yun_core::credentials::cache",
            "provider=tencent_assume_role",
            "expires_at=",
            "refreshed temporary credentials",
        ]);
        assert!(refreshes.len() >= 2, "{refreshes:?}");
        r.assert_has(&[
            "EVENT TRACE yun_core::call",
            "canonical_request=",
            "signed request",
        ]);
        r.assert_has(&["EVENT TRACE", "<redacted>"]);
        assert_no_secret(
            r,
            &secrets(sts_calls.load(Ordering::SeqCst), &api.received()),
        );
    }
}
