"""Document types, issuers and governing bodies of party and state documents.

Plain tables read by `partyextract.resolutions`: abbreviations as they appear in
codes ("03-NQ/HU", "30/2020/NĐ-CP"), the full Vietnamese names exposed on the
records, and the words that name a type before a number ("Quy định số 202").
"""

# Type abbreviations written inside codes -> full name. Party and state share most.
DOC_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "QC": "Quy chế",
    "HD": "Hướng dẫn",
    "TT": "Thông tri",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "KH": "Kế hoạch",
    "CTr": "Chương trình",
    "TTr": "Tờ trình",
    "ĐA": "Đề án",
    "CV": "Công văn",
    "BB": "Biên bản",
    "NĐ": "Nghị định",
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
    "CTLT": "Chương trình liên tịch",
    "CĐ": "Công điện",
    "HĐ": "Hợp đồng",
    "L": "Luật",
    "PL": "Pháp lệnh",
    "QyĐ": "Quy định",
}

# Spellings of a type abbreviation that mean the same canonical type.
DOC_TYPE_ALIASES: dict[str, str] = {"Ctr": "CTr", "CTR": "CTr", "QĐI": "QĐi", "Qđi": "QĐi", "QyĐ": "QĐi"}

# In state codes "TT" is a circular (thông tư), in party codes a directive letter (thông tri).
STATE_DOC_TYPE_NAMES: dict[str, str] = {"TT": "Thông tư", "QĐ": "Quyết định"}

# The word written before a number or a code (lower case) -> abbreviations it can stand for,
# the first being the one used when no code is written ("Quy định 205" -> QĐi).
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "nghị quyết liên tịch": ("NQLT",),
    "nghị quyết": ("NQ",),
    "chỉ thị": ("CT",),
    "kết luận": ("KL",),
    "quy định": ("QĐi", "QĐ"),
    "quyết định": ("QĐ",),
    "quy chế": ("QC",),
    "hướng dẫn": ("HD",),
    "thông tri": ("TT",),
    "thông tư liên tịch": ("TTLT",),
    "thông tư": ("TT",),
    "thông báo": ("TB",),
    "báo cáo": ("BC",),
    "kế hoạch": ("KH",),
    "chương trình hành động": ("CTr",),
    "chương trình": ("CTr",),
    "tờ trình": ("TTr",),
    "đề án": ("ĐA",),
    "công văn": ("CV",),
    "công điện": ("CĐ",),
    "nghị định": ("NĐ",),
    "luật": ("L",),
    "pháp lệnh": ("PL",),
}

# Types that are cited by bare number ("Chỉ thị 35", "Nghị quyết 26"); the others
# ("Kế hoạch", "Chương trình", "Đề án" ...) count only with "số" ("Kế hoạch số 12"),
# since "Chương trình 135" or "Đề án 06" are names.
CITED_BY_BARE_NUMBER: frozenset[str] = frozenset({"NQ", "CT", "KL", "QĐi", "QĐ", "NĐ", "TT"})

# Party committees as written at the end of a code or of a department code -> name.
PARTY_COMMITTEES: dict[str, str] = {
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "TU": "Tỉnh ủy",
    "ThU": "Thành ủy",
    "TP": "Thành ủy",
    "HU": "Huyện ủy",
    "QU": "Quận ủy",
    "TX": "Thị ủy",
    "TXU": "Thị ủy",
    "ĐU": "Đảng ủy",
    "ĐUK": "Đảng ủy khối",
    "QUTW": "Quân ủy Trung ương",
    "ĐUQS": "Đảng ủy Quân sự",
    "ĐUBP": "Đảng ủy Bộ đội Biên phòng",
    "ĐUCA": "Đảng ủy Công an",
    "BCSĐ": "Ban cán sự đảng",
    "ĐĐ": "Đảng đoàn",
    "CB": "Chi bộ",
    "ĐH": "Đại hội",
    "BCĐ": "Ban Chỉ đạo",
}

# Party departments written solid in front of a committee code: "BTCTW", "BTGTU", "VPHU".
PARTY_DEPARTMENTS: dict[str, str] = {
    "BTC": "Ban Tổ chức",
    "BTG": "Ban Tuyên giáo",
    "BTGDV": "Ban Tuyên giáo và Dân vận",
    "BDV": "Ban Dân vận",
    "BNC": "Ban Nội chính",
    "BKT": "Ban Kinh tế",
    "BĐN": "Ban Đối ngoại",
    "UBKT": "Ủy ban Kiểm tra",
    "VP": "Văn phòng",
    "BCĐ": "Ban Chỉ đạo",
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "TT": "Thường trực",
    "BBT": "Ban Bí thư",
    "BCT": "Bộ Chính trị",
}

# Issuers of state codes ("QĐ-TTg", "NQ-HĐND", "5973/UBND-KT") -> name. "QH14" is read as
# Quốc hội + term, "UBTVQH14" likewise.
STATE_ISSUERS: dict[str, str] = {
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "CTN": "Chủ tịch nước",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "TTHĐND": "Thường trực Hội đồng nhân dân",
    "VPCP": "Văn phòng Chính phủ",
    "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BYT": "Bộ Y tế",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BCT": "Bộ Công Thương",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BTP": "Bộ Tư pháp",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BNG": "Bộ Ngoại giao",
    "NHNN": "Ngân hàng Nhà nước",
    "TTCP": "Thanh tra Chính phủ",
    "UBDT": "Ủy ban Dân tộc",
    "BCĐ": "Ban Chỉ đạo",
    "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "TANDTC": "Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện Kiểm sát nhân dân tối cao",
    "KTNN": "Kiểm toán Nhà nước",
    "BHXH": "Bảo hiểm xã hội",
    "SNV": "Sở Nội vụ",
    "STC": "Sở Tài chính",
    "STNMT": "Sở Tài nguyên và Môi trường",
    "SNN": "Sở Nông nghiệp và Phát triển nông thôn",
    "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "SXD": "Sở Xây dựng",
    "SKHĐT": "Sở Kế hoạch và Đầu tư",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SYT": "Sở Y tế",
    "SCT": "Sở Công Thương",
    "SGTVT": "Sở Giao thông vận tải",
    "STTTT": "Sở Thông tin và Truyền thông",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "STP": "Sở Tư pháp",
    "SKHCN": "Sở Khoa học và Công nghệ",
}

# State issuers that may stand first in a state code ("5973/UBND-KT", "8712/STNMT-CCQLĐĐ": an official letter of a
# people's committee or a provincial department, then the drafting office).
STATE_LEAD_ISSUERS: frozenset[str] = frozenset(
    {"UBND", "HĐND", "VPCP", "BCĐ", "UBMTTQ", "TTHĐND"} | {k for k in STATE_ISSUERS if k.startswith("S")}
)

# Abbreviations expanded when a governing body is named with a document:
# "của BTV Tỉnh ủy" -> "Ban Thường vụ Tỉnh ủy".
BODY_ABBREVIATIONS: dict[str, str] = {
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "BBT": "Ban Bí thư",
    "BCT": "Bộ Chính trị",
    "UBKT": "Ủy ban Kiểm tra",
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "ĐU": "Đảng ủy",
    "TTg": "Thủ tướng Chính phủ",
}

# Heads of a body ("Ban Thường vụ" ...), written before a committee ("Tỉnh ủy").
BODY_HEADS: tuple[str, ...] = (
    "Ban Thường vụ", "BTV", "Ban Chấp hành", "BCH", "Thường trực", "Ủy ban Kiểm tra", "Uỷ ban Kiểm tra",
    "UBKT", "Ban Tổ chức", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính",
    "Ban Kinh tế", "Văn phòng", "Ban Bí thư",
)

# Committees a body belongs to (and that issue documents themselves). A proper name may follow.
BODY_COMMITTEES: tuple[str, ...] = (
    "Trung ương Đảng", "Trung ương", "TW", "TƯ", "Quân ủy Trung ương", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
    "Quận ủy", "Thị ủy", "Đảng ủy Khối", "Đảng ủy khối", "Đảng ủy xã", "Đảng ủy phường", "Đảng ủy thị trấn",
    "Đảng ủy", "Đảng bộ tỉnh", "Đảng bộ thành phố", "Đảng bộ huyện", "Đảng bộ quận", "Đảng bộ thị xã",
    "Đảng bộ xã", "Đảng bộ phường", "Đảng bộ thị trấn", "Đảng bộ", "Chi bộ",
)

# Bodies named on their own ("của Bộ Chính trị"), optionally followed by a level and a name.
BODY_STANDALONE: tuple[str, ...] = (
    "Bộ Chính trị", "Ban Bí thư", "Thủ tướng Chính phủ", "Chính phủ", "Thủ tướng",
    "Ủy ban Thường vụ Quốc hội", "Uỷ ban Thường vụ Quốc hội", "Quốc hội", "Hội đồng nhân dân", "HĐND",
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Chủ tịch nước",
)

# Administrative levels that may follow a body ("UBND tỉnh", "Đảng ủy xã").
LEVELS: tuple[str, ...] = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")

# Committee words that name their unit ("Huyện ủy Bình Liêu" is huyện Bình Liêu).
COMMITTEE_LEVELS: dict[str, str] = {
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "huyện ủy": "huyện",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
}

# Verbs after a document that say it carries out another: "Kế hoạch ... thực hiện Nghị quyết ...".
IMPLEMENT_VERBS: tuple[str, ...] = (
    "thực hiện", "cụ thể hóa", "cụ thể hoá", "triển khai thực hiện", "triển khai",
)

# Words that open a new clause after a comma, ending a document's title.
CLAUSE_OPENERS: tuple[str, ...] = (
    "luôn", "đã", "đang", "sẽ", "được", "nhằm", "góp phần", "gắn với", "đồng thời", "trong đó", "qua đó",
    "từ đó", "theo đó", "nhờ đó", "nhờ vậy", "bảo đảm", "đảm bảo", "nhưng", "song", "tuy nhiên", "thì",
    "để", "khi", "sau đó", "tiếp tục", "cùng với", "với", "theo", "căn cứ", "trên cơ sở", "vì vậy", "do đó",
    "tạo", "giúp",
)

# Words that qualify a type word before "số" and the number or the code: "Nghị quyết chuyên đề số 03",
# "Kế hoạch liên tịch số 12", "Nghị quyết chuyên đề 05-NQ/HU". With a modifier, a number without a code
# counts only after "số" ("Nghị quyết chuyên đề về ..." and "nghị quyết chuyên đề 2 năm" are no references).
TYPE_MODIFIERS: tuple[str, ...] = ("chuyên đề", "liên tịch", "liên ngành", "liên sở", "hành động", "phối hợp")

# Nouns that, after "<type word> <number>", show the number counts things ("Nghị quyết 12 chuyên đề",
# "Quyết định 3 năm") rather than numbering a document. ("năm" followed by a year is allowed.)
COUNT_NOUNS: tuple[str, ...] = (
    "tháng", "ngày", "tuần", "quý", "lần", "người", "điểm", "nội dung", "nhiệm vụ", "chỉ tiêu", "văn bản",
    "cuộc", "chuyên đề", "đợt", "lớp", "buổi", "bản", "tỷ", "triệu", "nghìn", "ngàn", "chương trình", "đề án",
    "giải pháp", "nhóm", "mục tiêu", "lĩnh vực", "khâu", "tiêu chí", "chương", "mục", "phần", "trang", "bước",
    "điều", "khoản", "vấn đề", "quan điểm", "nguyên tắc", "trụ cột", "hội nghị", "xã", "huyện", "tỉnh",
    "đơn vị", "chi bộ", "đảng viên", "hộ", "ha", "km", "tấn", "mô hình", "công trình", "dự án", "kế hoạch",
    "nghị quyết", "chỉ thị", "kết luận", "quy định", "quyết định", "đột phá", "tổ chức đảng", "tổ chức cơ sở đảng",
    "tổ chức", "cấp ủy", "cán bộ", "trường hợp", "vụ", "vụ việc", "đồng chí",
)

# First words of mass organisations whose congresses are not the Party's
# ("Nghị quyết Đại hội Đoàn ...", "Nghị quyết Đại hội đại biểu Hội Nông dân ...").
MASS_ORGANISATIONS: tuple[str, ...] = (
    "Đoàn", "Hội", "Công đoàn", "Mặt trận", "MTTQ", "Liên đoàn", "Liên hiệp", "Cựu chiến binh",
)
