//! Renderers: a [`Spec`] in, a crate's files out.
//!
//! Rust is built with `quote` and formatted with `prettyplease` (every file
//! is parsed with `syn` first, so what is emitted is valid Rust); Cargo.toml
//! and README come from tera templates in `scaffold`. The module tree is
//! fixed: `lib.rs` (docs, re-exports), `client.rs` (one method per
//! operation), `operations/<operation>.rs` (its request, response and
//! nested types), and for Tencent Cloud `models.rs` (shared shapes).

mod client;
mod errors;
mod merge;
mod paging;
mod scaffold;
mod types;

use crate::model::{Answer, Location, Operation, Spec, Style, Vendor};
use crate::naming::{field_name, type_name, Scope};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeSet;
use std::fmt;
use types::{emit_enum, emit_struct, reference_url, Builder, Shapes, Side};

/// A spec that cannot be rendered (emitted code that does not parse, a
/// template error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError(pub String);

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RenderError {}

/// Where a crate's inputs are, relative to the crate's directory: what its
/// generated test reads.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The crate's directory under crates/ (`aliyun-ecs`), from
    /// [`crate::naming::crate_dirs`]; the package is `yun-<crate_dir>`.
    pub crate_dir: String,
    /// The spec file (`../../specs/aliyun/ecs-2014-05-26.json`).
    pub spec: String,
    /// The vendor metadata it was imported from, when known, for the
    /// example responses.
    pub metadata: Option<String>,
    /// The crate is published (crates/); fixtures and corpus crates are not.
    pub publish: bool,
}

/// One operation's Rust names.
pub(crate) struct OpNames<'a> {
    pub op: &'a Operation,
    /// Module and method name (`describe_instances`).
    pub method: String,
    pub request: String,
    pub response: String,
    /// The paginator method (`describe_instances_paginator`), for paged operations.
    pub paginator: Option<String>,
    /// The upload companion (`recognize_character_from_file`), for
    /// operations with one file-URL member, and whether it sits in a list.
    pub from_file: Option<(String, bool)>,
    /// The streaming companion (`chat_completions_stream`), for operations
    /// with a `Stream` flag whose answer decodes.
    pub stream: Option<String>,
}

/// Renders every file of the crate for `spec`: `(path relative to the
/// crate directory, contents)`, sorted by path.
pub fn render_crate(spec: &Spec, layout: &Layout) -> Result<Vec<(String, String)>, RenderError> {
    let mut methods = Scope::with(&["new", "from_env", "raw", "config"]);
    let ops: Vec<OpNames<'_>> = spec
        .operations
        .iter()
        .map(|op| OpNames {
            op,
            method: methods.claim(field_name(&op.name)),
            request: format!("{}Request", type_name(&op.name)),
            response: format!("{}Response", type_name(&op.name)),
            paginator: None,
            from_file: None,
            stream: None,
        })
        .collect();
    // Paginator names are claimed after every operation has its own.
    let mut ops = ops;
    for names in ops.iter_mut().filter(|n| n.op.paging.is_some()) {
        let base = names.method.trim_start_matches("r#").to_owned();
        names.paginator = Some(methods.claim(format!("{base}_paginator")));
    }
    // One file-URL member outside any list takes one file; several, or one
    // inside a list, take a list of files.
    for names in ops.iter_mut() {
        let paths = file_url_paths(&names.op.input);
        let several = match paths.as_slice() {
            [] => continue,
            [one] => one.ends_with(".N") || one.contains(".N."),
            _ => true,
        };
        let base = names.method.trim_start_matches("r#").to_owned();
        let suffix = if several { "from_files" } else { "from_file" };
        names.from_file = Some((methods.claim(format!("{base}_{suffix}")), several));
    }
    for names in ops.iter_mut() {
        let streams = names.op.input.iter().any(|m| m.is_stream_flag())
            && names.op.answer != crate::model::Answer::Raw;
        if streams {
            let base = names.method.trim_start_matches("r#").to_owned();
            names.stream = Some(methods.claim(format!("{base}_stream")));
        }
    }
    let upload = ops
        .iter()
        .any(|o| o.from_file.is_some())
        .then(|| methods.claim("upload_file".to_owned()));
    let shapes = Shapes::of(spec);
    let errors = errors::errors_rs(spec);

    let mut files = vec![
        (
            "Cargo.toml".to_owned(),
            scaffold::cargo_toml(spec, &layout.crate_dir, layout.publish)?,
        ),
        (
            "README.md".to_owned(),
            scaffold::readme(spec, &layout.crate_dir, &ops)?,
        ),
        // Every package ships both license texts.
        (
            "LICENSE-APACHE".to_owned(),
            include_str!("../../../LICENSE-APACHE").to_owned(),
        ),
        (
            "LICENSE-MIT".to_owned(),
            include_str!("../../../LICENSE-MIT").to_owned(),
        ),
        (
            "src/lib.rs".to_owned(),
            format(client::lib_rs(
                spec,
                &layout.crate_dir,
                &ops,
                has_models(spec, &shapes),
                errors.is_some(),
            ))?,
        ),
        (
            "src/client.rs".to_owned(),
            format(client::client_rs(spec, &ops, upload.as_deref()))?,
        ),
        (
            "src/operations/mod.rs".to_owned(),
            format(client::operations_mod(&ops))?,
        ),
        (
            "tests/operations.rs".to_owned(),
            format(client::operations_test(layout, &ops))?,
        ),
    ];
    if let Some(example) = client::example_op(&ops) {
        let path = format!("examples/{}.rs", example.method.trim_start_matches("r#"));
        files.push((
            path,
            format(client::example_program(spec, &layout.crate_dir, example))?,
        ));
    }
    if let Some(example) = client::example_op(ops.iter().filter(|o| client::takes_one_file(o))) {
        let (name, _) = example.from_file.as_ref().expect("takes_one_file");
        let path = format!("examples/{}.rs", name.trim_start_matches("r#"));
        files.push((
            path,
            format(client::upload_example_program(&layout.crate_dir, example))?,
        ));
    }
    for names in &ops {
        let path = format!(
            "src/operations/{}.rs",
            names.method.trim_start_matches("r#")
        );
        files.push((path, format(operation_module(spec, &shapes, names))?));
    }
    if has_models(spec, &shapes) {
        files.push(("src/models.rs".to_owned(), format(models(spec, &shapes))?));
    }
    if let Some(errors) = errors {
        files.push(("src/errors.rs".to_owned(), format(errors)?));
    }
    files.sort();
    rustfmt_all(&mut files)?;
    Ok(files)
}

/// Parses (so nothing invalid is written) and pretty-prints; [`rustfmt_all`]
/// then makes it exactly what `cargo fmt` keeps.
fn format(tokens: TokenStream) -> Result<String, RenderError> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| RenderError(format!("emitted invalid Rust: {e}")))?;
    Ok(space_items(&prettyplease::unparse(&file)))
}

/// Puts a blank line between items, as a person would: after a closing
/// `}` (or `};`) and after the module docs, before the next item at the
/// same depth. rustfmt keeps single blank lines, so this survives it.
fn space_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut previous = "";
    for line in source.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let previous_trimmed = previous.trim_start();
        let previous_indent = previous.len() - previous_trimmed.len();
        let closes = matches!(previous_trimmed, "}" | "};") && previous_indent == indent;
        let ends_docs = previous_trimmed.starts_with("//!") && !trimmed.starts_with("//!");
        if (closes || ends_docs)
            && !trimmed.is_empty()
            && !trimmed.starts_with('}')
            && !trimmed.starts_with(')')
        {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}

/// Runs rustfmt once over every Rust file of a crate: the files are laid
/// out in a scratch directory as they will be in the crate (so `mod`
/// declarations resolve), formatted in place, and read back.
fn rustfmt_all(files: &mut [(String, String)]) -> Result<(), RenderError> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let fail = |why: String| RenderError(format!("rustfmt: {why}"));
    let dir = std::env::temp_dir().join(format!(
        "yun-codegen-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut paths = Vec::new();
        for (path, content) in files.iter().filter(|(p, _)| p.ends_with(".rs")) {
            let full = dir.join(path);
            if let Some(parent) = full.parent() {
                std::fs::create_dir_all(parent).map_err(|e| fail(e.to_string()))?;
            }
            std::fs::write(&full, content).map_err(|e| fail(e.to_string()))?;
            paths.push(path.clone());
        }
        let output = std::process::Command::new(rustfmt_path())
            .args(["--edition", "2021", "--quiet"])
            .args(&paths)
            .current_dir(&dir)
            .output()
            .map_err(|e| {
                fail(format!(
                    "could not start it ({e}); install it with `rustup component add rustfmt`"
                ))
            })?;
        if !output.status.success() {
            return Err(fail(String::from_utf8_lossy(&output.stderr).into_owned()));
        }
        for (path, content) in files.iter_mut().filter(|(p, _)| p.ends_with(".rs")) {
            *content = std::fs::read_to_string(dir.join(path.as_str()))
                .map_err(|e| fail(e.to_string()))?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// The rustfmt binary: `RUSTFMT`, else the toolchain's own (asking rustup
/// once saves its proxy's start-up on every file), else `rustfmt` on PATH.
fn rustfmt_path() -> String {
    static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        if let Ok(p) = std::env::var("RUSTFMT") {
            return p;
        }
        std::process::Command::new("rustup")
            .args(["which", "rustfmt"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| "rustfmt".into())
    })
    .clone()
}

/// `///` doc lines for `text` (one attribute per line, so each renders as a
/// line comment with a leading space).
pub(crate) fn doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote!(#(#[doc = #lines])*)
}

/// `//!` doc lines for `text`.
pub(crate) fn inner_doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote!(#(#![doc = #lines])*)
}

/// One operation's module: its request, response and nested types.
fn operation_module(spec: &Spec, shapes: &Shapes, names: &OpNames<'_>) -> TokenStream {
    let op = names.op;
    // The crate's models are reserved too: an object of this operation is
    // never named like a model it is not.
    let mut reserved: Vec<&str> = vec![&names.request, &names.response];
    reserved.extend(shapes.names.values().map(String::as_str));
    reserved.extend(shapes.merged.names());
    let mut builder = Builder::new(shapes, &reserved);
    let request_doc = format!(
        "The request of [`Client::{m}`](crate::Client::{m}) (`{}`).",
        op.name,
        m = names.method.trim_start_matches("r#")
    );
    let response_doc = format!(
        "The response of [`Client::{m}`](crate::Client::{m}) (`{}`).",
        op.name,
        m = names.method.trim_start_matches("r#")
    );
    builder.add_struct(
        names.request.clone(),
        request_doc,
        Side::Input,
        &op.input,
        &[],
        &BTreeSet::new(),
    );
    // An answer that is not an object is a JSON value or the raw answer.
    let shared_answer = op
        .answer_shape
        .as_ref()
        .filter(|_| op.paging.is_none())
        .and_then(|shape| shapes.names.get(shape));
    let response_alias = match op.answer {
        // A `$ref` answer is the shared model itself (a paged one keeps its
        // own struct, whose item type the paginator names).
        Answer::Object if shared_answer.is_some() => {
            let model = format_ident!("{}", shared_answer.expect("checked"));
            Some((
                quote!(crate::models::#model),
                format!("the shared model [`crate::models::{model}`]"),
            ))
        }
        Answer::Object => {
            builder.add_struct(
                names.response.clone(),
                response_doc,
                Side::Output,
                &op.output,
                &[],
                &BTreeSet::new(),
            );
            None
        }
        Answer::Json => Some((
            quote!(::serde_json::Value),
            "a JSON value: the metadata declares no object for it".to_owned(),
        )),
        Answer::Raw => Some((
            quote!(::yun_core::aliyun::ResourceResponse),
            "the answer as it came (status, headers, bytes): the metadata declares no JSON for it"
                .to_owned(),
        )),
    }
    .map(|(ty, what)| {
        let alias = format_ident!("{}", names.response);
        let doc = doc(&format!(
            "The response of [`Client::{m}`](crate::Client::{m}) (`{}`): {what}.",
            op.name,
            m = names.method.trim_start_matches("r#")
        ));
        quote!(#doc pub type #alias = #ty;)
    });
    let paged = paging::paged_impl(spec, op, names, &builder, shapes);
    let structs = builder.structs.iter().map(emit_struct);
    let enums = builder.enums.iter().map(emit_enum);
    let module_doc = format!(
        "`{}`: its request, response and the objects they hold.\n\nReference: <{}>",
        op.name,
        reference_url(spec, &op.name)
    );
    let nested = nested_required(spec, op);
    let nested = quote!(nested_required: &[#(#nested),*],);
    let table = match (spec.vendor, &op.path) {
        (Vendor::Aliyun, Some(path)) => aliyun_resource_operation_table(op, path, nested),
        (Vendor::Aliyun, None) => aliyun_operation_table(op, nested),
        (Vendor::Tencent, _) => tencent_operation_table(op, nested),
    };
    let module_doc = inner_doc(&module_doc);
    quote! {
        #module_doc
        #table
        #response_alias
        #(#structs)*
        #(#enums)*
        #paged
    }
}

/// The file-URL members of a request, at any depth, as paths of wire names
/// with `N` for a list's items (`ImageURL`, `Tasks.N.ImageURL`,
/// `Urls.N` for a list of URLs), in declaration order.
pub(crate) fn file_url_paths(members: &[crate::model::Member]) -> Vec<String> {
    use crate::model::{Member, Type};
    fn walk(m: &Member, ty: &Type, path: String, out: &mut Vec<String>) {
        match ty {
            Type::String { .. } if m.file_url => out.push(path),
            Type::List { items } => walk(m, items, format!("{path}.N"), out),
            Type::Object { members } => {
                for inner in members {
                    walk(inner, &inner.ty, format!("{path}.{}", inner.name), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for m in members {
        walk(m, &m.ty, m.name.clone(), &mut out);
    }
    out
}

/// The method an Alibaba Cloud operation is sent with: POST when allowed
/// (what the official SDKs use) or when it has form-body parameters.
pub(crate) fn aliyun_method(op: &Operation) -> &'static str {
    let has_body = op.input.iter().any(|m| m.location == Some(Location::Body));
    if has_body || op.methods.iter().any(|m| m == "POST") || op.methods.is_empty() {
        "POST"
    } else {
        "GET"
    }
}

fn aliyun_operation_table(op: &Operation, nested: TokenStream) -> TokenStream {
    let action = &op.name;
    let method = format_ident!(
        "{}",
        if aliyun_method(op) == "POST" {
            "Post"
        } else {
            "Get"
        }
    );
    let fields = op.input.iter().map(field_fact);
    let (read_only, token) = retry_facts(op);
    let anonymous = op.anonymous;
    quote! {
        /// Where and how each request member is sent, and what retries may assume.
        pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation = ::yun_core::internal::AliyunOperation {
            action: #action,
            version: crate::VERSION,
            method: ::yun_core::aliyun::Method::#method,
            read_only: #read_only,
            anonymous: #anonymous,
            idempotency_token: #token,
            fields: &[#(#fields),*],
            #nested
        };
    }
}

/// A member's entry in an Alibaba Cloud operation table: where and how it
/// is sent.
fn field_fact(m: &crate::model::Member) -> TokenStream {
    use crate::model::Type;
    let name = &m.name;
    let location = format_ident!(
        "{}",
        match m.location {
            Some(Location::Body) => "Body",
            Some(Location::Path) => "Path",
            Some(Location::Header) => "Header",
            Some(Location::JsonBody) => "JsonBody",
            Some(Location::Payload) => match m.ty {
                Type::Binary => "BytesPayload",
                Type::String { .. } => "TextPayload",
                _ => "JsonPayload",
            },
            Some(Location::Query) | None => "Query",
        }
    );
    let style = format_ident!(
        "{}",
        match m.style {
            Style::Json => "Json",
            Style::Simple => "Simple",
            Style::Plain | Style::RepeatList | Style::Flat => "Flat",
        }
    );
    quote! {
        ::yun_core::internal::Field {
            name: #name,
            location: ::yun_core::internal::Location::#location,
            style: ::yun_core::internal::Style::#style,
        }
    }
}

/// The method a resource-style operation is sent with: the one the
/// metadata lists; of several (operations without a path list `post` and
/// `get`), POST, as the official SDKs send them.
pub(crate) fn resource_method(op: &Operation) -> &str {
    match op.methods.as_slice() {
        [one] => one,
        [] => "POST",
        _ if op.methods.iter().any(|m| m == "POST") => "POST",
        [first, ..] => first,
    }
}

fn aliyun_resource_operation_table(op: &Operation, path: &str, nested: TokenStream) -> TokenStream {
    let action = &op.name;
    let method = format_ident!(
        "{}",
        match resource_method(op) {
            "GET" => "Get",
            "PUT" => "Put",
            "DELETE" => "Delete",
            "PATCH" => "Patch",
            _ => "Post",
        }
    );
    let fields = op.input.iter().map(field_fact);
    let renamed = op.input.iter().filter_map(|m| {
        let (name, wire) = (&m.name, m.wire.as_ref()?);
        Some(quote! { (#name, #wire) })
    });
    let (read_only, token) = retry_facts(op);
    let anonymous = op.anonymous;
    quote! {
        /// The method and path, where and how each request member is sent, and what retries may assume.
        pub(crate) const OPERATION: ::yun_core::internal::AliyunResourceOperation = ::yun_core::internal::AliyunResourceOperation {
            action: #action,
            version: crate::VERSION,
            method: ::yun_core::aliyun::Method::#method,
            path: #path,
            read_only: #read_only,
            anonymous: #anonymous,
            idempotency_token: #token,
            fields: &[#(#fields),*],
            renamed: &[#(#renamed),*],
            #nested
        };
    }
}

fn tencent_operation_table(op: &Operation, nested: TokenStream) -> TokenStream {
    let action = &op.name;
    let (read_only, token) = retry_facts(op);
    let multipart = op
        .input
        .iter()
        .any(|m| matches!(m.ty, crate::model::Type::Binary));
    quote! {
        /// The action, what retries may assume, and how the body is sent.
        pub(crate) const OPERATION: ::yun_core::internal::TencentOperation = ::yun_core::internal::TencentOperation {
            action: #action,
            version: crate::VERSION,
            read_only: #read_only,
            idempotency_token: #token,
            multipart: #multipart,
            #nested
        };
    }
}

/// The members of the objects a request holds, at any depth, that the
/// metadata marks required: paths of wire names (`Placement.Zone`; a list is
/// crossed without a mark, `DataDisks.DiskSize`), which yun-core checks
/// before any I/O whenever their object is sent. A shape met again inside
/// itself is not walked twice.
pub(crate) fn nested_required(spec: &Spec, op: &Operation) -> Vec<String> {
    fn walk<'a>(
        spec: &'a Spec,
        ty: &'a crate::model::Type,
        prefix: &str,
        within: &mut Vec<&'a str>,
        out: &mut Vec<String>,
    ) {
        use crate::model::Type;
        let members = match ty {
            Type::List { items } => return walk(spec, items, prefix, within, out),
            Type::Object { members } => members,
            Type::Ref { name } if !within.contains(&name.as_str()) => {
                if let Some(shape) = spec.shapes.iter().find(|s| &s.name == name) {
                    within.push(name);
                    for m in &shape.members {
                        member(spec, m, prefix, within, out);
                    }
                    within.pop();
                }
                return;
            }
            _ => return,
        };
        for m in members {
            member(spec, m, prefix, within, out);
        }
    }
    fn member<'a>(
        spec: &'a Spec,
        m: &'a crate::model::Member,
        prefix: &str,
        within: &mut Vec<&'a str>,
        out: &mut Vec<String>,
    ) {
        let path = format!("{prefix}.{}", m.name);
        if m.required {
            out.push(path.clone());
        }
        walk(spec, &m.ty, &path, within, out);
    }
    // A request's own member required since the crate was first generated
    // is no constructor argument: checked here, by its bare name.
    let mut out: Vec<String> = op
        .input
        .iter()
        .filter(|m| m.required_later)
        .map(|m| m.name.clone())
        .collect();
    for m in &op.input {
        walk(spec, &m.ty, &m.name, &mut Vec::new(), &mut out);
    }
    out
}

/// `read_only` and `idempotency_token` of an operation table.
fn retry_facts(op: &Operation) -> (bool, TokenStream) {
    let token = match &op.idempotency_token {
        Some(name) => quote!(::std::option::Option::Some(#name)),
        None => quote!(::std::option::Option::None),
    };
    (op.read_only, token)
}

/// The shared shapes: Tencent Cloud objects, Alibaba Cloud schemas.
/// One type per shape, for import's report: the models made of objects
/// several operations declare alike, and how many objects they replace.
pub(crate) fn merged_shapes(spec: &Spec) -> (usize, usize) {
    let shapes = Shapes::of(spec);
    (shapes.merged.defs.len(), shapes.merged.uses())
}

/// The crate has a `models` module: Tencent Cloud's objects, Alibaba
/// Cloud's named schemas, or objects several operations declare alike.
pub(crate) fn has_models(spec: &Spec, shapes: &Shapes) -> bool {
    spec.vendor == Vendor::Tencent || !spec.shapes.is_empty() || !shapes.merged.defs.is_empty()
}

fn models(spec: &Spec, shapes: &Shapes) -> TokenStream {
    // Objects declared in place inside a shape are named around the shapes.
    let mut reserved: Vec<&str> = shapes.names.values().map(String::as_str).collect();
    reserved.extend(shapes.merged.names());
    let mut builder = Builder::new(shapes, &reserved);
    for def in &shapes.merged.defs {
        let path: Vec<&str> = def.path.iter().map(String::as_str).collect();
        let first = def.operations.first().map_or("", String::as_str);
        let doc = format!(
            "The `{}` object, declared alike in the {} of {} operations (`{first}` first).",
            def.path.join("."),
            match def.side {
                Side::Input => "requests",
                Side::Output => "responses",
            },
            def.operations.len()
        );
        builder.add_struct(
            def.name.clone(),
            doc,
            def.side,
            &def.members,
            &path,
            &BTreeSet::new(),
        );
    }
    for shape in &spec.shapes {
        let name = shapes
            .names
            .get(&shape.name)
            .cloned()
            .unwrap_or_else(|| type_name(&shape.name));
        let doc = format!("The `{}` object.", shape.name);
        let boxed = shapes
            .boxed
            .iter()
            .filter(|(owner, _)| *owner == shape.name)
            .map(|(_, member)| member.as_str())
            .collect();
        builder.shared_input = shapes.from_input.contains(&shape.name);
        builder.add_struct(
            name,
            doc,
            shapes.side(&shape.name),
            &shape.members,
            &[],
            &boxed,
        );
    }
    let structs = builder.structs.iter().map(emit_struct);
    let enums = builder.enums.iter().map(emit_enum);
    quote! {
        //! Objects shared by the operations' requests and responses.
        #(#structs)*
        #(#enums)*
    }
}
