//! Alibaba Cloud `api-docs.json`: `info`, `apis`, `components.schemas`,
//! `endpoints`. RPC products (action and parameters in the query or a form)
//! and resource-style ones (the metadata's ROA, V3, FC and AliGenie styles:
//! a method and a path per operation, members in the path, query, headers
//! and body) are read into one model; OSS, SLS and PDS, which need their
//! own signatures, are refused with that reason.

use super::{MetadataError, Node, Report};
use crate::model::{
    Answer, Constraints, ErrorCode, IntFormat, Location, Member, Operation, RegionEndpoint, Shape,
    Spec, Style, Type, Vendor,
};
use crate::naming::snake;
use std::collections::{BTreeMap, BTreeSet};

/// What reading one file needs besides the node at hand: the report, the
/// named schemas `$ref` points to, and which of them became shapes.
struct Ctx<'a, 'r> {
    report: &'r mut Report,
    schemas: BTreeMap<String, Node<'a>>,
    /// Schemas being inlined, to stop a `$ref` cycle through non-objects.
    inlining: BTreeSet<String>,
    /// A resource-style product: text of format `binary` or `byte` is bytes.
    resource: bool,
    /// The schema read next is a whole request body, where such text is
    /// bytes; anywhere else (a JSON body's member, the query) it stays text,
    /// as the official SDKs send it.
    whole_body: bool,
}

pub(super) fn read(root: &Node<'_>, report: &mut Report) -> Result<Spec, MetadataError> {
    let info = root.req("info")?;
    let style_node = info.req("style")?;
    let resource_style = match style_node.str()? {
        "RPC" => None,
        style @ ("ROA" | "V3" | "FC" | "AliGenie") => Some(style.to_owned()),
        style @ ("OSS" | "SLS" | "PDS") => {
            return Err(style_node.error(&format!(
                "a style the official SDKs send through their generic call (RPC, ROA, V3, FC, \
                 AliGenie); {style} is signed and sent by its own SDK, which yun does not cover"
            )))
        }
        _ => return Err(style_node.error("a style of RPC, ROA, V3, FC or AliGenie")),
    };
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
    let mut schemas = BTreeMap::new();
    if let Some(list) = root.get("components").and_then(|c| c.get("schemas")) {
        for (name, schema) in list.entries()? {
            schemas.insert(name.to_owned(), schema);
        }
    }
    let mut ctx = Ctx {
        report,
        schemas,
        inlining: BTreeSet::new(),
        resource: resource_style.is_some(),
        whole_body: false,
    };
    let mut operations = Vec::new();
    let mut by_verb = Vec::new();
    let apis = root.req("apis")?;
    for (name, api) in apis.entries()? {
        let mut op = read_operation(name, &api, resource_style.is_some(), &mut ctx)?;
        let verb = super::verb_says_read(name);
        match operation_type(&api)? {
            Some(read) => {
                if read != verb {
                    ctx.report.note(format!(
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
    if operations.is_empty() {
        ctx.report.note(
            "the metadata declares no operation: the crate has a client and nothing else"
                .to_owned(),
        );
    }
    super::report_verb_rule(&by_verb, ctx.report);
    let shapes = read_shapes(&operations, &mut ctx)?;
    if let Some(style) = &resource_style {
        ctx.report.note(format!(
            "resource-style API ({style}): {} operations, each a method and a path; \
             signed with ACS3 over the encoded path; {} named schemas used as shared models",
            operations.len(),
            shapes.len()
        ));
    }
    Ok(Spec {
        vendor: Vendor::Aliyun,
        product,
        version,
        source: None,
        crate_version: None,
        endpoint_code,
        endpoints,
        operations,
        shapes,
        resource_style,
    })
}

/// The named schemas the operations reach, through other schemas too, as
/// shared shapes sorted by name.
fn read_shapes(
    operations: &[Operation],
    ctx: &mut Ctx<'_, '_>,
) -> Result<Vec<Shape>, MetadataError> {
    let mut pending: Vec<String> = Vec::new();
    for op in operations {
        for m in op.input.iter().chain(&op.output) {
            refs_in(&m.ty, &mut pending);
        }
        pending.extend(op.answer_shape.iter().cloned());
    }
    let mut shapes: BTreeMap<String, Shape> = BTreeMap::new();
    while let Some(name) = pending.pop() {
        if shapes.contains_key(&name) {
            continue;
        }
        let Some(schema) = ctx.schemas.get(&name).cloned() else {
            continue;
        };
        let members = match read_schema(&schema, ctx)? {
            Type::Object { members } => members,
            _ => Vec::new(),
        };
        for m in &members {
            refs_in(&m.ty, &mut pending);
        }
        shapes.insert(name.clone(), Shape { name, members });
    }
    Ok(shapes.into_values().collect())
}

/// The shape names a type refers to.
fn refs_in(ty: &Type, out: &mut Vec<String>) {
    match ty {
        Type::Ref { name } => out.push(name.clone()),
        Type::List { items } => refs_in(items, out),
        Type::Map { values } => refs_in(values, out),
        Type::Object { members } => members.iter().for_each(|m| refs_in(&m.ty, out)),
        _ => {}
    }
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
    resource: bool,
    ctx: &mut Ctx<'_, '_>,
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
    // An operation of a resource-style product without a path (most of
    // V3's) is sent as the official SDKs send it: to `/`, with the action in
    // `x-acs-action` and each member where the metadata puts it (a body
    // member in the body, bytes as the whole body).
    let path = match (resource, api.get("path")) {
        (true, Some(path)) => Some(path.str()?.to_owned()),
        (true, None) => {
            ctx.report.pathless.push(name.to_owned());
            Some("/".to_owned())
        }
        (false, _) => None,
    };
    let mut input = Vec::new();
    if let Some(params) = api.get("parameters") {
        for p in params.items()? {
            input.extend(read_parameter(name, &p, resource, ctx)?);
        }
    }
    let input = normalize_parameters(name, input, resource, ctx.report);
    let path = path.map(|p| whole_path_member(name, p, &input, ctx.report));
    let (output, answer, answer_shape) = read_answer(name, api, resource, ctx)?;
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
        anonymous: is_anonymous(api)?,
        idempotency_token: None,
        paging: None,
        path,
        answer,
        answer_shape,
    })
}

/// The operation is called without credentials: `Anonymous` is the only
/// security scheme its metadata lists. Where `AK` (or another scheme) is
/// listed too, the official SDKs sign, and so does yun.
fn is_anonymous(api: &Node<'_>) -> Result<bool, MetadataError> {
    let Some(list) = api.get("security") else {
        return Ok(false);
    };
    let mut schemes = Vec::new();
    for requirement in list.items()? {
        for (scheme, _) in requirement.entries()? {
            schemes.push(scheme.to_owned());
        }
    }
    Ok(!schemes.is_empty() && schemes.iter().all(|s| s == "Anonymous"))
}

/// A template whose `{name}`s no parameter declares, ending in `*` whose
/// member is its one undeclared path member (cloudcontrol's
/// `/api/v1/providers/{provider}/…/resources/*` with `requestPath`): the
/// official SDKs send that member as the whole path, and so does yun (the
/// template becomes `/*`). Other templates are kept, and an undeclared
/// `{name}` is reported.
fn whole_path_member(op: &str, path: String, input: &[Member], report: &mut Report) -> String {
    let placeholders: Vec<&str> = path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    let declared = |name: &str| {
        input
            .iter()
            .any(|m| m.location == Some(Location::Path) && m.wire_name() == name)
    };
    let undeclared: Vec<&str> = placeholders
        .iter()
        .copied()
        .filter(|p| !declared(p))
        .collect();
    if undeclared.is_empty() {
        return path;
    }
    let rest: Vec<&Member> = input
        .iter()
        .filter(|m| m.location == Some(Location::Path) && !placeholders.contains(&m.wire_name()))
        .collect();
    if path.ends_with('*') && rest.len() == 1 {
        report.note(format!(
            "{op}: the path `{path}` names {} that no parameter declares; its `*` member `{}` is \
             sent as the whole path, as the official SDKs send it",
            undeclared.join(", "),
            rest[0].name
        ));
        return "/*".to_owned();
    }
    report.note(format!(
        "{op}: the path `{path}` names {} that no parameter declares; the operation cannot be \
         called typed (use the raw client)",
        undeclared.join(", ")
    ));
    path
}

/// The members of a successful answer and what it holds. RPC answers are
/// objects; a resource-style answer is the first 2xx response the metadata
/// declares: an object (inline or a named schema, whose members it takes),
/// any other JSON (a list, a map, a free-form object), or text, bytes or
/// nothing (kept raw).
fn read_answer(
    op: &str,
    api: &Node<'_>,
    resource: bool,
    ctx: &mut Ctx<'_, '_>,
) -> Result<(Vec<Member>, Answer, Option<String>), MetadataError> {
    let responses = api.get("responses");
    let schema = if resource {
        let mut found = None;
        for (status, response) in responses
            .map(|r| r.entries())
            .transpose()?
            .unwrap_or_default()
        {
            if status.starts_with('2') {
                found = Some(response.get("schema"));
                break;
            }
        }
        match found {
            Some(schema) => schema,
            None => return Ok((Vec::new(), Answer::Raw, None)),
        }
    } else {
        responses
            .and_then(|r| r.get("200"))
            .and_then(|r| r.get("schema"))
    };
    let Some(schema) = schema else {
        return Ok((
            Vec::new(),
            if resource {
                Answer::Raw
            } else {
                Answer::Object
            },
            None,
        ));
    };
    let ty = read_schema(&schema, ctx)?;
    Ok(match ty {
        Type::Object { members } => (members, Answer::Object, None),
        Type::Ref { name } => {
            let shape = ctx
                .schemas
                .get(&name)
                .cloned()
                .expect("a Ref names a schema");
            match read_schema(&shape, ctx)? {
                Type::Object { members } => (members, Answer::Object, Some(name)),
                _ => (Vec::new(), Answer::Json, None),
            }
        }
        Type::Any if !resource => (Vec::new(), Answer::Object, None),
        Type::String { .. } | Type::Binary if resource => (Vec::new(), Answer::Raw, None),
        Type::List { .. } | Type::Map { .. } | Type::Any if resource => {
            (Vec::new(), Answer::Json, None)
        }
        _ => {
            return Err(schema.error(&format!(
                "an object schema for the response of {op} (RPC answers are objects)"
            )))
        }
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

/// One parameter as zero or more members: a resource-style JSON body object
/// gives one member per property; a header the client writes, or a host
/// part, gives none.
fn read_parameter(
    op: &str,
    p: &Node<'_>,
    resource: bool,
    ctx: &mut Ctx<'_, '_>,
) -> Result<Vec<Member>, MetadataError> {
    let name = p.req_str("name")?.to_owned();
    let at = p.req("in")?;
    let schema = p.req("schema")?;
    let location = match (at.str()?, resource) {
        ("query", _) => Location::Query,
        ("formData", _) | ("body", false) => Location::Body,
        ("header", _) if CLIENT_HEADERS.contains(&name.to_ascii_lowercase().as_str()) => {
            ctx.report.note(format!(
                "{op}: the header parameter `{name}` is one the client writes itself; dropped"
            ));
            return Ok(Vec::new());
        }
        ("host", _) => {
            ctx.report.note(format!(
                "{op}: `{name}` is part of the host name; dropped (give the endpoint in the config)"
            ));
            return Ok(Vec::new());
        }
        ("path", true) => Location::Path,
        ("header", true) => Location::Header,
        ("body", true) => return read_body_parameter(&name, &schema, ctx),
        _ => {
            return Err(at.error(if resource {
                "`query`, `path`, `header`, `formData`, `body` or `host`"
            } else {
                "`query`, `formData` or `body` (RPC parameters)"
            }))
        }
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
    let mut member = read_member(&name, &schema, ctx)?;
    member.location = Some(location);
    // A path member must be given: the path has no meaning without it.
    member.required |= location == Location::Path;
    // `simple` joins a list's items with commas; a scalar is sent as is.
    member.style = match (style, &member.ty) {
        (Style::Simple, Type::List { .. }) => Style::Simple,
        (Style::Simple, _) => Style::Plain,
        (style, _) => style,
    };
    Ok(vec![member])
}

/// A resource-style `in: body` parameter: an object declared in place gives
/// its properties as members of the JSON body; anything else (a named
/// schema, a list, a free-form value, text, bytes) is the whole body, one
/// member under the parameter's name.
fn read_body_parameter(
    name: &str,
    schema: &Node<'_>,
    ctx: &mut Ctx<'_, '_>,
) -> Result<Vec<Member>, MetadataError> {
    ctx.whole_body = true;
    let mut whole = read_member(name, schema, ctx)?;
    if let Type::Object { members } = &mut whole.ty {
        let mut out = std::mem::take(members);
        for m in &mut out {
            m.location = Some(Location::JsonBody);
        }
        return Ok(out);
    }
    whole.location = Some(Location::Payload);
    Ok(vec![whole])
}

fn read_member(
    name: &str,
    schema: &Node<'_>,
    ctx: &mut Ctx<'_, '_>,
) -> Result<Member, MetadataError> {
    let mut member = Member {
        name: name.to_owned(),
        location: None,
        style: Style::Plain,
        ty: read_schema(schema, ctx)?,
        required: schema.flag("required")?,
        required_later: false,
        deprecated: schema.flag("deprecated")?,
        constraints: read_constraints(schema)?,
        file_url: schema.flag("isFileTransferUrl")?,
        wire: None,
    };
    super::fit_example(&mut member, ctx.report);
    Ok(member)
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
        default: schema.scalar_text("default")?,
        example: super::example(schema)?,
    })
}

/// The type a schema declares. A `$ref` to an object schema is a shared
/// shape; to anything else, that schema read in place. Text of format
/// `binary` or `byte` is bytes when it is a resource-style request's whole
/// body (RPC parameters, query and JSON-body members are sent as text);
/// `additionalProperties` without properties is a map.
fn read_schema(schema: &Node<'_>, ctx: &mut Ctx<'_, '_>) -> Result<Type, MetadataError> {
    // Only the whole body's own schema can be bytes, not what it holds.
    let whole_body = std::mem::replace(&mut ctx.whole_body, false);
    if let Some(target) = schema.get("$ref") {
        let text = target.str()?;
        let name = text.rsplit('/').next().unwrap_or(text).to_owned();
        let Some(referred) = ctx.schemas.get(&name).cloned() else {
            return Err(target.error("a `$ref` to a schema in `components.schemas`"));
        };
        let is_object = referred.get("properties").is_some()
            && referred
                .get("type")
                .and_then(|t| t.str().ok())
                .is_none_or(|t| t == "object");
        if is_object {
            return Ok(Type::Ref { name });
        }
        if !ctx.inlining.insert(name.clone()) {
            return Ok(Type::Any);
        }
        ctx.whole_body = whole_body;
        let ty = read_schema(&referred, ctx);
        ctx.inlining.remove(&name);
        return ty;
    }
    let kind = match schema.get("type") {
        Some(t) => Some((t.str()?, t)),
        None => None,
    };
    let format = schema.get("format").map(|f| f.str()).transpose()?;
    Ok(match kind {
        Some(("string", _))
            if ctx.resource && whole_body && matches!(format, Some("binary" | "byte")) =>
        {
            Type::Binary
        }
        Some(("string", _)) => Type::String {
            format: format.map(str::to_owned),
        },
        Some(("integer", _)) => Type::Integer {
            format: match format {
                Some("int32") => IntFormat::Int32,
                _ => IntFormat::Int64,
            },
        },
        Some(("number", _)) => Type::Number,
        Some(("boolean", _)) => Type::Boolean,
        Some(("array", _)) => Type::List {
            items: Box::new(match schema.get("items") {
                Some(items) => read_schema(&items, ctx)?,
                None => {
                    ctx.report.note(format!(
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
                    members.push(read_member(name, &p, ctx)?);
                }
            }
            match schema.get("additionalProperties") {
                Some(values) if members.is_empty() && values.value().is_object() => Type::Map {
                    values: Box::new(read_schema(&values, ctx)?),
                },
                _ if members.is_empty() => Type::Any,
                _ => Type::Object { members },
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
/// 1. A name declared twice in one location: keep the first declaration
///    (required if either is). Declared in two locations of a
///    resource-style operation (`cluster_id` in the path and in the JSON
///    body): both are sent, as two members; the one in the path keeps the
///    name (else the first declared), the other is named
///    `<name>_<location>` (`cluster_id_body`, `_query`, `_header`, `_form`).
/// 2. A dotted literal (`SystemDisk.Size`, `DataDisk.1.Size`, `Tag.N.key`)
///    beside a structured parameter of its first segment: the structured one
///    wins. If it already has the member (any letter case) the literal is
///    dropped; otherwise a single member is moved into it.
/// 3. Members whose Rust names collide (`Key` and the legacy `key`): keep
///    the one in the vendor's PascalCase, drop the alias.
fn normalize_parameters(
    op: &str,
    params: Vec<Member>,
    resource: bool,
    report: &mut Report,
) -> Vec<Member> {
    let mut out: Vec<Member> = Vec::with_capacity(params.len());
    for mut p in params {
        let Some(i) = out.iter().position(|q| q.name == p.name) else {
            out.push(p);
            continue;
        };
        let place = |m: &Member| match m.location {
            Some(Location::JsonBody | Location::Payload) => "body",
            Some(Location::Body) => "form",
            Some(Location::Query) => "query",
            Some(Location::Header) => "header",
            Some(Location::Path) => "path",
            None => "",
        };
        if !resource || place(&out[i]) == place(&p) {
            out[i].required |= p.required;
            report.note(format!(
                "{op}: `{}` is declared twice; kept the first declaration",
                p.name
            ));
            continue;
        }
        if p.location == Some(Location::Path) {
            std::mem::swap(&mut out[i], &mut p);
        }
        let renamed = format!("{}_{}", p.name, place(&p));
        report.note(format!(
            "{op}: `{}` is declared in the {} and the {}: both are sent; the {} one is the member `{renamed}`",
            p.name,
            place(&out[i]),
            place(&p),
            place(&p)
        ));
        p.wire = Some(std::mem::replace(&mut p.name, renamed));
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
                required_later: false,
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
