//! Alibaba Cloud RPC signature v1.
//!
//! The common parameters (`Action`, `Version`, `Format`, `Timestamp`,
//! `SignatureNonce`, `SignatureMethod`, `SignatureVersion`, `AccessKeyId`,
//! `SecurityToken`) join the request's own; all of them, query and form body
//! together, sorted by name and percent-encoded, make the canonical query.
//! The string to sign is `METHOD&%2F&` + the canonical query percent-encoded
//! once more; the signature is base64(HMAC(secret + "&", string to sign)),
//! sent as the `Signature` query parameter.
//!
//! A bearer credential is not signed: `BearerToken` and
//! `SignatureType=BEARERTOKEN` replace the key parameters.

use super::{base64, hmac_sha1, hmac_sha256};
use crate::credentials::{Credential, CredentialKind};
use crate::encode::{join_pairs, percent_encode_into};
use crate::time::iso8601;

/// The HMAC behind an RPC v1 signature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum RpcAlgorithm {
    /// `HMAC-SHA1`, what the official SDKs send.
    #[default]
    HmacSha1,
    /// `HMAC-SHA256`, which the RPC gateway also accepts.
    HmacSha256,
}

impl RpcAlgorithm {
    /// The `SignatureMethod` parameter value.
    pub fn name(self) -> &'static str {
        match self {
            RpcAlgorithm::HmacSha1 => "HMAC-SHA1",
            RpcAlgorithm::HmacSha256 => "HMAC-SHA256",
        }
    }
}

/// One RPC request to sign.
#[derive(Clone, Copy)]
pub struct RpcInput<'a> {
    /// `GET` or `POST`.
    pub method: &'a str,
    /// The API's action, e.g. `DescribeInstances`.
    pub action: &'a str,
    /// The API version, e.g. `2014-05-26`.
    pub version: &'a str,
    /// The request's own query parameters, already flattened.
    pub query: &'a [(String, String)],
    /// The request's form-body parameters (signed, but sent in the body).
    pub body: &'a [(String, String)],
    /// Seconds since the Unix epoch.
    pub timestamp: u64,
    /// A value never reused for this key (`SignatureNonce`).
    pub nonce: &'a str,
}

/// Request members show by name, secret values replaced; bodies as text
/// with secret values replaced.
impl std::fmt::Debug for RpcInput<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RpcInput")
            .field("method", &self.method)
            .field("action", &self.action)
            .field("version", &self.version)
            .field("query", &super::ShownParams(self.query))
            .field("body", &super::ShownParams(self.body))
            .field("timestamp", &self.timestamp)
            .field("nonce", &self.nonce)
            .finish()
    }
}

/// A signed RPC request. `Debug` hides both fields: they hold the
/// signature and any security token.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedRpc {
    /// The complete query string to send (without `?`), sorted and
    /// percent-encoded, `Signature` included.
    pub query: String,
    /// What was signed (empty for bearer tokens). Diagnostic only.
    pub string_to_sign: String,
}

/// Signs an RPC request. The credential's own validity is checked by the
/// caller ([`Credential::check_usable`]).
pub fn sign(input: &RpcInput<'_>, credential: &Credential, algorithm: RpcAlgorithm) -> SignedRpc {
    let timestamp = iso8601(input.timestamp);
    let mut common: Vec<(&str, &str)> = vec![
        ("Action", input.action),
        ("Format", "JSON"),
        ("Version", input.version),
        ("Timestamp", &timestamp),
        ("SignatureNonce", input.nonce),
    ];
    if credential.kind() == CredentialKind::Anonymous {
        return SignedRpc {
            query: sorted_query(common, input.query),
            string_to_sign: String::new(),
        };
    }
    if credential.kind() == CredentialKind::Bearer {
        let token = credential.bearer_token().map_or("", |t| t.expose());
        common.push(("BearerToken", token));
        common.push(("SignatureType", "BEARERTOKEN"));
        return SignedRpc {
            query: sorted_query(common, input.query),
            string_to_sign: String::new(),
        };
    }
    common.push(("SignatureMethod", algorithm.name()));
    common.push(("SignatureVersion", "1.0"));
    common.push(("AccessKeyId", credential.access_key_id()));
    if let Some(token) = credential
        .security_token()
        .filter(|t| !t.expose().is_empty())
    {
        common.push(("SecurityToken", token.expose()));
    }

    let string_to_sign = string_to_sign(input.method, &common, input.query, input.body);
    let key = format!("{}&", credential.access_key_secret().expose());
    let signature = match algorithm {
        RpcAlgorithm::HmacSha1 => base64(&hmac_sha1(key.as_bytes(), string_to_sign.as_bytes())),
        RpcAlgorithm::HmacSha256 => base64(&hmac_sha256(key.as_bytes(), string_to_sign.as_bytes())),
    };
    common.push(("Signature", &signature));
    SignedRpc {
        query: sorted_query(common, input.query),
        string_to_sign,
    }
}

/// `METHOD&%2F&` + percent-encoded canonical query of every parameter.
fn string_to_sign(
    method: &str,
    common: &[(&str, &str)],
    query: &[(String, String)],
    body: &[(String, String)],
) -> String {
    let mut all: Vec<(&str, &str)> = Vec::with_capacity(common.len() + query.len() + body.len());
    all.extend_from_slice(common);
    all.extend(
        query
            .iter()
            .chain(body)
            .map(|(k, v)| (k.as_str(), v.as_str())),
    );
    all.sort_by(|a, b| a.0.cmp(b.0));
    // A name given twice is signed once, with its last value (a body value
    // over a query value), as the official SDKs merge their maps.
    let last_of_each = all
        .iter()
        .enumerate()
        .filter(|(i, (k, _))| all.get(i + 1).is_none_or(|(next, _)| next != k))
        .map(|(_, kv)| *kv);
    let canonical = join_pairs(last_of_each, percent_encode_into);
    let mut out = String::with_capacity(method.len() + 5 + canonical.len() * 3 / 2);
    out.push_str(method);
    out.push_str("&%2F&");
    percent_encode_into(&canonical, &mut out);
    out
}

fn sorted_query<'a>(mut common: Vec<(&'a str, &'a str)>, query: &'a [(String, String)]) -> String {
    common.extend(query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    common.sort_by(|a, b| a.0.cmp(b.0));
    join_pairs(common, percent_encode_into)
}

impl std::fmt::Debug for SignedRpc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedRpc")
            .field("query_len", &self.query.len())
            .finish_non_exhaustive()
    }
}
