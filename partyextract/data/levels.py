"""Level words of Vietnamese administrative units, their abbreviations and committee words.

Plain tables (no logic) read by `partyextract.gazetteer` and `partyextract.localities`.
Keys are lower case; the text is matched case-insensitively on the level word and
case-sensitively on the proper name that follows it.
"""

from __future__ import annotations

# Canonical level word -> tiers it may denote before the 1 July 2025 reform.
# A "thành phố" is a province-level city (Hà Nội, Đà Nẵng ...) or a district-level one (Đông Hà).
LEVEL_TIERS: dict[str, tuple[str, ...]] = {
    "tỉnh": ("province",),
    "thành phố": ("province", "district"),
    "huyện": ("district",),
    "quận": ("district",),
    "thị xã": ("district",),
    "xã": ("commune",),
    "phường": ("commune",),
    "thị trấn": ("commune",),
    "đặc khu": ("commune",),  # created by the 2025 reform (island units)
}

# Written forms (lower case) -> canonical level word. Abbreviations as printed in the press.
LEVEL_FORMS: dict[str, str] = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "tp": "thành phố",
    "tp.": "thành phố",
    "t.p": "thành phố",
    "t.p.": "thành phố",
    "huyện": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "tx": "thị xã",
    "tx.": "thị xã",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "tt": "thị trấn",
    "tt.": "thị trấn",
    "đặc khu": "đặc khu",
    # island units: "xã đảo Nghi Sơn", "huyện đảo Cô Tô", "huyện đảo Lý Sơn"
    "xã đảo": "xã",
    "huyện đảo": "huyện",
    # a kind of place between the level word and the name: "huyện miền núi Con Cuông", "xã biên giới Thanh Thủy"
    "huyện miền núi": "huyện",
    "huyện vùng cao": "huyện",
    "huyện biên giới": "huyện",
    "huyện ven biển": "huyện",
    "xã miền núi": "xã",
    "xã vùng cao": "xã",
    "xã biên giới": "xã",
    "xã ven biển": "xã",
    "tỉnh miền núi": "tỉnh",
    "tỉnh biên giới": "tỉnh",
    # the poor districts and communes of the national programmes: "các huyện nghèo Mường Nhé, Nậm Pồ"
    "huyện nghèo": "huyện",
    "xã nghèo": "xã",
    "xã đặc biệt khó khăn": "xã",
}

# Abbreviations that are only read as a level word when written in capitals ("TP Đông Hà",
# "Tp. Vinh", "TX Quảng Trị", "TT Phố Lu"), never in lower case.
CAPITAL_ABBREVIATIONS: tuple[str, ...] = ("TP", "Tp", "T.P", "TX", "Tx", "TT")

# Party committees named after their level: "Huyện ủy Bình Liêu" is huyện Bình Liêu.
# Both tone placements are written ("ủy"/"uỷ"). Value: the canonical level word.
COMMITTEE_WORDS: dict[str, str] = {
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "huyện ủy": "huyện",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
    "đặc khu ủy": "đặc khu",
}

# Organisations whose name ends with a level word and a unit name: they are caught by the
# level word itself ("Đảng ủy xã An Nội", "Đảng bộ huyện Bình Lục", "UBND tỉnh Lào Cai",
# "Chủ tịch HĐND thành phố Đông Hà", "Ủy ban MTTQ huyện ..."). Listed for documentation and tests.
ORGANISATION_WORDS: tuple[str, ...] = (
    "Đảng ủy",
    "Đảng bộ",
    "UBND",
    "Ủy ban nhân dân",
    "HĐND",
    "Hội đồng nhân dân",
    "MTTQ",
    "Ủy ban MTTQ",
    "Mặt trận Tổ quốc",
)

# Words before a level word that make it plural, so that a list of names shares it:
# "các xã Đồng Văn, Tân Dân và Lục Hồn", "2 xã Hải Vĩnh và Hải Xuân", "hai huyện ...".
PLURAL_MARKERS: tuple[str, ...] = (
    "các",
    "những",
    "hai",
    "ba",
    "bốn",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "cả",
    "một số",  # "một số huyện như Hoàng Su Phì, Xín Mần"
    "một vài",
    "nhiều",
)

# Time and count nouns: a level word followed by a number and one of them does not name a
# numbered ward ("Đảng bộ phường 5 năm liền đạt ...", "xã 3 năm liên tục", "phường 2 lần"), unless
# a year follows ("Phường 5 năm 2021").
NOT_AFTER_NUMBER: tuple[str, ...] = (
    "năm",
    "lần",
    "tháng",
    "ngày",
    "tuần",
    "quý",
    "nhiệm kỳ",
    "khóa",
    "khoá",
    "lượt",
    "đợt",
    "kỳ",
    "giờ",
)

# Words joining the items of a list of names.
LIST_JOINERS: tuple[str, ...] = (",", "và", "cùng", "với", "hoặc")

# Prepositions after which a bare name of the article's own unit is a mention of it
# ("cấp ủy các cấp ở Lào Cai", a headline ending "... ở Hải Lăng").
PLACE_PREPOSITIONS: tuple[str, ...] = ("ở", "tại", "của", "toàn", "trên địa bàn", "về")

# Locative prepositions and movement verbs after which a province's exact name, written bare, names
# the province ("đi làm công nhân ở Bình Dương", "lao động tại Đồng Nai", "về Hà Nội", "từ Thanh Hóa"), and
# the words of merging, origin and comparison ("hợp nhất với Yên Bái", "công nhân quê Tuyên Quang", "các
# địa phương lân cận như Bắc Ninh (2,34%), Thái Nguyên (5,8%)", "chỉ xếp sau Hà Nội").
# Each is one `str.find` pass over the article: the commonest only ("đến", "ra", "vào" are not read).
PROVINCE_PREPOSITIONS: tuple[str, ...] = ("ở", "tại", "về", "từ", "với", "quê", "như", "sau")

# Letters rare in news text (at most ~5 in 1000 characters of the examples), rarest first. One `str.find`
# pass for a single rare letter, each hit checked with `startswith`, costs less than a pass for a word
# ending with a common letter or a space: "ở " is found through "ở", "đặc " through "ặ", "ông" through "ô".
# Not "ờ", "ậ", "ỉ", "ã", "ề": "phường", "quận", "tỉnh", "xã", "về " are found faster whole (their letter
# stands in "trường", "thuận", "chỉ", "đã", "đề" ... a few times as often as the word).
RARE_LETTERS = "èễĩằwửýũùặỷẩừúỳòữắọeởợổìồầụứóíơểấốớăựô"

# Function words that are no syllable of a place name: an unknown run holding one ("huyện Đạt Và Vượt" in a
# headline in capitals) is no unit.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {"và", "của", "các", "những", "được", "đã", "đang", "sẽ", "với", "cho", "trong", "để", "là", "có", "không"}
)

# Capitalised words that begin names of organisations, titles or things rather than places:
# a capitalised run starting with one of them after a level word is not a unit name.
NOT_NAME_STARTS: frozenset[str] = frozenset(
    {
        "đảng",
        "nhà",
        "nhân",
        "ủy",
        "uỷ",
        "hội",
        "mặt",
        "đoàn",
        "công",
        "ban",
        "bộ",
        "sở",
        "chi",
        "thường",
        "bí",
        "chủ",
        "phó",
        "trưởng",
        "đại",
        "nghị",
        "khu",
        "thôn",
        "bản",
        "tổ",
        "ấp",
        "xóm",
        "làng",
        "ảnh",
        "quyết",
        "chỉ",
        "kế",
        "chương",
        "ngày",
        "tháng",
        "ông",
        "bà",
        "anh",
        "chị",
        "hđnd",
        "ubnd",
        "mttq",
        "vùng",
        "tỉnh",
        "huyện",
        "xã",
        "phường",
        "quận",
        "thị",
        "tp",
        "tx",
        "tt",
        "việt",
        "quốc",
    }
)

# Words that make the level word after them part of something else: "hợp tác xã Tân Dân" is a
# cooperative, not xã Tân Dân.
NOT_BEFORE_LEVEL: tuple[str, ...] = ("hợp tác", "liên hiệp hợp tác")

# Unit names that, written bare, name a person rather than the place: "tư tưởng, đạo đức,
# phong cách Hồ Chí Minh" is not Thành phố Hồ Chí Minh.
NOT_BARE_NAMES: frozenset[str] = frozenset({"Hồ Chí Minh"})

# Not units: villages and hamlets, regions, economic zones. A level word right after one of
# these does not start a unit ("Khu kinh tế ..." has no level word; "thôn", "bản", "tổ dân phố",
# "khu phố" are below the commune tier).
NON_UNIT_WORDS: tuple[str, ...] = (
    "thôn",
    "bản",
    "tổ dân phố",
    "khu phố",
    "ấp",
    "xóm",
    "làng",
    "buôn",
    "plei",
    "vùng",
    "khu kinh tế",
    "khu công nghiệp",
)

# Words after which a repeated unit name names something else: a village or a street named
# after the commune ("thôn Tân Dân", "đường Quang Trung"), not the commune itself.
NOT_BEFORE_BARE: tuple[str, ...] = (
    *NON_UNIT_WORDS,
    "đường",
    "phố",
    "ngõ",
    "ngách",
    "hẻm",
    "cầu",
    "chợ",
    "sông",
    "núi",
    # an organisation or a landmark named after the place: "Đài Phát thanh và Truyền hình Hải Phòng", "Ngân hàng
    # BIDV chi nhánh Quảng Bình", "Bảo hiểm xã hội Hà Tĩnh", "hồ Ba Bể", "Kinh thành Huế"
    "truyền hình",
    "phát thanh",
    "chi nhánh",
    "ngân hàng",
    "công ty",
    "điện lực",
    "bảo hiểm xã hội",
    "kho bạc",
    "bưu điện",
    "viễn thông",
    "cấp nước",
    "bệnh viện",
    "trường",
    "đại học",
    "cao đẳng",
    "bảo tàng",
    "thư viện",
    "sân bay",
    "cảng",
    "hồ",
    "kênh",
    "vịnh",
    "đèo",
    "thác",
    "kinh thành",
    "cố đô",
    "đài",
    "báo",
)

# Neighbouring countries: a unit name followed by one of them in parentheses is foreign
# ("huyện Mường Xay (Lào)").
FOREIGN_COUNTRIES: tuple[str, ...] = ("Lào", "Campuchia", "Trung Quốc", "CHDCND Lào", "Thái Lan")

# The commonest family names: a three-word capitalised run starting with one of them after a
# level word is a person ("Chủ tịch UBND xã Nguyễn Văn An"), unless the gazetteer knows it.
COMMON_SURNAMES: frozenset[str] = frozenset(
    {
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng",
        "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trịnh", "mai", "trương",
    }
)  # fmt: skip

# Middle names that mark a three-word capitalised run as a person ("Hà Văn Bình", "Lò Thị Mai"),
# not an unknown unit name.
PERSON_MIDDLE_NAMES: frozenset[str] = frozenset({"văn", "thị"})

# Provinces renamed after their capital before the last list ("Thừa Thiên Huế" became "thành phố Huế" on
# 1 January 2025, when its district-level city Huế was split into quận Thuận Hóa and Phú Xuân): in an article that
# still calls the province by its old name, "thành phố Huế" is that city, a unit of its own with no code in the
# list, not the province. Province code -> (old name, capital).
RENAMED_PROVINCE_CAPITALS: dict[str, tuple[str, str]] = {"46": ("Thừa Thiên Huế", "Huế")}
