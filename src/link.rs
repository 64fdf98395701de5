//! Links between the parts of a parse: table-of-contents entries to the
//! documents they name, interpretations to the documents they explain,
//! citations to the documents they cite.
//!
//! Titles are compared by [`match_key`]: layout whitespace removed and
//! punctuation width folded, so `关于新时期强化投资促进 加快建设现代化 产业体系`
//! in a body matches `关于新时期强化投资促进加快建设现代化产业体系` in the
//! table of contents. Nothing is linked on a guess: a name that matches no
//! title stays unlinked, with a diagnostic.

use std::collections::HashMap;

use crate::docnum;
use crate::model::{Citation, Diagnostic, DocKind, Document, Gazette, Role, Severity};
use crate::text::{Span, match_key};

/// Makes the links of `g`, whose text is `text`.
pub(crate) fn link(text: &str, g: &mut Gazette) {
    let mut all: Vec<(String, String, DocKind, Option<String>)> = Vec::new(); // (id, key, kind, number)
    collect(&g.documents, &mut all);
    toc(g, &all);
    interpretations(g, &all);
    citations(text, g, &all);
}

fn collect(docs: &[Document], out: &mut Vec<(String, String, DocKind, Option<String>)>) {
    for d in docs {
        out.push((d.id.clone(), match_key(&d.title), d.kind, d.doc_number.as_ref().map(|n| n.to_string())));
        collect(&d.attachments, out);
    }
}

/// Each entry links to the first document not yet linked whose title it
/// reads; entries set in (level 1) prefer attachments.
fn toc(g: &mut Gazette, all: &[(String, String, DocKind, Option<String>)]) {
    let mut used: Vec<bool> = vec![false; all.len()];
    for e in &mut g.toc {
        let key = match_key(&e.title);
        let wants_attachment = e.level > 0;
        let pick = all
            .iter()
            .enumerate()
            .filter(|(k, d)| !used[*k] && d.1 == key)
            .min_by_key(|(_, d)| (d.2 == DocKind::Attachment) != wants_attachment)
            .map(|(k, _)| k);
        if let Some(k) = pick {
            used[k] = true;
            e.document = Some(all[k].0.clone());
        } else {
            g.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "unlinked-toc-entry".into(),
                message: format!("no document titled {} was found", e.title),
                span: Some(e.span),
            });
        }
    }
}

/// The X of 关于《X》的政策解读 is the title of the explained document: the
/// policy a notice issues, or the notice itself; failing both, a notice
/// whose title is 关于印发《X》的通知.
fn interpretations(g: &mut Gazette, all: &[(String, String, DocKind, Option<String>)]) {
    let mut targets: Vec<(String, Span)> = Vec::new();
    for d in g.documents.iter().filter(|d| d.kind == DocKind::Interpretation) {
        let title_span = d.blocks.iter().find(|b| b.role == Role::Title).map_or(d.span, |b| b.span);
        targets.push((d.id.clone(), title_span));
    }
    for (id, span) in targets {
        let Some(doc) = g.documents.iter_mut().find(|d| d.id == id) else { continue };
        let Some(target) = interpretation_target(&doc.title) else { continue };
        let key = match_key(&target);
        let found = all
            .iter()
            .filter(|d| d.0 != id && d.2 != DocKind::Interpretation)
            .find(|d| d.1 == key && d.2 == DocKind::Attachment)
            .or_else(|| all.iter().find(|d| d.0 != id && d.2 != DocKind::Interpretation && d.1 == key))
            .or_else(|| {
                all.iter().find(|d| {
                    d.2 == DocKind::Notice && crate::structure::document::bracketed_titles(&d.1).contains(&key)
                })
            });
        match found {
            Some(d) => doc.interprets = Some(d.0.clone()),
            None => g.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "unlinked-interpretation".into(),
                message: format!("the interpreted document 《{target}》 is not in this text"),
                span: Some(span),
            }),
        }
    }
}

/// The X of 关于《X》的政策解读, 《X》的解读, 省人社厅关于《X》的政策解读.
fn interpretation_target(title: &str) -> Option<String> {
    let open = title.find('《')?;
    let close = title.rfind('》')?;
    (close > open).then(|| title[open + '《'.len_utf8()..close].to_string())
}

/// Citations: every number cited in running text (with the 《》 title
/// before it, when there is one), and every 《》 title in a body that names
/// a document of this text.
fn citations(text: &str, g: &mut Gazette, all: &[(String, String, DocKind, Option<String>)]) {
    let by_number: HashMap<&str, &str> = all.iter().filter_map(|d| d.3.as_deref().map(|n| (n, d.0.as_str()))).collect();
    let by_title: HashMap<&str, &str> = all.iter().map(|d| (d.1.as_str(), d.0.as_str())).collect();
    let mut out: Vec<Citation> = Vec::new();
    // A document naming itself (its number in its history note, its title
    // in its preamble) is no citation.
    let owner = |span: Span| owner_of(&g.documents, span);
    for m in docnum::find_doc_numbers(text).into_iter().filter(|m| m.cited) {
        let title = m.cited_title.as_ref().map(|t| t.title.clone());
        let start = m.cited_title.as_ref().map_or(m.span.start, |t| t.span.start.saturating_sub('《'.len_utf8()));
        let number = m.number.to_string();
        let document = by_number
            .get(number.as_str())
            .or_else(|| title.as_ref().and_then(|t| by_title.get(match_key(t).as_str())))
            .map(|s| s.to_string());
        let span = Span::new(start, m.span.end);
        if document.is_some() && document == owner(span) {
            continue;
        }
        out.push(Citation { title, doc_number: Some(m.number), document, span });
    }
    for leaf in g.leaves() {
        if !matches!(leaf.role, Role::Body | Role::Preamble | Role::Clause | Role::Paragraph | Role::Closing) {
            continue;
        }
        for (title, span) in titles_in(text, leaf.span) {
            if out.iter().any(|c| c.span.contains(span)) {
                continue;
            }
            if let Some(id) = by_title.get(match_key(&title).as_str()) {
                if owner(span).as_deref() == Some(*id) {
                    continue;
                }
                out.push(Citation { title: Some(title), doc_number: None, document: Some(id.to_string()), span });
            }
        }
    }
    out.sort_by_key(|c| c.span.start);
    g.citations = out;
}

/// The id of the innermost document whose own blocks hold `span`.
fn owner_of(docs: &[Document], span: Span) -> Option<String> {
    for d in docs {
        if !d.span.contains(span) {
            continue;
        }
        if let Some(inner) = owner_of(&d.attachments, span) {
            return Some(inner);
        }
        return Some(d.id.clone());
    }
    None
}

/// The outermost 《》 titles in `span` of `text`, with spans including the
/// marks; layout whitespace removed from the titles.
fn titles_in(text: &str, span: Span) -> Vec<(String, Span)> {
    let Some(part) = span.slice(text) else { return Vec::new() };
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    for (i, c) in part.char_indices() {
        match c {
            '《' => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            '》' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let inner = &part[start + '《'.len_utf8()..i];
                    out.push((
                        crate::text::strip_layout_spaces(inner),
                        Span::new(span.start + start, span.start + i + c.len_utf8()),
                    ));
                }
            }
            _ => {}
        }
    }
    out
}
