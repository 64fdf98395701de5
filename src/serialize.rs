//! The JSON of the model with two changes a front end may ask for:
//! character offsets in place of byte offsets, and blocks without their
//! text. The command line's `--offsets chars` and `--no-block-text` and the
//! Python package write through it, so the two agree.
//!
//! [`Rewritten`] wraps any serializable value and passes it to the real
//! serializer (serde_json, say, writing straight to the output) through a
//! rewriting serializer, which forwards every call and changes two kinds of
//! struct, recognized by their serde name wherever they stand in the tree:
//! a `Span` gets character offsets in place of byte offsets, and a `Block`
//! loses its `text` field. Nothing is buffered, so a new field of the model
//! with a span in it is converted without a change here.
//!
//! ```
//! use gongbao::CharIndex;
//! use gongbao::serialize::{Rewrite, Rewritten};
//! let text = "国务院关于印发某方案的通知\n\n国发〔2019〕4号";
//! let g = gongbao::parse(text);
//! let rewrite = Rewrite { chars: Some(CharIndex::new(text)), no_block_text: true };
//! let json = serde_json::to_value(Rewritten { value: &g, rewrite: &rewrite }).unwrap();
//! let number = &json["documents"][0]["blocks"][1];
//! // 13 characters of title and two line feeds before the 发文字号; no text.
//! assert_eq!(number, &serde_json::json!({"role": "doc_number", "span": {"start": 15, "end": 25}}));
//! ```

use serde::ser::{
    self, Serialize, SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant, Serializer,
};

use crate::offsets::CharIndex;

/// How to change the JSON. The default changes nothing.
///
/// ```
/// use gongbao::serialize::{Rewrite, Rewritten};
/// let g = gongbao::parse("国务院关于印发某方案的通知");
/// let same = serde_json::to_string(&Rewritten { value: &g, rewrite: &Rewrite::default() }).unwrap();
/// assert_eq!(same, serde_json::to_string(&g).unwrap());
/// ```
#[derive(Debug, Default)]
pub struct Rewrite<'t> {
    /// Character offsets in every span, counted in this text (the text the
    /// value was parsed from).
    pub chars: Option<CharIndex<'t>>,
    /// Leave out the `text` of every block.
    pub no_block_text: bool,
}

impl Rewrite<'_> {
    /// Whether the JSON is the library's own.
    fn is_identity(&self) -> bool {
        self.chars.is_none() && !self.no_block_text
    }
}

/// `value`, serialized with `rewrite` applied: any serializable value of
/// the model (a [`Gazette`](crate::Gazette), one document, one clause).
///
/// ```
/// use gongbao::CharIndex;
/// use gongbao::serialize::{Rewrite, Rewritten};
/// let text = "第一条　为了保护个人信息权益，制定本法。";
/// let g = gongbao::parse(text);
/// let rewrite = Rewrite { chars: Some(CharIndex::new(text)), no_block_text: false };
/// let json = serde_json::to_value(Rewritten { value: &g.documents[0], rewrite: &rewrite }).unwrap();
/// assert_eq!(json["span"], serde_json::json!({"start": 0, "end": text.chars().count()}));
/// ```
#[derive(Debug)]
pub struct Rewritten<'r, 't, T: ?Sized> {
    /// What is serialized.
    pub value: &'r T,
    /// How its JSON is changed.
    pub rewrite: &'r Rewrite<'t>,
}

impl<T: Serialize + ?Sized> Serialize for Rewritten<'_, '_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.rewrite.is_identity() {
            return self.value.serialize(serializer);
        }
        self.value.serialize(Rewriter { inner: serializer, rewrite: self.rewrite })
    }
}

/// A nested value: rewritten the same way.
fn nested<'r, 't, T: ?Sized>(value: &'r T, rewrite: &'r Rewrite<'t>) -> Rewritten<'r, 't, T> {
    Rewritten { value, rewrite }
}

/// A serializer that forwards to `inner`, rewriting spans and blocks.
struct Rewriter<'r, 't, S> {
    inner: S,
    rewrite: &'r Rewrite<'t>,
}

/// What a struct being written is, for the rewrite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Other,
    Span,
    Block,
}

/// A compound value (sequence, map, struct) being written.
struct Compound<'r, 't, C> {
    inner: C,
    rewrite: &'r Rewrite<'t>,
    kind: Kind,
}

/// Forwards a serializer method that has no nested value.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $method(self, $($arg: $ty),*) -> Result<Self::Ok, Self::Error> {
            self.inner.$method($($arg),*)
        })*
    };
}

impl<'r, 't, S: Serializer> Serializer for Rewriter<'r, 't, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Compound<'r, 't, S::SerializeSeq>;
    type SerializeTuple = Compound<'r, 't, S::SerializeTuple>;
    type SerializeTupleStruct = Compound<'r, 't, S::SerializeTupleStruct>;
    type SerializeTupleVariant = Compound<'r, 't, S::SerializeTupleVariant>;
    type SerializeMap = Compound<'r, 't, S::SerializeMap>;
    type SerializeStruct = Compound<'r, 't, S::SerializeStruct>;
    type SerializeStructVariant = Compound<'r, 't, S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.serialize_some(&nested(value, self.rewrite))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.serialize_newtype_struct(name, &nested(value, self.rewrite))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_newtype_variant(name, index, variant, &nested(value, self.rewrite))
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        let rewrite = self.rewrite;
        Ok(Compound { inner: self.inner.serialize_seq(len)?, rewrite, kind: Kind::Other })
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        let rewrite = self.rewrite;
        Ok(Compound { inner: self.inner.serialize_tuple(len)?, rewrite, kind: Kind::Other })
    }

    fn serialize_tuple_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeTupleStruct, S::Error> {
        let rewrite = self.rewrite;
        Ok(Compound { inner: self.inner.serialize_tuple_struct(name, len)?, rewrite, kind: Kind::Other })
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        let rewrite = self.rewrite;
        let inner = self.inner.serialize_tuple_variant(name, index, variant, len)?;
        Ok(Compound { inner, rewrite, kind: Kind::Other })
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        let rewrite = self.rewrite;
        Ok(Compound { inner: self.inner.serialize_map(len)?, rewrite, kind: Kind::Other })
    }

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeStruct, S::Error> {
        let kind = match name {
            "Span" if self.rewrite.chars.is_some() => Kind::Span,
            "Block" if self.rewrite.no_block_text => Kind::Block,
            _ => Kind::Other,
        };
        let rewrite = self.rewrite;
        Ok(Compound { inner: self.inner.serialize_struct(name, len)?, rewrite, kind })
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        let rewrite = self.rewrite;
        let inner = self.inner.serialize_struct_variant(name, index, variant, len)?;
        Ok(Compound { inner, rewrite, kind: Kind::Other })
    }

    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.collect_str(value)
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// Implements a compound trait whose elements are all rewritten alike.
macro_rules! elements {
    ($trait:ident, $method:ident) => {
        impl<C: $trait> $trait for Compound<'_, '_, C> {
            type Ok = C::Ok;
            type Error = C::Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
                self.inner.$method(&nested(value, self.rewrite))
            }
            fn end(self) -> Result<C::Ok, C::Error> {
                self.inner.end()
            }
        }
    };
}

elements!(SerializeSeq, serialize_element);
elements!(SerializeTuple, serialize_element);
elements!(SerializeTupleStruct, serialize_field);
elements!(SerializeTupleVariant, serialize_field);

impl<C: SerializeMap> SerializeMap for Compound<'_, '_, C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), C::Error> {
        self.inner.serialize_key(&nested(key, self.rewrite))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.inner.serialize_value(&nested(value, self.rewrite))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeStruct> SerializeStruct for Compound<'_, '_, C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), C::Error> {
        match (self.kind, &self.rewrite.chars) {
            (Kind::Block, _) if key == "text" => self.inner.skip_field(key),
            (Kind::Span, Some(index)) => {
                let Some(byte) = offset(value) else {
                    return Err(ser::Error::custom(format!("span field {key} is not an offset")));
                };
                self.inner.serialize_field(key, &index.chars_at(byte))
            }
            _ => self.inner.serialize_field(key, &nested(value, self.rewrite)),
        }
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        self.inner.skip_field(key)
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeStructVariant> SerializeStructVariant for Compound<'_, '_, C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), C::Error> {
        self.inner.serialize_field(key, &nested(value, self.rewrite))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

/// The byte offset a span field holds, read by serializing it into
/// [`Offset`].
fn offset<T: Serialize + ?Sized>(value: &T) -> Option<usize> {
    value.serialize(Offset).ok()
}

/// A serializer that accepts one unsigned integer and refuses anything
/// else: how a span's field is read without knowing its type.
struct Offset;

/// Why [`Offset`] refused a value; never shown (the caller names the field).
#[derive(Debug)]
struct NotAnOffset;

impl std::fmt::Display for NotAnOffset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not an offset")
    }
}

impl std::error::Error for NotAnOffset {}

impl ser::Error for NotAnOffset {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        NotAnOffset
    }
}

/// Refuses a serializer method of [`Offset`].
macro_rules! refuse {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ok, NotAnOffset> {
            Err(NotAnOffset)
        })*
    };
}

impl Serializer for Offset {
    type Ok = usize;
    type Error = NotAnOffset;
    type SerializeSeq = ser::Impossible<usize, NotAnOffset>;
    type SerializeTuple = ser::Impossible<usize, NotAnOffset>;
    type SerializeTupleStruct = ser::Impossible<usize, NotAnOffset>;
    type SerializeTupleVariant = ser::Impossible<usize, NotAnOffset>;
    type SerializeMap = ser::Impossible<usize, NotAnOffset>;
    type SerializeStruct = ser::Impossible<usize, NotAnOffset>;
    type SerializeStructVariant = ser::Impossible<usize, NotAnOffset>;

    fn serialize_u64(self, v: u64) -> Result<usize, NotAnOffset> {
        usize::try_from(v).map_err(|_| NotAnOffset)
    }
    fn serialize_u32(self, v: u32) -> Result<usize, NotAnOffset> {
        self.serialize_u64(v.into())
    }

    refuse! {
        serialize_bool(bool) -> usize;
        serialize_i8(i8) -> usize;
        serialize_i16(i16) -> usize;
        serialize_i32(i32) -> usize;
        serialize_i64(i64) -> usize;
        serialize_u8(u8) -> usize;
        serialize_u16(u16) -> usize;
        serialize_f32(f32) -> usize;
        serialize_f64(f64) -> usize;
        serialize_char(char) -> usize;
        serialize_str(&str) -> usize;
        serialize_bytes(&[u8]) -> usize;
        serialize_none() -> usize;
        serialize_unit() -> usize;
        serialize_unit_struct(&'static str) -> usize;
        serialize_unit_variant(&'static str, u32, &'static str) -> usize;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<usize, NotAnOffset> {
        Err(NotAnOffset)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, _: &T) -> Result<usize, NotAnOffset> {
        Err(NotAnOffset)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<usize, NotAnOffset> {
        Err(NotAnOffset)
    }
}

#[cfg(test)]
mod tests {
    use super::offset;

    #[test]
    fn an_offset_is_read_from_any_unsigned_integer_and_nothing_else() {
        assert_eq!(offset(&7usize), Some(7));
        assert_eq!(offset(&7u32), Some(7));
        assert_eq!(offset(&-7i64), None);
        assert_eq!(offset("7"), None);
        assert_eq!(offset(&Some(7usize)), None);
    }
}
