//! What a website or a database prints with a document besides its text:
//! the metadata box of a government web page (索引号, 主题分类, 发文机关,
//! 成文日期, 发文字号, 发布日期 …), the header lines of a database export
//! (【法宝引证码】CLI.2.326046, 原文链接：…, 发布部门：…, 时效性：…), the
//! title printed again above the document, and the site's furniture
//! (返回顶部, 扫一扫在手机打开当前页, 【打印】【关闭】).
//!
//! One rule reads every box: a line that starts with a known label
//! ([`metadata_field`]) followed by a colon (or a label in 【】) holds one
//! or more `label: value` pairs, separated by tabs, bars or spaces as the
//! page's table was flattened; a label with nothing after it takes the next
//! line as its value (the box saved one cell per line). The box ends at the
//! first line that is neither, and never swallows the document's title.
//!
//! At the head of a text, the document starts after its front matter: after
//! a box, or at the last print of a title printed more than once. What
//! stands before it is metadata (the box, the title's other prints, an
//! export's issuer line) or the site's furniture. The box gives the
//! document's number, date, title and issuer where its text does not.

use std::sync::LazyLock;

use regex::Regex;

use super::Segmenter;
use super::header::{Header, Start, own_number};
use crate::layout::classify::Class;
use crate::lexicon::{
    COLOPHON_LABELS, ColophonField, METADATA_LABELS, MetadataField, SITE_COUNTER_LABELS, ends_like_organ,
    metadata_field,
};
use crate::model::{Document, Field, Metadata, Role};
use crate::text::{
    CharSet, Span, genre, is_command_line, is_web_furniture, match_key, strip_layout_spaces, without_version_notes,
};

/// Paragraphs at the head of a text searched for the document's start: a
/// saved page's chrome (breadcrumbs, a title bar, 浏览量 and date lines)
/// and its metadata box, one cell per line, run to about thirty lines.
const MAX_FRONT_ITEMS: usize = 40;

/// Shortest title (in characters of its match key) whose print above the
/// document marks the lines before it as front matter: a short heading
/// (目录, 通知) repeats without meaning anything.
pub(super) const MIN_TITLE_KEY_CHARS: usize = 8;

/// Fewest fields of a box: one labelled line alone is a sentence of the
/// text as often as it is metadata.
const MIN_FIELDS: usize = 2;

/// Longest line that may hold metadata fields (in bytes): a row of a
/// flattened table holds two or three pairs; a paragraph is longer.
const MAX_FIELD_LINE_BYTES: usize = 400;

/// Longest line of an export naming the issuing organ between two prints
/// of the title (财政部 国家发展和改革委员会 工业和信息化部: 22 characters),
/// with room for several joint issuers.
const MAX_ISSUER_LINE_CHARS: usize = 60;

/// A label followed by a colon, or in 【】, with layout spaces between its
/// characters (索 引 号：, 标　　题：, 【法宝引证码】), perhaps in Markdown
/// bold (**发布日期**: , **发文字号：**).
static LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(&label_pattern()).expect("valid regex"));

/// [`LABEL`] at the start of a line only: no label starts with a separator
/// ([`is_separator`]), so a line whose first label starts after its
/// leading separators has one right there. The cheap test that turns
/// away the many lines without a label before [`LABEL`] reads them whole.
static LABEL_AT_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^(?:{})", label_pattern())).expect("valid regex"));

/// The pattern of [`LABEL`].
fn label_pattern() -> String {
    let mut labels = label_words();
    labels.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    let spaced: Vec<String> = labels
        .iter()
        .map(|l| l.chars().map(|c| regex::escape(&c.to_string())).collect::<Vec<_>>().join(r"[ \u{3000}]*"))
        .collect();
    let alt = spaced.join("|");
    // A Markdown page bolds its labels: **发文字号**: or **发文字号：**.
    format!(
        r"【[ \u{{3000}}]*(?:{alt})[ \u{{3000}}]*】|(?:\*\*)?(?:{alt})[ \u{{3000}}]*(?:\*\*)?[ \u{{3000}}]*[:：](?:\*\*)?"
    )
}

/// The words [`LABEL`] reads as labels.
fn label_words() -> Vec<&'static str> {
    let mut labels: Vec<&str> = METADATA_LABELS.iter().map(|&(l, _)| l).collect();
    labels.extend(SITE_COUNTER_LABELS);
    labels.extend(COLOPHON_LABELS.iter().filter(|&&(_, f)| f == ColophonField::Website).map(|&(l, _)| l));
    labels
}

/// The characters a line that [`LABEL_AT_START`] matches opens with: a
/// label's first character, 【, or the `*` of a bold label. The test in
/// front of the regex, which most paragraphs do not pass.
static LABEL_STARTS: LazyLock<CharSet> = LazyLock::new(|| {
    let mut set = CharSet::EMPTY.with('【').with('*');
    for c in label_words().iter().filter_map(|l| l.chars().next()) {
        set.insert(c);
    }
    set
});

/// Characters that separate cells of a flattened table, and bullets that
/// start a list item of a box (• 索引号:).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '｜' | '•' | '·' | '●' | '▪' | '◆' | '\u{FEFF}')
}

/// One `label: value` pair of a line: byte ranges into the line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pair {
    /// The label, layout spaces and brackets removed.
    label: String,
    /// Where the pair starts (its label).
    start: usize,
    /// The value, separators trimmed (empty when the value is on the next
    /// line).
    value: (usize, usize),
}

/// A line without the bullet of a Markdown list item (`- 索引号:…`: a box
/// saved as a list), or the line itself.
fn list_item(line: &str) -> &str {
    let t = line.trim_start_matches(is_separator);
    t.strip_prefix(['-', '*', '+']).filter(|rest| rest.starts_with(is_separator)).unwrap_or(line)
}

/// Whether a line is an item of a Markdown list ([`list_item`]).
fn is_list_item(line: &str) -> bool {
    list_item(line).len() != line.len()
}

/// The `label: value` pairs of a line that starts with a metadata label.
fn pairs(line: &str) -> Option<Vec<Pair>> {
    if line.len() > MAX_FIELD_LINE_BYTES {
        return None;
    }
    let lead = line.len() - list_item(line).trim_start_matches(is_separator).len();
    if !line[lead..].chars().next().is_some_and(|c| LABEL_STARTS.contains(c)) || !LABEL_AT_START.is_match(&line[lead..])
    {
        return None;
    }
    let found: Vec<regex::Match> = LABEL.find_iter(line).collect();
    if found.first()?.start() != lead {
        return None;
    }
    let mut out: Vec<Pair> = Vec::new();
    let mut kept: Vec<&regex::Match> = Vec::new();
    for m in &found {
        // A later label starts a new cell: after a separator, right after
        // the label before it (an empty cell), or right after a date or a
        // count, which a label's Han characters cannot continue
        // (发布日期:2023-03-21访问次数:); never inside a value.
        let before = line[..m.start()].chars().next_back();
        let after_separator = before.is_none_or(|c| is_separator(c) || c == '】');
        let after_number = before.is_some_and(|c| c.is_ascii_digit());
        let after_label = kept.last().is_some_and(|k| k.end() == m.start());
        if kept.is_empty() || after_separator || after_number || after_label {
            kept.push(m);
        }
    }
    for (n, m) in kept.iter().enumerate() {
        let value_end = kept.get(n + 1).map_or(line.len(), |next| next.start());
        let raw = &line[m.end()..value_end];
        let a = m.end() + (raw.len() - raw.trim_start_matches(is_separator).len());
        let b = m.end() + raw.trim_end_matches(is_separator).len();
        let label: String = crate::text::stripped_layout_spaces(m.as_str())
            .chars()
            .filter(|c| !matches!(c, '【' | '】' | ':' | '：' | '*') && !c.is_whitespace())
            .collect();
        out.push(Pair { label, start: m.start(), value: (a, b.max(a)) });
    }
    Some(out)
}

/// What the front of a text holds before its first document.
pub(super) struct Front {
    /// The document's header.
    pub(super) header: Header,
    /// The box or export header, read.
    pub(super) metadata: Option<Metadata>,
    /// Paragraphs printed with the document that are not its text: the
    /// box's lines, the title's other prints, an export's issuer line.
    pub(super) items: Vec<usize>,
    /// The site's furniture before the document.
    pub(super) furniture: Vec<usize>,
}

/// A box being read: its fields, and a label waiting for its value.
#[derive(Default)]
struct BoxReader {
    fields: Vec<Field>,
    pending: Option<(String, Span)>,
}

impl BoxReader {
    fn close_pending(&mut self) {
        if let Some((label, span)) = self.pending.take() {
            self.fields.push(Field { label, value: String::new(), span });
        }
    }
}

impl Segmenter<'_, '_> {
    /// The metadata box that starts at paragraph `i`, and the paragraph
    /// after it. `titles` are match keys of lines the box must not take
    /// as a value: the document's title printed above the box.
    pub(super) fn metadata_at(&self, i: usize, end: usize, titles: &[String]) -> Option<(Metadata, usize)> {
        // The lines of the paragraphs from `i`, each with its paragraph.
        let lines: Vec<(usize, Span)> = (i..end.min(i + MAX_FRONT_ITEMS))
            .flat_map(|j| self.items[j].para.lines.iter().map(move |&l| (j, l)))
            .collect();
        let mut titles = titles.to_vec();
        let mut r = BoxReader::default();
        let mut box_end = i;
        // Fields read before the paragraph being read, and its pending label.
        let mut before = (0, None);
        for (n, &(j, line)) in lines.iter().enumerate() {
            if n == 0 || lines[n - 1].0 != j {
                box_end = j;
                before = (r.fields.len(), r.pending.clone());
            }
            let src = &self.text[line.start..line.end];
            if let Some(found) = pairs(src) {
                r.close_pending();
                let last = found.len() - 1;
                for (k, p) in found.into_iter().enumerate() {
                    let value = &src[p.value.0..p.value.1];
                    let span = Span::new(line.start + p.start, line.start + p.value.1.max(p.start));
                    if k == last && value.is_empty() {
                        r.pending = Some((p.label, span));
                    } else {
                        if metadata_field(&p.label) == Some(MetadataField::Title) {
                            titles.push(match_key(value));
                        }
                        r.fields.push(Field { label: p.label, value: value.to_string(), span });
                    }
                }
                box_end = j + 1;
                continue;
            }
            let value = src.trim_matches(is_separator);
            let next = lines.get(n + 1).map_or("", |&(_, l)| &self.text[l.start..l.end]);
            // A visit counter's value is a count: a saved page that lost it
            // goes on with its text (浏览次数: / 各县人民政府,…:).
            let counter_without_count = r.pending.as_ref().is_some_and(|(label, _)| {
                SITE_COUNTER_LABELS.contains(&label.as_str()) && !value.chars().all(|c| c.is_ascii_digit())
            });
            if r.pending.is_some() && !value.is_empty() && !counter_without_count && !prints_title(value, next, &titles)
            {
                if let Some((label, span)) = r.pending.take() {
                    let a = line.start + (src.len() - src.trim_start_matches(is_separator).len());
                    let span = span.join(Span::new(a, a + value.len()));
                    if metadata_field(&label) == Some(MetadataField::Title) {
                        titles.push(match_key(value));
                    }
                    r.fields.push(Field { label, value: value.to_string(), span });
                }
                box_end = j + 1;
                continue;
            }
            // A line that layout joined to the line above, or one the box
            // goes on after, continues the value that the line above ended
            // with: a long cell wrapped (raw PDF text, a narrow saved page).
            let joined = n > 0 && lines[n - 1].0 == j;
            // An item of a box saved as a Markdown list is a cell of its own.
            let wrapped = (joined || pairs(next).is_some()) && r.pending.is_none() && !is_list_item(src);
            if wrapped
                && !value.is_empty()
                && !prints_title(value, next, &titles)
                && let Some(last) = r.fields.last_mut()
            {
                let a = line.start + (src.len() - src.trim_start_matches(is_separator).len());
                if metadata_field(&last.label) == Some(MetadataField::Title) {
                    titles.retain(|t| *t != match_key(&last.value));
                    titles.push(match_key(&format!("{}{value}", last.value)));
                }
                last.value.push_str(value);
                last.span = last.span.join(Span::new(a, a + value.len()));
                box_end = j + 1;
                continue;
            }
            // The box ends here; a paragraph it ends inside is not part of
            // it.
            r.fields.truncate(before.0);
            r.pending = before.1;
            break;
        }
        r.close_pending();
        (r.fields.len() >= MIN_FIELDS).then(|| (read_fields(r.fields), box_end))
    }

    /// Whether a metadata box starts at paragraph `j`.
    pub(super) fn box_at(&self, j: usize, end: usize) -> bool {
        // Every box starts with a label: most paragraphs are turned away
        // by their first line without reading further.
        self.starts_with_label(j) && self.metadata_at(j, end, &[]).is_some()
    }

    /// Whether the first line of paragraph `j` holds `label: value` pairs.
    fn starts_with_label(&self, j: usize) -> bool {
        self.items[j].para.lines.first().is_some_and(|l| pairs(&self.text[l.start..l.end]).is_some())
    }

    /// The front matter at the head of the text, when there is any: a
    /// metadata box, or a title printed more than once, before the first
    /// document's header.
    pub(super) fn front_matter(&self, i: usize, end: usize) -> Option<Front> {
        let window = end.min(i + MAX_FRONT_ITEMS);
        let heading_keys = |to: usize| {
            (i..to).filter(|&k| matches!(self.class(k), Class::Heading)).map(|k| match_key(self.text_of(k)))
        };
        let boxed = (i..window).filter(|&b| self.starts_with_label(b)).find_map(|b| {
            let titles: Vec<String> = heading_keys(b).collect();
            self.metadata_at(b, end, &titles).map(|(m, e)| (b, m, e))
        });
        let (header, metadata, box_items, printed_key) = match boxed {
            Some((b, m, e)) => {
                let mut header = self
                    .header_at(e, end)
                    .or_else(|| self.title_start(e, end))
                    .or_else(|| self.title_above(i, b, e, end))
                    .unwrap_or_else(|| {
                        // An export that prints no title: the 主送机关 may
                        // open its text right under the box.
                        let addressees = self.addressees_at(e, end);
                        Header {
                            start: Start::Title,
                            masthead: None,
                            titles: vec![],
                            date: None,
                            numbers: vec![],
                            end: e + usize::from(addressees.is_some()),
                            addressees,
                        }
                    });
                let mut items: Vec<usize> = (b..e).collect();
                let mut m = m;
                self.byline_under_title(&mut header, &mut m, &mut items, end);
                let key = self.title_key(&header.titles);
                (header, Some(m), items, key)
            }
            None => {
                // No box: the document starts at the last print of its
                // title, where a header starts or a run of title lines
                // repeats a line printed above; the print above proves the
                // lines before it front matter.
                let (j, header) = (i..window).find_map(|j| {
                    self.header_at(j, end)
                        .filter(|h| h.start == Start::Header)
                        .or_else(|| self.repeated_title_at(i, j, end))
                        .map(|h| (j, h))
                })?;
                let printed_above = |t: usize| {
                    let key = match_key(self.text_of(t));
                    key.chars().count() >= MIN_TITLE_KEY_CHARS
                        && (i..j).any(|k| match_key(self.text_of(k)).contains(&key))
                };
                // A history note between the prints is the document's own
                // (a law printed with its title, its history, then its
                // title again): the first print starts the document.
                let history_between = (i..j).any(|k| matches!(self.class(k), Class::History | Class::Date(_)));
                if j == i || history_between || !header.titles.iter().any(|&t| printed_above(t)) {
                    return None;
                }
                let key = self.title_key(&header.titles);
                (self.decree_under_titles(header, end), None, Vec::new(), key)
            }
        };
        let addressed = header.addressees.as_ref().map(|&(k, _)| k);
        let start = header.titles.iter().chain(&header.numbers).copied().chain(addressed).min().unwrap_or(header.end);
        let key = printed_key;
        let mut items = box_items.clone();
        let mut furniture = Vec::new();
        for k in (i..start).filter(|k| !box_items.contains(k)) {
            let t = self.text_of(k);
            let copy = !key.is_empty() && match_key(t).contains(&key);
            let issuer = is_issuer_line(t) && matches!(self.class(k), Class::Heading) && !is_site_furniture(t);
            if copy || issuer {
                items.push(k);
            } else {
                furniture.push(k);
            }
        }
        items.sort_unstable();
        Some(Front { header, metadata, items, furniture })
    }

    /// A run of title lines at `j` that prints again a title printed on
    /// one line above it (a page's title bar, then the document's own
    /// title, perhaps with the organ's name as its first line).
    fn repeated_title_at(&self, i: usize, j: usize, end: usize) -> Option<Header> {
        let mut k = j;
        while k < end && k - j < super::header::MAX_TITLE_LINES && matches!(self.class(k), Class::Heading) {
            k += 1;
        }
        // An export prints the issuer under each print of the title (…管理办法
        // / 宁夏回族自治区政府): a last line that only names organs is no part
        // of the title, and a run of it alone is no title.
        let title_end = if k > j && is_issuer_line(self.text_of(k - 1)) { k - 1 } else { k };
        let title = (j..title_end).map(|t| self.text_of(t)).collect::<String>();
        let key = match_key(&title);
        // The print above may carry a version note (…的通知(2019修订)).
        let bare = |t: &str| without_version_notes(t).map(match_key);
        let above = key.chars().count() >= MIN_TITLE_KEY_CHARS
            && (i..j).any(|a| {
                matches!(self.class(a), Class::Heading)
                    && (match_key(self.text_of(a)) == key || bare(self.text_of(a)) == bare(&title))
            });
        // A page that prints no number names the addressees right under
        // the title's last print.
        let addressees = self.addressees_at(k, end);
        let header_end = k + usize::from(addressees.is_some());
        above.then(|| Header {
            start: Start::Title,
            masthead: None,
            titles: (j..k).collect(),
            date: None,
            numbers: vec![],
            addressees,
            end: header_end,
        })
    }

    /// A page's byline between the title printed under its box and the
    /// addressees (阿里 page: the box, the title, 发布时间:… 浏览次数:, then
    /// 各县人民政府,…:): its lines are the box's too, and the addressees the
    /// header's.
    fn byline_under_title(&self, header: &mut Header, m: &mut Metadata, items: &mut Vec<usize>, end: usize) {
        let k = header.end;
        if header.addressees.is_some() || header.titles.is_empty() || k >= end || !self.starts_with_label(k) {
            return;
        }
        if let Some((byline, after)) = self.metadata_at(k, end, &[])
            && let Some(addressees) = self.addressees_at(after, end)
        {
            items.extend(k..after);
            m.span = m.span.join(byline.span);
            m.fields.extend(byline.fields);
            header.addressees = Some(addressees);
            header.end = after + 1;
        }
    }

    /// An export prints a decree under the regulation's title and issuer:
    /// the decree starts at its number (东莞市人民政府令第123号), and the
    /// lines above are the export's.
    fn decree_under_titles(&self, header: Header, end: usize) -> Header {
        match header.numbers.as_slice() {
            [n] if header.start == Start::Header && self.is_decree_number(*n) => {
                self.header_at(*n, end).filter(|d| d.start == Start::Decree).unwrap_or(header)
            }
            _ => header,
        }
    }

    /// Title lines right above a box whose text follows the box (an export
    /// that prints the title, then its header lines, then the text).
    /// The number and addressees under the box are the header's (a crawler's
    /// Markdown: `# title`, a bold-labelled box, then 沪科〔2025〕5号 and the
    /// addressees).
    fn title_above(&self, i: usize, b: usize, e: usize, e_end: usize) -> Option<Header> {
        let mut k = b;
        while k > i && b - k < super::header::MAX_TITLE_LINES && matches!(self.class(k - 1), Class::Heading) {
            k -= 1;
        }
        let (date, numbers, mut addressees, mut end) = self.header_tail(e, e_end);
        // A page that prints no number names the addressees right under the
        // box, when the title above it ends in its 文种 (东阳 page: title,
        // 发布日期: … 信息来源: …, then 各镇、乡人民政府,…:).
        let title: String = (k..b).map(|t| self.text_of(t)).collect();
        if addressees.is_none() && end == e && genre(&title).is_some() {
            addressees = self.addressees_at(e, e_end);
            end = e + usize::from(addressees.is_some());
        }
        (k < b).then(|| Header {
            start: Start::Title,
            masthead: None,
            titles: (k..b).collect(),
            date,
            numbers,
            addressees,
            end,
        })
    }

    /// The match key of a title printed over `titles`, its other prints
    /// above it left out.
    fn title_key(&self, titles: &[usize]) -> String {
        let (_, own) = self.title_copies(titles);
        match_key(&own.iter().map(|&t| self.text_of(t)).collect::<String>())
    }

    /// Splits title lines into the title's other prints (and the issuer
    /// line an export prints with it) and the title itself: the last lines
    /// of the run whose text an earlier line or run of lines repeats; and a
    /// last line that only names organs (the issuer under the title, as
    /// exports print it: a title ends with its 文种, never with an organ).
    /// A run without either is all title.
    pub(super) fn title_copies(&self, titles: &[usize]) -> (Vec<usize>, Vec<usize>) {
        let key_of = |run: &[usize]| match_key(&run.iter().map(|&t| self.text_of(t)).collect::<String>());
        let mut run = titles;
        let mut others = Vec::new();
        if let [head @ .., last] = run
            && !head.is_empty()
            && is_issuer_line(self.text_of(*last))
        {
            others.push(*last);
            run = head;
        }
        for s in (1..run.len()).rev() {
            let own = key_of(&run[s..]);
            // A page's title bar may print the title with its number
            // (…的通知 拱政办发〔2018〕42号): a print that holds the title.
            let long = own.chars().count() >= MIN_TITLE_KEY_CHARS;
            let repeated = (0..s)
                .any(|a| (a + 1..=s).any(|b| key_of(&run[a..b]) == own || (long && key_of(&run[a..b]).contains(&own))));
            if !own.is_empty() && repeated {
                others.extend_from_slice(&run[..s]);
                others.sort_unstable();
                return (others, run[s..].to_vec());
            }
        }
        (others, run.to_vec())
    }

    /// Where the site's furniture at the end of `items[start..end]` starts.
    pub(super) fn furniture_start(&self, start: usize, end: usize) -> usize {
        let mut j = end;
        while j > start && is_site_furniture(self.text_of(j - 1)) {
            j -= 1;
        }
        j
    }

    /// Adds what the front matter says to the document built after it: its
    /// lines as metadata blocks, the metadata, and the number, date, title
    /// and issuer the document's text does not give.
    pub(super) fn apply_front(&mut self, doc: &mut Document, front: Front) {
        for &k in &front.items {
            self.push(doc, k, Role::Metadata);
        }
        let organ_line = front
            .items
            .iter()
            .map(|&k| self.text_of(k))
            .find(|t| is_issuer_line(t) && !front.header.titles.iter().any(|&h| self.text_of(h) == *t));
        let mut issuer = organ_line.map(str::to_string);
        if let Some(m) = &front.metadata {
            issuer = m.issuer.clone().or(issuer);
            if doc.doc_number.is_none() {
                doc.doc_number = m.doc_number.clone();
            }
            if doc.date.is_none() {
                let written_label = m.fields.iter().any(|f| metadata_field(&f.label) == Some(MetadataField::Written));
                doc.date = if written_label { m.written } else { m.published };
            }
            if doc.title.is_empty()
                && let Some(t) = &m.title
            {
                doc.title = t.clone();
                doc.genre = genre(&doc.title);
                if doc.kind == crate::model::DocKind::Other {
                    doc.kind = super::kind_of(doc);
                }
            }
        }
        if doc.issuer.is_none() {
            doc.issuer = issuer;
        }
        doc.metadata = front.metadata;
        doc.blocks.sort_by_key(|b| b.span.start);
    }
}

/// Whether a line (with the line after it) prints one of the titles
/// (match keys): the whole title, or its first line continued by the next.
/// A box never takes the document's title as the value of an empty field.
fn prints_title(line: &str, next: &str, titles: &[String]) -> bool {
    let key = match_key(line);
    let more = match_key(&format!("{line}{next}"));
    titles.iter().any(|t| !t.is_empty() && (*t == key || (t.starts_with(&more) && more.len() > key.len())))
}

/// Reads the typed fields of a box from its fields as printed.
fn read_fields(fields: Vec<Field>) -> Metadata {
    let mut m = Metadata::default();
    let day = |v: &str| match crate::date::parse(v) {
        Ok(crate::date::DateValue::Day(d)) => Some(d),
        _ => None,
    };
    let text = |v: &str| (!v.is_empty()).then(|| v.to_string());
    for f in &fields {
        let v = f.value.as_str();
        match metadata_field(&f.label) {
            Some(MetadataField::IndexNumber) => m.index_number = m.index_number.take().or_else(|| text(v)),
            // A county site may fill 发文机构 with itself (县政府网站): a
            // website issues nothing.
            Some(MetadataField::Issuer) if !is_website(v) => m.issuer = m.issuer.take().or_else(|| text(v)),
            Some(MetadataField::Written) => m.written = m.written.or_else(|| day(v)),
            Some(MetadataField::DocNumber) => m.doc_number = m.doc_number.take().or_else(|| own_number(v)),
            Some(MetadataField::Published) => m.published = m.published.or_else(|| day(v)),
            Some(MetadataField::Effective) => m.effective = m.effective.or_else(|| day(v)),
            Some(MetadataField::Title) => m.title = m.title.take().or_else(|| text(&strip_layout_spaces(v))),
            Some(MetadataField::Status) => m.status = m.status.take().or_else(|| text(v)),
            Some(MetadataField::Level) => m.level = m.level.take().or_else(|| text(v)),
            Some(MetadataField::CitationCode) => m.citation_code = m.citation_code.take().or_else(|| text(v)),
            Some(MetadataField::Source) => m.source = m.source.take().or_else(|| text(v)),
            _ => {}
        }
    }
    m.span = fields.iter().map(|f| f.span).reduce(Span::join).unwrap_or_default();
    m.fields = fields;
    m
}

/// A line naming the organ that issues a document, as an export prints it
/// between two prints of the title: organ names alone, joint issuers
/// separated by spaces.
pub(super) fn is_issuer_line(t: &str) -> bool {
    t.chars().count() <= MAX_ISSUER_LINE_CHARS
        && !t.contains(['，', '。', '：', ':', '《'])
        && t.split(|c: char| c.is_whitespace() || c == '、')
            .filter(|w| !w.is_empty())
            .all(|w| ends_like_organ(w) && !is_website(w))
}

/// Whether a name is a website's (县政府网站, 中国政府网站): 站 ends the
/// names of organs (工作站), but a website issues nothing.
fn is_website(name: &str) -> bool {
    name.ends_with("网站")
}

/// Whether a paragraph is the site's furniture: what the text layer knows
/// as web furniture anywhere ([`is_web_furniture`]), or a line of the
/// site's commands alone, which counts only around a saved page's document
/// ([`is_command_line`]).
pub(super) fn is_site_furniture(t: &str) -> bool {
    is_web_furniture(t) || is_command_line(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn labels_and_values(line: &str) -> Vec<(String, String)> {
        pairs(line).unwrap_or_default().into_iter().map(|p| (p.label, line[p.value.0..p.value.1].to_string())).collect()
    }

    fn owned(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|&(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn a_row_of_a_flattened_box_holds_several_pairs() {
        // gov.cn, copied from the browser: cells separated by tabs.
        assert_eq!(
            labels_and_values("索 引 号：\t000014349/2004-00206\t主题分类：\t卫生、体育\\体育"),
            owned(&[("索引号", "000014349/2004-00206"), ("主题分类", "卫生、体育\\体育")])
        );
        // 铜川市人民政府: a table flattened with bars, half-width colons.
        assert_eq!(
            labels_and_values("发文机构: | 铜川市人民政府办公室 | 发文文号: | 铜政发〔2020〕33号 |"),
            owned(&[("发文机构", "铜川市人民政府办公室"), ("发文文号", "铜政发〔2020〕33号")])
        );
        assert_eq!(labels_and_values("标　　题："), owned(&[("标题", "")]));
        assert_eq!(labels_and_values("  • 发文日期:"), owned(&[("发文日期", "")]));
        assert_eq!(labels_and_values("【法宝引证码】CLI.2.326046"), owned(&[("法宝引证码", "CLI.2.326046")]));
    }

    #[test]
    fn a_sentence_or_a_label_inside_a_value_is_no_pair() {
        assert_eq!(pairs("作者:法律资料网 时间:2024-07-20 06:05:20  浏览:8014   来源:法律资料网"), None);
        assert_eq!(pairs("本办法自发布之日起施行。"), None);
        // A time in a value is no label.
        assert_eq!(labels_and_values("发文日期: 2024年04月06日 16:40"), owned(&[("发文日期", "2024年04月06日 16:40")]));
    }

    #[test]
    fn site_furniture_is_buttons_alone() {
        assert!(is_site_furniture("扫一扫在手机打开当前页"));
        assert!(is_site_furniture("【打印】【关闭】"));
        assert!(is_site_furniture("下载地址: 点击此处下载"));
        assert!(!is_site_furniture("国务院办公厅"));
        assert!(!is_site_furniture("关闭小煤矿"));
    }

    #[test]
    fn an_export_names_its_issuers_between_title_prints() {
        assert!(is_issuer_line("山东省威海市人民政府办公室"));
        assert!(is_issuer_line("财政部 国家发展和改革委员会 工业和信息化部"));
        assert!(!is_issuer_line("威海市低收入家庭经济状况核对办法"));
    }
}
