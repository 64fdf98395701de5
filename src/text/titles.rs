//! Titles: the 《》 marks around the titles that texts cite, the titles a
//! 印发 notice issues, and the 文种 (genre) a title ends with.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::lexicon::{GENRES, ISSUING_VERBS, ends_like_organ};
use crate::text::Span;

/// A title longer than this (in bytes) is taken for a stray 《 with no
/// closing 》, so that it cannot hide the rest of the text.
pub const MAX_TITLE_BYTES: usize = 1024;

/// Spans of the outermost 《…》 titles in `text`, marks included; titles
/// quoted inside them (《A〈B〉》, 《A《B》》) are part of the outer one. A 《
/// not closed within [`MAX_TITLE_BYTES`] is dropped, so a stray mark hides
/// nothing.
///
/// ```
/// use gongbao::text::{Span, title_spans};
/// let text = "根据《关于〈X〉的通知》和《Y》";
/// let titles: Vec<&str> = title_spans(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(titles, ["《关于〈X〉的通知》", "《Y》"]);
/// // A stray 《 hides what follows only for MAX_TITLE_BYTES.
/// let stray = format!("《{}《Y》", "长".repeat(400));
/// assert_eq!(title_spans(&stray), [Span::new(stray.len() - "《Y》".len(), stray.len())]);
/// ```
pub fn title_spans(text: &str) -> Vec<Span> {
    // Only the marks matter: each is searched for with memchr's vectorised
    // search, and the two streams are read in text order.
    static OPEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("《"));
    static CLOSE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("》"));
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Nothing before the first 《 counts (most text has none).
    let Some(first) = OPEN.find(bytes) else { return out };
    let mut opens = OPEN.find_iter(&bytes[first..]).map(|i| first + i).peekable();
    let mut closes = CLOSE.find_iter(&bytes[first..]).map(|i| first + i).peekable();
    let mut depth = 0usize;
    let mut start = 0;
    loop {
        let (i, open) = match (opens.peek(), closes.peek()) {
            (Some(&o), Some(&c)) if o < c => (o, true),
            (Some(&o), None) => (o, true),
            (_, Some(&c)) => (c, false),
            (None, None) => break,
        };
        if open {
            opens.next();
        } else {
            closes.next();
        }
        if depth > 0 && i - start > MAX_TITLE_BYTES {
            depth = 0;
        }
        if open {
            if depth == 0 {
                start = i;
            }
            depth += 1;
        } else if depth > 0 {
            depth -= 1;
            if depth == 0 {
                out.push(Span::new(start, i + '》'.len_utf8()));
            }
        }
    }
    out
}

/// Titles in 《》 in a text, outermost only. A PDF font may print the
/// marks as « and » (关于印发« 支持创业带动就业的若干政策措施» 的通知).
pub(crate) fn bracketed_titles(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    for (i, c) in t.char_indices() {
        match c {
            '《' | '«' => {
                if depth == 0 {
                    start = i + c.len_utf8();
                }
                depth += 1;
            }
            '》' | '»' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(t[start..i].to_string());
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether `text` names one of the [`ISSUING_VERBS`].
pub(crate) fn has_issuing_verb(text: &str) -> bool {
    ISSUING_VERBS.iter().any(|v| text.contains(v))
}

/// The titles a notice title says it issues: 印发《X》的通知, 印发X的通知.
pub(crate) fn issued_titles(title: &str) -> Vec<String> {
    if !has_issuing_verb(title) {
        return Vec::new();
    }
    let inner = bracketed_titles(title);
    if !inner.is_empty() {
        return inner;
    }
    for verb in ISSUING_VERBS {
        if let Some(pos) = title.rfind(verb) {
            let rest = &title[pos + verb.len()..];
            if let Some(x) = rest.strip_suffix("的通知") {
                return vec![x.to_string()];
            }
        }
    }
    Vec::new()
}

/// The organs a title opens with (GB/T 9704 §7.3.1: a title names the
/// issuing organs, the matter and the 文种): the words before 关于 or an
/// issuing verb, split at 、 and spaces (joint issuers), each of Han
/// characters ending like an organ (上海市人民政府办公厅印发…, 最高人民法院
/// 最高人民检察院关于…). Empty for a title that names none (关于…的实施意见,
/// 中华人民共和国个人信息保护法).
pub(crate) fn title_organs(title: &str) -> Vec<&str> {
    let Some(cut) = std::iter::once("关于").chain(ISSUING_VERBS.iter().copied()).filter_map(|w| title.find(w)).min()
    else {
        return Vec::new();
    };
    let head = title[..cut].trim_start_matches(|c: char| c == '#' || crate::text::is_space(c));
    let organs: Vec<&str> =
        head.split(|c: char| c == '、' || crate::text::is_space(c)).filter(|p| !p.is_empty()).collect();
    let named = !organs.is_empty() && organs.iter().all(|o| o.chars().all(crate::text::is_han) && ends_like_organ(o));
    if named { organs } else { Vec::new() }
}

/// The 文种 that ends a title, after a bracketed version note.
pub(crate) fn genre(title: &str) -> Option<String> {
    let t = without_version_notes(title)?;
    GENRES.iter().find(|(suffix, _)| t.ends_with(suffix)).map(|(_, g)| g.to_string())
}

/// A title without the bracketed notes that end it: （试行）,
/// （试行第十版）, （2019年11月修订）, (2021—2025年). A citation and the
/// print of the same title may differ by them. `None` when a closing
/// bracket has no opening one.
pub(crate) fn without_version_notes(title: &str) -> Option<&str> {
    let mut t = title.trim();
    while let Some(stripped) = t.strip_suffix(['）', ')']) {
        let open = stripped.rfind(['（', '('])?;
        t = stripped[..open].trim_end();
    }
    Some(t)
}

/// Whether `text` ends the way a whole title ends: 的 and its 文种
/// (…纳税信用建设的通知, …的复函). A title broken over lines before its
/// end (…管理办法 / 的通知) ends in a 文种 too, but never in 的 and one:
/// that is what lets a wrapped title's lines go on and a finished one
/// stop.
pub(crate) fn completes_title(text: &str) -> bool {
    let t = text.trim_end();
    GENRES.iter().any(|(suffix, _)| t.strip_suffix(suffix).is_some_and(|head| head.ends_with('的')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_and_strays() {
        let text = "《A〈B〉《C》》x《stray";
        assert_eq!(title_spans(text), [Span::new(0, text.find('x').unwrap())]);
        let long = format!("《{}》国发〔2019〕4号", "长".repeat(400));
        assert_eq!(title_spans(&long), []);
    }

    #[test]
    fn genres_are_read_from_the_title_end() {
        let g = |t: &str| genre(t);
        assert_eq!(
            g("上海市人民政府关于印发《上海市加快推进绿色低碳转型行动方案（2023—2025年）》的通知").as_deref(),
            Some("通知")
        );
        assert_eq!(g("上海市促进个体工商户发展办法（试行）").as_deref(), Some("办法"));
        assert_eq!(g("中华人民共和国个人信息保护法").as_deref(), Some("法"));
        assert_eq!(g("关于《上海市促进个体工商户发展办法》的政策解读").as_deref(), Some("解读"));
        assert_eq!(g("各区人民政府"), None);
    }

    #[test]
    fn a_title_is_complete_at_de_and_its_genre() {
        assert!(completes_title("关于加强个人所得税纳税信用建设的通知"));
        assert!(completes_title("国务院关于河北雄安新区总体规划(2018—2035年)的批复"));
        assert!(!completes_title("国务院办公厅关于印发国家组织药品集中采购和使用试点方案"));
        assert!(!completes_title("关于加强个人所得税纳税信用建设的"));
        assert!(!completes_title("各省、自治区、直辖市人民政府"));
    }

    #[test]
    fn issued_titles_come_from_brackets_or_the_verb() {
        assert_eq!(issued_titles("关于印发《上海市数字经济发展规划》的通知"), ["上海市数字经济发展规划"]);
        assert_eq!(
            issued_titles("国务院关于印发2024年政府工作报告重点工作分工的通知"),
            ["2024年政府工作报告重点工作分工"]
        );
        assert_eq!(issued_titles("关于加强安全生产的通知"), Vec::<String>::new());
        assert_eq!(bracketed_titles("转发《A《B》》和《C》"), ["A《B》", "C"]);
    }
}
