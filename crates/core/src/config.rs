//! Client configuration shared by every yun client.

use crate::credentials::ProvideCredentials;
use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::http::{HttpOptions, ReqwestTransport, Transport};
use crate::retry::{ClientState, RetryConfig};
use crate::sign::aliyun_rpc::RpcAlgorithm;
use crate::sign::tencent_legacy::LegacyAlgorithm;
use std::fmt;
use std::sync::Arc;

/// How Alibaba Cloud requests are signed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum AliyunSignature {
    /// ACS3-HMAC-SHA256 (`Authorization` header), what current official
    /// SDKs send. The default.
    #[default]
    Acs3,
    /// RPC signature v1 (`Signature` query parameter).
    RpcV1(RpcAlgorithm),
}

/// How Tencent Cloud requests are signed and sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum TencentSignature {
    /// TC3-HMAC-SHA256 with a JSON POST body. The default.
    #[default]
    Tc3,
    /// TC3-HMAC-SHA256 with the parameters in a GET query.
    Tc3Get,
    /// The older HmacSHA1 / HmacSHA256 form signature (POST).
    Legacy(LegacyAlgorithm),
}

/// Everything a client needs: region, credentials, endpoint, transport,
/// retries and signature choice. Cheap to clone; build with [`Config::builder`].
///
/// Clients made from one built `Config` (and its clones) share one retry
/// budget and what they learned of the service's clock.
#[derive(Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: Arc<dyn ProvideCredentials>,
    pub(crate) endpoint: Option<Endpoint>,
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) retry: RetryConfig,
    pub(crate) aliyun_signature: AliyunSignature,
    pub(crate) tencent_signature: TencentSignature,
    pub(crate) tencent_regional_endpoint: bool,
    pub(crate) language: Option<String>,
    pub(crate) state: Arc<ClientState>,
    pub(crate) upload: crate::upload::Upload,
    /// Run for every call, before a call's own.
    pub(crate) interceptors: Vec<Arc<dyn crate::options::Interceptor>>,
}

impl Config {
    /// Alibaba Cloud defaults: credentials from the default chain and the
    /// region from `ALIBABA_CLOUD_REGION_ID`.
    pub async fn aliyun_from_env() -> Result<Config, Error> {
        let env = crate::credentials::Environment::process();
        let mut builder =
            Config::builder().credentials(crate::credentials::aliyun_default_chain(&env));
        if let Some(region) = env.var("ALIBABA_CLOUD_REGION_ID") {
            builder = builder.region(region);
        }
        builder.build()
    }

    /// Tencent Cloud defaults: credentials from the default chain and the
    /// region from `TENCENTCLOUD_REGION`.
    pub async fn tencent_from_env() -> Result<Config, Error> {
        let env = crate::credentials::Environment::process();
        let mut builder =
            Config::builder().credentials(crate::credentials::tencent_default_chain(&env));
        if let Some(region) = env.var("TENCENTCLOUD_REGION") {
            builder = builder.region(region);
        }
        builder.build()
    }

    /// Starts a configuration.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// The region requests go to.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The endpoint override, if any.
    pub fn endpoint(&self) -> Option<&Endpoint> {
        self.endpoint.as_ref()
    }

    /// The credential provider.
    pub fn credentials(&self) -> &Arc<dyn ProvideCredentials> {
        &self.credentials
    }

    /// The retry policy.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// The same configuration with another retry policy, for the calls of
    /// one client built from it: connections, credentials, the learned clock
    /// offset and the retry budget stay shared with `self`'s clients (the
    /// budget keeps the capacity it was built with).
    ///
    /// ```
    /// use yun_core::retry::RetryConfig;
    /// use yun_core::{Config, Credential};
    ///
    /// let config = Config::builder()
    ///     .region("ap-shanghai")
    ///     .credentials(Credential::access_key("id", "secret"))
    ///     .build()?;
    /// // One attempt only, e.g. for a health check that must answer fast:
    /// let once = config.with_retry(RetryConfig::disabled());
    /// assert_eq!(once.retry().max_attempts, 1);
    /// assert_eq!(config.retry().max_attempts, 3);
    /// # Ok::<(), yun_core::Error>(())
    /// ```
    pub fn with_retry(&self, retry: RetryConfig) -> Config {
        Config {
            retry,
            ..self.clone()
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("endpoint", &self.endpoint)
            .field("transport", &self.transport)
            .field("retry", &self.retry)
            .field("aliyun_signature", &self.aliyun_signature)
            .field("tencent_signature", &self.tencent_signature)
            .field("language", &self.language)
            .field("interceptors", &self.interceptors.len())
            .finish()
    }
}

/// Builds a [`Config`].
#[derive(Default)]
pub struct ConfigBuilder {
    region: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    endpoint: Option<String>,
    transport: Option<Arc<dyn Transport>>,
    http: HttpOptions,
    retry: RetryConfig,
    aliyun_signature: AliyunSignature,
    tencent_signature: TencentSignature,
    tencent_regional_endpoint: bool,
    language: Option<String>,
    upload: crate::upload::UploadOptions,
    interceptors: Vec<Arc<dyn crate::options::Interceptor>>,
}

impl ConfigBuilder {
    /// An interceptor every call of the client runs, before a call's own
    /// ([`crate::options`]); each call adds to the ones before.
    pub fn interceptor(mut self, interceptor: impl crate::options::Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// The region, e.g. `cn-hangzhou` or `ap-guangzhou`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Where credentials come from: a [`Credential`](crate::credentials::Credential)
    /// or any other provider.
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// A shared credential provider.
    pub fn credentials_provider(mut self, provider: Arc<dyn ProvideCredentials>) -> Self {
        self.credentials = Some(provider);
        self
    }

    /// Sends every request to this endpoint instead of the region's
    /// (`https://host`, `http://127.0.0.1:8080`, or a bare host). Checked by
    /// [`ConfigBuilder::build`].
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint = Some(url.into());
        self
    }

    /// Replaces the HTTP transport (for tests, or a custom client).
    pub fn transport(mut self, transport: Arc<dyn Transport>) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Timeouts, proxy and User-Agent for the default transport.
    pub fn http(mut self, options: HttpOptions) -> Self {
        self.http = options;
        self
    }

    /// The retry policy.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// How Alibaba Cloud requests are signed (default ACS3).
    pub fn aliyun_signature(mut self, s: AliyunSignature) -> Self {
        self.aliyun_signature = s;
        self
    }

    /// How Tencent Cloud requests are signed (default TC3, POST).
    pub fn tencent_signature(mut self, s: TencentSignature) -> Self {
        self.tencent_signature = s;
        self
    }

    /// Use Tencent's regional hosts (`cvm.ap-guangzhou.tencentcloudapi.com`)
    /// instead of the nearest-access one (`cvm.tencentcloudapi.com`).
    pub fn tencent_regional_endpoint(mut self, on: bool) -> Self {
        self.tencent_regional_endpoint = on;
        self
    }

    /// Tencent Cloud's response language (`zh-CN` or `en-US`).
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// Where file uploads go (operations that read a file by URL).
    pub fn file_upload(mut self, options: crate::upload::UploadOptions) -> Self {
        self.upload = options;
        self
    }

    /// Checks the settings and builds the configuration.
    pub fn build(self) -> Result<Config, Error> {
        let credentials = self.credentials.ok_or_else(|| {
            Error::credentials(
                "config",
                "no credentials configured: call ConfigBuilder::credentials",
            )
        })?;
        let endpoint = self.endpoint.as_deref().map(Endpoint::parse).transpose()?;
        if let Some(lang) = self.language.as_deref() {
            if !matches!(lang, "zh-CN" | "en-US") {
                return Err(Error::invalid_input(format!(
                    "language `{lang}`: Tencent Cloud accepts zh-CN or en-US"
                )));
            }
        }
        let transport = match self.transport {
            Some(t) => t,
            None => Arc::new(ReqwestTransport::new(&self.http)?),
        };
        Ok(Config {
            state: Arc::new(ClientState::new(&self.retry)),
            upload: crate::upload::Upload::new(&self.upload)?,
            region: self.region.filter(|r| !r.is_empty()),
            credentials,
            endpoint,
            transport,
            retry: self.retry,
            aliyun_signature: self.aliyun_signature,
            tencent_signature: self.tencent_signature,
            tencent_regional_endpoint: self.tencent_regional_endpoint,
            language: self.language,
            interceptors: self.interceptors,
        })
    }
}
