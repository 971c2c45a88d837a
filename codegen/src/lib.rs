//! yun's generator: vendor metadata in, typed Rust crates out.
//!
//! The data flow is three steps, one module each:
//! 1. [`read`]: Alibaba Cloud `api-docs.json` or Tencent Cloud `api.json`
//!    into the model, absorbing metadata quirks by rule and reporting them.
//! 2. [`model`]: the facts (names, types, locations, styles, bounds,
//!    endpoints), stored as `specs/<vendor>/<product>-<version>.json`.
//! 3. [`render`]: one crate per spec, formatted, deterministic.
//!
//! [`naming`] holds every rule that turns a wire name into a Rust name;
//! [`diff`] says what a new spec changes in a crate's API.

pub mod diff;
pub mod model;
pub mod naming;
pub mod read;
pub mod render;
