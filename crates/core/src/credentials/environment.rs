//! The environment credential providers read: variables and the home
//! directory. Providers take an [`Environment`] so tests (and programs with
//! unusual setups) can give their own instead of the process's.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// A snapshot of environment variables. `Debug` shows names, never values.
#[derive(Clone, Default)]
pub struct Environment {
    vars: BTreeMap<String, String>,
}

impl Environment {
    /// The process's environment, now.
    pub fn process() -> Self {
        Environment {
            vars: std::env::vars().collect(),
        }
    }

    /// An environment with exactly these variables.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Environment {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// A variable's value; unset or blank is `None`.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty())
    }

    /// A variable that must be set: an error for `provider` naming it otherwise.
    pub(crate) fn require(
        &self,
        name: &str,
        provider: &str,
    ) -> Result<String, crate::error::Error> {
        self.var(name)
            .map(str::to_owned)
            .ok_or_else(|| crate::error::Error::credentials(provider, format!("{name} is not set")))
    }

    /// True when a variable is `true` (any letter case).
    pub fn flag(&self, name: &str) -> bool {
        self.var(name)
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    }

    /// The home directory (`HOME`, else `USERPROFILE`).
    pub fn home(&self) -> Option<PathBuf> {
        self.var("HOME")
            .or_else(|| self.var("USERPROFILE"))
            .map(PathBuf::from)
    }
}

impl std::fmt::Debug for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Environment")
            .field("names", &self.vars.keys().collect::<Vec<_>>())
            .finish()
    }
}
