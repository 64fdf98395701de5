//! A document's history and repeals.
//!
//! The 题注 (history note) is cut into events at its verbs: 通过 and 批准
//! (adopted), 发布 and 公布 (promulgated; 公布施行 is promulgated and in
//! force), 修订 (revised), 修正 and 修改 (amended), 施行 (in force), 废止
//! (repealed); a verb followed by 的, 案 or a title, or after 关于, names no
//! event (通过的《宪法修正案》, 会议关于修改《…条例》等十二件地方性法规的决定).
//! A part with a date and no verb that names a 修正案 adopted is an
//! amendment (1988年4月12日…会议通过的《中华人民共和国宪法修正案》). Each
//! event's date is its first date, its number the decree or document number
//! in it, and its organ the words between them and the verb, without 根据,
//! 经, a 《》 title, 第N次 or a trailing 公告; two organs that acted each on
//! its own date before one verb are two events (the organ of a decree is its
//! number's code without 令; of a decision cited alone, the organ its title
//! names before 关于: 《国务院关于修改…的决定》 → 国务院).
//!
//! Closing sentences (本条例自2019年1月1日起施行, 现公布…自…起施行) add an
//! in-force event, and a decree's 现公布 or 现予发布 a promulgation with the
//! decree's date and number, after the adoption the sentence reports
//! (已经…常务会议通过，现予公布); an event already read from the note is not
//! repeated.
//! A sentence that ends in 同时废止 or 予以废止 repeals the 《》 titles in it
//! (or the 原… words that name the old text).

use std::sync::LazyLock;

use chrono::NaiveDate;
use memchr::memmem;

use crate::date::{DateParser, DateValue, Point, Start};
use crate::docnum::{DocNumber, find_doc_numbers};
use crate::model::{EventKind, HistoryEvent, Repeal};
use crate::text::{Span, sentences, strip_layout_spaces};

/// The verbs of a history note, longest first, each with the events it
/// names.
const VERBS: &[(&str, &[EventKind])] = &[
    ("公布施行", &[EventKind::Promulgated, EventKind::Effective]),
    ("发布施行", &[EventKind::Promulgated, EventKind::Effective]),
    ("通过", &[EventKind::Adopted]),
    ("批准", &[EventKind::Adopted]),
    ("发布", &[EventKind::Promulgated]),
    ("公布", &[EventKind::Promulgated]),
    ("修订", &[EventKind::Revised]),
    ("修正", &[EventKind::Amended]),
    ("修改", &[EventKind::Amended]),
    ("施行", &[EventKind::Effective]),
    ("废止", &[EventKind::Repealed]),
];

/// The events of a history line that names its organ's meeting but no
/// verb, the verb standing at the end of the `next` line (a database prints
/// 2018年2月23日 最高人民法院审判委员会第1734次会议 / 2018年2月11日 最高人民
/// 检察院…会议通过 on two lines): the events of that verb for this line.
pub(crate) fn events_sharing_verb(text: &str, span: Span, next: Span, year: Option<i32>) -> Vec<HistoryEvent> {
    let (Some(line), Some(after)) = (span.slice(text), next.slice(text)) else { return Vec::new() };
    if !line.trim_end().ends_with("会议") {
        return Vec::new();
    }
    let after = after.trim_end().trim_end_matches([')', '）']);
    let Some(&(_, kinds)) = VERBS.iter().find(|(v, _)| after.ends_with(v)) else { return Vec::new() };
    event(text, span.start, span.end, "", kinds, year).unwrap_or_default()
}

/// The events of the history note `text[span]`, in order.
pub(crate) fn note_events(text: &str, span: Span, year: Option<i32>) -> Vec<HistoryEvent> {
    let Some(part) = span.slice(text) else { return Vec::new() };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut depth = 0i32;
    while i < part.len() {
        let rest = &part[i..];
        let Some(c) = rest.chars().next() else { break };
        match c {
            '《' => depth += 1,
            '》' => depth -= 1,
            _ => {}
        }
        if depth == 0
            && let Some(&(verb, kinds)) = VERBS.iter().find(|(v, _)| rest.starts_with(v))
            && !rest[verb.len()..].starts_with(['的', '案', '《', '〈'])
            && !part[..i].ends_with("关于")
        {
            let end = i + verb.len();
            if let Some(events) = event(text, span.start + start, span.start + end, verb, kinds, year) {
                out.extend(events);
            }
            start = end;
            i = end;
            continue;
        }
        i += c.len_utf8();
    }
    // What is left: a 修正案 adopted.
    let left = Span::new(span.start + start, span.end);
    if let Some(words) = left.slice(text)
        && words.contains("修正案")
        && let Some(events) = event(text, left.start, left.end, "", &[EventKind::Amended], year)
    {
        out.extend(events);
    }
    out
}

/// The events of `text[start..end]`, which ends with `verb`: one for each
/// organ that acted, when several did, each with its own date
/// (2013年9月30日最高人民法院审判委员会第1592次会议、2013年10月22日最高人民检察院
/// 第十二届检察委员会第12次会议通过: two adoptions).
fn event(
    text: &str,
    start: usize,
    end: usize,
    verb: &str,
    kinds: &[EventKind],
    year: Option<i32>,
) -> Option<Vec<HistoryEvent>> {
    let part = &text[start..end];
    let separated = |k: usize| part[..k].trim_end_matches(crate::text::is_space).ends_with(['、', '，', '；']);
    let dates = DateParser::new().context_year(year).find_dates(part);
    let cuts: Vec<usize> = dates
        .iter()
        .skip(1)
        .filter(|d| day(&d.value).is_some() && separated(d.span.start))
        .map(|d| d.span.start)
        .collect();
    let mut out = Vec::new();
    let mut from = start;
    for cut in cuts {
        let head = part[..cut].trim_end_matches(|c: char| crate::text::is_space(c) || matches!(c, '、' | '，' | '；'));
        out.extend(one_event(text, from, start + head.len(), "", kinds, year).unwrap_or_default());
        from = start + cut;
    }
    out.extend(one_event(text, from, end, verb, kinds, year)?);
    Some(out)
}

/// The events of `text[start..end]`, which ends with `verb`, for one organ.
fn one_event(
    text: &str,
    start: usize,
    end: usize,
    verb: &str,
    kinds: &[EventKind],
    year: Option<i32>,
) -> Option<Vec<HistoryEvent>> {
    let part = &text[start..end];
    // Leading marks and 根据 belong to no event.
    let lead = part.len()
        - part
            .trim_start_matches(|c: char| {
                crate::text::is_space(c) || matches!(c, '（' | '(' | '）' | ')' | '，' | '；' | '、')
            })
            .len();
    let start = start + lead;
    let part = &text[start..end];
    let dates = DateParser::new().context_year(year).find_dates(part);
    let found = dates.first()?;
    let date = day(&found.value);
    let numbers = find_doc_numbers(part);
    let number = numbers.first().filter(|m| m.span.start >= found.span.end);
    let verb_at = part.len() - verb.len();
    let between_end = number.map_or(verb_at, |m| m.span.start).max(found.span.end);
    let mut organ = organ_words(&part[found.span.end..between_end]);
    if organ.is_empty()
        && let Some(m) = number
    {
        organ = m.number.code().trim_end_matches('令').to_string();
    }
    // 根据《国务院关于修改…的决定》修订: the organ that decided.
    if organ.is_empty()
        && let Some(t) = crate::text::title_spans(part).first()
        && let Some(k) = part[t.start..t.end].find("关于")
    {
        organ = strip_layout_spaces(&part[t.start + '《'.len_utf8()..t.start + k]);
    }
    let organ = Some(organ).filter(|o| !o.is_empty());
    let span = Span::new(start, end);
    let words = strip_layout_spaces(part).trim_end_matches(['）', ')']).to_string();
    Some(
        kinds
            .iter()
            .map(|&kind| HistoryEvent {
                kind,
                date,
                organ: organ.clone(),
                doc_number: number.map(|m| m.number.clone()),
                text: words.clone(),
                span,
            })
            .collect(),
    )
}

/// The organ in the words between a date and a verb: without 根据, 经, a
/// 《》 title and what follows it, 第N次, 公告.
fn organ_words(words: &str) -> String {
    let mut w = strip_layout_spaces(words);
    if let Some(k) = w.find('《') {
        w.truncate(k);
    }
    for lead in ["根据", "经"] {
        if let Some(rest) = w.strip_prefix(lead) {
            w = rest.to_string();
        }
    }
    // 第一次修订: the ordinal counts the revision.
    if let Some(k) = w.rfind('第')
        && w[k..].ends_with('次')
        && w[k..].chars().count() <= 5
    {
        w.truncate(k);
    }
    for tail in ["的", "通过", "公告", "令"] {
        if let Some(rest) = w.strip_suffix(tail) {
            w = rest.to_string();
        }
    }
    w
}

/// The day a date value names, when it names one.
fn day(v: &DateValue) -> Option<NaiveDate> {
    match *v {
        DateValue::Day(d) | DateValue::From { from: Start::Date(Point::Day(d)), .. } => Some(d),
        _ => None,
    }
}

/// Words with which a decree's text announces the regulation it
/// promulgates: 现予公布, 现公布修订后的《…》.
/// (现将…意见稿予以公布 publishes a draft for comment: no promulgation.)
const ANNOUNCES: &[&str] = &["现予公布", "现予发布", "现予以公布", "现予以发布", "现公布", "现发布"];

/// The words that say from when a text applies (自…起施行).
const TAKES_EFFECT: [&str; 4] = ["起施行", "起实施", "起执行", "起生效"];

/// Whether `s` holds one of [`TAKES_EFFECT`]: one search for their 起
/// rather than one through `s` for each (this runs on every leaf). 起 is
/// looked for by its three bytes together: its last byte alone ends many a
/// Han character.
fn says_takes_effect(s: &str) -> bool {
    static QI: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("起"));
    QI.find_iter(s.as_bytes()).any(|i| TAKES_EFFECT.iter().any(|w| s[i..].starts_with(w)))
}

/// The events of a closing sentence in `text[span]`: its in-force event
/// (本条例自2019年1月1日起施行, 现公布…自…起施行); and, in a decree's text
/// (`decree`: its date, number and issuer), the promulgation it announces
/// (…已经2010年12月14日省政府第76次常务会议通过，现予公布; …已经市人民政府同意，
/// 现予发布) with the adoption it reports.
pub(crate) fn closing_events(
    text: &str,
    span: Span,
    year: Option<i32>,
    decree: Option<(Option<NaiveDate>, Option<&DocNumber>, Option<&str>)>,
) -> Vec<HistoryEvent> {
    let mut out = Vec::new();
    let announcing = |p: &str| decree.is_some() && ANNOUNCES.iter().any(|w| p.contains(w));
    // Most leaves say nothing of the kind: one scan rules them out.
    if !span.slice(text).is_some_and(|p| says_takes_effect(p) || announcing(p)) {
        return out;
    }
    for s in sentences(text, span) {
        let Some(words) = s.slice(text) else { continue };
        let skip = words.len() - after_marker(words).len();
        let (s, words) = (Span::new(s.start + skip, s.end), &words[skip..]);
        let own = words.starts_with('本') || words.starts_with("现公布") || words.starts_with("现予公布");
        let takes_effect = says_takes_effect(words) && words.contains('自');
        let announces = !words.starts_with('本') && announcing(words);
        if !(announces || own && takes_effect) {
            continue;
        }
        let text_of = strip_layout_spaces(words);
        if let Some((date, number, organ)) = decree.filter(|_| announces) {
            // …已经…会议通过，现予公布: the adoption, read as a note's.
            let at = ANNOUNCES.iter().filter_map(|w| words.find(w)).min().unwrap_or(0);
            let before = Span::new(s.start, s.start + at);
            out.extend(note_events(text, before, year).into_iter().filter(|e| e.kind == EventKind::Adopted));
            out.push(HistoryEvent {
                kind: EventKind::Promulgated,
                date,
                organ: organ.map(str::to_string),
                doc_number: number.cloned(),
                text: text_of.clone(),
                span: s,
            });
        }
        if !takes_effect {
            continue;
        }
        // A decree's 自发布之日起施行 counts from the decree's own date.
        let issued = decree.filter(|_| announces).and_then(|(date, _, _)| date);
        // Read with its wrapped lines joined (自\n发布之日起施行).
        let joined = crate::text::Unwrapped::new(words);
        let from = DateParser::new()
            .context_year(year)
            .validity(joined.as_str())
            .and_then(|v| issued.map_or(v, |d| v.with_issue_date(d)).from)
            .or_else(|| {
                issued.filter(|_| ["自发布之日起", "自公布之日起"].iter().any(|w| joined.as_str().contains(w)))
            });
        out.push(HistoryEvent {
            kind: EventKind::Effective,
            date: from,
            organ: None,
            doc_number: None,
            text: text_of,
            span: s,
        });
    }
    out
}

/// The documents repealed by the sentences of `text[span]` that end in
/// 同时废止 or 予以废止.
pub(crate) fn repeals(text: &str, span: Span) -> Vec<Repeal> {
    let mut out = Vec::new();
    // Where 废止 stands: a sentence without one is passed over unsearched.
    let Some(part) = span.slice(text).filter(|p| p.contains("废止")) else { return out };
    let repealing: Vec<usize> = part.match_indices("废止").map(|(k, _)| span.start + k).collect();
    for s in sentences(text, span) {
        if !repealing.iter().any(|&k| s.start <= k && k + "废止".len() <= s.end) {
            continue;
        }
        let Some(words) = s.slice(text) else { continue };
        let Some(at) = ["同时废止", "予以废止"].iter().find_map(|w| words.find(w)) else { continue };
        let before = &words[..at];
        let mut from = 0;
        let mut titled = false;
        let titles = crate::text::title_spans(before);
        for (k, &t) in titles.iter().enumerate() {
            titled = true;
            // The first title's words start after the clause before them
            // (第七条 本解释公布施行后，《…》同时废止) and the marker.
            if from == 0 {
                let head = &before[..t.start];
                from = head.rfind(['，', ',', '；', ';']).map_or(head.len() - after_marker(head).len(), |k| {
                    k + head[k..].chars().next().map_or(1, char::len_utf8)
                });
            }
            let inner = &before[t.start + '《'.len_utf8()..t.end - '》'.len_utf8()];
            let title = strip_layout_spaces(inner);
            let numbers = find_doc_numbers(&before[from..t.start]);
            // Its number before it (…令第51号公布的《X》) or in brackets
            // right after it (《X》（法释〔2002〕18号）).
            let after = number_after(&before[t.end..]);
            let doc_number =
                numbers.last().map(|m| m.number.clone()).or_else(|| after.as_ref().map(|(n, _)| n.clone()));
            let end = t.end + after.map_or(0, |(_, len)| len);
            // A title that more words follow before the next one qualifies
            // the repealed text (…《关于修改〈北京市统计管理条例〉的决定》第一次
            // 修正，…修正的《北京市统计管理条例》同时废止): only the last title
            // and those that a list joins to it are repealed.
            let listed = ['、', '和', '及', '与', '，', '；'];
            if k + 1 < titles.len() && !before[end..].trim_start_matches(crate::text::is_space).starts_with(listed) {
                continue;
            }
            let lead =
                before[from..].len() - before[from..].trim_start_matches(['、', '和', '及', ' ', '\u{3000}']).len();
            out.push(Repeal {
                title,
                doc_number,
                citation: None,
                span: Span::new(s.start + from + lead, s.start + end),
            });
            from = end;
        }
        // 原规定同时废止: the old text, named by 原….
        if !titled
            && let Some(k) = before.rfind('原')
            && before[k..].chars().count() <= 12
            && !before[k..].starts_with("原则")
            && before[k..].chars().all(crate::text::is_han)
        {
            out.push(Repeal {
                title: before[k..].to_string(),
                doc_number: None,
                citation: None,
                span: Span::new(s.start + k, s.start + at),
            });
        }
    }
    out
}

/// A document number in brackets at the start of `s` (（法释〔2002〕18号）),
/// and the length of the brackets.
fn number_after(s: &str) -> Option<(DocNumber, usize)> {
    let open = s.chars().next().filter(|&c| matches!(c, '（' | '('))?;
    let close = s.find(['）', ')'])?;
    let inner = &s[open.len_utf8()..close];
    let number = crate::docnum::parse(inner.trim()).ok()?;
    Some((number, close + s[close..].chars().next()?.len_utf8()))
}

/// `s` without an article's marker at its start (第三十六条　本条例…).
pub(crate) fn after_marker(s: &str) -> &str {
    let Some(rest) = s.strip_prefix('第') else { return s };
    match rest.find('条') {
        Some(k)
            if k > 0 && rest[..k].chars().all(|c| "〇零一二三四五六七八九十百千".contains(c) || c.is_ascii_digit()) =>
        {
            let rest = &rest[k + '条'.len_utf8()..];
            let rest = rest
                .strip_prefix("之")
                .map_or(rest, |r| r.trim_start_matches(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']));
            rest.trim_start_matches(|c: char| crate::text::is_space(c) || c == '*')
        }
        _ => s,
    }
}
