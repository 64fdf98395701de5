//! The text form of fieldless enums (kinds, styles, roles): one table per
//! enum gives its `as_str`, `Display` and `FromStr`, the same names serde
//! writes. Used by every layer, so it depends on nothing.

use std::fmt;

/// The text form of a fieldless enum, the same as its serde name: `as_str`,
/// `Display` and `FromStr` from one table.
macro_rules! names {
    ($ty:ident { $($variant:ident => $name:literal,)* }) => {
        impl $ty {
            /// The name, as in JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::names::UnknownName;

            fn from_str(s: &str) -> Result<Self, $crate::names::UnknownName> {
                match s {
                    $($name => Ok($ty::$variant),)*
                    _ => Err($crate::names::UnknownName { type_name: stringify!($ty), name: s.to_string() }),
                }
            }
        }
    };
}

/// A name that names no variant, from the `FromStr` of a kind whose text
/// form is its JSON name ([`DocKind`](crate::model::DocKind),
/// [`DocNumberKind`](crate::docnum::DocNumberKind),
/// [`DateKind`](crate::date::DateKind) and the like).
///
/// ```
/// let err = "memo".parse::<gongbao::model::DocKind>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown DocKind: memo");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    pub(crate) type_name: &'static str,
    pub(crate) name: String,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {}: {}", self.type_name, self.name)
    }
}

impl std::error::Error for UnknownName {}

pub(crate) use names;
