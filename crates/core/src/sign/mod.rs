//! Request signing for the three wire protocols, as pure functions.
//!
//! Each signer takes the request's parts, a [`Credential`](crate::credentials::Credential),
//! the clock (Unix seconds) and, where the protocol has one, a nonce, and
//! returns what to put on the wire. Nothing here reads the clock, the
//! environment or the network, so tests can compare byte for byte with the
//! vendors' official SDKs (see `crates/core/tests/vectors`).
//!
//! - [`aliyun_rpc`]: Alibaba Cloud RPC signature v1 (HMAC-SHA1 or HMAC-SHA256
//!   over the sorted query, `Signature` parameter), and bearer tokens.
//! - [`acs3`]: Alibaba Cloud ACS3-HMAC-SHA256 (canonical request,
//!   `x-acs-*` headers, `Authorization` header), what current official SDKs send.
//! - [`tc3`]: Tencent Cloud TC3-HMAC-SHA256 for POST (JSON) and GET.
//! - [`tencent_legacy`]: Tencent Cloud's older HmacSHA1 / HmacSHA256 form signature.

pub mod acs3;
pub mod aliyun_rpc;
pub mod tc3;
pub mod tencent_legacy;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::fmt;

/// Parameters as the signers' inputs show them in `Debug`: `name=value`,
/// secret values replaced ([`crate::redact`]).
pub(crate) struct ShownParams<'a>(pub(crate) &'a [(String, String)]);

impl fmt::Debug for ShownParams<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|(name, value)| {
                let value = if crate::redact::is_secret_name(name) {
                    crate::redact::REDACTED
                } else {
                    value
                };
                ShownText(format!("{name}={value}"))
            }))
            .finish()
    }
}

/// A body or query text as the signers' inputs show it in `Debug`.
pub(crate) struct ShownBody<'a>(pub(crate) &'a [u8]);

impl fmt::Debug for ShownBody<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ShownText(crate::redact::body(self.0)).fmt(f)
    }
}

struct ShownText(String);

impl fmt::Debug for ShownText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub(crate) fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

pub(crate) fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

/// Lower-case hex SHA-256 of `data`, as both vendors hash payloads.
pub fn sha256_hex(data: &[u8]) -> String {
    hex_lower(&Sha256::digest(data))
}

/// Lower-case hex of `bytes`. Every signed request writes three or four of
/// these (payload hash, request hash, signature, nonce); a table lookup per
/// nibble instead of the `hex` crate's char iterator.
pub fn hex_lower(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

pub(crate) fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A fresh nonce: 32 lower-case hex characters (128 bits), never repeated
/// within a process and unrelated across processes.
pub fn new_nonce() -> String {
    hex_lower(&unique_bytes())
}

/// 128 bits never repeated within a process and unrelated across
/// processes. The first call draws a 128-bit key from the OS; each result
/// is SHA-256 of that key and a process-wide counter, cut to 128 bits. A
/// call then costs one hash block instead of a system call (every ACS3
/// request carries a nonce), and the results still look random.
pub(crate) fn unique_bytes() -> [u8; 16] {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::OnceLock;
    static KEY: OnceLock<[u8; 16]> = OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let key = KEY.get_or_init(|| {
        let mut key = [0u8; 16];
        if getrandom::getrandom(&mut key).is_err() {
            // No OS randomness: the clock still tells processes apart.
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            key = nanos.to_le_bytes();
        }
        key
    });
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let digest = Sha256::new()
        .chain_update(key)
        .chain_update(n.to_le_bytes())
        .finalize();
    let mut out = [0u8; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(super::hex_lower(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(super::hex_lower(&[]), "");
    }

    #[test]
    fn nonces_are_32_hex_characters_and_never_repeat() {
        let nonces: std::collections::BTreeSet<String> =
            (0..10_000).map(|_| super::new_nonce()).collect();
        assert_eq!(nonces.len(), 10_000);
        assert!(nonces.iter().all(|n| n.len() == 32
            && n.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())));
    }
}
