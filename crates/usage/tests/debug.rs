//! What `{:?}` shows of requests and responses: the members that are
//! present, and `***` for secrets.

use yun_core::{Config, Credential};
use yun_testing::{Received, Reply, TestServer};

#[tokio::test]
async fn debug_shows_present_members_only() {
    use yun_tencent_cvm::models::{LoginSettings, Placement};
    use yun_tencent_cvm::{Client, DescribeInstancesRequest, RunInstancesRequest};

    let server = TestServer::start(|_: &Received| {
        Reply::json(
            200,
            &serde_json::json!({"Response": {
                "TotalCount": 1,
                "InstanceSet": [{"InstanceId": "ins-1", "InstanceState": "RUNNING",
                                 "Placement": {"Zone": "ap-shanghai-2"}}],
                "RequestId": "r-1"
            }}),
        )
    })
    .await;
    let config = Config::builder()
        .region("ap-shanghai")
        .credentials(Credential::access_key("id", "secret"))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let answer = Client::new(config)
        .describe_instances(DescribeInstancesRequest::new())
        .await
        .unwrap();
    let shown = format!("{answer:?}");
    assert_eq!(
        shown,
        r#"DescribeInstancesResponse { total_count: 1, instance_set: [Instance { placement: Placement { zone: "ap-shanghai-2" }, instance_id: "ins-1", instance_state: "RUNNING" }], request_id: "r-1" }"#
    );

    let request = RunInstancesRequest::new()
        .placement(Placement::new("ap-shanghai-2"))
        .login_settings(LoginSettings::new().password("hunter2!Secret"));
    let shown = format!("{request:#?}");
    assert!(shown.contains("password: \"***\""), "{shown}");
    assert!(
        !shown.contains("hunter2") && !shown.contains("None"),
        "{shown}"
    );
}
