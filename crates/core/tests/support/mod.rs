//! Shared test servers.
pub mod large;
pub mod oss;
