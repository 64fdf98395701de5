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
//!
//! The segmenter here walks the paragraphs and builds each document; the
//! parts of a document are read by [`header`] (title, 成文日期, 发文字号,
//! 主送机关, a decree's masthead and own text), [`body`] (history notes, a
//! law's 目录, preamble and clauses), [`attachments`] (附件 and the policy a
//! 印发 notice issues) and [`closing`] (signature, date, validity, 版记).
//! At the head of a text, [`metadata`] reads what a website or database
//! printed with the document (a metadata box, export header lines, the
//! title printed again, site furniture) before its header.

pub(crate) mod aliases;
mod attachments;
mod body;
mod closing;
mod header;
pub(crate) mod history;
mod metadata;

use chrono::NaiveDate;

use super::Options;
use super::clauses::Item;
use crate::layout::classify::Class;
use crate::model::{Block, Diagnostic, DocKind, Document, Role, Severity, TocEntry};
use crate::text::{Span, genre, match_key};
use header::{Header, Start, own_number};

/// Splits items into documents.
pub(crate) struct Segmenter<'t, 'i> {
    pub text: &'t str,
    /// The year, for dates written without one.
    pub year: Option<i32>,
    /// What the caller asked for.
    pub options: &'i Options,
    /// The date of the document that issues the one being built.
    pub issued: Option<NaiveDate>,
    /// The text is no gazette issue: text before any title is a document.
    pub untitled_text: bool,
    pub items: &'i [Item<'i>],
    pub toc: &'i [TocEntry],
    /// The keys of the 目录's entries, computed once ([`TocKeys::new`]).
    pub toc_keys: TocKeys,
    pub diagnostics: Vec<Diagnostic>,
    /// Leaves that belong to no document (banners, stray lines).
    pub blocks: Vec<Block>,
}

/// The entries of a 目录 under [`match_key`], which every heading of the
/// text is compared with: the titles of its top-level entries, and the
/// sections it names with each name as printed, in order.
#[derive(Debug, Default)]
pub(crate) struct TocKeys {
    titles: Vec<String>,
    sections: Vec<(String, String)>,
}

impl TocKeys {
    pub(crate) fn new(toc: &[TocEntry]) -> Self {
        TocKeys {
            titles: toc.iter().filter(|e| e.level == 0).map(|e| match_key(&e.title)).collect(),
            sections: toc.iter().filter_map(|e| e.section.as_deref()).map(|s| (match_key(s), s.to_string())).collect(),
        }
    }
}

/// Most paragraphs of a lead at the head of a text before the header of
/// the document it introduces (日前，…印发…的通知。 / 文件指出，… / 文件详情如下：).
const MAX_LEAD_ITEMS: usize = 4;

impl<'t, 'i> Segmenter<'t, 'i> {
    /// The documents of `items[range]`, in order.
    pub(crate) fn documents(&mut self, start: usize, end: usize) -> Vec<Document> {
        let mut docs: Vec<Document> = Vec::new();
        let mut section: Option<String> = None;
        let mut i = start;
        while i < end {
            if let Some(name) = self.section_at(i) {
                section = Some(name);
                self.block(i, Role::Banner);
                i += 1;
                continue;
            }
            if metadata::is_site_furniture(self.text_of(i)) {
                self.block(i, Role::PageFurniture);
                i += 1;
                continue;
            }
            // A web page or a database export: the document starts after
            // its metadata and the site's furniture (at the head of the
            // text, or at a box: pages saved one after another).
            let front = if docs.is_empty() || self.box_at(i, end) { self.front_matter(i, end) } else { None };
            if let Some(f) = &front {
                for &k in &f.furniture {
                    self.block(k, Role::PageFurniture);
                }
            }
            let header = front.as_ref().map(|f| f.header.clone()).or_else(||
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
                        // A short lead before a header (a news page's
                        // words before the notice it quotes) is no document.
                        let lead = (i + 1..end.min(i + 1 + MAX_LEAD_ITEMS)).any(|j| self.header_at(j, end).is_some());
                        (docs.is_empty() && self.untitled_text && !lead).then_some(Header {
                            masthead: None,
                            start: Start::Title,
                            titles: vec![],
                            date: None,
                            numbers: vec![],
                            addressees: None,
                            end: i,
                        })
                    }));
            let Some(header) = header else {
                self.block(i, Role::Unknown);
                self.diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    code: crate::model::DiagnosticCode::UnknownLine,
                    message: "a paragraph outside any document was kept as it is".into(),
                    span: Some(self.items[i].para.span),
                });
                i += 1;
                continue;
            };
            let own_start = if header.start == Start::Decree { self.decree_end(header.end, end) } else { header.end };
            // A reprint of the title under the history (a database prints its
            // own title line, the history, then the text's head) is the
            // document's own header, no new document.
            let title: String = header.titles.iter().map(|&t| self.text_of(t)).collect();
            let mut next = own_start;
            while next < end && !self.is_strong_start(next, end) {
                next += 1;
            }
            if let Some(h) = self.reprint_at(&title, own_start, next, end) {
                next = h.end;
                while next < end && !self.is_strong_start(next, end) {
                    next += 1;
                }
            }
            let id = format!("d{}", docs.len() + 1);
            let content_end = self.furniture_start(own_start, next);
            let mut doc = self.build(&header, content_end, &id, section.clone());
            for k in content_end..next {
                self.block(k, Role::PageFurniture);
            }
            if let Some(f) = front {
                self.apply_front(&mut doc, f);
            }
            if doc.kind == DocKind::Attachment {
                doc.kind = DocKind::Other;
            }
            docs.push(doc);
            i = next;
        }
        docs
    }

    fn block(&mut self, i: usize, role: Role) {
        let it = &self.items[i];
        self.blocks.push(Block { role, text: it.text.to_string(), span: it.para.span });
    }

    fn class(&self, i: usize) -> &Class {
        self.items[i].class
    }

    fn text_of(&self, i: usize) -> &str {
        self.items[i].text
    }

    /// The header at `j` when it prints `title` again, with only history
    /// lines and the organs' line of the print between (`from..j`):
    /// 最高人民法院、最高人民检察院关于…的解释 / 2024年1月8日 …通过 / 最高人民法院
    /// 最高人民检察院 关于…的解释 / 法释〔2024〕4号; 最高人民法院 / 关于…的规定 /
    /// 法释〔2023〕11号. The prints may set the organs apart differently and
    /// one may add an ordinal in brackets (…的解释（一）).
    fn reprint_at(&self, title: &str, from: usize, j: usize, end: usize) -> Option<Header> {
        let organs = (from..j).find(|&k| !matches!(self.class(k), Class::History)).unwrap_or(j);
        if j >= end || title.is_empty() || !(organs..j).all(|k| metadata::is_issuer_line(self.text_of(k))) {
            return None;
        }
        let h = self.header_at(j, end)?;
        let last = *h.titles.last()?;
        let again: String = (organs..=last).map(|t| self.text_of(t)).collect();
        let (own, again) = (reprint_key(title), reprint_key(&again));
        let long = own.chars().count().min(again.chars().count()) >= metadata::MIN_TITLE_KEY_CHARS;
        (long && (own.starts_with(&again) || again.starts_with(&own))).then_some(h)
    }

    /// Whether a new top-level document (or a section) starts at `j`.
    fn is_strong_start(&self, j: usize, end: usize) -> bool {
        self.section_at(j).is_some() || self.header_at(j, end).is_some() || self.toc_title_at(j) || self.box_at(j, end)
    }

    /// The section that starts at `j`: a banner (【国务院文件】), or a
    /// heading alone that names a section of the table of contents
    /// (国务院文件, where the gazette prints its section names unbracketed).
    fn section_at(&self, j: usize) -> Option<String> {
        match self.class(j) {
            Class::Banner(name) => Some(name.clone()),
            Class::Heading if !self.toc_keys.sections.is_empty() => {
                let key = match_key(self.text_of(j));
                self.toc_keys.sections.iter().find(|(k, _)| *k == key).map(|(_, s)| s.clone())
            }
            _ => None,
        }
    }

    /// A paragraph that reads as a top-level entry of the table of contents.
    fn toc_title_at(&self, j: usize) -> bool {
        matches!(self.class(j), Class::Heading) && !self.toc_keys.titles.is_empty() && {
            let key = match_key(self.text_of(j));
            self.toc_keys.titles.contains(&key)
        }
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
            dates: Vec::new(),
            quantities: Vec::new(),
            issuer: None,
            signatory: None,
            section,
            blocks: Vec::new(),
            metadata: None,
            aliases: Vec::new(),
            history: Vec::new(),
            repeals: Vec::new(),
            references: Vec::new(),
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
        // The 发文机关标志 runs to the number; an attachment's own label
        // stands alone in its place.
        let masthead_end = |m: usize| header.numbers.first().copied().unwrap_or(m + 1);
        let masthead_role = |k: usize| {
            if matches!(self.class(k), Class::AttachmentLabel) { Role::AttachmentLabel } else { Role::Masthead }
        };
        order.extend(header.masthead.iter().flat_map(|&m| (m..masthead_end(m)).map(|k| (k, masthead_role(k)))));
        // A title printed twice (or with the issuer between two prints, as
        // exports do): the last print is the title, the others metadata.
        let (copies, titles) = self.title_copies(&header.titles);
        order.extend(copies.iter().map(|&k| (k, Role::Metadata)));
        order.extend(titles.iter().map(|&k| (k, Role::Title)));
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
            // The organ that decrees: 中华人民共和国国务院令 → 中华人民共和国国务院;
            // a bare 政府令 names no organ (an export's issuer line may).
            doc.issuer = doc
                .doc_number
                .as_ref()
                .map(|n| n.code().trim_end_matches('令').to_string())
                .filter(|s| !s.is_empty() && !crate::lexicon::ORGAN_ENDINGS.contains(&s.as_str()));
        }
        let mut k = header.end;
        if header.start == Start::Decree {
            k = self.decree_body(&mut doc, k, end);
        }
        doc.title = titles.iter().map(|&t| self.text_of(t).to_string()).collect::<String>();
        if doc.title.is_empty() {
            doc.title = doc.blocks.iter().filter(|b| b.role == Role::Title).map(|b| b.text.clone()).collect();
        }
        doc.title = unwrap_book_title(doc.title);
        // A page's title may carry the number in brackets after it:
        // …的批复(桂政函〔2020〕43号).
        if doc.doc_number.is_none()
            && let Some((title, number)) = title_with_number(&doc.title)
        {
            doc.doc_number = Some(number);
            doc.title = title;
        }
        // An export may cut the title line under its issuer (关于印发金华市
        // 人民政府办理人大代表建议): a print above that starts with it and,
        // unlike it, ends with a 文种 is the whole title.
        if genre(&doc.title).is_none() {
            let cut = match_key(&doc.title);
            if let Some(whole) = copies.iter().map(|&k| self.text_of(k)).find(|c| {
                let key = match_key(c);
                !cut.is_empty() && key.len() > cut.len() && key.starts_with(&cut) && genre(c).is_some()
            }) {
                doc.title = whole.to_string();
            }
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
        if doc.issuer.is_none() {
            // An export's issuer line between the title's prints.
            doc.issuer =
                copies.iter().map(|&k| self.text_of(k)).find(|t| metadata::is_issuer_line(t)).map(str::to_string);
        }
        if doc.issuer.is_none() {
            // The organs the title names (上海市人民政府办公厅关于…的通知): a
            // gazette reprints a notice without its signature. Its first
            // line as printed keeps the spaces between joint issuers.
            let first_line = titles.first().and_then(|&t| self.items[t].para.lines.first());
            let printed = first_line.map(|l| crate::text::title_organs(&self.text[l.start..l.end]));
            let organs = printed.filter(|o| !o.is_empty()).unwrap_or_else(|| crate::text::title_organs(&doc.title));
            if !organs.is_empty() {
                doc.issuer = Some(organs.join(&crate::docnum::JOINT.to_string()));
            }
        }
        doc
    }

    fn push(&mut self, doc: &mut Document, k: usize, role: Role) {
        let (p, text) = (self.items[k].para, self.items[k].text);
        doc.blocks.push(Block { role, text: text.to_string(), span: p.span });
        doc.span = if doc.blocks.len() == 1 { p.span } else { doc.span.join(p.span) };
    }
}

/// A title's key for comparing its prints: the match key without the marks
/// and spaces that set joint organs apart (、, zero-width spaces).
fn reprint_key(title: &str) -> String {
    match_key(title).chars().filter(|&c| c != '、' && c != ' ' && c != '\u{200b}').collect()
}

/// A title printed whole inside one pair of 《》, as a page's title bar
/// prints it (《浙江省人民政府办公厅关于印发…的通知》), is the text inside.
fn unwrap_book_title(title: String) -> String {
    let Some(inner) = title.strip_prefix('《').and_then(|t| t.strip_suffix('》')) else {
        return title;
    };
    // The first 《 must close at the end: 《A》和《B》 is no one title.
    let mut depth = 1usize;
    for c in inner.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return title;
        }
    }
    inner.to_string()
}

/// A title followed by its own number in brackets, as a page's title
/// prints it: the title without the bracket, and the number.
fn title_with_number(title: &str) -> Option<(String, crate::docnum::DocNumber)> {
    let body = title.strip_suffix(['）', ')'])?;
    let open = body.rfind(['（', '('])?;
    let number = own_number(&body[open..].chars().skip(1).collect::<String>())?;
    let rest = &title[..open];
    (!rest.is_empty()).then(|| (rest.to_string(), number))
}

fn span_text(text: &str, span: Span) -> &str {
    span.slice(text).unwrap_or("")
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
