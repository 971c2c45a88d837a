//! Where requests go: region to host for both vendors, and user overrides.

use crate::error::Error;
use std::fmt;

/// `http` or `https`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scheme {
    /// TLS (the default).
    Https,
    /// Plain HTTP, for local testing.
    Http,
}

/// A scheme and authority (`host` or `host:port`) requests are sent to.
#[derive(Clone, PartialEq, Eq)]
pub struct Endpoint {
    scheme: Scheme,
    authority: String,
}

impl Endpoint {
    /// An HTTPS endpoint at `host`.
    pub fn https(host: impl Into<String>) -> Self {
        Endpoint {
            scheme: Scheme::Https,
            authority: host.into(),
        }
    }

    /// Parses `https://host[:port]`, `http://host[:port]` or a bare
    /// `host[:port]` (HTTPS). A path, query or user info is an error.
    pub fn parse(url: &str) -> Result<Self, Error> {
        let bad = |why: &str| Error::invalid_input(format!("endpoint `{url}`: {why}"));
        let (scheme, rest) = if let Some(r) = url.strip_prefix("https://") {
            (Scheme::Https, r)
        } else if let Some(r) = url.strip_prefix("http://") {
            (Scheme::Http, r)
        } else if url.contains("://") {
            return Err(bad("the scheme must be http or https"));
        } else {
            (Scheme::Https, url)
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.is_empty() {
            return Err(bad("no host"));
        }
        if authority.contains(['/', '?', '#', '@', ' ']) {
            return Err(bad("give only scheme, host and port"));
        }
        if let Some((_, port)) = authority
            .rsplit_once(':')
            .filter(|_| !authority.ends_with(']'))
        {
            if port.parse::<u16>().is_err() {
                return Err(bad("the port is not a number from 0 to 65535"));
            }
        }
        Ok(Endpoint {
            scheme,
            authority: authority.to_owned(),
        })
    }

    /// The scheme.
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// `host` or `host:port`, as sent in the `Host` header.
    pub fn authority(&self) -> &str {
        &self.authority
    }

    /// `scheme://authority/?query`.
    pub fn url(&self, query: &str) -> String {
        self.url_with_path("/", query)
    }

    /// `scheme://authority<path>?query`; `path` starts with `/` and is
    /// already percent-encoded.
    pub fn url_with_path(&self, path: &str, query: &str) -> String {
        let scheme = match self.scheme {
            Scheme::Https => "https",
            Scheme::Http => "http",
        };
        if query.is_empty() {
            format!("{scheme}://{}{path}", self.authority)
        } else {
            format!("{scheme}://{}{path}?{query}", self.authority)
        }
    }
}

impl fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.url(""))
    }
}

/// An Alibaba Cloud product's endpoints: its code and the per-region hosts
/// its metadata lists.
#[derive(Clone, Copy, Debug)]
pub struct AliyunEndpoints {
    /// The product's endpoint code, lower case (e.g. `ecs`).
    pub product: &'static str,
    /// `(region, host)` pairs from the metadata.
    pub regional: &'static [(&'static str, &'static str)],
}

impl AliyunEndpoints {
    /// The host for `region`: the metadata's entry, else
    /// `<product>.<region>.aliyuncs.com`, else (no region)
    /// `<product>.aliyuncs.com`.
    pub fn host(&self, region: Option<&str>) -> String {
        aliyun_host(self.product, self.regional, region)
    }
}

/// The host for an Alibaba Cloud product: see [`AliyunEndpoints::host`].
pub fn aliyun_host(product: &str, regional: &[(&str, &str)], region: Option<&str>) -> String {
    match region {
        Some(r) => regional.iter().find(|(id, _)| *id == r).map_or_else(
            || format!("{product}.{r}.aliyuncs.com"),
            |(_, h)| (*h).to_owned(),
        ),
        None => format!("{product}.aliyuncs.com"),
    }
}

/// The host for a Tencent Cloud service: `<service>.tencentcloudapi.com`,
/// or `<service>.<region>.tencentcloudapi.com` when `regional`.
pub fn tencent_host(service: &str, region: Option<&str>, regional: bool) -> String {
    match region.filter(|r| regional && !r.is_empty()) {
        Some(r) => format!("{service}.{r}.tencentcloudapi.com"),
        None => format!("{service}.tencentcloudapi.com"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_overrides_and_rejects_bad_ones() {
        let e = Endpoint::parse("http://127.0.0.1:8080/").unwrap();
        assert_eq!(
            (e.scheme(), e.authority()),
            (Scheme::Http, "127.0.0.1:8080")
        );
        assert_eq!(e.url("a=1"), "http://127.0.0.1:8080/?a=1");
        assert_eq!(
            Endpoint::parse("ecs.aliyuncs.com").unwrap().scheme(),
            Scheme::Https
        );
        for bad in [
            "",
            "ftp://x",
            "http://",
            "https://h/p",
            "https://u:p@h",
            "h:99999",
        ] {
            let err = Endpoint::parse(bad).unwrap_err().to_string();
            assert!(err.contains("endpoint"), "{bad}: {err}");
        }
    }

    #[test]
    fn resolves_hosts() {
        let ecs = AliyunEndpoints {
            product: "ecs",
            regional: &[("cn-hangzhou", "ecs-cn-hangzhou.aliyuncs.com")],
        };
        assert_eq!(
            ecs.host(Some("cn-hangzhou")),
            "ecs-cn-hangzhou.aliyuncs.com"
        );
        assert_eq!(ecs.host(Some("xx-new-1")), "ecs.xx-new-1.aliyuncs.com");
        assert_eq!(ecs.host(None), "ecs.aliyuncs.com");
        assert_eq!(
            tencent_host("cvm", Some("ap-guangzhou"), false),
            "cvm.tencentcloudapi.com"
        );
        assert_eq!(
            tencent_host("cvm", Some("ap-guangzhou"), true),
            "cvm.ap-guangzhou.tencentcloudapi.com"
        );
    }
}
