//! The one place where the JSON written differs from the library's
//! serialization: `--offsets chars` and `--no-block-text`.
//!
//! [`Rewritten`] wraps any serializable value and passes it to the real
//! serializer (serde_json, writing straight to the output) through
//! [`Rewriter`], which forwards every call and changes two kinds of
//! struct, recognized by their serde name wherever they stand in the tree:
//! a `Span` gets character offsets in place of byte offsets, and a `Block`
//! loses its `text` field. Nothing is buffered, so a new field of the model
//! with a span in it is converted without a change here.

use serde::ser::{
    self, Serialize, SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant, Serializer,
};

use crate::chars::CharIndex;

/// How to change the JSON.
#[derive(Debug, Default)]
pub struct Rewrite<'t> {
    /// Character offsets in every span, counted in this text.
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

/// `value`, serialized with `rewrite` applied.
#[derive(Debug)]
pub struct Rewritten<'r, 't, T: ?Sized> {
    pub value: &'r T,
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

/// The byte offset a span field holds. A number serializes to a JSON
/// value without allocating.
fn offset<T: Serialize + ?Sized>(value: &T) -> Option<usize> {
    serde_json::to_value(value).ok()?.as_u64().and_then(|n| usize::try_from(n).ok())
}

#[cfg(test)]
mod tests {
    use super::{Rewrite, Rewritten};
    use crate::chars::CharIndex;

    /// The JSON of the gazette of `text` with `rewrite`.
    #[track_caller]
    fn json(text: &str, rewrite: &Rewrite) -> serde_json::Value {
        let g = gongbao::parse(text);
        serde_json::to_value(Rewritten { value: &g, rewrite }).expect("serializable")
    }

    const TEXT: &str = "国务院关于印发某方案的通知\n\n国发〔2019〕4号\n\n各省人民政府：\n\n现将《某方案》印发给你们。";

    #[test]
    fn no_rewrite_is_the_library_json() {
        let plain = serde_json::to_value(gongbao::parse(TEXT)).expect("serializable");
        assert_eq!(json(TEXT, &Rewrite::default()), plain);
    }

    #[test]
    fn spans_become_char_offsets_everywhere() {
        let rewrite = Rewrite { chars: Some(CharIndex::new(TEXT)), no_block_text: false };
        let doc = &json(TEXT, &rewrite)["documents"][0];
        // 国发〔2019〕4号 (10 characters) starts after the 13 characters of
        // the title and two line feeds.
        assert_eq!(doc["blocks"][1]["role"], "doc_number");
        assert_eq!(doc["blocks"][1]["span"], serde_json::json!({"start": 15, "end": 25}));
        assert_eq!(doc["span"], serde_json::json!({"start": 0, "end": TEXT.chars().count()}));
        let last = doc["blocks"].as_array().and_then(|b| b.last()).expect("blocks");
        assert_eq!(last["span"]["end"], TEXT.chars().count());
    }

    #[test]
    fn blocks_lose_their_text_and_keep_role_and_span() {
        let rewrite = Rewrite { chars: None, no_block_text: true };
        let doc = &json(TEXT, &rewrite)["documents"][0];
        let first = &doc["blocks"][0];
        assert_eq!(first, &serde_json::json!({"role": "title", "span": {"start": 0, "end": 39}}));
        assert_eq!(doc["title"], "国务院关于印发某方案的通知");
    }
}
