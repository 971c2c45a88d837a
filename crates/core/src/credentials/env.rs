//! Credentials from environment variables.

use super::environment::Environment;
use super::{Credential, CredentialFuture, ProvideCredentials};
use crate::error::Error;

/// Alibaba Cloud: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`
/// and (for STS) `ALIBABA_CLOUD_SECURITY_TOKEN`; the older
/// `ALIYUN_ACCESS_KEY_ID` / `ALIYUN_ACCESS_KEY_SECRET` when those are unset.
#[derive(Debug, Default, Clone)]
pub struct AliyunEnvironment {
    env: Option<Environment>,
}

impl AliyunEnvironment {
    /// Reads `env` instead of the process's variables (read at each call).
    pub fn from_env(env: Environment) -> Self {
        AliyunEnvironment { env: Some(env) }
    }
}

/// The given environment, or the process's now.
fn current(env: &Option<Environment>) -> Environment {
    env.clone().unwrap_or_else(Environment::process)
}

impl ProvideCredentials for AliyunEnvironment {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(async {
            let env = current(&self.env);
            let var = |name: &str| env.var(name).map(str::to_owned);
            let pair = |id: &str, secret: &str| Some((var(id)?, var(secret)?));
            let (id, secret) = pair("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
                .or_else(|| pair("ALIYUN_ACCESS_KEY_ID", "ALIYUN_ACCESS_KEY_SECRET"))
                .ok_or_else(|| {
                    Error::credentials(
                        "environment",
                        "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not both set",
                    )
                })?;
            let credential = match var("ALIBABA_CLOUD_SECURITY_TOKEN") {
                Some(token) => Credential::sts(id, secret, token),
                None => Credential::access_key(id, secret),
            };
            Ok(credential.with_provider("environment"))
        })
    }
}

/// Tencent Cloud: `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY` and
/// (for temporary keys) `TENCENTCLOUD_SESSION_TOKEN`.
#[derive(Debug, Default, Clone)]
pub struct TencentEnvironment {
    env: Option<Environment>,
}

impl TencentEnvironment {
    /// Reads `env` instead of the process's variables (read at each call).
    pub fn from_env(env: Environment) -> Self {
        TencentEnvironment { env: Some(env) }
    }
}

impl ProvideCredentials for TencentEnvironment {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(async {
            let env = current(&self.env);
            let var = |name: &str| env.var(name).map(str::to_owned);
            let (Some(id), Some(key)) = (
                var("TENCENTCLOUD_SECRET_ID"),
                var("TENCENTCLOUD_SECRET_KEY"),
            ) else {
                return Err(Error::credentials(
                    "environment",
                    "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set",
                ));
            };
            let credential = match var("TENCENTCLOUD_SESSION_TOKEN") {
                Some(token) => Credential::sts(id, key, token),
                None => Credential::access_key(id, key),
            };
            Ok(credential.with_provider("environment"))
        })
    }
}
