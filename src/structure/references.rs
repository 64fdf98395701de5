//! What each document says about provisions, names and its own history:
//! the short names it defines, its history events and repeals, and the
//! references of each clause resolved to the ids of the clauses they name.
//!
//! Everything is read from the leaves' spans in the text the structure
//! was read from (page furniture blanked), so spans are offsets into the
//! decoded input.

use std::collections::HashMap;

use crate::model::{
    Block, Clause, Diagnostic, DiagnosticCode, Document, EventKind, Gazette, HistoryEvent, MarkerStyle, Reference,
    Repeal, Role, Severity,
};
use crate::reference::{self, Named, Provision, RefMatch, Relative};
use crate::text::{Span, Unwrapped, bracketed_titles, match_key, strip_layout_spaces};

use super::document::{aliases, history};

/// Fills the aliases, history, repeals and references of every document of
/// `g`.
pub(crate) fn annotate(text: &str, g: &mut Gazette, year: Option<i32>) {
    let mut diagnostics = Vec::new();
    for doc in &mut g.documents {
        annotate_document(text, doc, &[], year, &mut diagnostics);
    }
    g.diagnostics.extend(diagnostics);
}

/// Whether a leaf of this role is running text that may refer or define.
fn is_running(role: Role) -> bool {
    matches!(role, Role::Body | Role::Preamble | Role::Clause | Role::Paragraph | Role::Closing)
}

fn annotate_document(
    text: &str,
    doc: &mut Document,
    outer: &[(String, String)],
    year: Option<i32>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let year = doc.date.map(|d| chrono::Datelike::year(&d)).or(year);
    // Short names, in text order: the document's own leaves and its
    // clauses'.
    let mut leaves: Vec<(Role, Span)> = doc.blocks.iter().map(|b| (b.role, b.span)).collect();
    leaves.extend(doc.each_clause().flat_map(|c| c.blocks.iter()).map(|b| (b.role, b.span)));
    leaves.sort_by_key(|(_, s)| s.start);
    let running: Vec<Span> = leaves.iter().filter(|(r, _)| is_running(*r)).map(|(_, s)| *s).collect();
    doc.aliases = running.iter().flat_map(|&s| aliases::find_aliases(text, s)).collect();
    let mut history: Vec<HistoryEvent> = Vec::new();
    let notes: Vec<Span> = leaves.iter().filter(|(r, _)| *r == Role::History).map(|(_, s)| *s).collect();
    for (k, &s) in notes.iter().enumerate() {
        let events = history::note_events(text, s, year);
        match notes.get(k + 1) {
            Some(&next) if events.is_empty() => history.extend(history::events_sharing_verb(text, s, next, year)),
            _ => history.extend(events),
        }
    }
    let decree = (doc.date, doc.doc_number.as_ref(), doc.issuer.as_deref());
    for &(role, s) in leaves.iter().filter(|(r, _)| is_running(*r)) {
        let own_decree = (role == Role::Body).then_some(decree);
        for e in history::closing_events(text, s, year, own_decree) {
            if !history.iter().any(|h| h.kind == e.kind && (h.date == e.date || h.span == e.span)) {
                history.push(e);
            }
        }
    }
    // In reading order: a decree's text stands before the note.
    history.sort_by_key(|e| e.span.start);
    date_from_promulgation(&mut history);
    doc.history = history;
    doc.repeals = running.iter().flat_map(|&s| history::repeals(text, s)).collect();
    // 下列…予以废止： and the list of them (the 刑法's 附件一).
    let lists = doc.blocks.iter().any(|b| {
        matches!(b.role, Role::Body | Role::Preamble) && ["废止：", "废止:"].iter().any(|w| b.text.ends_with(w))
    });
    if lists {
        doc.repeals.extend(doc.clauses.iter().filter(|c| c.children.is_empty()).filter_map(|c| {
            let text = c.text();
            let words = if text.is_empty() { c.title.as_deref().unwrap_or("") } else { &text };
            let title = words.trim_end_matches(['。', '；', ';', '，']).to_string();
            let words = title.trim_matches(['《', '》']).to_string();
            (!words.is_empty()).then_some(Repeal { title: words, doc_number: None, citation: None, span: c.span })
        }));
    }
    let mut names: Vec<(String, String)> = outer.to_vec();
    names.extend(doc.aliases.iter().map(|a| (a.name.clone(), a.full.clone())));
    names.extend(running.iter().flat_map(|&s| cited_laws(text, s)));
    let pairs: Vec<(&str, &str)> = names.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let found = |blocks: &[Block]| -> Vec<RefMatch> {
        blocks.iter().filter(|b| is_running(b.role)).flat_map(|b| in_block(text, b, &pairs)).collect()
    };
    // Resolved on the document as it stands, each clause's in reading
    // order, then put in place in the same order.
    let mut by_clause: Vec<Vec<Reference>> = Vec::new();
    let own: Vec<Reference>;
    {
        let resolver = Resolver::new(doc);
        own = found(&doc.blocks).iter().map(|m| resolver.resolve(text, m, &[], diagnostics)).collect();
        // Each clause with the path to it (outermost first, itself last).
        fn walk<'d>(clauses: &'d [Clause], path: &mut Vec<&'d Clause>, each: &mut dyn FnMut(&[&'d Clause])) {
            for c in clauses {
                path.push(c);
                each(path);
                walk(&c.children, path, each);
                path.pop();
            }
        }
        walk(&doc.clauses, &mut Vec::new(), &mut |path| {
            let blocks = path.last().map_or(&[][..], |c| &c.blocks[..]);
            by_clause.push(found(blocks).iter().map(|m| resolver.resolve(text, m, path, diagnostics)).collect());
        });
    }
    fn place(clauses: &mut [Clause], by_clause: &mut std::vec::IntoIter<Vec<Reference>>) {
        for c in clauses {
            if let Some(refs) = by_clause.next().filter(|r| !r.is_empty()) {
                c.references = refs;
            }
            place(&mut c.children, by_clause);
        }
    }
    doc.references = own;
    place(&mut doc.clauses, &mut by_clause.into_iter());
    for a in &mut doc.attachments {
        annotate_document(text, a, &names, year, diagnostics);
    }
}

/// Dates the in-force events that count from the promulgation
/// (本条例自发布之日起施行) with the day of the one promulgation the history
/// gives; a text revised since was promulgated again, and its events stay
/// undated. A dateless in-force event beside a dated one (the note's
/// 2006年9月8日施行 and the article's 本解释自公布之日起实施) adds nothing.
fn date_from_promulgation(history: &mut Vec<HistoryEvent>) {
    let dated = history.iter().any(|e| e.kind == EventKind::Effective && e.date.is_some());
    if dated {
        history.retain(|e| e.kind != EventKind::Effective || e.date.is_some());
        return;
    }
    let promulgated: Vec<_> = history.iter().filter(|e| e.kind == EventKind::Promulgated).collect();
    let revised = history.iter().any(|e| e.kind == EventKind::Revised);
    let (&[one], false) = (&promulgated[..], revised) else { return };
    let Some(day) = one.date else { return };
    for e in history.iter_mut().filter(|e| e.kind == EventKind::Effective) {
        if ["自公布之日起", "自发布之日起"].iter().any(|w| e.text.contains(w)) {
            e.date = Some(day);
        }
    }
}

/// The laws `text[span]` cites by their full title, each with the name it
/// goes by later without 中华人民共和国: 《中华人民共和国刑事诉讼法》 →
/// (刑事诉讼法, 中华人民共和国刑事诉讼法), so that 发现有刑事诉讼法第十六条
/// names the law and not the words before it.
fn cited_laws(text: &str, span: Span) -> Vec<(String, String)> {
    const STATE: &str = "中华人民共和国";
    let Some(part) = span.slice(text).filter(|p| p.contains(STATE)) else { return Vec::new() };
    bracketed_titles(part)
        .into_iter()
        .filter_map(|t| {
            let inner = strip_layout_spaces(&t);
            let short = inner.strip_prefix(STATE)?;
            (short.chars().count() >= 2 && (short.ends_with('法') || short.ends_with("法典")))
                .then(|| (short.to_string(), inner.clone()))
        })
        .collect()
}

/// The references in a leaf, read with its wrapped lines joined (as the
/// facts are), with spans into `text`.
fn in_block(text: &str, b: &Block, names: &[(&str, &str)]) -> Vec<RefMatch> {
    let Some(part) = b.span.slice(text).filter(|p| reference::may_refer(p)) else { return Vec::new() };
    let joined = Unwrapped::new(part);
    let at = |span: Span| joined.span(span).shifted(b.span.start);
    reference::find_references(joined.as_str(), names)
        .into_iter()
        .map(|mut m| {
            m.span = at(m.span);
            if let Named::Title { span, .. } | Named::Previous { span } = &mut m.document {
                *span = at(*span);
            }
            m
        })
        .collect()
}

/// Resolves references to the clauses of one document.
struct Resolver<'d> {
    doc: &'d Document,
    /// Its articles in reading order.
    articles: Vec<&'d Clause>,
    /// Each article's place in `articles`, by number and 之一 (the first
    /// when a number is printed twice) and by id.
    by_number: HashMap<(u32, Option<u32>), usize>,
    by_id: HashMap<&'d str, usize>,
    /// Its 编, 章 and 节 in reading order.
    headings: Vec<&'d Clause>,
    /// For a document without articles, the one its title cites (关于执行
    /// 《中华人民共和国刑法》确定罪名的补充规定) or amends (中华人民共和国刑法
    /// 修正案（九）): the document a 第N条 names when it names none of its own
    /// and none is written. (A decision amending one text: `amends`.)
    subject: Option<String>,
    /// The title of the one text it amends, when it is a decision that
    /// amends one (关于修改《中华人民共和国X法》的决定): its references name
    /// that text's provisions.
    amends: Option<String>,
}

/// The text a decision amends: X of a title 关于修改《X》的决定.
fn amended_title(title: &str) -> Option<String> {
    let [one] = &bracketed_titles(title)[..] else { return None };
    (title.contains("关于修改《") && title.ends_with("》的决定")).then(|| strip_layout_spaces(one))
}

/// Whether a clause is an item (项) of an article or a 款.
fn is_item(c: &Clause) -> bool {
    !matches!(
        c.style,
        MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section | MarkerStyle::Article | MarkerStyle::Paragraph
    )
}

impl<'d> Resolver<'d> {
    fn new(doc: &'d Document) -> Self {
        let articles: Vec<&Clause> = doc.each_clause().filter(|c| c.style == MarkerStyle::Article).collect();
        let mut by_number = HashMap::new();
        let mut by_id = HashMap::new();
        for (k, a) in articles.iter().enumerate() {
            if let Some(n) = a.number {
                by_number.entry((n, a.sub)).or_insert(k);
            }
            by_id.insert(a.id.as_str(), k);
        }
        let headings = doc
            .each_clause()
            .filter(|c| matches!(c.style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section))
            .collect();
        let subject = if articles.is_empty() { subject_of(&doc.title) } else { None };
        Resolver { doc, articles, by_number, by_id, headings, subject, amends: amended_title(&doc.title) }
    }

    /// The reference `m` standing in the clause at the end of `path`
    /// (empty outside any clause).
    fn resolve(&self, text: &str, m: &RefMatch, path: &[&'d Clause], diagnostics: &mut Vec<Diagnostic>) -> Reference {
        let mut r = Reference {
            text: strip_layout_spaces(m.span.slice(text).unwrap_or("")),
            target: None,
            to: None,
            document: None,
            span: m.span,
        };
        match &m.document {
            Named::Title { title, .. } if !self.is_own_title(title) => {
                r.document = Some(title.clone());
                return r;
            }
            Named::Previous { .. } => return r,
            _ => {}
        }
        // 将第三条修改为：“本规定第二条第二款…”: the provisions of the text amended.
        if let Some(amended) = &self.amends
            && !r.text.starts_with("本决定")
        {
            r.document = Some(amended.clone());
            return r;
        }
        let from = self.find(&m.from, path);
        let to = match (m.to, m.from.relative) {
            (Some(to), _) => self.find(&to, path).map(|c| vec![c]),
            // 前两款: the two 款 before, a range.
            (
                None,
                Some(Relative::PreviousParagraphs(n) | Relative::PreviousArticles(n) | Relative::PreviousItems(n)),
            ) if n > 1 => {
                let mut last = m.from;
                last.relative = last.relative.map(|r| match r {
                    Relative::PreviousParagraphs(_) => Relative::PreviousParagraphs(1),
                    Relative::PreviousArticles(_) => Relative::PreviousArticles(1),
                    _ => Relative::PreviousItems(1),
                });
                self.find(&last, path).map(|c| vec![c])
            }
            _ => Some(vec![]),
        };
        match (from, to) {
            (Some(from), Some(to)) => {
                r.target = Some(from.id.clone());
                r.to = to.first().map(|c| c.id.clone());
            }
            _ if m.document == Named::Same && m.from.relative.is_none() && self.subject.is_some() => {
                r.document = self.subject.clone();
            }
            _ => diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: DiagnosticCode::UnresolvedReference,
                message: format!("{} names no clause of {}", r.text, self.doc.id),
                span: Some(r.span),
            }),
        }
        r
    }

    /// Whether `title` names the document itself (宪法 in the 宪法).
    fn is_own_title(&self, title: &str) -> bool {
        let own = match_key(&self.doc.title);
        let named = match_key(title);
        !named.is_empty() && (own == named || own.ends_with(&named))
    }

    /// The clause `p` names, read from the clause at the end of `path`.
    fn find(&self, p: &Provision, path: &[&'d Clause]) -> Option<&'d Clause> {
        let nearest = |style: MarkerStyle| path.iter().rev().find(|c| c.style == style).copied();
        let article = nearest(MarkerStyle::Article);
        let paragraph = nearest(MarkerStyle::Paragraph);
        // Where the levels below the first one written are looked for.
        let mut at: Option<&'d Clause>;
        let mut level_done = 0u8; // 1 article, 2 paragraph, 3 item
        match p.relative {
            Some(Relative::ThisPart) => at = nearest(MarkerStyle::Part),
            Some(Relative::ThisChapter) => at = nearest(MarkerStyle::Chapter),
            Some(Relative::ThisSection) => at = nearest(MarkerStyle::Section),
            Some(Relative::ThisArticle) => {
                at = article;
                level_done = 1;
            }
            Some(Relative::ThisParagraph) => {
                at = paragraph.or(article.filter(|a| !has_paragraphs(a)));
                level_done = 2;
            }
            Some(Relative::ThisItem) => {
                at = path.iter().rev().find(|c| is_item(c)).copied();
                level_done = 3;
            }
            Some(Relative::PreviousArticles(n)) => {
                let k = *self.by_id.get(article?.id.as_str())?;
                at = Some(self.articles[k.checked_sub(n as usize)?]);
                level_done = 1;
            }
            Some(Relative::PreviousParagraphs(n)) => {
                let (a, para) = (article?, paragraph?);
                let k = para.number?.checked_sub(n)?;
                at = a.children.iter().find(|c| c.style == MarkerStyle::Paragraph && c.number == Some(k));
                level_done = 2;
            }
            Some(Relative::PreviousItems(n)) => {
                let item = path.iter().rev().find(|c| is_item(c))?;
                let holder = path.iter().rev().skip_while(|c| c.id != item.id).nth(1)?;
                let k = item.number?.checked_sub(n)?;
                at = holder.children.iter().find(|c| is_item(c) && c.number == Some(k));
                level_done = 3;
            }
            None => at = None,
        }
        if p.relative.is_some() {
            at?;
        }
        // Headings: 第三章第五节, 第二编.
        for (n, style) in
            [(p.part, MarkerStyle::Part), (p.chapter, MarkerStyle::Chapter), (p.section, MarkerStyle::Section)]
        {
            let Some(n) = n else { continue };
            let scope: Vec<&'d Clause> = match at {
                Some(c) => c.children.iter().collect(),
                // 第二节 alone: of the chapter the reference stands in.
                None => match nearest(MarkerStyle::Chapter).filter(|_| style == MarkerStyle::Section) {
                    Some(chapter) => chapter.children.iter().collect(),
                    None => self.headings.clone(),
                },
            };
            at = Some(scope.into_iter().find(|c| c.style == style && c.number == Some(n))?);
        }
        if let Some(n) = p.article {
            at = Some(self.articles[*self.by_number.get(&(n, p.article_sub))?]);
            level_done = 1;
        }
        if let Some(n) = p.paragraph {
            let a = if level_done >= 1 { at? } else { article? };
            at = Some(paragraph_of(a, n)?);
            level_done = 2;
        }
        if let Some(n) = p.item {
            let holder = match level_done {
                // 第（三）项 alone names an item of the 款 it stands in; in a
                // 款 without items (前款所列文件…其中第(二)、(三)项), of the
                // nearest 款 before it that has one.
                0 => {
                    let here = paragraph.or(article)?;
                    let has = |c: &Clause| c.children.iter().any(|i| is_item(i) && i.number == Some(n));
                    match (paragraph, article) {
                        (Some(para), Some(a)) if !has(here) => a
                            .children
                            .iter()
                            .take_while(|c| c.id != para.id)
                            .filter(|c| c.style == MarkerStyle::Paragraph && has(c))
                            .last()
                            .unwrap_or(here),
                        _ => here,
                    }
                }
                1 => {
                    let a = at?;
                    // An article's items stand under its 款; 第六条第一项 of an
                    // article of one 款 is that 款's.
                    if has_paragraphs(a) {
                        a.children.iter().find(|c| c.children.iter().any(|i| is_item(i) && i.number == Some(n)))?
                    } else {
                        a
                    }
                }
                _ => at?,
            };
            at = Some(holder.children.iter().find(|c| is_item(c) && c.number == Some(n))?);
        }
        if let Some(n) = p.subitem {
            at = Some(at?.children.iter().find(|c| c.number == Some(n))?);
        }
        at
    }
}

/// The document a title cites or amends: its one 《》 title (not one of
/// several, 关于修改《X》等二十七件…的决定), or what stands before 修正案.
fn subject_of(title: &str) -> Option<String> {
    if let [one] = &bracketed_titles(title)[..] {
        let after = title.rsplit(['》', '»']).next().unwrap_or("");
        return (!after.starts_with('等')).then(|| one.clone());
    }
    title.find("修正案").map(|k| &title[..k]).filter(|law| law.ends_with('法')).map(str::to_string)
}

/// Whether an article's paragraphs are explicit 款.
fn has_paragraphs(a: &Clause) -> bool {
    a.children.iter().any(|c| c.style == MarkerStyle::Paragraph)
}

/// The `n`th 款 of an article: the article itself when it has one
/// paragraph and `n` is 1.
fn paragraph_of(a: &Clause, n: u32) -> Option<&Clause> {
    if has_paragraphs(a) {
        a.children.iter().find(|c| c.style == MarkerStyle::Paragraph && c.number == Some(n))
    } else {
        (n == 1).then_some(a)
    }
}
