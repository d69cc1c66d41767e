"""Positions, organisations, honorifics and family names for officials.

Plain tables read by `partyextract.officials`. Spellings use the NFC forms of
modern tone placement ("Ủy"); the extractor also accepts the old placement
("Uỷ") and any letter case.
"""

# Words that open a position, longest first is not required (the extractor sorts).
# A position is one of these followed by the organisation and unit it belongs to.
TITLES: tuple[str, ...] = (
    # party, central
    "Tổng Bí thư", "Thường trực Ban Bí thư", "Ủy viên Bộ Chính trị", "Ủy viên Ban Bí thư",
    "Ủy viên Trung ương Đảng", "Ủy viên dự khuyết Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương",
    "Ủy viên Ban Chấp hành", "Ủy viên Ban Thường vụ", "Ủy viên Thường vụ", "Ủy viên Thường trực",
    "Ủy viên Ủy ban Kiểm tra", "Ủy viên UBKT", "Ủy viên UBND", "Ủy viên Ủy ban nhân dân",
    "Ủy viên Ban Chỉ đạo", "Ủy viên BTV", "Ủy viên BCH",
    "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Quận ủy viên", "Thị ủy viên",
    "Đảng ủy viên", "Cấp ủy viên", "Chi ủy viên", "TUV", "HUV", "ThUV", "QUV", "ĐUV", "UVTW",
    "UVBTV", "UV BTV", "UV BCH",
    # abbreviated posts of district portals and captions ("PBT Huyện ủy", "CT UBND huyện Tứ Kỳ")
    "PBT", "PBTTT", "CT UBND", "CT HĐND", "CT UBMTTQ", "CT MTTQ", "PCT UBND", "PCT HĐND", "PCT UBMTTQ",
    "PCT TT UBND", "PCT TT HĐND",
    "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực",
    "Trưởng Ban", "Phó Trưởng Ban", "Phó Trưởng Ban Thường trực", "Trưởng ban", "Phó ban",
    "Chủ nhiệm", "Phó Chủ nhiệm", "Chủ nhiệm Ủy ban Kiểm tra", "Phó Chủ nhiệm Ủy ban Kiểm tra",
    "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chánh Thanh tra", "Phó Chánh Thanh tra",
    # state
    "Chủ tịch nước", "Phó Chủ tịch nước", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội",
    "Thủ tướng", "Thủ tướng Chính phủ", "Phó Thủ tướng", "Phó Thủ tướng Thường trực",
    "Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực",
    "Đại biểu Quốc hội", "Trưởng Đoàn đại biểu Quốc hội", "Phó Trưởng Đoàn đại biểu Quốc hội",
    "Trưởng đoàn ĐBQH", "Phó Trưởng đoàn ĐBQH", "Đại biểu HĐND",
    "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc",
    "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Tổng cục trưởng",
    "Chi cục trưởng", "Trưởng phòng", "Phó Trưởng phòng", "Chánh án", "Phó Chánh án",
    "Viện trưởng", "Phó Viện trưởng", "Tổng Thư ký", "Tổng Biên tập", "Phó Tổng Biên tập",
    "Hiệu trưởng", "Phó Hiệu trưởng", "Trưởng Công an", "Phó Trưởng Công an",
    "Chỉ huy trưởng", "Chỉ huy phó", "Chính trị viên", "Chính ủy", "Phó Chính ủy",
    "Đồn trưởng", "Phó Đồn trưởng", "Đội trưởng", "Đội phó", "Chính trị viên phó", "Chủ nhiệm Chính trị",
    "Phó Chủ nhiệm Chính trị", "Tổng Tham mưu trưởng", "Phó Tổng Tham mưu trưởng", "Tham mưu trưởng",
    "Phó Tham mưu trưởng",
    "Tư lệnh", "Phó Tư lệnh", "Trưởng thôn", "Trưởng bản", "Trưởng ấp", "Tổ trưởng",
    # heads of villages by their regional names (a "làng" of the Central Highlands, a "buôn" of the Ê Đê, a Khmer
    # "phum" or "sóc", a "khóm" of the Mekong towns), and their deputies
    "Trưởng làng", "Trưởng buôn", "Trưởng xóm", "Trưởng khóm", "Trưởng phum", "Trưởng sóc", "Trưởng plei",
    "Phó Trưởng thôn", "Phó Trưởng bản", "Phó Trưởng ấp", "Phó Trưởng khu phố",
    "Chi hội trưởng", "Chi hội phó", "Phân hội trưởng",
    # schools and religious communities
    "Trưởng Khoa", "Phó Trưởng Khoa", "Trụ trì", "Chánh xứ", "Phó xứ", "Sư cả", "Achar",
    "Trưởng khu phố", "Trưởng Đoàn", "Phó Trưởng Đoàn",
    "Thư ký",  # of a meeting's minutes: "Thư ký: đồng chí Trần Thị Hoa"
    "Báo cáo viên",  # a lecturer of the party's propaganda network: "Báo cáo viên Trung ương"
    "Hạt trưởng", "Phó Hạt trưởng",  # of a forest rangers' station ("Hạt Kiểm lâm")
)

# Where titles are looked for in the text (`str.find` on its lower case), each found at its offset
# in the titles holding it: pieces rare in articles but shared by many titles ("trưởng": "Bộ
# trưởng", "Trưởng ban", "Phó Chánh Văn phòng" through "chánh"; "ủy" also stands for "uỷ"). A
# title holding none is looked for by its first two words. They change the speed, not what is found.
TITLE_CLUES: tuple[str, ...] = (
    "ủy viên", "uv", "bí thư", "trưởng", "phó ban", "chủ nhiệm", "chủ tịch", "chánh", "thủ tướng",
    "đại biểu quốc", "đại biểu hđnd", "giám đốc", "thư ký", "tổng biên", "chỉ huy", "trị viên",
    "chính ủy", "tư lệnh", "đội phó", "chi hội", "trụ trì", "phó xứ",
    "ct", "pbt", "sư cả", "achar",  # ("ct": no Vietnamese syllable holds it; abbreviated posts do, "CT UBND", "PCT")
)

# Words and phrases that continue a position after its title, in any letter case.
# Capitalised words (unit names, abbreviations such as UBND, HĐND) continue it too.
#
# ORGANISATIONS name a body and may follow the title or another organisation word:
# "Chủ tịch Ủy ban nhân dân huyện", "Bí thư Đảng ủy Khối cơ quan tỉnh".
ORGANISATIONS: tuple[str, ...] = (
    "ủy ban nhân dân", "hội đồng nhân dân", "ban chấp hành", "ban thường vụ", "ban thường trực",
    "mặt trận tổ quốc việt nam", "mặt trận tổ quốc", "ủy ban mặt trận tổ quốc", "ủy ban",
    "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng ủy khối",
    "đảng bộ", "chi bộ", "đảng đoàn", "ban cán sự đảng", "tỉnh", "thành phố", "huyện", "quận",
    "chi hội", "chi đoàn", "phân hội",
    "thị xã", "xã", "phường", "thị trấn", "đặc khu", "thôn", "bản", "ấp", "khu phố", "tổ dân phố",
    "làng", "buôn", "plei", "khóm", "xóm", "sở", "ban", "văn phòng", "trung ương", "trung ương đảng", "chính phủ",
    "quốc hội",
    "nhà nước", "hội nông dân", "hội liên hiệp phụ nữ", "hội cựu chiến binh",
    "đoàn thanh niên cộng sản hồ chí minh", "đoàn thanh niên", "liên đoàn lao động", "công đoàn",
    "công an", "trung tâm chính trị", "trung tâm", "bộ chỉ huy quân sự", "ban chỉ huy quân sự",
    "bộ đội biên phòng", "đoàn đại biểu quốc hội", "ban chỉ đạo", "ban quản lý", "bộ", "cục",
    "chi cục", "phòng", "viện kiểm sát nhân dân", "tòa án nhân dân", "bảo hiểm xã hội",
    "kho bạc nhà nước", "ngân hàng chính sách xã hội", "trường chính trị", "cơ quan", "khối",
    "công ty", "tổng công ty", "tập đoàn", "hợp tác xã", "ngân hàng", "chi nhánh", "bệnh viện",
    "trung tâm y tế", "trường", "ban quản lý dự án", "quỹ",
    "quân khu", "bộ tư lệnh", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "chùa", "hạt kiểm lâm",
    # academies and universities ("Học viện Chính trị quốc gia Hồ Chí Minh" is one body, not a person's name)
    "học viện chính trị quốc gia hồ chí minh", "học viện chính trị khu vực", "học viện", "đại học quốc gia",
    "trường đại học", "đại học",
)
# COMPLEMENTS complete the organisation word just before them ("Ban tuyên giáo",
# "Ủy ban kiểm tra", "Sở nội vụ"); elsewhere they are ordinary words ("kiểm tra", "tổ chức").
COMPLEMENTS: tuple[str, ...] = (
    "nhân dân", "thường vụ", "thường trực", "tuyên giáo", "tổ chức", "dân vận", "kiểm tra",
    "nội chính", "kinh tế - ngân sách", "kinh tế", "pháp chế", "văn hóa - xã hội", "dân tộc",
    "quân sự", "tổ quốc", "việt nam", "tài nguyên và môi trường",
    "nông nghiệp và phát triển nông thôn", "nông nghiệp và môi trường", "kế hoạch và đầu tư",
    "giáo dục và đào tạo", "lao động - thương binh và xã hội", "khoa học và công nghệ",
    "thông tin và truyền thông", "văn hóa, thể thao và du lịch", "văn hóa - thể thao",
    "văn hóa, thể thao", "giao thông vận tải", "y tế", "tư pháp", "nội vụ", "tài chính",
    "công thương", "xây dựng", "ngoại vụ", "thanh tra", "nông dân", "phụ nữ", "cựu chiến binh",
    "thanh niên", "lao động", "chính trị", "biên phòng", "dự khuyết", "doanh nghiệp",
    "các cơ quan", "cơ quan", "khối", "cơ quan và doanh nghiệp", "các cơ quan và doanh nghiệp",
    "cổ phần", "trách nhiệm hữu hạn", "đa khoa", "phát triển", "chỉ đạo", "chỉ huy", "quản lý",
    "quản lý dự án", "tiếp công dân", "đại diện", "thanh tra nhân dân", "công tác mặt trận",
    "giám hiệu", "thi đua - khen thưởng", "thi đua, khen thưởng", "thi đua khen thưởng",
    "bảo vệ, chăm sóc sức khỏe cán bộ", "tài chính - kế hoạch", "văn hóa và thông tin",
    "văn hóa - thông tin", "tài nguyên - môi trường", "kinh tế - hạ tầng", "kinh tế và hạ tầng",
    "quản lý đô thị", "nông nghiệp", "giáo dục", "thống kê", "thông tin", "an ninh", "cảnh sát",
    "lao động - thương binh và xã hội", "dân vận", "tuyên giáo và dân vận", "đoàn kết sư sãi yêu nước",
    "quốc phòng", "ngoại giao", "dân tộc và tôn giáo",
)

# Organisation words a complement may follow ("Ban" + "tuyên giáo", "Sở" + "nội vụ").
COMPLEMENT_HEADS: tuple[str, ...] = (
    "ban", "ủy ban", "sở", "bộ", "cục", "chi cục", "phòng", "trung tâm", "văn phòng", "hội",
    "đảng ủy", "đảng ủy khối", "khối", "ban chỉ đạo", "ban chỉ huy", "bộ chỉ huy", "đoàn",
    "mặt trận", "ban thường vụ", "ban chấp hành", "công ty", "tổng công ty", "bệnh viện",
    "ban quản lý", "quỹ", "ngân hàng",
)

# Organisation words after which a capitalised run is (first) a unit name:
# "Huyện ủy Bình Lục", "UBND huyện Lê Thị B" (no unit), "Đảng ủy xã Hải An".
UNIT_WORDS: tuple[str, ...] = (
    "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "tx", "tx.", "xã", "phường",
    "thị trấn", "tt", "đặc khu", "thôn", "bản", "ấp", "khu phố", "tổ dân phố",
    "buôn", "plei", "khóm", "xóm",  # villages by their regional names ("Bí thư Chi bộ buôn Kmang Y Thuôn Niê")
    "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ", "chi bộ",
    "ubnd", "hđnd", "ủy ban nhân dân", "hội đồng nhân dân", "ubmttq", "mttq", "sở", "bộ",
    "quân khu", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "chùa",
)

# Capitalised words that head an organisation, never part of a person's name.
ORG_HEADS: tuple[str, ...] = (
    "Sở", "Ban", "Bộ", "Cục", "Vụ", "Viện", "Phòng", "Hội", "Tỉnh", "Huyện", "Xã", "Phường",
    "Quận", "Khối", "Đảng", "Tổ", "Ủy", "Uỷ", "Báo", "Đài", "Tạp", "TP", "TX", "TT", "UBND",
    "HĐND", "MTTQ", "BCH", "BTV", "ĐBQH",
)

# Abbreviated level words -> the level word the gazetteer knows.
LEVEL_ABBREVIATIONS: dict[str, str] = {
    "TP": "thành phố", "TP.": "thành phố", "Tp": "thành phố",
    "TX": "thị xã", "TX.": "thị xã", "TT": "thị trấn",
}

# Words that introduce a person's name.
HONORIFICS: tuple[str, ...] = (
    "đồng chí", "đ/c", "ông", "bà", "anh", "chị", "cô", "thầy", "cụ", "già làng",
    "TS.", "TS", "ThS.", "ThS", "PGS.TS.", "PGS.TS", "PGS, TS", "GS.TS.", "GS.TS", "GS.", "PGS.",
    "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Thiếu tướng", "Trung tướng",
    "Thượng tướng", "Đại tướng", "Luật sư", "Nhà báo", "Bác sĩ", "Kỹ sư",
    "Linh mục", "Mục sư", "Đại đức", "Thượng tọa", "Hòa thượng", "Ni sư", "Sư cô", "Học viên",
)

# Military and police ranks, written as a title before a name ("Đại tá Hầu Minh Quang") or set between a name and
# its position ("Hầu Minh Quang, Đại tá, Giám đốc Công an tỉnh"): neither part of the name nor a position.
RANKS: tuple[str, ...] = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
)

# Family names (họ), used to tell a person's name from a place name after a position.
FAMILY_NAMES: tuple[str, ...] = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Đinh", "Lâm", "Phùng", "Mai",
    "Tô", "Trương", "Hà", "Lương", "Lưu", "Tạ", "Cao", "Chu", "Kiều", "Quách", "Thái", "Tăng",
    "Triệu", "La", "Lại", "Lò", "Giàng", "Cáp", "Âu", "Châu", "Diệp", "Doãn", "Đàm", "Đồng",
    "Hứa", "Khổng", "Khúc", "Kim", "Lục", "Mạc", "Mẫn", "Nông", "Ông", "Phí", "Tiêu", "Tống",
    "Vi", "Ninh", "Thân", "Thạch", "Sùng", "Vàng", "Hầu", "Lầu", "Mùa", "Thào", "Ma", "Bế",
    "Sầm", "Lành", "Lèo", "Cầm", "Quàng", "Bạc", "Điêu", "Đèo", "Tòng", "Trình", "Viên", "Từ",
    "Lã", "Khuất", "Nghiêm", "Giáp", "Ngọ", "Ngụy", "Thiều", "Kha", "Nhữ", "Lữ", "Đậu", "Hàn",
    "Mạnh", "Bành", "Bạch", "Biện", "Cù", "Dư", "Đới", "Đường", "Khương", "Lạc", "Liêu", "Nhan",
    "Quản", "Thiệu", "Tôn", "Ung", "Vy", "Ksor", "Rơ", "Siu", "Rah", "Nay", "Sình", "Chảo",
    "Tẩn", "Lù", "Cứ", "Vừ", "Hạng", "Pờ", "Mã", "Tào", "Ôn", "Y", "Điểu", "Kpă", "Bdap",
    "Lường",  # a Thái family name of the north-west
    # rarer Kinh family names, and Thái, Mông, Dao, Hà Nhì and Lô Lô ones of the north
    "Phương", "Cấn", "Tiết", "Ứng", "Tưởng", "Chế", "Hán", "Sái", "Nhâm", "Cung", "Đổng", "Khiếu", "Vưu",
    "Danh",  # Khmer, of the Mekong delta
    "Alăng", "Bhling", "Briu", "Clâu", "Coor", "Arất", "Ating", "Hốih",  # Cơ Tu, of the Trường Sơn range
    "Sa", "Khà", "Vì", "Lự", "Phàn", "Tráng", "Hảng", "Xồng", "Chẻo", "Lỳ", "Pờ", "Cà", "Mè", "Lăng", "Bàn", "Hờ",
    # Jrai, Bahnar and Xơ Đăng: "A" opens a man's name as "Y" does ("A Hyưh", "A Thút"); clan names
    "A", "Puih", "Rmah", "Rcom", "Kpuih", "Ayun",
)
# One-letter words that open a Central Highlands man's or woman's name ("A Nhương", "Y Liên") and no unit's but a
# few the gazetteer knows ("A Lưới", "Y Tý"): a two-word name after a unit word may be a person's then.
ONE_LETTER_NAME_PREFIXES: tuple[str, ...] = ("A", "Y")
# Middle names that never end a name nor a place's name: a name read after one is cut short ("Võ Thị | Kim Hằng").
MIDDLE_MARKERS: tuple[str, ...] = ("Thị", "Văn")

# Given-name prefixes of Central Highlands names, which open the name in place of a family
# name: "H'Lim Niê", "K'Bình" (Ê Đê, Cơ Ho).
ETHNIC_NAME_PREFIXES: tuple[str, ...] = ("H'", "K'", "Y'")

# People named in campaigns, street names and history, never officials of the story.
HISTORICAL_NAMES: tuple[str, ...] = (
    "Hồ Chí Minh", "Nguyễn Ái Quốc", "Nguyễn Tất Thành", "Tôn Đức Thắng", "Võ Nguyên Giáp",
    "Lê Duẩn", "Trường Chinh", "Phạm Văn Đồng", "Trần Phú", "Lê Hồng Phong", "Hà Huy Tập",
    "Nguyễn Văn Cừ", "Trần Hưng Đạo", "Lê Lợi", "Quang Trung", "Nguyễn Trãi", "Lý Thường Kiệt",
    "Hai Bà Trưng", "Nguyễn Du", "Phan Bội Châu", "Phan Chu Trinh", "Hoàng Hoa Thám",
    "Nguyễn Thái Học", "Võ Thị Sáu", "Nguyễn Văn Trỗi", "Lê Văn Tám", "Ngô Quyền",
    "Đinh Tiên Hoàng", "Lý Thái Tổ", "Trần Quốc Toản", "Nguyễn Huệ", "Nguyễn Thị Minh Khai",
    "Hoàng Văn Thụ", "Lê Thánh Tông", "Trần Nhân Tông", "Nguyễn Đình Chiểu", "Phan Đình Phùng",
    "Bác Hồ",
)

# Words that follow a position and end it although capitalised ("Bí thư Huyện ủy Trong ...").
POSITION_STOP_WORDS: tuple[str, ...] = ("Trong", "Tại", "Theo", "Về", "Với", "Khi", "Ngày")

# The verb phrase between a name and its position ("X được bầu giữ chức Bí thư ...",
# "X tái đắc cử Bí thư ...", "X được điều động, bổ nhiệm giữ chức ...", "X hiện là ...").
# Adverbs that may open it ("X hiện là", "X vừa được bầu", "X tiếp tục giữ chức").
ROLE_ADVERBS: tuple[str, ...] = (
    "hiện", "hiện nay", "nay", "đã", "vừa", "mới", "vừa mới", "tiếp tục", "chính thức", "cũng", "đồng thời",
    "lại", "sẽ",
)
# Verbs that put a person into a position, after "được" or on their own ("X tái đắc cử ...").
# Several may be coordinated: "được điều động, bổ nhiệm", "được luân chuyển và bổ nhiệm", "được tín
# nhiệm bầu".
ROLE_VERBS: tuple[str, ...] = (
    "bầu", "bầu lại", "bầu bổ sung", "bổ nhiệm", "bổ nhiệm lại", "tái bổ nhiệm", "điều động",
    "phân công", "chỉ định", "giới thiệu", "luân chuyển", "đắc cử", "tái đắc cử", "tái cử", "trúng cử",
    "chuẩn y", "phê chuẩn", "cử", "giao", "chọn", "công nhận", "tín nhiệm",
)
# Of those, the ones written without "được" ("X tái đắc cử Bí thư", "X nhận quyết định bổ nhiệm ...").
ACTIVE_ROLE_VERBS: tuple[str, ...] = ("đắc cử", "tái đắc cử", "tái cử", "trúng cử")
# Words that bring the position after such a verb ("bầu giữ chức", "điều động về làm", "đắc cử chức").
ROLE_COMPLEMENTS: tuple[str, ...] = (
    "giữ chức", "giữ chức vụ", "làm", "là", "đảm nhiệm", "đảm nhiệm chức", "đảm nhiệm chức vụ", "đảm nhận",
    "vào chức", "vào chức vụ", "vào vị trí", "chức", "chức vụ", "tiếp tục giữ chức", "tiếp tục làm",
    "về làm", "về giữ chức", "đến làm", "sang làm", "sang giữ chức",
)
# A verb that gives the position by itself ("X là ...", "X giữ chức ...").
ROLE_COPULAS: tuple[str, ...] = (
    "là", "làm", "giữ chức", "giữ chức vụ", "đảm nhiệm", "đảm nhiệm chức vụ", "đảm nhận", "đảm nhận chức vụ",
    "nhậm chức",
)
# Words that may open the body that acts between "được" and the verb, with a capitalised name
# ("được Ban Chấp hành bầu", "được UBND tỉnh bổ nhiệm", "được nhân dân tín nhiệm bầu").
ROLE_AGENT_OPENERS: tuple[str, ...] = ("đại hội", "hội nghị", "nhân dân", "cử tri", "tập thể", "cấp trên")

# The positions a document is signed under, as its signature block shouts them ("T/M BAN THƯỜNG VỤ / BÍ THƯ /
# (Đã ký) / Lường Văn Khoa"), and how a record writes them.
SIGNING_POSITIONS: dict[str, str] = {
    "BÍ THƯ": "Bí thư",
    "PHÓ BÍ THƯ": "Phó Bí thư",
    "PHÓ BÍ THƯ THƯỜNG TRỰC": "Phó Bí thư Thường trực",
    "CHỦ TỊCH": "Chủ tịch",
    "PHÓ CHỦ TỊCH": "Phó Chủ tịch",
    "TRƯỞNG BAN": "Trưởng ban",
    "PHÓ TRƯỞNG BAN": "Phó Trưởng ban",
    "CHỦ NHIỆM": "Chủ nhiệm",
    "PHÓ CHỦ NHIỆM": "Phó Chủ nhiệm",
    "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
    "GIÁM ĐỐC": "Giám đốc",
    "PHÓ GIÁM ĐỐC": "Phó Giám đốc",
}

# A capitalised word before a title that makes the two a body, not a position: "Đoàn Chủ tịch" (a congress's
# presidium), "Đoàn Thư ký" (its secretariat).
BODY_BEFORE_TITLE: tuple[str, ...] = ("Đoàn",)

# Academic degrees written before a name ("TS. PHẠM QUANG THIỀU", "PGS.TS Nguyễn Văn A"): no part of it.
ACADEMIC_DEGREES: tuple[str, ...] = (
    "PGS", "GS", "TS", "ThS", "Th.S", "NCS", "CN", "BS", "KS", "LS",
    "CKI", "CKII", "CK1", "CK2", "BSCKI", "BSCKII",  # a physician's specialist grades ("Bác sĩ CKII Đào Quang Huy")
)
