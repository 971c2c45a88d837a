//! One type per shape. An object declared in place (Alibaba Cloud's inline
//! schemas) that two or more operations declare alike is generated once,
//! in `models`, and every one of those operations uses it: ECS's `Tag` of
//! 67 requests is one `models::Tag`.
//!
//! Alike: on the same side of the wire (a request's and a response's types
//! differ in Rust), with the same members in the same order, each with the
//! same name, type, required flag, constraints and flags. Examples are left
//! out of the comparison (they only show in docs; the first operation's are
//! kept). An object used by one operation stays in that operation's module.
//!
//! Names: the natural name of an object is the last word of its path, in the
//! singular for a list's item (`Tags.Tag` gives `Tag`, `DataDisks` gives
//! `DataDisk`). Shapes are named in order of how many operations use them
//! (then by first operation and path), so the most widely used shape wanting
//! a name gets it; one whose name is taken takes a longer path name
//! (`InstanceTag`), then its side (`ResponseTag`), then its first
//! operation's name with its path. `cargo xtask import` reports the count.

use super::types::{singular, without_wrappers, Side};
use crate::model::{Member, Spec, Type};
use crate::naming::{type_name, Scope};
use std::collections::{BTreeMap, BTreeSet};

/// The shapes several operations declare alike, and their model names.
#[derive(Default)]
pub(crate) struct Merged {
    /// A shape's key ([`key`]) to its model's name.
    names: BTreeMap<String, String>,
    /// The merged shapes, in name order.
    pub defs: Vec<MergedDef>,
}

/// One merged shape.
pub(crate) struct MergedDef {
    pub name: String,
    pub side: Side,
    /// The members, as the first operation declares them.
    pub members: Vec<Member>,
    /// The operations that use it, by name.
    pub operations: BTreeSet<String>,
    /// Its path in the first of them (`Instances.Instance.Tags.Tag`).
    pub path: Vec<String>,
}

/// Where a shape was first met, and by whom.
struct Found {
    side: Side,
    members: Vec<Member>,
    operations: BTreeSet<String>,
    path: Vec<String>,
    item: bool,
}

impl Merged {
    /// Finds the shapes of `spec` declared alike by two or more operations
    /// and names them, around the names in `taken` (the named models).
    pub(crate) fn of(spec: &Spec, taken: &[&str]) -> Merged {
        let mut found: BTreeMap<String, Found> = BTreeMap::new();
        for op in &spec.operations {
            for (side, members) in [(Side::Input, &op.input), (Side::Output, &op.output)] {
                for m in members {
                    let mut path = vec![m.name.clone()];
                    collect(&op.name, side, &m.ty, &mut path, false, &mut found);
                }
            }
        }
        let mut shared: Vec<(String, Found)> = found
            .into_iter()
            .filter(|(_, f)| f.operations.len() >= 2)
            .collect();
        shared.sort_by(|(_, a), (_, b)| {
            b.operations
                .len()
                .cmp(&a.operations.len())
                .then_with(|| a.operations.first().cmp(&b.operations.first()))
                .then_with(|| a.path.cmp(&b.path))
        });
        let mut scope = Scope::with(taken);
        let mut merged = Merged::default();
        for (key, f) in shared {
            let name = model_name(&mut scope, &f);
            merged.names.insert(key, name.clone());
            merged.defs.push(MergedDef {
                name,
                side: f.side,
                members: f.members,
                operations: f.operations,
                path: f.path,
            });
        }
        merged.defs.sort_by(|a, b| a.name.cmp(&b.name));
        merged
    }

    /// The model an object with `members` on `side` is, if merged.
    pub(crate) fn name_of(&self, side: Side, members: &[Member]) -> Option<&str> {
        if self.names.is_empty() {
            return None;
        }
        self.names.get(&key(side, members)).map(String::as_str)
    }

    /// The merged shapes' names.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.defs.iter().map(|d| d.name.as_str())
    }

    /// How many objects the operations declare that these shapes replace.
    pub(crate) fn uses(&self) -> usize {
        self.defs.iter().map(|d| d.operations.len()).sum()
    }
}

/// Records every object inside `ty` (at `path`) for `operation`.
fn collect(
    operation: &str,
    side: Side,
    ty: &Type,
    path: &mut Vec<String>,
    item: bool,
    found: &mut BTreeMap<String, Found>,
) {
    match ty {
        Type::List { items } => collect(operation, side, items, path, true, found),
        Type::Map { values } => collect(operation, side, values, path, false, found),
        Type::Object { members } => {
            let entry = found.entry(key(side, members)).or_insert_with(|| Found {
                side,
                members: members.clone(),
                operations: BTreeSet::new(),
                path: path.clone(),
                item,
            });
            entry.operations.insert(operation.to_owned());
            for m in members {
                path.push(m.name.clone());
                collect(operation, side, &m.ty, path, false, found);
                path.pop();
            }
        }
        _ => {}
    }
}

/// What makes two objects alike: side and members, examples left out.
fn key(side: Side, members: &[Member]) -> String {
    fn strip(members: &mut [Member]) {
        for m in members {
            m.constraints.example = None;
            let mut ty = &mut m.ty;
            while let Type::List { items: inner } | Type::Map { values: inner } = ty {
                ty = inner;
            }
            if let Type::Object { members } = ty {
                strip(members);
            }
        }
    }
    let mut members = members.to_vec();
    strip(&mut members);
    let side = match side {
        Side::Input => "in",
        Side::Output => "out",
    };
    format!(
        "{side}:{}",
        serde_json::to_string(&members).expect("members serialize")
    )
}

/// The first free name of: the path's endings, shortest first; the side
/// and the whole path; the first operation and the whole path.
fn model_name(scope: &mut Scope, f: &Found) -> String {
    let mut words = f.path.clone();
    if let Some(last) = words.last_mut().filter(|_| f.item) {
        *last = singular(last);
    }
    let side = match f.side {
        Side::Input => "Request",
        Side::Output => "Response",
    };
    let first = f.operations.first().map_or("", String::as_str);
    let candidates = (0..words.len())
        .rev()
        .map(|start| type_name(&without_wrappers(&words[start..])))
        .chain([
            type_name(&format!("{side}_{}", without_wrappers(&words))),
            type_name(&format!("{first}_{}", without_wrappers(&words))),
        ])
        .collect::<Vec<_>>();
    match candidates.iter().find(|c| scope.is_free(c)) {
        Some(free) => scope.claim(free.clone()),
        // Every candidate is taken: the last, numbered (never met in the
        // catalogues; the operation name makes the path unique).
        None => scope.claim(candidates[candidates.len() - 1].clone()),
    }
}
