//! Layout: lines into paragraphs.
//!
//! Texts reach the parser in three shapes, and one set of rules serves all:
//!
//! - one paragraph per line, blank lines between (web exports, the
//!   reference issue), where a page break of the printed issue may split a
//!   paragraph in two (`…对\n\n符合条件的…`);
//! - one paragraph per line without blank lines (flk.npc.gov.cn exports);
//! - PDF text with lines wrapped at the page width, paragraphs starting
//!   indented, centred page numbers, and closing punctuation pushed onto a
//!   line of its own; or extracted raw (pdftotext without `-layout`),
//!   wrapped without indentation, where only sentence ends, markers, dates
//!   and blank lines show where a paragraph ends.
//!
//! A line continues the paragraph before it when it starts with closing or
//! continuing punctuation (。，、）”), when the paragraph has an unclosed
//! bracket, or when the paragraph is prose (it holds a ，。；) that does not
//! end a sentence (its last character is not 。！？；：… or a closing mark
//! after one) and the line does not start something new (a clause marker, a
//! Markdown heading, a date or document-number line). Titles hold no
//! sentence punctuation (GB/T 9704 §7.3.1), so a title line never swallows
//! the line after it. A join across a blank line or a page number is a page
//! break repaired, and is reported.
//!
//! Page numbers (a line of 1–4 digits set in from the margin, `- 3 -`,
//! `第3页`), running heads next to them (`上海市人民政府公报 2023·12`),
//! the furniture of a web page (`首页 > 政策 > 政策文件`, `【打印】【关闭】`),
//! Markdown headings (`## 第一章 总则`) and HTML comments are kept as
//! paragraphs of their own kind. A paragraph joined across page furniture
//! holds it inside its span and lists it in [`Para::furniture`].

pub mod classify;
pub mod marker;

use std::borrow::Cow;

use crate::date::is_date_line;
use crate::docnum::is_doc_number_line;
use crate::model::{Diagnostic, Severity};
use crate::text::{
    Span, completes_title, is_sentence_end, is_space, lines, names_an_issue, running_head_candidates,
    strip_layout_spaces, stripped_layout_spaces,
};

/// The physical kind of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    /// Ordinary text.
    Text,
    /// Page furniture: a page number or running head of the printed page,
    /// or the furniture of a web page (a breadcrumb, 【打印】【关闭】; see
    /// [`crate::text::is_web_furniture`]).
    PageNumber,
    /// A Markdown heading of the given level (`#` = 1).
    Heading(u8),
    /// An HTML comment (`<!-- INFO END -->`) or a Markdown thematic break
    /// (`---`).
    Comment,
}

/// A paragraph: one or more lines of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    /// From the first non-space character of its first line to the last of
    /// its last line.
    pub span: Span,
    /// The lines it was joined from, each without its surrounding spaces.
    pub lines: Vec<Span>,
    /// Leading spaces of the first line, in columns (U+3000 counts 2).
    pub indent: usize,
    /// The text with layout whitespace removed (and Markdown heading
    /// marks) where it is not the source's own slice `span` ([`Para::text`]):
    /// most paragraphs of a text written one to a line are, and are then
    /// not copied.
    own_text: Option<String>,
    /// Its physical kind.
    pub kind: ParaKind,
    /// Page furniture (page numbers, running heads) inside its span: lines
    /// of a printed page that the paragraph was joined across.
    pub furniture: Vec<Span>,
}

/// The paragraphs of a text and the repairs made on the way.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Paragraphs in reading order.
    pub paras: Vec<Para>,
    /// Page breaks joined.
    pub diagnostics: Vec<Diagnostic>,
}

/// Splits `text` into paragraphs.
///
/// ```
/// use gongbao::layout::layout;
/// let text = "5. 鼓励增资扩产。对符合条件的项目，给予补贴；对\n\n符合条件的融资租赁项目,给予一次性补贴。\n\n(二)推广新模式";
/// let l = layout(text);
/// let paras: Vec<&str> = l.paras.iter().map(|p| p.text(text)).collect();
/// assert_eq!(paras, ["5.鼓励增资扩产。对符合条件的项目，给予补贴；对符合条件的融资租赁项目,给予一次性补贴。", "(二)推广新模式"]);
/// assert_eq!(l.diagnostics.len(), 1);
/// ```
pub fn layout(text: &str) -> Layout {
    let mut out = Layout::default();
    let all = measure_lines(text);
    let page_width = page_width(&all);
    let wrapped_text = page_width < NO_PAGE_WIDTH;
    let wrap = Wrap { wrapped: wrapped_text, indented: indents_paragraphs(&all), spaced: spaces_every_line(&all) };
    let running = running_lines(&all);
    // A paragraph starts on a nonblank line: room for as many, given back
    // below once their number is known (the paragraphs live through the
    // segmentation, the peak of a parse's memory).
    out.paras.reserve_exact(all.iter().filter(|l| !l.content.is_empty()).count());
    // The paragraph being built: its index, what its lines hold so far, and
    // whether blank lines or page furniture came after its last line.
    let mut open: Option<(usize, Open)> = None;
    let mut gap = false;
    // Page numbers seen while a paragraph is open: they become paragraphs
    // of their own, unless the paragraph goes on after them, in which case
    // they lie inside its span (no leaf may hold another).
    let mut pending: Vec<Para> = Vec::new();
    for (k, line) in all.iter().enumerate() {
        let Line { span, content, indent, width, kind } = *line;
        if content.is_empty() {
            gap |= open.is_some();
            continue;
        }
        let kind = if running.contains(&k) { ParaKind::PageNumber } else { kind };
        let full_width = width * 100 >= page_width * WRAP_PERCENT;
        // A Markdown heading is one line, unless the text was wrapped at a
        // page width it reaches (a long title re-wrapped as raw PDF text)
        // and does not end in its 文种: then the next line may continue it
        // like a paragraph.
        if matches!(kind, ParaKind::Heading(_)) && full_width && crate::text::genre(content).is_none() {
            open = Some(start_paragraph(&mut out, &mut pending, line, full_width));
            gap = false;
            continue;
        }
        if kind != ParaKind::Text {
            let para = Para {
                span,
                lines: vec![span],
                indent,
                own_text: Some(kind_text(content, kind)),
                kind,
                furniture: Vec::new(),
            };
            if kind == ParaKind::PageNumber && open.is_some() {
                pending.push(para);
                gap = true;
            } else {
                out.paras.append(&mut pending);
                out.paras.push(para);
                open = None;
            }
            continue;
        }
        if let Some((i, state)) = &mut open
            && state.continued_by(
                content,
                indent,
                wrap,
                Gap { gap, page_break: !pending.is_empty() },
                &text[out.paras[*i].span.start..out.paras[*i].span.end],
            )
        {
            state.add(content, indent, full_width);
            let p = &mut out.paras[*i];
            p.lines.push(span);
            p.span = Span::new(p.span.start, span.end);
            if gap {
                let what = if pending.is_empty() {
                    "a paragraph split by a page break was joined".to_string()
                } else {
                    let pages: Vec<&str> = pending.iter().map(|f| f.text(text)).collect();
                    format!("a paragraph split by a page break was joined across page number {}", pages.join(", "))
                };
                out.diagnostics.push(Diagnostic {
                    severity: Severity::Info,
                    code: crate::model::DiagnosticCode::JoinedPageBreak,
                    message: what,
                    span: Some(p.span),
                });
            }
            p.furniture.extend(pending.drain(..).map(|f| f.span));
            gap = false;
            continue;
        }
        open = Some(start_paragraph(&mut out, &mut pending, line, full_width));
        gap = false;
    }
    out.paras.append(&mut pending);
    out.paras.shrink_to_fit();
    for p in &mut out.paras {
        let own = match p.kind {
            ParaKind::Text => Some(para_text(text, &without_strong(text, &p.lines))),
            ParaKind::Heading(_) if p.own_text.as_deref().is_none_or(str::is_empty) => {
                let first = p.lines[0];
                let hashes =
                    text[first.start..first.end].len() - text[first.start..first.end].trim_start_matches('#').len();
                let mut lines = p.lines.clone();
                lines[0].start += hashes;
                Some(para_text(text, &lines))
            }
            _ => None,
        };
        // A text that is the source's own slice is read from the source
        // (and is not copied).
        if let Some(own) = own {
            p.own_text = (Some(&*own) != p.span.slice(text)).then(|| own.into_owned());
        } else if p.own_text.as_deref() == p.span.slice(text) {
            p.own_text = None;
        }
    }
    out
}

/// Starts a paragraph at `line`, after the page furniture held back while
/// the previous one was open: its index and its state.
fn start_paragraph(out: &mut Layout, pending: &mut Vec<Para>, line: &Line, full_width: bool) -> (usize, Open) {
    let Line { span, content, indent, kind, .. } = *line;
    out.paras.append(pending);
    out.paras.push(Para { span, lines: vec![span], indent, own_text: None, kind, furniture: Vec::new() });
    let mut state = Open::default();
    state.add(content, indent, full_width);
    (out.paras.len() - 1, state)
}

/// A line of the input, measured once for every rule that looks at it.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// From its first non-space character to its last (empty when blank).
    span: Span,
    /// The text of `span`.
    content: &'a str,
    /// Leading spaces in columns (U+3000 counts 2, a tab 4).
    indent: usize,
    /// Display width of the whole line, indentation included.
    width: usize,
    /// Its physical kind on its own, running heads not yet known.
    kind: ParaKind,
}

fn measure_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for (k, l) in lines(text).enumerate() {
        let raw = &text[l.start..l.end];
        let trimmed_start = raw.trim_start_matches(is_layout_space);
        let lead = raw.len() - trimmed_start.len();
        let content = trimmed_start.trim_end_matches(is_layout_space);
        let indent = raw[..lead].chars().map(column_width).sum();
        let start = l.start + lead;
        if let Some(parts) = flattened_signature(content) {
            for (n, (from, to)) in parts.into_iter().enumerate() {
                let piece = &content[from..to];
                let indent = if n == 0 { indent } else { 0 };
                let span = Span::new(start + from, start + to);
                let kind = physical_kind(piece, indent, k + 1);
                out.push(Line { span, content: piece, indent, width: indent + display_width(piece), kind });
            }
            continue;
        }
        let span = Span::new(start, start + content.len());
        let content = strong_stripped(content);
        let kind = if content.is_empty() { ParaKind::Text } else { physical_kind(content, indent, k + 1) };
        out.push(Line { span, content, indent, width: display_width(raw), kind });
    }
    out
}

/// Longest signature and date run onto a sentence's line, in characters.
const MAX_FLATTENED_SIGNATURE_CHARS: usize = 40;

/// A signature and its date that a page store flattened onto the line of
/// the sentence before them, separated by spaces (`…自2006年8月1日起施行。
/// 部 长 李盛霖 二○○六年七月五日`): the byte ranges in `content` of the
/// text up to its last 。, of the signature and of the date, as if each
/// stood on a line of its own. The signature is Han characters and spaces
/// only, the date a whole date.
fn flattened_signature(content: &str) -> Option<[(usize, usize); 3]> {
    let stop = content.rfind('。')? + '。'.len_utf8();
    let rest = &content[stop..];
    let tail = rest.trim_start_matches(is_layout_space);
    if tail.len() == rest.len() || tail.chars().count() > MAX_FLATTENED_SIGNATURE_CHARS {
        return None;
    }
    let gap = tail.rfind(is_layout_space)?;
    let date = tail[gap..].trim_start_matches(is_layout_space);
    let signature = tail[..gap].trim_end_matches(is_layout_space);
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    if signature.is_empty()
        || !signature.chars().all(|c| han(c) || is_layout_space(c))
        || classify::date_only(date).is_none()
    {
        return None;
    }
    let sig_from = stop + (rest.len() - tail.len());
    let date_from = content.len() - date.len();
    Some([(0, stop), (sig_from, sig_from + signature.len()), (date_from, content.len())])
}

/// The lines of a paragraph without the Markdown strong emphasis that
/// wraps it whole (`**一、工作目标**`, as crawlers save a web page's bold
/// headings, possibly wrapped over lines): the `**` marks are layout, like
/// the spaces around a line, and stay in the paragraph's span but out of
/// its text and markers. Other `**` are left as they are. Borrowed when
/// there are none, as for nearly every paragraph.
pub(crate) fn without_strong<'l>(text: &str, lines: &'l [Span]) -> Cow<'l, [Span]> {
    let (Some(first), Some(last)) = (lines.first(), lines.last()) else { return Cow::Borrowed(lines) };
    let whole = &text[first.start..last.end];
    // The cheap tests first: this runs on every paragraph.
    if whole.len() < 5 || !whole.starts_with("**") || !whole.ends_with("**") {
        return Cow::Borrowed(lines);
    }
    let marks: usize = lines.iter().map(|l| text[l.start..l.end].matches("**").count()).sum();
    if marks != 2 {
        return Cow::Borrowed(lines);
    }
    let mut out = lines.to_vec();
    let lead = |s: &str| s.len() - s.trim_start_matches(is_layout_space).len();
    let trail = |s: &str| s.len() - s.trim_end_matches(is_layout_space).len();
    let n = out.len() - 1;
    out[0].start += 2;
    out[0].start += lead(&text[out[0].start..out[0].end]);
    out[n].end -= 2;
    out[n].end -= trail(&text[out[n].start..out[n].end]);
    if out[0].start > out[0].end || out[n].start > out[n].end {
        return Cow::Borrowed(lines);
    }
    Cow::Owned(out)
}

/// A line's content for the layout's rules, without a leading or trailing
/// `**` of Markdown strong emphasis (which may wrap a heading over lines).
fn strong_stripped(content: &str) -> &str {
    // `content` is trimmed already: without a mark at either end it is
    // its own inner text.
    if !content.starts_with("**") && !content.ends_with("**") {
        return content;
    }
    let inner = content.strip_prefix("**").unwrap_or(content);
    let inner = inner.strip_suffix("**").unwrap_or(inner).trim_matches(is_layout_space);
    if inner.is_empty() || inner.contains("**") { content } else { inner }
}

/// Whether a line is a Markdown thematic break (`---`, `***`, `___`): a
/// rule between parts of the page, never text.
fn is_thematic_break(content: &str) -> bool {
    let mut chars = content.chars().filter(|c| !c.is_whitespace());
    let Some(first) = chars.next() else { return false };
    matches!(first, '-' | '*' | '_')
        && content.chars().filter(|&c| c == first).count() >= 3
        && chars.all(|c| c == first)
}

/// What the lines of the open paragraph hold, kept up to date line by line
/// so that joining stays linear however long the paragraph grows.
#[derive(Debug, Default)]
struct Open {
    /// It holds sentence punctuation (，。；): prose, not a title.
    prose: bool,
    /// Round and square brackets opened and not closed.
    depth: i64,
    /// Its last character ends a sentence (。！？；：… or a closing mark
    /// after one).
    ended: bool,
    /// Its last character asks for more (，、 or an opening bracket).
    dangling: bool,
    /// Its last line runs to the page width: a line wrapped by the layout.
    wrapped: bool,
    /// The indentation of its last line, in columns.
    last_indent: usize,
}

/// Round and square brackets a line opens and does not close (negative
/// when it closes more), and whether it holds a ，or ；. A unit list in
/// square brackets ([市体育局，各区、县（市）政府]) wraps like one in round
/// ones. Searched for by bytes: ，；（）［］ are EF BC 8C/9B/88/89/BB/BD.
fn brackets_and_commas(line: &str) -> (i64, bool) {
    let bytes = line.as_bytes();
    let (mut depth, mut comma) = (0, false);
    for i in memchr::memchr3_iter(b'(', b')', 0xEF, bytes) {
        match &bytes[i..] {
            [b'(', ..] | [0xEF, 0xBC, 0x88 | 0xBB, ..] => depth += 1,
            [b')', ..] | [0xEF, 0xBC, 0x89 | 0xBD, ..] => depth -= 1,
            [0xEF, 0xBC, 0x8C | 0x9B, ..] => comma = true,
            _ => {}
        }
    }
    for i in memchr::memchr2_iter(b'[', b']', bytes) {
        depth += if bytes[i] == b'[' { 1 } else { -1 };
    }
    (depth, comma)
}

/// Brackets a line opens and does not close.
fn bracket_balance(line: &str) -> i64 {
    brackets_and_commas(line).0
}

impl Open {
    fn add(&mut self, line: &str, indent: usize, full_width: bool) {
        self.wrapped = full_width;
        self.last_indent = indent;
        let (depth, comma) = brackets_and_commas(line);
        self.depth += depth;
        let bytes = line.as_bytes();
        self.prose = self.prose || comma || memchr::memchr2(b',', b';', bytes).is_some() || line.contains('。');
        self.ended = ends_sentence(line);
        self.dangling = line.ends_with(['，', ',', '、', '（', '(', '“', '《']);
    }

    /// Whether `line`, set in by `indent` columns, continues the paragraph
    /// (see the module docs); `gap` says blank lines or page furniture
    /// came between. In text wrapped at a page width whose paragraphs
    /// start set in, indentation speaks first: a paragraph's other lines
    /// start at the margin, so a line at the margin after a full line
    /// continues the paragraph whatever it starts with (a ③ pushed to the
    /// line start by wrapping is no marker), and a line set in starts a new
    /// one, unless it is set in further than a full line set in right
    /// before it (a hanging indent). Wrapped text without indentation (raw PDF extraction) has only
    /// sentences to go by: a blank line (unless one follows every line)
    /// ends a paragraph that ends a sentence or is no prose (a title, a
    /// history line), except that a full line, or one inside a bracket
    /// (a unit list cut by the page), goes on across a page break; a
    /// line that
    /// starts a clause after a sentence's end, or with text after its
    /// marker after a line of no prose that leaves nothing open (a heading
    /// as long as the line; a bare `(22)` there is a TOC entry's page),
    /// starts a new one, and a date
    /// or a document number alone on its line is one, as is a line that
    /// starts with a day after a line of no prose (the entries of a
    /// law's history, one per adoption or amendment). In any text, a
    /// marker at the margin that goes on from a list run inside the
    /// paragraph (包括：①高钾血症；②严重酸中毒； then ③ first on the next
    /// line) starts no new paragraph.
    fn continued_by(&self, line: &str, indent: usize, wrap: Wrap, gap: Gap, para: &str) -> bool {
        let Gap { gap, page_break } = gap;
        if line.starts_with(['。', '，', '、', '；', '：', '）', '」', '』', '”', '’', '！', '？', '》', '〉'])
        {
            return true;
        }
        // The line's marker, read once for the rules below.
        let marker = marker::marker(line, 0);
        let starts_clause_here = marker.is_some();
        if !(wrap.indented && indent >= 2) && marker.is_some_and(|m| continues_inline_list(para, &m)) {
            return true;
        }
        if wrap.wrapped {
            if wrap.indented && indent >= 2 {
                // A hanging indent: a full line set in (an item of a list),
                // then right under it a line set in further, is one item.
                let hanging = !gap && self.wrapped && !self.ended && self.last_indent >= 2 && indent > self.last_indent;
                return (self.depth > 0 || hanging) && !starts_clause_here;
            }
            // Blank lines after every line separate no paragraphs.
            let parted = gap && (page_break || !wrap.spaced);
            let starts_new = !wrap.indented
                && ((parted && (self.ended || !(self.prose || (page_break && (self.wrapped || self.depth > 0)))))
                    || (self.ended && starts_clause_here)
                    || (!(self.prose || self.dangling || self.depth > 0) && marker.is_some_and(|m| m.rest < line.len()))
                    || is_date_line(line)
                    || is_doc_number_line(line)
                    || (!self.prose && starts_with_day(line))
                    // A heading that ends as a whole title ends (…的通知):
                    // the addressees wrapped under it are not its rest; a
                    // 目录 entry's page in brackets (22) still is.
                    || (!self.prose && completes_title(para) && !line.starts_with(['(', '（']))
                    // A clause heading that ends in a bracketed note
                    // (三、…培育政策（由市经信局牵头实施）) is whole, though
                    // nearly as long as the line.
                    || (!self.prose && self.depth == 0 && para.trim_end().ends_with(['）', ')']) && starts_clause(para)));
            // After a full line that ends a sentence, a short line without
            // punctuation at the margin is a heading, not the rest; a
            // bracket it opens and does not close (a unit list wrapped
            // after its first names) makes it the rest.
            let heading = line.chars().count() <= MAX_WRAPPED_HEADING_CHARS
                && !line.contains(['，', '。', '；', '：', ',', ';', ':'])
                && bracket_balance(line) == 0;
            if starts_new {
                return false;
            }
            if (self.wrapped && !(self.ended && heading)) || self.dangling || self.depth > 0 {
                return true;
            }
        }
        // Whether the line starts something new matters only when the
        // paragraph asks for more: those tests (the costlier ones) last.
        let asks_for_more = self.dangling || self.depth > 0 || ((self.prose || self.wrapped) && !self.ended);
        asks_for_more && !(starts_clause_here || is_date_line(line) || is_doc_number_line(line))
    }
}

/// How a text is laid out, as far as joining lines goes.
#[derive(Debug, Clone, Copy)]
struct Wrap {
    /// Its lines are wrapped at a page width ([`page_width`]).
    wrapped: bool,
    /// Its paragraphs start set in ([`indents_paragraphs`]).
    indented: bool,
    /// A blank line follows nearly every line ([`spaces_every_line`]), so
    /// that blank lines say nothing of where paragraphs end.
    spaced: bool,
}

/// Share (in percent) of non-blank lines followed by a blank line from
/// which blank lines are read as spacing between lines rather than between
/// paragraphs (a web page that sets every line of a wrapped text as a
/// paragraph of its own).
const SPACED_LINES_PERCENT: usize = 90;

/// Whether a blank line follows nearly every line: see
/// [`SPACED_LINES_PERCENT`].
fn spaces_every_line(lines: &[Line]) -> bool {
    let nonblank = lines.iter().filter(|l| !l.content.is_empty()).count();
    let spaced = lines.windows(2).filter(|w| !w[0].content.is_empty() && w[1].content.is_empty()).count();
    nonblank > 0 && spaced * 100 >= nonblank * SPACED_LINES_PERCENT
}

/// What stands between the open paragraph and the next line.
#[derive(Debug, Clone, Copy)]
struct Gap {
    /// Blank lines or page furniture.
    gap: bool,
    /// Page furniture (a page number, a running head).
    page_break: bool,
}

/// Share (in percent) of non-blank lines set in by two columns or more
/// from which a text is read as starting its paragraphs set in. A text
/// laid out from a PDF sets in a paragraph's first line (a third of its
/// lines or more); a web or database text sets in next to none, and raw
/// extraction none at all.
const INDENTED_LINES_PERCENT: usize = 10;

/// Whether the paragraphs of a text start set in: see
/// [`INDENTED_LINES_PERCENT`].
fn indents_paragraphs(lines: &[Line]) -> bool {
    let nonblank = lines.iter().filter(|l| !l.content.is_empty()).count();
    let set_in = lines.iter().filter(|l| !l.content.is_empty() && l.indent >= 2).count();
    set_in * 100 >= nonblank * INDENTED_LINES_PERCENT && set_in > 0
}

/// Display columns of a line, from its bytes: a character of three or four
/// UTF-8 bytes (CJK, full-width forms) counts 2, others 1. Curly quotes
/// count 2 as well; the width only has to tell full lines from short ones.
fn display_width(line: &str) -> usize {
    // A continuation byte (10xxxxxx) adds nothing, a lead byte of three or
    // four bytes (111xxxxx) adds 2, any other byte 1: summed in bytes over
    // chunks short enough not to overflow one (every line is measured),
    // which the compiler turns into vector code.
    const CHUNK: usize = 127;
    let bytes = line.trim_end().as_bytes();
    bytes
        .chunks(CHUNK)
        .map(|chunk| {
            let share = |b: u8| u8::from(!(0x80..0xC0).contains(&b)) + u8::from(b >= 0xE0);
            usize::from(chunk.iter().fold(0u8, |sum, &b| sum.wrapping_add(share(b))))
        })
        .sum()
}

/// A line counts as wrapped when it reaches this share (in percent) of the
/// page width: the first line of a paragraph loses a few columns to its
/// indentation and to punctuation that would not fit.
const WRAP_PERCENT: usize = 85;

/// Lines narrower than this (in columns) say nothing of the page width:
/// headings, signatures, dates, page numbers.
const MIN_MEASURED_WIDTH: usize = 20;

/// Fewest lines of [`MIN_MEASURED_WIDTH`] from which a page width is
/// estimated; a shorter text is read as one paragraph per line.
const MIN_MEASURED_LINES: usize = 20;

/// A text is wrapped when its median measured line reaches this share (in
/// percent) of its 90th-percentile line: the lines of wrapped text end
/// near the page width, paragraph lengths of unwrapped text scatter.
const SETTLED_WIDTH_PERCENT: usize = 85;

/// Longest line (in characters) without punctuation that, after a full
/// line that ends a sentence, starts a heading instead of continuing the
/// paragraph in wrapped text: clause headings are short (`二、工作目标`).
const MAX_WRAPPED_HEADING_CHARS: usize = 30;

/// The page width of a text that is not wrapped: no line reaches it.
const NO_PAGE_WIDTH: usize = usize::MAX / 200;

/// The width lines are wrapped at, when a text is wrapped: the width that
/// 80% of its long lines reach. A text of one paragraph per line has no
/// such width (its paragraph lengths scatter), and gets one no line
/// reaches.
fn page_width(lines: &[Line]) -> usize {
    let mut widths: Vec<usize> = lines.iter().map(|l| l.width).filter(|&w| w >= MIN_MEASURED_WIDTH).collect();
    if widths.len() < MIN_MEASURED_LINES {
        return NO_PAGE_WIDTH;
    }
    widths.sort_unstable();
    let p90 = widths[widths.len() * 9 / 10];
    let p50 = widths[widths.len() / 2];
    // Wrapped text: half of its lines are within 15% of the wrap width.
    if p50 * 100 >= p90 * SETTLED_WIDTH_PERCENT { p90 } else { NO_PAGE_WIDTH }
}

fn is_layout_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

fn column_width(c: char) -> usize {
    match c {
        '\t' => 4,
        '\u{3000}' => 2,
        _ => 1,
    }
}

fn physical_kind(content: &str, indent: usize, line_no: usize) -> ParaKind {
    if (content.starts_with("<!--") && content.ends_with("-->")) || is_thematic_break(content) {
        return ParaKind::Comment;
    }
    if let Some(rest) = content.strip_prefix('#') {
        let level = 1 + rest.chars().take_while(|&c| c == '#').count();
        let after = rest.trim_start_matches('#');
        if level <= 6 && after.starts_with([' ', '\u{3000}']) {
            return ParaKind::Heading(level as u8);
        }
    }
    if crate::text::is_page_number_at(content, indent, line_no) || crate::text::is_web_furniture(content) {
        return ParaKind::PageNumber;
    }
    ParaKind::Text
}

/// Lines that run at the head or foot of printed pages: a running head
/// next to a page number (blank lines aside, see [`crate::text`]'s
/// furniture rule) that recurs next to page numbers, or that names a
/// gazette and its issue (上海市人民政府公报 2023·12). Returns their
/// indexes in `lines`.
fn running_lines(lines: &[Line]) -> std::collections::HashSet<usize> {
    // Indexes of the nonblank lines.
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&k| !lines[k].content.is_empty()).collect();
    let seen: Vec<(&str, bool)> =
        nonblank.iter().map(|&k| (lines[k].content, lines[k].kind == ParaKind::PageNumber)).collect();
    // A clause marker starts a paragraph of the text, never a head; a line
    // that closes a bracket it did not open (政局）, the end of a unit list
    // cut by the page) ends one.
    let candidates: Vec<(usize, usize)> = running_head_candidates(&seen)
        .into_iter()
        .filter(|&(i, _)| !starts_clause(seen[i].0) && bracket_balance(seen[i].0) >= 0)
        .collect();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &(i, beside) in &candidates {
        *counts.entry(seen[i].0).or_default() += beside;
    }
    candidates
        .into_iter()
        .filter(|&(i, _)| counts[seen[i].0] >= 2 || names_an_issue(seen[i].0))
        .map(|(i, _)| nonblank[i])
        .collect()
}

fn kind_text(content: &str, kind: ParaKind) -> String {
    match kind {
        ParaKind::Heading(_) => strip_layout_spaces(content.trim_start_matches('#')),
        _ => strip_layout_spaces(content),
    }
}

/// The text of a paragraph: its lines joined, layout spaces removed;
/// borrowed from `text` when that is a stretch of it.
fn para_text<'t>(text: &'t str, lines: &[Span]) -> Cow<'t, str> {
    if let [line] = lines {
        return stripped_layout_spaces(&text[line.start..line.end]);
    }
    // Lines parted in the source by a line break and spaces only: the
    // stretch of source from the first to the last reads as their join.
    let parted = |a: &Span, b: &Span| {
        let gap = &text[a.end..b.start];
        gap.contains(['\n', '\r']) && gap.chars().all(is_space)
    };
    if let (Some(first), Some(last)) = (lines.first(), lines.last())
        && lines.windows(2).all(|w| parted(&w[0], &w[1]))
    {
        return stripped_layout_spaces(&text[first.start..last.end]);
    }
    let mut joined = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            joined.push('\n');
        }
        joined.push_str(&text[l.start..l.end]);
    }
    Cow::Owned(strip_layout_spaces(&joined))
}

impl Para {
    /// The text with layout whitespace removed (lines joined, Markdown
    /// heading marks dropped): `source` is the text the paragraph was laid
    /// out from (or the same text with page furniture blanked out, which
    /// changes no paragraph's own text).
    ///
    /// ```
    /// use gongbao::layout::layout;
    /// let text = "一、总体要求\n\n加强统筹，推进\n落实。";
    /// let l = layout(text);
    /// assert_eq!(l.paras[0].text(text), "一、总体要求");
    /// assert_eq!(l.paras[1].text(text), "加强统筹，推进落实。");
    /// ```
    pub fn text<'a>(&'a self, source: &'a str) -> &'a str {
        match &self.own_text {
            Some(text) => text,
            None => self.span.slice(source).unwrap_or(""),
        }
    }

    /// Takes the paragraph's text out (for the leaf made of it), leaving it
    /// empty.
    pub(crate) fn take_text(&mut self, source: &str) -> String {
        match self.own_text.take() {
            Some(text) => text,
            None => self.span.slice(source).unwrap_or("").to_string(),
        }
    }

    /// The paragraph's text from byte `from` of the source on (the text
    /// after a clause marker), lines joined and layout spaces removed.
    pub fn text_from(&self, text: &str, from: usize) -> String {
        self.text_after(text, from).into_owned()
    }

    /// [`Para::text_from`], borrowed from `text` when the paragraph's text
    /// is the source's own slice ([`Para::text`]): then so is its end,
    /// unless that starts with a space (a space kept between Latin words,
    /// which the text would not start with).
    pub(crate) fn text_after<'t>(&self, text: &'t str, from: usize) -> Cow<'t, str> {
        if self.own_text.is_none()
            && let Some(all) = self.span.slice(text)
            && let Some(end) = all.get(from.saturating_sub(self.span.start).min(all.len())..)
            && !end.starts_with(is_space)
        {
            return Cow::Borrowed(end);
        }
        let lines: Vec<Span> = without_strong(text, &self.lines)
            .iter()
            .filter(|l| l.end > from)
            .map(|l| Span::new(l.start.max(from), l.end))
            .collect();
        para_text(text, &lines)
    }
}

/// Whether a line ends a sentence: 。！？；：… possibly followed by closing
/// quotes, or a closing bracket (a paragraph that ends with a bracketed
/// list or citation is complete far more often than broken there).
fn ends_sentence(s: &str) -> bool {
    let Some(last) = s.chars().next_back() else { return false };
    if matches!(last, ')' | '）' | ']' | '】' | '〕') {
        return true;
    }
    let trimmed = s.trim_end_matches(['”', '’', '"', '」', '』', '》']);
    trimmed.chars().next_back().is_some_and(|c| is_sentence_end(c) || matches!(c, '：' | ':' | '…'))
}

/// Longest day written out, in characters: 二〇二三年十二月三十一日 has 12.
const MAX_DAY_CHARS: usize = 16;

/// Whether a line starts with a day: 2021年10月28日 上海市…通过.
fn starts_with_day(line: &str) -> bool {
    let Some((end, _)) = line.char_indices().take(MAX_DAY_CHARS).find(|&(_, c)| c == '日') else { return false };
    is_date_line(&line[..end + '日'.len_utf8()])
}

/// Bytes at the end of a paragraph searched for the item before a marker
/// ([`continues_inline_list`]): a few lines of a list run inline.
const INLINE_LIST_BYTES: usize = 400;

/// Whether the marker that starts `line` (③) goes on from the item before
/// it (②) printed inside the paragraph `para` after another item (or
/// after a colon, when `para` ends with the separator of such items,
/// ；，): an enumeration run inline in a sentence, whose next item a line
/// break happened to put first on a line.
fn continues_inline_list(para: &str, m: &marker::Marker) -> bool {
    let Some(before) = m.number.and_then(|n| n.checked_sub(1)).filter(|&n| n > 0) else { return false };
    // Items run in a sentence end with ；or ，: a list of one item a line
    // (附件：1.… / 2.…) ends its first item, after the colon, with nothing.
    let ends_item = para.trim_end().ends_with(['；', ';', '，', ',']);
    let mut from = para.len().saturating_sub(INLINE_LIST_BYTES);
    while !para.is_char_boundary(from) {
        from += 1;
    }
    let tail = &para[from..];
    let bytes = tail.as_bytes();
    // The item before stands after another item (；②, or ⑤ after a space:
    // ①高血压 ②糖尿病), or after the list's colon when the paragraph ends
    // an item. It is looked for where a marker of its style may start
    // ([`marker::any_start_of`], far fewer places than separators), and
    // the separator read from the bytes before it (；，：are EF BC 9B/8C/9A,
    // 、 and U+3000 are E3 80 81/80): whether it separates items (else it
    // is a colon).
    let separated = |j: usize| -> Option<bool> {
        match bytes[..j] {
            [.., b';' | b',' | b' '] => Some(true),
            [.., b':'] => Some(false),
            [.., 0xEF, 0xBC, 0x9B | 0x8C] | [.., 0xE3, 0x80, 0x81 | 0x80] => Some(true),
            [.., 0xEF, 0xBC, 0x9A] => Some(false),
            _ => None,
        }
    };
    marker::any_start_of(m.style, tail, |j| {
        separated(j).is_some_and(|item| item || ends_item)
            && marker::marker(&tail[j..], 0).is_some_and(|p| p.style == m.style && p.number == Some(before))
    })
}

/// Whether a line starts a clause: the recognizer of [`marker::marker`].
fn starts_clause(line: &str) -> bool {
    marker::marker(line, 0).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `paragraphs` wrapped at `width` characters, without indentation or
    /// blank lines, as raw PDF extraction prints them.
    fn raw(paragraphs: &[&str], width: usize) -> String {
        let mut out = String::new();
        for p in paragraphs {
            let chars: Vec<char> = p.chars().collect();
            for line in chars.chunks(width) {
                out.extend(line);
                out.push('\n');
            }
        }
        out
    }

    #[test]
    fn display_width_counts_wide_characters_twice() {
        for line in [
            "",
            "a",
            "12345678",
            "上海市人民政府公报",
            "第一条　为了 规范 é 😀",
            "（一）2023年5月20日出版。 ",
            "😀😀😀😀😀😀😀😀éééééééé一二三四五六七八abcdefgh",
        ] {
            let want: usize = line.trim_end().chars().map(|c| if c.len_utf8() >= 3 { 2 } else { 1 }).sum();
            assert_eq!(display_width(line), want, "{line}");
        }
    }

    #[test]
    fn a_signature_flattened_onto_a_sentence_line_stands_apart() {
        let line = "现予公布,自2006年8月1日起施行。 部 长 李盛霖 二○○六年七月五日";
        let parts = flattened_signature(line).unwrap().map(|(a, b)| &line[a..b]);
        assert_eq!(parts, ["现予公布,自2006年8月1日起施行。", "部 长 李盛霖", "二○○六年七月五日"]);
        // Not a signature: a sentence after the last 。, no date at the end.
        assert_eq!(flattened_signature("通过。 现予公布, 2006年7月5日"), None);
        assert_eq!(flattened_signature("通过。 部长 李盛霖"), None);
        assert_eq!(flattened_signature("通过。部长 李盛霖 2006年7月5日"), None);
    }

    #[test]
    fn raw_extraction_is_joined_by_sentences_and_markers() {
        let body = "加快建设现代化产业体系，持续提升城市能级和核心竞争力，吸引更多海内外优质企业来沪投资，推动经济高质量发展。";
        // 48 characters: two full lines, the last of which ends a sentence.
        let full = "加快建设现代化产业体系，持续提升城市能级和核心竞争力，吸引更多海内外优质企业来沪投资，推动发展。";
        let mut paragraphs = vec!["一、总体要求"];
        for _ in 0..6 {
            paragraphs.extend(["（一）加强统筹。", body, full, "1.完善机制。", full, "2023年4月18日", body]);
        }
        let text = raw(&paragraphs, 24);
        let got: Vec<String> = layout(&text).paras.iter().map(|p| p.text(&text).to_string()).collect();
        // A full line that ends a sentence, then a marker or a date: a new
        // paragraph. A full line, then a line of text: the same one.
        let mut want: Vec<String> = Vec::new();
        for p in paragraphs {
            match want.last_mut() {
                Some(last) if last.ends_with(full) && !p.starts_with(['1', '2', '（']) => last.push_str(p),
                _ => want.push(p.to_string()),
            }
        }
        assert_eq!(got, want);
    }

    #[test]
    fn an_inline_list_goes_on_across_a_line_break() {
        let continues_inline_list =
            |para: &str, line: &str| marker::marker(line, 0).is_some_and(|m| continues_inline_list(para, &m));
        assert!(continues_inline_list("替代治疗的指征包括:①高钾血症；②严重酸\n中毒；", "③利尿剂无效的肺水肿。"));
        assert!(!continues_inline_list("② PaO2/FiO2＜80mmHg 超过 6 小时；", "③ 动脉血 pH＜7.25"));
        assert!(!continues_inline_list("指征包括:①高钾血症；", "③利尿剂无效的肺水肿。"));
        assert!(!continues_inline_list("附件：1.公民防疫基本行为准则", "2.新冠肺炎监测方案"));
        assert!(continues_inline_list("基础性疾病类型（可多选）：①高血压 ②糖尿病 ③脑血管病", "④冠心病"));
    }

    #[test]
    fn a_history_entry_starts_with_a_day() {
        assert!(starts_with_day("2021年10月28日 上海市第十五届人民代表大会常务委员会"));
        assert!(starts_with_day("二〇二一年十月二十八日通过"));
        assert!(!starts_with_day("2021年10月起施行") && !starts_with_day("第一条 为了规范"));
    }
}
