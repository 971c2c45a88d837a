//! Tencent Cloud credential providers against loopback fakes: STS
//! `AssumeRole` (checking the TC3 signature), `AssumeRoleWithWebIdentity`
//! (unsigned, TKE), the CVM metadata service; profile files in temporary
//! home directories; and the default chain.

use serde_json::json;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use yun_core::credentials::{
    tencent_default_chain_with, CvmRole, Endpoints, Environment, TccliProfile, TencentAssumeRole,
    TencentProfile, TkeOidc,
};
use yun_core::{Credential, ProvideCredentials};
use yun_testing::{now_unix, temp_dir, verify_tc3, Received, Reply, TestServer};

const SOURCE_ID: &str = "AKIDsource";
const SOURCE_KEY: &str = "source-key";

fn answer(id: &str) -> serde_json::Value {
    json!({"Response": {
        "Credentials": {"Token": format!("{id}-token"), "TmpSecretId": id, "TmpSecretKey": format!("{id}-key")},
        "ExpiredTime": now_unix() + 7200,
        "Expiration": "2099-01-01T00:00:00Z",
        "RequestId": "tc-sts"
    }})
}

fn error(code: &str, why: &str) -> serde_json::Value {
    json!({"Response": {"Error": {"Code": code, "Message": why}, "RequestId": "tc-err"}})
}

/// A fake STS: AssumeRole must be TC3-signed with the source key;
/// AssumeRoleWithWebIdentity must be unsigned (`Authorization: SKIP`).
async fn fake_sts(calls: Arc<AtomicUsize>) -> TestServer {
    TestServer::start(move |r: &Received| {
        let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap_or_default();
        let n = calls.fetch_add(1, Ordering::SeqCst) + 1;
        match r.header("x-tc-action") {
            Some("AssumeRole") => {
                if let Err(why) = verify_tc3(r, SOURCE_ID, SOURCE_KEY) {
                    return Reply::json(200, &error("AuthFailure.SignatureFailure", &why));
                }
                if body["RoleArn"] != "qcs::cam::uin/1:roleName/app"
                    || body["RoleSessionName"].is_null()
                {
                    return Reply::json(200, &error("InvalidParameter", "role"));
                }
                Reply::json(200, &answer(&format!("TMP.{n}")))
            }
            Some("AssumeRoleWithWebIdentity") => {
                let ok = r.header("authorization") == Some("SKIP")
                    && body["WebIdentityToken"] == "tke-identity-token"
                    && body["ProviderId"] == "tke-provider"
                    && r.header("x-tc-region") == Some("ap-shanghai");
                if ok {
                    Reply::json(200, &answer("TMP.tke"))
                } else {
                    Reply::json(200, &error("InvalidParameter", &format!("{r:?}")))
                }
            }
            _ => Reply::json(200, &error("InvalidAction", "?")),
        }
    })
    .await
}

#[tokio::test]
async fn assume_role_is_tc3_signed_and_cached() {
    let calls = Arc::new(AtomicUsize::new(0));
    let sts = fake_sts(calls.clone()).await;
    let provider = TencentAssumeRole::new(
        Credential::access_key(SOURCE_ID, SOURCE_KEY),
        "qcs::cam::uin/1:roleName/app",
    )
    .unwrap()
    .endpoint_url(&sts.url())
    .unwrap()
    .session_name("s");
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.security_token().unwrap().expose()),
        ("TMP.1", "TMP.1-token")
    );
    provider.provide_credentials().await.unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 1, "cached");

    let wrong = TencentAssumeRole::new(
        Credential::access_key(SOURCE_ID, "wrong"),
        "qcs::cam::uin/1:roleName/app",
    )
    .unwrap()
    .endpoint_url(&sts.url())
    .unwrap();
    let err = wrong.provide_credentials().await.unwrap_err().to_string();
    assert!(
        err.contains("tencent_assume_role")
            && err.contains("AuthFailure.SignatureFailure")
            && err.contains("tc-err"),
        "{err}"
    );
}

#[tokio::test]
async fn tke_oidc_sends_the_identity_token_unsigned() {
    let sts = fake_sts(Arc::new(AtomicUsize::new(0))).await;
    let dir = temp_dir("tke");
    let token = dir.join("token");
    std::fs::write(&token, "tke-identity-token\n").unwrap();
    // The variable TKE sets, and the older name yun also reads.
    for variable in ["TKE_WEB_IDENTITY_TOKEN_FILE", "TKE_IDENTITY_TOKEN_FILE"] {
        let env = Environment::from_pairs([
            ("TKE_REGION", "ap-shanghai"),
            ("TKE_PROVIDER_ID", "tke-provider"),
            (variable, token.to_str().unwrap()),
            ("TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/pod"),
        ]);
        let provider = TkeOidc::from_env(&env)
            .unwrap()
            .endpoint_url(&sts.url())
            .unwrap();
        let c = provider.provide_credentials().await.unwrap();
        assert_eq!(c.access_key_id(), "TMP.tke", "{variable}");
    }
    // Outside TKE: explicit values, no variable read.
    let explicit = TkeOidc::new(
        "ap-shanghai",
        "tke-provider",
        "qcs::cam::uin/1:roleName/pod",
        &token,
    )
    .unwrap()
    .session_name("batch-job")
    .duration_seconds(3600)
    .endpoint_url(&sts.url())
    .unwrap();
    assert_eq!(
        explicit
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "TMP.tke"
    );
    let err = TkeOidc::from_env(&Environment::from_pairs([("TKE_REGION", "x")]))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("TKE_WEB_IDENTITY_TOKEN_FILE is not set"),
        "{err}"
    );
}

async fn fake_cvm_metadata() -> TestServer {
    TestServer::start(|r: &Received| match r.path.as_str() {
        "/latest/meta-data/cam/security-credentials/" => Reply::raw(200, "text/plain", "CvmRole"),
        "/latest/meta-data/cam/security-credentials/CvmRole" => Reply::json(
            200,
            &json!({"TmpSecretId": "TMP.cvm", "TmpSecretKey": "k", "ExpiredTime": now_unix() + 3600,
                    "Expiration": "2099-01-01T00:00:00Z", "Token": "cvm-token", "Code": "Success"}),
        ),
        "/latest/meta-data/cam/security-credentials/Broken" => {
            Reply::json(200, &json!({"Code": "Fail"}))
        }
        _ => Reply::raw(404, "text/plain", "no"),
    })
    .await
}

#[tokio::test]
async fn cvm_role_reads_the_metadata_service() {
    let metadata = fake_cvm_metadata().await;
    let provider = CvmRole::new()
        .unwrap()
        .endpoint_url(&metadata.url())
        .unwrap();
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.security_token().unwrap().expose()),
        ("TMP.cvm", "cvm-token")
    );
    let broken = CvmRole::new()
        .unwrap()
        .endpoint_url(&metadata.url())
        .unwrap()
        .role_name("Broken");
    let err = broken.provide_credentials().await.unwrap_err().to_string();
    assert!(err.contains("cvm_role") && err.contains("Fail"), "{err}");
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[tokio::test]
async fn the_profile_file_and_its_errors() {
    let home = temp_dir("tc-profile");
    let env = Environment::from_pairs([("HOME", home.to_str().unwrap())]);
    write(
        &home.join(".tencentcloud/credentials"),
        "[default]\nsecret_id = AKIDfile\nsecret_key = k\n",
    );
    let c = TencentProfile::from_env(&env)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "AKIDfile");
    write(
        &home.join(".tencentcloud/credentials"),
        "[default]\nsecret_id\n",
    );
    let err = TencentProfile::from_env(&env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains(".tencentcloud/credentials, line 2"), "{err}");
    write(
        &home.join(".tencentcloud/credentials"),
        "[other]\nsecret_id = a\n",
    );
    let err = TencentProfile::from_env(&env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("no [default] section"), "{err}");
}

#[tokio::test]
async fn tccli_profiles_static_role_and_cvm_role() {
    let calls = Arc::new(AtomicUsize::new(0));
    let sts = fake_sts(calls).await;
    let metadata = fake_cvm_metadata().await;
    let home = temp_dir("tccli");
    write(
        &home.join(".tccli/default.credential"),
        r#"{"secretId": "AKIDtccli", "secretKey": "k"}"#,
    );
    write(
        &home.join(".tccli/role.credential"),
        &json!({"secretId": SOURCE_ID, "secretKey": SOURCE_KEY, "role-arn": "qcs::cam::uin/1:roleName/app",
                "role-session-name": "tccli"})
        .to_string(),
    );
    write(
        &home.join(".tccli/cvm.credential"),
        r#"{"type": "cvm-role"}"#,
    );
    write(&home.join(".tccli/bad.credential"), r#"{"secretId": "#);
    let endpoints = Endpoints::default().sts(sts.url()).metadata(metadata.url());
    let profile = |name: &str| {
        TccliProfile::with_endpoints(
            &Environment::from_pairs([("HOME", home.to_str().unwrap()), ("TCCLI_PROFILE", name)]),
            endpoints.clone(),
        )
    };
    assert_eq!(
        profile("default")
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "AKIDtccli"
    );
    assert_eq!(
        profile("role")
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "TMP.1"
    );
    assert_eq!(
        profile("cvm")
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "TMP.cvm"
    );
    let err = profile("bad")
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("bad.credential is not valid JSON"), "{err}");
    let err = profile("none")
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("cannot read") && err.contains("none.credential"),
        "{err}"
    );
}

#[tokio::test]
async fn the_default_chain_order_and_its_error() {
    let home = temp_dir("tc-chain");
    let gone = TestServer::start(|_| Reply::json(200, &json!({}))).await;
    let closed = gone.url();
    drop(gone);
    let endpoints = Endpoints::default().sts(closed.clone()).metadata(closed);
    let env = Environment::from_pairs([("HOME", home.to_str().unwrap())]);
    let chain = tencent_default_chain_with(&env, endpoints.clone());
    assert_eq!(
        chain.step_names(),
        [
            "environment",
            "tencent_profile",
            "tccli_profile",
            "cvm_role",
            "tke_oidc"
        ]
    );
    let err = chain.provide_credentials().await.unwrap_err().to_string();
    for step in [
        "environment: ",
        "tencent_profile: ",
        "tccli_profile: ",
        "cvm_role: ",
        "tke_oidc: ",
    ] {
        assert!(err.contains(step), "{step} missing from: {err}");
    }
    // The switch skips the metadata step without a request.
    let switched = Environment::from_pairs([
        ("HOME", home.to_str().unwrap()),
        ("TENCENTCLOUD_CVM_METADATA_DISABLED", "true"),
    ]);
    let err = tencent_default_chain_with(&switched, endpoints.clone())
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("cvm_role: ")
            && err.contains("disabled by TENCENTCLOUD_CVM_METADATA_DISABLED=true"),
        "{err}"
    );
    write(
        &home.join(".tencentcloud/credentials"),
        "[default]\nsecret_id = AKIDfile\nsecret_key = k\n",
    );
    let chain = tencent_default_chain_with(&env, endpoints.clone());
    assert_eq!(
        chain.provide_credentials().await.unwrap().access_key_id(),
        "AKIDfile"
    );
    let with_env = Environment::from_pairs([
        ("HOME", home.to_str().unwrap()),
        ("TENCENTCLOUD_SECRET_ID", "AKIDenv"),
        ("TENCENTCLOUD_SECRET_KEY", "k"),
        ("TENCENTCLOUD_SESSION_TOKEN", "t"),
    ]);
    let chain = tencent_default_chain_with(&with_env, endpoints);
    let c = chain.provide_credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.security_token().unwrap().expose()),
        ("AKIDenv", "t")
    );
    assert_eq!(chain.chosen(), Some("environment"));
}
