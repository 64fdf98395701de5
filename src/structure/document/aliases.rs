//! The short names a document defines: 《X》(以下简称《Y》), X（以下简称Y）,
//! X（以下称“Y”）, X（简称Y）.
//!
//! The full name is the 《》 title or the quoted words right before the
//! bracket; else the words before it back to the clause's punctuation,
//! with a leading word that only introduces them (根据, 对, 由, 深化 …),
//! a subject and its word of duty (合同应当订明…) and a verb whose object
//! the name is (保障, 减少 …) set aside.

use std::sync::LazyLock;

use memchr::memmem;

use crate::model::Alias;
use crate::text::{Span, strip_layout_spaces};

/// The words that define a short name, longest first.
const DEFINING: &[&str] = &["以下简称", "以下称", "下称", "简称"];

/// Verbs that introduce a name: the name starts after the last of them
/// (要更多通过职业教育培训评价组织, 组成国家组织药品…试点工作小组).
const VERBS: &[&str] = &[
    "进一步加强和规范",
    "加强和规范",
    "为了实施",
    "适用于",
    "通过",
    "组成",
    "深化",
    "享受",
    "根据",
    "依照",
    "按照",
    "依据",
    "建立",
    "设立",
    "推进",
    "实施",
    "同意",
    "启动",
];

/// Words that introduce a name when they start the clause: 对, 由, 是指
/// (部门规章，是指国务院各部…).
const LEADING: &[&str] = &["对于", "对", "由", "是指", "是", "为了", "为", "在", "将", "把", "向"];

/// Words of duty or of being that stand between a clause's subject and its
/// verb or complement: the name is after them (合同应当订明…的费用, 必须经
/// 中华人民共和国对外贸易经济合作部, 本条例所称科学技术普及, 工商行政管理部门
/// 是合伙企业登记机关); no name holds them. With a preposition that follows
/// them, longest first.
const MODALS: &[&str] = &["必须经", "应当经", "应当与", "应当在", "须经", "必须", "应当", "可以", "所称", "是指", "是"];

/// Verbs that start a clause and take the name as their object (为了…，
/// 保障被征收房屋所有权人（以下简称被征收人）…, 减少道路交通安全违法行为
/// （以下简称交通违法行为）): set aside only where the name starts, since
/// names hold them inside (社会保障部门).
const OBJECT_VERBS: &[&str] = &[
    "加强和完善",
    "申请领取",
    "保障",
    "保护",
    "减少",
    "明确",
    "规范",
    "加强",
    "维护",
    "促进",
    "预防",
    "鼓励",
    "支持",
    "推动",
    "订明",
    "确定",
    "改善",
    "提高",
    "引导",
    "做好",
    "完善",
    "健全",
    "指导",
    "领取",
    "填写",
    "包括",
];

/// An adverb before such a verb: 进一步加强.
const ADVERBS: &[&str] = &["进一步", "切实"];

/// Conjunctions that join a name to the one before it, set aside after the
/// bracket that closes the earlier one: …意见(以下简称建议)和政协提案(以下简称
/// 提案) names 政协提案. Only there: elsewhere 和 may start a name (和平区).
const JOINING: &[&str] = &["以及", "或者", "和", "及", "与", "或"];

/// The aliases defined in `text[span]`, in order.
pub(crate) fn find_aliases(text: &str, span: Span) -> Vec<Alias> {
    let Some(part) = span.slice(text) else { return Vec::new() };
    let mut out = Vec::new();
    // 称 is found by its three bytes together: its last byte alone ends
    // many a Han character. The searcher is made once (this runs on every
    // leaf).
    static CHENG: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("称"));
    for k in CHENG.find_iter(part.as_bytes()) {
        let from = k + '称'.len_utf8();
        let Some(word) = DEFINING.iter().find(|w| part[..from].ends_with(**w)) else { continue };
        let word_start = from - word.len();
        // The bracket the definition stands in: （以下简称X） or （…，简称X，下同）.
        // The bracket opens a few words before (（含…，简称X）), never far.
        let near = window_start(part, word_start, 240);
        let Some(open) = part[near..word_start].rfind(['（', '(']).map(|k| near + k) else { continue };
        if part[open..word_start].contains([')', '）']) {
            continue;
        }
        let Some((name, end)) = short_name(part, from) else { continue };
        let close = part[end..].find([')', '）']).map(|c| end + c);
        let Some(close) = close.filter(|&c| !part[end..c].contains(['(', '（'])) else { continue };
        let close_end = close + part[close..].chars().next().map_or(1, char::len_utf8);
        let Some((mut full, mut full_start)) = full_name(part, open) else { continue };
        // …合同期限、场地使用权的费用（以下简称场地使用费）、双方的权利: a
        // list runs on past the bracket, which names its last member only.
        if part[close_end..].starts_with('、')
            && let Some(k) = full.rfind('、')
        {
            let member = full[k + '、'.len_utf8()..].to_string();
            if let Some(m) = part[full_start..open].rfind(member.as_str()) {
                full_start += m;
                full = member;
            }
        }
        out.push(Alias { name, full, span: Span::new(span.start + full_start, span.start + close_end) });
    }
    out
}

/// The short name after the defining word at `at`: quoted, in 《》, or up
/// to the next mark; and where it ends.
fn short_name(part: &str, at: usize) -> Option<(String, usize)> {
    let rest = &part[at..];
    let lead = rest.len() - rest.trim_start_matches(['为', ':', '：', ' ', '\u{3000}']).len();
    let at = at + lead;
    let rest = &part[at..];
    for (open, close) in [('“', '”'), ('"', '"'), ('《', '》'), ('「', '」')] {
        if let Some(inner) = rest.strip_prefix(open) {
            let end = inner.find(close)?;
            let name = strip_layout_spaces(&inner[..end]);
            return (!name.is_empty()).then(|| (name, at + open.len_utf8() + end + close.len_utf8()));
        }
    }
    // 、 joins words of one name (以下简称区、县政府侨务部门) but parts two
    // names defined at once (以下分别简称A、B).
    let respectively = part[..at - lead].ends_with("分别简称") || part[..at - lead].ends_with("分别称");
    let marks: &[char] = if respectively {
        &[')', '）', '，', ',', '、', '；', '。']
    } else {
        &[')', '）', '，', ',', '；', '。']
    };
    let end = rest.find(marks).unwrap_or(rest.len());
    let name = strip_layout_spaces(&rest[..end]);
    (!name.is_empty() && name.chars().count() <= 30).then_some((name, at + end))
}

/// The full name that ends right before the bracket at `open`, and where it
/// starts.
fn full_name(part: &str, open: usize) -> Option<(String, usize)> {
    // A name is shorter than a title's longest.
    let near = window_start(part, open, crate::text::MAX_TITLE_BYTES);
    let (part, open) = (&part[near..], open - near);
    let before = part[..open].trim_end_matches(crate::text::is_space);
    for (o, c) in [('《', '》'), ('“', '”')] {
        if let Some(inner) = before.strip_suffix(c)
            && let Some(k) = inner.rfind(o)
        {
            let name = strip_layout_spaces(&inner[k + o.len_utf8()..]);
            return (!name.is_empty()).then_some((name, near + k));
        }
    }
    let start = before
        .rfind(['，', ',', '。', '；', ';', '：', ':', '！', '？', '\n', '》', '（', '(', ')', '）'])
        .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
    let mut start = start + (before[start..].len() - super::history::after_marker(&before[start..]).len());
    // The marker that opens the paragraph (一、, 1．) is no part of the name;
    // inside a sentence 第二部分 is (…《管制清单》第二部分所列的物项).
    if near + start == 0 || before[..start].ends_with('\n') {
        start = crate::layout::marker::marker(&before[start..], 0).map_or(start, |m| start + m.rest);
    }
    // (…第二条所称的优先权日: a 所称 that qualifies the name stays in it.)
    if let Some(end) = MODALS
        .iter()
        .filter_map(|w| before[start..].rfind(w).map(|k| start + k + w.len()))
        .filter(|&e| e < before.len() && !before[e..].starts_with('的'))
        .max()
    {
        start = end;
    }
    // …身份由市人民政府侨务部门（以下简称市政府侨务部门）: the organ after a
    // 由 that names who acts (not the 由 of 自由, 理由, 缘由 or 由于).
    if let Some(k) = before[start..].rfind('由').map(|k| start + k)
        && !before[..k].ends_with(['自', '理', '缘'])
        && !before[k..].starts_with("由于")
        && before[k + '由'.len_utf8()..].chars().count() >= 2
    {
        start = k + '由'.len_utf8();
    }
    if let Some(w) = LEADING.iter().find(|w| before[start..].starts_with(**w) && before.len() > start + w.len()) {
        start += w.len();
    } else if before[..start].ends_with([')', '）', '》'])
        && let Some(w) = JOINING.iter().find(|w| before[start..].starts_with(**w) && before.len() > start + w.len())
    {
        start += w.len();
    }
    if let Some(end) = VERBS
        .iter()
        .filter_map(|w| before[start..].rfind(w).map(|k| start + k + w.len()))
        .filter(|&e| e < before.len())
        .max()
    {
        start = end;
    }
    // The object is a name of two characters at least (领取人 is a name).
    let object = |at: usize| before[at..].chars().count() >= 2;
    let adverb = ADVERBS.iter().find(|w| before[start..].starts_with(**w)).map_or(0, |w| w.len());
    if let Some(w) =
        OBJECT_VERBS.iter().find(|w| before[start + adverb..].starts_with(**w) && object(start + adverb + w.len()))
    {
        start += adverb + w.len();
        // 完善以疾病预防控制机构（以下简称疾控机构）为骨干的…
        if before[start..].starts_with('以') && object(start + '以'.len_utf8()) {
            start += '以'.len_utf8();
        }
    }
    // 批准…设立的中外合资经营企业: a verb of a clause that qualifies the
    // name; the name is the noun after its 的.
    if before[start..].starts_with('的') && before.len() > start + '的'.len_utf8() {
        start += '的'.len_utf8();
    }
    let name = strip_layout_spaces(&before[start..]);
    (!name.is_empty()).then_some((name, near + start))
}

/// The first character boundary at or after `at - len`.
fn window_start(text: &str, at: usize, len: usize) -> usize {
    let mut w = at.saturating_sub(len);
    while !text.is_char_boundary(w) {
        w += 1;
    }
    w
}
