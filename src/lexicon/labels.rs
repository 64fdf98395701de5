//! Labels of the fields of a gazette's colophon (版权页).

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
        ("国际标准连续出版物号", Issn),
        ("出版日期", Published),
        ("出版时间", Published),
        ("地址", Other),
        ("邮编", Other),
        ("邮政编码", Other),
        ("电话", Other),
    ]
};

/// The field a colophon label fills, if the label is one of
/// [`COLOPHON_LABELS`].
pub fn colophon_field(label: &str) -> Option<ColophonField> {
    COLOPHON_LABELS.iter().find(|(l, _)| *l == label).map(|&(_, f)| f)
}
