//! Measure words and units that follow numerals.
//!
//! 角, 毛 and 分 are not listed: alone they are far more often words
//! (长三角, 三分之一, 60分) than money; [`read`](super::read) takes them
//! only after 元, 圆 or 块 (123元1角1分, 十块三毛, 六角七分钱).
//!
//! One table serves three jobs: telling a numeral from a word that only
//! contains numeral characters (一律, 第三方: 律 and 方 are no measure
//! words), reading the unit of a quantity, and converting money and areas
//! to their base units (yuan, square metres).

use super::Number;
use crate::text::{CharSet, WordIndex, first_char};
use std::sync::LazyLock;

/// What a quantity measures: the kind of a measure word, and of the
/// [`Quantity`](crate::quantity::Quantity) read with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuantityKind {
    /// Renminbi, in yuan: 元 (and 块钱); the factor converts to yuan.
    Money,
    /// An amount in another currency (美元, 欧元, 港元…), in that currency.
    Currency,
    /// A share: 30%, 百分之五十, 三成, 三分之一, as a fraction of one. The
    /// measure word 成 (tenths).
    Share,
    /// Percentage points (3个百分点), in points.
    PercentagePoints,
    /// Area, in square metres; the factor converts to them.
    Area,
    /// Length, in metres; the factor converts to them.
    Length,
    /// Mass, in kilograms; the factor converts to them.
    Mass,
    /// Volume, in cubic metres; the factor converts to them.
    Volume,
    /// A span of time (年, 个月, 天, 个工作日, 小时), in the unit written.
    Duration,
    /// A count of things (个, 家, 项, 人, 次…), in the unit written.
    Count,
    /// Any other unit (千瓦, 岁, 倍…).
    Other,
}

crate::names::names! {
    QuantityKind {
        Money => "money",
        Currency => "currency",
        Share => "share",
        PercentagePoints => "percentage_points",
        Area => "area",
        Length => "length",
        Mass => "mass",
        Volume => "volume",
        Duration => "duration",
        Count => "count",
        Other => "other",
    }
}

/// A measure word found after a numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    /// The word as listed (个, 平方公里, 个工作日).
    pub word: &'static str,
    /// What it measures.
    pub kind: QuantityKind,
    /// Multiplier to the base unit of `kind` (yuan, m², m, kg, m³); 1 for
    /// kinds without a base unit.
    pub factor: (i128, i128),
}

impl Measure {
    /// The factor as a [`Number`].
    pub fn factor(&self) -> Number {
        Number::ratio(self.factor.0, self.factor.1).unwrap_or(Number::from(1))
    }
}

use QuantityKind::*;

macro_rules! m {
    ($w:literal, $k:expr) => {
        Measure { word: $w, kind: $k, factor: (1, 1) }
    };
    ($w:literal, $k:expr, $n:expr, $d:expr) => {
        Measure { word: $w, kind: $k, factor: ($n, $d) }
    };
}

/// Longest entries first is not required: lookup takes the longest match.
const MEASURES: &[Measure] = &[
    m!("元", Money),
    m!("圆", Money),
    m!("圓", Money),
    m!("块钱", Money),
    m!("美元", Currency),
    m!("欧元", Currency),
    m!("港元", Currency),
    m!("港币", Currency),
    m!("日元", Currency),
    m!("英镑", Currency),
    m!("人民币", Money),
    m!("新台币", Currency),
    m!("澳门元", Currency),
    m!("澳门币", Currency),
    m!("韩元", Currency),
    m!("泰铢", Currency),
    m!("卢布", Currency),
    m!("卢比", Currency),
    m!("澳元", Currency),
    m!("加元", Currency),
    m!("新加坡元", Currency),
    m!("瑞士法郎", Currency),
    m!("法郎", Currency),
    m!("美金", Currency),
    m!("平方米", Area),
    m!("平米", Area),
    m!("㎡", Area),
    m!("平方公里", Area, 1_000_000, 1),
    m!("平方千米", Area, 1_000_000, 1),
    m!("公顷", Area, 10_000, 1),
    m!("亩", Area, 2000, 3),
    m!("米", Length),
    m!("公里", Length, 1000, 1),
    m!("千米", Length, 1000, 1),
    m!("厘米", Length, 1, 100),
    m!("毫米", Length, 1, 1000),
    m!("吨", Mass, 1000, 1),
    m!("噸", Mass, 1000, 1),
    m!("千克", Mass),
    m!("公斤", Mass),
    m!("克", Mass, 1, 1000),
    m!("立方米", Volume),
    m!("升", Volume, 1, 1000),
    m!("毫升", Volume, 1, 1_000_000),
    m!("年", Duration),
    m!("周年", Duration),
    m!("个月", Duration),
    m!("個月", Duration),
    m!("月", Duration),
    m!("周", Duration),
    m!("个星期", Duration),
    m!("星期", Duration),
    m!("天", Duration),
    m!("日", Duration),
    m!("个工作日", Duration),
    m!("工作日", Duration),
    m!("小时", Duration),
    m!("个小时", Duration),
    m!("分钟", Duration),
    m!("秒", Duration),
    m!("个季度", Duration),
    m!("季度", Duration),
    m!("学年", Duration),
    m!("学期", Duration),
    m!("个", Count),
    m!("個", Count),
    m!("家", Count),
    m!("项", Count),
    m!("人", Count),
    m!("人次", Count),
    m!("户", Count),
    m!("户次", Count),
    m!("名", Count),
    m!("位", Count),
    m!("次", Count),
    m!("件", Count),
    m!("条", Count),
    m!("所", Count),
    m!("座", Count),
    m!("处", Count),
    m!("台", Count),
    m!("套", Count),
    m!("辆", Count),
    m!("架", Count),
    m!("艘", Count),
    m!("部", Count),
    m!("本", Count),
    m!("册", Count),
    m!("篇", Count),
    m!("页", Count),
    m!("张", Count),
    m!("份", Count),
    m!("批", Count),
    // Counts of batches, flights, trips and sessions (30批次（含）以上).
    m!("批次", Count),
    m!("架次", Count),
    m!("车次", Count),
    m!("班次", Count),
    m!("场次", Count),
    m!("类", Count),
    m!("种", Count),
    m!("级", Count),
    m!("层", Count),
    m!("届", Count),
    m!("轮", Count),
    m!("场", Count),
    m!("株", Count),
    m!("头", Count),
    m!("頭", Count),
    m!("只", Count),
    m!("匹", Count),
    m!("枚", Count),
    m!("支", Count),
    m!("根", Count),
    m!("间", Count),
    m!("栋", Count),
    m!("幢", Count),
    m!("床", Count),
    m!("张床", Count),
    m!("例", Count),
    m!("起", Count),
    m!("宗", Count),
    m!("笔", Count),
    m!("期", Count),
    m!("号", Count),
    m!("章", Count),
    m!("节", Count),
    m!("款", Count),
    m!("段", Count),
    m!("组", Count),
    m!("队", Count),
    m!("对", Count),
    m!("片", Count),
    m!("道", Count),
    m!("门", Count),
    m!("所学校", Count),
    m!("大", Count),
    m!("方面", Count),
    m!("成", Share, 1, 10),
    m!("个百分点", PercentagePoints),
    m!("百分点", PercentagePoints),
    m!("個百分點", PercentagePoints),
    m!("百分點", PercentagePoints),
    m!("倍", Other),
    m!("岁", Other),
    m!("周岁", Other),
    m!("千瓦", Other),
    m!("千瓦时", Other),
    m!("兆瓦", Other),
    m!("吉瓦", Other),
    m!("度", Other),
    m!("摄氏度", Other),
    m!("℃", Other),
    m!("标准箱", Other),
    m!("万标准箱", Other),
    m!("标箱", Other),
];

/// 块, the colloquial 元. Not in the table: alone it is mostly a counter
/// (三块牌子); [`read`](super::read) takes it as money only with a 角/毛/分
/// tail after it (十块三毛) or as 块钱.
pub(crate) const KUAI: Measure = m!("块", Money);

/// The first characters of the measure words (and of 块).
pub(crate) const MEASURE_STARTS: CharSet = {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < MEASURES.len() {
        if let Some(c) = first_char(MEASURES[i].word) {
            set = set.with(c);
        }
        i += 1;
    }
    match first_char(KUAI.word) {
        Some(c) => set.with(c),
        None => set,
    }
};

/// The longest measure word at the start of `s`.
///
/// ```
/// use gongbao::numeral::{measure_word, QuantityKind};
/// assert_eq!(measure_word("个工作日内").map(|m| m.word), Some("个工作日"));
/// assert_eq!(measure_word("平方公里").map(|m| m.kind), Some(QuantityKind::Area));
/// assert_eq!(measure_word("律"), None);
/// ```
pub fn measure_word(s: &str) -> Option<Measure> {
    static INDEX: LazyLock<WordIndex> = LazyLock::new(|| WordIndex::new(MEASURES.iter().map(|m| m.word)));
    INDEX.longest(s).map(|i| MEASURES[i])
}

/// Words an ordinal 第N may be followed by (第十期, 第三季度, 第一批). Any
/// measure word also qualifies; 第三方 and 第一时间 do not.
const ORDINAL_HEADS: &[&str] = &[
    "期", "条", "章", "节", "款", "项", "目", "号", "次", "批", "届", "个", "名", "位", "页", "篇", "编", "卷", "部",
    "部分", "季度", "年", "天", "日", "轮", "阶段", "类", "种", "级", "层", "段", "版", "课", "单元", "回", "场", "站",
    "步", "代", "世纪", "组", "片", "任", "周", "月", "小时", "方面", "产业", "梯队", "档", "等", "例",
];

/// Length in bytes of the ordinal head word at the start of `s`, if any.
pub(crate) fn ordinal_head(s: &str) -> Option<usize> {
    static INDEX: LazyLock<WordIndex> = LazyLock::new(|| WordIndex::new(ORDINAL_HEADS.iter().copied()));
    INDEX.longest(s).map(|i| ORDINAL_HEADS[i].len())
}
