//! The one rule that keeps secrets out of text meant for people: error
//! messages and body excerpts, `Display` and `Debug` of errors, TRACE
//! fields, signature-mismatch explanations.
//!
//! A value is a secret by its *name* ([`is_secret_name`]): passwords,
//! secrets and private keys (not their ids or names), tokens (not
//! `ClientToken` or paging tokens), signatures and `Authorization`.
//! [`text`] finds every named value in any text and replaces it:
//!
//! - JSON members `"Name": value`, also escaped inside a string or a `Debug`
//!   text (`\"Name\":\"value\"`), and a value cut off before its closing
//!   quote (the rest of the text is the value);
//! - XML elements `<Name>value</Name>`;
//! - the password in a URL (`http://user:password@proxy`);
//! - pairs `name=value` (query strings, forms, `Signature=` inside an
//!   `Authorization` header), also percent-encoded (`Name%3Dvalue%26`, an
//!   RPC string to sign);
//! - `name:value` and `Name: value` (header lines of a canonical request,
//!   prose), `Bearer <token>`, and a secret's name followed by a space and
//!   a token-like word of 16 or more characters.
//!
//! Values of other names pass unchanged, so the text stays useful.

use std::borrow::Cow;
use std::fmt;

/// What a secret value is replaced with.
pub(crate) const REDACTED: &str = "<redacted>";

/// Token names that are not secrets: idempotency and paging tokens.
const PLAIN_TOKENS: &[&str] = &["clienttoken", "nexttoken", "pagetoken", "continuationtoken"];

/// True for member, parameter and header names whose values are secrets.
/// Case, `-` and `_` are ignored; a dotted name is judged by its last
/// segment.
pub(crate) fn is_secret_name(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    let lower: String = last
        .chars()
        .filter(|c| *c != '-' && *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    // `SecretId`, `WindowsPasswordName`: the name or id of a secret, not one.
    let names_one = ["id", "ids", "name", "names", "arn", "type"]
        .iter()
        .any(|s| lower.ends_with(s));
    let secret_word = ["password", "passwd", "privatekey", "secret"]
        .iter()
        .any(|w| lower.contains(w));
    (secret_word && !names_one)
        || (lower.ends_with("token") && !PLAIN_TOKENS.iter().any(|t| lower.ends_with(t)))
        || lower.ends_with("signature")
        || lower.ends_with("authorization")
}

/// `input` with the value of every secret-named member, parameter, element
/// or header replaced by `<redacted>`; borrowed when there is none.
pub(crate) fn text(input: &str) -> Cow<'_, str> {
    let bytes = input.as_bytes();
    let mut out: Option<String> = None;
    // Everything before `copied` is in `out` already (when `out` exists).
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(value) = url_password(bytes, i) {
            let out = out.get_or_insert_with(|| String::with_capacity(input.len()));
            out.push_str(&input[copied..value.start]);
            out.push_str(REDACTED);
            copied = value.end;
            i = value.end;
            continue;
        }
        if !is_name_byte(bytes[i]) || (i > 0 && is_name_byte(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_name_byte(bytes[i]) {
            i += 1;
        }
        let name = strip_escape(bytes, start, &input[start..i]);
        let Some(value) = secret_value(bytes, start, i, name) else {
            continue;
        };
        let out = out.get_or_insert_with(|| String::with_capacity(input.len()));
        out.push_str(&input[copied..value.start]);
        out.push_str(REDACTED);
        copied = value.end;
        i = value.end.max(i);
    }
    match out {
        None => Cow::Borrowed(input),
        Some(mut out) => {
            out.push_str(&input[copied..]);
            Cow::Owned(out)
        }
    }
}

/// A request body as TRACE shows it: a multipart body (the bytes of a file)
/// by its size only, any other body as [`text`].
pub(crate) fn body(bytes: &[u8]) -> String {
    if bytes.starts_with(b"--") {
        return format!("<{} bytes of multipart/form-data>", bytes.len());
    }
    text(&String::from_utf8_lossy(bytes)).into_owned()
}

/// Text that shows redacted when formatted: `Display` and `Debug` print
/// [`text`] of what the inner value prints.
pub(crate) struct Redacted<T>(pub(crate) T);

impl<T: fmt::Display> fmt::Display for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&text(&self.0.to_string()))
    }
}

impl<T: fmt::Debug> fmt::Debug for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = if f.alternate() {
            format!("{:#?}", self.0)
        } else {
            format!("{:?}", self.0)
        };
        f.write_str(&text(&shown))
    }
}

/// The password of a URL's user info (`scheme://user:password@host`), when
/// a URL starts at `at` (its `://`).
fn url_password(bytes: &[u8], at: usize) -> Option<std::ops::Range<usize>> {
    if !bytes[at..].starts_with(b"://") {
        return None;
    }
    let start = at + 3;
    let end = scan_until(bytes, start, |b| {
        matches!(b, b'/' | b'?' | b'#' | b'"' | b'\\') || b.is_ascii_whitespace()
    });
    let authority = &bytes[start..end];
    let at_sign = authority.iter().rposition(|b| *b == b'@')?;
    let colon = authority[..at_sign].iter().position(|b| *b == b':')?;
    Some(start + colon + 1..start + at_sign)
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// A name right after a percent escape (`%26Password` in an encoded query)
/// starts after the escape's two hex digits.
fn strip_escape<'a>(bytes: &[u8], start: usize, name: &'a str) -> &'a str {
    let escaped = start > 0
        && bytes[start - 1] == b'%'
        && name.len() > 2
        && name.as_bytes()[..2].iter().all(u8::is_ascii_hexdigit);
    if escaped {
        &name[2..]
    } else {
        name
    }
}

/// Where the value of the name at `start..end` lies, when the name is a
/// secret's and a value follows it in one of the shapes [`text`] knows.
fn secret_value(
    bytes: &[u8],
    start: usize,
    end: usize,
    name: &str,
) -> Option<std::ops::Range<usize>> {
    if name.eq_ignore_ascii_case("bearer") && bytes.get(end) == Some(&b' ') {
        let from = end + 1;
        return Some(from..scan_until(bytes, from, |b| b.is_ascii_whitespace() || b == b'"'));
    }
    if !is_secret_name(name) {
        return None;
    }
    let before = start.checked_sub(1).map(|p| bytes[p]);
    let rest = &bytes[end..];
    // JSON member, plain or escaped: `"Name": …` or `\"Name\": …`.
    if before == Some(b'"') {
        let escaped = start >= 2 && bytes[start - 2] == b'\\';
        let close: &[u8] = if escaped { b"\\\"" } else { b"\"" };
        if rest.starts_with(close) {
            let mut at = end + close.len();
            at = skip_spaces(bytes, at);
            if bytes.get(at) == Some(&b':') {
                return Some(json_value(bytes, skip_spaces(bytes, at + 1), escaped));
            }
        }
        return None;
    }
    // XML element: `<Name>value</…`.
    if before == Some(b'<') && rest.first() == Some(&b'>') {
        let from = end + 1;
        return Some(from..scan_until(bytes, from, |b| b == b'<'));
    }
    // A pair: `name=value`, or `name%3Dvalue` in an encoded query.
    if rest.first() == Some(&b'=') {
        let from = end + 1;
        return Some(from..pair_end(bytes, from));
    }
    if rest.len() >= 3 && rest[0] == b'%' && rest[1] == b'3' && rest[2].eq_ignore_ascii_case(&b'd')
    {
        let from = end + 3;
        return Some(from..encoded_pair_end(bytes, from));
    }
    // `name:value` (a header line) or `Name: value`.
    if rest.first() == Some(&b':') {
        let mut from = skip_spaces(bytes, end + 1);
        if bytes[from..].len() > 7 && bytes[from..from + 7].eq_ignore_ascii_case(b"bearer ") {
            from += 7;
        }
        let to = scan_until(bytes, from, |b| {
            b.is_ascii_whitespace() || matches!(b, b'"' | b',' | b';' | b'&' | b'\\')
        });
        return (to > from).then_some(from..to);
    }
    // Prose: `SecurityToken <a long token-like word>`.
    if rest.first() == Some(&b' ') {
        let from = end + 1;
        let to = scan_until(bytes, from, |b| {
            !(b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'.' | b'_' | b'-'))
        });
        return (to - from >= TOKEN_LIKE).then_some(from..to);
    }
    None
}

/// A word this long after a secret's name, in prose, is taken for its value.
const TOKEN_LIKE: usize = 16;

/// The extent of a JSON value starting at `at`: a string (to its closing
/// quote, or the end of the text when it was cut), an object or array (to
/// its matching bracket), or a scalar.
fn json_value(bytes: &[u8], at: usize, escaped: bool) -> std::ops::Range<usize> {
    match bytes.get(at) {
        Some(b'"') if !escaped => at..string_end(bytes, at + 1),
        Some(b'\\') if escaped && bytes.get(at + 1) == Some(&b'"') => {
            // An escaped string ends at the next `\"` not itself escaped,
            // or where the string holding it ends (a bare `"`).
            let mut i = at + 2;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' if bytes.get(i + 1) == Some(&b'"') && bytes[i - 1] != b'\\' => {
                        return at..i + 2
                    }
                    b'"' if bytes[i - 1] != b'\\' => return at..i,
                    _ => i += 1,
                }
            }
            at..bytes.len()
        }
        Some(b'{' | b'[') => at..bracket_end(bytes, at),
        _ => {
            at..scan_until(bytes, at, |b| {
                b.is_ascii_whitespace() || matches!(b, b',' | b'}' | b']' | b'\\')
            })
        }
    }
}

/// Just past the closing quote of a JSON string whose content starts at
/// `from`; the end of the text when it never closes.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Just past the bracket that closes the one at `at`, skipping strings.
fn bracket_end(bytes: &[u8], at: usize) -> usize {
    let mut depth = 0usize;
    let mut i = at;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = string_end(bytes, i + 1);
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The end of a `name=value` pair's value.
fn pair_end(bytes: &[u8], from: usize) -> usize {
    scan_until(bytes, from, |b| {
        b.is_ascii_whitespace() || matches!(b, b'&' | b'"' | b',' | b';' | b'\\')
    })
}

/// The end of a percent-encoded pair's value: the next `%26` (`&`).
fn encoded_pair_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'%' && bytes[i + 1..].starts_with(b"26") {
            return i;
        }
        if bytes[i].is_ascii_whitespace() || bytes[i] == b'"' {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

fn scan_until(bytes: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> usize {
    bytes[from.min(bytes.len())..]
        .iter()
        .position(|b| stop(*b))
        .map_or(bytes.len(), |p| from + p)
}

fn skip_spaces(bytes: &[u8], from: usize) -> usize {
    scan_until(bytes, from, |b| b != b' ' && b != b'\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_found_by_name() {
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
            assert!(is_secret_name(secret), "{secret}");
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
            assert!(!is_secret_name(plain), "{plain}");
        }
    }

    fn shown(input: &str) -> String {
        text(input).into_owned()
    }

    #[test]
    fn json_members_lose_their_values_even_when_cut() {
        assert_eq!(
            shown(
                r#"{"LoginSettings":{"Password": "p\"w"},"Items":[{"Token":"t","Name":"n"}],"Limit":1}"#
            ),
            r#"{"LoginSettings":{"Password": <redacted>},"Items":[{"Token":<redacted>,"Name":"n"}],"Limit":1}"#
        );
        assert_eq!(
            shown(r#"{"Credentials":{"AccessKeySecret":"abc","SecurityToken":"CAIS12"#),
            r#"{"Credentials":{"AccessKeySecret":<redacted>,"SecurityToken":<redacted>"#
        );
        assert_eq!(
            shown(r#"{"Password":12345,"PrivateKey":{"a":["b"]},"Next":1}"#),
            r#"{"Password":<redacted>,"PrivateKey":<redacted>,"Next":1}"#
        );
        assert_eq!(
            shown(r#"body starts: "{\"TmpSecretKey\":\"k1\",\"Token\":\"t"  "#),
            r#"body starts: "{\"TmpSecretKey\":<redacted>,\"Token\":<redacted>"  "#
        );
        let plain = r#"{"ClientToken":"c","RequestId":"r"}"#;
        assert!(matches!(text(plain), Cow::Borrowed(_)));
    }

    #[test]
    fn pairs_headers_xml_and_bearer_tokens_lose_their_values() {
        assert_eq!(
            shown("Password=hunter%202&RegionId=cn-hangzhou"),
            "Password=<redacted>&RegionId=cn-hangzhou"
        );
        let canonical = "POST\n/\nPassword=p&RegionId=cn\nhost:ecs.aliyuncs.com\n\
            x-acs-date:2026-11-24T07:00:00Z\nx-acs-security-token:tok/en\n\nhost;x-acs-date\nabc";
        assert_eq!(
            shown(canonical),
            "POST\n/\nPassword=<redacted>&RegionId=cn\nhost:ecs.aliyuncs.com\n\
             x-acs-date:2026-11-24T07:00:00Z\nx-acs-security-token:<redacted>\n\nhost;x-acs-date\nabc"
        );
        assert_eq!(
            shown(r#""canonical": "host:h\nx-acs-security-token:tok\n""#),
            r#""canonical": "host:h\nx-acs-security-token:<redacted>\n""#
        );
        assert_eq!(
            shown("GET&%2F&AccessKeyId%3Did%26Password%3Dp%252Fw%26SecurityToken%3Dt%252Bk"),
            "GET&%2F&AccessKeyId%3Did%26Password%3D<redacted>%26SecurityToken%3D<redacted>"
        );
        assert_eq!(
            shown("ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=abc123"),
            "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=<redacted>"
        );
        assert_eq!(
            shown("<Error><Code>x</Code><SecurityToken>tok</SecurityToken></Error>"),
            "<Error><Code>x</Code><SecurityToken><redacted></SecurityToken></Error>"
        );
        assert_eq!(
            shown("authorization: Bearer abc.def the rest"),
            "authorization: Bearer <redacted> the rest"
        );
        assert_eq!(
            shown("the SecurityToken: abc is invalid"),
            "the SecurityToken: <redacted> is invalid"
        );
        assert_eq!(
            shown(r#"proxy: Some("http://user:p@ss@proxy:3128/x"), "ftp://host/a:b@c""#),
            r#"proxy: Some("http://user:<redacted>@proxy:3128/x"), "ftp://host/a:b@c""#
        );
        assert_eq!(
            shown("the SecurityToken CAIS0123456789abcdef is invalid; the Token is invalid"),
            "the SecurityToken <redacted> is invalid; the Token is invalid"
        );
        assert_eq!(
            shown("at 2026-11-24T07:00:00Z the token expired"),
            "at 2026-11-24T07:00:00Z the token expired"
        );
    }

    #[test]
    fn odd_text_never_panics() {
        for s in [
            "Password",
            "Password=",
            "Password:",
            "\"Password\"",
            "\"Password\":",
            "<Password>",
            "Password%3",
            "Password%3D%2",
            "\\\"Token\\\":\\",
            "\"Token\":{[",
            "Bearer ",
            "%2",
            "é Token=é",
            "\"Token\":\"\\",
        ] {
            let _ = text(s);
        }
    }
}
