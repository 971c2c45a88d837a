//! Tencent Cloud TC3-HMAC-SHA256.
//!
//! Canonical request = method, `/`, canonical query (GET only), the
//! `content-type` and `host` headers, `content-type;host`, hex SHA-256 of the
//! payload (empty for GET). String to sign = `TC3-HMAC-SHA256`, timestamp,
//! `<date>/<service>/tc3_request`, hex SHA-256 of the canonical request. The
//! key is derived HMAC by HMAC from `"TC3" + SecretKey`, the date, the service
//! and `tc3_request`.

use super::{hmac_sha256, sha256_hex};
use crate::credentials::{Credential, CredentialKind};
use crate::time::date;

/// The algorithm name, as sent in `Authorization`.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";

/// One request to sign.
#[derive(Clone, Copy)]
pub struct Tc3Input<'a> {
    /// `POST` (JSON body) or `GET` (query).
    pub method: &'a str,
    /// The `Host` header, e.g. `cvm.tencentcloudapi.com`.
    pub host: &'a str,
    /// The service, e.g. `cvm` (part of the credential scope).
    pub service: &'a str,
    /// The action, e.g. `DescribeInstances`.
    pub action: &'a str,
    /// The API version, e.g. `2017-03-12`.
    pub version: &'a str,
    /// `X-TC-Region`, when the API is regional.
    pub region: Option<&'a str>,
    /// `X-TC-Language` (`zh-CN` or `en-US`), when set.
    pub language: Option<&'a str>,
    /// The `Content-Type` header that will be sent.
    pub content_type: &'a str,
    /// For GET: the query string exactly as sent (without `?`); else empty.
    pub query: &'a str,
    /// For POST: the body exactly as sent; else empty.
    pub payload: &'a [u8],
    /// Seconds since the Unix epoch.
    pub timestamp: u64,
}

/// Request members show by name, secret values replaced; bodies as text
/// with secret values replaced.
impl std::fmt::Debug for Tc3Input<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tc3Input")
            .field("method", &self.method)
            .field("host", &self.host)
            .field("service", &self.service)
            .field("action", &self.action)
            .field("version", &self.version)
            .field("region", &self.region)
            .field("language", &self.language)
            .field("content_type", &self.content_type)
            .field("query", &super::ShownBody(self.query.as_bytes()))
            .field("payload", &super::ShownBody(self.payload))
            .field("timestamp", &self.timestamp)
            .finish()
    }
}

/// Headers to send for a TC3-signed request, `Authorization` last.
pub fn sign(input: &Tc3Input<'_>, credential: &Credential) -> SignedTc3 {
    let timestamp = input.timestamp.to_string();
    let date = date(input.timestamp);
    let canonical_request = format!(
        "{}\n/\n{}\ncontent-type:{}\nhost:{}\n\ncontent-type;host\n{}",
        input.method,
        input.query,
        input.content_type,
        input.host,
        sha256_hex(input.payload)
    );
    let scope = format!("{date}/{}/tc3_request", input.service);
    let string_to_sign = format!(
        "{ALGORITHM}\n{timestamp}\n{scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    );
    let secret = format!("TC3{}", credential.access_key_secret().expose());
    let k_date = hmac_sha256(secret.as_bytes(), date.as_bytes());
    let k_service = hmac_sha256(&k_date, input.service.as_bytes());
    let k_signing = hmac_sha256(&k_service, b"tc3_request");
    let signature = super::hex_lower(&hmac_sha256(&k_signing, string_to_sign.as_bytes()));

    let mut headers = Vec::with_capacity(9);
    headers.push(("Host", input.host.to_owned()));
    headers.push(("Content-Type", input.content_type.to_owned()));
    headers.push(("X-TC-Action", input.action.to_owned()));
    headers.push(("X-TC-Timestamp", timestamp));
    headers.push(("X-TC-Version", input.version.to_owned()));
    if let Some(region) = input.region.filter(|r| !r.is_empty()) {
        headers.push(("X-TC-Region", region.to_owned()));
    }
    if let Some(token) = credential
        .security_token()
        .filter(|t| !t.expose().is_empty())
    {
        headers.push(("X-TC-Token", token.expose().to_owned()));
    }
    if let Some(language) = input.language.filter(|l| !l.is_empty()) {
        headers.push(("X-TC-Language", language.to_owned()));
    }
    let authorization = if credential.kind() == CredentialKind::Anonymous {
        // What the official SDKs send for calls that skip signing.
        "SKIP".to_owned()
    } else {
        format!(
            "{ALGORITHM} Credential={}/{scope}, SignedHeaders=content-type;host, Signature={signature}",
            credential.access_key_id()
        )
    };
    headers.push(("Authorization", authorization));
    SignedTc3 {
        headers,
        canonical_request,
        string_to_sign,
    }
}

/// A signed TC3 request: the headers to send, and what was signed.
/// `Debug` hides all of it: the headers hold the signature and any token.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedTc3 {
    /// The headers to send, `Authorization` last.
    pub headers: Vec<(&'static str, String)>,
    /// The canonical request. Diagnostic only.
    pub canonical_request: String,
    /// The string that was signed. Diagnostic only.
    pub string_to_sign: String,
}

impl std::fmt::Debug for SignedTc3 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SignedTc3 { .. }")
    }
}
