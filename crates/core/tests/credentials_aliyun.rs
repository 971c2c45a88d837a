//! Alibaba Cloud credential providers against loopback fakes: STS (checking
//! the AssumeRole signature), the ECS metadata service (hardened mode), a
//! credentials URI, OIDC token files; the INI file and the CLI's config.json
//! in temporary home directories; the default chain; and the cache under
//! 1000 concurrent callers. Every test builds its own `Environment`, so none
//! depends on another's variables.

use serde_json::json;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use yun_core::credentials::{
    aliyun_default_chain_with, CliProfile, CredentialsUri, EcsRamRole, Endpoints, Environment,
    IniProfile, OidcRoleArn, RamRoleArn, RsaKeyPair,
};
use yun_core::{Credential, Error, ProvideCredentials};
use yun_testing::{iso8601, now_unix, temp_dir, verify_rpc_v1, Received, Reply, TestServer};

const SOURCE_ID: &str = "LTAIsource";
const SOURCE_SECRET: &str = "source-secret/+=";

fn sts_credentials(id: &str, expires_in: u64) -> serde_json::Value {
    json!({
        "RequestId": "sts-req",
        "AssumedRoleUser": {"Arn": "acs:ram::1:role/x", "AssumedRoleId": "1"},
        "Credentials": {
            "AccessKeyId": id,
            "AccessKeySecret": format!("{id}-secret"),
            "SecurityToken": format!("{id}-token"),
            "Expiration": iso8601(now_unix() + expires_in),
        }
    })
}

/// A fake STS: checks the signature (source key), the action and the role,
/// then answers with new credentials numbered by call.
async fn fake_sts(calls: Arc<AtomicUsize>, delay: Duration) -> TestServer {
    TestServer::start(move |r: &Received| {
        if let Err(why) = verify_rpc_v1(r, SOURCE_ID, SOURCE_SECRET) {
            return Reply::json(400, &json!({"Code": "SignatureDoesNotMatch", "Message": why, "RequestId": "sig"}));
        }
        if r.param("Action").as_deref() != Some("AssumeRole") || r.param("Version").as_deref() != Some("2015-04-01") {
            return Reply::json(400, &json!({"Code": "InvalidAction", "Message": "?", "RequestId": "a"}));
        }
        if r.param("RoleArn").as_deref() == Some("acs:ram::1:role/forbidden") {
            return Reply::json(
                403,
                &json!({"Code": "NoPermission", "Message": "You are not authorized to do this action.", "RequestId": "req-403"}),
            );
        }
        let n = calls.fetch_add(1, Ordering::SeqCst) + 1;
        Reply::json(200, &sts_credentials(&format!("STS.{n}"), 3600)).delayed(delay)
    })
    .await
}

fn no_env() -> Environment {
    Environment::from_pairs::<&str, &str>([])
}

#[tokio::test]
async fn ram_role_arn_assumes_the_role_with_a_signed_request_and_caches() {
    let calls = Arc::new(AtomicUsize::new(0));
    let sts = fake_sts(calls.clone(), Duration::ZERO).await;
    let provider = RamRoleArn::with_env(
        Credential::access_key(SOURCE_ID, SOURCE_SECRET),
        "acs:ram::1:role/app",
        &no_env(),
    )
    .unwrap()
    .endpoint_url(&sts.url())
    .unwrap()
    .session_name("session-1")
    .policy(r#"{"Statement":[]}"#)
    .external_id("ext");
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "STS.1");
    assert_eq!(c.security_token().unwrap().expose(), "STS.1-token");
    assert!(c.expiry().unwrap() > SystemTime::now() + Duration::from_secs(3000));
    let again = provider.provide_credentials().await.unwrap();
    assert_eq!(again.access_key_id(), "STS.1", "served from the cache");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    let sent = &sts.received()[0];
    assert_eq!(sent.method, "GET");
    assert_eq!(sent.param("RoleSessionName").as_deref(), Some("session-1"));
    assert_eq!(sent.param("ExternalId").as_deref(), Some("ext"));
    assert_eq!(sent.param("DurationSeconds").as_deref(), Some("3600"));
}

#[tokio::test]
async fn ram_role_arn_reports_the_sts_error_code_and_request_id() {
    let sts = fake_sts(Arc::new(AtomicUsize::new(0)), Duration::ZERO).await;
    let provider = RamRoleArn::with_env(
        Credential::access_key(SOURCE_ID, SOURCE_SECRET),
        "acs:ram::1:role/forbidden",
        &no_env(),
    )
    .unwrap()
    .endpoint_url(&sts.url())
    .unwrap();
    let err = provider.provide_credentials().await.unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, Error::Credentials { .. }), "{err:?}");
    assert!(
        text.contains("ram_role_arn") && text.contains("NoPermission") && text.contains("req-403"),
        "{text}"
    );
    assert!(!text.contains(SOURCE_SECRET));
    // A wrong source secret: the fake rejects the signature.
    let wrong = RamRoleArn::with_env(
        Credential::access_key(SOURCE_ID, "wrong"),
        "acs:ram::1:role/app",
        &no_env(),
    )
    .unwrap()
    .endpoint_url(&sts.url())
    .unwrap();
    let err = wrong.provide_credentials().await.unwrap_err().to_string();
    assert!(err.contains("SignatureDoesNotMatch"), "{err}");
    assert!(RamRoleArn::new(Credential::access_key("a", "b"), "x")
        .unwrap()
        .duration_seconds(60)
        .is_err());
}

/// A fake ECS metadata service in hardened mode: a token from PUT, then
/// reads that must carry it. `token_status` other than 200 refuses tokens.
async fn fake_imds(token_status: u16) -> TestServer {
    TestServer::start(move |r: &Received| {
        let token_ok = r.header("x-aliyun-ecs-metadata-token") == Some("imds-token");
        match (r.method.as_str(), r.path.as_str()) {
            ("PUT", "/latest/api/token") => {
                if r.header("x-aliyun-ecs-metadata-token-ttl-seconds") != Some("21600") {
                    return Reply::raw(400, "text/plain", "ttl header missing");
                }
                Reply::raw(token_status, "text/plain", "imds-token")
            }
            ("GET", _) if token_status == 200 && !token_ok => Reply::raw(401, "text/plain", "token required"),
            ("GET", "/latest/meta-data/ram/security-credentials/") => Reply::raw(200, "text/plain", "EcsRole\n"),
            ("GET", "/latest/meta-data/ram/security-credentials/EcsRole") => Reply::json(
                200,
                &json!({
                    "AccessKeyId": "STS.ecs", "AccessKeySecret": "ecs-secret", "SecurityToken": "ecs-token",
                    "Expiration": iso8601(now_unix() + 21600), "LastUpdated": "x", "Code": "Success"
                }),
            ),
            _ => Reply::raw(404, "text/plain", "no"),
        }
    })
    .await
}

#[tokio::test]
async fn ecs_ram_role_uses_the_session_token_and_discovers_the_role() {
    let imds = fake_imds(200).await;
    let provider = EcsRamRole::from_env(&no_env())
        .unwrap()
        .endpoint_url(&imds.url())
        .unwrap();
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.security_token().unwrap().expose()),
        ("STS.ecs", "ecs-token")
    );
    let methods: Vec<String> = imds
        .received()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(methods[0], "PUT /latest/api/token", "{methods:?}");
    assert_eq!(methods.len(), 3, "token, role, credentials: {methods:?}");
}

#[tokio::test]
async fn ecs_ram_role_falls_back_to_plain_reads_unless_imdsv1_is_disabled() {
    let imds = fake_imds(403).await;
    let plain = EcsRamRole::from_env(&no_env())
        .unwrap()
        .endpoint_url(&imds.url())
        .unwrap()
        .role_name("EcsRole");
    assert_eq!(
        plain.provide_credentials().await.unwrap().access_key_id(),
        "STS.ecs"
    );
    let strict = EcsRamRole::from_env(&Environment::from_pairs([(
        "ALIBABA_CLOUD_IMDSV1_DISABLED",
        "true",
    )]))
    .unwrap()
    .endpoint_url(&imds.url())
    .unwrap();
    let err = strict.provide_credentials().await.unwrap_err().to_string();
    assert!(err.contains("IMDSv1 is disabled"), "{err}");
    let err = EcsRamRole::from_env(&Environment::from_pairs([(
        "ALIBABA_CLOUD_ECS_METADATA_DISABLED",
        "true",
    )]))
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("ALIBABA_CLOUD_ECS_METADATA_DISABLED"),
        "{err}"
    );
}

#[tokio::test]
async fn a_metadata_service_that_is_not_there_is_a_clear_error() {
    // A port nobody listens on, on loopback.
    let gone = TestServer::start(|_| Reply::json(200, &json!({}))).await;
    let url = gone.url();
    drop(gone);
    let provider = EcsRamRole::from_env(&no_env())
        .unwrap()
        .endpoint_url(&url)
        .unwrap()
        .role_name("r");
    let err = provider
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("ecs_ram_role") && err.contains("could not connect"),
        "{err}"
    );
}

#[tokio::test]
async fn oidc_role_arn_sends_the_token_file_unsigned() {
    let dir = temp_dir("oidc");
    let token_file = dir.join("token");
    std::fs::write(&token_file, "eyJ.oidc.token\n").unwrap();
    let sts = TestServer::start(|r: &Received| {
        let ok = r.param("Action").as_deref() == Some("AssumeRoleWithOIDC")
            && r.param("Signature").is_none()
            && r.param("AccessKeyId").is_none()
            && r.param("OIDCToken").as_deref() == Some("eyJ.oidc.token")
            && r.param("OIDCProviderArn").as_deref() == Some("acs:ram::1:oidc-provider/ack")
            && r.param("RoleArn").as_deref() == Some("acs:ram::1:role/pod");
        if ok {
            Reply::json(200, &sts_credentials("STS.oidc", 3600))
        } else {
            Reply::json(
                400,
                &json!({"Code": "Bad", "Message": format!("{r:?}"), "RequestId": "x"}),
            )
        }
    })
    .await;
    let env = Environment::from_pairs([
        ("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/pod"),
        (
            "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
            "acs:ram::1:oidc-provider/ack",
        ),
        (
            "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
            token_file.to_str().unwrap(),
        ),
    ]);
    let provider = OidcRoleArn::from_env(&env)
        .unwrap()
        .endpoint_url(&sts.url())
        .unwrap();
    assert_eq!(
        provider
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.oidc"
    );
    let err = OidcRoleArn::from_env(&no_env()).unwrap_err().to_string();
    assert!(err.contains("ALIBABA_CLOUD_ROLE_ARN is not set"), "{err}");
    let missing = OidcRoleArn::new("r", "p", dir.join("absent"))
        .unwrap()
        .endpoint_url(&sts.url())
        .unwrap();
    let err = missing.provide_credentials().await.unwrap_err().to_string();
    assert!(
        err.contains("cannot read the OIDC token file") && err.contains("absent"),
        "{err}"
    );
}

#[tokio::test]
async fn credentials_uri_reads_and_checks_the_answer() {
    let server = TestServer::start(|r: &Received| match r.path.as_str() {
        "/good" => Reply::json(
            200,
            &json!({"Code": "Success", "AccessKeyId": "STS.uri", "AccessKeySecret": "s", "SecurityToken": "t",
                    "Expiration": iso8601(now_unix() + 3600)}),
        ),
        "/failed" => Reply::json(200, &json!({"Code": "Failed"})),
        "/html" => Reply::raw(200, "text/html", "<html>oops AccessKeySecret=leak</html>"),
        _ => Reply::raw(500, "text/plain", "down"),
    })
    .await;
    let good = CredentialsUri::new(format!("{}/good", server.url())).unwrap();
    assert_eq!(
        good.provide_credentials().await.unwrap().access_key_id(),
        "STS.uri"
    );
    for (path, expect) in [
        ("/failed", "Failed"),
        ("/html", "not JSON"),
        ("/down", "HTTP 500"),
    ] {
        let p = CredentialsUri::new(format!("{}{path}", server.url())).unwrap();
        let err = p.provide_credentials().await.unwrap_err().to_string();
        assert!(err.contains(expect), "{path}: {err}");
        assert!(
            !err.contains("leak"),
            "a body never reaches the error: {err}"
        );
    }
    assert!(CredentialsUri::new("ftp://x").is_err());
}

#[tokio::test]
async fn rsa_key_pair_signs_with_the_private_key_text() {
    let dir = temp_dir("rsa");
    let key_file = dir.join("key.pem");
    std::fs::write(&key_file, "MIIEpAIBAAKCAQEAprivatekeytext\n").unwrap();
    let sts = TestServer::start(|r: &Received| {
        match verify_rpc_v1(r, "TMP.public-key-id", "MIIEpAIBAAKCAQEAprivatekeytext") {
            Ok(()) if r.param("Action").as_deref() == Some("GenerateSessionAccessKey") => Reply::json(
                200,
                &json!({"RequestId": "r", "SessionAccessKey": {"SessionAccessKeyId": "TMPSK.1",
                    "SessionAccessKeySecret": "sk-secret", "Expiration": iso8601(now_unix() + 3600)}}),
            ),
            other => Reply::json(400, &json!({"Code": "Bad", "Message": format!("{other:?}"), "RequestId": "x"})),
        }
    })
    .await;
    let provider = RsaKeyPair::new("TMP.public-key-id", &key_file)
        .unwrap()
        .endpoint_url(&sts.url())
        .unwrap();
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "TMPSK.1");
    assert!(c.security_token().is_none() && c.expiry().is_some());
    let err = RsaKeyPair::new("id", dir.join("absent.pem"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot read the private key file"), "{err}");
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[tokio::test]
async fn ini_profiles_of_every_static_type_and_ram_role_arn() {
    let calls = Arc::new(AtomicUsize::new(0));
    let sts = fake_sts(calls.clone(), Duration::ZERO).await;
    let home = temp_dir("ini");
    write(
        &home.join(".alibabacloud/credentials.ini"),
        &format!(
            "[default]\ntype = access_key\naccess_key_id = LTAIdefault\naccess_key_secret = s1\n\n\
             [sts]\ntype = sts\naccess_key_id = STS.x\naccess_key_secret = s2\nsecurity_token = tok\n\n\
             [role]\ntype = ram_role_arn\naccess_key_id = {SOURCE_ID}\naccess_key_secret = {SOURCE_SECRET}\n\
             role_arn = acs:ram::1:role/app\nrole_session_name = ini\n\n\
             [off]\nenable = false\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n\n\
             [weird]\ntype = magic\n\n[partial]\ntype = access_key\naccess_key_id = only\n"
        ),
    );
    let endpoints = Endpoints::default().sts(sts.url());
    let profile = |name: &str| {
        let env = Environment::from_pairs([
            ("HOME", home.to_str().unwrap()),
            ("ALIBABA_CLOUD_PROFILE", name),
        ]);
        IniProfile::with_endpoints(&env, endpoints.clone())
    };
    assert_eq!(
        profile("default")
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "LTAIdefault"
    );
    assert_eq!(
        profile("sts")
            .provide_credentials()
            .await
            .unwrap()
            .security_token()
            .unwrap()
            .expose(),
        "tok"
    );
    assert_eq!(
        profile("role")
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.1"
    );
    for (name, expect) in [
        ("off", "disabled"),
        ("weird", "unknown type `magic`"),
        ("partial", "has no `access_key_secret`"),
        ("absent", "has no profile [absent]"),
    ] {
        let err = profile(name)
            .provide_credentials()
            .await
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(expect) && err.contains("credentials.ini"),
            "{name}: {err}"
        );
    }
}

#[tokio::test]
async fn a_malformed_or_missing_ini_file_is_named_with_its_line() {
    let home = temp_dir("ini-bad");
    let file = home.join("creds");
    write(&file, "[default]\ntype = access_key\nthis line is wrong\n");
    let env = Environment::from_pairs([("ALIBABA_CLOUD_CREDENTIALS_FILE", file.to_str().unwrap())]);
    let err = IniProfile::from_env(&env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("creds, line 3"), "{err}");
    let env = Environment::from_pairs([("HOME", home.to_str().unwrap())]);
    let err = IniProfile::from_env(&env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("cannot read") && err.contains(".alibabacloud"),
        "{err}"
    );
}

#[tokio::test]
async fn cli_config_profiles_every_mode() {
    let calls = Arc::new(AtomicUsize::new(0));
    let sts = fake_sts(calls.clone(), Duration::ZERO).await;
    let imds = fake_imds(200).await;
    let sso = TestServer::start(|r: &Received| {
        let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap_or_default();
        let ok = r.method == "POST"
            && r.path == "/cloud-credentials"
            && r.header("authorization") == Some("Bearer sso-access-token")
            && body == json!({"AccountId": "123", "AccessConfigurationId": "ac-1"});
        if !ok {
            return Reply::json(401, &json!({"ErrorCode": "Unauthorized"}));
        }
        Reply::json(
            200,
            &json!({"CloudCredential": {"AccessKeyId": "STS.sso", "AccessKeySecret": "s", "SecurityToken": "t",
                    "Expiration": iso8601(now_unix() + 3600)}}),
        )
    })
    .await;
    let oauth = TestServer::start(|r: &Received| match r.path.as_str() {
        "/v1/token" => {
            let form = r.form_pairs();
            let has = |k: &str, v: &str| form.iter().any(|(a, b)| a == k && b == v);
            if has("grant_type", "refresh_token") && has("refresh_token", "refresh-1") && has("client_id", "4038181954557748008") {
                Reply::json(200, &json!({"access_token": "access-2", "refresh_token": "refresh-2", "expires_in": 3600}))
            } else {
                Reply::json(400, &json!({"error": "invalid_grant"}))
            }
        }
        "/v1/exchange" if r.header("authorization") == Some("Bearer access-2") => Reply::json(
            200,
            &json!({"AccessKeyId": "STS.oauth", "AccessKeySecret": "s", "SecurityToken": "t",
                    "Expiration": iso8601(now_unix() + 3600)}),
        ),
        _ => Reply::json(401, &json!({"error": "unauthorized"})),
    })
    .await;
    let home = temp_dir("cli");
    let token_file = home.join("oidc-token");
    std::fs::write(&token_file, "tok").unwrap();
    let config = json!({
        "current": "ak",
        "profiles": [
            {"name": "ak", "mode": "AK", "access_key_id": "LTAIak", "access_key_secret": "s"},
            {"name": "sts", "mode": "StsToken", "access_key_id": "STS.a", "access_key_secret": "s", "sts_token": "t"},
            {"name": "role", "mode": "RamRoleArn", "access_key_id": SOURCE_ID, "access_key_secret": SOURCE_SECRET,
             "ram_role_arn": "acs:ram::1:role/app", "ram_session_name": "cli", "expired_seconds": 900},
            {"name": "source", "mode": "AK", "access_key_id": SOURCE_ID, "access_key_secret": SOURCE_SECRET},
            {"name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "source", "ram_role_arn": "acs:ram::1:role/app"},
            {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "EcsRole"},
            {"name": "loop-a", "mode": "ChainableRamRoleArn", "source_profile": "loop-b", "ram_role_arn": "r"},
            {"name": "loop-b", "mode": "ChainableRamRoleArn", "source_profile": "loop-a", "ram_role_arn": "r"},
            {"name": "sso", "mode": "CloudSSO", "cloud_sso_sign_in_url": sso.url(), "cloud_sso_account_id": "123",
             "cloud_sso_access_config": "ac-1", "access_token": "sso-access-token",
             "cloud_sso_access_token_expire": now_unix() + 3600},
            {"name": "sso-expired", "mode": "CloudSSO", "cloud_sso_sign_in_url": sso.url(), "cloud_sso_account_id": "123",
             "cloud_sso_access_config": "ac-1", "access_token": "t", "cloud_sso_access_token_expire": 1},
            {"name": "oauth", "mode": "OAuth", "oauth_site_type": "CN", "oauth_access_token": "access-1",
             "oauth_access_token_expire": now_unix() + 60, "oauth_refresh_token": "refresh-1"},
            {"name": "oauth-site", "mode": "OAuth", "oauth_site_type": "MARS"},
            {"name": "magic", "mode": "Magic"},
            {"name": "ext", "mode": "External", "process_command": format!("sh '{}' --flag", home.join("helper.sh").display())},
            {"name": "oidc", "mode": "OIDC", "ram_role_arn": "r", "oidc_provider_arn": "p", "oidc_token_file": token_file},
        ]
    });
    write(&home.join(".aliyun/config.json"), &config.to_string());
    let endpoints = Endpoints::default()
        .sts(sts.url())
        .metadata(imds.url())
        .oauth(oauth.url());
    let profile = |name: Option<&str>| {
        let mut pairs = vec![("HOME", home.to_str().unwrap().to_owned())];
        if let Some(n) = name {
            pairs.push(("ALIBABA_CLOUD_PROFILE", n.to_owned()));
        }
        CliProfile::with_endpoints(&Environment::from_pairs(pairs), endpoints.clone())
    };
    assert_eq!(
        profile(None)
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "LTAIak",
        "current"
    );
    assert_eq!(
        profile(Some("sts"))
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.a"
    );
    assert!(profile(Some("role"))
        .provide_credentials()
        .await
        .unwrap()
        .access_key_id()
        .starts_with("STS."));
    assert_eq!(
        sts.received()
            .last()
            .unwrap()
            .param("DurationSeconds")
            .as_deref(),
        Some("900")
    );
    assert!(profile(Some("chained"))
        .provide_credentials()
        .await
        .unwrap()
        .access_key_id()
        .starts_with("STS."));
    assert_eq!(
        profile(Some("ecs"))
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.ecs"
    );
    let err = profile(Some("loop-a"))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("loops back"), "{err}");
    assert_eq!(
        profile(Some("sso"))
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.sso"
    );
    let err = profile(Some("sso-expired"))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("aliyun sso login"), "{err}");
    // OAuth: the access token is near expiry, so it is refreshed, exchanged,
    // and the rotated tokens are written back for the CLI.
    assert_eq!(
        profile(Some("oauth"))
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.oauth"
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(home.join(".aliyun/config.json")).unwrap())
            .unwrap();
    let entry = saved["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "oauth")
        .unwrap();
    assert_eq!(
        (
            entry["oauth_refresh_token"].as_str(),
            entry["access_key_id"].as_str()
        ),
        (Some("refresh-2"), Some("STS.oauth"))
    );
    // A later provider reuses the stored STS credential without calling the service.
    let served = oauth.received().len();
    assert_eq!(
        profile(Some("oauth"))
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.oauth"
    );
    assert_eq!(oauth.received().len(), served);
    let err = profile(Some("oauth-site"))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("oauth_site_type `MARS`"), "{err}");
    std::fs::write(
        home.join("helper.sh"),
        "echo '{\"mode\": \"StsToken\", \"access_key_id\": \"STS.ext\", \"access_key_secret\": \"s\", \"sts_token\": \"t\"}'\n",
    )
    .unwrap();
    assert_eq!(
        profile(Some("ext"))
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.ext"
    );
    let err = profile(Some("magic"))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("mode `Magic`"), "{err}");
    // OIDC reaches the fake STS unsigned, which this fake refuses: its error comes back named.
    let err = profile(Some("oidc"))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("oidc_role_arn") && err.contains("SignatureDoesNotMatch"),
        "{err}"
    );

    write(&home.join(".aliyun/config.json"), "{\"profiles\": [");
    let err = profile(None)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("config.json is not valid JSON"), "{err}");
    let disabled = CliProfile::from_env(&Environment::from_pairs([
        ("HOME", home.to_str().unwrap()),
        ("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true"),
    ]));
    assert!(disabled
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string()
        .contains("disabled"));
}

#[tokio::test]
async fn the_default_chain_explains_every_skipped_step() {
    let home = temp_dir("chain-empty");
    let gone = TestServer::start(|_| Reply::json(200, &json!({}))).await;
    let closed = gone.url();
    drop(gone);
    let env = Environment::from_pairs([("HOME", home.to_str().unwrap())]);
    let chain = aliyun_default_chain_with(
        &env,
        Endpoints::default()
            .sts(closed.clone())
            .metadata(closed.clone())
            .oauth(closed),
    );
    assert_eq!(
        chain.step_names(),
        ["environment", "cli_profile", "ini_profile", "ecs_ram_role"]
    );
    let err = chain.provide_credentials().await.unwrap_err().to_string();
    for step in [
        "environment: ",
        "cli_profile: ",
        "ini_profile: ",
        "ecs_ram_role: ",
    ] {
        assert!(err.contains(step), "{step} missing from: {err}");
    }
    assert!(err.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), "{err}");
}

#[tokio::test]
async fn the_default_chain_keeps_the_first_step_that_answered() {
    let home = temp_dir("chain");
    write(
        &home.join(".alibabacloud/credentials.ini"),
        "[default]\ntype = access_key\naccess_key_id = LTAIfromini\naccess_key_secret = s\n",
    );
    let env = Environment::from_pairs([
        ("HOME", home.to_str().unwrap()),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
        ("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true"),
    ]);
    let chain = aliyun_default_chain_with(&env, Endpoints::default());
    assert_eq!(
        chain.provide_credentials().await.unwrap().access_key_id(),
        "LTAIfromini"
    );
    assert_eq!(chain.chosen(), Some("ini_profile"));
    let with_env = Environment::from_pairs([
        ("HOME", home.to_str().unwrap()),
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s"),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ]);
    let chain = aliyun_default_chain_with(&with_env, Endpoints::default());
    assert_eq!(
        chain.provide_credentials().await.unwrap().access_key_id(),
        "LTAIenv"
    );
    assert_eq!(chain.chosen(), Some("environment"));
}

/// Primes a RamRoleArn cache with a credential expiring in `first_expiry`
/// seconds, then lets 1000 callers in at once.
async fn thousand_callers(first_expiry: u64, wait_before: Duration) -> (usize, Vec<Credential>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let sts = TestServer::start(move |r: &Received| {
        if let Err(why) = verify_rpc_v1(r, SOURCE_ID, SOURCE_SECRET) {
            return Reply::json(
                400,
                &json!({"Code": "SignatureDoesNotMatch", "Message": why, "RequestId": "sig"}),
            );
        }
        let n = seen.fetch_add(1, Ordering::SeqCst) + 1;
        let expires = if n == 1 { first_expiry } else { 3600 };
        // A slow STS, so callers pile up while the refresh is in flight.
        Reply::json(200, &sts_credentials(&format!("STS.{n}"), expires))
            .delayed(Duration::from_millis(200))
    })
    .await;
    let provider = Arc::new(
        RamRoleArn::with_env(
            Credential::access_key(SOURCE_ID, SOURCE_SECRET),
            "acs:ram::1:role/app",
            &no_env(),
        )
        .unwrap()
        .endpoint_url(&sts.url())
        .unwrap(),
    );
    provider.provide_credentials().await.unwrap();
    tokio::time::sleep(wait_before).await;
    let tasks: Vec<_> = (0..1000)
        .map(|_| {
            let p = provider.clone();
            tokio::spawn(async move { p.provide_credentials().await })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap().unwrap());
    }
    (calls.load(Ordering::SeqCst), out)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_callers_across_an_expiry_cause_one_sts_call_and_get_no_expired_credential() {
    // The first credential expires 2 s after it is issued (whole seconds, as
    // STS writes them, so 1-2 s after it arrives); the callers come after that.
    let (calls, results) = thousand_callers(2, Duration::from_millis(3100)).await;
    assert_eq!(calls, 2, "one priming call and exactly one refresh");
    let now = SystemTime::now();
    for c in &results {
        assert_eq!(c.access_key_id(), "STS.2");
        assert!(
            c.expiry().unwrap() > now,
            "an expired credential was returned"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_callers_inside_the_refresh_margin_cause_one_refresh_and_keep_working() {
    // Valid for 10 more minutes: inside the 15-minute margin, so stale but usable.
    let (calls, results) = thousand_callers(600, Duration::ZERO).await;
    assert_eq!(calls, 2, "exactly one refresh");
    let now = SystemTime::now();
    assert!(results.iter().all(|c| c.expiry().unwrap() > now));
    assert!(
        results.iter().any(|c| c.access_key_id() == "STS.1"),
        "callers did not wait for the refresh"
    );
}

#[tokio::test]
async fn a_failed_refresh_keeps_serving_the_still_valid_credential() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let sts = TestServer::start(
        move |_r: &Received| match seen.fetch_add(1, Ordering::SeqCst) {
            0 => Reply::json(200, &sts_credentials("STS.1", 600)),
            _ => Reply::json(
                503,
                &json!({"Code": "ServiceUnavailable", "Message": "down", "RequestId": "x"}),
            ),
        },
    )
    .await;
    let provider = RamRoleArn::with_env(
        Credential::access_key(SOURCE_ID, SOURCE_SECRET),
        "acs:ram::1:role/app",
        &no_env(),
    )
    .unwrap()
    .endpoint_url(&sts.url())
    .unwrap();
    assert_eq!(
        provider
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.1"
    );
    // Inside the margin: a refresh is tried, fails, and the old credential is served.
    assert_eq!(
        provider
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.1"
    );
    let after_failure = calls.load(Ordering::SeqCst);
    assert!(after_failure >= 2);
    // Right after a failure the cache pauses instead of hammering STS.
    assert_eq!(
        provider
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.1"
    );
    assert_eq!(calls.load(Ordering::SeqCst), after_failure);
}

#[tokio::test]
async fn a_slow_metadata_service_times_out_with_a_named_error() {
    let slow = TestServer::start(|_| {
        Reply::raw(200, "text/plain", "late").delayed(Duration::from_secs(4))
    })
    .await;
    let provider = EcsRamRole::from_env(&no_env())
        .unwrap()
        .endpoint_url(&slow.url())
        .unwrap()
        .role_name("r");
    let err = provider
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("ecs_ram_role") && err.contains("the read timeout (1s) fired"),
        "{err}"
    );
}
