//! 文种: the kinds of official documents, named by the word that ends a
//! title.

/// The 文种 that end a title, each with the genre it names: 政策解读 and
/// 解读 both name 解读; every other word names itself. Longer words come
/// before the words they end in (政策解读 before 解读, 办法 before 法,
/// 命令 before 令, 复函 before 函), so that the first match is the whole word.
///
/// ```
/// use gongbao::lexicon::GENRES;
/// assert!(GENRES.contains(&("通知", "通知")));
/// assert!(GENRES.iter().position(|g| g.0 == "政策解读") < GENRES.iter().position(|g| g.0 == "解读"));
/// ```
pub const GENRES: &[(&str, &str)] = &[
    ("政策解读", "解读"),
    ("解读", "解读"),
    // A draft published for comment comes with its 起草说明, which explains
    // it as a 解读 explains a policy.
    ("起草说明", "解读"),
    // 《…办法（征求意见稿）》公开征求意见: a call for comments, no 意见.
    ("征求意见", "征求意见"),
    ("通知", "通知"),
    ("通报", "通报"),
    ("通告", "通告"),
    ("公告", "公告"),
    ("意见", "意见"),
    ("决定", "决定"),
    ("决议", "决议"),
    ("命令", "命令"),
    ("公报", "公报"),
    ("报告", "报告"),
    ("请示", "请示"),
    ("批复", "批复"),
    ("议案", "议案"),
    ("复函", "复函"),
    ("函", "函"),
    ("纪要", "纪要"),
    ("方案", "方案"),
    ("措施", "措施"),
    ("要点", "要点"),
    ("办法", "办法"),
    ("规定", "规定"),
    ("细则", "细则"),
    ("政策", "政策"),
    ("条例", "条例"),
    ("规则", "规则"),
    ("规划", "规划"),
    ("计划", "计划"),
    ("纲要", "纲要"),
    ("指南", "指南"),
    ("章程", "章程"),
    ("准则", "准则"),
    ("清单", "清单"),
    ("标准", "标准"),
    ("法", "法"),
    ("令", "令"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_genre_is_hidden_by_an_earlier_one_it_ends_with() {
        for (i, (later, _)) in GENRES.iter().enumerate() {
            for (earlier, _) in &GENRES[..i] {
                assert!(!later.ends_with(earlier), "{later} is hidden by {earlier}");
            }
        }
    }
}
