//! Document numbers over the real corpus, and the properties of the docnum
//! module (round trips, no panics, spans inside the input).

use std::path::Path;

use gongbao::Span;
use gongbao::docnum::{
    DocNumber, DocNumberKind, DocNumberMatch, ORGAN_ENDINGS, YearStyle, find_doc_numbers, parse, parse_with_notes,
};
use proptest::prelude::*;

/// One expected number: raw text as printed, canonical text, own line.
type Expected = (&'static str, &'static str, bool);

/// Every number in every corpus file, checked by reading the files and by
/// `grep -nP '[\d０-９]\s*号|令'` over them (the hits that are not numbers:
/// 责令, 令人向往, 调查令, 号源, 公众号, 销号, 出版物号).
const CORPUS: &[(&str, &[Expected])] = &[
    (
        "shanghai-gazette-2023-10.txt",
        &[
            // line 47, 131, 139 (cited after 《…》), 241, 333
            ("沪府办规〔2023〕12号", "沪府办规〔2023〕12号", true),
            ("沪府办发〔2023〕6号", "沪府办发〔2023〕6号", true),
            ("国办函〔2022〕17号", "国办函〔2022〕17号", false),
            ("沪府办发〔2023〕7号", "沪府办发〔2023〕7号", true),
            ("沪府办字〔2023〕5号", "沪府办字〔2023〕5号", true),
        ],
    ),
    ("govcn-guofa-2019-4-zhiye-jiaoyu-fangan.txt", &[("国发〔2019〕4号", "国发〔2019〕4号", true)]),
    ("govcn-guobanfa-2018-128-wufei-chengshi.txt", &[("国办发〔2018〕128号", "国办发〔2018〕128号", true)]),
    ("govcn-guobanfa-2018-129-xiaofei-fupin-yijian.txt", &[("国办发〔2018〕129号", "国办发〔2018〕129号", true)]),
    (
        "govcn-guoling-707-geshui-shishi-tiaoli.txt",
        &[
            // lines 1–3: the decree header; line 13: the revision history
            ("中华人民共和国国务院令\n\n第707号", "中华人民共和国国务院令第707号", true),
            ("中华人民共和国国务院令第142号", "中华人民共和国国务院令第142号", false),
            ("中华人民共和国国务院令第707号", "中华人民共和国国务院令第707号", false),
        ],
    ),
    (
        "lawrefbook-samr-ling-56-mingma-biaojia.md.txt",
        &[
            // line 3 (题注 after a date), line 127 (原…令, twice)
            ("国家市场监督管理总局令第56号", "国家市场监督管理总局令第56号", false),
            ("中华人民共和国国家发展计划委员会令第8号", "中华人民共和国国家发展计划委员会令第8号", false),
            ("中华人民共和国国家发展计划委员会令第15号", "中华人民共和国国家发展计划委员会令第15号", false),
        ],
    ),
    ("lawrefbook-shanghai-youhua-yingshang-huanjing-tiaoli-2024.md.txt", &[]),
    ("nhc-zhenliao-fangan-v10-2023.pdflayout.txt", &[]),
    ("npc-geren-xinxi-baohu-fa-2021-flk.txt", &[]),
];

fn corpus_text(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    gongbao::text::decode(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display())).text
}

/// The invariants every match holds, whatever the text.
fn check_match(text: &str, m: &DocNumberMatch) {
    assert_eq!(m.span.slice(text), Some(m.raw.as_str()), "{m:?}");
    assert_eq!(m.cited, !m.own_line);
    for n in &m.normalizations {
        assert!(m.span.contains(n.span()), "{n:?} outside {:?}", m.span);
        assert!(n.span().slice(text).is_some());
    }
    if let Some(t) = &m.cited_title {
        assert!(t.span.end <= m.span.start);
        assert!(t.span.slice(text).is_some());
    }
    // The number as printed parses alone to the same value and the same
    // fixes, moved by the span's start.
    let (number, notes) = parse_with_notes(&m.raw).unwrap_or_else(|e| panic!("{:?}: {e}", m.raw));
    assert_eq!(number, m.number);
    let moved: Vec<Span> = notes.iter().map(|n| n.span().shifted(m.span.start)).collect();
    let found: Vec<Span> = m.normalizations.iter().map(|n| n.span()).collect();
    assert_eq!(moved, found, "{:?}", m.raw);
}

#[test]
fn corpus_numbers_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name != "MANIFEST.tsv")
        .collect();
    files.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(name, _)| name.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "every corpus file has its expected list here");

    for (name, expected) in CORPUS {
        let text = corpus_text(name);
        let found = find_doc_numbers(&text);
        for m in &found {
            check_match(&text, m);
        }
        let got: Vec<(String, String, bool)> =
            found.iter().map(|m| (m.raw.clone(), m.number.to_string(), m.own_line)).collect();
        let want: Vec<(String, String, bool)> =
            expected.iter().map(|&(raw, canonical, own)| (raw.to_string(), canonical.to_string(), own)).collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn corpus_citation_carries_its_title() {
    let text = corpus_text("shanghai-gazette-2023-10.txt");
    let found = find_doc_numbers(&text);
    let cited: Vec<_> = found.iter().filter(|m| m.cited).collect();
    assert_eq!(cited.len(), 1);
    let title = cited[0].cited_title.as_ref().expect("title before the citation");
    assert_eq!(title.title, "国务院办公厅关于加强入河入海排污口监督管理工作的实施意见");
    assert_eq!(title.span.slice(&text), Some(title.title.as_str()));
    assert!(found.iter().filter(|m| m.own_line).all(|m| m.cited_title.is_none()));
}

#[test]
fn corpus_decree_header_spans_both_lines() {
    let text = corpus_text("govcn-guoling-707-geshui-shishi-tiaoli.txt");
    let header = &find_doc_numbers(&text)[0];
    assert_eq!(header.span, Span::new(0, text.find("第707号").unwrap() + "第707号".len()));
    let n = &header.number;
    assert_eq!((n.code(), n.year(), n.serial()), ("中华人民共和国国务院令", None, 707));
    let json = serde_json::to_value(n).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"text": "中华人民共和国国务院令第707号", "code": "中华人民共和国国务院令", "year": null, "serial": 707})
    );
}

#[test]
fn adversarial_inputs_stay_fast() {
    // Quadratic behaviour would take minutes on these; linear takes
    // milliseconds.
    let n = 200_000;
    for text in [
        "令".repeat(n),
        "〔".repeat(n),
        "《".repeat(n),
        format!("令{}", " ".repeat(n)),
        format!("国发{}〔2019〕4号", " ".repeat(n)),
        "国发〔2019〕4号".repeat(n / 10),
        "沪".repeat(n) + "〔2019〕4号",
        format!("国发〔2019〕{}号", "1".repeat(n)),
        "公告".repeat(n),
        "部　".repeat(n) + "令第1号",
        "部 等1".repeat(n) + "部令第1号",
        format!("等{}部门令第1号", "1".repeat(n)),
        "财政部　税务总局公告2023年第7号".repeat(n / 20),
    ] {
        let found = find_doc_numbers(&text);
        for m in &found {
            assert!(m.span.slice(&text).is_some());
        }
    }
}

// ---------------------------------------------------------------------------
// Properties

fn han() -> impl Strategy<Value = char> {
    proptest::char::range('\u{4E00}', '\u{9FA5}')
}

fn code(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(han(), 1..=max).prop_map(String::from_iter)
}

fn serial() -> impl Strategy<Value = u64> {
    1..=1_000_000_000u64
}

fn year() -> impl Strategy<Value = u16> {
    1949..=2100u16
}

fn any_number() -> impl Strategy<Value = DocNumber> {
    prop_oneof![
        (code(8), year(), serial()).prop_filter_map("valid ordinary", |(c, y, s)| DocNumber::ordinary(c, y, s).ok()),
        (code(8), year(), serial(), 0..3u8).prop_filter_map("valid legacy", |(c, y, s, m)| DocNumber::legacy(
            c,
            y,
            s,
            m != 1,
            m != 0
        )
        .ok()),
        (
            code(12),
            proptest::option::of((year(), prop_oneof![Just(YearStyle::Bracketed), Just(YearStyle::Suffixed)])),
            serial(),
            any::<bool>()
        )
            .prop_filter_map("valid decree", |(c, y, s, di)| DocNumber::decree(c + "令", y, s, di).ok()),
        (code(12), proptest::option::of((year(), year_style())), serial(), any::<bool>())
            .prop_filter_map("valid announcement", |(c, y, s, di)| DocNumber::announcement(c + "公告", y, s, di).ok()),
        (code(8), 1..=99u8, proptest::option::of((year(), year_style())), serial(), any::<bool>())
            .prop_filter_map("valid count", |(c, k, y, s, di)| DocNumber::decree(format!("{c}等{k}部门令"), y, s, di)
                .ok()),
        (joint_code(|| code(6)), proptest::option::of((year(), year_style())), serial(), any::<bool>())
            .prop_filter_map("valid joint", |(c, y, s, di)| issued(c, y, s, di)),
    ]
}

/// Two or three organs, each ending like one, the last with 令 or 公告.
fn joint_code<S: Strategy<Value = String>>(organ: impl Fn() -> S) -> impl Strategy<Value = String> {
    let ending = proptest::sample::select(ORGAN_ENDINGS);
    let suffix = prop_oneof![Just("令"), Just("公告")];
    (proptest::collection::vec((organ(), ending), 1..=2), organ(), suffix).prop_map(|(firsts, last, suffix)| {
        let mut code: Vec<String> = firsts.into_iter().map(|(o, e)| o + e).collect();
        code.push(last + suffix);
        code.join("、")
    })
}

/// A decree or announcement, by the code's ending.
fn issued(code: String, year: Option<(u16, YearStyle)>, serial: u64, di: bool) -> Option<DocNumber> {
    if code.ends_with('令') {
        DocNumber::decree(code, year, serial, di).ok()
    } else {
        DocNumber::announcement(code, year, serial, di).ok()
    }
}

fn year_style() -> impl Strategy<Value = YearStyle> {
    prop_oneof![Just(YearStyle::Bracketed), Just(YearStyle::Suffixed)]
}

/// Characters that appear in codes but in no function word or date, so
/// that a code made of them is found whole in running text.
const SAFE: &[char] = &[
    '国', '沪', '府', '办', '发', '规', '函', '字', '京', '津', '粤', '财', '税', '教', '卫', '人', '社', '部', '委',
    '厅', '局', '省', '市', '政', '农', '商', '科', '工', '信', '交', '环', '文', '体', '民', '公', '安', '司', '审',
    '统', '计', '银', '保', '监', '证', '能', '源', '水', '林', '草', '海', '关', '质', '检', '药', '医', '疗', '管',
    '理',
];

fn safe_code(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(SAFE), 1..=max).prop_map(String::from_iter)
}

fn safe_number() -> impl Strategy<Value = DocNumber> {
    prop_oneof![
        (safe_code(8), year(), serial()).prop_filter_map("valid", |(c, y, s)| DocNumber::ordinary(c, y, s).ok()),
        (safe_code(8), year(), serial(), 0..3u8).prop_filter_map("valid", |(c, y, s, m)| DocNumber::legacy(
            c,
            y,
            s,
            m != 1,
            m != 0
        )
        .ok()),
        (
            safe_code(12),
            proptest::option::of((year(), prop_oneof![Just(YearStyle::Bracketed), Just(YearStyle::Suffixed)])),
            serial(),
            any::<bool>()
        )
            .prop_filter_map("valid", |(c, y, s, di)| DocNumber::decree(c + "令", y, s, di).ok()),
        (safe_code(12), proptest::option::of((year(), year_style())), serial(), any::<bool>())
            .prop_filter_map("valid", |(c, y, s, di)| DocNumber::announcement(c + "公告", y, s, di).ok()),
        (safe_code(8), 1..=99u8, proptest::option::of((year(), year_style())), serial(), any::<bool>())
            .prop_filter_map("valid", |(c, k, y, s, di)| DocNumber::decree(format!("{c}等{k}部门令"), y, s, di).ok()),
        (joint_code(|| safe_code(6)), proptest::option::of((year(), year_style())), serial(), any::<bool>())
            .prop_filter_map("valid", |(c, y, s, di)| issued(c, y, s, di)),
    ]
}

/// Strings made of the characters the grammar cares about, so that random
/// input reaches deep into it.
fn gazette_noise() -> impl Strategy<Value = String> {
    const ALPHABET: &[char] = &[
        '沪', '府', '办', '国', '发', '令', '公', '告', '等', '部', '第', '字', '号', '年', '月', '日', '原', '根',
        '据', '和', '的', '《', '》', '〈', '〉', '(', ')', '（', '）', '〔', '〕', '[', ']', '［', '］', '【', '】',
        '〖', '〗', '0', '1', '2', '9', '０', '２', ' ', '\n', '\r', '\u{3000}', 'X', '，', '、', '。', '\u{FEFF}',
        'é',
    ];
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..80).prop_map(String::from_iter)
}

fn check_error_span(s: &str, e: &gongbao::Error) {
    assert!(e.span().slice(s).is_some(), "error span {:?} not inside {s:?}", e.span());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn display_parses_back(n in any_number()) {
        let shown = n.to_string();
        prop_assert_eq!(parse(&shown), Ok(n.clone()));
        let json = serde_json::to_string(&n).unwrap();
        prop_assert_eq!(serde_json::from_str::<DocNumber>(&json).unwrap(), n);
    }

    #[test]
    fn display_is_found_alone_on_its_line(n in safe_number()) {
        let text = format!("前文。\n{n}\n后文");
        let found = find_doc_numbers(&text);
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].number, &n);
        prop_assert!(found[0].own_line);
        prop_assert_eq!(found[0].raw.clone(), n.to_string());
    }

    #[test]
    fn display_is_found_in_running_text(n in safe_number()) {
        let text = format!("根据{n}和{n}的规定");
        let found: Vec<DocNumber> = find_doc_numbers(&text).into_iter().map(|m| m.number).collect();
        prop_assert_eq!(found, vec![n.clone(), n]);
    }

    #[test]
    fn parse_never_panics_and_spans_fit(s in gazette_noise()) {
        match parse_with_notes(&s) {
            Ok((_, notes)) => for n in notes { prop_assert!(n.span().slice(&s).is_some()) },
            Err(e) => check_error_span(&s, &e),
        }
    }

    #[test]
    fn parse_never_panics_on_any_string(s in any::<String>()) {
        if let Err(e) = parse(&s) {
            check_error_span(&s, &e);
        }
    }

    #[test]
    fn find_never_panics_and_spans_fit(s in gazette_noise()) {
        for m in find_doc_numbers(&s) {
            check_match(&s, &m);
        }
    }

    #[test]
    fn find_never_panics_on_any_string(s in any::<String>()) {
        for m in find_doc_numbers(&s) {
            check_match(&s, &m);
        }
    }

    #[test]
    fn messy_spellings_parse_to_the_clean_number(n in safe_number(), pad in 0..3usize) {
        // Widen brackets and digits and put spaces between the parts (not
        // inside a run of digits, and not after an organ's name in a decree
        // or announcement code, where whitespace separates joint organs):
        // the value stays. A joint code's own separator is widened to U+3000.
        let shown: Vec<char> = n.to_string().chars().collect();
        let organ = matches!(n.kind(), DocNumberKind::Decree | DocNumberKind::Announcement);
        let code_chars = n.code().chars().count();
        let mut messy = String::new();
        for (i, &c) in shown.iter().enumerate() {
            if i < code_chars && c == '、' {
                messy.push('\u{3000}');
                continue;
            }
            let prefix: String = shown[..=i].iter().collect();
            if organ && i < code_chars && ORGAN_ENDINGS.iter().any(|e| prefix.ends_with(e)) {
                messy.push(c);
                continue;
            }
            messy.push(match c {
                '〔' => '（',
                '〕' => '）',
                d if d.is_ascii_digit() => char::from_u32(d as u32 - '0' as u32 + '０' as u32).unwrap(),
                c => c,
            });
            if shown.get(i + 1).is_some_and(|next| !(c.is_ascii_digit() && next.is_ascii_digit())) {
                messy.push_str(&" ".repeat(pad));
            }
        }
        prop_assert_eq!(parse(&messy), Ok(n));
    }
}
