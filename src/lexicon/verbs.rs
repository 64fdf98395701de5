//! Verbs that official texts use of themselves and of other documents.

/// The verbs by which a notice issues another text: 印发《X》的通知,
/// 转发…的通知, 发布…的通知.
///
/// ```
/// assert_eq!(gongbao::lexicon::ISSUING_VERBS, ["印发", "转发", "发布"]);
/// ```
pub const ISSUING_VERBS: &[&str] = &["印发", "转发", "发布"];
