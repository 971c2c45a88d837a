//! yun-core: what every yun crate stands on.
//!
//! Generated product crates (`yun-aliyun-ecs`, `yun-tencent-cvm`, …) supply
//! the data of each operation; this crate does the rest: [`credentials`],
//! request [`encode`]-ing, signing, HTTP transport ([`http`]), retries
//! ([`retry`]), endpoints ([`endpoint`]) and one typed [`Error`].
//!
//! It also has raw clients that call any operation of any product, what
//! the official SDKs call CommonRequest / Common Client:
//! [`aliyun::AliyunClient`] and [`tencent::TencentClient`].
//!
//! Every call reports through [`tracing`](https://docs.rs/tracing): a
//! DEBUG `call` span (vendor, product, action, version, region, host; at its
//! end attempts, HTTP status, request id, elapsed time, outcome), a DEBUG
//! event per attempt and retry, INFO events for the credential source that
//! answered and each credential refresh, and at TRACE what each attempt
//! signed and sent, with every secret replaced by `<redacted>`. Nothing is
//! logged at INFO per call; with no subscriber it costs nothing measurable.

pub mod aliyun;
pub mod binary;
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
pub mod json;
mod lenient;
mod operation;
pub mod options;
pub mod paginate;
mod redact;
pub mod response;
pub mod retry;
// The signers: not public API (their inputs follow the protocols); the
// algorithms a `Config` takes are re-exported at the root.
#[doc(hidden)]
pub mod sign;
pub mod sse;
pub mod tencent;
pub mod text;
mod time;
pub mod upload;

pub use config::{AliyunSignature, Config, ConfigBuilder, TencentSignature};
pub use credentials::{Credential, ProvideCredentials};
pub use error::{Error, Result, ServiceError};
pub use operation::{Call, CallFuture};
pub use options::CallOptions;
pub use sign::aliyun_rpc::RpcAlgorithm;
pub use sign::tencent_legacy::LegacyAlgorithm;
pub use text::{Text, UnknownValue};
