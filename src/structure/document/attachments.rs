//! Attachments: the policy a 印发 notice issues (its title named in the
//! notice), the documents under 附件 labels, and the 附件说明 that lists
//! them at the end of a body.

use super::Segmenter;
use super::header::{Header, MAX_TITLE_LINES, Start};
use crate::layout::classify::Class;
use crate::model::{DocKind, Document, MarkerStyle, Role};
use crate::text::{bracketed_titles, has_issuing_verb, issued_titles, match_key};

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
        // A title is short: long paragraphs need no key.
        let longest = keys.iter().map(String::len).max().unwrap_or(0) * 2 + TITLE_LAYOUT_SLACK_BYTES;
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

    pub(super) fn attachment_label_at(&self, k: usize, end: usize) -> Option<usize> {
        (k..end).find(|&j| matches!(self.class(j), Class::AttachmentLabel))
    }

    /// The 附件说明 that ends a body (GB/T 9704 §7.3.4): 附件： and the
    /// attachments' names, one per line (1．…, 2．…). Returns where it
    /// starts, or `end` when there is none.
    pub(super) fn attachment_note(&self, k: usize, end: usize) -> usize {
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

    /// Builds the attachments that start at `a`: the issued policy (its
    /// title at `a`) or 附件 labels, each running to the next label at the
    /// same level.
    pub(super) fn attachments(&mut self, doc: &mut Document, a: usize, end: usize) {
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
    pub(super) fn continues_title(&self, j: usize) -> bool {
        let t = self.text_of(j);
        t.starts_with(['（', '(']) && t.ends_with(['）', ')'])
    }
}
