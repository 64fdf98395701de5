//! The parts of an issue around its documents: the masthead, the table of
//! contents (目录) and the colophon.

use super::clauses::Item;
use crate::layout::classify::Class;
use crate::lexicon::{ColophonField, colophon_field};
use crate::model::{Block, Colophon, Field, Issue, MarkerStyle, Role, TocEntry};
use crate::text::{match_key, strip_layout_spaces};

/// The masthead at the head of `items`: the gazette's name, then within the
/// next lines the year and the issue line. Returns the issue and the number
/// of items it used.
pub(crate) fn masthead(items: &[Item<'_>], blocks: &mut Vec<Block>) -> Option<(Issue, usize)> {
    let first = items.iter().take(MASTHEAD_SEARCH_LINES).position(|it| matches!(it.class, Class::Masthead))?;
    let mut issue = Issue {
        gazette: items[first].para.text.clone(),
        year: None,
        number: None,
        cumulative_number: None,
        published: None,
        span: items[first].para.span,
    };
    let mut used = first + 1;
    let mut published: Option<&Item<'_>> = None;
    for it in items.iter().skip(first + 1).take(MAX_MASTHEAD_LINES) {
        match *it.class {
            Class::Year(y) if issue.year.is_none() => issue.year = Some(y),
            Class::IssueLine { year, number, cumulative } => {
                issue.year = issue.year.or(year);
                issue.number = number;
                issue.cumulative_number = issue.cumulative_number.or(cumulative);
            }
            Class::Cumulative(n) => issue.cumulative_number = Some(n),
            Class::Published { .. } => published = Some(it),
            // A subtitle in Latin letters (GAZETTE OF THE STATE COUNCIL…)
            // or a bracketed note on the frequency (（半月刊）).
            _ if is_masthead_note(&it.para.text) => {}
            _ => break,
        }
        issue.span = issue.span.join(it.para.span);
        used += 1;
    }
    if issue.number.is_none() && issue.year.is_none() {
        return None;
    }
    if let (Some(p), Some(year)) = (published, issue.year)
        && let Ok(crate::date::DateValue::Day(d)) =
            crate::date::DateParser::new().context_year(year).parse(&p.para.text)
    {
        issue.published = Some(d);
    }
    for (k, it) in items[..used].iter().enumerate() {
        let role = if k == first { Role::Masthead } else { Role::IssueLine };
        blocks.push(Block { role, text: it.para.text.clone(), span: it.para.span });
    }
    Some((issue, used))
}

/// A law's 目录 printed without its heading: at the head of the body, a
/// run of heading lines (第一编, 第一章, 第一节, 序言) with nothing between
/// them, until the first of them appears again. Returns how many items
/// it holds. A 目录 with its heading is read where the heading is.
pub(crate) fn untitled_law_toc(items: &[Item<'_>]) -> Option<usize> {
    let is_heading = |it: &Item<'_>| match it.class {
        Class::Marker(m) => {
            matches!(m.style, MarkerStyle::Part | MarkerStyle::Chapter | MarkerStyle::Section)
        }
        _ => strip_layout_spaces(&it.para.text) == "序言",
    };
    let first = items.first().filter(|it| is_heading(it))?;
    let key = match_key(&first.para.text);
    let stop = items.iter().skip(1).position(|it| !is_heading(it) || match_key(&it.para.text) == key)? + 1;
    let repeats = match_key(&items[stop].para.text) == key;
    (repeats && stop >= MIN_UNTITLED_TOC_ENTRIES).then_some(stop)
}

/// Fewest entries of a 目录 without its heading: two headings in a row are
/// a chapter and its first section, not a 目录.
const MIN_UNTITLED_TOC_ENTRIES: usize = 3;

/// Lines at the head of an issue searched for the gazette's name: it opens
/// the issue, after a line or two of cover text at most.
const MASTHEAD_SEARCH_LINES: usize = 3;

/// Lines the masthead may hold besides the name, year and numbers.
const MAX_MASTHEAD_LINES: usize = 6;

/// Longest bracketed note under a gazette's name (（半月刊）, （内部发行）:
/// 4 or 6 characters); a longer bracketed line is no note.
const MAX_MASTHEAD_NOTE_CHARS: usize = 10;

/// A masthead line that is neither a number nor a date: a subtitle in
/// Latin letters, or a short bracketed note (（半月刊）, （内部发行）).
fn is_masthead_note(t: &str) -> bool {
    let latin = !t.is_empty() && t.chars().all(|c| c.is_ascii() && !c.is_ascii_digit());
    let note = t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && t.chars().count() <= MAX_MASTHEAD_NOTE_CHARS;
    latin || note
}

/// The table of contents that starts at `items[0]` (a 目录 heading):
/// banners and entries. An entry set in by a space stands under the entry
/// before it (level 1). Returns the entries and the number of items used;
/// a banner that ends the run belongs to the body, not the TOC.
pub(crate) fn toc(items: &[Item<'_>], blocks: &mut Vec<Block>) -> Option<(Vec<TocEntry>, usize)> {
    if !matches!(items.first()?.class, Class::TocHeading) {
        return None;
    }
    let mut entries = Vec::new();
    let mut section: Option<String> = None;
    let mut used = 1;
    let mut pending_banner: Option<usize> = None;
    // A long title may wrap: its first line has no page number, the entry
    // line after it does.
    let mut wrapped: Option<&Item<'_>> = None;
    for (k, it) in items.iter().enumerate().skip(1) {
        match it.class {
            Class::Banner(name) if wrapped.is_none() => {
                section = Some(name.clone());
                pending_banner = Some(k);
            }
            Class::TocEntry { title, page } => {
                pending_banner = None;
                let first = wrapped.take();
                let title = first.map_or_else(String::new, |w| w.para.text.clone()) + title;
                // Indented under the entry before, or named by it (印发《X》的
                // 通知 above X): where indentation is lost, the name tells.
                let issued = entries.last().is_some_and(|prev: &TocEntry| {
                    prev.level == 0
                        && crate::text::issued_titles(&prev.title)
                            .iter()
                            .any(|t| crate::text::match_key(t) == crate::text::match_key(&title))
                });
                entries.push(TocEntry {
                    section: section.clone(),
                    title,
                    page: *page,
                    document: None,
                    level: u8::from(first.unwrap_or(it).para.indent > 0 || issued),
                    span: first.map_or(it.para.span, |w| w.para.span.join(it.para.span)),
                });
            }
            Class::Heading | Class::Interpretation(_) if wrapped.is_none() => {
                let next_is_entry = items.get(k + 1).is_some_and(|n| matches!(n.class, Class::TocEntry { .. }));
                if !next_is_entry {
                    break;
                }
                wrapped = Some(it);
            }
            _ => break,
        }
        used = k + 1;
    }
    if entries.is_empty() {
        return None;
    }
    if let Some(b) = pending_banner {
        used = b;
    }
    for (k, it) in items[..used].iter().enumerate() {
        let role = match it.class {
            Class::TocHeading if k == 0 => Role::TocHeading,
            Class::Banner(_) => Role::Banner,
            _ => Role::TocEntry,
        };
        blocks.push(Block { role, text: it.para.text.clone(), span: it.para.span });
    }
    Some((entries, used))
}

/// The colophon at the end of `items`: from the last gazette name
/// followed (after masthead notes such as （半月刊）) by an issue line or a
/// publication line, to the end, if everything after it reads as colophon
/// lines: `label：value` fields (known labels fill the typed fields), the
/// issue and publication lines, and short unlabelled notes (免费赠阅).
/// Returns the colophon and where it starts.
pub(crate) fn colophon(items: &[Item<'_>], year: Option<i32>, blocks: &mut Vec<Block>) -> Option<(Colophon, usize)> {
    let start = (0..items.len()).rev().take(MAX_COLOPHON_LINES).find(|&k| {
        matches!(items[k].class, Class::Masthead)
            && items[k + 1..]
                .iter()
                .take(COLOPHON_NOTE_LINES)
                .find(|n| !is_masthead_note(&n.para.text))
                .is_some_and(|n| matches!(n.class, Class::IssueLine { .. } | Class::Published { .. }))
    })?;
    let mut c =
        Colophon { gazette: Some(items[start].para.text.clone()), span: items[start].para.span, ..Colophon::default() };
    let mut issue_year = year;
    for it in &items[start + 1..] {
        let t = it.para.text.as_str();
        match it.class {
            Class::IssueLine { year, .. } => {
                c.issue = Some(t.to_string());
                issue_year = issue_year.or(*year);
            }
            Class::Published { .. } => c.published = day(t, issue_year),
            Class::Field { label, value } => set_field(&mut c, label, value, issue_year, it),
            _ => match generic_field(t) {
                Some((label, value)) => set_field(&mut c, &label, &value, issue_year, it),
                None if is_masthead_note(t) || is_short_note(t) => {
                    c.fields.push(Field { label: String::new(), value: t.to_string(), span: it.para.span })
                }
                None => return None,
            },
        }
        c.span = c.span.join(it.para.span);
    }
    for it in &items[start..] {
        blocks.push(Block { role: Role::Colophon, text: it.para.text.clone(), span: it.para.span });
    }
    Some((c, start))
}

/// Lines after the gazette's name in a colophon searched for its issue or
/// publication line: masthead notes (（半月刊）, a subtitle in Latin letters)
/// may stand between.
const COLOPHON_NOTE_LINES: usize = 3;

/// Lines the colophon may have.
const MAX_COLOPHON_LINES: usize = 40;

fn day(t: &str, year: Option<i32>) -> Option<chrono::NaiveDate> {
    match crate::date::DateParser::new().context_year(year).parse(t) {
        Ok(crate::date::DateValue::Day(d)) => Some(d),
        _ => None,
    }
}

/// Files a `label: value` line under its typed field, and in `fields`.
fn set_field(c: &mut Colophon, label: &str, value: &str, year: Option<i32>, it: &Item<'_>) {
    let v = || Some(value.to_string());
    match colophon_field(label) {
        Some(ColophonField::Supervisor) => c.supervisor = v(),
        Some(ColophonField::Sponsor) => c.sponsor = v(),
        Some(ColophonField::SupervisorAndSponsor) => {
            c.supervisor = v();
            c.sponsor = v();
        }
        Some(ColophonField::Editor) => c.editor = v(),
        Some(ColophonField::Distribution) => c.distribution = v(),
        Some(ColophonField::Price) => c.price = v(),
        Some(ColophonField::Printer) => c.printer = v(),
        Some(ColophonField::Website) => c.website = v(),
        Some(ColophonField::Serial) => c.serial = v(),
        Some(ColophonField::Issn) => c.issn = v(),
        Some(ColophonField::Published) => c.published = c.published.or(day(value, year)),
        _ => {}
    }
    c.fields.push(Field { label: label.to_string(), value: value.to_string(), span: it.para.span });
}

/// Longest label of a colophon field: 国内统一连续出版物号, the longest
/// label printed, is 10 characters; a longer text before a colon is a
/// sentence.
const MAX_FIELD_LABEL_CHARS: usize = 10;

/// `label：value` with a short label of characters only.
fn generic_field(t: &str) -> Option<(String, String)> {
    let folded = crate::text::fold(t);
    let (label, value) = folded.split_once(':')?;
    let label = crate::text::strip_layout_spaces(label);
    let short = (1..=MAX_FIELD_LABEL_CHARS).contains(&label.chars().count()) && label.chars().all(crate::text::is_han);
    short.then(|| (label, value.trim().to_string()))
}

/// Longest unlabelled colophon note (免费赠阅, 内部资料, 准印证号: a few words).
const MAX_SHORT_NOTE_CHARS: usize = 12;

/// A short line without sentence punctuation: 免费赠阅, 内部资料.
fn is_short_note(t: &str) -> bool {
    let n = t.chars().count();
    (1..=MAX_SHORT_NOTE_CHARS).contains(&n) && !t.contains(['。', '，', '；', '：', ':'])
}
