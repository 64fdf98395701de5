//! Function words: conjunctions, prepositions and verbs that bound names
//! and codes in running text.

/// Conjunctions that join two names or two document numbers (文化和旅游部
/// is one name, so where 和 joins and where it is part of a name is each
/// rule's to decide). Longer words come first, so that a prefix match takes
/// 以及 whole.
///
/// ```
/// assert_eq!(gongbao::lexicon::CONJUNCTIONS, ["以及", "和", "及", "与", "暨"]);
/// ```
pub const CONJUNCTIONS: &[&str] = &["以及", "和", "及", "与", "暨"];

/// Words after which a 机关代字 starts in running text: verbs that
/// introduce a cited document and prepositions and particles that never
/// occur inside a code or an organ name (see [`crate::docnum`]). Longer
/// words come first only for readability; the rightmost occurrence of any
/// of them wins.
///
/// ```
/// assert!(gongbao::lexicon::FUNCTION_WORDS.contains(&"根据"));
/// ```
pub const FUNCTION_WORDS: &[&str] = &[
    "贯彻落实",
    "根据",
    "按照",
    "依据",
    "依照",
    "遵照",
    "参照",
    "比照",
    "对照",
    "参考",
    "参见",
    "详见",
    "印发",
    "转发",
    "执行",
    "贯彻",
    "落实",
    "废止",
    "撤销",
    "取代",
    "代替",
    "替代",
    "修订",
    "修改",
    "发布",
    "公布",
    "关于",
    "结合",
    "见",
    "的",
    "以",
    "按",
    "依",
    "由",
    "在",
    "将",
    "为",
    "并",
    "即",
    "于",
    "或",
];

/// Characters that never stand inside the name of a unit: prepositions and
/// particles (由, 的, 将, 在 …). A bracket whose "names" hold one is a
/// remark, not a responsible-unit list.
///
/// ```
/// assert!(gongbao::lexicon::NOT_IN_NAMES.contains(&'的'));
/// ```
pub const NOT_IN_NAMES: &[char] = &['由', '的', '将', '把', '被', '在', '从', '以', '按', '需', '均', '是'];
