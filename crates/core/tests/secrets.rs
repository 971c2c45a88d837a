//! No secret ever appears in `Debug` or `Display` of a public type: not the
//! access key secret, a security or bearer token, a signature, nor an
//! `Authorization` header.

use serde_json::json;
use std::time::Duration;
use yun_core::aliyun::{AliyunClient, RpcRequest};
use yun_core::credentials::Secret;
use yun_core::encode::Params;
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::sign::{acs3, aliyun_rpc};
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{Config, Credential, Error, ProvideCredentials};
use yun_testing::{Reply, TestServer};

const SECRET: &str = "SECRETkey0000000000000000001";
const TOKEN: &str = "TOKENvalue000000000000000002";
const BEARER: &str = "BEARERtoken00000000000000003";
const PASSWORD: &str = "PASSWORDvalue000000000000004";

/// Fails if any formatting of `value` shows a secret or a signature.
fn assert_clean(what: &str, debug: String, display: Option<String>, signatures: &[String]) {
    for text in std::iter::once(&debug).chain(display.as_ref()) {
        for secret in [SECRET, TOKEN, BEARER, PASSWORD]
            .iter()
            .map(|s| s.to_string())
            .chain(signatures.iter().cloned())
        {
            assert!(!text.contains(&secret), "{what} shows a secret: {text}");
        }
        assert!(
            !text.to_ascii_lowercase().contains("signature="),
            "{what} shows a signature: {text}"
        );
    }
}

fn credentials() -> Vec<Credential> {
    vec![
        Credential::access_key("id", SECRET),
        Credential::sts("id", SECRET, TOKEN),
        Credential::bearer(BEARER),
    ]
}

#[test]
fn credentials_and_secrets_never_print() {
    for c in credentials() {
        assert_clean(
            "Credential",
            format!("{c:?} {c:#?}"),
            Some(c.to_string()),
            &[],
        );
    }
    let s = Secret::new(SECRET);
    assert_clean("Secret", format!("{s:?}"), Some(s.to_string()), &[]);
}

#[test]
fn config_requests_and_signed_values_never_print() {
    let config = Config::builder()
        .credentials(Credential::sts("id", SECRET, TOKEN))
        .http(HttpOptions::default().proxy(format!("http://user:{PASSWORD}@127.0.0.1:3128")))
        .build()
        .unwrap();
    assert_clean("Config", format!("{config:?}"), None, &[]);

    let mut params = Params::new();
    params.insert("Password", PASSWORD);
    assert_clean("Params", format!("{params:?}"), None, &[]);
    let mut rpc = RpcRequest::new("RunInstances", "2014-05-26");
    rpc.body.insert("Password", PASSWORD);
    assert_clean("RpcRequest", format!("{rpc:?}"), None, &[]);
    let tc = TencentRequest::new(
        "RunInstances",
        "2017-03-12",
        &json!({"LoginSettings": {"Password": PASSWORD}}),
    )
    .unwrap();
    assert_clean("TencentRequest", format!("{tc:?}"), None, &[]);

    let sts = Credential::sts("id", SECRET, TOKEN);
    let query = vec![("Password".to_owned(), PASSWORD.to_owned())];
    let signed = aliyun_rpc::sign(
        &aliyun_rpc::RpcInput {
            method: "POST",
            action: "A",
            version: "1",
            query: &query,
            body: &[],
            timestamp: 0,
            nonce: "n",
        },
        &sts,
        Default::default(),
    );
    assert_clean("SignedRpc", format!("{signed:?}"), None, &[]);
    let signed = acs3::sign(
        &acs3::Acs3Input {
            method: "POST",
            host: "h",
            path: "/",
            action: "A",
            version: "1",
            query: &query,
            body: b"",
            body_sha256: None,
            content_type: None,
            timestamp: 0,
            nonce: "n",
            headers: &[],
            resource: false,
        },
        &sts,
    );
    let signature = signed
        .headers
        .iter()
        .find(|(k, _)| *k == "authorization")
        .unwrap()
        .1
        .clone();
    let signature = signature.rsplit('=').next().unwrap().to_owned();
    assert_clean("SignedAcs3", format!("{signed:?}"), None, &[signature]);
}

#[test]
fn errors_about_credentials_never_print_them() {
    let expired =
        Credential::sts("id", SECRET, TOKEN).with_expiry(std::time::SystemTime::UNIX_EPOCH);
    let err = expired
        .check_usable(std::time::SystemTime::now())
        .unwrap_err();
    assert_clean(
        "expired-credential error",
        format!("{err:?}"),
        Some(err.to_string()),
        &[],
    );
    let err = Config::builder()
        .credentials(Credential::access_key("id", SECRET))
        .http(HttpOptions::default().proxy(format!("not a url {PASSWORD}")))
        .build()
        .unwrap_err();
    assert_clean(
        "bad-proxy error",
        format!("{err:?}"),
        Some(err.to_string()),
        &[],
    );
}

/// Errors from failed requests: reqwest's errors carry the URL, whose query
/// holds the signature and tokens under RPC v1. yun strips it.
#[tokio::test]
async fn transport_and_timeout_errors_never_print_the_signed_url() {
    let slow =
        TestServer::start(|_| Reply::json(200, &json!({})).delayed(Duration::from_secs(5))).await;
    for credential in credentials() {
        let config = Config::builder()
            .credentials(credential)
            .endpoint_url(slow.url())
            .aliyun_signature(yun_core::AliyunSignature::RpcV1(Default::default()))
            .http(
                HttpOptions::default()
                    .env_proxy(false)
                    .timeout(Duration::from_millis(100)),
            )
            .retry(RetryConfig::disabled())
            .build()
            .unwrap();
        let client = AliyunClient::for_product(config, "ecs");
        let mut req = RpcRequest::new("RunInstances", "2014-05-26");
        req.query.insert("Password", PASSWORD);
        let err = client.call::<serde_json::Value>(&req).await.unwrap_err();
        assert!(err.is_timeout());
        let chain = error_chain(&err);
        assert_clean("timeout error", format!("{err:?}"), Some(chain), &[]);
    }
    let url = slow.url();
    drop(slow);
    let config = Config::builder()
        .credentials(Credential::sts("id", SECRET, TOKEN))
        .endpoint_url(url)
        .http(HttpOptions::default().env_proxy(false))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let tencent = TencentClient::new(config, "cvm");
    let err = tencent
        .call::<serde_json::Value, _>("RunInstances", "2017-03-12", &json!({"Password": PASSWORD}))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_clean(
        "connect error",
        format!("{err:?}"),
        Some(error_chain(&err)),
        &[],
    );
}

/// Display of the error and every cause.
fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        out.push_str(" <- ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

#[tokio::test]
async fn providers_and_environments_never_print_secrets() {
    use yun_core::credentials::{aliyun_default_chain, Environment, RamRoleArn};
    let env = Environment::from_pairs([
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "id"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ]);
    assert_clean("Environment", format!("{env:?}"), None, &[]);
    let chain = aliyun_default_chain(&env);
    let credential = chain.provide_credentials().await.unwrap();
    assert_clean(
        "Chain",
        format!("{chain:?}"),
        Some(credential.to_string()),
        &[],
    );
    let role = RamRoleArn::with_env(
        Credential::sts("id", SECRET, TOKEN),
        "acs:ram::1:role/x",
        &env,
    )
    .unwrap();
    assert_clean("RamRoleArn", format!("{role:?}"), None, &[]);
}
