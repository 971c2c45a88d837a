//! All naming: wire names to Rust names, by rule.
//!
//! Casing comes from heck. Rust keywords become raw identifiers (`r#type`),
//! or get a trailing `_` where raw identifiers are not allowed (`self_`).
//! Names that start with a digit get an `n`/`N` prefix. Type names that would
//! shadow std or yun names (`Option`, `Error`, `Client`, …) get a `Model`
//! suffix. Names that still collide within one scope are numbered (`_2`).

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::BTreeSet;

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Type names that would shadow std, serde or yun names in generated code.
const RESERVED_TYPES: &[&str] = &[
    "Box",
    "Client",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Deserialize",
    "Eq",
    "Err",
    "Error",
    "From",
    "Hash",
    "Into",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Self",
    "Send",
    "Serialize",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToString",
    "Value",
    "Vec",
];

/// snake_case of a wire name, with every non-alphanumeric run as `_`.
pub fn snake(wire: &str) -> String {
    wire.to_snake_case()
}

/// A field, method or module name for `wire`.
pub fn field_name(wire: &str) -> String {
    let mut name = snake(wire);
    if name.is_empty() {
        name = "field".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'n');
    }
    escape_keyword(name)
}

/// A type name for `wire`.
pub fn type_name(wire: &str) -> String {
    let mut name = wire.to_upper_camel_case();
    if name.is_empty() {
        name = "Type".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'N');
    }
    if RESERVED_TYPES.contains(&name.as_str()) {
        name.push_str("Model");
    }
    name
}

fn escape_keyword(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// The names already taken in one scope (a struct's fields, a module's
/// types, a client's methods).
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope where `reserved` are already taken.
    pub fn with(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// True when `name` is free.
    pub fn is_free(&self, name: &str) -> bool {
        !self.taken.contains(name.trim_start_matches("r#"))
    }

    /// Takes `name`, or `name_2`, `name_3`, … (types: `Name2`, …) if taken.
    pub fn claim(&mut self, name: String) -> String {
        if self.is_free(&name) {
            self.taken.insert(name.trim_start_matches("r#").to_owned());
            return name;
        }
        let base = name.trim_start_matches("r#").to_owned();
        let separator = if base.starts_with(|c: char| c.is_uppercase()) {
            ""
        } else {
            "_"
        };
        let numbered = (2..)
            .map(|i| format!("{base}{separator}{i}"))
            .find(|n| self.is_free(n))
            .unwrap_or(base);
        self.taken.insert(numbered.clone());
        numbered
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The obstacle course: every awkward kind of name the metadata has or could have.
    #[test]
    fn obstacle_course() {
        let cases = [
            ("RegionId", "region_id", "RegionId"),
            ("type", "r#type", "Type"),
            ("Type", "r#type", "Type"),
            ("self", "self_", "SelfModel"),
            ("Self", "self_", "SelfModel"),
            ("1stDisk", "n1st_disk", "N1stDisk"),
            ("Tag.N.Key", "tag_n_key", "TagNKey"),
            ("Filter.1.Value", "filter_1_value", "Filter1Value"),
            (
                "LaunchConfiguration.SystemDisk",
                "launch_configuration_system_disk",
                "LaunchConfigurationSystemDisk",
            ),
            ("IPv6Address", "i_pv6_address", "IPv6Address"),
            ("Error", "error", "ErrorModel"),
            ("Option", "option", "OptionModel"),
            ("Client", "client", "ClientModel"),
            ("async", "r#async", "Async"),
            ("", "field", "Type"),
            ("x-acs-date", "x_acs_date", "XAcsDate"),
        ];
        for (wire, field, ty) in cases {
            assert_eq!(field_name(wire), field, "field {wire:?}");
            assert_eq!(type_name(wire), ty, "type {wire:?}");
            assert!(
                syn::parse_str::<syn::Ident>(&field_name(wire)).is_ok(),
                "{wire:?}"
            );
            assert!(
                syn::parse_str::<syn::Ident>(&type_name(wire)).is_ok(),
                "{wire:?}"
            );
        }
    }

    #[test]
    fn collisions_are_numbered() {
        let mut fields = Scope::with(&["new"]);
        assert_eq!(fields.claim(field_name("Key")), "key");
        assert_eq!(fields.claim(field_name("key")), "key_2");
        assert_eq!(fields.claim(field_name("New")), "new_2");
        assert_eq!(fields.claim(field_name("type")), "r#type");
        assert_eq!(fields.claim(field_name("Type")), "type_2");
        let mut types = Scope::default();
        assert_eq!(types.claim(type_name("Disk")), "Disk");
        assert_eq!(types.claim(type_name("disk")), "Disk2");
    }
}
