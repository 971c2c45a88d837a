//! RunInstances for both vendors, built the way a user writes it: nested
//! request objects through constructors (which take their required members)
//! and setters only, lists from `&str`s; sent to a server on 127.0.0.1 that
//! checks the signature, and checked on the wire.

use yun_core::{Config, Credential};
use yun_testing::{verify_aliyun, verify_tencent, Received, Reply, TestServer};

const ID: &str = "LTAI5tUsageKeyId";
const SECRET: &str = "usage secret";

fn config(server: &TestServer, region: &str) -> Config {
    Config::builder()
        .region(region)
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .build()
        .unwrap()
}

#[tokio::test]
async fn tencent_run_instances_from_constructors_and_setters() {
    use yun_tencent_cvm::models::{
        DataDisk, InternetAccessible, LoginSettings, Placement, SystemDisk, Tag, TagSpecification,
    };
    use yun_tencent_cvm::{Client, RunInstancesRequest};

    let server = TestServer::start(|r: &Received| match verify_tencent(r, ID, SECRET) {
        Ok(()) => Reply::json(
            200,
            &serde_json::json!({"Response": {"InstanceIdSet": ["ins-1"], "RequestId": "r-1"}}),
        ),
        Err(why) => Reply::json(
            200,
            &serde_json::json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": why}, "RequestId": "r"}}),
        ),
    })
    .await;
    let cvm = Client::new(config(&server, "ap-shanghai"));
    let request = RunInstancesRequest::new()
        .placement(Placement::new("ap-shanghai-2").project_id(0))
        .image_id("img-pmqg1cw7")
        .instance_type("S5.MEDIUM2")
        .system_disk(SystemDisk::new().disk_type("CLOUD_BSSD").disk_size(50))
        .data_disks(vec![DataDisk::new(100).disk_type("CLOUD_PREMIUM")])
        .internet_accessible(
            InternetAccessible::new()
                .internet_charge_type("TRAFFIC_POSTPAID_BY_HOUR")
                .internet_max_bandwidth_out(10)
                .public_ip_assigned(true),
        )
        .login_settings(LoginSettings::new().key_ids(["skey-1", "skey-2"]))
        .security_group_ids(["sg-1"])
        .tag_specification(vec![TagSpecification::new(
            "instance",
            vec![Tag::new("team", "infra")],
        )])
        .instance_count(1);
    let answer = cvm.run_instances(request).await.unwrap();
    assert_eq!(answer.instance_id_set.unwrap()[0], "ins-1");

    let sent = server.received().pop().unwrap();
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(
        body["Placement"],
        serde_json::json!({"Zone": "ap-shanghai-2", "ProjectId": 0})
    );
    assert_eq!(
        body["DataDisks"][0],
        serde_json::json!({"DiskSize": 100, "DiskType": "CLOUD_PREMIUM"})
    );
    assert_eq!(
        body["LoginSettings"]["KeyIds"],
        serde_json::json!(["skey-1", "skey-2"])
    );
    assert_eq!(body["SecurityGroupIds"], serde_json::json!(["sg-1"]));
    assert_eq!(
        body["TagSpecification"][0],
        serde_json::json!({"ResourceType": "instance", "Tags": [{"Key": "team", "Value": "infra"}]})
    );
    assert_eq!(body["InternetAccessible"]["InternetMaxBandwidthOut"], 10);
    assert!(
        body["ClientToken"].is_string(),
        "the token is filled: {body}"
    );
}

#[tokio::test]
async fn aliyun_run_instances_from_constructors_and_setters() {
    // `Tag` is the one type of the 69 requests that declare it alike; the
    // disks and interfaces of RunInstances are its own.
    use yun_aliyun_ecs::models::Tag;
    use yun_aliyun_ecs::operations::run_instances::{
        RequestDataDisk as DataDisk, RequestNetworkInterface as NetworkInterface, SystemDisk,
    };
    use yun_aliyun_ecs::{Client, RunInstancesRequest};

    let server = TestServer::start(|r: &Received| match verify_aliyun(r, ID, SECRET) {
        Ok(()) => Reply::json(
            200,
            &serde_json::json!({"RequestId": "r-1", "InstanceIdSets": {"InstanceIdSet": ["i-1"]}}),
        ),
        Err(why) => Reply::json(
            400,
            &serde_json::json!({"Code": "SignatureDoesNotMatch", "Message": why, "RequestId": "r"}),
        ),
    })
    .await;
    let ecs = Client::new(config(&server, "cn-hangzhou"));
    let request = RunInstancesRequest::new("cn-hangzhou")
        .image_id("aliyun_3_x64_20G_alibase_20240819.vhd")
        .instance_type("ecs.g7.large")
        .system_disk(SystemDisk::new().category("cloud_essd").size("40"))
        .data_disk(vec![
            DataDisk::new().size(100).category("cloud_essd"),
            DataDisk::new().size(200).delete_with_instance(false),
        ])
        .tag(vec![Tag::new().key("team").value("infra")])
        .network_interface(vec![NetworkInterface::new()
            .v_switch_id("vsw-1")
            .security_group_ids(["sg-1", "sg-2"])])
        .security_group_ids(["sg-1"])
        .amount(1);
    let answer = ecs.run_instances(request).await.unwrap();
    assert_eq!(
        answer.instance_id_sets.unwrap().instance_id_set.unwrap()[0],
        "i-1"
    );

    let sent = server.received().pop().unwrap();
    let param = |name: &str| sent.param(name);
    assert_eq!(param("SystemDisk.Category").as_deref(), Some("cloud_essd"));
    assert_eq!(param("DataDisk.2.Size").as_deref(), Some("200"));
    assert_eq!(
        param("DataDisk.2.DeleteWithInstance").as_deref(),
        Some("false")
    );
    assert_eq!(param("Tag.1.Key").as_deref(), Some("team"));
    assert_eq!(
        param("NetworkInterface.1.SecurityGroupIds.2").as_deref(),
        Some("sg-2")
    );
    assert_eq!(param("SecurityGroupIds.1").as_deref(), Some("sg-1"));
    assert!(param("ClientToken").is_some(), "the token is filled");
}

#[tokio::test]
async fn a_nested_required_member_left_out_fails_before_any_io() {
    use yun_tencent_cvm::models::{DataDisk, Placement};
    use yun_tencent_cvm::{Client, RunInstancesRequest};

    let server = TestServer::start(|_: &Received| Reply::json(200, &serde_json::json!({}))).await;
    let cvm = Client::new(config(&server, "ap-shanghai"));
    // `Default` and field assignment get past the constructors.
    let mut second = DataDisk::new(200);
    second.disk_size = None;
    let request = RunInstancesRequest::new()
        .placement(Placement::new("ap-shanghai-2"))
        .data_disks(vec![DataDisk::new(100), second]);
    let err = cvm.run_instances(request).await.unwrap_err();
    assert!(
        matches!(err, yun_core::Error::InvalidInput { .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "invalid input: RunInstances: required member `DataDisks[1].DiskSize` is not set \
         (it is required whenever `DataDisks[1]` is sent)"
    );

    let request = RunInstancesRequest::new().placement(Placement::default().project_id(0));
    let err = cvm.run_instances(request).await.unwrap_err();
    assert!(err.to_string().contains("`Placement.Zone`"), "{err}");
    assert!(server.received().is_empty(), "nothing was sent");
}
