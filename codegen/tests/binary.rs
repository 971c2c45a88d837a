//! An action with a byte member (Tencent Cloud `binary`) goes out as the
//! official SDKs send it: `multipart/form-data`, the bytes as a file part,
//! the other parameters as text or JSON parts, the whole body signed with
//! TC3. The server on 127.0.0.1 checks the signature over the raw body and
//! reads the parts with its own parser.

use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::{Config, Credential, TencentSignature};
use yun_tencent_demo::{Client, UploadGadgetFileRequest};
use yun_testing::{verify_tc3, Received, Reply, TestServer};

const ID: &str = "AKIDbinary";
const SECRET: &str = "binary-secret";

fn config(server: &TestServer, signature: TencentSignature) -> Config {
    Config::builder()
        .region("ap-guangzhou")
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .retry(RetryConfig::default())
        .tencent_signature(signature)
        .build()
        .unwrap()
}

async fn server() -> TestServer {
    TestServer::start(|r: &Received| match verify_tc3(r, ID, SECRET) {
        Ok(()) => Reply::json(
            200,
            &serde_json::json!({"Response": {"Url": "https://x/f", "RequestId": "r"}}),
        ),
        Err(why) => Reply::json(
            200,
            &serde_json::json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": why}, "RequestId": "r"}}),
        ),
    })
    .await
}

#[tokio::test]
async fn bytes_travel_as_a_signed_multipart_form() {
    let server = server().await;
    // Every byte value, the boundary's own characters among them.
    let bytes: Vec<u8> = (0..=255u8).chain(*b"\r\n--").collect();
    // The client's signature setting does not matter: a form is a TC3 POST.
    for signature in [TencentSignature::Tc3, TencentSignature::Tc3Get] {
        let client = Client::new(config(&server, signature));
        let response = client
            .upload_gadget_file(
                UploadGadgetFileRequest::new(bytes.clone())
                    .name("photo 1.png")
                    .size(5)
                    .labels(["a", "b c"]),
            )
            .await
            .expect("the server verified the signature");
        assert_eq!(response.url.as_deref(), Some("https://x/f"));
    }
    let sent = server.received();
    assert_eq!(sent.len(), 2);
    for r in &sent {
        assert_eq!(r.method, "POST");
        assert_eq!(r.header("x-tc-action"), Some("UploadGadgetFile"));
        let parts = r.form_parts().unwrap();
        let by_name = |n: &str| parts.iter().find(|p| p.name == n).unwrap();
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["File", "Name", "Size", "Labels"]);
        assert_eq!(by_name("File").filename.as_deref(), Some("File"));
        assert_eq!(by_name("File").data, bytes);
        assert_eq!(by_name("Name").data, b"photo 1.png");
        assert_eq!(by_name("Name").filename, None);
        assert_eq!(by_name("Size").data, b"5");
        assert_eq!(
            by_name("Labels").content_type.as_deref(),
            Some("application/json")
        );
        assert_eq!(by_name("Labels").data, br#"["a","b c"]"#);
    }
    // Each request has its own boundary.
    assert_ne!(
        sent[0].header("content-type"),
        sent[1].header("content-type")
    );
}

#[tokio::test]
async fn a_form_cannot_be_signed_with_the_legacy_signature() {
    let server = server().await;
    let client = Client::new(config(
        &server,
        TencentSignature::Legacy(yun_core::sign::tencent_legacy::LegacyAlgorithm::HmacSha256),
    ));
    let err = client
        .upload_gadget_file(UploadGadgetFileRequest::new(b"x".to_vec()))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("TC3-HMAC-SHA256"), "{err}");
    assert!(server.received().is_empty());
}
