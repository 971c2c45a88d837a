//! What changes in a crate's API when its spec is replaced: operations and
//! members added or removed, types changed, members newly required. `cargo
//! xtask import` prints it before it overwrites a spec, so a metadata update
//! that would break users is seen before it is generated.

use crate::model::{Member, Spec, Type};
use std::collections::BTreeMap;

/// Keeps `new`'s constructors those of `old`: a request member (of an
/// operation, of an object inside its request, or of a model) that `new`
/// requires and `old` did not (or did not have) is marked
/// [`Member::required_later`], so it becomes a setter plus a check before
/// any I/O instead of a new argument of `new`; a mark `old` carries stays.
/// Returns the members marked now, as `Operation.Member` paths.
pub fn keep_constructors(old: &Spec, new: &mut Spec) -> Vec<String> {
    let mut marked = Vec::new();
    for op in &mut new.operations {
        if let Some(before) = old.operations.iter().find(|o| o.name == op.name) {
            mark(&op.name, &before.input, &mut op.input, &mut marked);
        }
    }
    for shape in &mut new.shapes {
        if let Some(before) = old.shapes.iter().find(|s| s.name == shape.name) {
            let at = format!("model {}", shape.name);
            mark(&at, &before.members, &mut shape.members, &mut marked);
        }
    }
    marked
}

fn mark(at: &str, old: &[Member], new: &mut [Member], marked: &mut Vec<String>) {
    for m in new.iter_mut() {
        let before = old.iter().find(|o| o.name == m.name);
        let late = m.required && before.is_none_or(|b| !b.required || b.required_later);
        if late && !m.required_later {
            m.required_later = true;
            if !before.is_some_and(|b| b.required_later) {
                marked.push(format!("{at}.{}", m.name));
            }
        }
        if let (Some(b), Type::Object { members }) = (before, inner_mut(&mut m.ty)) {
            if let Type::Object { members: was } = inner(&b.ty) {
                mark(&format!("{at}.{}", m.name), was, members, marked);
            }
        }
    }
}

/// A type through its lists, to change.
fn inner_mut(ty: &mut Type) -> &mut Type {
    match ty {
        Type::List { items } => inner_mut(items),
        other => other,
    }
}

/// One line per change from `old` to `new`, breaking ones marked
/// `breaking:`; empty when the API is the same.
pub fn api_changes(old: &Spec, new: &Spec) -> Vec<String> {
    let mut out = Vec::new();
    let old_ops: BTreeMap<&str, _> = old
        .operations
        .iter()
        .map(|o| (o.name.as_str(), o))
        .collect();
    let new_ops: BTreeMap<&str, _> = new
        .operations
        .iter()
        .map(|o| (o.name.as_str(), o))
        .collect();
    for name in old_ops.keys().filter(|n| !new_ops.contains_key(*n)) {
        out.push(format!("breaking: operation {name} removed"));
    }
    for name in new_ops.keys().filter(|n| !old_ops.contains_key(*n)) {
        out.push(format!("operation {name} added"));
    }
    for (name, new_op) in &new_ops {
        let Some(old_op) = old_ops.get(name) else {
            continue;
        };
        members(
            name,
            "request",
            &old_op.input,
            &new_op.input,
            true,
            &mut out,
        );
        members(
            name,
            "answer",
            &old_op.output,
            &new_op.output,
            false,
            &mut out,
        );
    }
    let old_shapes: BTreeMap<&str, _> = old.shapes.iter().map(|s| (s.name.as_str(), s)).collect();
    for shape in &new.shapes {
        if let Some(before) = old_shapes.get(shape.name.as_str()) {
            let at = format!("model {}", shape.name);
            members(
                &at,
                "members",
                &before.members,
                &shape.members,
                true,
                &mut out,
            );
        }
    }
    out
}

/// Changes between two member lists at `op`'s `side`. In a request a
/// removed member, a changed type, or a member newly required (the
/// generator makes it an argument of `new`) breaks callers; in an answer a
/// removed member or a changed type does (members of answers are optional).
fn members(
    op: &str,
    side: &str,
    old: &[Member],
    new: &[Member],
    request: bool,
    out: &mut Vec<String>,
) {
    let old_by: BTreeMap<&str, &Member> = old.iter().map(|m| (m.name.as_str(), m)).collect();
    let new_by: BTreeMap<&str, &Member> = new.iter().map(|m| (m.name.as_str(), m)).collect();
    for name in old_by.keys().filter(|n| !new_by.contains_key(*n)) {
        out.push(format!("breaking: {op} {side}: member {name} removed"));
    }
    for (name, m) in &new_by {
        match old_by.get(name) {
            None if request && m.required && m.required_later => out.push(format!(
                "{op} {side}: member {name} added, required (a setter, checked before any I/O)"
            )),
            None if request && m.required => out.push(format!(
                "breaking: {op} {side}: member {name} added, required (`new` takes it)"
            )),
            None => out.push(format!("{op} {side}: member {name} added")),
            Some(before) => {
                if kind(&before.ty) != kind(&m.ty) {
                    out.push(format!(
                        "breaking: {op} {side}: member {name} changed type ({} to {})",
                        kind(&before.ty),
                        kind(&m.ty)
                    ));
                }
                if request && m.required && !before.required {
                    out.push(if m.required_later {
                        format!(
                            "{op} {side}: member {name} is now required (a setter, checked \
                             before any I/O; `new` unchanged)"
                        )
                    } else {
                        format!(
                            "breaking: {op} {side}: member {name} is now required (`new` takes it)"
                        )
                    });
                }
                if let (Type::Object { members: a }, Type::Object { members: b }) =
                    (inner(&before.ty), inner(&m.ty))
                {
                    members(&format!("{op} {side}.{name}"), "", a, b, request, out);
                }
            }
        }
    }
}

/// A type through its lists.
fn inner(ty: &Type) -> &Type {
    match ty {
        Type::List { items } => inner(items),
        other => other,
    }
}

/// A type's shape in a word or two, for comparing and reporting.
fn kind(ty: &Type) -> String {
    match ty {
        Type::String { .. } => "text".into(),
        Type::Integer { format } => format!("integer ({format:?})").to_lowercase(),
        Type::Number => "number".into(),
        Type::Boolean => "boolean".into(),
        Type::Any => "any JSON".into(),
        Type::Binary => "bytes".into(),
        Type::List { items } => format!("list of {}", kind(items)),
        Type::Object { .. } => "object".into(),
        Type::Ref { name } => format!("model {name}"),
        Type::Map { values } => format!("map of {}", kind(values)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::read_metadata;

    #[test]
    fn removed_added_retyped_and_newly_required_members_are_reported() {
        let before = r#"{"info": {"style": "RPC", "product": "Demo", "version": "2020-01-01"},
            "apis": {
                "Gone": {"parameters": []},
                "Kept": {"parameters": [
                    {"name": "A", "in": "query", "schema": {"type": "string"}},
                    {"name": "B", "in": "query", "schema": {"type": "string"}},
                    {"name": "C", "in": "query", "schema": {"type": "integer"}}
                ]}
            }}"#;
        let after = r#"{"info": {"style": "RPC", "product": "Demo", "version": "2020-01-01"},
            "apis": {
                "New": {"parameters": []},
                "Kept": {"parameters": [
                    {"name": "A", "in": "query", "schema": {"type": "string", "required": true}},
                    {"name": "C", "in": "query", "schema": {"type": "string"}},
                    {"name": "D", "in": "query", "schema": {"type": "string", "required": true}}
                ]}
            }}"#;
        let (old, _) = read_metadata("before.json", before).unwrap();
        let (new, _) = read_metadata("after.json", after).unwrap();
        let changes = api_changes(&old, &new);
        assert_eq!(
            changes,
            [
                "breaking: operation Gone removed",
                "operation New added",
                "breaking: Kept request: member B removed",
                "breaking: Kept request: member A is now required (`new` takes it)",
                "breaking: Kept request: member C changed type (integer (int64) to text)",
                "breaking: Kept request: member D added, required (`new` takes it)",
            ]
        );
        assert!(api_changes(&new, &new).is_empty());

        // With the constructors kept, the newly required members are
        // setters, and nothing about them breaks.
        let mut kept = new.clone();
        assert_eq!(keep_constructors(&old, &mut kept), ["Kept.A", "Kept.D"]);
        let changes = api_changes(&old, &kept);
        assert!(changes.contains(
            &"Kept request: member A is now required (a setter, checked before any I/O; `new` unchanged)"
                .to_owned()
        ));
        assert!(changes.contains(
            &"Kept request: member D added, required (a setter, checked before any I/O)".to_owned()
        ));
        // The mark stays through later imports, and is not reported again.
        let mut again = new.clone();
        assert!(keep_constructors(&kept, &mut again).is_empty());
        assert!(again
            .operations
            .iter()
            .any(|o| o.input.iter().any(|m| m.required_later)));
    }
}
