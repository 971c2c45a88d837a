//! Where credential providers send their requests, when not to the real
//! services: one struct for both default chains (tests point them at
//! 127.0.0.1, private deployments at their own hosts).
//!
//! Each provider that calls a service takes the same method for this,
//! `endpoint_url(&str) -> Result<Self, Error>`.

use crate::error::Error;

/// Overrides for the services the default chains call.
///
/// ```
/// use yun_core::credentials::{aliyun_default_chain_with, Endpoints, Environment};
///
/// let endpoints = Endpoints::default()
///     .sts("http://127.0.0.1:8080")
///     .metadata("http://127.0.0.1:8081");
/// let chain = aliyun_default_chain_with(&Environment::process(), endpoints);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Endpoints {
    sts: Option<String>,
    metadata: Option<String>,
    oauth: Option<String>,
}

impl Endpoints {
    /// STS, for every provider that calls it (Alibaba Cloud `AssumeRole`,
    /// `AssumeRoleWithOIDC`, `GenerateSessionAccessKey`; Tencent Cloud
    /// `AssumeRole`, `AssumeRoleWithWebIdentity`).
    pub fn sts(mut self, url: impl Into<String>) -> Self {
        self.sts = Some(url.into());
        self
    }

    /// The instance metadata service (ECS or CVM).
    pub fn metadata(mut self, url: impl Into<String>) -> Self {
        self.metadata = Some(url.into());
        self
    }

    /// Alibaba Cloud's OAuth sign-in service, instead of the site's.
    pub fn oauth(mut self, url: impl Into<String>) -> Self {
        self.oauth = Some(url.into());
        self
    }

    /// `provider` re-pointed at the STS override, if there is one.
    pub(crate) fn to_sts<P>(&self, provider: P, point: Point<P>) -> Result<P, Error> {
        repoint(self.sts.as_deref(), provider, point)
    }

    /// `provider` re-pointed at the metadata override, if there is one.
    pub(crate) fn to_metadata<P>(&self, provider: P, point: Point<P>) -> Result<P, Error> {
        repoint(self.metadata.as_deref(), provider, point)
    }

    /// The OAuth override.
    pub(crate) fn oauth_url(&self) -> Option<&str> {
        self.oauth.as_deref()
    }
}

/// A provider's `endpoint_url`.
pub(crate) type Point<P> = fn(P, &str) -> Result<P, Error>;

fn repoint<P>(url: Option<&str>, provider: P, point: Point<P>) -> Result<P, Error> {
    match url {
        Some(url) => point(provider, url),
        None => Ok(provider),
    }
}

/// `url` checked as a base URL (`http://` or `https://`), without a
/// trailing slash.
pub(crate) fn base_url(provider: &str, url: &str) -> Result<String, Error> {
    if !(url.starts_with("http://") || url.starts_with("https://"))
        || url.parse::<http::Uri>().is_err()
    {
        return Err(Error::credentials(
            provider,
            format!("the endpoint `{url}` is not an http:// or https:// URL"),
        ));
    }
    Ok(url.trim_end_matches('/').to_owned())
}
