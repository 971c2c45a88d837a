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
    /// Example values dropped, by why (see [`fit_example`]).
    examples_dropped: ExamplesDropped,
}

/// How many example values [`fit_example`] dropped, by why.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct ExamplesDropped {
    placeholders: usize,
    sentences: usize,
    misfits: usize,
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
    let dropped = std::mem::take(&mut report.examples_dropped);
    let total = dropped.placeholders + dropped.sentences + dropped.misfits;
    if total > 0 {
        report.note(format!(
            "{total} example value(s) dropped as not facts: {} placeholders (`无`, `-`, …), \
             {} sentences, {} that do not fit the member's type, allowed values or range",
            dropped.placeholders, dropped.sentences, dropped.misfits
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
    let anonymous: Vec<&str> = spec
        .operations
        .iter()
        .filter(|o| o.anonymous)
        .map(|o| o.name.as_str())
        .collect();
    if !anonymous.is_empty() {
        report.note(format!(
            "{} operation(s) called without credentials (`Anonymous` their only security \
             scheme), sent unsigned: {}",
            anonymous.len(),
            anonymous.join(", ")
        ));
    }
    let mut spec = spec;
    mark_idempotency_tokens(&mut spec, &mut report);
    paging::mark(&mut spec, &mut report);
    report_file_urls(&spec, &mut report);
    report_binary(&spec, &mut report);
    report_secrets(&spec, &mut report);
    report_acronyms(&spec, &mut report);
    let (models, objects) = crate::render::merged_shapes(&spec);
    if models > 0 {
        report.note(format!(
            "one type per shape: {objects} objects declared alike by several operations are \
             {models} models (`models::…`; see render::merge for the rule and the names)"
        ));
    }
    report_simple_lists(&spec, &mut report);
    report_json_text(&spec, &mut report);
    report_members(
        &spec,
        &mut report,
        "boolean `Stream` members, so their operations get a streaming companion (`<operation>_stream`, server-sent events)",
        Member::is_stream_flag,
    );
    // The name the conformance test looks for the metadata under (beside
    // the specs-upstream files): tccli's `api.json` is named for its
    // product and version, as `<product>-<version>.api.json`.
    spec.source = std::path::Path::new(file)
        .file_name()
        .map(|n| match n.to_string_lossy() {
            name if name == "api.json" => format!(
                "{}-{}.api.json",
                spec.product.to_ascii_lowercase(),
                spec.version
            ),
            name => name.into_owned(),
        });
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
/// not empty; surrounding whitespace dropped. [`fit_example`] then checks it
/// against the member.
pub(crate) fn example(node: &Node<'_>) -> Result<Option<String>, MetadataError> {
    Ok(node
        .scalar_text("example")?
        .map(|e| e.trim().to_owned())
        .filter(|e| {
            !e.is_empty() && !e.chars().any(char::is_control) && e.chars().count() <= EXAMPLE_LIMIT
        }))
}

/// Words the metadata writes where it has no example value (`无`: "none").
const PLACEHOLDERS: [&str; 12] = [
    "无",
    "暂无",
    "空",
    "略",
    "null",
    "none",
    "nil",
    "n/a",
    "na",
    "undefined",
    "xxx",
    "...",
];

/// Punctuation that ends or joins clauses in Chinese prose; an example
/// holding one is a sentence about the value, not a value. (`：` and `；`
/// are not among them: recognised text holds them, `22：09`.)
const SENTENCE_MARKS: [char; 4] = ['。', '，', '！', '？'];

/// Keeps a member's example only when it is a fact about a value of its
/// type (yun's rule; import counts what it drops): a placeholder (`无`,
/// `-`, `null`), a sentence (Chinese clause punctuation, or `例如`/`比如`/
/// `如:` openings), or a value that does not fit the member (not a number
/// for a number, outside `minimum`..`maximum`, not one of the allowed
/// values, longer than `maxLength`, not a boolean for a boolean) is
/// dropped. Applies to members at every depth, as each is read.
pub(crate) fn fit_example(member: &mut Member, report: &mut Report) {
    use crate::model::Type;
    let Some(e) = member.constraints.example.as_deref() else {
        return;
    };
    let lower = e.to_lowercase();
    let c = &member.constraints;
    let bounded = |x: f64| {
        let ok = |bound: &Option<String>, keep: fn(f64, f64) -> bool| {
            bound
                .as_deref()
                .and_then(|b| b.trim().parse::<f64>().ok())
                .is_none_or(|b| keep(x, b))
        };
        ok(&c.minimum, |x, lo| x >= lo) && ok(&c.maximum, |x, hi| x <= hi)
    };
    let placeholder =
        PLACEHOLDERS.contains(&lower.as_str()) || e.chars().all(|ch| "-—–_*/.·?？ ".contains(ch));
    let sentence = e.contains(SENTENCE_MARKS)
        || ["例如", "比如", "如:", "如：", "示例", "e.g."]
            .iter()
            .any(|w| e.starts_with(w));
    let fits = match &member.ty {
        Type::Integer { .. } => e.parse::<i128>().is_ok_and(|i| bounded(i as f64)),
        Type::Number => e.parse::<f64>().is_ok_and(|f| f.is_finite() && bounded(f)),
        Type::Boolean => matches!(lower.as_str(), "true" | "false" | "0" | "1"),
        Type::String { .. } => {
            (c.enum_values.is_empty() || c.enum_values.iter().any(|v| v == e))
                && c.max_length.is_none_or(|n| e.chars().count() as u64 <= n)
        }
        _ => true,
    };
    let dropped = &mut report.examples_dropped;
    match (placeholder, sentence, fits) {
        (true, _, _) => dropped.placeholders += 1,
        (_, true, _) => dropped.sentences += 1,
        (_, _, false) => dropped.misfits += 1,
        _ => return,
    }
    member.constraints.example = None;
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

/// Reports the member names whose Rust name keeps an acronym whole
/// ([`crate::naming::snake`]: `FileIDs` → `file_ids`, where plain word
/// splitting gives `file_i_ds`), each wire name once.
fn report_acronyms(spec: &Spec, report: &mut Report) {
    use crate::model::Type;
    use heck::ToSnakeCase;
    fn walk(members: &[Member], out: &mut std::collections::BTreeSet<String>) {
        for m in members {
            let whole = crate::naming::snake(&m.name);
            if whole != m.name.to_snake_case() {
                out.insert(format!("{} → {whole}", m.name));
            }
            let mut ty = &m.ty;
            while let Type::List { items } = ty {
                ty = items;
            }
            if let Type::Object { members } = ty {
                walk(members, out);
            }
        }
    }
    let mut found = std::collections::BTreeSet::new();
    for op in &spec.operations {
        walk(&op.input, &mut found);
        walk(&op.output, &mut found);
    }
    for shape in &spec.shapes {
        walk(&shape.members, &mut found);
    }
    if !found.is_empty() {
        let list: Vec<String> = found.into_iter().collect();
        report.note(format!(
            "member names with acronyms kept whole in Rust: {}: {}",
            list.len(),
            list.join(", ")
        ));
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
    fn examples_are_facts_or_nothing() {
        use crate::model::{Constraints, IntFormat, Style, Type};
        let member = |ty: Type, example: &str, constraints: Constraints| Member {
            name: "M".into(),
            location: None,
            style: Style::Plain,
            ty,
            required: false,
            required_later: false,
            deprecated: false,
            constraints: Constraints {
                example: Some(example.into()),
                ..constraints
            },
            file_url: false,
            wire: None,
        };
        let text = || Type::String { format: None };
        let int = || Type::Integer {
            format: IntFormat::Int32,
        };
        let upto = |hi: &str| Constraints {
            maximum: Some(hi.into()),
            ..Constraints::default()
        };
        let one_of = |values: &[&str]| Constraints {
            enum_values: values.iter().map(|v| (*v).to_owned()).collect(),
            ..Constraints::default()
        };
        let cases = [
            (text(), "i-bp67acfmxazb4p****", Constraints::default(), true),
            (text(), "华东1（杭州）", Constraints::default(), true),
            (
                text(),
                "2017年08月05日22：09开",
                Constraints::default(),
                true,
            ),
            (text(), "无", Constraints::default(), false),
            (text(), "-", Constraints::default(), false),
            (text(), "null", Constraints::default(), false),
            (
                text(),
                "例如cdc场景：cluster-iu5gustw，其他场景暂不支持。",
                Constraints::default(),
                false,
            ),
            (text(), "Running", one_of(&["Running", "Stopped"]), true),
            (text(), "hide", one_of(&["Running", "Stopped"]), false),
            (int(), "42", upto("100"), true),
            (int(), "1.5", Constraints::default(), false),
            (int(), "3", upto("2"), false),
            (int(), "123456789012****", Constraints::default(), false),
            (Type::Number, "2.5", upto("2"), false),
            (Type::Boolean, "true", Constraints::default(), true),
            (Type::Boolean, "yes", Constraints::default(), false),
        ];
        for (ty, example, constraints, kept) in cases {
            let mut m = member(ty, example, constraints);
            fit_example(&mut m, &mut Report::default());
            assert_eq!(m.constraints.example.is_some(), kept, "{example}");
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
