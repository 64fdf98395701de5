//! Links between the parts of a parse: table-of-contents entries to the
//! documents they name, interpretations to the documents they explain,
//! citations to the documents they cite.
//!
//! Titles are compared by [`match_key`]: layout whitespace removed and
//! punctuation width folded, so `关于新时期强化投资促进 加快建设现代化 产业体系`
//! in a body matches `关于新时期强化投资促进加快建设现代化产业体系` in the
//! table of contents. Nothing is linked on a guess: a name that matches no
//! title stays unlinked, with a diagnostic.

mod references;

use std::collections::HashMap;

use crate::docnum;
use crate::model::{Citation, Diagnostic, DiagnosticCode, DocKind, Document, Gazette, Role, Severity};
use crate::text::{Span, fold_char, match_key, strip_layout_spaces};

/// A document of the text, as links see it.
struct Known {
    id: String,
    /// The title under [`match_key`].
    title: String,
    /// The title under [`title_key`].
    key: String,
    kind: DocKind,
    /// The canonical 文号.
    number: Option<String>,
}

/// Makes the links of `g`, whose text is `text`.
pub(crate) fn link(text: &str, g: &mut Gazette) {
    let all: Vec<Known> = g
        .documents()
        .map(|d| Known {
            id: d.id.clone(),
            title: match_key(&d.title),
            key: title_key(&d.title),
            kind: d.kind,
            number: d.doc_number.as_ref().map(|n| n.to_string()),
        })
        .collect();
    toc(g, &all);
    interpretations(g, &all);
    citations(text, g, &all);
    references::link(g, &all);
}

/// Each entry links to the first document not yet linked whose title it
/// reads (a 文号 in brackets after the title set aside); entries set in
/// (level 1) prefer attachments. An entry that is a document number alone
/// (中华人民共和国国务院令（第760号）) links to the document with that number.
fn toc(g: &mut Gazette, all: &[Known]) {
    let mut used: Vec<bool> = vec![false; all.len()];
    for e in &mut g.toc {
        let key = title_key(strip_trailing_number(&e.title));
        let number =
            docnum::ends_like_number(&e.title).then(|| docnum::parse(&e.title).ok()).flatten().map(|n| n.to_string());
        let wants_attachment = e.level > 0;
        let pick = all
            .iter()
            .enumerate()
            .filter(|(k, d)| (!used[*k] && d.key == key) || (number.is_some() && d.number == number))
            .min_by_key(|(_, d)| (d.kind == DocKind::Attachment) != wants_attachment)
            .map(|(k, _)| k);
        if let Some(k) = pick {
            // A title names one document; a number may be listed beside the
            // title of the regulation it promulgates, both naming one.
            used[k] |= all[k].key == key;
            e.document = Some(all[k].id.clone());
        } else {
            g.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: DiagnosticCode::UnlinkedTocEntry,
                message: format!("no document titled {} was found", e.title),
                span: Some(e.span),
            });
        }
    }
}

/// The X of 关于《X》的政策解读 is the title of the explained document: the
/// policy a notice issues, or the notice itself; failing both, a notice
/// whose title is 关于印发《X》的通知.
fn interpretations(g: &mut Gazette, all: &[Known]) {
    let mut targets: Vec<(String, Span)> = Vec::new();
    for d in g.documents.iter().filter(|d| d.kind == DocKind::Interpretation) {
        let title_span = d.blocks.iter().find(|b| b.role == Role::Title).map_or(d.span, |b| b.span);
        targets.push((d.id.clone(), title_span));
    }
    for (id, span) in targets {
        let Some(doc) = g.documents.iter_mut().find(|d| d.id == id) else { continue };
        let Some(target) = interpretation_target(&doc.title) else { continue };
        let key = title_key(&target);
        let found = all
            .iter()
            .filter(|d| d.id != id && d.kind != DocKind::Interpretation)
            .find(|d| d.key == key && d.kind == DocKind::Attachment)
            .or_else(|| all.iter().find(|d| d.id != id && d.kind != DocKind::Interpretation && d.key == key))
            .or_else(|| {
                all.iter().find(|d| {
                    d.kind == DocKind::Notice
                        && crate::text::bracketed_titles(&d.title).iter().any(|t| title_key(t) == key)
                })
            });
        match found {
            Some(d) => doc.interprets = Some(d.id.clone()),
            // An interpretation is linked to what it explains; one whose
            // document is not in the text (a 解读 or 起草说明 saved alone)
            // keeps its genre, is no interpretation of this text, and says
            // why.
            None => {
                doc.kind = DocKind::Other;
                g.diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    code: DiagnosticCode::UnlinkedInterpretation,
                    message: format!("the interpreted document 《{target}》 is not in this text"),
                    span: Some(span),
                });
            }
        }
    }
}

/// The X of 关于《X》的政策解读, 《X》的解读, 省人社厅关于《X》的政策解读.
fn interpretation_target(title: &str) -> Option<String> {
    let open = title.find('《')?;
    let close = title.rfind('》')?;
    (close > open).then(|| title[open + '《'.len_utf8()..close].to_string())
}

/// Citations:
/// - every document number cited in running text, with its 《》 title right
///   before it (《X》（国办函〔2022〕17号）) or right after it (令第8号发布的《X》),
///   and every decree number in a history note (1996年5月27日中华人民共和国
///   国务院令第197号发布): each names the decree that promulgated or
///   amended the text, linked to the document when it carries that number;
/// - every 《》 title in body text that names a document of this text
///   (compared by [`match_key`], a leading 关于 ignored), linked to it;
/// - every other 《》 title in body text that reads as a document title (it
///   ends with a 文种 such as 法, 条例, 意见, 方案, 规划) and is not an
///   abbreviation the text defines (以下简称《工作方案》), unlinked.
///
/// A document naming itself is no citation, except in its history note,
/// where its decrees are listed one by one.
fn citations(text: &str, g: &mut Gazette, all: &[Known]) {
    let by_number: HashMap<&str, &str> =
        all.iter().filter_map(|d| d.number.as_deref().map(|n| (n, d.id.as_str()))).collect();
    let by_title: HashMap<&str, &str> = all.iter().map(|d| (d.key.as_str(), d.id.as_str())).collect();
    // Leaves do not overlap: in text order, the one that holds a span is
    // the last that starts at or before it.
    let leaves = g.leaves();
    let role_at = |span: Span| {
        let k = leaves.partition_point(|b| b.span.start <= span.start);
        k.checked_sub(1).map(|k| leaves[k]).filter(|b| b.span.contains(span)).map(|b| b.role)
    };
    let owner = |span: Span| owner_of(&g.documents, span);
    let mut out: Vec<Citation> = Vec::new();
    for m in docnum::find_doc_numbers(text).into_iter().filter(|m| m.cited) {
        let role = role_at(m.span);
        let history = role == Some(Role::History);
        if !history && !matches!(role, Some(r) if is_running_text(r)) {
            continue;
        }
        let (title, start, end) = match &m.cited_title {
            Some(t) => (Some(t.title.clone()), t.span.start.saturating_sub('《'.len_utf8()), m.span.end),
            None => match title_after(text, m.span.end) {
                Some((t, span)) => (Some(t), m.span.start, span.end),
                None => (None, m.span.start, m.span.end),
            },
        };
        let number = m.number.to_string();
        let document = by_number
            .get(number.as_str())
            .or_else(|| title.as_ref().and_then(|t| by_title.get(title_key(t).as_str())))
            .map(|s| s.to_string());
        let span = Span::new(start, end);
        if !history && document.is_some() && document == owner(span) {
            continue;
        }
        out.push(Citation { title, doc_number: Some(m.number), document, span });
    }
    // Titles already cited with their number: in order of their starts,
    // a title overlaps one of them when, among those that start before it
    // ends, the furthest end lies past its start.
    out.sort_by_key(|c| c.span.start);
    let cited: Vec<(usize, usize)> = out
        .iter()
        .scan(0, |furthest, c| {
            *furthest = c.span.end.max(*furthest);
            Some((c.span.start, *furthest))
        })
        .collect();
    let already_cited = |span: Span| {
        let k = cited.partition_point(|&(start, _)| start < span.end);
        k.checked_sub(1).is_some_and(|k| cited[k].1 > span.start)
    };
    let mut abbreviations: Vec<String> = Vec::new();
    // A leaf without a 《 has no title: one search of the whole text for the
    // marks spares a search of each leaf.
    let opens: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), "《").collect();
    let has_open = |span: Span| opens.get(opens.partition_point(|&o| o < span.start)).is_some_and(|&o| o < span.end);
    for leaf in leaves.iter().filter(|b| is_running_text(b.role) && has_open(b.span)) {
        for (title, span) in titles_in(text, leaf.span) {
            if already_cited(span) {
                continue;
            }
            let key = title_key(&title);
            let before = &text[leaf.span.start..span.start];
            if ["简称", "下称", "以下称"].iter().any(|w| before.trim_end_matches(['“', '"']).ends_with(w)) {
                abbreviations.push(key);
                continue;
            }
            let document = by_title.get(key.as_str()).map(|id| id.to_string());
            if document.is_some() && document == owner(span) {
                continue;
            }
            let reads_as_document = crate::text::genre(&title).is_some()
                && title.chars().count() >= MIN_CITED_TITLE
                && !abbreviations.contains(&key);
            if document.is_some() || reads_as_document {
                out.push(Citation { title: Some(title), doc_number: None, document, span });
            }
        }
    }
    out.sort_by_key(|c| c.span.start);
    g.citations = out;
}

/// Shortest title cited without a number: shorter ones are abbreviations
/// (《工作要点》) or too generic to name one document.
const MIN_CITED_TITLE: usize = 5;

/// Roles of leaves whose text cites: body, preamble, clauses, closing.
fn is_running_text(role: Role) -> bool {
    matches!(role, Role::Body | Role::Preamble | Role::Clause | Role::Paragraph | Role::Closing)
}

/// A title without a bracketed number after it: …的批复（国函〔2023〕28号）,
/// …办法（浙江省人民政府令第400号）.
fn strip_trailing_number(title: &str) -> &str {
    let Some(body) = title.strip_suffix(['）', ')']) else { return title };
    let Some(open) = body.rfind(['（', '(']) else { return title };
    let inner = &body[open + body[open..].chars().next().map_or(0, char::len_utf8)..];
    if docnum::ends_like_number(inner) && docnum::parse(inner).is_ok() { title[..open].trim_end() } else { title }
}

/// A title compared for linking: [`match_key`] without a leading 关于
/// (a body may cite 《关于X》 for the document titled X, or the reverse).
fn title_key(title: &str) -> String {
    // In one pass over the title without its layout spaces: folding leaves
    // 关于 as it is, and 〈〉 are the 《》 of a title quoted inside a title.
    let stripped = strip_layout_spaces(title);
    let rest = stripped.strip_prefix("关于").unwrap_or(&stripped);
    let mut key = String::with_capacity(rest.len());
    // Runs of characters that stay as they are (most of a title) are
    // copied whole.
    let mut copied = 0;
    for (i, c) in rest.char_indices() {
        let f = match fold_char(c) {
            '〈' => '《',
            '〉' => '》',
            f => f,
        };
        if f != c {
            key.push_str(&rest[copied..i]);
            key.push(f);
            copied = i + c.len_utf8();
        }
    }
    key.push_str(&rest[copied..]);
    key
}

/// A 《》 title right after a document number: …令第8号发布的《X》.
fn title_after(text: &str, at: usize) -> Option<(String, Span)> {
    let rest = text.get(at..)?;
    let mut skip = 0;
    for w in ["发布", "公布", "印发", "的"] {
        if rest[skip..].starts_with(w) {
            skip += w.len();
        }
    }
    let after = &rest[skip..];
    if !after.starts_with('《') {
        return None;
    }
    let close = after.find('》')?;
    let inner = &after['《'.len_utf8()..close];
    let span = Span::new(at + skip, at + skip + close + '》'.len_utf8());
    Some((strip_layout_spaces(inner), span))
}

/// The id of the innermost document whose own blocks hold `span`.
fn owner_of(docs: &[Document], span: Span) -> Option<String> {
    // Documents follow each other: the one that may hold the span is the
    // last that starts at or before it.
    let k = docs.partition_point(|d| d.span.start <= span.start).checked_sub(1)?;
    let d = docs.get(k).filter(|d| d.span.contains(span))?;
    owner_of(&d.attachments, span).or_else(|| Some(d.id.clone()))
}

/// The outermost 《》 titles in `span` of `text`, with spans including the
/// marks; layout whitespace removed from the titles.
fn titles_in(text: &str, span: Span) -> Vec<(String, Span)> {
    let Some(part) = span.slice(text) else { return Vec::new() };
    crate::text::title_spans(part)
        .into_iter()
        .map(|t| {
            let inner = &part[t.start + '《'.len_utf8()..t.end - '》'.len_utf8()];
            (strip_layout_spaces(inner), Span::new(span.start + t.start, span.start + t.end))
        })
        .collect()
}
