//! Shared test servers.
pub mod oss;
