//! Alibaba Cloud ACS3-HMAC-SHA256, the signature current official SDKs send.
//!
//! Canonical request = method, path, canonical query (sorted, percent-encoded),
//! canonical headers (`name:value\n`, lower-case, sorted), signed header
//! names (`;`-joined), hex SHA-256 of the body. The string to sign is
//! `ACS3-HMAC-SHA256\n` + hex SHA-256 of that; the signature is hex
//! HMAC-SHA256 keyed with the secret, sent as
//! `Authorization: ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>`.
//!
//! Signed headers: `host`, `content-type` (when there is a body) and every
//! `x-acs-*` header. A bearer credential is not signed: `x-acs-bearer-token`
//! and `SignatureType=BEARERTOKEN` replace the `Authorization` header.

use super::{hmac_sha256, sha256_hex};
use crate::credentials::{Credential, CredentialKind};
use crate::encode::{join_pairs, percent_encode_into};
use crate::time::iso8601;
use std::borrow::Cow;

/// The algorithm name, as sent in `Authorization`.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// One request to sign.
#[derive(Clone, Copy)]
pub struct Acs3Input<'a> {
    /// `GET`, `POST`, …
    pub method: &'a str,
    /// The `Host` header: host, plus `:port` when not the scheme's default.
    pub host: &'a str,
    /// The URL path, percent-encoded as sent; `/` for RPC-style APIs.
    pub path: &'a str,
    /// The API's action.
    pub action: &'a str,
    /// The API version.
    pub version: &'a str,
    /// Query parameters, already flattened.
    pub query: &'a [(String, String)],
    /// The exact body bytes (empty for none, or for a body sent as a
    /// stream, whose hash `body_sha256` gives).
    pub body: &'a [u8],
    /// The lower-case hex SHA-256 of a body sent as a stream; `None`: the
    /// hash of `body`.
    pub body_sha256: Option<&'a str>,
    /// The body's `Content-Type`, when there is a body.
    pub content_type: Option<&'a str>,
    /// Seconds since the Unix epoch.
    pub timestamp: u64,
    /// A value never reused for this key (`x-acs-signature-nonce`).
    pub nonce: &'a str,
    /// The request's own headers (resource-style header members, such as
    /// FC's `x-fc-invocation-type`): sent and signed, names lower-cased.
    pub headers: &'a [(String, String)],
    /// A resource-style request (ROA, V3, FC, AliGenie): a bearer token is
    /// marked by the `x-acs-signature-type` header instead of the
    /// `SignatureType` query parameter.
    pub resource: bool,
}

/// Request members show by name, secret values replaced; bodies as text
/// with secret values replaced.
impl std::fmt::Debug for Acs3Input<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Acs3Input")
            .field("method", &self.method)
            .field("host", &self.host)
            .field("path", &self.path)
            .field("action", &self.action)
            .field("version", &self.version)
            .field("query", &super::ShownParams(self.query))
            .field("body", &super::ShownBody(self.body))
            .field("body_sha256", &self.body_sha256)
            .field("content_type", &self.content_type)
            .field("timestamp", &self.timestamp)
            .field("nonce", &self.nonce)
            .field("headers", &super::ShownParams(self.headers))
            .field("resource", &self.resource)
            .finish()
    }
}

/// A signed request: its query string and the headers to send. `Debug`
/// shows header names only: values include the signature and tokens.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedAcs3 {
    /// The query string to send (without `?`), names and values
    /// percent-encoded. (The canonical query signs names as they are.)
    pub query: String,
    /// Headers to send, lower-case names (including `host` and the
    /// request's own headers).
    pub headers: Vec<(Cow<'static, str>, String)>,
    /// What was hashed and signed (empty for bearer tokens). Diagnostic only.
    pub canonical_request: String,
    /// `ACS3-HMAC-SHA256\n` + the canonical request's hash: the string
    /// that was signed (empty for bearer tokens). Diagnostic only.
    pub string_to_sign: String,
}

/// Signs a request. The credential's own validity is checked by the caller.
pub fn sign(input: &Acs3Input<'_>, credential: &Credential) -> SignedAcs3 {
    let payload_hash = match input.body_sha256 {
        Some(hash) => hash.to_owned(),
        None => sha256_hex(input.body),
    };
    let mut headers: Vec<(Cow<'static, str>, String)> =
        Vec::with_capacity(10 + input.headers.len());
    let mut add = |name: &'static str, value: String| headers.push((Cow::Borrowed(name), value));
    add("host", input.host.to_owned());
    if let Some(ct) = input.content_type {
        add("content-type", ct.to_owned());
    }
    add("x-acs-action", input.action.to_owned());
    add("x-acs-content-sha256", payload_hash.clone());
    add("x-acs-date", iso8601(input.timestamp));
    add("x-acs-signature-nonce", input.nonce.to_owned());
    add("x-acs-version", input.version.to_owned());
    for (name, value) in input.headers {
        headers.push((Cow::Owned(name.to_ascii_lowercase()), value.clone()));
    }

    let mut query: Vec<(&str, &str)> = input
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();

    if credential.kind() == CredentialKind::Anonymous {
        query.sort_by(|a, b| a.0.cmp(b.0));
        return SignedAcs3 {
            query: join_pairs(query, percent_encode_into),
            headers,
            canonical_request: String::new(),
            string_to_sign: String::new(),
        };
    }
    if credential.kind() == CredentialKind::Bearer {
        let token = credential.bearer_token().map_or("", |t| t.expose());
        headers.push((Cow::Borrowed("x-acs-bearer-token"), token.to_owned()));
        if input.resource {
            headers.push((
                Cow::Borrowed("x-acs-signature-type"),
                "BEARERTOKEN".to_owned(),
            ));
        } else {
            query.push(("SignatureType", "BEARERTOKEN"));
        }
        query.sort_by(|a, b| a.0.cmp(b.0));
        return SignedAcs3 {
            query: join_pairs(query, percent_encode_into),
            headers,
            canonical_request: String::new(),
            string_to_sign: String::new(),
        };
    }
    if let Some(token) = credential
        .security_token()
        .filter(|t| !t.expose().is_empty())
    {
        headers.push((
            Cow::Borrowed("x-acs-accesskey-id"),
            credential.access_key_id().to_owned(),
        ));
        headers.push((
            Cow::Borrowed("x-acs-security-token"),
            token.expose().to_owned(),
        ));
    }
    headers.sort_by(|a, b| a.0.cmp(&b.0));
    query.sort_by(|a, b| a.0.cmp(b.0));
    // The official SDKs sign names as they are and values encoded; the URL
    // carries both encoded. The two differ only for names outside the
    // unreserved set (a map key such as `Tag.环境`).
    let mut canonical_query = String::with_capacity(wire_capacity(&query));
    for (i, (name, value)) in query.iter().enumerate() {
        if i > 0 {
            canonical_query.push('&');
        }
        canonical_query.push_str(name);
        canonical_query.push('=');
        percent_encode_into(value, &mut canonical_query);
    }
    // Names are nearly always unreserved characters, which encoding keeps:
    // then the canonical query is the wire query.
    let names_plain = query.iter().all(|(name, _)| {
        name.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b))
    });
    let wire_query = (!names_plain).then(|| join_pairs(query, percent_encode_into));

    let signed_headers = headers
        .iter()
        .map(|(k, _)| k.as_ref())
        .collect::<Vec<_>>()
        .join(";");
    let mut canonical_request = String::with_capacity(512 + canonical_query.len());
    for part in [input.method, input.path, &canonical_query] {
        canonical_request.push_str(part);
        canonical_request.push('\n');
    }
    for (name, value) in &headers {
        canonical_request.push_str(name);
        canonical_request.push(':');
        canonical_request.push_str(value.trim());
        canonical_request.push('\n');
    }
    canonical_request.push('\n');
    canonical_request.push_str(&signed_headers);
    canonical_request.push('\n');
    canonical_request.push_str(&payload_hash);

    let string_to_sign = format!("{ALGORITHM}\n{}", sha256_hex(canonical_request.as_bytes()));
    let signature = super::hex_lower(&hmac_sha256(
        credential.access_key_secret().expose().as_bytes(),
        string_to_sign.as_bytes(),
    ));
    headers.push((
        Cow::Borrowed("authorization"),
        format!(
            "{ALGORITHM} Credential={},SignedHeaders={signed_headers},Signature={signature}",
            credential.access_key_id()
        ),
    ));
    SignedAcs3 {
        query: wire_query.unwrap_or(canonical_query),
        headers,
        canonical_request,
        string_to_sign,
    }
}

/// A guess at a query's encoded length, to allocate once.
fn wire_capacity(query: &[(&str, &str)]) -> usize {
    query
        .iter()
        .map(|(k, v)| k.len() + v.len() * 3 / 2 + 2)
        .sum()
}

impl std::fmt::Debug for SignedAcs3 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedAcs3")
            .field(
                "headers",
                &self.headers.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}
