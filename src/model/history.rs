//! A document's history: the dated events of its 题注 and of its closing
//! articles ([`HistoryEvent`]), and the documents it repeals ([`Repeal`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::docnum::DocNumber;
use crate::names::names;
use crate::text::Span;

/// What happened to a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// 通过, 批准: adopted by a meeting or organ.
    Adopted,
    /// 发布, 公布: promulgated.
    Promulgated,
    /// 修订: revised.
    Revised,
    /// 修正, 修改, and a 宪法修正案 adopted: amended.
    Amended,
    /// 施行, 实施: in force from.
    Effective,
    /// 废止: repealed.
    Repealed,
}

names! {
    EventKind {
        Adopted => "adopted",
        Promulgated => "promulgated",
        Revised => "revised",
        Amended => "amended",
        Effective => "effective",
        Repealed => "repealed",
    }
}

/// A dated event of a document's history: 2021年8月20日第十三届全国人民代表大会
/// 常务委员会第三十次会议通过; 1994年1月28日中华人民共和国国务院令第142号发布;
/// 本条例自2019年1月1日起施行.
///
/// ```
/// let text = include_str!("../../corpus/govcn-guoling-707-geshui-shishi-tiaoli.txt");
/// let g = gongbao::parse(text);
/// // The decree's 现公布 stands first, then the 题注.
/// let first = &g.documents[0].history[2];
/// assert_eq!(first.kind, gongbao::model::EventKind::Promulgated);
/// assert_eq!(first.date.unwrap().to_string(), "1994-01-28");
/// assert_eq!(first.doc_number.as_ref().unwrap().to_string(), "中华人民共和国国务院令第142号");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HistoryEvent {
    /// What happened.
    pub kind: EventKind,
    /// When, as printed (`None` when the text gives no date). 自公布之日起施行
    /// takes the day of the promulgation: the decree's date in a decree's
    /// 现发布…自发布之日起施行, else the one promulgation of the history when
    /// the text was not revised since.
    pub date: Option<NaiveDate>,
    /// The meeting or organ that acted: 第十三届全国人民代表大会常务委员会第三十次会议,
    /// 中华人民共和国国务院.
    pub organ: Option<String>,
    /// The decree or document number, when printed: 国务院令第707号.
    pub doc_number: Option<DocNumber>,
    /// The event's words, layout spaces removed.
    pub text: String,
    /// Where they stand.
    pub span: Span,
}

/// A document the text repeals: 《盐业管理条例》同时废止, 原规定同时废止.
///
/// ```
/// let text = "某办法\n第一条　为了规范。\n第二条　本办法自2020年1月1日起施行。2010年1月1日发布的《某旧办法》同时废止。";
/// let g = gongbao::parse(text);
/// assert_eq!(g.documents[0].repeals[0].title, "某旧办法");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Repeal {
    /// The repealed document's title without 《》, or the words that name
    /// it (原规定).
    pub title: String,
    /// Its number, when printed with it.
    pub doc_number: Option<DocNumber>,
    /// The index of its citation in
    /// [`Gazette::citations`](crate::model::Gazette::citations), when the
    /// text cites it.
    pub citation: Option<usize>,
    /// The title as printed (with the number and date before it).
    pub span: Span,
}
