//! The kit as a user's tests use it: typed answers, faults retried by the
//! client's own rules, recorded requests read back as typed requests, and
//! replay of a recording. No socket is opened.

use yun_testing::{Fault, Mock};

/// The sockets this process holds (Linux; empty where `/proc` is missing).
/// A test checks that it holds none it did not hold before: a connection
/// would stay open in the client's pool.
fn sockets() -> std::collections::BTreeSet<String> {
    let Ok(fds) = std::fs::read_dir("/proc/self/fd") else {
        return Default::default();
    };
    fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
        .map(|target| target.to_string_lossy().into_owned())
        .filter(|target| target.starts_with("socket:"))
        .collect()
}

mod ecs {
    use yun_aliyun_ecs::operations::describe_instances::{Instance, Instances};
    use yun_aliyun_ecs::DescribeInstancesResponse;

    /// One page of DescribeInstances, built from the generated types.
    pub fn page(ids: &[&str], next_token: Option<&str>) -> DescribeInstancesResponse {
        let mut instances = Instances::default();
        instances.instance = Some(
            ids.iter()
                .map(|id| {
                    let mut instance = Instance::default();
                    instance.instance_id = Some((*id).into());
                    instance
                })
                .collect(),
        );
        let mut page = DescribeInstancesResponse::default();
        page.instances = Some(instances);
        page.next_token = next_token.map(Into::into);
        page
    }
}

#[tokio::test]
async fn an_ecs_paginator_through_two_pages_and_a_throttled_third() {
    use yun_aliyun_ecs::{Client, DescribeInstancesRequest};

    let before = sockets();
    let mock = Mock::new();
    mock.on("DescribeInstances")
        .product("ecs")
        .answer(ecs::page(&["i-1", "i-2"], Some("t-2")))
        .answer(ecs::page(&["i-3", "i-4"], Some("t-3")))
        .fault(Fault::Throttle)
        .answer(ecs::page(&["i-5"], None));
    let client = Client::new(mock.config("cn-hangzhou"));

    let items = client
        .describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou").max_results(2))
        .collect_items()
        .await
        .unwrap();
    let ids: Vec<&str> = items
        .iter()
        .filter_map(|i| i.instance_id.as_deref())
        .collect();
    assert_eq!(ids, ["i-1", "i-2", "i-3", "i-4", "i-5"]);

    // Four requests: the third page's was throttled and sent again.
    let sent = mock.requests_for("DescribeInstances");
    let tokens: Vec<Option<String>> = sent.iter().map(|r| r.param("NextToken")).collect();
    assert_eq!(
        tokens,
        [
            None,
            Some("t-2".into()),
            Some("t-3".into()),
            Some("t-3".into())
        ]
    );
    assert!(sent
        .iter()
        .all(|r| r.param("MaxResults").as_deref() == Some("2")
            && r.param("RegionId").as_deref() == Some("cn-hangzhou")
            && r.version() == "2014-05-26"
            && r.is_product("ecs")));
    // A member that only wraps a list reads through its wrapper.
    let one = ecs::page(&["i-1", "i-2"], None);
    assert_eq!(one.instances().len(), 2);
    assert!(yun_aliyun_ecs::DescribeInstancesResponse::default()
        .instances()
        .is_empty());
    // Typed: the recorded request reads back into the request type.
    let third: DescribeInstancesRequest = sent[2].decode().unwrap();
    assert_eq!(third.next_token.as_deref(), Some("t-3"));
    assert_eq!(third.max_results, Some(2));
    assert!(sockets().is_subset(&before), "no socket was opened");
}

/// A paginator owns its client: its stream is `'static` and `Send`, stored
/// in a struct and moved into a spawned task after the client is gone.
#[tokio::test]
async fn a_paginator_moves_into_a_task() {
    use futures_util::TryStreamExt;
    use yun_aliyun_ecs::operations::describe_instances::Instance;
    use yun_aliyun_ecs::{Client, DescribeInstancesRequest};
    use yun_core::paginate::Items;

    struct Lister {
        items: Items<Instance>,
    }
    let mock = Mock::new();
    mock.on("DescribeInstances")
        .answer(ecs::page(&["i-1", "i-2"], Some("t-2")))
        .answer(ecs::page(&["i-3"], None));
    let lister = {
        let client = Client::new(mock.config("cn-hangzhou"));
        Lister {
            items: client
                .describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou"))
                .items(),
        }
    };
    let ids = tokio::spawn(async move {
        let instances: Vec<Instance> = lister.items.try_collect().await?;
        Ok::<_, yun_core::Error>(
            instances
                .into_iter()
                .filter_map(|i| i.instance_id.map(String::from))
                .collect::<Vec<_>>(),
        )
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(ids, ["i-1", "i-2", "i-3"]);
}

#[tokio::test]
async fn a_cvm_run_instances_write_is_recorded_typed() {
    use yun_tencent_cvm::models::{DataDisk, Placement};
    use yun_tencent_cvm::{Client, RunInstancesRequest, RunInstancesResponse};

    let before = sockets();
    let mock = Mock::new();
    let mut answer = RunInstancesResponse::default();
    answer.instance_id_set = Some(vec!["ins-1".into(), "ins-2".into()]);
    let rule = mock.on("RunInstances").fault(Fault::Reset).answer(&answer);
    let client = Client::new(mock.config("ap-shanghai"));

    let request = RunInstancesRequest::new()
        .placement(Placement::new("ap-shanghai-2"))
        .image_id("img-1")
        .instance_count(2)
        .data_disks(vec![DataDisk::new(100).disk_type("CLOUD_SSD")]);
    let sent = client.run_instances(request).await.unwrap();
    assert_eq!(sent.instance_id_set.unwrap(), ["ins-1", "ins-2"]);
    assert_eq!(rule.used(), 2);

    let requests = mock.requests();
    assert_eq!(
        requests.len(),
        2,
        "the reset was retried: the write has a token"
    );
    let first: RunInstancesRequest = requests[0].decode().unwrap();
    let second: RunInstancesRequest = requests[1].decode().unwrap();
    assert_eq!(first.image_id.as_deref(), Some("img-1"));
    assert_eq!(first.instance_count, Some(2));
    assert_eq!(
        first.placement.as_ref().and_then(|p| p.zone.as_deref()),
        Some("ap-shanghai-2")
    );
    assert_eq!(first.data_disks.as_ref().unwrap()[0].disk_size, Some(100));
    assert!(first.client_token.is_some(), "the client filled the token");
    assert_eq!(first.client_token, second.client_token);
    assert_eq!(requests[0].header("x-tc-region"), Some("ap-shanghai"));
    assert!(sockets().is_subset(&before), "no socket was opened");
}

#[tokio::test]
async fn service_errors_faults_and_unmatched_requests() {
    use yun_tencent_cvm::{Client, DescribeInstancesRequest, StartInstancesRequest};

    let mock = Mock::new();
    mock.on("StartInstances")
        .when(|r| {
            r.param("InstanceIds")
                .is_some_and(|ids| ids.contains("ins-bad"))
        })
        .error("InvalidInstanceId.NotFound", "no such instance");
    mock.on("StartInstances").fault(Fault::InternalError);
    let client = Client::new(mock.config("ap-shanghai"));

    let err = client
        .start_instances(StartInstancesRequest::new(["ins-bad"]))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("InvalidInstanceId.NotFound"));
    assert!(err.request_id().is_some_and(|id| id.starts_with("mock-")));

    // A write without a token whose answer is lost is not sent again.
    let err = client
        .start_instances(StartInstancesRequest::new(["ins-1"]))
        .await
        .unwrap_err();
    assert!(err.is_outcome_unknown(), "{err:?}");
    assert_eq!(mock.requests_for("StartInstances").len(), 2);

    let err = client
        .describe_instances(DescribeInstancesRequest::new())
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("no rule answers Tencent Cloud DescribeInstances"),
        "{err}"
    );
}

#[tokio::test]
async fn a_recording_replays() {
    use yun_aliyun_ecs::{Client, DescribeInstancesRequest};

    let dir = std::env::temp_dir().join(format!("yun-testing-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ecs.jsonl");

    // Record through a mock standing in for the real transport.
    let upstream = Mock::new();
    upstream
        .on("DescribeInstances")
        .answer(ecs::page(&["i-1"], Some("t-2")))
        .answer(ecs::page(&["i-2"], None));
    let recorder = yun_testing::Recorder::create(&file, upstream.transport()).unwrap();
    let config = yun_core::Config::builder()
        .region("cn-hangzhou")
        .credentials(yun_core::Credential::access_key("id", "a-secret-value"))
        .transport(std::sync::Arc::new(recorder))
        .build()
        .unwrap();
    let live = Client::new(config)
        .describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou"))
        .collect_items()
        .await
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.lines().count(), 2);
    assert!(
        !text.contains("a-secret-value") && !text.contains("Signature"),
        "{text}"
    );

    let replay = Mock::replay(&file).unwrap();
    let replayed = Client::new(replay.config("cn-hangzhou"))
        .describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou"))
        .collect_items()
        .await
        .unwrap();
    assert_eq!(replayed, live);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_streamed_answer_is_mocked_with_its_events() {
    use futures_util::TryStreamExt;
    use yun_core::tencent::{TencentClient, TencentRequest};

    let mock = Mock::new();
    mock.on("ChatCompletions").raw(
        200,
        "text/event-stream",
        "data: {\"Choices\": [{\"Delta\": {\"Content\": \"Hel\"}}]}\n\n\
         data: {\"Choices\": [{\"Delta\": {\"Content\": \"lo\"}}]}\n\n",
    );
    let hunyuan = TencentClient::new(mock.config("ap-guangzhou"), "hunyuan");
    let request = TencentRequest::new(
        "ChatCompletions",
        "2023-09-01",
        &serde_json::json!({"Model": "hunyuan-lite", "Stream": true}),
    )
    .unwrap();
    let events: Vec<_> = hunyuan
        .call_sse::<serde_json::Value>(&request)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let text: String = events
        .iter()
        .filter_map(|e| e.data["Choices"][0]["Delta"]["Content"].as_str())
        .collect();
    assert_eq!(text, "Hello");
    assert_eq!(mock.requests()[0].param("Stream").as_deref(), Some("true"));
}
