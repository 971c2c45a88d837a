//! The 4 error codes the metadata lists for this API's operations, one constant each, to match [`Error::code`](yun_core::Error::code) without typing a code:
//!
//! ```text
//! if matches!(e.code(), Some(errors::SOME_CODE)) { … }
//! ```
//!
//! A code several spellings share a name with (the metadata spells some conditions more than one way) keeps the name for the spelling most operations list; `<NAME>_SPELLINGS` lists them all. A service may also answer with codes the metadata does not list.

/// `AuthFailed` (HTTP 403), listed by 18 operations.
pub const AUTH_FAILED: &str = "AuthFailed";
/// `ParameterError` (HTTP 400), listed by 18 operations.
pub const PARAMETER_ERROR: &str = "ParameterError";
/// `ServiceUnavailable` (HTTP 503), listed by 18 operations.
pub const SERVICE_UNAVAILABLE: &str = "ServiceUnavailable";
/// `Timeout` (HTTP 408), listed by 18 operations.
pub const TIMEOUT: &str = "Timeout";
