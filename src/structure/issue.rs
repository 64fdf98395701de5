//! The parts of an issue around its documents: the masthead, the table of
//! contents (目录) and the colophon.
//!
//! Each is read by the shape gazettes print it in, not by one gazette's
//! layout: the masthead's lines in any order after the name, 目录 entries
//! title first or page first, with or without leaders, wrapped or not, and
//! colophons of any labels (see DESIGN.md, "The issue level is read by
//! shape"). Lines are classified in [`crate::layout::classify`].

use super::clauses::Item;
use crate::layout::classify::Class;
use crate::lexicon::{ColophonField, colophon_field};
use crate::model::{Block, Colophon, Field, Issue, MarkerStyle, Role, TocEntry};
use crate::text::{match_key, strip_layout_spaces};

/// The masthead at the head of `items`: the gazette's name, then within the
/// next lines, in any order, the year, the issue line, the cumulative
/// number and the publication date (5月20日出版, a date line, or an
/// 出版日期 field). Returns the issue and the number of items it used.
pub(crate) fn masthead(items: &[Item<'_>], blocks: &mut Vec<Block>) -> Option<(Issue, usize)> {
    let first = items.iter().take(MASTHEAD_SEARCH_LINES).position(|it| matches!(it.class, Class::Masthead))?;
    let mut issue = Issue {
        gazette: items[first].text.to_string(),
        year: None,
        number: None,
        cumulative_number: None,
        published: None,
        span: items[first].para.span,
    };
    let mut used = first + 1;
    let mut published: Option<&str> = None;
    let mut published_day: Option<chrono::NaiveDate> = None;
    for it in items.iter().skip(first + 1).take(MAX_MASTHEAD_LINES) {
        match *it.class {
            Class::Year(y) if issue.year.is_none() => issue.year = Some(y),
            Class::IssueLine { year, number, cumulative } => {
                issue.year = issue.year.or(year);
                issue.number = number;
                issue.cumulative_number = issue.cumulative_number.or(cumulative);
            }
            Class::Cumulative(n) => issue.cumulative_number = Some(n),
            Class::Published { .. } => published = Some(it.text),
            // A whole date in the masthead (2023年3月15日, 出版日期：
            // 2023年3月15日) is the day the issue came out.
            Class::Date(d) => published_day = Some(d),
            // 出版日期：2023年4月30日, the date as a labelled field.
            Class::Field { ref label, ref value }
                if colophon_field(label.as_str()) == Some(ColophonField::Published) =>
            {
                published = Some(value.as_str());
            }
            // A subtitle in Latin letters (GAZETTE OF THE STATE COUNCIL…)
            // or a bracketed note on the frequency (（半月刊）).
            _ if is_masthead_note(it.text) => {}
            _ => break,
        }
        issue.span = issue.span.join(it.para.span);
        used += 1;
    }
    if issue.number.is_none() && issue.year.is_none() {
        return None;
    }
    issue.published = published_day;
    if let (Some(p), Some(year)) = (published, issue.year)
        && let Ok(crate::date::DateValue::Day(d)) = crate::date::DateParser::new().context_year(year).parse(p)
    {
        issue.published = Some(d);
    }
    for (k, it) in items[..used].iter().enumerate() {
        let role = if k == first { Role::Masthead } else { Role::IssueLine };
        blocks.push(Block { role, text: it.text.to_string(), span: it.para.span });
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
        _ => crate::text::stripped_layout_spaces(it.text) == "序言",
    };
    let first = items.first().filter(|it| is_heading(it))?;
    let key = match_key(first.text);
    let stop = items.iter().skip(1).position(|it| !is_heading(it) || match_key(it.text) == key)? + 1;
    let repeats = match_key(items[stop].text) == key;
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
/// section headings and entries. `text` is the source the items were read
/// from. Returns the entries and the number of items used; a section
/// heading that ends the run belongs to the body, not the TOC.
///
/// An entry is a title and its page number, printed in one of two orders:
/// the title, leaders and the page (…的通知……（3）, …的通知 ……… 5), read
/// by the classifier; or the page, a space and the title (12 关于…的通知),
/// read here where a 目录 makes a leading number a page. A title too long
/// for its line wraps: in the first order its first line has no page and
/// the line with the page follows (perhaps leaders and the page alone); in
/// the second the page stands on the first line and the rest of the title
/// (the line that supplies its 文种) follows. A section heading names the
/// kind of document the entries under it are: 【市政府办公厅文件】 in
/// brackets, or a short line alone (国务院文件, 部门文件, 人事任免). An
/// entry set in by a space, or naming the policy the entry above issues,
/// stands under it (level 1).
pub(crate) fn toc(text: &str, items: &[Item<'_>], blocks: &mut Vec<Block>) -> Option<(Vec<TocEntry>, usize)> {
    if !matches!(items.first()?.class, Class::TocHeading) {
        return None;
    }
    let mut entries: Vec<TocEntry> = Vec::new();
    let mut roles = vec![Role::TocHeading];
    let mut section: Option<String> = None;
    let mut used = 1;
    // Lines of a title whose page is still to come.
    let mut wrapped: Vec<&Item<'_>> = Vec::new();
    // Whether the last entry was printed page first (its title may go on).
    let mut page_first = false;
    for (k, it) in items.iter().enumerate().skip(1) {
        let t = it.text;
        let paged = match it.class {
            Class::TocEntry { title, page } => Some((title.clone(), *page)),
            _ => match title_then_spaced_page(text, it) {
                Some((title, page)) => Some((title, Some(page))),
                None if !wrapped.is_empty() => leader_page(t).map(|page| (String::new(), Some(page))),
                None => None,
            },
        };
        if let Some((title, page)) = paged {
            let first = wrapped.first().copied().unwrap_or(it);
            let title: String = wrapped.iter().map(|w| w.text).collect::<String>() + &title;
            let span = wrapped.iter().fold(it.para.span, |s, w| s.join(w.para.span));
            wrapped.clear();
            push_entry(&mut entries, &section, title, page, first.para.indent > 0, span);
            page_first = false;
        } else if let Some((page, title)) = wrapped.is_empty().then(|| page_then_title(text, it)).flatten() {
            push_entry(&mut entries, &section, title, Some(page), it.para.indent > 0, it.para.span);
            page_first = true;
        } else if page_first
            && matches!(it.class, Class::Heading)
            && let Some(last) = entries.last_mut()
            && crate::text::genre(&last.title).is_none()
            && crate::text::genre(&(last.title.clone() + t)).is_some()
        {
            // The rest of a title printed page first: it brings the 文种.
            last.title.push_str(&strip_layout_spaces(t));
            last.span = last.span.join(it.para.span);
            let n = entries.len();
            if n >= 2 && issues(&entries[n - 2], &entries[n - 1].title) {
                entries[n - 1].level = 1;
            }
            page_first = false;
        } else if wrapped.is_empty()
            && let Some(name) = section_heading(it)
        {
            section = Some(name);
            page_first = false;
            roles.push(Role::Banner);
            continue;
        } else if matches!(it.class, Class::Heading | Class::Interpretation(_))
            && wrapped.len() < MAX_WRAPPED_TOC_LINES
            && items.get(k + 1).is_some_and(|n| continues_toc_title(n))
        {
            wrapped.push(it);
            roles.push(Role::TocEntry);
            continue;
        } else {
            break;
        }
        roles.push(Role::TocEntry);
        used = k + 1;
    }
    if entries.is_empty() {
        return None;
    }
    for (it, role) in items[..used].iter().zip(roles) {
        blocks.push(Block { role, text: it.text.to_string(), span: it.para.span });
    }
    Some((entries, used))
}

/// Lines a 目录 title may wrap over before the line with its page.
const MAX_WRAPPED_TOC_LINES: usize = 3;

/// Longest section heading of a 目录 printed without brackets: it names a
/// kind of document in a few words (国务院办公厅文件, 8 characters;
/// 省政府办公厅规范性文件, 11). A title wraps only where it fills its line,
/// so a short line alone is a heading and a longer one a title's first line.
const MAX_TOC_SECTION_CHARS: usize = 12;

/// Adds an entry under `section`. Indented under the entry before, or named
/// by it (印发《X》的通知 above X): where indentation is lost, the name tells.
fn push_entry(
    entries: &mut Vec<TocEntry>,
    section: &Option<String>,
    title: String,
    page: Option<u32>,
    indented: bool,
    span: crate::text::Span,
) {
    let title = strip_layout_spaces(&title);
    let issued = entries.last().is_some_and(|prev| issues(prev, &title));
    entries.push(TocEntry {
        section: section.clone(),
        title,
        page,
        document: None,
        level: u8::from(indented || issued),
        span,
    });
}

/// Whether the entry `prev` issues the policy titled `title` (印发《X》的通知
/// above X).
fn issues(prev: &TocEntry, title: &str) -> bool {
    prev.level == 0 && crate::text::issued_titles(&prev.title).iter().any(|t| match_key(t) == match_key(title))
}

/// The name of a 目录 section heading: a banner (【国务院文件】) or a short
/// heading line alone (国务院文件).
fn section_heading(it: &Item<'_>) -> Option<String> {
    match it.class {
        Class::Banner(name) => Some(name.clone()),
        Class::Heading if it.text.chars().count() <= MAX_TOC_SECTION_CHARS => Some(it.text.to_string()),
        _ => None,
    }
}

/// Whether `next` may carry on a 目录 title that has no page yet: an entry
/// line, leaders and a page alone, or another line of the title.
fn continues_toc_title(next: &Item<'_>) -> bool {
    matches!(next.class, Class::TocEntry { .. } | Class::Heading) || leader_page(next.text).is_some()
}

/// The page of a line that is only leaders and a page number (……… 21,
/// ……（21）): the end of an entry whose title wrapped onto the line above.
fn leader_page(t: &str) -> Option<u32> {
    let rest = t.trim_start_matches(|c: char| LEADERS.contains(c) || crate::text::is_space(c));
    let leaders = t[..t.len() - rest.len()].chars().filter(|c| LEADERS.contains(*c)).count();
    let page = rest.trim_start_matches(['（', '(']).trim_end_matches([')', '）']).trim();
    let digits = !page.is_empty() && page.chars().count() <= MAX_PAGE_DIGITS && page.chars().all(crate::text::is_digit);
    (leaders >= MIN_LEADERS && digits).then(|| crate::text::fold(page).parse().ok()).flatten()
}

/// Fewest leader characters before a page alone on its line: one dot is
/// punctuation, a run of them is a leader.
const MIN_LEADERS: usize = 2;

/// Dot leaders between a 目录 title and its page.
const LEADERS: &str = ".．·…—－-";

/// Most digits in a page number.
const MAX_PAGE_DIGITS: usize = 4;

/// An entry whose leaders were lost (drawn as graphics, or dropped by the
/// extraction): a title, a run of spaces and a page number at the end of
/// the line (国务院关于…的决定      4). The spaces are read from the source
/// line, since paragraph text has layout spaces removed; one space is not
/// enough, as a title may end in a number after a word space.
fn title_then_spaced_page(text: &str, it: &Item<'_>) -> Option<(String, u32)> {
    if !matches!(it.class, Class::Heading | Class::Text | Class::Interpretation(_)) {
        return None;
    }
    let last = it.para.lines.last()?;
    let line = text.get(last.start..last.end)?.trim_end();
    let head = line.trim_end_matches(crate::text::is_digit);
    let digits = &line[head.len()..];
    let gap = &head[head.trim_end_matches(crate::text::is_space).len()..];
    let wide = gap.chars().count() >= MIN_PAGE_GAP_SPACES || gap.contains(['\u{3000}', '\t']);
    if digits.is_empty() || digits.chars().count() > MAX_PAGE_DIGITS || !wide {
        return None;
    }
    let page: u32 = crate::text::fold(digits).parse().ok()?;
    let title = it.text.trim_end_matches(crate::text::is_digit);
    let sentence = title.contains(['。', '；', '，', ',', ';']);
    (!title.is_empty() && !sentence).then(|| (title.to_string(), page))
}

/// Fewest ASCII spaces between a title and a page whose leaders are lost.
const MIN_PAGE_GAP_SPACES: usize = 2;

/// An entry printed page first: a page number, a space, and a title
/// without sentence punctuation (12 关于…的通知). The space is read from
/// the source line, since paragraph text has layout spaces removed.
fn page_then_title(text: &str, it: &Item<'_>) -> Option<(u32, String)> {
    if !matches!(it.class, Class::Heading | Class::Text | Class::Interpretation(_)) {
        return None;
    }
    let line = text.get(it.para.lines.first()?.start..it.para.lines.first()?.end)?.trim_start();
    let digits = line.find(|c: char| !crate::text::is_digit(c))?;
    let rest = &line[digits..];
    let spaced = rest.starts_with(|c: char| crate::text::is_space(c));
    if digits == 0 || line[..digits].chars().count() > MAX_PAGE_DIGITS || !spaced {
        return None;
    }
    let page: u32 = crate::text::fold(&line[..digits]).parse().ok()?;
    // The paragraph text starts with the same digits, the space gone.
    let title: String = it.text.chars().skip(line[..digits].chars().count()).collect();
    let title = title.trim_start().to_string();
    let sentence = title.contains(['。', '；', '，', ',', ';']);
    // 2023 年上海市政务公开工作要点: a year before 年, not a page.
    let year = title.starts_with(['年', '月', '日']);
    (title.chars().any(crate::text::is_han) && !sentence && !year).then_some((page, title))
}

/// The colophon at the end of `items`: from the last gazette name
/// followed (after masthead notes such as （半月刊）) by an issue line (or
/// its year or cumulative number alone), a publication line or a colophon
/// field (主管：…, as gazettes that print no
/// issue line in the colophon have it), to the end, if everything after it reads as colophon
/// lines: `label：value` fields (known labels fill the typed fields), the
/// issue, year, cumulative number and publication lines, and short unlabelled notes (免费赠阅).
/// Returns the colophon and where it starts.
pub(crate) fn colophon(items: &[Item<'_>], year: Option<i32>, blocks: &mut Vec<Block>) -> Option<(Colophon, usize)> {
    let start = (0..items.len()).rev().take(MAX_COLOPHON_LINES).find(|&k| {
        matches!(items[k].class, Class::Masthead)
            && items[k + 1..].iter().take(COLOPHON_NOTE_LINES).find(|n| !is_masthead_note(n.text)).is_some_and(|n| {
                matches!(
                    n.class,
                    Class::IssueLine { .. }
                        | Class::Year(_)
                        | Class::Cumulative(_)
                        | Class::Published { .. }
                        | Class::Field { .. }
                )
            })
    })?;
    let mut c =
        Colophon { gazette: Some(items[start].text.to_string()), span: items[start].para.span, ..Colophon::default() };
    let mut issue_year = year;
    for it in &items[start + 1..] {
        let t = it.text;
        match it.class {
            Class::IssueLine { year, .. } => {
                c.issue = Some(c.issue.take().unwrap_or_default() + t);
                issue_year = issue_year.or(*year);
            }
            // The year and the cumulative number on lines of their own
            // (2023 / 第12号 / 〔总号：1798〕) are parts of the issue line.
            Class::Year(_) | Class::Cumulative(_) => c.issue = Some(c.issue.take().unwrap_or_default() + t),
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
        blocks.push(Block { role: Role::Colophon, text: it.text.to_string(), span: it.para.span });
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
    let label = crate::text::stripped_layout_spaces(label);
    let short = (1..=MAX_FIELD_LABEL_CHARS).contains(&label.chars().count()) && label.chars().all(crate::text::is_han);
    short.then(|| (label.into_owned(), value.trim().to_string()))
}

/// Longest unlabelled colophon note (免费赠阅, 内部资料, 准印证号: a few words).
const MAX_SHORT_NOTE_CHARS: usize = 12;

/// A short line without sentence punctuation: 免费赠阅, 内部资料.
fn is_short_note(t: &str) -> bool {
    let n = t.chars().count();
    (1..=MAX_SHORT_NOTE_CHARS).contains(&n) && !t.contains(['。', '，', '；', '：', ':'])
}
