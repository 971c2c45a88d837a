//! Operations the metadata marks `Anonymous` (public reads such as ice's
//! `ListPublicMediaBasicInfos`) are called with no credential at all: a
//! user with none configured calls them, and the request carries no key id,
//! token or signature, RPC-style and resource-style alike. Every other
//! operation of the same client still needs a usable credential, and fails
//! before any I/O without one.

use yun_core::sign::aliyun_rpc::RpcAlgorithm;
use yun_core::{AliyunSignature, Config, Credential, Error};
use yun_testing::{verify_unsigned_aliyun, Received, Reply, TestServer};

/// A client whose credential cannot sign (an empty key, as when none is
/// configured), signing as `signature` says.
fn config(server: &TestServer, signature: AliyunSignature) -> Config {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key("", ""))
        .endpoint_url(server.url())
        .aliyun_signature(signature)
        .build()
        .unwrap()
}

fn unsigned(r: &Received, answer: serde_json::Value) -> Reply {
    match verify_unsigned_aliyun(r) {
        Ok(()) => Reply::json(200, &answer),
        Err(why) => Reply::json(400, &serde_json::json!({"Code": "Signed", "Message": why})),
    }
}

#[tokio::test]
async fn an_rpc_operation_marked_anonymous_is_sent_unsigned() {
    let server = TestServer::start(|r: &Received| {
        unsigned(
            r,
            serde_json::json!({"RequestId": "r-1", "Names": ["w-public"]}),
        )
    })
    .await;
    let request = || yun_aliyun_demo::DescribePublicWidgetsRequest::new("cn-hangzhou");
    for signature in [
        AliyunSignature::Acs3,
        AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1),
    ] {
        let client = yun_aliyun_demo::Client::new(config(&server, signature));
        let public = client.describe_public_widgets(request()).await.unwrap();
        assert_eq!(public.names.unwrap()[0], "w-public");
        let sent = server.received().pop().unwrap();
        assert_eq!(sent.param("RegionId").as_deref(), Some("cn-hangzhou"));
        // What is not a credential still goes, as the official SDKs send it.
        if signature == AliyunSignature::Acs3 {
            assert_eq!(sent.header("x-acs-action"), Some("DescribePublicWidgets"));
            assert!(sent.header("x-acs-signature-nonce").is_some());
        } else {
            for name in ["Action", "Version", "Format", "Timestamp", "SignatureNonce"] {
                assert!(sent.param(name).is_some(), "{name} missing");
            }
        }

        // A signed operation of the same client needs the credential it lacks.
        let before = server.received().len();
        let err = client
            .describe_widgets(yun_aliyun_demo::DescribeWidgetsRequest::new("cn-hangzhou"))
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Credentials { .. }), "{err:?}");
        assert!(err.to_string().contains("access key id is empty"), "{err}");
        assert_eq!(
            server.received().len(),
            before,
            "nothing sent without a credential"
        );
    }
}

#[tokio::test]
async fn a_resource_operation_marked_anonymous_is_sent_unsigned() {
    let server = TestServer::start(|r: &Received| {
        assert_eq!(r.path, "/public/gadgets/g-1");
        assert_eq!(r.header("x-acs-action"), Some("GetPublicGadget"));
        unsigned(r, serde_json::json!({"id": "g-1", "name": "public"}))
    })
    .await;
    let client = yun_aliyun_roademo::Client::new(config(&server, AliyunSignature::Acs3));

    let gadget = client
        .get_public_gadget(yun_aliyun_roademo::GetPublicGadgetRequest::new("g-1"))
        .await
        .unwrap();
    assert_eq!(gadget.name.as_deref(), Some("public"));

    let err = client
        .list_gadgets(yun_aliyun_roademo::ListGadgetsRequest::new())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Credentials { .. }), "{err:?}");
    assert_eq!(
        server.received().len(),
        1,
        "nothing sent without a credential"
    );
}
