//! Labels of labelled fields: a gazette's colophon (版权页), and the
//! metadata a website or a database export prints with a document.

/// The field of a colophon a label fills.
///
/// ```
/// use gongbao::lexicon::{colophon_field, ColophonField};
/// assert_eq!(colophon_field("主管单位"), Some(ColophonField::Supervisor));
/// assert_eq!(colophon_field("邮编"), Some(ColophonField::Other));
/// assert_eq!(colophon_field("附件"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColophonField {
    /// 主管单位.
    Supervisor,
    /// 主办单位.
    Sponsor,
    /// 主管主办单位: one organ both supervises and sponsors.
    SupervisorAndSponsor,
    /// 编辑出版, 编辑单位, 出版单位.
    Editor,
    /// 发行范围.
    Distribution,
    /// 定价.
    Price,
    /// 印刷单位, 承印.
    Printer,
    /// 网址, 网站.
    Website,
    /// 国内统一连续出版物号 (CN31-1854/D), 刊号.
    Serial,
    /// 国际标准连续出版物号 (ISSN).
    Issn,
    /// 出版日期.
    Published,
    /// A known label with no field of its own (地址, 电话): kept as printed.
    Other,
}

/// The colophon labels, without layout spaces (定 价 is printed spaced
/// out), each with the field it fills.
///
/// ```
/// use gongbao::lexicon::{COLOPHON_LABELS, ColophonField};
/// assert!(COLOPHON_LABELS.contains(&("定价", ColophonField::Price)));
/// ```
pub const COLOPHON_LABELS: &[(&str, ColophonField)] = {
    use ColophonField::*;
    &[
        ("主管单位", Supervisor),
        ("主管", Supervisor),
        ("主办单位", Sponsor),
        ("主办", Sponsor),
        ("主管主办", SupervisorAndSponsor),
        ("主管主办单位", SupervisorAndSponsor),
        ("编辑", Editor),
        ("编辑出版", Editor),
        ("编辑单位", Editor),
        ("编辑出版单位", Editor),
        ("出版", Editor),
        ("出版单位", Editor),
        ("发行范围", Distribution),
        ("发行", Distribution),
        ("定价", Price),
        ("印刷单位", Printer),
        ("印刷", Printer),
        ("承印", Printer),
        ("网址", Website),
        ("网站", Website),
        ("国内统一连续出版物号", Serial),
        ("刊号", Serial),
        ("国内统一刊号", Serial),
        ("国际标准连续出版物号", Issn),
        ("国际标准刊号", Issn),
        ("出版日期", Published),
        ("出版时间", Published),
        ("地址", Other),
        ("邮编", Other),
        ("邮政编码", Other),
        ("电话", Other),
        ("邮发代号", Other),
    ]
};

/// The field a colophon label fills, if the label is one of
/// [`COLOPHON_LABELS`].
pub fn colophon_field(label: &str) -> Option<ColophonField> {
    COLOPHON_LABELS.iter().find(|(l, _)| *l == label).map(|&(_, f)| f)
}

/// The field of a document's metadata a label fills: the box a government
/// website prints above a document (索引号, 发文机关, 成文日期, 发文字号 …)
/// and the header lines of a database export (【法宝引证码】, 发布部门,
/// 时效性 …).
///
/// ```
/// use gongbao::lexicon::{metadata_field, MetadataField};
/// assert_eq!(metadata_field("发文字号"), Some(MetadataField::DocNumber));
/// assert_eq!(metadata_field("法宝引证码"), Some(MetadataField::CitationCode));
/// // A label the colophon knows for the same concept: the page's address.
/// assert_eq!(metadata_field("网址"), Some(MetadataField::Source));
/// assert_eq!(metadata_field("附件"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetadataField {
    /// 索引号: the number of the item in the site's catalogue of
    /// government information.
    IndexNumber,
    /// 主题分类, 分类: the catalogue's subject.
    Topic,
    /// 发文机关, 发布部门, 制定机关: the organ that issues the document.
    Issuer,
    /// 发布机构, 来源: the organ or site that published the page.
    Publisher,
    /// 成文日期, 发文日期: the document's own date.
    Written,
    /// 发文字号, 文号.
    DocNumber,
    /// 发布日期, 公布日期: the day the document (or the page) was published.
    Published,
    /// 实施日期, 施行日期, 生效日期.
    Effective,
    /// 标题, 名称.
    Title,
    /// 有效性, 时效性: 有效, 现行有效, 失效.
    Status,
    /// 效力级别, 效力位阶.
    Level,
    /// 法规类别.
    Category,
    /// 主题词, 关键词.
    Keywords,
    /// 法宝引证码: a database's citation code (CLI.2.326046).
    CitationCode,
    /// 原文链接: the address of the page the text was taken from.
    Source,
    /// A known label with no field of its own (内容概述, 失效依据): kept as
    /// printed.
    Other,
}

/// The metadata labels, without layout spaces (索 引 号 and 标　　题 are
/// printed spaced out), each with the field it fills. A label the colophon
/// lists for the same concept (网址) is read through [`COLOPHON_LABELS`]
/// instead of being listed again.
///
/// ```
/// use gongbao::lexicon::{METADATA_LABELS, MetadataField};
/// assert!(METADATA_LABELS.contains(&("成文日期", MetadataField::Written)));
/// ```
pub const METADATA_LABELS: &[(&str, MetadataField)] = {
    use MetadataField::*;
    &[
        ("索引号", IndexNumber),
        ("主题分类", Topic),
        ("分类", Topic),
        ("信息分类", Topic),
        ("组配分类", Topic),
        ("体裁分类", Topic),
        ("发文机关", Issuer),
        ("发文机构", Issuer),
        ("发文单位", Issuer),
        ("发布机关", Issuer),
        ("发布部门", Issuer),
        ("发布单位", Issuer),
        ("制定机关", Issuer),
        ("颁布单位", Issuer),
        ("发布机构", Publisher),
        ("信息来源", Publisher),
        ("来源", Publisher),
        ("成文日期", Written),
        ("发文日期", Written),
        ("生成日期", Written),
        ("发文字号", DocNumber),
        ("发文文号", DocNumber),
        ("发文号", DocNumber),
        ("文号", DocNumber),
        ("发布日期", Published),
        ("发布时间", Published),
        ("公布日期", Published),
        ("颁布日期", Published),
        ("颁布时间", Published),
        ("实施日期", Effective),
        ("施行日期", Effective),
        ("生效日期", Effective),
        ("生效时间", Effective),
        ("标题", Title),
        ("名称", Title),
        ("有效性", Status),
        ("时效性", Status),
        ("公文时效", Status),
        ("效力状态", Status),
        ("效力级别", Level),
        ("效力位阶", Level),
        ("效力等级", Level),
        ("法规类别", Category),
        ("公文种类", Other),
        ("主题词", Keywords),
        ("关键词", Keywords),
        ("法宝引证码", CitationCode),
        ("原文链接", Source),
        ("原文地址", Source),
        // A crawler's own fields, saved with the page's (检索时间: when it
        // fetched the page, 检索关键词: what it searched for).
        ("检索时间", Other),
        ("检索关键词", Other),
        ("内容概述", Other),
        ("失效依据", Other),
        ("废止时间", Other),
        ("废止日期", Other),
        ("批准部门", Other),
        ("批准日期", Other),
    ]
};

/// Labels of a web page's visit counters (浏览次数: 590, 访问次数:): a
/// field of the page's box ([`MetadataField::Other`]) or, on a line of its
/// own, the page's furniture ([`crate::text::is_web_furniture`]).
///
/// ```
/// use gongbao::lexicon::{SITE_COUNTER_LABELS, metadata_field, MetadataField};
/// assert!(SITE_COUNTER_LABELS.contains(&"访问次数"));
/// assert_eq!(metadata_field("浏览次数"), Some(MetadataField::Other));
/// ```
pub const SITE_COUNTER_LABELS: &[&str] =
    &["浏览量", "浏览次数", "访问量", "访问次数", "阅读量", "阅读次数", "点击量", "点击数", "点击次数"];

/// The field a metadata label fills: one of [`METADATA_LABELS`], a site
/// counter ([`SITE_COUNTER_LABELS`]), or a colophon label of the same
/// concept (网址, 网站: where the text is published).
pub fn metadata_field(label: &str) -> Option<MetadataField> {
    METADATA_LABELS
        .iter()
        .find(|(l, _)| *l == label)
        .map(|&(_, f)| f)
        .or_else(|| SITE_COUNTER_LABELS.contains(&label).then_some(MetadataField::Other))
        .or_else(|| (colophon_field(label) == Some(ColophonField::Website)).then_some(MetadataField::Source))
}
