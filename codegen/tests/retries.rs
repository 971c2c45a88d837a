//! The retry facts the generator emits reach yun-core: against a server on
//! 127.0.0.1 that resets the connection on the first request of every
//! action, a read is retried, a write with a `ClientToken` member is
//! retried with one filled token (in the query or form body, where the
//! metadata puts it), and a write without one fails with `OutcomeUnknown`
//! after a single request.
#![allow(deprecated)]

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::{Config, Credential};
use yun_testing::{verify_aliyun, verify_tencent, Received, Reply, TestServer, WireFault};

const ID: &str = "AKIDretry";
const SECRET: &str = "retry-secret";

/// Resets the first request of each action; answers the rest with `ok`.
async fn reset_first(ok: Value, tencent: bool) -> TestServer {
    let seen = Arc::new(Mutex::new(BTreeMap::<String, usize>::new()));
    TestServer::start(move |r: &Received| {
        let verified = if tencent {
            verify_tencent(r, ID, SECRET)
        } else {
            verify_aliyun(r, ID, SECRET)
        };
        assert_eq!(verified, Ok(()));
        let action = r
            .header("x-acs-action")
            .or_else(|| r.header("x-tc-action"))
            .unwrap_or_default()
            .to_owned();
        let mut seen = seen.lock().unwrap();
        let n = seen.entry(action).or_default();
        *n += 1;
        let reply = Reply::json(200, &ok);
        if *n == 1 {
            reply.broken(WireFault::Reset)
        } else {
            reply
        }
    })
    .await
}

fn config(server: &TestServer) -> Config {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key(ID, SECRET))
        .endpoint_url(server.url())
        .http(HttpOptions::default().env_proxy(false))
        .retry(RetryConfig::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap()
}

fn requests_for(server: &TestServer, action: &str) -> Vec<Received> {
    server
        .received()
        .into_iter()
        .filter(|r| {
            r.header("x-acs-action") == Some(action) || r.header("x-tc-action") == Some(action)
        })
        .collect()
}

#[tokio::test]
async fn aliyun_generated_operations_carry_their_retry_facts() {
    use yun_aliyun_demo::{
        Client, CreateWidgetRequest, DeleteWidgetRequest, DescribeWidgetsRequest,
    };
    let server = reset_first(json!({"RequestId": "ok"}), false).await;
    let client = Client::new(config(&server));

    client
        .describe_widgets(DescribeWidgetsRequest::new("cn-hangzhou"))
        .await
        .expect("a read is retried");
    assert_eq!(requests_for(&server, "DescribeWidgets").len(), 2);

    client
        .create_widget(
            CreateWidgetRequest::new("cn-hangzhou")
                .name("w")
                .zone("cn-hangzhou-h"),
        )
        .await
        .expect("a write with a ClientToken is retried");
    let creates = requests_for(&server, "CreateWidget");
    assert_eq!(creates.len(), 2);
    // The metadata puts ClientToken in the form body.
    let tokens: Vec<Option<String>> = creates
        .iter()
        .map(|r| {
            r.form_pairs()
                .into_iter()
                .find(|(k, _)| k == "ClientToken")
                .map(|(_, v)| v)
        })
        .collect();
    assert!(
        tokens[0].as_deref().is_some_and(|t| t.len() == 36),
        "{tokens:?}"
    );
    assert_eq!(tokens[0], tokens[1]);
    assert!(creates.iter().all(|r| !r.query.contains("ClientToken")));

    let err = client
        .delete_widget(DeleteWidgetRequest::new("w-1"))
        .await
        .unwrap_err();
    assert!(err.is_outcome_unknown(), "{err:?}");
    assert!(
        err.to_string().contains("DeleteWidget is not read-only"),
        "{err}"
    );
    assert_eq!(requests_for(&server, "DeleteWidget").len(), 1);
}

#[tokio::test]
async fn tencent_generated_operations_carry_their_retry_facts() {
    use yun_tencent_demo::{Client, CreateGadgetRequest, DescribeGadgetsRequest};
    let server = reset_first(json!({"Response": {"RequestId": "ok"}}), true).await;
    let client = Client::new(config(&server));

    client
        .describe_gadgets(DescribeGadgetsRequest::new())
        .await
        .expect("a read is retried");
    assert_eq!(requests_for(&server, "DescribeGadgets").len(), 2);

    client
        .create_gadget(CreateGadgetRequest::new("g"))
        .await
        .expect("a write with a ClientToken is retried");
    let tokens: Vec<Value> = requests_for(&server, "CreateGadget")
        .iter()
        .map(|r| serde_json::from_slice::<Value>(&r.body).unwrap()["ClientToken"].clone())
        .collect();
    assert_eq!(tokens.len(), 2);
    assert!(
        tokens[0].as_str().is_some_and(|t| t.len() == 36),
        "{tokens:?}"
    );
    assert_eq!(tokens[0], tokens[1]);

    // The caller's own token is sent as is.
    client
        .create_gadget(CreateGadgetRequest::new("g").client_token("mine"))
        .await
        .unwrap();
    let last = requests_for(&server, "CreateGadget").pop().unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&last.body).unwrap()["ClientToken"],
        "mine"
    );
}
