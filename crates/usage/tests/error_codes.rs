//! A service error matched by the product's error-code constants, as a user
//! writes it: no code typed as a string.

use yun_aliyun_ecs::{errors, DescribeInstanceAttributeRequest};
use yun_core::{Config, Credential};
use yun_testing::{Received, Reply, TestServer};

#[tokio::test]
async fn a_service_error_matches_its_constant() {
    let server = TestServer::start(|r: &Received| {
        let code = match r.param("InstanceId").as_deref() {
            Some("i-gone") => "InvalidInstanceId.NotFound",
            _ => "Invalid.Parameter",
        };
        Reply::json(
            404,
            &serde_json::json!({"Code": code, "Message": "no", "RequestId": "r"}),
        )
    })
    .await;
    let client = yun_aliyun_ecs::Client::new(
        Config::builder()
            .region("cn-hangzhou")
            .credentials(Credential::access_key("id", "secret"))
            .endpoint_url(server.url())
            .build()
            .unwrap(),
    );
    let gone = client
        .describe_instance_attribute(DescribeInstanceAttributeRequest::new("i-gone"))
        .await
        .unwrap_err();
    assert!(matches!(
        gone.code(),
        Some(errors::INVALID_INSTANCE_ID_NOT_FOUND)
    ));
    let odd = client
        .describe_instance_attribute(DescribeInstanceAttributeRequest::new("i-odd"))
        .await
        .unwrap_err();
    assert!(!matches!(odd.code(), Some(errors::INVALID_PARAMETER)));
    assert!(odd
        .code()
        .is_some_and(|c| errors::INVALID_PARAMETER_SPELLINGS.contains(&c)));
}
