//! The body of a document: a law's history notes and 目录, then the
//! preamble and the clause tree, with the attachments and closing split off
//! its end.

use chrono::NaiveDate;

use super::{Segmenter, metadata, span_text};
use crate::docnum;
use crate::layout::classify::Class;
use crate::model::{Document, MarkerStyle, Role};
use crate::structure::clauses::{self, Item};
use crate::text::{fold, match_key, stripped_layout_spaces};

impl Segmenter<'_, '_> {
    /// Fills the document from its content `items[k..end]`.
    pub(super) fn fill(&mut self, doc: &mut Document, mut k: usize, end: usize) {
        // A law's history notes and 目录 come first.
        while k < end && matches!(self.class(k), Class::History) {
            self.history(doc, k);
            k += 1;
        }
        k = self.title_reprint(doc, k, end);
        if k < end && matches!(self.class(k), Class::TocHeading) {
            k = self.law_toc(doc, k, end);
        } else if let Some(n) = crate::structure::issue::untitled_law_toc(&self.items[k..end]) {
            (k..k + n).for_each(|j| self.push(doc, j, Role::TocEntry));
            k += n;
        }
        while k < end && matches!(self.class(k), Class::History) {
            self.history(doc, k);
            k += 1;
        }
        // Where attachments start: the policy a notice issues, 附件 labels.
        let depth = doc.id.matches('.').count();
        let first_attachment = if depth < self.options.max_attachment_depth {
            // The policy's title may stand under a 附件 label: start there.
            self.issued_policy_at(doc, k, end)
                .map(|a| if a > k && matches!(self.class(a - 1), Class::AttachmentLabel) { a - 1 } else { a })
                .or_else(|| self.attachment_label_at(k, end))
                .or_else(|| self.untitled_policy_at(doc, k, end))
        } else {
            None
        };
        let own_end = first_attachment.unwrap_or(end);
        let body_end = self.signature(doc, k, own_end);
        let note_start = self.attachment_note(k, body_end);
        let content_end = self.closing_start(k, note_start);
        let content: Vec<Item<'_>> = self.items[k..content_end].to_vec();
        let (preamble, clause_list, numbering) = clauses::build(self.text, &content);
        self.diagnostics.extend(numbering);
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
    /// has none (the latest adoption or amendment), the decree number of
    /// the latest adoption or amendment the document's number (the decree
    /// that published the text as it stands: 国务院令第696号修订 after
    /// 国务院令第197号发布), and 施行 its start of validity. A number the
    /// header printed stands.
    pub(super) fn history(&mut self, doc: &mut Document, k: usize) {
        self.push(doc, k, Role::History);
        let span = self.items[k].para.span;
        let line = span_text(self.text, span);
        let numbered_by_header = doc.blocks.iter().any(|b| b.role == Role::DocNumber);
        let latest_so_far = match (latest_date(line), doc.date) {
            (Some(d), Some(old)) => d >= old,
            _ => true,
        };
        if !numbered_by_header
            && (doc.doc_number.is_none() || latest_so_far)
            && let Some(m) = docnum::find_doc_numbers(line).into_iter().next_back()
        {
            doc.doc_number = Some(m.number);
        }
        let folded = fold(&stripped_layout_spaces(line));
        // The date a header or decree gave stands; otherwise the latest
        // adoption, promulgation or amendment (施行 is validity, not date).
        let dated_by_header = doc.blocks.iter().any(|b| b.role == Role::Date);
        if let Some(d) = latest_date(line)
            && !dated_by_header
            && !folded.trim_end_matches([')', '）']).ends_with("施行")
        {
            doc.date = Some(doc.date.map_or(d, |old| old.max(d)));
        }
    }

    /// The document's title printed again under its history, with the
    /// number under it (法释〔2024〕4号): the prints are metadata, the number
    /// the document's. Returns where the content starts.
    fn title_reprint(&mut self, doc: &mut Document, k: usize, end: usize) -> usize {
        // The print may open with its organs' line (最高人民法院 / 关于…).
        let mut j = k;
        while j < end && j < k + super::header::MAX_MASTHEAD_LINES && metadata::is_issuer_line(self.text_of(j)) {
            j += 1;
        }
        let Some(h) = self.reprint_at(&doc.title, k, k, end).or_else(|| self.reprint_at(&doc.title, k, j, end)) else {
            return k;
        };
        let last = h.titles.last().copied().unwrap_or(k);
        for t in k..=last {
            self.push(doc, t, Role::Metadata);
        }
        for &n in &h.numbers {
            self.push(doc, n, Role::DocNumber);
        }
        if let Some(&n) = h.numbers.first() {
            doc.doc_number = super::header::own_number(self.text_of(n)).or(doc.doc_number.take());
        }
        if let Some((d, day)) = h.date {
            self.push(doc, d, Role::Date);
            doc.date = Some(day);
        }
        if let Some((a, parts)) = h.addressees {
            self.push(doc, a, Role::Addressees);
            doc.addressees = parts;
        }
        h.end
    }

    /// A law's 目录: its lines run until the first of them appears again,
    /// or an article comes.
    pub(super) fn law_toc(&mut self, doc: &mut Document, k: usize, end: usize) -> usize {
        self.push(doc, k, Role::TocHeading);
        let Some(first) = (k + 1 < end).then(|| match_key(self.text_of(k + 1))) else { return k + 1 };
        // A 目录 lists headings, never articles: an article before the
        // first chapter (第一条 根据宪法…) ends it too.
        let is_article = |j: usize| matches!(self.class(j), Class::Marker(m) if m.style == MarkerStyle::Article);
        let repeat = (k + 2..end).find(|&j| match_key(self.text_of(j)) == first || is_article(j));
        let Some(stop) = repeat else { return k + 1 };
        for j in k + 1..stop {
            self.push(doc, j, Role::TocEntry);
        }
        stop
    }
}

/// The latest adoption, promulgation or amendment a history line names:
/// one line may list them all (（2017年6月27日…通过　根据2018年4月27日…
/// 修正）). A day the text takes effect (自2018年1月1日起施行) is validity,
/// not a date of the text, and is passed over.
fn latest_date(line: &str) -> Option<NaiveDate> {
    crate::date::find_dates(line)
        .into_iter()
        .filter(|m| {
            let after = line[m.span.end..].trim_start_matches(|c: char| c.is_whitespace() || c == '起');
            !after.starts_with("施行") && !after.starts_with("实施") && !line[..m.span.start].ends_with('自')
        })
        .filter_map(|m| match m.value {
            crate::date::DateValue::Day(d) => Some(d),
            _ => None,
        })
        .max()
}
