"""Officials and their positions: labelled sentences written for the project.

Each case is a sentence in the style of provincial party news and the officials a
careful reader takes from it: name in natural case, positions as written with the
unit they belong to. An empty list means "nobody here is an official".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from partyextract import extract, officials
from partyextract.officials import looks_like_name, natural_case
from partyextract.text import Text

Case = tuple[str, list[tuple[str, list[str]]]]

CASES: list[Case] = [
    # name first, positions after a comma
    ("Đồng chí Nguyễn Văn Thắng, Bí thư Huyện ủy Tiên Yên, phát biểu chỉ đạo hội nghị.",
     [("Nguyễn Văn Thắng", ["Bí thư Huyện ủy Tiên Yên"])]),
    (("Trao đổi với phóng viên, ông Hoàng Văn Nam, Bí thư Huyện ủy Sơn Động (Bắc Giang) cho biết huyện đã "
      "hoàn thành 18/20 chỉ tiêu."),
     [("Hoàng Văn Nam", ["Bí thư Huyện ủy Sơn Động"])]),
    ("Đồng chí Phạm Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự và chỉ đạo.",
     [("Phạm Thị Lan", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"])]),
    (("Theo đồng chí Lò Văn Mừng, Trưởng Ban Dân vận Huyện ủy Mường La, công tác dân vận có nhiều chuyển "
      "biến."),
     [("Lò Văn Mừng", ["Trưởng Ban Dân vận Huyện ủy Mường La"])]),
    (("Đồng chí Giàng A Chu, Phó Bí thư Thường trực Huyện ủy Mù Cang Chải cho biết, toàn huyện có 2.100 "
      "đảng viên."),
     [("Giàng A Chu", ["Phó Bí thư Thường trực Huyện ủy Mù Cang Chải"])]),
    (("Tại buổi làm việc, bà Hà Thị Nga, Phó Chủ tịch HĐND huyện Cẩm Thủy, đề nghị các xã rà soát lại số "
      "liệu."),
     [("Hà Thị Nga", ["Phó Chủ tịch HĐND huyện Cẩm Thủy"])]),
    ("Đồng chí Ksor Phước Hà, Phó Bí thư Tỉnh ủy Gia Lai, dự hội nghị.",
     [("Ksor Phước Hà", ["Phó Bí thư Tỉnh ủy Gia Lai"])]),
    ("Đồng chí Trần Văn Sơn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Điện Biên chủ trì hội nghị.",
     [("Trần Văn Sơn", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Điện Biên"])]),
    (("Phát biểu tại hội nghị, đồng chí Trần Quốc Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Hướng "
      "Hóa, yêu cầu các cấp ủy tiếp tục đổi mới."),
     [("Trần Quốc Bảo", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Hướng Hóa"])]),
    (("Đồng chí Nông Thị Hà, Huyện ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ huyện Bảo Lâm trao quà cho các hộ "
      "nghèo."),
     [("Nông Thị Hà", ["Huyện ủy viên", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Bảo Lâm"])]),
    ("Đ/c Vi Văn Thành, Bí thư Huyện ủy Bình Liêu, kiểm tra công tác chuẩn bị đại hội.",
     [("Vi Văn Thành", ["Bí thư Huyện ủy Bình Liêu"])]),
    ("Thượng tá Nguyễn Văn Bình, Trưởng Công an huyện Văn Lãng, báo cáo tình hình an ninh trật tự.",
     [("Nguyễn Văn Bình", ["Trưởng Công an huyện Văn Lãng"])]),
    ("Đại tá Đinh Quang Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, phát biểu tại buổi lễ.",
     [("Đinh Quang Hải", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"])]),
    ("Đồng chí Bùi Văn Quang, Chủ tịch UBND huyện Hoằng Hóa cho biết kế hoạch năm 2024.",
     [("Bùi Văn Quang", ["Chủ tịch UBND huyện Hoằng Hóa"])]),
    ("Ông Y Thanh Hà Niê Kđăm, Phó Bí thư Tỉnh ủy Đắk Lắk, đến thăm các gia đình chính sách.",
     [("Y Thanh Hà Niê Kđăm", ["Phó Bí thư Tỉnh ủy Đắk Lắk"])]),
    (("Đồng chí Lê Minh Khôi, Phó Trưởng Ban Tuyên giáo Tỉnh ủy kiêm Giám đốc Trung tâm Chính trị huyện, "
      "trình bày chuyên đề."),
     [("Lê Minh Khôi", ["Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Giám đốc Trung tâm Chính trị huyện"])]),
    ("Đồng chí Nguyễn Văn Đọc, nguyên Bí thư Tỉnh ủy Quảng Ninh, dự lễ khánh thành.",
     [("Nguyễn Văn Đọc", ["nguyên Bí thư Tỉnh ủy Quảng Ninh"])]),
    ("Ông Lê Văn Hải (Phó Chủ tịch UBND xã Tân Dân) kiểm tra tiến độ làm đường.",
     [("Lê Văn Hải", ["Phó Chủ tịch UBND xã Tân Dân"])]),
    # shouted names and bylines that sign with a position
    ("* ĐỖ MINH TUẤN, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa",
     [("Đỗ Minh Tuấn", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Thanh Hóa"])]),
    ("NGUYỄN THỊ THU HÀ, Trưởng Ban Tuyên giáo Huyện ủy Tam Đường",
     [("Nguyễn Thị Thu Hà", ["Trưởng Ban Tuyên giáo Huyện ủy Tam Đường"])]),
    # captions: name, then positions joined by dashes
    ("Ông Vũ Đức Toàn (bên trái) - Tỉnh ủy viên - Bí thư Huyện ủy Lục Ngạn kiểm tra vườn vải thiều.",
     [("Vũ Đức Toàn", ["Tỉnh ủy viên", "Bí thư Huyện ủy Lục Ngạn"])]),
    ("Đồng chí Lý Thị Vinh - Phó Chủ tịch UBND tỉnh - trao bằng khen cho các tập thể.",
     [("Lý Thị Vinh", ["Phó Chủ tịch UBND tỉnh"])]),
    # position first, name at its end
    ("Phó Chủ tịch UBND huyện Lê Thị Hương cho biết, năm 2023 huyện giải ngân 95% vốn đầu tư công.",
     [("Lê Thị Hương", ["Phó Chủ tịch UBND huyện"])]),
    ("Bí thư Đảng ủy xã Quảng Tân Trần Minh Đức khẳng định xã sẽ về đích nông thôn mới.",
     [("Trần Minh Đức", ["Bí thư Đảng ủy xã Quảng Tân"])]),
    ("Tổng Bí thư Nguyễn Phú Trọng nhấn mạnh yêu cầu xây dựng, chỉnh đốn Đảng.",
     [("Nguyễn Phú Trọng", ["Tổng Bí thư"])]),
    ("Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị trực tuyến với các địa phương.",
     [("Phạm Minh Chính", ["Thủ tướng Chính phủ"])]),
    ("Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đề nghị các sở, ngành phối hợp chặt chẽ.",
     [("Võ Văn Hưng", ["Chủ tịch UBND tỉnh Quảng Trị"])]),
    ("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Hải Hậu Trần Văn Quyết cho biết đã kiểm tra 12 tổ chức đảng.",
     [("Trần Văn Quyết", ["Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Hải Hậu"])]),
    ("Giám đốc Sở Nội vụ Nguyễn Quang Hải cho biết tỉnh đã sắp xếp xong bộ máy.",
     [("Nguyễn Quang Hải", ["Giám đốc Sở Nội vụ"])]),
    ("Trưởng Ban Tuyên giáo Tỉnh ủy Nguyễn Thị Hòa quán triệt nội dung Nghị quyết.",
     [("Nguyễn Thị Hòa", ["Trưởng Ban Tuyên giáo Tỉnh ủy"])]),
    ("Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Hoàng Thị Mai đánh giá cao mô hình dân vận khéo.",
     [("Hoàng Thị Mai", ["Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"])]),
    ("Thứ trưởng Bộ Nội vụ Vũ Đăng Minh làm việc với tỉnh về sắp xếp đơn vị hành chính.",
     [("Vũ Đăng Minh", ["Thứ trưởng Bộ Nội vụ"])]),
    ("Chủ tịch Ủy ban MTTQ Việt Nam huyện Lê Thị Thu tặng 50 suất quà.",
     [("Lê Thị Thu", ["Chủ tịch Ủy ban MTTQ Việt Nam huyện"])]),
    ("Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Đặng Văn Bình cho biết diện tích lúa hữu cơ tăng.",
     [("Đặng Văn Bình", ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"])]),
    ("Bí thư Chi bộ thôn 3 Phạm Văn Tuấn cho biết chi bộ đã kết nạp 2 đảng viên.",
     [("Phạm Văn Tuấn", ["Bí thư Chi bộ thôn 3"])]),
    ("Bí thư Tỉnh ủy Nguyễn Văn Thi (thứ hai từ trái sang) thăm mô hình trồng cam.",
     [("Nguyễn Văn Thi", ["Bí thư Tỉnh ủy"])]),
    ("Phó Bí thư Tỉnh ủy kiêm Chủ tịch UBND tỉnh Lê Văn Chiến phát biểu bế mạc.",
     [("Lê Văn Chiến", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])]),
    # position first, then an honorific and the name
    ("Bí thư Tỉnh ủy, đồng chí Nguyễn Đình Trung phát biểu kết luận hội nghị.",
     [("Nguyễn Đình Trung", ["Bí thư Tỉnh ủy"])]),
    ("Phó Bí thư Thường trực Huyện ủy - ông Đào Văn Lực trao quyết định cho các đồng chí.",
     [("Đào Văn Lực", ["Phó Bí thư Thường trực Huyện ủy"])]),
    ("Chủ tịch UBND xã Phú Lộc, ông Trần Văn Nam cho biết xã đạt 19/19 tiêu chí nông thôn mới.",
     [("Trần Văn Nam", ["Chủ tịch UBND xã Phú Lộc"])]),
    ("Người đứng đầu Ban Chỉ đạo là Bí thư Huyện ủy là đồng chí Hà Văn Tiến.",
     [("Hà Văn Tiến", ["Bí thư Huyện ủy"])]),
    # a verb between the name and the position
    (("Tại đại hội, đồng chí Lương Văn Hưng được bầu giữ chức Bí thư Đảng ủy xã Phúc Sơn nhiệm kỳ 2020 - "
      "2025."),
     [("Lương Văn Hưng", ["Bí thư Đảng ủy xã Phúc Sơn"])]),
    ("Hiện nay, ông Vàng A Dế là Phó Chủ tịch UBND xã Trung Chải.",
     [("Vàng A Dế", ["Phó Chủ tịch UBND xã Trung Chải"])]),
    # election and appointment verbs between the name and the position
    ("Tại phiên họp thứ nhất, đồng chí Võ Văn An tái đắc cử Bí thư Đảng ủy phường Hòa Bình.",
     [("Võ Văn An", ["Bí thư Đảng ủy phường Hòa Bình"])]),
    ("Ông Nguyễn Văn Phúc đắc cử Chủ tịch HĐND huyện Tiên Du nhiệm kỳ 2021 - 2026.",
     [("Nguyễn Văn Phúc", ["Chủ tịch HĐND huyện Tiên Du"])]),
    ("Đồng chí Trần Văn Bình tái cử Bí thư Huyện ủy Mường Khương.",
     [("Trần Văn Bình", ["Bí thư Huyện ủy Mường Khương"])]),
    ("Đồng chí Lê Văn Cường được bầu làm Chủ tịch UBND xã Tân Dân.",
     [("Lê Văn Cường", ["Chủ tịch UBND xã Tân Dân"])]),
    ("Đồng chí Phạm Thị Dung được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ từ ngày 1/3.",
     [("Phạm Thị Dung", ["Phó Giám đốc Sở Nội vụ"])]),
    ("Đồng chí Hoàng Văn Em được điều động, bổ nhiệm giữ chức Chánh Văn phòng Tỉnh ủy.",
     [("Hoàng Văn Em", ["Chánh Văn phòng Tỉnh ủy"])]),
    ("Đồng chí Ma Thị Hằng được luân chuyển và chỉ định giữ chức vụ Bí thư Đảng ủy xã Yên Lạc.",
     [("Ma Thị Hằng", ["Bí thư Đảng ủy xã Yên Lạc"])]),
    ("Đồng chí Đỗ Thị Giang được phân công làm Phó Bí thư Đảng ủy xã Đông Hưng.",
     [("Đỗ Thị Giang", ["Phó Bí thư Đảng ủy xã Đông Hưng"])]),
    ("Ông Vũ Văn Hải hiện giữ chức Trưởng Ban Tổ chức Huyện ủy.",
     [("Vũ Văn Hải", ["Trưởng Ban Tổ chức Huyện ủy"])]),
    ("Đồng chí Trần Văn Bình vừa được Ban Chấp hành bầu giữ chức Bí thư Huyện ủy Đình Lập.",
     [("Trần Văn Bình", ["Bí thư Huyện ủy Đình Lập"])]),
    ("Ông Tạ Văn Long được UBND tỉnh bổ nhiệm lại giữ chức Giám đốc Sở Tài chính.",
     [("Tạ Văn Long", ["Giám đốc Sở Tài chính"])]),
    ("Đồng chí Bùi Văn Khánh nhận quyết định bổ nhiệm giữ chức Phó Chánh Văn phòng Tỉnh ủy.",
     [("Bùi Văn Khánh", ["Phó Chánh Văn phòng Tỉnh ủy"])]),
    ("Ban Chấp hành đã bầu đồng chí Nguyễn Văn Hải giữ chức Bí thư Đảng ủy xã Tân Dân.",
     [("Nguyễn Văn Hải", ["Bí thư Đảng ủy xã Tân Dân"])]),
    # a name syllable that is also an adverb ("Lại", "Nay") stays in the name
    ("Đồng chí Trần Văn Lại là Phó Chủ tịch UBND xã Tân Dân.", [("Trần Văn Lại", ["Phó Chủ tịch UBND xã Tân Dân"])]),
    # ... after a position in apposition: the same person goes on
    ("Đồng chí Lê Minh Khang, Tỉnh ủy viên, tái đắc cử Bí thư Huyện ủy Cẩm Khê.",
     [("Lê Minh Khang", ["Tỉnh ủy viên", "Bí thư Huyện ủy Cẩm Khê"])]),
    ("Đồng chí Lê Văn Tâm, nguyên Chủ tịch UBND huyện, được bầu giữ chức Bí thư Huyện ủy.",
     [("Lê Văn Tâm", ["nguyên Chủ tịch UBND huyện", "Bí thư Huyện ủy"])]),
    (("Bí thư Huyện ủy Lê Văn An trao quyết định bổ nhiệm cho đồng chí Trần Văn Bảo giữ chức Phó Chánh Văn "
      "phòng Huyện ủy."),
     [("Lê Văn An", ["Bí thư Huyện ủy"]), ("Trần Văn Bảo", ["Phó Chánh Văn phòng Huyện ủy"])]),
    # ... and names coordinated before the verb share its position
    ("Các đồng chí Đặng Thị Bích và Nguyễn Hữu Cường được bầu giữ chức Phó Bí thư Đảng ủy phường.",
     [("Đặng Thị Bích", ["Phó Bí thư Đảng ủy phường"]), ("Nguyễn Hữu Cường", ["Phó Bí thư Đảng ủy phường"])]),
    ("Ông Lê Văn An và bà Trần Thị Bình được bầu giữ chức Phó Chủ tịch HĐND huyện.",
     [("Lê Văn An", ["Phó Chủ tịch HĐND huyện"]), ("Trần Thị Bình", ["Phó Chủ tịch HĐND huyện"])]),
    ("Các đồng chí: Lê Văn Tú, Trần Thị Hoa và Hoàng Văn Cường được bầu làm Phó Bí thư Huyện ủy.",
     [("Lê Văn Tú", ["Phó Bí thư Huyện ủy"]), ("Trần Thị Hoa", ["Phó Bí thư Huyện ủy"]),
      ("Hoàng Văn Cường", ["Phó Bí thư Huyện ủy"])]),
    (("Đồng chí Võ Quang Tuấn tái đắc cử Bí thư Đảng ủy phường; các đồng chí Đặng Thị Sương và Nguyễn Hữu "
      "Lộc được bầu giữ chức Phó Bí thư Đảng ủy phường."),
     [("Võ Quang Tuấn", ["Bí thư Đảng ủy phường"]), ("Đặng Thị Sương", ["Phó Bí thư Đảng ủy phường"]),
      ("Nguyễn Hữu Lộc", ["Phó Bí thư Đảng ủy phường"])]),
    # near misses: the verb leads to no position; a place coordinated with the name is no one
    ("Đồng chí Trần Văn Bình được bầu vào Ban Chấp hành Đảng bộ tỉnh khóa XX.", []),
    ("Đồng chí Trần Văn Bình được bầu vào Ban Thường vụ Huyện ủy.", []),
    ("Đồng chí Trần Văn Bình được bầu là đại biểu chính thức dự Đại hội Đảng bộ tỉnh.", []),
    ("Phường Nguyễn Trãi được công nhận là phường đạt chuẩn văn minh đô thị.", []),
    ("Đường Nguyễn Văn Linh và ông Nguyễn Văn Hải được bầu làm Trưởng thôn.",
     [("Nguyễn Văn Hải", ["Trưởng thôn"])]),
    ("Tại Hà Nội và Lạng Sơn, đồng chí Vi Văn Hải được bầu làm Trưởng Ban Dân vận Tỉnh ủy.",
     [("Vi Văn Hải", ["Trưởng Ban Dân vận Tỉnh ủy"])]),
    # a signed article: the byline's name, its position on the next line (or in brackets)
    ("Nghi Sơn vươn mình\n\nLÊ HỮU TOÀN\nỦy viên Ban Thường vụ Tỉnh ủy, Bí thư Thị ủy Nghi Sơn\n\nBốn năm trước...",
     [("Lê Hữu Toàn", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thị ủy Nghi Sơn"])]),
    ("Tiên Yên đổi mới\n\nTS. Nguyễn Văn Hùng\n\n(Phó Bí thư Thường trực Huyện ủy Tiên Yên)\n\nNhững năm qua...",
     [("Nguyễn Văn Hùng", ["Phó Bí thư Thường trực Huyện ủy Tiên Yên"])]),
    ("Tiên Yên đổi mới\n\nNGUYỄN VĂN AN (Bí thư Huyện ủy Tiên Yên)\n\nNhững năm qua, huyện đổi mới.",
     [("Nguyễn Văn An", ["Bí thư Huyện ủy Tiên Yên"])]),
    # ... not when the next line is a caption or a paragraph about someone else
    ("LÊ HỮU TOÀN\nBí thư Tỉnh ủy Lê Quang Vinh thăm mô hình trồng cam.",
     [("Lê Quang Vinh", ["Bí thư Tỉnh ủy"])]),
    ("LÊ HỮU TOÀN\nBí thư Tỉnh ủy thăm mô hình trồng cam tại xã Hải An.", []),
    ("LÊ HỮU TOÀN\nChủ tịch UBND huyện cho biết, năm 2023 huyện giải ngân 95% vốn đầu tư công.", []),
    ("Lương Sơn\nBí thư Huyện ủy", []),
    ("Trúc Linh\nBí thư Huyện ủy", []),
    # abbreviations and long organisation names
    ("Đồng chí Lê Hồng Sơn - TUV, Bí thư Huyện ủy Đắk Mil phát biểu.",
     [("Lê Hồng Sơn", ["TUV", "Bí thư Huyện ủy Đắk Mil"])]),
    ("Đồng chí Nguyễn Xuân Anh, Phó Bí thư Đảng ủy Khối cơ quan và doanh nghiệp tỉnh chủ trì hội nghị.",
     [("Nguyễn Xuân Anh", ["Phó Bí thư Đảng ủy Khối cơ quan và doanh nghiệp tỉnh"])]),
    # two officials in one sentence
    ("Tham dự có đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy và đồng chí Đinh Công Sứ, Chủ tịch UBND huyện.",
     [("Nguyễn Văn Hùng", ["Bí thư Huyện ủy"]), ("Đinh Công Sứ", ["Chủ tịch UBND huyện"])]),
    ("Bí thư Huyện ủy Hải Lăng Lê Thế Quảng và Chủ tịch UBND huyện Lê Quang Chiến trao quà.",
     [("Lê Thế Quảng", ["Bí thư Huyện ủy Hải Lăng"]), ("Lê Quang Chiến", ["Chủ tịch UBND huyện"])]),
    ("Dự buổi lễ có đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy và Chủ tịch UBND huyện Trần Văn Bảy.",
     [("Nguyễn Văn Hùng", ["Bí thư Huyện ủy"]), ("Trần Văn Bảy", ["Chủ tịch UBND huyện"])]),
    ("Ông Nguyễn Văn Phát, Giám đốc Công ty cổ phần Chè Hà Giang, cho biết doanh nghiệp có 120 lao động.",
     [("Nguyễn Văn Phát", ["Giám đốc Công ty cổ phần Chè Hà Giang"])]),
    ("Đồng chí Hoàng Văn Nhân, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh, dự hội nghị.",
     [("Hoàng Văn Nhân", ["Phó Trưởng Ban Chỉ đạo"])]),
    ("Trưởng phòng Tài chính - Kế hoạch huyện Đỗ Thị Mơ báo cáo tình hình thu ngân sách.",
     [("Đỗ Thị Mơ", ["Trưởng phòng Tài chính - Kế hoạch huyện"])]),
    # a shouted name after a position ("tân" = newly appointed stays outside the position)
    ("Phát biểu nhận nhiệm vụ, tân Phó Bí thư Tỉnh ủy THÂN VĂN KHOA cam kết phát huy truyền thống đoàn kết.",
     [("Thân Văn Khoa", ["Phó Bí thư Tỉnh ủy"])]),
    ("Tân Bí thư Huyện ủy Phạm Văn Lâm cảm ơn sự tin tưởng của Ban Chấp hành Đảng bộ huyện.",
     [("Phạm Văn Lâm", ["Bí thư Huyện ủy"])]),
    ("Đồng chí NGUYỄN VĂN HÙNG, Bí thư Đảng ủy xã Tân Dân cho biết xã đạt chuẩn nông thôn mới nâng cao.",
     [("Nguyễn Văn Hùng", ["Bí thư Đảng ủy xã Tân Dân"])]),
    # position, comma, then a bare name (no honorific) and the speech verb
    ("Bí thư Huyện ủy Lục Ngạn, Lê Văn Thành cho biết huyện đã kết nạp 215 đảng viên mới.",
     [("Lê Văn Thành", ["Bí thư Huyện ủy Lục Ngạn"])]),
    ("Trao đổi với phóng viên, Chủ tịch UBND xã Hải An, Phan Thị Hồng khẳng định: xã sẽ về đích sớm.",
     [("Phan Thị Hồng", ["Chủ tịch UBND xã Hải An"])]),
    ("Phó Bí thư Thường trực Huyện ủy, Đào Văn Lực nhấn mạnh yêu cầu giữ vững kỷ cương.",
     [("Đào Văn Lực", ["Phó Bí thư Thường trực Huyện ủy"])]),
    # a name closing a long position chain, in a speech attribution
    (("Phát biểu tại hội nghị, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy, Chủ tịch HĐND huyện Hoàng "
      "Văn Nam nhấn mạnh yêu cầu đổi mới phương thức lãnh đạo."),
     [("Hoàng Văn Nam", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"])]),
    ("“Chúng tôi sẽ tiếp tục đổi mới”, Bí thư Huyện ủy Bảo Lâm Nông Văn Tuấn khẳng định.",
     [("Nông Văn Tuấn", ["Bí thư Huyện ủy Bảo Lâm"])]),
    (("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Lê Quang Vinh phát biểu chỉ đạo "
      "hội nghị."),
     [("Lê Quang Vinh", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"])]),
    ("Đồng chí Đỗ Quang Tiến, Phó Bí thư Thường trực Tỉnh ủy Hải Dương dự và phát biểu tại hội nghị.",
     [("Đỗ Quang Tiến", ["Phó Bí thư Thường trực Tỉnh ủy Hải Dương"])]),
    # a former position and the current one
    ("Ông Lê Văn Hải, nguyên Phó Chủ tịch UBND xã, nay là Bí thư Chi bộ thôn Đông cho biết.",
     [("Lê Văn Hải", ["nguyên Phó Chủ tịch UBND xã", "Bí thư Chi bộ thôn Đông"])]),
    # Central Highlands names: a given-name prefix in place of a family name
    ("Chủ tịch UBND huyện Krông Pắc Y Wang Niê cho biết huyện đã hoàn thành 95% kế hoạch.",
     [("Y Wang Niê", ["Chủ tịch UBND huyện Krông Pắc"])]),
    ("Đồng chí H'Lim Niê, Bí thư Đảng ủy xã Ea Phê cho biết toàn xã tái canh 2.100 ha cà phê.",
     [("H'Lim Niê", ["Bí thư Đảng ủy xã Ea Phê"])]),
    # a photo caption pictures officials of the story (the credit is no one)
    ("Bí thư Tỉnh ủy Lê Quang Vinh tặng hoa chúc mừng đồng chí Hoàng Minh Tú. Ảnh: Ngọc Thành",
     [("Lê Quang Vinh", ["Bí thư Tỉnh ủy"])]),
    # a list after a colon, positions after each name
    (("Tham dự hội nghị có các đồng chí: Trần Văn Sơn, Phó Bí thư Tỉnh ủy; Lê Thị Hoa, Trưởng Ban Dân vận "
      "Tỉnh ủy."),
     [("Trần Văn Sơn", ["Phó Bí thư Tỉnh ủy"]), ("Lê Thị Hoa", ["Trưởng Ban Dân vận Tỉnh ủy"])]),
    # a bare name after a position and a comma is not taken when another position follows it
    ("Bí thư Huyện ủy, Chủ tịch UBND huyện và các ban, ngành dự hội nghị.", []),
    ("Lãnh đạo Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy, Sở Nội vụ dự hội nghị.", []),
    # nobody: generic positions, places that look like names, history, credits
    ("Bí thư Huyện ủy cho biết, năm nay huyện tập trung xây dựng nông thôn mới.", []),
    ("Đoàn công tác do Chủ tịch UBND tỉnh Hà Nam dẫn đầu đã làm việc với huyện.", []),
    ("Tại huyện Lương Sơn, Bí thư Huyện ủy chủ trì buổi làm việc với các xã.", []),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường.", []),
    ("Chủ tịch Hồ Chí Minh đã dạy: Đảng ta là đạo đức, là văn minh.", []),
    ("Bí thư Đảng ủy phường Trần Hưng Đạo chủ trì hội nghị sơ kết.", []),
    ("Chủ tịch UBND phường Lê Thanh Nghị cho biết phường đã hoàn thành kế hoạch.", []),
    # a rank set between the name and the position is neither; military bodies and their numbers hold the post
    ("Đồng chí Hầu Minh Quang, Đại tá, Giám đốc Công an tỉnh cho biết, Công an tỉnh đang điều tra.",
     [("Hầu Minh Quang", ["Giám đốc Công an tỉnh"])]),
    ("Ông Lê Văn Hùng, Thiếu tướng, Phó Tư lệnh Quân khu 4 cho biết.", [("Lê Văn Hùng", ["Phó Tư lệnh Quân khu 4"])]),
    ("Đồng chí Lê Văn Hùng, Chính ủy Sư đoàn 324 phát biểu.", [("Lê Văn Hùng", ["Chính ủy Sư đoàn 324"])]),
    # abbreviated posts, as district portals and captions write them
    ("Đồng chí Nguyễn Văn Long, PBT Huyện ủy, CT UBND huyện Tứ Kỳ phát biểu.",
     [("Nguyễn Văn Long", ["PBT Huyện ủy", "CT UBND huyện Tứ Kỳ"])]),
    ("PCT UBND huyện Thanh Miện Lê Minh Sơn tặng quà các hộ nghèo.", [("Lê Minh Sơn", ["PCT UBND huyện Thanh Miện"])]),
    # ... and no post in a document code's "CT"
    ("Thực hiện Chỉ thị số 05-CT/TW, Nguyễn Văn Long tích cực học tập.", []),
    # rarer family names open a name in a list; the same word opening a commune's name is a place
    ("Dự có các đồng chí: Lò Văn Tiến, Bí thư Tỉnh ủy; Phương Đình Khải, Phó Bí thư Tỉnh ủy.",
     [("Lò Văn Tiến", ["Bí thư Tỉnh ủy"]), ("Phương Đình Khải", ["Phó Bí thư Tỉnh ủy"])]),
    ("Bí thư Đảng ủy xã Phương Đình cho biết xã đã hoàn thành kế hoạch.", []),
    ("Bí thư Đảng ủy xã Sơn Hải Danh Thị Mỹ Lệ cho biết, toàn xã có 146 tàu cá.",
     [("Danh Thị Mỹ Lệ", ["Bí thư Đảng ủy xã Sơn Hải"])]),
    # an honorific's word ending a unit's name ("Sa Thầy") does not end the position
    ("Phó Bí thư Huyện ủy Sa Thầy Sa Văn Hiên phát biểu tại hội nghị.",
     [("Sa Văn Hiên", ["Phó Bí thư Huyện ủy Sa Thầy"])]),
    # a city named with a leading word ("Buôn Ma Thuột") is not a person after its last words
    ("Phó Bí thư Thành ủy Buôn Ma Thuột cho biết thành phố đã hoàn thành kế hoạch.", []),
    ("Thành phố Đông Hà phấn đấu trở thành đô thị loại II. Ảnh: Lâm Thanh", []),
    ("Văn bản chỉ đạo của Bộ Chính trị, Ban Bí thư, Chính phủ và Thủ tướng Chính phủ được quán triệt.", []),
    ("Đảng bộ xã có 15 chi bộ, bí thư chi bộ đồng thời là trưởng thôn ở 12/15 thôn.", []),
    ("Minh Phú", []),
    ("Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy tập trung lãnh đạo.", []),
    ("Tham dự có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy.", []),
    # names listed after a plural honorific share the position written after the last of them
    ("Dự hội nghị có các đồng chí Hoàng Văn Thắng, Đinh Thị Mai, Phó Bí thư Huyện ủy.",
     [("Hoàng Văn Thắng", ["Phó Bí thư Huyện ủy"]), ("Đinh Thị Mai", ["Phó Bí thư Huyện ủy"])]),
    ("Các đồng chí: Lò Văn Pó, Vi Thị Hằng và Tống Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy dự lễ.",
     [("Lò Văn Pó", ["Ủy viên Ban Thường vụ Tỉnh ủy"]), ("Vi Thị Hằng", ["Ủy viên Ban Thường vụ Tỉnh ủy"]),
      ("Tống Văn Lực", ["Ủy viên Ban Thường vụ Tỉnh ủy"])]),
    # not after a singular one, nor when each name has its own position
    ("Đồng chí Hoàng Văn Thắng, Đinh Thị Mai, Phó Bí thư Huyện ủy phát biểu.",
     [("Đinh Thị Mai", ["Phó Bí thư Huyện ủy"])]),
    ("Có mặt các đồng chí Hoàng Văn Thắng, Bí thư Huyện ủy, Đinh Thị Mai, Chủ tịch UBND huyện.",
     [("Hoàng Văn Thắng", ["Bí thư Huyện ủy"]), ("Đinh Thị Mai", ["Chủ tịch UBND huyện"])]),
    # a plural position before a list of names: each holds it ("các đồng chí Phó Bí thư Tỉnh ủy: A, B")
    ("Dự hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Đức Long, Lê Thị Thu Hà.",
     [("Nguyễn Đức Long", ["Phó Bí thư Tỉnh ủy"]), ("Lê Thị Thu Hà", ["Phó Bí thư Tỉnh ủy"])]),
    ("Các Phó Chủ tịch UBND huyện Vũ Minh Khoa, Đặng Thị Nga và Hà Văn Tùng cùng dự.",
     [("Vũ Minh Khoa", ["Phó Chủ tịch UBND huyện"]), ("Đặng Thị Nga", ["Phó Chủ tịch UBND huyện"]),
      ("Hà Văn Tùng", ["Phó Chủ tịch UBND huyện"])]),
    ("Chủ trì hội nghị có các đồng chí Phó Bí thư Huyện ủy: Lương Văn Tâm và đồng chí Triệu Thị Lan.",
     [("Lương Văn Tâm", ["Phó Bí thư Huyện ủy"]), ("Triệu Thị Lan", ["Phó Bí thư Huyện ủy"])]),
    ("Dự hội nghị có đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy: Phùng Văn Hải.",
     [("Phùng Văn Hải", ["Trưởng Ban Tuyên giáo Tỉnh ủy"])]),
    # a name after a unit whose name ends like a given name, cut where a middle name would split it
    ("Bí thư Huyện ủy Mộ Đức Võ Thị Kim Hằng chúc mừng các đảng viên.",
     [("Võ Thị Kim Hằng", ["Bí thư Huyện ủy Mộ Đức"])]),
    ("Bí thư Huyện ủy Mộ Đức Nguyễn Văn Thành phát biểu.", [("Nguyễn Văn Thành", ["Bí thư Huyện ủy Mộ Đức"])]),
    # a unit's number in the position ("tổ dân phố số 11")
    ("Bí thư Chi bộ tổ dân phố số 11 Lê Quang Vinh vận động các hộ phân loại rác.",
     [("Lê Quang Vinh", ["Bí thư Chi bộ tổ dân phố số 11"])]),
    # a village mass organisation's head
    ("Chị Lò Thị Hoa, Chi hội trưởng Chi hội Phụ nữ bản, kể lại.",
     [("Lò Thị Hoa", ["Chi hội trưởng Chi hội Phụ nữ bản"])]),
    # religious dignitaries, a school's dean and a student holding a party post
    ("Đại đức Thích Minh Tuệ, Trụ trì chùa Phúc Long, vận động phật tử đóng góp.",
     [("Thích Minh Tuệ", ["Trụ trì chùa Phúc Long"])]),
    # a unit's name ending in "Văn" before a person's name; a Cơ Tu family name
    ("Bí thư Huyện ủy Đồng Văn Phạm Văn Khoa cho biết: huyện giữ nguyên nhà trình tường.",
     [("Phạm Văn Khoa", ["Bí thư Huyện ủy Đồng Văn"])]),
    ("Phó Chủ tịch UBND huyện Tây Giang Alăng Thị Mai cho biết, huyện sẽ nhân rộng mô hình.",
     [("Alăng Thị Mai", ["Phó Chủ tịch UBND huyện Tây Giang"])]),
    # a body's members listed by name alone after "gồm": people with a role, no post written beside them
    ("Ban Chấp hành khóa mới (xếp theo vần A, B, C) gồm các đồng chí: Đặng Văn An, Lê Thị Bích, Cái Văn Hưng, "
     "Trương Công Chính.",
     [("Đặng Văn An", []), ("Lê Thị Bích", []), ("Cái Văn Hưng", []), ("Trương Công Chính", [])]),
    ("Huyện gồm: Tân Phú, Tân Hòa, Tân Bình và thị trấn Phú Hòa.", []),  # places, not people
    ("Ông Lê Hoàng Dũng, Phó Hạt trưởng Hạt Kiểm lâm huyện U Minh cho biết, rừng được tuần tra hằng ngày.",
     [("Lê Hoàng Dũng", ["Phó Hạt trưởng Hạt Kiểm lâm huyện U Minh"])]),
    # a meeting's minutes: "Thư ký: đồng chí X"; a body of secretaries is nobody
    ("Chủ trì: đồng chí Lê Văn Tâm, Bí thư Chi bộ.\nThư ký: đồng chí Trần Thị Hoa.",
     [("Lê Văn Tâm", ["Bí thư Chi bộ"]), ("Trần Thị Hoa", ["Thư ký"])]),
    ("Đoàn Thư ký của Đại hội gồm 3 đồng chí.", []),
    # a two-word Highlands name opening a sentence, not a place named so
    ("Lớp trẻ biết trồng sâm. Y Liên, Bí thư Chi đoàn thôn Tu Dốp, vừa được kết nạp vào Đảng.",
     [("Y Liên", ["Bí thư Chi đoàn thôn Tu Dốp"])]),
    ("Đoàn về A Lưới, Bí thư Huyện ủy tiếp đoàn tại trụ sở.", []),
    # a Khmer lay leader and an abbot, with the pagoda named
    ("Hòa thượng Thạch Sok Xane, Sư cả chùa Âng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh phát biểu.",
     [("Thạch Sok Xane", ["Sư cả chùa Âng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"])]),
    ("Ông Kim Ngọc Thành, Achar của chùa, vận động bà con hiến đất làm đường.", [("Kim Ngọc Thành", ["Achar"])]),
    ("Linh mục Phạm Văn Huy, Chánh xứ nhà thờ Tân Lập, cùng vận động giáo dân.", [("Phạm Văn Huy", ["Chánh xứ"])]),
    ("ThS Hoàng Thị Mai, Trưởng Khoa Xây dựng Đảng, cho biết.", [("Hoàng Thị Mai", ["Trưởng Khoa Xây dựng Đảng"])]),
    ("Học viên Lô Văn Hùng, Phó Bí thư Đảng ủy xã, chia sẻ.", [("Lô Văn Hùng", ["Phó Bí thư Đảng ủy xã"])]),
    # "Anh" ends a given name or a place's name; only before a capitalised word does it open a name
    ("Bí thư Đảng ủy phường Kim Mã Trần Thị Lan Anh chia sẻ kinh nghiệm.",
     [("Trần Thị Lan Anh", ["Bí thư Đảng ủy phường Kim Mã"])]),
    ("Đồng chí Lê Văn Thuận, Bí thư Thị ủy Kỳ Anh, phát biểu.", [("Lê Văn Thuận", ["Bí thư Thị ủy Kỳ Anh"])]),
    # an academy is one body, whose name ends in a person's ("Hồ Chí Minh"); a city's name glued to "TP."
    ("PGS.TS Trần Minh Đức, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, trình bày chuyên đề.",
     [("Trần Minh Đức", ["Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"])]),
    ("GS.TS Đinh Xuân Lâm, Hiệu trưởng Trường Đại học Vinh, phát biểu.",
     [("Đinh Xuân Lâm", ["Hiệu trưởng Trường Đại học Vinh"])]),
    ("Phó Chủ tịch UBND TP.HCM Lê Hòa Bình kiểm tra công trình.", [("Lê Hòa Bình", ["Phó Chủ tịch UBND TP.HCM"])]),
    # Thái, Tày, Nùng and Dao family names opening names listed before a post
    ("Đại hội bầu các đồng chí Cà Văn Chung, Lăng Thị Dịu và Bàn Văn Sần giữ chức Phó Bí thư Huyện ủy.",
     [("Cà Văn Chung", ["Phó Bí thư Huyện ủy"]), ("Lăng Thị Dịu", ["Phó Bí thư Huyện ủy"]),
      ("Bàn Văn Sần", ["Phó Bí thư Huyện ủy"])]),
    # a physician's specialist grade before the name; "X, hiện là <post>"; a hospital lettered "A" is no "A" name
    ("Bác sĩ CKII Vi Thị Hằng, Bí thư Chi bộ Khoa Nội, chia sẻ kinh nghiệm.",
     [("Vi Thị Hằng", ["Bí thư Chi bộ Khoa Nội"])]),
    ("Trung úy Giàng A Dế, hiện là Phó Bí thư Chi bộ thôn Sảng Pả, kể lại.",
     [("Giàng A Dế", ["Phó Bí thư Chi bộ thôn Sảng Pả"])]),
    ("Giám đốc Bệnh viện A Thái Nguyên cho biết năm nay bệnh viện có thêm 120 giường.", []),
    ("Đồng chí Hà Minh Tiến, Báo cáo viên Trung ương, truyền đạt chuyên đề.",
     [("Hà Minh Tiến", ["Báo cáo viên Trung ương"])]),
    # an Ê Đê village's cell; a Korean given name joined by a hyphen
    ("Bí thư Chi bộ buôn Tơng Jú Y Kông Mlô cho biết, buôn có 23 đảng viên.",
     [("Y Kông Mlô", ["Bí thư Chi bộ buôn Tơng Jú"])]),
    ("Ông Lee Sung-min, Giám đốc nhà máy, cho biết công ty có 3 chi bộ.", [("Lee Sung-min", ["Giám đốc"])]),
    # the army's staff posts; a ministry whose name ends in an organisation word ("phòng")
    ("Thượng tướng Hoàng Xuân Chiến, Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng, dự lễ.",
     [("Hoàng Xuân Chiến", ["Tổng Tham mưu trưởng QĐND Việt Nam", "Thứ trưởng Bộ Quốc phòng"])]),
    ("Đại tá Vi Văn Mạnh, Phó Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh, cho biết.",
     [("Vi Văn Mạnh", ["Phó Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"])]),
    # heads of villages by their regional names, lower case and joined by "kiêm" to a party post
    ("Ở làng Kon Rơ, bí thư chi bộ kiêm trưởng làng A Hmăng đã vận động bà con góp đất làm đường.",
     [("A Hmăng", ["bí thư chi bộ", "trưởng làng"])]),
    ("Ông Y Kông Niê, Trưởng buôn Ea Bar, cho biết buôn có 9 đảng viên.", [("Y Kông Niê", ["Trưởng buôn Ea Bar"])]),
    ("Phó trưởng ấp Thạch Sô Phal cùng tổ tự quản đi từng nhà vận động.", [("Thạch Sô Phal", ["Phó trưởng ấp"])]),
    # a police team's deputy head, after a rank
    ("Thiếu tá Trần Đức Lâm, Đội phó Đội Cảnh sát, cho biết.", [("Trần Đức Lâm", ["Đội phó Đội Cảnh sát"])]),
    # border-guard posts, after a military rank
    ("Thiếu tá Lương Văn Hiếu, Đồn trưởng Đồn Biên phòng Chi Ma, cho biết.",
     [("Lương Văn Hiếu", ["Đồn trưởng Đồn Biên phòng Chi Ma"])]),
    # Jrai and Bahnar names opened by "A", after "già làng"
    ("Chi bộ làng Ia Krái do già làng A Hyưh, Bí thư Chi bộ, dẫn dắt.", [("A Hyưh", ["Bí thư Chi bộ"])]),
    # not without the plural, nor past a name that has a position of its own
    ("Phó Bí thư Huyện ủy Lương Văn Tâm, Triệu Thị Lan cho biết kết quả.",
     [("Lương Văn Tâm", ["Phó Bí thư Huyện ủy"])]),
    ("Các Phó Bí thư Tỉnh ủy Nguyễn Đức Long, Chủ tịch UBND tỉnh Lê Thị Thu Hà cùng dự.",
     [("Nguyễn Đức Long", ["Phó Bí thư Tỉnh ủy"]), ("Lê Thị Thu Hà", ["Chủ tịch UBND tỉnh"])]),
    # a Central Highlands name of two words after a cell's name ("A", "Y" open names, not cells); units so named
    # ("A Lưới", "Y Tý") stay units
    ("Bí thư Chi bộ A Nhương chia sẻ về việc thu đảng phí.", [("A Nhương", ["Bí thư Chi bộ"])]),
    ("Chủ tịch UBND huyện A Lưới phát biểu tại hội nghị.", []),
    ("Bí thư Chi bộ Tân Lập chia sẻ kinh nghiệm.", []),
    # a signed article: a degree before the shouted name, the position on the next line and the body it belongs to
    ("Những kết quả bước đầu\nTS. TRẦN VĂN MINH\nPhó Viện trưởng Viện Xây dựng Đảng, Học viện Chính trị khu vực I\n"
     "Sau 5 năm thực hiện nghị quyết ...", [("Trần Văn Minh", ["Phó Viện trưởng Viện Xây dựng Đảng"])]),
    # a plural honorific and a colon before the list: a name with a family name the table lacks stands too
    ("Dự hội nghị có các đồng chí: Mông Đức Hải, Phó Bí thư Thường trực Tỉnh ủy; Lý Văn Điệp, Ủy viên BTV Tỉnh ủy.",
     [("Mông Đức Hải", ["Phó Bí thư Thường trực Tỉnh ủy"]), ("Lý Văn Điệp", ["Ủy viên BTV Tỉnh ủy"])]),
    # a congress's presidium and secretariat are bodies: no one's position, no name in "Đoàn Thư ký"
    ("Đại hội đã bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu.", []),
    ("Chủ tịch UBND tỉnh Đoàn Thị Mai dự hội nghị.", [("Đoàn Thị Mai", ["Chủ tịch UBND tỉnh"])]),
    # the signature block of a document printed whole: position shouted on its line, "(Đã ký)", the name
    ("Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n(Đã ký)\nLường Văn Sơn\n",
     [("Lường Văn Sơn", ["Bí thư"])]),
    ("T/M ĐẢNG ỦY\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n\nHOÀNG THỊ MAI\n", [("Hoàng Thị Mai", ["Phó Bí thư"])]),
    # near misses: a shouted position over a unit, not a name; a heading over a paragraph
    ("Báo cáo của đơn vị.\nGIÁM ĐỐC\nSở Nội vụ tỉnh\n", []),
    ("PHÓ BÍ THƯ\nNghị quyết được quán triệt đến từng chi bộ.\n", []),
]


def _run(text: str) -> list[tuple[str, list[str]]]:
    return [(o.name, o.positions) for o in officials.extract(Text(text))]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_officials_in_sentences(text: str, expected: list[tuple[str, list[str]]]) -> None:
    got = _run(text)
    assert sorted(n for n, _ in got) == sorted(n for n, _ in expected)
    got_positions = dict(got)
    for name, positions in expected:
        assert got_positions[name] == positions, name


def test_there_are_enough_labelled_sentences() -> None:
    assert len(CASES) >= 40


def test_later_mentions_join_the_record() -> None:
    text = (
        "Đồng chí Lê Văn Minh, Bí thư Đảng ủy xã Tân Dân, cho biết xã đã hoàn thành 9/10 chỉ tiêu. "
        "Theo ông Minh, năm tới xã tập trung chỉnh trang đường làng. "
        "Đồng chí Lê Văn Minh cũng đề nghị huyện hỗ trợ thêm vốn."
    )
    (rec,) = officials.extract(Text(text))
    assert rec.name == "Lê Văn Minh"
    assert [m.text for m in rec.mentions] == ["Lê Văn Minh", "Minh", "Lê Văn Minh"]


def test_ambiguous_short_mention_joins_no_one() -> None:
    text = (
        "Đồng chí Lê Văn Minh, Bí thư Đảng ủy xã Tân Dân và đồng chí Trần Quang Minh, "
        "Chủ tịch UBND xã Tân Dân dự lễ. Ông Minh phát biểu khai mạc."
    )
    recs = officials.extract(Text(text))
    assert {r.name for r in recs} == {"Lê Văn Minh", "Trần Quang Minh"}
    assert all(len(r.mentions) == 1 for r in recs)


def test_mentions_of_one_person_in_several_shapes_merge_positions() -> None:
    text = (
        "Ông Lê Xuân Hòa, Bí thư Huyện ủy Kim Bảng cho biết huyện có 52 tổ chức cơ sở đảng.\n"
        "Ông Lê Xuân Hòa (thứ hai từ trái) - Tỉnh ủy viên - Bí thư Huyện ủy Kim Bảng thăm mô hình.\n"
    )
    (rec,) = officials.extract(Text(text))
    assert rec.positions == ["Bí thư Huyện ủy Kim Bảng", "Tỉnh ủy viên"]
    assert len(rec.mentions) == 2


def test_spans_ground_in_the_text() -> None:
    text = "Phát biểu tại hội nghị, đồng chí Trần\u00a0Quốc Bảo, Bí thư Huyện ủy Hướng Hóa, yêu cầu..."
    t = Text(text)
    for rec in officials.extract(t):
        for s in rec.mentions:
            assert text[s.start : s.end] == s.text


def test_nothing_from_chrome_but_captions_count() -> None:
    text = (
        "Huyện ủy Tiên Yên tổng kết công tác năm 2023\n"
        "Nội dung bài viết về công tác xây dựng Đảng ở cơ sở, được viết đủ dài để là phần thân bài.\n"
        "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu. Ảnh: Minh Hằng\n"
        "Tổng biên tập: Nguyễn Văn Bình\n"
        "Copyright 2023 by Báo Quảng Ninh - Tổng Biên tập Trần Văn Cường\n"
    )
    t = Text(text)
    # the caption pictures an official of the story; the footer's editors are chrome; the credit is no one
    assert _run(text) == [("Nguyễn Văn An", ["Bí thư Huyện ủy"])]
    assert all(t.in_caption(m.start, m.end) for m in officials.extract(t)[0].mentions)


@pytest.mark.parametrize(
    ("shouted", "natural"),
    [("HỒ SỸ TRUNG", "Hồ Sỹ Trung"), ("NGUYỄN THỊ THU HÀ", "Nguyễn Thị Thu Hà"), ("Lê Xuân Huy", ("Lê Xuân "
                                                                                                  "Huy")),
     ("ĐẶNG  VĂN   BÌNH", "Đặng Văn Bình")],
)
def test_natural_case(shouted: str, natural: str) -> None:
    assert natural_case(shouted) == natural


@pytest.mark.parametrize(
    ("words", "honorific", "ok"),
    [
        (["Nguyễn", "Văn", "An"], False, True),
        (["Cáp", "Hữu", "Chiểu"], False, True),
        (["Bình", "Lục"], False, False),  # a district
        (["Hồ", "Chí", "Minh"], False, False),  # history, not the story
        (["Y", "Biêr", "Niê"], True, True),  # after an honorific
        (["Lê", "UBND"], False, False),
        (["Nguyễn"], False, False),
    ],
)
def test_looks_like_name(words: list[str], honorific: bool, ok: bool) -> None:
    assert looks_like_name(words, honorific=honorific) is ok


def test_default_path_needs_no_ner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default path never touches underthesea's tagger."""
    import sys

    monkeypatch.setitem(sys.modules, "underthesea", None)  # any import would fail
    assert _run("Đồng chí Nguyễn Văn Thắng, Bí thư Huyện ủy Tiên Yên, phát biểu.")


@pytest.mark.slow
def test_ner_is_a_second_opinion_that_only_adds() -> None:
    text = ("Byă Đức Thành, Phó Chủ tịch UBND huyện Chư Sê, cho biết. Đồng chí Nguyễn Văn An, Bí thư Huyện "
            "ủy, dự.")
    t = Text(text)
    base = {o.name for o in officials.extract(t)}
    assert base == {"Nguyễn Văn An"}
    assert {o.name for o in officials.extract(t, ner=True)} == base | {"Byă Đức Thành"}


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.seeds
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds absent")
@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [], ids=lambda p: p.stem)
def test_seed_officials_have_positions_and_grounded_spans(path: Path) -> None:
    import unicodedata

    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    t = Text(text)
    for rec in officials.extract(t):
        assert rec.positions and rec.mentions
        for s in rec.mentions:
            assert text[s.start : s.end] == s.text
            assert not t.in_chrome(s.start, s.end)


def test_position_read_through_invisible_characters() -> None:
    """A zero-width space or a curly dash inside a position gives the same position (found by hypothesis)."""
    plain = "Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy Bình Lục phát biểu."
    odd = plain.replace("Bí thư", "Bí\u200bthư")
    assert [o.positions for o in extract(odd).officials] == [o.positions for o in extract(plain).officials]
    assert extract(plain).officials[0].positions == ["Bí thư Huyện ủy Bình Lục"]


def test_title_starts_hold_every_title_whatever_the_blanks() -> None:
    """The title search tries the pattern where a title may begin: every match of a whole-text scan,
    titles written over line breaks, with space runs, after "nguyên", glued to punctuation or letters."""
    import random

    import regex

    from partyextract.text import matches_at, matching_view

    rng = random.Random(7)
    forms = sorted(officials._TITLE_FORMS)
    blanks = [" ", " ", " ", "  ", "\n", " \n", "\n\n ", "\t", "\u00a0", "\r\n"]
    edges = ["", " ", "x", "(", "\n", "2", "đ", ",", "  "]
    for _ in range(200):
        parts = []
        for _ in range(12):
            form = rng.choice(forms)
            form = form.title() if rng.random() < 0.5 else form
            form = regex.sub(" ", lambda _: rng.choice(blanks), form)
            parts.append(rng.choice(edges) + form + rng.choice(edges))
        t = Text("".join(parts))
        low = t.lowered
        assert low == matching_view(t.text).lower()
        pattern = officials._TITLE_LOWER_RE
        expected = [m.span() for m in pattern.finditer(low)]
        for lines in (None, t.lines):
            assert [m.span() for m in matches_at(pattern, low, officials._title_starts(low, lines))] == expected


def test_view_blanks_are_spaces_and_line_breaks() -> None:
    """The title search reads a blank run other than one space from its line breaks and space runs."""
    import sys

    import regex

    from partyextract.text import matching_view

    blanks = "".join(regex.findall(r"\s", "".join(map(chr, range(sys.maxunicode + 1)))))
    assert set(matching_view(blanks).lower()) <= {" ", "\n"}


def test_short_mentions_found_as_the_whole_scan_finds_them() -> None:
    """`_short_matches` tries `_SHORT_RE` only at some honorifics: the same matches as trying it at each."""
    import random

    pieces = ["ông", "Ông", "ÔNG", "bà", "Bà", "anh", "Anh", "chị", "đồng", "đồng chí", "Đồng Chí", "ĐỒNG CHÍ",
              "đ/c", "Đ/c", "không", "công", "hội đồng", "thành", "Huy", "Lê Xuân Huy", "Trung", "nhân dân", "5",
              "(", ")", ",", "-", "\n", "\t", "  ", " ", "\u00a0"]
    rng = random.Random(7)
    for _ in range(3000):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        t = Text(s)
        want = [m.span() for m in t.matches(officials._SHORT_RE, officials._SHORT_HEADS, words=True)]
        assert [m.span() for m in officials._short_matches(t)] == want, s
