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
