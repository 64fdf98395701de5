"""The primitives: numerals, dates and 发文字号, values as the library reads
them, spans in characters, errors with their position."""

from fractions import Fraction

import pytest

import gongbao


def test_numerals():
    assert gongbao.numeral("一千二百三十四") == 1234
    assert gongbao.numeral("1.5万") == 15000
    assert gongbao.numeral("百分之十二点五") == Fraction(1, 8)
    assert type(gongbao.numeral("二〇二三")) is int


def test_a_numeral_error_has_its_position():
    with pytest.raises(gongbao.ParseError) as raised:
        gongbao.numeral("九" * 60)
    e = raised.value
    assert (e.kind, e.reason, e.start, e.end) == ("numeral", "numeral too large", 38, 39)
    assert str(e).startswith("1:39: numeral too large\n")


def test_find_dates_gives_character_spans():
    text = "本政策措施自2023年4月20日起实施,有效期至2028年4月19日。未来三年,2024 年底前完成70%。"
    found = gongbao.find_dates(text, year=2023)
    assert [(m["kind"], text[m["span"]["start"]:m["span"]["end"]]) for m in found] == [
        ("period", "自2023年4月20日起实施,有效期至2028年4月19日"),
        ("deadline", "2024 年底前"),
    ]
    assert found[0]["value"] == {"from": "2023-04-20", "to": "2028-04-19"}
    assert found[0]["validity"] is True
    assert found[0]["span"] == {"start": 5, "end": 34}


def test_one_date():
    assert gongbao.date("2023年4月18日") == {"kind": "day", "value": "2023-04-18"}
    with pytest.raises(gongbao.ParseError) as raised:
        gongbao.date("2023年13月1日")
    assert raised.value.kind == "date"


def test_doc_numbers():
    assert gongbao.doc_number("国发〔2019〕4号") == {"text": "国发〔2019〕4号", "code": "国发", "year": 2019, "serial": 4}
    with pytest.raises(gongbao.ParseError) as raised:
        gongbao.doc_number("沪府办规〔2023〕12")
    e = raised.value
    assert (e.kind, e.reason, e.start, e.end) == ("doc_number", "missing 号", 12, 12)
    text = "根据《实施意见》（沪府办规〔2023〕12号）"
    [m] = gongbao.find_doc_numbers(text)
    assert m["number"]["text"] == "沪府办规〔2023〕12号"
    assert (m["cited"], m["own_line"]) == (True, False)
    assert text[m["span"]["start"]:m["span"]["end"]] == m["raw"] == "沪府办规〔2023〕12号"
    assert m["cited_title"] == {"title": "实施意见", "span": {"start": 3, "end": 7}}
