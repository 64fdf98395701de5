//! A clause's own text, read from its leaves rather than held a second
//! time, and the JSON of a clause that carries it.
//!
//! A clause's text is its paragraphs' text after its marker and title: the
//! end of its blocks' texts joined with line breaks. Held as a copy it
//! would be a sixth of a parse's memory (11.5 MB of 67 MB for a 13.8 MB
//! text); the clause keeps its length instead, and its own copy only where
//! the text is no such end.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Block, Clause, MarkerStyle, QuantityFact, Reference};
use crate::model::DateFact;
use crate::text::Span;
use crate::units::Responsibility;

/// Where a clause's own text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OwnText {
    /// The last this many bytes of the blocks' texts joined with `\n`.
    Tail(usize),
    /// A text that is not such an end.
    Other(String),
}

impl Default for OwnText {
    fn default() -> Self {
        OwnText::Tail(0)
    }
}

/// The clause's blocks' texts joined with line breaks: borrowed when there
/// is one block.
fn joined(blocks: &[Block]) -> Cow<'_, str> {
    match blocks {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(&one.text),
        _ => Cow::Owned(blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n")),
    }
}

impl Clause {
    /// The clause's own text after its title, paragraphs separated by a
    /// line break, layout spaces removed. Children are not included, so an
    /// article whose 款 are its children has none of its own
    /// ([module docs](crate::model#款)). It is read from the clause's
    /// [`blocks`](Clause::blocks) (it is the end of their texts), so it is
    /// borrowed when the clause has one paragraph.
    ///
    /// ```
    /// let g = gongbao::parse("一、总体要求\n\n加强统筹。\n\n二、支持引进高端产业项目。对项目给予补贴。");
    /// let c = &g.documents[0].clauses;
    /// assert_eq!((c[0].title.as_deref(), &*c[0].text()), (Some("总体要求"), "加强统筹。"));
    /// assert_eq!((c[1].title.as_deref(), &*c[1].text()), (Some("支持引进高端产业项目"), "对项目给予补贴。"));
    /// ```
    pub fn text(&self) -> Cow<'_, str> {
        self.own_text.read(self.blocks.last().map(|b| b.text.as_str()), || self.blocks.iter().map(|b| b.text.as_str()))
    }

    /// Sets the clause's own text; its blocks are already in place.
    pub(crate) fn set_text(&mut self, text: &str) {
        self.own_text = OwnText::of(&joined(&self.blocks), text);
    }
}

impl OwnText {
    /// The text, for a clause whose last block's text is `last` and whose
    /// blocks' texts are `all`: the parser reads a clause while its blocks'
    /// texts are still its paragraphs'.
    pub(crate) fn read<'a, I: Iterator<Item = &'a str>>(
        &'a self,
        last: Option<&'a str>,
        all: impl FnOnce() -> I,
    ) -> Cow<'a, str> {
        match self {
            OwnText::Other(text) => Cow::Borrowed(text),
            OwnText::Tail(0) => Cow::Borrowed(""),
            &OwnText::Tail(n) => {
                // Most often the last paragraph holds all of it.
                if let Some(tail) = last.and_then(|l| l.get(l.len().checked_sub(n)?..)) {
                    return Cow::Borrowed(tail);
                }
                let all = all().collect::<Vec<_>>().join("\n");
                let tail = all.len().checked_sub(n).and_then(|at| all.get(at..)).unwrap_or("");
                Cow::Owned(tail.to_string())
            }
        }
    }

    /// Where the last `len` bytes of the text are: the text cut to them.
    pub(crate) fn tail(&self, len: usize) -> OwnText {
        match self {
            OwnText::Tail(_) => OwnText::Tail(len),
            OwnText::Other(text) => OwnText::Other(text.get(text.len().saturating_sub(len)..).unwrap_or("").into()),
        }
    }

    /// Where `text` is, for a clause whose blocks' texts joined with line
    /// breaks are `leaves`.
    pub(crate) fn of(leaves: &str, text: &str) -> OwnText {
        if leaves.ends_with(text) { OwnText::Tail(text.len()) } else { OwnText::Other(text.into()) }
    }
}

impl Serialize for Clause {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Clause", 14)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("marker", &self.marker)?;
        s.serialize_field("number", &self.number)?;
        s.serialize_field("sub", &self.sub)?;
        s.serialize_field("style", &self.style)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("text", &*self.text())?;
        s.serialize_field("responsibilities", &self.responsibilities)?;
        s.serialize_field("dates", &self.dates)?;
        s.serialize_field("quantities", &self.quantities)?;
        s.serialize_field("references", &self.references)?;
        s.serialize_field("children", &self.children)?;
        s.serialize_field("blocks", &self.blocks)?;
        s.serialize_field("span", &self.span)?;
        s.end()
    }
}

/// A clause as its JSON has it, text and all.
#[derive(Deserialize)]
#[serde(rename = "Clause")]
struct Written {
    id: String,
    marker: String,
    number: Option<u32>,
    sub: Option<u32>,
    style: MarkerStyle,
    title: Option<String>,
    text: String,
    responsibilities: Vec<Responsibility>,
    #[serde(default)]
    dates: Vec<DateFact>,
    #[serde(default)]
    quantities: Vec<QuantityFact>,
    #[serde(default)]
    references: Vec<Reference>,
    children: Vec<Clause>,
    blocks: Vec<Block>,
    span: Span,
}

impl<'de> Deserialize<'de> for Clause {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let w = Written::deserialize(deserializer)?;
        let mut clause = Clause {
            id: w.id,
            marker: w.marker,
            number: w.number,
            sub: w.sub,
            style: w.style,
            title: w.title,
            own_text: OwnText::default(),
            responsibilities: w.responsibilities,
            dates: w.dates,
            quantities: w.quantities,
            references: w.references,
            children: w.children,
            blocks: w.blocks,
            span: w.span,
        };
        clause.set_text(&w.text);
        Ok(clause)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn clause(blocks: &[&str], text: &str) -> Clause {
        let blocks = blocks
            .iter()
            .map(|t| Block { role: Role::Paragraph, text: t.to_string(), span: Span::new(0, 0) })
            .collect();
        let mut c = Clause {
            id: String::new(),
            marker: String::new(),
            number: None,
            sub: None,
            style: MarkerStyle::Paragraph,
            title: None,
            own_text: OwnText::default(),
            responsibilities: Vec::new(),
            dates: Vec::new(),
            quantities: Vec::new(),
            references: Vec::new(),
            children: Vec::new(),
            blocks,
            span: Span::new(0, 0),
        };
        c.set_text(text);
        c
    }

    #[test]
    fn the_text_is_the_end_of_the_blocks_or_its_own() {
        let c = clause(&["一、总体要求。加强统筹", "推进落实。"], "加强统筹\n推进落实。");
        assert_eq!(c.own_text, OwnText::Tail(28));
        assert_eq!(c.text(), "加强统筹\n推进落实。");
        let c = clause(&["一、总体要求。加强统筹", "推进落实。"], "落实。");
        assert!(matches!(c.text(), Cow::Borrowed("落实。")));
        let c = clause(&["一、加强统筹"], "");
        assert_eq!((c.own_text.clone(), c.text()), (OwnText::Tail(0), Cow::Borrowed("")));
        let c = clause(&["一、加强统筹"], "统筹工作");
        assert_eq!((c.own_text.clone(), c.text()), (OwnText::Other("统筹工作".into()), Cow::Borrowed("统筹工作")));
    }

    #[test]
    fn blocks_emptied_after_the_fact_give_no_text_and_no_panic() {
        let mut c = clause(&["一、总体要求。加强统筹", "推进落实。"], "加强统筹\n推进落实。");
        c.blocks.iter_mut().for_each(|b| b.text.clear());
        assert_eq!(c.text(), "");
    }
}
