//! The required members of nested objects, checked before any I/O.
//!
//! A request's own required members are arguments of its `new(…)` (but for
//! members required only since the crate was first generated, checked here
//! by their bare name, `Zone`); the
//! members of an object it holds (`Placement.Zone`, each `DataDisks` item's
//! `DiskSize`) are required only when that object is sent, and objects
//! shared with responses keep every field optional so answers decode. The
//! generator passes them as paths of wire names (`Placement.Zone`; a list
//! is crossed without a mark: `DataDisks.DiskSize`), and [`check`] walks
//! the typed request through `Serialize`, descending only into members on
//! those paths: no allocation unless something is missing.

use crate::error::Error;
use serde::ser::{self, Serialize};
use std::fmt;

/// Fails with [`Error::InvalidInput`] naming the first object that is set
/// without one of its required members (`DataDisks[1].DiskSize`).
pub(crate) fn check<T: Serialize + ?Sized>(
    action: &str,
    paths: &'static [&'static str],
    input: &T,
) -> Result<(), Error> {
    if paths.is_empty() {
        return Ok(());
    }
    input
        .serialize(Probe { paths, prefix: "" })
        .map_err(|Missing(path)| match path.rsplit_once('.') {
            Some((parent, _)) => Error::invalid_input(format!(
                "{action}: required member `{path}` is not set (it is required whenever `{parent}` is sent)"
            )),
            // A request's own member, required since its crate was first
            // generated: a setter, not a constructor argument.
            None => Error::invalid_input(format!(
                "{action}: required member `{path}` is not set"
            )),
        })
}

/// The path, from the innermost object outwards as the error unwinds, of
/// a member that is missing.
#[derive(Debug)]
struct Missing(String);

impl Missing {
    fn within(mut self, outer: &str) -> Self {
        // A list's `[i]` joins its name without a dot.
        if !self.0.starts_with('[') {
            self.0.insert(0, '.');
        }
        self.0.insert_str(0, outer);
        self
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "missing {}", self.0)
    }
}

impl std::error::Error for Missing {}

impl ser::Error for Missing {
    // Serialize impls of request types never fail on their own.
    fn custom<M: fmt::Display>(message: M) -> Self {
        Missing(message.to_string())
    }
}

/// Where the walk is: the paths, and the wire names that led here, each
/// followed by a dot (`Placement.`; empty at the top). Every path that
/// starts with `prefix` is live here.
#[derive(Clone, Copy)]
struct Probe {
    paths: &'static [&'static str],
    prefix: &'static str,
}

impl Probe {
    /// The live paths' remainders after `prefix`.
    fn rests(self) -> impl Iterator<Item = &'static str> {
        let prefix = self.prefix;
        self.paths
            .iter()
            .filter_map(move |p| p.strip_prefix(prefix))
    }

    /// The members required at this level, in path order.
    fn leaves(self) -> impl Iterator<Item = &'static str> {
        self.rests().filter(|rest| !rest.contains('.'))
    }

    /// The probe for member `key`'s value, when a live path goes through it.
    fn into_member(self, key: &str) -> Option<Probe> {
        self.paths.iter().find_map(|p| {
            let rest = p.strip_prefix(self.prefix)?;
            let after = rest.strip_prefix(key)?;
            after.starts_with('.').then(|| Probe {
                paths: self.paths,
                prefix: &p[..self.prefix.len() + key.len() + 1],
            })
        })
    }
}

/// One object being walked: which of its required members were seen (a
/// bit per leaf, in [`Probe::leaves`] order; an object with more than 64
/// required members has the rest unchecked).
struct Object {
    probe: Probe,
    seen: u64,
}

impl ser::SerializeStruct for Object {
    type Ok = ();
    type Error = Missing;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Missing> {
        // Absent members are skipped by the types' `Serialize`: a member
        // that reaches here is set.
        if let Some(i) = self.probe.leaves().position(|leaf| leaf == key) {
            self.seen |= 1u64.checked_shl(i as u32).unwrap_or(0);
        }
        match self.probe.into_member(key) {
            Some(inner) => value.serialize(inner).map_err(|m| m.within(key)),
            None => Ok(()),
        }
    }

    fn end(self) -> Result<(), Missing> {
        let missing = self
            .probe
            .leaves()
            .enumerate()
            .find(|(i, _)| *i < 64 && self.seen & (1 << i) == 0);
        match missing {
            Some((_, leaf)) => Err(Missing(leaf.to_owned())),
            None => Ok(()),
        }
    }
}

/// A list being walked: each item at the same level, named by its index.
struct List {
    probe: Probe,
    index: usize,
}

impl ser::SerializeSeq for List {
    type Ok = ();
    type Error = Missing;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Missing> {
        let index = self.index;
        self.index += 1;
        value
            .serialize(self.probe)
            .map_err(|Missing(path)| Missing(format!("[{index}].{path}")))
    }

    fn end(self) -> Result<(), Missing> {
        Ok(())
    }
}

/// Anything else (maps, tuples, enum variants): nothing to check inside.
struct Skip;

macro_rules! skip_compound {
    ($($trait:ident :: $method:ident $(($key:ident))?),* $(,)?) => {$(
        impl ser::$trait for Skip {
            type Ok = ();
            type Error = Missing;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? _: &T) -> Result<(), Missing> {
                $(let _ = $key;)?
                Ok(())
            }
            fn end(self) -> Result<(), Missing> {
                Ok(())
            }
        }
    )*};
}

skip_compound!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
    SerializeStructVariant::serialize_field(key),
);

impl ser::SerializeMap for Skip {
    type Ok = ();
    type Error = Missing;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Missing> {
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Missing> {
        Ok(())
    }
    fn end(self) -> Result<(), Missing> {
        Ok(())
    }
}

macro_rules! scalars {
    ($($method:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<(), Missing> { Ok(()) })*
    };
}

impl ser::Serializer for Probe {
    type Ok = ();
    type Error = Missing;
    type SerializeSeq = List;
    type SerializeTuple = Skip;
    type SerializeTupleStruct = Skip;
    type SerializeTupleVariant = Skip;
    type SerializeMap = Skip;
    type SerializeStruct = Object;
    type SerializeStructVariant = Skip;

    scalars!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Missing> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Missing> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Missing> {
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<List, Missing> {
        Ok(List {
            probe: self,
            index: 0,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Skip, Missing> {
        Ok(Skip)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Skip, Missing> {
        Ok(Skip)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Skip, Missing> {
        Ok(Skip)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Skip, Missing> {
        Ok(Skip)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Object, Missing> {
        Ok(Object {
            probe: self,
            seen: 0,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Skip, Missing> {
        Ok(Skip)
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize, Default)]
    struct Disk {
        #[serde(rename = "DiskSize", skip_serializing_if = "Option::is_none")]
        size: Option<i64>,
        #[serde(rename = "DiskType", skip_serializing_if = "Option::is_none")]
        kind: Option<String>,
    }

    #[derive(Serialize, Default)]
    struct Placement {
        #[serde(rename = "Zone", skip_serializing_if = "Option::is_none")]
        zone: Option<String>,
        #[serde(rename = "Host", skip_serializing_if = "Option::is_none")]
        host: Option<Box<Placement>>,
    }

    #[derive(Serialize, Default)]
    struct Request {
        #[serde(rename = "Placement", skip_serializing_if = "Option::is_none")]
        placement: Option<Placement>,
        #[serde(rename = "DataDisks", skip_serializing_if = "Option::is_none")]
        disks: Option<Vec<Disk>>,
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        tags: Option<BTreeMap<String, String>>,
        #[serde(rename = "Name")]
        name: String,
    }

    const PATHS: &[&str] = &[
        "Placement.Zone",
        "Placement.Host.Zone",
        "DataDisks.DiskSize",
    ];

    fn message(request: &Request) -> Option<String> {
        check("RunInstances", PATHS, request)
            .err()
            .map(|e| e.to_string())
    }

    fn disk(size: Option<i64>) -> Disk {
        Disk {
            size,
            kind: Some("CLOUD_SSD".into()),
        }
    }

    #[test]
    fn objects_left_out_need_nothing() {
        assert_eq!(message(&Request::default()), None);
        let tags = Some(BTreeMap::from([("a".into(), "b".into())]));
        assert_eq!(
            message(&Request {
                tags,
                ..Request::default()
            }),
            None
        );
    }

    #[test]
    fn a_set_object_needs_its_required_members() {
        let request = Request {
            placement: Some(Placement::default()),
            ..Request::default()
        };
        let text = message(&request).unwrap();
        assert!(
            text.contains("RunInstances: required member `Placement.Zone` is not set")
                && text.contains("whenever `Placement` is sent"),
            "{text}"
        );
        let request = Request {
            placement: Some(Placement {
                zone: Some("ap-shanghai-2".into()),
                host: Some(Box::default()),
            }),
            ..Request::default()
        };
        assert!(message(&request).unwrap().contains("`Placement.Host.Zone`"));
    }

    #[test]
    fn list_items_are_named_by_index() {
        let mut request = Request {
            disks: Some(vec![disk(Some(50)), disk(None)]),
            ..Request::default()
        };
        let text = message(&request).unwrap();
        assert!(
            text.contains("`DataDisks[1].DiskSize`") && text.contains("whenever `DataDisks[1]`"),
            "{text}"
        );
        request.disks = Some(vec![disk(Some(50)), disk(Some(100))]);
        request.placement = Some(Placement {
            zone: Some("z".into()),
            host: None,
        });
        assert_eq!(message(&request), None);
    }
}
