//! Tencent Cloud's older signature (HmacSHA1 / HmacSHA256), which the
//! official SDKs still offer.
//!
//! The common parameters (`Action`, `Nonce`, `Timestamp`, `Version`,
//! `Region`, `Token`, `SecretId`, `SignatureMethod`, `Language`) follow the
//! request's flattened parameters. The string to sign is
//! `METHOD` + host + path + `?` + every `name=value` sorted by name, unencoded
//! (with `_` in names read as `.`); the signature is base64(HMAC(SecretKey, …)).
//! Everything travels form-encoded, as the body (POST) or query (GET).

use super::{base64, hmac_sha1, hmac_sha256};
use crate::credentials::Credential;
use crate::encode::{form_encode_into, join_pairs};

/// The HMAC of the legacy signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LegacyAlgorithm {
    /// `HmacSHA1`.
    HmacSha1,
    /// `HmacSHA256`.
    HmacSha256,
}

impl LegacyAlgorithm {
    /// The `SignatureMethod` parameter value.
    pub fn name(self) -> &'static str {
        match self {
            LegacyAlgorithm::HmacSha1 => "HmacSHA1",
            LegacyAlgorithm::HmacSha256 => "HmacSHA256",
        }
    }
}

/// One request to sign.
#[derive(Clone, Copy)]
pub struct LegacyInput<'a> {
    /// `GET` or `POST`.
    pub method: &'a str,
    /// The host, e.g. `cvm.tencentcloudapi.com`.
    pub host: &'a str,
    /// The path, `/`.
    pub path: &'a str,
    /// The action.
    pub action: &'a str,
    /// The API version.
    pub version: &'a str,
    /// `Region`, when the API is regional.
    pub region: Option<&'a str>,
    /// `Language`, when set.
    pub language: Option<&'a str>,
    /// The request's parameters, flattened with lists counted from 0.
    pub params: &'a [(String, String)],
    /// `RequestClient`: who is calling.
    pub request_client: &'a str,
    /// Seconds since the Unix epoch.
    pub timestamp: u64,
    /// A random positive number never reused for this key.
    pub nonce: u64,
}

/// Request members show by name, secret values replaced.
impl std::fmt::Debug for LegacyInput<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LegacyInput")
            .field("method", &self.method)
            .field("host", &self.host)
            .field("path", &self.path)
            .field("action", &self.action)
            .field("version", &self.version)
            .field("region", &self.region)
            .field("language", &self.language)
            .field("params", &super::ShownParams(self.params))
            .field("request_client", &self.request_client)
            .field("timestamp", &self.timestamp)
            .field("nonce", &self.nonce)
            .finish()
    }
}

/// The form-encoded parameters to send, `Signature` last.
pub fn sign(
    input: &LegacyInput<'_>,
    credential: &Credential,
    algorithm: LegacyAlgorithm,
) -> String {
    let nonce = input.nonce.to_string();
    let timestamp = input.timestamp.to_string();
    let mut params: Vec<(&str, &str)> = input
        .params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    params.push(("Action", input.action));
    params.push(("RequestClient", input.request_client));
    params.push(("Nonce", &nonce));
    params.push(("Timestamp", &timestamp));
    params.push(("Version", input.version));
    if let Some(region) = input.region.filter(|r| !r.is_empty()) {
        params.push(("Region", region));
    }
    if let Some(token) = credential
        .security_token()
        .filter(|t| !t.expose().is_empty())
    {
        params.push(("Token", token.expose()));
    }
    params.push(("SecretId", credential.access_key_id()));
    params.push(("SignatureMethod", algorithm.name()));
    if let Some(language) = input.language.filter(|l| !l.is_empty()) {
        params.push(("Language", language));
    }

    let mut names: Vec<(String, &str)> = params
        .iter()
        .map(|(k, v)| (k.replace('_', "."), *v))
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    let mut string_to_sign = format!("{}{}{}?", input.method, input.host, input.path);
    for (i, (k, v)) in names.iter().enumerate() {
        if i > 0 {
            string_to_sign.push('&');
        }
        string_to_sign.push_str(k);
        string_to_sign.push('=');
        string_to_sign.push_str(v);
    }
    let key = credential.access_key_secret().expose().as_bytes();
    let signature = match algorithm {
        LegacyAlgorithm::HmacSha1 => base64(&hmac_sha1(key, string_to_sign.as_bytes())),
        LegacyAlgorithm::HmacSha256 => base64(&hmac_sha256(key, string_to_sign.as_bytes())),
    };
    params.push(("Signature", &signature));
    join_pairs(params, form_encode_into)
}
