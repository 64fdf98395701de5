//! Document numbers over the real corpus, and the properties of the docnum
//! module: parsing, normalizations and faults, finding numbers in running
//! text, and properties (round trips, no panics, spans inside the input).

use std::path::Path;

use gongbao::docnum::{
    DocNumber, DocNumberFault, DocNumberKind, DocNumberMatch, Normalization, YearStyle, find_doc_numbers,
    is_doc_number_line, parse, parse_with_notes,
};
use gongbao::error::Fault;
use gongbao::lexicon::ORGAN_ENDINGS;
use gongbao::{ErrorKind, Span};
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
        "govcn-guobanfamingdian-2018-15-jiejiari-anpai.txt",
        &[("国办发明电〔2018〕15号", "国办发明电〔2018〕15号", true)],
    ),
    // No number: 药品生产文号 names a kind of number.
    ("liuhe-html-2023-zhongdian-chanye-yijian-spaced-articles.txt", &[]),
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
    (
        "govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdfraw.txt",
        &[
            // line 3 (own, spaced before 号), lines 13, 14, 17, 20 (cited)
            ("发改办财金规〔2019〕860 号", "发改办财金规〔2019〕860号", true),
            ("国发〔2018〕41 号", "国发〔2018〕41号", false),
            ("国发〔2014〕21 号", "国发〔2014〕21号", false),
            ("国发〔2016〕33 号", "国发〔2016〕33号", false),
            ("国办发〔2019〕35 号", "国办发〔2019〕35号", false),
        ],
    ),
    (
        "govdoc-cn-fagaibancaijingui-2019-860-geshui-xinyong.pdflayout.txt",
        &[
            // line 3 (own, spaced before 号), lines 13, 14, 17, 20 (cited)
            ("发改办财金规〔2019〕860 号", "发改办财金规〔2019〕860号", true),
            ("国发〔2018〕41 号", "国发〔2018〕41号", false),
            ("国发〔2014〕21 号", "国发〔2014〕21号", false),
            ("国发〔2016〕33 号", "国发〔2016〕33号", false),
            ("国办发〔2019〕35 号", "国办发〔2019〕35号", false),
        ],
    ),
    ("shanghai-beidou-xingdong-jihua-2021-qiantou-bumen.web.txt", &[]),
    ("npc-geren-xinxi-baohu-fa-2021-flk.txt", &[]),
    // Saved web pages and database exports: a box's number stands alone on
    // its value line (one cell per line) or beside other cells (a row
    // copied whole), then again under the title.
    (
        "0798ci-export-luzhengfa-2014-20-yusuan-yijian.txt",
        &[
            ("鲁政发〔2014〕20号", "鲁政发〔2014〕20号", false),
            ("鲁政发〔2014〕20号", "鲁政发〔2014〕20号", true),
            ("国发〔2014〕45号", "国发〔2014〕45号", false),
            ("鲁发〔2014〕18号", "鲁发〔2014〕18号", false),
        ],
    ),
    ("falvziliao-export-hujianjian-2003-89-wenming-gongdi.txt", &[("沪建建[2003]89号", "沪建建〔2003〕89号", true)]),
    (
        "falvziliao-export-kegongfazi-2000-851-biaozhun-chengxu.txt",
        &[("科工法字[2000] 851号", "科工法字〔2000〕851号", true)],
    ),
    (
        "falvziliao-export-weizhengbanfa-2012-75-hedui-banfa.txt",
        &[("威政办发〔2012〕75号", "威政办发〔2012〕75号", true)],
    ),
    (
        "govcn-page-guobanfa-2004-7-meikuang-shigu-tongbao.txt",
        &[("国办发〔2004〕7号", "国办发〔2004〕7号", false), ("国办发〔2004〕7号", "国办发〔2004〕7号", true)],
    ),
    (
        "govcn-page-guobanfa-2019-2-yaopin-caigou-fangan.txt",
        &[("国办发〔2019〕2号", "国办发〔2019〕2号", false), ("国办发〔2019〕2号", "国办发〔2019〕2号", true)],
    ),
    (
        "govcn-page-guobanfa-2019-3-youeryuan-zhili-tongzhi.txt",
        &[("国办发〔2019〕3号", "国办发〔2019〕3号", true), ("国办发〔2019〕3号", "国办发〔2019〕3号", true)],
    ),
    (
        "govcn-page-guobanfa-2019-6-rongzi-danbao-yijian.txt",
        &[
            ("国办发〔2019〕6号", "国办发〔2019〕6号", true),
            ("国办发〔2019〕6号", "国办发〔2019〕6号", true),
            ("国发〔2015〕43号", "国发〔2015〕43号", false),
        ],
    ),
    (
        "govcn-page-guobanhan-2004-36-harbin-dayunhui-fuhan.txt",
        &[
            ("国办函〔2004〕36号", "国办函〔2004〕36号", true),
            ("国办函〔2004〕36号", "国办函〔2004〕36号", true),
            ("教外际〔2004〕14号", "教外际〔2004〕14号", false),
        ],
    ),
    (
        "govcn-page-guofa-2018-44-keji-jiangli-jueding.txt",
        &[("国发〔2018〕44号", "国发〔2018〕44号", true), ("国发〔2018〕44号", "国发〔2018〕44号", true)],
    ),
    (
        "govcn-page-guohan-2018-159-xiongan-guihua-pifu.txt",
        &[("国函〔2018〕159号", "国函〔2018〕159号", false), ("国函〔2018〕159号", "国函〔2018〕159号", true)],
    ),
    (
        "tongchuan-page-tongzhengfa-2020-33-guifanxing-wenjian-qingli.txt",
        &[
            ("铜政发〔2020〕33号", "铜政发〔2020〕33号", false),
            ("陕司通〔2020〕74号", "陕司通〔2020〕74号", false),
            ("陕西省人民政府令第216号", "陕西省人民政府令第216号", false),
        ],
    ),
    ("zhenba-page-zhenzhengfa-2024-7-gongzuo-guize.txt", &[("镇政发〔2024〕7号", "镇政发〔2024〕7号", true)]),
    (
        "falvziliao-export-guojifanggai-2011-236-weixiu-zijin-buchong-tongzhi.txt",
        &[
            ("国机房改〔2011〕236号", "国机房改〔2011〕236号", true),
            ("国管房改〔2008〕346号", "国管房改〔2008〕346号", false),
            ("国机房改〔2009〕45号", "国机房改〔2009〕45号", false),
            ("国机房改〔2009〕45号", "国机房改〔2009〕45号", false),
        ],
    ),
    // The page prints its own number broken (广安区府办发〔202026): only the
    // cited number is found.
    (
        "guangan-page-guanganqu-fubanfa-2020-26-jingxihua-xize.txt",
        &[("广安府办发〔2020〕13号", "广安府办发〔2020〕13号", false)],
    ),
    (
        "falvziliao-export-dongguan-ling-123-weixianyuan-banfa.txt",
        &[("东莞市人民政府令第123号", "东莞市人民政府令第123号", true)],
    ),
    ("lawrefbook-beijing-xianxue-tiaoli-2021-untitled-mulu.md.txt", &[]),
    (
        "lawrefbook-guoling-696-shiyan-zhuanying-banfa-2017.md.txt",
        &[
            // lines 3 and 7: the history note's decrees
            ("中华人民共和国国务院令第197号", "中华人民共和国国务院令第197号", false),
            ("中华人民共和国国务院令第696号", "中华人民共和国国务院令第696号", false),
        ],
    ),
    ("lawrefbook-xianfa-2018-xuyan.md.txt", &[]),
    ("lawrefbook-zhejiang-nongji-cujin-tiaoli-2020-gap.md.txt", &[]),
    ("npc-flk-fan-jiating-baoli-fa-2015-mulu.txt", &[]),
    ("npc-flk-guojia-qingbao-fa-2018-mulu.txt", &[]),
    ("npc-flk-quanguo-renda-yishi-guize-2021-mulu.txt", &[]),
    // branch corpus-policy: crawler Markdown of Shanghai policy documents.
    (
        "shanghai-md-hufubanfa-2025-11-keji-fuwuye-yijian.md.txt",
        &[("沪府办发〔2025〕11号", "沪府办发〔2025〕11号", true)],
    ),
    (
        "shanghai-md-hufubanfa-2025-17-yiliao-qixie-fangan.md.txt",
        &[("沪府办发〔2025〕17号", "沪府办发〔2025〕17号", true)],
    ),
    (
        "shanghai-md-hufubangui-2025-5-jichu-yanjiu-cuoshi.md.txt",
        &[("沪府办规〔2025〕5号", "沪府办规〔2025〕5号", true)],
    ),
    ("shanghai-md-huke-2025-5-naoji-jiekou-fangan.md.txt", &[("沪科〔2025〕5号", "沪科〔2025〕5号", true)]),
    // corpus-pdf: 刑法 第一编 总则 from a PDF, raw and -layout; no 发文字号 in it.
    ("laosheng-xingfa-2020-diyibian-zongze-p3-14.pdfraw.txt", &[]),
    ("laosheng-xingfa-2020-diyibian-zongze-p3-14.pdflayout.txt", &[]),
    ("laosheng-xingfa-2020-fuze-fujian-p70-71.pdfraw.txt", &[]),
    ("laosheng-xingfa-2020-fuze-fujian-p70-71.pdflayout.txt", &[]),
    // corpus-rules: genres (办法, 决定) that print no number of their own.
    ("lawrefbook-mohrss-nianxiujia-shishi-banfa-2008.md.txt", &[]),
    ("lawrefbook-beijing-gengdi-zhanyongshui-jueding-2019.md.txt", &[]),
    ("lawrefbook-spc-xiugai-zhongcai-baohe-guiding-jueding-2021.md.txt", &[]),
    // line 69: the repealed interpretation's number after its title
    ("lawrefbook-spc-spp-qiangduo-jieshi-2013.md.txt", &[("法释〔2002〕18号", "法释〔2002〕18号", false)]),
    ("lawrefbook-zhongwai-hezi-qiye-fa-shishi-tiaoli-2014.md.txt", &[]),
    // line 3: the history note's decree
    (
        "lawrefbook-guoling-337-fagui-guizhang-beian-tiaoli-2001.md.txt",
        &[("中华人民共和国国务院令第337号", "中华人民共和国国务院令第337号", false)],
    ),
    // corpus-pdf: city notices issuing policies, as raw and -layout PDF text;
    // the own number spaced before 号 (line 4 or 5), cited ones in brackets.
    (
        "hangzhou-hangzhengbanhan-2025-16-zuqiu-cuoshi.pdfraw.txt",
        &[("杭政办函〔2025〕16 号", "杭政办函〔2025〕16号", true)],
    ),
    (
        "hangzhou-hangzhengbanhan-2025-16-zuqiu-cuoshi.pdflayout.txt",
        &[("杭政办函〔2025〕16 号", "杭政办函〔2025〕16号", true)],
    ),
    (
        "hangzhou-hangzhenghan-2024-16-jingji-zhengce.pdfraw.txt",
        &[
            ("杭政函〔2024〕16 号", "杭政函〔2024〕16号", true),
            ("浙政发〔2024〕4 号", "浙政发〔2024〕4号", false),
            ("浙政发〔2019〕23 号", "浙政发〔2019〕23号", false),
        ],
    ),
    (
        "hangzhou-hangzhenghan-2024-16-jingji-zhengce.pdflayout.txt",
        &[
            ("杭政函〔2024〕16 号", "杭政函〔2024〕16号", true),
            ("浙政发〔2024〕4 号", "浙政发〔2024〕4号", false),
            ("浙政发〔2019〕23 号", "浙政发〔2019〕23号", false),
        ],
    ),
    // A Founder-typeset PDF: full-width digits, a space before 号.
    (
        "sichuan-chuanbangui-2025-6-chuangye-jiuye-cuoshi.pdfraw.txt",
        &[("川办规〔２０２５〕６ 号", "川办规〔2025〕6号", true)],
    ),
    (
        "sichuan-chuanbangui-2025-6-chuangye-jiuye-cuoshi.pdflayout.txt",
        &[("川办规〔２０２５〕６ 号", "川办规〔2025〕6号", true)],
    ),
    // corpus-web: web pages and exports of provinces, cities and districts.
    (
        "falvziliao-export-hebei-zhengfuling-2010-15-rengong-yingxiang-tianqi.txt",
        // the decree's serial, 政府令〔2010〕第15号, on its own line
        &[("政府令〔2010〕第15号", "政府令〔2010〕第15号", true)],
    ),
    (
        "0798ci-export-zhezhengbanfa-2019-7-zeren-fenjie-qiantou-danwei.txt",
        // line 1: the page title (number, then 《title》); line 17: own line
        &[("浙政办发〔2019〕7号", "浙政办发〔2019〕7号", false), ("浙政办发〔2019〕7号", "浙政办发〔2019〕7号", true)],
    ),
    ("ezhou-page-echengqu-jiefang-gonggao-2018.txt", &[]),
    (
        "fymate-page-bianzheng-2007-26-shichang-jianshe-tongbao.txt",
        // line 2: the own number in brackets; line 4: a cited 意见
        &[("汴政〔2007〕26号", "汴政〔2007〕26号", false), ("汴政〔2006〕45号", "汴政〔2006〕45号", false)],
    ),
    (
        "kmgd-page-guandu-wenzengzhang-cuoshi-2016-qiantou-peihe.txt",
        &[("昆政发〔2016〕13号", "昆政发〔2016〕13号", false)],
    ),
    (
        "hzldzy-page-gongzhengbanfa-2018-42-daqi-jihua-zeren-danwei.txt",
        // line 1: the page title with the number after it; line 3: own line
        &[
            ("拱政办发〔2018〕42号", "拱政办发〔2018〕42号", false),
            ("拱政办发〔2018〕42号", "拱政办发〔2018〕42号", true),
        ],
    ),
    // the box's 文号: is empty and the text prints no number
    ("thx-page-taihu-2019-gongzuo-guize-tongzhi-box-spaced.txt", &[]),
    ("yinchuan-page-zhufang-baozhang-banfa-2020-zhengqiu-yijian-qicao-shuoming.txt", &[]),
    ("chu21-page-wucheng-2025-gaozhiliang-zhengce-jucuo-qiantou-heading.txt", &[]),
    // line 1: the number in brackets after the page's title
    (
        "lc123-page-guizhenghan-2020-43-guilin-jingkaiqu-pifu.txt",
        &[("桂政函〔2020〕43号", "桂政函〔2020〕43号", false)],
    ),
    (
        "selectshandong-page-luzhengzi-2019-4-yuanqu-gengming-tongzhi.txt",
        &[("鲁政字〔2019〕4号", "鲁政字〔2019〕4号", true)],
    ),
    // line 4: the number in brackets after the title; lines 24 and 25: two
    // cited after their titles
    (
        "pingjiang-page-yuebanfa-2017-2-zhengwu-gongkai-yijian-byline.txt",
        &[
            ("岳办发〔2017〕2号", "岳办发〔2017〕2号", false),
            ("中办发〔2016〕8号", "中办发〔2016〕8号", false),
            ("湘办发〔2016〕41号", "湘办发〔2016〕41号", false),
        ],
    ),
    // line 11, the own number under the cut title line
    (
        "infoeach-export-jinzhengbanfa-2010-15-jianyi-tian-guize-title-cut.txt",
        &[("金政办发〔2010〕15号", "金政办发〔2010〕15号", true)],
    ),
    // line 15: two cited after their titles; the notice prints no number
    (
        "dongyang-page-dongzhengban-2023-canjiren-jiuye-fangan-byline-box.txt",
        &[
            ("浙政办发〔2022〕59号", "浙政办发〔2022〕59号", false),
            ("金政办发〔2022〕50号", "金政办发〔2022〕50号", false),
        ],
    ),
    // line 2: the box's 发文字号
    (
        "dscjxm-page-aliangfa-2021-42-gongzuo-guize-list-box-byline.txt",
        &[("阿行发〔2021〕42号", "阿行发〔2021〕42号", false)],
    ),
    // the export prints no number
    ("infoeach-export-ningxia-shehui-banyi-banfa-title-issuer-pairs.txt", &[]),
    // line 3 prints 鄂政發〔2018〕26號 in traditional characters: the finder
    // reads simplified ones (the parser reads the text through
    // `text::read_simplified`, tests/script.rs)
    ("chaincentury-page-trad-ezhengfa-2018-26-yingshang-huanjing-yijian.txt", &[]),
    // line 5, the header's 文号; line 6 cites 国发〔2016〕56号 inside HTML
    (
        "laodongfa-export-jinzhengfa-2018-13-html-paragraphs.txt",
        &[("晋政发〔2018〕13号", "晋政发〔2018〕13号", false), ("国发〔2016〕56号", "国发〔2016〕56号", false)],
    ),
    // the page prints no number
    ("pkulaw-page-qingyuan-gongzuo-guize-2019-chrome-version-note.txt", &[]),
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

/// The lines of the corpus that are a number alone are exactly its own-line
/// numbers that fit on one line (the 707 header, split over two lines, is
/// none: neither 中华人民共和国国务院令 nor 第707号 is a number).
#[test]
fn corpus_doc_number_lines_are_the_own_line_numbers() {
    for (name, expected) in CORPUS {
        let text = corpus_text(name);
        let got: Vec<&str> = text.lines().filter(|l| is_doc_number_line(l)).map(str::trim).collect();
        let want: Vec<&str> =
            expected.iter().filter(|&&(raw, _, own)| own && !raw.contains('\n')).map(|&(raw, _, _)| raw).collect();
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

// ---------------------------------------------------------------------------
// parse: parts, canonical spelling, normalizations, faults, serde

#[track_caller]
fn text_of(s: &str) -> String {
    parse(s).map(|n| n.to_string()).unwrap_or_else(|e| format!("error: {e}"))
}

/// The span and fault of the error `parse(s)` fails with.
#[track_caller]
fn err(s: &str) -> (Span, DocNumberFault) {
    let e = parse(s).unwrap_err();
    (e.span(), fault_of(&e))
}

/// The docnum fault an error holds.
#[track_caller]
fn fault_of(e: &gongbao::Error) -> DocNumberFault {
    assert_eq!(e.kind(), ErrorKind::DocNumber, "{e}");
    match e.fault() {
        Fault::DocNumber(f) => f.clone(),
        other => panic!("not a docnum fault: {other:?}"),
    }
}

#[test]
fn corpus_numbers_parse_to_their_parts() {
    let cases: &[(&str, &str, Option<u16>, u64, DocNumberKind)] = &[
        ("沪府办规〔2023〕12号", "沪府办规", Some(2023), 12, DocNumberKind::Ordinary),
        ("沪府办发〔2023〕6号", "沪府办发", Some(2023), 6, DocNumberKind::Ordinary),
        ("沪府办发〔2023〕7号", "沪府办发", Some(2023), 7, DocNumberKind::Ordinary),
        ("沪府办字〔2023〕5号", "沪府办字", Some(2023), 5, DocNumberKind::Ordinary),
        ("国办函〔2022〕17号", "国办函", Some(2022), 17, DocNumberKind::Ordinary),
        ("国发〔2019〕4号", "国发", Some(2019), 4, DocNumberKind::Ordinary),
        ("国办发〔2018〕128号", "国办发", Some(2018), 128, DocNumberKind::Ordinary),
        ("国办发〔2018〕129号", "国办发", Some(2018), 129, DocNumberKind::Ordinary),
        ("中华人民共和国国务院令第707号", "中华人民共和国国务院令", None, 707, DocNumberKind::Decree),
        ("中华人民共和国国务院令第142号", "中华人民共和国国务院令", None, 142, DocNumberKind::Decree),
        ("国家市场监督管理总局令第56号", "国家市场监督管理总局令", None, 56, DocNumberKind::Decree),
    ];
    for &(s, code, year, serial, kind) in cases {
        let (n, notes) = parse_with_notes(s).unwrap();
        assert_eq!((n.code(), n.year(), n.serial(), n.kind()), (code, year, serial, kind), "{s}");
        assert_eq!(n.to_string(), s, "{s} is canonical already");
        assert!(notes.is_empty(), "{s}: {notes:?}");
    }
}

#[test]
fn the_707_header_split_over_lines_is_one_number() {
    let s = "中华人民共和国国务院令\n\n第707号";
    let (n, notes) = parse_with_notes(s).unwrap();
    assert_eq!(n.to_string(), "中华人民共和国国务院令第707号");
    assert_eq!(notes, [Normalization::SpaceRemoved { span: Span::new(33, 35) }]);
}

#[test]
fn variants_of_real_text_are_accepted() {
    let cases = [
        ("沪府办规〔2020〕17 号", "沪府办规〔2020〕17号"),
        ("国办函 〔2022〕 17号", "国办函〔2022〕17号"),
        ("深发[1998]24号", "深发〔1998〕24号"),
        ("国发［2019］4号", "国发〔2019〕4号"),
        ("国发(2019)4号", "国发〔2019〕4号"),
        ("国发（2019）4号", "国发〔2019〕4号"),
        ("国发【2019】4号", "国发〔2019〕4号"),
        ("国发〖2019〗4号", "国发〔2019〕4号"),
        ("国发〔２０１９〕４号", "国发〔2019〕4号"),
        ("国发〔2019〕004号", "国发〔2019〕4号"),
        ("深税字〔1988〕37号", "深税字〔1988〕37号"),
        ("X市财发〔1992〕字第36号", "X市财发〔1992〕字第36号"),
        ("X市财发〔1992〕 字 第 36号", "X市财发〔1992〕字第36号"),
        ("国发〔2019〕第4号", "国发〔2019〕第4号"),
        ("沪府 办规〔2023〕12号", "沪府办规〔2023〕12号"),
        ("中华人民共和国国务院令第706号", "中华人民共和国国务院令第706号"),
        ("上海市人民政府令第1号", "上海市人民政府令第1号"),
        ("沪府令5号", "沪府令5号"),
        ("沪府令第60号", "沪府令第60号"),
        ("沪府令 第 060 号", "沪府令第60号"),
        ("国家安全生产监督管理总局令（第88号）", "国家安全生产监督管理总局令第88号"),
        ("国家安全生产监督管理总局令(第88号)", "国家安全生产监督管理总局令第88号"),
        ("沪府令（5号）", "沪府令5号"),
        ("交通运输部令2019年第46号", "交通运输部令2019年第46号"),
        ("交通运输部令 2019 年 第 46 号", "交通运输部令2019年第46号"),
        ("沪府令〔2017〕58号", "沪府令〔2017〕58号"),
        ("沪府令（2017）58号", "沪府令〔2017〕58号"),
        ("沪府令〔2017〕第58号", "沪府令〔2017〕第58号"),
        ("\u{3000} 国发〔2019〕4号\n", "国发〔2019〕4号"),
    ];
    for (s, canonical) in cases {
        assert_eq!(text_of(s), canonical, "{s:?}");
        assert_eq!(text_of(canonical), canonical, "canonical {canonical} is a fixed point");
    }
}

#[test]
fn kinds_and_spelling_details() {
    let n = parse("沪府办字〔2023〕5号").unwrap();
    assert_eq!((n.kind(), n.has_zi(), n.has_di()), (DocNumberKind::Ordinary, false, false));
    let n = parse("X市财发〔1992〕字第36号").unwrap();
    assert_eq!((n.code(), n.kind(), n.has_zi(), n.has_di()), ("X市财发", DocNumberKind::Legacy, true, true));
    let n = parse("国发〔2019〕第4号").unwrap();
    assert_eq!((n.kind(), n.has_zi(), n.has_di()), (DocNumberKind::Legacy, false, true));
    let n = parse("交通运输部令2019年第46号").unwrap();
    assert_eq!(
        (n.code(), n.year(), n.year_style(), n.serial(), n.kind()),
        ("交通运输部令", Some(2019), Some(YearStyle::Suffixed), 46, DocNumberKind::Decree)
    );
    let n = parse("沪府令5号").unwrap();
    assert_eq!((n.code(), n.year(), n.has_di()), ("沪府令", None, false));
}

#[test]
fn normalizations_name_what_changed_and_where() {
    let s = "国办函 （２０２２） 017 号";
    let (_, notes) = parse_with_notes(s).unwrap();
    let label = |n: &Normalization| match n {
        Normalization::BracketReplaced { .. } => "BracketReplaced",
        Normalization::SpaceRemoved { .. } => "SpaceRemoved",
        Normalization::FullWidthDigitFolded { .. } => "FullWidthDigitFolded",
        Normalization::LeadingZeroDropped { .. } => "LeadingZeroDropped",
        Normalization::SerialBracketsRemoved { .. } => "SerialBracketsRemoved",
        Normalization::SeparatorReplaced { .. } => "SeparatorReplaced",
        other => panic!("no label for {other:?}"),
    };
    let got: Vec<(&str, &str)> = notes.iter().map(|n| (label(n), &s[n.span().start..n.span().end])).collect();
    let expected = [
        ("SpaceRemoved", " "),
        ("BracketReplaced", "（"),
        ("FullWidthDigitFolded", "２０２２"),
        ("BracketReplaced", "）"),
        ("SpaceRemoved", " "),
        ("LeadingZeroDropped", "0"),
        ("SpaceRemoved", " "),
    ];
    assert_eq!(got, expected);

    let (_, notes) = parse_with_notes("国家安全生产监督管理总局令（第88号）").unwrap();
    assert_eq!(notes, [Normalization::SerialBracketsRemoved { open: Span::new(39, 42), close: Span::new(50, 53) }]);
}

#[test]
fn faults_are_errors_with_their_span() {
    assert_eq!(err("沪府办规〔2023〕12"), (Span::empty(24), DocNumberFault::MissingHao));
    assert_eq!(err("沪府办规〔2023〕号"), (Span::new(22, 25), DocNumberFault::MissingSerial));
    assert_eq!(err("沪府令第号"), (Span::new(12, 15), DocNumberFault::MissingSerial));
    assert_eq!(err("国发〔19〕4号"), (Span::new(9, 11), DocNumberFault::YearNotFourDigits));
    assert_eq!(err("国发〔20190〕4号").0, Span::new(9, 14));
    assert_eq!(err("国发〔0219〕4号").0, Span::new(9, 13));
    assert_eq!(err("国发〔〕4号").1, DocNumberFault::MissingYear);
    assert_eq!(err("国发〔2019 4号").1, DocNumberFault::MissingYearClose);
    assert_eq!(err("国发2019年4号").1, DocNumberFault::ExpectedYearBrackets);
    assert_eq!(err("〔2019〕4号"), (Span::empty(0), DocNumberFault::EmptyCode));
    assert_eq!(err("令第5号").1, DocNumberFault::EmptyDecreeCode);
    assert_eq!(err("国发〔2019〕0号").1, DocNumberFault::ZeroSerial);
    assert_eq!(err("国发〔2019〕4号文"), (Span::new(20, 23), DocNumberFault::TrailingText));
    assert_eq!(err("总局令（第88号"), (Span::empty(20), DocNumberFault::MissingSerialClose));
    assert_eq!(err("").1, DocNumberFault::Empty);
    assert_eq!(err(" \n\u{3000}").1, DocNumberFault::Empty);
    assert_eq!(err("!!!"), (Span::new(0, 1), DocNumberFault::NotADocNumber));
    assert_eq!(err("hello").1, DocNumberFault::CodeWithoutHan);
    assert_eq!(err("国发第〔2019〕4号").1, DocNumberFault::CodeEndsInDi);
    let thirty = "1".repeat(30);
    assert_eq!(err(&format!("国发〔2019〕{thirty}号")), (Span::new(16, 46), DocNumberFault::Overflow));
    // u64::MAX itself still fits; one more does not.
    assert_eq!(parse(&format!("国发〔2019〕{}号", u64::MAX)).unwrap().serial(), u64::MAX);
    assert_eq!(err("国发〔2019〕18446744073709551616号").1, DocNumberFault::Overflow);
}

#[test]
fn bare_serial_lines_have_no_code() {
    for s in ["（第350号）", "(第350号)", "2023年第5号", "2023 年 第 5 号", "第707号", "5号", "〔2017〕58号"]
    {
        assert_eq!(err(s), (Span::empty(0), DocNumberFault::EmptyCode), "{s}");
    }
    assert_eq!(err("\u{3000}第707号\n").0, Span::empty(3));
    // Not a whole tail: the old messages stand.
    assert_eq!(err("2023年第10期").1, DocNumberFault::ExpectedYearBrackets);
    assert_eq!(err("（一）").1, DocNumberFault::MissingYear);
}

#[test]
fn announcements_parse_to_their_parts() {
    use DocNumberKind::Announcement;
    use YearStyle::{Bracketed, Suffixed};
    type Case = (&'static str, &'static str, Option<u16>, Option<YearStyle>, u64, bool);
    let cases: &[Case] = &[
        ("国家税务总局公告2023年第6号", "国家税务总局公告", Some(2023), Some(Suffixed), 6, true),
        ("海关总署公告2023年第12号", "海关总署公告", Some(2023), Some(Suffixed), 12, true),
        ("中国人民银行公告〔2023〕第5号", "中国人民银行公告", Some(2023), Some(Bracketed), 5, true),
        ("国家市场监督管理总局公告2023年第10号", "国家市场监督管理总局公告", Some(2023), Some(Suffixed), 10, true),
        ("农业农村部公告第250号", "农业农村部公告", None, None, 250, true),
        (
            "中国证券监督管理委员会公告〔2020〕20号",
            "中国证券监督管理委员会公告",
            Some(2020),
            Some(Bracketed),
            20,
            false,
        ),
    ];
    for &(s, code, year, style, serial, di) in cases {
        let (n, notes) = parse_with_notes(s).unwrap();
        assert_eq!(
            (n.code(), n.year(), n.year_style(), n.serial(), n.has_di(), n.has_zi(), n.kind()),
            (code, year, style, serial, di, false, Announcement),
            "{s}"
        );
        assert_eq!(n.to_string(), s, "{s} is canonical already");
        assert!(notes.is_empty(), "{s}: {notes:?}");
        assert_eq!(serde_json::from_str::<DocNumber>(&serde_json::to_string(&n).unwrap()).unwrap(), n);
    }
    let json = serde_json::to_value(parse("国家税务总局公告2023年第6号").unwrap()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"text": "国家税务总局公告2023年第6号", "code": "国家税务总局公告", "year": 2023, "serial": 6})
    );
    for (messy, canonical) in [
        ("国家税务总局公告 2023 年 第 6 号", "国家税务总局公告2023年第6号"),
        ("国家税务总局 公告2023年第6号", "国家税务总局公告2023年第6号"),
        ("海关总署公告２０２３年第０１２号", "海关总署公告2023年第12号"),
        ("中国人民银行公告（2023）第5号", "中国人民银行公告〔2023〕第5号"),
        ("中国人民银行公告[2023]第5号", "中国人民银行公告〔2023〕第5号"),
        ("农业农村部公告（第250号）", "农业农村部公告第250号"),
    ] {
        assert_eq!(text_of(messy), canonical, "{messy}");
    }
    assert_eq!(err("公告2023年第6号").1, DocNumberFault::EmptyAnnouncementCode);
    assert_eq!(err("公告第6号").1, DocNumberFault::EmptyAnnouncementCode);
    assert_eq!(err("国家税务总局公告2023年第号").1, DocNumberFault::MissingSerial);
    assert_eq!(
        fault_of(&DocNumber::ordinary("国家税务总局公告", 2023, 6).unwrap_err()),
        DocNumberFault::AnnouncementCodeInOrdinary
    );
    assert_eq!(
        fault_of(&DocNumber::announcement("国家税务总局", None, 6, true).unwrap_err()),
        DocNumberFault::NotAnAnnouncementCode
    );
    assert!(DocNumber::announcement("国家税务总局公告第1号公告", None, 6, true).is_err());
}

#[test]
fn joint_codes_keep_their_organs_apart() {
    let cases: &[(&str, &str, &str, DocNumberKind)] = &[
        (
            "财政部　税务总局公告2023年第7号",
            "财政部、税务总局公告2023年第7号",
            "财政部、税务总局公告",
            DocNumberKind::Announcement,
        ),
        (
            "财政部 税务总局公告2023年第7号",
            "财政部、税务总局公告2023年第7号",
            "财政部、税务总局公告",
            DocNumberKind::Announcement,
        ),
        (
            "国家发展改革委　财政部令\n第7号",
            "国家发展改革委、财政部令第7号",
            "国家发展改革委、财政部令",
            DocNumberKind::Decree,
        ),
        (
            "财政部　税务总局　海关总署公告2019年第39号",
            "财政部、税务总局、海关总署公告2019年第39号",
            "财政部、税务总局、海关总署公告",
            DocNumberKind::Announcement,
        ),
        (
            "中国人民银行　国家外汇管理局公告〔2023〕第1号",
            "中国人民银行、国家外汇管理局公告〔2023〕第1号",
            "中国人民银行、国家外汇管理局公告",
            DocNumberKind::Announcement,
        ),
        (
            "上海市人民政府 上海警备区令第1号",
            "上海市人民政府、上海警备区令第1号",
            "上海市人民政府、上海警备区令",
            DocNumberKind::Decree,
        ),
        // Layout, not a separator: no organ ends before it, only the suffix after it.
        (
            "中华人民共和国 国务院令第706号",
            "中华人民共和国国务院令第706号",
            "中华人民共和国国务院令",
            DocNumberKind::Decree,
        ),
        (
            "国家税务总局 公告2023年第6号",
            "国家税务总局公告2023年第6号",
            "国家税务总局公告",
            DocNumberKind::Announcement,
        ),
        (
            "国家发展改革委 等5部门令第1号",
            "国家发展改革委等5部门令第1号",
            "国家发展改革委等5部门令",
            DocNumberKind::Decree,
        ),
        // Ordinary codes are abbreviations: a joint document carries the lead organ's number.
        ("国办 发〔2018〕128号", "国办发〔2018〕128号", "国办发", DocNumberKind::Ordinary),
    ];
    for &(s, canonical, code, kind) in cases {
        let n = parse(s).unwrap();
        assert_eq!((n.to_string().as_str(), n.code(), n.kind()), (canonical, code, kind), "{s:?}");
        assert_eq!(parse(canonical), Ok(n.clone()), "{canonical} parses back");
        let json = serde_json::to_value(&n).unwrap();
        assert_eq!((json["text"].as_str(), json["code"].as_str()), (Some(canonical), Some(code)));
    }
    let (_, notes) = parse_with_notes("财政部　税务总局公告2023年第7号").unwrap();
    assert_eq!(notes, [Normalization::SeparatorReplaced { span: Span::new(9, 12) }]);
    assert_eq!(notes[0].span(), Span::new(9, 12));
    let (_, notes) = parse_with_notes("财政部、税务总局公告2023年第7号").unwrap();
    assert_eq!(notes, [], "the canonical separator is 、");

    assert_eq!(
        DocNumber::announcement("财政部、税务总局公告", Some((2023, YearStyle::Suffixed)), 7, true)
            .unwrap()
            .to_string(),
        "财政部、税务总局公告2023年第7号"
    );
    for code in [
        "中华人民共和国 国务院令",
        "财政部  税务总局令",
        "财政部 令",
        " 财政部令",
        "财政部 等5部门令",
        "财政部\u{3000}税务总局令",
    ] {
        assert!(DocNumber::decree(code, None, 7, true).is_err(), "{code:?}");
    }
    assert_eq!(
        fault_of(&DocNumber::decree("中华人民共和国、国务院令", None, 7, true).unwrap_err()),
        DocNumberFault::MisplacedJoint
    );
    assert!(DocNumber::ordinary("国办 发", 2018, 128).is_err());
}

#[test]
fn joint_decrees_counted_with_deng() {
    let cases: &[(&str, &str, &str, Option<u16>, u64)] = &[
        (
            "国家发展改革委等5部门令2016年第34号",
            "国家发展改革委等5部门令2016年第34号",
            "国家发展改革委等5部门令",
            Some(2016),
            34,
        ),
        (
            "国家发展和改革委员会等八部门令第13号",
            "国家发展和改革委员会等八部门令第13号",
            "国家发展和改革委员会等八部门令",
            None,
            13,
        ),
        ("国家发展改革委等10部门令第1号", "国家发展改革委等10部门令第1号", "国家发展改革委等10部门令", None, 1),
        ("商务部等4部门公告2023年第9号", "商务部等4部门公告2023年第9号", "商务部等4部门公告", Some(2023), 9),
        (
            "国家发展改革委等５部门令 2016 年第34号",
            "国家发展改革委等5部门令2016年第34号",
            "国家发展改革委等5部门令",
            Some(2016),
            34,
        ),
        (
            "国家发展改革委等 5 部门令2016年第34号",
            "国家发展改革委等5部门令2016年第34号",
            "国家发展改革委等5部门令",
            Some(2016),
            34,
        ),
    ];
    for &(s, canonical, code, year, serial) in cases {
        let n = parse(s).unwrap();
        assert_eq!((n.to_string().as_str(), n.code(), n.year(), n.serial()), (canonical, code, year, serial), "{s}");
    }
    let (_, notes) = parse_with_notes("国家发展改革委等５部门令第1号").unwrap();
    assert_eq!(notes, [Normalization::FullWidthDigitFolded { span: Span::new(24, 27) }]);

    // Found whole, where the code used to start after the digits (部门令2016年第34号).
    let text = "根据国家发展改革委等5部门令2016年第34号和国家发展和改革委员会等八部门令第13号，\n国家发展改革委等５部门令2016年第34号";
    let m = find_doc_numbers(text);
    let got: Vec<(&str, &str)> = m.iter().map(|m| (m.raw.as_str(), m.number.code())).collect();
    assert_eq!(
        got,
        [
            ("国家发展改革委等5部门令2016年第34号", "国家发展改革委等5部门令"),
            ("国家发展和改革委员会等八部门令第13号", "国家发展和改革委员会等八部门令"),
            ("国家发展改革委等５部门令2016年第34号", "国家发展改革委等5部门令"),
        ]
    );
    assert_eq!(m[2].normalizations.len(), 1);

    // Digits elsewhere in a code are no count.
    assert_eq!(err("等5部门令第1号").1, DocNumberFault::DigitsInCode);
    assert_eq!(err("国家5部门令第1号").1, DocNumberFault::ExpectedYearBrackets);
    for code in ["国家5部门令", "国家等5令", "5部门令", "等5部门令"] {
        let e = DocNumber::decree(code, None, 1, true).unwrap_err();
        assert_eq!(fault_of(&e), DocNumberFault::DigitsInCode, "{code}");
    }
    assert!(DocNumber::decree("国家发展改革委等5部门令", None, 34, true).is_ok());
    assert_eq!(fault_of(&DocNumber::ordinary("国家等5部门", 2016, 34).unwrap_err()), DocNumberFault::CodeCharacter);
    assert_eq!(codes("2016年5部门令第3号"), ["部门令"], "a count needs its 等");
}

#[test]
fn decree_heads_on_one_line() {
    let cases: &[(&str, &str, &str, u64)] = &[
        ("上海市人民政府令第5号", "上海市人民政府令第5号", "上海市人民政府令", 5),
        ("深圳市人民政府令（第350号）", "深圳市人民政府令第350号", "深圳市人民政府令", 350),
        ("中华人民共和国国务院令（第760号）", "中华人民共和国国务院令第760号", "中华人民共和国国务院令", 760),
    ];
    for &(s, canonical, code, serial) in cases {
        let n = parse(s).unwrap();
        assert_eq!((n.to_string().as_str(), n.code(), n.year(), n.serial()), (canonical, code, None, serial));
        assert_eq!(n.kind(), DocNumberKind::Decree);
        let text = format!("上海市人民政府公报\n\n{s}\n\n现公布");
        assert_eq!(found(&text), [(s.to_string(), canonical.to_string(), true)], "{s}");
    }
    // In a table of contents the page number shares the line.
    assert_eq!(
        found("深圳市人民政府令（第350号）.....(3)"),
        [("深圳市人民政府令（第350号）".into(), "深圳市人民政府令第350号".into(), false)]
    );
}

#[test]
fn serde_round_trips_and_checks_consistency() {
    for s in
        ["沪府办规〔2023〕12号", "中华人民共和国国务院令第706号", "交通运输部令2019年第46号", "X市财发〔1992〕字第36号"]
    {
        let n = parse(s).unwrap();
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(serde_json::from_str::<DocNumber>(&json).unwrap(), n, "{json}");
    }
    let bad = r#"{"text":"国发〔2019〕4号","code":"国发","year":2018,"serial":4}"#;
    assert!(serde_json::from_str::<DocNumber>(bad).is_err());
    let bad = r#"{"text":"国发〔2019〕","code":"国发","year":2019,"serial":4}"#;
    assert!(serde_json::from_str::<DocNumber>(bad).is_err());
}

// ---------------------------------------------------------------------------
// find_doc_numbers: numbers in running text and on their own lines

#[track_caller]
fn found(text: &str) -> Vec<(String, String, bool)> {
    find_doc_numbers(text).into_iter().map(|m| (m.raw, m.number.to_string(), m.own_line)).collect()
}

#[track_caller]
fn codes(text: &str) -> Vec<String> {
    find_doc_numbers(text).into_iter().map(|m| m.number.code().to_string()).collect()
}

#[test]
fn announcements_in_running_text() {
    let text = "根据《国家税务总局关于个人所得税有关问题的公告》（国家税务总局公告2023年第6号）和海关总署公告2023年第12号规定，\
                依照中国人民银行公告〔2023〕第5号执行。";
    let m = find_doc_numbers(text);
    let got: Vec<(&str, &str)> = m.iter().map(|m| (m.raw.as_str(), m.number.code())).collect();
    assert_eq!(
        got,
        [
            ("国家税务总局公告2023年第6号", "国家税务总局公告"),
            ("海关总署公告2023年第12号", "海关总署公告"),
            ("中国人民银行公告〔2023〕第5号", "中国人民银行公告"),
        ]
    );
    assert!(m.iter().all(|m| m.cited && m.number.kind() == DocNumberKind::Announcement));
    assert_eq!(m[0].cited_title.as_ref().unwrap().title, "国家税务总局关于个人所得税有关问题的公告");
    // The head of an announcement on its own line(s).
    assert_eq!(
        found("国家税务总局公告\n\n2023年第6号\n\n现将有关事项公告如下："),
        [("国家税务总局公告\n\n2023年第6号".into(), "国家税务总局公告2023年第6号".into(), true)]
    );
    assert_eq!(codes("2023年3月26日国家市场监督管理总局公告2023年第10号发布"), ["国家市场监督管理总局公告"]);
    // 公告 as a word, and a title's 的公告 before a year, are no codes.
    for text in [
        "特此公告。",
        "现将有关事项公告如下：",
        "本公告自2023年1月1日起施行。",
        "关于调整税率的公告\n\n2023年第6号",
        "予以公告2023年第6号",
        "公告2023年第6号",
    ] {
        assert_eq!(found(text), [], "{text}");
    }
}

#[test]
fn joint_codes_in_running_text() {
    // The code is the whole joint code, not its last organ (财政部令).
    let text = "国家发展改革委　财政部令\n第7号\n\n根据财政部　税务总局公告2023年第7号和国家发展改革委　财政部令第7号，\
                2022年4月14日 国家市场监督管理总局令第56号公布";
    let m = find_doc_numbers(text);
    let got: Vec<(&str, &str, bool)> = m.iter().map(|m| (m.raw.as_str(), m.number.code(), m.own_line)).collect();
    assert_eq!(
        got,
        [
            ("国家发展改革委　财政部令\n第7号", "国家发展改革委、财政部令", true),
            ("财政部　税务总局公告2023年第7号", "财政部、税务总局公告", false),
            ("国家发展改革委　财政部令第7号", "国家发展改革委、财政部令", false),
            ("国家市场监督管理总局令第56号", "国家市场监督管理总局令", false),
        ]
    );
    assert_eq!(
        m[0].normalizations,
        [
            Normalization::SeparatorReplaced { span: Span::new(21, 24) },
            Normalization::SpaceRemoved { span: Span::new(36, 37) },
        ]
    );
    // A verb before a space is no organ; a line break never separates organs.
    assert_eq!(codes("自2023年1月1日起施行 国家税务总局公告2023年第6号"), ["国家税务总局公告"]);
    assert_eq!(codes("国家发展改革委\n财政部令第7号"), ["财政部令"]);
}

#[test]
fn decree_heads_split_over_two_lines() {
    let text = "# 题\n中华人民共和国交通运输部令\n\n2023年第5号\n\n《规定》已于2023年4月1日经第7次部务会议通过";
    let m = &find_doc_numbers(text)[0];
    assert_eq!(m.raw, "中华人民共和国交通运输部令\n\n2023年第5号");
    assert_eq!(m.span, Span::new(text.find('中').unwrap(), text.find("\n\n《").unwrap()));
    let n = &m.number;
    assert_eq!(
        (n.code(), n.year(), n.year_style(), n.serial(), n.has_di()),
        ("中华人民共和国交通运输部令", Some(2023), Some(YearStyle::Suffixed), 5, true)
    );
    assert!(m.own_line && !m.cited);
    assert_eq!(
        m.normalizations,
        [Normalization::SpaceRemoved { span: Span::new(m.span.start + 39, m.span.start + 41) }]
    );

    let text = "深圳市人民政府令\n\n（第350号）\n\n";
    let m = &find_doc_numbers(text)[0];
    assert_eq!(
        (m.raw.as_str(), m.number.to_string().as_str(), m.own_line),
        ("深圳市人民政府令\n\n（第350号）", "深圳市人民政府令第350号", true)
    );
    assert_eq!(
        m.normalizations,
        [
            Normalization::SpaceRemoved { span: Span::new(24, 26) },
            Normalization::SerialBracketsRemoved { open: Span::new(26, 29), close: Span::new(38, 41) },
        ]
    );
    // The second line alone is no number, in running text or on its own.
    assert_eq!(found("（第350号）\n2023年第5号\n第707号"), []);
}

#[test]
fn established_shapes_stay_right() {
    let text = "关于印发的通知\n\n(2023年4月18日)\n\n沪府办规〔2023〕12号\n\n按照《实施意见》（国办函〔2022〕17号）和X市财发〔1992〕字第36号，自2023年5月1日起施行，2023年第10期刊登。";
    let m = find_doc_numbers(text);
    type Parts<'a> = (&'a str, &'a str, Option<u16>, u64, DocNumberKind, bool);
    let got: Vec<Parts<'_>> = m
        .iter()
        .map(|m| (m.raw.as_str(), m.number.code(), m.number.year(), m.number.serial(), m.number.kind(), m.own_line))
        .collect();
    assert_eq!(
        got,
        [
            ("沪府办规〔2023〕12号", "沪府办规", Some(2023), 12, DocNumberKind::Ordinary, true),
            ("国办函〔2022〕17号", "国办函", Some(2022), 17, DocNumberKind::Ordinary, false),
            ("X市财发〔1992〕字第36号", "X市财发", Some(1992), 36, DocNumberKind::Legacy, false),
        ]
    );
    assert_eq!(m[1].cited_title.as_ref().map(|t| t.title.as_str()), Some("实施意见"));
    assert!(m[0].cited_title.is_none() && m[2].cited_title.is_none());
}

#[test]
fn issue_lines_are_not_numbers() {
    for text in [
        "2023年第10号",
        "中华人民共和国国务院公报\n\n2023年第10号\n\n(总号:1795)",
        "国务院公报2023年第10号",
        "上海市人民政府公报\n2023年第10期(总第538期)",
        "本刊2023年第10号刊登",
    ] {
        assert_eq!(found(text), [], "{text}");
    }
    assert_eq!(err("2023年第10号").1, DocNumberFault::EmptyCode);
}

#[test]
fn left_edge_in_running_text() {
    assert_eq!(codes("根据沪府办规〔2023〕12号文件"), ["沪府办规"]);
    assert_eq!(codes("按照国办发〔2018〕128号要求"), ["国办发"]);
    assert_eq!(codes("为贯彻落实国办发〔2018〕128号文件精神"), ["国办发"]);
    assert_eq!(codes("依据国发〔2019〕4号和国办发〔2018〕129号"), ["国发", "国办发"]);
    assert_eq!(codes("见国发〔2019〕4号、国办发〔2018〕128号及沪府办字〔2023〕5号"), ["国发", "国办发", "沪府办字"]);
    assert_eq!(codes("关于印发国办函〔2022〕17号的说明"), ["国办函"]);
    assert_eq!(codes("2016年沪府令第48号"), ["沪府令"]);
    assert_eq!(codes("二〇一八年十二月十八日国务院令第707号"), ["国务院令"]);
    // A decree code keeps the 和 of an organ's name.
    assert_eq!(codes("根据文化和旅游部令第1号"), ["文化和旅游部令"]);
    assert_eq!(codes("以住房和城乡建设部令第3号发布"), ["住房和城乡建设部令"]);
    // No delimiter and no function word within reach: nothing rather than a wrong code.
    assert!(codes("各区政府要认真组织学习研究沪府办规〔2023〕12号").is_empty());
    // 太原 is not "the former 太".
    assert_eq!(codes("太原市人民政府令第1号"), ["太原市人民政府令"]);
}

#[test]
fn corpus_lines_in_running_text() {
    // corpus/govcn-guoling-707-geshui-shishi-tiaoli.txt line 13 (abridged).
    let line = "（1994年1月28日中华人民共和国国务院令第142号发布　根据2005年12月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第一次修订　2018年12月18日中华人民共和国国务院令第707号第四次修订）";
    let got = found(line);
    assert_eq!(
        got,
        [
            ("中华人民共和国国务院令第142号".into(), "中华人民共和国国务院令第142号".into(), false),
            ("中华人民共和国国务院令第707号".into(), "中华人民共和国国务院令第707号".into(), false),
        ]
    );
    // corpus/lawrefbook-samr-ling-56-mingma-biaojia.md.txt lines 3 and 127.
    assert_eq!(codes("2022年4月14日 国家市场监督管理总局令第56号公布"), ["国家市场监督管理总局令"]);
    let line = "2000年10月31日原中华人民共和国国家发展计划委员会令第8号发布的《关于商品和服务实行明码标价的规定》、2001年11月7日原中华人民共和国国家发展计划委员会令第15号发布的《禁止价格欺诈行为的规定》同时废止。";
    let m = find_doc_numbers(line);
    let got: Vec<(&str, u64)> = m.iter().map(|m| (m.raw.as_str(), m.number.serial())).collect();
    assert_eq!(got, [("中华人民共和国国家发展计划委员会令第8号", 8), ("中华人民共和国国家发展计划委员会令第15号", 15)]);
    // corpus/shanghai-gazette-2023-10.txt line 139 (abridged).
    let line = "为贯彻落实《国务院办公厅关于加强入河入海排污口监督管理工作的实施意见》(国办函〔2022〕17号),进一步加强";
    let m = &find_doc_numbers(line)[0];
    assert_eq!(m.raw, "国办函〔2022〕17号");
    let title = m.cited_title.as_ref().unwrap();
    assert_eq!(title.title, "国务院办公厅关于加强入河入海排污口监督管理工作的实施意见");
    assert_eq!(title.span.slice(line), Some(title.title.as_str()));
}

#[test]
fn own_line_and_cited() {
    let text = "关于印发的通知\n\n(2023年4月18日)\n\n  沪府办规〔2023〕12号 \r\n各区人民政府：\n按国发〔2019〕4号执行";
    let m = find_doc_numbers(text);
    assert_eq!(m.len(), 2);
    assert!(m[0].own_line && !m[0].cited);
    assert!(!m[1].own_line && m[1].cited);
    assert!(m[0].cited_title.is_none());
    let m = find_doc_numbers("# 标题\n中华人民共和国国务院令\n\n第707号\n\n现公布");
    assert_eq!(m[0].raw, "中华人民共和国国务院令\n\n第707号");
    assert!(m[0].own_line);
    assert_eq!(m[0].normalizations.len(), 1);
}

#[test]
fn not_numbers() {
    for text in [
        "2023年4月18日",
        "(2023年4月18日)",
        "《2023年上海市政务公开工作要点》",
        "《关于沪府发〔2023〕1号的说明》",
        "责令改正，可以处三万元以下罚款",
        "令人向往的生态之城",
        "（一）加强统筹（2023）",
        "国内统一连续出版物号:CN31-1854/D",
        "〔2023〕12号",
        "国发〔20231〕12号",
    ] {
        assert_eq!(found(text), [], "{text}");
    }
}

#[test]
fn spans_and_raw_agree_in_messy_text() {
    let text = "见国办函 [２０２２] 017 号、沪府令（第8号）和交通运输部令2019年第46号。";
    for m in find_doc_numbers(text) {
        assert_eq!(m.span.slice(text), Some(m.raw.as_str()));
        for n in &m.normalizations {
            assert!(m.span.contains(n.span()), "{n:?} outside {:?}", m.span);
        }
    }
    let got: Vec<String> = find_doc_numbers(text).iter().map(|m| m.number.to_string()).collect();
    assert_eq!(got, ["国办函〔2022〕17号", "沪府令第8号", "交通运输部令2019年第46号"]);
}

#[test]
fn numbers_behind_a_stray_title_mark_are_found() {
    let long = format!("《{}》国发〔2019〕4号", "长".repeat(400));
    assert_eq!(codes(&long), ["国发"]);
}

#[test]
fn year_brackets_lost_with_their_font_read_as_brackets() {
    // 湘政办发〔2009〕24号 as a document-sharing page prints it
    // (xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html): the cited
    // number's 〔〕 came out as „‟ when the text was copied from the file.
    let text = "根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神";
    let found = find_doc_numbers(text);
    assert_eq!(found.len(), 1);
    let m = &found[0];
    assert_eq!((m.raw.as_str(), m.number.to_string()), ("国办发„2009‟3号", "国办发〔2009〕3号".to_string()));
    assert!(m.cited);
    let title = m.cited_title.as_ref().map(|t| t.title.as_str());
    assert_eq!(title, Some("国务院办公厅关于加强普通高等学校毕业生就业工作的通知"));
    let replaced: Vec<char> = m
        .normalizations
        .iter()
        .filter_map(|n| match n {
            Normalization::BracketReplaced { found, .. } => Some(*found),
            _ => None,
        })
        .collect();
    assert_eq!(replaced, ['„', '‟']);
}
