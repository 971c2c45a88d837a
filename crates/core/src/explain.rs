//! Signature mismatches explained in the error, without secrets.
//!
//! Alibaba Cloud answers `SignatureDoesNotMatch` with the string it signed
//! in the message (`… server string to sign is:<text>`). That text is
//! compared with the client's own: for RPC signature v1 parameter by
//! parameter (one missing, one encoded differently, a different
//! timestamp); for ACS3, whose answer carries only a hash of the canonical
//! request, the note names what a proxy usually changes and shows the
//! client's canonical request. Equal strings mean the secret is wrong. The
//! server's string quotes the request (a security token, a password
//! member), so it is redacted in the message too.
//!
//! Tencent Cloud's `AuthFailure.SignatureFailure` says nothing more; the
//! note names what the client can check itself: the secret, the clock
//! against the answer's `Date`, and the signed headers it sent.

use crate::error::{Error, ServiceError, Vendor};
use crate::redact;
use crate::time::{iso8601, now_unix, parse_http_date};

const MARKER: &str = "string to sign is:";
const ACS3: &str = "ACS3-HMAC-SHA256";
/// The most of one value a note quotes.
const QUOTE: usize = 120;

/// Explains `err` when it is a signature mismatch; any other error is
/// returned as it is. `canonical_request` and `string_to_sign` are what the
/// client signed for this attempt.
pub(crate) fn signature_mismatch(
    err: Error,
    canonical_request: &str,
    string_to_sign: &str,
    headers: &http::HeaderMap,
) -> Error {
    let Error::Service(mut service) = err else {
        return err;
    };
    let note = match (service.vendor, service.code.as_str()) {
        (Vendor::Aliyun, "SignatureDoesNotMatch" | "IncompleteSignature") => {
            aliyun(&mut service, canonical_request, string_to_sign)
        }
        (Vendor::Tencent, "AuthFailure.SignatureFailure") => {
            tencent(canonical_request, string_to_sign, headers)
        }
        _ => return Error::Service(service),
    };
    service.note = Some(note);
    Error::Service(service)
}

fn aliyun(service: &mut ServiceError, canonical_request: &str, ours: &str) -> String {
    let Some(at) = service.message.find(MARKER) else {
        return format!(
            "signature mismatch: the answer does not quote the service's string to sign; \
             the client signed {}",
            quote(&shown_aliyun(ours))
        );
    };
    let theirs = service.message[at + MARKER.len()..].trim().to_owned();
    service.message = format!(
        "{}{MARKER}{}",
        &service.message[..at],
        shown_aliyun(&theirs)
    );
    if theirs == ours {
        return "signature mismatch explained: the service signed exactly the string the client \
                signed, so the AccessKey secret is not the one that belongs to the AccessKey ID \
                (a typo, a rotated key, or another account's secret)"
            .to_owned();
    }
    if ours.starts_with(ACS3) {
        let host = canonical_request
            .lines()
            .find_map(|l| l.strip_prefix("host:"))
            .unwrap_or("?");
        return format!(
            "signature mismatch explained: the service's canonical request differs from the \
             client's (the answer gives only its hash). A proxy or gateway that rewrote the host \
             (the client signed `host:{host}`), changed a signed header or re-encoded the body \
             causes this. The client's canonical request, secrets removed: {}",
            quote(&redact::text(canonical_request))
        );
    }
    match (rpc_parts(&theirs), rpc_parts(ours)) {
        (Some(theirs), Some(ours)) => {
            let differences = rpc_differences(&theirs, &ours);
            format!(
                "signature mismatch explained: {}",
                if differences.is_empty() {
                    "the strings differ only in how they are written".to_owned()
                } else {
                    differences.join("; ")
                }
            )
        }
        _ => format!(
            "signature mismatch: the service signed {}, the client signed {}",
            quote(&shown_aliyun(&theirs)),
            quote(&shown_aliyun(ours))
        ),
    }
}

/// An Alibaba Cloud string to sign, secrets removed.
fn shown_aliyun(text: &str) -> String {
    redact::text(text).into_owned()
}

/// An RPC v1 string to sign: its method and its parameters (names
/// decoded, values as encoded once, which shows encoding differences).
struct RpcParts {
    method: String,
    params: Vec<(String, String)>,
}

fn rpc_parts(text: &str) -> Option<RpcParts> {
    let mut parts = text.splitn(3, '&');
    let (method, path, encoded) = (parts.next()?, parts.next()?, parts.next()?);
    if path != "%2F" {
        return None;
    }
    let canonical = crate::encode::percent_decode(encoded, false)?;
    let params = canonical
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name =
                crate::encode::percent_decode(name, false).unwrap_or_else(|| name.to_owned());
            (name, value.to_owned())
        })
        .collect();
    Some(RpcParts {
        method: method.to_owned(),
        params,
    })
}

fn rpc_differences(theirs: &RpcParts, ours: &RpcParts) -> Vec<String> {
    let mut out = Vec::new();
    if theirs.method != ours.method {
        out.push(format!(
            "the service signed method {} but the client sent {} (a proxy changing the method?)",
            theirs.method, ours.method
        ));
    }
    let find = |params: &[(String, String)], name: &str| {
        params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    for (name, value) in &ours.params {
        match find(&theirs.params, name) {
            None => out.push(format!(
                "the client sent `{name}` but the service did not see it (dropped on the way, or sent where the service does not read it)"
            )),
            Some(v) if v == *value => {}
            Some(_) if redact::is_secret_name(name) => {
                out.push(format!("`{name}` differs (its value is secret)"))
            }
            Some(v) => out.push(format!(
                "`{name}`: the client signed {} but the service read {} (encoded differently, or changed on the way)",
                quote(value),
                quote(&v)
            )),
        }
    }
    for (name, _) in &theirs.params {
        if find(&ours.params, name).is_none() {
            out.push(format!(
                "the service saw `{name}`, which the client did not sign (added on the way?)"
            ));
        }
    }
    out
}

fn tencent(canonical_request: &str, string_to_sign: &str, headers: &http::HeaderMap) -> String {
    let signed_at = string_to_sign
        .lines()
        .nth(1)
        .and_then(|t| t.parse::<u64>().ok());
    let clock = match (
        signed_at,
        headers
            .get(http::header::DATE)
            .and_then(|d| d.to_str().ok())
            .and_then(parse_http_date),
    ) {
        (Some(ours), Some(theirs)) if ours.abs_diff(theirs) > 60 => format!(
            "the local clock is {} s {} the service's (signed at {}, its Date says {})",
            ours.abs_diff(theirs),
            if ours > theirs { "ahead of" } else { "behind" },
            iso8601(ours),
            iso8601(theirs)
        ),
        (Some(ours), _) => format!("signed at {} (the clock looks right)", iso8601(ours)),
        (None, _) => format!("signed around {}", iso8601(now_unix())),
    };
    format!(
        "signature did not verify; what the client can check: the SecretKey belongs to the \
         SecretId; {clock}; no proxy changed the body or the signed headers (content-type, host). \
         The client's canonical request, secrets removed: {}",
        quote(&redact::text(canonical_request))
    )
}

/// `text` in backticks, cut to a readable length on a character boundary.
fn quote(text: &str) -> String {
    if text.len() <= QUOTE * 4 {
        return format!("`{text}`");
    }
    let mut end = QUOTE * 4;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("`{}…`", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::percent_encode;

    fn service(vendor: Vendor, code: &str, message: &str) -> Error {
        ServiceError {
            access_denied: None,
            client_token: None,
            vendor,
            code: code.into(),
            message: message.into(),
            request_id: None,
            http_status: 400,
            recommend: None,
            host_id: None,
            note: None,
        }
        .into()
    }

    fn rpc(params: &str) -> String {
        format!("POST&%2F&{}", percent_encode(params))
    }

    #[test]
    fn rpc_differences_are_named_and_secrets_stay_out() {
        let ours =
            rpc("AccessKeyId=id&Name=a%20b&SecurityToken=tok1&Timestamp=2026-11-24T07%3A00%3A00Z");
        let theirs = rpc(
            "AccessKeyId=id&Name=a%2Bb&SecurityToken=tok2&Timestamp=2026-11-24T07%3A00%3A05Z&X=1",
        );
        let err = service(
            Vendor::Aliyun,
            "SignatureDoesNotMatch",
            &format!("Specified signature is not matched with our calculation. server string to sign is:{theirs}"),
        );
        let explained = signature_mismatch(err, "", &ours, &http::HeaderMap::new()).to_string();
        assert!(
            explained.contains("`Name`: the client signed `a%20b` but the service read `a%2Bb`"),
            "{explained}"
        );
        assert!(
            explained.contains("`SecurityToken` differs (its value is secret)"),
            "{explained}"
        );
        assert!(explained.contains("`Timestamp`"), "{explained}");
        assert!(explained.contains("the service saw `X`"), "{explained}");
        assert!(
            !explained.contains("tok1") && !explained.contains("tok2"),
            "{explained}"
        );
    }

    #[test]
    fn an_equal_string_means_a_wrong_secret() {
        let ours = rpc("AccessKeyId=id&Action=A");
        let err = service(
            Vendor::Aliyun,
            "SignatureDoesNotMatch",
            &format!("not matched. server string to sign is:{ours}"),
        );
        let text = signature_mismatch(err, "", &ours, &http::HeaderMap::new()).to_string();
        assert!(
            text.contains("the AccessKey secret is not the one"),
            "{text}"
        );
    }

    #[test]
    fn other_errors_pass_through() {
        let err = service(Vendor::Aliyun, "Forbidden.RAM", "no");
        let text = signature_mismatch(err, "", "x", &http::HeaderMap::new()).to_string();
        assert!(!text.contains("signature"), "{text}");
    }
}
