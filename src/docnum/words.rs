//! The word lists and length limits by which [`find_doc_numbers`] finds
//! where a 机关代字 begins in running text (rules 3 and 5 of the
//! [module docs](super)), and by which a joint code's organs are told apart.
//! They are kept together here so that they can move to a crate-wide
//! lexicon as one piece.
//!
//! [`find_doc_numbers`]: super::find_doc_numbers

/// The longest 机关代字 of an ordinary number that [`find_doc_numbers`](super::find_doc_numbers)
/// accepts, in characters. Codes are abbreviations (国发, 沪府办规, 国卫办医函);
/// twelve leaves room for long ones without swallowing a clause.
pub const MAX_CODE_CHARS: usize = 12;

/// The longest decree or announcement code (organ name + 令 or 公告) that
/// [`find_doc_numbers`](super::find_doc_numbers) accepts, in characters:
/// 中华人民共和国国家质量监督检验检疫总局令 has 20.
pub const MAX_DECREE_CODE_CHARS: usize = 24;

/// Words after which a 机关代字 starts in running text (rule 3 of the
/// [module docs](super)): verbs that introduce a cited document and
/// prepositions and particles that never occur inside a code or an organ
/// name. Longer words come first only for readability; the rightmost
/// occurrence of any of them wins.
///
/// ```
/// assert!(gongbao::docnum::FUNCTION_WORDS.contains(&"根据"));
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

/// Conjunctions that end an ordinary 机关代字's run (国发〔2019〕4号和国办发〔2018〕128号)
/// but not a decree code's: organ names contain them (中华人民共和国,
/// 文化和旅游部令).
///
/// ```
/// assert!(gongbao::docnum::CONJUNCTIONS.contains(&"和"));
/// ```
pub const CONJUNCTIONS: &[&str] = &["和", "及", "与", "暨"];

/// Endings of organ names (部, 委, 总局, 署, 银行, 人民政府 …): whitespace
/// after one of them inside a decree or announcement code separates the
/// organs of a joint code (财政部　税务总局公告, 国家发展改革委　财政部令);
/// anywhere else whitespace in a code is layout and is removed. Single
/// characters cover the longer names (委员会 ends in 会, 总局 in 局); 行 and
/// 府 count only in 银行 and 政府, because 执行 and 施行 are verbs.
///
/// ```
/// use gongbao::docnum::{parse, ORGAN_ENDINGS};
/// assert!(ORGAN_ENDINGS.contains(&"部"));
/// assert_eq!(parse("财政部　税务总局公告2023年第7号").unwrap().code(), "财政部、税务总局公告");
/// assert_eq!(parse("中华人民共和国 国务院令第706号").unwrap().code(), "中华人民共和国国务院令");
/// ```
pub const ORGAN_ENDINGS: &[&str] =
    &["部", "委", "局", "署", "院", "厅", "办", "会", "联", "银行", "政府", "中央", "中心", "总社"];

/// How far left of a number [`find_doc_numbers`](super::find_doc_numbers) looks for the start of its
/// code, in characters: a joint code of two or three organs plus the longest
/// function word, with room to spare.
pub(super) const LOOKBACK_CHARS: usize = 48;
