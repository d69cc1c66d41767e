"""Indicators as a specification: labelled sentences written for the project in the style of
provincial party news, each with the quantities a careful reader takes from it.

Each expected record lists only the fields it pins down; `metric` is checked as "the
predicted metric contains these words" (the article's own phrase may be longer).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from shortcuts import cases, texts

from partyextract import extract, indicators
from partyextract.dates import find_dates
from partyextract.numbers import digit_runs
from partyextract.text import Text, normalize

E = dict  # an expected record


def run(sentence: str) -> list[dict[str, Any]]:
    t = Text(normalize(sentence))
    out = []
    for rec in indicators.extract(t):
        d = rec.model_dump()
        for s in rec.mentions:
            assert t.text[s.start : s.end] == s.text
        d["quote"] = rec.mentions[0].text
        out.append(d)
    return out


def check(got: dict[str, Any], want: dict[str, Any]) -> None:
    for key, val in want.items():
        if key == "metric":
            assert got["metric"] is not None, got
            assert val.casefold() in got["metric"].casefold(), (got["metric"], val)
        elif key == "quote":
            assert got["quote"] == val
        elif isinstance(val, float):
            assert got[key] == pytest.approx(val), (key, got)
        else:
            assert got[key] == val, (key, got[key], val)


# ---------------------------------------------------------------------------
# Money, percent, measures: units as written, base values with scale words applied

UNITS = [
    (
        "Thu nhập bình quân đầu người năm 2022 đạt 58,3 triệu đồng.",
        [
            E(
                value=58.3,
                unit="triệu đồng",
                base_value=58_300_000.0,
                base_unit="VND",
                metric="thu nhập bình quân đầu người",
                year=2022,
            )
        ],
    ),
    (
        "Tổng thu ngân sách trên địa bàn huyện đạt 1.245,6 tỷ đồng.",
        [E(base_value=1_245_600_000_000.0, base_unit="VND", metric="tổng thu ngân sách")],
    ),
    (
        "Kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.",
        [
            E(
                value=1.2,
                unit="tỷ USD",
                base_value=1_200_000_000.0,
                base_unit="USD",
                metric="kim ngạch xuất khẩu",
            )
        ],
    ),
    (
        "Vốn đầu tư trực tiếp nước ngoài đạt 350 triệu USD.",
        [E(base_value=350_000_000.0, base_unit="USD", metric="vốn đầu tư trực tiếp nước ngoài")],
    ),
    # an identifier word before a formatted amount does not make the amount a name
    (
        "Tổng vốn thực hiện chương trình 1.287,5 tỷ đồng.",
        [E(value=1287.5, unit="tỷ đồng", base_unit="VND", metric="tổng vốn")],
    ),
    # ... while "Chương trình 135" is a name, and the count after it still reads
    ("Thực hiện Chương trình 135 ở 20 xã đặc biệt khó khăn.", [E(value=20.0, unit="xã")]),
    # "<verb> đối với N ...", as "<verb> cho N ...": the verb names what is counted
    ("Huyện ủy thi hành kỷ luật đối với 5 đảng viên.", [E(value=5.0, metric="đảng viên bị thi hành kỷ luật")]),
    ("Đảng bộ làm việc với 12 hộ dân.", [E(value=12.0, metric="hộ dân")]),
    ("Cả tỉnh có 13 kho lạnh; hơn 350 thương nhân Trung Quốc đăng ký thu mua.",
     [E(value=13.0), E(value=350.0, unit="thương nhân", approx="hơn")]),
    ("Huyện giao khoán rừng cho 38 cộng đồng bản; nhà văn hóa lưu giữ 320 tư liệu.",
     [E(value=38.0, unit="cộng đồng"), E(value=320.0, unit="tư liệu")]),
    ("Tỉnh xúc tiến du lịch tại 6 thị trường trọng điểm; vải có mặt tại 30 quốc gia và vùng lãnh thổ.",
     [E(value=6.0, unit="thị trường"), E(value=30.0, unit="quốc gia và vùng lãnh thổ")]),
    ("Tỉnh có 11 KCN và 14 CCN; tuyến biên giới có 5 cửa khẩu phụ; huyện được cấp 41 mã số vùng trồng.",
     [E(value=11.0, unit="KCN"), E(value=14.0, unit="CCN"), E(value=5.0, unit="cửa khẩu"),
      E(value=41.0, unit="mã số vùng trồng")]),
    ("Xã dồn điền: từ bình quân 6,8 thửa/hộ, nay còn 1,4 thửa/hộ; Hội có 13.624 chị, 121 chị được kết nạp Đảng.",
     [E(value=6.8, unit="thửa"), E(value=1.4), E(value=13624.0, unit="chị"), E(value=121.0, unit="chị")]),
    ("Mỗi ngày tiêm từ 1.200 đến 1.500 liều; đội đã quy tập được 9 hài cốt liệt sĩ; xã có 41 homestay.",
     [E(value=1200.0, unit="liều"), E(value=1500.0), E(value=9.0, unit="hài cốt liệt sĩ"),
      E(value=41.0, unit="homestay")]),
    ("Hàng container đạt 2,06 triệu TEU; khu vực có 19 bến cảng, 30 kho bãi và hơn 400 hang động.",
     [E(value=2.06, base_value=2.06e6, base_unit="TEU"), E(value=19.0, unit="bến cảng"), E(value=30.0),
      E(value=400.0, unit="hang động")]),
    ("Đà Lạt sản xuất hơn 3,1 tỷ cành hoa; vịnh có khoảng 3.200 lồng nuôi tôm hùm; xã tu bổ 28 di tích.",
     [E(value=3.1, base_value=3.1e9, base_unit="cành"), E(value=3200.0, unit="lồng"), E(value=28.0, unit="di tích")]),
    ("Đồng bào Khmer sống tập trung ở 32 phum, sóc; tỉnh còn 6 sở, ngành và 9 di sản được công nhận.",
     [E(value=32.0, unit="phum, sóc"), E(value=6.0, unit="sở, ngành"), E(value=9.0, unit="di sản")]),
    ("Tỉnh kết thúc hoạt động của 7 đảng đoàn, ban cán sự đảng và giảm 215 cấp trưởng, cấp phó.",
     [E(value=7.0, unit="đảng đoàn, ban cán sự đảng"), E(value=215.0, unit="cấp trưởng, cấp phó")]),
    ("Phường có 14 khu vực bỏ phiếu, 3 đơn vị bầu cử và 11 người ứng cử đại biểu HĐND.",
     [E(value=14.0, unit="khu vực bỏ phiếu"), E(value=3.0, unit="đơn vị bầu cử"), E(value=11.0, unit="người ứng cử")]),
    ("Tỉnh phấn đấu có 950 HTX, 1.800 THT; đã hình thành 3 trung tâm dữ liệu và 12 vùng nguyên liệu.",
     [E(value=950.0, unit="HTX"), E(value=1800.0, unit="THT"), E(value=3.0, unit="trung tâm dữ liệu"),
      E(value=12.0, unit="vùng nguyên liệu")]),
    ("Lực lượng chức năng tháo dỡ 520 biển quảng cáo, thu giữ 3.150 viên ma túy tổng hợp, kê biên 36 tài sản.",
     [E(value=520.0, unit="biển quảng cáo"), E(value=3150.0, unit="viên"), E(value=36.0, unit="tài sản")]),
    ("Bệnh viện có 312 điều dưỡng, kỹ thuật viên; thành viên đăng 25.400 bình luận, duy trì 96 trang fanpage.",
     [E(value=312.0, unit="điều dưỡng, kỹ thuật viên"), E(value=25400.0, unit="bình luận"),
      E(value=96.0, unit="trang fanpage")]),
    ("Có 3.100 giáo dân ở 28 giáo xứ, giáo họ; trong đó có hai nữ đảng viên; tỉnh mở thêm 3 bãi kiểm hóa.",
     [E(value=3100.0, unit="giáo dân"), E(value=28.0, unit="giáo xứ, giáo họ"), E(value=2.0, unit="nữ đảng viên"),
      E(value=3.0, unit="bãi kiểm hóa")]),
    ("Các đội quy tập 96 hài cốt liệt sĩ; nghĩa trang là nơi yên nghỉ của hơn 10.000 liệt sĩ.",
     [E(value=96.0, unit="hài cốt liệt sĩ"), E(value=10000.0, unit="liệt sĩ")]),
    ("Cảng đầu tư 3 cần trục chân đế; vùng đất chịu nhiều mất mát trong hai cuộc kháng chiến.",
     [E(value=3.0, unit="cần trục")]),
    ("Quân khu tổ chức 96 cuộc cấp huyện, 14 cuộc diễn tập cấp tỉnh; phát huy vai trò 860 già làng, người có uy tín.",
     [E(value=96.0, base_unit="cuộc"), E(value=14.0, base_unit="cuộc diễn tập"),
      E(value=860.0, unit="già làng, người có uy tín")]),
    ("Các đại biểu đại diện cho gần 48.500 đồng bào của 29 dân tộc thiểu số trong tỉnh.",
     [E(value=48500.0, unit="đồng bào", approx="gần"), E(value=29.0, unit="dân tộc thiểu số")]),
    # "vị", the classifier of honoured persons, takes the noun after it
    ("Toàn tỉnh có 96 chùa với trên 2.100 vị sư sãi.", [E(value=96.0, unit="chùa"),
                                                        E(value=2100.0, base_unit="vị sư sãi", approx="trên")]),
    # the localities merged, named before or after: a reference, no count
    ("Đại hội đầu tiên sau khi hợp nhất ba địa phương: thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang.", []),
    ("Nhiệm kỳ qua, Đảng bộ ba địa phương kết nạp 9.120 đảng viên; kinh tế hai tỉnh tăng 6,1%/năm.",
     [E(value=9120.0, unit="đảng viên"), E(value=6.1, base_unit="%")]),
    # not a single đồng; the documents named before, carried out; a committee named by its resolution
    ("Bà con hiến đất mà Nhà nước không phải chi một đồng đền bù nào.", []),
    ("Tỉnh ủy ban hành chương trình hành động thực hiện hai nghị quyết.", []),
    ("Năm qua, Thành ủy ban hành hai nghị quyết chuyên đề.", [E(value=2.0, unit="nghị quyết")]),
    ("Phó Trưởng ban Thường trực Ban Chỉ đạo 35 tỉnh chủ trì hội nghị.", []),
    # the party's counted nouns abbreviated; a number spelled out in brackets after its digits
    ("Năm 2024 kết nạp 684 ĐV mới; toàn huyện có 22 TCCSĐ khối cơ quan.",
     [E(value=684.0, unit="ĐV", base_unit="đảng viên"), E(value=22.0, base_unit="tổ chức cơ sở đảng")]),
    ("Dự đại hội có 145 (một trăm bốn mươi lăm) đại biểu; Ban Chấp hành gồm 15 đồng chí (mười lăm đồng chí).",
     [E(value=145.0, unit="đại biểu"), E(value=15.0, unit="đồng chí")]),
    ("Huyện trang bị 18 xuồng máy, 40 áo phao và 10 bộ loa cầm tay.",
     [E(value=18.0, unit="xuồng máy"), E(value=40.0, unit="áo phao"), E(value=10.0, unit="bộ loa")]),
    # one hectare of a crop after "trên" is a per-area basis, no quantity
    ("Giá trị thu hoạch bình quân trên 1 ha chè đạt 365 triệu đồng.", [E(value=365.0, unit="triệu đồng")]),
    # bare numbers moving a count the clause's subject names ("số <noun>")
    ("Tổng số thôn, khu phố toàn tỉnh giảm từ 1.015 xuống còn 930.",
     [E(value=1015.0, base_unit="thôn", role="actual"), E(value=930.0, base_unit="thôn")]),
    ("Năm 2023, số đảng viên tăng từ 4.120 lên 4.386.", [E(value=4120.0, base_unit="đảng viên"), E(value=4386.0)]),
    ("Kết nạp 120 đảng viên, nâng tổng số chi bộ trực thuộc lên 236.",
     [E(value=120.0, unit="đảng viên"), E(value=236.0, base_unit="chi bộ")]),
    ("Số sở, ngành giảm từ 19 xuống còn 13 sở.", [E(value=19.0, unit="sở"), E(value=13.0, unit="sở")]),
    ("Tỷ lệ hộ nghèo giảm từ 5 xuống còn 3.", []),  # a rate's points with no unit: what they are is unwritten
    # a bare level moved from takes the unit written once after the level moved to; no range
    ("Sau sắp xếp, toàn tỉnh giảm từ 173 xuống còn 96 đơn vị hành chính cấp xã.",
     [E(value=173.0, unit="đơn vị hành chính", role="actual", value_max=None),
      E(value=96.0, unit="đơn vị hành chính")]),
    ("Dư nợ tín dụng chính sách tăng từ 850 lên 1.120 tỷ đồng.",
     [E(value=850.0, unit="tỷ đồng", base_value=8.5e11, value_max=None), E(value=1120.0, unit="tỷ đồng")]),
    ("Số chi bộ giảm từ 3 xuống còn 1 chi bộ, từ 12 đến 15 hộ.",
     [E(value=3.0, unit="chi bộ"), E(value=1.0, unit="chi bộ"), E(value=12.0, value_max=15.0), E(value=15.0)]),
    # a range whose ends each carry a scale word: each keeps its own, the currency is shared
    ("Tỉnh phấn đấu thu hút từ 800 triệu đến 1 tỷ USD vốn FDI.",
     [E(value=800.0, unit="triệu USD", base_value=8e8, value_max=1000.0), E(value=1.0, unit="tỷ USD", base_value=1e9)]),
    ("Mức hỗ trợ từ 3 - 5 triệu đồng mỗi hộ.",
     [E(value=3.0, base_value=3e6, value_max=5.0), E(value=5.0, base_value=5e6)]),
    # a multiplier after a hedge, or after "bằng"; a frequency is none
    ("Dư nợ tăng gần 2,5 lần so với năm 2019.", [E(value=2.5, unit="lần", role="change", approx="gần")]),
    ("Thu nhập của xã bằng 1,15 lần mức chung của tỉnh.", [E(value=1.15, unit="lần")]),
    ("Huyện đã 3 lần được tặng cờ thi đua của Chính phủ.", []),
    # "X gồm N đồng chí": X names what is counted
    ("Ủy ban Kiểm tra Huyện ủy khóa mới gồm 7 đồng chí.", [E(value=7.0, metric="Ủy ban Kiểm tra Huyện ủy")]),
    # a modal opens the counted noun's predicate; court actions name what they count
    ("Dự án có 96 hộ phải di chuyển chỗ ở.", [E(value=96.0, metric="hộ phải di chuyển chỗ ở")]),
    ("Năm 2023, tòa án đã đưa ra xét xử 2 vụ tham nhũng.", [E(value=2.0, metric="đưa ra xét xử")]),
    # cases and their defendants, two counts joined by a '/': neither a share nor a rate
    ("Cơ quan điều tra khởi tố mới 14 vụ/37 bị can; xét xử sơ thẩm 11 vụ/29 bị cáo.",
     [E(value=14.0, unit="vụ", total=None), E(value=37.0, unit="bị can"), E(value=11.0), E(value=29.0, unit="bị cáo")]),
    ("Số vụ giảm từ 11 tàu/68 ngư dân năm 2022 xuống còn 3 tàu/17 ngư dân năm 2023.",
     [E(value=11.0), E(value=68.0, unit="ngư dân"), E(value=3.0), E(value=17.0, unit="ngư dân")]),
    # lengths bounding a class of boats name the class; a bridge's length is measured
    ("Tỉnh có 1.250 tàu cá từ 15 m trở lên; tàu có chiều dài từ 12 m đến dưới 15 m là 2.100 chiếc.",
     [E(value=1250.0, unit="tàu cá"), E(value=2100.0)]),
    ("Cây cầu dài 120 m nối hai bờ sông được khánh thành.", [E(value=120.0, unit="m")]),
    ("Toàn huyện có 576 Bà mẹ Việt Nam anh hùng được phụng dưỡng.", [E(value=576.0)]),
    # "đồng hồ" (meters) is no money; border posts and children are counted
    ("Công ty đề xuất lắp đặt 1.150 đồng hồ thông minh cho khách hàng.", [E(value=1150.0, unit="đồng hồ")]),
    ("Tuyến biên giới do 6 đồn biên phòng quản lý; các đồn nhận đỡ đầu 37 cháu.",
     [E(value=6.0, unit="đồn biên phòng"), E(value=37.0, unit="cháu")]),
    # the units a new one was merged from restate the names: no count
    ("Bộ máy vừa hợp nhất từ bốn phường, nhiều đồng chí phải làm quen việc mới.", []),
    # villages and pagodas are counted things
    ("Toàn huyện có 12 buôn đạt chuẩn nông thôn mới.", [E(value=12.0, unit="buôn")]),
    ("Xã có 7 plei và 3 ngôi chùa được tu bổ.", [E(value=7.0, unit="plei"), E(value=3.0, unit="ngôi chùa")]),
    (
        "Tổng vốn huy động cho chương trình là 3,5 nghìn tỷ đồng.",
        [
            E(
                unit="nghìn tỷ đồng",
                base_value=3_500_000_000_000.0,
                base_unit="VND",
                metric="tổng vốn huy động",
            )
        ],
    ),
    (
        "Mỗi suất quà trị giá 500.000 đồng.",
        [E(value=500000.0, unit="đồng", base_value=500000.0, base_unit="VND")],
    ),
    (
        "Mức hỗ trợ là 1.500.000 đồng/người/tháng.",
        [E(unit="đồng/người/tháng", base_value=1_500_000.0, base_unit="VND", metric="mức hỗ trợ")],
    ),
    (
        "Thu nhập của người lao động đạt 6,5 triệu đồng/người/tháng.",
        [E(unit="triệu đồng/người/tháng", base_value=6_500_000.0, base_unit="VND", metric="thu nhập")],
    ),
    (
        "Tỷ lệ hộ nghèo giảm còn 2,35%.",
        [E(value=2.35, unit="%", base_value=2.35, base_unit="%", metric="tỷ lệ hộ nghèo", role="actual")],
    ),
    (
        "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016 - 2020 đạt 7,8%/năm.",
        [
            E(
                unit="%/năm",
                base_value=7.8,
                base_unit="%",
                approx="bình quân",
                metric="tốc độ tăng trưởng kinh tế",
            )
        ],
    ),
    (
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 95 phần trăm.",
        [E(value=95.0, base_unit="%", metric="tỷ lệ bao phủ bảo hiểm y tế")],
    ),
    (
        "Tổng sản lượng lương thực đạt 58 nghìn tấn.",
        [
            E(
                value=58.0,
                unit="nghìn tấn",
                base_value=58000.0,
                base_unit="tấn",
                metric="tổng sản lượng lương thực",
            )
        ],
    ),
    (
        "Diện tích lúa hữu cơ đạt 120 ha.",
        [E(value=120.0, unit="ha", base_value=120.0, base_unit="ha", metric="diện tích lúa hữu cơ")],
    ),
    (
        "Toàn huyện đã bê tông hóa được 45,7 km đường giao thông nông thôn.",
        [E(value=45.7, unit="km", base_value=45.7, base_unit="km")],
    ),
    ("Công suất của nhà máy điện mặt trời là 50 MW.", [E(value=50.0, base_unit="MW", metric="công suất")]),
    (
        "Sản lượng điện thương phẩm đạt 820 triệu kWh.",
        [E(value=820.0, base_value=820_000_000.0, base_unit="kWh", metric="sản lượng điện thương phẩm")],
    ),
    ("Dự án có tổng diện tích sàn 12.500 m2.", [E(value=12500.0, base_unit="m2")]),
    ("Nhà máy nước cung cấp 3.000 m3 nước sạch mỗi ngày.", [E(value=3000.0, base_unit="m3")]),
    # flow and output rates: the rate per second, hour or shift is the unit as written
    ("Lưu lượng xả qua đập tràn khoảng 2.800 m3/s.", [E(value=2800.0, unit="m3/s", base_unit="m3", approx="khoảng")]),
    ("Dây chuyền chế biến công suất 12 tấn/giờ.", [E(value=12.0, unit="tấn/giờ", base_unit="tấn", metric="công suất")]),
    (
        "Năng suất lúa bình quân đạt 6,2 tấn/ha.",
        [E(value=6.2, unit="tấn/ha", base_unit="tấn", approx="bình quân", metric="năng suất lúa")],
    ),
    (
        "Tổng sản lượng thủy sản đạt 100,550 tấn.",
        [E(value=100.55, base_value=100.55, base_unit="tấn", alt_values=[100550.0])],
    ),
    (
        "Giá trị sản xuất công nghiệp đạt 2.506,1 tỷ đồng.",
        [E(value=2506.1, base_value=2_506_100_000_000.0, base_unit="VND")],
    ),
    ("Thu hút đầu tư đạt 1,234.5 tỷ đồng.", [E(value=1234.5, base_unit="VND")]),
    (
        "Quy mô nền kinh tế của huyện tăng gấp 2,5 lần so với năm 2015.",
        [
            E(
                value=2.5,
                unit="lần",
                base_unit="lần",
                role="change",
                compared_to=2015,
                metric="quy mô nền kinh tế",
            )
        ],
    ),
]

# ---------------------------------------------------------------------------
# Counts: the counted noun is the base unit

COUNTS = [
    # courts and traffic police count cases, defendants, vehicles, licences, signs; relief counts cartons
    (
        "Năm qua, cơ quan điều tra khởi tố 14 vụ, 39 bị can; tòa án xét xử sơ thẩm 11 vụ, 27 bị cáo.",
        [E(value=14.0, base_unit="vụ"), E(value=39.0, base_unit="bị can"), E(value=11.0, base_unit="vụ"),
         E(value=27.0, base_unit="bị cáo")],
    ),
    (
        "Lực lượng chức năng tạm giữ 318 phương tiện, tước 205 giấy phép lái xe và lắp mới 64 biển báo.",
        [E(value=318.0, base_unit="phương tiện"), E(value=205.0, base_unit="giấy phép lái xe"),
         E(value=64.0, base_unit="biển báo")],
    ),
    ("Hội thảo nhận được 36 tham luận của 41 tác giả.",
     [E(value=36.0, base_unit="tham luận"), E(value=41.0, base_unit="tác giả")]),
    ("Đoàn trao 2.500 thùng mì tôm cho bà con vùng lũ.", [E(value=2500.0, base_unit="thùng")]),
    ("Thành phố lắp đặt 210 camera giám sát giao thông.", [E(value=210.0, base_unit="camera")]),
    # a rate's or a verb's words ending in an identifier's word ("tháng", "năm", "phòng", "trang"): no identifier
    ("Mỗi năm huyện kết nạp 150 đảng viên; hằng tháng hỗ trợ 500.000 đồng cho mỗi hộ.",
     [E(value=150.0, base_unit="đảng viên"), E(value=500000.0, base_unit="VND")]),
    ("Hằng năm 300 hộ thoát nghèo.", [E(value=300.0, base_unit="hộ")]),
    ("Tổng vốn 286,7 tỷ đồng, trong đó ngân sách trung ương 48 tỷ đồng.",
     [E(value=286.7, base_unit="VND"), E(value=48.0, base_value=48e9, base_unit="VND")]),
    ("Tỉnh bố trí ngân sách dự phòng 500 tỷ đồng và chỉnh trang 12,8 km đường nội thị.",
     [E(value=500.0, base_value=500e9, base_unit="VND"), E(value=12.8, base_unit="km")]),
    # tasks, bid packages, lamps, dams, test samples, field hospitals, alleys, parking places, officials counted
    ("Tỉnh giao 37 đầu việc, nghiệm thu 6 gói thầu và thay 180 bóng đèn LED.",
     [E(value=37.0, base_unit="đầu việc"), E(value=6.0, base_unit="gói thầu"), E(value=180.0, base_unit="bóng đèn")]),
    ("Huyện đắp 9 đập tạm, lấy 12.500 mẫu xét nghiệm và lập 2 bệnh viện dã chiến.",
     [E(value=9.0, base_unit="đập"), E(value=12500.0, base_unit="mẫu xét nghiệm"),
      E(value=2.0, base_unit="bệnh viện dã chiến")]),
    ("Phường chỉnh trang 8 ngõ, ngách và bố trí 600 chỗ đỗ xe.",
     [E(value=8.0, base_unit="ngõ, ngách"), E(value=600.0, base_unit="chỗ đỗ xe")]),
    ("Sau sáp nhập, huyện chỉ định 14 bí thư, 11 phó bí thư chi bộ.",
     [E(value=14.0, base_unit="bí thư"), E(value=11.0, base_unit="phó bí thư chi bộ")]),
    ("Tỉnh đã hoàn thành hạ tầng 3 khu công nghiệp mới.", [E(value=3.0, base_unit="khu công nghiệp")]),
    # packs seized, large model fields; "bao gồm" (including) counts nothing
    ("Lực lượng chức năng thu giữ hơn 1.100 bao thuốc lá; huyện có 25 cánh đồng mẫu lớn.",
     [E(value=1100.0, base_unit="bao", approx="hơn"), E(value=25.0, base_unit="cánh đồng mẫu lớn")]),
    ("Đoàn công tác gồm 12 thành viên, trong đó 5 bao gồm cả cán bộ tỉnh.", [E(value=12.0)]),
    # near misses of those: a count that opens a sentence, "cũng" after the noun; service counters, persons
    ("Năm 2024: Hai xã về đích nông thôn mới; có 3 xã cũng đạt chuẩn.", [E(value=2.0), E(value=3.0)]),
    ("Trung tâm bố trí 12 quầy tiếp nhận; có 18 vị là người dân tộc Khmer.",
     [E(value=12.0, base_unit="quầy"), E(value=18.0, base_unit="vị")]),
    # an exhibition's photographs and objects
    ("Triển lãm trưng bày hơn 200 ảnh tư liệu và 46 hiện vật về lịch sử Đảng bộ.",
     [E(value=200.0, base_unit="ảnh tư liệu", approx="hơn"), E(value=46.0, base_unit="hiện vật")]),
    # sluices, islands, fruit, countries
    ("Tỉnh đề xuất đầu tư 3 cống ngăn mặn; đặc khu có hơn 600 hòn đảo lớn nhỏ.",
     [E(value=3.0, base_unit="cống"), E(value=600.0, base_unit="hòn đảo", approx="hơn")]),
    ("Sản lượng dừa ước đạt 198 triệu trái, xuất khẩu đến hơn 90 quốc gia và vùng lãnh thổ.",
     [E(value=198.0, base_value=198e6, base_unit="trái"), E(value=90.0, base_unit="quốc gia và vùng lãnh thổ")]),
    # hotel rooms, staff, pupils, trade unions, banners
    ("Công suất lưu trú tăng lên hơn 18.000 phòng với 2.300 nhân viên.",
     [E(value=18000.0, base_unit="phòng"), E(value=2300.0, base_unit="nhân viên")]),
    ("Trường có 386 học sinh thì 312 em ở bán trú.", [E(value=386.0), E(value=312.0, base_unit="em")]),
    ("Liên đoàn Lao động tỉnh quản lý 1.142 công đoàn cơ sở.", [E(value=1142.0, base_unit="công đoàn cơ sở")]),
    ("Các phường treo hơn 1.450 băng rôn, khẩu hiệu.", [E(value=1450.0, base_unit="băng rôn", approx="hơn")]),
    # a share of units named after it is measured ("2 xã Hải Vĩnh và Hải Xuân" only restates them)
    ("Đã có 4/4 xã Xuân Thọ, Xuân Trường, Tà Nung, Trạm Hành đạt chuẩn nông thôn mới.",
     [E(value=4.0, total=4.0, base_unit="xã")]),
    # a rating after a count of products counts nothing
    ("Huyện có 52 sản phẩm OCOP, trong đó 41 sản phẩm 3 sao và 10 sản phẩm 4 sao.",
     [E(value=52.0), E(value=41.0), E(value=10.0)]),
    # Front committees and boards; a university's faculties
    ("Huyện chỉ đạo 11 Ủy ban MTTQ xã, thị trấn và 96 Ban công tác Mặt trận tổ chức ngày hội.",
     [E(value=11.0, base_unit="ủy ban mttq"), E(value=96.0, base_unit="ban công tác mặt trận")]),
    ("Đảng viên mới thuộc 7 khoa của nhà trường.", [E(value=7.0, base_unit="khoa")]),
    (
        "Đảng bộ huyện hiện có 42 tổ chức cơ sở đảng với 3.150 đảng viên.",
        [
            E(value=42.0, base_unit="tổ chức cơ sở đảng", metric="tổ chức cơ sở đảng"),
            E(value=3150.0, base_unit="đảng viên", metric="đảng viên"),
        ],
    ),
    ("Đảng bộ xã có 18 chi bộ trực thuộc.", [E(value=18.0, base_unit="chi bộ", metric="chi bộ trực thuộc")]),
    (
        "Toàn đảng bộ có 31 chi, đảng bộ cơ sở.",
        [E(value=31.0, base_unit="chi, đảng bộ", metric="chi, đảng bộ cơ sở")],
    ),
    (
        "Năm 2022, toàn huyện kết nạp 215 đảng viên mới.",
        [E(value=215.0, base_unit="đảng viên mới", year=2022)],
    ),
    (
        "Ban Thường vụ Tỉnh ủy đã ban hành 3 nghị quyết, 12 chỉ thị, 5 kết luận và 46 kế hoạch.",
        [
            E(value=3.0, base_unit="nghị quyết"),
            E(value=12.0, base_unit="chỉ thị"),
            E(value=5.0, base_unit="kết luận"),
            E(value=46.0, base_unit="kế hoạch"),
        ],
    ),
    (
        "Huyện ủy đã tổ chức 28 cuộc kiểm tra và 14 cuộc giám sát chuyên đề.",
        [E(value=28.0, base_unit="cuộc kiểm tra"), E(value=14.0, base_unit="cuộc giám sát")],
    ),
    (
        "Người đứng đầu cấp ủy đã tổ chức 52 cuộc đối thoại trực tiếp với Nhân dân.",
        [E(value=52.0, base_unit="cuộc đối thoại", metric="cuộc đối thoại trực tiếp")],
    ),
    (
        "Trung tâm chính trị huyện mở 24 lớp bồi dưỡng với 1.860 học viên.",
        [
            E(value=24.0, base_unit="lớp bồi dưỡng", metric="lớp bồi dưỡng"),
            E(value=1860.0, base_unit="học viên"),
        ],
    ),
    (
        "Đến nay, toàn tỉnh có 85/112 xã đạt chuẩn nông thôn mới.",
        [E(value=85.0, total=112.0, base_unit="xã", metric="xã đạt chuẩn nông thôn mới")],
    ),
    (
        "Năm 2021 có 15/18 chỉ tiêu đạt và vượt kế hoạch.",
        [E(value=15.0, total=18.0, base_unit="chỉ tiêu", year=2021)],
    ),
    ("Toàn tỉnh có 1.245 hộ thoát nghèo.", [E(value=1245.0, base_unit="hộ", metric="hộ thoát nghèo")]),
    (
        "Mặt trận đã vận động xây dựng 320 nhà đại đoàn kết cho hộ nghèo.",
        [E(value=320.0, base_unit="nhà đại đoàn kết")],
    ),
    (
        "Huyện đã khởi công 12 công trình trọng điểm.",
        [E(value=12.0, base_unit="công trình", metric="công trình trọng điểm")],
    ),
    ("Toàn huyện có 46 sản phẩm OCOP đạt từ 3 sao trở lên.", [E(value=46.0, base_unit="sản phẩm ocop")]),
    (
        "Các cấp hội đã xây dựng 135 mô hình dân vận khéo.",
        [E(value=135.0, base_unit="mô hình", metric="mô hình dân vận khéo")],
    ),
    ("Ủy ban Kiểm tra đã thi hành kỷ luật 7 đảng viên vi phạm.", [E(value=7.0, base_unit="đảng viên")]),
    ("Huyện giải quyết việc làm mới cho 2.300 lao động.", [E(value=2300.0, base_unit="lao động")]),
    (
        "Đã có 9.800 lượt người tham gia các hoạt động tuyên truyền.",
        [E(value=9800.0, base_unit="lượt người")],
    ),
    (
        "Tỉnh ủy khen thưởng 25 tập thể và 40 cá nhân tiêu biểu.",
        [E(value=25.0, base_unit="tập thể"), E(value=40.0, base_unit="cá nhân")],
    ),
    (
        "Trong nhiệm kỳ, huyện đã sáp nhập 45 thôn thành 21 thôn mới.",
        [E(value=45.0, base_unit="thôn"), E(value=21.0, base_unit="thôn")],
    ),
    ("Hội đồng nhân dân tỉnh đã tổ chức 4 kỳ họp thường lệ.", [E(value=4.0, base_unit="kỳ họp")]),
    (
        "Toàn tỉnh có 212 doanh nghiệp và 86 hợp tác xã nông nghiệp.",
        [E(value=212.0, base_unit="doanh nghiệp"), E(value=86.0, base_unit="hợp tác xã")],
    ),
    ("Tổ công tác đã tiếp nhận 128 ý kiến, kiến nghị của cử tri.", [E(value=128.0, base_unit="ý kiến")]),
    (
        "Bình quân mỗi xã đạt 17,5 tiêu chí.",
        [E(value=17.5, base_unit="tiêu chí", approx="bình quân", metric="tiêu chí")],
    ),
    (
        "Số đảng viên mới được kết nạp là 96 đồng chí.",
        [E(value=96.0, base_unit="đồng chí", metric="số đảng viên mới được kết nạp")],
    ),
    (
        "Chi bộ đề ra 3 nhiệm vụ trọng tâm và 2 khâu đột phá.",
        [
            E(value=3.0, base_unit="nhiệm vụ", metric="nhiệm vụ trọng tâm"),
            E(value=2.0, base_unit="khâu đột phá"),
        ],
    ),
    ("Huyện đã trồng mới 350 ha rừng tập trung.", [E(value=350.0, base_unit="ha")]),
    ("Đảng bộ xã có tổng số 286 đảng viên.", [E(value=286.0, base_unit="đảng viên")]),
    (
        "Giá bán bình quân 25.000đ/kg, cả xã có 10ha chè và 5km kênh mương.",
        [
            E(base_value=25000.0, base_unit="VND", unit="đ/kg"),
            E(base_value=10.0, base_unit="ha"),
            E(base_value=5.0, base_unit="km"),
        ],
    ),
    (
        "Mỗi hộ nghèo được hỗ trợ 5 triệu/hộ để sửa nhà.",
        [E(base_value=5_000_000.0, base_unit="VND", unit="triệu/hộ")],
    ),
    ("Toàn huyện có 25 trường Tiểu học đạt chuẩn quốc gia.", [E(value=25.0, base_unit="trường")]),
    ("Dân số toàn tỉnh là 1,3 triệu người.", [E(value=1.3, base_value=1_300_000.0, base_unit="người")]),
    ("Đàn gia súc của xã có 2.150 con.", [E(value=2150.0, base_unit="con")]),
]

# ---------------------------------------------------------------------------
# Enumerations: numbers next to counts, shared subjects

ENUMERATIONS = [
    (
        "Nhiệm kỳ qua, Thành ủy đã ban hành 4 nghị quyết chuyên đề, 9 đề án và 2 quy hoạch.",
        [
            E(value=4.0, base_unit="nghị quyết"),
            E(value=9.0, base_unit="đề án"),
            E(value=2.0, base_unit="quy hoạch"),
        ],
    ),
    (
        "Huyện xác định 5 nhiệm vụ trọng tâm và 3 khâu bứt phá trong năm 2023.",
        [E(value=5.0, base_unit="nhiệm vụ"), E(value=3.0, metric="khâu bứt phá")],
    ),
    (
        "Tổng thu ngân sách đạt 1.050 tỷ đồng, tăng 12% so với năm 2021, bằng 145,2% dự toán.",
        [
            E(base_value=1_050_000_000_000.0, role="actual", metric="tổng thu ngân sách"),
            E(base_value=12.0, role="change", compared_to=2021, metric="tổng thu ngân sách"),
            E(base_value=145.2, role="plan_attainment", metric="tổng thu ngân sách"),
        ],
    ),
    (
        "Năm 2022, giá trị sản xuất nông nghiệp ước đạt 3.150 tỷ đồng, đạt 102,5% kế hoạch, tăng 3,8% so với "
        "năm 2021; giá trị sản xuất công nghiệp đạt 5.400 tỷ đồng, tăng 11,2%.",
        [
            E(base_value=3_150_000_000_000.0, approx="ước", year=2022, metric="giá trị sản xuất nông nghiệp"),
            E(base_value=102.5, role="plan_attainment", metric="giá trị sản xuất nông nghiệp"),
            E(base_value=3.8, role="change", compared_to=2021, metric="giá trị sản xuất nông nghiệp"),
            E(base_value=5_400_000_000_000.0, metric="giá trị sản xuất công nghiệp"),
            E(base_value=11.2, role="change", metric="giá trị sản xuất công nghiệp"),
        ],
    ),
    (
        "Giá trị sản xuất nông, lâm nghiệp, thủy sản đạt 2.100 tỷ đồng.",
        [E(metric="giá trị sản xuất nông, lâm nghiệp, thủy sản")],
    ),
    (
        "Toàn huyện tổ chức 40 cuộc đối thoại (tăng 12 cuộc so với năm 2021).",
        [
            E(value=40.0, role="actual"),
            E(value=12.0, role="change", compared_to=2021, metric="cuộc đối thoại"),
        ],
    ),
    (
        "Kết quả, thu nhập bình quân đầu người đạt 62 triệu đồng, tăng 6 triệu đồng so với năm trước.",
        [
            E(base_value=62_000_000.0, metric="thu nhập bình quân đầu người", approx=None),
            E(base_value=6_000_000.0, role="change", metric="thu nhập bình quân đầu người"),
        ],
    ),
    (
        "Tỷ lệ hộ nghèo còn 3,1%, giảm 1,4% so với cùng kỳ năm 2021.",
        [
            E(base_value=3.1, role="actual", metric="tỷ lệ hộ nghèo"),
            E(base_value=1.4, role="change", compared_to=2021, metric="tỷ lệ hộ nghèo"),
        ],
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn năm 2023 đạt 820 tỷ đồng, vượt 15% dự toán.",
        [E(base_value=820_000_000_000.0, year=2023), E(base_value=15.0, role="plan_attainment")],
    ),
    # "trên 1 ha đất ..." is "per hectare of ...", part of the metric's name: no quantity of its own
    (
        "Giá trị sản phẩm thu được trên 1 ha đất trồng trọt và nuôi trồng thủy sản đạt 152 triệu đồng.",
        [E(base_value=152_000_000.0, base_unit="VND")],
    ),
    (
        "Năm 2024, giá trị thu hoạch trên 1 ha canh tác đạt 190 triệu đồng/ha.",
        [E(base_value=190_000_000.0, base_unit="VND", year=2024)],
    ),
    (
        "Toàn xã có 14 trang trại, diện tích mỗi trang trại trên 1 ha.",
        [E(value=14.0, base_unit="trang trại"), E(value=1.0, base_unit="ha", approx="trên")],
    ),
    # people counted by their position are a count; people named after the number are not
    (
        "Ban Thường vụ Huyện ủy phân công 28 đồng chí Huyện ủy viên phụ trách các xã, thị trấn.",
        [E(value=28.0, base_unit="đồng chí")],
    ),
    ("Dịp này, huyện khen thưởng 2 đồng chí Nguyễn Văn Toàn và Lò Văn Sáng.", []),
    # a year-by-year list writes the unit once; each number takes its own year, not the next item's
    (
        "Năm 2019 toàn huyện có 28 hợp tác xã, năm 2020 có 33, năm 2021 có 40 hợp tác xã.",
        [
            E(value=28.0, base_unit="hợp tác xã", year=2019),
            E(value=33.0, base_unit="hợp tác xã", year=2020, quote="33"),
            E(value=40.0, base_unit="hợp tác xã", year=2021),
        ],
    ),
    (
        "Doanh thu năm 2022 đạt 120 tỷ đồng, năm 2023 đạt 150.",
        [E(base_value=120e9, year=2022), E(base_value=150e9, base_unit="VND", year=2023)],
    ),
    ("Năm 2020 có 36.", []),  # no quantity before to take the unit of
    # document types abbreviated after a count; "danh mục" before a count is no item number
    (
        "Trong quý I, Ban Thường vụ Huyện ủy đã ban hành 3 NQ, 5 CT và 8 KH.",
        [
            E(value=3.0, unit="NQ", base_unit="nghị quyết"),
            E(value=5.0, unit="CT", base_unit="chỉ thị"),
            E(value=8.0, unit="KH", base_unit="kế hoạch"),
        ],
    ),
    ("UBND huyện phê duyệt danh mục 16 dự án trồng rừng gỗ lớn.", [E(value=16.0, base_unit="dự án")]),
    ("Theo mục 3 của Kế hoạch, các xã rà soát đất đai.", []),
    ("Tuổi trẻ huyện đã thắp sáng 46 km đường quê.", [E(value=46.0, base_unit="km")]),
    ("Đội ngũ có 7 tiến sĩ, 48 thạc sĩ.", [E(value=7.0, base_unit="tiến sĩ"), E(value=48.0, base_unit="thạc sĩ")]),
    ("Quận đã bê tông hóa 126 kiệt trong năm.", [E(value=126.0, base_unit="kiệt")]),
    # "trong số N ..." and "tổng số N ..." count; committee members and land plots are counted nouns
    ("Trong số 24 chỉ tiêu Nghị quyết đề ra, có 20 chỉ tiêu đạt.", [E(value=24.0), E(value=20.0)]),
    ("Trong số 35 ủy viên Ban Chấp hành có 7 nữ.", [E(value=35.0, base_unit="ủy viên"), E(value=7.0)]),
    ("Dự án bố trí tổng số 150 lô đất tái định cư.", [E(value=150.0, base_unit="lô đất")]),
    (
        "Huyện cải hoán 19 tàu cá và lai dắt 7 tàu bị nạn.",
        [E(value=19.0, base_unit="tàu cá"), E(value=7.0, base_unit="tàu")],
    ),
    # crop seasons name the crop; cases ("vụ án") are counted
    ("Năng suất lúa bình quân 2 vụ đạt 128,5 tạ/ha.", [E(value=128.5, unit="tạ/ha")]),
    ("Hợp tác xã quản lý 312 ha lúa hai vụ.", [E(value=312.0, base_unit="ha")]),
    ("Cơ quan điều tra khởi tố 14 vụ án.", [E(value=14.0, base_unit="vụ án")]),
    # per mille and centimetres (salinity, water levels)
    ("Độ mặn tại cống Lai Hòa lên tới 11,5‰ trong tháng 3.", [E(value=11.5, unit="‰", base_unit="‰")]),
    ("Mực nước kênh chỉ còn 35 cm.", [E(value=35.0, unit="cm", base_unit="cm")]),
    # an amount in billions with no unit is money ("tỷ" alone counts nothing else); "triệu" alone may count people
    (
        "Năm 2024, thu ngân sách trên địa bàn phường đạt 38,4 tỷ; Nhân dân đóng góp trên 6,8 tỷ.",
        [E(base_value=38.4e9, base_unit="VND", unit="tỷ"), E(base_value=6.8e9, base_unit="VND", approx="trên")],
    ),
    ("Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 khoảng 1,2 triệu tỷ đồng.", [E(base_value=1.2e15)]),
    ("Dân số của tỉnh mới khoảng 1,2 triệu.", []),
    # a bare number after a discipline verb counts the members (or organisations) disciplined, named before
    (
        "Năm 2023, toàn Đảng bộ kỷ luật 9 đảng viên, trong đó khiển trách 5, cảnh cáo 3 và khai trừ 1 đảng viên.",
        [
            E(value=9.0, base_unit="đảng viên"),
            E(value=5.0, base_unit="đảng viên", unit=None, metric="đảng viên bị khiển trách"),
            E(value=3.0, base_unit="đảng viên", unit=None),
            E(value=1.0, base_unit="đảng viên"),
        ],
    ),
    ("Ủy ban Kiểm tra đề nghị cảnh cáo 2.", []),  # nobody named as disciplined: no count
    # "một" after a discipline verb counts the one disciplined; elsewhere it is an article
    (
        "Ủy ban Kiểm tra Huyện ủy thi hành kỷ luật khiển trách một tổ chức đảng và cảnh cáo một đảng viên.",
        [E(value=1.0, unit="tổ chức đảng"), E(value=1.0, unit="đảng viên")],
    ),
    ("Huyện ủy đã khiển trách một số đảng viên chậm nộp đảng phí.", []),
    ("Một đảng viên trong chi bộ được biểu dương tại hội nghị.", []),
    # "vượt" joined to "đạt" is met or exceeded: what follows is a level, not a change
    (
        "Hết nhiệm kỳ, Đảng bộ xã lãnh đạo thực hiện đạt và vượt 16/18 chỉ tiêu Nghị quyết đề ra.",
        [E(value=16.0, total=18.0, role="actual")],
    ),
    (
        "Năm 2023, huyện hoàn thành và vượt 12 chỉ tiêu kinh tế - xã hội.",
        [E(value=12.0, role="actual", year=2023)],
    ),
    (
        "Có 9/11 chỉ tiêu đạt hoặc vượt kế hoạch; sản lượng lương thực vượt 1.200 tấn so với năm 2022.",
        [E(value=9.0, total=11.0, role="actual"), E(value=1200.0, role="change", compared_to=2022)],
    ),
]

# Context that reaches past a parenthesis, over a list of goals, or into a quoted name
CONTEXT = [
    (
        "Tốc độ tăng trưởng giá trị sản xuất (theo giá so sánh 2010) ước đạt 8,1%.",
        [E(base_value=8.1, approx="ước", metric="tốc độ tăng trưởng giá trị sản xuất")],
    ),
    (
        "Tỷ lệ hộ nghèo còn 3,2% (giảm 1,1% so với cuối năm 2021).",
        [E(base_value=3.2, role="actual"), E(base_value=1.1, role="change", compared_to=2021)],
    ),
    (
        "Năm 2024, huyện phấn đấu tăng trưởng đạt 8%; thu nhập bình quân đầu người đạt 60 triệu đồng; "
        "kết nạp 150 đảng viên mới trở lên.",
        [
            E(base_value=8.0, role="target", year=2024),
            E(base_value=60_000_000.0, role="target", metric="thu nhập bình quân đầu người"),
            E(base_value=150.0, role="target", base_unit="đảng viên mới"),
        ],
    ),
    (
        'Toàn tỉnh có 125 mô hình "Dân vận khéo" được công nhận.',
        [E(value=125.0, base_unit="mô hình", metric="dân vận khéo")],
    ),
    (
        "Xã đã nâng cấp 24,5 km đường giao thông nông thôn, 12 km kênh mương nội đồng.",
        [
            E(base_value=24.5, metric="đường giao thông nông thôn"),
            E(base_value=12.0, metric="kênh mương nội đồng"),
        ],
    ),
    (
        "Đảng bộ hoàn thành vượt mức 19/21 chỉ tiêu Nghị quyết Đại hội đề ra; dân số 12.850 người.",
        [E(value=19.0, total=21.0, base_unit="chỉ tiêu"), E(value=12850.0, base_unit="người")],
    ),
    (
        "Tổng lượt khách du lịch đến thành phố đạt 6,1 triệu lượt, tăng 95% so với cùng kỳ năm 2022.",
        [
            E(base_value=6_100_000.0, base_unit="lượt", metric="tổng lượt khách du lịch"),
            E(base_value=95.0, role="change", compared_to=2022, metric="tổng lượt khách du lịch"),
        ],
    ),
    (
        "Thành phố đã giải ngân 1.850 tỷ đồng vốn đầu tư công, đạt 41,5% kế hoạch.",
        [E(metric="vốn đầu tư công"), E(role="plan_attainment", metric="vốn đầu tư công")],
    ),
    (
        "Có 100% cơ quan, đơn vị sử dụng văn bản điện tử; thành phố có 33 phường, xã.",
        [E(base_value=100.0, metric="cơ quan, đơn vị"), E(value=33.0, base_unit="phường, xã")],
    ),
    (
        "Huyện có diện tích tự nhiên 35.610 ha.",
        [E(base_value=35610.0, base_unit="ha", metric="diện tích tự nhiên")],
    ),
]

# ---------------------------------------------------------------------------
# Hedges

HEDGES = [
    ("Toàn huyện có gần 4.500 đảng viên.", [E(value=4500.0, approx="gần")]),
    ("Tỷ lệ che phủ rừng đạt trên 65%.", [E(value=65.0, approx="trên")]),
    ("Huyện đã ban hành hơn 1.200 văn bản chỉ đạo.", [E(value=1200.0, approx="hơn", base_unit="văn bản")]),
    ("Mỗi năm có khoảng 300 lao động đi làm việc ở nước ngoài.", [E(value=300.0, approx="khoảng")]),
    (
        "Giá trị sản xuất ngành dịch vụ ước đạt 1.850 tỷ đồng.",
        [E(approx="ước", metric="giá trị sản xuất ngành dịch vụ")],
    ),
    (
        "Vốn đầu tư toàn xã hội ước thực hiện 4.200 tỷ đồng.",
        [E(approx="ước", metric="vốn đầu tư toàn xã hội")],
    ),
    ("Vốn đầu tư toàn xã hội ước thực hiện hơn 900 tỷ đồng.", [E(approx="hơn")]),
    (
        "Thu nhập bình quân đầu người đạt 48 triệu đồng.",
        [E(approx=None, metric="thu nhập bình quân đầu người")],
    ),
    ("Tốc độ tăng trưởng bình quân đạt 8,5%.", [E(approx="bình quân", base_value=8.5)]),
    (
        "Mỗi chi bộ phải kết nạp tối thiểu 2 đảng viên mỗi năm.",
        [E(value=2.0, approx="tối thiểu", role="target")],
    ),
    ("Hằng năm kết nạp ít nhất 150 đảng viên mới.", [E(value=150.0, approx="ít nhất")]),
    ("Xã có hơn 100 hộ tham gia nuôi ong.", [E(value=100.0, approx="hơn", base_unit="hộ")]),
]

# ---------------------------------------------------------------------------
# Roles, years, comparisons, ranges

ROLES = [
    (
        "Phấn đấu đến năm 2025, thu nhập bình quân đầu người đạt 75 triệu đồng.",
        [E(role="target", base_value=75_000_000.0)],
    ),
    (
        "Mục tiêu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.",
        [E(role="target", base_value=100.0, metric="xã đạt chuẩn nông thôn mới")],
    ),
    ("Có 98% đảng viên được xếp loại hoàn thành tốt nhiệm vụ.", [E(base_value=98.0, metric="đảng viên")]),
    ("Đảng viên nữ chiếm 36,4% tổng số đảng viên.", [E(base_value=36.4, metric="đảng viên nữ")]),
    (
        "Phấn đấu tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt từ 90% trở lên.",
        [E(role="target", base_value=90.0)],
    ),
    ("Hằng năm, tỷ lệ kết nạp đảng viên mới phải đạt 3% trở lên.", [E(role="target", base_value=3.0)]),
    ("Năm 2023, tổng thu ngân sách dự kiến đạt 650 tỷ đồng.", [E(role="target", year=2023)]),
    ("Thu ngân sách đạt 112,6% kế hoạch.", [E(role="plan_attainment", base_value=112.6)]),
    (
        "Các chỉ tiêu chủ yếu năm 2024: tăng trưởng kinh tế 8%; thu ngân sách 900 tỷ đồng.",
        [E(role="target", base_value=8.0, year=2024), E(role="target", base_value=900e9)],
    ),
    ("Giá trị xuất khẩu bằng 108% so với kế hoạch.", [E(role="plan_attainment", base_value=108.0)]),
    ("Thu ngân sách vượt 12% chỉ tiêu tỉnh giao.", [E(role="plan_attainment", base_value=12.0)]),
    ("Doanh thu du lịch đạt 96,4% dự toán.", [E(role="plan_attainment")]),
    ("Giá trị sản xuất tăng 5,6% so với năm 2022.", [E(role="change", compared_to=2022)]),
    ("Số hộ nghèo giảm 320 hộ so với đầu năm.", [E(role="change", base_unit="hộ")]),
    ("Thu nhập bình quân đầu người tăng lên 52 triệu đồng.", [E(role="actual", base_value=52_000_000.0)]),
    ("Tỷ lệ hộ nghèo giảm xuống còn 1,8%.", [E(role="actual", base_value=1.8)]),
    ("Tốc độ tăng trưởng kinh tế đạt 7,2%.", [E(role="actual", base_value=7.2)]),
    ("Năm 2021, toàn tỉnh thu hút 35 dự án đầu tư.", [E(year=2021, base_unit="dự án")]),
    ("Trong năm 2022 đã tổ chức 36 buổi tuyên truyền.", [E(year=2022, base_unit="buổi tuyên truyền")]),
    ("Tỉnh đã hoàn thành 12 tuyến đường năm 2020.", [E(year=2020)]),
]

# ---------------------------------------------------------------------------
# Ranges: one record per end; the lower end keeps `value_max`, both share metric, role and year

RANGES = [
    # written without blanks around the dash, as often in targets
    (
        "Phấn đấu tốc độ tăng trưởng kinh tế bình quân 7-8%/năm.",
        [
            E(value=7.0, value_max=8.0, unit="%/năm", base_unit="%", role="target", quote="7"),
            E(value=8.0, value_max=None, unit="%/năm", base_unit="%", role="target", quote="8%/năm"),
        ],
    ),
    (
        "Thu nhập bình quân đầu người đạt 50-55 triệu đồng/năm.",
        [
            E(value=50.0, value_max=55.0, base_unit="VND", base_value=50_000_000.0),
            E(value=55.0, base_unit="VND", base_value=55_000_000.0),
        ],
    ),
    (
        "Tăng trưởng kinh tế dự kiến từ 6,5 đến 7% trong năm 2024.",
        [
            E(value=6.5, value_max=7.0, base_unit="%", role="target", year=2024, quote="6,5"),
            E(value=7.0, value_max=None, base_unit="%", role="target", year=2024, quote="7%"),
        ],
    ),
    (
        "Tỷ lệ lao động qua đào tạo đạt 65 - 70%.",
        [E(value=65.0, value_max=70.0, base_unit="%"), E(value=70.0, metric="tỷ lệ lao động qua đào tạo")],
    ),
    (
        "Mức hỗ trợ từ 2 đến 3 triệu đồng mỗi hộ.",
        [
            E(value=2.0, value_max=3.0, base_unit="VND", base_value=2_000_000.0),
            E(value=3.0, base_unit="VND", base_value=3_000_000.0, metric="mức hỗ trợ"),
        ],
    ),
    (
        "Giai đoạn 2021 - 2025, tốc độ tăng trưởng kinh tế bình quân từ 9 đến 10%/năm.",
        [
            E(value=9.0, value_max=10.0, unit="%/năm", base_unit="%", metric="tốc độ tăng trưởng kinh tế"),
            E(value=10.0, unit="%/năm", base_unit="%", metric="tốc độ tăng trưởng kinh tế", quote="10%/năm"),
        ],
    ),
    # after a document's name the lower end is still an amount ("Nghị quyết 8" is no document here)
    (
        "Tăng trưởng bình quân vượt chỉ tiêu Nghị quyết 8 - 9%/năm.",
        [E(value=8.0, value_max=9.0, base_unit="%", quote="8"), E(value=9.0, base_unit="%", quote="9%/năm")],
    ),
    (
        "Phấn đấu tỷ lệ hộ nghèo giảm từ 0,5 đến 1%/năm.",
        [
            E(value=0.5, value_max=1.0, base_unit="%", role="target", metric="tỷ lệ hộ nghèo"),
            E(value=1.0, base_unit="%", role="target", metric="tỷ lệ hộ nghèo"),
        ],
    ),
    (
        "Năm 2023, thu ngân sách tăng từ 5 đến 7% so với năm 2022.",
        [
            E(value=5.0, role="change", compared_to=2022, year=2023, metric="thu ngân sách"),
            E(value=7.0, role="change", compared_to=2022, year=2023, metric="thu ngân sách"),
        ],
    ),
    (
        "Mỗi đảng viên phụ trách từ 10 đến 15 hộ gia đình.",
        [
            E(value=10.0, value_max=15.0, base_unit="hộ gia đình", quote="10"),
            E(value=15.0, base_unit="hộ gia đình", quote="15 hộ gia đình"),
        ],
    ),
    (
        "Các doanh nghiệp giảm tiền thuê phòng từ 20% đến 30% cho công nhân.",
        [E(value=20.0, value_max=30.0, quote="20%"), E(value=30.0, quote="30%")],
    ),
    (
        "Giá thu mua cà phê dao động 40 - 45 nghìn đồng/kg.",
        [E(base_value=40_000.0, base_unit="VND"), E(base_value=45_000.0, base_unit="VND", unit="nghìn đồng/kg")],
    ),
    # a dash between two amounts of one unit, with or without blanks
    (
        "Phấn đấu tốc độ tăng trưởng kinh tế đạt 7%-8%/năm.",
        [
            E(value=7.0, value_max=8.0, unit="%/năm", base_unit="%", role="target", quote="7%"),
            E(value=8.0, value_max=None, unit="%/năm", base_unit="%", role="target", quote="8%/năm"),
        ],
    ),
    (
        "Tỷ lệ trẻ em trong độ tuổi đến trường đạt 98% - 99,5%.",
        [E(value=98.0, value_max=99.5, quote="98%"), E(value=99.5, value_max=None, quote="99,5%")],
    ),
    (
        "Giá lợn hơi dao động 52 nghìn đồng - 55 nghìn đồng/kg.",
        [
            E(base_value=52_000.0, value_max=55.0, base_unit="VND", quote="52 nghìn đồng"),
            E(base_value=55_000.0, value_max=None, base_unit="VND", unit="nghìn đồng/kg"),
        ],
    ),
    # two amounts of different units, or a dash before another clause: no range
    (
        "Toàn huyện có 5 xã - 7 thôn đặc biệt khó khăn.",
        [E(value=5.0, value_max=None, base_unit="xã"), E(value=7.0, value_max=None)],
    ),
    (
        "Năm 2022 tăng 5% - năm 2023 tăng 6%.",
        [E(value=5.0, value_max=None, year=2022), E(value=6.0, value_max=None, year=2023)],
    ),
    # "từ X xuống còn Y" is two levels, not a range
    (
        "Tỷ lệ hộ nghèo giảm từ 14,6% năm 2020 xuống còn 5,2% năm 2023.",
        [
            E(value=14.6, value_max=None, role="actual", year=2020, metric="tỷ lệ hộ nghèo"),
            E(value=5.2, value_max=None, role="actual", year=2023, metric="tỷ lệ hộ nghèo"),
        ],
    ),
]

# ---------------------------------------------------------------------------
# Percentage points are a difference of two shares: their unit as written, base "%", and a change

POINTS = [
    (
        "Tỷ lệ lao động có việc làm tăng 1,5 điểm phần trăm.",
        [E(base_value=1.5, unit="điểm phần trăm", base_unit="%", role="change")],
    ),
    (
        "Tỷ lệ đô thị hóa đạt 42%, tăng 12 điểm phần trăm so với năm 2015.",
        [
            E(base_value=42.0, base_unit="%", role="actual", metric="tỷ lệ đô thị hóa"),
            E(base_value=12.0, unit="điểm phần trăm", base_unit="%", role="change", compared_to=2015,
              metric="tỷ lệ đô thị hóa"),
        ],
    ),
    (
        "Tỷ trọng công nghiệp trong cơ cấu kinh tế tăng 3,4 điểm % sau 5 năm.",
        [E(value=3.4, unit="điểm %", base_unit="%", role="change", metric="tỷ trọng công nghiệp")],
    ),
    (
        "Tỷ lệ hộ nghèo giảm 0,8 điểm phần trăm, còn 2,1%.",
        [E(base_value=0.8, unit="điểm phần trăm", base_unit="%", role="change"),
         E(base_value=2.1, unit="%", base_unit="%", role="actual")],
    ),
]

# ---------------------------------------------------------------------------
# Scale word before a counted noun: the base value is scaled, the base unit is the noun

SCALED_COUNTS = [
    (
        "Năm 2023, sản lượng thanh long đạt 98 triệu trái, tăng 5%.",
        [
            E(value=98.0, unit="triệu trái", base_value=98e6, base_unit="trái", year=2023),
            E(value=5.0, base_unit="%", role="change"),
        ],
    ),
    ("Thành phố có 2,6 triệu người sinh sống.", [E(value=2.6, base_value=2.6e6, base_unit="người")]),
    ("Khu di tích đón 1,2 nghìn lượt khách.", [E(value=1.2, base_value=1200.0, base_unit="lượt khách")]),
    ("Tỉnh có dân số hơn 2,6 triệu người.", [E(base_value=2.6e6, base_unit="người", approx="hơn", metric="dân số")]),
]

# ---------------------------------------------------------------------------
# Nouns outside the table, counted because a counting verb (or có/với/gồm/còn) governs the number

GENERIC_COUNTS = [
    (
        "Qua kiểm điểm, các tập thể đã chỉ ra 1.135 hạn chế, khuyết điểm và đề ra giải pháp khắc phục.",
        [E(value=1135.0, base_unit="hạn chế, khuyết điểm", quote="1.135 hạn chế, khuyết điểm")],
    ),
    (
        "Tổ công tác đã tiếp nhận 2.150 phản ánh của người dân.",
        [E(value=2150.0, base_unit="phản ánh", metric="phản ánh tiếp nhận")],
    ),
    (
        "Các chi bộ nhận diện 27 biểu hiện suy thoái.",
        [E(value=27.0, base_unit="biểu hiện", metric="biểu hiện suy thoái")],
    ),
    ("Phường có hơn 240.000 dân.", [E(value=240000.0, base_unit="dân", approx="hơn")]),
    (
        "Trong nhiệm kỳ, huyện bổ nhiệm mới 41 trưởng, phó phòng.",
        [E(value=41.0, base_unit="trưởng, phó phòng", metric="bổ nhiệm")],
    ),
    ("Công an huyện đã xử lý 2.098 trường hợp vi phạm.", [E(value=2098.0, base_unit="trường hợp", metric="xử lý")]),
    ("Hội Chữ thập đỏ tặng 120 suất quà cho hộ nghèo.", [E(value=120.0, base_unit="suất quà")]),
    ("Đoàn viên thanh niên trồng 3.500 cây xanh.", [E(value=3500.0, metric="cây xanh")]),
    (
        "Sau sắp xếp, khối chính quyền giảm 4 phòng chuyên môn, còn 11 phòng.",
        [E(value=4.0, base_unit="phòng chuyên môn", role="change"), E(value=11.0, base_unit="phòng", role="actual")],
    ),
    ("Mặt trận vận động 86 hộ hiến đất làm đường.", [E(value=86.0, base_unit="hộ", metric="hộ hiến đất")]),
    ("Năm 2024, huyện sửa chữa 35 nhà văn hóa thôn.", [E(value=35.0, base_unit="nhà văn hóa", year=2024)]),
]

# Near misses: a number after a verb that is not a count of anything
NOT_GENERIC_COUNTS = [
    "Các chi bộ thực hiện 3 rõ trong điều hành.",
    "Chi bộ tổ chức 2 lần mỗi tháng.",
    "Hội nghị diễn ra trong 2 ngày.",
    "Đồng chí có 35 tuổi đảng.",
    "Xã có 5 năm liền đạt danh hiệu.",
    "Đơn vị xếp hạng 3 toàn quốc.",
    "Trường đạt 4 sao.",
    "Xã vận động thực hiện phong trào 4 tốt.",
    "Chi bộ đạt 3 năm liên tục hoàn thành tốt nhiệm vụ.",
    "Đoàn kiểm tra 2 lượt xem.",
    "Huyện tập trung phát triển 5 cây, 3 con chủ lực.",
    "Cán bộ thực hiện phương châm 3 rõ, 4 tốt khi tiếp dân.",
    "Liên hệ đường dây nóng 0912 345 678 để phản ánh.",
    "Ban hành Quyết định 1234 về thành lập tổ công tác.",
]

# ---------------------------------------------------------------------------
# Metric quality: the noun phrase naming what is measured

METRICS = [
    # near miss of "giữa hai tỉnh": a count of units before which no "giữa"/"của" stands
    ("Năm nay huyện có thêm hai xã về đích nông thôn mới.", [E(base_value=2.0, base_unit="xã")]),
    ("Thương mại giữa hai tỉnh năm 2022 đạt 21,3 triệu USD.", [E(base_value=21.3e6, base_unit="USD", year=2022)]),
    # a population named right before its count, no verb between: it names what "người" counts
    ("Huyện miền núi này có dân số 48.600 người, phần lớn là đồng bào Thái.",
     [E(base_value=48600.0, base_unit="người", metric="dân số")]),
    ("Sau sáp nhập, phường có số dân 31.250 người.", [E(base_value=31250.0, metric="số dân")]),
    # near misses: another noun before the count, or the counted noun itself says what is counted
    ("Huyện có tổng số 245 đảng viên tham gia học tập.", [E(base_value=245.0, metric="đảng viên tham gia học tập")]),
    ("Xã có 1.240 người dân tham gia hiến đất làm đường.",
     [E(base_value=1240.0, metric="người dân tham gia hiến đất làm đường")]),
    # a share written before what it is a share of
    (
        "Năm 2023, có 100% chi bộ có mô hình Dân vận khéo.",
        [E(base_value=100.0, metric="chi bộ có mô hình Dân vận khéo", year=2023)],
    ),
    (
        "Kết quả đánh giá, 86,8% tổ chức cơ sở đảng đạt trong sạch, vững mạnh.",
        [E(base_value=86.8, metric="tổ chức cơ sở đảng đạt trong sạch")],
    ),
    (
        "Việc số hóa hồ sơ giúp giảm khoảng 30% chi phí giấy tờ.",
        [E(base_value=30.0, approx="khoảng", metric="chi phí giấy tờ")],
    ),
    (
        "Phấn đấu 100% cấp ủy cơ sở hoàn thành chương trình kiểm tra.",
        [E(base_value=100.0, role="target", metric="cấp ủy cơ sở hoàn thành chương trình kiểm tra")],
    ),
    (
        "Đảng ủy đã phân công 100% đảng viên theo dõi các khu nhà trọ.",
        [E(base_value=100.0, metric="đảng viên được phân công theo dõi các khu nhà trọ")],
    ),
    # counts governed by a verb
    ("Ủy ban Kiểm tra đã thi hành kỷ luật 41 đảng viên.", [E(value=41.0, metric="đảng viên bị thi hành kỷ luật")]),
    ("Các cấp ủy đã khiển trách 61 trường hợp.", [E(value=61.0, metric="trường hợp bị khiển trách")]),
    (
        "Ủy ban kiểm tra các cấp kiểm tra 57 tổ chức đảng khi có dấu hiệu vi phạm.",
        [E(value=57.0, metric="tổ chức đảng được kiểm tra khi có dấu hiệu vi phạm")],
    ),
    ("Năm 2022, Đảng bộ kết nạp 152 đảng viên mới.", [E(value=152.0, metric="đảng viên mới kết nạp")]),
    (
        "Huyện giải quyết việc làm cho hơn 3.000 lao động.",
        [E(value=3000.0, approx="hơn", metric="lao động được giải quyết việc làm")],
    ),
    (
        "Trong đó có 57 đảng viên là người đồng bào dân tộc thiểu số.",
        [E(value=57.0, metric="đảng viên là người đồng bào dân tộc thiểu số")],
    ),
    (
        "Toàn huyện có 9.700 cán bộ, đảng viên tham gia học tập.",
        [E(value=9700.0, metric="cán bộ, đảng viên tham gia học tập")],
    ),
    # subjects read past verbs, parentheses and places
    (
        "Tỷ lệ hộ nghèo giảm từ 3,5% năm 2021 xuống còn 1,9%.",
        [E(base_value=3.5, metric="tỷ lệ hộ nghèo", year=2021), E(base_value=1.9, metric="tỷ lệ hộ nghèo")],
    ),
    (
        "Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 5,12%.",
        [E(base_value=5.12, approx="ước", metric="tốc độ tăng trưởng kinh tế")],
    ),
    ("Diện tích đất rừng bị lấn chiếm 12,7 ha.", [E(base_value=12.7, metric="diện tích đất rừng bị lấn chiếm")]),
    (
        "Tuyến đường ven biển dài 38 km nối phường Hải An với xã Tân Thành.",
        [E(base_value=38.0, base_unit="km", metric="tuyến đường ven biển")],
    ),
    (
        "Riêng xã Bản Phố, thu nhập bình quân đã đạt 25 triệu đồng/người/năm.",
        [E(base_value=25e6, metric="thu nhập")],
    ),
    ("Sau 5 năm, tổng vốn huy động đạt 120 tỷ đồng.", [E(base_value=120e9, metric="tổng vốn huy động")]),
    (
        "Ban Thường vụ ban hành 2 nghị quyết chuyên đề về phát triển nông nghiệp.",
        [E(value=2.0, metric="nghị quyết chuyên đề")],
    ),
]


def test_metric_is_never_a_bare_verb_or_time() -> None:
    for sentence in (
        "Tỷ lệ hộ nghèo năm 2019 giảm xuống còn 4,5%.",
        "Lượng khách 4 tháng đầu năm chỉ đạt khoảng 95.000 lượt.",
        "Sau 5 năm, đạt 120 tỷ đồng.",
    ):
        for g in run(sentence):
            m = (g["metric"] or "").casefold().split()
            assert m not in (["chỉ"], ["xuống"], ["đạt"], ["5", "năm"]), (sentence, g["metric"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Sản lượng lương thực năm 2023 đạt 45.000 tấn.",
        "Sản lượng lương thực Năm 2023 đạt 45.000 tấn.",
        "Sản lượng lương thực trong Năm 2023 đạt 45.000 tấn.",
    ],
)
def test_metric_drops_its_year_in_any_case(sentence: str) -> None:
    assert [(g["metric"], g["year"]) for g in run(sentence)] == [("Sản lượng lương thực", 2023)]


@pytest.mark.parametrize("blank", [" ", "  ", "\u00a0", " \u00a0 "])
def test_average_is_read_whatever_blanks_part_its_words(blank: str) -> None:
    """"bình quân" with any blanks between its words marks an average (the view turns odd spaces into ' ')."""
    for words in (f"bình{blank}quân", f"trung{blank}bình"):
        sentence = f"Năng suất lúa {words} đạt 6,2 tấn/ha."
        assert [g["approx"] for g in run(sentence)] == ["bình quân"], sentence


_BLANKS_AFTER_NUMBER = [
    ("Thu nhập bình quân đầu người đạt 55,61{b}triệu đồng/người/năm.", 55.61, "triệu đồng/người/năm"),
    ("Tổng vốn đầu tư toàn xã hội đạt 1.250{b}tỷ đồng.", 1250.0, "tỷ đồng"),
    ("Tỷ lệ hộ nghèo giảm còn 2,35{b}%.", 2.35, "%"),
    ("Năm nay chi bộ kết nạp 17{b}đảng viên mới.", 17.0, "đảng viên mới"),
    ("Huyện đã hoàn thành 14/17{b}chỉ tiêu chủ yếu.", 14.0, "chỉ tiêu"),
]


@pytest.mark.parametrize("blank", [" ", "  ", "\u00a0 ", " \u00a0", "   "])
@pytest.mark.parametrize(("sentence", "value", "unit"), _BLANKS_AFTER_NUMBER)
def test_unit_is_read_whatever_blanks_follow_the_number(sentence: str, value: float, unit: str, blank: str) -> None:
    """Scraped pages double blanks (an NBSP beside a space): the unit and scale word after them still count."""
    got = run(sentence.format(b=blank))
    assert [(g["value"], g["unit"]) for g in got] == [(value, unit)], sentence.format(b=blank)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Thu nhập bình quân đầu người đạt 62,5 tr.đồng/người/năm.", 62_500_000.0, "tr.đồng/người/năm"),
        ("Doanh thu của hợp tác xã đạt 850 trđ, tăng so với năm trước.", 850_000_000.0, "trđ"),
        ("Mỗi hộ được hỗ trợ 3 tr.đ để làm nhà.", 3_000_000.0, "tr.đ"),
        ("Tổng vốn lồng ghép đạt 120 tr. đồng.", 120_000_000.0, "tr. đồng"),
    ],
)
def test_abbreviated_million_before_a_currency(sentence: str, value: float, unit: str) -> None:
    """Provincial papers abbreviate "triệu đồng" ("tr.đồng", "trđ", "tr.đ"): money, the unit as written."""
    got = run(sentence)
    assert [(g["base_value"], g["unit"], g["base_unit"]) for g in got] == [(value, unit, "VND")], sentence


@pytest.mark.parametrize("slash", ["/", " / ", " /", "/ ", "  /  "])
def test_a_ratio_is_one_record_whatever_blanks_part_it(slash: str) -> None:
    """"14 / 17 chỉ tiêu" is one ratio: its denominator is no quantity of its own."""
    got = run(f"Đến hết năm 2023, huyện đạt 14{slash}17 chỉ tiêu chủ yếu.")
    assert [(g["value"], g["total"], g["unit"]) for g in got] == [(14.0, 17.0, "chỉ tiêu")]


# ---------------------------------------------------------------------------
# Number words

WORDS = [
    ("Ban Thường vụ ban hành hai nghị quyết chuyên đề.", [E(value=2.0, base_unit="nghị quyết")]),
    ("Huyện đã tổ chức mười lăm lớp tập huấn cho cán bộ cơ sở.", [E(value=15.0, base_unit="lớp tập huấn")]),
    ("Đoàn kiểm tra làm việc với ba đảng ủy cơ sở.", [E(value=3.0, base_unit="đảng ủy")]),
    ("Xã có một trăm hộ tham gia mô hình.", [E(value=100.0, base_unit="hộ")]),
    ("Chương trình đã hỗ trợ hai mươi mốt hộ làm nhà mới.", [E(value=21.0, base_unit="hộ")]),
    ("Dự án có tổng vốn một nghìn tỷ đồng.", [E(value=1.0, base_value=1e12, base_unit="VND")]),
]

# ---------------------------------------------------------------------------
# Not indicators: dates, years, durations, times, identifiers, ordinals, names and slogans

NOT_INDICATORS = [
    "Ngày 12/5/2021, Huyện ủy tổ chức hội nghị.",
    "Hội nghị diễn ra vào lúc 14:30 ngày 5 tháng 6 năm 2022.",
    "Năm 2021 là năm đầu thực hiện Nghị quyết.",
    "Sau 5 năm thực hiện, phong trào đã đi vào cuộc sống.",
    "Huyện về đích nông thôn mới sớm hơn 1 năm so với kế hoạch.",
    "Đại hội đại biểu Đảng bộ tỉnh lần thứ 17 thành công tốt đẹp.",
    "Đây là lần thứ 3 huyện được nhận cờ thi đua.",
    "Hai lần liên tiếp xã được tặng Bằng khen.",
    "Huyện phấn đấu trở thành đô thị loại II vào năm 2025.",
    "Đại biểu Quốc hội khóa XV tiếp xúc cử tri.",
    "Chính quyền thực hiện theo phương châm “3 rõ” trong điều hành.",
    "Huyện tập trung phát triển “5 cây, 3 con” chủ lực.",
    "Chương trình 135 đã hỗ trợ nhiều thôn đặc biệt khó khăn.",
    "Dịch Covid-19 diễn biến phức tạp.",
    "Thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy.",
    "Theo Quyết định số 1600/QĐ-TTg của Thủ tướng Chính phủ.",
    "Mọi chi tiết xin liên hệ số điện thoại 02333852123.",
    "Đường dây nóng: 0912345678.",
    "Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng.",
    "Quốc lộ 1A chạy qua trung tâm huyện.",
    "Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVI.",
    "Huyện có nhiều mô hình hay, cách làm sáng tạo.",
    "Một số chi bộ chưa thực hiện nghiêm chế độ sinh hoạt.",
    "Đi trước một bước trong công tác phòng chống dịch.",
    "Thường trực Huyện ủy họp 2 tuần một lần.",
    "Buổi sinh hoạt diễn ra vào thứ hai tuần đầu tiên hằng tháng.",
    "Kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam.",
    "Xã được thành lập trên cơ sở sáp nhập 2 xã Hải Vĩnh và Hải Xuân.",
    # "both" units named before: a reference, no count
    "Biên bản ghi nhớ hợp tác giữa hai tỉnh được ký kết.",
    "Tỉnh đặt mục tiêu tăng trưởng hai con số trong nhiệm kỳ tới.",  # double digits, a figure of speech
    "Thủ Dầu Một là một đô thị công nghiệp năng động.",  # a town, not one dollar
    "Xã có hàng trăm hộ tham gia nuôi ong, thu hút hàng nghìn lượt khách.",  # orders of magnitude, no figures
    "Nội dung chi tiết xem tại trang 12 của tài liệu hướng dẫn.",  # a page
    "Hồ sơ làm theo mẫu 3 ban hành kèm theo hướng dẫn.",  # a form's number
    "Phòng họp ở tầng 3 của trụ sở.",
    "Chi bộ khu dân cư của hai phường có công trình thi đua.",
    "Nhân dân hai xã phấn khởi đón nhận danh hiệu.",
    "Đại diện hai huyện phát biểu tham luận tại hội nghị.",
    "Ba năm qua, kinh tế của ba tỉnh cũ phát triển khá toàn diện.",
    "Lúc đầu bà con hai thôn cũng băn khoăn về tên gọi mới.",
    "Hình thành trên cơ sở bốn xã cũ, xã Đồng Lộc đã sớm kiện toàn bộ máy.",  # the merged units
    "Khu di tích lịch sử Ngã Ba Đồng Lộc được tu bổ.",  # a name: no three đồng
    "Trong đó 6 xã biên giới là Thanh Thủy, Thanh Đức và Xín Chải.",  # the units named after "là"
    "Đồng chí sinh năm 1975, quê ở xã Cam Thành.",
    "Nhiệm kỳ 2020 - 2025 có nhiều khó khăn.",
    "Bài viết có 1520 lượt xem.",
    "Dự án giai đoạn 2 đang được triển khai.",
    "Thực hiện Chỉ thị 05 các chi bộ đã đăng ký làm theo.",
    "Cuộc diễn tập do Quân khu 3 tổ chức.",
    "Trao Huy hiệu 30 năm tuổi Đảng cho đồng chí Nguyễn Văn Ba.",
    "Thành phố xếp thứ 12/63 tỉnh, thành phố về chỉ số PCI.",
    "Kỳ họp thứ 7 Hội đồng nhân dân tỉnh khóa XVI.",
    "Hải Lăng: 12 xã đạt chuẩn nông thôn mới (5/8/2020)",
    "Ngày 15/3 xã tổ chức lễ ra quân.",
    "Chiều 12/4 các đồng chí lãnh đạo đã đến thăm.",
]

# One sentence may contain a quantity next to an exclusion: only the quantity counts.
MIXED = [
    ("Đồng chí được bầu với 98,5% số phiếu tán thành.", [E(base_value=98.5, metric="số phiếu")]),
    ("Trao Huy hiệu 40 năm tuổi Đảng cho 25 đảng viên.", [E(value=25.0, base_unit="đảng viên")]),
    ("Ủy ban Kiểm tra kết luận 5 đảng viên có vi phạm.", [E(value=5.0, base_unit="đảng viên")]),
    ("Sau 3 năm triển khai, xã có 12 mô hình kinh tế hiệu quả.", [E(value=12.0, base_unit="mô hình")]),
    ("Ngày 5/5/2022, huyện khởi công 3 công trình.", [E(value=3.0, base_unit="công trình")]),
    ("Nghị quyết số 05-NQ/HU đề ra 9 chỉ tiêu chủ yếu.", [E(value=9.0, base_unit="chỉ tiêu")]),
    (
        "Tại Đại hội lần thứ XX, 350 đại biểu đã bầu 45 đồng chí vào Ban Chấp hành.",
        [E(value=350.0, base_unit="đại biểu"), E(value=45.0, base_unit="đồng chí")],
    ),
]

ALL = [
    *[pytest.param(s, w, id=f"unit-{i}") for i, (s, w) in enumerate(UNITS)],
    *[pytest.param(s, w, id=f"count-{i}") for i, (s, w) in enumerate(COUNTS)],
    *[pytest.param(s, w, id=f"enum-{i}") for i, (s, w) in enumerate(ENUMERATIONS)],
    *[pytest.param(s, w, id=f"hedge-{i}") for i, (s, w) in enumerate(HEDGES)],
    *[pytest.param(s, w, id=f"context-{i}") for i, (s, w) in enumerate(CONTEXT)],
    *[pytest.param(s, w, id=f"role-{i}") for i, (s, w) in enumerate(ROLES)],
    *[pytest.param(s, w, id=f"range-{i}") for i, (s, w) in enumerate(RANGES)],
    *[pytest.param(s, w, id=f"points-{i}") for i, (s, w) in enumerate(POINTS)],
    *[pytest.param(s, w, id=f"scaled-{i}") for i, (s, w) in enumerate(SCALED_COUNTS)],
    *[pytest.param(s, w, id=f"generic-{i}") for i, (s, w) in enumerate(GENERIC_COUNTS)],
    *[pytest.param(s, w, id=f"metric-{i}") for i, (s, w) in enumerate(METRICS)],
    *[pytest.param(s, w, id=f"words-{i}") for i, (s, w) in enumerate(WORDS)],
    *[pytest.param(s, w, id=f"mixed-{i}") for i, (s, w) in enumerate(MIXED)],
]


@pytest.mark.parametrize(("sentence", "want"), ALL)
def test_quantities(sentence: str, want: list[dict[str, Any]]) -> None:
    got = run(sentence)
    assert len(got) == len(want), [(g["quote"], g["base_unit"]) for g in got]
    for g, w in zip(got, want, strict=True):
        check(g, w)


@pytest.mark.parametrize(
    "sentence",
    [
        *[pytest.param(s, id=f"not-{i}") for i, s in enumerate(NOT_INDICATORS)],
        *[pytest.param(s, id=f"not-generic-{i}") for i, s in enumerate(NOT_GENERIC_COUNTS)],
    ],
)
def test_not_indicators(sentence: str) -> None:
    assert [g["quote"] for g in run(sentence)] == []


def test_bulleted_list_under_a_heading() -> None:
    text = (
        "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2022:\n"
        "- Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,52%.\n"
        "- Số giường bệnh/vạn dân đạt 32 giường.\n"
        "- Nâng tổng số xã đạt chuẩn nông thôn mới lên 98 xã.\n"
    )
    got = run(text)
    assert [(g["value"], g["base_unit"], g["year"]) for g in got] == [
        (7.52, "%", 2022),
        (32.0, "giường", 2022),
        (98.0, "xã", 2022),
    ]
    assert "tốc độ tăng trưởng kinh tế" in got[0]["metric"].casefold()
    assert "giường bệnh" in got[1]["metric"].casefold()
    assert "số xã đạt chuẩn" in got[2]["metric"].casefold()


# ---------------------------------------------------------------------------
# Flattened tables: one record per numeric cell; the row label names it, the column gives its role

TABLE_PIPES = (
    "Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2023:\n"
    "Chỉ tiêu | Kế hoạch | Thực hiện | So KH (%)\n"
    "Giá trị sản xuất (tỷ đồng) | 21.500 | 22.146 | 103,0\n"
    "Tỷ lệ hộ nghèo (%) | 2,3 | 2,05 |\n"
    "Kết nạp đảng viên mới (người) | 150 | 162 | 108\n"
)
TABLE_TABS = (
    "Bảng: Một số chỉ tiêu kinh tế - xã hội\n"
    "Chỉ tiêu\tNăm 2022\tNăm 2023\tSo cùng kỳ (%)\n"
    "Thu ngân sách trên địa bàn (tỷ đồng)\t820\t905\t10,4\n"
    "Sản lượng lương thực (nghìn tấn)\t58\t61,5\t6,0\n"
)
TABLE_SPACES = (
    "Chỉ tiêu          TH 2023     KH 2024\n"
    "Thu nhập bình quân đầu người (triệu đồng)     62,5     68\n"
    "Tỷ lệ che phủ rừng     45,2     46\n"
)

# rows with no unit that name what they count, under a heading of years
TABLE_COUNTS = (
    "Công tác xây dựng Đảng\n"
    "Nội dung\tNăm 2023\tNăm 2024\n"
    "Tổ chức cơ sở đảng\t41\t39\n"
    "Kết nạp đảng viên mới\t96\t104\n"
    "Thu ngân sách\t1.020\t1.110\n"
)

TABLE_PLAIN_HEADING = (
    "Kết quả học tập, quán triệt nghị quyết năm 2024 được tổng hợp như sau:\n"
    "| Đối tượng | Tổng số | Tham gia học tập | Tỷ lệ (%) |\n"
    "| Cán bộ chủ chốt cấp huyện | 145 | 143 | 98,6 |\n"
    "| Hội viên các đoàn thể | 12.450 | 10.893 | 87,5 |\n"
)

TABLE_UNIT_COLUMN_BRACKETS = (
    "Kết quả 9 tháng năm 2024\n"
    "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tThực hiện 9 tháng\n"
    "Giá trị sản xuất công nghiệp (giá so sánh 2010)\tnghìn tỷ đồng\t980\t721,4\n"
)

TABLE_UNIT_COLUMN = (
    "Kết quả năm 2024\n"
    "| TT | Chỉ tiêu | ĐVT | Kế hoạch | Ước thực hiện | % KH |\n"
    "| 1 | Tổng thu ngân sách | tỷ đồng | 1.200 | 1.356,8 | 113,1 |\n"
    "| 2 | Tỷ lệ hộ nghèo | % | 1,5 | 1,2 | |\n"
    "| 3 | Đảng viên mới kết nạp | đảng viên | 300 | 318 | 106 |\n"
)

# rows are places or projects, columns say what they measure (units in brackets, or a counted noun)
TABLE_BY_COLUMN = (
    "Kết quả xây dựng nông thôn mới năm 2023\n"
    "Xã | Số hộ nghèo (hộ) | Tiêu chí đạt | Thu nhập bình quân (triệu đồng/người/năm)\n"
    "Mỹ Lộc | 42 | 19/19 | 61,5\n"
    "Tân Hưng | 57 | 17/19 | -\n"
)

TABLES = [
    (
        TABLE_BY_COLUMN,
        [
            E(value=42.0, base_unit="hộ", year=2023, metric="số hộ nghèo (mỹ lộc)"),
            E(value=19.0, total=19.0, base_unit="tiêu chí", year=2023),
            E(value=61.5, base_value=61.5e6, base_unit="VND", year=2023, metric="thu nhập bình quân (mỹ lộc)"),
            E(value=57.0, base_unit="hộ", metric="số hộ nghèo (tân hưng)"),
            E(value=17.0, total=19.0, base_unit="tiêu chí"),
        ],  # ("-": no figure)
    ),
    (
        TABLE_PIPES,
        [
            E(value=21500.0, base_value=21_500e9, base_unit="VND", role="target", year=2023, metric="giá trị sản xuất"),
            E(value=22146.0, base_value=22_146e9, base_unit="VND", role="actual", year=2023, quote="22.146"),
            E(value=103.0, unit="%", base_unit="%", role="plan_attainment", metric="giá trị sản xuất"),
            E(value=2.3, base_unit="%", role="target", metric="tỷ lệ hộ nghèo"),
            E(value=2.05, base_unit="%", role="actual", metric="tỷ lệ hộ nghèo"),
            E(value=150.0, unit="người", base_unit="người", role="target", metric="kết nạp đảng viên mới"),
            E(value=162.0, base_unit="người", role="actual"),
            E(value=108.0, base_unit="%", role="plan_attainment"),
        ],
    ),
    (
        TABLE_TABS,
        [
            E(
                value=820.0,
                base_value=820e9,
                base_unit="VND",
                year=2022,
                role="actual",
                metric="thu ngân sách trên địa bàn",
            ),
            E(value=905.0, base_value=905e9, base_unit="VND", year=2023, role="actual"),
            E(value=10.4, base_unit="%", role="change"),
            E(value=58.0, base_value=58000.0, base_unit="tấn", year=2022, metric="sản lượng lương thực"),
            E(value=61.5, base_value=61500.0, base_unit="tấn", year=2023),
            E(value=6.0, base_unit="%", role="change"),
        ],
    ),
    (
        TABLE_UNIT_COLUMN,
        [
            E(value=1200.0, base_value=1200e9, base_unit="VND", role="target", year=2024, metric="tổng thu ngân sách"),
            E(value=1356.8, base_value=1356.8e9, base_unit="VND", role="actual", year=2024),
            E(value=113.1, base_unit="%", role="plan_attainment"),
            E(value=1.5, base_unit="%", role="target", metric="tỷ lệ hộ nghèo"),
            E(value=1.2, base_unit="%", role="actual"),
            E(value=300.0, base_unit="đảng viên", role="target"),
            E(value=318.0, base_unit="đảng viên", role="actual"),
            E(value=106.0, base_unit="%", role="plan_attainment"),
        ],
    ),
    (
        TABLE_SPACES,
        [
            E(value=62.5, base_value=62.5e6, base_unit="VND", role="actual", year=2023),
            E(value=68.0, base_value=68e6, base_unit="VND", role="target", year=2024),
            E(value=45.2, base_unit="%", role="actual", metric="tỷ lệ che phủ rừng"),
            E(value=46.0, base_unit="%", role="target", year=2024),
        ],
    ),
    (
        TABLE_COUNTS,
        [
            E(value=41.0, base_unit="tổ chức cơ sở đảng", year=2023, metric="tổ chức cơ sở đảng"),
            E(value=39.0, base_unit="tổ chức cơ sở đảng", year=2024),
            E(value=96.0, base_unit="đảng viên mới", year=2023, metric="kết nạp đảng viên mới"),
            E(value=104.0, base_unit="đảng viên mới", year=2024),
        ],  # "Thu ngân sách" names no unit and counts nothing: its cells give no record
    ),
    (
        TABLE_UNIT_COLUMN_BRACKETS,  # a unit column beside a label whose brackets hold no unit
        [E(value=980.0, base_value=980e12, base_unit="VND", role="target"), E(value=721.4, base_value=721.4e12)],
    ),
    (
        TABLE_PLAIN_HEADING,  # a pipe table's heading with no role nor unit but the "%" column's
        [
            E(value=145.0, base_unit="cán bộ", metric="Cán bộ chủ chốt cấp huyện"),
            E(value=143.0, base_unit="cán bộ"),
            E(value=98.6, base_unit="%"),
            E(value=12450.0, base_unit="hội viên"),
            E(value=10893.0, base_unit="hội viên"),
            E(value=87.5, base_unit="%"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(s, w, id=f"table-{i}") for i, (s, w) in enumerate(TABLES)])
def test_tables(text: str, want: list[dict[str, Any]]) -> None:
    got = run(text)
    assert len(got) == len(want), [(g["quote"], g["base_unit"], g["role"]) for g in got]
    for g, w in zip(got, want, strict=True):
        check(g, w)


NOT_TABLES = [
    # prose with stray double spaces, a menu line, a row without unit under no heading
    "Huyện có  nhiều mô hình hay  trong năm.\n",
    "Trang chủ | Tin tức | Chính trị | Kinh tế\n",
    "Thôn Đông  12  Thôn Tây  15\n",
    "Danh sách\nĐảng viên\t12\t15\n",  # a count's noun in a row with no heading of columns above it
    # a heading with one unit column only, and prose after a heading of units
    "Xã | Ghi chú (hộ) | Tên thôn\nMỹ Lộc | 42 | Thôn 3\n",
    "Sản phẩm (sản phẩm) | Doanh thu (triệu đồng)\n\nHuyện có nhiều sản phẩm tiêu biểu.\n",
]


@pytest.mark.parametrize("text", [pytest.param(s, id=f"not-table-{i}") for i, s in enumerate(NOT_TABLES)])
def test_not_tables(text: str) -> None:
    assert [g["quote"] for g in run(text)] == []


def test_records_equal_validated_ones() -> None:
    """Records are built without validation: they must equal what validation would build."""
    from partyextract.models import Indicator

    recs = indicators.extract(Text(normalize(TABLE_PIPES + "Thu nhập đạt 55,61 triệu đồng, tăng 5% so với năm 2020.")))
    assert recs
    for r in recs:
        again = Indicator.model_validate(r.model_dump())
        assert again == r and again.model_dump_json() == r.model_dump_json()
        assert r.model_fields_set == again.model_fields_set | set(Indicator.model_fields)


def test_blocked_spans_are_respected() -> None:
    s = "Kế hoạch 5 năm giao 12 chỉ tiêu."
    t = Text(normalize(s))
    assert [r.value for r in indicators.extract(t)] == [12.0]
    a = s.index("12")
    assert indicators.extract(t, [(a, a + 2)]) == []


def test_no_record_from_chrome() -> None:
    text = (
        "Huyện có 2.400 đảng viên.\n"
        "Bình luận bạn đọc (0)\n"
        "CÁC TIN KHÁC\n"
        "Xã A có 12 mô hình kinh tế mới (8/8/2020)\n"
        "Trực tuyến\n"
        "93401966\n"
    )
    got = run(text)
    assert [g["value"] for g in got] == [2400.0]


def test_mentions_cover_number_and_unit() -> None:
    got = run("Thu nhập đạt 55,61 triệu đồng, 14/17 chỉ tiêu và 12,06%/năm.")
    assert [g["quote"] for g in got] == ["55,61 triệu đồng", "14/17 chỉ tiêu", "12,06%/năm"]


def test_cost_is_linear() -> None:
    """Four times the text costs about four times the time (best of three CPU timings each)."""
    import time

    para = "Năm 2021, thu nhập bình quân đầu người ước đạt 55,61 triệu đồng, tăng 5,09% so với năm 2020. "
    small, big = Text(para * 200), Text(para * 800)

    def cost(t: Text) -> tuple[float, int]:
        best, n = float("inf"), 0
        for _ in range(3):
            t0 = time.process_time()
            n = len(indicators.extract(t))
            best = min(best, time.process_time() - t0)
        return best, n

    t_small, n_small = cost(small)
    t_big, n_big = cost(big)
    assert n_small == 400 and n_big == 1600
    assert t_big < 9 * t_small + 0.2  # linear is about 4x; quadratic would be 16x


SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.mark.seeds
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_spans_and_exclusions() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        t = Text(normalize(path.read_text(encoding="utf-8")))
        for rec in indicators.extract(t):
            for s in rec.mentions:
                assert t.text[s.start : s.end] == s.text
                assert not t.in_chrome(s.start, s.end)
            assert rec.base_unit
            assert rec.value > 0


@pytest.mark.parametrize(
    ("sentence", "role", "year"),
    [
        ("Đến năm 2030, tỷ lệ che phủ rừng của huyện đạt 62%.", "target", 2030),
        ("Tới năm 2028, toàn huyện có 12 xã đạt chuẩn nông thôn mới nâng cao.", "target", 2028),
        ("Tỷ lệ che phủ rừng đến Năm 2030 đạt 62%.", "target", 2030),
        ("Đến năm 2023, tỷ lệ che phủ rừng của huyện đạt 58%.", "actual", 2023),  # already past
    ],
)
def test_deadline_before_the_clause_decides_by_the_article_date(sentence: str, role: str, year: int) -> None:
    """A deadline year after the article's date makes a target, wherever it opens the sentence."""
    doc = extract(f"Thứ Hai, 12/4/2024\n\nHuyện ủy họp phiên thường kỳ\n\n{sentence}")
    assert doc.published is not None and doc.published.year == 2024
    assert [(i.role, i.year) for i in doc.indicators] == [(role, year)]


def test_next_word_reads_the_tail_word_pattern() -> None:
    """`_next_word` (str methods on the common case) agrees with `_TAIL_WORD` at every position."""
    import random

    rng = random.Random(7)
    chars = [*"abcđêôơưăáàảãạĐAB", " ", " ", "\t", "-", ",", ".", "1", "\u0301", "_", "²", "\n", "\xa0", "ǅ", "ʰ"]
    for _ in range(20_000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        p = rng.randint(0, len(s) + 1)
        stop = rng.randint(max(0, p - 2), len(s) + 3)
        w = indicators._TAIL_WORD.match(s, p, stop)
        assert indicators._next_word(s, p, stop) == (None if w is None else (w.group(1), w.start(1), w.end()))



# --- shortcuts in front of patterns: wherever the pattern matches, the shortcut says it may ------------------
# Each property builds text from bits that exercise the pattern (its words in several cases, blanks, digits,
# punctuation, Vietnamese letters) and whole positive examples (also checked one by one, so the property is
# not vacuous); `event` reports the share of examples where the pattern matches.

def _folded(v: str) -> str | None:
    t = Text(v)
    return t.lowered if t.folds_simply else None


_MUST_POSITIVES = ["phải kết nạp", "cần 2", "bắt  buộc", "x bắt\tbuộc x", "phải,"]
# the words as the pattern writes them (a word added to it is exercised at once) and a few more
_MUST_ALT = re.search(r"\(\?:([^()]*)\)", indicators._MUST.pattern).group(1)
_MUST_WORDS = [w.replace(r"\s+", " ") for w in _MUST_ALT.split("|")]
_MUST_BITS = [*cases(*_MUST_WORDS, "bắt  buộc", "bắt", "buộc", "phai", "kết nạp"), " ", "\t", "x", "2", ",", "ạ"]


@given(texts(_MUST_BITS, _MUST_POSITIVES), st.integers(0, 12), st.integers(0, 12))
def test_must_literals_hold_every_must_match(v: str, a: int, cut: int) -> None:
    """`_must`'s literals ("phải", "cần", "bắt" in the case folding) never reject a `_MUST` match."""
    b = max(a, len(v) - cut)
    hit = indicators._MUST.search(v, a, b) is not None
    event(f"_MUST matches: {hit}")
    if hit:
        assert indicators._must(v, _folded(v), a, b), (v, a, b)


@pytest.mark.parametrize("v", [*_MUST_POSITIVES, "CẦN 2", "Bắt  Buộc", "PHẢI"])
def test_must_positive_examples(v: str) -> None:
    """Hand-written `_MUST` matches, each kept by `_must`."""
    assert indicators._MUST.search(v) and indicators._must(v, _folded(v), 0, len(v))


_BY_YEAR_POSITIVES = ["đến năm 2030", "x tới cuối năm 2025", "vào hết năm 2030,", "đến  năm\t2027"]
_BY_YEAR_BITS = [
    *cases("đến ", "tới ", "vào ", "cuối ", "hết ", "năm ", "năm  ", "den "),
    "2030", "2025", "12", " ", ",", "x", "\n", "ạ",
]


@given(texts(_BY_YEAR_BITS, _BY_YEAR_POSITIVES), st.integers(0, 12))
def test_by_year_test_in_fill_holds_every_match(v: str, w0: int) -> None:
    """`_fill` searches `_BY_YEAR` only where "năm" (lower case) and "đến"/"tới"/"vào" (case folding) are.

    The test is inline in `_fill`: restated here as it is written there, on a window from `w0`.
    """
    t = Text(v)
    low = t.lowered if len(t.lowered) == len(v) else None
    folded = _folded(v)
    by_from = w0 - 1 if w0 > 0 else 0
    end = len(v)
    hit = indicators._BY_YEAR.search(v, by_from, end) is not None
    event(f"_BY_YEAR matches: {hit}")
    if hit:
        assert low is None or low.find("năm", w0, end) >= 0, (v, w0)
        assert folded is None or any(folded.find(w, by_from, end) >= 0 for w in ("đến", "tới", "vào")), (v, w0)


@pytest.mark.parametrize("v", [*_BY_YEAR_POSITIVES, "Đến năm 2030", "x tới cuối NĂM 2025", "VÀO HẾT Năm 2030,"])
def test_by_year_positive_examples(v: str) -> None:
    """Hand-written `_BY_YEAR` matches: the words `_fill` looks for are there."""
    assert indicators._BY_YEAR.search(v)
    low = v.lower()
    assert "năm" in low and any(w in low for w in ("đến", "tới", "vào"))


_DATE_POSITIVES = ["12/4/2021", "ngày 05 tháng 5 năm 2021", "5 tháng 4, 2020", "2021-04-12", "5 - 5 - 2021",
                   "5\ttháng 4/2020", "05.5.2021", "31/02/2021"]
_DATE_BITS = [
    "5", "12", "04", "2021", "2020", "1", "0", "/", "-", ".", " ", "  ", "\t", "\n", ",", *cases("tháng ", "năm "),
    "tỷ", "thôn", "x", "ạ", "(",
]


@given(texts(_DATE_BITS, _DATE_POSITIVES, size=8))
def test_dates_finds_what_find_dates_finds(v: str) -> None:
    """`_dates` (a date tried only at some digit runs, the day check) finds what `find_dates` finds."""
    want = list(find_dates(v))
    event(f"dates found: {bool(want)}")
    assert indicators._dates(v, digit_runs(v)) == want


@pytest.mark.parametrize("v", [*_DATE_POSITIVES[:-1], "5 THÁNG 4, 2020", "x 12/4/2021, 2021-04-12"])
def test_dates_positive_examples(v: str) -> None:
    """Hand-written dates: `find_dates` finds one and `_dates` the same."""
    want = list(find_dates(v))
    assert want and indicators._dates(v, digit_runs(v)) == want


_U = indicators.U
_ALL_UNITS = ["%", "phần trăm", _U.MULTIPLIER_UNIT, *_U.PERCENT_POINT_WORDS, *_U.CURRENCIES, *_U.MEASURES,
              *_U.COUNT_NOUNS]
# every phrase of the table opening with one of a few leading words (shared ones among them: "đảng", "chi",
# "điểm"...), so that the property stays fast (each new leading word costs `_ByWord` a compiled pattern)
_LEADS = ("", "phần", "lần", "điểm", "đồng", "đ", "usd", "tấn", "ha", "héc", "m", "km", "đảng", "chi", "tổ", "hộ", "xã")


def _lead(phrase: str) -> str:
    m = indicators._WORD_AT.match(phrase)
    return "" if m is None else m.group().lower()


_UNIT_PHRASES = [p for p in _ALL_UNITS if _lead(p) in _LEADS]
_unit_text = st.lists(
    st.one_of(
        st.sampled_from(_UNIT_PHRASES).flatmap(lambda w: st.sampled_from(cases(w))),
        st.sampled_from([" ", "  ", " ", "5", "/", ",", "-", "x", "²", "năm", "\t", "ạ"]),
    ),
    max_size=6,
).map("".join)


@given(_unit_text, st.integers(0, 6))
def test_by_word_unit_matches_as_its_full_pattern(s: str, cut: int) -> None:
    """`_UNIT` and `_CNT_NOUN` (phrases picked by their leading word run) match where their full pattern does."""
    end = max(0, len(s) - cut)
    hits = 0
    # where a unit is read: the text's start and after a blank or a digit (and the end)
    for p in [0, *(i for i in range(1, len(s) + 1) if not s[i - 1].isalpha())]:
        for bw in (indicators._UNIT, indicators._CNT_NOUN):
            want = bw.full.match(s, p, end)
            got = bw.match(s, p, end)
            hits += want is not None
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (s, p, end)
    event(f"full pattern matches: {hits > 0}")


@pytest.mark.parametrize("s", ["5 đảng viên", "12 Chi Bộ,", "30%", "2 HÉC-TA", "3 lần", "1,5 điểm phần trăm"])
def test_by_word_positive_examples(s: str) -> None:
    """Hand-written units: `_UNIT` matches after the number as its full pattern does."""
    p = s.index(" ") if " " in s else s.index("%")
    want = indicators._UNIT.full.match(s, p)
    got = indicators._UNIT.match(s, p)
    assert want and got and got.span() == want.span()


def test_prose_with_stray_tabs_is_not_a_table_row() -> None:
    """Scraped paragraphs whose blanks became tabs read as the same prose, not as a heading and a row."""
    prose = (
        "Báo{0}cáo chính trị nêu rõ, giai đoạn 2020-2025, thu nhập bình quân đầu người năm 2024 đạt 61,2 triệu"
        " đồng; tổng thu ngân sách trên địa bàn 5 năm đạt hơn 280 tỷ đồng.\n\n"
        "Nhiệm kỳ 2025 - 2030, Đại hội xác định 14 chỉ tiêu chủ yếu, trong đó phấn đấu đến năm 2030 thu nhập"
        " bình quân đầu người đạt{0}95{0}triệu đồng, mỗi năm kết nạp từ 30 đảng viên trở lên.\n"
    )
    spaced, tabbed = run(prose.format(" ")), run(prose.format("\t"))
    assert [(g["value"], g["unit"]) for g in tabbed] == [(g["value"], g["unit"]) for g in spaced]
    assert (95.0, "triệu đồng") in [(g["value"], g["unit"]) for g in tabbed]


def test_a_percentage_ending_a_line_keeps_its_unit() -> None:
    """"%" is a unit of one character: the line break after it does not part it from its number."""
    listed = (
        "Chương trình đặt ra các chỉ tiêu chủ yếu đến năm 2030 như sau:\n"
        "- Tỷ trọng kinh tế số trong GRDP: 25%\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình: trên 70%\n"
        "- Số doanh nghiệp công nghệ số: 3.500 doanh nghiệp\n"
    )
    assert [(g["value"], g["unit"]) for g in run(listed)] == [(25.0, "%"), (70.0, "%"), (3500.0, "doanh nghiệp")]
