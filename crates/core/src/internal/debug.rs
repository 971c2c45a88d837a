//! `Debug` of generated types: the members that are present, by name, and
//! `***` for a secret member's value. A response holds dozens of optional
//! members and most answers set few of them; printing every `None` buried
//! what came back (about 4.7 KB per ECS instance).

use std::fmt::{self, Debug, Formatter};

/// One member as `Debug` shows it: `None` when it is absent.
pub type Shown<'a> = Option<&'a dyn Debug>;

/// Writes `name { member: value, … }` with the present members only.
pub fn members(f: &mut Formatter<'_>, name: &str, members: &[(&str, Shown<'_>)]) -> fmt::Result {
    let mut s = f.debug_struct(name);
    for (member, value) in members {
        if let Some(value) = value {
            s.field(member, value);
        }
    }
    s.finish()
}

/// An optional member.
pub fn opt<T: Debug>(value: &Option<T>) -> Shown<'_> {
    value.as_ref().map(|v| v as &dyn Debug)
}

/// A member that is always there.
pub fn req<T: Debug>(value: &T) -> Shown<'_> {
    Some(value)
}

/// An optional secret member: `***` when present.
pub fn secret<T>(value: &Option<T>) -> Shown<'static> {
    value.as_ref().and_then(hidden)
}

/// A secret member that is always there: `***`.
pub fn hidden<T>(_: &T) -> Shown<'static> {
    Some(&"***")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Account {
        name: String,
        zone: Option<String>,
        size: Option<u32>,
        password: Option<String>,
    }

    impl Debug for Account {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            members(
                f,
                "Account",
                &[
                    ("name", req(&self.name)),
                    ("zone", opt(&self.zone)),
                    ("size", opt(&self.size)),
                    ("password", secret(&self.password)),
                ],
            )
        }
    }

    #[test]
    fn only_present_members_are_shown_and_secrets_are_starred() {
        let a = Account {
            name: "a".into(),
            zone: None,
            size: Some(3),
            password: Some("hunter2".into()),
        };
        assert_eq!(
            format!("{a:?}"),
            r#"Account { name: "a", size: 3, password: "***" }"#
        );
        assert!(format!("{a:#?}").contains("    size: 3,\n"));
    }
}
