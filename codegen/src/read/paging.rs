//! Paging, recognised by rule from an operation's members (never by its
//! name), the same for both vendors:
//!
//! 1. The style, from the request and the response:
//!    - token: a text `NextToken` in the request (with an integer
//!      `MaxResults` as the page size when present) and `NextToken` in the
//!      response;
//!    - page number: `PageNumber` and `PageSize` in the request (integers,
//!      or text holding one),
//!      `TotalCount` in the response;
//!    - offset: integers `Offset` and `Limit` in the request, `TotalCount`
//!      in the response.
//!
//!    When an operation offers two styles the token wins (it stays right
//!    when the list changes while it is read).
//! 2. Where the response says it: at its root, or inside the one object
//!    member of the root that holds it (`Invocation.NextToken`).
//! 3. The items: beside that marker, the one list of objects, directly
//!    (`InstanceSet`) or inside a wrapper object whose only member it is
//!    (`Instances.Instance`); for a marker inside an object that holds no
//!    list (`page_info.total_count`), at the root. None, or more than
//!    one, and the operation is left out.
//! 4. Resource-style operations name the members in camelCase or
//!    snake_case (`pageNumber`, `next_token`, `total_count`): there the
//!    names match ignoring letter case and `_`, and the position and size
//!    may be query or JSON body members.
//!
//! Operations that take one of the six paging members but match no rule
//! are reported with the reason.

use super::Report;
use crate::model::{Answer, Location, Member, Operation, PageStyle, Paging, Spec, Type};

/// The request members that make an operation look paged.
const PAGING_MEMBERS: [&str; 6] = [
    "NextToken",
    "MaxResults",
    "PageNumber",
    "PageSize",
    "Offset",
    "Limit",
];

/// True for a member named like a paging member in any letter case
/// (`pageSize`, `next_token`).
fn looks_paged(name: &str) -> bool {
    let plain: String = name.chars().filter(|c| *c != '_').collect();
    PAGING_MEMBERS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(&plain))
}

/// Records each operation's paging and reports the counts and the
/// operations left out.
pub(super) fn mark(spec: &mut Spec, report: &mut Report) {
    let (mut token, mut page, mut offset) = (0, 0, 0);
    let mut left_out = Vec::new();
    let found: Vec<Result<Option<Paging>, String>> = spec
        .operations
        .iter()
        .map(|op| match (&op.path, op.answer) {
            // Resource-style members are named in camelCase or snake_case
            // (`nextToken`, `page_number`): matched ignoring case and `_`.
            (Some(_), Answer::Object) => paging(spec, op, true),
            (Some(_), _) if op.input.iter().any(|m| looks_paged(&m.name)) => {
                Err("its answer is not an object with a list in it".to_owned())
            }
            (Some(_), _) => Ok(None),
            (None, _) => paging(spec, op, false),
        })
        .collect();
    for (op, found) in spec.operations.iter_mut().zip(found) {
        match found {
            Ok(Some(p)) => {
                match p.style {
                    PageStyle::Token => token += 1,
                    PageStyle::PageNumber => page += 1,
                    PageStyle::Offset => offset += 1,
                }
                op.paging = Some(p);
            }
            Ok(None) => {}
            Err(why) => left_out.push(format!("{}: {why}", op.name)),
        }
    }
    report.note(format!(
        "paging: {token} by token, {page} by page number, {offset} by offset; {} paged-looking operations left out",
        left_out.len()
    ));
    for line in left_out {
        report.note(format!("paging left out: {line}"));
    }
}

/// True when `wire` is the paging member `name`: exactly, or (`loose`)
/// ignoring letter case and `_`.
fn is_named(wire: &str, name: &str, loose: bool) -> bool {
    if !loose {
        return wire == name;
    }
    let plain: String = wire.chars().filter(|c| *c != '_').collect();
    plain.eq_ignore_ascii_case(name)
}

/// The operation's paging; `Ok(None)` when it does not look paged;
/// `Err` with the reason when it looks paged but fits no rule. `loose`:
/// member names match ignoring case and `_` (resource-style operations).
fn paging(spec: &Spec, op: &Operation, loose: bool) -> Result<Option<Paging>, String> {
    // Where the position and size go: query or body, never the path or a header.
    let input = |name: &str| {
        op.input.iter().find(|m| {
            is_named(&m.name, name, loose)
                && !matches!(m.location, Some(Location::Path | Location::Header))
        })
    };
    // Numbers: integers, or text (some ECS operations declare page numbers as text).
    let integer = |name: &str| {
        input(name).filter(|m| match m.ty {
            Type::Integer { .. } => true,
            Type::String { .. } => m.constraints.enum_values.is_empty(),
            _ => false,
        })
    };
    let text = |name: &str| {
        input(name)
            .filter(|m| matches!(m.ty, Type::String { .. }) && m.constraints.enum_values.is_empty())
    };
    let looks_paged = PAGING_MEMBERS.iter().any(|n| input(n).is_some());
    if !looks_paged {
        return Ok(None);
    }
    let candidates = [
        (
            PageStyle::Token,
            text("NextToken").is_some(),
            "NextToken",
            integer("MaxResults").map(|_| "MaxResults"),
            "NextToken",
        ),
        (
            PageStyle::PageNumber,
            integer("PageNumber").is_some() && integer("PageSize").is_some(),
            "PageNumber",
            Some("PageSize"),
            "TotalCount",
        ),
        (
            PageStyle::Offset,
            integer("Offset").is_some() && integer("Limit").is_some(),
            "Offset",
            Some("Limit"),
            "TotalCount",
        ),
    ];
    let mut reasons = Vec::new();
    for (style, request_fits, position, size, marker) in candidates {
        if !request_fits {
            continue;
        }
        // The members' own wire names.
        let position = input(position).map_or(position, |m| m.name.as_str());
        let size = size.and_then(&input).map(|m| m.name.as_str());
        let Some((container, marker_path)) = find_marker(spec, &op.output, marker, loose) else {
            reasons.push(format!(
                "the request pages by {position} but the response has no `{marker}`"
            ));
            continue;
        };
        let marker_type_fits = container.iter().any(|m| {
            is_named(&m.name, marker, loose)
                && match style {
                    PageStyle::Token => matches!(m.ty, Type::String { .. }),
                    _ => matches!(m.ty, Type::Integer { .. } | Type::String { .. }),
                }
        });
        if !marker_type_fits {
            reasons.push(format!("the response's `{marker}` is not of a usable type"));
            continue;
        }
        // The items are beside the marker; a marker inside an object of
        // its own (`page_info.total_count`) may have them at the root.
        let mut lists = item_lists(spec, container);
        let mut prefix: Vec<String> = marker_path[..marker_path.len() - 1].to_vec();
        if lists.is_empty() && !prefix.is_empty() {
            lists = item_lists(spec, &op.output);
            prefix.clear();
        }
        match lists.as_slice() {
            [one] => {
                let mut items = prefix;
                items.extend(one.iter().cloned());
                return Ok(Some(Paging {
                    style,
                    position: position.to_owned(),
                    size: size.map(str::to_owned),
                    marker: marker_path,
                    items,
                }));
            }
            [] => reasons.push(format!("pages by {position} but no list of objects beside `{marker}`")),
            many => reasons.push(format!(
                "pages by {position} but has {} lists of objects ({}); which one holds the items is not clear",
                many.len(),
                many.iter().map(|p| p.join(".")).collect::<Vec<_>>().join(", ")
            )),
        }
    }
    if reasons.is_empty() {
        let taken: Vec<&str> = PAGING_MEMBERS
            .iter()
            .copied()
            .filter(|n| input(n).is_some())
            .collect();
        reasons.push(format!(
            "takes {} but not a whole request side of any style",
            taken.join(", ")
        ));
    }
    Err(reasons.join("; "))
}

/// The members of an object or shape type, if it is one.
fn members_of<'a>(spec: &'a Spec, ty: &'a Type) -> Option<&'a [Member]> {
    match ty {
        Type::Object { members } => Some(members),
        Type::Ref { name } => spec.shape(name).map(|s| s.members.as_slice()),
        _ => None,
    }
}

/// Where `name` is: at the root (`[name]`) or inside the one root object
/// member that has it (`[object, name]`); with the members beside it.
fn find_marker<'a>(
    spec: &'a Spec,
    root: &'a [Member],
    name: &str,
    loose: bool,
) -> Option<(&'a [Member], Vec<String>)> {
    if let Some(m) = root.iter().find(|m| is_named(&m.name, name, loose)) {
        return Some((root, vec![m.name.clone()]));
    }
    let mut inside = root.iter().filter_map(|m| {
        let members = members_of(spec, &m.ty)?;
        members
            .iter()
            .find(|x| is_named(&x.name, name, loose))
            .map(|x| (members, vec![m.name.clone(), x.name.clone()]))
    });
    let first = inside.next()?;
    inside.next().is_none().then_some(first)
}

/// The lists of objects among `members`: direct, or as the only member of
/// a wrapper object. Each as its path of wire names.
fn item_lists(spec: &Spec, members: &[Member]) -> Vec<Vec<String>> {
    let is_object_list =
        |ty: &Type| matches!(ty, Type::List { items } if members_of(spec, items).is_some());
    let mut out = Vec::new();
    for m in members {
        if is_object_list(&m.ty) {
            out.push(vec![m.name.clone()]);
        } else if let Some([only]) = members_of(spec, &m.ty) {
            if is_object_list(&only.ty) {
                out.push(vec![m.name.clone(), only.name.clone()]);
            }
        }
    }
    out
}
