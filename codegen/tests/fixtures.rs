//! The generator on made-up products (codegen/fixtures): what the generated
//! code does with awkward names, secrets and missing required members, and
//! how malformed metadata is reported. Their loopback tests live in the
//! generated crates (`cargo test -p yun-aliyun-demo -p yun-tencent-demo`).

use yun_aliyun_demo::operations::create_widget::{Config, Tag};
use yun_aliyun_demo::{CreateWidgetRequest, DescribeWidgetsResponse};
use yun_codegen::read::read_metadata;
use yun_core::response::decode_json;

#[test]
fn awkward_names_become_valid_rust_and_keep_their_wire_names() {
    let req = CreateWidgetRequest::new("cn-hangzhou")
        .r#type("a")
        .n1st_option(true)
        .tag(vec![Tag::new().key("k").value("v")])
        .config(Config::new().size(3).extra("x"));
    let json = serde_json::to_value(&req).unwrap();
    assert_eq!(json["type"], "a");
    assert_eq!(json["1stOption"], true);
    assert_eq!(json["Config"]["Extra"], "x");
    assert_eq!(json["Tag"][0]["Key"], "k");
    assert!(
        json.get("Name").is_none(),
        "unset members are omitted: {json}"
    );
}

#[test]
fn secrets_never_show_in_debug() {
    let req = CreateWidgetRequest::new("cn-hangzhou").password("hunter2-secret");
    let shown = format!("{req:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("password"), "{shown}");
}

#[test]
fn a_missing_required_member_is_named() {
    let err = decode_json::<CreateWidgetRequest>(br#"{"Name": "x"}"#).unwrap_err();
    assert!(err.to_string().contains("RegionId"), "{err}");
}

#[test]
fn responses_decode_tolerantly() {
    let resp: DescribeWidgetsResponse = decode_json(
        br#"{"TotalCount": "2", "Widgets": {"Widget": [{"Id": 7, "Size": "10", "Enabled": "true", "New": {}}]}, "Other": 1}"#,
    )
    .unwrap();
    assert_eq!(resp.total_count, Some(2));
    let widget = &resp.widgets.unwrap().widget.unwrap()[0];
    assert_eq!(widget.id.as_deref(), Some("7"));
    assert_eq!((widget.size, widget.enabled), (Some(10), Some(true)));
}

#[test]
fn a_model_that_holds_itself_is_boxed_and_decodes_at_any_depth() {
    use yun_tencent_demo::models::Gadget;
    let gadget: Gadget = decode_json(
        br#"{"Id":"a","Parent":{"Id":"b","Parent":{"Id":"c"}},"Children":[{"Id":"d"}]}"#,
    )
    .unwrap();
    let parent = gadget.parent.as_deref().unwrap();
    assert_eq!(parent.parent.as_ref().unwrap().id.as_deref(), Some("c"));
    assert_eq!(gadget.children.unwrap()[0].id.as_deref(), Some("d"));
}

#[test]
fn malformed_metadata_names_file_path_and_expectation() {
    let cases = [
        (
            r#"{"info": {"style": "OSS", "product": "X", "version": "1"}, "apis": {}}"#,
            "$.info.style",
            "OSS is signed and sent by its own SDK",
        ),
        (
            r#"{"info": {"style": "ROA", "product": "X", "version": "1"}, "apis": {"A": {"path": "/a", "parameters": [{"name": "B", "in": "cookie", "schema": {"type": "string"}}]}}}"#,
            "$.apis.A.parameters[0].in",
            "`path`, `header`",
        ),
        (
            r##"{"info": {"style": "ROA", "product": "X", "version": "1"}, "apis": {"A": {"path": "/a", "parameters": [{"name": "B", "in": "body", "schema": {"$ref": "#/components/schemas/Missing"}}]}}}"##,
            "$.apis.A.parameters[0].schema.$ref",
            "a `$ref` to a schema",
        ),
        (
            r#"{"info": {"style": "RPC", "product": "X", "version": "1"}, "apis": {"A": {"parameters": [{"name": "P", "schema": {"type": "string"}}]}}}"#,
            "$.apis.A.parameters[0]",
            "`in`",
        ),
        (
            r#"{"info": {"style": "RPC", "product": "X", "version": "1"}, "apis": {"A": {"parameters": [{"name": "P", "in": "query", "schema": {"type": "date"}}]}}}"#,
            "$.apis.A.parameters[0].schema.type",
            "a type of",
        ),
        (
            r#"{"metadata": {"apiVersion": "1", "serviceShortName": "x"}, "actions": {"A": {"input": "Missing", "output": "Missing"}}, "objects": {}}"#,
            "$.actions.A.input",
            "the name of an object",
        ),
        (
            r#"{"metadata": {"apiVersion": "1", "serviceShortName": "x"}, "actions": {}, "objects": {"O": {"members": [{"name": "m", "type": "object", "member": "Nope"}]}}}"#,
            "$.objects.O",
            "to name an object",
        ),
        (r#"[1, 2]"#, "$", "Alibaba Cloud metadata"),
        (
            r#"{"metadata": {"apiVersion": "1", "serviceShortName": "x"}, "actions": {}, "objects": {"O": {"members": [{"name": "m", "type": "string", "member": "string", "required": 2}]}}}"#,
            "$.objects.O.members[0].required",
            "true or false (or 0 or 1)",
        ),
    ];
    for (text, path, expected) in cases {
        let err = read_metadata("bad.json", text).unwrap_err();
        assert_eq!(err.file, "bad.json");
        assert_eq!(err.path, path, "{err}");
        assert!(err.expected.contains(expected), "{err}");
    }
}

#[test]
fn flags_written_as_0_or_1_are_booleans_and_reported() {
    let text = r#"{"metadata": {"apiVersion": "1", "serviceShortName": "x"},
        "actions": {"DescribeX": {"input": "In", "output": "Out"}},
        "objects": {
            "In": {"members": [
                {"name": "A", "type": "string", "member": "string", "required": 1},
                {"name": "B", "type": "string", "member": "string", "required": 0, "disabled": 1}]},
            "Out": {"members": [{"name": "RequestId", "type": "string", "member": "string"}]}}}"#;
    let (spec, report) = read_metadata("x.json", text).unwrap();
    let input = &spec.operations[0].input;
    assert_eq!(
        input
            .iter()
            .map(|m| (m.name.as_str(), m.required, m.deprecated))
            .collect::<Vec<_>>(),
        [("A", true, false), ("B", false, true)]
    );
    let line = report
        .lines
        .iter()
        .find(|l| l.contains("written as 0/1"))
        .expect("a report line");
    assert!(line.starts_with("3 flag(s)"), "{line}");
    assert!(line.contains("$.objects.In.members[1].disabled"), "{line}");
}

#[test]
fn members_with_allowed_values_are_enums_that_keep_unknown_values() {
    use yun_aliyun_demo::operations::create_widget::Type;
    assert_eq!(Type::from("a"), Type::A);
    // The unknown value is opaque: made only from text, read as text.
    assert!(matches!(Type::from("z"), Type::Unknown(ref v) if v.as_str() == "z"));
    assert_eq!(Type::from("z").as_str(), "z");
    let req = CreateWidgetRequest::new("cn-hangzhou").r#type("z");
    assert_eq!(serde_json::to_value(&req).unwrap()["type"], "z");
    let back: CreateWidgetRequest = decode_json(br#"{"RegionId": "r", "type": "b"}"#).unwrap();
    assert_eq!(back.r#type, Some(Type::B));
}
