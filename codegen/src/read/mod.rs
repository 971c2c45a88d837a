//! Readers: vendor metadata in, [`Spec`] out.
//!
//! Each reader walks the vendor's JSON with `Node`, which knows its JSON
//! path, so malformed metadata becomes a [`MetadataError`] naming the file,
//! the path and what was expected. Unknown keys are ignored. What a reader
//! merges or drops to absorb metadata quirks goes into the [`Report`].

mod aliyun;
mod paging;
mod tencent;

use crate::model::{Member, Spec};
use serde_json::Value;
use std::cell::RefCell;
use std::fmt;

/// Metadata that cannot be read: the file, the JSON path and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataError {
    /// The metadata file.
    pub file: String,
    /// The JSON path, e.g. `$.apis.RunInstances.parameters[3].schema.type`.
    pub path: String,
    /// What was expected there.
    pub expected: String,
}

impl fmt::Display for MetadataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: at {}: expected {}",
            self.file, self.path, self.expected
        )
    }
}

impl std::error::Error for MetadataError {}

/// What a reader merged or dropped, one line each.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// The lines, in the order they were found.
    pub lines: Vec<String>,
    /// Resource-style operations without a path, sent to `/` (one line at the end).
    pathless: Vec<String>,
}

impl Report {
    pub(crate) fn note(&mut self, line: String) {
        self.lines.push(line);
    }
}

/// Reads a metadata file's text: Alibaba Cloud `api-docs.json` (keys `info`
/// and `apis`) or Tencent Cloud `api.json` (keys `actions` and `objects`).
pub fn read_metadata(file: &str, text: &str) -> Result<(Spec, Report), MetadataError> {
    let value: Value = serde_json::from_str(text).map_err(|e| MetadataError {
        file: file.to_owned(),
        path: format!("line {} column {}", e.line(), e.column()),
        expected: format!("JSON ({e})"),
    })?;
    let numeric_flags = RefCell::new(Vec::new());
    let root = Node {
        file,
        value: &value,
        path: "$".into(),
        numeric_flags: &numeric_flags,
    };
    let mut report = Report::default();
    let spec = if value.get("apis").is_some() && value.get("info").is_some() {
        aliyun::read(&root, &mut report)?
    } else if value.get("actions").is_some() && value.get("objects").is_some() {
        tencent::read(&root, &mut report)?
    } else {
        return Err(root.error(
            "Alibaba Cloud metadata (keys `info` and `apis`) or Tencent Cloud metadata (keys `actions` and `objects`)",
        ));
    };
    let numeric_flags = numeric_flags.into_inner();
    if !numeric_flags.is_empty() {
        report.note(format!(
            "{} flag(s) written as 0/1 read as false/true: {}",
            numeric_flags.len(),
            numeric_flags.join(", ")
        ));
    }
    if !report.pathless.is_empty() {
        let names = std::mem::take(&mut report.pathless);
        report.note(format!(
            "{} resource-style operation(s) without a path, sent to `/` with the action in \
             `x-acs-action` and each member where the metadata puts it (as the official SDKs): {}",
            names.len(),
            names.join(", ")
        ));
    }
    let mut spec = spec;
    mark_idempotency_tokens(&mut spec, &mut report);
    paging::mark(&mut spec, &mut report);
    report_file_urls(&spec, &mut report);
    report_binary(&spec, &mut report);
    report_secrets(&spec, &mut report);
    report_simple_lists(&spec, &mut report);
    report_json_text(&spec, &mut report);
    report_members(
        &spec,
        &mut report,
        "boolean `Stream` members, so their operations get a streaming companion (`<operation>_stream`, server-sent events)",
        Member::is_stream_flag,
    );
    spec.source = std::path::Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    Ok((spec, report))
}

/// The leading verbs of actions that only read, for operations whose
/// metadata does not say (all of Tencent Cloud's; Alibaba Cloud's without a
/// `systemTags.operationType`). The verb is the action name's first
/// capitalised word: `Describe` in `DescribeInstances`. Any other verb is
/// taken as a write, which is the safe side: a write is never retried once
/// its request may have been processed, unless it carries a token.
pub const READ_VERBS: [&str; 10] = [
    "Describe",
    "Get",
    "List",
    "Query",
    "Inquiry",
    "Inquire",
    "Check",
    "Search",
    "Recognize",
    "Detect",
];

/// The request member that makes a write idempotent: when an operation's
/// input declares a top-level text member of this name, a retry that
/// carries the same value cannot apply the change twice. Both vendors use
/// this name; neither's metadata marks it otherwise.
pub const IDEMPOTENCY_TOKEN: &str = "ClientToken";

/// True for a top-level member named [`IDEMPOTENCY_TOKEN`], in any letter
/// case and with or without `_` (resource-style APIs write `clientToken`
/// and `client_token`), sent in the query, a form or the JSON body.
fn is_token_member(m: &crate::model::Member) -> bool {
    use crate::model::Location;
    let plain: String = m.name.chars().filter(|c| *c != '_').collect();
    plain.eq_ignore_ascii_case(IDEMPOTENCY_TOKEN)
        && matches!(
            m.location,
            Some(Location::Query | Location::Body | Location::JsonBody) | None
        )
}

/// The longest example value kept: longer ones are samples of documents
/// (JSON templates, scripts) rather than a value's shape.
const EXAMPLE_LIMIT: usize = 120;

/// A member's example value from the metadata, when it is a value: one
/// line without control characters, at most [`EXAMPLE_LIMIT`] characters,
/// not empty; surrounding whitespace dropped.
pub(crate) fn example(node: &Node<'_>) -> Result<Option<String>, MetadataError> {
    Ok(node
        .scalar_text("example")?
        .map(|e| e.trim().to_owned())
        .filter(|e| {
            !e.is_empty() && !e.chars().any(char::is_control) && e.chars().count() <= EXAMPLE_LIMIT
        }))
}

/// True when the action's verb (its first capitalised word) is one of
/// [`READ_VERBS`].
pub fn verb_says_read(action: &str) -> bool {
    let end = action
        .char_indices()
        .skip(1)
        .find(|(_, c)| c.is_ascii_uppercase())
        .map_or(action.len(), |(i, _)| i);
    READ_VERBS.contains(&&action[..end])
}

/// Reports operations whose safety came from [`verb_says_read`], grouped:
/// `names` is every (operation, read-only) pair the rule decided.
fn report_verb_rule(names: &[(String, bool)], report: &mut Report) {
    for (read, label) in [(true, "read-only"), (false, "a write")] {
        let list: Vec<&str> = names
            .iter()
            .filter(|(_, r)| *r == read)
            .map(|(n, _)| n.as_str())
            .collect();
        if !list.is_empty() {
            report.note(format!(
                "{} operation(s) taken as {label} by the verb rule (the metadata does not say): {}",
                list.len(),
                list.join(", ")
            ));
        }
    }
}

/// Records each operation's idempotency-token member ([`IDEMPOTENCY_TOKEN`]),
/// and reports the count and the safety classification.
fn mark_idempotency_tokens(spec: &mut Spec, report: &mut Report) {
    use crate::model::Type;
    let mut with_token = 0;
    for op in &mut spec.operations {
        op.idempotency_token = op
            .input
            .iter()
            .find(|m| is_token_member(m) && matches!(m.ty, Type::String { .. }))
            .map(|m| m.name.clone());
        with_token += usize::from(op.idempotency_token.is_some());
    }
    let reads = spec.operations.iter().filter(|o| o.read_only).count();
    let token_writes = spec
        .operations
        .iter()
        .filter(|o| !o.read_only && o.idempotency_token.is_some())
        .count();
    report.note(format!(
        "retry safety: {reads} read-only, {token_writes} writes with `{IDEMPOTENCY_TOKEN}` \
         (retried like reads), {} other writes (not retried once sent); \
         {with_token} operations declare `{IDEMPOTENCY_TOKEN}` in all",
        spec.operations.len() - reads - token_writes
    ));
}

/// Reports the top-level request members `pick` selects, as
/// `Operation.Member`, under `what`; nothing when there are none.
fn report_members(spec: &Spec, report: &mut Report, what: &str, pick: impl Fn(&Member) -> bool) {
    let found: Vec<String> = spec
        .operations
        .iter()
        .flat_map(|op| {
            op.input
                .iter()
                .filter(|m| pick(m))
                .map(move |m| format!("{}.{}", op.name, m.name))
        })
        .collect();
    if !found.is_empty() {
        report.note(format!("{what}: {}: {}", found.len(), found.join(", ")));
    }
}

/// Reports the request members that carry a file's bytes (Tencent Cloud):
/// their operations are sent as `multipart/form-data`.
fn report_binary(spec: &Spec, report: &mut Report) {
    report_members(
        spec,
        report,
        "byte members (binary), so their operations are sent as multipart/form-data",
        |m| matches!(m.ty, crate::model::Type::Binary) && m.location.is_none(),
    );
}

/// Reports the request text members whose example is JSON (a rule of
/// yun's: the docs then say the service reads the text as JSON).
fn report_json_text(spec: &Spec, report: &mut Report) {
    report_members(
        spec,
        report,
        "text members whose example is JSON (documented as JSON text)",
        |m| m.json_text_example().is_some(),
    );
}

/// Reports the list parameters of style `simple`: sent as one
/// comma-separated value, not as `Name.1`, `Name.2`.
fn report_simple_lists(spec: &Spec, report: &mut Report) {
    report_members(
        spec,
        report,
        "lists of style simple, sent as one comma-separated value",
        |m| m.style == crate::model::Style::Simple,
    );
}

/// Reports the members that hold a secret by name
/// ([`crate::naming::holds_secret`]): their values never show in `Debug`.
fn report_secrets(spec: &Spec, report: &mut Report) {
    use crate::model::{Member, Type};
    fn walk(members: &[Member], path: &str, out: &mut Vec<String>) {
        for m in members {
            let here = format!("{path}{}", m.name);
            if crate::naming::holds_secret(m) {
                out.push(here.clone());
            }
            let mut ty = &m.ty;
            while let Type::List { items } = ty {
                ty = items;
            }
            if let Type::Object { members } = ty {
                walk(members, &format!("{here}."), out);
            }
        }
    }
    let mut found = Vec::new();
    for op in &spec.operations {
        walk(&op.input, &format!("{}.", op.name), &mut found);
        walk(&op.output, &format!("{} answer.", op.name), &mut found);
    }
    for shape in &spec.shapes {
        walk(&shape.members, &format!("{}.", shape.name), &mut found);
    }
    if !found.is_empty() {
        report.note(format!(
            "secret members (named like a password, secret, private key, token, signature; `Debug` shows ***): {}: {}",
            found.len(),
            found.join(", ")
        ));
    }
}

/// Reports the request members that carry the URL of a file the service
/// reads, at any depth (`Tasks.N.ImageURL`).
fn report_file_urls(spec: &Spec, report: &mut Report) {
    use crate::model::{Member, Type};
    fn walk(members: &[Member], path: &str, out: &mut Vec<String>) {
        for m in members {
            let here = format!("{path}{}", m.name);
            if m.file_url {
                out.push(here.clone());
            }
            let mut ty = &m.ty;
            let mut nested = here;
            while let Type::List { items } = ty {
                ty = items;
                nested.push_str(".N");
            }
            if let Type::Object { members } = ty {
                walk(members, &format!("{nested}."), out);
            }
        }
    }
    let mut found = Vec::new();
    for op in &spec.operations {
        let mut paths = Vec::new();
        walk(&op.input, "", &mut paths);
        found.extend(paths.into_iter().map(|p| format!("{}.{p}", op.name)));
    }
    if !found.is_empty() {
        report.note(format!(
            "file URLs (isFileTransferUrl): {} members: {}",
            found.len(),
            found.join(", ")
        ));
    }
}

/// A JSON value and where it is.
#[derive(Clone)]
pub(crate) struct Node<'a> {
    file: &'a str,
    value: &'a Value,
    path: String,
    /// Paths of the flags read from 0/1 rather than false/true, for the report.
    numeric_flags: &'a RefCell<Vec<String>>,
}

impl<'a> Node<'a> {
    pub(crate) fn error(&self, expected: &str) -> MetadataError {
        MetadataError {
            file: self.file.to_owned(),
            path: self.path.clone(),
            expected: expected.to_owned(),
        }
    }

    /// Where this value is in its file (`apis.X.responses.200.schema`).
    pub(crate) fn path(&self) -> &str {
        &self.path
    }

    /// The member `key`, if present and not null.
    pub(crate) fn get(&self, key: &str) -> Option<Node<'a>> {
        self.value
            .get(key)
            .filter(|v| !v.is_null())
            .map(|value| Node {
                file: self.file,
                value,
                path: format!("{}.{key}", self.path),
                numeric_flags: self.numeric_flags,
            })
    }

    /// The member `key`, which must be present.
    pub(crate) fn req(&self, key: &str) -> Result<Node<'a>, MetadataError> {
        if !self.value.is_object() {
            return Err(self.error("an object"));
        }
        self.get(key)
            .ok_or_else(|| self.error(&format!("a member `{key}`")))
    }

    pub(crate) fn str(&self) -> Result<&'a str, MetadataError> {
        self.value.as_str().ok_or_else(|| self.error("a string"))
    }

    /// A string member, which must be present.
    pub(crate) fn req_str(&self, key: &str) -> Result<&'a str, MetadataError> {
        self.req(key)?.str()
    }

    /// A boolean member; absent is false. `"true"`/`"false"` are accepted,
    /// and 0/1 (some vendor files write flags so; the vendors' own tools
    /// read them as booleans), which the import report lists.
    pub(crate) fn flag(&self, key: &str) -> Result<bool, MetadataError> {
        match self.get(key) {
            None => Ok(false),
            Some(n) => match n.value {
                Value::Bool(b) => Ok(*b),
                Value::String(s) if s == "true" => Ok(true),
                Value::String(s) if s == "false" => Ok(false),
                Value::Number(x) if matches!(x.as_u64(), Some(0 | 1)) => {
                    self.numeric_flags.borrow_mut().push(n.path.clone());
                    Ok(x.as_u64() == Some(1))
                }
                _ => Err(n.error("true or false (or 0 or 1)")),
            },
        }
    }

    /// A scalar member as text (numbers and strings alike).
    pub(crate) fn scalar_text(&self, key: &str) -> Result<Option<String>, MetadataError> {
        match self.get(key) {
            None => Ok(None),
            Some(n) => match n.value {
                Value::String(s) => Ok(Some(s.clone())),
                Value::Number(x) => Ok(Some(x.to_string())),
                _ => Err(n.error("a number or a string")),
            },
        }
    }

    /// A non-negative integer member (numbers or numeric strings).
    pub(crate) fn count(&self, key: &str) -> Result<Option<u64>, MetadataError> {
        let Some(n) = self.get(key) else {
            return Ok(None);
        };
        match n.value {
            Value::Number(x) => x
                .as_u64()
                .map(Some)
                .ok_or_else(|| n.error("a whole number")),
            Value::String(s) => s.parse().map(Some).map_err(|_| n.error("a whole number")),
            _ => Err(n.error("a whole number")),
        }
    }

    /// The elements of an array.
    pub(crate) fn items(&self) -> Result<Vec<Node<'a>>, MetadataError> {
        let array = self
            .value
            .as_array()
            .ok_or_else(|| self.error("an array"))?;
        Ok(array
            .iter()
            .enumerate()
            .map(|(i, value)| Node {
                file: self.file,
                value,
                path: format!("{}[{i}]", self.path),
                numeric_flags: self.numeric_flags,
            })
            .collect())
    }

    /// The members of an object, sorted by key.
    pub(crate) fn entries(&self) -> Result<Vec<(&'a str, Node<'a>)>, MetadataError> {
        let map = self
            .value
            .as_object()
            .ok_or_else(|| self.error("an object"))?;
        Ok(map
            .iter()
            .map(|(k, value)| {
                (
                    k.as_str(),
                    Node {
                        file: self.file,
                        value,
                        path: format!("{}.{k}", self.path),
                        numeric_flags: self.numeric_flags,
                    },
                )
            })
            .collect())
    }

    pub(crate) fn value(&self) -> &'a Value {
        self.value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verb_is_the_first_capitalised_word() {
        for read in [
            "DescribeInstances",
            "Get",
            "ListTagResources",
            "InquiryPriceRunInstances",
            "RecognizeQrCode",
        ] {
            assert!(verb_says_read(read), "{read}");
        }
        for write in [
            "RunInstances",
            "Getaway",
            "Describer",
            "ModifyInstanceAttribute",
            "",
            "describeX",
        ] {
            assert!(!verb_says_read(write), "{write}");
        }
    }

    #[test]
    fn errors_name_file_path_and_expectation() {
        let err = read_metadata("x.json", "{\"nope\": 1}").unwrap_err();
        assert_eq!(err.file, "x.json");
        assert!(err.expected.contains("Alibaba Cloud metadata"), "{err}");
        let err = read_metadata("x.json", "{").unwrap_err();
        assert!(err.to_string().starts_with("x.json: at line 1"), "{err}");
    }
}
