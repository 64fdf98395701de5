//! The header of a document: where it starts and what stands above its
//! body (title lines, 成文日期, 发文字号, 主送机关, a 发文机关标志), and
//! the own text of a decree (its promulgating paragraph, signature and date).

use chrono::NaiveDate;

use super::{Segmenter, span_text};
use crate::docnum::{self, DocNumber};
use crate::layout::classify::Class;
use crate::model::{Document, Role};
use crate::text::{fold, match_key};

/// Longest run of title lines before a document number or date.
pub(super) const MAX_TITLE_LINES: usize = 4;

/// Longest run of title lines with neither number nor date after them (at
/// the head of a one-document text, a title the 目录 lists, or above a
/// history note): without a number to close the run, more headings are the
/// body's own.
const MAX_BARE_TITLE_LINES: usize = 2;

/// Lines of a 发文机关标志: one per joint issuer, and 文件 on a line of its
/// own at most.
pub(super) const MAX_MASTHEAD_LINES: usize = 4;

/// Lines a decree's own text may run before its date.
const MAX_DECREE_LINES: usize = 8;

/// The parts of a header after its title: date, numbers, addressees, end.
pub(super) type TailParts = (Option<(usize, NaiveDate)>, Vec<usize>, Option<(usize, Vec<String>)>, usize);

/// How a document was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Start {
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

/// What a header holds: indexes into the segmenter's items.
#[derive(Debug, Clone)]
pub(super) struct Header {
    /// How the document was recognised.
    pub(super) start: Start,
    /// A 发文机关标志 above the number (湖南省人民政府办公厅文件): its first
    /// line; its lines run to the number.
    pub(super) masthead: Option<usize>,
    /// The title lines.
    pub(super) titles: Vec<usize>,
    /// The 成文日期 printed in the header, and its day.
    pub(super) date: Option<(usize, NaiveDate)>,
    /// The 发文字号 (a decree's masthead and serial: two lines).
    pub(super) numbers: Vec<usize>,
    /// The 主送机关 line and its parts.
    pub(super) addressees: Option<(usize, Vec<String>)>,
    /// Where the header ends.
    pub(super) end: usize,
}

impl Header {
    /// A header of title lines alone (and the addressees under them), no
    /// masthead, number or date.
    fn bare(titles: Vec<usize>, addressees: Option<(usize, Vec<String>)>, end: usize) -> Header {
        Header { start: Start::Title, masthead: None, titles, date: None, numbers: vec![], addressees, end }
    }
}

impl Segmenter<'_, '_> {
    /// The header that starts a document at `i`, if one does.
    pub(super) fn header_at(&self, i: usize, end: usize) -> Option<Header> {
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
            let (date, numbers, addressees, end) = self.header_tail(i + 1, end);
            return Some(Header {
                masthead: None,
                start: Start::Title,
                titles: vec![i],
                date,
                numbers,
                addressees,
                end,
            });
        }
        if let Some(h) = self.standard_header(i, end) {
            return Some(h);
        }
        let mut k = i;
        let mut titles = Vec::new();
        // A bracketed number reads as a heading (balanced brackets, no
        // sentence punctuation) but ends the title.
        while k < end
            && titles.len() < MAX_TITLE_LINES
            && matches!(self.class(k), Class::Heading)
            && !self.is_bracketed_number(k)
        {
            titles.push(k);
            k += 1;
        }
        if titles.is_empty() || k >= end {
            return None;
        }
        // A rule republished or promulgated with its history note under
        // the title: 道路运输车辆技术管理规定 / （2022年8月22日…发布…）.
        if matches!(self.class(k), Class::History) && titles.len() <= MAX_BARE_TITLE_LINES {
            return Some(Header::bare(titles, None, k));
        }
        // A notice printed without number or date names its addressees
        // right under a title that ends in its 文种 (a news page quotes it
        // after a lead of its own).
        if let Class::Addressees(parts) = self.class(k)
            && titles.len() <= MAX_BARE_TITLE_LINES
            && crate::text::genre(&titles.iter().map(|&t| self.text_of(t)).collect::<String>()).is_some()
        {
            return Some(Header::bare(titles, Some((k, parts.clone())), k + 1));
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
            _ if matches!(self.class(k), Class::DocNumber) || self.is_bracketed_number(k) => {
                numbers = self.number_lines(k, end);
                k += numbers.len();
                if k < end
                    && let Class::Date(d) = self.class(k)
                    && bracketed(k)
                {
                    date = Some((k, *d));
                    k += 1;
                }
            }
            _ => return None,
        }
        let addressees = self.addressees_at(k, end);
        k += usize::from(addressees.is_some());
        Some(Header { masthead: None, start: Start::Header, titles, date, numbers, addressees, end: k })
    }

    /// The 主送机关 line at `k` (before `end`), with its parts.
    pub(super) fn addressees_at(&self, k: usize, end: usize) -> Option<(usize, Vec<String>)> {
        match (k < end).then(|| self.class(k)) {
            Some(Class::Addressees(parts)) => Some((k, parts.clone())),
            _ => None,
        }
    }

    /// The number line at `k` and its reprints right under it: a page may
    /// print the 发文字号 twice (0798ci: 京政办发〔2016〕26号 on two lines).
    fn number_lines(&self, k: usize, end: usize) -> Vec<usize> {
        let key = match_key(self.text_of(k));
        let reprints = (k + 1..end)
            .take_while(|&j| matches!(self.class(j), Class::DocNumber) && match_key(self.text_of(j)) == key)
            .count();
        (k..=k + reprints).collect()
    }

    /// What may follow a title printed apart from the rest of its header
    /// (a Markdown `# title`, or a title above a page's metadata box): the
    /// 发文字号 on its own line, a bracketed 成文日期, the 主送机关. Returns
    /// them and where they end (`k` when there are none).
    pub(super) fn header_tail(&self, mut k: usize, end: usize) -> TailParts {
        let mut date = None;
        let mut numbers = Vec::new();
        if k < end && matches!(self.class(k), Class::DocNumber) && !self.is_decree_number(k) {
            numbers = self.number_lines(k, end);
            k += numbers.len();
            if k < end
                && let Class::Date(d) = self.class(k)
                && self.text_of(k).starts_with(['(', '（'])
            {
                date = Some((k, *d));
                k += 1;
            }
        }
        let addressees = if numbers.is_empty() { None } else { self.addressees_at(k, end) };
        k += usize::from(addressees.is_some());
        (date, numbers, addressees, k)
    }

    /// The layout of GB/T 9704 (§7.2–7.3): an optional 发文机关标志
    /// (湖南省人民政府办公厅文件), the 发文字号, then the title lines and the
    /// 主送机关. The addressees are required: they tell a title from a
    /// paragraph that happens to follow a number.
    pub(super) fn standard_header(&self, i: usize, end: usize) -> Option<Header> {
        // Joint issuers print their names one under the other, the last
        // (or a line of its own) followed by 文件: 发展改革委办公厅 /
        // 税务总局办公厅 / 文件.
        let masthead_end =
            (i..end.min(i + MAX_MASTHEAD_LINES)).take_while(|&j| matches!(self.class(j), Class::Heading)).find(|&j| {
                self.text_of(j).ends_with("文件") && j + 1 < end && matches!(self.class(j + 1), Class::DocNumber)
            });
        let masthead = masthead_end.map(|_| i);
        let k = masthead_end.map_or(i, |m| m + 1);
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
    pub(super) fn title_start(&self, i: usize, end: usize) -> Option<Header> {
        // An attachment published on its own opens with its label (附件 4)
        // above its title: the label stands where a masthead would.
        let label = matches!(self.class(i), Class::AttachmentLabel) && i + 1 < end;
        let mut k = i + usize::from(label);
        let mut titles = Vec::new();
        // A title wrapped on more lines goes on while it names no 文种 and
        // the next line ends it (全国人民代表大会常务委员会关于 / 县级以下人民
        // 代表大会代表 / 直接选举的若干规定).
        while k < end
            && (titles.len() < MAX_BARE_TITLE_LINES
                || titles.len() < MAX_TITLE_LINES && self.ends_wrapped_title(&titles))
            && matches!(self.class(k), Class::Heading)
            // Under a label the title goes on only with a bracketed line
            // (（试行）), as in an attachment inside a document.
            && (!label || titles.is_empty() || self.continues_title(k))
        {
            titles.push(k);
            k += 1;
        }
        // A notice printed without its number still names its addressees
        // under the title.
        let addressees = if titles.is_empty() { None } else { self.addressees_at(k, end) };
        let end = k + usize::from(addressees.is_some());
        (!titles.is_empty()).then_some(Header {
            masthead: label.then_some(i),
            start: Start::Title,
            titles,
            date: None,
            numbers: vec![],
            addressees,
            end,
        })
    }

    /// Whether the paragraph is a 发文字号 in brackets, as database exports
    /// print it on the line under the title: （国办发〔2018〕128号）.
    pub(super) fn is_bracketed_number(&self, i: usize) -> bool {
        let t = self.text_of(i);
        let inner = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
        inner.is_some_and(|n| docnum::parse(n).is_ok_and(|n| n.kind() != docnum::DocNumberKind::Decree))
    }

    /// Whether the paragraph is a decree's number on its own
    /// (上海市人民政府令第5号), as opposed to an ordinary 发文字号.
    pub(super) fn is_decree_number(&self, i: usize) -> bool {
        let t = self.text_of(i);
        t.contains('令') && docnum::parse(t).is_ok_and(|n| n.kind() == docnum::DocNumberKind::Decree)
    }

    /// Where a decree's own text ends: after its date and the title of the
    /// regulation it promulgates. The title also stands in the table of
    /// contents, and must not start a document of its own.
    pub(super) fn decree_end(&self, k: usize, end: usize) -> usize {
        let Some(date) = (k..end.min(k + MAX_DECREE_LINES)).find(|&j| matches!(self.class(j), Class::Date(_))) else {
            return k;
        };
        let mut j = date + 1;
        while j < end && j < date + 1 + MAX_TITLE_LINES && matches!(self.class(j), Class::Heading) {
            j += 1;
        }
        j
    }

    /// A decree's own text: the promulgating paragraph, the signature, the
    /// decree's date, then the title and history of the regulation it
    /// promulgates. Returns where the regulation's text starts.
    pub(super) fn decree_body(&mut self, doc: &mut Document, mut k: usize, end: usize) -> usize {
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
}

/// The document's own number printed in `src` (one or two lines).
pub(super) fn own_number(src: &str) -> Option<DocNumber> {
    docnum::find_doc_numbers(src).into_iter().next().map(|m| m.number).or_else(|| docnum::parse(src).ok())
}

/// A signature line with its layout: 总理　　李克强 → 总理 李克强 (the space
/// between office and name is meaning, so runs of spaces become one), and
/// an office set letter-spaced, 市 长 袁宝成 → 市长 袁宝成 (single
/// characters between spaces are one word spread out).
fn signatory(line: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut spread = false;
    for w in line.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
        let single = w.chars().count() == 1;
        match words.last_mut() {
            Some(last) if single && spread => last.push_str(w),
            _ => words.push(w.to_string()),
        }
        spread = single;
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::signatory;

    #[test]
    fn a_signature_keeps_one_space_between_office_and_name() {
        assert_eq!(signatory("总理　　李克强"), "总理 李克强");
        // 法律资料网's print of 东莞市人民政府令第123号.
        assert_eq!(signatory("市 长 袁宝成"), "市长 袁宝成");
    }
}
