//! Credentials: the [`Credential`] value, the [`ProvideCredentials`] trait,
//! every provider the vendors document, and their default chains.
//!
//! A [`Credential`] is itself a provider that always returns itself, which
//! covers the static cases: an AccessKey pair ([`Credential::access_key`]),
//! an STS token ([`Credential::sts`]) and an Alibaba Cloud bearer token
//! ([`Credential::bearer`]). Tencent Cloud's SecretId/SecretKey (and
//! optional token) use the same constructors.
//!
//! Default chains: [`aliyun_default_chain`] and [`tencent_default_chain`]
//! (what `Client::from_env()` uses). Providers of temporary credentials
//! cache them and refresh before expiry, one refresh at a time.
//!
//! Plain constructors read no environment variable (`new`); the `from_env`
//! and `with_env` forms do. Every provider that calls a service is pointed
//! elsewhere with `endpoint_url`, and both chains take one [`Endpoints`]:
//!
//! ```no_run
//! use yun_core::credentials::{
//!     aliyun_default_chain_with, tencent_default_chain_with, EcsRamRole, Endpoints,
//!     Environment, RamRoleArn, TencentAssumeRole, TkeOidc,
//! };
//! use yun_core::Credential;
//!
//! # fn main() -> Result<(), yun_core::Error> {
//! let role = RamRoleArn::new(Credential::access_key("id", "secret"), "acs:ram::123:role/app")?
//!     .session_name("billing-job")
//!     .endpoint_url("https://sts-vpc.cn-shanghai.aliyuncs.com")?;
//! let instance = EcsRamRole::new()?
//!     .role_name("app")
//!     .endpoint_url("http://127.0.0.1:8081")?;
//! let tencent = TencentAssumeRole::new(Credential::access_key("AKID", "key"), "qcs::cam::uin/1:roleName/app")?
//!     .endpoint_url("https://sts.tencentcloudapi.com")?;
//! let tke = TkeOidc::new("ap-guangzhou", "provider-id", "qcs::cam::uin/1:roleName/pod", "/var/run/token")?
//!     .session_name("pod-1")
//!     .endpoint_url("https://sts.tencentcloudapi.com")?;
//! let local = Endpoints::default()
//!     .sts("http://127.0.0.1:8080")
//!     .metadata("http://127.0.0.1:8081");
//! let aliyun = aliyun_default_chain_with(&Environment::process(), local.clone());
//! let tencent_chain = tencent_default_chain_with(&Environment::process(), local);
//! # let _ = (role, instance, tencent, tke, aliyun, tencent_chain);
//! # Ok(())
//! # }
//! ```

mod aliyun;
mod aliyun_files;
mod cache;
mod chain;
mod endpoints;
mod env;
mod environment;
mod fetch;
mod ini;
mod secret;
mod tencent;

pub use aliyun::{
    CloudSso, CredentialsUri, EcsRamRole, OAuth, OAuthTokens, OidcRoleArn, RamRoleArn, RsaKeyPair,
};
pub use aliyun_files::{
    aliyun_default_chain, aliyun_default_chain_with, CliProfile, External, IniProfile,
};
pub use chain::Chain;
pub use endpoints::Endpoints;
pub use env::{AliyunEnvironment, TencentEnvironment};
pub use environment::Environment;
pub use secret::Secret;
pub use tencent::{
    tencent_default_chain, tencent_default_chain_with, CvmRole, TccliProfile, TencentAssumeRole,
    TencentProfile, TkeOidc,
};

use crate::error::Error;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// The future a [`ProvideCredentials`] implementation returns.
pub type CredentialFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credential, Error>> + Send + 'a>>;

/// Anything that can produce a [`Credential`] when a request is about to be
/// signed: a static value, a file, an STS exchange, instance metadata, …
///
/// Implementations should be cheap to call repeatedly; ones that fetch
/// temporary credentials should cache them.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Returns a credential that is valid now, or an error naming the
    /// provider and what went wrong.
    fn provide_credentials(&self) -> CredentialFuture<'_>;
}

/// How a credential authenticates requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialKind {
    /// A long-lived AccessKey (Alibaba) or SecretId/SecretKey (Tencent).
    AccessKey,
    /// A temporary key with a security token (STS).
    Sts,
    /// An Alibaba Cloud bearer token (no signature, sent as `BearerToken`).
    Bearer,
    /// No credential: the request is sent unsigned (STS calls whose proof
    /// is an OIDC token).
    Anonymous,
}

/// Credentials for one request: an access key id and secret, with an
/// optional security token and expiry, or a bearer token.
///
/// Cheap to clone (shared). Neither `Debug` nor any error ever shows the
/// secret, the security token or the bearer token.
#[derive(Clone)]
pub struct Credential {
    inner: Arc<Inner>,
}

struct Inner {
    kind: CredentialKind,
    access_key_id: String,
    access_key_secret: Secret,
    security_token: Option<Secret>,
    bearer_token: Option<Secret>,
    expiry: Option<SystemTime>,
    provider: &'static str,
}

impl Credential {
    /// An AccessKey pair (Alibaba Cloud AccessKey ID/Secret, Tencent Cloud
    /// SecretId/SecretKey).
    pub fn access_key(id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self::build(
            CredentialKind::AccessKey,
            id.into(),
            secret.into(),
            None,
            None,
        )
    }

    /// A temporary STS key with its security token (Alibaba `SecurityToken`,
    /// Tencent `X-TC-Token`).
    pub fn sts(id: impl Into<String>, secret: impl Into<String>, token: impl Into<String>) -> Self {
        Self::build(
            CredentialKind::Sts,
            id.into(),
            secret.into(),
            Some(Secret::new(token.into())),
            None,
        )
    }

    /// An Alibaba Cloud bearer token (for the products that accept one).
    pub fn bearer(token: impl Into<String>) -> Self {
        Self::build(
            CredentialKind::Bearer,
            String::new(),
            String::new(),
            None,
            Some(Secret::new(token.into())),
        )
    }

    /// No credential: requests are sent unsigned. For the few calls that
    /// carry their own proof (STS `AssumeRoleWithOIDC`,
    /// `AssumeRoleWithWebIdentity`).
    pub fn anonymous() -> Self {
        Self::build(
            CredentialKind::Anonymous,
            String::new(),
            String::new(),
            None,
            None,
        )
        .with_provider("anonymous")
    }

    fn build(
        kind: CredentialKind,
        access_key_id: String,
        secret: String,
        security_token: Option<Secret>,
        bearer_token: Option<Secret>,
    ) -> Self {
        Credential {
            inner: Arc::new(Inner {
                kind,
                access_key_id,
                access_key_secret: Secret::new(secret),
                security_token,
                bearer_token,
                expiry: None,
                provider: "static",
            }),
        }
    }

    /// The same credential, expiring at `expiry` (temporary credentials).
    pub fn with_expiry(self, expiry: SystemTime) -> Self {
        self.map(|i| i.expiry = Some(expiry))
    }

    /// The same credential, labelled with the provider that produced it
    /// (shown in errors and `Debug`).
    pub fn with_provider(self, provider: &'static str) -> Self {
        self.map(|i| i.provider = provider)
    }

    fn map(self, f: impl FnOnce(&mut Inner)) -> Self {
        let mut inner = Arc::try_unwrap(self.inner).unwrap_or_else(|shared| Inner {
            kind: shared.kind,
            access_key_id: shared.access_key_id.clone(),
            access_key_secret: shared.access_key_secret.clone(),
            security_token: shared.security_token.clone(),
            bearer_token: shared.bearer_token.clone(),
            expiry: shared.expiry,
            provider: shared.provider,
        });
        f(&mut inner);
        Credential {
            inner: Arc::new(inner),
        }
    }

    /// How this credential authenticates.
    pub fn kind(&self) -> CredentialKind {
        self.inner.kind
    }

    /// The access key id (Tencent: SecretId). Not a secret.
    pub fn access_key_id(&self) -> &str {
        &self.inner.access_key_id
    }

    /// The access key secret (Tencent: SecretKey).
    pub fn access_key_secret(&self) -> &Secret {
        &self.inner.access_key_secret
    }

    /// The STS security token, if any.
    pub fn security_token(&self) -> Option<&Secret> {
        self.inner.security_token.as_ref()
    }

    /// The bearer token, if this is a bearer credential.
    pub fn bearer_token(&self) -> Option<&Secret> {
        self.inner.bearer_token.as_ref()
    }

    /// When this credential stops being valid, if it is temporary.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.inner.expiry
    }

    /// The provider that produced this credential.
    pub fn provider(&self) -> &'static str {
        self.inner.provider
    }

    /// True when the credential expires within `margin` of `now`.
    pub fn expires_within(&self, now: SystemTime, margin: Duration) -> bool {
        self.inner.expiry.is_some_and(|e| e <= now + margin)
    }

    /// Checks that the credential can sign a request now: not expired, and
    /// with the parts its kind needs. The error names what is wrong.
    pub fn check_usable(&self, now: SystemTime) -> Result<(), Error> {
        let i = &self.inner;
        let fail = |why: &str| Err(Error::credentials(i.provider, why));
        if self.expires_within(now, Duration::ZERO) {
            return fail("the credential has expired; refresh it or use a provider that renews it");
        }
        match i.kind {
            CredentialKind::Anonymous => {}
            CredentialKind::Bearer => {
                if i.bearer_token
                    .as_ref()
                    .is_none_or(|t| t.expose().is_empty())
                {
                    return fail("the bearer token is empty");
                }
            }
            CredentialKind::AccessKey | CredentialKind::Sts => {
                if i.access_key_id.trim().is_empty() {
                    return fail("the access key id is empty");
                }
                if i.access_key_secret.expose().is_empty() {
                    return fail("the access key secret is empty");
                }
                if i.kind == CredentialKind::Sts
                    && i.security_token
                        .as_ref()
                        .is_none_or(|t| t.expose().is_empty())
                {
                    return fail("the security token is empty");
                }
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("Credential")
            .field("kind", &i.kind)
            .field("provider", &i.provider)
            .field("access_key_id", &i.access_key_id)
            .field("access_key_secret", &i.access_key_secret)
            .field("security_token", &i.security_token)
            .field("bearer_token", &i.bearer_token)
            .field("expiry", &i.expiry)
            .finish()
    }
}

impl fmt::Display for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} credential {} from {}",
            self.inner.kind, self.inner.access_key_id, self.inner.provider
        )
    }
}

impl ProvideCredentials for Credential {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        let c = self.clone();
        Box::pin(async move {
            c.check_usable(SystemTime::now())?;
            Ok(c)
        })
    }
}
