"""Page chrome: labelled lines of scraped pages written for the project.

A chrome line is one no record may come from (menus, banners, comment boxes,
counters, related-news lists, advertising, spam, photo credits, footers); an
article line (headline, paragraphs, byline, captions without a credit) must stay
outside chrome, or its records would be lost.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyextract
from partyextract.chrome import alternation, chrome_ranges, is_caption_line, is_chrome_line, page_ranges
from partyextract.text import Text

CHROME_LINES = [
    "Bình luận (0)", "Ý kiến ()", "Gửi bình luận", "Viết bình luận", "Ý kiến bạn đọc",
    "Hãy là người đầu tiên bình luận", "Họ và tên:", "Email (*)", "Nhập mã bảo mật trên", "Ảnh CAPTCHA",
    "Lượt truy cập: 18273645", "Đang truy cập: 1.234", "Lượt xem: 2.134", "Trực tuyến", "93401966",
    "Bài viết đã được xem: 987 lần", "Tin đã đọc: 1.204 lượt", "Số lần xem: 356",
    "Đường dây nóng Ban Tổ chức lễ hội: 0210.3860.026", "Hotline hỗ trợ du khách: 0210 3860 026",
    "© Báo Quảng Ninh - Cơ quan của Đảng bộ tỉnh Quảng Ninh", "Bản quyền © 2025 Báo và Phát thanh, Truyền hình Lào Cai",
    "Đọc nhiều: Bắc Ninh dự kiến thu ngân sách 2023 đạt 34.000 tỷ đồng | Thời tiết cuối tuần",
    "Thứ Sáu, 03/12/2021 | Tỷ giá USD: 22.880 đ | Quy Nhơn 24-28°C", "Hà Nội 25°C",
    "Hải Phòng: 24°C  Độ ẩm 78%", "( ) Ngon nhưng giá còn cao - 23%", "○ Rất hài lòng - 41%",
    "Tổng số: 2.187 lượt bình chọn | Bình chọn | Xem kết quả", "Bài viết có 2.314 lượt xem | 12 bình luận",
    "Bạn cần đăng nhập. (0 bình luận)",
    "Đọc thêm: Ba Tri: 3.200 hộ dân được hỗ trợ bồn chứa nước", "Xem thêm: Huyện ủy triển khai nghị quyết",
    "Thứ Bảy, 02/11/2024 12:35 (GMT +7)", "Thứ 7, 12/06/2021 | 06:42:58 [GMT +7] A A",
    "Ngày cập nhật: 02/07/2020 14:28:39", "Cập nhật: 18/09/2023 | 15:02",
    "Trang chủ", "Tất cả chuyên mục", "Trang chủ | Chính trị | Kinh tế | Xã hội",
    "Trang chủ > Chính trị > Xây dựng Đảng", "Phiên bản di động", "Liên hệ - Góp ý  Quay lại!",
    "Chia sẻ:", "Facebook Zalo Twitter", "In bài viết", "Tags: Tỉnh ủy, nghị quyết", "Về đầu trang",
    "Copyright 2020 by BÁO QUẢNG TRỊ", "© Bản quyền thuộc về Báo Hà Tĩnh",
    "Tổng biên tập: Nguyễn Văn An", "Địa chỉ: 45 Hùng Vương, TP Đông Hà", "Điện thoại: 0233.3852.415",
    "Giấy phép số 123/GP-BTTTT", "Ghi rõ nguồn Báo Quảng Trị khi phát hành lại thông tin từ website này",
    "izmir escort bayan izmir escort bayan", "Nhà cái uy tín bet88 tặng 500k",
    "Ảnh: Lâm Thanh", "Ảnh: Minh Tâm/TTXVN", "(Ảnh: TTXVN)", "Ảnh minh họa",  # bare credits
    "Cam Lộ tổng kết công tác kiểm tra, giám sát (11/03/2023)",
    "Hôm nay: Thứ hai, 18/3/2024", "Hôm nay, ngày 05/05/2021", "Bình luận (0) | Lượt xem: 517",
    "Nội dung bình luận:  Mã bảo vệ: 4 8 2 1", "Bạn chưa nhập nội dung bình luận",
    "Theo dõi Báo Hà Giang trên Google News", "Theo dõi chúng tôi trên Zalo", "Theo dõi trên mạng xã hội",
]

# Photo captions: text with a photo credit. Not chrome (people and places pictured are part of
# the story) but a class of their own, which the figures passes skip.
CAPTION_LINES = [
    "(Ảnh: Minh Đăng) Tổ bảo vệ an ninh, trật tự phường tuần tra tại khu nhà trọ.",  # the credit leading it
    "Thành phố Đông Hà phấn đấu trở thành đô thị loại II. Ảnh: Lâm Thanh",
    "Chú trọng phát triển mô hình canh tác lúa hữu cơ - Ảnh: Đ.V",
    "Bí thư Tỉnh ủy Lê Quang Vinh tặng hoa chúc mừng đồng chí Hoàng Minh Tú. Ảnh: Ngọc Thành",
    "Ảnh: Nông dân phường Vĩnh Phước thu hoạch hành tím. Ảnh: Hải Yến",
    "Du khách tham quan Cột cờ Lũng Cú. Ảnh: Minh Tâm/TTXVN",
    "Đại biểu biểu quyết thông qua Nghị quyết đại hội (Ảnh: T.H)",
    "Ảnh: Đồng chí Phạm Văn Lâm phát biểu tại hội nghị",
]

ARTICLE_LINES = [
    "(1) Tốc độ tăng trưởng kinh tế bình quân đạt 7,5%/năm.", "[2] Báo cáo số 118-BC/HU của Ban Thường vụ.",
    "Đường dây nóng của huyện đã tiếp nhận 126 cuộc gọi: 98% được giải quyết",
    "Đảng bộ huyện Bình Liêu: Nhiều giải pháp đổi mới phương thức lãnh đạo",
    "Trúc Linh",
    "Minh Phú - Thu Hà",
    "Bài và ảnh: Đức Anh",
    "Tin - ảnh: Thanh Hà",
    "Bài: Thu Hà / Ảnh: Minh Đức",
    "Hiệu quả trong thực tiễn",
    "Bài viết đã được nhiều bạn đọc quan tâm, chia sẻ.",  # near the counter: words, no count
    "Tin đã đọc kỹ các văn bản.",
    "Đọc thêm tài liệu hướng dẫn của Ban Tổ chức Tỉnh ủy.",
    "Tỷ giá trung tâm tăng 5 đồng so với phiên trước.",
    "Nhiệt độ dao động 24-28°C trong mùa khô năm nay, ảnh hưởng đến sản xuất.",
    "Nhiệt độ trung bình 24°C, độ ẩm 85% khiến sâu bệnh phát triển trên diện rộng.",
    "(QTO) - Những năm qua, Huyện ủy Hải Lăng luôn chú trọng nêu cao vai trò gương mẫu của người đứng đầu.",
    "Đồng chí Vi Ngọc Bích, Bí thư Huyện ủy, phát biểu tại hội nghị.",
    "Ông Lê Xuân Huy (người đứng phát biểu) - Tỉnh ủy viên - Bí thư Huyện ủy Bình Lục trong buổi làm việc.",
    "Tổng Biên tập Báo Nhân Dân Lê Quốc Minh phát biểu tại hội thảo.",
    "Địa chỉ đỏ giáo dục truyền thống cách mạng được tu bổ trong năm 2022.",
    "Ý kiến của các đại biểu tập trung vào công tác cán bộ và công tác kiểm tra, giám sát.",
    "Năm 2022, toàn huyện có 92% chi bộ hoàn thành tốt nhiệm vụ; kết nạp 215 đảng viên mới.",
    "Nguồn Lào Cai: http://www.baolaocai.vn/chinh-tri/doi-moi-z1n20200210.htm",
    "Thu ngân sách | 215,4 tỷ đồng | 118,2% dự toán",  # a table row keeps its figures
    "Hôm nay, ngày 5/8/2025, Đảng bộ xã Di Linh long trọng tổ chức Đại hội đại biểu lần thứ I.",
    "Theo dõi sát diễn biến thời tiết trên địa bàn, xã chủ động phương án phòng chống bão.",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)
    assert not is_caption_line(line)


@pytest.mark.parametrize("line", CAPTION_LINES)
def test_caption_lines_are_captions_not_chrome(line: str) -> None:
    assert is_caption_line(line)
    assert not is_chrome_line(line)


@pytest.mark.parametrize("line", [c for c in CHROME_LINES if "nh:" in c or "nh minh" in c])
def test_bare_credits_are_not_captions(line: str) -> None:
    assert not is_caption_line(line)


PAGE = """Trang chủ | Tin tức | Chính trị
Thứ Tư, 25/11/2026 09:10 (GMT +7)
Huyện ủy Bảo Lâm sơ kết 3 năm thực hiện Chỉ thị 05 của Bộ Chính trị
Cập nhật: 14/03/2023 07:45
Ngày 13/3, Ban Thường vụ Huyện ủy Bảo Lâm tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW của \
Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Huyện ủy Bảo Lâm sơ kết 3 năm thực hiện Chỉ thị 05 của Bộ Chính trị
Đồng chí Nông Văn Tuấn, Bí thư Huyện ủy phát biểu tại hội nghị.
Trong 3 năm, toàn huyện đã xây dựng 126 mô hình học tập và làm theo Bác, biểu dương 85 tập thể và 240 cá \
nhân tiêu biểu. Các cấp ủy đã gắn việc thực hiện Chỉ thị với nhiệm vụ chính trị của từng địa phương, đơn \
vị.
Thu Hằng

Tin liên quan

Bảo Lạc tổng kết công tác dân vận (12/03/2023)

Hà Quảng kết nạp 60 đảng viên mới
Ý kiến bạn đọc
Nguyễn Văn Bình - 15/03/2023 10:20
Mô hình rất hay, cần được nhân rộng ra các xã khác trong huyện.
Copyright 2023 by Báo Cao Bằng
"""


def _chrome_texts(text: str) -> list[str]:
    t = Text(text)
    return [text[a:b] for a, b in t.chrome]


def _is_chrome(text: str, line: str, occurrence: int = 0) -> bool:
    t = Text(text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(line, start + 1)
    return t.in_chrome(start, start + len(line))


@pytest.mark.parametrize(
    ("line", "occurrence", "chrome"),
    [
        ("Trang chủ | Tin tức | Chính trị", 0, True),
        ("Thứ Tư, 25/11/2026 09:10 (GMT +7)", 0, True),
        ("Huyện ủy Bảo Lâm sơ kết 3 năm thực hiện Chỉ thị 05 của Bộ Chính trị", 0, False),  # the headline
        ("Huyện ủy Bảo Lâm sơ kết 3 năm thực hiện Chỉ thị 05 của Bộ Chính trị", 1, True),  # its alt text
        ("Đồng chí Nông Văn Tuấn, Bí thư Huyện ủy phát biểu tại hội nghị.", 0, False),  # caption, no credit
        ("Trong 3 năm, toàn huyện đã xây dựng 126 mô hình", 0, False),
        ("Thu Hằng", 0, False),  # the byline
        ("Tin liên quan", 0, True),
        ("Bảo Lạc tổng kết công tác dân vận (12/03/2023)", 0, True),
        ("Hà Quảng kết nạp 60 đảng viên mới", 0, True),  # an undated headline in the list
        ("Nguyễn Văn Bình - 15/03/2023 10:20", 0, True),  # a comment's author and date
        ("Mô hình rất hay, cần được nhân rộng ra các xã khác trong huyện.", 0, True),  # the comment
        ("Copyright 2023 by Báo Cao Bằng", 0, True),
    ],
)
def test_chrome_on_a_page(line: str, occurrence: int, chrome: bool) -> None:
    assert _is_chrome(PAGE, line, occurrence) is chrome


def test_no_record_from_the_page_chrome() -> None:
    doc = partyextract.extract(PAGE)
    t = Text(doc.text)
    for kind, span in doc.spans():
        assert not t.in_chrome(span.start, span.end), (kind, span)
    assert [o.name for o in doc.officials] == ["Nông Văn Tuấn"]
    assert doc.authors == ["Thu Hằng"]


def test_a_portal_s_list_of_documents_is_a_related_list() -> None:
    """"VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH" heads a list of other documents: its codes are no references of the article."""
    page = PAGE.replace(
        "Tin liên quan\n\nBảo Lạc tổng kết công tác dân vận (12/03/2023)\n\nHà Quảng kết nạp 60 đảng viên mới\n",
        "VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH\n• Công văn số 215-CV/ĐU ngày 28/8/2023 về tổ chức Ngày hội\n"
        "• Quyết định số 146/QĐ-UBND ngày 25/8/2023 của UBND xã\n",
    )
    doc = partyextract.extract(page)
    assert [r.code for r in doc.resolutions] == ["05-CT/TW"]
    assert doc.authors == ["Thu Hằng"]


def test_related_list_in_the_first_half_is_not_a_list() -> None:
    """A 'Xem thêm' heading early on does not swallow the article after it."""
    text = (
        "Xem thêm\nTam Đường quán triệt Nghị quyết Đại hội Đảng bộ tỉnh\n"
        + "Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt cho cán bộ chủ chốt.\n" * 3
    )
    assert not _is_chrome(text, "Tam Đường quán triệt Nghị quyết Đại hội Đảng bộ tỉnh")


def test_a_bulleted_related_list_in_the_first_half_is_chrome() -> None:
    """Its bulleted headlines are chrome; the first line without a bullet is the article again."""
    body = "".join(f"Đoạn {i} của bài báo về công tác xây dựng Đảng ở cơ sở.\n" for i in range(20))
    page = (
        "Tiêu đề bài báo về xây dựng Đảng\nĐoạn mở đầu của bài báo.\n"
        "Tin liên quan:\n- Ba Bể đón 10 vạn lượt khách trong năm 2023\n> Bắc Kạn trao 300 suất quà cho hộ nghèo\n"
        "Cả hệ thống chính trị vào cuộc\n" + body
    )
    assert _is_chrome(page, "Ba Bể đón 10 vạn lượt khách")
    assert _is_chrome(page, "Bắc Kạn trao 300 suất quà")
    assert not _is_chrome(page, "Cả hệ thống chính trị vào cuộc")


def test_a_longer_line_without_a_bullet_ends_a_bulleted_list() -> None:
    """A Q&A page lists related questions between its answers: the next question is article text again,
    while a short footer line right under the list stays chrome."""
    body = "".join(f"Đoạn {i} của bài hỏi đáp về công tác xây dựng Đảng ở cơ sở.\n" for i in range(20))
    question = (
        "Hỏi: Đảng viên đang công tác ở cơ quan có phải báo cáo với chi bộ nơi cư trú khi đi học dài hạn, "
        "và nếu không báo cáo thì bị xử lý ra sao? (Đảng viên Lê Văn Hòa, Chi bộ khu phố 3, phường Cửa Đông)"
    )
    footer = "Báo điện tử của Đảng bộ tỉnh - Giấy phép số 12/GP-BTTTT"
    items = "Tin liên quan\n- Hỏi - đáp: Thời hạn chuyển sinh hoạt đảng\n- Quận Ba Đình sơ kết 6 tháng\n"
    answer = "Trả lời: Theo Quy định số 24-QĐ/TW, đảng viên đi học dài hạn chuyển sinh hoạt tạm thời.\n"
    page = "Hỏi - đáp về sinh hoạt đảng nơi cư trú\n" + body + items + "\n" + question + "\n" + answer
    assert len(question) > 160
    assert _is_chrome(page, "Quận Ba Đình sơ kết 6 tháng")
    assert not _is_chrome(page, question)
    assert _is_chrome(page + items + footer + "\n", footer)


def test_a_related_list_of_articles_and_photos_with_single_guillemets_is_chrome() -> None:
    body = "".join(f"Đoạn {i} của bài viết về khắc phục hậu quả bão lũ ở địa phương.\n" for i in range(20))
    items = "Bài và ảnh liên quan:\n› Tỉnh tiếp nhận 15 tấn hàng cứu trợ\n› Huyện: 120 cán bộ, chiến sĩ giúp dân\n"
    page = "Khắc phục hậu quả bão số 3\n" + body + items
    assert _is_chrome(page, "› Tỉnh tiếp nhận 15 tấn hàng cứu trợ")
    assert _is_chrome(page, "› Huyện: 120 cán bộ, chiến sĩ giúp dân")


def test_a_section_heading_after_a_bulleted_list_is_article_text() -> None:
    """A short line without a bullet, set apart by a blank line above a paragraph, heads the article's next
    section; without the paragraph after it (a footer), it stays in the list."""
    body = "".join(f"Đoạn {i} của bài viết về phát triển kinh tế tập thể ở địa phương.\n" for i in range(20))
    items = "Tin liên quan\n» Huyện ra mắt hợp tác xã kiểu mới\n» Hội nghị đối thoại với giám đốc HTX\n"
    heading = "Mục tiêu 900 HTX vào năm 2030"
    para = (
        "Theo kế hoạch của UBND tỉnh, đến năm 2030 toàn tỉnh có 900 HTX, trong đó ít nhất 40% HTX ứng dụng công "
        "nghệ cao; doanh thu bình quân đạt 5 tỷ đồng/HTX/năm; mỗi năm thành lập mới từ 30 đến 40 HTX và tổ hợp "
        "tác ở các xã vùng sâu."
    )
    page = "Kinh tế tập thể chuyển mình\n" + body + items + "\n" + heading + "\n\n" + para + "\n"
    assert len(para) > 220
    assert _is_chrome(page, "Hội nghị đối thoại với giám đốc HTX")
    assert not _is_chrome(page, heading)
    assert _is_chrome(page.replace(para, "Bình luận"), heading)


@pytest.mark.parametrize(
    "heading",
    ["Bình luận của bạn đọc", "Ý kiến của bạn đọc", "Bình luận bạn đọc", "Bình luận (3) | Xem thêm bình luận"],
)
def test_a_comment_box_heading_opens_the_tail(heading: str) -> None:
    body = "".join(f"Đoạn {i} của bài báo về công tác xây dựng Đảng ở cơ sở.\n" for i in range(20))
    text = "Tiêu đề bài báo về xây dựng Đảng\n" + body + f"{heading}\nTên của bạn:          Email:\n"
    assert _is_chrome(text, "Tên của bạn:")


def test_long_paragraph_ends_the_tail() -> None:
    long = "Đảng bộ huyện " + "tiếp tục đổi mới phương thức lãnh đạo, " * 20 + "đạt nhiều kết quả."
    body = "".join(f"Đoạn {i} của bài báo về công tác xây dựng Đảng ở cơ sở.\n" for i in range(30))
    text = "Tiêu đề bài báo về xây dựng Đảng\n" + body + "Bình luận\nHay quá\n" + long + "\n"
    assert _is_chrome(text, "Hay quá")
    assert not _is_chrome(text, long)


def test_ranges_are_sorted_disjoint_and_linear() -> None:
    ranges = chrome_ranges(PAGE)
    assert ranges == sorted(ranges)
    assert all(b < c for (_, b), (c, _) in itertools.pairwise(ranges))
    big = PAGE * 200
    import time

    start = time.perf_counter()
    chrome_ranges(big)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("blank", [" ", "  ", "\t", " \t ", "\f"])
def test_spam_found_the_same_whatever_blank_parts_its_words(blank: str) -> None:
    # The page-wide quick look for spam (on the lower case) and the line-by-line search agree.
    line = f"Nhà{blank}cái uy tín nhất, tặng 100k khi đăng ký"
    view = f"Tin tức - Sự kiện\n{line}\nTin khác về xây dựng Đảng ở cơ sở"
    quick, slow = page_ranges(view, lowered=view.lower())[0], page_ranges(view)[0]
    assert quick == slow
    start = view.index(line)
    assert (start, start + len(line)) in quick


def test_spam_phrase_across_a_line_break_is_no_spam() -> None:
    # The quick look reads the phrases a line holds: one cut by a line break is none, as line by line.
    view = "Tin tức - Sự kiện\nCuộc thi có giải của nhà\ncái gì cũng có: xổ số kiến thiết, nhà\n cái mới"
    quick, slow = page_ranges(view, lowered=view.lower()), page_ranges(view)
    assert quick == slow


def test_alternation_is_a_case_insensitive_trie() -> None:
    import regex

    pat = regex.compile(rf"\b(?:{alternation(['Ủy ban', 'Ủy viên', 'Bí thư'], variants=(('ủy', 'uỷ'),))})\b",
                        regex.IGNORECASE)
    assert [m.group(0) for m in pat.finditer("Uỷ ban và ỦY VIÊN, bí  thư")] == ["Uỷ ban", "ỦY VIÊN", ("bí  "
                                                                                                      "thư")]


CAPTIONED = """Thị ủy Vĩnh Châu sơ kết công tác dân vận 6 tháng đầu năm
Ngày đăng: 12/07/2024
Năm 2024, Thị ủy Vĩnh Châu kết nạp 152 đảng viên mới, đạt 101,3% chỉ tiêu được giao.
Bí thư Thị ủy Lâm Hoàng Nghiệp trao quà cho 45 hộ nghèo phường Khánh Hòa. Ảnh: Mỹ Thanh
Ảnh: Hải Yến
Các chi bộ đã tổ chức 36 cuộc đối thoại với Nhân dân về giải phóng mặt bằng.
Bí thư Thị ủy Lâm Hoàng Nghiệp trao quà cho 45 hộ nghèo phường Khánh Hòa. Ảnh: Mỹ Thanh
"""


def test_captions_are_their_own_class() -> None:
    t = Text(CAPTIONED)
    caption = CAPTIONED.index("Bí thư Thị ủy")
    credit = CAPTIONED.index("Ảnh: Hải Yến")
    again = CAPTIONED.rindex("Bí thư Thị ủy")
    assert t.in_caption(caption) and not t.in_chrome(caption)
    assert t.in_chrome(credit) and not t.in_caption(credit)
    assert t.in_chrome(again) and not t.in_caption(again)  # a doubled caption is chrome
    assert t.captions == sorted(t.captions)
    assert page_ranges(CAPTIONED)[:2] == (t.chrome, t.captions)


def test_captions_are_article_text_and_a_doubled_caption_chrome() -> None:
    """A photo caption is article text (SPEC: the input holds "image captions, and page chrome"): its people,
    places and figures count; its repeat is chrome and counts once."""
    doc = partyextract.extract(CAPTIONED)
    t = Text(doc.text)
    assert [o.name for o in doc.officials] == ["Lâm Hoàng Nghiệp"]
    assert doc.officials[0].positions == ["Bí thư Thị ủy"]
    assert {i.base_value for i in doc.indicators} == {152.0, 101.3, 36.0, 45.0}
    (pictured,) = [i for i in doc.indicators if i.base_value == 45.0]
    assert [t.in_caption(m.start, m.end) for m in pictured.mentions] == [True]


def test_spam_looks_cover_every_phrase() -> None:
    # each spam form is looked for under a piece of itself (a clue or the form)
    from partyextract.chrome import _SPAM_FORMS, _SPAM_LOOKS

    assert sorted(f for _, forms in _SPAM_LOOKS for f in forms) == sorted(_SPAM_FORMS)
    assert all(needle in f for needle, forms in _SPAM_LOOKS for f in forms)


_PIECES = ["nhà", "cái", "đá gà", "online", "sex", " ", "  ", "\t", "\n", "x", "Casino", "\f", "bet88", "lô", "đề"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_spam_look_squeezes_only_the_lines_with_other_blanks(page: str) -> None:
    # the phrases found are those of the page with all its blanks squeezed, as \s+ allows
    from partyextract.chrome import _SPAM_FORMS, _odd_blank_lines

    low = page.lower()
    squeezed = low
    for blank in "\t\f\v":
        squeezed = squeezed.replace(blank, " ")
    while "  " in squeezed:
        squeezed = squeezed.replace("  ", " ")
    odd = _odd_blank_lines(low)
    assert [f for f in _SPAM_FORMS if f in squeezed] == [f for f in _SPAM_FORMS if f in low or f in odd]
    assert page_ranges(page, lowered=low) == page_ranges(page)


_AD_PAGE = """Đảng ủy xã Tân Lập tổng kết công tác xây dựng Đảng
Sáng 12/12, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024.
--- QUẢNG CÁO ---
Vay tiêu dùng lãi suất chỉ từ 0,99%/tháng - Giải ngân trong 15 phút
Giảm 50% học phí khóa học hè
--- Hết quảng cáo ---
Năm 2024, Đảng bộ xã kết nạp 18 đảng viên mới, đạt 120% chỉ tiêu.
"""


def test_an_advertising_block_marked_at_both_ends_is_chrome_wherever_it_sits() -> None:
    doc = partyextract.extract(_AD_PAGE)
    assert sorted(i.base_value for i in doc.indicators) == [18.0, 120.0]
    # without its end marker a "Quảng cáo" line near the top takes nothing after it
    open_ended = _AD_PAGE.replace("--- Hết quảng cáo ---\n", "")
    assert {0.99, 50.0, 18.0} <= {i.base_value for i in partyextract.extract(open_ended).indicators}


def test_an_advertising_block_closed_by_a_rule_is_chrome() -> None:
    """"— QUẢNG CÁO —" ... "— — —": a line of rules closes the block as "Hết quảng cáo" does."""
    page = _AD_PAGE.replace("--- QUẢNG CÁO ---", "— QUẢNG CÁO —").replace("--- Hết quảng cáo ---", "— — —")
    assert sorted(i.base_value for i in partyextract.extract(page).indicators) == [18.0, 120.0]
    # a rule with words on it closes nothing
    page = _AD_PAGE.replace("--- Hết quảng cáo ---", "— Tin khác —")
    assert {0.99, 50.0} <= {i.base_value for i in partyextract.extract(page).indicators}


def test_a_poll_in_the_page_tail_is_chrome() -> None:
    page = (
        _AD_PAGE
        + "Toàn xã có 12 chi bộ hoàn thành xuất sắc nhiệm vụ.\n\n📊 BÌNH CHỌN\n"
        + "Bạn đánh giá thế nào về công tác xây dựng Đảng ở cơ sở?\n○ Rất tốt (62%)\n○ Tốt (25%)\n"
        + "[Bình chọn]  [Xem kết quả]   1.284 lượt bình chọn\n"
    )
    assert sorted(i.base_value for i in partyextract.extract(page).indicators) == [12.0, 18.0, 120.0]
