//! Reading response bodies into typed values.

use crate::error::Error;
use crate::json::Decode;
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Decodes a successful JSON body into a generated type (or anything that
/// implements [`Decode`]), tolerating the usual mismatches (numbers as
/// strings and the reverse, a single value where a list is declared; `""`
/// kept in text members; see [`crate::json`]). A member that fits no reading
/// of its type reads as absent (a `WARN` event names it); a body that is not
/// JSON is an [`Error::Decode`] naming where, with a snippet and the request
/// id if one can still be read.
pub fn decode_json<T: Decode>(body: &[u8]) -> Result<T, Error> {
    crate::json::from_slice(body).map_err(|e| decode_error(200, &e, body).with_source(Box::new(e)))
}

/// [`decode_json`] for a resource-style answer, where an empty body (a 204,
/// or a 200 without content) reads as an object without members.
pub fn decode_json_object<T: Decode>(body: &[u8]) -> Result<T, Error> {
    if body.trim_ascii().is_empty() {
        return decode_json(b"{}");
    }
    decode_json(body)
}

/// Decodes a successful JSON body into any serde type, with the same
/// coercions as [`decode_json`]: integer and float fields accept numeric
/// strings; text fields accept numbers and booleans (and keep objects or
/// lists as JSON text); boolean fields accept `"true"`/`"false"` and 0/1;
/// optional fields read `null` and `""` as absent (serde cannot tell, before
/// reading, whether an `Option` holds text; a `String` field with
/// `#[serde(default)]` keeps `""`). Integers never pass
/// through `f64`. The raw clients' `call` uses this, for the caller's own
/// types; generated types go through the faster [`decode_json`].
pub fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    crate::lenient::from_slice(body)
        .map_err(|e| decode_error(200, &crate::json::describe_serde_error(body, &e), body))
}

pub(crate) fn decode_error(status: u16, e: &dyn std::fmt::Display, body: &[u8]) -> Error {
    let mut err = Error::decode(
        status,
        format!("the response does not match the expected shape: {e}"),
        body,
    );
    if let Error::Decode { request_id, .. } = &mut err {
        *request_id = probe_request_id(body);
    }
    err
}

/// Finds `RequestId` at the top level or under `Response`, for errors that
/// happen after the service answered.
fn probe_request_id(body: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(rename = "RequestId")]
        request_id: Option<String>,
        #[serde(rename = "Response")]
        response: Option<Box<Probe>>,
    }
    let probe: Probe = serde_json::from_slice(body).ok()?;
    probe.request_id.or_else(|| probe.response?.request_id)
}

/// True when the response says its body is JSON.
pub(crate) fn json_content_type(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("json"))
}
