//! Labels of the fields of a gazette's colophon and masthead.

/// The colophon and masthead labels (主管单位, 定价, 国内统一连续出版物号 …),
/// without layout spaces (定 价 is printed spaced out).
///
/// ```
/// assert!(gongbao::lexicon::FIELD_LABELS.contains(&"定价"));
/// ```
pub const FIELD_LABELS: &[&str] = &[
    "主管单位",
    "主办单位",
    "主管",
    "主办",
    "编辑",
    "编辑出版",
    "编辑单位",
    "出版",
    "出版单位",
    "发行范围",
    "发行",
    "定价",
    "印刷单位",
    "印刷",
    "网址",
    "地址",
    "邮编",
    "邮政编码",
    "电话",
    "国内统一连续出版物号",
    "国际标准连续出版物号",
    "刊号",
];
