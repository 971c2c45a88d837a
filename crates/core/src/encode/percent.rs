//! Percent-encoding as the vendors define it.
//!
//! Both vendors keep exactly RFC 3986's unreserved set (`A-Z a-z 0-9 - _ . ~`)
//! and encode every other UTF-8 byte as `%XX` with upper-case hex. Form bodies
//! (`application/x-www-form-urlencoded`, what the official Python SDKs send)
//! differ in one way: a space becomes `+`.

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

fn encode_into(s: &str, out: &mut String, space_as_plus: bool) {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if is_unreserved(b) {
            continue;
        }
        // A pending run is unreserved ASCII, so it starts and ends on char
        // boundaries; an empty run may not (inside a multi-byte char): skip it.
        if start < i {
            out.push_str(&s[start..i]);
        }
        if space_as_plus && b == b' ' {
            out.push('+');
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
        start = i + 1;
    }
    if start < bytes.len() {
        out.push_str(&s[start..]);
    }
}

/// Appends `s` percent-encoded per RFC 3986 (space as `%20`).
pub fn percent_encode_into(s: &str, out: &mut String) {
    encode_into(s, out, false);
}

/// `s` percent-encoded per RFC 3986 (space as `%20`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    percent_encode_into(s, &mut out);
    out
}

/// Appends `s` encoded for a form body (space as `+`).
pub fn form_encode_into(s: &str, out: &mut String) {
    encode_into(s, out, true);
}

/// Joins pairs into `k=v&k=v`, each side encoded by `encode`.
pub(crate) fn join_pairs<'a, I>(pairs: I, encode: fn(&str, &mut String)) -> String
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        encode(k, &mut out);
        out.push('=');
        encode(v, &mut out);
    }
    out
}

/// Percent-decodes `s` (with `+` as a space when `plus_is_space`), for
/// servers and tests that read what a client sent. `None` when the result is
/// not UTF-8 or an escape is malformed.
pub fn percent_decode(s: &str, plus_is_space: bool) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Splits `a=1&b=2` into decoded pairs; `None` if any part is malformed.
pub fn parse_pairs(s: &str, plus_is_space: bool) -> Option<Vec<(String, String)>> {
    if s.is_empty() {
        return Some(Vec::new());
    }
    s.split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            Some((
                percent_decode(k, plus_is_space)?,
                percent_decode(v, plus_is_space)?,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_unreserved_and_encodes_the_rest() {
        assert_eq!(percent_encode("aZ09-_.~"), "aZ09-_.~");
        assert_eq!(percent_encode("a b*+/=&"), "a%20b%2A%2B%2F%3D%26");
        assert_eq!(percent_encode("中"), "%E4%B8%AD");
        let mut form = String::new();
        form_encode_into("a b+", &mut form);
        assert_eq!(form, "a+b%2B");
    }

    #[test]
    fn decode_inverts_encode_and_rejects_bad_escapes() {
        let s = "云 a+b%~*";
        assert_eq!(
            percent_decode(&percent_encode(s), false).as_deref(),
            Some(s)
        );
        assert_eq!(percent_decode("%ZZ", false), None);
        assert_eq!(percent_decode("%E4", false), None);
        assert_eq!(percent_decode("%", false), None);
        assert_eq!(
            parse_pairs("a=1&b&c=x+y", true),
            Some(vec![
                ("a".into(), "1".into()),
                ("b".into(), String::new()),
                ("c".into(), "x y".into())
            ])
        );
    }
}
