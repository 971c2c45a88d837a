//! Alibaba Cloud credentials from files: the SDKs' INI file and the CLI's
//! `config.json`, and the default chain that tries every source in the
//! official SDKs' order.

use super::aliyun::{
    CloudSso, CredentialsUri, EcsRamRole, OAuth, OAuthTokens, OidcRoleArn, RamRoleArn, RsaKeyPair,
};
use super::chain::{Chain, Lazy};
use super::endpoints::Endpoints;
use super::environment::Environment;
use super::{ini, AliyunEnvironment, Credential, CredentialFuture, ProvideCredentials};
use crate::error::Error;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

type Provider = Arc<dyn ProvideCredentials>;

/// The SDKs' INI file: `ALIBABA_CLOUD_CREDENTIALS_FILE`, else
/// `~/.alibabacloud/credentials.ini`, else `~/.alibabacloud/credentials`;
/// the section `ALIBABA_CLOUD_PROFILE` (default `default`).
///
/// `type` is one of `access_key`, `sts`, `bearer`, `ram_role_arn`,
/// `oidc_role_arn`, `ecs_ram_role`, `credentials_uri`, `rsa_key_pair`;
/// `enable = false` turns a section off.
#[derive(Debug)]
pub struct IniProfile {
    inner: Lazy,
}

impl IniProfile {
    const NAME: &'static str = "ini_profile";

    /// From the environment's file and profile settings.
    pub fn from_env(env: &Environment) -> Self {
        Self::with_endpoints(env, Endpoints::default())
    }

    /// As [`IniProfile::from_env`], with STS and metadata requests sent to `endpoints`.
    pub fn with_endpoints(env: &Environment, endpoints: Endpoints) -> Self {
        let env = env.clone();
        IniProfile {
            inner: Lazy::new(Self::NAME, move || load_ini(&env, &endpoints)),
        }
    }
}

impl ProvideCredentials for IniProfile {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        self.inner.provide()
    }
}

fn ini_file(env: &Environment) -> Result<PathBuf, Error> {
    if let Some(f) = env.var("ALIBABA_CLOUD_CREDENTIALS_FILE") {
        return Ok(PathBuf::from(f));
    }
    let home = env
        .home()
        .ok_or_else(|| Error::credentials(IniProfile::NAME, "HOME is not set"))?;
    let dir = home.join(".alibabacloud");
    let ini = dir.join("credentials.ini");
    Ok(if ini.exists() {
        ini
    } else {
        dir.join("credentials")
    })
}

fn load_ini(env: &Environment, endpoints: &Endpoints) -> Result<Provider, Error> {
    let name = IniProfile::NAME;
    let file = ini_file(env)?;
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(&file)
        .map_err(|e| Error::credentials(name, format!("cannot read {shown}: {e}")))?;
    let sections = ini::parse(&text, &shown, name)?;
    let profile = env.var("ALIBABA_CLOUD_PROFILE").unwrap_or("default");
    let section = sections
        .get(profile)
        .ok_or_else(|| Error::credentials(name, format!("{shown} has no profile [{profile}]")))?;
    if section
        .get("enable")
        .is_some_and(|v| v.eq_ignore_ascii_case("false"))
    {
        return Err(Error::credentials(
            name,
            format!("profile [{profile}] in {shown} is disabled (enable = false)"),
        ));
    }
    let key = |k: &str| -> Result<String, Error> {
        section
            .get(k)
            .filter(|v| !v.is_empty())
            .cloned()
            .ok_or_else(|| {
                Error::credentials(name, format!("profile [{profile}] in {shown} has no `{k}`"))
            })
    };
    let optional = |k: &str| section.get(k).filter(|v| !v.is_empty()).cloned();
    let kind = key("type")?;
    let provider: Provider = match kind.as_str() {
        "access_key" => Arc::new(Credential::access_key(key("access_key_id")?, key("access_key_secret")?).with_provider(name)),
        "sts" => Arc::new(
            Credential::sts(key("access_key_id")?, key("access_key_secret")?, key("security_token")?).with_provider(name),
        ),
        "bearer" => Arc::new(Credential::bearer(key("bearer_token")?).with_provider(name)),
        "ram_role_arn" => {
            let source = Credential::access_key(key("access_key_id")?, key("access_key_secret")?).with_provider(name);
            let mut p = endpoints.to_sts(RamRoleArn::with_env(source, key("role_arn")?, env)?, RamRoleArn::endpoint_url)?;
            if let Some(s) = optional("role_session_name") {
                p = p.session_name(s);
            }
            if let Some(policy) = optional("policy") {
                p = p.policy(policy);
            }
            Arc::new(p)
        }
        "oidc_role_arn" => {
            let mut p = endpoints.to_sts(OidcRoleArn::with_env(
                key("role_arn")?,
                key("oidc_provider_arn")?,
                key("oidc_token_file_path")?,
                env,
            )?, OidcRoleArn::endpoint_url)?;
            if let Some(s) = optional("role_session_name") {
                p = p.session_name(s);
            }
            if let Some(policy) = optional("policy") {
                p = p.policy(policy);
            }
            Arc::new(p)
        }
        "ecs_ram_role" => {
            let mut p = endpoints.to_metadata(EcsRamRole::from_env(env)?, EcsRamRole::endpoint_url)?;
            if let Some(role) = optional("role_name") {
                p = p.role_name(role);
            }
            Arc::new(p)
        }
        "credentials_uri" => Arc::new(CredentialsUri::new(key("credentials_uri")?)?),
        "rsa_key_pair" => Arc::new(endpoints.to_sts(RsaKeyPair::with_env(key("public_key_id")?, key("private_key_file")?, env)?, RsaKeyPair::endpoint_url)?),
        other => {
            return Err(Error::credentials(
                name,
                format!(
                    "profile [{profile}] in {shown} has the unknown type `{other}` (expected access_key, sts, bearer, \
                     ram_role_arn, oidc_role_arn, ecs_ram_role, credentials_uri or rsa_key_pair)"
                ),
            ))
        }
    };
    Ok(provider)
}

/// The Alibaba Cloud CLI's `~/.aliyun/config.json`: the profile
/// `ALIBABA_CLOUD_PROFILE`, else the file's `current`. Modes `AK`,
/// `StsToken`, `RamRoleArn`, `EcsRamRole`, `OIDC`, `ChainableRamRoleArn`,
/// `CloudSSO`, `OAuth`, `CredentialsURI` and `External`. Off when
/// `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true`.
#[derive(Debug)]
pub struct CliProfile {
    inner: Lazy,
}

impl CliProfile {
    const NAME: &'static str = "cli_profile";

    /// From the environment.
    pub fn from_env(env: &Environment) -> Self {
        Self::with_endpoints(env, Endpoints::default())
    }

    /// As [`CliProfile::from_env`], with STS and metadata requests sent to `endpoints`.
    pub fn with_endpoints(env: &Environment, endpoints: Endpoints) -> Self {
        let env = env.clone();
        CliProfile {
            inner: Lazy::new(Self::NAME, move || load_cli(&env, &endpoints)),
        }
    }
}

impl ProvideCredentials for CliProfile {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        self.inner.provide()
    }
}

fn load_cli(env: &Environment, endpoints: &Endpoints) -> Result<Provider, Error> {
    let name = CliProfile::NAME;
    if env.flag("ALIBABA_CLOUD_CLI_PROFILE_DISABLED") {
        return Err(Error::credentials(
            name,
            "disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true",
        ));
    }
    let home = env
        .home()
        .ok_or_else(|| Error::credentials(name, "HOME is not set"))?;
    let file = home.join(".aliyun").join("config.json");
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(&file)
        .map_err(|e| Error::credentials(name, format!("cannot read {shown}: {e}")))?;
    let config: Value = serde_json::from_str(&text).map_err(|e| {
        Error::credentials(
            name,
            format!(
                "{shown} is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ),
        )
    })?;
    let profiles: BTreeMap<&str, &Value> = config["profiles"]
        .as_array()
        .ok_or_else(|| Error::credentials(name, format!("{shown} has no `profiles` list")))?
        .iter()
        .filter_map(|p| Some((p["name"].as_str()?, p)))
        .collect();
    let wanted = env
        .var("ALIBABA_CLOUD_PROFILE")
        .or_else(|| config["current"].as_str())
        .ok_or_else(|| Error::credentials(name, format!("{shown} names no `current` profile")))?;
    cli_provider(&profiles, wanted, env, endpoints, &shown, &mut Vec::new())
}

fn cli_provider(
    profiles: &BTreeMap<&str, &Value>,
    wanted: &str,
    env: &Environment,
    endpoints: &Endpoints,
    shown: &str,
    seen: &mut Vec<String>,
) -> Result<Provider, Error> {
    let name = CliProfile::NAME;
    if seen.iter().any(|s| s == wanted) {
        return Err(Error::credentials(
            name,
            format!(
                "{shown}: source_profile loops back to `{wanted}` ({})",
                seen.join(" -> ")
            ),
        ));
    }
    seen.push(wanted.to_owned());
    let p = profiles
        .get(wanted)
        .ok_or_else(|| Error::credentials(name, format!("{shown} has no profile `{wanted}`")))?;
    let get = |k: &str| -> Result<String, Error> {
        p[k].as_str()
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| {
                Error::credentials(name, format!("profile `{wanted}` in {shown} has no `{k}`"))
            })
    };
    let optional = |k: &str| p[k].as_str().filter(|v| !v.is_empty()).map(str::to_owned);
    let duration = p["expired_seconds"]
        .as_u64()
        .and_then(|d| u32::try_from(d).ok())
        .filter(|d| *d > 0);
    let assume = |source: Provider| -> Result<Provider, Error> {
        let mut r = endpoints.to_sts(
            RamRoleArn::with_env(SharedSource(source), get("ram_role_arn")?, env)?,
            RamRoleArn::endpoint_url,
        )?;
        if let Some(s) = optional("ram_session_name") {
            r = r.session_name(s);
        }
        if let Some(d) = duration {
            r = r.duration_seconds(d)?;
        }
        if let Some(policy) = optional("policy") {
            r = r.policy(policy);
        }
        if let Some(id) = optional("external_id") {
            r = r.external_id(id);
        }
        Ok(Arc::new(r))
    };
    let mode = get("mode")?;
    match mode.as_str() {
        "AK" => Ok(Arc::new(Credential::access_key(get("access_key_id")?, get("access_key_secret")?).with_provider(name))),
        "StsToken" => Ok(Arc::new(
            Credential::sts(get("access_key_id")?, get("access_key_secret")?, get("sts_token")?).with_provider(name),
        )),
        "RamRoleArn" => assume(Arc::new(
            Credential::access_key(get("access_key_id")?, get("access_key_secret")?).with_provider(name),
        )),
        "ChainableRamRoleArn" => {
            let source = cli_provider(profiles, &get("source_profile")?, env, endpoints, shown, seen)?;
            assume(source)
        }
        "EcsRamRole" => {
            let mut r = endpoints.to_metadata(EcsRamRole::from_env(env)?, EcsRamRole::endpoint_url)?;
            if let Some(role) = optional("ram_role_name") {
                r = r.role_name(role);
            }
            Ok(Arc::new(r))
        }
        "OIDC" => {
            let mut r = endpoints.to_sts(OidcRoleArn::with_env(
                get("ram_role_arn")?,
                get("oidc_provider_arn")?,
                get("oidc_token_file")?,
                env,
            )?, OidcRoleArn::endpoint_url)?;
            if let Some(s) = optional("role_session_name") {
                r = r.session_name(s);
            }
            if let Some(d) = duration {
                r = r.duration_seconds(d)?;
            }
            Ok(Arc::new(r))
        }
        "CredentialsURI" => Ok(Arc::new(CredentialsUri::new(get("credentials_uri")?)?)),
        "CloudSSO" => Ok(Arc::new(CloudSso::new(
            get("cloud_sso_sign_in_url")?,
            get("cloud_sso_account_id")?,
            get("cloud_sso_access_config")?,
            get("access_token")?,
            p["cloud_sso_access_token_expire"].as_u64().unwrap_or(0),
        )?)),
        "External" => Ok(Arc::new(External::new(get("process_command")?))),
        "OAuth" => {
            // The sites and the CLI's client ids, as the official SDKs have them.
            let (site_url, client_id) = match p["oauth_site_type"].as_str().unwrap_or("CN") {
                "CN" => ("https://oauth.aliyun.com", "4038181954557748008"),
                "INTL" => ("https://oauth.alibabacloud.com", "4103531455503354461"),
                other => {
                    return Err(Error::credentials(
                        name,
                        format!("profile `{wanted}` in {shown} has oauth_site_type `{other}`; expected CN or INTL"),
                    ))
                }
            };
            let tokens = OAuthTokens {
                access_token: optional("oauth_access_token"),
                access_token_expire: p["oauth_access_token_expire"].as_u64().unwrap_or(0),
                refresh_token: optional("oauth_refresh_token"),
            };
            let url = endpoints.oauth_url().unwrap_or(site_url);
            let mut provider = OAuth::new(url, client_id, tokens)?.write_back(PathBuf::from(shown), wanted.to_owned());
            let stored = (optional("access_key_id"), optional("access_key_secret"), optional("sts_token"));
            if let ((Some(id), Some(secret), Some(token)), Some(expires)) = (stored, p["sts_expiration"].as_u64()) {
                let expiry = std::time::UNIX_EPOCH + std::time::Duration::from_secs(expires);
                provider = provider.stored_credential(Credential::sts(id, secret, token).with_expiry(expiry));
            }
            Ok(Arc::new(provider))
        }
        other => Err(Error::credentials(
            name,
            format!(
                "profile `{wanted}` in {shown} has mode `{other}`, which yun does not support \
                 (AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CloudSSO, OAuth, CredentialsURI, External)"
            ),
        )),
    }
}

/// A shared provider used as another's source.
#[derive(Debug)]
struct SharedSource(Provider);

impl ProvideCredentials for SharedSource {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        self.0.provide_credentials()
    }
}

/// The CLI's `External` mode: runs a command (split like a POSIX shell
/// would, without running one) whose standard output is
/// `{"mode": "AK" | "StsToken", "access_key_id", "access_key_secret", "sts_token"}`.
/// The command gets 60 seconds.
pub struct External {
    command: String,
}

/// The command line with secret values hidden (`--password=…`).
impl std::fmt::Debug for External {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("External")
            .field("command", &crate::redact::Redacted(&self.command))
            .finish()
    }
}

impl External {
    const NAME: &'static str = "external";
    const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

    /// Runs `command` for each credential.
    pub fn new(command: impl Into<String>) -> Self {
        External {
            command: command.into(),
        }
    }

    async fn run(&self) -> Result<Credential, Error> {
        let words = split_command(&self.command).ok_or_else(|| {
            Error::credentials(Self::NAME, "process_command has an unclosed quote")
        })?;
        let (program, args) = words
            .split_first()
            .ok_or_else(|| Error::credentials(Self::NAME, "process_command is empty"))?;
        let child = tokio::process::Command::new(program)
            .args(args)
            .kill_on_drop(true)
            .output();
        let output = tokio::time::timeout(Self::TIMEOUT, child)
            .await
            .map_err(|_| {
                Error::credentials(
                    Self::NAME,
                    format!("`{program}` did not finish in {:?}", Self::TIMEOUT),
                )
            })?
            .map_err(|e| Error::credentials(Self::NAME, format!("cannot run `{program}`: {e}")))?;
        if !output.status.success() {
            return Err(Error::credentials(
                Self::NAME,
                format!("`{program}` exited with {}", output.status),
            ));
        }
        let v: Value = serde_json::from_slice(&output.stdout).map_err(|_| {
            Error::credentials(Self::NAME, format!("`{program}` did not print JSON"))
        })?;
        let get = |k: &str| {
            v[k].as_str().map(str::to_owned).ok_or_else(|| {
                Error::credentials(Self::NAME, format!("`{program}` printed no `{k}`"))
            })
        };
        let credential = match v["mode"].as_str() {
            Some("StsToken") => Credential::sts(
                get("access_key_id")?,
                get("access_key_secret")?,
                get("sts_token")?,
            ),
            _ => Credential::access_key(get("access_key_id")?, get("access_key_secret")?),
        };
        Ok(credential.with_provider(Self::NAME))
    }
}

/// Splits a command line into words: whitespace separates; single quotes
/// keep everything; double quotes keep all but `\"` and `\\`; a backslash
/// outside quotes escapes the next character. `None` for an unclosed quote.
fn split_command(line: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => words.extend(word.take()),
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => w.push(c),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => match chars.next()? {
                            c @ ('"' | '\\') => w.push(c),
                            c => {
                                w.push('\\');
                                w.push(c);
                            }
                        },
                        c => w.push(c),
                    }
                }
            }
            '\\' => word.get_or_insert_with(String::new).push(chars.next()?),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Some(words)
}

impl ProvideCredentials for External {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.run())
    }
}

/// The default chain, in the official SDKs' order: environment variables;
/// OIDC (when its three variables are set); the CLI's config.json; the INI
/// file; the ECS instance role (unless `ALIBABA_CLOUD_ECS_METADATA_DISABLED`);
/// the credentials URI (when `ALIBABA_CLOUD_CREDENTIALS_URI` is set). Once a
/// step has answered, the chain keeps using it. When none answers, the error
/// lists why each step was skipped.
pub fn aliyun_default_chain(env: &Environment) -> Chain {
    aliyun_default_chain_with(env, Endpoints::default())
}

/// [`aliyun_default_chain`] with STS and metadata requests sent to `endpoints`.
pub fn aliyun_default_chain_with(env: &Environment, endpoints: Endpoints) -> Chain {
    let mut chain = Chain::new("default");
    chain.push(
        "environment",
        Ok(Arc::new(AliyunEnvironment::from_env(env.clone()))),
    );
    let oidc_vars = [
        "ALIBABA_CLOUD_ROLE_ARN",
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    ];
    if oidc_vars.iter().all(|v| env.var(v).is_some()) {
        let oidc = OidcRoleArn::from_env(env)
            .and_then(|p| endpoints.to_sts(p, OidcRoleArn::endpoint_url))
            .map(|p| Arc::new(p) as Provider);
        chain.push("oidc_role_arn", oidc);
    }
    chain.push(
        "cli_profile",
        Ok(Arc::new(CliProfile::with_endpoints(env, endpoints.clone()))),
    );
    chain.push(
        "ini_profile",
        Ok(Arc::new(IniProfile::with_endpoints(env, endpoints.clone()))),
    );
    if !env.flag("ALIBABA_CLOUD_ECS_METADATA_DISABLED") {
        let ecs = EcsRamRole::from_env(env)
            .and_then(|p| endpoints.to_metadata(p, EcsRamRole::endpoint_url))
            .map(|p| Arc::new(p) as Provider);
        chain.push("ecs_ram_role", ecs);
    }
    if let Some(uri) = env.var("ALIBABA_CLOUD_CREDENTIALS_URI") {
        chain.push(
            "credentials_uri",
            CredentialsUri::new(uri).map(|p| Arc::new(p) as Provider),
        );
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::split_command;

    #[test]
    fn splits_like_a_shell() {
        let words = split_command(r#"helper --name 'a b' "c \"d\"" e\ f"#).unwrap();
        assert_eq!(words, ["helper", "--name", "a b", "c \"d\"", "e f"]);
        assert_eq!(split_command("  "), Some(vec![]));
        assert_eq!(split_command("x 'open"), None);
    }
}
