//! Provider chains and lazily built providers.

use super::{CredentialFuture, ProvideCredentials};
use crate::error::Error;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

type Provider = Arc<dyn ProvideCredentials>;

/// Tries providers in order; the first that answers is used from then on.
/// When none answers, the error lists each step and why it was skipped.
pub struct Chain {
    name: &'static str,
    steps: Vec<(&'static str, Result<Provider, String>)>,
    chosen: AtomicUsize,
}

const NONE: usize = usize::MAX;

impl Chain {
    /// An empty chain named `name` (shown in errors).
    pub fn new(name: &'static str) -> Self {
        Chain {
            name,
            steps: Vec::new(),
            chosen: AtomicUsize::new(NONE),
        }
    }

    /// Adds a step; a provider that could not be built stays in the chain
    /// as a reason to report.
    pub fn push(&mut self, name: &'static str, provider: Result<Provider, Error>) {
        self.steps.push((name, provider.map_err(|e| e.to_string())));
    }

    /// The step names, in order.
    pub fn step_names(&self) -> Vec<&'static str> {
        self.steps.iter().map(|(n, _)| *n).collect()
    }

    /// The step that answered, once one has.
    pub fn chosen(&self) -> Option<&'static str> {
        self.steps
            .get(self.chosen.load(Ordering::Acquire))
            .map(|(n, _)| *n)
    }

    async fn provide(&self) -> Result<super::Credential, Error> {
        if let Some((_, Ok(p))) = self.steps.get(self.chosen.load(Ordering::Acquire)) {
            return p.provide_credentials().await;
        }
        let mut reasons = Vec::with_capacity(self.steps.len());
        for (i, (name, step)) in self.steps.iter().enumerate() {
            let why = match step {
                Err(why) => why.clone(),
                Ok(p) => match p.provide_credentials().await {
                    Ok(c) => {
                        self.chosen.store(i, Ordering::Release);
                        tracing::info!(
                            chain = self.name,
                            step = *name,
                            provider = c.provider(),
                            "credentials found; this step answers from now on"
                        );
                        return Ok(c);
                    }
                    Err(e) => e.to_string(),
                },
            };
            tracing::debug!(chain = self.name, step = *name, reason = %why, "credential step skipped");
            reasons.push(format!("{name}: {why}"));
        }
        Err(Error::credentials(
            format!("{} chain", self.name),
            format!("no credentials found. {}", reasons.join("; ")),
        ))
    }
}

impl fmt::Debug for Chain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Chain")
            .field("name", &self.name)
            .field("steps", &self.step_names())
            .field("chosen", &self.chosen())
            .finish()
    }
}

impl ProvideCredentials for Chain {
    fn provide_credentials(&self) -> CredentialFuture<'_> {
        Box::pin(self.provide())
    }
}

/// A provider built on first use (reading a file, say) and kept once built.
pub(crate) struct Lazy {
    name: &'static str,
    load: Box<dyn Fn() -> Result<Provider, Error> + Send + Sync>,
    loaded: OnceLock<Provider>,
}

impl Lazy {
    pub(crate) fn new(
        name: &'static str,
        load: impl Fn() -> Result<Provider, Error> + Send + Sync + 'static,
    ) -> Self {
        Lazy {
            name,
            load: Box::new(load),
            loaded: OnceLock::new(),
        }
    }

    pub(crate) fn provide(&self) -> CredentialFuture<'_> {
        Box::pin(async move {
            let provider = match self.loaded.get() {
                Some(p) => p.clone(),
                None => {
                    let p = (self.load)()?;
                    self.loaded.get_or_init(|| p).clone()
                }
            };
            provider.provide_credentials().await
        })
    }
}

impl fmt::Debug for Lazy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lazy")
            .field("name", &self.name)
            .field("loaded", &self.loaded.get())
            .finish()
    }
}
