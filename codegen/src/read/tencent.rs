//! Tencent Cloud `api.json`: `metadata`, `actions`, `objects`.

use super::{MetadataError, Node, Report};
use crate::model::{Constraints, IntFormat, Member, Operation, Shape, Spec, Style, Type, Vendor};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn read(root: &Node<'_>, report: &mut Report) -> Result<Spec, MetadataError> {
    let metadata = root.req("metadata")?;
    let version = metadata.req_str("apiVersion")?.to_owned();
    let product = metadata.req_str("serviceShortName")?.to_owned();

    let mut objects: BTreeMap<String, Vec<Member>> = BTreeMap::new();
    for (name, object) in root.req("objects")?.entries()? {
        let mut members = Vec::new();
        for m in object.req("members")?.items()? {
            let mut member = read_member(&m)?;
            super::fit_example(&mut member, report);
            members.push(member);
        }
        objects.insert(name.to_owned(), members);
    }
    // Every reference must name an object.
    for (name, members) in &objects {
        for m in members {
            if let Some(target) = ref_name(&m.ty).filter(|t| !objects.contains_key(*t)) {
                return Err(root.req("objects")?.req(name)?.error(&format!(
                    "member `{}` to name an object, not `{target}`",
                    m.name
                )));
            }
        }
    }

    let mut operations = Vec::new();
    let mut by_verb = Vec::new();
    let mut io_objects = BTreeSet::new();
    for (name, action) in root.req("actions")?.entries()? {
        let members_of = |key: &str| -> Result<Vec<Member>, MetadataError> {
            let field = action.req(key)?;
            let object = field.str()?;
            objects.get(object).cloned().ok_or_else(|| {
                field.error(&format!("the name of an object (`{object}` is not one)"))
            })
        };
        let input = members_of("input")?;
        let output = members_of("output")?;
        io_objects.insert(action.req_str("input")?.to_owned());
        io_objects.insert(action.req_str("output")?.to_owned());
        let deprecated = matches!(
            action.get("status").map(|s| s.str()).transpose()?,
            Some("deprecated" | "offline")
        );
        let read_only = super::verb_says_read(name);
        by_verb.push((name.to_owned(), read_only));
        operations.push(Operation {
            path: None,
            answer: crate::model::Answer::Object,
            answer_shape: None,
            name: name.to_owned(),
            methods: vec!["POST".into(), "GET".into()],
            deprecated,
            input,
            output,
            errors: Vec::new(),
            read_only,
            anonymous: false,
            idempotency_token: None,
            paging: None,
        });
    }
    super::report_verb_rule(&by_verb, report);

    // Shapes: every object that is not only an action's input or output.
    let referenced: BTreeSet<&str> = objects
        .values()
        .flatten()
        .filter_map(|m| ref_name(&m.ty))
        .collect();
    let mut shapes = Vec::new();
    for (name, members) in &objects {
        if io_objects.contains(name) && !referenced.contains(name.as_str()) {
            continue;
        }
        shapes.push(Shape {
            name: name.clone(),
            members: members.clone(),
        });
    }
    for m in objects.values().flatten().filter(|m| m.deprecated) {
        report.note(format!(
            "member `{}` is disabled by the vendor; kept, marked deprecated",
            m.name
        ));
    }
    Ok(Spec {
        resource_style: None,
        vendor: Vendor::Tencent,
        endpoint_code: product.clone(),
        product,
        version,
        source: None,
        crate_version: None,
        endpoints: Vec::new(),
        operations,
        shapes,
    })
}

fn ref_name(ty: &Type) -> Option<&str> {
    match ty {
        Type::Ref { name } => Some(name),
        Type::List { items } => ref_name(items),
        _ => None,
    }
}

fn read_member(m: &Node<'_>) -> Result<Member, MetadataError> {
    let kind = m.req("type")?;
    let member = m.req("member")?;
    let scalar_or_ref = |name: &str| -> Type {
        match name {
            "string" | "datetime" | "datetime_iso" | "date" => Type::String {
                format: (name != "string").then(|| name.to_owned()),
            },
            "binary" => Type::Binary,
            "int64" | "int" => Type::Integer {
                format: IntFormat::Int64,
            },
            "uint64" => Type::Integer {
                format: IntFormat::Uint64,
            },
            "int32" => Type::Integer {
                format: IntFormat::Int32,
            },
            "float" | "double" => Type::Number,
            "bool" => Type::Boolean,
            other => Type::Ref {
                name: other.to_owned(),
            },
        }
    };
    let ty = match kind.str()? {
        "string" | "int" | "float" | "bool" | "binary" => scalar_or_ref(member.str()?),
        "list" => Type::List {
            items: Box::new(scalar_or_ref(member.str()?)),
        },
        "object" => Type::Ref {
            name: member.str()?.to_owned(),
        },
        _ => return Err(kind.error("a type of string, int, float, bool, binary, list or object")),
    };
    if matches!(kind.str()?, "string" | "int" | "float" | "bool" | "binary")
        && matches!(ty, Type::Ref { .. })
    {
        return Err(member.error("a scalar member type (string, int64, uint64, float, bool, …)"));
    }
    Ok(Member {
        name: m.req_str("name")?.to_owned(),
        location: None,
        style: Style::Plain,
        ty,
        required: m.flag("required")?,
        required_later: false,
        deprecated: m.flag("disabled")?,
        constraints: Constraints {
            example: super::example(m)?,
            ..Constraints::default()
        },
        file_url: false,
        wire: None,
    })
}
