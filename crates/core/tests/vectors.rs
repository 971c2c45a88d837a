//! Byte-for-byte agreement with the vendors' official Python SDKs.
//!
//! The vectors under tests/vectors were made by tools/vectors/make_vectors.py
//! with aliyun-python-sdk-core, alibabacloud-tea-openapi /
//! alibabacloud-openapi-util and tencentcloud-sdk-python-common; this test
//! reads only the JSON.

use serde_json::Value;
use yun_core::encode::{flatten_into, percent_encode, ListBase, Params};
use yun_core::sign::tencent_legacy::LegacyAlgorithm;
use yun_core::sign::{acs3, aliyun_rpc, tc3, tencent_legacy};
use yun_core::Credential;

fn load(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(!cases.is_empty(), "{path} has no cases");
    cases
}

fn s<'a>(case: &'a Value, key: &str) -> &'a str {
    case[key]
        .as_str()
        .unwrap_or_else(|| panic!("{}: `{key}` is not text", case["name"]))
}

fn opt<'a>(case: &'a Value, key: &str) -> Option<&'a str> {
    case[key].as_str()
}

fn pairs(v: &Value) -> Vec<(String, String)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    (
                        p[0].as_str().unwrap().to_owned(),
                        p[1].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn credential(id: &str, secret: &str, token: Option<&str>) -> Credential {
    match token {
        Some(t) => Credential::sts(id, secret, t),
        None => Credential::access_key(id, secret),
    }
}

#[test]
fn aliyun_rpc_v1_matches_the_official_sdk() {
    let cases = load("aliyun_rpc.json");
    assert!(cases.len() >= 50);
    for case in &cases {
        let name = &case["name"];
        let query = pairs(&case["query"]);
        let body = pairs(&case["body"]);
        let algorithm = match s(case, "algorithm") {
            "HMAC-SHA1" => aliyun_rpc::RpcAlgorithm::HmacSha1,
            _ => aliyun_rpc::RpcAlgorithm::HmacSha256,
        };
        let signed = aliyun_rpc::sign(
            &aliyun_rpc::RpcInput {
                method: s(case, "method"),
                action: s(case, "action"),
                version: s(case, "version"),
                query: &query,
                body: &body,
                timestamp: case["unix"].as_u64().unwrap(),
                nonce: s(case, "nonce"),
            },
            &credential(
                s(case, "access_key_id"),
                s(case, "access_key_secret"),
                opt(case, "security_token"),
            ),
            algorithm,
        );
        assert_eq!(signed.string_to_sign, s(case, "string_to_sign"), "{name}");
        assert_eq!(signed.query, s(case, "wire_query"), "{name}");
        let body: Params = body.into();
        assert_eq!(body.to_form_body(), s(case, "wire_body"), "{name}");
    }
}

#[test]
fn aliyun_acs3_matches_the_official_sdk() {
    let mut cases = load("aliyun_acs3.json");
    assert!(cases.len() >= 50);
    // Query names outside the unreserved set (map keys such as `Tag.环境`):
    // signed as they are, values encoded.
    let map_keys = load("aliyun_acs3_map_keys.json");
    assert!(map_keys.len() >= 10);
    cases.extend(map_keys);
    for case in &cases {
        let name = &case["name"];
        let query = pairs(&case["query"]);
        let body: Params = pairs(&case["body"]).into();
        let form = body.to_form_body();
        assert_eq!(form, s(case, "wire_body"), "{name}");
        let signed = acs3::sign(
            &acs3::Acs3Input {
                method: s(case, "method"),
                host: s(case, "host"),
                path: "/",
                action: s(case, "action"),
                version: s(case, "version"),
                query: &query,
                body: form.as_bytes(),
                body_sha256: None,
                content_type: (!body.is_empty()).then_some("application/x-www-form-urlencoded"),
                timestamp: case["unix"].as_u64().unwrap(),
                nonce: s(case, "nonce"),
                headers: &[],
                resource: false,
            },
            &credential(
                s(case, "access_key_id"),
                s(case, "access_key_secret"),
                opt(case, "security_token"),
            ),
        );
        assert_eq!(
            signed.canonical_request,
            s(case, "canonical_request"),
            "{name}"
        );
        let auth = signed
            .headers
            .iter()
            .find(|(k, _)| *k == "authorization")
            .map(|(_, v)| v.as_str());
        assert_eq!(auth, Some(s(case, "authorization")), "{name}");
    }
}

#[test]
fn tencent_tc3_matches_the_official_sdk() {
    let cases = load("tencent_tc3.json");
    assert!(cases.len() >= 50);
    for case in &cases {
        let name = &case["name"];
        let method = s(case, "method");
        // GET: the query is flattened from the same parameters, in order.
        let query = match method {
            "GET" => {
                let q = pairs(&case["query"]);
                let mut out = String::new();
                for (k, v) in &q {
                    if !out.is_empty() {
                        out.push('&');
                    }
                    yun_core::encode::form_encode_into(k, &mut out);
                    out.push('=');
                    yun_core::encode::form_encode_into(v, &mut out);
                }
                assert_eq!(out, s(case, "wire_query"), "{name}");
                out
            }
            _ => String::new(),
        };
        let payload = opt(case, "payload").unwrap_or("");
        let headers = tc3::sign(
            &tc3::Tc3Input {
                method,
                host: s(case, "host"),
                service: s(case, "service"),
                action: case["headers"]["X-TC-Action"].as_str().unwrap(),
                version: s(case, "version"),
                region: opt(case, "region"),
                language: opt(case, "language"),
                content_type: s(case, "content_type"),
                query: &query,
                payload: payload.as_bytes(),
                timestamp: case["timestamp"].as_u64().unwrap(),
            },
            &credential(
                s(case, "secret_id"),
                s(case, "secret_key"),
                opt(case, "token"),
            ),
        )
        .headers;
        let get = |k: &str| {
            headers
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(
            get("Authorization"),
            Some(s(case, "authorization")),
            "{name}"
        );
        for (k, v) in case["headers"].as_object().unwrap() {
            assert_eq!(get(k), v.as_str(), "{name}: {k}");
        }
        let sent_tc: Vec<_> = headers
            .iter()
            .filter(|(k, _)| k.starts_with("X-TC-"))
            .collect();
        assert_eq!(
            sent_tc.len(),
            case["headers"].as_object().unwrap().len(),
            "{name}"
        );
    }
}

#[test]
fn tencent_legacy_signature_matches_the_official_sdk() {
    let cases = load("tencent_legacy.json");
    assert!(cases.len() >= 50);
    for case in &cases {
        let name = &case["name"];
        let params = pairs(&case["params"]);
        let algorithm = match s(case, "sign_method") {
            "HmacSHA1" => LegacyAlgorithm::HmacSha1,
            _ => LegacyAlgorithm::HmacSha256,
        };
        let wire = tencent_legacy::sign(
            &tencent_legacy::LegacyInput {
                method: s(case, "method"),
                host: s(case, "host"),
                path: "/",
                action: s(case, "action"),
                version: s(case, "version"),
                region: opt(case, "region"),
                language: opt(case, "language"),
                params: &params,
                request_client: s(case, "request_client"),
                timestamp: case["timestamp"].as_u64().unwrap(),
                nonce: case["nonce"].as_u64().unwrap(),
            },
            &credential(
                s(case, "secret_id"),
                s(case, "secret_key"),
                opt(case, "token"),
            ),
            algorithm,
        );
        assert_eq!(wire, s(case, "wire"), "{name}");
    }
}

#[test]
fn tencent_flattening_matches_the_sdk_order() {
    // The TC3 GET and legacy vectors record the SDK's flattened parameters;
    // flattening the same JSON with lists from 0 must give them in order.
    for case in load("tencent_legacy.json") {
        let wire = s(&case, "wire");
        let params = pairs(&case["params"]);
        let encoded: Vec<String> = params
            .iter()
            .map(|(k, v)| {
                let mut out = String::new();
                yun_core::encode::form_encode_into(k, &mut out);
                out.push('=');
                yun_core::encode::form_encode_into(v, &mut out);
                out
            })
            .collect();
        assert!(wire.starts_with(&encoded.join("&")), "{}", case["name"]);
    }
}

#[test]
fn aliyun_flattening_matches_the_official_sdk() {
    let cases = load("aliyun_flatten.json");
    for case in &cases {
        let name = &case["name"];
        let mut params = Params::new();
        for (key, value) in case["input"].as_object().unwrap() {
            match case["style"].as_str() {
                Some("json") => params.insert_json(key, value).unwrap(),
                Some("simple") => params.insert_simple(key, value).unwrap(),
                _ => params.insert_flat(key, value).unwrap(),
            };
        }
        let mut got: Vec<(String, String)> = params.pairs().to_vec();
        got.sort();
        let mut want = pairs(&case["output"]);
        want.sort();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn flattening_a_typed_struct_keeps_field_order_and_skips_none() {
    #[derive(serde::Serialize)]
    struct Disk {
        #[serde(rename = "Size")]
        size: Option<i32>,
        #[serde(rename = "Category")]
        category: &'static str,
    }
    let disks = [
        Disk {
            size: Some(40),
            category: "cloud_essd",
        },
        Disk {
            size: None,
            category: "cloud",
        },
    ];
    let mut out = Vec::new();
    flatten_into(&mut out, "DataDisk", &disks, ListBase::One).unwrap();
    let got: Vec<String> = out.iter().map(|(k, v)| format!("{k}={v}")).collect();
    assert_eq!(
        got,
        [
            "DataDisk.1.Size=40",
            "DataDisk.1.Category=cloud_essd",
            "DataDisk.2.Category=cloud"
        ]
    );
}

#[test]
fn percent_encoding_matches_python() {
    for case in load("percent.json") {
        let input = s(&case, "input");
        assert_eq!(percent_encode(input), s(&case, "rfc3986"), "{input:?}");
        let mut form = String::new();
        yun_core::encode::form_encode_into(input, &mut form);
        assert_eq!(form, s(&case, "form"), "{input:?}");
    }
}

/// Parameters in the order the SDK sent them: bytes as [`Blob`]s, text as text.
struct Ordered(Vec<(String, Param)>);

enum Param {
    Bytes(yun_core::binary::Blob),
    Text(String),
}

impl serde::Serialize for Ordered {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            match value {
                Param::Bytes(b) => map.serialize_entry(name, b)?,
                Param::Text(t) => map.serialize_entry(name, t)?,
            }
        }
        map.end()
    }
}

#[test]
fn tencent_tc3_multipart_matches_the_official_sdk() {
    use base64::Engine;
    let b64 = |v: &str| base64::engine::general_purpose::STANDARD.decode(v).unwrap();
    let cases = load("tencent_tc3_multipart.json");
    for case in &cases {
        let name = &case["name"];
        let params = Ordered(
            case["params"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    let value = match p[1]["bytes"].as_str() {
                        Some(bytes) => Param::Bytes(b64(bytes).into()),
                        None => Param::Text(p[1].as_str().unwrap().to_owned()),
                    };
                    (p[0].as_str().unwrap().to_owned(), value)
                })
                .collect(),
        );
        let boundary = s(case, "boundary");
        let body = yun_core::binary::multipart_body(&params, boundary).unwrap();
        assert_eq!(body, b64(s(case, "body")), "{name}: body");
        let content_type = yun_core::binary::content_type(boundary);
        assert_eq!(content_type, s(case, "content_type"), "{name}");
        let headers = tc3::sign(
            &tc3::Tc3Input {
                method: "POST",
                host: s(case, "host"),
                service: s(case, "service"),
                action: s(case, "action"),
                version: s(case, "version"),
                region: opt(case, "region"),
                language: None,
                content_type: &content_type,
                query: "",
                payload: &body,
                timestamp: case["timestamp"].as_u64().unwrap(),
            },
            &credential(
                s(case, "secret_id"),
                s(case, "secret_key"),
                opt(case, "token"),
            ),
        )
        .headers;
        let authorization = headers.iter().find(|(n, _)| *n == "Authorization");
        assert_eq!(
            authorization.map(|(_, v)| v.as_str()),
            Some(s(case, "authorization")),
            "{name}"
        );
    }
}

/// Resource-style requests (cs ROA, ocr-api V3, FC) as the official
/// generated SDKs build them: ACS3 over the encoded path, the SDK's query,
/// body bytes and header members (tools/vectors/resource_vectors.py).
#[test]
fn aliyun_resource_requests_sign_as_the_official_sdk() {
    use base64::Engine as _;
    let cases = load("aliyun_resource.json");
    assert!(cases.len() >= 6);
    for case in &cases {
        let name = &case["name"];
        let body = base64::engine::general_purpose::STANDARD
            .decode(s(case, "body_base64"))
            .unwrap();
        let query = pairs(&case["query"]);
        let headers: Vec<(String, String)> = case["header_members"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
            .collect();
        let signed = acs3::sign(
            &acs3::Acs3Input {
                method: s(case, "method"),
                host: s(case, "host"),
                path: s(case, "path"),
                action: s(case, "action"),
                version: s(case, "version"),
                query: &query,
                body: &body,
                body_sha256: None,
                content_type: opt(case, "content_type"),
                timestamp: case["unix"].as_u64().unwrap(),
                nonce: s(case, "nonce"),
                headers: &headers,
                resource: true,
            },
            &credential(s(case, "access_key_id"), s(case, "access_key_secret"), None),
        );
        assert_eq!(
            signed.canonical_request,
            s(case, "canonical_request"),
            "{name}"
        );
        let auth = signed
            .headers
            .iter()
            .find(|(k, _)| k == "authorization")
            .map(|(_, v)| v.as_str());
        assert_eq!(auth, Some(s(case, "authorization")), "{name}");
    }
}
