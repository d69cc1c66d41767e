"""References to party and state documents, as labelled sentences written for the project.

Each case is one sentence (or a short passage) and the records it must yield, given as the
fields that matter; the number of records must match too, so a false alarm fails.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from shortcuts import cases, texts

import partyextract
from partyextract import resolutions
from partyextract.models import Resolution
from partyextract.text import Text, normalize


def _extract(s: str) -> list[Resolution]:
    return resolutions.extract(Text(normalize(s)))


def _check(sentence: str, expected: list[dict[str, Any]]) -> list[Resolution]:
    got = _extract(sentence)
    dumped = [r.model_dump() for r in got]
    assert len(got) == len(expected), dumped
    for want, have in zip(expected, dumped, strict=True):
        for k, v in want.items():
            assert have[k] == v, (k, have)
    for r in got:
        for s in r.mentions:
            assert normalize(sentence)[s.start : s.end] == s.text
    return got


# --- full codes, party system -------------------------------------------------------------------------

PARTY_CODES = [
    ("Ban Thường vụ Huyện ủy ban hành Nghị quyết số 03-NQ/HU về phát triển du lịch.",
     {"code": "03-NQ/HU", "system": "party", "number": "03", "doc_type": "NQ", "issuer_code": "HU",
      "doc_type_name": "Nghị quyết", "issuer_name": "Huyện ủy"}),
    ("Các chi bộ tiếp tục thực hiện Chỉ thị số 05- CT/TW của Bộ Chính trị.",
     {"code": "05-CT/TW", "number": "05", "doc_type": "CT", "issuer_code": "TW", "issuer": "Bộ Chính trị"}),
    ("Thực hiện Quy định số 11 - QĐi/TW của Bộ Chính trị về tiếp dân.",
     {"code": "11-QĐi/TW", "doc_type": "QĐi", "doc_type_name": "Quy định"}),
    ("Điều chỉnh quy chế làm việc theo Quy định 202–QĐ/TW của Ban Bí thư.",
     {"code": "202-QĐ/TW", "doc_type": "QĐ", "doc_type_name": "Quy định", "issuer": "Ban Bí thư"}),
    ("Đảng ủy xã đã ban hành Quyết định số 15-QĐ/ĐU về kiện toàn chi bộ.",
     {"code": "15-QĐ/ĐU", "doc_type": "QĐ", "doc_type_name": "Quyết định", "issuer_name": "Đảng ủy"}),
    ("Hai ban phối hợp ban hành Quy chế số 05-QC/BTCTU-BDVTU về phối hợp công tác.",
     {"code": "05-QC/BTCTU-BDVTU", "issuer_code": "BTCTU-BDVTU",
      "issuer_name": "Ban Tổ chức Tỉnh ủy - Ban Dân vận Tỉnh ủy"}),
    ("Triển khai Kế hoạch số 687-KH/TU của Ban Thường vụ Thành ủy.",
     {"code": "687-KH/TU", "doc_type": "KH", "doc_type_name": "Kế hoạch",
      "issuer": "Ban Thường vụ Thành ủy"}),
    ("Thực hiện Kết luận 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng.",
     {"code": "21-KL/TW", "doc_type": "KL", "title": "đẩy mạnh xây dựng, chỉnh đốn Đảng"}),
    ("Theo Hướng dẫn số 26-HD/TU của Ban Thường vụ Tỉnh ủy, các huyện tổ chức đối thoại.",
     {"code": "26-HD/TU", "doc_type": "HD", "issuer": "Ban Thường vụ Tỉnh ủy"}),
    ("Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh được quán triệt sâu rộng.",
     {"code": "09-NQ/TU", "issuer": "Ban Chấp hành Đảng bộ tỉnh"}),
    ("Thành ủy ban hành Chương trình số 12-CTr/ThU thực hiện Nghị quyết.",
     {"code": "12-CTr/ThU", "doc_type": "CTr", "issuer_name": "Thành ủy"}),
    ("Quận ủy triển khai Thông tri số 02-TT/QU tới các chi bộ.",
     {"code": "02-TT/QU", "doc_type": "TT", "doc_type_name": "Thông tri", "issuer_name": "Quận ủy"}),
    ("Ban Tuyên giáo ban hành Hướng dẫn số 45-HD/BTGTW về tuyên truyền kỷ niệm.",
     {"code": "45-HD/BTGTW", "issuer_name": "Ban Tuyên giáo Trung ương"}),
    ("Ðảng ủy khối thực hiện Nghị quyết số 07-NQ/ÐUK về công tác cán bộ.",
     {"code": "07-NQ/ĐUK", "issuer_code": "ĐUK", "issuer_name": "Đảng ủy khối"}),
    ("Thực hiện Chỉ thị số 05-CT/ TW, nhiều mô hình hay đã được nhân rộng.",
     {"code": "05-CT/TW"}),
    ("Tỉnh ủy ban hành Chương trình hành động số 20-CTHĐ/TU thực hiện nghị quyết.",
     {"code": "20-CTHĐ/TU", "doc_type": "CTHĐ", "issuer_name": "Tỉnh ủy"}),
    ("Văn bản 03-NQ/TU - Nghị quyết chuyên đề đầu tiên của nhiệm kỳ.",
     {"code": "03-NQ/TU", "issuer_code": "TU"}),
    ("Huyện ủy triển khai Chương trình số 07-Ctr/HU về chuyển đổi số.",
     {"code": "07-Ctr/HU", "doc_type": "CTr", "doc_type_name": "Chương trình"}),
    # a modifier between the type word and the code ("chuyên đề", "liên tịch", "hành động")
    ("Các chi bộ học tập Nghị quyết chuyên đề 05-NQ/HU của Huyện ủy về chuyển đổi số.",
     {"code": "05-NQ/HU", "doc_type": "NQ", "issuer_name": "Huyện ủy"}),
    ("Tỉnh ủy ban hành Chương trình hành động số 15-CTr/TU thực hiện Nghị quyết.",
     {"code": "15-CTr/TU", "doc_type": "CTr", "issuer_name": "Tỉnh ủy"}),
    ("Hai ngành ký Kế hoạch liên tịch số 08-KH/BDVTU về dân vận khéo.",
     {"code": "08-KH/BDVTU", "doc_type": "KH"}),
]


@pytest.mark.parametrize(("sentence", "want"), PARTY_CODES, ids=[w["code"] for _, w in PARTY_CODES])
def test_party_codes(sentence: str, want: dict[str, Any]) -> None:
    _check(sentence, [{"kind": "code", "system": "party", **want}])


# --- numbers listed before a code, sharing its type and issuer -----------------------------------------

LISTED_CODES = [
    ("Đảng ủy xã quán triệt các Nghị quyết số 07, 08, 09-NQ/ĐU về nông thôn mới.",
     ["07-NQ/ĐU", "08-NQ/ĐU", "09-NQ/ĐU"]),
    ("Tổng kết Kết luận 14 và 15-KL/TW của Bộ Chính trị.", ["14-KL/TW", "15-KL/TW"]),
    ("Huyện ủy ban hành Kế hoạch số 31, 32, 33 và 34-KH/HU trong quý I.",
     ["31-KH/HU", "32-KH/HU", "33-KH/HU", "34-KH/HU"]),
    ("UBND tỉnh ban hành Quyết định số 215, 216/QĐ-UBND về giá đất.", ["215/QĐ-UBND", "216/QĐ-UBND"]),
    # near misses: no type word before the list, or another type word between
    ("Trong 12, 13 năm qua, Nghị quyết 05-NQ/HU đã đi vào cuộc sống.", ["05-NQ/HU"]),
    ("Năm 2021, 03-NQ/TU được triển khai rộng rãi.", ["03-NQ/TU"]),
]


@pytest.mark.parametrize(("sentence", "codes"), LISTED_CODES, ids=[c[-1] for _, c in LISTED_CODES])
def test_numbers_listed_before_a_code_share_its_type_and_issuer(sentence: str, codes: list[str]) -> None:
    got = _extract(sentence)
    assert [r.code for r in got] == codes
    assert all(r.kind == "code" and r.doc_type == got[-1].doc_type for r in got)
    assert all(s.text == sentence[s.start : s.end] for r in got for s in r.mentions)


def test_a_listed_number_is_not_also_a_bare_reference() -> None:
    """"Chỉ thị số 05, Nghị quyết số 03-NQ/TU": the bare number has its own type word, so it stays a number."""
    got = _extract("Thực hiện Chỉ thị số 05, Nghị quyết số 03-NQ/TU của Tỉnh ủy.")
    assert [(r.kind, r.code, r.number) for r in got] == [("number", None, "05"), ("code", "03-NQ/TU", "03")]


# --- full codes, state system -------------------------------------------------------------------------

STATE_CODES = [
    ("Luật số 45/2019/QH14 có hiệu lực từ đầu năm 2020.",
     {"code": "45/2019/QH14", "number": "45", "year": 2019, "issuer_code": "QH14", "doc_type": None,
      "issuer_name": "Quốc hội khóa XIV"}),
    ("Chính phủ ban hành Nghị định số 30/2020/NĐ-CP về công tác văn thư.",
     {"code": "30/2020/NĐ-CP", "doc_type": "NĐ", "issuer_code": "CP", "year": 2020,
      "doc_type_name": "Nghị định", "title": "công tác văn thư"}),
    ("Quyết định số 1600/QĐ-TTg của Thủ tướng Chính phủ phê duyệt chương trình.",
     {"code": "1600/QĐ-TTg", "doc_type": "QĐ", "issuer_code": "TTg", "year": None,
      "issuer": "Thủ tướng Chính phủ"}),
    ("HĐND tỉnh đã thông qua Nghị quyết số 20/NQ-HĐND về giá đất.",
     {"code": "20/NQ-HĐND", "doc_type": "NQ", "issuer_code": "HĐND"}),
    ("Thực hiện Công văn số 5973/UBND-KT ngày 12/10/2021 của UBND tỉnh.",
     {"code": "5973/UBND-KT", "issuer_code": "UBND", "doc_type_name": "Công văn",
      "issued_on": dt.date(2021, 10, 12), "issuer": "Ủy ban nhân dân tỉnh"}),
    # ... and one of a provincial department, its drafting office after it
    ("Văn bản số 8712/STNMT-CCQLĐĐ ngày 5/6/2024 của Sở Tài nguyên và Môi trường hướng dẫn giá đất.",
     {"code": "8712/STNMT-CCQLĐĐ", "issuer_code": "STNMT", "issuer_name": "Sở Tài nguyên và Môi trường",
      "issued_on": dt.date(2024, 6, 5)}),
    ("UBND huyện ban hành Kế hoạch số 123/KH-UBND triển khai nhiệm vụ.",
     {"code": "123/KH-UBND", "doc_type": "KH", "issuer_code": "UBND"}),
    ("Theo Thông tư số 01/2021/TT-BNV, hồ sơ được lập điện tử.",
     {"code": "01/2021/TT-BNV", "doc_type": "TT", "doc_type_name": "Thông tư", "issuer_code": "BNV"}),
    ("Nghị quyết 30/NQ-CP ngày 07/3/2021 hướng dẫn phòng, chống dịch.",
     {"code": "30/NQ-CP", "issued_on": dt.date(2021, 3, 7)}),
    ("Các bộ ban hành Thông tư liên tịch số 12/2021/TTLT-BTC-BNV về kinh phí.",
     {"code": "12/2021/TTLT-BTC-BNV", "doc_type": "TTLT", "issuer_code": "BTC-BNV", "year": 2021}),
    ("Nghị định 30/2020/NĐ-CP - văn bản quan trọng về công tác văn thư.",
     {"code": "30/2020/NĐ-CP", "issuer_code": "CP"}),
    ("HĐND tỉnh ban hành Nghị quyết số 10/2021/NQ-HĐND được ban hành ngày 9/12/2021.",
     {"code": "10/2021/NQ-HĐND", "issued_on": dt.date(2021, 12, 9), "issuer": "Hội đồng nhân dân tỉnh"}),
]


@pytest.mark.parametrize(("sentence", "want"), STATE_CODES, ids=[w["code"] for _, w in STATE_CODES])
def test_state_codes(sentence: str, want: dict[str, Any]) -> None:
    _check(sentence, [{"kind": "code", "system": "state", **want}])


# --- numbered references without a code -------------------------------------------------------------

NUMBERED = [
    ("Quán triệt Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp.",
     {"doc_type": "CT", "number": "35", "issuer": "Bộ Chính trị", "title": "đại hội đảng bộ các cấp"}),
    ("Tổng kết 15 năm thực hiện Nghị quyết số 26 về nông nghiệp, nông dân, nông thôn.",
     {"doc_type": "NQ", "number": "26"}),
    ("Thực hiện Kết luận số 21 của Ban Chấp hành Trung ương, cấp ủy tự kiểm điểm.",
     {"doc_type": "KL", "number": "21", "issuer": "Ban Chấp hành Trung ương"}),
    ("Các tổ chức đảng thực hiện nghiêm Quy định 205 của Bộ Chính trị.",
     {"doc_type": "QĐi", "number": "205", "doc_type_name": "Quy định"}),
    ("Huyện ủy ban hành Kế hoạch số 47 về chuyển đổi số.",
     {"doc_type": "KH", "number": "47", "issuer": "Huyện ủy"}),
    ("Tổng kết Nghị quyết 26 năm 2008 của Trung ương về nông nghiệp.", {"doc_type": "NQ", "number": "26"}),
    ("Chính phủ ban hành Nghị định 100 về xử phạt vi phạm giao thông.", {"doc_type": "NĐ", "number": "100"}),
    # a modifier between the type word and "số"
    ("Huyện ủy ban hành Nghị quyết chuyên đề số 03 về phát triển cây ăn quả.",
     {"doc_type": "NQ", "number": "03", "title": "phát triển cây ăn quả"}),
    ("Hội Nông dân và Ngân hàng thực hiện Kế hoạch liên tịch số 12 về cho vay vốn.",
     {"doc_type": "KH", "number": "12"}),
    ("Đảng ủy xã ban hành Nghị quyết Chuyên đề số 7 về xây dựng nông thôn mới.", {"doc_type": "NQ", "number": "7"}),
    ("Thị ủy triển khai Chương trình phối hợp số 21 với Mặt trận.", {"doc_type": "CTr", "number": "21"}),
    # doubled blanks, as scraped pages often write them, anywhere between the type word and the number
    ("Theo Chỉ thị  35 của Bộ Chính trị, các chi bộ tổ chức đại hội.",
     {"doc_type": "CT", "number": "35", "issuer": "Bộ Chính trị"}),
    ("Đảng ủy triển khai Nghị quyết số  09 về chuyển đổi số trong cơ quan.", {"doc_type": "NQ", "number": "09"}),
    ("Các cấp ủy quán triệt Kết luận  14 của Bộ Chính trị đến đảng viên.", {"doc_type": "KL", "number": "14"}),
    ("Huyện đoàn xây dựng Kế hoạch  số 31 về tháng thanh niên.", {"doc_type": "KH", "number": "31"}),
    ("Ban Thường vụ ban hành Nghị quyết chuyên đề  số 4 về du lịch cộng đồng.", {"doc_type": "NQ", "number": "4"}),
    ("UBND xã thực hiện Quyết định   số   218 của UBND huyện.", {"doc_type": "QĐ", "number": "218"}),
]


@pytest.mark.parametrize(("sentence", "want"), NUMBERED, ids=[w["number"] for _, w in NUMBERED])
def test_numbered_references(sentence: str, want: dict[str, Any]) -> None:
    _check(sentence, [{"kind": "number", "code": None, **want}])


# --- congresses ----------------------------------------------------------------------------------------

CONGRESSES = [
    ("Hiện thực hóa Nghị quyết Đại hội XXVIII Đảng bộ huyện Bình Liêu, huyện tập trung đổi mới.",
     {"ordinal": 28, "body": "Đảng bộ huyện Bình Liêu"}),
    ("Học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
     {"ordinal": 13, "body": "toàn quốc"}),
    ("Bám sát định hướng Nghị quyết Đại hội XII của Đảng trong mọi lĩnh vực.",
     {"ordinal": 12, "body": "toàn quốc"}),
    ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2020-2025.",
     {"ordinal": 19, "body": "Đảng bộ tỉnh Thanh Hóa"}),
    ("Ba đột phá mà Nghị quyết Đại hội Đảng bộ huyện Hải Lăng khóa XVI đã đề ra.",
     {"ordinal": 16, "body": "Đảng bộ huyện Hải Lăng"}),
    ("Cụ thể hóa Nghị quyết Đại hội Đảng bộ xã lần thứ hai mươi mốt thành chương trình hành động.",
     {"ordinal": 21, "body": "Đảng bộ xã"}),
    # a body whose name holds lower-case words and "và", the ordinal after it
    ("Thực hiện Nghị quyết Đại hội Đảng bộ Khu kinh tế Nghi Sơn và các khu công nghiệp lần thứ IV, nhiệm kỳ 2020-2025.",
     {"ordinal": 4, "body": "Đảng bộ Khu kinh tế Nghi Sơn và các khu công nghiệp"}),
    ("Quán triệt Nghị quyết Đại hội Đảng bộ Quân khu 4 lần thứ XXIII đến các đơn vị.",
     {"ordinal": 23, "body": "Đảng bộ Quân khu 4"}),
    # "ĐH", the dense portals' abbreviation of "Đại hội"
    ("Chi bộ triển khai NQ ĐH Đảng bộ phường lần thứ XV đến từng đảng viên.",
     {"ordinal": 15, "body": "Đảng bộ phường"}),
    ("Quán triệt Nghị quyết ĐH XIII của Đảng đến cán bộ chủ chốt.",
     {"ordinal": 13, "body": "toàn quốc"}),
]


@pytest.mark.parametrize(("sentence", "want"), CONGRESSES, ids=[str(w["ordinal"]) for _, w in CONGRESSES])
def test_congress_resolutions(sentence: str, want: dict[str, Any]) -> None:
    _check(sentence, [{"kind": "congress", "code": None, "doc_type": "NQ", **want}])


def test_congress_body_name_comes_from_the_article_when_not_written() -> None:
    text = ("Huyện ủy Yên Thế chỉ đạo sát sao các chi bộ.\n"
            "Năm 2022 là năm bản lề thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV.")
    _check(text, [{"kind": "congress", "ordinal": 25, "body": "Đảng bộ huyện Yên Thế"}])


def test_province_body_from_an_earlier_committee_mention() -> None:
    text = ("Đoàn công tác của Tỉnh ủy Nam Định làm việc tại huyện.\n"
            "Địa phương quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.")
    _check(text, [{"kind": "congress", "ordinal": 20, "body": "Đảng bộ tỉnh Nam Định"}])


@pytest.mark.parametrize("committee", ["Tỉnh Ủy", "Tỉnh Uỷ", "tỉnh ủy", "Tỉnh ủy"])
def test_body_name_after_a_committee_written_in_any_case(committee: str) -> None:
    """"Tỉnh Ủy Hà Nam" names the province Hà Nam: "Ủy" is part of the committee, not of the name."""
    text = (f"Ban Thường vụ {committee} Hà Nam họp phiên thường kỳ tháng 5.\n"
            "Các cấp ủy quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.")
    _check(text, [{"kind": "congress", "ordinal": 20, "body": "Đảng bộ tỉnh Hà Nam"}])


# --- plenums -------------------------------------------------------------------------------------------

PLENUMS = [
    ("Việc thực hiện Nghị quyết Trung ương 4 (khóa XI, khóa XII) được chú trọng.", [(4, 11), (4, 12)]),
    ("Các kế hoạch thực hiện Nghị quyết Hội nghị Trung ương 6 khóa XII đã hoàn thành.", [(6, 12)]),
    ("Sắp xếp bộ máy theo tinh thần Nghị quyết Hội nghị Trung ương 6, khóa XII.", [(6, 12)]),
    ("Quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.", [(6, 12)]),
    ("Gắn với thực hiện Nghị quyết Trung ương 4 (khoá XIII) về xây dựng Đảng.", [(4, 13)]),
    ("Thực hiện Nghị quyết Trung ương 4 khóa XI và khóa XII trong toàn Đảng bộ.", [(4, 11), (4, 12)]),
    ("Tiếp tục học tập Nghị quyết Trung ương 5 trong cán bộ chủ chốt.", [(5, None)]),
    ("Quán triệt các nghị quyết Trung ương 4, 5, 6 khóa XIII tới chi bộ.", [(4, 13), (5, 13), (6, 13)]),
    ("Sau Nghị quyết Trung ương 4, 5 năm qua công tác cán bộ chuyển biến rõ.", [(4, None)]),
]


@pytest.mark.parametrize(("sentence", "pairs"), PLENUMS, ids=[str(p) for _, p in PLENUMS])
def test_plenum_resolutions(sentence: str, pairs: list[tuple[int, int | None]]) -> None:
    _check(sentence, [{"kind": "plenum", "ordinal": o, "tenure": k} for o, k in pairs])


def test_plenum_named_by_abbreviation() -> None:
    _check("Các chi bộ học tập NQ Trung ương 8 khóa XIII về bảo vệ Tổ quốc.",
           [{"kind": "plenum", "ordinal": 8, "tenure": 13}])


def test_plenum_named_apart_from_a_code_of_that_plenum_is_its_own_record() -> None:
    # a plenum issues several resolutions (Trung ương 6 khóa XII: 18-NQ/TW and 19-NQ/TW): "Nghị quyết Trung ương 6
    # khóa XII" does not name one code, and the annotated articles keep it apart
    text = ("Thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 Hội nghị lần thứ sáu BCH Trung ương Đảng "
            "khóa XII. Nhờ Nghị quyết Trung ương 6 khóa XII, bộ máy tinh gọn hơn.")
    code, plenum = _check(text, [
        {"kind": "code", "code": "18-NQ/TW", "ordinal": 6, "tenure": 12, "issued_on": dt.date(2017, 10, 25)},
        {"kind": "plenum", "ordinal": 6, "tenure": 12},
    ])
    assert len(code.mentions) == 1 and len(plenum.mentions) == 1


def test_a_conclusion_of_a_plenum_is_not_the_plenum_resolution() -> None:
    s = ("Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng "
         "khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng.")
    _check(s, [{"code": "21-KL/TW", "ordinal": None, "tenure": None,
                "issuer": "Ban Chấp hành Trung ương Đảng", "issued_on": dt.date(2021, 10, 25),
                "title": "đẩy mạnh xây dựng, chỉnh đốn Đảng"}])


def test_plenum_named_after_a_code_enriches_the_code() -> None:
    s = "Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về bộ máy."
    _check(s, [{"kind": "code", "code": "18-NQ/TW", "ordinal": 6, "tenure": 12}])


# --- attributes from context ---------------------------------------------------------------------------

DATES = [
    ("Nghị quyết số 03-NQ/HU ngày 5/5/2021 về quốc phòng địa phương.", dt.date(2021, 5, 5)),
    ("Nghị quyết số 03-NQ/HU, ngày 05 tháng 5 năm 2021 của Huyện ủy.", dt.date(2021, 5, 5)),
    ("Nghị quyết số 03-NQ/HU ngày 5-5-2021 đã đi vào cuộc sống.", dt.date(2021, 5, 5)),
    ("Quy định số 11- QĐi/TW, ngày 18/02/2019 của Bộ Chính trị.", dt.date(2019, 2, 18)),
    ("Chỉ thị số 08-CT/TU (ngày 12/3/2022) của Ban Thường vụ Tỉnh ủy.", dt.date(2022, 3, 12)),
    ("Kế hoạch số 56-KH/HU của Ban Thường vụ Huyện ủy ngày 02/6/2023 về chuyển đổi số.", dt.date(2023, 6, 2)),
    ("Ngày 6/5/2021, Ban Thường vụ Huyện ủy đã ban hành Nghị quyết số 04-NQ/HU.", dt.date(2021, 5, 6)),
    ("Nghị quyết số 04-NQ/HU được triển khai từ ngày 6/5/2021 tới nay.", None),
    ("Ngày 15/10/2021, Thủ tướng Chính phủ ký Quyết định số 1719/QĐ-TTg.", dt.date(2021, 10, 15)),
]


@pytest.mark.parametrize(("sentence", "date"), DATES)
def test_issued_on(sentence: str, date: dt.date | None) -> None:
    (r,) = _extract(sentence)
    assert r.issued_on == date


ISSUERS = [
    ("Nghị quyết số 03-NQ/TU ngày 23/3/2021 của Ban Thường vụ (BTV) Tỉnh ủy về quốc phòng.",
     "Ban Thường vụ Tỉnh ủy"),
    ("Nghị quyết số 04-NQ/TU của BTV Tỉnh ủy về an ninh trật tự.", "Ban Thường vụ Tỉnh ủy"),
    ("BTV Huyện ủy ban hành Nghị quyết số 04-NQ/HU về an ninh.", "Ban Thường vụ Huyện ủy"),
    ("BCH Đảng bộ huyện đã nhanh chóng ban hành Nghị quyết số 01-NQ/HU về nhiệm vụ năm 2021.",
     "Ban Chấp hành Đảng bộ huyện"),
    ("Quy định số 08-QĐ/TW của BCH Trung ương Đảng về trách nhiệm nêu gương.",
     "Ban Chấp hành Trung ương Đảng"),
    ("Kế hoạch số 15-KH/HU do Ban Thường vụ Huyện ủy Hải Lăng ban hành.", "Ban Thường vụ Huyện ủy Hải Lăng"),
    ("Nghị quyết số 06-NQ/HU về phát triển kinh tế nông nghiệp.", None),
    ("HĐND tỉnh đã thông qua Nghị quyết số 20/NQ-HĐND về giá đất.", "Hội đồng nhân dân tỉnh"),
    ("Ngày 15/10/2021, Thủ tướng Chính phủ ký Quyết định số 1719/QĐ-TTg.", "Thủ tướng Chính phủ"),
]


@pytest.mark.parametrize(("sentence", "issuer"), ISSUERS)
def test_issuer(sentence: str, issuer: str | None) -> None:
    (r, *_rest) = _extract(sentence)
    assert r.issuer == issuer


TITLES = [
    ("Nghị quyết số 01-NQ/HU về nhiệm vụ, giải pháp năm 2021. Đồng thời, huyện chủ động.",
     "nhiệm vụ, giải pháp năm 2021"),
    ('Chỉ thị số 05-CT/TW của Bộ Chính trị về "Đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh".',
     "Đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh"),
    ("Nghị quyết số 02-NQ/TU về “Giữ vững địa bàn an toàn, đẩy nhanh tốc độ phát triển”; huyện triển khai.",
     "Giữ vững địa bàn an toàn, đẩy nhanh tốc độ phát triển"),
    ("Quy định số 08-QĐ/TW về trách nhiệm nêu gương của cán bộ, đảng viên, luôn được thực hiện nghiêm.",
     "trách nhiệm nêu gương của cán bộ, đảng viên"),
    ("Kế hoạch số 12-KH/HU về phát triển cây quế (giai đoạn 2021-2025) được triển khai.",
     "phát triển cây quế"),
    ("Chỉ thị số 05-CT/TW của Bộ Chính trị, gắn với các phong trào thi đua.", None),
    ("Chỉ thị số 35-CT/TW của Bộ Chính trị khóa XII về đại hội đảng bộ các cấp.", "đại hội đảng bộ các cấp"),
    ("Thực hiện Kết luận số 14-KL/TW của Bộ Chính trị về bảo vệ cán bộ năng động, sáng tạo, Đảng ủy xã "
     "đã rà soát.",
     "bảo vệ cán bộ năng động, sáng tạo"),
    # a title ends before the next document when "và" (or "cũng như") joins them; not when it is the object
    ("Quán triệt Quy định số 08-QĐ/TW về trách nhiệm nêu gương của đảng viên và Kết luận số 14-KL/TW của Bộ "
     "Chính trị về bảo vệ cán bộ năng động.",
     "trách nhiệm nêu gương của đảng viên"),
    ("Triển khai Nghị quyết số 22-NQ/HU về sắp xếp đơn vị hành chính, cũng như Nghị quyết số 35/2023/UBTVQH15 "
     "của Ủy ban Thường vụ Quốc hội.",
     "sắp xếp đơn vị hành chính"),
    ("Ban Thường vụ ban hành Kế hoạch số 41-KH/HU về tổ chức thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy.",
     "tổ chức thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy"),
]


@pytest.mark.parametrize(("sentence", "title"), TITLES)
def test_title(sentence: str, title: str | None) -> None:
    (r, *_rest) = _extract(sentence)
    assert r.title == title


IMPLEMENTS = [
    ("BCH Đảng bộ huyện ban hành Nghị quyết số 03-NQ/HU ngày 5/5/2021 về thực hiện Nghị quyết số 03-NQ/TU "
     "ngày 23/3/2021 của Ban Thường vụ Tỉnh ủy.", "03-NQ/HU", ["03-NQ/TU"]),
    ("Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 03-NQ/TU về quốc phòng.", "12-KH/HU", ["03-NQ/TU"]),
    ("Chương trình số 09-CTr/TU thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW.",
     "09-CTr/TU", ["18-NQ/TW", "19-NQ/TW"]),
    ("Chỉ thị số 05-CT/TW của Bộ Chính trị, gắn với thực hiện Quy định số 08-QĐ/TW.", "05-CT/TW", []),
    ("Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về du lịch. UBND tỉnh ban hành Kế hoạch số 123/KH-UBND "
     "triển khai Nghị quyết 05.", "123/KH-UBND", ["05-NQ/TU"]),
]


@pytest.mark.parametrize(("sentence", "code", "implements"), IMPLEMENTS)
def test_implements(sentence: str, code: str, implements: list[str]) -> None:
    by_code = {r.code: r for r in _extract(sentence)}
    assert by_code[code].implements == implements
    for c in implements:
        assert c in by_code  # the implemented document is a record of its own


# --- merging -------------------------------------------------------------------------------------------


def test_repeated_mentions_merge_with_all_spans() -> None:
    text = ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, huyện tổ chức nhiều hoạt động.\n"
            "Lãnh đạo thực hiện Chỉ thị số 05-CT/ TW chưa tạo được nhiều mô hình mới.")
    (r,) = _check(text, [{"code": "05-CT/TW", "issuer": "Bộ Chính trị"}])
    assert len(r.mentions) == 2


def test_short_back_reference_joins_the_coded_record() -> None:
    text = ("Huyện ủy ban hành Nghị quyết số 03-NQ/HU ngày 5/5/2021 về quốc phòng địa phương. "
            "Sau một năm, Nghị quyết 03 đã đi vào cuộc sống.")
    (r,) = _check(text, [{"kind": "code", "code": "03-NQ/HU", "issued_on": dt.date(2021, 5, 5)}])
    assert [s.text for s in r.mentions] == ["Nghị quyết số 03-NQ/HU", "Nghị quyết 03"]


def test_back_reference_prefers_the_latest_matching_code() -> None:
    text = ("Nghị quyết số 03-NQ/TU của Tỉnh ủy và Nghị quyết số 03-NQ/HU của Huyện ủy. "
            "Kết quả thực hiện Nghị quyết số 03 là khả quan.")
    got = _extract(text)
    assert [r.code for r in got] == ["03-NQ/TU", "03-NQ/HU"]
    assert len(got[1].mentions) == 2


def test_bare_plenum_joins_the_plenum_with_its_tenure() -> None:
    text = "Thực hiện Nghị quyết Trung ương 4 khóa XII. Nghị quyết Trung ương 4 đã tạo chuyển biến."
    (r,) = _check(text, [{"kind": "plenum", "ordinal": 4, "tenure": 12}])
    assert len(r.mentions) == 2


# --- near misses: nothing to extract -------------------------------------------------------------------

NOT_RESOLUTIONS = [
    "Mọi thắc mắc xin liên hệ số điện thoại 0233.3852.456 hoặc 0913-456-789.",
    "Chi tiết xem tại http://www.baoquangtri.vn/chinh-tri/2021/05/quyet-dinh-15/NQ-TU.htm nhé.",
    "Theo Điều 3 và khoản 2 của quy chế, mỗi chi bộ sinh hoạt định kỳ.",
    "Phấn đấu xây dựng thành phố Đông Hà trở thành đô thị loại II vào năm 2025.",
    "Năm 2021, huyện ban hành 02 Nghị quyết, 03 Chỉ thị, 06 Thông tri và 02 Quy chế.",
    "Tổ chức thành công Đại hội Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020-2025.",
    "Cán bộ nghiên cứu, quán triệt các nghị quyết, chỉ thị của Trung ương và của Tỉnh ủy.",
    "Thực hiện Chương trình 135 và Đề án 06 trên địa bàn huyện.",
    "Ngày 23/3/2021, tỷ lệ đạt 14/17 chỉ tiêu và 12/15 xã về đích.",
    "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020 đã hoàn thành.",
    "Ông Nguyễn Văn A, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu tại hội nghị.",
    "Kế hoạch 5 năm của huyện đạt 17/17 chỉ tiêu; Quyết định 3 năm một lần.",
    "Thực hiện Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI.",  # not a Party congress
    "Triển khai Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X.",
    "Nghị quyết 3 chương trình đột phá được cụ thể hóa thành kế hoạch.",  # a count, not a number
    "Năm qua, Ban Thường vụ ban hành Nghị quyết 12 chuyên đề.",
    # a modifier without a number is no reference; with a bare number it counts, not numbers
    "Huyện ủy ban hành Nghị quyết chuyên đề về phát triển du lịch cộng đồng.",
    "Ban hành 3 nghị quyết chuyên đề số hóa và 2 kế hoạch liên tịch.",
    "Nghị quyết chuyên đề 2 năm qua đã đi vào cuộc sống.",
    "Kế hoạch liên tịch 15 đơn vị được ký kết.",
    # "kết luận" the verb, before a count of what was concluded on
    "Ủy ban Kiểm tra các cấp đã kết luận 41 tổ chức đảng có vi phạm.",
    "Cơ quan kiểm tra kết luận 33 trường hợp có vi phạm.",
    # "ĐH" only as a word: "ĐHĐCĐ" is a shareholders' meeting; "ĐH Đoàn" a Youth Union congress
    "Công ty thực hiện Nghị quyết ĐHĐCĐ thường niên năm 2024 lần thứ 2.",
    "Triển khai NQ ĐH Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI.",
    # the lower end of a range of percentages: the resolution's target, not its number
    "Tăng trưởng bình quân đạt 9,2%/năm, vượt chỉ tiêu Nghị quyết 8 - 9%/năm.",
    "Giá trị sản xuất tăng bình quân theo Nghị quyết 6–7% mỗi năm.",
]


@pytest.mark.parametrize("sentence", NOT_RESOLUTIONS)
def test_near_misses_yield_nothing(sentence: str) -> None:
    assert _extract(sentence) == []


def test_nothing_from_page_chrome() -> None:
    text = ("Huyện ủy ban hành Nghị quyết số 03-NQ/HU về du lịch.\n\nCÁC TIN KHÁC\n"
            "Triển khai Nghị quyết số 09-NQ/TU về quốc phòng (7/8/2020)\n"
            "Học tập Chỉ thị số 05-CT/TW trong đoàn viên (6/8/2020)\n")
    assert [r.code for r in _extract(text)] == ["03-NQ/HU"]


# --- the real seeds (skipped without ../shared) --------------------------------------------------------

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not present")
@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) if SEEDS.exists() else [], ids=lambda p: p.stem)
def test_seed_spans_ground_and_avoid_chrome(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8"))
    t = Text(text)
    for r in resolutions.extract(t):
        for s in r.mentions:
            assert text[s.start : s.end] == s.text
            assert not t.in_chrome(s.start, s.end)


def test_pipeline_exposes_resolutions() -> None:
    doc = partyextract.extract("Huyện ủy ban hành Nghị quyết số 03-NQ/HU ngày 5/5/2021 về du lịch.")
    assert [r.code for r in doc.resolutions] == ["03-NQ/HU"]


# --- robustness: any mix of the shapes above grounds its spans and never crashes -------------------------

_FRAGMENTS = [
    "Nghị quyết số 03-NQ/HU", " ngày 5/5/2021", " của BTV Huyện ủy", " về ", '"', "“", "”", "Chỉ thị 05", ", ",
    "Nghị quyết Trung ương 4 (khóa XI, khóa XII)", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV", ". ",
    "30/2020/NĐ-CP", "2020-2025", " - ", "Ð", "\n", "nhiệm kỳ ", "thực hiện ", "Huyện ủy Yên Thế", "(", ")",
    "khóa XV", "số ", "12", "/", "-", "QĐi", "TW", "NQ ", "Đại hội ", "CÁC TIN KHÁC\n", "http://a.vn/",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_mix_grounds_its_spans(parts: list[str]) -> None:
    text = normalize("".join(parts))
    t = Text(text)
    for r in resolutions.extract(t):
        assert r.mentions
        for s in r.mentions:
            assert text[s.start : s.end] == s.text and s.start < s.end
            assert not t.in_chrome(s.start, s.end)


_BODY_BITS = ["Ban Thường vụ", " ", "  ", "(BTV)", "(btv)", "Tỉnh ủy", "BTV", "UBND", "tỉnh", "Hà Nam", "\n", "("]


@given(st.lists(st.sampled_from(_BODY_BITS), min_size=1, max_size=10))
@settings(max_examples=300, deadline=None)
def test_plain_body_text_is_the_body_read_on_the_text(parts: list[str]) -> None:
    # the cached reading of a body whose text is its view is what the piecewise reading gives
    body = normalize("".join(parts))
    t = Text(body)
    if t.text == t.view:
        words: list[str] = []
        for a, b in resolutions._kept_pieces(t, 0, len(body)):
            words.extend(resolutions.data.BODY_ABBREVIATIONS.get(w, w) for w in body[a:b].split())
        assert resolutions._plain_body_text(body) == " ".join(words)



# --- shortcuts in front of patterns: wherever the pattern matches, the shortcut says it may ------------------
# Each property builds text from bits that exercise the pattern (its words in several cases, blanks, digits,
# punctuation, Vietnamese letters) and whole positive examples (also checked one by one, so the property is
# not vacuous); `event` reports the share of examples where the pattern matches.

def _matching_starts(rx: Any, v: str, hi: int | None = None) -> list[int]:
    end = len(v) if hi is None else hi
    return [p for p in range(len(v) + 1) if rx.match(v, p, end)]


def _matched(starts: list[int]) -> None:
    event(f"pattern matches: {bool(starts)}")


def _starts_seen(rx: Any, v: str) -> list[int]:
    """`_matching_starts(rx, v)`, recorded for the statistics (inside a property test only: `event`)."""
    starts = _matching_starts(rx, v)
    _matched(starts)
    return starts


_CUT_POSITIVES = [
    "a; b", "x. y", "a, Ban", "về việc đã làm", "x (5)", "a:\tb", "!", "a, " + resolutions.data.CLAUSE_OPENERS[0],
]
_CUT_BITS = [
    *resolutions._CUT_STARTS, *cases("đã", "đang", "sẽ", "ban", "về", "xây dựng"),
    *resolutions.data.CLAUSE_OPENERS[:6],
    " ", "  ", "(", "a", "5", "\t", '"', "ơ", " ,", ". ", ":x", ", Đảng", ".5",
]


@given(texts(_CUT_BITS, _CUT_POSITIVES))
def test_cut_starts_hold_every_title_cut(v: str) -> None:
    """`_CUT_STARTS` (copied by hand from `_TITLE_CUT`) begins every place `_TITLE_CUT` matches."""
    starts = _starts_seen(resolutions._TITLE_CUT, v)
    for p in starts:
        assert v.startswith(resolutions._CUT_STARTS, p), (v, p)


@pytest.mark.parametrize("v", _CUT_POSITIVES)
def test_cut_starts_positive_examples(v: str) -> None:
    """Hand-written places where `_TITLE_CUT` matches, each at one of `_CUT_STARTS`."""
    starts = _matching_starts(resolutions._TITLE_CUT, v)
    assert starts and all(v.startswith(resolutions._CUT_STARTS, p) for p in starts)


_DATE_LEAD_POSITIVES = [" ngày 5", ", ban hành ngày ", " (5", "(được ký vào ngày 1", " ngày ký 3", ", ( 12"]
_DATE_LEAD_BITS = [
    " ", "  ", ",", "(", "x", "5", "12", "ạ",
    *cases("được ", "ban hành ", "ký ", "vào ", "ngày ", "ngày ký ", "ngay "),
]


@given(texts(_DATE_LEAD_BITS, _DATE_LEAD_POSITIVES), st.integers(0, 80))
def test_date_lead_may_holds_wherever_date_lead_matches(v: str, limit: int) -> None:
    """`_date_lead_may` ("ngày" or '(' within 60 characters) never rejects a `_DATE_LEAD` match."""
    lv = resolutions._lower(v)
    starts = [p for p in range(len(v) + 1) if resolutions._DATE_LEAD.match(v, p, min(limit, p + 60))]
    _matched(starts)
    for p in starts:
        assert resolutions._date_lead_may(v, lv, p, limit), (v, p, limit)


@pytest.mark.parametrize("v", _DATE_LEAD_POSITIVES)
def test_date_lead_positive_examples(v: str) -> None:
    """Hand-written `_DATE_LEAD` matches, each seen by `_date_lead_may`."""
    assert resolutions._DATE_LEAD.match(v, 0, 60)
    assert resolutions._date_lead_may(v, resolutions._lower(v), 0, len(v))


# --- the reading half's shortcuts: each gives what the pattern, or the plain way, gives ------------------------


def _title_cut_by_scan(v: str, a: int, hi: int) -> int:
    for m in resolutions._TITLE_CUT.finditer(v, a, hi):
        if not resolutions._in_quotes(v, a, m.start()):
            return m.start()
    return hi


_CUT_PARENS = [" (a", " (z", " (A", " (5", " (ơ", " (Ơ", " (٣", " (-", " (", " ( ", " (\u02b0", " (\u00aa"]


@given(texts([*_CUT_BITS, ",", ", ", ",,,", "Đảng", *_CUT_PARENS], _CUT_POSITIVES, size=12), st.data())
def test_title_cut_finds_what_a_scan_finds(v: str, data: st.DataObject) -> None:
    """`_title_cut` (the pattern tried where `_CUT_AT` is, some places decided by their first characters) gives
    the first `_TITLE_CUT` match outside quotes, as a scan does."""
    a = data.draw(st.integers(0, len(v)))
    hi = data.draw(st.integers(a, len(v)))
    assert resolutions._title_cut(v, a, hi) == _title_cut_by_scan(v, a, hi), (v, a, hi)


_JOIN_BITS = [" ", "  ", ",", ";", "và", "v", "à", "Và", "VÀ", "x", "\t", ", và", "\u00a0"]


@given(texts(_JOIN_BITS, [", ", " và ", " ; "]), st.data())
def test_list_join_end_is_the_pattern_s_end(v: str, data: st.DataObject) -> None:
    """`_list_join_end` (string tests) gives the end of the `_LIST_JOIN` match everywhere, -1 where none."""
    hi = data.draw(st.integers(0, len(v)))
    for p in range(len(v) + 2):
        m = resolutions._LIST_JOIN.match(v, p, hi)
        assert resolutions._list_join_end(v, p, hi) == (m.end() if m else -1), (v, p, hi)


_DATE_BEFORE_BITS = [
    *cases("ngày ", "ngày", "ngay ", "ng", "ày ", "ngày  "),
    "1", "12/4/2021", " ", "\t", ",", "x", "İ", "ß", "\u0300", "ǹ",
]


@given(texts(_DATE_BEFORE_BITS, ["Ngày 12/4/2021, ", "ngày  5-5-2021,", "NGÀY 1.1.2020 ,"]))
def test_date_before_holds_ngay_on_the_lowered_view(v: str) -> None:
    """`_read_before` reads a date only after a `_DATE_BEFORE` match from the clause's start on, so it looks for
    dates only where the lowered view holds "ngày" there: wherever the pattern matches, "ngày" is in `lv`."""
    lv = resolutions._lower(v)
    found = 0
    for a in range(len(v) + 1):
        for lo in range(a + 1):
            if resolutions._DATE_BEFORE.search(v, max(lo, a - 8), a):
                found += 1
                assert lv.find("ngày", lo, a) >= 0, (v, lo, a)
    event("matched" if found else "no match")


@given(texts(_DATE_LEAD_BITS, _DATE_LEAD_POSITIVES), st.integers(0, 80))
def test_date_lead_end_is_where_date_lead_ends(v: str, limit: int) -> None:
    """`_date_lead_end` (the usual " ngày " read without the pattern) gives the end of the `_DATE_LEAD` match."""
    lv = resolutions._lower(v)
    for p in range(len(v) + 1):
        dm = resolutions._DATE_LEAD.match(v, p, min(limit, p + 60))
        assert resolutions._date_lead_end(v, lv, p, limit) == (dm.end() if dm else -1), (v, p, limit)


_CONG_ORD_POSITIVES = ["lần thứ XIII", "LẦN THỨ 13", "khóa XII", "Khoá 9", "XXVIII", "lần thứ mười ba"]
_CONG_ORD_BITS = [
    " ", "  ", ",", "x", "ạ", "5", "13", "XII", "I", "L", "C", "LX", "Lào",
    *cases("lần thứ ", "lần  thứ ", "khóa ", "khoá ", "mười ", "ba "),
]


@given(texts(_CONG_ORD_BITS, _CONG_ORD_POSITIVES))
def test_cong_ord_at_holds_every_congress_ordinal(v: str) -> None:
    """`_read_congress` tries `_CONG_ORD` only where `_CONG_ORD_AT` matches: every match starts there."""
    starts = _starts_seen(resolutions._CONG_ORD, v)
    for p in starts:
        assert resolutions._CONG_ORD_AT.match(v, p), (v, p)


_CONG_ORD_MORE = [*_CONG_ORD_BITS, "IV", "XX,", "(", "é", "٣", "lần thứ 1234", "lần thứ XXa"]


@given(texts(_CONG_ORD_MORE, _CONG_ORD_POSITIVES), st.data())
def test_cong_ord_end_agrees_with_the_pattern(v: str, data: st.DataObject) -> None:
    """`_cong_ord_end` (a congress ordinal's usual shapes read without `_CONG_ORD`) gives the pattern's end where it
    decides, and no match where it says there is none."""
    hi = data.draw(st.integers(0, len(v)))
    for at in resolutions._CONG_ORD_AT.finditer(v, 0, hi):
        end = resolutions._cong_ord_end(v, at.start(), hi)
        om = resolutions._CONG_ORD.match(v, at.start(), hi)
        if end > 0:
            assert om and om.end() == end, (v, at.start(), hi)
        elif end == 0:
            assert not om, (v, at.start(), hi)


_CONGRESS_POSITIVES = [
    "Nghị quyết Đại hội", "NQ  của đại hội", "nghị quyết của  Đại hội XIII", "NGHỊ QUYẾT ĐẠI HỘI,", "NQ ĐH XX",
    "Nghị quyết ĐH,",
]
_CONGRESS_BITS = [
    *cases("nghị quyết", "của", "đại hội", "đại hội đảng", "nghị quyết đại"), "NQ", "nQ", " ", "  ", "\t", "\n", ",",
    "x", "_", "5", "é", "\u0301", "İ", "ß", "K", "Ð", "đ", "(", "-", "ĐH", "đh", "ĐHĐ",
]


@given(texts(_CONGRESS_BITS, _CONGRESS_POSITIVES))
def test_congress_end_is_the_pattern_s_end(v: str) -> None:
    """`_congress_end` (the usual "Nghị quyết Đại hội" read with string tests) gives `_CONGRESS`'s end everywhere."""
    _starts_seen(resolutions._CONGRESS, v)  # (for the statistics)
    for p in range(len(v) + 1):
        m = resolutions._CONGRESS.match(v, p)
        assert resolutions._congress_end(v, p) == (m.end() if m else -1), (v, p)


_DATE_BITS = ["1", "12", "2021", "1999", "31", "0", "/", "-", ".", " ", "(", ",", "a", "٣", "\n", "13/13/2021"]


@given(texts(_DATE_BITS, ["12/4/2021", "05-5-2021", "5.5.2021", "12 tháng 4 năm 2021", "2021-04-12"]), st.data())
def test_date_here_is_date_at(v: str, data: st.DataObject) -> None:
    """`_date_here` (the usual "d/m/yyyy" read with a plain pattern) gives what `dates.date_at` gives."""
    end = data.draw(st.integers(0, len(v)))
    for p in range(end + 1):
        assert resolutions._date_here(v, p, end) == resolutions.date_at(v, p, end), (v, p, end)


_UNIT_POSITIVES = ["tỉnh Hà Nam", "Huyện ủy Bình Liêu", "thành phố Đông Hà", "thị xã Quảng Trị"]
_UNIT_BITS = [
    *cases("tỉnh ", "tỉnh ủy ", "tỉnh uỷ ", "thành phố ", "thành ủy ", "thành công ", "thị xã ", "thị "),
    *cases("huyện ", "xã "),
    "Hà Nam ", "Bình Liêu ", "Lê Xuân Huy ", "x " * 60, ", ", ". ", "\n", "đã ", " ", "Ảnh: ", "-",
]


@settings(max_examples=200)
@given(texts(_UNIT_BITS, _UNIT_POSITIVES, size=24), st.sampled_from(sorted(resolutions._UNIT_WORDS)), st.data())
def test_name_near_walk_finds_what_the_offsets_find(v: str, level: str, data: st.DataObject) -> None:
    """`_Units.name_near` answers the same from its walk (within its budget) as from the level words' offsets."""
    t = Text(normalize(v or "x"))
    lv = resolutions._lower(t.view)
    walking, bisecting = resolutions._Units(t, lv), resolutions._Units(t, lv)
    bisecting.walk_budget = 0  # every answer from the offsets
    for pos in data.draw(st.lists(st.integers(0, len(lv)), min_size=1, max_size=6)):
        assert walking.name_near(level, pos) == bisecting.name_near(level, pos), (v, level, pos)


@given(texts(["\n", "\n\n", "a", " ", "x" * 700, "y" * 1500], ["a\nb"], size=10), st.data())
def test_clause_limits_are_the_line_within_2000_characters(v: str, data: st.DataObject) -> None:
    """`_clause_limits` (a bisection of the page's lines) gives what finding '\\n' each way within 2000 does."""
    t = Text(normalize(v or "x"))
    view = t.view
    pos = data.draw(st.integers(0, max(0, len(view) - 1)))
    lo = view.rfind("\n", max(0, pos - 2000), pos) + 1
    hi = view.find("\n", pos, pos + 2000)
    assert resolutions._clause_limits(t, pos) == (lo, min(len(view), pos + 2000) if hi < 0 else hi)


_PLENUM_POSITIVES = [" Hội nghị Trung ương 6 khóa XII", ", của HỘI NGHỊ lần thứ sáu BCH TW (khoá XIII)",
                     " tại hội nghị Ban Chấp hành Trung ương Đảng lần thứ 4, khóa 12"]
_PLENUM_BITS = [
    " ", "  ", ",", "(", ")", "6", "12", " 6", "XII", "x", "ạ",
    *cases("của ", "tại ", "hội nghị ", "hội  nghị ", "lần thứ ", "thứ ", "sáu ", "khóa ", "khoá "),
    "Ban Chấp hành ", "BCH ", "Trung ương", "Trung Ương", "TW", "TƯ", " Đảng", " khóa XII",
]


@given(texts(_PLENUM_BITS, _PLENUM_POSITIVES, size=8))
def test_plenum_after_holds_hoi_nghi(v: str) -> None:
    """`_read_tail` tries `_PLENUM_AFTER` only where the lower-cased view holds "hội nghị": every match does."""
    lv = resolutions._lower(v)
    starts = [p for p in range(len(v) + 1) if resolutions._PLENUM_AFTER.match(v, p, min(len(v), p + 140))]
    _matched(starts)
    for p in starts:
        assert lv.find("hội nghị", p, min(len(v), p + 140)) >= 0, (v, p)


@pytest.mark.parametrize("v", _PLENUM_POSITIVES)
def test_plenum_after_positive_examples(v: str) -> None:
    """Hand-written `_PLENUM_AFTER` matches, each holding "hội nghị" in lower case."""
    assert resolutions._PLENUM_AFTER.match(v)
    assert "hội nghị" in resolutions._lower(v)


_OF_PARTY_POSITIVES = [" của Đảng", "  CỦA  ĐẢNG.", " Của đảng,"]
_OF_PARTY_BITS = [" ", "  ", "x", ",", "ạ", *cases("của", "đảng", " bộ", "Đảng bộ", "cua")]


@given(texts(_OF_PARTY_BITS, _OF_PARTY_POSITIVES))
def test_of_party_starts_with_cua(v: str) -> None:
    """`_read_congress` tries `_OF_PARTY` only past spaces then "của" (lower-cased): every match is so."""
    lv = resolutions._lower(v)
    starts = _starts_seen(resolutions._OF_PARTY, v)
    for end in starts:
        j = end
        while j < len(v) and v[j] == " ":
            j += 1
        assert j > end and lv.startswith("của", j), (v, end)


@pytest.mark.parametrize("v", _OF_PARTY_POSITIVES)
def test_of_party_positive_examples(v: str) -> None:
    """Hand-written `_OF_PARTY` matches, each past spaces then "của"."""
    assert resolutions._OF_PARTY.match(v)
    assert resolutions._lower(v).lstrip(" ").startswith("của")


_KEY_POSITIVES = ["Nghị quyết số 5", "Chỉ thị 35", "Nghị quyết Trung ương 4", "Nghị quyết  Đại hội", "NQ TW 6",
                  "Nghị quyết của Đại hội", "Kết luận 12", "nghị quyết hội nghị lần thứ 6 BCH TW",
                  "Quyết định số 12", "Nghị quyết chuyên đề 03", "Chỉ thị  35", "Kết luận   12", "Nghị quyết số  26",
                  "Kế hoạch  số 12", "Quy định  số 8", "Nghị quyết chuyên đề  số 3"]
_TYPE_BITS = [
    *cases(*resolutions.data.TYPE_WORDS), *cases(*resolutions.data.TYPE_MODIFIERS),
    *cases("số ", "hội nghị ", "lần thứ ", "đại hội", "của ", "ban chấp hành ", "bch "),
    "NQ", "Trung ương", "TW", "TƯ", " khóa XII", " ", "  ", "5", "12", "03", ",", "(", "x", "ạ", "²", "_",
]


@given(texts(_TYPE_BITS, _KEY_POSITIVES))
def test_key_next_keeps_every_mention_start(v: str) -> None:
    """`_type_word_starts` (with `_KEY_NEXT`) gives every start where `_NUMBER_REF`, `_PLENUM`, `_CONGRESS` match."""
    lv = resolutions._lower(v)
    starts = set(resolutions._type_word_starts(v, lv, resolutions._Taken()))
    found = []
    for rx in (resolutions._NUMBER_REF, resolutions._PLENUM, resolutions._CONGRESS):
        for p in _matching_starts(rx, v):
            if lv.startswith(resolutions._TYPE_KEYS, p) or v.startswith("NQ", p):  # (the others come from "số")
                found.append(p)
                assert p in starts, (v, p, rx.pattern[:40])
    _matched(found)


@pytest.mark.parametrize("before", ["²", "①", "½", "Ⅻ", "x", "5"])
@pytest.mark.parametrize("mention", ["CHỈ THỊ  35", "Nghị quyết số 5", "Kế hoạch số 12", "NQ Đại hội XIII", "NQ TW 6"])
def test_no_mention_opens_right_after_a_letter_or_number(before: str, mention: str) -> None:
    """After a character `str.isalnum` takes ("²" as well as "x"), which the type-word scans test, no pattern opens a
    mention either (so the scans miss none), and `extract` reads none there."""
    v = before + mention
    for rx in (resolutions._NUMBER_REF, resolutions._PLENUM, resolutions._CONGRESS):
        assert not rx.match(v, 1), (v, rx.pattern[:30])
    assert resolutions.extract(Text(v)) == []


@pytest.mark.parametrize("v", _KEY_POSITIVES)
def test_key_next_positive_examples(v: str) -> None:
    """Hand-written mentions: a pattern matches at 0 and `_type_word_starts` gives 0."""
    assert any(rx.match(v) for rx in (resolutions._NUMBER_REF, resolutions._PLENUM, resolutions._CONGRESS))
    assert 0 in resolutions._type_word_starts(v, resolutions._lower(v), resolutions._Taken())


_CODE_POSITIVES = ["03-NQ/TW", "30/2020/NĐ-CP", "5 - QĐ / HU", "12/CP", "1999/2020/QĐ", "12a-KH/ĐU", "7/ 2021/TT-BTC"]
_CODE_BITS = [
    "5", "12", "03", "2021", "2020", "19", "1999", "/", " / ", "/ ", "-", " - ", "NQ", "TW", "HU", "NĐ", "CP",
    "QĐ", "Đ", "ĐU", "BCH", "a", "x", " ", ".", "2020/", "ngày ", "UBND", "12/04/2021", "ạ",
]


@given(texts(_CODE_BITS, _CODE_POSITIVES))
def test_code_starts_keep_every_code_start(v: str) -> None:
    """`_code_starts` (walked back from '/', dates skipped) gives every start where a code pattern matches."""
    party, state = resolutions._code_starts(v)
    pc, sc = _matching_starts(resolutions._PARTY_CODE, v), _matching_starts(resolutions._STATE_CODE, v)
    _matched(pc + sc)
    assert set(pc) <= set(party), v
    assert set(sc) <= set(state), v


@pytest.mark.parametrize("v", _CODE_POSITIVES)
def test_code_starts_positive_examples(v: str) -> None:
    """Hand-written codes: a code pattern matches at 0 and `_code_starts` gives 0 for it."""
    party, state = resolutions._code_starts(v)
    assert (resolutions._PARTY_CODE.match(v) and 0 in party) or (resolutions._STATE_CODE.match(v) and 0 in state)


def test_code_starts_skip_a_date() -> None:
    """A date's '/' (digits on both sides, no year and '/' after) opens no code: and no pattern matches there."""
    v = "ngày 12/04/2021"
    assert resolutions._code_starts(v) == ([], [])
    assert not _matching_starts(resolutions._PARTY_CODE, v) and not _matching_starts(resolutions._STATE_CODE, v)


# --- the scans for type words and code slashes, and the type word read before a code -------------------

_SCAN_BITS = [
    *cases(*resolutions._TYPE_KEYS), *cases("số", "nghị", "thị xã", "trị", "định", "luận", "thông", "hội nghị"),
    " ", "  ", "\n", "5", ",", "ị", "ậ", "ô", "ố", "x", "quy", "quyết", "chỉ", "kết", "tri", "tư",
    "²", "_", "\t", "trung ương", "đại hội", "chuyên đề", "liên tịch", "yết", "uận", "của", "hội nghị", "lần",
]


def _key_may_open(lv: str, i: int, key: str) -> bool:
    """Whether a mention may start at the type word `key` found at `i` with its space: no letter or digit
    before it, then past any more spaces a decimal digit or one of `_KEY_NEXT` (after "nghị quyết", past up to 13
    blanks, one of `_RESOLUTION_NEXT` as well)."""
    e = i + len(key) + 1
    blanks = lv[e : e + 13]
    blanks = blanks[: len(blanks) - len(blanks.lstrip())]
    f = len(lv) - len(lv[e:].lstrip(" "))  # past more spaces ("Chỉ thị  35")
    return (i == 0 or not lv[i - 1].isalnum()) and (
        lv[f : f + 1].isdecimal() or lv.startswith(resolutions._KEY_NEXT[key], f)
        or (key == resolutions._RESOLUTION and lv.startswith(resolutions._RESOLUTION_NEXT, e + len(blanks)))
    )


@given(texts(_SCAN_BITS, ["Nghị quyết số 5", "Chỉ thị 35", "kết luận  12", "quy định số 3", "thông tư liên tịch 3",
                          "nghị quyết  trung ương", "chỉ thị số 5", "nghị quyết của đại hội", "kết luận chuyên đề 3"]))
def test_key_scans_find_every_type_word_with_its_space(v: str) -> None:
    """Each `_KEY_SCANS` pattern matches at the anchor of every type word it holds followed by a space where a
    mention may start (`_key_may_open`), and names that type word (`lastindex`); `_SO_SCAN` matches at the 'ố'
    of every " số " followed by a space and a decimal digit, after one of `_TYPE_END_TAILS`, and nowhere else."""
    lv = resolutions._lower(v)
    for scan, keys in resolutions._KEY_SCANS:
        found = {(m.start() - keys[m.lastindex][0], m.lastindex) for m in scan.finditer(lv)}  # type: ignore[index]
        words = [k for k in resolutions._TYPE_KEYS if resolutions._KEY_ANCHOR[k] == scan.pattern[0]]
        want = {
            (i, n) for n, k in enumerate(words, 1) for i in range(len(lv))
            if lv.startswith(k + " ", i) and _key_may_open(lv, i, k)
        }
        _matched(sorted(want))
        assert found == want, (v, scan.pattern[:30])
    assert [m.start() - 2 for m in resolutions._SO_SCAN.finditer(lv)] == [
        i for i in range(1, len(lv)) if lv.startswith(" số ", i) and lv[i + 3 :].lstrip(" ")[:1].isdecimal()
        and (lv[i - 3 : i + 1] in resolutions._TYPE_END_TAILS or lv[i - 1 : i + 1] == "  ")
    ]


def test_anchored_type_words_cannot_match_at_one_anchor() -> None:
    """Two type words of one scan, aligned at their anchor, differ somewhere (a scan reports one per anchor)."""
    for scan, _keys in resolutions._KEY_SCANS:
        anchor = scan.pattern[0]
        words = [k + " " for k in resolutions._TYPE_KEYS if resolutions._KEY_ANCHOR[k] == anchor]
        for a in words:
            for b in words:
                if a != b:
                    i, j = a.index(anchor), b.index(anchor)
                    lo, hi = -min(i, j), min(len(a) - i, len(b) - j)
                    assert any(a[i + d] != b[j + d] for d in range(lo, hi)), (a, b)


_SLASH_BITS = ["5", "12", "04", "2021", "19", "20", "1999", "/", " /", "/ ", "-", "NQ", "TW", "a", " ", "\n", "x", "١"]


@given(texts(_SLASH_BITS, ["12/04/2021", "5/2020/NĐ-CP", "03-NQ/TW", "7/ 2021/TT", "12/CP", "1/20 /"]))
def test_code_slash_drops_only_date_slashes(v: str) -> None:
    """`_CODE_SLASH` keeps a '/' unless an ASCII digit stands on both sides and no year and '/' follow."""
    kept = [m.start() for m in resolutions._CODE_SLASH.finditer(v)]
    digits = "0123456789"
    want = [
        s for s in range(len(v)) if v[s] == "/" and not (
            s > 0 and v[s - 1] in digits and v[s + 1 : s + 2] in tuple(digits)
            and not (v.startswith(("19", "20"), s + 1) and v.startswith(("/", " /"), s + 5))
        )
    ]
    _matched(want)
    assert kept == want, v


_BEFORE_BITS = [
    *cases(*resolutions.data.TYPE_WORDS), *cases(*resolutions.data.TYPE_MODIFIERS), *cases("số", "trình", "tịch"),
    " ", "  ", ":", "\n", "x", "của ", "K", "ſ", "ı", "İ", "ß", "ς",
]


@given(texts(_BEFORE_BITS, ["Nghị quyết số ", "Chương trình hành động số ", "Thông tư liên tịch số ", "Kết luận: "]))
def test_type_before_reads_what_the_pattern_matches(v: str) -> None:
    """`_type_before` gives what `_TYPE_BEFORE` matches before a code (its start and type word), where its
    cheap test lets it run, whether read off the lower-cased view or by the pattern."""
    t = Text(v + "05-NQ/TU")
    view = t.view
    lv = t.lowered if len(t.lowered) == len(view) else resolutions._lower(view)
    hi = len(view) - len("05-NQ/TU")
    lo = max(0, hi - 40)
    m = resolutions._TYPE_BEFORE.search(view, lo, hi)
    want = (m.start(), m.group("tw").lower()) if m and resolutions._type_word_ends(view, lo, hi) else None
    _matched([m.start()] if m else [])
    assert resolutions._type_before(t, lv, lo, hi) == want, v


@given(texts(_BEFORE_BITS, ["Quy định ", "Thông tư liên tịch ", "Chương trình hành động ", "Nghị quyết chuyên đề "]))
def test_type_before_reads_a_bare_type_word_as_the_pattern(v: str) -> None:
    """`_type_before` gives what `_TYPE_BEFORE` matches where a type word (maybe with a modifier) stands right
    before a code with a space and no "số" ("Quy định 202-QĐ/TW"), the shape also read off the lower-cased view."""
    t = Text(v + "202-QĐ/TW")
    view = t.view
    lv = t.lowered if len(t.lowered) == len(view) else resolutions._lower(view)
    hi = len(view) - len("202-QĐ/TW")
    lo = max(0, hi - 40)
    m = resolutions._TYPE_BEFORE.search(view, lo, hi)
    want = (m.start(), m.group("tw").lower()) if m and resolutions._type_word_ends(view, lo, hi) else None
    _matched([m.start()] if m else [])
    assert resolutions._type_before(t, lv, lo, hi) == want, v


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Các chi bộ quán triệt Nghị quyết số 05-NQ/TU của Tỉnh ủy.", "Nghị quyết số 05-NQ/TU"),
        ("Các chi bộ quán triệt (Nghị quyết số 05-NQ/TU) của Tỉnh ủy.", "Nghị quyết số 05-NQ/TU"),
        ("Các chi bộ quán triệt xNghị quyết số 05-NQ/TU của Tỉnh ủy.", "05-NQ/TU"),
        ("Thực hiện 2Quy định 202-QĐ/TW của Ban Chấp hành Trung ương.", "202-QĐ/TW"),
    ],
)
def test_a_type_word_before_a_code_is_a_whole_word(sentence: str, mention: str) -> None:
    """The type word a code's mention takes in starts a word; the tail of another word is not one."""
    (rec,) = _check(sentence, [{"kind": "code"}])
    assert [s.text for s in rec.mentions] == [mention]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Huyện ủy Yên Thế Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV được triển khai.", "Đảng bộ huyện Yên Thế"),
        ("Tỉnh ủy Bà Rịa - Vũng Tàu Chỉ thị số 05 và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VII.",
         "Đảng bộ tỉnh Bà Rịa - Vũng Tàu"),
        ("Quán triệt Nghị quyết Đại hội Đảng bộ huyện Bình Liêu Kế hoạch số 12 lần thứ XXVIII.",
         "Đảng bộ huyện Bình Liêu"),
        ("Huyện ủy Yên Thế quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV.", "Đảng bộ huyện Yên Thế"),
    ],
)
def test_a_unit_name_ends_before_a_type_word(text: str, body: str) -> None:
    """A place name written right before a document ("Yên Thế Nghị quyết ...") does not take in its type word."""
    bodies = [r.body for r in _extract(text) if r.kind == "congress"]
    assert bodies == [body]
