//! The closing of a document: the paragraphs that say when it takes effect,
//! the signature (organ and 成文日期), notes and the 版记, and the validity
//! read from them.

use std::sync::LazyLock;

use chrono::Datelike;
use regex::Regex;

use super::{Segmenter, span_text};
use crate::layout::classify::Class;
use crate::lexicon::ends_like_organ;
use crate::model::{Block, DocKind, Document, InForce, MarkerStyle, Role};

/// Clause paragraphs, from the end, searched for a validity clause (the
/// last articles of a law's 附则).
const VALIDITY_CLAUSE_BLOCKS: usize = 8;

impl Segmenter<'_, '_> {
    /// The signature block at the end of `items[k..end]`: an organ line and
    /// a bare date, and notes after them. Returns where it starts.
    pub(super) fn signature(&self, _doc: &Document, k: usize, end: usize) -> usize {
        let mut j = self.record_start(k, end);
        while j > k && matches!(self.class(j - 1), Class::Note) {
            j -= 1;
        }
        if j > k && matches!(self.class(j - 1), Class::Date(_)) && !self.text_of(j - 1).starts_with(['(', '（']) {
            j -= 1;
            // A seal note on a line of its own: （国家卫生健康委办公厅代章）.
            if j > k && seal_note(self.text_of(j - 1)).is_some_and(|(organ, _)| organ.is_empty()) {
                j -= 1;
            }
            // The organ line; joint issuers sign one under the other, each
            // line the full name of an organ.
            if j > k && is_organ_line(self.text_of(j - 1)) {
                j -= 1;
                let mut signers = 1;
                while j > k
                    && signers < MAX_JOINT_SIGNERS
                    && matches!(self.class(j - 1), Class::Heading)
                    && is_organ_line(self.text_of(j - 1))
                    && ends_like_organ(seal_note(self.text_of(j - 1)).map_or(self.text_of(j - 1), |(o, _)| o))
                {
                    j -= 1;
                    signers += 1;
                }
            }
        }
        j
    }

    /// Where the 版记 at the end of `items[k..end]` starts (`end` when there
    /// is none): its 抄送 and 印发 lines, with the lines a 抄送 list runs on
    /// to under its label, and the 印发 organ that raw PDF text sets on a
    /// line of its own above its 印发日期. Notes may stand among them.
    pub(super) fn record_start(&self, k: usize, end: usize) -> usize {
        let mut j = end;
        loop {
            while j > k && matches!(self.class(j - 1), Class::Note | Class::Record) {
                j -= 1;
            }
            // 杭州市人民政府办公厅 / 2025年5月6日印发.
            if j > k
                && j < end
                && is_organ_line(self.text_of(j - 1))
                && matches!(self.class(j), Class::Record)
                && self.text_of(j).starts_with(crate::text::is_digit)
            {
                j -= 1;
                continue;
            }
            // 抄送：市委各部门，… / 市人大常委会办公厅，…。 / 市各民主党派。
            let copied = (j.saturating_sub(MAX_RECORD_LIST_LINES).max(k)..j)
                .rev()
                .find(|&i| matches!(self.class(i), Class::Record) && is_copy_list(self.text_of(i)));
            match copied {
                Some(i) if (i + 1..j).all(|l| matches!(self.class(l), Class::Text | Class::Heading)) => j = i,
                _ => return j,
            }
        }
    }

    pub(super) fn move_signature_blocks(&mut self, doc: &mut Document, start: usize, end: usize) {
        let mut signers: Vec<String> = Vec::new();
        let record = self.record_start(start, end);
        for j in start..end {
            let role = match self.class(j) {
                Class::Note => Role::Note,
                Class::Record => Role::Record,
                // The 版记's lines that read as text alone.
                _ if j >= record => Role::Record,
                Class::Date(d) => {
                    doc.date.get_or_insert(*d);
                    Role::Date
                }
                _ => {
                    // Read as printed: the space between joint issuers on
                    // one line separates them.
                    signers.extend(signing_organs(span_text(self.text, self.items[j].para.span)));
                    Role::Signature
                }
            };
            self.push(doc, j, role);
        }
        if !signers.is_empty() {
            doc.issuer = Some(signers.join(&crate::docnum::JOINT.to_string()));
        }
    }

    /// Plain paragraphs at the end that say when the text takes effect.
    ///
    /// A text numbered in articles (条) says so in an article, and a plain
    /// paragraph at its end is the last article's next 款: there is no
    /// closing then.
    pub(super) fn closing_start(&self, k: usize, end: usize) -> usize {
        let articles = (k..end).any(|j| matches!(self.class(j), Class::Marker(m) if m.style == MarkerStyle::Article));
        if articles {
            return end;
        }
        let mut j = end;
        while j > k && !matches!(self.class(j - 1), Class::Marker(_)) && is_closing(self.text_of(j - 1)) {
            j -= 1;
        }
        // A clause whose marker line is a heading alone ((二)加强纳税人诚信
        // 教育) has its text in the next paragraph, which may read like a
        // charge to the addressees: it is the clause's, not a closing.
        if j < end && j > k && matches!(self.class(j - 1), Class::Marker(_)) && !self.text_of(j - 1).contains('。') {
            j += 1;
        }
        j
    }

    /// When the document is in force: the first validity clause in its
    /// closing paragraphs, history notes, a decree's promulgating paragraph,
    /// or its last clauses (本条例自2019年1月1日起施行). A clause that counts
    /// from the issue date (自印发之日起) uses the document's date, or the
    /// date of the notice that issues it.
    pub(super) fn validity(&self, doc: &Document) -> Option<InForce> {
        // An interpretation quotes the validity of what it explains.
        if doc.kind == DocKind::Interpretation {
            return None;
        }
        let year = doc.date.or(self.issued).map(|d| d.year()).or(self.year);
        let own = doc.blocks.iter().filter(|b| matches!(b.role, Role::Closing | Role::History | Role::Body));
        let mut clause_blocks: Vec<&Block> = doc.each_clause().flat_map(|c| c.blocks.iter()).collect();
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
                return Some(InForce { from: v.from, to: v.to, span: v.span.shifted(b.span.start) });
            }
        }
        None
    }
}

/// Whether `t` is a [`CLOSING`] paragraph. Every form of it starts with
/// 本, 各, 特此 or 此复, or holds 根据本决定: a cheap test of that refuses
/// most paragraphs before the automaton, whose large tables are slow to
/// reach from a cold cache.
fn is_closing(t: &str) -> bool {
    let may = ["本", "各", "特此", "此复"].iter().any(|w| t.starts_with(w)) || t.contains("根据本决定");
    may && CLOSING.is_match(t)
}

/// A closing paragraph: when the text takes effect, who interprets it, or
/// the charge to everyone addressed to carry it out (各地区各部门要认真贯彻
/// 落实本意见…, 各地区各部门要切实承担…责任), an amending 决定's
/// republication formula (根据本决定，《…》作相应修改后，重新公布), or the
/// formula that ends a notice, a 公告 or a reply, alone (特此通知。, 此复。).
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
            r"^(?:本[^，。；,;]{{0,{subject}}}(?:自.{{0,{from}}}(?:起施行|起实施|施行|实施)|有效期|由.{{0,{organ}}}负责解释)",
            r"|各(?:地区|地|级|区|市|县)、?各(?:部门|单位|有关部门|相关部门)(?:要|应当|须)",
            r"|各(?:地区|地|部门|级|区|市|县|有关)[^。]{{0,{charge}}}(?:要|应当|须)[^。]{{0,{charge}}}(?:贯彻落实|抓好落实|认真落实|遵照执行|组织实施|贯彻执行)",
            r"|[^。]{{0,{republished}}}根据本决定[^。]{{0,{republished}}}重新(?:公布|发布)",
            r"|(?:特此(?:通知|通告|公告|通报|批复|函复|函告|报告)|此复)[。．.]?$)"
        ),
        subject = MAX_CLOSING_SUBJECT_CHARS,
        from = MAX_CLOSING_FROM_CHARS,
        organ = MAX_ORGAN_NAME_CHARS,
        charge = MAX_CHARGE_GAP_CHARS,
        republished = MAX_REPUBLISHED_TITLE_CHARS,
    ))
    .expect("valid regex")
});

/// Longest name of the text after 本 in a closing (本办法, 本实施细则,
/// 本政策措施, 本规定及其附件): a closing names the text it ends, not a
/// subject of its own.
const MAX_CLOSING_SUBJECT_CHARS: usize = 20;

/// Longest span between 自 and 起施行 (自2023年4月20日起施行,
/// 自印发之日起30日后施行): a day or an event, not a sentence.
const MAX_CLOSING_FROM_CHARS: usize = 40;

/// Longest organ line: an organ's name (上海市人民政府办公厅), or two organs
/// signing or interpreting together (由市商务委、市财政局负责解释). A longer
/// line is a sentence.
const MAX_ORGAN_NAME_CHARS: usize = 30;

/// Longest organ line without an organ word of the list at its end
/// (上海证券交易所): a name that short above a date still signs; a longer
/// one is a heading or text.
const MAX_UNMARKED_ORGAN_CHARS: usize = 12;

/// Longest run on either side of 要/应当/须 in the charge that closes a
/// document (各地区、各部门要…认真贯彻落实): the addressees named again, and
/// a few words of manner (切实, 结合实际).
const MAX_CHARGE_GAP_CHARS: usize = 30;

/// Longest text on either side of 根据本决定 in a republication formula: the
/// amended text's title in 《》 (《最高人民法院关于仲裁司法审查案件报核问题的
/// 有关规定》, 28 characters) with room for a longer one.
const MAX_REPUBLISHED_TITLE_CHARS: usize = 80;

/// Most lines a 抄送 list of a 版记 runs on to under its label (the
/// organs copied, a line for each kind of organ).
const MAX_RECORD_LIST_LINES: usize = 6;

/// A 抄送 (or 抄报, 分送) line of a 版记: the organs a document is copied to.
fn is_copy_list(t: &str) -> bool {
    ["抄送", "抄报", "分送"].iter().any(|l| t.trim_start().starts_with(l))
}

/// Most organs signing one under the other (a joint notice of four
/// ministries; more sign in a table of the 版记, not above the date).
const MAX_JOINT_SIGNERS: usize = 6;

/// A signature's organ line: short, no sentence punctuation, ending in an
/// organ word (before a seal note: 国家卫生健康委办公厅（代章）) or short
/// enough to be a name.
pub(super) fn is_organ_line(t: &str) -> bool {
    let n = t.chars().count();
    let organ = seal_note(t).map_or(t, |(organ, _)| organ);
    n > 0
        && n <= MAX_ORGAN_NAME_CHARS + MAX_SEAL_NOTE_CHARS
        && organ.chars().count() <= MAX_ORGAN_NAME_CHARS
        && !t.contains(['，', '。', '；', '：', '《'])
        && (ends_like_organ(organ) || (!organ.is_empty() && organ.chars().count() <= MAX_UNMARKED_ORGAN_CHARS))
}

/// Longest seal note: （国务院应对新型冠状病毒肺炎疫情联防联控机制综合组代章）
/// names an organ in full.
const MAX_SEAL_NOTE_CHARS: usize = 40;

/// A seal note at the end of a signature line (代章: the seal of another
/// organ stands in): the organ before it (empty when the note is the whole
/// line) and the note. `国家卫生健康委办公厅（代章）` → (`国家卫生健康委办公厅`,
/// `（代章）`); `（国家卫生健康委代章）` → (``, the line).
fn seal_note(t: &str) -> Option<(&str, &str)> {
    let t = t.trim();
    let body = t.strip_suffix(['）', ')'])?;
    let open = body.rfind(['（', '('])?;
    let inner = &body[open + body[open..].chars().next()?.len_utf8()..];
    (inner.ends_with("代章") && inner.chars().count() <= MAX_SEAL_NOTE_CHARS)
        .then(|| (t[..open].trim_end(), &t[open..]))
}

/// The organs a signature line names: joint issuers on one line are
/// separated by layout space (国家发展改革委办公厅　税务总局办公厅); a seal
/// note names no signer. A line that does not split into organs is one.
fn signing_organs(line: &str) -> Vec<String> {
    let organ = seal_note(line).map_or(line.trim(), |(organ, _)| organ);
    if organ.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = organ.split(crate::text::is_space).filter(|w| !w.is_empty()).collect();
    if words.len() > 1 && words.iter().all(|w| ends_like_organ(w)) {
        return words.into_iter().map(str::to_string).collect();
    }
    vec![crate::text::strip_layout_spaces(organ)]
}
