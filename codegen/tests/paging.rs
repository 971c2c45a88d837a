//! Paginators of the generated demo crates, one per style, against servers
//! on 127.0.0.1: three pages of three items with the last one full (as real
//! services serve them), a service that repeats its token, and an error
//! on the second page.

use futures_util::{StreamExt, TryStreamExt};
use serde_json::{json, Value};
use std::time::Duration;
use yun_core::http::HttpOptions;
use yun_core::retry::RetryConfig;
use yun_core::{Config, Credential};
use yun_testing::{verify_aliyun, verify_tencent, Received, Reply, TestServer};

const ID: &str = "AKIDpaging";
const SECRET: &str = "paging-secret";
const ITEMS: u64 = 9;
const SIZE: u64 = 3;

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

/// Items `from..from + SIZE` (capped at `ITEMS`) as `{"Id": "item-<n>"}`.
fn items(from: u64) -> Vec<Value> {
    (from..(from + SIZE).min(ITEMS))
        .map(|n| json!({"Id": format!("item-{n}"), "Key": format!("item-{n}")}))
        .collect()
}

fn wire_param(r: &Received, name: &str) -> Option<String> {
    r.param(name).or_else(|| {
        serde_json::from_slice::<Value>(&r.body)
            .ok()
            .and_then(|b| b.get(name).map(|v| v.to_string()))
    })
}

fn expected() -> Vec<String> {
    (0..ITEMS).map(|n| format!("item-{n}")).collect()
}

#[tokio::test]
async fn page_numbers_walk_three_full_pages_and_stop() {
    use yun_aliyun_demo::{Client, DescribeWidgetsRequest};
    let server = TestServer::start(|r: &Received| {
        assert_eq!(verify_aliyun(r, ID, SECRET), Ok(()));
        assert_eq!(r.param("PageSize").as_deref(), Some("3"), "the caller's page size is kept");
        let page: u64 = r.param("PageNumber").map_or(1, |p| p.parse().unwrap());
        Reply::json(
            200,
            &json!({"RequestId": "r", "TotalCount": ITEMS, "Widgets": {"Widget": items((page - 1) * SIZE)}}),
        )
    })
    .await;
    let client = Client::new(config(&server));
    let request = DescribeWidgetsRequest::new("cn-hangzhou").page_size(SIZE as i32);
    let ids: Vec<yun_core::Text> = client
        .describe_widgets_paginator(request.clone())
        .items()
        .map_ok(|w| w.id.unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, expected());
    let pages: Vec<_> = server
        .received()
        .iter()
        .map(|r| r.param("PageNumber"))
        .collect();
    assert_eq!(
        pages,
        vec![None, Some("2".into()), Some("3".into())],
        "no fourth request"
    );

    // The page stream, and the cap.
    let pages: Vec<_> = client
        .describe_widgets_paginator(request)
        .max_pages(2)
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 2);
}

#[tokio::test]
async fn offsets_walk_three_full_pages_and_stop() {
    use yun_tencent_demo::{Client, DescribeGadgetsRequest};
    let server = TestServer::start(|r: &Received| {
        assert_eq!(verify_tencent(r, ID, SECRET), Ok(()));
        let body: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(body["Limit"], SIZE);
        let offset = body["Offset"].as_u64().unwrap_or(0);
        Reply::json(
            200,
            &json!({"Response": {"RequestId": "r", "TotalCount": ITEMS, "GadgetSet": items(offset)}}),
        )
    })
    .await;
    let client = Client::new(config(&server));
    let gadgets = client
        .describe_gadgets_paginator(DescribeGadgetsRequest::new().limit(SIZE as i64))
        .collect_items()
        .await
        .unwrap();
    let ids: Vec<yun_core::Text> = gadgets.into_iter().map(|g| g.id.unwrap()).collect();
    assert_eq!(ids, expected());
    let offsets: Vec<_> = server
        .received()
        .iter()
        .map(|r| wire_param(r, "Offset"))
        .collect();
    assert_eq!(offsets, vec![None, Some("3".into()), Some("6".into())]);
}

/// A token server: page `n` answers with token `t<n+1>`, the last with
/// none. `repeat` makes it answer the second page with the token it got.
async fn token_server(repeat: bool, fail_second: bool) -> TestServer {
    TestServer::start(move |r: &Received| {
        assert_eq!(verify_aliyun(r, ID, SECRET), Ok(()));
        let page: u64 = r
            .param("NextToken")
            .map_or(0, |t| t.trim_start_matches('t').parse().unwrap());
        if fail_second && page == 1 {
            return Reply::json(403, &json!({"Code": "Forbidden", "Message": "no", "RequestId": "f"}));
        }
        let next = if repeat && page == 1 {
            r.param("NextToken").unwrap()
        } else if (page + 1) * SIZE < ITEMS {
            format!("t{}", page + 1)
        } else {
            String::new()
        };
        Reply::json(
            200,
            &json!({"RequestId": "r", "NextToken": next, "TagResources": {"TagResource": items(page * SIZE)}}),
        )
    })
    .await
}

#[tokio::test]
async fn tokens_walk_three_pages_and_stop_on_an_empty_token() {
    use yun_aliyun_demo::{Client, ListWidgetTagsRequest};
    let server = token_server(false, false).await;
    let client = Client::new(config(&server));
    let tags = client
        .list_widget_tags_paginator(
            ListWidgetTagsRequest::new("cn-hangzhou").max_results(SIZE as i32),
        )
        .collect_items()
        .await
        .unwrap();
    let keys: Vec<yun_core::Text> = tags.into_iter().map(|t| t.key.unwrap()).collect();
    assert_eq!(keys, expected());
    let tokens: Vec<_> = server
        .received()
        .iter()
        .map(|r| r.param("NextToken"))
        .collect();
    assert_eq!(tokens, vec![None, Some("t1".into()), Some("t2".into())]);
    assert!(server
        .received()
        .iter()
        .all(|r| r.param("MaxResults").as_deref() == Some("3")));
}

#[tokio::test]
async fn a_repeated_token_ends_with_an_error_instead_of_looping() {
    use yun_aliyun_demo::{Client, ListWidgetTagsRequest};
    let server = token_server(true, false).await;
    let client = Client::new(config(&server));
    let results: Vec<_> = client
        .list_widget_tags_paginator(ListWidgetTagsRequest::new("cn-hangzhou"))
        .items()
        .collect()
        .await;
    let errors: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.to_string())
        .collect();
    assert_eq!(results.len(), 7, "two pages of items, then the error");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("NextToken it was sent"), "{}", errors[0]);
    assert!(results.last().unwrap().is_err());
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn an_error_on_a_later_page_is_yielded_and_ends_the_stream() {
    use yun_aliyun_demo::{Client, ListWidgetTagsRequest};
    let server = token_server(false, true).await;
    let client = Client::new(config(&server));
    let results: Vec<_> = client
        .list_widget_tags_paginator(ListWidgetTagsRequest::new("cn-hangzhou"))
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert_eq!(results[1].as_ref().unwrap_err().code(), Some("Forbidden"));
    assert_eq!(server.received().len(), 2);
}
