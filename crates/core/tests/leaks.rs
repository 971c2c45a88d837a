//! No secret leaves yun through an error or a trace, however the answer
//! that carried it was broken: STS answers of both vendors cut inside each
//! secret member, an HTML page echoing the token, a 403 quoting the source
//! token, an API answer whose password member does not decode, and the
//! ACS3 canonical request signed with an STS token. Credential fetches are
//! retried like reads.

use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tracing_subscriber::layer::SubscriberExt;
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::credentials::{EcsRamRole, RamRoleArn, TencentAssumeRole};
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::{AliyunSignature, Config, Credential, Error, ProvideCredentials};
use yun_testing::{iso8601, now_unix, Received, Reply, TestServer, WireFault};

#[path = "support/recorder.rs"]
mod recorder;
use recorder::Recorder;

const SOURCE_ID: &str = "LTAIsourceLeaks";
const SOURCE_SECRET: &str = "SourceSecretValue0123456789";
const SOURCE_TOKEN: &str = "SourceTokenValue0123456789abcdef";
const NEW_SECRET: &str = "NewSecretValue0123456789abcdef";
const NEW_TOKEN: &str = "CAISnewTokenValue0123456789abcdefghijklmnop";
const PASSWORD: &str = "Hunter2PasswordValue0123";

/// Fails when `text` holds any secret, or half of one (a value cut off by
/// a short answer still leaks what arrived).
fn assert_clean(what: &str, text: &str) {
    for secret in [SOURCE_SECRET, SOURCE_TOKEN, NEW_SECRET, NEW_TOKEN, PASSWORD] {
        let half = &secret[..secret.len() / 2];
        assert!(
            !text.contains(half),
            "{what} shows (part of) {secret}:\n{text}"
        );
    }
}

/// Every way an error can be shown.
fn assert_error_clean(what: &str, err: &Error) {
    assert_clean(what, &err.to_string());
    assert_clean(what, &format!("{err:?}"));
    assert_clean(what, &format!("{err:#?}"));
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        assert_clean(what, &s.to_string());
        source = s.source();
    }
}

fn quick_retries() -> RetryConfig {
    RetryConfig::default().initial_backoff(Duration::from_millis(1))
}

/// The ways an STS answer breaks, each with what must happen to it.
#[derive(Clone, Copy, Debug)]
enum Broken {
    CutInSecret,
    CutInToken,
    HtmlEchoingToken,
    ForbiddenQuotingToken,
}

impl Broken {
    const ALL: [Broken; 4] = [
        Broken::CutInSecret,
        Broken::CutInToken,
        Broken::HtmlEchoingToken,
        Broken::ForbiddenQuotingToken,
    ];

    /// Read answers are retried (3 attempts); a 403 is final.
    fn attempts(self) -> usize {
        match self {
            Broken::ForbiddenQuotingToken => 1,
            _ => 3,
        }
    }

    /// `full`, the good answer, broken this way; `quoted` is the text of a
    /// 403's message.
    fn reply(self, full: &str, secret_member: &str, token_member: &str) -> Reply {
        let cut = |member: &str| {
            let at = full.find(&format!("\"{member}\"")).unwrap();
            // Inside the value: the member's name, the quote, half the value.
            let value_start = at + member.len() + 4;
            full[..value_start + 12].to_owned()
        };
        match self {
            Broken::CutInSecret => Reply::raw(200, "application/json", cut(secret_member)),
            Broken::CutInToken => Reply::raw(200, "application/json", cut(token_member)),
            Broken::HtmlEchoingToken => Reply::raw(
                200,
                "text/html",
                format!(
                    "<html><body>gateway: request had x-acs-security-token: {SOURCE_TOKEN} \
                     and SecurityToken={SOURCE_TOKEN}</body></html>"
                ),
            ),
            Broken::ForbiddenQuotingToken => Reply::raw(
                403,
                "application/json",
                json!({
                    "Code": "Forbidden", "RequestId": "r-403",
                    "Response": {"Error": {"Code": "AuthFailure.TokenFailure",
                        "Message": format!("SecurityToken: {SOURCE_TOKEN} is expired")},
                        "RequestId": "r-403"},
                    "Message": format!("the SecurityToken {SOURCE_TOKEN} is invalid, \"Token\":\"{SOURCE_TOKEN}\"")
                })
                .to_string(),
            ),
        }
    }
}

fn subscriber(recorder: &Recorder) -> impl tracing::Subscriber + Send + Sync {
    tracing_subscriber::registry().with(recorder.clone())
}

#[tokio::test]
async fn aliyun_sts_answers_broken_anywhere_leak_nothing() {
    let good = json!({
        "RequestId": "sts-1",
        "Credentials": {
            "AccessKeyId": "STS.new", "AccessKeySecret": NEW_SECRET,
            "SecurityToken": NEW_TOKEN, "Expiration": iso8601(now_unix() + 3600)
        }
    })
    .to_string();
    for broken in Broken::ALL {
        let recorder = Recorder::default();
        let _guard = tracing::subscriber::set_default(subscriber(&recorder));
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let body = good.clone();
        let sts = TestServer::start(move |_: &Received| {
            counter.fetch_add(1, Ordering::SeqCst);
            broken.reply(&body, "AccessKeySecret", "SecurityToken")
        })
        .await;
        let source = Credential::sts(SOURCE_ID, SOURCE_SECRET, SOURCE_TOKEN);
        let role = RamRoleArn::new(source, "acs:ram::1:role/app")
            .unwrap()
            .endpoint_url(&sts.url())
            .unwrap();
        let err = role.provide_credentials().await.unwrap_err();
        let what = format!("aliyun {broken:?}");
        assert_error_clean(&what, &err);
        for line in recorder.lines() {
            assert_clean(&what, &line);
        }
        let text = err.to_string();
        assert!(
            text.contains("ram_role_arn") && text.contains("AssumeRole"),
            "{text}"
        );
        assert!(
            !err.is_outcome_unknown() && !text.contains("outcome unknown"),
            "{text}"
        );
        assert_eq!(
            calls.load(Ordering::SeqCst),
            broken.attempts(),
            "{what}: {text}"
        );
        if matches!(broken, Broken::CutInSecret | Broken::CutInToken) {
            assert!(text.contains("(secret values removed)"), "{text}");
        }
    }
}

#[tokio::test]
async fn tencent_sts_answers_broken_anywhere_leak_nothing() {
    let good = json!({"Response": {
        "Credentials": {"TmpSecretId": "AKIDnew", "TmpSecretKey": NEW_SECRET, "Token": NEW_TOKEN},
        "ExpiredTime": now_unix() + 3600, "Expiration": iso8601(now_unix() + 3600),
        "RequestId": "tc-sts-1"
    }})
    .to_string();
    for broken in Broken::ALL {
        let recorder = Recorder::default();
        let _guard = tracing::subscriber::set_default(subscriber(&recorder));
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let body = good.clone();
        let sts = TestServer::start(move |_: &Received| {
            counter.fetch_add(1, Ordering::SeqCst);
            broken.reply(&body, "TmpSecretKey", "Token")
        })
        .await;
        let source = Credential::sts("AKIDsource", SOURCE_SECRET, SOURCE_TOKEN);
        let role = TencentAssumeRole::new(source, "qcs::cam::uin/1:roleName/app")
            .unwrap()
            .endpoint_url(&sts.url())
            .unwrap();
        let err = role.provide_credentials().await.unwrap_err();
        let what = format!("tencent {broken:?}");
        assert_error_clean(&what, &err);
        for line in recorder.lines() {
            assert_clean(&what, &line);
        }
        let text = err.to_string();
        assert!(text.contains("tencent_assume_role"), "{text}");
        assert!(
            !err.is_outcome_unknown() && !text.contains("outcome unknown"),
            "{text}"
        );
        assert_eq!(
            calls.load(Ordering::SeqCst),
            broken.attempts(),
            "{what}: {text}"
        );
    }
}

/// An API answer whose password member does not fit its type: the error
/// names the member, never its value, through every decoder and a cut body.
#[tokio::test]
async fn an_answer_with_a_password_that_does_not_decode_leaks_nothing() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Account {
        #[serde(rename = "Password")]
        password: Option<u64>,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Answer {
        #[serde(rename = "Account")]
        account: Account,
    }
    let bodies = [
        format!(r#"{{"RequestId":"r1","Account":{{"Password":"{PASSWORD}"}}}}"#),
        format!("{{\"RequestId\":\"r1\",\n  \"Account\": {{\n    \"Password\": \"{PASSWORD}\"\n  }}\n}}"),
        format!(r#"{{"RequestId":"r1","Account":{{"Password":"{PASSWORD}"#),
    ];
    for body in bodies {
        let server = TestServer::start(move |_: &Received| {
            Reply::raw(200, "application/json", body.clone())
        })
        .await;
        let config = Config::builder()
            .credentials(Credential::access_key(SOURCE_ID, SOURCE_SECRET))
            .endpoint_url(server.url())
            .http(HttpOptions::default().env_proxy(false))
            .retry(quick_retries())
            .build()
            .unwrap();
        let client = AliyunClient::for_product(config, "ecs");
        let req = RpcRequest::new("DescribeAccount", "2014-05-26").read_only(true);
        let err = client.call::<Answer>(&req).await.unwrap_err();
        assert_error_clean("password member", &err);
        let text = err.to_string();
        assert!(
            text.contains("Account.Password") || text.contains("secret values removed"),
            "{text}"
        );
    }
    // The generated types' reader keeps the rest of the answer and reads
    // the member as absent; its WARN event names the member, not the value.
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(subscriber(&recorder));
    let body = format!(r#"{{"Password":"{PASSWORD}"}}"#);
    let holder = yun_core::response::decode_json::<PasswordHolder>(body.as_bytes()).unwrap();
    assert!(holder.0.is_none());
    recorder.assert_has(&["EVENT WARN", "the value of Password does not fit"]);
    for line in recorder.lines() {
        assert!(!line.contains(PASSWORD), "{line}");
    }
    // A body cut inside the secret is still an error, and a clean one.
    let body = format!(r#"{{"Password":"{PASSWORD}"#);
    let err = yun_core::response::decode_json::<PasswordHolder>(body.as_bytes()).unwrap_err();
    assert_error_clean("json reader", &err);
}

/// A hand-written `Decode`, as the generator writes them.
#[derive(Debug)]
#[allow(dead_code)]
struct PasswordHolder(Option<u64>);

impl yun_core::json::Decode for PasswordHolder {
    fn decode(r: &mut yun_core::json::Reader<'_>) -> Result<Self, yun_core::json::DecodeError> {
        let mut value = None;
        let mut members = r.object()?;
        while let Some(key) = members.next(r)? {
            match &*key {
                "Password" => value = Option::<u64>::decode(r)?,
                _ => r.skip()?,
            }
        }
        Ok(PasswordHolder(value))
    }
}

#[tokio::test]
async fn the_acs3_canonical_request_at_trace_hides_the_sts_token() {
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(subscriber(&recorder));
    let api = TestServer::start(|_: &Received| {
        Reply::json(200, &json!({"RequestId": "ok", "Regions": {}}))
    })
    .await;
    let config = Config::builder()
        .credentials(Credential::sts(SOURCE_ID, SOURCE_SECRET, SOURCE_TOKEN))
        .endpoint_url(api.url())
        .aliyun_signature(AliyunSignature::Acs3)
        .http(HttpOptions::default().env_proxy(false))
        .build()
        .unwrap();
    let client = AliyunClient::for_product(config, "ecs");
    let mut req = RpcRequest::new("DescribeRegions", "2014-05-26").read_only(true);
    req.query.insert("Password", PASSWORD);
    let _: Value = client.call(&req).await.unwrap();
    recorder.assert_has(&["EVENT TRACE", "canonical_request="]);
    for line in &recorder.having(&["canonical_request="]) {
        assert!(line.contains("x-acs-security-token:<redacted>"), "{line}");
        assert!(line.contains("Password=<redacted>"), "{line}");
    }
    for line in recorder.lines() {
        assert_clean("trace", &line);
    }
}

/// A reset on AssumeRole is retried (a credential fetch is a read) and the
/// call then succeeds, for both vendors.
#[tokio::test]
async fn a_reset_on_assume_role_is_retried_and_succeeds() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let aliyun = TestServer::start(move |_: &Received| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let ok = Reply::json(
            200,
            &json!({"RequestId": "s", "Credentials": {
            "AccessKeyId": "STS.ok", "AccessKeySecret": NEW_SECRET,
            "SecurityToken": NEW_TOKEN, "Expiration": iso8601(now_unix() + 3600)}}),
        );
        if n == 0 {
            ok.broken(WireFault::Reset)
        } else {
            ok
        }
    })
    .await;
    let role = RamRoleArn::new(
        Credential::access_key(SOURCE_ID, SOURCE_SECRET),
        "acs:ram::1:role/a",
    )
    .unwrap()
    .endpoint_url(&aliyun.url())
    .unwrap();
    assert_eq!(
        role.provide_credentials().await.unwrap().access_key_id(),
        "STS.ok"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);

    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let tencent = TestServer::start(move |_: &Received| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let ok = Reply::json(200, &json!({"Response": {
            "Credentials": {"TmpSecretId": "AKIDok", "TmpSecretKey": NEW_SECRET, "Token": NEW_TOKEN},
            "ExpiredTime": now_unix() + 3600, "RequestId": "t"}}));
        if n == 0 {
            ok.broken(WireFault::Truncate(20))
        } else {
            ok
        }
    })
    .await;
    let role = TencentAssumeRole::new(
        Credential::access_key("AKIDsrc", SOURCE_SECRET),
        "qcs::cam::uin/1:roleName/a",
    )
    .unwrap()
    .endpoint_url(&tencent.url())
    .unwrap();
    assert_eq!(
        role.provide_credentials().await.unwrap().access_key_id(),
        "AKIDok"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

/// The ECS metadata service resets, then fails with a 500, then answers:
/// the provider gets its credential.
#[tokio::test]
async fn a_metadata_service_that_stumbles_is_retried() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let imds = TestServer::start(move |r: &Received| {
        if r.path.ends_with("/api/token") {
            return Reply::raw(200, "text/plain", "session-token");
        }
        match counter.fetch_add(1, Ordering::SeqCst) {
            0 => Reply::raw(200, "text/plain", "").broken(WireFault::Reset),
            1 => Reply::raw(500, "text/plain", "busy"),
            _ => Reply::json(
                200,
                &json!({"Code": "Success", "AccessKeyId": "STS.imds",
                "AccessKeySecret": NEW_SECRET, "SecurityToken": NEW_TOKEN,
                "Expiration": iso8601(now_unix() + 3600)}),
            ),
        }
    })
    .await;
    let provider = EcsRamRole::new()
        .unwrap()
        .role_name("app")
        .endpoint_url(&imds.url())
        .unwrap();
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "STS.imds");
    assert_eq!(calls.load(Ordering::SeqCst), 3);

    // Always failing: the error names the provider and the step, and what
    // the client did, never "outcome unknown".
    let failing = TestServer::start(|r: &Received| {
        if r.path.ends_with("/api/token") {
            Reply::raw(200, "text/plain", "session-token")
        } else {
            Reply::raw(
                502,
                "text/html",
                format!("<html>SecurityToken={SOURCE_TOKEN}</html>"),
            )
        }
    })
    .await;
    let err = EcsRamRole::new()
        .unwrap()
        .role_name("app")
        .endpoint_url(&failing.url())
        .unwrap()
        .provide_credentials()
        .await
        .unwrap_err();
    assert_error_clean("metadata 502", &err);
    let text = err.to_string();
    assert!(
        text.contains("ecs_ram_role")
            && text.contains("the metadata service")
            && text.contains("3 attempts"),
        "{text}"
    );
}

#[test]
fn a_proxy_password_does_not_show_in_the_options() {
    let options = HttpOptions::default().proxy(format!("http://me:{PASSWORD}@proxy.internal:3128"));
    for shown in [format!("{options:?}"), format!("{options:#?}")] {
        assert_clean("HttpOptions", &shown);
        assert!(
            shown.contains("http://me:<redacted>@proxy.internal:3128"),
            "{shown}"
        );
    }
}

#[test]
fn signer_inputs_show_members_by_name_and_hide_secret_values() {
    use yun_core::sign::{acs3::Acs3Input, aliyun_rpc::RpcInput, tc3::Tc3Input};
    let query = vec![
        ("RegionId".to_owned(), "cn-hangzhou".to_owned()),
        ("LoginSettings.Password".to_owned(), PASSWORD.to_owned()),
    ];
    let body = format!(r#"{{"Password":"{PASSWORD}","Limit":1}}"#);
    let acs3 = Acs3Input {
        method: "POST",
        host: "ecs.aliyuncs.com",
        path: "/",
        action: "RunInstances",
        version: "2014-05-26",
        query: &query,
        body: body.as_bytes(),
        body_sha256: None,
        content_type: Some("application/json"),
        timestamp: 0,
        nonce: "n",
        headers: &[],
        resource: false,
    };
    let rpc = RpcInput {
        method: "POST",
        action: "RunInstances",
        version: "2014-05-26",
        query: &query,
        body: &query,
        timestamp: 0,
        nonce: "n",
    };
    let tc3 = Tc3Input {
        method: "POST",
        host: "cvm.tencentcloudapi.com",
        service: "cvm",
        action: "RunInstances",
        version: "2017-03-12",
        region: None,
        language: None,
        content_type: "application/json",
        query: "",
        payload: body.as_bytes(),
        timestamp: 0,
    };
    for shown in [format!("{acs3:?}"), format!("{rpc:#?}"), format!("{tc3:?}")] {
        assert_clean("signer input", &shown);
        assert!(
            shown.contains("RegionId=cn-hangzhou") || shown.contains("Limit"),
            "{shown}"
        );
    }
}
