//! Secrets out of text meant for people: TRACE logs of what was signed and
//! sent, and the signature-mismatch explanations in errors.
//!
//! A value is a secret by its name: credentials (`Signature`,
//! `SecurityToken`, `BearerToken`, `Token`, the `Authorization` and token
//! headers) and request members named like passwords, secrets or private
//! keys (`Password`, `LoginSettings.Password`), the same rule the
//! generated types' `Debug` follows.

use crate::encode::{percent_decode, percent_encode};

/// What a secret value is replaced with.
pub(crate) const REDACTED: &str = "<redacted>";

/// True for parameter and header names whose values are secrets. A dotted
/// name is judged by its last segment.
pub(crate) fn is_secret_name(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
    ["password", "secret", "privatekey"]
        .iter()
        .any(|s| last.contains(s))
        || matches!(
            last.as_str(),
            "signature"
                | "securitytoken"
                | "bearertoken"
                | "token"
                | "authorization"
                | "x-acs-security-token"
                | "x-acs-bearer-token"
                | "x-tc-token"
        )
}

/// A query string (`k=v&k=v`, names percent-encoded or not) with secret
/// values replaced.
pub(crate) fn query(q: &str) -> String {
    let mut out = String::with_capacity(q.len());
    for (i, pair) in q.split('&').enumerate() {
        if i > 0 {
            out.push('&');
        }
        match pair.split_once('=') {
            Some((name, _)) if is_secret_name(&decoded(name)) => {
                out.push_str(name);
                out.push('=');
                out.push_str(REDACTED);
            }
            _ => out.push_str(pair),
        }
    }
    out
}

/// A canonical request (ACS3, TC3: lines of method, path, query, headers,
/// signed header names, payload hash) with secret header and query values
/// replaced.
pub(crate) fn canonical_request(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let colon = line.find(':');
        let equals = line.find('=');
        match (colon, equals) {
            // `name:value`: a header line.
            (Some(c), e) if e.is_none_or(|e| c < e) => {
                let name = &line[..c];
                out.push_str(name);
                out.push(':');
                out.push_str(if is_secret_name(name) {
                    REDACTED
                } else {
                    &line[c + 1..]
                });
            }
            (_, Some(_)) => out.push_str(&query(line)),
            _ => out.push_str(line),
        }
    }
    out
}

/// An RPC v1 string to sign (`METHOD&%2F&` + the percent-encoded canonical
/// query) with secret values replaced; other text as it is.
pub(crate) fn rpc_string_to_sign(text: &str) -> String {
    let mut parts = text.splitn(3, '&');
    let (Some(method), Some(path), Some(encoded)) = (parts.next(), parts.next(), parts.next())
    else {
        return query(text);
    };
    let Some(canonical) = percent_decode(encoded, false) else {
        return format!("{method}&{path}&{REDACTED}");
    };
    format!("{method}&{path}&{}", percent_encode(&query(&canonical)))
}

/// A request body: a JSON object (Tencent Cloud) or form parameters
/// (Alibaba Cloud), secret members replaced at any depth. A multipart body
/// (bytes of a file) is shown by its size only.
pub(crate) fn body(bytes: &[u8]) -> String {
    if bytes.starts_with(b"--") {
        return format!("<{} bytes of multipart/form-data>", bytes.len());
    }
    if bytes.first() == Some(&b'{') {
        return match serde_json::from_slice::<serde_json::Value>(bytes) {
            Ok(mut value) => {
                redact_json(&mut value);
                value.to_string()
            }
            Err(_) => format!("<{} bytes, not JSON>", bytes.len()),
        };
    }
    query(&String::from_utf8_lossy(bytes))
}

fn redact_json(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(members) => {
            for (name, member) in members.iter_mut() {
                if is_secret_name(name) {
                    *member = Value::String(REDACTED.to_owned());
                } else {
                    redact_json(member);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

fn decoded(name: &str) -> String {
    percent_decode(name, true).unwrap_or_else(|| name.to_owned())
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
            "KeyPair.PrivateKeyBody",
        ] {
            assert!(is_secret_name(secret), "{secret}");
        }
        for plain in [
            "ClientToken",
            "Tag.1.Value",
            "AccessKeyId",
            "SignatureNonce",
            "x-acs-date",
        ] {
            assert!(!is_secret_name(plain), "{plain}");
        }
    }

    #[test]
    fn bodies_lose_secret_members_at_any_depth() {
        let json =
            br#"{"LoginSettings":{"Password":"p"},"Items":[{"Token":"t","Name":"n"}],"Limit":1}"#;
        assert_eq!(
            body(json),
            r#"{"Items":[{"Name":"n","Token":"<redacted>"}],"Limit":1,"LoginSettings":{"Password":"<redacted>"}}"#
        );
        assert_eq!(body(b"Password=x&Name=y"), "Password=<redacted>&Name=y");
        assert_eq!(body(b"{not json"), "<9 bytes, not JSON>");
    }

    #[test]
    fn canonical_requests_and_strings_to_sign_keep_all_but_secrets() {
        let canonical = "POST\n/\nPassword=hunter%202&RegionId=cn-hangzhou\n\
            host:ecs.aliyuncs.com\nx-acs-date:2026-11-24T07:00:00Z\nx-acs-security-token:tok/en\n\n\
            host;x-acs-date;x-acs-security-token\nabc123";
        let shown = canonical_request(canonical);
        assert_eq!(
            shown,
            "POST\n/\nPassword=<redacted>&RegionId=cn-hangzhou\nhost:ecs.aliyuncs.com\n\
             x-acs-date:2026-11-24T07:00:00Z\nx-acs-security-token:<redacted>\n\n\
             host;x-acs-date;x-acs-security-token\nabc123"
        );

        let inner =
            "AccessKeyId=id&Password=p%2Fw&SecurityToken=t%2Bk&Timestamp=2026-11-24T07%3A00%3A00Z";
        let sts = format!("GET&%2F&{}", percent_encode(inner));
        let shown = rpc_string_to_sign(&sts);
        assert!(
            !shown.contains("t%252Bk") && !shown.contains("p%252Fw"),
            "{shown}"
        );
        assert!(
            shown.contains("AccessKeyId%3Did") && shown.contains("Timestamp"),
            "{shown}"
        );
    }
}
