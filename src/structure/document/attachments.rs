//! Attachments: the policy a 印发 notice issues (its title named in the
//! notice), the documents under 附件 labels, and the 附件说明 that lists
//! them at the end of a body.

use super::Segmenter;
use super::header::{Header, MAX_TITLE_LINES, Start};
use crate::layout::classify::Class;
use crate::layout::classify::attachment_number;
use crate::model::{DocKind, Document, MarkerStyle, Role};
use crate::text::{bracketed_titles, fold, has_issuing_verb, issued_titles, match_key, without_version_notes};

/// Paragraphs at the head of a notice's content searched for the sentence
/// that issues the policy (现将《X》印发给你们): it opens the body, after a
/// short preamble at most.
const ISSUING_SENTENCE_PARAGRAPHS: usize = 6;

/// A paragraph that prints a title is longer than its [`match_key`] (which
/// drops spaces, brackets and punctuation): up to twice the key's bytes and
/// this many more. Longer paragraphs are not compared at all.
const TITLE_LAYOUT_SLACK_BYTES: usize = 16;

impl Segmenter<'_, '_> {
    /// For a 印发 notice, where the policy it issues starts.
    pub(super) fn issued_policy_at(&self, doc: &Document, k: usize, end: usize) -> Option<usize> {
        let mut names: Vec<String> = issued_titles(&doc.title);
        for j in k..end.min(k + ISSUING_SENTENCE_PARAGRAPHS) {
            let t = self.text_of(j);
            if has_issuing_verb(t) {
                names.extend(bracketed_titles(t));
            }
        }
        names.extend(self.toc.iter().filter(|e| e.level == 1).map(|e| e.title.clone()));
        let keys: Vec<String> = names.iter().map(|n| match_key(n)).filter(|n| !n.is_empty()).collect();
        if keys.is_empty() {
            return None;
        }
        // The print and the citation may differ by a version note
        // (工作规则（2019年11月修订）, cited 《…工作规则》): compared without it.
        let bare = |t: &str| without_version_notes(t).map(match_key).filter(|k| !k.is_empty());
        let bare_keys: Vec<String> = names.iter().filter_map(|n| bare(n)).collect();
        // A title is short: long paragraphs need no key.
        let longest = keys.iter().map(String::len).max().unwrap_or(0) * 2 + TITLE_LAYOUT_SLACK_BYTES;
        (k..end).find(|&j| {
            matches!(self.class(j), Class::Heading | Class::Text) && self.text_of(j).len() <= longest && {
                // The title may be set on two lines: 行动计划 / （2023—2025年）.
                let key = match_key(self.text_of(j));
                keys.contains(&key)
                    || (self.text_of(j).trim_end().ends_with(['）', ')'])
                        && bare(self.text_of(j)).is_some_and(|b| bare_keys.contains(&b)))
                    || (j + 1 < end
                        && matches!(self.class(j + 1), Class::Heading)
                        && keys.contains(&(key + &match_key(self.text_of(j + 1)))))
            }
        })
    }

    /// For a 印发 notice whose policy is printed without its title (a page
    /// that dropped it: 京政办发〔2016〕26号 on 0798ci), where the policy
    /// starts: after the signature and date that close the issuing
    /// sentence, and a note under them ((此件公开发布)).
    pub(super) fn untitled_policy_at(&self, doc: &Document, k: usize, end: usize) -> Option<usize> {
        if issued_titles(&doc.title).is_empty() {
            return None;
        }
        let issuing = (k..end.min(k + ISSUING_SENTENCE_PARAGRAPHS)).find(|&j| has_issuing_verb(self.text_of(j)))?;
        let date = (issuing + 2..end.min(issuing + ISSUING_SENTENCE_PARAGRAPHS)).find(|&j| {
            matches!(self.class(j), Class::Date(_))
                && !self.text_of(j).starts_with(['(', '（'])
                && super::closing::is_organ_line(self.text_of(j - 1))
        })?;
        let start = if date + 1 < end && matches!(self.class(date + 1), Class::Note) { date + 2 } else { date + 1 };
        // The policy's text opens there with a sentence; a line that is
        // no sentence (a title of another print, 1995年1月1日 执行) leaves
        // the notice as it is.
        let sentence = start < end
            && matches!(self.class(start), Class::Text)
            && self.text_of(start).trim_end().ends_with(['。', '：', ':']);
        sentence.then_some(start)
    }

    pub(super) fn attachment_label_at(&self, k: usize, end: usize) -> Option<usize> {
        (k..end).find(|&j| matches!(self.class(j), Class::AttachmentLabel))
    }

    /// The 附件说明 that ends a body (GB/T 9704 §7.3.4): 附件： and the
    /// attachments' names, one per line (1．…, 2．…). Returns where it
    /// starts, or `end` when there is none.
    pub(super) fn attachment_note(&self, k: usize, end: usize) -> usize {
        let listed = |j: usize| {
            matches!(self.class(j), Class::Marker(m) if m.style == MarkerStyle::Arabic)
                && !self.text_of(j).contains(['。', '；', '：'])
        };
        let mut j = end;
        while j > k {
            // A long name wraps onto a line of its own (12.重点场所、…特定人群新
            // / 冠肺炎疫情防控技术指南), as PDF text prints it.
            let wrapped = j > k + 1
                && matches!(self.class(j - 1), Class::Heading)
                && (listed(j - 2) || matches!(self.class(j - 2), Class::AttachmentNote));
            if !listed(j - 1) && !wrapped {
                break;
            }
            j -= 1;
        }
        if j > k && matches!(self.class(j - 1), Class::AttachmentNote) { j - 1 } else { end }
    }

    /// Builds the attachments that start at `a`: the issued policy (its
    /// title at `a`) or 附件 labels, each running to the next label at the
    /// same level.
    pub(super) fn attachments(&mut self, doc: &mut Document, a: usize, end: usize) {
        let mut starts = vec![a];
        if matches!(self.class(a), Class::AttachmentLabel) {
            let mut prev = self.label_number(a);
            // An 附件说明 inside the current attachment: labels after it
            // are its own attachments.
            let mut noted = false;
            for j in a + 1..end {
                match self.class(j) {
                    Class::AttachmentNote => noted = true,
                    Class::AttachmentLabel => {
                        let n = self.label_number(j);
                        if is_sibling_label(&prev, &n, noted) {
                            starts.push(j);
                            prev = n;
                            noted = false;
                        }
                    }
                    _ => {}
                }
            }
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
            // A sentence under the label (…予以废止：) opens an untitled
            // attachment's text; it is no title.
            let sentence = matches!(self.class(title_at), Class::Text)
                && self.text_of(title_at).trim_end().ends_with(['：', ':', '。']);
            let mut titles = if sentence { vec![] } else { vec![title_at] };
            while !titles.is_empty()
                && titles.len() < MAX_TITLE_LINES
                && titles[titles.len() - 1] + 1 < stop
                && matches!(self.class(titles[titles.len() - 1] + 1), Class::Heading)
                && (self.continues_title(titles[titles.len() - 1] + 1) || self.ends_wrapped_title(&titles))
            {
                titles.push(titles[titles.len() - 1] + 1);
            }
            let header = Header {
                masthead: None,
                start: Start::Title,
                end: titles.last().map_or(title_at, |t| t + 1),
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

    /// The number of the attachment label at `j` (附件3-1 → `[3, 1]`).
    fn label_number(&self, j: usize) -> Vec<u32> {
        attachment_number(&fold(self.text_of(j))).unwrap_or_default()
    }

    /// Whether a heading line after a title line continues the title (a
    /// bracketed version note: （试行第十版）).
    /// Whether the heading right under the title lines `titles` ends the
    /// title they start: they name no 文种 yet and the heading does
    /// (杭州市加快推进全国足球发展 / 重点城市建设若干措施), as a title set on
    /// two lines is printed.
    pub(super) fn ends_wrapped_title(&self, titles: &[usize]) -> bool {
        let Some(&last) = titles.last() else { return false };
        let head: String = titles.iter().map(|&t| self.text_of(t)).collect();
        crate::text::genre(&head).is_none() && crate::text::genre(&(head + self.text_of(last + 1))).is_some()
    }

    pub(super) fn continues_title(&self, j: usize) -> bool {
        let t = self.text_of(j);
        t.starts_with(['（', '(']) && t.ends_with(['）', ')'])
    }
}

/// Whether an attachment label numbered `next` is the next attachment of
/// the same document as the label numbered `prev`, rather than an
/// attachment of attachment `prev`. An attachment carries its own
/// attachments after its own 附件说明 (`noted`), numbered under its own
/// number (附件3 → 附件3-1, 附件3-2) or not at all (附件2 → 附件):
///
/// - a number one level deeper that starts with `prev` (附件3 → 附件3-1)
///   is nested;
/// - a number of the same depth whose last part is greater (附件3 → 附件4,
///   附件3-1 → 附件3-2) is the next attachment, even after a note;
/// - any other label is nested after a note in the current attachment,
///   and the next attachment without one.
fn is_sibling_label(prev: &[u32], next: &[u32], noted: bool) -> bool {
    if next.len() > prev.len() && next.starts_with(prev) {
        return false;
    }
    let same_depth_after = !next.is_empty()
        && next.len() == prev.len()
        && next[..next.len() - 1] == prev[..prev.len() - 1]
        && next[next.len() - 1] > prev[prev.len() - 1];
    same_depth_after || !noted
}

#[cfg(test)]
mod tests {
    use super::is_sibling_label;

    #[test]
    fn nested_and_sibling_labels() {
        // 附件1 → 附件2: the next one.
        assert!(is_sibling_label(&[1], &[2], false));
        assert!(is_sibling_label(&[1], &[2], true));
        // 附件3 → 附件3-1 (listed in 附件3's note): nested.
        assert!(!is_sibling_label(&[3], &[3, 1], true));
        assert!(!is_sibling_label(&[3], &[3, 1], false));
        // 附件3-1 → 附件3-2 among the nested ones.
        assert!(is_sibling_label(&[3, 1], &[3, 2], false));
        // 附件2 with its own note → bare 附件: nested.
        assert!(!is_sibling_label(&[2], &[], true));
        // Bare labels without a note between them: the next one.
        assert!(is_sibling_label(&[], &[], false));
    }
}
