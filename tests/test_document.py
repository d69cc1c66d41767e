"""Article metadata on short articles written for the project, page chrome included.

Each article imitates a scraped page of a provincial paper or portal: menus, the
page's "today" banner, category labels, comment boxes, counters, related-news
lists, advertising, spam, photo credits. The expected metadata is what a careful
reader takes from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyextract import document
from partyextract.text import Text

ARTICLES: dict[str, tuple[str, dict[str, Any]]] = {
    # provincial paper: menu, today's banner, "Ngày cập nhật", dateline, credit, comments, list, copyright
    "quang_tri": (
        """Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa
Thứ Tư, 25/11/2026 09:10 (GMT +7)
Gio Linh nâng cao chất lượng sinh hoạt chi bộ ở nông thôn


Ngày cập nhật: 14/03/2023 07:45:12

(QTO) - Những năm qua, Huyện ủy Gio Linh luôn chú trọng nâng cao chất lượng sinh hoạt chi bộ, coi đây là \
giải pháp then chốt để xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.

Sinh hoạt chuyên đề tại Chi bộ thôn Hà Thanh - Ảnh: H.N

Năm 2022, toàn huyện có 92% chi bộ được đánh giá hoàn thành tốt nhiệm vụ; kết nạp 215 đảng viên mới. Đồng \
chí Nguyễn Văn Hưng, Phó Bí thư Thường trực Huyện ủy cho biết huyện sẽ tiếp tục đổi mới nội dung sinh \
hoạt.

Thanh Hải

 Liên hệ - Góp ý  Quay lại!
Bình luận của bạn:
Ảnh CAPTCHA
Nhập mã bảo mật trên
Bình luận bạn đọc (0)
CÁC TIN KHÁC
Cam Lộ tổng kết công tác kiểm tra, giám sát năm 2022 (10/03/2023)
Đakrông kết nạp đảng viên là người dân tộc thiểu số (09/03/2023)
Trực tuyến
146924450
Copyright 2023 by BÁO QUẢNG TRỊ
""",
        {"title": "Gio Linh nâng cao chất lượng sinh hoạt chi bộ ở nông thôn",
         "published": dt.date(2023, 3, 14),
         "authors": ["Thanh Hải"], "outlet": "Báo Quảng Trị", "url": None},
    ),
    # today's banner above the headline, the article's own stamp under it, two authors
    "quang_ninh": (
        """Tất cả chuyên mục
Thứ Năm, 26/11/2026 08:00 (GMT +7)
Tiên Yên: Đổi mới công tác dân vận của hệ thống chính trị
Thứ 3, 07/03/2023 | 10:12:45 [GMT +7] A A
Những năm qua, Đảng bộ huyện Tiên Yên đã quan tâm lãnh đạo công tác dân vận, phát huy sức mạnh của khối \
đại đoàn kết toàn dân tộc, góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội.
Năm 2022, các cấp ủy trong huyện đã tổ chức 36 cuộc đối thoại với Nhân dân, giải quyết dứt điểm nhiều \
kiến nghị chính đáng.
Minh Phú - Thu Hà
Liên kết website
Ý kiến ()
""",
        {"title": "Tiên Yên: Đổi mới công tác dân vận của hệ thống chính trị",
         "published": dt.date(2023, 3, 7),
         "authors": ["Minh Phú", "Thu Hà"], "outlet": None, "url": None},
    ),
    # date with a category label, headline repeated as image alt text, caption, advertising tail
    "ha_nam": (
        """Duy Tiên tăng cường công tác kiểm tra, giám sát của Đảng

23/10/2022 19:14 Xây dựng Đảng
Thời gian qua, Ủy ban Kiểm tra Thị ủy Duy Tiên đã tham mưu tổ chức nhiều cuộc kiểm tra, giám sát, góp \
phần giữ vững kỷ luật, kỷ cương trong Đảng bộ thị xã.

Duy Tiên tăng cường công tác kiểm tra, giám sát của Đảng
Ông Trần Văn Khải (bên phải) - Phó Bí thư Thường trực Thị ủy Duy Tiên làm việc với Đảng ủy phường Hòa Mạc.

Năm 2021, Ủy ban Kiểm tra các cấp đã kiểm tra 48 tổ chức đảng và 65 đảng viên khi có dấu hiệu vi phạm.

Nguyễn Hằng

THÔNG TIN, TUYÊN TRUYỀN - QUẢNG CÁO

Xin chờ trong giây lát...

Khai trương showroom nội thất cao cấp tại trung tâm thành phố

Phiên bản di động
""",
        {"title": "Duy Tiên tăng cường công tác kiểm tra, giám sát của Đảng",
         "published": dt.date(2022, 10, 23),
         "authors": ["Nguyễn Hằng"], "outlet": None, "url": None},
    ),
    # reposted article: no date, a "Nguồn" line with the source URL
    "lao_cai": (
        """Bảo Thắng nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng

Ngay từ đầu nhiệm kỳ 2020 - 2025, Huyện ủy Bảo Thắng đã ban hành 5 nghị quyết chuyên đề, tập trung lãnh \
đạo phát triển nông nghiệp hàng hóa và xây dựng nông thôn mới.

Đồng chí Hoàng Văn Tuấn, Bí thư Huyện ủy Bảo Thắng cho biết, đến nay toàn huyện có 9/14 xã đạt chuẩn nông \
thôn mới.

Thành Nam

Nguồn Lào Cai: http://www.baolaocai.vn/chinh-tri/bao-thang-nang-cao-nang-luc-lanh-dao-z1n20210412.htm
""",
        {"title": "Bảo Thắng nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng",
         "published": None,
         "authors": ["Thành Nam"], "outlet": "Báo Lào Cai",
         "url": "http://www.baolaocai.vn/chinh-tri/bao-thang-nang-cao-nang-luc-lanh-dao-z1n20210412.htm"},
    ),
    # a byline that signs with a position, shouted; readers' comments with their own dates
    "gio_linh_author": (
        """Đổi mới phương thức lãnh đạo của Đảng bộ huyện trong giai đoạn mới


Ngày cập nhật: 02/07/2020 14:28:39

* NGUYỄN VĂN HƯNG, Phó Bí thư Thường trực Huyện ủy Gio Linh

(QTO) - Xác định đổi mới phương thức lãnh đạo là yêu cầu cấp thiết, Ban Chấp hành Đảng bộ huyện đã ban \
hành nhiều quy chế, quy định để cụ thể hóa nguyên tắc tập trung dân chủ.

Nhờ đó, 100% tổ chức cơ sở đảng đã xây dựng và thực hiện quy chế làm việc, công tác lãnh đạo, chỉ đạo \
ngày càng sát với thực tiễn.

Ý kiến bạn đọc
Trần Văn Bình - 15/08/2020 10:20
Bài viết rất thiết thực, mong huyện tiếp tục nhân rộng các mô hình hay.
Lê Thị Mai - 16/08/2020 08:05
Cảm ơn tác giả.
Copyright 2020 by BÁO QUẢNG TRỊ
""",
        {"title": "Đổi mới phương thức lãnh đạo của Đảng bộ huyện trong giai đoạn mới",
         "published": dt.date(2020, 7, 2), "authors": ["Nguyễn Văn Hưng"], "outlet": "Báo Quảng Trị",
         "url": None},
    ),
    # national paper: bare dateline, date in words, "Bài và ảnh:" byline, related list, spam
    "nhan_dan": (
        """Nhân Dân điện tử
Hà Nội tổng kết công tác xây dựng Đảng năm 2021
Cập nhật lúc 08:15, ngày 12 tháng 4 năm 2021
NDO - Sáng 12/4, Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021, triển khai \
nhiệm vụ năm 2022.
Theo báo cáo, năm 2021 toàn Đảng bộ thành phố kết nạp 8.500 đảng viên, đạt 106% kế hoạch.
Bài và ảnh: Đức Anh
Tin liên quan
Hải Phòng sơ kết công tác kiểm tra (11/04/2021)
Nam Định quán triệt Nghị quyết Trung ương (10/04/2021)
nhà cái uy tín tặng 100k khi đăng ký
""",
        {"title": "Hà Nội tổng kết công tác xây dựng Đảng năm 2021",
         "published": dt.date(2021, 4, 12),
         "authors": ["Đức Anh"], "outlet": "Báo Nhân Dân", "url": None},
    ),
    # ISO stamp, "Bài, ảnh:" byline, photo credit not an author, copyright "Bản quyền thuộc về"
    "ha_tinh": (
        """Tin tức | Chính trị | Xây dựng Đảng
Kỳ Anh chuẩn bị đại hội chi bộ nhiệm kỳ 2022 - 2025
2022-04-12 08:15
Đến nay, 100% chi bộ trực thuộc Đảng bộ thị xã Kỳ Anh đã xây dựng xong văn kiện và phương án nhân sự đại \
hội.
Đại hội điểm tại Chi bộ tổ dân phố Hưng Hòa. Ảnh: Lâm Thanh
Ban Thường vụ Thị ủy đã thành lập 6 tổ công tác giúp các chi bộ chuẩn bị đại hội.
Bài, ảnh: Thu Trang
Tin cùng chuyên mục
© Bản quyền thuộc về Báo Hà Tĩnh
""",
        {"title": "Kỳ Anh chuẩn bị đại hội chi bộ nhiệm kỳ 2022 - 2025",
         "published": dt.date(2022, 4, 12),
         "authors": ["Thu Trang"], "outlet": "Báo Hà Tĩnh", "url": None},
    ),
    # only a "today" banner above the headline, which the article contradicts: no date
    "banner_only": (
        """Trang chủ
Thứ Bảy, 02/11/2024 12:35 (GMT +7)
Bình Liêu nâng cao chất lượng đội ngũ cấp ủy viên cơ sở
Năm 2021, Huyện ủy Bình Liêu đã mở 4 lớp bồi dưỡng cho 320 cấp ủy viên cơ sở nhiệm kỳ 2020 - 2025.
Các lớp học tập trung vào kỹ năng lãnh đạo, quản lý và công tác dân vận ở cơ sở.
Trúc Linh
Lượt xem: 1.234
""",
        {"title": "Bình Liêu nâng cao chất lượng đội ngũ cấp ủy viên cơ sở",
         "published": None,
         "authors": ["Trúc Linh"], "outlet": None, "url": None},
    ),
    # a date above the headline that the article bears out with a full date ("ngày 18/10/2021"), though the only
    # bare year it names is an old one (a flood of 1999): the article's date; a "Tin, ảnh:" byline over a counter
    "dated_in_text": (
        """Trang chủ » Xã hội
Thứ Tư, 20/10/2021 | 07:15 GMT+7
Hương Khê khẩn trương khắc phục hậu quả mưa lũ
Mực nước sông Ngàn Sâu vượt đỉnh lũ năm 1999, nhiều thôn bị chia cắt.
Ngày 18/10/2021, Ban Thường vụ Huyện ủy Hương Khê họp khẩn, phân công cán bộ về từng xã.
Tin, ảnh: Thanh Hà
Bài viết đã được xem: 412 lần
""",
        {"title": "Hương Khê khẩn trương khắc phục hậu quả mưa lũ",
         "published": dt.date(2021, 10, 20),
         "authors": ["Thanh Hà"], "outlet": None, "url": None},
    ),
    # the headline repeated as an image's alt text ("[Ảnh] ..."), a byline over a "last updated" line at the end
    "alt_text_title": (
        """Chính trị
Cẩm Lệ: Đối thoại để giải phóng mặt bằng khu tái định cư Hòa Phát
Thứ Tư, 17/08/2022, 07:45 [GMT+7]
[Ảnh] Cẩm Lệ: Đối thoại để giải phóng mặt bằng khu tái định cư Hòa Phát
ĐNO - Quận ủy Cẩm Lệ, thành phố Đà Nẵng chỉ đạo các phường tổ chức 24 buổi đối thoại với người dân.
[Ảnh] Cẩm Lệ: Đối thoại để giải phóng mặt bằng khu tái định cư Hòa Phát
Đến nay, 96% số hộ đã bàn giao mặt bằng cho dự án.
THANH TÙNG
Cập nhật lần cuối: 17-08-2022 16:20
""",
        {"title": "Cẩm Lệ: Đối thoại để giải phóng mặt bằng khu tái định cư Hòa Phát",
         "published": dt.date(2022, 8, 17),
         "authors": ["Thanh Tùng"], "outlet": "Báo Đà Nẵng", "url": None},
    ),
    # a photo gallery: its headline itself opens with "[Ảnh]", the byline sits in the date bar
    "gallery": (
        """Thời sự | Chính trị | Xây dựng Đảng | Multimedia
[Ảnh] Hoa Lư: Triển lãm ảnh mừng Đảng, mừng Xuân
Cập nhật lúc 09:15, 03/02/2023 | Bài, ảnh: Hoàng Yến
Ảnh 1: Các đại biểu cắt băng khai mạc triển lãm gồm hơn 200 ảnh tư liệu và 46 hiện vật.
Ảnh 2: Đảng bộ huyện hiện có 41 tổ chức cơ sở đảng với hơn 5.200 đảng viên.
""",
        {"title": "[Ảnh] Hoa Lư: Triển lãm ảnh mừng Đảng, mừng Xuân",
         "published": dt.date(2023, 2, 3),
         "authors": ["Hoàng Yến"], "outlet": None, "url": None},
    ),
    # the date above the headline with a toolbar and a counter between them
    "toolbar_between": (
        """Báo Bạc Liêu
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Hai, 27/12/2021 | 15:10 GMT+7
Cỡ chữ: A- A+ | Lượt xem: 864
Hồng Dân: Một năm của những sự kiện chính trị quan trọng
(BL) - Năm 2021, Đảng bộ huyện Hồng Dân lãnh đạo tổ chức thành công cuộc bầu cử, kết nạp 126 đảng viên mới.
Đến năm 2022, huyện phấn đấu kết nạp thêm 130 đảng viên.
Thanh Tâm
""",
        {"title": "Hồng Dân: Một năm của những sự kiện chính trị quan trọng",
         "published": dt.date(2021, 12, 27),
         "authors": ["Thanh Tâm"], "outlet": "Báo Bạc Liêu", "url": None},
    ),
    # a portal: date above the headline (not a banner), a "Theo" source line that is not an author
    "portal": (
        """Cổng thông tin điện tử huyện Tam Đường
05/05/2021
Tam Đường quán triệt Nghị quyết Đại hội Đảng bộ tỉnh
Ngày 4/5/2021, Ban Thường vụ Huyện ủy Tam Đường tổ chức hội nghị quán triệt Nghị quyết Đại hội đại biểu \
Đảng bộ tỉnh lần thứ XIV cho 250 cán bộ chủ chốt.
Theo baolaichau.vn
""",
        {"title": "Tam Đường quán triệt Nghị quyết Đại hội Đảng bộ tỉnh",
         "published": dt.date(2021, 5, 5),
         "authors": [], "outlet": "Báo Lai Châu", "url": None},
    ),
    # breadcrumb, category label, a shouted headline, a dashed date, a byline with an affiliation
    "shouted_title": (
        """Trang chủ / Thời sự / Chính trị
Chính trị - Xã hội
ĐẢNG BỘ XÃ TÂN DÂN LÃNH ĐẠO XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU
12-04-2021 08:15
Năm 2020, Đảng bộ xã Tân Dân đã lãnh đạo hoàn thành 19/19 tiêu chí nông thôn mới kiểu mẫu, thu nhập \
bình quân đạt 58 triệu đồng/người/năm.
Thanh Hà - Ngọc Lan (Trung tâm TTVH huyện)
(Còn nữa)
Chia sẻ
""",
        {"title": "ĐẢNG BỘ XÃ TÂN DÂN LÃNH ĐẠO XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU",
         "published": dt.date(2021, 4, 12), "authors": ["Thanh Hà", "Ngọc Lan"], "outlet": None, "url": None},
    ),
    # the date above the headline agrees with the article; the byline names no person
    "date_above": (
        """Báo Lạng Sơn điện tử
Thứ hai, 12/4/2021, 08:15 GMT+7
Lạng Sơn: Nâng cao chất lượng tổ chức cơ sở đảng
LSO - Sáng 12/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2021.
Nội dung hội nghị tập trung vào nâng cao chất lượng sinh hoạt chi bộ và kết nạp đảng viên mới ở cơ sở.
Nhóm PV
""",
        {"title": "Lạng Sơn: Nâng cao chất lượng tổ chức cơ sở đảng", "published": dt.date(2021, 4, 12),
         "authors": [], "outlet": "Báo Lạng Sơn", "url": None},
    ),
    # a byline under the headline, next to the date line; a bare dateline of a national outlet
    "vov": (
        """Tin mới
Thanh Hóa kiện toàn tổ chức bộ máy sau sắp xếp đơn vị hành chính
Thu Hà/VOV.VN
Thứ sáu, 15/03/2024 10:20 (GMT+7)
VOV.VN - Ban Thường vụ Tỉnh ủy Thanh Hóa vừa công bố các quyết định về công tác cán bộ tại 11 xã, \
thị trấn hình thành sau sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025.
Việc kiện toàn bảo đảm đúng quy trình, đáp ứng yêu cầu nhiệm vụ chính trị của từng địa phương.
""",
        {"title": "Thanh Hóa kiện toàn tổ chức bộ máy sau sắp xếp đơn vị hành chính",
         "published": dt.date(2024, 3, 15), "authors": ["Thu Hà"], "outlet": "Đài Tiếng nói Việt Nam",
         "url": None},
    ),
    # a site banner naming the party organ, a menu of bare section names, a breadcrumb, a caption
    "cao_bang_banner": (
        """Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng
Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao Du lịch Pháp luật Bạn đọc
Chính trị » Xây dựng Đảng
Hà Quảng: Nâng cao chất lượng sinh hoạt chi bộ ở vùng đồng bào dân tộc thiểu số
Thứ Sáu, 17/11/2023 09:30
Những năm qua, Huyện ủy Hà Quảng luôn xác định nâng cao chất lượng sinh hoạt chi bộ là giải pháp quan \
trọng để xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh ở vùng đồng bào dân tộc thiểu số.
Bí thư Huyện ủy Nông Văn Tuấn dự sinh hoạt chi bộ xóm Nà Giàng. Ảnh: Ngọc Mai
Năm 2023, toàn huyện có 86% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.
Ngọc Mai
Tags: Hà Quảng, sinh hoạt chi bộ
Chia sẻ Facebook Zalo
""",
        {"title": "Hà Quảng: Nâng cao chất lượng sinh hoạt chi bộ ở vùng đồng bào dân tộc thiểu số",
         "published": dt.date(2023, 11, 17), "authors": ["Ngọc Mai"], "outlet": "Báo Cao Bằng", "url": None},
    ),
    # a district portal: shouted banner, a '>' breadcrumb, a date above the headline, "(Theo Báo X)"
    "portal_theo": (
        """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỎ CÀY NAM - TỈNH BẾN TRE
Trang chủ > Tin tức - Sự kiện > Hoạt động của Huyện ủy
Mỏ Cày Nam: Ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới
22/05/2023 | 14:10
Ngày 20/5, Ban Dân vận Huyện ủy Mỏ Cày Nam tổ chức ra mắt mô hình "Dân vận khéo" tại xã Định Thủy, với sự \
tham gia của 120 hộ dân trên địa bàn.
Đồng chí Lê Văn Đức, Phó Bí thư Thường trực Huyện ủy dự và phát biểu tại buổi lễ.
Hữu Hiệp
(Theo Báo Đồng Khởi)
In bài viết | Gửi email | Lên đầu trang
Tổng lượt truy cập: 1.516.207
""",
        {"title": "Mỏ Cày Nam: Ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới",
         "published": dt.date(2023, 5, 22), "authors": ["Hữu Hiệp"], "outlet": "Báo Đồng Khởi", "url": None},
    ),
    # the dateline abbreviation opens the date line; a hamburger menu; a campaign kicker above the headline
    "bac_giang_dateline": (
        """☰ Chuyên mục Thời sự Chính trị Xây dựng Đảng Kinh tế Văn hóa - Xã hội Du lịch Video
Thứ Ba, 25/11/2026
Tiến tới Đại hội Đảng bộ tỉnh lần thứ XIX
Lục Ngạn kết nạp 215 đảng viên mới trong năm 2018
BGĐT - Thứ Hai, 12/11/2018 10:05
Năm 2018, Đảng bộ huyện Lục Ngạn đã kết nạp 215 đảng viên mới, đạt 107,5% kế hoạch; trong đó có 48 đảng \
viên là đoàn viên thanh niên, 12 đảng viên trong doanh nghiệp ngoài nhà nước.
Ông Vũ Đức Toàn, Tỉnh ủy viên, Bí thư Huyện ủy Lục Ngạn cho biết huyện tiếp tục chú trọng phát triển \
đảng viên ở thôn, bản chưa có chi bộ.
Bài, ảnh: Thanh Huyền
""",
        {"title": "Lục Ngạn kết nạp 215 đảng viên mới trong năm 2018", "published": dt.date(2018, 11, 12),
         "authors": ["Thanh Huyền"], "outlet": "Báo Bắc Giang", "url": None},
    ),
    # a shouted "Online" banner, a "today" banner, a section label, an ALL-CAPS headline kept as written,
    # an unrecognised related-news list under the byline
    "can_tho_today": (
        """BÁO CẦN THƠ ONLINE
Hôm nay: Thứ hai, 18/3/2024
Trang nhất Chính trị Kinh tế Xã hội Quốc phòng - An ninh Văn hóa Thể thao Thế giới
CHÍNH TRỊ - XÂY DỰNG ĐẢNG
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ LẦN THỨ 15: Đánh giá kết quả 6 tháng đầu năm
Cập nhật lúc 15:20, 14/09/2023
Sáng 13/9, Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa XV tổ chức Hội nghị lần thứ 15 đánh giá kết quả \
thực hiện nhiệm vụ 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm.
Theo báo cáo, tốc độ tăng trưởng kinh tế 6 tháng đầu năm của thành phố ước đạt 6,2%; thu ngân sách đạt \
58,3% dự toán.
Bài, ảnh: TRÚC PHƯƠNG
Ninh Kiều
- TP Cần Thơ: Quận Ninh Kiều sơ kết công tác xây dựng Đảng 9 tháng
- Phong Điền kết nạp 36 đảng viên mới
""",
        {"title": "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ LẦN THỨ 15: Đánh giá kết quả 6 tháng đầu năm",
         "published": dt.date(2023, 9, 14), "authors": ["Trúc Phương"], "outlet": "Báo Cần Thơ", "url": None},
    ),
    # "<Báo> <province> điện tử": the outlet in natural case; one name closing the body, then furniture
    "hai_duong_furniture": (
        """Báo Hải Dương điện tử
Giới thiệu  Tin tức - Sự kiện  Xây dựng Đảng  Văn bản  Liên hệ
Chính trị - Xây dựng Đảng
Tân Phó Bí thư Tỉnh ủy cam kết phát huy truyền thống đoàn kết của Đảng bộ tỉnh
12/03/2024 16:42
Chiều 12/3, Ban Chấp hành Đảng bộ tỉnh Hải Dương tổ chức hội nghị công bố quyết định của Bộ Chính trị về \
công tác cán bộ. Đồng chí Đỗ Quang Tiến, Phó Bí thư Thường trực Tỉnh ủy Hải Dương dự và phát biểu.
Phát biểu nhận nhiệm vụ, tân Phó Bí thư Tỉnh ủy THÂN VĂN KHOA cam kết cùng tập thể Ban Chấp hành phát huy \
truyền thống đoàn kết.
Thành Chung
Tags: Tỉnh ủy Hải Dương
Thông tin cần biết | Giá vàng | Thời tiết
Chia sẻ
""",
        {"title": "Tân Phó Bí thư Tỉnh ủy cam kết phát huy truyền thống đoàn kết của Đảng bộ tỉnh",
         "published": dt.date(2024, 3, 12), "authors": ["Thành Chung"], "outlet": "Báo Hải Dương", "url": None},
    ),
    # the national agency's banner, a kicker, the agency's dateline and a byline "X - Y (TTXVN)"
    "ttxvn_banner": (
        """THÔNG TẤN XÃ VIỆT NAM - Tin tức, sự kiện
Chính trị  Thời sự  Thế giới  Kinh tế  Xã hội  Pháp luật  Văn hóa  Thể thao
Chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII
Mèo Vạc: Khơi dậy khát vọng thoát nghèo trên cao nguyên đá
Thứ Sáu, 14/08/2020 10:12 (GMT+7)
(TTXVN) - Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XIX, tỷ lệ hộ nghèo của huyện Mèo \
Vạc giảm bình quân 6,2%/năm.
Văn Tý - Hoàng Nguyên (TTXVN)
Mèo Vạc: Khơi dậy khát vọng thoát nghèo trên cao nguyên đá
Bản quyền thuộc về Thông tấn xã Việt Nam
""",
        {"title": "Mèo Vạc: Khơi dậy khát vọng thoát nghèo trên cao nguyên đá", "published": dt.date(2020, 8, 14),
         "authors": ["Văn Tý", "Hoàng Nguyên"], "outlet": "Thông tấn xã Việt Nam", "url": None},
    ),
    # an "Online" banner with the paper's own name; a shouted byline at the end; "Nhóm PV" is nobody
    "dong_khoi_online": (
        """Báo Đồng Khởi Online
Trang nhất  Chính trị  Kinh tế  Xã hội  Bến Tre - Đất và Người
Xây dựng Đảng
Chợ Lách: Đảng bộ xã Vĩnh Thành lãnh đạo phát triển kinh tế vườn
Cập nhật ngày: 08/06/2022 - 07:55
Những năm qua, Đảng ủy xã Vĩnh Thành đã ban hành Nghị quyết chuyên đề về phát triển kinh tế vườn, nâng thu \
nhập bình quân đầu người lên 62 triệu đồng/năm.
NGUYỄN VĂN AN
Lượt xem: 2.345
""",
        {"title": "Chợ Lách: Đảng bộ xã Vĩnh Thành lãnh đạo phát triển kinh tế vườn",
         "published": dt.date(2022, 6, 8), "authors": ["Nguyễn Văn An"], "outlet": "Báo Đồng Khởi", "url": None},
    ),
    # the party's national paper as banner; '|' date stamp; a source line naming no person
    "dcsvn_banner": (
        """Báo điện tử Đảng Cộng sản Việt Nam
Trang chủ  Tin tức - Sự kiện  Xây dựng Đảng  Địa phương  Chính sách mới  Tư liệu văn kiện
Địa phương
Thành ủy Vĩnh Yên kiện toàn tổ chức bộ máy sau sắp xếp
05/02/2025 | 09:20
(ĐCSVN) - Thực hiện Nghị quyết số 18-NQ/TW, Thành ủy Vĩnh Yên đã giảm 3 đầu mối cơ quan tham mưu, giúp \
việc và 2 phòng chuyên môn thuộc UBND thành phố.
Nhóm PV
""",
        {"title": "Thành ủy Vĩnh Yên kiện toàn tổ chức bộ máy sau sắp xếp", "published": dt.date(2025, 2, 5),
         "authors": [], "outlet": "Báo điện tử Đảng Cộng sản Việt Nam", "url": None},
    ),
    # an ambiguous dateline abbreviation read with the article's province
    "ambiguous_dateline": (
        """Tây Giang nâng chất lượng đảng viên ở vùng cao
Thứ năm, 02/03/2023 - 05:30
(QNO) - Năm 2022, Đảng bộ huyện Tây Giang, tỉnh Quảng Nam kết nạp 96 đảng viên mới, trong đó 80% là \
người đồng bào Cơ Tu.
Alăng Ngước
""",
        {"title": "Tây Giang nâng chất lượng đảng viên ở vùng cao", "published": dt.date(2023, 3, 2),
         "authors": ["Alăng Ngước"], "outlet": "Báo Quảng Nam", "url": None},
    ),
}


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def article(request: pytest.FixtureRequest) -> tuple[dict[str, Any], dict[str, Any]]:
    text, gold = ARTICLES[request.param]
    return document.extract(Text(text)), gold


@pytest.mark.parametrize("field", ["title", "published", "authors", "outlet", "url"])
def test_metadata_of_written_articles(article: tuple[dict[str, Any], dict[str, Any]], field: str) -> None:
    got, gold = article
    assert got.get(field) == gold[field]


def test_there_are_enough_articles() -> None:
    assert len(ARTICLES) >= 6


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Thứ Hai, 12/04/2021 - 08:15", dt.date(2021, 4, 12)),
        ("Ngày cập nhật: 02/07/2020 14:28:39", dt.date(2020, 7, 2)),
        ("23/10/2022 19:14 Tăng trưởng xanh", dt.date(2022, 10, 23)),
        ("12 tháng 4 năm 2021", dt.date(2021, 4, 12)),
        ("2021-04-12", dt.date(2021, 4, 12)),
        ("Cập nhật lúc 08:15, ngày 12 tháng 4 năm 2021", dt.date(2021, 4, 12)),
        ("Thứ 7, 12/06/2021 | 06:42:58 [GMT +7] A A", dt.date(2021, 6, 12)),
        ("Đăng ngày: 05/05/2021", dt.date(2021, 5, 5)),
        ("Ngày 12/4/2021, Huyện ủy tổ chức hội nghị tổng kết công tác năm", None),  # body prose
        ("Nghị quyết số 03-NQ/HU ngày 5/5/2021", None),
    ],
)
def test_date_lines(line: str, date: dt.date | None) -> None:
    assert document._date_line(line) == date


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Trúc Linh", ["Trúc Linh"]),
        ("Minh Phú - Thu Hà", ["Minh Phú", "Thu Hà"]),
        ("HỒNG NHUNG", ["Hồng Nhung"]),
        ("Bài và ảnh: Đức Anh", ["Đức Anh"]),
        ("Thu Hà (tổng hợp)", ["Thu Hà"]),
        ("* HỒ SỸ TRUNG, Phó Bí thư Thường trực Thành ủy", ["Hồ Sỹ Trung"]),
        ("Bài: Thu Hà; ảnh: Minh Phú", ["Thu Hà"]),
        # the author's unit after the names closes the byline; a given name that opens a unit's name does not
        ("Kim Sa Rinh - Trung tâm VH-TT-TT huyện", ["Kim Sa Rinh"]),
        ("Thu Hà - Phòng Văn hóa huyện", ["Thu Hà"]),
        ("Thu Hiền - Văn Quang", ["Thu Hiền", "Văn Quang"]),
        ("Thu Hà - Trung Kiên", ["Thu Hà", "Trung Kiên"]),
        # an academic degree before the name, a "Người viết:" label and the writer's office in brackets
        ("ThS. Nguyễn Thị Thu Hằng", ["Nguyễn Thị Thu Hằng"]),
        ("PGS.TS. Lê Văn An", ["Lê Văn An"]),
        ("Người viết: Trịnh Thu Phương (Văn phòng Huyện ủy)", ["Trịnh Thu Phương"]),
        ("Thu Hà/Báo Lào Cai", ["Thu Hà"]),
        ("Ảnh: Lâm Thanh", None),
        ("Theo Báo Nhân Dân", None),
        ("Hiệu quả trong thực tiễn", None),
        ("TTXVN", None),
        ("Nhóm PV", None),
        ("Tỉnh Ủy Quảng Trị", None),
        ("Thu Hà/VOV.VN", ["Thu Hà"]),
        ("Minh Phú - TTXVN", ["Minh Phú"]),
        ("Giàng A Chu", ["Giàng A Chu"]),
        # text and photos credited together or apart, however joined
        ("Tin/ảnh: Thanh Hà", ["Thanh Hà"]),
        ("Bài - Ảnh: Quốc Việt", ["Quốc Việt"]),
        ("Bài: Thu Hà / Ảnh: Minh Đức", ["Thu Hà"]),
        ("Ảnh: Minh Đức", None),
        ("Người đăng: Thanh Tâm", ["Thanh Tâm"]),
    ],
)
def test_byline_lines(line: str, names: list[str] | None) -> None:
    assert document._author_names(line) == names


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("BÁO QUẢNG TRỊ", "Báo Quảng Trị"),
        ("Báo Lào Cai", "Báo Lào Cai"),
        ("báo bến tre", "Báo Đồng Khởi"),
        # a paper's own name as written, longer than its province's: not the province's paper by another name
        ("© Bản quyền thuộc về Báo Hà Nội mới", "Báo Hà Nội mới"),
        ("© Báo Hànộimới - Cơ quan của Đảng bộ thành phố Hà Nội", "Báo Hànộimới"),
        ("BÁO ĐIỆN TỬ HẢI DƯƠNG", "Báo Hải Dương"),  # a province's paper online
        ("Báo điện tử Chính phủ", "Báo điện tử Chính phủ"),
        ("Tạp chí Cộng sản", "Tạp chí Cộng sản"),
        ("Báo Quân đội nhân dân", "Báo Quân đội nhân dân"),
        ("Báo Điện tử", None),
        # a provincial radio and television station, however its kind is written
        ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH ĐỊNH", "Đài Phát thanh và Truyền hình Bình Định"),
        ("Đài PT-TH Yên Bái", "Đài Phát thanh và Truyền hình Yên Bái"),
        ("Đài Phát thanh - Truyền hình Hà Tĩnh", "Đài Phát thanh và Truyền hình Hà Tĩnh"),
        ("Đài phát thanh xã", None),
        # since 2025 a province's paper and station are one outlet
        ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP", "Báo và Phát thanh, Truyền hình Đồng Tháp"),
        ("© Bản quyền thuộc Báo và Phát thanh - Truyền hình Gia Lai", "Báo và Phát thanh, Truyền hình Gia Lai"),
        ("© Báo và Phát thanh, Truyền hình Nghệ An. Giấy phép số 118/GP-BVHTTDL.",
         "Báo và Phát thanh, Truyền hình Nghệ An"),
        # a province's name with a hyphen
        ("© Bản quyền thuộc Báo Bà Rịa - Vũng Tàu. Ghi rõ nguồn khi phát hành lại.", "Báo Bà Rịa - Vũng Tàu"),
        # national dailies, a name before its tagline
        ("VnExpress. Báo tiếng Việt nhiều người xem nhất.", "VnExpress"),
        ("Báo Tuổi Trẻ", "Báo Tuổi Trẻ"),
        ("Dân trí", "Báo Dân trí"),
        # the paper named first, before the merged outlet it belongs to; a name in quotes
        ("© Báo Đà Nẵng - Báo và Phát thanh, Truyền hình Đà Nẵng", "Báo Đà Nẵng"),
        ('"Báo và Phát thanh, Truyền hình Bắc Ninh" khi phát hành lại', "Báo và Phát thanh, Truyền hình Bắc Ninh"),
        ("Báo và phát thanh viên của tỉnh", None),
        ("Đài Phát thanh và Truyền hình", None),
    ],
)
def test_outlet_names(line: str, outlet: str | None) -> None:
    assert document._outlet_from_name(line) == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("http://www.baolaocai.vn/chinh-tri/x.htm", "Báo Lào Cai"),
        ("https://hanoimoi.vn/x.html", "Báo Hà Nội mới"),  # Hà Nội's paper: the name most annotators write
        ("https://vnexpress.net/bac-giang-tang-truong-4767.html", "VnExpress"),
        ("https://baoquangtri.vn/x", "Báo Quảng Trị"),
        ("https://nhandan.vn/x", "Báo Nhân Dân"),
        ("https://special.nhandan.vn/x", "Báo Nhân Dân"),
        ("https://www.qdnd.vn/x", "Báo Quân đội nhân dân"),
        ("https://example.com/x", None),
    ],
)
def test_outlet_domains(url: str, outlet: str | None) -> None:
    assert document._outlet_from_domain(url) == outlet


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [("(QTO) - Sáng nay", "Báo Quảng Trị"), ("(LCĐT) - Chiều 5/5", "Báo Lào Cai"),
     ("NDO - Sáng 12/4", "Báo Nhân Dân"), ("Hà Nội, 12/4 (TTXVN) - Chiều nay", "Thông tấn xã Việt Nam"),
     ("(Chinhphu.vn) - Thủ tướng", "Báo điện tử Chính phủ")],
)
def test_datelines(dateline: str, outlet: str) -> None:
    text = f"Tiêu đề bài viết về công tác xây dựng Đảng\n{dateline} nội dung bài viết.\n"
    assert document.extract(Text(text))["outlet"] == outlet


@pytest.mark.parametrize(
    ("tail", "url"),
    [
        ("Nguồn: https://baolaocai.vn/a-1.htm", "https://baolaocai.vn/a-1.htm"),
        ("Theo https://nhandan.vn/b-2.html", "https://nhandan.vn/b-2.html"),
        ("Link bài gốc: http://www.baoquangtri.vn/c-3.htm", "http://www.baoquangtri.vn/c-3.htm"),
        ("Người dân có thể truy cập https://dichvucong.gov.vn để nộp hồ sơ trực tuyến.", None),
    ],
)
def test_source_urls(tail: str, url: str | None) -> None:
    text = f"Tiêu đề bài viết về công tác xây dựng Đảng ở cơ sở\nNội dung bài viết.\n{tail}\n"
    assert document.extract(Text(text))["url"] == url


def test_empty_and_blank_texts() -> None:
    assert document.extract(Text("")) == {}
    assert document.extract(Text("\n \n")) == {}


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.seeds
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds absent")
@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [], ids=lambda p: p.stem)
def test_seed_titles_are_lines_of_the_text(path: Path) -> None:
    import unicodedata

    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    meta = document.extract(Text(text))
    assert meta["title"] and meta["title"] in " ".join(text.split())


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("BGĐT - Thứ Hai, 12/11/2018 10:05", dt.date(2018, 11, 12)),  # dateline abbreviation first
        ("(BĐL) - 09/12/2022 07:45", dt.date(2022, 12, 9)),
        ("Cập nhật lúc 15:20, 14/09/2023 (GMT+7)", dt.date(2023, 9, 14)),
        ("Ngày đăng: 05/04/2024 - Lượt xem: 862", dt.date(2024, 4, 5)),
        ("Hôm nay: Thứ hai, 18/3/2024", None),  # the page's today, never the article's
        ("Hôm nay, ngày 05/05/2021", None),
        ("BGĐT - Năm 2018, huyện Lục Ngạn kết nạp 215 đảng viên mới, ngày 12/11/2018", None),  # prose
    ],
)
def test_date_lines_with_datelines_and_banners(line: str, date: dt.date | None) -> None:
    assert document._date_line(line) == date


TITLE_PAGE = "{top}\n{title}\n12/03/2024 16:42\n" + (
    "Chiều 12/3, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I, triển "
    "khai nhiệm vụ trọng tâm quý II năm 2024 với sự tham dự của 120 đại biểu.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng",
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH",
        "Báo điện tử Đảng Cộng sản Việt Nam",
        "THÔNG TẤN XÃ VIỆT NAM - Tin tức, sự kiện",
        "Trang thông tin điện tử Đảng bộ tỉnh Sóc Trăng",
        "baohaiduong.vn - Tin tức mới nhất tỉnh Hải Dương",
        "Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao Du lịch Pháp luật Bạn đọc",
        "☰ Chuyên mục Thời sự Chính trị Xây dựng Đảng Kinh tế Văn hóa - Xã hội",
        "Giới thiệu  Tin tức - Sự kiện  Xây dựng Đảng  Văn bản  Liên hệ",
        "Trang nhất Chính trị Kinh tế Xã hội Pháp luật Quốc phòng Văn hóa Thể thao Tây Ninh - Đất và Người",
        "Chính trị » Xây dựng Đảng",
        "Chính trị - Xây dựng Đảng",
        "XÂY DỰNG ĐẢNG",
        "Trang chủ / Tin tức / Hoạt động của Huyện ủy",
    ],
)
@pytest.mark.parametrize(
    "title",
    [
        "Thị ủy Vĩnh Châu: Phát huy vai trò hạt nhân chính trị ở vùng đồng bào Khmer",
        "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 15: Đánh giá kết quả 6 tháng đầu năm",
        "Đồng Văn: Sức bật mới nơi địa đầu cực Bắc",
        "Báo Quảng Ninh trao 200 suất quà Tết cho hộ nghèo huyện Bình Liêu",
        "Kiểm tra công tác tổ chức đại hội chi bộ ở xã Tân Dân",
    ],
)
def test_the_headline_beats_page_furniture(furniture: str, title: str) -> None:
    text = TITLE_PAGE.format(top=furniture, title=title)
    assert document.extract(Text(text))["title"] == title
    below = f"{title}\n{furniture}\n12/03/2024 16:42\n" + TITLE_PAGE.split("\n", 3)[3]
    assert document.extract(Text(below))["title"] == title  # wherever the furniture sits


@pytest.mark.parametrize(
    ("banner", "outlet"),
    [
        ("Báo Hải Dương điện tử", "Báo Hải Dương"),
        ("Báo Đồng Khởi Online", "Báo Đồng Khởi"),
        ("BÁO CẦN THƠ ONLINE", "Báo Cần Thơ"),
        ("BÁO ĐẮK LẮK ĐIỆN TỬ", "Báo Đắk Lắk"),
        ("Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng", "Báo Cao Bằng"),
        ("Quảng Nam Online | Thời sự | Chính trị | Kinh tế", "Báo Quảng Nam"),
        ("THÔNG TẤN XÃ VIỆT NAM - Tin tức, sự kiện", "Thông tấn xã Việt Nam"),
        ("Báo điện tử Đảng Cộng sản Việt Nam", "Báo điện tử Đảng Cộng sản Việt Nam"),
        ("Nhân Dân điện tử", "Báo Nhân Dân"),
        ("Cổng thông tin điện tử huyện Tam Đường", None),  # a portal is not an outlet
        ("BÌNH ĐỊNH TV - Đài Phát thanh và Truyền hình Bình Định", "Đài Phát thanh và Truyền hình Bình Định"),
        ("Đài Phát thanh và Truyền hình Lạng Sơn", "Đài Phát thanh và Truyền hình Lạng Sơn"),
        ("LẠNG SƠN TV - Thời sự | Chính trị", None),
        ("XÂY DỰNG ĐẢNG", None),  # a section, not the magazine
        ("Trang chủ | Chính trị | Kinh tế", None),
    ],
)
def test_outlet_from_the_site_banner(banner: str, outlet: str | None) -> None:
    assert document.extract(Text(TITLE_PAGE.format(top=banner, title="Tiêu đề bài viết về công tác xây dựng Đảng")))[
        "outlet"
    ] == outlet


@pytest.mark.parametrize(
    ("province", "outlet"),
    [
        ("tỉnh Quảng Nam", "Báo Quảng Nam"),
        ("tỉnh Quảng Ngãi", "Báo Quảng Ngãi"),
        ("tỉnh Quảng Ninh", "Báo Quảng Ninh"),
        ("cả nước", "Báo Quảng Nam"),  # no province named: the paper known to use it
    ],
)
def test_ambiguous_dateline_is_read_with_the_article_province(province: str, outlet: str) -> None:
    text = (
        "Tiêu đề bài viết về công tác xây dựng Đảng ở cơ sở\n"
        f"(QNO) - Năm 2022, Đảng bộ huyện miền núi của {province} kết nạp 96 đảng viên mới.\n"
    )
    assert document.extract(Text(text))["outlet"] == outlet


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Bài, ảnh: Mỹ Thanh", ["Mỹ Thanh"]),
        ("Tin, ảnh: Đức Lam", ["Đức Lam"]),
        ("Bài, ảnh: TRÚC PHƯƠNG", ["Trúc Phương"]),
        ("NGUYỄN XUÂN", ["Nguyễn Xuân"]),
        ("Văn Tý - Hoàng Nguyên (TTXVN)", ["Văn Tý", "Hoàng Nguyên"]),
        ("Ngọc Hân (Ban Tuyên giáo Thị ủy Hòa Thành)", ["Ngọc Hân"]),
        ("Theo Báo Đồng Khởi", None),
        ("(Theo Báo Thái Bình)", None),
        ("Nhóm phóng viên", None),
        ("Tân Phó Bí thư Tỉnh ủy cam kết phát huy truyền thống", None),  # a word before a title is no one
        ("- TP Cần Thơ: Quận Ninh Kiều sơ kết công tác xây dựng Đảng", None),
    ],
)
def test_more_byline_lines(line: str, names: list[str] | None) -> None:
    assert document._author_names(line) == names


def test_today_banner_loses_to_the_headline_date() -> None:
    text = (
        "BÁO ĐẮK LẮK ĐIỆN TỬ\nHôm nay: Thứ hai, 18/3/2024\nChính trị | Kinh tế | Xã hội\n"
        "Đảng ủy xã Ea Phê lãnh đạo tái canh cà phê gắn với giảm nghèo bền vững\n"
        "Thứ Sáu, 09/12/2022, 07:45 [GMT+7]\n"
        "(BĐL) - Năm 2022, Đảng ủy xã Ea Phê đã tái canh hơn 2.100 ha cà phê, sản lượng ước đạt 6.800 tấn.\n"
    )
    meta = document.extract(Text(text))
    assert meta["published"] == dt.date(2022, 12, 9)
    assert meta["outlet"] == "Báo Đắk Lắk"


def test_a_congress_opening_a_term_dates_its_article() -> None:
    """A date line above the headline, over an article whose latest dated event is a 2018 directive's date: the
    term the congress opens ("nhiệm kỳ 2021 - 2026") says the article is of 2021, so the date is its own."""
    text = (
        "BÁO HẬU GIANG ĐIỆN TỬ\nTrang chủ | Tin tức | Chính trị\nThứ Ba, 20/04/2021 - 15:32\n"
        "Phụ nữ Vị Thủy đoàn kết, sáng tạo, phát triển kinh tế gia đình\n"
        "Ngày 19-4, Hội LHPN huyện tổ chức Đại hội đại biểu Phụ nữ huyện lần thứ VIII, nhiệm kỳ 2021 - 2026. "
        "Các cấp Hội thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư.\n"
    )
    assert document.extract(Text(text))["published"] == dt.date(2021, 4, 20)


def test_a_toolbar_between_the_date_line_and_the_headline() -> None:
    text = (
        "ĐẢNG CỘNG SẢN VIỆT NAM\nTrang chủ | Tin hoạt động | Xây dựng Đảng\nThứ Hai, 19/08/2024 - 17:25\n"
        "A- A A+ | In bài | Chia sẻ\nBộ Chính trị điều động, phân công nhiều cán bộ chủ chốt\n"
        "(ĐCSVN) - Chiều 19/8, tại Hà Nội, Bộ Chính trị trao các quyết định điều động, phân công cán bộ.\n"
    )
    assert document.extract(Text(text))["published"] == dt.date(2024, 8, 19)


def test_a_section_path_between_the_date_line_and_the_headline() -> None:
    text = (
        "BÁO HÀ TĨNH ĐIỆN TỬ\nThời sự | Chính trị | Kinh tế | Xã hội\nThứ Tư, 20/03/2024 - 06:15 (GMT+7)\n"
        "Kinh tế > Công nghiệp\nVũng Áng - động lực tăng trưởng của Hà Tĩnh\n"
        "(Baohatinh.vn) - Sau hơn 15 năm hình thành, Khu kinh tế Vũng Áng đã trở thành đầu tàu công nghiệp.\n"
    )
    assert document.extract(Text(text))["published"] == dt.date(2024, 3, 20)


def test_date_far_above_the_headline_is_the_site_banner() -> None:
    text = (
        "Thứ Hai, 18/3/2024\nBáo Sơn La điện tử\nTrang chủ | Chính trị | Kinh tế | Xã hội\n"
        "Mường La nâng cao chất lượng tổ chức cơ sở đảng\n"
        "Năm 2024, Huyện ủy Mường La đã kết nạp 215 đảng viên mới, đạt 107% kế hoạch được giao trong năm.\n"
    )
    assert document.extract(Text(text))["published"] is None


def test_a_kicker_above_the_headline_loses_without_dates() -> None:
    """No date, no dateline: the headline is still the line its lead paragraph follows."""
    text = (
        "Chào mừng Đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2025 - 2030\n"
        "Bát Xát dồn sức xây dựng nông thôn mới ở các xã vùng cao\n"
        "Năm 2024, huyện Bát Xát có thêm 2 xã đạt chuẩn nông thôn mới, nâng tổng số lên 12 xã.\n"
        "Thu nhập bình quân đầu người của huyện đạt 48 triệu đồng, tăng 4,5 triệu đồng so với năm 2023.\n"
    )
    assert document.extract(Text(text))["title"] == "Bát Xát dồn sức xây dựng nông thôn mới ở các xã vùng cao"


def test_headline_repeated_as_alt_text_wins_over_a_kicker() -> None:
    text = (
        "Tiến tới Đại hội Đảng bộ tỉnh lần thứ XVIII\n"
        "Sơn Động giữ vững vai trò hạt nhân chính trị ở cơ sở\n"
        "Sơn Động giữ vững vai trò hạt nhân chính trị ở cơ sở\n"
        "Đảng bộ huyện hiện có 42 tổ chức cơ sở đảng với 3.500 đảng viên\n"
    )
    assert document.extract(Text(text))["title"] == "Sơn Động giữ vững vai trò hạt nhân chính trị ở cơ sở"


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("Theo TTXVN", "Thông tấn xã Việt Nam"),
        ("(Theo VOV)", "Đài Tiếng nói Việt Nam"),
        ("Nguồn: QĐND", "Báo Quân đội nhân dân"),
        ("(Theo Báo Thái Bình)", "Báo Thái Bình"),
        ("Theo báo cáo của Ban Tổ chức Huyện ủy, toàn huyện có 36 chi bộ.", None),
    ],
)
def test_source_lines_name_the_outlet_not_an_author(source: str, outlet: str | None) -> None:
    text = (
        "Tiêu đề bài viết về công tác xây dựng Đảng ở cơ sở\n"
        "Năm 2024, Đảng bộ huyện kết nạp 120 đảng viên mới, đạt 105% kế hoạch được giao trong năm.\n"
        f"Minh Anh\n{source}\n"
    )
    meta = document.extract(Text(text))
    assert meta["outlet"] == outlet
    if outlet:
        assert meta["authors"] == ["Minh Anh"]


def test_a_labelled_byline_right_after_the_lead_paragraph() -> None:
    lead = "Gần 30 năm gắn bó với công tác cơ sở, đồng chí Lê Đình Thành luôn được cán bộ, đảng viên tin yêu. " * 3
    text = (
        "Người bí thư giữ lửa ở đất học Hoằng Lộc\n20/06/2024 07:15 | Lượt xem: 1.576\n"
        f"{lead}\nBài và ảnh: Lê Hợi\nTừ anh bộ đội xuất ngũ đến người đứng đầu cấp ủy\n"
    )
    assert len(lead) > 200
    assert document.extract(Text(text))["authors"] == ["Lê Hợi"]


def test_a_byline_under_the_article_s_url_under_the_date() -> None:
    text = (
        "Khai mạc Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI\nCập nhật: 12/08/2022, 17:45\n"
        "https://baothainguyen.vn/chinh-tri/202208/khai-mac-dai-hoi-doan-3f27a1c/\nThu Hằng\n"
        "Sáng 12/8, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh khai mạc.\n"
    )
    assert document.extract(Text(text))["authors"] == ["Thu Hằng"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [("KIM THOA", ["Kim Thoa"]), ("NGUYỄN VĂN AN", ["Nguyễn Văn An"]), ("KẾT QUẢ NỔI BẬT", []), ("NHIỀU KẾT QUẢ", [])],
)
def test_a_shouted_byline_right_after_the_lead_paragraph(line: str, authors: list[str]) -> None:
    """A pen name in capitals under the lead is a byline; a subheading in capitals there is not."""
    lead = "Ngày 12/9/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết về Khmer. "
    text = (
        "Sơ kết 5 năm thực hiện Nghị quyết về công tác đồng bào Khmer\nCập nhật: 12/09/2024 - 16:20\n"
        f"{lead * 3}\n{line}\nNghị quyết được ban hành nhằm cụ thể hóa Chỉ thị của Ban Bí thư.\n"
    )
    assert len(lead * 3) > 200
    assert document.extract(Text(text))["authors"] == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [("28/03/2024 - 06:35 | Hà Linh", ["Hà Linh"]), ("15/09/2023 | Nghe đọc bài | A A A", [])],
)
def test_names_closing_a_date_line_after_its_bar(line: str, authors: list[str]) -> None:
    text = (
        "Thanh Oai tăng tốc về đích nông thôn mới nâng cao\n"
        f"{line}\n(HNM) - Sau ba năm thực hiện Nghị quyết Đại hội, huyện Thanh Oai có thêm 6 xã đạt chuẩn.\n"
    )
    assert document.extract(Text(text))["authors"] == authors


def test_a_natural_case_byline_under_a_short_lead_paragraph() -> None:
    text = (
        "Vân Đồn: Hướng tới trung tâm kinh tế biển hiện đại\nCập nhật lúc 07:40, Thứ Ba, 16/05/2023 (GMT+7)\n"
        "Khu kinh tế Vân Đồn đang bước vào giai đoạn tăng tốc sau khi quy hoạch chung được Thủ tướng phê duyệt.\n"
        "Thu Hà\nTheo Ban Quản lý Khu kinh tế tỉnh, lũy kế đến hết tháng 4/2023, khu kinh tế thu hút 52 dự án.\n"
    )
    assert document.extract(Text(text))["authors"] == ["Thu Hà"]


def test_a_photo_first_byline_is_no_headline() -> None:
    text = (
        "Báo Bạc Liêu điện tử\nThứ Tư, 10/04/2024 - 15:42\n"
        "Mặn mòi mùa muối ở ven biển Đông Hải\n"
        "Ảnh và bài: HUỲNH LÂM - THẢO NGUYÊN\n"
        "(BL) - Những ngày cuối mùa khô, trên cánh đồng muối ven biển, diêm dân tranh thủ từng giờ nắng.\n"
    )
    meta = document.extract(Text(text))
    assert (meta["title"], meta["authors"]) == ("Mặn mòi mùa muối ở ven biển Đông Hải", ["Huỳnh Lâm", "Thảo Nguyên"])


@pytest.mark.parametrize("above", ["(Đã ký)", "BÍ THƯ"])
def test_the_signer_of_a_document_printed_whole_is_no_author(above: str) -> None:
    text = (
        "Báo cáo kết quả thực hiện nhiệm vụ năm 2023 của Đảng bộ huyện\n"
        "Năm 2023, Đảng bộ huyện kết nạp 215 đảng viên mới, đạt 107,5% kế hoạch được giao trong năm.\n"
        "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng Huyện ủy.\n"
        f"T/M HUYỆN ỦY\n{'BÍ THƯ' + chr(10) if above != 'BÍ THƯ' else ''}{above}\nNguyễn Văn Quyết\n"
    )
    assert document.extract(Text(text))["authors"] == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Nguyễn Hải - 10/12/2024 07:05", ["Nguyễn Hải"]),
        ("Ngọc Anh - Thu Huyền – 10/12/2024 08:30", ["Ngọc Anh", "Thu Huyền"]),
        ("Hà Nội - 10/12/2024 07:05", []),  # a place, no byline
    ],
)
def test_a_byline_and_a_dash_before_the_date(line: str, authors: list[str]) -> None:
    text = (
        "Báo Nghệ An điện tử\nChính trị > Xây dựng Đảng\n"
        "Nâng cao chất lượng thu, nộp đảng phí và kiểm tra tài chính đảng\n"
        f"{line}\n"
        "(Baonghean.vn) - Năm 2024, công tác thu, nộp đảng phí trong Đảng bộ tỉnh có nhiều chuyển biến tích cực.\n"
    )
    meta = document.extract(Text(text))
    assert meta["title"] == "Nâng cao chất lượng thu, nộp đảng phí và kiểm tra tài chính đảng"
    assert (meta["published"], meta["authors"]) == (dt.date(2024, 12, 10), authors)


@pytest.mark.parametrize(
    ("label", "authors"),
    [("BTV: Kim Ngân", ["Kim Ngân"]), ("Thực hiện: Kim Ngân", ["Kim Ngân"]), ("Ảnh: Kim Ngân", [])],
)
def test_a_labelled_byline_under_the_headline_past_a_player(label: str, authors: list[str]) -> None:
    """A station's page: the date line, a video player and its title line, then the byline."""
    text = (
        "Huyện ủy Vũng Liêm sơ kết công tác 6 tháng đầu năm\n"
        "Cập nhật: 10/07/2024 - 19:42 | Lượt xem: 1.046\n"
        "▶ 00:00 / 02:51\n"
        "Video: Huyện ủy Vũng Liêm sơ kết công tác 6 tháng đầu năm (Thời sự 19 giờ)\n"
        f"{label}\n"
        "Sáng 10/7, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.\n"
    )
    assert document.extract(Text(text))["authors"] == authors


@pytest.mark.parametrize(
    ("closing", "outlet", "authors"),
    [
        # a source credited in brackets after the byline, on its line
        ("Tin, ảnh: Minh Anh (Theo Báo Phú Yên)", "Báo Phú Yên", ["Minh Anh"]),
        ("Minh Anh (Nguồn: Báo Gia Lai)", "Báo Gia Lai", ["Minh Anh"]),
        # near misses: a report in brackets, or a sentence that is no byline
        ("Minh Anh (Theo báo cáo của UBND huyện)", None, ["Minh Anh"]),
        ("Các đại biểu dự hội nghị (Theo Báo Phú Yên)", None, []),
    ],
)
def test_a_source_after_a_byline_names_the_outlet(closing: str, outlet: str | None, authors: list[str]) -> None:
    text = (
        "Tiêu đề bài viết về công tác xây dựng Đảng ở cơ sở\n"
        "Năm 2024, Đảng bộ huyện kết nạp 120 đảng viên mới, đạt 105% kế hoạch được giao trong năm.\n"
        f"{closing}\n"
    )
    meta = document.extract(Text(text))
    assert (meta["outlet"], meta["authors"]) == (outlet, authors)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # the article's date sharing its line with page tools and counters
        ("Ngày đăng: 08/07/2022 | Lượt xem: 356 | Cỡ chữ A- A+", dt.date(2022, 7, 8)),
        ("Cập nhật: 14:05, 03/02/2023 | Lượt xem: 1.204", dt.date(2023, 2, 3)),
        # ... and who posted it, an office rather than a person
        ("Ngày đăng: 28/03/2024 | Người đăng: Văn phòng Đảng ủy | Lượt xem: 146", dt.date(2024, 3, 28)),
        ("Ngày đăng: 28/12/2023 | Người viết: Thu Hà - Văn phòng Huyện ủy | Lượt xem: 412", dt.date(2023, 12, 28)),
        ("Đăng lúc 08:15 ngày 12/4/2021 - In bài - Lượt xem 88", dt.date(2021, 4, 12)),
        ("Thứ Ba, 06/08/2024 - 07:30 | Chia sẻ | In bài | Bình luận (3)", dt.date(2024, 8, 6)),
        ("15/09/2023 | Nghe đọc bài | Gửi email | Lưu tin | Lượt đọc: 2.315 | A A A", dt.date(2023, 9, 15)),
        ("Lượt xem: 356 | Ngày đăng: 08/07/2022", dt.date(2022, 7, 8)),
        # near misses: the page's today, a reader's comment, prose that speaks of views and comments
        ("Hôm nay: 15/07/2022 | Lượt truy cập: 12.345", None),
        ("Lượt truy cập: 12.345 | Hôm nay: 15/07/2022", None),
        ("Trần Văn Bình - 15/08/2020 10:20 | Thích | Trả lời", None),
        ("Ngày 12/4/2021, bài viết của huyện có 12 lượt xem và nhiều bình luận, chia sẻ của bạn đọc", None),
        ("Ngày đăng: 08/07/2022 | Lượt xem: 356 | Tin liên quan: Huyện ủy tổ chức hội nghị sơ kết", None),
    ],
)
def test_date_lines_with_page_tools(line: str, date: dt.date | None) -> None:
    assert document._date_line(line) == date


def test_published_from_a_date_line_with_counters_under_the_headline() -> None:
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CHÍ LINH\nHôm nay: Thứ Sáu, 15/07/2022\nTìm kiếm\n\n"
        "Thành ủy Chí Linh sơ kết công tác 6 tháng đầu năm 2022\n\n"
        "Ngày đăng: 08/07/2022 | Lượt xem: 356 | Cỡ chữ A- A+\n\n"
        "Sáng 7/7, Ban Chấp hành Đảng bộ thành phố Chí Linh tổ chức hội nghị lần thứ 12 sơ kết công tác 6 "
        "tháng đầu năm 2022.\n\nÝ kiến bạn đọc\nTrần Văn Bình - 10/07/2022 10:20\nBài viết rất hay.\n"
    )
    meta = document.extract(Text(text))
    assert meta["title"] == "Thành ủy Chí Linh sơ kết công tác 6 tháng đầu năm 2022"
    assert meta["published"] == dt.date(2022, 7, 8)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("LÊ HỮU TOÀN\nỦy viên Ban Thường vụ Tỉnh ủy, Bí thư Thị ủy Nghi Sơn", "Lê Hữu Toàn"),
        ("Nguyễn Văn Hùng\n(Phó Bí thư Thường trực Huyện ủy Tiên Yên)", "Nguyễn Văn Hùng"),
    ],
)
def test_signed_article_the_position_line_is_byline_not_headline(byline: str, author: str) -> None:
    text = (
        f"Nghi Sơn phát huy lợi thế đô thị công nghiệp ven biển\n\n{byline}\n\n"
        "Bốn năm trước, Bộ Chính trị ban hành Nghị quyết số 58-NQ/TW về xây dựng và phát triển tỉnh Thanh "
        "Hóa đến năm 2030, tầm nhìn đến năm 2045.\n"
    )
    meta = document.extract(Text(text))
    assert meta["title"] == "Nghi Sơn phát huy lợi thế đô thị công nghiệp ven biển"
    assert meta["authors"] == [author]


def test_a_position_line_under_a_sentence_is_not_a_byline() -> None:
    """Only a line holding a name alone signs: a headline over a position heading stays the headline."""
    text = (
        "Nghi Sơn phát huy lợi thế đô thị công nghiệp ven biển\n\n"
        "Bí thư Thị ủy Nghi Sơn\n\n"
        "Bốn năm trước, Bộ Chính trị ban hành Nghị quyết số 58-NQ/TW về xây dựng và phát triển tỉnh Thanh "
        "Hóa đến năm 2030, tầm nhìn đến năm 2045.\n"
    )
    meta = document.extract(Text(text))
    assert meta["authors"] == []


def test_province_head_is_the_first_province_a_name_begins_with() -> None:
    provinces = list(document._PROVINCE_BY_FOLD)

    def first(rf: str) -> str | None:  # every province tried in order, as before
        return next((pf for pf in provinces if rf == pf or rf.startswith(pf + " ")), None)

    names = [*provinces, "hà", "", " ", "quảng trị điện tử", "x quảng trị"]
    names += [f"{p} {q}" for p in provinces[:20] for q in provinces[-20:]]
    for rf in names:
        assert document._province_head(rf) == first(rf), rf


_WORDY = st.sampled_from(["ab", "Đ", "1", " ", ", ", "-", "\u0301", "_", "²", "\n", "x" * 30, "a " * 45])


@given(st.lists(_WORDY, max_size=200).map("".join))
def test_word_count_counts_runs_up_to_one_past_a_headline(s: str) -> None:
    from partyextract.document import _ALPHA_WORD, _MAX_TITLE_WORDS, _word_count

    assert _word_count.__wrapped__(s) == min(len(_ALPHA_WORD.findall(s)), _MAX_TITLE_WORDS + 1)


def test_a_labelled_byline_under_the_kicker_is_no_headline() -> None:
    page = (
        "PHÓNG SỰ ẢNH\nĐảng viên vùng cao Tam Đường vào mùa chè\n\nCập nhật: 08:15, 20/05/2024\n"
        "Thực hiện: Tuấn Minh - Lò Thị Hương\n\n"
        "Tháng 5, những đồi chè ở huyện Tam Đường xanh mướt sau mưa đầu mùa, đảng viên đi đầu thu hái.\n"
    )
    got = document.extract(Text(page))
    assert got["title"] == "Đảng viên vùng cao Tam Đường vào mùa chè"
    assert got["authors"] == ["Tuấn Minh", "Lò Thị Hương"]


def test_a_byline_and_its_date_on_one_line() -> None:
    page = (
        "Baonghean.vn | Thời sự | Chính trị | Kinh tế\nThứ Hai, 05/12/2022 - Nhiệt độ 21°C\n"
        "Đại hội Đoàn TNCS Hồ Chí Minh huyện Diễn Châu lần thứ XXIII\n"
        "Ngọc Anh - Thu Huyền • 28/07/2022 | 10:52\n"
        "Ngày 28/7, Ban Chấp hành Đoàn TNCS Hồ Chí Minh huyện Diễn Châu tổ chức Đại hội đại biểu lần thứ XXIII.\n"
    )
    got = document.extract(Text(page))
    assert got["authors"] == ["Ngọc Anh", "Thu Huyền"]
    assert str(got["published"]) == "2022-07-28"


def test_a_section_date_and_counter_line_is_no_headline() -> None:
    page = (
        "Báo Thanh Hóa\nThứ Sáu, ngày 23/08/2024\n"
        "Kỳ họp thứ 31 Ủy ban Kiểm tra Tỉnh ủy: Thi hành kỷ luật nhiều đảng viên vi phạm\n"
        "Thời sự - 23/08/2024 16:05 - Lượt xem: 3.562\nNgọc Huấn\n"
        "Ngày 22 tháng 8 năm 2024, Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa tổ chức kỳ họp thứ 31.\n"
    )
    got = document.extract(Text(page))
    assert got["title"] == "Kỳ họp thứ 31 Ủy ban Kiểm tra Tỉnh ủy: Thi hành kỷ luật nhiều đảng viên vi phạm"
    assert got["authors"] == ["Ngọc Huấn"]


def test_a_closing_byline_above_a_list_of_the_same_section() -> None:
    page = (
        "Kỳ họp thứ 21 HĐND tỉnh khóa XVII thông qua nhiều nghị quyết\nCập nhật: 12/07/2024 17:40\n"
        "Chiều 12/7, HĐND tỉnh bế mạc kỳ họp thứ 21, thông qua 16 nghị quyết quan trọng.\n"
        "Hồng Nhung - Ngọc Quân\nBài viết cùng chuyên mục:\n• Bế mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25\n"
    )
    assert document.extract(Text(page))["authors"] == ["Hồng Nhung", "Ngọc Quân"]


def test_a_byline_under_a_date_and_a_counter_and_one_above_a_list_of_documents() -> None:
    top = (
        "Tỉnh Phú Thọ mới: từ Đại hội lần thứ I đến những mục tiêu năm 2030\n"
        "Thứ Năm, 02/10/2025 | 06:40\nLượt xem: 3.418\n\nNguyễn Minh Hằng - Đỗ Quang Vinh\n\n"
        "(BPT) - Ba tháng sau ngày hợp nhất, tỉnh Phú Thọ mới bước vào nhiệm kỳ 2025 - 2030 với nhiều kỳ vọng.\n"
    )
    assert document.extract(Text(top))["authors"] == ["Nguyễn Minh Hằng", "Đỗ Quang Vinh"]
    bottom = (
        "BCH Đảng bộ huyện Ngọc Lặc sơ kết quý I năm 2024\nNgày 10/04/2024\n"
        "Sáng 10/4, Ban Chấp hành Đảng bộ huyện Ngọc Lặc tổ chức hội nghị sơ kết công tác quý I năm 2024.\n"
        "Người viết: Trịnh Thu Phương (Văn phòng Huyện ủy)\n\nVăn bản liên quan:\n"
        "- NQ số 05-NQ/HU ngày 20/12/2023 (tải về)\n"
    )
    assert document.extract(Text(bottom))["authors"] == ["Trịnh Thu Phương"]


def test_a_byline_right_under_a_headline_whose_date_stands_above_it() -> None:
    page = (
        "Báo Quảng Ninh\nThời sự | Chính trị | Kinh tế\nThứ Ba, 19/09/2023 15:20\n"
        "Khu kinh tế ven biển Quảng Yên: Điểm đến của dòng vốn FDI\nDương Trường - Thu Chung\n"
        "Chỉ sau gần 5 năm đi vào hoạt động, Khu kinh tế ven biển Quảng Yên đã trở thành điểm đến hấp dẫn.\n"
    )
    got = document.extract(Text(page))
    assert got["title"] == "Khu kinh tế ven biển Quảng Yên: Điểm đến của dòng vốn FDI"
    assert got["authors"] == ["Dương Trường", "Thu Chung"]


def test_names_alone_under_the_date_line_are_the_byline_not_the_headline() -> None:
    page = (
        "Quận ủy Ba Đình tập trung xây dựng nếp sống văn minh đô thị\n\n"
        "Trang chủ | Tin tức | Xây dựng Đảng | Liên hệ\n\nCổng thông tin điện tử quận Ba Đình\n\n"
        "Thứ Năm, 18/04/2024 - 09:15 | Lượt xem: 2.317\n\nNguyễn Thu Hà - Đức Minh\n\n"
        "Năm 2024 là năm có ý nghĩa quan trọng, tạo đà hoàn thành các mục tiêu của Đảng bộ quận.\n"
    )
    got = document.extract(Text(page))
    assert got["title"] == "Quận ủy Ba Đình tập trung xây dựng nếp sống văn minh đô thị"
    assert got["authors"] == ["Nguyễn Thu Hà", "Đức Minh"]


def test_the_credit_asked_for_on_reposting_names_the_outlet_over_a_site_brand() -> None:
    """A footer asking to credit "Báo và Phát thanh, Truyền hình X" names the outlet; the banner is a brand."""
    page = TITLE_PAGE.format(top="NINH BÌNH ĐIỆN TỬ", title="Tiêu đề bài viết về công tác xây dựng Đảng") + (
        "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NINH BÌNH\n"
        'Ghi rõ nguồn "Báo và Phát thanh, Truyền hình Ninh Bình" khi phát hành lại thông tin từ website này.\n'
    )
    assert document.extract(Text(page))["outlet"] == "Báo và Phát thanh, Truyền hình Ninh Bình"


def test_a_date_under_a_byline_at_the_foot_is_the_article_s_over_a_today_banner() -> None:
    """The page signs the article at its foot: "Bài, ảnh: X" then its date; the date on top is the page's."""
    page = (
        "BÁO QUẢNG NGÃI ĐIỆN TỬ\n"
        "Thứ Hai, 05/12/2022 | Thời tiết Quảng Ngãi 24°C\n"
        "NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ Ở CƠ SỞ\n"
        + "".join(
            f"Đoạn {i}: các chi bộ trong Đảng bộ tỉnh đổi mới nội dung sinh hoạt, mỗi kỳ chọn một chuyên đề gắn "
            "với nhiệm vụ chính trị của địa phương, được đảng viên đồng tình hưởng ứng.\n"
            for i in range(8)
        )
        + "Bài, ảnh: THANH NHƯ\n"
        "Thứ Năm, 16/06/2022 - 07:15\n"
    )
    got = document.extract(Text(page))
    assert got["published"] == dt.date(2022, 6, 16)
    assert got["authors"] == ["Thanh Như"]
