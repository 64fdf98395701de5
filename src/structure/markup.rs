//! The HTML markup the parser read as layout ([`crate::text::read_markup`])
//! keeps its place among the leaves: nothing of the input is lost. A tag
//! inside a paragraph lies in its leaf; the tags around paragraphs
//! (`</p><p style=…>`, a heading's `<strong>`) become page furniture, one
//! leaf for each run of them.

use crate::model::{Block, Gazette, Role};
use crate::text::{Replaced, Span};

/// Adds a page-furniture leaf to `g` for each run of what the `markup`
/// pieces (replaced in `text`, which holds them again) hold outside every
/// leaf, the whitespace between them included. A piece may be in a leaf in
/// part: an entity at a paragraph's end (…国务院&#12289;) reads as its
/// character, which the paragraph holds, and spaces, which it does not.
pub(crate) fn markup_leaves(g: &mut Gazette, text: &str, markup: &Replaced) {
    if markup.is_empty() {
        return;
    }
    let leaves: Vec<Span> = g.leaves().iter().map(|b| b.span).collect();
    let mut runs: Vec<Span> = Vec::new();
    for (at, was) in markup.pieces() {
        for part in outside(&leaves, Span::new(at, at + was.len())) {
            match runs.last_mut() {
                // Only whitespace, and no leaf, between the run and the part.
                Some(run)
                    if text.get(run.end..part.start).is_some_and(|gap| gap.trim().is_empty())
                        && no_leaf_in(&leaves, Span::new(run.end, part.start)) =>
                {
                    run.end = part.end;
                }
                _ => runs.push(part),
            }
        }
    }
    for run in runs {
        let block = Block { role: Role::PageFurniture, text: text[run.start..run.end].trim().to_string(), span: run };
        let k = g.blocks.partition_point(|b| b.span.start < run.start);
        g.blocks.insert(k, block);
    }
}

/// Whether none of the sorted, disjoint `leaves` meets `gap`.
fn no_leaf_in(leaves: &[Span], gap: Span) -> bool {
    let k = leaves.partition_point(|s| s.end <= gap.start);
    leaves.get(k).is_none_or(|s| s.start >= gap.end)
}

/// The parts of `span` outside the sorted, disjoint `leaves`.
fn outside(leaves: &[Span], span: Span) -> impl Iterator<Item = Span> + '_ {
    let first = leaves.partition_point(|s| s.end <= span.start);
    let mut from = span.start;
    let mut inside = leaves[first..].iter().take_while(move |s| s.start < span.end);
    std::iter::from_fn(move || {
        while from < span.end {
            match inside.next() {
                Some(s) if s.start > from => {
                    let part = Span::new(from, s.start);
                    from = s.end;
                    return Some(part);
                }
                Some(s) => from = from.max(s.end),
                None => {
                    let part = Span::new(from, span.end);
                    from = span.end;
                    return Some(part);
                }
            }
        }
        None
    })
}
