//! Rust types for requests, responses and shapes: naming, field types, docs.
//!
//! Request-side types (what users build) have required members as plain
//! fields set by `new(…)`, optional ones as `Option` with chainable setters.
//! Response-side types have every member optional so real responses that
//! omit or add members still decode. A type reachable from both sides is
//! treated as a response type.

use crate::model::{IntFormat, Member, Spec, Style, Type, Vendor};
use crate::naming::{field_name, holds_secret, type_name, Scope};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

/// Which side of the wire a type is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// Built by the user, sent to the service.
    Input,
    /// Decoded from the service.
    Output,
}

/// A struct to emit.
pub(crate) struct StructDef {
    pub name: String,
    pub doc: String,
    pub fields: Vec<FieldDef>,
    /// Requests can hold it: it gets `new` and setters (request types, and
    /// shared models a request reaches even when responses hold them too).
    pub buildable: bool,
}

/// One field of a [`StructDef`].
pub(crate) struct FieldDef {
    pub rust: String,
    pub wire: String,
    /// The value type, without the `Option` an optional field adds.
    pub ty: TokenStream,
    /// How constructors and setters take the value.
    pub takes: Takes,
    /// The field holds the value itself (not an `Option`): a required
    /// member of a request type.
    pub required: bool,
    /// `new` takes it: required by the metadata, in a type requests build
    /// (a shared model keeps the field optional so answers still decode).
    pub asked: bool,
    pub sensitive: bool,
    /// The vendor marks the member deprecated: its setter says so.
    pub deprecated: bool,
    pub doc: String,
    /// The member is an object that only wraps one list (`Instances`
    /// around `Instance`): the wrapped list's field and its type, for an
    /// accessor that sees through the wrapper.
    pub wraps: Option<(String, TokenStream)>,
}

/// How a constructor or setter takes a member's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Takes {
    /// `impl Into<String>`.
    Text,
    /// `impl Into<T>` (string enums, from `&str` too).
    Into,
    /// The type itself.
    Plain,
    /// A list of text: any `IntoIterator` of `impl Into<T>` (`&str`,
    /// `String`), where `T` is the item type.
    TextList,
}

/// A string enum to emit: its name and the metadata's values.
pub(crate) struct EnumDef {
    pub name: String,
    pub wire: String,
    pub values: Vec<String>,
}

/// Names of shapes (Tencent) and which ones are input-only.
pub(crate) struct Shapes {
    pub names: BTreeMap<String, String>,
    pub input_only: BTreeSet<String>,
    /// Shapes some request reaches (whether or not a response does too).
    pub from_input: BTreeSet<String>,
    /// (shape, member) pairs that hold a shape which holds the first again,
    /// directly (not through a list): those fields are boxed, or the type
    /// would have infinite size.
    pub boxed: BTreeSet<(String, String)>,
    /// Objects several operations declare alike, generated once in `models`.
    pub merged: super::merge::Merged,
}

impl Shapes {
    pub(crate) fn of(spec: &Spec) -> Shapes {
        let mut scope = Scope::default();
        let names: BTreeMap<String, String> = spec
            .shapes
            .iter()
            .map(|s| (s.name.clone(), scope.claim(type_name(&s.name))))
            .collect();
        let taken: Vec<&str> = names.values().map(String::as_str).collect();
        let merged = super::merge::Merged::of(spec, &taken);
        // Shapes reachable from any response are output types; the rest
        // (reachable only from requests) are input types.
        let mut from_output = BTreeSet::new();
        let mut from_input = BTreeSet::new();
        for op in &spec.operations {
            reach(spec, &op.output, &mut from_output);
            reach(spec, &op.input, &mut from_input);
            // A `$ref` answer is the shape itself.
            if let Some(shape) = &op.answer_shape {
                from_output.insert(shape.clone());
            }
        }
        let input_only = from_input.difference(&from_output).cloned().collect();
        let reached_from_input = from_input.clone();
        let mut boxed = BTreeSet::new();
        for shape in &spec.shapes {
            for m in &shape.members {
                if let Type::Ref { name } = &m.ty {
                    if holds_directly(spec, name, &shape.name, &mut BTreeSet::new()) {
                        boxed.insert((shape.name.clone(), m.name.clone()));
                    }
                }
            }
        }
        Shapes {
            names,
            input_only,
            from_input: reached_from_input,
            boxed,
            merged,
        }
    }

    pub(crate) fn side(&self, shape: &str) -> Side {
        if self.input_only.contains(shape) {
            Side::Input
        } else {
            Side::Output
        }
    }
}

/// True when shape `from` contains shape `target` by value: as a member,
/// or inside such a member, never through a list.
fn holds_directly(spec: &Spec, from: &str, target: &str, seen: &mut BTreeSet<String>) -> bool {
    if from == target {
        return true;
    }
    if !seen.insert(from.to_owned()) {
        return false;
    }
    spec.shape(from).is_some_and(|shape| {
        shape.members.iter().any(|m| match &m.ty {
            Type::Ref { name } => holds_directly(spec, name, target, seen),
            _ => false,
        })
    })
}

fn reach(spec: &Spec, members: &[Member], seen: &mut BTreeSet<String>) {
    for m in members {
        let mut ty = &m.ty;
        while let Type::List { items: inner } | Type::Map { values: inner } = ty {
            ty = inner;
        }
        match ty {
            Type::Ref { name } if seen.insert(name.clone()) => {
                if let Some(shape) = spec.shape(name) {
                    reach(spec, &shape.members, seen);
                }
            }
            Type::Object { members } => reach(spec, members, seen),
            _ => {}
        }
    }
}

/// Builds the structs of one scope (an operation module, or `models`),
/// naming nested objects from their property path.
pub(crate) struct Builder<'a> {
    pub shapes: &'a Shapes,
    pub scope: Scope,
    pub structs: Vec<StructDef>,
    pub enums: Vec<EnumDef>,
    /// The type of each response object, by its path of wire names
    /// (`Instances.Instance`).
    pub output_paths: BTreeMap<String, TokenStream>,
    /// Structs added from now on are buildable even on the output side
    /// (a shared model that requests reach).
    pub shared_input: bool,
    /// The value being typed is a list's item (its name is singular).
    in_list: bool,
    /// For the object last typed, when it only wraps a list: that list's
    /// field and type (see [`FieldDef::wraps`]).
    wrapped: Option<(String, TokenStream)>,
}

impl<'a> Builder<'a> {
    pub(crate) fn new(shapes: &'a Shapes, reserved: &[&str]) -> Self {
        Builder {
            shapes,
            scope: Scope::with(reserved),
            structs: Vec::new(),
            enums: Vec::new(),
            output_paths: BTreeMap::new(),
            shared_input: false,
            in_list: false,
            wrapped: None,
        }
    }

    /// Adds a struct named `name` for `members`; the members named in
    /// `boxed` hold their value in a `Box` (see [`Shapes::boxed`]).
    pub(crate) fn add_struct(
        &mut self,
        name: String,
        doc: String,
        side: Side,
        members: &[Member],
        path: &[&str],
        boxed: &BTreeSet<&str>,
    ) {
        let mut field_scope = Scope::default();
        let mut fields = Vec::with_capacity(members.len());
        for m in members {
            let mut member_path = path.to_vec();
            member_path.push(&m.name);
            let (mut ty, takes) = match self.enum_type(m, side, &member_path) {
                Some(ty) => (ty, Takes::Into),
                None => self.value_type(&m.ty, side, &member_path),
            };
            if boxed.contains(m.name.as_str()) {
                ty = quote!(::std::boxed::Box<#ty>);
            }
            let wraps = match &m.ty {
                Type::Object { .. } => self.wrapped.take(),
                _ => None,
            };
            fields.push(FieldDef {
                wraps,
                rust: field_scope.claim(field_name(&m.name)),
                wire: m.name.clone(),
                ty,
                takes,
                // A member required only since the crate was first
                // generated is a setter, checked before any I/O instead.
                required: side == Side::Input && m.required && !m.required_later,
                asked: m.required
                    && !m.required_later
                    && (side == Side::Input || self.shared_input),
                sensitive: holds_secret(m),
                deprecated: m.deprecated,
                doc: member_doc(m, side, m.required && self.shared_input),
            });
        }
        self.structs.push(StructDef {
            name,
            doc,
            fields,
            buildable: side == Side::Input || self.shared_input,
        });
    }

    /// A request member's text with allowed values becomes a string enum
    /// (with an `Unknown` fallback, so values the metadata lacks still pass).
    fn enum_type(&mut self, m: &Member, side: Side, path: &[&str]) -> Option<TokenStream> {
        if side != Side::Input
            || !matches!(m.ty, Type::String { .. })
            || m.constraints.enum_values.is_empty()
        {
            return None;
        }
        let name = self.nested_name(path, false, side);
        let mut values = m.constraints.enum_values.clone();
        values.dedup();
        self.enums.push(EnumDef {
            name: name.clone(),
            wire: m.name.clone(),
            values,
        });
        let ident = format_ident!("{}", name);
        Some(quote!(#ident))
    }

    /// The Rust type of a value, and how setters take it.
    fn value_type(&mut self, ty: &Type, side: Side, path: &[&str]) -> (TokenStream, Takes) {
        let item = std::mem::take(&mut self.in_list);
        match ty {
            Type::String { .. } if side == Side::Input => {
                (quote!(::std::string::String), Takes::Text)
            }
            // Decoded text is `Text`: short values stay inline, which spares
            // a response one allocation per string member.
            Type::String { .. } => (quote!(::yun_core::Text), Takes::Into),
            Type::Integer { format } => (
                match (format, side) {
                    (IntFormat::Uint64, _) => quote!(u64),
                    (IntFormat::Int32, Side::Input) => quote!(i32),
                    // Responses widen to i64: a value beyond the declared
                    // width must still decode.
                    _ => quote!(i64),
                },
                Takes::Plain,
            ),
            Type::Number => (quote!(f64), Takes::Plain),
            Type::Boolean => (quote!(bool), Takes::Plain),
            Type::Any => (quote!(::serde_json::Value), Takes::Plain),
            // Bytes go up as a file part; a response has no such thing, but
            // should one say so, it arrives as text.
            Type::Binary if side == Side::Input => (quote!(::yun_core::binary::Blob), Takes::Into),
            Type::Binary => (quote!(::yun_core::Text), Takes::Into),
            Type::List { items } => {
                self.in_list = true;
                let (inner, takes) = self.value_type(items, side, path);
                let takes = match (items.as_ref(), takes) {
                    (Type::String { .. }, _) => Takes::TextList,
                    _ => Takes::Plain,
                };
                (quote!(::std::vec::Vec<#inner>), takes)
            }
            Type::Map { values } => {
                let (inner, _) = self.value_type(values, side, path);
                (
                    quote!(::std::collections::BTreeMap<::std::string::String, #inner>),
                    Takes::Plain,
                )
            }
            Type::Ref { name } => {
                let rust = self
                    .shapes
                    .names
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| type_name(name));
                let ident = format_ident!("{}", rust);
                (quote!(crate::models::#ident), Takes::Plain)
            }
            Type::Object { members } => {
                if let Some(model) = self.shapes.merged.name_of(side, members) {
                    let ident = format_ident!("{}", model);
                    let ty = quote!(crate::models::#ident);
                    self.wrapped = self.wrapped_list(side, members, path);
                    if side == Side::Output {
                        self.output_paths.insert(path.join("."), ty.clone());
                        self.merged_paths(members, path);
                    }
                    return (ty, Takes::Plain);
                }
                let name = self.nested_name(path, item, side);
                let doc = format!(
                    "The `{}` object{}.",
                    path.join("."),
                    if side == Side::Input {
                        " of the request"
                    } else {
                        " of the response"
                    }
                );
                let ident = format_ident!("{}", name);
                if side == Side::Output {
                    self.output_paths.insert(path.join("."), quote!(#ident));
                }
                self.add_struct(name.clone(), doc, side, members, path, &BTreeSet::new());
                self.wrapped = self.structs.last().and_then(|def| {
                    let field = def.fields.first()?;
                    self.wraps_a_list(side, members)
                        .then(|| (field.rust.clone(), field.ty.clone()))
                });
                (quote!(#ident), Takes::Plain)
            }
        }
    }

    /// Records the models of the objects inside a merged answer object
    /// (they are merged too: the same operations declare them), so a
    /// paginator finds its item type below one (`Data.Bindings`).
    fn merged_paths(&mut self, members: &[Member], path: &[&str]) {
        for m in members {
            let mut ty = &m.ty;
            while let Type::List { items: inner } | Type::Map { values: inner } = ty {
                ty = inner;
            }
            let Type::Object { members: inner } = ty else {
                continue;
            };
            let mut member_path = path.to_vec();
            member_path.push(&m.name);
            if let Some(model) = self.shapes.merged.name_of(Side::Output, inner) {
                let ident = format_ident!("{}", model);
                self.output_paths
                    .insert(member_path.join("."), quote!(crate::models::#ident));
            }
            self.merged_paths(inner, &member_path);
        }
    }

    /// An answer's object whose one member is a list: it only wraps it.
    fn wraps_a_list(&self, side: Side, members: &[Member]) -> bool {
        side == Side::Output && matches!(members, [only] if matches!(only.ty, Type::List { .. }))
    }

    /// For a merged object that only wraps a list, that list's field and
    /// type, as its model declares them (the list's items are merged too:
    /// the same operations declare them).
    fn wrapped_list(
        &mut self,
        side: Side,
        members: &[Member],
        path: &[&str],
    ) -> Option<(String, TokenStream)> {
        if !self.wraps_a_list(side, members) {
            return None;
        }
        let list = &members[0];
        let mut list_path = path.to_vec();
        list_path.push(&list.name);
        let (ty, _) = self.value_type(&list.ty, side, &list_path);
        Some((Scope::default().claim(field_name(&list.name)), ty))
    }

    /// A nested object's name: its last path segment (in the singular for a
    /// list's item: `Clusters` holds `Cluster`s), or more of the path when
    /// that is taken in this scope, a wrapper's name left out where it
    /// repeats what it wraps (`Instance`, `Tags`, `Tag` gives `InstanceTag`,
    /// never `TagsTag`).
    fn nested_name(&mut self, path: &[&str], item: bool, side: Side) -> String {
        let mut words: Vec<String> = path.iter().map(|w| (*w).to_owned()).collect();
        if let Some(last) = words.last_mut().filter(|_| item) {
            *last = singular(last);
        }
        for start in (0..words.len()).rev() {
            let candidate = type_name(&without_wrappers(&words[start..]));
            if self.scope.is_free(&candidate) {
                return self.scope.claim(candidate);
            }
        }
        // The whole path is taken (the request holds a `Tag` and so does the
        // response): the side says which.
        let prefix = match side {
            Side::Input => "Request",
            Side::Output => "Response",
        };
        let whole = type_name(&format!("{prefix}_{}", without_wrappers(&words)));
        self.scope.claim(whole)
    }
}

/// The singular of an English plural, by rule (`Policies` → `Policy`,
/// `Addresses` → `Address`, `Clusters` → `Cluster`, `IPs` → `IP`); a word
/// that does not look plural (`Status`, `Analysis`, `Series`, `Data`) is
/// kept.
pub(crate) fn singular(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    for (plural, one) in [("vertices", "ex"), ("indices", "ex"), ("matrices", "ix")] {
        if lower.ends_with(plural) && word.len() >= 4 {
            return format!("{}{one}", &word[..word.len() - 4]);
        }
    }
    let keep = ["ss", "us", "is", "as", "os", "series", "species", "news"];
    if !lower.ends_with('s') || keep.iter().any(|k| lower.ends_with(k)) || word.len() < 3 {
        return word.to_owned();
    }
    let cut = |n: usize| word[..word.len() - n].to_owned();
    if lower.ends_with("ies") {
        return format!(
            "{}{}",
            cut(3),
            if word.ends_with("IES") { "Y" } else { "y" }
        );
    }
    if ["sses", "xes", "ches", "shes", "zes"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return cut(2);
    }
    cut(1)
}

/// Path segments joined with `_`, a segment left out where its singular is
/// the next one's (a wrapper named for what it holds: `Tags` around `Tag`).
pub(crate) fn without_wrappers(words: &[String]) -> String {
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let wraps_next = words
            .get(i + 1)
            .is_some_and(|next| singular(word).eq_ignore_ascii_case(&singular(next)));
        if !wraps_next {
            kept.push(word);
        }
    }
    kept.join("_")
}

/// A member's doc, written from the metadata's facts.
/// `asked_in_requests`: a member of a shared object that requests must set
/// whenever they send the object.
fn member_doc(m: &Member, side: Side, asked_in_requests: bool) -> String {
    let mut doc = format!("`{}`", m.wire_name());
    if side == Side::Input {
        let mut traits = Vec::new();
        use crate::model::Location;
        match m.location {
            Some(Location::Query) => traits.push("query".to_owned()),
            Some(Location::Body) => traits.push("form body".to_owned()),
            Some(Location::Path) => traits.push("in the path".to_owned()),
            Some(Location::Header) => traits.push("header".to_owned()),
            Some(Location::JsonBody) => traits.push("JSON body".to_owned()),
            Some(Location::Payload) => traits.push("the whole body".to_owned()),
            None => {}
        }
        match m.style {
            Style::RepeatList => traits.push(format!("sent as `{}.1`, `{}.2`, …", m.name, m.name)),
            Style::Flat => traits.push(format!("sent as `{}.<member>`", m.name)),
            Style::Json => traits.push("sent as JSON text".to_owned()),
            Style::Simple => traits.push(format!("sent as one comma-separated `{}`", m.name)),
            Style::Plain => {}
        }
        if !traits.is_empty() {
            doc.push_str(&format!(" ({})", traits.join(", ")));
        }
        doc.push('.');
        if m.required_later {
            doc.push_str(
                " Required since this crate was first generated: set it with its setter \
                 (checked before any I/O).",
            );
        } else if m.required {
            doc.push_str(" Required.");
        }
    } else {
        doc.push('.');
        if asked_in_requests {
            doc.push_str(" Required in a request that sends this object (checked before any I/O).");
        }
    }
    if m.deprecated {
        doc.push_str(" Deprecated by the vendor.");
    }
    let c = &m.constraints;
    if !c.enum_values.is_empty() {
        let values: Vec<String> = c.enum_values.iter().map(|v| code(v)).collect();
        doc.push_str(&format!("\n\nAllowed values: {}.", values.join(", ")));
    }
    match (&c.minimum, &c.maximum) {
        (Some(lo), Some(hi)) => doc.push_str(&format!("\n\nFrom {lo} to {hi}.")),
        (Some(lo), None) => doc.push_str(&format!("\n\nAt least {lo}.")),
        (None, Some(hi)) => doc.push_str(&format!("\n\nAt most {hi}.")),
        (None, None) => {}
    }
    match (c.min_items, c.max_items) {
        (Some(lo), Some(hi)) => doc.push_str(&format!("\n\nFrom {lo} to {hi} items.")),
        (Some(lo), None) => doc.push_str(&format!("\n\nAt least {lo} items.")),
        (None, Some(hi)) => doc.push_str(&format!("\n\nAt most {hi} items.")),
        (None, None) => {}
    }
    if let Some(n) = c.max_length {
        doc.push_str(&format!("\n\nAt most {n} characters."));
    }
    if let Some(p) = &c.pattern {
        doc.push_str(&format!("\n\nMatches {}.", code(p)));
    }
    if let Some(d) = &c.default {
        doc.push_str(&format!("\n\nDefault: {}.", code(d)));
    }
    if let Some(e) = &c.example {
        doc.push_str(&format!("\n\nExample: {}.", code(e)));
        match m.json_text_example() {
            Some(true) if side == Side::Input => doc.push_str(
                " The service reads this text as a JSON list: pass e.g. \
                 `serde_json::json!([\"a\", \"b\"]).to_string()`.",
            ),
            Some(false) if side == Side::Input => doc.push_str(
                " The service reads this text as a JSON object: pass e.g. \
                 `serde_json::json!({\"key\": \"value\"}).to_string()`.",
            ),
            _ => {}
        }
    }
    doc
}

/// Text as inline code, safe in rustdoc whatever it holds.
pub(crate) fn code(text: &str) -> String {
    let ticks = if text.contains('`') { "`` " } else { "`" };
    let close = if text.contains('`') { " ``" } else { "`" };
    format!("{ticks}{text}{close}")
}

/// Emits a struct with its constructor, setters and serde attributes.
pub(crate) fn emit_struct(def: &StructDef) -> TokenStream {
    let name = format_ident!("{}", def.name);
    let doc = super::doc(&def.doc);
    let has_required = def.fields.iter().any(|f| f.required);

    let fields = def.fields.iter().map(|f| {
        let ident = syn::parse_str::<syn::Ident>(&f.rust).expect("naming makes valid identifiers");
        let wire = &f.wire;
        let ty = &f.ty;
        let doc = super::doc(&f.doc);
        if f.required {
            quote! {
                #doc
                #[serde(rename = #wire)]
                pub #ident: #ty,
            }
        } else {
            quote! {
                #doc
                #[serde(rename = #wire, skip_serializing_if = "::std::option::Option::is_none")]
                pub #ident: ::std::option::Option<#ty>,
            }
        }
    });

    let mut derives = vec![quote!(Clone), quote!(PartialEq)];
    if !has_required {
        derives.push(quote!(Default));
    }
    let debug_impl = debug_impl(def);
    let decode_impl = decode_impl(def);
    let inherent = if def.buildable {
        Some(constructor_and_setters(def))
    } else {
        wrapper_accessors(def)
    };
    quote! {
        #doc
        #[derive(#(#derives,)* ::serde::Serialize)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }
        #inherent
        #debug_impl
        #decode_impl
    }
}

fn constructor_and_setters(def: &StructDef) -> TokenStream {
    let name = format_ident!("{}", def.name);
    let mut methods = Scope::with(&["new"]);
    let required: Vec<&FieldDef> = def.fields.iter().filter(|f| f.asked).collect();
    let params = required.iter().map(|f| {
        let ident = syn::parse_str::<syn::Ident>(&f.rust).expect("valid identifier");
        let ty = &f.ty;
        match f.takes {
            Takes::Text => quote!(#ident: impl ::std::convert::Into<::std::string::String>),
            Takes::Into => quote!(#ident: impl ::std::convert::Into<#ty>),
            Takes::Plain => quote!(#ident: #ty),
            Takes::TextList => {
                let item = list_item(ty);
                quote!(#ident: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#item>>)
            }
        }
    });
    let inits = def.fields.iter().map(|f| {
        let ident = syn::parse_str::<syn::Ident>(&f.rust).expect("valid identifier");
        let value = match f.takes {
            Takes::Text | Takes::Into => quote!(#ident.into()),
            Takes::Plain => quote!(#ident),
            Takes::TextList => quote!(#ident.into_iter().map(::std::convert::Into::into).collect()),
        };
        match (f.asked, f.required) {
            (true, true) if f.takes == Takes::Plain => quote!(#ident),
            (true, true) => quote!(#ident: #value),
            (true, false) => quote!(#ident: ::std::option::Option::Some(#value)),
            (false, _) => quote!(#ident: ::std::option::Option::None),
        }
    });
    let new_doc = if required.is_empty() {
        format!("An empty `{}`; set members with the setters.", def.name)
    } else {
        let names: Vec<String> = required.iter().map(|f| format!("`{}`", f.wire)).collect();
        format!(
            "A `{}` with its required members: {}.",
            def.name,
            names.join(", ")
        )
    };
    let setters = def.fields.iter().filter(|f| !f.required).map(|f| {
        let field = syn::parse_str::<syn::Ident>(&f.rust).expect("valid identifier");
        let setter =
            syn::parse_str::<syn::Ident>(&methods.claim(f.rust.clone())).expect("valid identifier");
        let ty = &f.ty;
        let mut doc = super::doc(&format!("Sets `{}`.", f.wire));
        if f.deprecated {
            doc.extend(quote!(#[deprecated(note = "deprecated by the vendor")]));
        }
        let into = match f.takes {
            Takes::Text => Some(quote!(::std::string::String)),
            Takes::Into => Some(ty.clone()),
            Takes::Plain => None,
            Takes::TextList => {
                let item = list_item(ty);
                return quote! {
                    #doc
                    pub fn #setter(
                        mut self,
                        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#item>>,
                    ) -> Self {
                        self.#field = ::std::option::Option::Some(
                            value.into_iter().map(::std::convert::Into::into).collect(),
                        );
                        self
                    }
                };
            }
        };
        if let Some(target) = into {
            quote! {
                #doc
                pub fn #setter(mut self, value: impl ::std::convert::Into<#target>) -> Self {
                    self.#field = ::std::option::Option::Some(value.into());
                    self
                }
            }
        } else {
            quote! {
                #doc
                pub fn #setter(mut self, value: #ty) -> Self {
                    self.#field = ::std::option::Option::Some(value);
                    self
                }
            }
        }
    });
    let new_doc = super::doc(&new_doc);
    quote! {
        impl #name {
            #new_doc
            #[allow(clippy::new_without_default, clippy::too_many_arguments)]
            pub fn new(#(#params),*) -> Self {
                Self { #(#inits,)* }
            }
            #(#setters)*
        }
    }
}

/// The item type of a `::std::vec::Vec<T>` token stream.
/// An enum's variants, named after their wire values: values that differ
/// only in letter case (`Finished`, `finished`) are one variant, sent as the
/// first listed and read from either; values whose names collide otherwise
/// (`a-b`, `a_b`) spell their punctuation out (`ADashB`, `AUnderscoreB`);
/// a listed `unknown` is `UnknownValue` (`Unknown` is the catch-all). Never
/// a number.
fn enum_variants(values: &[String]) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut taken = Scope::with(&["Unknown"]);
    for value in values {
        if let Some((_, same)) = out
            .iter_mut()
            .find(|(_, vs)| vs[0].eq_ignore_ascii_case(value))
        {
            if !same.contains(value) {
                same.push(value.clone());
            }
            continue;
        }
        let plain = match type_name(value) {
            _ if value.is_empty() => "Empty".to_owned(),
            // The catch-all holds `Unknown`; a listed value of that name is
            // the value `unknown`.
            name if name == "Unknown" => "UnknownValue".to_owned(),
            name => name,
        };
        let name = if taken.is_free(&plain) {
            plain
        } else {
            let spelled: String = value
                .chars()
                .map(|c| match c {
                    '-' => "_dash_".to_owned(),
                    '_' => "_underscore_".to_owned(),
                    '.' => "_dot_".to_owned(),
                    ' ' => "_space_".to_owned(),
                    '/' => "_slash_".to_owned(),
                    ':' => "_colon_".to_owned(),
                    c if c.is_ascii_alphanumeric() => c.to_string(),
                    _ => "_x_".to_owned(),
                })
                .collect();
            type_name(&spelled)
        };
        out.push((taken.claim(name), vec![value.clone()]));
    }
    out
}

/// For an answer's members that only wrap a list (`Instances` around
/// `Instance`), an accessor of the same name that sees through the wrapper:
/// `response.instances()` is the `&[Instance]` (empty when absent).
fn wrapper_accessors(def: &StructDef) -> Option<TokenStream> {
    let accessors: Vec<TokenStream> = def
        .fields
        .iter()
        .filter_map(|f| {
            let (inner, list_ty) = f.wraps.as_ref()?;
            let ident = syn::parse_str::<syn::Ident>(&f.rust).ok()?;
            let inner = syn::parse_str::<syn::Ident>(inner).ok()?;
            let item = list_item(list_ty);
            let doc = super::doc(&format!(
                "The items of `{}` (through its wrapper), empty when absent.",
                f.wire
            ));
            Some(quote! {
                #doc
                pub fn #ident(&self) -> &[#item] {
                    self.#ident.as_ref().and_then(|w| w.#inner.as_deref()).unwrap_or(&[])
                }
            })
        })
        .collect();
    if accessors.is_empty() {
        return None;
    }
    let name = format_ident!("{}", def.name);
    Some(quote! {
        impl #name {
            #(#accessors)*
        }
    })
}

fn list_item(ty: &TokenStream) -> TokenStream {
    let parsed: syn::Type = syn::parse2(ty.clone()).expect("a type");
    if let syn::Type::Path(path) = &parsed {
        if let Some(syn::PathArguments::AngleBracketed(args)) =
            path.path.segments.last().map(|s| &s.arguments)
        {
            if let Some(syn::GenericArgument::Type(item)) = args.args.first() {
                return quote!(#item);
            }
        }
    }
    ty.clone()
}

/// `Decode` (yun-core's JSON reader): one pass over the object's members,
/// unknown members skipped, a later duplicate winning. The reader finds
/// each member's index in `NAMES` (checking first the member that followed
/// the previous one last time, which `ORDER` remembers), and a switch on
/// the index stores the value.
fn decode_impl(def: &StructDef) -> TokenStream {
    let name = format_ident!("{}", def.name);
    let has_required = def.fields.iter().any(|f| f.required);
    let ident = |f: &FieldDef| syn::parse_str::<syn::Ident>(&f.rust).expect("valid identifier");
    let local = |f: &FieldDef| format_ident!("m_{}", f.rust.trim_start_matches("r#"));
    let index = |i: usize| proc_macro2::Literal::usize_unsuffixed(i);
    let names = def.fields.iter().map(|f| &f.wire);
    let arms = def.fields.iter().enumerate().map(|(i, f)| {
        let target = if has_required {
            let local = local(f);
            quote!(#local)
        } else {
            let ident = ident(f);
            quote!(out.#ident)
        };
        let i = index(i);
        quote!(#i => #target = r.decode()?,)
    });
    let slots = index(def.fields.len() + 1);
    // A member named `Default` has a setter `default` that hides the trait's
    // function; only then is the call spelled out.
    let default = if def.fields.iter().any(|f| f.rust == "default") {
        quote!(<#name as ::std::default::Default>::default())
    } else {
        quote!(#name::default())
    };
    // Without required members, fill a default value in place; with them,
    // collect into locals and check the required ones at the end.
    let (start, finish) = if def.fields.is_empty() {
        (quote!(), default)
    } else if has_required {
        let locals = def.fields.iter().map(|f| {
            let (local, ty) = (local(f), &f.ty);
            quote!(let mut #local: ::std::option::Option<#ty> = ::std::option::Option::None;)
        });
        let inits = def.fields.iter().map(|f| {
            let (ident, local, wire) = (ident(f), local(f), &f.wire);
            if f.required {
                quote!(#ident: #local.ok_or_else(|| r.missing(#wire))?)
            } else {
                quote!(#ident: #local)
            }
        });
        (quote!(#(#locals)*), quote!(#name { #(#inits,)* }))
    } else {
        (quote!(let mut out = #default;), quote!(out))
    };
    let (names, read_members) = if def.fields.is_empty() {
        let read = quote! {
            while members.next(r)?.is_some() {
                r.skip()?;
            }
        };
        (quote!(), read)
    } else {
        let names = quote! {
            const NAMES: &[&str] = &[#(#names),*];
            static ORDER: [::std::sync::atomic::AtomicU16; #slots] = ::yun_core::json::member_order();
        };
        let read = quote! {
            while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
                match member {
                    #(#arms)*
                    _ => r.skip()?,
                }
            }
        };
        (names, read)
    };
    quote! {
        impl ::yun_core::json::Decode for #name {
            fn decode(r: &mut ::yun_core::json::Reader<'_>) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
                #names
                #start
                let mut members = r.object()?;
                #read_members
                ::std::result::Result::Ok(#finish)
            }
        }
    }
}

/// `Debug` that shows the members that are present, `***` for a secret
/// member's value (see `yun_core::internal::debug`).
fn debug_impl(def: &StructDef) -> TokenStream {
    let name = format_ident!("{}", def.name);
    let label = &def.name;
    let members = def.fields.iter().map(|f| {
        let ident = syn::parse_str::<syn::Ident>(&f.rust).expect("valid identifier");
        let shown = f.rust.trim_start_matches("r#");
        let how = match (f.sensitive, f.required) {
            (true, false) => quote!(secret),
            (true, true) => quote!(hidden),
            (false, true) => quote!(req),
            (false, false) => quote!(opt),
        };
        quote!((#shown, d::#how(&self.#ident)))
    });
    quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                use ::yun_core::internal::debug as d;
                d::members(f, #label, &[#(#members),*])
            }
        }
    }
}

/// The reference page for an operation.
pub(crate) fn reference_url(spec: &Spec, operation: &str) -> String {
    match spec.vendor {
        Vendor::Aliyun => format!("https://api.aliyun.com/api/{}/{}/{operation}", spec.product, spec.version),
        Vendor::Tencent => format!(
            "https://console.cloud.tencent.com/api/explorer?Product={}&Version={}&Action={operation}",
            spec.product, spec.version
        ),
    }
}

/// Emits a string enum with an `Unknown` fallback, its conversions from
/// text, `Serialize` writing the wire value and `Decode` reading it.
pub(crate) fn emit_enum(def: &EnumDef) -> TokenStream {
    let name = format_ident!("{}", def.name);
    let variants = enum_variants(&def.values);
    let doc = super::doc(&format!(
        "The values of `{}`. `Unknown` carries any other value, so a value the metadata does not list still goes through.",
        def.wire
    ));
    let decls = variants.iter().map(|(ident, values)| {
        let also: Vec<String> = values[1..].iter().map(|v| code(v)).collect();
        let doc = if also.is_empty() {
            format!("{}.", code(&values[0]))
        } else {
            format!(
                "{} (also read from {}, which the metadata lists too).",
                code(&values[0]),
                also.join(", ")
            )
        };
        let doc = super::doc(&doc);
        let ident = format_ident!("{}", ident);
        quote!(#doc #ident,)
    });
    let to_str = variants.iter().map(|(ident, values)| {
        let ident = format_ident!("{}", ident);
        let value = &values[0];
        quote!(Self::#ident => #value,)
    });
    let from_str = variants.iter().flat_map(|(ident, values)| {
        let ident = format_ident!("{}", ident);
        values
            .iter()
            .map(move |value| quote!(#value => Self::#ident,))
    });
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#decls)*
            /// A value not in the metadata (opaque: read it with `as_str`).
            Unknown(::yun_core::UnknownValue),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    Self::Unknown(other) => other.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => Self::Unknown(::yun_core::internal::unknown_value(other)),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl ::yun_core::json::Decode for #name {
            fn decode(r: &mut ::yun_core::json::Reader<'_>) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
                r.text().map(|text| Self::from(&*text))
            }

            fn decode_optional(r: &mut ::yun_core::json::Reader<'_>) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
                ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_variants_are_named_after_their_values_never_numbered() {
        let values: Vec<String> = ["Finished", "finished", "a-b", "a_b", "unknown", "", "Ab"]
            .iter()
            .map(|v| (*v).to_owned())
            .collect();
        let names: Vec<(String, Vec<String>)> = enum_variants(&values);
        let shown: Vec<(&str, Vec<&str>)> = names
            .iter()
            .map(|(n, vs)| (n.as_str(), vs.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Finished", vec!["Finished", "finished"]),
                ("AB", vec!["a-b"]),
                ("AUnderscoreB", vec!["a_b"]),
                ("UnknownValue", vec!["unknown"]),
                ("Empty", vec![""]),
                ("Ab", vec!["Ab"]),
            ]
        );
    }

    #[test]
    fn list_items_are_named_in_the_singular_and_wrappers_are_left_out() {
        for (plural, one) in [
            ("Clusters", "Cluster"),
            ("Policies", "Policy"),
            ("Addresses", "Address"),
            ("Boxes", "Box"),
            ("IPs", "IP"),
            ("Invoices", "Invoice"),
            ("FaceRectVertices", "FaceRectVertex"),
            ("Status", "Status"),
            ("Analysis", "Analysis"),
            ("Series", "Series"),
            ("Data", "Data"),
            ("Tag", "Tag"),
        ] {
            assert_eq!(singular(plural), one, "{plural}");
        }
        let words = |w: &[&str]| w.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(without_wrappers(&words(&["Tags", "Tag"])), "Tag");
        assert_eq!(
            without_wrappers(&words(&["Instance", "Tags", "Tag"])),
            "Instance_Tag"
        );
        assert_eq!(
            without_wrappers(&words(&["Disk", "Attachment"])),
            "Disk_Attachment"
        );
    }
}
