//! A member the metadata requires only since the crate was first generated
//! (the fixture's `CreateWidget`: `Name` became required, `Zone` was added
//! required) is a setter, not a new argument of `new`: code written against
//! the first version still compiles, and a call without the member fails
//! before any I/O, naming it.

use yun_aliyun_demo::{Client, CreateWidgetRequest};
use yun_core::{Config, Credential, Error};
use yun_testing::{verify_aliyun, Received, Reply, TestServer};

#[tokio::test]
async fn a_member_required_later_is_a_setter_checked_before_any_io() {
    let server = TestServer::start(|r: &Received| match verify_aliyun(r, "id", "secret") {
        Ok(()) => Reply::json(200, &serde_json::json!({"RequestId": "r"})),
        Err(why) => Reply::json(
            400,
            &serde_json::json!({"Code": "SignatureDoesNotMatch", "Message": why}),
        ),
    })
    .await;
    let client = Client::new(
        Config::builder()
            .region("cn-hangzhou")
            .credentials(Credential::access_key("id", "secret"))
            .endpoint_url(server.url())
            .build()
            .unwrap(),
    );

    // `new` takes what it took when the crate was first generated.
    let err = client
        .create_widget(CreateWidgetRequest::new("cn-hangzhou").name("w"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "invalid input: CreateWidget: required member `Zone` is not set"
    );
    assert!(server.received().is_empty());

    client
        .create_widget(
            CreateWidgetRequest::new("cn-hangzhou")
                .name("w")
                .zone("cn-hangzhou-h"),
        )
        .await
        .unwrap();
    assert_eq!(
        server.received()[0].param("Zone").as_deref(),
        Some("cn-hangzhou-h")
    );
}
