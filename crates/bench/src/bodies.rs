//! Response bodies for DescribeInstances, built from the one example instance
//! each vendor's metadata carries, repeated with distinct ids.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// One vendor's DescribeInstances answer with a given number of instances.
pub struct Body {
    /// Instances in the body.
    pub instances: usize,
    /// As the services send it: no whitespace.
    pub compact: Vec<u8>,
    /// Indented as the metadata's example is (more bytes, same values).
    pub pretty: Vec<u8>,
    /// Compact, with every object's members in the reverse order.
    pub reversed: Vec<u8>,
}

/// The vendor metadata beside the workspace (`../shared/specs-upstream`).
pub fn upstream_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs-upstream")
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The example instance from ECS DescribeInstances' response demo.
pub fn aliyun_instance(upstream: &Path) -> Result<Value, String> {
    let path = upstream.join("aliyun/ecs-2014-05-26.api-docs.json");
    let doc = read_json(&path)?;
    let demo = doc["apis"]["DescribeInstances"]["responseDemo"]
        .as_str()
        .ok_or_else(|| format!("{}: DescribeInstances has no responseDemo", path.display()))?;
    let demos: Value = serde_json::from_str(demo).map_err(|e| format!("responseDemo: {e}"))?;
    let example = demos[0]["example"]
        .as_str()
        .ok_or("responseDemo has no JSON example")?;
    let example: Value = serde_json::from_str(example).map_err(|e| format!("example: {e}"))?;
    Ok(example["Instances"]["Instance"][0].clone())
}

/// The example instance from CVM DescribeInstances' first example.
pub fn tencent_instance(upstream: &Path) -> Result<Value, String> {
    let path = upstream.join("tencent/cvm-2017-03-12.examples.json");
    let doc = read_json(&path)?;
    let output = doc["actions"]["DescribeInstances"][0]["output"]
        .as_str()
        .ok_or_else(|| format!("{}: DescribeInstances has no example", path.display()))?;
    let output: Value = serde_json::from_str(output).map_err(|e| format!("output: {e}"))?;
    Ok(output["Response"]["InstanceSet"][0].clone())
}

/// `n` copies of `instance`, each with its own id.
fn copies(instance: &Value, id_member: &str, n: usize) -> Result<Vec<Value>, String> {
    if !instance.is_object() {
        return Err("the example has no instance object".into());
    }
    Ok((0..n)
        .map(|i| {
            let mut copy = instance.clone();
            copy[id_member] = json!(format!("i-bench{i:010}"));
            copy
        })
        .collect())
}

fn body(value: &Value, instances: usize) -> Body {
    Body {
        instances,
        compact: serde_json::to_vec(value).expect("a JSON value serializes"),
        pretty: serde_json::to_vec_pretty(value).expect("a JSON value serializes"),
        reversed: {
            let mut out = String::new();
            write_reversed(value, &mut out);
            out.into_bytes()
        },
    }
}

/// `value` as compact JSON, each object's members written last to first.
fn write_reversed(value: &Value, out: &mut String) {
    match value {
        Value::Object(members) => {
            out.push('{');
            for (i, (name, member)) in members.iter().rev().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::from(name.as_str()).to_string());
                out.push(':');
                write_reversed(member, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_reversed(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// ECS DescribeInstances with `n` instances on one page.
pub fn aliyun(instance: &Value, n: usize) -> Result<Body, String> {
    let value = json!({
        "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
        "TotalCount": n, "PageNumber": 1, "PageSize": n,
        "Instances": {"Instance": copies(instance, "InstanceId", n)?},
    });
    Ok(body(&value, n))
}

/// CVM DescribeInstances with `n` instances.
pub fn tencent(instance: &Value, n: usize) -> Result<Body, String> {
    let value = json!({"Response": {
        "TotalCount": n,
        "InstanceSet": copies(instance, "InstanceId", n)?,
        "RequestId": "6ef60bec-0242-43af-bb20-270359fb54a7",
    }});
    Ok(body(&value, n))
}
