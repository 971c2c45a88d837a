//! The `errors` module: one constant per error code the metadata lists, so
//! code matches a service error without typing its code
//! (`matches!(e.code(), Some(errors::INVALID_INSTANCE_ID_NOT_FOUND))`).
//!
//! A constant is named after its code, words in upper case
//! (`InvalidInstanceId.NotFound` → `INVALID_INSTANCE_ID_NOT_FOUND`). The
//! metadata sometimes spells one condition several ways that give the same
//! name (`InvalidParameter` and `Invalid.Parameter`, `InvalidVpc.NotFound`
//! and `InvalidVPC.NotFound`): the spelling most operations list keeps the
//! name, and `<NAME>_SPELLINGS` lists every spelling of the group, so each
//! is reachable without typing it.

use crate::model::Spec;
use crate::naming::field_name;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// One code: its HTTP statuses and the operations that list it.
#[derive(Default)]
struct Listed {
    statuses: Vec<u16>,
    operations: usize,
}

/// The module, or `None` when the metadata lists no error code.
pub(crate) fn errors_rs(spec: &Spec) -> Option<TokenStream> {
    let mut codes: BTreeMap<&str, Listed> = BTreeMap::new();
    for op in &spec.operations {
        let mut seen = Vec::new();
        for e in &op.errors {
            let listed = codes.entry(e.code.as_str()).or_default();
            if e.http_status != 0 && !listed.statuses.contains(&e.http_status) {
                listed.statuses.push(e.http_status);
            }
            if !seen.contains(&e.code.as_str()) {
                seen.push(e.code.as_str());
                listed.operations += 1;
            }
        }
    }
    if codes.is_empty() {
        return None;
    }
    // Codes by the name they give; the most listed spelling first.
    let mut by_name: BTreeMap<String, Vec<(&str, &Listed)>> = BTreeMap::new();
    for (code, listed) in &codes {
        by_name
            .entry(const_name(code))
            .or_default()
            .push((code, listed));
    }
    let mut items = Vec::new();
    for (name, mut group) in by_name {
        group.sort_by(|a, b| b.1.operations.cmp(&a.1.operations).then(a.0.cmp(b.0)));
        let (code, listed) = group[0];
        let ident = format_ident!("{}", name);
        let mut statuses = listed.statuses.clone();
        statuses.sort_unstable();
        let http: Vec<String> = statuses.iter().map(u16::to_string).collect();
        let doc = format!(
            "`{code}`{}, listed by {} operation{}.",
            if http.is_empty() {
                String::new()
            } else {
                format!(" (HTTP {})", http.join(", "))
            },
            listed.operations,
            if listed.operations == 1 { "" } else { "s" }
        );
        let doc = super::doc(&doc);
        items.push(quote! {
            #doc
            pub const #ident: &str = #code;
        });
        if group.len() > 1 {
            let spellings_ident = format_ident!("{}_SPELLINGS", name);
            let spellings: Vec<&str> = group.iter().map(|(c, _)| *c).collect();
            let shown: Vec<String> = spellings.iter().map(|c| format!("`{c}`")).collect();
            let doc = super::doc(&format!(
                "Every spelling of [`{name}`] the metadata lists: {}.",
                shown.join(", ")
            ));
            items.push(quote! {
                #doc
                pub const #spellings_ident: &[&str] = &[#(#spellings),*];
            });
        }
    }
    let count = codes.len();
    let module_doc = super::inner_doc(&format!(
        "The {count} error codes the metadata lists for this API's operations, one constant each, to \
         match [`Error::code`](yun_core::Error::code) without typing a code:\n\n\
         ```text\n\
         if matches!(e.code(), Some(errors::SOME_CODE)) {{ … }}\n\
         ```\n\n\
         A code several spellings share a name with (the metadata spells some conditions more than \
         one way) keeps the name for the spelling most operations list; `<NAME>_SPELLINGS` lists \
         them all. A service may also answer with codes the metadata does not list."
    ));
    Some(quote! {
        #module_doc
        #(#items)*
    })
}

/// `InvalidInstanceId.NotFound` → `INVALID_INSTANCE_ID_NOT_FOUND`.
fn const_name(code: &str) -> String {
    let snake = field_name(code);
    let snake = snake.trim_start_matches("r#").trim_end_matches('_');
    let mut name = snake.to_ascii_uppercase();
    // A leading digit took an `n` in the field name: a code, not a count.
    if name.starts_with('N') && code.starts_with(|c: char| c.is_ascii_digit()) {
        name.replace_range(0..1, "E");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::const_name;

    #[test]
    fn constants_are_named_after_their_codes() {
        assert_eq!(
            const_name("InvalidInstanceId.NotFound"),
            "INVALID_INSTANCE_ID_NOT_FOUND"
        );
        assert_eq!(const_name("InvalidVPC.NotFound"), "INVALID_VPC_NOT_FOUND");
        assert_eq!(
            const_name("Invalid.Parameter"),
            const_name("InvalidParameter")
        );
        assert_eq!(const_name("400"), "E400");
    }
}
