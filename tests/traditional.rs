//! Texts printed in traditional characters (繁體字): copies of mainland
//! documents converted on mirror sites and reposts. The parser reads them
//! through their simplified forms and gives every text it derives back in
//! the characters printed.

use std::collections::HashSet;

use gongbao::Parsed;
use gongbao::text::read_simplified;

/// A mirror of 鄂政发〔2018〕26号 (chaincenturyfinance.com/tzgg/2421.html).
const EHUBEI: &str = "chaincentury-page-trad-ezhengfa-2018-26-yingshang-huanjing-yijian.txt";

fn parsed(name: &str) -> Parsed {
    let bytes = std::fs::read(format!("corpus/{name}")).expect("corpus text");
    gongbao::parse_bytes(&bytes).expect("decodable")
}

#[test]
fn a_traditional_copy_reads_like_its_simplified_original() {
    let p = parsed(EHUBEI);
    let [d] = &p.gazette.documents[..] else { panic!("one document") };
    assert_eq!(d.title, "省人民政府關于進一步優化營商環境的若干意見");
    assert_eq!(d.genre.as_deref(), Some("意見"));
    let n = d.doc_number.as_ref().expect("the number under the title");
    assert_eq!((n.code(), n.year(), n.serial()), ("鄂政發", Some(2018), 26));
    assert_eq!(d.addressees, ["各市、州、縣人民政府", "省政府各部門"]);
    assert_eq!(d.issuer.as_deref(), Some("省人民政府"));
    let titles: Vec<_> = d.clauses().map(|c| c.clause.title.as_deref().unwrap_or("")).collect();
    assert_eq!(titles, ["總體要求", "主要任務", "提高市場開放程度"]);
    // The text is the one given, and spans point into it.
    let given = std::fs::read_to_string(format!("corpus/{EHUBEI}")).unwrap();
    assert_eq!(p.text, given);
    let number_line = d.blocks.iter().find(|b| b.text.starts_with("鄂政")).expect("the number's line");
    assert_eq!(number_line.span.slice(&p.text), Some("鄂政發〔2018〕26號"));
    // `parse` on the borrowed text reads it the same way.
    assert_eq!(gongbao::parse(&given), p.gazette);
}

/// Every text of the result is in the characters printed: none holds a
/// simplified character that the text only printed in its traditional
/// form, except the number's canonical rendering, which writes 号.
#[test]
fn no_derived_text_keeps_a_folded_character() {
    let p = parsed(EHUBEI);
    let read = read_simplified(&p.text);
    let printed: HashSet<char> = p.text.chars().collect();
    let folded: HashSet<char> = p
        .text
        .chars()
        .zip(read.chars())
        .filter(|(a, b)| a != b)
        .map(|(_, b)| b)
        .filter(|c| !printed.contains(c))
        .collect();
    assert_eq!(folded.len(), 89);
    let json = serde_json::to_value(&p.gazette).unwrap();
    let mut strings = Vec::new();
    collect(&json, &mut strings);
    assert!(strings.len() > 30);
    for s in strings {
        assert!(!s.chars().any(|c| folded.contains(&c)), "{s}");
    }
}

fn collect<'j>(v: &'j serde_json::Value, out: &mut Vec<&'j str>) {
    match v {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
        serde_json::Value::Object(o) => {
            for (k, v) in o {
                if k == "doc_number" {
                    // The canonical rendering writes 号; the code is as printed.
                    collect(&v["code"], out);
                } else {
                    collect(v, out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn a_stray_traditional_character_is_given_back_where_it_stands() {
    // 第二十六条 to 第二十八条 of 东营市大气污染防治条例 (2019), cut from
    // LawRefBook/Laws (DLC/山东地方法规/地方性法规/山东/东营市大气污染防治条例(2019-12-06).md):
    // a simplified law that prints 二噁英 once and 恶臭 twice. The 噁 is
    // read as 恶; the paragraph that holds it gets its 噁 back, the others
    // keep their own 恶.
    let text = LAW;
    let g = gongbao::parse(text);
    let [d] = &g.documents[..] else { panic!("one document") };
    let last = d.clauses.last().expect("第二十八条");
    let kuan: Vec<_> = last.children.iter().map(|c| c.text().into_owned()).collect();
    assert_eq!(kuan.last().map(String::as_str), Some("废弃物焚烧企业每年至少开展一次二噁英监测。"));
    let json = serde_json::to_string(&g).unwrap();
    assert_eq!(json.matches('噁').count(), text.matches('噁').count() * 2, "the 款's text and its block");
    assert!(json.contains("散发恶臭气体"));
}

const LAW: &str = "第二十六条 禁止在居民住宅区等人口密集区域和医院、学校、幼儿园、养老机构等其他需要特殊保护的区域从事露天喷漆、喷涂、喷砂、制作玻璃钢以及其他散发恶臭气体的生产经营活动。\n\n垃圾处理厂、垃圾中转站、污水处理厂、污水泵站等，应当按照规定设置合理的防护距离，安装净化装置或者采取其他措施减少恶臭气体排放。\n\n第二十七条 排放工业废气异味污染物的企业，应当按照有关规定和监测规范，对其排放的工业废气特征污染物进行自主监测或者委托有资质的监测机构进行监测，原始监测记录保存期限不得少于三年。\n\n排放工业废气异味污染物的重点控制企业，应当按照相关技术规范安装工业废气特征污染物排放自动监测设备，与生态环境主管部门的监控系统联网，保证监测设备正常运行，并对监测数据的真实性、准确性负责；自动监测设备发生故障，企业应当及时检修，在五个工作日内恢复设备正常运行；故障期间，企业应当开展人工监测，并向生态环境主管部门报送监测数据。\n\n排放工业废气异味污染物的重点控制企业名单由市生态环境主管部门确定并公布。\n\n第二十八条 废弃物焚烧企业应当严格遵守废弃物焚烧设施运行的操作规程，防止产生二次污染，其排放的大气污染物不得超过规定的排放标准和排放总量指标。\n\n废弃物焚烧企业应当安装包含烟尘、二氧化硫、氮氧化物和特征污染物等污染因子以及焚烧设施运行状况的自动监测设备，与生态环境主管部门的监控系统联网，并在明显位置设置显示屏，将炉温、烟气停留时间、烟气出口温度、烟尘、二氧化硫、氮氧化物和特征污染物等信息向社会公布，接受公众监督。\n\n废弃物焚烧企业每年至少开展一次二噁英监测。\n";
