//! All naming: wire names to Rust names, by rule.
//!
//! Casing comes from heck. Rust keywords become raw identifiers (`r#type`),
//! or get a trailing `_` where raw identifiers are not allowed (`self_`).
//! Names that start with a digit get an `n`/`N` prefix. Type names that would
//! shadow std or yun names (`Option`, `Error`, `Client`, …) get a `Model`
//! suffix. Names that still collide within one scope are numbered (`_2`).

use crate::model::Spec;
use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::{BTreeMap, BTreeSet};

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

/// snake_case of a wire name, with every non-alphanumeric run as `_`, and
/// acronyms kept whole: a plural acronym (`FileIDs` → `file_ids`, `IPs`)
/// and a versioned one (`IPv6Address` → `ipv6_address`), which plain word
/// splitting cuts after their first letter (`file_i_ds`, `i_pv6_address`).
pub fn snake(wire: &str) -> String {
    whole_acronyms(wire).to_snake_case()
}

/// `wire` with the lower-case tail of a plural or versioned acronym (an
/// upper-case run of two or more, then `s`, or `v` and a digit, then the end
/// of a word) upper-cased, so word splitting keeps the acronym whole.
fn whole_acronyms(wire: &str) -> std::borrow::Cow<'_, str> {
    let chars: Vec<char> = wire.chars().collect();
    let mut out = chars.clone();
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        let after = i + run;
        if run >= 2 {
            let ends_word = |at: usize| chars.get(at).is_none_or(|c| !c.is_ascii_lowercase());
            match chars.get(after) {
                Some('s') if ends_word(after + 1) => {
                    out[after] = 'S';
                    changed = true;
                }
                Some('v') if chars.get(after + 1).is_some_and(char::is_ascii_digit) => {
                    out[after] = 'V';
                    changed = true;
                }
                _ => {}
            }
        }
        i = after.max(i + 1);
    }
    if changed {
        std::borrow::Cow::Owned(out.into_iter().collect())
    } else {
        std::borrow::Cow::Borrowed(wire)
    }
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
    let mut name = whole_acronyms(wire).to_upper_camel_case();
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

/// The crate directory (under crates/; the package is `yun-<dir>`) of each
/// spec in a set, by one rule: a product's newest version (the greatest
/// version string; the vendors' versions are dates) is `<vendor>-<product>`,
/// every older version `<vendor>-<product>-<version>`
/// (`tencent-tke-2018-05-25`). So a crate never changes API version unless
/// a newer version arrives, and older versions stay available beside it.
///
/// `specs` pairs each spec with the file it came from. Fails, naming the
/// files, when two specs would still write the same crate (the same
/// product and version twice, or a versioned name that equals another
/// product's).
pub fn crate_dirs(specs: &[(String, &Spec)]) -> Result<Vec<String>, String> {
    let mut newest: BTreeMap<String, &str> = BTreeMap::new();
    for (_, spec) in specs {
        let version = newest.entry(spec.crate_dir()).or_insert(&spec.version);
        if spec.version.as_str() > *version {
            *version = &spec.version;
        }
    }
    let dirs: Vec<String> = specs
        .iter()
        .map(|(_, spec)| {
            let plain = spec.crate_dir();
            if newest.get(&plain) == Some(&spec.version.as_str()) {
                plain
            } else {
                let version: String = spec
                    .version
                    .to_ascii_lowercase()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .collect();
                format!("{plain}-{version}")
            }
        })
        .collect();
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for ((file, _), dir) in specs.iter().zip(&dirs) {
        if let Some(other) = seen.insert(dir, file) {
            return Err(format!(
                "{other} and {file} would both generate crates/{dir}: \
                 two specs of the same product and version; remove one"
            ));
        }
    }
    Ok(dirs)
}

/// Members whose values are secrets by name, the rule yun-core's
/// `redact::is_secret_name` applies to everything it prints: passwords,
/// secrets and private keys (not their ids or names), tokens (not
/// idempotency or paging tokens), signatures, `Authorization`. Case, `-`
/// and `_` are ignored. The two crates share no code; a test on each side
/// holds the same names.
pub fn is_secret(wire: &str) -> bool {
    let last = wire.rsplit('.').next().unwrap_or(wire);
    let lower: String = last
        .chars()
        .filter(|c| *c != '-' && *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let plain_tokens = ["clienttoken", "nexttoken", "pagetoken", "continuationtoken"];
    // `SecretId`, `WindowsPasswordName`: the name or id of a secret, not one.
    let names_one = ["id", "ids", "name", "names", "arn", "type"]
        .iter()
        .any(|s| lower.ends_with(s));
    let secret_word = ["password", "passwd", "privatekey", "secret"]
        .iter()
        .any(|w| lower.contains(w));
    (secret_word && !names_one)
        || (lower.ends_with("token") && !plain_tokens.iter().any(|t| lower.ends_with(t)))
        || lower.ends_with("signature")
        || lower.ends_with("authorization")
}

/// True when a member holds a secret: named like one ([`is_secret`]) and
/// not a flag or a number (`PasswordInherit` holds none).
pub fn holds_secret(m: &crate::model::Member) -> bool {
    use crate::model::Type;
    is_secret(&m.name) && !matches!(m.ty, Type::Boolean | Type::Integer { .. } | Type::Number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(vendor: crate::model::Vendor, product: &str, version: &str) -> Spec {
        Spec {
            vendor,
            product: product.into(),
            version: version.into(),
            source: None,
            crate_version: None,
            endpoint_code: product.to_ascii_lowercase(),
            endpoints: Vec::new(),
            operations: Vec::new(),
            shapes: Vec::new(),
            resource_style: None,
        }
    }

    #[test]
    fn the_newest_version_keeps_the_plain_crate_name() {
        use crate::model::Vendor::{Aliyun, Tencent};
        let specs = [
            spec(Tencent, "tke", "2022-05-01"),
            spec(Tencent, "tke", "2018-05-25"),
            spec(Tencent, "cvm", "2017-03-12"),
            spec(Aliyun, "Ecs", "2014-05-26"),
            spec(Aliyun, "tke", "2018-05-25"),
        ];
        let named: Vec<(String, &Spec)> = specs
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("spec{i}.json"), s))
            .collect();
        assert_eq!(
            crate_dirs(&named).unwrap(),
            [
                "tencent-tke",
                "tencent-tke-2018-05-25",
                "tencent-cvm",
                "aliyun-ecs",
                "aliyun-tke"
            ]
        );
    }

    #[test]
    fn two_specs_for_one_crate_are_an_error_naming_both_files() {
        use crate::model::Vendor::Tencent;
        let (a, b) = (
            spec(Tencent, "tke", "2018-05-25"),
            spec(Tencent, "TKE", "2018-05-25"),
        );
        let named = [("a.json".to_owned(), &a), ("b.json".to_owned(), &b)];
        let err = crate_dirs(&named).unwrap_err();
        assert!(err.contains("a.json and b.json"), "{err}");
        assert!(err.contains("crates/tencent-tke"), "{err}");
        // A versioned name that equals another product's plain one.
        let (c, d, e) = (
            spec(Tencent, "x", "1"),
            spec(Tencent, "x", "2"),
            spec(Tencent, "x-1", "9"),
        );
        let named = [
            ("c.json".to_owned(), &c),
            ("d.json".to_owned(), &d),
            ("e.json".to_owned(), &e),
        ];
        assert!(crate_dirs(&named)
            .unwrap_err()
            .contains("crates/tencent-x-1"));
    }

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
            ("IPv6Address", "ipv6_address", "Ipv6Address"),
            ("FileIDs", "file_ids", "FileIds"),
            ("InstanceIDs", "instance_ids", "InstanceIds"),
            ("URLs", "urls", "Urls"),
            ("PrivateIPs.1", "private_ips_1", "PrivateIps1"),
            ("VPCId", "vpc_id", "VpcId"),
            ("IsASCII", "is_ascii", "IsAscii"),
            ("OSType", "os_type", "OsType"),
            ("HTTPSsl", "http_ssl", "HttpSsl"),
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

#[cfg(test)]
mod secret_tests {
    use super::is_secret;

    /// The same names as yun-core's `redact::tests::secrets_are_found_by_name`.
    #[test]
    fn secrets_are_found_by_name_as_yun_core_finds_them() {
        for secret in [
            "Password",
            "LoginSettings.Password",
            "Signature",
            "SecurityToken",
            "x-acs-security-token",
            "X-TC-Token",
            "AccessKeySecret",
            "TmpSecretKey",
            "KeyPair.PrivateKeyBody",
            "SecretValue",
            "DBPasswd",
            "access_token",
            "Authorization",
        ] {
            assert!(is_secret(secret), "{secret}");
        }
        for plain in [
            "ClientToken",
            "NextToken",
            "next_page_token",
            "Tag.1.Value",
            "AccessKeyId",
            "SecretId",
            "SecretName",
            "WindowsPasswordName",
            "SignatureNonce",
            "SignatureMethod",
            "x-acs-date",
            "PasswordInherit.Enabled",
        ] {
            assert!(!is_secret(plain), "{plain}");
        }
    }
}
