//! Tencent Cloud credential providers, as the official SDKs and tccli find them.
//!
//! | provider | source |
//! | --- | --- |
//! | [`Credential`] | a static SecretId/SecretKey (and token) |
//! | [`TencentEnvironment`](super::TencentEnvironment) | `TENCENTCLOUD_SECRET_ID`, … |
//! | [`TencentProfile`] | `~/.tencentcloud/credentials`, else `/etc/tencentcloud/credentials` |
//! | [`TccliProfile`] | tccli's `~/.tccli/<profile>.credential` |
//! | [`CvmRole`] | the CVM instance's CAM role, from the metadata service |
//! | [`TencentAssumeRole`] | STS `AssumeRole`, signed TC3 with a source credential |
//! | [`TkeOidc`] | STS `AssumeRoleWithWebIdentity` with TKE's identity token |

use super::cache::RefreshCache;
use super::chain::{Chain, Lazy};
use super::endpoints::Endpoints;
use super::environment::Environment;
use super::fetch;
use super::{ini, Credential, CredentialFuture, ProvideCredentials, TencentEnvironment};
use crate::config::Config;
use crate::error::Error;
use crate::tencent::{TencentClient, TencentRequest};
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

type Provider = Arc<dyn ProvideCredentials>;

const STS_VERSION: &str = "2018-08-13";
/// The region STS calls name when nothing else does.
const DEFAULT_STS_REGION: &str = "ap-guangzhou";

/// `~/.tencentcloud/credentials`, else `/etc/tencentcloud/credentials`:
/// `[default]` with `secret_id`, `secret_key` (and optionally `token`).
#[derive(Debug)]
pub struct TencentProfile {
    inner: Lazy,
}

impl TencentProfile {
    const NAME: &'static str = "tencent_profile";

    /// From the home directory in `env`.
    pub fn from_env(env: &Environment) -> Self {
        let env = env.clone();
        TencentProfile {
            inner: Lazy::new(Self::NAME, move || {
                let home = env
                    .home()
                    .map(|h| h.join(".tencentcloud").join("credentials"));
                let system = PathBuf::from("/etc/tencentcloud/credentials");
                let file = home
                    .filter(|p| p.exists())
                    .or_else(|| system.exists().then_some(system))
                    .ok_or_else(|| {
                        Error::credentials(
                            Self::NAME,
                            "neither ~/.tencentcloud/credentials nor /etc/tencentcloud/credentials exists",
                        )
                    })?;
                let shown = file.display().to_string();
                let text = std::fs::read_to_string(&file).map_err(|e| {
                    Error::credentials(Self::NAME, format!("cannot read {shown}: {e}"))
                })?;
                let sections = ini::parse(&text, &shown, Self::NAME)?;
                let section = sections.get("default").ok_or_else(|| {
                    Error::credentials(Self::NAME, format!("{shown} has no [default] section"))
                })?;
                let key = |k: &str| {
                    section
                        .get(k)
                        .filter(|v| !v.is_empty())
                        .cloned()
                        .ok_or_else(|| {
                            Error::credentials(
                                Self::NAME,
                                format!("[default] in {shown} has no `{k}`"),
                            )
                        })
                };
                let credential = match section.get("token").filter(|t| !t.is_empty()) {
                    Some(token) => {
                        Credential::sts(key("secret_id")?, key("secret_key")?, token.clone())
                    }
                    None => Credential::access_key(key("secret_id")?, key("secret_key")?),
                };
                Ok(Arc::new(credential.with_provider(Self::NAME)) as Provider)
            }),
        }
    }
}

impl ProvideCredentials for TencentProfile {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        self.inner.provide()
    }
}

/// tccli's `~/.tccli/<TCCLI_PROFILE or default>.credential`: JSON with
/// `secretId`, `secretKey`, `token`; `"type": "cvm-role"` means the CVM role;
/// `role-arn` (with `role-session-name`) assumes that role.
#[derive(Debug)]
pub struct TccliProfile {
    inner: Lazy,
}

impl TccliProfile {
    const NAME: &'static str = "tccli_profile";

    /// From the environment.
    pub fn from_env(env: &Environment) -> Self {
        Self::with_endpoints(env, Endpoints::default())
    }

    /// As [`TccliProfile::from_env`], with STS and metadata requests sent to `endpoints`.
    pub fn with_endpoints(env: &Environment, endpoints: Endpoints) -> Self {
        let env = env.clone();
        TccliProfile {
            inner: Lazy::new(Self::NAME, move || {
                let profile = env.var("TCCLI_PROFILE").unwrap_or("default");
                let home = env
                    .home()
                    .ok_or_else(|| Error::credentials(Self::NAME, "HOME is not set"))?;
                let file = home.join(".tccli").join(format!("{profile}.credential"));
                let shown = file.display().to_string();
                let text = std::fs::read_to_string(&file).map_err(|e| {
                    Error::credentials(Self::NAME, format!("cannot read {shown}: {e}"))
                })?;
                let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                    Error::credentials(
                        Self::NAME,
                        format!(
                            "{shown} is not valid JSON (line {}, column {})",
                            e.line(),
                            e.column()
                        ),
                    )
                })?;
                if v["type"] == "cvm-role" {
                    return Ok(Arc::new(
                        endpoints.to_metadata(CvmRole::new()?, CvmRole::endpoint_url)?,
                    ) as Provider);
                }
                let get = |k: &str| {
                    v[k].as_str()
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .ok_or_else(|| {
                            Error::credentials(Self::NAME, format!("{shown} has no `{k}`"))
                        })
                };
                let base = match v["token"].as_str().filter(|t| !t.is_empty()) {
                    Some(token) => Credential::sts(get("secretId")?, get("secretKey")?, token),
                    None => Credential::access_key(get("secretId")?, get("secretKey")?),
                }
                .with_provider(Self::NAME);
                match v["role-arn"].as_str().filter(|r| !r.is_empty()) {
                    Some(role) => {
                        let mut p = endpoints.to_sts(
                            TencentAssumeRole::new(base, role)?,
                            TencentAssumeRole::endpoint_url,
                        )?;
                        if let Some(name) =
                            v["role-session-name"].as_str().filter(|s| !s.is_empty())
                        {
                            p = p.session_name(name);
                        }
                        Ok(Arc::new(p) as Provider)
                    }
                    None => Ok(Arc::new(base) as Provider),
                }
            }),
        }
    }
}

impl ProvideCredentials for TccliProfile {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        self.inner.provide()
    }
}

/// The CVM instance's CAM role, from `http://metadata.tencentyun.com`.
#[derive(Debug)]
pub struct CvmRole {
    endpoint: String,
    role_name: Option<String>,
    fetcher: fetch::Fetcher,
    cache: RefreshCache,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CvmAnswer {
    code: Option<String>,
    tmp_secret_id: Option<String>,
    tmp_secret_key: Option<String>,
    token: Option<String>,
    expired_time: Option<u64>,
}

impl CvmRole {
    const NAME: &'static str = "cvm_role";
    const PATH: &'static str = "/latest/meta-data/cam/security-credentials/";

    /// The instance's role, discovered; 1 s timeouts.
    pub fn new() -> Result<Self, Error> {
        Ok(CvmRole {
            endpoint: "http://metadata.tencentyun.com".into(),
            role_name: None,
            fetcher: fetch::Fetcher::new(Self::NAME, Duration::from_secs(1), true)?,
            cache: RefreshCache::new(Duration::from_secs(5 * 60)),
        })
    }

    /// Reads this role instead of discovering it.
    pub fn role_name(mut self, name: impl Into<String>) -> Self {
        self.role_name = Some(name.into()).filter(|n| !n.is_empty());
        self
    }

    /// Sends metadata requests to `url` instead of `http://metadata.tencentyun.com`.
    pub fn endpoint_url(mut self, url: &str) -> Result<Self, Error> {
        self.endpoint = super::endpoints::base_url(Self::NAME, url)?;
        Ok(self)
    }

    async fn get(&self, path: &str) -> Result<bytes::Bytes, Error> {
        let url = format!("{}{path}", self.endpoint);
        match self
            .fetcher
            .send(&fetch::Exchange::get("the metadata service", &url))
            .await?
        {
            (200, body) => Ok(body),
            (status, _) => Err(Error::credentials(
                Self::NAME,
                format!("the metadata service answered HTTP {status} for {path}"),
            )),
        }
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        let role = match &self.role_name {
            Some(r) => r.clone(),
            None => {
                let body = self.get(Self::PATH).await?;
                let role = String::from_utf8_lossy(&body).trim().to_owned();
                if role.is_empty() {
                    return Err(Error::credentials(
                        Self::NAME,
                        "the instance has no CAM role",
                    ));
                }
                role
            }
        };
        let body = self.get(&format!("{}{role}", Self::PATH)).await?;
        let a: CvmAnswer = fetch::decode(Self::NAME, "the metadata service", &body)?;
        if a.code.as_deref() != Some("Success") {
            return Err(Error::credentials(
                Self::NAME,
                format!("the metadata service answered with Code {:?}", a.code),
            ));
        }
        let (Some(id), Some(key), Some(token), Some(expires)) =
            (a.tmp_secret_id, a.tmp_secret_key, a.token, a.expired_time)
        else {
            return Err(Error::credentials(
                Self::NAME,
                "the metadata service answered without TmpSecretId, TmpSecretKey, Token and ExpiredTime",
            ));
        };
        Ok(Credential::sts(id, key, token)
            .with_expiry(UNIX_EPOCH + Duration::from_secs(expires))
            .with_provider(Self::NAME))
    }
}

impl ProvideCredentials for CvmRole {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StsCredentials {
    tmp_secret_id: String,
    tmp_secret_key: String,
    token: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StsAnswer {
    credentials: StsCredentials,
    expired_time: u64,
}

fn sts_client(
    provider: &str,
    source: Provider,
    region: &str,
    endpoint: &str,
) -> Result<TencentClient, Error> {
    let builder = Config::builder()
        .credentials_provider(source)
        .region(region);
    Ok(TencentClient::new(
        fetch::sts_config(provider, builder, endpoint)?,
        "sts",
    ))
}

/// The same STS client (credentials and region), sending to `url`.
fn retarget(provider: &str, client: &TencentClient, url: &str) -> Result<TencentClient, Error> {
    let config = client.config();
    let region = config.region().unwrap_or(DEFAULT_STS_REGION).to_owned();
    sts_client(provider, config.credentials().clone(), &region, url)
}

async fn sts_call(
    provider: &'static str,
    client: &TencentClient,
    action: &'static str,
    params: serde_json::Value,
) -> Result<Credential, Error> {
    // Fetching credentials changes nothing: retried like any read.
    let request = TencentRequest::new(action, STS_VERSION, &params)?.read_only(true);
    let body = client
        .send(&request)
        .await
        .map_err(|e| Error::Credentials {
            provider: provider.to_owned(),
            message: format!("STS {action} failed: {e}"),
            source: Some(Box::new(e)),
        })?;
    #[derive(Deserialize)]
    struct Envelope {
        #[serde(rename = "Response")]
        response: StsAnswer,
    }
    let answer: Envelope = fetch::decode(provider, &format!("STS {action}"), &body)?;
    let a = answer.response;
    Ok(Credential::sts(
        a.credentials.tmp_secret_id,
        a.credentials.tmp_secret_key,
        a.credentials.token,
    )
    .with_expiry(UNIX_EPOCH + Duration::from_secs(a.expired_time))
    .with_provider(provider))
}

/// STS `AssumeRole`, signed TC3 with a source credential.
#[derive(Debug)]
pub struct TencentAssumeRole {
    client: TencentClient,
    role_arn: String,
    session_name: String,
    duration_seconds: u32,
    cache: RefreshCache,
}

impl TencentAssumeRole {
    const NAME: &'static str = "tencent_assume_role";

    /// Assumes `role_arn` with `source`, at `sts.tencentcloudapi.com`.
    pub fn new(
        source: impl ProvideCredentials + 'static,
        role_arn: impl Into<String>,
    ) -> Result<Self, Error> {
        Ok(TencentAssumeRole {
            client: sts_client(
                Self::NAME,
                Arc::new(source),
                DEFAULT_STS_REGION,
                "https://sts.tencentcloudapi.com",
            )?,
            role_arn: role_arn.into(),
            session_name: format!("yun-rs-{}", crate::time::now_unix()),
            duration_seconds: 7200,
            cache: RefreshCache::new(Duration::from_secs(5 * 60)),
        })
    }

    /// Sends STS requests to `url` instead.
    pub fn endpoint_url(mut self, url: &str) -> Result<Self, Error> {
        self.client = retarget(Self::NAME, &self.client, url)?;
        Ok(self)
    }

    /// `RoleSessionName`.
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.session_name = name.into();
        self
    }

    /// `DurationSeconds` (default 7200).
    pub fn duration_seconds(mut self, seconds: u32) -> Self {
        self.duration_seconds = seconds;
        self
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        let params = serde_json::json!({
            "RoleArn": self.role_arn,
            "RoleSessionName": self.session_name,
            "DurationSeconds": self.duration_seconds,
        });
        sts_call(Self::NAME, &self.client, "AssumeRole", params).await
    }
}

impl ProvideCredentials for TencentAssumeRole {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// An OIDC role, as TKE sets it up: STS `AssumeRoleWithWebIdentity`
/// (unsigned; the token read from a file is the proof). [`TkeOidc::new`]
/// takes explicit values (usable outside TKE); [`TkeOidc::from_env`] reads
/// `TKE_REGION`, `TKE_PROVIDER_ID`, `TKE_WEB_IDENTITY_TOKEN_FILE` (or the
/// older `TKE_IDENTITY_TOKEN_FILE`) and `TKE_ROLE_ARN`.
#[derive(Debug)]
pub struct TkeOidc {
    client: TencentClient,
    provider_id: String,
    token_file: PathBuf,
    role_arn: String,
    session_name: String,
    duration_seconds: u32,
    cache: RefreshCache,
}

impl TkeOidc {
    const NAME: &'static str = "tke_oidc";

    /// Assumes `role_arn` of the OIDC provider `provider_id` with the token
    /// in `token_file` (re-read at each refresh), at STS in `region`.
    pub fn new(
        region: &str,
        provider_id: impl Into<String>,
        role_arn: impl Into<String>,
        token_file: impl Into<PathBuf>,
    ) -> Result<Self, Error> {
        Ok(TkeOidc {
            client: sts_client(
                Self::NAME,
                Arc::new(Credential::anonymous()),
                region,
                "https://sts.tencentcloudapi.com",
            )?,
            provider_id: provider_id.into(),
            token_file: token_file.into(),
            role_arn: role_arn.into(),
            session_name: format!("yun-rs-{}", crate::time::now_unix()),
            duration_seconds: 7200,
            cache: RefreshCache::new(Duration::from_secs(5 * 60)),
        })
    }

    /// From the TKE variables in `env`.
    pub fn from_env(env: &Environment) -> Result<Self, Error> {
        let need = |name: &str| env.require(name, Self::NAME);
        let token_file = env
            .var("TKE_WEB_IDENTITY_TOKEN_FILE")
            .or_else(|| env.var("TKE_IDENTITY_TOKEN_FILE"))
            .ok_or_else(|| {
                Error::credentials(Self::NAME, "TKE_WEB_IDENTITY_TOKEN_FILE is not set")
            })?;
        Self::new(
            &need("TKE_REGION")?,
            need("TKE_PROVIDER_ID")?,
            need("TKE_ROLE_ARN")?,
            token_file,
        )
    }

    /// Sends STS requests to `url` instead.
    pub fn endpoint_url(mut self, url: &str) -> Result<Self, Error> {
        self.client = retarget(Self::NAME, &self.client, url)?;
        Ok(self)
    }

    /// `RoleSessionName` (default `yun-rs-<unix time>`).
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.session_name = name.into();
        self
    }

    /// `DurationSeconds` (default 7200).
    pub fn duration_seconds(mut self, seconds: u32) -> Self {
        self.duration_seconds = seconds;
        self
    }

    async fn fetch(&self) -> Result<Credential, Error> {
        let token = std::fs::read_to_string(&self.token_file).map_err(|e| {
            Error::credentials(
                Self::NAME,
                format!(
                    "cannot read the identity token file {}: {e}",
                    self.token_file.display()
                ),
            )
        })?;
        let params = serde_json::json!({
            "ProviderId": self.provider_id,
            "WebIdentityToken": token.trim(),
            "RoleArn": self.role_arn,
            "RoleSessionName": self.session_name,
            "DurationSeconds": self.duration_seconds,
        });
        sts_call(
            Self::NAME,
            &self.client,
            "AssumeRoleWithWebIdentity",
            params,
        )
        .await
    }
}

impl ProvideCredentials for TkeOidc {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.cache.get(|| self.fetch()))
    }
}

/// Skips the CVM metadata step of the default chain when `true`: outside
/// a CVM the step costs up to a second of timeouts before TKE's OIDC step.
/// yun's own name (the official SDKs have no switch), after Alibaba
/// Cloud's `ALIBABA_CLOUD_ECS_METADATA_DISABLED`.
const CVM_METADATA_DISABLED: &str = "TENCENTCLOUD_CVM_METADATA_DISABLED";

/// The default chain, in the official SDK's order: environment variables,
/// the profile file, the CVM role (unless `TENCENTCLOUD_CVM_METADATA_DISABLED`
/// is `true`), TKE's OIDC role; tccli's profile after the SDK's file. Once
/// a step answers, the chain keeps using it.
pub fn tencent_default_chain(env: &Environment) -> Chain {
    tencent_default_chain_with(env, Endpoints::default())
}

/// [`tencent_default_chain`] with STS and metadata requests sent to `endpoints`.
pub fn tencent_default_chain_with(env: &Environment, endpoints: Endpoints) -> Chain {
    let mut chain = Chain::new("default");
    chain.push(
        "environment",
        Ok(Arc::new(TencentEnvironment::from_env(env.clone()))),
    );
    chain.push(
        "tencent_profile",
        Ok(Arc::new(TencentProfile::from_env(env))),
    );
    chain.push(
        "tccli_profile",
        Ok(Arc::new(TccliProfile::with_endpoints(
            env,
            endpoints.clone(),
        ))),
    );
    if env.flag(CVM_METADATA_DISABLED) {
        chain.push(
            "cvm_role",
            Err(Error::credentials(
                "cvm_role",
                format!("disabled by {CVM_METADATA_DISABLED}=true"),
            )),
        );
    } else {
        chain.push(
            "cvm_role",
            CvmRole::new()
                .and_then(|p| endpoints.to_metadata(p, CvmRole::endpoint_url))
                .map(|p| Arc::new(p) as Provider),
        );
    }
    chain.push(
        "tke_oidc",
        TkeOidc::from_env(env)
            .and_then(|p| endpoints.to_sts(p, TkeOidc::endpoint_url))
            .map(|p| Arc::new(p) as Provider),
    );
    chain
}
