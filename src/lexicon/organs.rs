//! Organs of government and the words around their names.

/// How the names of organs, agencies and units end: 部, 委, 局, 办, 委员会,
/// 人民政府, 银行, 中心, 单位 … One list serves every rule that asks whether
/// a name is an organ's: an addressee part (各区人民政府), a signature
/// (国务院办公厅), a unit of a responsible-unit list (市经济信息化委), an
/// organ of a joint decree code (财政部　税务总局公告).
///
/// Single characters cover the longer names that end in them (委员会 ends in
/// 会, 办公厅 in 厅, 检察院 in 院, 公司 in 司); 行 and 府 count only in 银行,
/// 分行, 支行 and 政府, because 执行, 施行 and 官府 are not organs.
///
/// ```
/// use gongbao::lexicon::ORGAN_ENDINGS;
/// assert!(ORGAN_ENDINGS.contains(&"部") && ORGAN_ENDINGS.contains(&"政府"));
/// assert!(!ORGAN_ENDINGS.contains(&"行"));
/// ```
pub const ORGAN_ENDINGS: &[&str] = &[
    "部", "委", "局", "署", "院", "厅", "办", "会", "联", "社", "处", "室", "组", "司", "所", "站", "队", "团", "庭",
    "馆", "校", "军", "银行", "分行", "支行", "政府", "中央", "中心", "单位", "部门", "机关", "机构", "团体", "集团",
    "大学",
];

/// Whether `name` ends like the name of an organ ([`ORGAN_ENDINGS`]).
///
/// ```
/// use gongbao::lexicon::ends_like_organ;
/// assert!(ends_like_organ("各区人民政府"));
/// assert!(ends_like_organ("国家发展改革委"));
/// assert!(!ends_like_organ("有关工作"));
/// ```
pub fn ends_like_organ(name: &str) -> bool {
    ORGAN_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// Levels of government, from the state down: a collective after 等 may be
/// qualified by one (等市有关部门, 等省直有关单位), and an addressee part
/// may end in one (各区, 各省、自治区、直辖市). Longer words come before
/// the words they end in (自治区 before 区) so that a prefix match takes
/// the whole word.
///
/// ```
/// assert!(gongbao::lexicon::ADMIN_LEVELS.contains(&"直辖市"));
/// ```
pub const ADMIN_LEVELS: &[&str] = &["国家", "中央", "省", "自治区", "直辖市", "市", "区", "县", "乡", "镇", "街道"];

/// What may follow a level word before a collective: 省直, 市级, 市属,
/// 市政府 (有关部门).
///
/// ```
/// assert!(gongbao::lexicon::LEVEL_SUFFIXES.contains(&"级"));
/// ```
pub const LEVEL_SUFFIXES: &[&str] = &["直", "级", "属", "政府"];

/// Words that make a collective of units: 各 (各区), 有关 (有关部门), 相关,
/// 其他.
///
/// ```
/// assert!(gongbao::lexicon::COLLECTIVES.contains(&"有关"));
/// ```
pub const COLLECTIVES: &[&str] = &["各", "有关", "相关", "其他", "其它"];

/// Nouns that name units in general, not one unit: 部门, 单位, 机构 (有关部门,
/// 各单位).
///
/// ```
/// assert!(gongbao::lexicon::GENERIC_NOUNS.contains(&"部门"));
/// ```
pub const GENERIC_NOUNS: &[&str] = &["部门", "单位", "机构", "机关", "方面", "部委"];
