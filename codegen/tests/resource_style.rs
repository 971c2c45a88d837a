//! A small program against the generated resource-style fixture crate, as a
//! user writes it: create with a JSON body and a header, list (any JSON),
//! rename with a text body, upload bytes, delete (204), and a service error,
//! against a loopback server that checks every ACS3 signature; an operation
//! without a path whose body is bytes (sent to `/`, as the official SDKs
//! send V3's), and one declaring a member in the path and the body (both
//! sent).

use std::collections::BTreeMap;
use yun_aliyun_roademo::{
    Client, CreateGadgetRequest, DeleteGadgetRequest, ListGadgetsRequest, MoveGadgetRequest,
    RenameGadgetRequest, ScanGadgetRequest, UploadGadgetImageRequest,
};
use yun_core::{Config, Credential};
use yun_testing::{verify_acs3, Received, Reply, TestServer};

const ID: &str = "LTAI5tRoaDemo";
const SECRET: &str = "roa demo secret";

fn answer(r: &Received) -> Reply {
    if let Err(why) = verify_acs3(r, ID, SECRET) {
        return Reply::json(
            403,
            &serde_json::json!({"code": "SignatureDoesNotMatch", "message": why}),
        );
    }
    match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/gadgets/team%20a") => Reply::json(
            200,
            &serde_json::json!({"id": "g-1", "name": "lamp", "size": "3",
                                "labels": {"环境": "prod"}, "parts": [{"name": "bulb", "child": {"name": "wire"}}]}),
        ),
        ("GET", "/gadgets") => Reply::json(200, &serde_json::json!([{"id": "g-1"}, {"id": "g-2"}])),
        ("PATCH", "/gadgets/g-1/name") => {
            Reply::json(200, &serde_json::json!({"requestId": "r-rename"}))
        }
        ("POST", "/gadgets/g-1/image") => Reply::raw(200, "image/png", r.body.clone()),
        ("DELETE", "/gadgets/team%20a/g-1") => Reply::raw(204, "text/plain", ""),
        ("POST", "/") if r.header("x-acs-action") == Some("ScanGadget") => {
            Reply::json(200, &serde_json::json!({"RequestId": "r-scan", "Data": ""}))
        }
        ("PUT", "/gadgets/g-1/move") => {
            Reply::json(200, &serde_json::json!({"requestId": "r-move"}))
        }
        _ => Reply::json(
            404,
            &serde_json::json!({"code": "GadgetNotFound", "message": "no such gadget", "requestId": "r-404"}),
        ),
    }
}

#[tokio::test]
async fn a_user_program_against_a_resource_style_crate() {
    let server = TestServer::start(answer).await;
    let client = Client::new(
        Config::builder()
            .region("cn-hangzhou")
            .credentials(Credential::access_key(ID, SECRET))
            .endpoint_url(server.url())
            .build()
            .unwrap(),
    );

    let labels = BTreeMap::from([("环境".to_owned(), "prod".to_owned())]);
    let created = client
        .create_gadget(
            CreateGadgetRequest::new("team a", "lamp")
                .labels(labels)
                .x_acs_resourcegroup_id("rg-1"),
        )
        .await
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("g-1"));
    assert_eq!(created.size, Some(3));
    assert_eq!(created.labels.unwrap()["环境"], "prod");
    let parts = created.parts.unwrap();
    assert_eq!(
        parts[0].child.as_ref().unwrap().name.as_deref(),
        Some("wire")
    );
    let sent = server.received().pop().unwrap();
    assert_eq!(sent.header("x-acs-resourcegroup-id"), Some("rg-1"));
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(body["name"], "lamp");
    assert!(
        body["clientToken"].is_string(),
        "the token is filled: {body}"
    );

    let list = client
        .list_gadgets(ListGadgetsRequest::new().names(["a", "b"]))
        .await
        .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(server.received().pop().unwrap().query, "names=a%2Cb");

    let renamed = client
        .rename_gadget(RenameGadgetRequest::new("g-1").body("new name"))
        .await
        .unwrap();
    assert_eq!(renamed.request_id.as_deref(), Some("r-rename"));
    assert_eq!(server.received().pop().unwrap().body, b"new name");

    let image = client
        .upload_gadget_image(UploadGadgetImageRequest::new(
            "g-1",
            vec![0u8, 159, 146, 150],
        ))
        .await
        .unwrap();
    assert_eq!(
        (image.status, &image.body[..]),
        (200, &[0u8, 159, 146, 150][..])
    );

    // No path in the metadata: POST / with the action header, the bytes as
    // the whole body, the query member in the query.
    let scanned = client
        .scan_gadget(
            ScanGadgetRequest::new()
                .language("zh")
                .body(vec![0u8, 1, 2, 255]),
        )
        .await
        .unwrap();
    assert_eq!(scanned.data.as_deref(), Some(""), "\"\" is kept");
    let sent = server.received().pop().unwrap();
    assert_eq!((sent.method.as_str(), sent.path.as_str()), ("POST", "/"));
    assert_eq!(sent.query, "Language=zh");
    assert_eq!(
        sent.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(sent.body, [0u8, 1, 2, 255]);

    // `gadgetId` in the path and in the JSON body: two members, both sent.
    let moved = client
        .move_gadget(MoveGadgetRequest::new("g-1", "group-2", "g-1-copy"))
        .await
        .unwrap();
    assert_eq!(moved.request_id.as_deref(), Some("r-move"));
    let sent = server.received().pop().unwrap();
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"gadgetId": "g-1-copy", "targetGroupId": "group-2"})
    );

    let deleted = client
        .delete_gadget(DeleteGadgetRequest::new("team a", "g-1"))
        .await
        .unwrap();
    assert_eq!(deleted.status, 204);

    let err = client
        .delete_gadget(DeleteGadgetRequest::new("team b", "g-9"))
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.request_id()),
        (Some("GadgetNotFound"), Some("r-404"))
    );
}
