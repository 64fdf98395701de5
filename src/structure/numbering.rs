//! The numbering lint: skipped or repeated clause numbers become
//! diagnostics ([`DiagnosticCode::NumberingGap`],
//! [`DiagnosticCode::NumberingRepeat`]).
//!
//! A printed sequence that skips or repeats a number nearly always means a
//! line was misread, or the source text itself is broken (a lost
//! paragraph, a typo in a marker); either way the user wants to know.
//!
//! The rules:
//! - Articles (第N条) run through the whole document, across its chapters
//!   and sections, from 第一条. An inserted article (第十条之一, added by an
//!   amendment without renumbering) stands outside the run: it is not
//!   checked and does not move it.
//! - Every other numbered style (编, 章, 节, 一、, （一）, 1., （1）, 1）,
//!   ①, 1.1 at each depth, 第一，) runs within one parent: the siblings of
//!   one style under one clause (or at the top of the document) count
//!   1, 2, 3 …. The first of them may instead continue the last number of
//!   the same style under an earlier parent, as items 1–24 do when they run
//!   on under 一、二、三, and chapters across the 编 of a code.
//! - An item list (every style but 编, 章, 节 and 条) may start again at
//!   1 under the same parent: a second 款 of an article has its own
//!   （一）（二）, a document's annex its own 一、二、. A heading that
//!   starts again (a second 第一章) is reported: it is the 目录 read as
//!   headings, or a second document read as one.
//! - Dash items (——) have no numbers and are not checked.
//!
//! After a mismatch the count goes on from the number found, so one
//! skipped or repeated number gives one diagnostic. The diagnostic spans
//! the offending marker and names the number expected and the one found.

use crate::model::{Diagnostic, DiagnosticCode, MarkerStyle, Severity};
use crate::text::Span;

/// A numbered marker as the lint sees it: one node of the clause tree, in
/// reading order.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Numbered {
    pub style: MarkerStyle,
    /// Parts of a decimal outline number (1.1 → 2); 1 otherwise.
    pub parts: u8,
    pub number: Option<u32>,
    /// The 之一 of an inserted article.
    pub sub: Option<u32>,
    /// The index of the parent node in the same list.
    pub parent: Option<usize>,
    /// The marker as printed.
    pub span: Span,
}

/// A run of siblings: their parent, style and decimal parts.
type RunKey = (Option<usize>, MarkerStyle, u8);

/// The diagnostics of the numbering in `nodes` (reading order, parents
/// before children).
pub(crate) fn lint(nodes: &[Numbered]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The last article number of the document's run.
    let mut last_article: Option<u32> = None;
    // The last number of each (parent, style, parts) sibling run, and of
    // each (style, parts) anywhere, in the order they were met.
    let mut runs: Vec<(RunKey, u32)> = Vec::new();
    let mut latest: Vec<((MarkerStyle, u8), u32)> = Vec::new();
    for n in nodes {
        let Some(found) = n.number else { continue };
        if n.style == MarkerStyle::Dash {
            continue;
        }
        if n.style == MarkerStyle::Article {
            if n.sub.is_some() {
                continue;
            }
            check(n, found, last_article.map_or(1, |l| l + 1), None, &mut out);
            last_article = Some(found);
            continue;
        }
        let key = (n.parent, n.style, n.parts);
        let style = (n.style, n.parts);
        let restart = (found == 1 && !is_heading(n.style)).then_some(1);
        match runs.iter_mut().find(|(k, _)| *k == key) {
            Some((_, last)) => {
                check(n, found, *last + 1, restart, &mut out);
                *last = found;
            }
            None => {
                let run_on = latest.iter().find(|(k, _)| *k == style).map(|(_, l)| l + 1);
                check(n, found, 1, run_on, &mut out);
                runs.push((key, found));
            }
        }
        match latest.iter_mut().find(|(k, _)| *k == style) {
            Some((_, l)) => *l = found,
            None => latest.push((style, found)),
        }
    }
    out
}

/// Compares the number `found` of `n` with the one `expected` (or the
/// alternative `or`, a run continued from an earlier parent).
fn check(n: &Numbered, found: u32, expected: u32, or: Option<u32>, out: &mut Vec<Diagnostic>) {
    if found == expected || or == Some(found) {
        return;
    }
    let what = sequence_name(n.style);
    let (code, message) = if found > expected {
        let skipped = if found == expected + 1 {
            format!("{expected} is missing")
        } else {
            format!("{expected} to {} are missing", found - 1)
        };
        (
            DiagnosticCode::NumberingGap,
            format!("numbering of {what} skips: expected {expected}, found {found} ({skipped})"),
        )
    } else {
        (
            DiagnosticCode::NumberingRepeat,
            format!("numbering of {what} repeats or goes back: expected {expected}, found {found}"),
        )
    };
    out.push(Diagnostic { severity: Severity::Warning, code, message, span: Some(n.span) });
}

/// Whether `style` numbers headings of a law's parts (编, 章, 节).
fn is_heading(style: MarkerStyle) -> bool {
    matches!(style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section)
}

/// How a sequence of a style is named in a message.
fn sequence_name(style: MarkerStyle) -> &'static str {
    match style {
        MarkerStyle::Part => "编 (第一编)",
        MarkerStyle::Chapter => "章 (第一章)",
        MarkerStyle::Section => "节 (第一节)",
        MarkerStyle::Article => "条 (第一条)",
        MarkerStyle::Chinese => "一、",
        MarkerStyle::ParenChinese => "（一）",
        MarkerStyle::Arabic => "1.",
        MarkerStyle::ParenArabic => "（1）",
        MarkerStyle::ArabicClose => "1）",
        MarkerStyle::Decimal => "1.1",
        MarkerStyle::Circled => "①",
        MarkerStyle::Dash => "——",
        MarkerStyle::Ordinal => "第一，",
        MarkerStyle::Paragraph => "款",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn codes(list: &[(MarkerStyle, u32, Option<u32>, Option<usize>)]) -> Vec<(DiagnosticCode, String)> {
        let nodes: Vec<Numbered> = list
            .iter()
            .enumerate()
            .map(|(i, &(style, number, sub, parent))| Numbered {
                style,
                parts: 1,
                number: Some(number),
                sub,
                parent,
                span: Span::new(i, i + 1),
            })
            .collect();
        lint(&nodes).into_iter().map(|d| (d.code, d.message)).collect()
    }

    use MarkerStyle::{Arabic, Article, Chapter, Chinese, ParenChinese};

    #[test]
    fn articles_run_through_chapters_and_skip_inserted_ones() {
        let list = [
            (Chapter, 1, None, None),
            (Article, 1, None, Some(0)),
            (Article, 2, None, Some(0)),
            (Article, 2, Some(1), Some(0)),
            (Chapter, 2, None, None),
            (Article, 3, None, Some(4)),
        ];
        assert_eq!(codes(&list), []);
    }

    #[test]
    fn a_skipped_article_is_one_gap() {
        let list =
            [(Article, 1, None, None), (Article, 2, None, None), (Article, 5, None, None), (Article, 6, None, None)];
        assert_eq!(
            codes(&list),
            [(
                DiagnosticCode::NumberingGap,
                "numbering of 条 (第一条) skips: expected 3, found 5 (3 to 4 are missing)".to_string()
            )]
        );
    }

    #[test]
    fn a_repeated_item_is_one_repeat() {
        let list =
            [(Chinese, 1, None, None), (Chinese, 2, None, None), (Chinese, 2, None, None), (Chinese, 3, None, None)];
        assert_eq!(
            codes(&list),
            [(
                DiagnosticCode::NumberingRepeat,
                "numbering of 一、 repeats or goes back: expected 3, found 2".to_string()
            )]
        );
    }

    #[test]
    fn items_restart_per_parent_or_run_on_across_parents() {
        let restart = [
            (Chinese, 1, None, None),
            (ParenChinese, 1, None, Some(0)),
            (ParenChinese, 2, None, Some(0)),
            (Chinese, 2, None, None),
            (ParenChinese, 1, None, Some(3)),
        ];
        assert_eq!(codes(&restart), []);
        let run_on = [
            (Chinese, 1, None, None),
            (Arabic, 1, None, Some(0)),
            (Arabic, 2, None, Some(0)),
            (Chinese, 2, None, None),
            (Arabic, 3, None, Some(3)),
        ];
        assert_eq!(codes(&run_on), []);
        let second_list = [
            (Article, 1, None, None),
            (ParenChinese, 1, None, Some(0)),
            (ParenChinese, 2, None, Some(0)),
            (ParenChinese, 1, None, Some(0)),
        ];
        assert_eq!(codes(&second_list), []);
        let neither = [
            (Chinese, 1, None, None),
            (Arabic, 1, None, Some(0)),
            (Chinese, 2, None, None),
            (Arabic, 4, None, Some(2)),
        ];
        assert_eq!(codes(&neither).len(), 1);
    }
}
