//! A request as the mock saw it: which action, and the members it carried,
//! with everything the signature added taken off.

use bytes::Bytes;
use serde_json::{Map, Value};
use yun_core::encode::parse_pairs;

/// Which cloud a request went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Vendor {
    /// Alibaba Cloud.
    Aliyun,
    /// Tencent Cloud.
    Tencent,
}

/// One request a client sent through the mock (or the recorder).
///
/// What signing adds (the signature, the access key id, the security token,
/// the timestamp and nonce, the `Authorization` header) is not kept, so a
/// request never holds a secret and reads the same on every run.
#[derive(Clone, Debug)]
pub struct Request {
    pub(crate) vendor: Vendor,
    pub(crate) method: String,
    pub(crate) host: String,
    pub(crate) path: String,
    pub(crate) action: String,
    pub(crate) version: String,
    pub(crate) params: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) content_type: String,
    pub(crate) body: Bytes,
}

/// Query and form parameters that signing adds (both vendors' RPC-style
/// signatures); they are not members of the request.
const SIGNING_PARAMS: &[&str] = &[
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "SignatureType",
    "Timestamp",
    "Format",
    "Action",
    "Version",
    "SecurityToken",
    "BearerToken",
    "SecretId",
    "Nonce",
    "Token",
    "Region",
    "Language",
    "RequestClient",
];

/// Headers that carry credentials or vary on every attempt.
fn is_signing_header(name: &str) -> bool {
    matches!(
        name,
        "authorization"
            | "x-acs-security-token"
            | "x-acs-bearer-token"
            | "x-acs-signature-nonce"
            | "x-acs-date"
            | "x-acs-content-sha256"
            | "x-tc-token"
            | "x-tc-timestamp"
            | "date"
            | "host"
            | "user-agent"
            | "content-length"
    )
}

impl Request {
    /// Reads a signed request as a transport receives it.
    pub(crate) fn from_http(request: &http::Request<Bytes>) -> Request {
        let header = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let host = request
            .uri()
            .host()
            .map(str::to_owned)
            .or_else(|| header("host"))
            .unwrap_or_default();
        let content_type = header("content-type").unwrap_or_default();
        // yun writes well-formed pairs; anything else is kept out.
        let mut all = parse_pairs(request.uri().query().unwrap_or(""), false).unwrap_or_default();
        let form = content_type.starts_with("application/x-www-form-urlencoded");
        if form {
            let body = String::from_utf8_lossy(request.body());
            all.extend(parse_pairs(&body, true).unwrap_or_default());
        }
        let param = |name: &str| all.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let tencent = header("x-tc-action").is_some()
            || param("SecretId").is_some()
            || host.ends_with("tencentcloudapi.com");
        let (action_header, version_header) = if tencent {
            ("x-tc-action", "x-tc-version")
        } else {
            ("x-acs-action", "x-acs-version")
        };
        let action = header(action_header)
            .or_else(|| param("Action"))
            .unwrap_or_default();
        let version = header(version_header)
            .or_else(|| param("Version"))
            .unwrap_or_default();
        let params = all
            .into_iter()
            .filter(|(k, _)| !SIGNING_PARAMS.contains(&k.as_str()))
            .collect();
        let headers = request
            .headers()
            .iter()
            .filter(|(name, _)| !is_signing_header(name.as_str()))
            .filter_map(|(name, v)| Some((name.as_str().to_owned(), v.to_str().ok()?.to_owned())))
            .collect();
        Request {
            vendor: if tencent {
                Vendor::Tencent
            } else {
                Vendor::Aliyun
            },
            method: request.method().as_str().to_owned(),
            host,
            path: request.uri().path().to_owned(),
            action,
            version,
            params,
            headers,
            content_type,
            body: if form {
                Bytes::new()
            } else {
                request.body().clone()
            },
        }
    }

    /// The cloud it went to.
    pub fn vendor(&self) -> Vendor {
        self.vendor
    }

    /// The cloud's name, for messages.
    pub(crate) fn vendor_name(&self) -> &'static str {
        match self.vendor {
            Vendor::Aliyun => "Alibaba Cloud",
            Vendor::Tencent => "Tencent Cloud",
        }
    }

    /// The action (`DescribeInstances`).
    pub fn action(&self) -> &str {
        &self.action
    }

    /// The API version (`2014-05-26`).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The host it was sent to (`ecs.cn-hangzhou.aliyuncs.com`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The HTTP method.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The path (`/` for RPC-style calls, `/clusters/c-1` for resource-style).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// True when the host belongs to `product` (`ecs` matches
    /// `ecs.cn-hangzhou.aliyuncs.com` and `ecs-cn-hangzhou.aliyuncs.com`,
    /// `cvm` matches `cvm.tencentcloudapi.com`).
    pub fn is_product(&self, product: &str) -> bool {
        let host = self.host.to_ascii_lowercase();
        let product = product.to_ascii_lowercase();
        host.strip_prefix(&product)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('-'))
    }

    /// The query and form parameters the request carried, as sent
    /// (`DataDisk.1.Size`), without those signing added.
    pub fn params(&self) -> &[(String, String)] {
        &self.params
    }

    /// One parameter as sent, or one top-level member of a JSON body as
    /// text (`"ImageId"` of a Tencent Cloud request).
    pub fn param(&self, name: &str) -> Option<String> {
        if let Some((_, v)) = self.params.iter().find(|(k, _)| k == name) {
            return Some(v.clone());
        }
        match self.body_json()?.get(name)? {
            Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        }
    }

    /// The request's `Content-Type`.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// A header, by lower-case name (credential headers are not kept).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as sent (empty for a form, whose members are in
    /// [`Request::params`]).
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    fn body_json(&self) -> Option<Value> {
        if self.body.is_empty() {
            return None;
        }
        serde_json::from_slice(&self.body).ok()
    }

    /// The request's members as one JSON object: a JSON body as it is
    /// (Tencent Cloud), or the parameters put back together (Alibaba Cloud:
    /// `DataDisk.1.Size=40` becomes `{"DataDisk": [{"Size": "40"}]}`, values
    /// as text), with a JSON body's members added for resource-style calls.
    pub fn json(&self) -> Value {
        let mut object = Map::new();
        for (name, value) in &self.params {
            insert_path(&mut object, name, value);
        }
        if let Some(Value::Object(body)) = self.body_json() {
            object.extend(body);
        }
        Value::Object(object)
    }

    /// The request's members read into a generated request type, with the
    /// tolerances responses are read with (numbers sent as text are
    /// numbers): `let sent: RunInstancesRequest = request.decode()?;`.
    /// Members in a resource-style call's path or headers are not part of it.
    pub fn decode<T: yun_core::json::Decode>(&self) -> Result<T, yun_core::json::DecodeError> {
        let text = self.json().to_string();
        yun_core::json::from_slice(text.as_bytes())
    }
}

/// Puts `value` at a flat parameter's place: `A.1.B` is member `B` of the
/// first item of list `A`. A name that clashes with one already placed
/// (a list and an object under one name) keeps the first.
fn insert_path(object: &mut Map<String, Value>, name: &str, value: &str) {
    let mut segments = name.split('.');
    let Some(first) = segments.next() else {
        return;
    };
    let mut slot = object.entry(first.to_owned()).or_insert(Value::Null);
    for segment in segments {
        let index = segment.parse::<usize>().ok().filter(|i| *i >= 1);
        slot = match (index, slot) {
            (Some(i), slot @ (Value::Null | Value::Array(_))) => {
                if slot.is_null() {
                    *slot = Value::Array(Vec::new());
                }
                let Value::Array(items) = slot else {
                    return;
                };
                if items.len() < i {
                    items.resize(i, Value::Null);
                }
                &mut items[i - 1]
            }
            (None, slot @ (Value::Null | Value::Object(_))) => {
                if slot.is_null() {
                    *slot = Value::Object(Map::new());
                }
                let Value::Object(members) = slot else {
                    return;
                };
                members.entry(segment.to_owned()).or_insert(Value::Null)
            }
            _ => return,
        };
    }
    if slot.is_null() {
        *slot = Value::String(value.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::insert_path;
    use serde_json::{json, Map, Value};

    #[test]
    fn flat_parameters_are_put_back_together() {
        let mut object = Map::new();
        for (name, value) in [
            ("RegionId", "cn-hangzhou"),
            ("DataDisk.2.Size", "200"),
            ("DataDisk.1.Size", "100"),
            ("SystemDisk.Category", "cloud_essd"),
            ("Tag.1.Key", "team"),
            ("NetworkInterface.1.SecurityGroupIds.2", "sg-2"),
            ("InstanceIds", "[\"i-1\"]"),
        ] {
            insert_path(&mut object, name, value);
        }
        assert_eq!(
            Value::Object(object),
            json!({
                "RegionId": "cn-hangzhou",
                "DataDisk": [{"Size": "100"}, {"Size": "200"}],
                "SystemDisk": {"Category": "cloud_essd"},
                "Tag": [{"Key": "team"}],
                "NetworkInterface": [{"SecurityGroupIds": [null, "sg-2"]}],
                "InstanceIds": "[\"i-1\"]"
            })
        );
    }
}
