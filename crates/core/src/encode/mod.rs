//! Wire encoding: percent-encoding, Alibaba Cloud parameter styles, and the
//! parameter list that requests are built from.

mod flatten;
mod percent;
pub(crate) mod required;

pub use flatten::{flatten_into, FlattenError, ListBase};
pub(crate) use percent::join_pairs;
pub use percent::{
    form_encode_into, parse_pairs, percent_decode, percent_encode, percent_encode_into,
};

use crate::error::Error;
use serde::Serialize;

/// An ordered list of wire parameters (`name=value`), before encoding.
///
/// Generated operations fill one for the query and one for the form body,
/// each member with its wire name and style. Signers sort when the protocol
/// needs it; the list keeps the order members were added.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one scalar parameter as text.
    pub fn insert(&mut self, name: &str, value: impl Into<String>) -> &mut Self {
        self.pairs.push((name.to_owned(), value.into()));
        self
    }

    /// Adds `value` in the flat and repeatList styles: scalars as `name`,
    /// lists as `name.1`, `name.2`, …, objects as `name.Member`, at any depth.
    /// `None` adds nothing.
    pub fn insert_flat<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<&mut Self, Error> {
        flatten_into(&mut self.pairs, name, value, ListBase::One)
            .map_err(|e| Error::invalid_input(format!("parameter `{name}`: {e}")))?;
        Ok(self)
    }

    /// Adds `value` in the json style: one parameter whose value is the
    /// value's compact JSON text.
    pub fn insert_json<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<&mut Self, Error> {
        let text = serde_json::to_string(value)
            .map_err(|e| Error::invalid_input(format!("parameter `{name}`: {e}")))?;
        self.pairs.push((name.to_owned(), text));
        Ok(self)
    }

    /// Adds a list in the simple style: one parameter whose value is the
    /// items' text joined with commas (`Zones=a,b`), as the official SDKs
    /// send the metadata's `simple` style. An empty list sends `name=`.
    pub fn insert_simple<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<&mut Self, Error> {
        let mut items = Vec::new();
        flatten_into(&mut items, name, value, ListBase::One)
            .map_err(|e| Error::invalid_input(format!("parameter `{name}`: {e}")))?;
        let joined: Vec<String> = items.into_iter().map(|(_, v)| v).collect();
        self.pairs.push((name.to_owned(), joined.join(",")));
        Ok(self)
    }

    /// The parameters as owned pairs.
    pub fn into_pairs(self) -> Vec<(String, String)> {
        self.pairs
    }

    pub(crate) fn pairs_mut(&mut self) -> &mut Vec<(String, String)> {
        &mut self.pairs
    }

    /// The parameters, in insertion order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// True when no parameter was added.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The value of the first parameter named `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// `application/x-www-form-urlencoded` text of the parameters, sorted by
    /// name as the official SDKs send form bodies.
    pub fn to_form_body(&self) -> String {
        let mut sorted: Vec<_> = self.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        join_pairs(sorted, form_encode_into)
    }

    fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl From<Vec<(String, String)>> for Params {
    fn from(pairs: Vec<(String, String)>) -> Self {
        Params { pairs }
    }
}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for Params {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Params {
            pairs: iter
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }
}

/// Parameter values may be secrets a user passes (passwords in
/// RunInstances, for one), so Debug shows only the names.
impl std::fmt::Debug for Params {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.pairs.iter().map(|(k, _)| k))
            .finish()
    }
}
