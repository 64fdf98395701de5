//! The roles units play in a responsible-unit list.

/// Verbs that give units their role: （生态环境部牵头，…参与）, （A、B负责）.
///
/// ```
/// assert!(gongbao::lexicon::ROLE_VERBS.contains(&"牵头"));
/// ```
pub const ROLE_VERBS: &[&str] = &["负责", "牵头", "参与", "指导", "配合", "落实", "协助"];

/// Adverbs that may stand before a role verb: （各部门按职责分工负责）.
///
/// ```
/// assert!(gongbao::lexicon::ROLE_ADVERBS.contains(&"按职责分工"));
/// ```
pub const ROLE_ADVERBS: &[&str] = &["按职责分工", "按职责", "依职责", "分别", "共同", "各自"];

/// Words that mark the lead units of a list: a role (牵头) or a label
/// (牵头单位：, 牵头部门：).
///
/// ```
/// assert!(gongbao::lexicon::LEAD_MARKS.contains(&"牵头单位"));
/// ```
pub const LEAD_MARKS: &[&str] = &["牵头", "牵头单位", "牵头部门"];

/// Notes that may close a list and name no unit: （…，下同）.
///
/// ```
/// assert!(gongbao::lexicon::NOTE_PHRASES.contains(&"下同"));
/// ```
pub const NOTE_PHRASES: &[&str] = &["下同", "同上", "不再列出", "不再一一列出"];

/// Role words that label units on their own, before a colon: （牵头：A；
/// 配合：B）. A label that names an organ noun too (牵头单位：, 负责部门：) is
/// read by the units grammar, whatever word stands before the noun.
///
/// ```
/// assert!(gongbao::lexicon::LABEL_ROLES.contains(&"配合"));
/// ```
pub const LABEL_ROLES: &[&str] =
    &["责任", "牵头", "配合", "参与", "负责", "指导", "协助", "协办", "主办", "主责", "实施", "协同", "承办"];
