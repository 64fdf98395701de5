//! Documents: where each starts, its header (title, 成文日期, 发文字号,
//! 主送机关), its body, the policy it issues, its 附件, its signature.
//!
//! A document starts at
//! - a title of an interpretation: 关于《X》的政策解读;
//! - a decree masthead followed by its number: 中华人民共和国国务院令 / 第707号;
//! - one to four title lines followed by a document number, or by a date in
//!   brackets as gazettes print the 成文日期: 标题 / (2023年4月18日) /
//!   沪府办规〔2023〕12号 / 各区人民政府，…：;
//! - a Markdown title (`# 条例名`), or the title lines at the head of a text
//!   that is one document (a law, a plan).
//!
//! A 印发 notice issues a policy whose title it names (印发《X》的通知,
//! 现将《X》印发给你们): the first paragraph after the notice's body that
//! reads X (compared by [`match_key`]) starts the policy, which becomes the
//! notice's first attachment. A 附件 label starts an attachment of the
//! document it stands in.
//!
//! At the end of a document, a short organ line followed by a bare date is
//! the signature and the 成文日期 (国务院 / 2019年1月24日), and a bracketed
//! 此件… line the note. Plain paragraphs at the very end that say when the
//! text takes effect (本…自…起施行) are its closing, not part of the last
//! clause.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::clauses::{self, Item};
use crate::docnum::{self, DocNumber};
use crate::layout::classify::{Class, ORGAN_SUFFIXES};
use crate::model::{Block, Clause, Diagnostic, DocKind, Document, MarkerStyle, Role, Severity, TocEntry, Validity};
use crate::text::{Span, fold, match_key, strip_layout_spaces};

/// Longest run of title lines before a document number or date.
const MAX_TITLE_LINES: usize = 4;

/// Lines a decree's own text may run before its date.
const MAX_DECREE_LINES: usize = 8;

/// Deepest nesting of attachments (a notice's policy's 附件 is depth 2).
/// Deeper "attachments" in hostile or odd text stay content, so that
/// building the tree never recurses without bound.
const MAX_ATTACHMENT_DEPTH: usize = 6;

/// How a document was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// Title lines with a number and/or bracketed date after them.
    Header,
    /// 关于《X》的政策解读.
    Interpretation,
    /// A decree masthead and number.
    Decree,
    /// Title lines alone (a Markdown title, or the head of a one-document
    /// text).
    Title,
}

struct Header {
    start: Start,
    /// A 发文机关标志 above the number (湖南省人民政府办公厅文件).
    masthead: Option<usize>,
    titles: Vec<usize>,
    date: Option<(usize, NaiveDate)>,
    numbers: Vec<usize>,
    addressees: Option<(usize, Vec<String>)>,
    end: usize,
}

/// Splits items into documents.
pub(crate) struct Segmenter<'t, 'i> {
    pub text: &'t str,
    /// The issue's year, for dates written without one.
    pub year: Option<i32>,
    /// The date of the document that issues the one being built.
    pub issued: Option<NaiveDate>,
    /// The text is no gazette issue: text before any title is a document.
    pub untitled_text: bool,
    pub items: &'i [Item<'i>],
    pub toc: &'i [TocEntry],
    pub diagnostics: Vec<Diagnostic>,
    /// Leaves that belong to no document (banners, stray lines).
    pub blocks: Vec<Block>,
}

impl<'t, 'i> Segmenter<'t, 'i> {
    /// The documents of `items[range]`, in order.
    pub(crate) fn documents(&mut self, start: usize, end: usize) -> Vec<Document> {
        let mut docs: Vec<Document> = Vec::new();
        let mut section: Option<String> = None;
        let mut i = start;
        while i < end {
            if let Class::Banner(name) = self.items[i].class {
                section = Some(name.clone());
                self.block(i, Role::Banner);
                i += 1;
                continue;
            }
            let header =
                // A document starts at a header; at a title the table of
                // contents lists (国务院任免国家工作人员, which has neither
                // number nor date); or, at the head of the text, at its title.
                self.header_at(i, end)
                    .or_else(|| {
                        if docs.is_empty() || self.toc_title_at(i) { self.title_start(i, end) } else { None }
                    })
                    .or_else(|| {
                        // A text that is no gazette and starts without a title
                        // (a law's articles, a fragment) is still a document.
                        (docs.is_empty() && self.untitled_text).then_some(Header {
                            masthead: None,
                            start: Start::Title,
                            titles: vec![],
                            date: None,
                            numbers: vec![],
                            addressees: None,
                            end: i,
                        })
                    });
            let Some(header) = header else {
                self.block(i, Role::Unknown);
                self.diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    code: "unknown-line".into(),
                    message: "a paragraph outside any document was kept as it is".into(),
                    span: Some(self.items[i].para.span),
                });
                i += 1;
                continue;
            };
            let own_start = if header.start == Start::Decree { self.decree_end(header.end, end) } else { header.end };
            let next = (own_start..end).find(|&j| self.is_strong_start(j, end)).unwrap_or(end);
            let id = format!("d{}", docs.len() + 1);
            let mut doc = self.build(&header, next, &id, section.clone());
            if doc.kind == DocKind::Attachment {
                doc.kind = DocKind::Other;
            }
            docs.push(doc);
            i = next;
        }
        docs
    }

    /// Whether the paragraph is a decree's number on its own
    /// (上海市人民政府令第5号), as opposed to an ordinary 发文字号.
    fn is_decree_number(&self, i: usize) -> bool {
        let t = self.text_of(i);
        t.contains('令') && docnum::parse(t).is_ok_and(|n| n.kind() == docnum::DocNumberKind::Decree)
    }

    /// Where a decree's own text ends: after its date and the title of the
    /// regulation it promulgates. The title also stands in the table of
    /// contents, and must not start a document of its own.
    fn decree_end(&self, k: usize, end: usize) -> usize {
        let Some(date) = (k..end.min(k + MAX_DECREE_LINES)).find(|&j| matches!(self.class(j), Class::Date(_))) else {
            return k;
        };
        let mut j = date + 1;
        while j < end && j < date + 1 + MAX_TITLE_LINES && matches!(self.class(j), Class::Heading) {
            j += 1;
        }
        j
    }

    fn block(&mut self, i: usize, role: Role) {
        let p = self.items[i].para;
        self.blocks.push(Block { role, text: p.text.clone(), span: p.span });
    }

    fn class(&self, i: usize) -> &Class {
        self.items[i].class
    }

    fn text_of(&self, i: usize) -> &str {
        &self.items[i].para.text
    }

    /// Whether a new top-level document (or a section) starts at `j`.
    fn is_strong_start(&self, j: usize, end: usize) -> bool {
        matches!(self.class(j), Class::Banner(_)) || self.header_at(j, end).is_some() || self.toc_title_at(j)
    }

    /// A paragraph that reads as a top-level entry of the table of contents.
    fn toc_title_at(&self, j: usize) -> bool {
        matches!(self.class(j), Class::Heading) && {
            let key = match_key(self.text_of(j));
            self.toc.iter().any(|e| e.level == 0 && match_key(&e.title) == key)
        }
    }

    fn header_at(&self, i: usize, end: usize) -> Option<Header> {
        match self.class(i) {
            Class::Interpretation(_) => {
                return Some(Header {
                    masthead: None,
                    start: Start::Interpretation,
                    titles: vec![i],
                    date: None,
                    numbers: vec![],
                    addressees: None,
                    end: i + 1,
                });
            }
            // The serial under a decree masthead: 第707号, （第350号）, and
            // 2023年第5号, which alone reads like the issue line of a gazette
            // numbered by 号.
            Class::DecreeHead
                if i + 1 < end
                    && (matches!(self.class(i + 1), Class::DocNumber)
                        || crate::layout::classify::is_decree_serial(&fold(self.text_of(i + 1)))) =>
            {
                return Some(Header {
                    masthead: None,
                    start: Start::Decree,
                    titles: vec![],
                    date: None,
                    numbers: vec![i, i + 1],
                    addressees: None,
                    end: i + 2,
                });
            }
            // A decree head on one line: 深圳市人民政府令（第350号）.
            Class::DocNumber if self.is_decree_number(i) => {
                return Some(Header {
                    masthead: None,
                    start: Start::Decree,
                    titles: vec![],
                    date: None,
                    numbers: vec![i],
                    addressees: None,
                    end: i + 1,
                });
            }
            _ => {}
        }
        if let (Class::Heading, crate::layout::ParaKind::Heading(1)) = (self.class(i), self.items[i].para.kind) {
            return Some(Header {
                masthead: None,
                start: Start::Title,
                titles: vec![i],
                date: None,
                numbers: vec![],
                addressees: None,
                end: i + 1,
            });
        }
        if let Some(h) = self.standard_header(i, end) {
            return Some(h);
        }
        let mut k = i;
        let mut titles = Vec::new();
        while k < end && titles.len() < MAX_TITLE_LINES && matches!(self.class(k), Class::Heading) {
            titles.push(k);
            k += 1;
        }
        if titles.is_empty() || k >= end {
            return None;
        }
        // A rule republished or promulgated with its history note under
        // the title: 道路运输车辆技术管理规定 / （2022年8月22日…发布…）.
        if matches!(self.class(k), Class::History) && titles.len() <= 2 {
            return Some(Header {
                start: Start::Title,
                masthead: None,
                titles,
                date: None,
                numbers: vec![],
                addressees: None,
                end: k,
            });
        }
        let mut date = None;
        let mut numbers = Vec::new();
        let bracketed = |j: usize| self.text_of(j).starts_with(['(', '（']);
        match self.class(k) {
            Class::Date(d) if bracketed(k) || (k + 1 < end && matches!(self.class(k + 1), Class::DocNumber)) => {
                date = Some((k, *d));
                k += 1;
                if k < end && matches!(self.class(k), Class::DocNumber) {
                    numbers.push(k);
                    k += 1;
                }
            }
            Class::DocNumber => {
                numbers.push(k);
                k += 1;
                if k < end {
                    if let Class::Date(d) = self.class(k) {
                        if bracketed(k) {
                            date = Some((k, *d));
                            k += 1;
                        }
                    }
                }
            }
            _ => return None,
        }
        let mut addressees = None;
        if k < end {
            if let Class::Addressees(parts) = self.class(k) {
                addressees = Some((k, parts.clone()));
                k += 1;
            }
        }
        Some(Header { masthead: None, start: Start::Header, titles, date, numbers, addressees, end: k })
    }

    /// The layout of GB/T 9704 (§7.2–7.3): an optional 发文机关标志
    /// (湖南省人民政府办公厅文件), the 发文字号, then the title lines and the
    /// 主送机关. The addressees are required: they tell a title from a
    /// paragraph that happens to follow a number.
    fn standard_header(&self, i: usize, end: usize) -> Option<Header> {
        let masthead = (self.text_of(i).ends_with("文件")
            && matches!(self.class(i), Class::Heading)
            && i + 1 < end
            && matches!(self.class(i + 1), Class::DocNumber))
        .then_some(i);
        let k = masthead.map_or(i, |m| m + 1);
        if !matches!(self.class(k), Class::DocNumber) || self.is_decree_number(k) {
            return None;
        }
        let mut j = k + 1;
        let mut titles = Vec::new();
        while j < end && titles.len() < MAX_TITLE_LINES && matches!(self.class(j), Class::Heading) {
            titles.push(j);
            j += 1;
        }
        let Some(Class::Addressees(parts)) = (j < end).then(|| self.class(j)) else { return None };
        if titles.is_empty() {
            return None;
        }
        Some(Header {
            start: Start::Header,
            masthead,
            titles,
            date: None,
            numbers: vec![k],
            addressees: Some((j, parts.clone())),
            end: j + 1,
        })
    }

    /// Title lines at the head of a text that is one document.
    fn title_start(&self, i: usize, end: usize) -> Option<Header> {
        let mut k = i;
        let mut titles = Vec::new();
        while k < end && titles.len() < 2 && matches!(self.class(k), Class::Heading) {
            titles.push(k);
            k += 1;
        }
        (!titles.is_empty()).then_some(Header {
            masthead: None,
            start: Start::Title,
            titles,
            date: None,
            numbers: vec![],
            addressees: None,
            end: k,
        })
    }

    /// Builds the document of `header` whose content runs to `end`.
    fn build(&mut self, header: &Header, end: usize, id: &str, section: Option<String>) -> Document {
        let mut doc = Document {
            id: id.to_string(),
            kind: DocKind::Other,
            genre: None,
            title: String::new(),
            date: header.date.map(|(_, d)| d),
            doc_number: None,
            addressees: header.addressees.as_ref().map(|(_, a)| a.clone()).unwrap_or_default(),
            clauses: Vec::new(),
            attachments: Vec::new(),
            interprets: None,
            validity: None,
            issuer: None,
            signatory: None,
            section,
            blocks: Vec::new(),
            span: Span::empty(
                self.items[header
                    .titles
                    .first()
                    .or(header.numbers.first())
                    .copied()
                    .unwrap_or(header.end.min(end.saturating_sub(1)))]
                .para
                .span
                .start,
            ),
        };
        let mut order: Vec<(usize, Role)> = Vec::new();
        order.extend(header.masthead.map(|k| (k, Role::Masthead)));
        order.extend(header.titles.iter().map(|&k| (k, Role::Title)));
        order.extend(header.numbers.iter().map(|&k| (k, Role::DocNumber)));
        if let Some((k, _)) = header.date {
            order.push((k, Role::Date));
        }
        if let Some((k, _)) = header.addressees {
            order.push((k, Role::Addressees));
        }
        order.sort_by_key(|&(k, _)| k);
        for (k, role) in order {
            self.push(&mut doc, k, role);
        }
        if !header.numbers.is_empty() {
            let src = span_text(
                self.text,
                self.items[header.numbers[0]]
                    .para
                    .span
                    .join(self.items[*header.numbers.last().unwrap_or(&header.numbers[0])].para.span),
            );
            doc.doc_number = own_number(src);
        }
        if header.start == Start::Decree {
            // The organ that decrees: 中华人民共和国国务院令 → 中华人民共和国国务院.
            doc.issuer =
                doc.doc_number.as_ref().map(|n| n.code().trim_end_matches('令').to_string()).filter(|s| !s.is_empty());
        }
        let mut k = header.end;
        if header.start == Start::Decree {
            k = self.decree_body(&mut doc, k, end);
        }
        doc.title = header.titles.iter().map(|&t| self.text_of(t).to_string()).collect::<String>();
        if doc.title.is_empty() {
            doc.title = doc.blocks.iter().filter(|b| b.role == Role::Title).map(|b| b.text.clone()).collect();
        }
        doc.genre = genre(&doc.title);
        doc.kind = match header.start {
            Start::Interpretation => DocKind::Interpretation,
            Start::Decree => DocKind::Regulation,
            _ => DocKind::Other,
        };
        self.fill(&mut doc, k, end);
        if doc.kind == DocKind::Other {
            doc.kind = kind_of(&doc);
        }
        doc
    }

    /// A decree's own text: the promulgating paragraph, the signature, the
    /// decree's date, then the title and history of the regulation it
    /// promulgates. Returns where the regulation's text starts.
    fn decree_body(&mut self, doc: &mut Document, mut k: usize, end: usize) -> usize {
        while k < end {
            match self.class(k) {
                Class::Date(d) => {
                    doc.date.get_or_insert(*d);
                    self.push(doc, k, Role::Date);
                    k += 1;
                    break;
                }
                Class::Heading if k + 1 < end && matches!(self.class(k + 1), Class::Date(_)) => {
                    doc.signatory = Some(signatory(span_text(self.text, self.items[k].para.span)));
                    self.push(doc, k, Role::Signature);
                }
                Class::Marker(_) | Class::Interpretation(_) => return k,
                _ => self.push(doc, k, Role::Body),
            }
            k += 1;
        }
        let mut titles = Vec::new();
        while k < end && titles.len() < MAX_TITLE_LINES && matches!(self.class(k), Class::Heading) {
            titles.push(k);
            self.push(doc, k, Role::Title);
            k += 1;
        }
        k
    }

    fn push(&mut self, doc: &mut Document, k: usize, role: Role) {
        let p = self.items[k].para;
        doc.blocks.push(Block { role, text: p.text.clone(), span: p.span });
        doc.span = if doc.blocks.len() == 1 { p.span } else { doc.span.join(p.span) };
    }

    /// Fills the document from its content `items[k..end]`.
    fn fill(&mut self, doc: &mut Document, mut k: usize, end: usize) {
        // A law's history notes and 目录 come first.
        while k < end && matches!(self.class(k), Class::History) {
            self.history(doc, k);
            k += 1;
        }
        if k < end && matches!(self.class(k), Class::TocHeading) {
            k = self.law_toc(doc, k, end);
        }
        while k < end && matches!(self.class(k), Class::History) {
            self.history(doc, k);
            k += 1;
        }
        // Where attachments start: the policy a notice issues, 附件 labels.
        let depth = doc.id.matches('.').count();
        let first_attachment = if depth < MAX_ATTACHMENT_DEPTH {
            // The policy's title may stand under a 附件 label: start there.
            self.issued_policy_at(doc, k, end)
                .map(|a| if a > k && matches!(self.class(a - 1), Class::AttachmentLabel) { a - 1 } else { a })
                .or_else(|| self.attachment_label_at(k, end))
        } else {
            None
        };
        let own_end = first_attachment.unwrap_or(end);
        let body_end = self.signature(doc, k, own_end);
        let note_start = self.attachment_note(k, body_end);
        let content_end = self.closing_start(k, note_start);
        let content: Vec<Item<'_>> = self.items[k..content_end].to_vec();
        let (preamble, clause_list) = clauses::build(self.text, &content);
        let pre_role = if clause_list.is_empty() { Role::Body } else { Role::Preamble };
        for &p in &preamble {
            self.push(doc, k + p, pre_role);
        }
        for c in &clause_list {
            doc.span = doc.span.join(c.span);
        }
        doc.clauses = clause_list;
        for j in content_end..note_start {
            self.push(doc, j, Role::Closing);
        }
        for j in note_start..body_end {
            self.push(doc, j, Role::AttachmentNote);
        }
        self.move_signature_blocks(doc, body_end, own_end);
        doc.validity = self.validity(doc);
        if let Some(a) = first_attachment {
            let outer = self.issued;
            self.issued = doc.date.or(outer);
            self.attachments(doc, a, end);
            self.issued = outer;
        }
        doc.blocks.sort_by_key(|b| b.span.start);
    }

    /// Reads a history note: its date becomes the document's date when it
    /// has none (the latest adoption or amendment), a decree number in it
    /// the document's number, and 施行 its start of validity.
    fn history(&mut self, doc: &mut Document, k: usize) {
        self.push(doc, k, Role::History);
        let span = self.items[k].para.span;
        let line = span_text(self.text, span);
        if doc.doc_number.is_none() {
            doc.doc_number = docnum::find_doc_numbers(line).into_iter().next().map(|m| m.number);
        }
        let folded = fold(&strip_layout_spaces(line));
        // The date a header or decree gave stands; otherwise the latest
        // adoption, promulgation or amendment (施行 is validity, not date).
        let dated_by_header = doc.blocks.iter().any(|b| b.role == Role::Date);
        if let Some(d) = leading_date(line) {
            if !dated_by_header && !folded.trim_end_matches([')', '）']).ends_with("施行") {
                doc.date = Some(doc.date.map_or(d, |old| old.max(d)));
            }
        }
    }

    /// A law's 目录: its lines run until the first of them appears again.
    fn law_toc(&mut self, doc: &mut Document, k: usize, end: usize) -> usize {
        self.push(doc, k, Role::TocHeading);
        let Some(first) = (k + 1 < end).then(|| match_key(self.text_of(k + 1))) else { return k + 1 };
        let repeat = (k + 2..end).find(|&j| match_key(self.text_of(j)) == first);
        let Some(stop) = repeat else { return k + 1 };
        for j in k + 1..stop {
            self.push(doc, j, Role::TocEntry);
        }
        stop
    }

    /// For a 印发 notice, where the policy it issues starts.
    fn issued_policy_at(&self, doc: &Document, k: usize, end: usize) -> Option<usize> {
        let mut names: Vec<String> = issued_titles(&doc.title);
        for j in k..end.min(k + 6) {
            let t = self.text_of(j);
            if t.contains("印发") || t.contains("转发") || t.contains("发布") {
                names.extend(bracketed_titles(t));
            }
        }
        names.extend(self.toc.iter().filter(|e| e.level == 1).map(|e| e.title.clone()));
        let keys: Vec<String> = names.iter().map(|n| match_key(n)).filter(|n| !n.is_empty()).collect();
        if keys.is_empty() {
            return None;
        }
        // A title is short: long paragraphs need no key.
        let longest = keys.iter().map(String::len).max().unwrap_or(0) * 2 + 16;
        (k..end).find(|&j| {
            matches!(self.class(j), Class::Heading | Class::Text) && self.text_of(j).len() <= longest && {
                // The title may be set on two lines: 行动计划 / （2023—2025年）.
                let key = match_key(self.text_of(j));
                keys.contains(&key)
                    || (j + 1 < end
                        && matches!(self.class(j + 1), Class::Heading)
                        && keys.contains(&(key + &match_key(self.text_of(j + 1)))))
            }
        })
    }

    fn attachment_label_at(&self, k: usize, end: usize) -> Option<usize> {
        (k..end).find(|&j| matches!(self.class(j), Class::AttachmentLabel))
    }

    /// The signature block at the end of `items[k..end]`: an organ line and
    /// a bare date, and notes after them. Returns where it starts.
    fn signature(&self, _doc: &Document, k: usize, end: usize) -> usize {
        let mut j = end;
        while j > k && matches!(self.class(j - 1), Class::Note | Class::Record) {
            j -= 1;
        }
        if j > k && matches!(self.class(j - 1), Class::Date(_)) && !self.text_of(j - 1).starts_with(['(', '（']) {
            j -= 1;
            if j > k && is_organ_line(self.text_of(j - 1)) {
                j -= 1;
            }
        }
        j
    }

    fn move_signature_blocks(&mut self, doc: &mut Document, start: usize, end: usize) {
        for j in start..end {
            let role = match self.class(j) {
                Class::Note => Role::Note,
                Class::Record => Role::Record,
                Class::Date(d) => {
                    doc.date.get_or_insert(*d);
                    Role::Date
                }
                _ => {
                    doc.issuer = Some(self.text_of(j).to_string());
                    Role::Signature
                }
            };
            self.push(doc, j, role);
        }
    }

    /// The 附件说明 that ends a body (GB/T 9704 §7.3.4): 附件： and the
    /// attachments' names, one per line (1．…, 2．…). Returns where it
    /// starts, or `end` when there is none.
    fn attachment_note(&self, k: usize, end: usize) -> usize {
        let mut j = end;
        while j > k {
            let listed = matches!(self.class(j - 1), Class::Marker(m) if m.style == MarkerStyle::Arabic)
                && !self.text_of(j - 1).contains(['。', '；', '：']);
            if !listed {
                break;
            }
            j -= 1;
        }
        if j > k && matches!(self.class(j - 1), Class::AttachmentNote) { j - 1 } else { end }
    }

    /// Plain paragraphs at the end that say when the text takes effect.
    ///
    /// A text numbered in articles (条) says so in an article, and a plain
    /// paragraph at its end is the last article's next 款: there is no
    /// closing then.
    fn closing_start(&self, k: usize, end: usize) -> usize {
        let articles = (k..end).any(|j| matches!(self.class(j), Class::Marker(m) if m.style == MarkerStyle::Article));
        if articles {
            return end;
        }
        let mut j = end;
        while j > k && !matches!(self.class(j - 1), Class::Marker(_)) && CLOSING.is_match(self.text_of(j - 1)) {
            j -= 1;
        }
        j
    }

    /// Builds the attachments that start at `a`: the issued policy (its
    /// title at `a`) or 附件 labels, each running to the next label at the
    /// same level.
    fn attachments(&mut self, doc: &mut Document, a: usize, end: usize) {
        let mut starts = vec![a];
        if matches!(self.class(a), Class::AttachmentLabel) {
            starts.extend((a + 1..end).filter(|&j| matches!(self.class(j), Class::AttachmentLabel)));
        }
        for (n, &s) in starts.iter().enumerate() {
            let stop = starts.get(n + 1).copied().unwrap_or(end);
            let mut title_at = s;
            if matches!(self.class(s), Class::AttachmentLabel) {
                self.push(doc, s, Role::AttachmentLabel);
                title_at = s + 1;
            }
            if title_at >= stop {
                continue;
            }
            let mut titles = vec![title_at];
            while titles.len() < MAX_TITLE_LINES
                && titles[titles.len() - 1] + 1 < stop
                && matches!(self.class(titles[titles.len() - 1] + 1), Class::Heading)
                && self.continues_title(titles[titles.len() - 1] + 1)
            {
                titles.push(titles[titles.len() - 1] + 1);
            }
            let header = Header {
                masthead: None,
                start: Start::Title,
                end: titles[titles.len() - 1] + 1,
                titles,
                date: None,
                numbers: vec![],
                addressees: None,
            };
            let id = format!("{}.{}", doc.id, doc.attachments.len() + 1);
            let mut att = self.build(&header, stop, &id, doc.section.clone());
            att.kind = DocKind::Attachment;
            doc.span = doc.span.join(att.span);
            doc.attachments.push(att);
        }
    }

    /// Whether a heading line after a title line continues the title (a
    /// bracketed version note: （试行第十版）).
    fn continues_title(&self, j: usize) -> bool {
        let t = self.text_of(j);
        t.starts_with(['（', '(']) && t.ends_with(['）', ')'])
    }
}

/// A closing paragraph: when the text takes effect, who interprets it, or
/// the charge to everyone addressed to carry it out (各地区各部门要认真贯彻
/// 落实本意见…, 各地区各部门要切实承担…责任).
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:本[^，。；,;]{0,20}(?:自.{0,40}(?:起施行|起实施|施行|实施)|有效期|由.{0,30}负责解释)",
        r"|各(?:地区|地|级|区|市|县)、?各(?:部门|单位|有关部门|相关部门)(?:要|应当|须)",
        r"|各(?:地区|地|部门|级|区|市|县|有关)[^。]{0,30}(?:要|应当|须)[^。]{0,30}(?:贯彻落实|抓好落实|认真落实|遵照执行|组织实施|贯彻执行))"
    ))
    .expect("valid regex")
});

fn span_text(text: &str, span: Span) -> &str {
    span.slice(text).unwrap_or("")
}

/// The document's own number printed in `src` (one or two lines).
fn own_number(src: &str) -> Option<DocNumber> {
    docnum::find_doc_numbers(src).into_iter().next().map(|m| m.number).or_else(|| docnum::parse(src).ok())
}

/// A signature line with its layout: 总理　　李克强 → 总理 李克强 (the space
/// between office and name is meaning, so runs of spaces become one).
fn signatory(line: &str) -> String {
    line.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn is_organ_line(t: &str) -> bool {
    let n = t.chars().count();
    n > 0
        && n <= 30
        && !t.contains(['，', '。', '；', '：', '《'])
        && (ORGAN_SUFFIXES.iter().any(|s| t.ends_with(s)) || n <= 12)
}

/// The first day named in a line (a history line).
fn leading_date(line: &str) -> Option<NaiveDate> {
    crate::date::find_dates(line).into_iter().find_map(|m| match m.value {
        crate::date::DateValue::Day(d) => Some(d),
        _ => None,
    })
}

/// Titles in 《》 in a text, outermost only.
pub(crate) fn bracketed_titles(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    for (i, c) in t.char_indices() {
        match c {
            '《' => {
                if depth == 0 {
                    start = i + c.len_utf8();
                }
                depth += 1;
            }
            '》' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(t[start..i].to_string());
                }
            }
            _ => {}
        }
    }
    out
}

/// The titles a notice title says it issues: 印发《X》的通知, 印发X的通知.
fn issued_titles(title: &str) -> Vec<String> {
    if !(title.contains("印发") || title.contains("转发") || title.contains("发布")) {
        return Vec::new();
    }
    let inner = bracketed_titles(title);
    if !inner.is_empty() {
        return inner;
    }
    for verb in ["印发", "转发", "发布"] {
        if let Some(pos) = title.rfind(verb) {
            let rest = &title[pos + verb.len()..];
            if let Some(x) = rest.strip_suffix("的通知") {
                return vec![x.to_string()];
            }
        }
    }
    Vec::new()
}

/// The 文种 that ends a title, after a bracketed version note.
pub(crate) fn genre(title: &str) -> Option<String> {
    const GENRES: &[(&str, &str)] = &[
        ("政策解读", "解读"),
        ("解读", "解读"),
        ("通知", "通知"),
        ("通报", "通报"),
        ("通告", "通告"),
        ("公告", "公告"),
        ("意见", "意见"),
        ("决定", "决定"),
        ("决议", "决议"),
        ("命令", "命令"),
        ("公报", "公报"),
        ("报告", "报告"),
        ("请示", "请示"),
        ("批复", "批复"),
        ("议案", "议案"),
        ("函", "函"),
        ("纪要", "纪要"),
        ("方案", "方案"),
        ("措施", "措施"),
        ("要点", "要点"),
        ("办法", "办法"),
        ("规定", "规定"),
        ("细则", "细则"),
        ("政策", "政策"),
        ("条例", "条例"),
        ("规则", "规则"),
        ("规划", "规划"),
        ("计划", "计划"),
        ("纲要", "纲要"),
        ("指南", "指南"),
        ("章程", "章程"),
        ("准则", "准则"),
        ("清单", "清单"),
        ("标准", "标准"),
        ("法", "法"),
        ("令", "令"),
    ];
    let mut t = title.trim();
    // Drop a trailing version note: （试行）, （试行第十版）, （2023年修订）.
    while let Some(stripped) = t.strip_suffix(['）', ')']) {
        let open = stripped.rfind(['（', '('])?;
        t = stripped[..open].trim_end();
    }
    GENRES.iter().find(|(suffix, _)| t.ends_with(suffix)).map(|(_, g)| g.to_string())
}

fn kind_of(doc: &Document) -> DocKind {
    let articles = doc
        .clauses
        .iter()
        .any(|c| matches!(c.style, crate::model::MarkerStyle::Article | crate::model::MarkerStyle::Chapter));
    match doc.genre.as_deref() {
        Some("通知") => DocKind::Notice,
        Some("解读") => DocKind::Interpretation,
        Some("法" | "条例" | "规定" | "办法" | "细则" | "规则") if articles => DocKind::Regulation,
        Some("令") => DocKind::Order,
        _ => DocKind::Other,
    }
}

/// Clause paragraphs, from the end, searched for a validity clause (the
/// last articles of a law's 附则).
const VALIDITY_CLAUSE_BLOCKS: usize = 8;

impl Segmenter<'_, '_> {
    /// When the document is in force: the first validity clause in its
    /// closing paragraphs, history notes, a decree's promulgating paragraph,
    /// or its last clauses (本条例自2019年1月1日起施行). A clause that counts
    /// from the issue date (自印发之日起) uses the document's date, or the
    /// date of the notice that issues it.
    fn validity(&self, doc: &Document) -> Option<Validity> {
        // An interpretation quotes the validity of what it explains.
        if doc.kind == DocKind::Interpretation {
            return None;
        }
        let year = doc.date.or(self.issued).map(|d| d.year()).or(self.year);
        let own = doc.blocks.iter().filter(|b| matches!(b.role, Role::Closing | Role::History | Role::Body));
        let mut clause_blocks: Vec<&Block> = Vec::new();
        let mut stack: Vec<&Clause> = doc.clauses.iter().collect();
        while let Some(c) = stack.pop() {
            clause_blocks.extend(c.blocks.iter());
            stack.extend(c.children.iter());
        }
        clause_blocks.sort_by_key(|b| std::cmp::Reverse(b.span.start));
        for b in own.chain(clause_blocks.into_iter().take(VALIDITY_CLAUSE_BLOCKS)) {
            let Some(v) = crate::date::DateParser::new().context_year(year).validity(span_text(self.text, b.span))
            else {
                continue;
            };
            let v = match doc.date.or(self.issued) {
                Some(issued) => v.with_issue_date(issued),
                None => v,
            };
            if v.from.is_some() || v.to.is_some() {
                return Some(Validity { from: v.from, to: v.to, span: v.span.shifted(b.span.start) });
            }
        }
        None
    }
}
