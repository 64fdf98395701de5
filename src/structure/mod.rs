//! The structure layer: from classified paragraphs to the tree of an issue
//! and its documents.
//!
//! 1. Page numbers and markup become leaves of the gazette, outside the
//!    reading flow.
//! 2. An issue starts with its masthead and 目录; it ends with its
//!    colophon ([`issue`]).
//! 3. What lies between is split into documents ([`document`]), each with
//!    its header, body, attachments and clause tree ([`clauses`]).
//! 4. Every clause gets its id ([`ids`]), its dates and quantities
//!    ([`facts`]); the units of the responsible-unit lists are indexed.

pub(crate) mod clauses;
pub(crate) mod document;
pub(crate) mod facts;
pub(crate) mod ids;
pub(crate) mod issue;
pub(crate) mod markup;
pub(crate) mod numbering;
pub(crate) mod references;

use std::borrow::Cow;

use crate::layout::classify::{Class, classify};
use crate::layout::{Layout, ParaKind, layout};
use crate::model::{Block, Gazette, Role};
use crate::text::Replaced;
use clauses::Item;

/// What a caller of the parser may choose ([`crate::Parser`] sets it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Options {
    /// Stands for the masthead's year when there is no masthead year, for
    /// dates written without one.
    pub context_year: Option<i32>,
    /// Deepest nesting of attachments (a notice's policy's 附件 is depth 2).
    /// Deeper "attachments" stay content of the document they stand in, so
    /// that building the tree never recurses without bound.
    pub max_attachment_depth: usize,
}

/// The default of [`Options::max_attachment_depth`]: three levels more
/// than a gazette prints (a notice, the policy it issues, the policy's 附件).
pub(crate) const MAX_ATTACHMENT_DEPTH: usize = 6;

/// Parses `text` into a [`Gazette`] (links not yet made). Returns it with
/// the text the structure was read from: `text` itself, or `text` (a copy
/// when borrowed) in which page furniture inside joined paragraphs is
/// blanked out (same length, same offsets), so that a unit name or a date
/// split by a page break reads whole; and what was blanked.
pub(crate) fn build<'t>(text: Cow<'t, str>, options: &Options) -> (Gazette, Cow<'t, str>, Replaced) {
    let Layout { mut paras, diagnostics } = layout(&text);
    let (text, blanked) = mask_furniture(text, &paras);
    let classes: Vec<Class> = paras.iter().map(|p| classify(&text, p)).collect();
    let mut g = Gazette { diagnostics, ..Gazette::default() };
    let mut items: Vec<Item<'_>> = Vec::with_capacity(paras.len());
    for (p, c) in paras.iter().zip(&classes) {
        match p.kind {
            ParaKind::PageNumber => {
                g.blocks.push(Block { role: Role::PageFurniture, text: p.text(&text).to_string(), span: p.span })
            }
            ParaKind::Comment => {
                g.blocks.push(Block { role: Role::Markup, text: p.text(&text).to_string(), span: p.span })
            }
            _ => items.push(Item { para: p, class: c, text: p.text(&text) }),
        }
    }
    let mut start = 0;
    if let Some((issue, used)) = issue::masthead(&items, &mut g.blocks) {
        g.issue = Some(issue);
        start = used;
    }
    if let Some((toc, used)) = issue::toc(&text, &items[start..], &mut g.blocks) {
        g.toc = toc;
        start += used;
    }
    let mut end = items.len();
    let year = g.issue.as_ref().and_then(|i| i.year).or(options.context_year);
    if g.issue.is_some()
        && let Some((colophon, at)) = issue::colophon(&items[start..], year, &mut g.blocks)
    {
        if let Some(issue) = g.issue.as_mut() {
            issue.published = issue.published.or(colophon.published);
        }
        g.colophon = Some(colophon);
        end = start + at;
    }
    let mut seg = document::Segmenter {
        text: &text,
        year,
        options,
        issued: None,
        untitled_text: g.issue.is_none(),
        items: &items,
        toc: &g.toc,
        toc_keys: document::TocKeys::new(&g.toc),
        diagnostics: Vec::new(),
        blocks: Vec::new(),
    };
    let documents = seg.documents(start, end);
    let (diags, blocks) = (seg.diagnostics, seg.blocks);
    // The paragraphs (a copy of the text) are done with: their texts move
    // into the clauses' leaves, the rest is freed before the facts are
    // read, so that they and the finished tree are never all held at once.
    drop(items);
    drop(classes);
    g.documents = documents;
    fill_clause_leaves(&mut g.documents, &mut paras, &text);
    drop(paras);
    ids::assign(&mut g.documents);
    facts::fill(&text, &mut g.documents, year);
    g.documents.shrink_to_fit();
    fit(&mut g.documents);
    g.responsibility_index = g.responsibility_index();
    g.diagnostics.extend(diags);
    references::annotate(&text, &mut g, year);
    g.blocks.extend(blocks);
    g.blocks.sort_by_key(|b| b.span.start);
    (g, text, blanked)
}

/// Moves each paragraph's text into the clause leaf made of it: the
/// clauses are built with their leaves' texts empty
/// ([`clauses`]), so that the text is not held twice while the tree grows.
fn fill_clause_leaves(documents: &mut [crate::model::Document], paras: &mut [crate::layout::Para], source: &str) {
    fn each_leaf(documents: &mut [crate::model::Document], f: &mut dyn FnMut(&mut Block)) {
        fn in_clauses(clauses: &mut [crate::model::Clause], f: &mut dyn FnMut(&mut Block)) {
            for c in clauses {
                c.blocks.iter_mut().for_each(&mut *f);
                in_clauses(&mut c.children, f);
            }
        }
        for d in documents {
            in_clauses(&mut d.clauses, f);
            each_leaf(&mut d.attachments, f);
        }
    }
    // The paragraph of each start, and how many leaves were made of it
    // (one; a second would get a copy).
    let mut at: Vec<(usize, usize)> = paras.iter().enumerate().map(|(k, p)| (p.span.start, k)).collect();
    at.sort_unstable();
    let find = |start: usize| at.binary_search_by_key(&start, |&(s, _)| s).ok().map(|i| at[i].1);
    let mut uses = vec![0usize; paras.len()];
    each_leaf(documents, &mut |b| {
        if let Some(k) = find(b.span.start) {
            uses[k] += 1;
        }
    });
    each_leaf(documents, &mut |b| {
        if let Some(k) = find(b.span.start) {
            uses[k] -= 1;
            b.text = if uses[k] == 0 { paras[k].take_text(source) } else { paras[k].text(source).to_string() };
        }
    });
}

/// Gives back the room the tree's growing vectors (the facts, a document's
/// blocks and attachments) hold beyond their length: a vector that doubled
/// while it was filled holds up to twice its size (a quantity fact is 224
/// bytes, a document 768), and the tree is kept.
fn fit(documents: &mut [crate::model::Document]) {
    fn fit_clauses(clauses: &mut [crate::model::Clause]) {
        for c in clauses {
            c.dates.shrink_to_fit();
            c.quantities.shrink_to_fit();
            fit_clauses(&mut c.children);
        }
    }
    for d in documents {
        d.dates.shrink_to_fit();
        d.quantities.shrink_to_fit();
        d.blocks.shrink_to_fit();
        d.attachments.shrink_to_fit();
        fit_clauses(&mut d.clauses);
        fit(&mut d.attachments);
    }
}

/// `text` with the page furniture inside paragraphs replaced by spaces: in
/// place when the text is already a copy (glyphs repaired) or the
/// caller's own, so that a long text is never held three times. Returns
/// what was blanked, to be put back.
fn mask_furniture<'t>(text: Cow<'t, str>, paras: &[crate::layout::Para]) -> (Cow<'t, str>, Replaced) {
    let mut spans = paras.iter().flat_map(|p| p.furniture.iter().copied()).peekable();
    if spans.peek().is_none() {
        return (text, Replaced::default());
    }
    let mut text = text.into_owned();
    let mut blanked = Replaced::default();
    for s in spans {
        // Furniture is whole lines: whole characters become ASCII spaces.
        if text.get(s.start..s.end).is_some() {
            blanked.replace(&mut text, s.start, &" ".repeat(s.len()));
        }
    }
    (Cow::Owned(text), blanked)
}
