//! Alibaba Cloud `api-docs.json` (RPC style): `info`, `apis`, `endpoints`.

use super::{MetadataError, Node, Report};
use crate::model::{
    Constraints, ErrorCode, IntFormat, Location, Member, Operation, RegionEndpoint, Spec, Style,
    Type, Vendor,
};
use crate::naming::snake;
use std::collections::BTreeMap;

pub(super) fn read(root: &Node<'_>, report: &mut Report) -> Result<Spec, MetadataError> {
    let info = root.req("info")?;
    let style = info.req("style")?;
    if style.str()? != "RPC" {
        return Err(style.error("style `RPC` (ROA-style APIs are not supported yet)"));
    }
    let product = info.req_str("product")?.to_owned();
    let version = info.req_str("version")?.to_owned();
    let mut endpoints = Vec::new();
    if let Some(list) = root.get("endpoints") {
        for e in list.items()? {
            endpoints.push(RegionEndpoint {
                region: e.req_str("regionId")?.to_owned(),
                host: e.req_str("endpoint")?.to_owned(),
            });
        }
    }
    endpoints.sort_by(|a, b| a.region.cmp(&b.region));
    endpoints.dedup_by(|a, b| a.region == b.region);
    let endpoint_code = endpoint_code(&endpoints).unwrap_or_else(|| product.to_ascii_lowercase());
    let mut operations = Vec::new();
    let mut by_verb = Vec::new();
    for (name, api) in root.req("apis")?.entries()? {
        let mut op = read_operation(name, &api, report)?;
        let verb = super::verb_says_read(name);
        match operation_type(&api)? {
            Some(read) => {
                if read != verb {
                    report.note(format!(
                        "{name}: the metadata marks it {}; kept that (its verb alone would say {})",
                        if read { "read-only" } else { "a write" },
                        if verb { "read-only" } else { "a write" }
                    ));
                }
                op.read_only = read;
            }
            None => {
                op.read_only = verb;
                by_verb.push((name.to_owned(), verb));
            }
        }
        operations.push(op);
    }
    super::report_verb_rule(&by_verb, report);
    Ok(Spec {
        vendor: Vendor::Aliyun,
        product,
        version,
        source: None,
        endpoint_code,
        endpoints,
        operations,
        shapes: Vec::new(),
    })
}

/// The first label most regional hosts share (`ecs` in `ecs.cn-beijing.aliyuncs.com`).
fn endpoint_code(endpoints: &[RegionEndpoint]) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in endpoints {
        if let Some(label) = e
            .host
            .split('.')
            .next()
            .filter(|_| e.host.ends_with(".aliyuncs.com"))
        {
            *counts.entry(label).or_default() += 1;
        }
    }
    // Most hosts; ties go to the alphabetically first, so the result is stable.
    let best = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
    Some((*best.0).to_owned())
}

fn read_operation(
    name: &str,
    api: &Node<'_>,
    report: &mut Report,
) -> Result<Operation, MetadataError> {
    let mut methods = Vec::new();
    if let Some(list) = api.get("methods") {
        for m in list.items()? {
            methods.push(m.str()?.to_ascii_uppercase());
        }
    }
    if methods.is_empty() {
        methods.push("POST".into());
    }
    let mut input = Vec::new();
    for p in api.req("parameters")?.items()? {
        if let Some(member) = read_parameter(name, &p, report)? {
            input.push(member);
        }
    }
    let input = normalize_parameters(name, input, report);
    let output = match api
        .get("responses")
        .and_then(|r| r.get("200"))
        .and_then(|r| r.get("schema"))
    {
        None => Vec::new(),
        Some(schema) => match read_schema(&schema, report)? {
            Type::Object { members } => members,
            Type::Any => Vec::new(),
            _ => return Err(schema.error("an object schema for the response")),
        },
    };
    let mut errors = Vec::new();
    if let Some(codes) = api.get("errorCodes") {
        for (status, list) in codes.entries()? {
            let http_status = status.parse().unwrap_or(0);
            for e in list.items()? {
                errors.push(ErrorCode {
                    http_status,
                    // Some codes carry stray whitespace (tabs) in the metadata.
                    code: e.req_str("errorCode")?.trim().to_owned(),
                });
            }
        }
    }
    errors.sort_by(|a, b| (a.http_status, &a.code).cmp(&(b.http_status, &b.code)));
    errors.dedup();
    Ok(Operation {
        name: name.to_owned(),
        methods,
        deprecated: api.flag("deprecated")?,
        input,
        output,
        errors,
        read_only: false,
        idempotency_token: None,
        paging: None,
    })
}

/// What `systemTags.operationType` says: `get` and `list` only read;
/// `create`, `update` and `delete` write; `none`, another value or no tag
/// says nothing.
fn operation_type(api: &Node<'_>) -> Result<Option<bool>, MetadataError> {
    let Some(kind) = api.get("systemTags").and_then(|t| t.get("operationType")) else {
        return Ok(None);
    };
    Ok(match kind.str()? {
        "get" | "list" => Some(true),
        "create" | "update" | "delete" => Some(false),
        _ => None,
    })
}

/// Headers the client writes itself on every request: a parameter naming
/// one is dropped (the official SDKs do not send it either).
const CLIENT_HEADERS: [&str; 4] = ["content-type", "host", "accept", "user-agent"];

fn read_parameter(
    op: &str,
    p: &Node<'_>,
    report: &mut Report,
) -> Result<Option<Member>, MetadataError> {
    let name = p.req_str("name")?.to_owned();
    let at = p.req("in")?;
    let location = match at.str()? {
        "query" => Location::Query,
        "formData" | "body" => Location::Body,
        "header" if CLIENT_HEADERS.contains(&name.to_ascii_lowercase().as_str()) => {
            report.note(format!(
                "{op}: the header parameter `{name}` is one the client writes itself; dropped"
            ));
            return Ok(None);
        }
        _ => return Err(at.error("`query`, `formData` or `body` (RPC parameters)")),
    };
    let style = match p.get("style") {
        None => Style::Plain,
        Some(s) => match s.str()? {
            "repeatList" => Style::RepeatList,
            "flat" => Style::Flat,
            "json" => Style::Json,
            "simple" => Style::Simple,
            _ => return Err(s.error("a style of `repeatList`, `flat`, `json` or `simple`")),
        },
    };
    let schema = p.req("schema")?;
    let mut member = read_member(&name, &schema, report)?;
    member.location = Some(location);
    // `simple` joins a list's items with commas; a scalar is sent as is.
    member.style = match (style, &member.ty) {
        (Style::Simple, Type::List { .. }) => Style::Simple,
        (Style::Simple, _) => Style::Plain,
        (style, _) => style,
    };
    Ok(Some(member))
}

fn read_member(
    name: &str,
    schema: &Node<'_>,
    report: &mut Report,
) -> Result<Member, MetadataError> {
    Ok(Member {
        name: name.to_owned(),
        location: None,
        style: Style::Plain,
        ty: read_schema(schema, report)?,
        required: schema.flag("required")?,
        deprecated: schema.flag("deprecated")?,
        constraints: read_constraints(schema)?,
        file_url: schema.flag("isFileTransferUrl")?,
    })
}

fn read_constraints(schema: &Node<'_>) -> Result<Constraints, MetadataError> {
    let mut enum_values = Vec::new();
    if let Some(list) = schema.get("enum") {
        for v in list.items()? {
            enum_values.push(match v.value() {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            });
        }
    }
    Ok(Constraints {
        enum_values,
        minimum: schema.scalar_text("minimum")?,
        maximum: schema.scalar_text("maximum")?,
        min_items: schema.count("minItems")?,
        max_items: schema.count("maxItems")?,
        max_length: schema.count("maxLength")?,
        pattern: schema
            .get("pattern")
            .map(|p| p.str().map(str::to_owned))
            .transpose()?,
    })
}

fn read_schema(schema: &Node<'_>, report: &mut Report) -> Result<Type, MetadataError> {
    let kind = match schema.get("type") {
        Some(t) => Some((t.str()?, t)),
        None => None,
    };
    Ok(match kind {
        Some(("string", _)) => Type::String {
            format: schema
                .get("format")
                .map(|f| f.str().map(str::to_owned))
                .transpose()?,
        },
        Some(("integer", _)) => Type::Integer {
            format: match schema.get("format").map(|f| f.str()).transpose()? {
                Some("int32") => IntFormat::Int32,
                _ => IntFormat::Int64,
            },
        },
        Some(("number", _)) => Type::Number,
        Some(("boolean", _)) => Type::Boolean,
        Some(("array", _)) => Type::List {
            items: Box::new(match schema.get("items") {
                Some(items) => read_schema(&items, report)?,
                None => {
                    report.note(format!(
                        "{}: a list without `items`; its items are read as any JSON value",
                        schema.path()
                    ));
                    Type::Any
                }
            }),
        },
        Some(("object", _)) | None => {
            let mut members = Vec::new();
            if let Some(props) = schema.get("properties") {
                for (name, p) in props.entries()? {
                    members.push(read_member(name, &p, report)?);
                }
            }
            if members.is_empty() {
                Type::Any
            } else {
                Type::Object { members }
            }
        }
        Some(("any", _)) => Type::Any,
        Some((_, t)) => {
            return Err(t.error("a type of string, integer, number, boolean, array, object or any"))
        }
    })
}

/// Absorbs the metadata's parameter quirks by rule, reporting each change:
///
/// 1. A name declared twice: keep the first declaration (required if either is).
/// 2. A dotted literal (`SystemDisk.Size`, `DataDisk.1.Size`, `Tag.N.key`)
///    beside a structured parameter of its first segment: the structured one
///    wins. If it already has the member (any letter case) the literal is
///    dropped; otherwise a single member is moved into it.
/// 3. Members whose Rust names collide (`Key` and the legacy `key`): keep
///    the one in the vendor's PascalCase, drop the alias.
fn normalize_parameters(op: &str, params: Vec<Member>, report: &mut Report) -> Vec<Member> {
    let mut out: Vec<Member> = Vec::with_capacity(params.len());
    for p in params {
        if let Some(first) = out.iter_mut().find(|q| q.name == p.name) {
            first.required |= p.required;
            report.note(format!(
                "{op}: `{}` is declared twice; kept the first declaration",
                p.name
            ));
            continue;
        }
        out.push(p);
    }

    let mut kept = Vec::with_capacity(out.len());
    let literals: Vec<Member> = out;
    let structured: Vec<String> = literals
        .iter()
        .filter(|m| !m.name.contains('.') && object_of(&m.ty).is_some())
        .map(|m| m.name.clone())
        .collect();
    let mut absorbed: Vec<(String, Member)> = Vec::new();
    for m in literals {
        let Some((head, rest)) = m.name.split_once('.') else {
            kept.push(m);
            continue;
        };
        if !structured.iter().any(|s| s == head) {
            kept.push(m);
            continue;
        }
        absorbed.push((
            head.to_owned(),
            Member {
                name: rest.to_owned(),
                ..m
            },
        ));
    }
    for (head, literal) in absorbed {
        let Some(parent) = kept.iter_mut().find(|k| k.name == head) else {
            continue;
        };
        let is_list = matches!(parent.ty, Type::List { .. });
        let Some(members) = object_of_mut(&mut parent.ty) else {
            continue;
        };
        let segments: Vec<&str> = literal.name.split('.').collect();
        let member_name = match (is_list, segments.as_slice()) {
            (false, [m]) => *m,
            (true, [index, m]) if *index == "N" || index.parse::<u32>().is_ok() => *m,
            _ => {
                report.note(format!(
                    "{op}: `{head}.{}` does not fit the structured `{head}`; dropped (send it with the raw client)",
                    literal.name
                ));
                continue;
            }
        };
        if members
            .iter()
            .any(|x| x.name.eq_ignore_ascii_case(member_name))
        {
            report.note(format!(
                "{op}: dropped `{head}.{}`: the structured `{head}` declares it",
                literal.name
            ));
        } else {
            report.note(format!(
                "{op}: moved `{head}.{}` into the structured `{head}`",
                literal.name
            ));
            members.push(Member {
                name: member_name.to_owned(),
                location: None,
                style: Style::Plain,
                required: false,
                ..literal
            });
        }
    }
    drop_case_aliases(op, "", &mut kept, report);
    kept
}

fn object_of(ty: &Type) -> Option<&Vec<Member>> {
    match ty {
        Type::Object { members } => Some(members),
        Type::List { items } => object_of(items),
        _ => None,
    }
}

fn object_of_mut(ty: &mut Type) -> Option<&mut Vec<Member>> {
    match ty {
        Type::Object { members } => Some(members),
        Type::List { items } => object_of_mut(items),
        _ => None,
    }
}

/// Rule 3, at every depth of the request.
fn drop_case_aliases(op: &str, path: &str, members: &mut Vec<Member>, report: &mut Report) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut drop = Vec::new();
    for (i, m) in members.iter().enumerate() {
        let key = snake(&m.name);
        match seen.get(&key) {
            None => {
                seen.insert(key, i);
            }
            Some(&j) => {
                let pascal = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
                let (keep, lose) = if pascal(&m.name) && !pascal(&members[j].name) {
                    (i, j)
                } else {
                    (j, i)
                };
                seen.insert(key, keep);
                drop.push(lose);
                report.note(format!(
                    "{op}: dropped `{path}{}`, an alias of `{path}{}`",
                    members[lose].name, members[keep].name
                ));
            }
        }
    }
    let mut index = 0;
    members.retain(|_| {
        index += 1;
        !drop.contains(&(index - 1))
    });
    for m in members.iter_mut() {
        let index = if matches!(m.ty, Type::List { .. }) {
            "N."
        } else {
            ""
        };
        let nested = format!("{path}{}.{index}", m.name);
        if let Some(inner) = object_of_mut(&mut m.ty) {
            drop_case_aliases(op, &nested, inner, report);
        }
    }
}
