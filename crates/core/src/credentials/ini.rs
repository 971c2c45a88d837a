//! A small INI reader for the vendors' credentials files: `[section]`,
//! `key = value` (or `key: value`), `#` and `;` comments. Errors name the
//! file and line.

use crate::error::Error;
use std::collections::BTreeMap;

/// Sections by name, each a map of keys to (trimmed) values.
pub(crate) type Ini = BTreeMap<String, BTreeMap<String, String>>;

/// Parses INI text; `file` and `provider` only label errors.
pub(crate) fn parse(text: &str, file: &str, provider: &str) -> Result<Ini, Error> {
    let mut out = Ini::new();
    let mut section: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        let bad =
            |why: &str| Error::credentials(provider, format!("{file}, line {}: {why}", i + 1));
        if let Some(rest) = line.strip_prefix('[') {
            let name = rest
                .strip_suffix(']')
                .ok_or_else(|| bad("a section header must end with `]`"))?
                .trim();
            if name.is_empty() {
                return Err(bad("empty section name"));
            }
            out.entry(name.to_owned()).or_default();
            section = Some(name.to_owned());
            continue;
        }
        let (key, value) = line
            .split_once(['=', ':'])
            .ok_or_else(|| bad("expected `key = value`, `[section]` or a comment"))?;
        let Some(name) = &section else {
            return Err(bad("a key before any `[section]`"));
        };
        let key = key.trim();
        if key.is_empty() {
            return Err(bad("empty key"));
        }
        out.entry(name.clone())
            .or_default()
            .insert(key.to_owned(), value.trim().to_owned());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sections_keys_and_comments() {
        let ini = parse(
            "# top\n[default]\ntype = access_key\naccess_key_id: id\n; note\n\n[other]\nenable=false\n",
            "f",
            "p",
        )
        .unwrap();
        assert_eq!(ini["default"]["type"], "access_key");
        assert_eq!(ini["default"]["access_key_id"], "id");
        assert_eq!(ini["other"]["enable"], "false");
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        for (text, line) in [
            ("[a\nx=1", 1),
            ("x=1", 1),
            ("[a]\njust words", 2),
            ("[]\n", 1),
            ("[a]\n=v", 2),
        ] {
            let err = parse(text, "creds.ini", "profile").unwrap_err().to_string();
            assert!(
                err.contains(&format!("creds.ini, line {line}")),
                "{text:?}: {err}"
            );
        }
    }
}
