//! The streaming companion the generator emits for an operation with a
//! `Stream` flag (the tencent-demo fixture's `ChatGadget`), used as a user
//! would: it sets the flag, signs as any call, and yields typed events as
//! the loopback server sends them.

use futures_util::TryStreamExt;
use std::time::Duration;
use yun_core::{Config, Credential};
use yun_tencent_demo::models::Message;
use yun_tencent_demo::{ChatGadgetRequest, Client};
use yun_testing::{verify_tencent, Received, Reply, TestServer};

const ID: &str = "AKIDstream";
const SECRET: &str = "stream-secret";

fn delta(n: usize, text: &str) -> Vec<u8> {
    format!(
        ": ping\ndata: {{\"Id\": \"c-1\", \"Choices\": [{{\"Delta\": {{\"Role\": \"assistant\", \"Content\": \"{text}\"}}}}],\ndata: \"RequestId\": \"r-{n}\"}}\n\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn the_companion_sets_the_flag_and_yields_typed_events() {
    let words = ["Hel", "lo", ", ", "world"];
    let pieces = words
        .iter()
        .enumerate()
        .map(|(n, w)| (Duration::from_millis(30), delta(n, w)))
        .collect();
    let stream = Reply::chunked(200, "text/event-stream", pieces);
    let server = TestServer::start(move |r: &Received| {
        let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        match (verify_tencent(r, ID, SECRET), body["Stream"].as_bool()) {
            (Ok(()), Some(true)) => stream.clone(),
            (verified, flag) => Reply::json(
                200,
                &serde_json::json!({"Response": {"Error": {"Code": "InvalidParameter",
                    "Message": format!("{verified:?} Stream={flag:?}")}, "RequestId": "r"}}),
            ),
        }
    })
    .await;
    let config = Config::builder()
        .region("ap-guangzhou")
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let client = Client::new(config);

    let request = ChatGadgetRequest::new("demo-lite", vec![Message::new("user", "Say hello")]);
    let mut events = client.chat_gadget_stream(request).await.unwrap();
    let mut text = String::new();
    let mut n = 0;
    while let Some(event) = events.try_next().await.unwrap() {
        let choices = event.data.choices.as_deref().unwrap_or_default();
        let delta = choices[0].delta.as_ref().unwrap();
        text.push_str(delta.content.as_deref().unwrap_or_default());
        assert_eq!(
            event.data.request_id.as_deref(),
            Some(format!("r-{n}").as_str())
        );
        n += 1;
    }
    assert_eq!((n, text.as_str()), (4, "Hello, world"));

    let sent: serde_json::Value = serde_json::from_slice(&server.received()[0].body).unwrap();
    assert_eq!(sent["Model"], "demo-lite");
    assert_eq!(sent["Messages"][0]["Content"], "Say hello");
}

/// The resource-style (ROA) companion: ACS3-signed, the flag in the JSON body.
#[tokio::test]
async fn a_resource_style_companion_streams_too() {
    use yun_aliyun_roademo::{ChatGadgetRequest, Client};
    use yun_testing::verify_aliyun;

    let pieces = ["Hi", " there"]
        .iter()
        .enumerate()
        .map(|(n, text)| {
            let last = n == 1;
            let data = format!(
                "data: {{\"requestId\": \"r-1\", \"output\": {{\"text\": \"{text}\"}}, \"finished\": {last}}}\n\n"
            );
            (Duration::from_millis(20), data.into_bytes())
        })
        .collect();
    let stream = Reply::chunked(200, "text/event-stream", pieces);
    let server = TestServer::start(move |r: &Received| {
        let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap_or_default();
        match (verify_aliyun(r, ID, SECRET), body["stream"].as_bool()) {
            (Ok(()), Some(true)) if r.path == "/gadgets/g-1/chat" => stream.clone(),
            (verified, flag) => Reply::json(
                400,
                &serde_json::json!({"Code": "InvalidParameter",
                    "Message": format!("{verified:?} stream={flag:?} path={}", r.path), "RequestId": "r"}),
            ),
        }
    })
    .await;
    let config = Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .build()
        .unwrap();
    let mut events = Client::new(config)
        .chat_gadget_stream(ChatGadgetRequest::new("g-1", "hello"))
        .await
        .unwrap();
    let mut text = String::new();
    let mut finished = false;
    while let Some(event) = events.try_next().await.unwrap() {
        let output = event.data.output.as_ref().unwrap();
        text.push_str(output.text.as_deref().unwrap_or_default());
        finished = event.data.finished == Some(true);
    }
    assert_eq!((text.as_str(), finished), ("Hi there", true));
    let sent: serde_json::Value = serde_json::from_slice(&server.received()[0].body).unwrap();
    assert_eq!(sent["prompt"], "hello");
}
