//! yun-core: what every yun crate stands on.
//!
//! Generated product crates (`yun-aliyun-ecs`, `yun-tencent-cvm`, …) supply
//! the data of each operation; this crate does the rest: [`credentials`],
//! request [`encode`]-ing, [`sign`]-ing, HTTP transport ([`http`]), retries
//! ([`retry`]), endpoints ([`endpoint`]) and one typed [`Error`].
//!
//! It also has raw clients that call any operation of any product, what
//! the official SDKs call CommonRequest / Common Client:
//! [`aliyun::AliyunClient`] and [`tencent::TencentClient`].

pub mod aliyun;
mod call;
pub mod config;
pub mod credentials;
pub mod encode;
pub mod endpoint;
pub mod error;
mod explain;
pub mod http;
#[doc(hidden)]
pub mod internal;
mod lenient;
mod redact;
pub mod response;
pub mod retry;
pub mod sign;
pub mod tencent;
#[cfg(feature = "testing")]
#[doc(hidden)]
pub mod testing;
mod time;

pub use config::{AliyunSignature, Config, ConfigBuilder, TencentSignature};
pub use credentials::{Credential, ProvideCredentials};
pub use error::{Error, Result, ServiceError};
