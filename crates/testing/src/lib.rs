//! Test code that calls yun without the network.
//!
//! A [`Mock`] stands where the network would: rules answer by action, in
//! sequence or by predicate, with typed responses built from the generated
//! types, service errors by code, or faults ([`Fault`]: throttling, internal
//! errors, gateway statuses, resets, timeouts); every request is recorded
//! ([`Request`]) and can be read back into its generated request type. The
//! client's whole call path runs (encoding, signing, retries, paging,
//! decoding), so a fault is retried exactly as it would be. A streamed
//! answer is mocked with its events as text:
//! `.raw(200, "text/event-stream", "data: {…}\n\n")`. A [`Recorder`]
//! writes real exchanges to a file that [`Mock::replay`] answers from.
//!
//! Add it as a dev-dependency; it does not change yun-core's features, so
//! the generated crates are not built twice:
//!
//! ```toml
//! [dev-dependencies]
//! yun-testing = "0.1"
//! ```
//!
//! ```
//! # async fn demo() -> Result<(), yun_core::Error> {
//! use yun_aliyun_ecs::{Client, DescribeRegionsRequest, DescribeRegionsResponse};
//! use yun_testing::Mock;
//!
//! let mock = Mock::new();
//! mock.on("DescribeRegions")
//!     .answer(DescribeRegionsResponse::default())
//!     .error("Forbidden.RAM", "not allowed");
//! let ecs = Client::new(mock.config("cn-hangzhou"));
//! ecs.describe_regions(DescribeRegionsRequest::new()).await?;
//! let err = ecs.describe_regions(DescribeRegionsRequest::new()).await.unwrap_err();
//! assert_eq!(err.code(), Some("Forbidden.RAM"));
//! assert_eq!(mock.requests_for("DescribeRegions").len(), 2);
//! # Ok(()) }
//! ```
//!
//! The `server` feature adds what yun's own tests use: a real HTTP/1.1
//! server on 127.0.0.1 (`TestServer`) with signature checks written from
//! the protocols, and the generated crates' conformance harness.

mod mock;
mod replay;
mod request;

pub use mock::{Fault, Mock, Rule};
pub use replay::Recorder;
pub use request::{Request, Vendor};

#[cfg(feature = "server")]
pub mod harness;
#[cfg(feature = "server")]
mod server;
#[cfg(feature = "server")]
pub use server::*;
