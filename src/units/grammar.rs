//! The grammar of a list's content, read on its compact view: clauses,
//! labels, role verbs, names split at 、 会同 and conjunctions, a
//! terminating 等 and the collective it summarises, and the checks a name
//! must pass.

use std::borrow::Cow;
use std::ops::Range;

use super::collective::{is_collective, merge};
use super::compact::Compact;
use super::label::{field_at, label_at};
use super::{LabeledField, Responsibility, UnitsFault};
use crate::error::Error;
use crate::lexicon::{
    ADMIN_LEVELS, COLLECTIVES, CONJUNCTIONS, GENERIC_NOUNS, LEAD_MARKS, LEVEL_SUFFIXES, NOT_IN_NAMES, NOTE_PHRASES,
    ROLE_ADVERBS, ROLE_VERBS, ends_like_organ,
};
use crate::text::{CharSet, Span, is_sentence_end};

/// One unit found in a clause (compact range) with its role.
struct Hit {
    name: Range<usize>,
    role: String,
    lead: bool,
}

const MAX_UNLABELED_CHARS: usize = 30;

/// The clauses of the content: cut at `，,；;。!?` outside inner
/// brackets, and before a label or another labelled field that follows a
/// labelled unit and a space (`牵头单位：A　配合单位：B`, `责任单位：A　完成时限：…`).
/// The text before such a label must end a name: a label after `、` or a
/// colon continues a label.
pub(super) fn clauses(view: &Compact<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    let mut prev: Option<char> = None;
    let mut gaps = view.gaps().peekable();
    for (i, c) in view.s.char_indices() {
        let gap = gaps.next_if(|&g| g <= i).is_some_and(|g| g == i);
        if c == '(' {
            depth += 1;
        } else if c == ')' {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && (c == ',' || is_sentence_end(c)) {
            out.push(from..i);
            from = i + c.len_utf8();
        } else if depth == 0
            && gap
            && i > from
            && prev.is_some_and(|p| p != '、' && p != ':')
            // Only after a labelled part: a line break inside a label
            // (责任\n部门、单位：) is a gap before a word that reads as one.
            && view.s[from..i].contains(':')
            && (label_at(&view.s[i..]).is_some() || field_at(&view.s[i..]).is_some())
        {
            out.push(from..i);
            from = i;
        }
        prev = Some(c);
    }
    out.push(from..view.s.len());
    out
}

/// Splits `r` at the characters `is_sep` outside inner brackets.
fn split_top(view: &Compact<'_>, r: Range<usize>, is_sep: impl Fn(char) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = r.start;
    for (i, c) in view.s[r.clone()].char_indices() {
        let i = r.start + i;
        if c == '(' {
            depth += 1;
        } else if c == ')' {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && is_sep(c) {
            out.push(from..i);
            from = i + c.len_utf8();
        }
    }
    out.push(from..r.end);
    out
}

/// Reads the list between `open` and `close`; also says whether it had a
/// label.
pub(super) fn read_list(text: &str, open: Span, close: Span) -> Result<(Responsibility, bool), Error> {
    let c = Compact::new(text, Span::new(open.end, close.start));
    let mut hits: Vec<Hit> = Vec::new();
    let mut label_text: Option<String> = None;
    // The label the clauses stand under, when it is not the first one,
    // `label_text` (which is then not copied).
    let mut later_label: Option<String> = None;
    let mut first_is_lead = false;
    let mut fields: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    // After a field (完成时限：…), unlabeled clauses continue its value.
    let mut in_field = false;
    // Units without a verb after a verb clause, waiting for the verb that
    // closes them: （A牵头，B、C等部门，D、E配合）: B and C 配合 too.
    let mut waiting: Vec<Range<usize>> = Vec::new();
    let parts = clauses(&c);
    for (k, clause) in parts.iter().cloned().enumerate() {
        if clause.is_empty() {
            continue;
        }
        let assigned = !hits.is_empty();
        let body = c.at(&clause);
        if body.contains("牵头") && (body.contains("第一") || body.contains("首位")) {
            first_is_lead = true;
            continue;
        }
        if let Some((lab_len, units_at)) = label_at(body) {
            in_field = false;
            let lab = &body[..lab_len];
            let lab_range = clause.start..clause.start + lab_len;
            let printed = c.printed(&lab_range);
            if label_text.is_none() {
                label_text = Some(printed);
            } else {
                later_label = Some(printed);
            }
            let printed = later_label.as_deref().or(label_text.as_deref()).unwrap_or_default();
            let units = clause.start + units_at..clause.end;
            if units.is_empty() {
                return Err(Error::at(c.span(&clause), UnitsFault::LabelWithoutUnits));
            }
            let (units, verb) = strip_role(&c, units);
            let (role, lead) = match &verb {
                Some(v) => (Cow::Owned(c.printed(v)), c.at(v).contains("牵头")),
                None => (Cow::Borrowed(printed), lab.contains("牵头")),
            };
            units_of(&c, units, false, &role, lead, &mut hits)?;
            continue;
        }
        if let Some((lab_len, value_at)) = field_at(body) {
            in_field = true;
            fields.push((clause.start..clause.start + lab_len, clause.start + value_at..clause.end));
            continue;
        }
        let (units, verb) = strip_role(&c, clause.clone());
        if verb.is_none()
            && in_field
            && let Some((_, value)) = fields.last_mut()
        {
            value.end = clause.end;
            continue;
        }
        in_field = false;
        if let Some(v) = verb {
            let role = c.printed(&v);
            let lead = c.at(&v).contains("牵头");
            let mut found = Vec::new();
            for w in waiting.drain(..) {
                let mut before = Vec::new();
                if units_of(&c, w, true, &role, lead, &mut before).is_ok() {
                    found.append(&mut before);
                }
            }
            match units_of(&c, units, true, &role, lead, &mut found) {
                Ok(()) => hits.append(&mut found),
                Err(e) if !assigned => return Err(e),
                Err(_) => {}
            }
            continue;
        }
        if let Some(lab) = later_label.as_ref().or(label_text.as_ref()) {
            if !NOTE_PHRASES.contains(&body) {
                let mut found = Vec::new();
                let ok = units_of(&c, clause.clone(), true, lab, lab.contains("牵头"), &mut found).is_ok();
                if ok && found.iter().any(|h| ends_in_organ(c.at(&h.name)) || c.at(&h.name).starts_with('各')) {
                    hits.append(&mut found);
                }
            }
            continue;
        }
        // A remark before the first label (`（5月底完成，牵头考核单位：A）`)
        // is a note, as one after the units is.
        if !assigned && !parts[k + 1..].iter().any(|p| label_at(c.at(p)).is_some()) {
            return Err(Error::at(c.span(&clause), UnitsFault::NoLabelOrVerb));
        }
        waiting.push(units);
    }
    let whole = Span::new(open.start, close.end);
    if hits.is_empty() {
        return Err(Error::at(whole, UnitsFault::NamesNoUnit));
    }
    let labeled = label_text.is_some();
    if !labeled && !hits.iter().any(|h| ends_in_organ(&c.s[h.name.clone()]) || is_collective(&c.s[h.name.clone()])) {
        return Err(Error::at(whole, UnitsFault::NoAgencyEnding));
    }
    let mut list = Responsibility {
        label: label_text,
        units: Vec::with_capacity(hits.len()),
        lead: Vec::new(),
        roles: Vec::with_capacity(hits.len()),
        span: whole,
        unit_spans: Vec::with_capacity(hits.len()),
        fields: fields
            .iter()
            .map(|(lab, value)| LabeledField {
                label: c.printed(lab),
                value: c.printed(value),
                span: c.span(&(lab.start..value.end)),
            })
            .collect(),
    };
    for h in hits {
        let name = c.printed(&h.name);
        if h.lead {
            list.lead.push(name.clone());
        }
        list.units.push(name);
        list.roles.push(h.role);
        list.unit_spans.push(c.span(&h.name));
    }
    if first_is_lead && list.lead.is_empty() {
        list.lead.push(list.units[0].clone());
    }
    Ok((list, labeled))
}

/// Splits a trailing role verb chain (`负责`, `牵头负责`, `按职责分工负责`)
/// off `r`: the units before it and the verb chain, if any. The units must
/// not be empty for the verb to count.
fn strip_role(c: &Compact<'_>, r: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    let mut end = r.end;
    loop {
        let s = &c.s[r.start..end];
        match ROLE_VERBS.iter().find(|v| s.ends_with(*v)) {
            Some(v) => end -= v.len(),
            None => break,
        }
    }
    if end == r.end {
        return (r, None);
    }
    let s = &c.s[r.start..end];
    if let Some(a) = ROLE_ADVERBS.iter().find(|a| s.ends_with(*a)) {
        end -= a.len();
    }
    if end == r.start {
        return (r, None);
    }
    (r.start..end, Some(end..r.end))
}

/// The units of compact range `r`, appended to `out` with `role`.
/// `strict`: the names carry no label, so they must look like agency names.
fn units_of(
    c: &Compact<'_>,
    r: Range<usize>,
    strict: bool,
    role: &str,
    lead: bool,
    out: &mut Vec<Hit>,
) -> Result<(), Error> {
    let before = out.len();
    let mut items = split_top(c, r.clone(), |ch| ch == '、');
    merge(c, &mut items);
    // A hit for each item, most often.
    out.reserve(items.len());
    let mut push = |piece: Range<usize>| {
        let (name, marked) = strip_lead_mark(c, piece);
        check_name(c, &name, strict)?;
        out.push(Hit { name, role: role.to_owned(), lead: lead || marked });
        Ok::<(), Error>(())
    };
    // Buffers for the parts of each item, reused across items.
    let (mut parts, mut pieces) = (Vec::new(), Vec::new());
    for item in items {
        // Most names hold nothing to split or cut at: one scan tells.
        if SPLIT_OR_CUT.find(c.at(&item), 0).is_none() {
            push(item)?;
            continue;
        }
        parts.clear();
        split_huitong(c, item, &mut parts);
        for part in &parts {
            pieces.clear();
            split_conjunctions(c, part.clone(), &mut pieces);
            for piece in pieces.iter().cloned() {
                push(cut_deng(c, piece))?;
            }
        }
    }
    if out.len() == before {
        return Err(Error::at(c.span(&r), UnitsFault::ClauseWithoutUnit));
    }
    Ok(())
}

/// Whether `s` holds `c`: a name is a few characters, too few for a
/// substring search to pay for setting itself up.
fn holds(s: &str, c: char) -> bool {
    s.chars().any(|x| x == c)
}

/// Splits at 会同 outside brackets (`发展改革委会同有关部门`), appending the
/// parts to `out`.
fn split_huitong(c: &Compact<'_>, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &c.s[r.clone()];
    // Most names hold no 会: nothing to split.
    if !holds(s, '会') {
        out.push(r);
        return;
    }
    let mut depth = 0usize;
    let mut from = r.start;
    let mut skip_to = 0;
    for (i, ch) in s.char_indices() {
        if i < skip_to {
            continue;
        }
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && s[i..].starts_with("会同") => {
                out.push(from..r.start + i);
                from = r.start + i + "会同".len();
                skip_to = i + "会同".len();
            }
            _ => {}
        }
    }
    out.push(from..r.end);
}

/// Splits at a conjunction (和 与 及 以及) outside brackets that follows 等
/// or precedes a collective (各 有关 相关 其他), appending the parts to
/// `out`.
fn split_conjunctions(c: &Compact<'_>, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &c.s[r.clone()];
    // Most names hold no conjunction: nothing to split.
    if !s.chars().any(|ch| CONJUNCTION_STARTS.contains(ch)) {
        out.push(r);
        return;
    }
    let mut depth = 0usize;
    let mut from = r.start;
    let mut skip_to = 0;
    let mut prev: Option<char> = None;
    for (i, ch) in s.char_indices() {
        if i < skip_to {
            prev = Some(ch);
            continue;
        }
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                if let Some(conj) = CONJUNCTIONS.iter().find(|j| s[i..].starts_with(*j)) {
                    let after = &s[i + conj.len()..];
                    if prev == Some('等') || COLLECTIVES.iter().any(|k| after.starts_with(k)) {
                        out.push(from..r.start + i);
                        from = r.start + i + conj.len();
                        skip_to = i + conj.len();
                    }
                }
            }
            _ => {}
        }
        prev = Some(ch);
    }
    out.push(from..r.end);
}

/// The first characters of [`CONJUNCTIONS`].
const CONJUNCTION_STARTS: CharSet = CharSet::EMPTY.with_first_chars_of(CONJUNCTIONS);

/// What a name must hold to be split at 会同 ([`split_huitong`]) or a
/// conjunction ([`split_conjunctions`]), or cut at 等 ([`cut_deng`]).
static SPLIT_OR_CUT: CharSet = CharSet::EMPTY.with('会').with('等').union(&CONJUNCTION_STARTS);

/// Cuts a name at its terminating 等 (see the module docs): `商务部等有关部门`
/// → `商务部`.
fn cut_deng(c: &Compact<'_>, r: Range<usize>) -> Range<usize> {
    let s = &c.s[r.clone()];
    if !holds(s, '等') {
        return r;
    }
    let mut depth = 0usize;
    for (i, ch) in s.char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '等' if depth == 0 => {
                let after = &s[i + '等'.len_utf8()..];
                let ends = after.is_empty()
                    || CONJUNCTIONS.iter().chain(COLLECTIVES).chain(GENERIC_NOUNS).any(|k| after.starts_with(k))
                    || level_collective(after)
                    || after
                        .chars()
                        .next()
                        .is_some_and(|d| d.is_ascii_digit() || "一二三四五六七八九十两几多数".contains(d));
                if ends {
                    return r.start..r.start + i;
                }
            }
            _ => {}
        }
    }
    r
}

/// Whether `s` starts with a collective qualified by levels of government:
/// one or more level words (`市`, `国家`, `区县`), optionally 直 级 属 or
/// 政府, then a collective or a generic organ noun: `市有关部门`,
/// `国家有关部门`, `省直有关单位`, `市级部门`. `市场监管局` and `区政府` are
/// not: no collective follows.
fn level_collective(s: &str) -> bool {
    let mut rest = s;
    while let Some(r) = ADMIN_LEVELS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    if rest.len() == s.len() {
        return false;
    }
    if let Some(r) = LEVEL_SUFFIXES.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    COLLECTIVES.iter().chain(GENERIC_NOUNS).any(|k| rest.starts_with(k))
}

/// Takes a trailing `（牵头）` off a name: the name without it, and whether
/// it was there.
fn strip_lead_mark(c: &Compact<'_>, r: Range<usize>) -> (Range<usize>, bool) {
    let s = &c.s[r.clone()];
    if let Some(inner) = s.strip_suffix(')') {
        for mark in LEAD_MARKS {
            if let Some(head) = inner.strip_suffix(mark)
                && let Some(name) = head.strip_suffix('(')
                && !name.is_empty()
            {
                return (r.start..r.start + name.len(), true);
            }
        }
    }
    (r, false)
}

/// The name without a trailing bracketed part: `市卫生健康委(市中医药管理局)`
/// → `市卫生健康委`.
fn head_name(s: &str) -> &str {
    if !s.ends_with(')') {
        return s;
    }
    let mut depth = 0usize;
    for (i, ch) in s.char_indices().rev() {
        match ch {
            ')' => depth += 1,
            '(' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return &s[..i];
                }
            }
            _ => {}
        }
    }
    s
}

/// Whether a name, without its bracketed second name, ends like an organ's.
fn ends_in_organ(s: &str) -> bool {
    ends_like_organ(head_name(s))
}

fn check_name(c: &Compact<'_>, r: &Range<usize>, strict: bool) -> Result<(), Error> {
    let s = c.at(r);
    if s.is_empty() {
        return Err(Error::at(c.span(r), UnitsFault::EmptyName));
    }
    if s.contains(':') {
        return Err(Error::at(c.span(r), UnitsFault::ColonInName));
    }
    if strict {
        if let Some(bad) = s.chars().find(|ch| NOT_IN_NAMES.contains(ch)) {
            return Err(Error::at(c.span(r), UnitsFault::SentenceCharacter { found: bad }));
        }
        if head_name(s).chars().count() > MAX_UNLABELED_CHARS {
            return Err(Error::at(c.span(r), UnitsFault::NameTooLong));
        }
    }
    Ok(())
}
