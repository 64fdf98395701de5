//! The HTML markup the parser read as layout ([`crate::text::read_markup`])
//! keeps its place among the leaves: nothing of the input is lost. A tag
//! inside a paragraph lies in its leaf; the tags around paragraphs
//! (`</p><p style=…>`, a heading's `<strong>`) become page furniture, one
//! leaf for each run of them.

use crate::model::{Block, Gazette, Role};
use crate::text::Span;

/// Adds a page-furniture leaf to `g` for each run of the `markup` pieces
/// (offsets into `text` and what stood there) that lies in no leaf, the
/// whitespace between them included.
pub(crate) fn markup_leaves(g: &mut Gazette, text: &str, markup: &[(usize, String)]) {
    if markup.is_empty() {
        return;
    }
    let leaves: Vec<Span> = g.leaves().iter().map(|b| b.span).collect();
    let in_leaf = |at: usize| {
        let k = leaves.partition_point(|s| s.end <= at);
        leaves.get(k).is_some_and(|s| s.start <= at)
    };
    let mut runs: Vec<Span> = Vec::new();
    for (at, was) in markup {
        let piece = Span::new(*at, at + was.len());
        if in_leaf(piece.start) {
            continue;
        }
        match runs.last_mut() {
            // Only whitespace, and no leaf, between the run and the piece.
            Some(run)
                if text.get(run.end..piece.start).is_some_and(|gap| gap.trim().is_empty())
                    && !leaves.iter().any(|s| s.start >= run.end && s.end <= piece.start) =>
            {
                run.end = piece.end;
            }
            _ => runs.push(piece),
        }
    }
    for run in runs {
        let block = Block { role: Role::PageFurniture, text: text[run.start..run.end].trim().to_string(), span: run };
        let k = g.blocks.partition_point(|b| b.span.start < run.start);
        g.blocks.insert(k, block);
    }
}
