//! Alibaba Cloud credential providers, as the official SDKs document them.
//!
//! | provider | source |
//! | --- | --- |
//! | [`Credential`] | a static AccessKey, STS token or bearer token |
//! | [`AliyunEnvironment`](super::AliyunEnvironment) | `ALIBABA_CLOUD_ACCESS_KEY_ID`, … |
//! | [`RamRoleArn`] | STS `AssumeRole`, signed with any source provider |
//! | [`EcsRamRole`] | the ECS instance metadata service (hardened mode first) |
//! | [`OidcRoleArn`] | STS `AssumeRoleWithOIDC` with a token file (ACK RRSA) |
//! | [`CredentialsUri`] | a URL that answers with credentials |
//! | [`RsaKeyPair`] | STS `GenerateSessionAccessKey` with a key pair |
//! | [`IniProfile`] | `~/.alibabacloud/credentials.ini` (any type above) |
//! | [`CloudSso`] | CloudSSO, with the access token the CLI keeps after `aliyun sso login` |
//! | [`OAuth`] | the CLI's OAuth sign-in, exchanged for STS credentials |
//! | [`CliProfile`] | the Alibaba Cloud CLI's `~/.aliyun/config.json` |
//!
//! Temporary credentials are cached and refreshed 15 minutes before expiry.

use super::cache::RefreshCache;
use super::environment::Environment;
use super::fetch;
use super::{Credential, CredentialFuture, ProvideCredentials};
use crate::aliyun::{AliyunClient, Method, RpcRequest};
use crate::config::{AliyunSignature, Config};
use crate::error::Error;
use crate::sign::aliyun_rpc::RpcAlgorithm;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

const STS_VERSION: &str = "2015-04-01";

/// Where an STS call goes: `sts[-vpc].<region>.aliyuncs.com` for
/// `ALIBABA_CLOUD_STS_REGION` (VPC with `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`),
/// else `default_host`. An empty environment gives `default_host`.
fn sts_endpoint(env: &Environment, default_host: &str) -> String {
    let prefix = if env.flag("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED") {
        "sts-vpc"
    } else {
        "sts"
    };
    match env.var("ALIBABA_CLOUD_STS_REGION") {
        Some(region) => format!("https://{prefix}.{region}.aliyuncs.com"),
        None => format!("https://{default_host}"),
    }
}

/// An RPC client for STS, signing with `source` (or anonymous).
fn sts_client(
    provider: &str,
    source: Arc<dyn ProvideCredentials>,
    endpoint: &str,
) -> Result<AliyunClient, Error> {
    let builder = Config::builder()
        .credentials_provider(source)
        .aliyun_signature(AliyunSignature::RpcV1(RpcAlgorithm::HmacSha1));
    Ok(AliyunClient::for_product(
        fetch::sts_config(provider, builder, endpoint)?,
        "sts",
    ))
}

/// The same STS client (same signer), sending to `url`.
fn retarget(provider: &str, client: &AliyunClient, url: &str) -> Result<AliyunClient, Error> {
    sts_client(provider, client.config().credentials().clone(), url)
}

/// STS's `Credentials` object.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StsCredentials {
    access_key_id: String,
    access_key_secret: String,
    security_token: String,
    expiration: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StsAnswer {
    credentials: StsCredentials,
}

/// Calls an STS action and reads its `Credentials`.
async fn sts_call(
    provider: &'static str,
    client: &AliyunClient,
    request: RpcRequest,
) -> Result<Credential, Error> {
    let action = request.action.clone();
    // Fetching credentials changes nothing: retried like any read.
    let request = request.read_only(true);
    let body = client
        .send(&request)
        .await
        .map_err(|e| Error::Credentials {
            provider: provider.to_owned(),
            message: format!("STS {action} failed: {e}"),
            source: Some(Box::new(e)),
        })?;
    let answer: StsAnswer = fetch::decode(provider, &format!("STS {action}"), &body)?;
    let c = answer.credentials;
    Ok(
        Credential::sts(c.access_key_id, c.access_key_secret, c.security_token)
            .with_expiry(fetch::expiry(provider, &c.expiration)?)
            .with_provider(provider),
    )
}

/// What `AssumeRole` and `AssumeRoleWithOIDC` share: the session's name,
/// length and policy.
#[derive(Debug)]
struct RoleSession {
    name: String,
    duration_seconds: u32,
    policy: Option<String>,
}

impl RoleSession {
    /// `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else `yun-rs-<unix time>`; one hour.
    /// An empty environment gives the defaults.
    fn from_env(env: &Environment) -> Self {
        RoleSession {
            name: env.var("ALIBABA_CLOUD_ROLE_SESSION_NAME").map_or_else(
                || format!("yun-rs-{}", crate::time::now_unix()),
                str::to_owned,
            ),
            duration_seconds: 3600,
            policy: None,
        }
    }

    fn set_duration(&mut self, provider: &str, seconds: u32) -> Result<(), Error> {
        if seconds < 900 {
            return Err(Error::credentials(
                provider,
                format!("DurationSeconds is {seconds}; STS requires at least 900"),
            ));
        }
        self.duration_seconds = seconds;
        Ok(())
    }

    fn set_policy(&mut self, policy: String) {
        self.policy = Some(policy).filter(|p| !p.is_empty());
    }

    /// `DurationSeconds`, `RoleSessionName` and `Policy` for the request.
    fn write(&self, query: &mut crate::encode::Params) {
        query.insert("DurationSeconds", self.duration_seconds.to_string());
        query.insert("RoleSessionName", self.name.as_str());
        if let Some(p) = &self.policy {
            query.insert("Policy", p.as_str());
        }
    }
}

/// STS `AssumeRole`: a role's temporary credentials, requested with a source
/// credential from any provider.
#[derive(Debug)]
pub struct RamRoleArn {
    client: AliyunClient,
    role_arn: String,
    session: RoleSession,
    external_id: Option<String>,
    cache: RefreshCache,
}

impl RamRoleArn {
    const NAME: &'static str = "ram_role_arn";

    /// Assumes `role_arn` with credentials from `source`, at
    /// `https://sts.aliyuncs.com` (see [`RamRoleArn::endpoint_url`]). Reads
    /// no environment variable; [`RamRoleArn::with_env`] does.
    pub fn new(
        source: impl ProvideCredentials + 'static,
        role_arn: impl Into<String>,
    ) -> Result<Self, Error> {
        Self::with_env(source, role_arn, &Environment::default())
    }

    /// As [`RamRoleArn::new`], reading `ALIBABA_CLOUD_STS_REGION`,
    /// `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED` and `ALIBABA_CLOUD_ROLE_SESSION_NAME` from `env`.
    pub fn with_env(
        source: impl ProvideCredentials + 'static,
        role_arn: impl Into<String>,
        env: &Environment,
    ) -> Result<Self, Error> {
        let source: Arc<dyn ProvideCredentials> = Arc::new(source);
        let role_arn = role_arn.into();
        if role_arn.is_empty() {
            return Err(Error::credentials(Self::NAME, "the role ARN is empty"));
        }
        let endpoint = sts_endpoint(env, "sts.aliyuncs.com");
        Ok(RamRoleArn {
            client: sts_client(Self::NAME, source, &endpoint)?,
            role_arn,
            session: RoleSession::from_env(env),
            external_id: None,
            cache: RefreshCache::default(),
        })
    }

    /// Sends STS requests to `url` instead (`https://host` or `http://127.0.0.1:port`).
    pub fn endpoint_url(mut self, url: &str) -> Result<Self, Error> {
        self.client = retarget(Self::NAME, &self.client, url)?;
        Ok(self)
    }

    /// `RoleSessionName` (default `yun-rs-<unix time>`).
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.session.name = name.into();
        self
    }

    /// `DurationSeconds` (default 3600, at least 900).
    pub fn duration_seconds(mut self, seconds: u32) -> Result<Self, Error> {
        self.session.set_duration(Self::NAME, seconds)?;
        Ok(self)
    }

    /// `Policy`: a policy that narrows the role's permissions.
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.session.set_policy(policy.into());
        self
    }

    /// `ExternalId`.
    pub fn external_id(mut self, id: impl Into<String>) -> Self {
        self.external_id = Some(id.into()).filter(|p| !p.is_empty());
        self
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        let mut request = RpcRequest::new("AssumeRole", STS_VERSION).method(Method::Get);
        request.query.insert("RoleArn", self.role_arn.as_str());
        self.session.write(&mut request.query);
        if let Some(id) = &self.external_id {
            request.query.insert("ExternalId", id.as_str());
        }
        sts_call(Self::NAME, &self.client, request).await
    }
}

impl ProvideCredentials for RamRoleArn {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// STS `AssumeRoleWithOIDC`: a role's credentials for an OIDC token read
/// from a file (Kubernetes service-account tokens, ACK RRSA). Anonymous:
/// the token is the proof.
#[derive(Debug)]
pub struct OidcRoleArn {
    client: AliyunClient,
    role_arn: String,
    provider_arn: String,
    token_file: PathBuf,
    session: RoleSession,
    cache: RefreshCache,
}

impl OidcRoleArn {
    const NAME: &'static str = "oidc_role_arn";

    /// From `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
    /// `ALIBABA_CLOUD_OIDC_TOKEN_FILE` (and optionally
    /// `ALIBABA_CLOUD_ROLE_SESSION_NAME`, `ALIBABA_CLOUD_STS_REGION`).
    pub fn from_env(env: &Environment) -> Result<Self, Error> {
        let need = |name: &str| env.require(name, Self::NAME);
        Self::with_env(
            need("ALIBABA_CLOUD_ROLE_ARN")?,
            need("ALIBABA_CLOUD_OIDC_PROVIDER_ARN")?,
            need("ALIBABA_CLOUD_OIDC_TOKEN_FILE")?,
            env,
        )
    }

    /// Explicit settings, at `https://sts.aliyuncs.com`; reads no
    /// environment variable.
    pub fn new(
        role_arn: impl Into<String>,
        provider_arn: impl Into<String>,
        token_file: impl Into<PathBuf>,
    ) -> Result<Self, Error> {
        Self::with_env(role_arn, provider_arn, token_file, &Environment::default())
    }

    /// As [`OidcRoleArn::new`], with the STS endpoint and session name
    /// `env` selects (`ALIBABA_CLOUD_STS_REGION`,
    /// `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`, `ALIBABA_CLOUD_ROLE_SESSION_NAME`).
    pub fn with_env(
        role_arn: impl Into<String>,
        provider_arn: impl Into<String>,
        token_file: impl Into<PathBuf>,
        env: &Environment,
    ) -> Result<Self, Error> {
        let endpoint = sts_endpoint(env, "sts.aliyuncs.com");
        Ok(OidcRoleArn {
            client: sts_client(Self::NAME, Arc::new(Credential::anonymous()), &endpoint)?,
            role_arn: role_arn.into(),
            provider_arn: provider_arn.into(),
            token_file: token_file.into(),
            session: RoleSession::from_env(env),
            cache: RefreshCache::default(),
        })
    }

    /// Sends STS requests to `url` instead.
    pub fn endpoint_url(mut self, url: &str) -> Result<Self, Error> {
        self.client = retarget(Self::NAME, &self.client, url)?;
        Ok(self)
    }

    /// `RoleSessionName`.
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.session.name = name.into();
        self
    }

    /// `DurationSeconds` (default 3600, at least 900).
    pub fn duration_seconds(mut self, seconds: u32) -> Result<Self, Error> {
        self.session.set_duration(Self::NAME, seconds)?;
        Ok(self)
    }

    /// `Policy`.
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.session.set_policy(policy.into());
        self
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        // Re-read every time: the token file is rotated under us.
        let token = std::fs::read_to_string(&self.token_file).map_err(|e| {
            Error::credentials(
                Self::NAME,
                format!(
                    "cannot read the OIDC token file {}: {e}",
                    self.token_file.display()
                ),
            )
        })?;
        let mut request = RpcRequest::new("AssumeRoleWithOIDC", STS_VERSION);
        request.query.insert("RoleArn", self.role_arn.as_str());
        request
            .query
            .insert("OIDCProviderArn", self.provider_arn.as_str());
        self.session.write(&mut request.query);
        // The token goes in the form body, not the URL (URLs end up in logs).
        request.body.insert("OIDCToken", token.trim());
        sts_call(Self::NAME, &self.client, request).await
    }
}

impl ProvideCredentials for OidcRoleArn {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// What the ECS metadata service and credentials URIs answer.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct MetadataCredentials {
    code: Option<String>,
    access_key_id: Option<String>,
    access_key_secret: Option<String>,
    security_token: Option<String>,
    expiration: Option<String>,
}

impl MetadataCredentials {
    fn into_credential(self, provider: &'static str, source: &str) -> Result<Credential, Error> {
        if self.code.as_deref() != Some("Success") {
            return Err(Error::credentials(
                provider,
                format!(
                    "{source} answered with Code {:?}, not \"Success\"",
                    self.code
                ),
            ));
        }
        let (Some(id), Some(secret), Some(token), Some(expiration)) = (
            self.access_key_id,
            self.access_key_secret,
            self.security_token,
            self.expiration,
        ) else {
            return Err(Error::credentials(
                provider,
                format!("{source} answered without AccessKeyId, AccessKeySecret, SecurityToken and Expiration"),
            ));
        };
        Ok(Credential::sts(id, secret, token)
            .with_expiry(fetch::expiry(provider, &expiration)?)
            .with_provider(provider))
    }
}

/// The ECS instance's RAM role, from the instance metadata service.
///
/// Hardened mode first: a session token from `PUT /latest/api/token`, sent
/// with every read; if the token cannot be had, plain reads follow unless
/// `ALIBABA_CLOUD_IMDSV1_DISABLED=true`. The role is
/// `ALIBABA_CLOUD_ECS_METADATA`, or discovered. Timeouts are 1 s.
#[derive(Debug)]
pub struct EcsRamRole {
    endpoint: String,
    role_name: Option<String>,
    v1_disabled: bool,
    fetcher: fetch::Fetcher,
    cache: RefreshCache,
}

impl EcsRamRole {
    const NAME: &'static str = "ecs_ram_role";
    const CREDENTIALS_PATH: &'static str = "/latest/meta-data/ram/security-credentials/";

    /// The role attached to this instance (discovered), from
    /// `http://100.100.100.200`; reads no environment variable.
    pub fn new() -> Result<Self, Error> {
        Ok(EcsRamRole {
            endpoint: "http://100.100.100.200".into(),
            role_name: None,
            v1_disabled: false,
            fetcher: fetch::Fetcher::new(Self::NAME, Duration::from_secs(1), true)?,
            cache: RefreshCache::default(),
        })
    }

    /// From the environment: `ALIBABA_CLOUD_ECS_METADATA` (the role),
    /// `ALIBABA_CLOUD_IMDSV1_DISABLED`; an error when
    /// `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`.
    pub fn from_env(env: &Environment) -> Result<Self, Error> {
        if env.flag("ALIBABA_CLOUD_ECS_METADATA_DISABLED") {
            return Err(Error::credentials(
                Self::NAME,
                "disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true",
            ));
        }
        let mut p = Self::new()?.imdsv1_disabled(env.flag("ALIBABA_CLOUD_IMDSV1_DISABLED"));
        if let Some(role) = env.var("ALIBABA_CLOUD_ECS_METADATA") {
            p = p.role_name(role);
        }
        Ok(p)
    }

    /// Refuse plain (IMDSv1) reads when the service gives no session token.
    pub fn imdsv1_disabled(mut self, disabled: bool) -> Self {
        self.v1_disabled = disabled;
        self
    }

    /// The role to read (instead of discovering it).
    pub fn role_name(mut self, name: impl Into<String>) -> Self {
        self.role_name = Some(name.into()).filter(|n| !n.is_empty());
        self
    }

    /// Sends metadata requests to `url` instead of `http://100.100.100.200`.
    pub fn endpoint_url(mut self, url: &str) -> Result<Self, Error> {
        self.endpoint = super::endpoints::base_url(Self::NAME, url)?;
        Ok(self)
    }

    async fn token(&self) -> Result<Option<String>, Error> {
        let url = format!("{}/latest/api/token", self.endpoint);
        let answer = self
            .fetcher
            .send(&fetch::Exchange {
                what: "the metadata service's session token",
                method: "PUT",
                url: &url,
                headers: &[("X-aliyun-ecs-metadata-token-ttl-seconds", "21600")],
                body: bytes::Bytes::new(),
            })
            .await;
        match answer {
            Ok((200, body)) => Ok(Some(String::from_utf8_lossy(&body).trim().to_owned())),
            Ok((status, _)) if self.v1_disabled => Err(Error::credentials(
                Self::NAME,
                format!("the metadata service refused a session token (HTTP {status}) and IMDSv1 is disabled"),
            )),
            Err(e) if self.v1_disabled => Err(e),
            _ => Ok(None),
        }
    }

    async fn get(&self, path: &str, token: Option<&str>) -> Result<bytes::Bytes, Error> {
        let url = format!("{}{path}", self.endpoint);
        let headers: Vec<(&str, &str)> = token
            .map(|t| ("X-aliyun-ecs-metadata-token", t))
            .into_iter()
            .collect();
        let exchange = fetch::Exchange {
            headers: &headers,
            ..fetch::Exchange::get("the metadata service", &url)
        };
        match self.fetcher.send(&exchange).await? {
            (200, body) => Ok(body),
            (status, _) => Err(Error::credentials(
                Self::NAME,
                format!("the metadata service answered HTTP {status} for {path}"),
            )),
        }
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        let token = self.token().await?;
        let role = match &self.role_name {
            Some(r) => r.clone(),
            None => {
                let body = self.get(Self::CREDENTIALS_PATH, token.as_deref()).await?;
                let role = String::from_utf8_lossy(&body).trim().to_owned();
                if role.is_empty() {
                    return Err(Error::credentials(
                        Self::NAME,
                        "the instance has no RAM role attached",
                    ));
                }
                role
            }
        };
        let body = self
            .get(
                &format!("{}{role}", Self::CREDENTIALS_PATH),
                token.as_deref(),
            )
            .await?;
        let answer: MetadataCredentials = fetch::decode(Self::NAME, "the metadata service", &body)?;
        answer.into_credential(Self::NAME, "the metadata service")
    }
}

impl ProvideCredentials for EcsRamRole {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// A URL that answers with credentials (`ALIBABA_CLOUD_CREDENTIALS_URI`):
/// `{"Code": "Success", "AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"}`.
#[derive(Debug)]
pub struct CredentialsUri {
    uri: String,
    fetcher: fetch::Fetcher,
    cache: RefreshCache,
}

impl CredentialsUri {
    const NAME: &'static str = "credentials_uri";

    /// Reads credentials from `uri`.
    pub fn new(uri: impl Into<String>) -> Result<Self, Error> {
        let uri = uri.into();
        if !(uri.starts_with("http://") || uri.starts_with("https://")) {
            return Err(Error::credentials(
                Self::NAME,
                "the credentials URI must start with http:// or https://",
            ));
        }
        Ok(CredentialsUri {
            uri,
            fetcher: fetch::Fetcher::new(Self::NAME, Duration::from_secs(5), false)?,
            cache: RefreshCache::default(),
        })
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        let answer: MetadataCredentials = self
            .fetcher
            .json(&fetch::Exchange::get("the credentials URI", &self.uri))
            .await?;
        answer.into_credential(Self::NAME, "the credentials URI")
    }
}

impl ProvideCredentials for CredentialsUri {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// STS `GenerateSessionAccessKey`: a session AccessKey for a key pair's
/// public key id, signed (as the official SDKs do) with the private key's
/// text as the secret. Default endpoint `sts.ap-northeast-1.aliyuncs.com`.
#[derive(Debug)]
pub struct RsaKeyPair {
    client: AliyunClient,
    duration_seconds: u32,
    cache: RefreshCache,
}

impl RsaKeyPair {
    const NAME: &'static str = "rsa_key_pair";

    /// The key pair's public key id and private key file, at
    /// `https://sts.ap-northeast-1.aliyuncs.com`; reads no environment variable.
    pub fn new(
        public_key_id: impl Into<String>,
        private_key_file: impl AsRef<Path>,
    ) -> Result<Self, Error> {
        Self::with_env(public_key_id, private_key_file, &Environment::default())
    }

    /// As [`RsaKeyPair::new`], with the STS endpoint `env` selects
    /// (`ALIBABA_CLOUD_STS_REGION`, `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`).
    pub fn with_env(
        public_key_id: impl Into<String>,
        private_key_file: impl AsRef<Path>,
        env: &Environment,
    ) -> Result<Self, Error> {
        let file = private_key_file.as_ref();
        let key = std::fs::read_to_string(file).map_err(|e| {
            Error::credentials(
                Self::NAME,
                format!("cannot read the private key file {}: {e}", file.display()),
            )
        })?;
        if key.trim().is_empty() {
            return Err(Error::credentials(
                Self::NAME,
                format!("the private key file {} is empty", file.display()),
            ));
        }
        let signer =
            Arc::new(Credential::access_key(public_key_id, key.trim()).with_provider(Self::NAME));
        let endpoint = sts_endpoint(env, "sts.ap-northeast-1.aliyuncs.com");
        Ok(RsaKeyPair {
            client: sts_client(Self::NAME, signer, &endpoint)?,
            duration_seconds: 3600,
            cache: RefreshCache::default(),
        })
    }

    /// Sends STS requests to `url` instead.
    pub fn endpoint_url(mut self, url: &str) -> Result<Self, Error> {
        self.client = retarget(Self::NAME, &self.client, url)?;
        Ok(self)
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct SessionAccessKey {
            session_access_key_id: String,
            session_access_key_secret: String,
            expiration: String,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct Answer {
            session_access_key: SessionAccessKey,
        }
        let mut request = RpcRequest::new("GenerateSessionAccessKey", STS_VERSION)
            .method(Method::Get)
            .read_only(true);
        request
            .query
            .insert("DurationSeconds", self.duration_seconds.to_string());
        let body = self
            .client
            .send(&request)
            .await
            .map_err(|e| Error::Credentials {
                provider: Self::NAME.to_owned(),
                message: format!("STS GenerateSessionAccessKey failed: {e}"),
                source: Some(Box::new(e)),
            })?;
        let answer: Answer = fetch::decode(Self::NAME, "STS GenerateSessionAccessKey", &body)?;
        let k = answer.session_access_key;
        Ok(
            Credential::access_key(k.session_access_key_id, k.session_access_key_secret)
                .with_expiry(fetch::expiry(Self::NAME, &k.expiration)?)
                .with_provider(Self::NAME),
        )
    }
}

impl ProvideCredentials for RsaKeyPair {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// CloudSSO: a role's credentials for a signed-in CloudSSO user, from
/// `<sign-in URL>/cloud-credentials` with the access token the CLI keeps.
pub struct CloudSso {
    sign_in_url: String,
    account_id: String,
    access_config: String,
    access_token: super::Secret,
    fetcher: fetch::Fetcher,
    cache: RefreshCache,
}

impl CloudSso {
    const NAME: &'static str = "cloud_sso";

    /// From the CLI profile's values; `access_token_expire` is Unix seconds.
    pub fn new(
        sign_in_url: impl Into<String>,
        account_id: impl Into<String>,
        access_config: impl Into<String>,
        access_token: impl Into<String>,
        access_token_expire: u64,
    ) -> Result<Self, Error> {
        if access_token_expire <= crate::time::now_unix() {
            return Err(Error::credentials(
                Self::NAME,
                "the CloudSSO access token has expired; sign in again with `aliyun sso login`",
            ));
        }
        Ok(CloudSso {
            sign_in_url: sign_in_url.into().trim_end_matches('/').to_owned(),
            account_id: account_id.into(),
            access_config: access_config.into(),
            access_token: super::Secret::new(access_token),
            fetcher: fetch::Fetcher::new(Self::NAME, Duration::from_secs(5), false)?,
            cache: RefreshCache::default(),
        })
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct Answer {
            cloud_credential: StsCredentials,
        }
        let url = format!("{}/cloud-credentials", self.sign_in_url);
        let body = serde_json::json!({"AccountId": self.account_id, "AccessConfigurationId": self.access_config});
        let bearer = format!("Bearer {}", self.access_token.expose());
        let headers = [
            ("accept", "application/json"),
            ("content-type", "application/json"),
            ("authorization", bearer.as_str()),
        ];
        let a: Answer = self
            .fetcher
            .json(&fetch::Exchange {
                what: "CloudSSO",
                method: "POST",
                url: &url,
                headers: &headers,
                body: body.to_string().into(),
            })
            .await?;
        let c = a.cloud_credential;
        Ok(
            Credential::sts(c.access_key_id, c.access_key_secret, c.security_token)
                .with_expiry(fetch::expiry(Self::NAME, &c.expiration)?)
                .with_provider(Self::NAME),
        )
    }
}

impl std::fmt::Debug for CloudSso {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudSso")
            .field("sign_in_url", &self.sign_in_url)
            .field("account_id", &self.account_id)
            .field("access_config", &self.access_config)
            .field("access_token", &self.access_token)
            .finish_non_exhaustive()
    }
}

impl ProvideCredentials for CloudSso {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// The CLI's OAuth sign-in: the access token (refreshed with the refresh
/// token when it is within 20 minutes of expiry) is exchanged at
/// `<sign-in URL>/v1/exchange` for STS credentials. Tokens rotate, so each
/// new access/refresh token and STS credential is written back to the CLI's
/// config.json, as the CLI does; otherwise the CLI's stored refresh token
/// would stop working.
pub struct OAuth {
    sign_in_url: String,
    client_id: String,
    tokens: tokio::sync::Mutex<OAuthTokens>,
    stored: std::sync::Mutex<Option<Credential>>,
    write_back: Option<(PathBuf, String)>,
    fetcher: fetch::Fetcher,
    cache: RefreshCache,
}

/// The tokens an [`OAuth`] provider holds (and writes back).
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthTokens {
    /// The access token.
    pub access_token: Option<String>,
    /// When the access token expires (Unix seconds).
    pub access_token_expire: u64,
    /// The refresh token.
    pub refresh_token: Option<String>,
}

impl OAuth {
    const NAME: &'static str = "oauth";

    /// A provider for `client_id` at `sign_in_url` (`https://oauth.aliyun.com`
    /// for the China site, `https://oauth.alibabacloud.com` for the international one).
    pub fn new(
        sign_in_url: impl Into<String>,
        client_id: impl Into<String>,
        tokens: OAuthTokens,
    ) -> Result<Self, Error> {
        Ok(OAuth {
            sign_in_url: sign_in_url.into().trim_end_matches('/').to_owned(),
            client_id: client_id.into(),
            tokens: tokio::sync::Mutex::new(tokens),
            stored: std::sync::Mutex::new(None),
            write_back: None,
            fetcher: fetch::Fetcher::new(Self::NAME, Duration::from_secs(5), false)?,
            cache: RefreshCache::default(),
        })
    }

    /// An STS credential from an earlier exchange (the CLI stores it), used
    /// first while it is valid for more than the refresh margin.
    pub fn stored_credential(self, credential: Credential) -> Self {
        if let Ok(mut s) = self.stored.lock() {
            *s = Some(credential.with_provider(Self::NAME));
        }
        self
    }

    /// Writes rotated tokens and STS credentials back to this CLI profile.
    pub(crate) fn write_back(mut self, config_file: PathBuf, profile: String) -> Self {
        self.write_back = Some((config_file, profile));
        self
    }

    async fn post(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        body: String,
    ) -> Result<serde_json::Value, Error> {
        let url = format!("{}{path}", self.sign_in_url);
        let what = format!("OAuth {path}");
        self.fetcher
            .json(&fetch::Exchange {
                what: &what,
                method: "POST",
                url: &url,
                headers,
                body: body.into(),
            })
            .await
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        let stored = self.stored.lock().ok().and_then(|mut s| s.take());
        if let Some(c) = stored.filter(|c| {
            !c.expires_within(std::time::SystemTime::now(), Duration::from_secs(15 * 60))
        }) {
            return Ok(c);
        }
        let mut tokens = self.tokens.lock().await;
        let now = crate::time::now_unix();
        if let Some(refresh) = tokens.refresh_token.clone() {
            if tokens.access_token.is_none() || tokens.access_token_expire <= now + 1200 {
                let mut form = crate::encode::Params::new();
                form.insert("grant_type", "refresh_token");
                form.insert("refresh_token", refresh);
                form.insert("client_id", self.client_id.as_str());
                let answer = self
                    .post(
                        "/v1/token",
                        &[("content-type", "application/x-www-form-urlencoded")],
                        form.to_form_body(),
                    )
                    .await?;
                let (Some(access), Some(refresh)) = (
                    answer["access_token"].as_str(),
                    answer["refresh_token"].as_str(),
                ) else {
                    return Err(Error::credentials(
                        Self::NAME,
                        "OAuth /v1/token answered without access_token and refresh_token",
                    ));
                };
                tokens.access_token = Some(access.to_owned());
                tokens.refresh_token = Some(refresh.to_owned());
                tokens.access_token_expire = now + answer["expires_in"].as_u64().unwrap_or(3600);
            }
        }
        let access = tokens.access_token.clone().ok_or_else(|| {
            Error::credentials(
                Self::NAME,
                "no OAuth access token; sign in again with `aliyun configure --mode OAuth`",
            )
        })?;
        let bearer = format!("Bearer {access}");
        let answer = self
            .post(
                "/v1/exchange",
                &[
                    ("content-type", "application/json"),
                    ("authorization", bearer.as_str()),
                ],
                String::new(),
            )
            .await?;
        let field = |k: &str| {
            answer[k].as_str().map(str::to_owned).ok_or_else(|| {
                Error::credentials(
                    Self::NAME,
                    format!("OAuth /v1/exchange answered without {k}"),
                )
            })
        };
        let expiration = field("Expiration")?;
        let expiry = fetch::expiry(Self::NAME, &expiration)?;
        let credential = Credential::sts(
            field("AccessKeyId")?,
            field("AccessKeySecret")?,
            field("SecurityToken")?,
        )
        .with_expiry(expiry)
        .with_provider(Self::NAME);
        if let Some((file, profile)) = &self.write_back {
            let sts_expiration = expiry
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            write_back_oauth(file, profile, &tokens, &credential, sts_expiration)?;
        }
        Ok(credential)
    }
}

/// Updates one profile of the CLI's config.json in place (write to a
/// temporary file, then rename, so a crash never leaves half a file).
fn write_back_oauth(
    file: &Path,
    profile: &str,
    tokens: &OAuthTokens,
    c: &Credential,
    sts_expiration: u64,
) -> Result<(), Error> {
    let shown = file.display().to_string();
    let fail = |why: String| Error::credentials("oauth", format!("cannot update {shown}: {why}"));
    let text = std::fs::read_to_string(file).map_err(|e| fail(e.to_string()))?;
    let mut config: serde_json::Value =
        serde_json::from_str(&text).map_err(|_| fail("it is not valid JSON".into()))?;
    let entry = config["profiles"]
        .as_array_mut()
        .and_then(|ps| ps.iter_mut().find(|p| p["name"] == profile))
        .ok_or_else(|| fail(format!("profile `{profile}` is gone")))?;
    entry["oauth_access_token"] = tokens.access_token.clone().into();
    entry["oauth_refresh_token"] = tokens.refresh_token.clone().into();
    entry["oauth_access_token_expire"] = tokens.access_token_expire.into();
    entry["access_key_id"] = c.access_key_id().into();
    entry["access_key_secret"] = c.access_key_secret().expose().into();
    entry["sts_token"] = c.security_token().map(|t| t.expose().to_owned()).into();
    entry["sts_expiration"] = sts_expiration.into();
    let temp = file.with_extension("json.yun-tmp");
    let body = serde_json::to_string_pretty(&config).map_err(|e| fail(e.to_string()))?;
    std::fs::write(&temp, body).map_err(|e| fail(e.to_string()))?;
    std::fs::rename(&temp, file).map_err(|e| fail(e.to_string()))
}

impl std::fmt::Debug for OAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuth")
            .field("sign_in_url", &self.sign_in_url)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

impl ProvideCredentials for OAuth {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}
