//! Collectives of administrative divisions written as one unit with 、
//! inside: 各区、县级市 (all districts and county-level cities), 各省、自治区、
//! 直辖市人民政府, 各市、县（市、区）人民政府. The 、 there lists the kinds of
//! division that 各 covers, as in an addressee line; it does not separate
//! units.
//!
//! A collective starts with 各 (or 各有关, 各相关) and a division word ([`DIVISIONS`]),
//! optionally followed by a bracketed list of divisions (县（市、区）); each
//! item after it that is only a division word, optionally bracketed the same
//! way and optionally followed by 人民政府 or 政府, continues it. An item
//! with a government word closes it (各省、自治区、直辖市人民政府、市财政局 is
//! two units); any other item is a unit of its own (各区、市财政局).

use std::ops::Range;

use super::compact::Compact;

/// Kinds of administrative division, longer words first so that a prefix
/// match takes the whole word.
const DIVISIONS: &[&str] = &[
    "新疆生产建设兵团",
    "计划单列市",
    "副省级城市",
    "自治区",
    "直辖市",
    "自治州",
    "自治县",
    "县级市",
    "地级市",
    "开发区",
    "乡镇",
    "街镇",
    "街道",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "区",
    "旗",
    "乡",
    "镇",
];

/// Words of government that may close a collective: 各省、自治区、直辖市人民政府.
const GOVERNMENT: &[&str] = &["人民政府", "政府"];

/// The rest of `s` after one division word and an optional bracketed list
/// of divisions, if `s` starts with a division word.
fn division(s: &str) -> Option<&str> {
    let rest = DIVISIONS.iter().find_map(|d| s.strip_prefix(d))?;
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        let list = &inner[..close];
        let all = list.split('、').all(|w| DIVISIONS.contains(&w));
        return all.then(|| &inner[close + 1..]);
    }
    Some(rest)
}

/// The rest of `s` after 各 and an optional 有关 or 相关 (各有关区), if `s`
/// starts so.
fn each(s: &str) -> Option<&str> {
    let rest = s.strip_prefix('各')?;
    Some(rest.strip_prefix("有关").or_else(|| rest.strip_prefix("相关")).unwrap_or(rest))
}

/// Whether folded `s` is a collective of divisions on its own or merged:
/// 各区, 各区、县级市, 各有关区、县级市, 各省、自治区、直辖市人民政府.
pub(super) fn is_collective(s: &str) -> bool {
    let Some(mut rest) = each(s).and_then(division) else { return false };
    while let Some(r) = rest.strip_prefix('、').and_then(division) {
        rest = r;
    }
    rest.is_empty() || GOVERNMENT.contains(&rest)
}

/// Joins the items of a list cut at 、 that continue a collective of
/// divisions into one item (see the module docs).
pub(super) fn merge(c: &Compact<'_>, items: &mut Vec<Range<usize>>) {
    // In place: an item is kept at or before where it stood.
    let mut kept = 0;
    let mut open = false;
    for k in 0..items.len() {
        let item = items[k].clone();
        let s = c.at(&item);
        if open
            && kept > 0
            && let Some(rest) = division(s)
            && (rest.is_empty() || GOVERNMENT.contains(&rest))
        {
            items[kept - 1].end = item.end;
            open = rest.is_empty();
            continue;
        }
        open = each(s).and_then(division).is_some_and(str::is_empty);
        items[kept] = item;
        kept += 1;
    }
    items.truncate(kept);
}
