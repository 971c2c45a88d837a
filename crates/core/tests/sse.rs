//! Streamed answers (server-sent events) on loopback: events arrive as
//! they are sent, a cut or an error event ends the stream after what came
//! before, timeouts fit streams, retries stop at the first event, dropping
//! the stream closes the connection, and the call span counts the events.

#[path = "support/recorder.rs"]
mod recorder;

use futures_util::TryStreamExt;
use serde_json::{json, Value};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::tencent::{TencentClient, TencentRequest};
use yun_core::{Config, Credential, Error};
use yun_testing::{verify_tencent, Received, Reply, TestServer, WireFault};

const ID: &str = "AKIDsseTestId";
const KEY: &str = "sse test key";
const EVENTS: &str = "text/event-stream";

fn client(server: &TestServer, http: HttpOptions) -> TencentClient {
    let config = Config::builder()
        .region("ap-guangzhou")
        .credentials(Credential::access_key(ID, KEY))
        .endpoint_url(server.url())
        .http(http.env_proxy(false))
        .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap();
    TencentClient::new(config, "hunyuan")
}

fn chat() -> TencentRequest {
    let body = json!({"Model": "hunyuan-lite", "Stream": true, "Messages": [{"Role": "user", "Content": "hi"}]});
    TencentRequest::new("ChatCompletions", "2023-09-01", &body).unwrap()
}

/// Event `n`: a comment, then its data over two lines.
fn piece(n: usize) -> Vec<u8> {
    format!(": keep-alive\ndata: {{\"N\": {n},\ndata: \"Text\": \"chunk {n}\"}}\n\n").into_bytes()
}

/// A server that checks the signature, then streams `reply`.
async fn serving(reply: Reply) -> TestServer {
    TestServer::start(move |r: &Received| match verify_tencent(r, ID, KEY) {
        Ok(()) => reply.clone(),
        Err(why) => Reply::json(
            200,
            &json!({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": why}, "RequestId": "r"}}),
        ),
    })
    .await
}

#[tokio::test]
async fn events_arrive_as_they_are_sent_and_the_attempt_timeout_does_not_cut_them() {
    let pieces = (0..50)
        .map(|n| (Duration::from_millis(100), piece(n)))
        .collect();
    let reply = Reply::chunked(200, EVENTS, pieces);
    let sent = reply.chunks.as_ref().unwrap().sent.clone();
    let server = serving(reply).await;
    // The whole stream takes 5 s: longer than the attempt timeout, shorter
    // than the read timeout between two events.
    let http = HttpOptions::default()
        .timeout(Duration::from_secs(1))
        .read_timeout(Duration::from_secs(2));
    let mut events = client(&server, http)
        .call_sse::<Value>(&chat())
        .await
        .unwrap();
    let mut n = 0;
    while let Some(event) = events.try_next().await.unwrap() {
        assert_eq!(event.data, json!({"N": n, "Text": format!("chunk {n}")}));
        assert_eq!(
            event.raw.data,
            format!("{{\"N\": {n},\n\"Text\": \"chunk {n}\"}}")
        );
        // Seen before the server sent much more: nothing waits for the end.
        let written = sent.load(Ordering::SeqCst);
        assert!(
            written <= n + 3,
            "event {n} seen only after {written} were sent"
        );
        n += 1;
    }
    assert_eq!(n, 50);
}

#[tokio::test]
async fn a_stream_cut_in_the_middle_ends_with_a_transport_error_after_its_events() {
    let mut reply = Reply::chunked(
        200,
        EVENTS,
        (0..10).map(|n| (Duration::ZERO, piece(n))).collect(),
    );
    reply.chunks.as_mut().unwrap().cut_after = Some(5);
    let server = serving(reply).await;
    let mut events = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap();
    let mut seen = 0;
    let err = loop {
        match events.try_next().await {
            Ok(Some(_)) => seen += 1,
            Ok(None) => panic!("the stream ended cleanly after {seen} events"),
            Err(e) => break e,
        }
    };
    assert_eq!(seen, 5);
    assert!(
        matches!(err, Error::Transport { connect: false, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("closed after"), "{err}");
    assert!(
        events.try_next().await.unwrap().is_none(),
        "an error ends the stream"
    );
    assert_eq!(
        server.received().len(),
        1,
        "not retried once events were seen"
    );
}

#[tokio::test]
async fn an_error_sent_as_an_event_is_a_service_error() {
    let error = br#"data: {"Response":{"Error":{"Code":"LimitExceeded","Message":"slow down"},"RequestId":"r-9"}}

"#;
    let reply = Reply::chunked(
        200,
        EVENTS,
        vec![
            (Duration::ZERO, piece(0)),
            (Duration::ZERO, piece(1)),
            (Duration::ZERO, error.to_vec()),
        ],
    );
    let server = serving(reply).await;
    let events: Vec<_> = {
        let mut stream = client(&server, HttpOptions::default())
            .call_sse::<Value>(&chat())
            .await
            .unwrap();
        let mut all = Vec::new();
        while let Some(item) = futures_util::StreamExt::next(&mut stream).await {
            all.push(item);
        }
        all
    };
    assert_eq!(events.len(), 3);
    assert!(events[0].is_ok() && events[1].is_ok());
    let err = events[2].as_ref().unwrap_err();
    assert_eq!(err.code(), Some("LimitExceeded"));
    assert_eq!(err.request_id(), Some("r-9"));
}

#[tokio::test]
async fn an_answer_that_is_not_a_stream_is_read_as_usual() {
    let server = serving(Reply::json(
        200,
        &json!({"Response": {"Error": {"Code": "InvalidParameter", "Message": "no model"}, "RequestId": "r-1"}}),
    ))
    .await;
    let err = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("InvalidParameter"));

    let server = serving(Reply::json(
        200,
        &json!({"Response": {"Id": "x", "RequestId": "r-2"}}),
    ))
    .await;
    let events: Vec<_> = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].data["Id"], "x");
}

/// `data: [DONE]` ends the stream cleanly; a body that ends inside an
/// event is a transport error saying it was cut, not a decoding error.
#[tokio::test]
async fn done_ends_the_stream_and_a_body_ending_inside_an_event_was_cut() {
    let done = [piece(0), piece(1), b"data: [DONE]\n\n".to_vec()].concat();
    let server = serving(Reply::raw(200, EVENTS, done)).await;
    let events: Vec<_> = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(events.len(), 2);

    let cut = [piece(0), b"data: {\"N\": 1, \"Text\": \"chu".to_vec()].concat();
    let server = serving(Reply::raw(200, EVENTS, cut)).await;
    let mut events = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap();
    assert_eq!(events.try_next().await.unwrap().unwrap().data["N"], 0);
    let err = events.try_next().await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("cut in the middle of an event (after 1 events"),
        "{err}"
    );
    assert!(events.try_next().await.unwrap().is_none());

    // A last event complete but for its blank line is delivered.
    let unended = [piece(0), b"data: {\"N\": 1}\n".to_vec()].concat();
    let server = serving(Reply::raw(200, EVENTS, unended)).await;
    let events: Vec<_> = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(events[1].data["N"], 1);
}

/// An HTML page from a gateway is reported as what it is, and retried as
/// any 502 for a read.
#[tokio::test]
async fn a_gateway_page_is_reported_as_what_it_is() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let server = serving(Reply::raw(502, "text/html", page)).await;
    let request = TencentRequest::new("DescribeZones", "2017-03-12", &json!({}))
        .unwrap()
        .read_only(true);
    let err = client(&server, HttpOptions::default())
        .call_request::<Value>(&request)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains(
            "HTTP 502 from a gateway or proxy, not the service's own answer: \"502 Bad Gateway\""
        ),
        "{err}"
    );
    assert!(server.received().len() > 1, "retried as a read");
}

#[tokio::test]
async fn failures_before_the_first_event_are_retried_by_the_usual_rules() {
    let stream = Reply::chunked(200, EVENTS, vec![(Duration::ZERO, piece(0))]);
    let first = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let server = TestServer::start(move |_: &Received| {
        if first.swap(false, Ordering::SeqCst) {
            Reply::raw(200, EVENTS, "").broken(WireFault::Reset)
        } else {
            stream.clone()
        }
    })
    .await;
    let client = client(&server, HttpOptions::default());
    // A read is sent again after the reset …
    let events: Vec<_> = client
        .call_sse::<Value>(&chat().read_only(true))
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_write_whose_stream_never_started_is_not_sent_twice() {
    let server =
        TestServer::start(|_: &Received| Reply::raw(200, EVENTS, "").broken(WireFault::Reset))
            .await;
    let err = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap_err();
    assert!(err.is_outcome_unknown(), "{err:?}");
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn the_read_timeout_applies_between_events() {
    let reply = Reply::chunked(
        200,
        EVENTS,
        vec![
            (Duration::ZERO, piece(0)),
            (Duration::from_millis(1500), piece(1)),
        ],
    );
    let server = serving(reply).await;
    let http = HttpOptions::default().read_timeout(Duration::from_millis(300));
    let mut events = client(&server, http)
        .call_sse::<Value>(&chat())
        .await
        .unwrap();
    assert!(events.try_next().await.unwrap().is_some());
    let err = events.try_next().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        err.to_string().contains("the read timeout (300ms) fired"),
        "{err}"
    );
}

#[tokio::test]
async fn dropping_the_stream_closes_the_connection() {
    let pieces = (0..50)
        .map(|n| (Duration::from_millis(20), piece(n)))
        .collect();
    let reply = Reply::chunked(200, EVENTS, pieces);
    let sent = reply.chunks.as_ref().unwrap().sent.clone();
    let server = serving(reply).await;
    let mut events = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap();
    events.try_next().await.unwrap();
    events.try_next().await.unwrap();
    drop(events);
    tokio::time::sleep(Duration::from_millis(400)).await;
    let after_drop = sent.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        sent.load(Ordering::SeqCst),
        after_drop,
        "the server stopped writing"
    );
    assert!(
        after_drop < 50,
        "the rest was not read: {after_drop} written"
    );
}

#[tokio::test]
async fn one_call_span_counts_the_events_and_bytes() {
    use tracing_subscriber::layer::SubscriberExt;
    let recorder = recorder::Recorder::default();
    let _guard =
        tracing::subscriber::set_default(tracing_subscriber::registry().with(recorder.clone()));
    let pieces: Vec<_> = (0..7).map(|n| (Duration::ZERO, piece(n))).collect();
    let bytes: usize = pieces.iter().map(|(_, p)| p.len()).sum();
    let server = serving(Reply::chunked(200, EVENTS, pieces)).await;
    let events: Vec<_> = client(&server, HttpOptions::default())
        .call_sse::<Value>(&chat())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(events.len(), 7);
    assert_eq!(
        recorder
            .having(&["SPAN", "call", "action=ChatCompletions"])
            .len(),
        1
    );
    recorder.assert_has(&["RECORD call", "events=7"]);
    recorder.assert_has(&["RECORD call", &format!("bytes={bytes}")]);
    recorder.assert_has(&["RECORD call", "outcome=ok"]);
}

/// Alibaba Cloud: an RPC action and a resource-style operation that stream,
/// signed with ACS3 and verified on the wire; an error as an event.
#[tokio::test]
async fn aliyun_rpc_and_resource_calls_stream_too() {
    use yun_core::aliyun::{AliyunClient, Method, ResourceRequest, RpcRequest};
    use yun_testing::verify_aliyun;

    let events = [
        (Duration::ZERO, b"data: {\"Output\": {\"Text\": \"Hel\"}, \"RequestId\": \"a-1\"}\n\n".to_vec()),
        (Duration::from_millis(20), b"data: {\"Output\": {\"Text\": \"lo\"}, \"RequestId\": \"a-1\"}\n\n".to_vec()),
        (Duration::ZERO, b"data: {\"Code\": \"Throttling\", \"Message\": \"slow down\", \"RequestId\": \"a-1\"}\n\n".to_vec()),
    ];
    let reply = Reply::chunked(200, "text/event-stream;charset=UTF-8", events.to_vec());
    let server = TestServer::start(move |r: &Received| match verify_aliyun(r, ID, KEY) {
        Ok(()) => reply.clone(),
        Err(why) => Reply::json(
            400,
            &json!({"Code": "SignatureDoesNotMatch", "Message": why, "RequestId": "r"}),
        ),
    })
    .await;
    let config = Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key(ID, KEY))
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .build()
        .unwrap();
    let client = AliyunClient::for_product(config, "bailian");

    let mut rpc = RpcRequest::new("ChatGadget", "2023-12-29");
    rpc.query.insert("Stream", "true");
    let resource = ResourceRequest::new(
        "Completion",
        "2023-12-29",
        Method::Post,
        "/{WorkspaceId}/completion",
    )
    .path_param("WorkspaceId", "ws-1")
    .json_body(&json!({"Prompt": "hi", "Stream": true}))
    .unwrap();
    let streams = [
        client.call_sse::<Value>(&rpc).await.unwrap(),
        client.call_resource_sse::<Value>(&resource).await.unwrap(),
    ];
    for mut events in streams {
        let mut text = String::new();
        let err = loop {
            match events.try_next().await {
                Ok(Some(event)) => text.push_str(event.data["Output"]["Text"].as_str().unwrap()),
                Ok(None) => panic!("no error event"),
                Err(e) => break e,
            }
        };
        assert_eq!(text, "Hello");
        assert_eq!(err.code(), Some("Throttling"), "{err:?}");
    }
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[1].path, "/ws-1/completion");
}
