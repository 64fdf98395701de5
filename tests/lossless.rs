//! Nothing is lost: every non-whitespace character of the input lies in the
//! span of exactly one leaf of the parse.

use gongbao::Gazette;
use proptest::prelude::*;

/// Checks the invariant, returning a message for the first violation.
fn check(text: &str, g: &Gazette) -> Result<(), String> {
    let mut spans: Vec<(usize, usize)> = g.leaves().iter().map(|b| (b.span.start, b.span.end)).collect();
    spans.sort_unstable();
    for w in spans.windows(2) {
        if w[1].0 < w[0].1 {
            return Err(format!("leaves overlap: {:?} and {:?}: {:?}", w[0], w[1], &text.get(w[1].0..w[0].1)));
        }
    }
    for &(s, e) in &spans {
        if e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return Err(format!("leaf {s}..{e} is not on character boundaries of the text"));
        }
    }
    let mut k = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || c == '\u{FEFF}' {
            continue;
        }
        while k < spans.len() && spans[k].1 <= i {
            k += 1;
        }
        if k >= spans.len() || spans[k].0 > i {
            let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[i..].find('\n').map_or(text.len(), |p| i + p);
            return Err(format!(
                "character {c:?} at byte {i} lies in no leaf; its line: {:?}",
                &text[line_start..line_end]
            ));
        }
    }
    Ok(())
}

#[test]
fn every_corpus_text_is_covered_by_its_leaves() {
    for entry in std::fs::read_dir("corpus").expect("corpus folder") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable");
        let text = gongbao::text::decode(&bytes).expect("decodable").text;
        let g = gongbao::parse(&text);
        if let Err(e) = check(&text, &g) {
            panic!("{}: {e}", path.display());
        }
    }
}

/// Lines that look like the parts of gazettes and laws, in any order.
fn gazette_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("上海市人民政府公报".to_string()),
        Just("第 10 期(总第 538 期)".to_string()),
        Just("目 录".to_string()),
        Just("【政策解读】".to_string()),
        Just("关于《某方案》的政策解读 (18)".to_string()),
        Just("上海市人民政府办公厅关于印发《某方案》的通知".to_string()),
        Just("(2023年4月18日)".to_string()),
        Just("沪府办规〔2023〕12号".to_string()),
        Just("各区人民政府，市政府各委、办、局：".to_string()),
        Just("现将《某方案》印发给你们，请认真按照执行。".to_string()),
        Just("某方案".to_string()),
        Just("一、总体要求".to_string()),
        Just("(一)加强统筹。推进落实，".to_string()),
        Just("1. 支持项目。给予支持。（责任单位：市财政局、各区政府）".to_string()),
        Just("第一章　总　　则".to_string()),
        Just("第一条　为了规范，制定本法。".to_string()),
        Just("（一）取得个人的同意；".to_string()),
        Just("——服务网络更加完善。".to_string()),
        Just("国务院".to_string()),
        Just("2019年1月24日".to_string()),
        Just("（此件公开发布）".to_string()),
        Just("附件".to_string()),
        Just("中华人民共和国国务院令".to_string()),
        Just("第707号".to_string()),
        Just("# 某条例".to_string()),
        Just("<!-- INFO END -->".to_string()),
        Just("                 12".to_string()),
        Just("    。".to_string()),
        Just("本方案自2023年4月20日起实施，有效期至2028年4月19日。".to_string()),
        Just("5月20日出版".to_string()),
        Just("主管单位:上海市人民政府办公厅".to_string()),
        // HTML left in a text and traditional characters, read through
        // text::read_markup and text::read_simplified.
        Just("<p>各市、县人民政府:</p><p style=\"text-align: right;\"> 山西省人民政府</p>".to_string()),
        Just("<p><strong> 一、指导思想</strong></p><p><br/></p>".to_string()),
        Just("&nbsp;&ldquo;四个意识&rdquo;国务院&#12289;".to_string()),
        Just("鄂政發〔2018〕26號".to_string()),
        Just("各市、州、縣人民政府,省政府各部門:".to_string()),
        "[<>/&;#pbrstongl\\- 國發號關於區\n]{0,30}",
        "[\\PC]{0,30}",
        "[一二三（）()、.1-9第条章：:，。 ]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn generated_gazettes_are_covered_by_their_leaves(lines in prop::collection::vec(gazette_line(), 0..40), blank in prop::collection::vec(0usize..3, 40), crlf: bool) {
        let sep = if crlf { "\r\n" } else { "\n" };
        let mut text = String::new();
        for (i, l) in lines.iter().enumerate() {
            text.push_str(l);
            for _ in 0..=blank[i % blank.len()] {
                text.push_str(sep);
            }
        }
        let g = gongbao::parse(&text);
        prop_assert_eq!(check(&text, &g), Ok(()), "{}", text);
    }

    #[test]
    fn arbitrary_text_is_covered_by_its_leaves(text in "\\PC{0,200}") {
        let g = gongbao::parse(&text);
        prop_assert_eq!(check(&text, &g), Ok(()));
    }
}
