"""Article metadata: title, published date, authors, outlet and source URL.

A scraped page puts the metadata around the headline: a site banner and the page's
"today" date above it, the article's date and sometimes a byline just below it, the
byline or a "Nguồn ..." line at the end of the body, the copyright line in the footer.
The rules here read that layout line by line:

* title: the first substantial line that is not chrome, a date, a menu or a category
  label ("Tăng trưởng xanh");
* published: the first date line after the title; a labelled date line ("Ngày cập
  nhật: ...") anywhere; a date line before the title only when the article does not
  contradict it (a "today" banner of 2024 over an article about 2021 is skipped);
* authors: a shouted byline under the title ("* HỒ SỸ TRUNG, Phó Bí thư ...") or a
  short line of names closing the body ("Minh Phú - Thu Hà"), never photo credits or
  "Theo ..." source lines;
* outlet: copyright line, dateline abbreviation "(QTO)", "Nguồn ..." line, URL domain;
* url: the first source URL printed outside the page chrome.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import regex

from .chrome import alternation
from .data import chrome as chrome_data
from .data import documents as document_data
from .data import outlets as data
from .data import titles as title_data
from .dates import find_dates
from .officials import natural_case
from .text import Text

__all__ = ["extract"]

_L = r"\p{L}\p{M}"
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn)"
_LABEL = (
    r"(?:ngày\s+)?(?:cập\s+nhật(?:\s+lần\s+cuối)?(?:\s+lúc)?|đăng(?:\s+tải|\s+lúc|\s+ngày)?|xuất\s+bản|ngày\s+đăng"
    r"|thời\s+gian(?:\s+đăng)?|ngày\s+xuất\s+bản|published|posted|updated|ngày)"
)
_LABELLED = regex.compile(rf"^\W*{_LABEL}\s*:?\s*", regex.IGNORECASE)
_PUBLICATION_LABEL = regex.compile(rf"^\W*(?:ngày\s+(?:cập|đăng|xuất)|(?!ngày\b){_LABEL})", regex.IGNORECASE)
_TIME = regex.compile(
    r"\b\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch))?\b", regex.IGNORECASE
)
_DATE_NOISE = regex.compile(
    rf"{_WEEKDAY}|\(?\[?\s*gmt\s*\+?\s*7\s*\]?\)?|\ba\s+a$|[|,\-–:/()\[\]]|\blúc\b|\bngày\b|\bvào\b",
    regex.IGNORECASE,
)
_DATELINE = regex.compile(r"^\s*(?:[^\n()]{0,40}?)\(([^()\n]{2,16})\)\s*-")
_BARE_DATELINE = regex.compile(r"^\s*([\p{Lu}Đ][\p{Lu}Đ.\s]{1,14}?)\s+-\s+\S")
_URL = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", regex.IGNORECASE)
_URL_HEADS = ("http", "www.")  # where a match of `_URL` begins
_DOMAIN = regex.compile(r"\b((?:[a-z0-9-]+\.)+(?:vn|com|org|net|info))\b", regex.IGNORECASE)
_OUTLET_TAG = regex.compile(r"^(?:\p{Lu}{2,8}(?:\.\p{Lu}{2,3})?|[\w-]+\.(?i:vn|com|net|org))$")
_ORG_WORDS = frozenset(w.casefold() for w in title_data.ORG_HEADS) | {"ủy", "uỷ", "đảng", "ubnd", "hđnd"}
_ALPHA_WORD = regex.compile(r"(?:\p{L}|\p{M}|\d)+")  # as [\p{L}\p{M}\d]+, which `regex` scans twice as slowly
# Page tools and counters printed on the article's date line: "Lượt xem: 1.204", "Cỡ chữ A- A+", "In bài",
# "Gửi email", "Chia sẻ", "Bình luận (3)", "Nghe đọc bài".
_TOOLS = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ|nghe|bình\s+luận)|views?"
    r"|cỡ\s+chữ|phông\s+chữ|font(?:\s+size)?|in\s+bài(?:\s+viết)?|bản\s+in|print"
    r"|gửi\s+(?:bài(?:\s+viết)?|e-?mail|(?:cho\s+)?bạn\s+bè|tin)|e-?mail|chia\s+sẻ|share|bình\s+luận|comments?"
    r"|lưu\s+(?:bài(?:\s+viết)?|tin)|tải\s+về|nghe\s+(?:đọc\s+)?bài(?:\s+viết)?|đọc\s+bài|audio|zalo|facebook"
    r"|tweet|like)(?![\p{L}\p{M}])[ \t]*:?[ \t]*(?:\(?[ \t]*\d[\d.,]*[ \t]*\)?)?"
    r"|(?<!\S)a[-+]?(?:[ \t]*a[-+]?){1,2}(?!\S)"  # font size buttons "A- A+", "A A A"
    # who posted it, in a bar of its own ("| Người đăng: Văn phòng Đảng ủy |"): the byline's business, not the date's
    r"|(?<=[|•][ \t]*)(?:người\s+đăng|đăng\s+bởi|người\s+viết|tác\s+giả|người\s+duyệt|biên\s+tập(?:\s+viên)?|btv)"
    r"[ \t]*:[^|•\n]{0,60}",
    regex.IGNORECASE,
)
_MAX_DATE_LINE = 160  # a date line with its tools; 90 without them
_TOOL_SEPARATORS = "|-–•·/"  # tools are set apart by one of these
# Lines closing a body that are neither byline nor text: "(Còn nữa)", "(Hết)", "* * *".
_TRAILER = regex.compile(
    r"^\W*(?:(?:còn\s+(?:nữa|tiếp)|hết|kỳ\s+sau|tiếp\s+theo)\W*$|[\W_]+$)", regex.IGNORECASE
)
# How an author's unit written after the names opens ("Thu Hà - Trung tâm VH-TT huyện"), beside `_ORG_WORDS`
# (two words: "Trung", "Văn" alone open names, "Trung Kiên", "Văn Quang").
_AFFILIATION_HEADS = frozenset(("trung tâm", "văn phòng", "cổng thông", "trang thông", "đài phát", "đài truyền"))
# Bylines that name no person: "PV", "Nhóm PV", "Phóng viên", "Ban Biên tập".
_NOT_A_NAME = frozenset(
    ("nhóm", "phóng", "pv", "ctv", "btv", "ban", "tổng", "bài", "tin", "ảnh", "nguồn", "theo")
)
# First characters of lines worth a closer look (a cheap filter before the regexes).
_LABEL_FIRST = frozenset("nNcCđĐxXtTpPuUgG*-([")
_SOURCE_FIRST = frozenset("nNtT*-([")
_COPYRIGHT_HEAD = regex.compile(
    r"^\W*(?:\d{4}\s*(?:-\s*\d{4})?)?\s*(?:by|thuộc\s+về|thuộc|của)?\s*", regex.IGNORECASE
)
# (and the credit a site asks for when its news is reposted: 'Ghi rõ nguồn "Báo X" khi phát hành lại')
_COPYRIGHT = regex.compile(r"(?:copyright|bản\s+quyền|©|ghi\s+rõ\s+nguồn)", regex.IGNORECASE)
_COPYRIGHT_HEADS = ("copyright", "bản", "©", "ghi")
_MERGED_MEDIA = regex.compile(
    r"(?<![\p{L}])báo\s+và\s+phát\s+thanh\s*[,\-–]?\s*truyền\s+hình\s+", regex.IGNORECASE
)
# A document's place-and-date line, under its letterhead: "Mộc Châu, ngày 14 tháng 3 năm 2023"
_PLACE_DATE = regex.compile(
    r"^\s*\p{Lu}[\p{L}\p{M} .'-]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$"
)
# A media label before a line ("[Ảnh] Liên Chiểu: ...", "(Video) ..."): an image's alt text or a caption, not the
# headline it repeats
_MEDIA_MARK = regex.compile(r"[\[(]\s*(?:ảnh|video|clip|infographic|photo|emagazine)\s*[\])]", regex.IGNORECASE)
_NAME_END = regex.compile(r"[.;|(]|\s[-–]\s")  # where an outlet's name written first ends
_MERGED_TAIL_CUT = regex.compile(r"[.,;:|()\n\"]|\s[-–]\s")  # (a quote closes the name: 'nguồn "Báo và ... Bắc Ninh"')
_BAO = regex.compile(
    rf"(?<![{_L}])(báo|tạp\s+chí|đài)\s+((?:[\p{{L}}\p{{M}}]+(?:[ \t]*-[ \t]*(?=\p{{L}})|[ \t]*)){{1,6}})",
    regex.IGNORECASE,  # (a hyphen inside a province's name: "Báo Bà Rịa - Vũng Tàu")
)
# "Nguồn: ...", "Nguồn Lào Cai: http://...", "Theo Báo Nhân Dân", "Theo baolaichau.vn";
# not "Theo báo cáo, ..." nor "Theo kế hoạch".
_SOURCE = regex.compile(
    r"^\W*(?i:(nguồn|theo))\b\s*:?\s*((?:(?<=(?i:nguồn)\s*:?\s*)|(?=\p{Lu}|[\w.-]+\.(?i:vn|com|net|org)\b"
    r"|(?i:báo|tạp\s+chí|đài)\s+\p{Lu}|(?i:https?://|www\.)))[^\n]{0,200})$"
)
# A source credited after a byline, in brackets closing its line
_SOURCE_TAIL = regex.compile(r"\(((?i:theo|nguồn)\b[^()\n]{2,80})\)$")
# Academic degrees before an author's name ("ThS.", "TS.", "PGS.TS.", "NCS."), dropped from a byline.
_DEGREE = regex.compile(
    r"^(?:(?:" + "|".join(map(regex.escape, title_data.ACADEMIC_DEGREES)) + r")\.?[ ,]*)+(?=\p{Lu})"
)
_NAME_PREFIX = regex.compile(
    r"^\W*(?:(?:bài|tin|ảnh|(?:bài|tin)\s*(?:và|[,/&+\-–])\s*ảnh|ảnh\s*(?:và|[,/&+\-–])\s*(?:bài|tin)|video|clip"
    r"|thực\s+hiện|tác\s+giả|người\s+viết|người\s+đăng|nhóm\s+pv|pv|phóng\s+viên|ctv|nhóm\s+phóng\s+viên|btv"
    r"|biên\s+tập\s+viên)\s*:\s*)",
    regex.IGNORECASE,
)
_PHOTO_PART = regex.compile(
    r"(?<!^\W*(?:bài|tin)\s*)\s*[;,|/&+\-–]\s*(?:ảnh|photo|video|đồ\s+họa)\s*:.*$", regex.IGNORECASE
)
_PHOTO = regex.compile(r"(?<![\p{L}])(?:ảnh|photo|video|clip|đồ\s+họa)\s*:", regex.IGNORECASE)
_TITLE_WORD = regex.compile(
    rf"\b(?:{alternation(title_data.TITLES, variants=(('ủy', 'uỷ'),))})\b", regex.IGNORECASE
)
_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}']*|\p{Lu}\.\s?\p{Lu}[\p{L}\p{M}']*|\p{Lu}\.)$")
_MENU_BAR = regex.compile(r"\s[|»›>]\s")
_MENU_HOME = regex.compile(r"^\s*(?:trang chủ|home)\b", regex.IGNORECASE)
_EVENT_YEAR = regex.compile(
    r"(?<!(?:đến|tới|trước|sau|tầm\s+nhìn|vào|giai\s+đoạn|nhiệm\s+kỳ|kế\s+hoạch)\s+(?:năm\s+)?)"
    r"(?<![\d/.\-–]\s*)(?<!\d)((?:19[5-9]|20\d)\d)(?!\d)(?!\s*[-–]\s*(?:19|20)\d\d)",
    regex.IGNORECASE,
)
_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
# A dated event's year: "ngày 12/10/2020", "ngày 5-5-2021", "tháng 10/2020", "tháng 10 năm 2020" (`_EVENT_YEAR`
# leaves years after a slash or dash out: codes and ranges write them so)
_DATED_YEAR = regex.compile(
    r"(?:ngày\s+\d{1,2}\s*[/.\-]\s*\d{1,2}|tháng\s+\d{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*((?:19[5-9]|20\d)\d)(?!\d)",
    regex.IGNORECASE,
)
# A term of office beginning ("nhiệm kỳ 2021 - 2026"): an article naming it is from its first year or just before
_TERM_START = regex.compile(r"nhiệm\s+kỳ\s+((?:19[5-9]|20\d)\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")

_PROVINCE_BY_FOLD = {p.casefold(): p for p in data.PROVINCES}
_PROVINCE_RANK = {pf: i for i, pf in enumerate(_PROVINCE_BY_FOLD)}
_NAMES = {k.casefold(): v for k, v in data.NAMES.items()}
_DATELINES = {k.upper(): v for k, v in data.DATELINES.items()}
_AMBIGUOUS = {k.upper(): v for k, v in data.AMBIGUOUS_DATELINES.items()}
# "BGĐT - Thứ Hai, 12/11/2018", "(BĐL) - 09/12/2022": a dateline abbreviation opening a date line.
_DATE_PREFIX = regex.compile(r"^\s*(?:\([^()\n]{2,16}\)|[\p{Lu}Đ][\p{Lu}Đ.]{1,9})\s*-\s*(?=\S)")
# The page's "today" banner: "Hôm nay: Thứ hai, 18/3/2024", "Hôm nay, ngày 5/5/2021".
_TODAY = regex.compile(r"^\W*hôm\s+nay\b", regex.IGNORECASE)
# "Quảng Nam Online", "Nghệ An điện tử": a province's name branded as its paper's site.
_PROVINCE_SITE = regex.compile(r"^\s*(.{2,25}?)\s+(?:online|điện\s+tử)\s*$", regex.IGNORECASE)
_DOMAINS = {k.casefold(): v for k, v in data.DOMAINS.items()}

_MAX_TITLE_WORDS = 40
_BULLETS = ("-", "•", "»", "+", "·", "›", "◦", "▪", "■", "►")
_STARRED = ("*", *_BULLETS)  # a byline's star or a list item's bullet
_MAX_FURNITURE = 250  # a banner or a menu line is never longer
_MIN_LEAD_WORDS = 12  # a paragraph under the headline (its lead) ends a sentence after this many words
_ABOVE = 3  # lines above the headline searched for its date
_NEAR = 6  # non-blank lines after the title searched for the date and the byline


# ---------------------------------------------------------------------------
# lines


def _line_at(v: str, pos: int) -> slice:
    """The line of `v` holding `pos`, as a slice."""
    end = v.find("\n", pos)
    return slice(v.rfind("\n", 0, pos) + 1, len(v) if end < 0 else end)


_SECTION_PATH = 60  # "Kinh tế > Công nghiệp": a breadcrumb is short
_PATH_SEPARATORS = frozenset(">»›")
_MAX_SHOUTED_BYLINE_WORDS = 6  # "KIM THOA", "THU HƯỜNG - ANH PHƯƠNG"
_LEAD_LINE = 120  # a line longer than this under the headline is the lead paragraph
_FAMILY_FOLDED = frozenset(n.casefold() for n in title_data.FAMILY_NAMES)


def _pen_name(name: str) -> bool:
    """Whether a name read from a shouted line is shaped like a byline's: two syllables ("Kim Thoa", "Minh Đăng"),
    or three opening with a family name ("Nguyễn Văn An"); a subheading in capitals ("Kết quả nổi bật") is not."""
    words = name.split()
    return len(words) == 2 or (len(words) == 3 and words[0].casefold() in _FAMILY_FOLDED)
_BYLINE_DATE_SEPS = ("•", " - ", " – ")  # between a byline and the date after it (not a table's '|')
_BYLINE_DATE_FIRST = frozenset("•-–")  # (a character of one of them: a cheap test before the search)


_SIGNED = regex.compile(
    r"[ \t]*(?:\((?i:đã ký|ký)[^\n()]{0,20}\)|(?:"
    + "|".join(sorted(map(regex.escape, title_data.SIGNING_POSITIONS), key=len, reverse=True))
    + r"))[ \t]*$"
)


def _signs(s: str) -> bool:
    """Whether a line is what stands above a signer's name: "(Đã ký)" or a shouted signing position ("BÍ THƯ")."""
    return bool(_SIGNED.match(s))


def _byline_and_date(s: str) -> tuple[list[str], str] | None:
    """The names and the rest of a line that opens with a byline and a separator before the date
    ("Ngọc Anh - Thu Huyền • 28/07/2022 | 10:52", "Nguyễn Hải - 10/12/2024 07:05"), else None.

    A place before the date ("Hà Nội - 10/12/2024") is no byline: no names, the date line the rest. After a dash,
    a reply bar ("Trần Văn Bình - 15/08/2020 10:20 | Thích | Trả lời") makes the line a reader's comment."""
    for sep in _BYLINE_DATE_SEPS:
        i = s.find(sep, 3, 80 + len(sep))
        while 3 <= i <= 80:
            j = i + len(sep)
            while s[j : j + 1] == " ":
                j += 1
            if s[j : j + 1].isdigit():
                rest = s[i + len(sep) :]
                if sep != "•" and "|" in rest:
                    return None
                head = s[:i].strip()
                if sep != "•" and head.casefold() in _PROVINCE_BY_FOLD:
                    return [], rest
                names = _author_names(head)
                return (names, rest) if names else None
            i = s.find(sep, i + 1, 80 + len(sep))
    return None


@functools.lru_cache(maxsize=1024)  # the title, date and byline passes ask about the same lines (cleared by `extract`)
def _date_line(s: str) -> dt.date | None:
    """The date of a line that is essentially a date ("Thứ Hai, 12/04/2021 - 08:15"), page tools and
    counters aside ("Ngày đăng: 08/07/2022 | Lượt xem: 356 | Cỡ chữ A- A+"), or a byline and a date
    ("Ngọc Anh • 28/07/2022 10:52")."""
    if len(s) <= _MAX_DATE_LINE and not _BYLINE_DATE_FIRST.isdisjoint(s):  # (a paragraph is no byline and date)
        both = _byline_and_date(s)
        if both is not None:
            s = both[1]
    if len(s) > 90 and (len(s) > _MAX_DATE_LINE or not _has_any(s, _TOOL_SEPARATORS) or not _TOOLS.search(s)):
        return None
    if _DIGIT.search(s) is None:
        return None  # (every date opens with a digit)
    if _TODAY.match(s):
        return None
    s = _DATE_PREFIX.sub("", s, count=1)
    first = next(find_dates(s), None)
    if first is None:
        return None
    a, b, date = first
    head, tail = s[:a], s[b:]
    if len(s) <= 90 and _dated_only(head, tail):
        return date
    # tools and counters sharing the line ("| Lượt xem: 356", "- In bài -"): the date without them
    if _has_any(s, _TOOL_SEPARATORS) and _TOOLS.search(s) and _dated_only(_TOOLS.sub(" ", head), _TOOLS.sub(" ", tail)):
        return date
    return None


def _dated_only(head: str, tail: str) -> bool:
    """Whether the date between `head` and `tail` leads its line (after a label, a weekday, a time) and
    at most a short category follows it."""
    before = _DATE_NOISE.sub(" ", _TIME.sub(" ", _LABELLED.sub(" ", head.strip()))).split()
    if before and _section_share(" ".join(before))[1] < 1.0:  # (a section's name may lead: "Thời sự - 23/08/2024")
        return False
    rest = _LABELLED.sub(" ", (head + " " + tail).strip())
    rest = _DATE_NOISE.sub(" ", _TIME.sub(" ", rest))
    return len(rest.split()) <= 5


# One past the longest headline's words (`_ALPHA_WORD` runs, each taken whole: possessive, never split).
_MORE_WORDS = regex.compile(rf"(?:[^\p{{L}}\p{{M}}\d]*+(?:\p{{L}}|\p{{M}}|\d)++){{{_MAX_TITLE_WORDS + 1}}}")


@functools.lru_cache(maxsize=1024)
def _word_count(s: str) -> int:
    """Words (runs of letters, marks and digits) of a line, counted up to one past the longest headline's
    (`_MAX_TITLE_WORDS + 1`, all any caller compares with): a paragraph's first words tell."""
    if len(s) > _MAX_TITLE_WORDS * 6 and _MORE_WORDS.match(s):  # (a paragraph: its first words tell)
        return _MAX_TITLE_WORDS + 1
    return min(len(_ALPHA_WORD.findall(s)), _MAX_TITLE_WORDS + 1)


def _labelled(s: str) -> bool:
    """A line opening with a publication label ("Ngày cập nhật:", "Đăng ngày"), not "Ngày 12/4, ..."."""
    return bool(_PUBLICATION_LABEL.match(s))


# ---------------------------------------------------------------------------
# title


_SITE_SUFFIX = regex.compile(r"\s*(?:điện\s+tử|online|\.vn|\.com\.vn|\.org\.vn)\s*$", regex.IGNORECASE)
_SITE_PREFIXES = ("báo ", "cổng thông tin", "trang thông tin", "tạp chí", "đài ", "website ")
_SITE_HEAD = regex.compile(rf"^\W*(?:{alternation(chrome_data.SITE_HEADS)})(?![{_L}])", regex.IGNORECASE)
_SITE_MARK = regex.compile(rf"(?<![{_L}])(?:{alternation(chrome_data.SITE_MARKS)})(?![{_L}])", regex.IGNORECASE)
_SECTION = regex.compile(
    rf"(?<![{_L}])(?:{alternation(chrome_data.SECTION_WORDS)})(?![{_L}])", regex.IGNORECASE
)
# Menu separators: '|', '»', '›', '>', '☰', '•', '/', or runs of two or more spaces between items.
_MENU_SEP = regex.compile(r"\s[|»›>•/·]\s|[☰≡]|\s{2,}\S")
_ITEM_SPLIT = regex.compile(r"\s*[|»›>•/·☰≡]\s*|\s{2,}")
# A headline "X: ..." names its place or body before a colon.
_KICKER_COLON = regex.compile(r"^[^:\n]{2,60}:\s+\S")
# A body paragraph opening with a dateline: "(QTO) - ", "BGĐT - ", "Hà Nội, 12/4 (TTXVN) - ".
_BODY_START = regex.compile(r"^\s*(?:[^\n()]{0,40}?\([^()\n]{2,20}\)|[\p{Lu}Đ][\p{Lu}Đ.]{1,9})\s*-\s*\S")


def _is_site_name(s: str) -> bool:
    """'Báo Quảng Trị điện tử', 'Nhân Dân điện tử', 'Cổng thông tin điện tử huyện Tam Đường'."""
    f = " ".join(s.split()).casefold()
    if len(f.split()) > 10:
        return False
    if f.startswith(_SITE_PREFIXES[1:3]):
        return True
    bare = _SITE_SUFFIX.sub("", f)
    return len(bare.split()) <= 6 and (bare.startswith(_SITE_PREFIXES) or bare in _NAMES or f != bare)


def _is_site_banner(s: str) -> bool:
    """A site's banner: its name, a domain, 'Cơ quan của Đảng bộ ...', 'THÔNG TẤN XÃ VIỆT NAM - Tin tức'."""
    if len(s) > _MAX_FURNITURE:
        return False  # a paragraph (and the domain scan stays cheap)
    if _is_site_name(s) or ("." in s and _DOMAIN.search(s)):
        return True
    if len(s) <= 80 and _MERGED_MEDIA.match(s.lstrip(" ©")) and _outlet_from_name(s) is not None:
        return True  # "Báo và Phát thanh, Truyền hình Hà Tĩnh" alone (the outlets merged in 2025)
    head = _SITE_HEAD.match(s)
    if head is None:
        return False
    # "Báo X trao quà Tết ..." is a headline: a banner carries a site mark, a separator or few words
    return bool(_SITE_MARK.search(s)) or " - " in s or "|" in s or len(s.split()) <= 6


@functools.lru_cache(maxsize=1024)
def _section_share(s: str) -> tuple[int, float]:
    """How many section names ("Chính trị", "Xây dựng Đảng") a line holds, and the share of its letters they cover."""
    found = _SECTION.findall(s)
    if not found:
        return 0, 0.0  # (the letters need no counting)
    letters = sum(map(str.isalpha, s))  # (not 0: a section name has letters)
    covered = sum(sum(map(str.isalpha, f)) for f in found)
    return len(found), covered / letters


def _has_any(s: str, chars: str) -> bool:
    """Whether `s` holds one of `chars` (a cheap test before a pattern that needs one)."""
    return any(c in s for c in chars)


def _is_menu(s: str) -> bool:
    """A menu or breadcrumb: several short items joined by separators, or mostly section names."""
    if len(s) > _MAX_FURNITURE:
        return False
    count, share = _section_share(s)
    if share >= 0.8 or (count >= 3 and share >= 0.55):
        return True  # "Thời sự Chính trị Kinh tế ...", "Chính trị - Xây dựng Đảng", "XÂY DỰNG ĐẢNG"
    if (_has_any(s, "|»›>") and _MENU_BAR.search(s)) or _MENU_HOME.match(s) or "☰" in s or "≡" in s:
        return True
    # (the separators need one of these characters or a run of blanks)
    if (_has_any(s, "|»›>•/·☰≡") or " ".join(s.split()) != s) and _MENU_SEP.search(s):
        items = [i for i in _ITEM_SPLIT.split(s.strip()) if i]
        if len(items) >= 3 and all(len(i.split()) <= 5 for i in items):
            return True  # "Giới thiệu  Tin tức - Sự kiện  Xây dựng Đảng  Văn bản  Liên hệ"
    return False


def _furniture(t: Text, a: int, b: int) -> bool:
    """Page chrome or a photo caption: never a headline nor a byline."""
    return t.in_chrome(a, b) or t.in_caption(a, b)


def _reject_title(t: Text, s: str, a: int, b: int) -> bool:
    return (
        _furniture(t, a, b)
        or s.lstrip().startswith(_STARRED)  # (the cheap tests first: each test is pure)
        or _date_line(s) is not None
        or ("ngày" in s and _PLACE_DATE.match(s) is not None)
        or _is_site_banner(s)
        or _is_menu(s)
        or bool(_author_names(s, top=True))
    )


def _signed_position(t: Text, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line `i` gives the position of a signed article's author named alone on the line above
    ("LÊ HỮU TOÀN" / "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thị ủy Nghi Sơn"): part of the byline."""
    if i <= 0 or i >= len(lines):
        return False
    v = t.view
    pa, pb = lines[i - 1]
    a, b = lines[i]
    if pb - pa > 60 or b - a > 250:  # (cheap tests first: a short name line, a position line)
        return False
    s = v[a:b].lstrip(" \t*(-–")
    if not s[:1].isupper() or s.rstrip(" )").endswith((".", ":", "!", "?")) or not _TITLE_WORD.match(s):
        return False
    prev = v[pa:pb]
    if _TITLE_WORD.search(prev):
        return False
    names = _author_names(prev)
    return names is not None and len(names) == 1 and len(names[0].split()) >= 2


def _anchored(t: Text, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line `i` is followed, within a few lines, by the article's date, a dateline or the body.

    A headline is; a category label or a campaign kicker above it is followed by the headline.
    Bylines and chrome between them are skipped.
    """
    v = t.view
    for j, (a, b) in enumerate(lines[i + 1 : i + 5], i + 1):
        s = v[a:b]
        if _date_line(s) is not None or _BODY_START.match(s):
            return True
        words = _word_count(s)
        if words > _MAX_TITLE_WORDS or (words >= _MIN_LEAD_WORDS and s.rstrip().endswith((".", '"', ":", ")"))):
            return True
        if _furniture(t, a, b) or words <= 5 or _signed_position(t, lines, j):
            continue  # a byline (with its author's position), a view counter, a share bar
        return False
    return False


def _title_score(t: Text, lines: list[tuple[int, int]], i: int, later: set[str]) -> float | None:
    """How much line `i` reads as the headline (None: it cannot be one)."""
    a, b = lines[i]
    s = t.view[a:b]
    if len(s) > 300:  # (the cheap tests first: a paragraph is no headline)
        return None
    words = _word_count(s)
    if words < 3 or words > _MAX_TITLE_WORDS or _reject_title(t, s, a, b) or _signed_position(t, lines, i):
        return None
    if words <= 8 and i and _date_line(t.view[slice(*lines[i - 1])]) is not None and _author_names(s):
        return None  # names alone under the date line: the byline ("Nguyễn Thu Hà - Đức Minh")
    score = 0.0
    if 6 <= words <= 35:
        score += 2.0
    elif words >= 4:
        score += 0.5
    if _anchored(t, lines, i):
        score += 3.0
    if _KICKER_COLON.match(s):
        score += 1.0
    if " ".join(s.split()).casefold() in later:
        score += 1.5  # repeated as an image's alt text or caption
    mm = _MEDIA_MARK.match(s) if s[:1] in "[(" else None
    if mm is not None and " ".join(s[mm.end() :].split()).strip().casefold() in later:
        score -= 3.0  # "[Ảnh] <headline>": an image's alt text repeating the headline written plain
    if s.rstrip().endswith((".", ";", ",")):
        score -= 2.5 if words <= 20 else 5.5  # a sentence of the body; a headline has no full stop
    elif s.rstrip().endswith(":"):
        score -= 2.0
    score -= 3.0 * _section_share(s)[1]
    return score - 0.05 * i


def _title(t: Text, lines: list[tuple[int, int]]) -> int | None:
    """Index in `lines` of the headline: the best-scoring line before the body begins."""
    v = t.view
    window: list[int] = []
    for i, (a, b) in enumerate(lines[:30]):
        s = v[a:b]
        if i and _BODY_START.match(s) and not _date_line(s):
            break  # the body has begun
        window.append(i)
        if len(window) > 1 and _word_count(s) > _MAX_TITLE_WORDS:
            break  # a body paragraph: the headline, if any, came before
    # lines written twice (alt text or a caption repeating the headline)
    seen: set[str] = set()
    later: set[str] = set()
    low = t.lowered if t.folds_simply else None  # there, the case folding of the view
    if low is None:
        for a, b in lines:
            if b - a <= 300:
                key = _MEDIA_MARK.sub("", " ".join(v[a:b].split()), count=1).strip().casefold()
                (later if key in seen else seen).add(key)
    else:
        # only a window line is asked about: a line whose key may equal one of theirs shares its first
        # and last characters (the lines are stripped, `low` keeps the offsets)
        ends = {(low[lines[i][0]], low[lines[i][1] - 1]) for i in window}
        for a, b in lines:
            if b - a <= 300 and low[a] in "[(":  # "[Ảnh] <headline>": the alt text repeats the headline
                key = _MEDIA_MARK.sub("", " ".join(low[a:b].split()), count=1).strip()
                (later if key in seen else seen).add(key)
            elif b - a <= 300 and (low[a], low[b - 1]) in ends:
                key = " ".join(low[a:b].split())
                (later if key in seen else seen).add(key)
    best, best_score = None, 0.0
    for i in window:
        score = _title_score(t, lines, i, later)
        if score is not None and (best is None or score > best_score):
            best, best_score = i, score
    return best


# ---------------------------------------------------------------------------
# published


_BYLINE_FIRST = frozenset("BbTtẢảVvCcPpNnĐđ*•-–(\"' ")  # (what a line matched by `_NAME_PREFIX` may open with)


def _published(t: Text, lines: list[tuple[int, int]], title: int | None) -> dt.date | None:
    v = t.view
    start = 0 if title is None else title + 1
    # 1. a date line just under the headline
    for a, b in lines[start : start + _NEAR]:
        d = _date_line(v[a:b])
        if d:
            return d
    # 2. a labelled date line anywhere ("Ngày cập nhật: ...", "Đăng ngày ...")
    for a, b in lines:
        if v[a] not in _LABEL_FIRST or not 8 <= b - a <= _MAX_DATE_LINE:
            continue
        s = v[a:b]
        if _labelled(s):
            d = _date_line(s)
            if d:
                return d
    # 2b. a date line just under a labelled byline anywhere: a page that signs the article at its foot
    # ("Bài, ảnh: THANH NHƯ" then "Thứ Năm, 16/06/2022 - 07:15") over a "today" banner at its top
    for i, (a, b) in enumerate(lines[:-1]):
        if b - a <= 80 and v[a] in _BYLINE_FIRST and _NAME_PREFIX.match(v[a:b]):
            for c, e in lines[i + 1 : i + 3]:
                if c < e:
                    d = _date_line(v[c:e])
                    if d:
                        return d
                    break
    # 3. a date line just above the headline (at most a section label between them), unless the
    # article contradicts it: a "today" banner of 2024 over an article about 2021 is the page's
    # date, not the article's; one far above, past the menus, is the site's
    if title:
        latest = _latest_event_year(t, lines[title:])
        for a, b in reversed(lines[max(0, title - _ABOVE) : title]):
            s = v[a:b]
            d = _date_line(s)
            if d is not None and (latest is None or d.year <= latest + 1):
                return d
            if (
                _section_share(s)[1] >= 1.0
                or (t.in_chrome(a, b) and (_DIGIT.search(s) or _TOOLS.search(s)))
                or (len(s) <= _SECTION_PATH and _PATH_SEPARATORS.intersection(s) and not _DIGIT.search(s))
            ):
                continue  # a section label ("Xây dựng Đảng"), its path ("Kinh tế > Công nghiệp") or a toolbar
                # ("Cỡ chữ: A- A+ | Lượt xem: 864", "In bài")
            if _is_menu(s) or _is_site_banner(s):
                break
    return None


def _latest_event_year(t: Text, lines: list[tuple[int, int]]) -> int | None:
    """The latest year the article reports as past or present ("năm 2021", "ngày 12/10/2020"), outside chrome.

    Year spans ("2020 - 2025") and targets ("đến năm 2025", "tầm nhìn 2045") look ahead
    and are left out, but a term of office's first year counts ("nhiệm kỳ 2021 - 2026": an article about a
    congress that opens it).
    """
    v = t.view
    latest = None
    for a, b in lines:
        if t.in_chrome(a, b):
            continue
        for rx in (_EVENT_YEAR, _DATED_YEAR, _TERM_START):
            for m in rx.finditer(v, a, b):
                y = int(m.group(1))
                latest = y if latest is None or y > latest else latest
    return latest


# ---------------------------------------------------------------------------
# authors


_TRAILING_PAREN = regex.compile(r"\s*\([^()]*\)\s*$")
_NAME_SPLIT = regex.compile(r"\s+-\s+|\s*[,;/&]\s*|\s+và\s+|\s+-(?=\p{Lu})|(?<=\p{L})-\s+")
_TEXT_AND_PHOTO = regex.compile(r"^\W*(?:bài|tin)\s*(?:và|[,/&+\-–])\s*ảnh", regex.IGNORECASE)  # "Bài và ảnh: ..."
_BANNER_SPLIT = regex.compile(r"\s+[-|–]\s+|\s*\|\s*")


def _split_names(s: str) -> list[str] | None:
    """Names of a byline line, or None when the line is not a byline."""
    s = s.strip()
    if ":" in s:  # "Bài: Thu Hà; ảnh: Minh Phú" -> "Bài: Thu Hà"
        s = _PHOTO_PART.sub("", s)
    s = _NAME_PREFIX.sub("", s).strip(" .*-–")
    s = _DEGREE.sub("", s)  # "ThS. Nguyễn Thị Thu Hằng": the degree is no part of the name
    s = _TRAILING_PAREN.sub("", s)  # "(TTXVN)", "(tổng hợp)"
    if not s or len(s) > 80:
        return None
    parts = _NAME_SPLIT.split(s)
    names: list[str] = []
    for part in parts:
        words = part.split()
        if names and words and (
            words[0].casefold() in _ORG_WORDS or " ".join(words[:2]).casefold() in _AFFILIATION_HEADS
        ):
            break  # "Kim Sa Rinh - Trung tâm VH-TT-TT huyện": the author's unit closes the byline
        if len(words) == 1 and _OUTLET_TAG.match(words[0]) and len(parts) > 1:
            continue  # "Thu Hà/VOV.VN", "Minh Phú - TTXVN": the outlet, not an author
        if not 1 <= len(words) <= 5 or not all(_NAME_TOKEN.match(w) for w in words):
            return None
        if len(words) == 1 and (len(words[0]) < 3 or words[0].isupper()):
            return None  # "PV", "TTXVN"
        abbreviation = any(2 <= len(w) <= 3 and w.isupper() for w in words)
        if words[0].casefold() in _NOT_A_NAME or (abbreviation and not all(w.isupper() for w in words)):
            return None  # "Nhóm PV", "Ban Biên tập"
        name = natural_case(" ".join(words))
        if name.casefold() in document_data.TYPE_WORDS:
            return None  # "KẾ HOẠCH" heading a document's text
        if _is_site_name(name) or name.casefold() in _NAMES:
            continue  # "Thu Hà/Báo Lào Cai": the outlet is not an author
        if any(w.casefold() in _ORG_WORDS for w in words):
            return None  # "Tỉnh Ủy Quảng Trị", "Ban Tuyên Giáo": a body, not a person
        names.append(name)
    return names or None


def _author_names(s: str, *, top: bool = False) -> list[str] | None:
    """Authors of a byline line: "Trúc Linh", "Minh Phú - Thu Hà", "* HỒ SỸ TRUNG, Phó Bí thư ..."."""
    if ":" in s:  # both need one: "ảnh: ..."
        s = _PHOTO_PART.sub("", s)
        if _PHOTO.search(s) and not _TEXT_AND_PHOTO.match(s):
            return None
    if _SOURCE.match(s) or _signs(s):  # (a signature block's "BÍ THƯ" is a post, no one's name)
        return None
    m = _TITLE_WORD.search(s)
    if m and m.start() > 0:  # "NAME, Position ..." signs with a position
        head = s[: m.start()].rstrip(" ,-–(")
        names = _split_names(head)
        if names and len(names) == 1 and len(names[0].split()) >= 2:  # "Tân Phó Bí thư ...": a word, no one
            return names
        return None
    if top and not s.strip(" *").isupper() and not _NAME_PREFIX.match(s):
        return None  # (a labelled byline, "Thực hiện: Tuấn Minh", is one at the top too)
    return _split_names(s)


def _authors(t: Text, lines: list[tuple[int, int]], title: int | None) -> list[str]:
    v = t.view
    out: list[str] = []
    start = 0 if title is None else title + 1
    # under the headline: a shouted or starred byline, or a line of names next to the date line
    head = lines[start : start + 4]
    for i, (a, b) in enumerate(head):
        s = v[a:b]
        if len(s) > _LEAD_LINE:
            # past the lead paragraph only a labelled byline or a short one of capitalised words, on the next line
            # ("Bài và ảnh: Lê Hợi", "KIM THOA", "Thu Hà"; a subheading has more words, or lower-case ones)
            if i + 1 < len(head):
                c, d = head[i + 1]
                nxt = v[c:d]
                by_label = ":" in nxt and _NAME_PREFIX.match(nxt) is not None
                words = nxt.replace(" - ", " ").split()
                in_capitals = len(words) <= _MAX_SHOUTED_BYLINE_WORDS and all(w[:1].isupper() for w in words)
                if (by_label or in_capitals) and not t.in_chrome(c, d):
                    after_lead = _author_names(nxt, top=nxt.isupper()) or []
                    if after_lead and (by_label or all(_pen_name(name) for name in after_lead)):
                        out.extend(after_lead)
                        break
            if len(s) > 200:
                break
            continue
        both = _byline_and_date(s) if not _BYLINE_DATE_FIRST.isdisjoint(s) else None
        # "Ngọc Anh - Thu Huyền • 28/07/2022 | 10:52" (not a comment's "Trần Văn Bình - 10/07/2022 10:20", nor a
        # place's "Hà Nội - 10/12/2024")
        if both is not None and both[0] and not t.in_chrome(a, b):
            out.extend(both[0])
            break
        if "|" in s and ":" not in s.rsplit("|", 1)[1] and _date_line(s) is not None:
            # "28/03/2024 - 06:35 | Hà Linh": the names closing a date line, after its bar (not its tools, "A A A")
            segment = s.rsplit("|", 1)[1].strip()
            closing = (_author_names(segment) or []) if not _TOOLS.search(segment) else []
            if closing and all(_pen_name(name) for name in closing):
                out.extend(closing)
                break
        if "|" in s and ":" in s:  # "Cập nhật lúc 09:15, 03/02/2023 | Bài, ảnh: Hoàng Yến": a labelled byline in a bar
            segments = (seg.strip() for seg in s.split("|"))
            labelled = [names for seg in segments if _NAME_PREFIX.match(seg) and (names := _author_names(seg))]
            if labelled:
                out.extend(labelled[0])
                break
        shouted = s.lstrip().startswith("*") or s.split(",")[0].strip(" *").isupper()
        if (
            shouted
            or (":" in s and _NAME_PREFIX.match(s))  # a labelled byline ("BTV: Kim Ngân", "Thực hiện: Tuấn Minh")
            or _signed_position(t, lines, start + i + 1)  # the author's position on the next line
            # next to a date line, or one line further past a chrome line (a counter, "Lượt xem: 3.418"), or
            # right under a headline whose date stands above it ("Thứ Ba, 19/09/2023" / headline / names)
            or (
                not t.in_chrome(a, b)
                and (
                    any(_date_line(v[c:d]) for c, d in head[max(0, i - 1) : i + 2] if c != a)
                    or (
                        i >= 2
                        and (t.in_chrome(*head[i - 1]) or _URL.fullmatch(v, *head[i - 1]) is not None)
                        and _date_line(v[slice(*head[i - 2])]) is not None
                    )  # (past a counter, or the article's own URL printed under the date)
                    or (i == 0 and start >= 2 and _date_line(v[slice(*lines[start - 2])]) is not None)
                )
            )
        ):  # (the cheap tests first: each is pure)
            names = _author_names(s, top=shouted)
            if names:
                out.extend(names)
                break
    # closing the body: the last content line before the footer, past share bars, menus, captions
    after_list = False
    for k in range(len(lines) - 1, -1, -1):
        a, b = lines[k]
        if _furniture(t, a, b):
            continue  # (the page's footer, as a rule: judged without reading the line)
        s = v[a:b]
        if (
            (len(s) < 200 and _URL.search(s))
            or _SOURCE.match(s)
            or _TRAILER.match(s)
            or _is_menu(s)
            or _is_site_banner(s)
            or _date_line(s) is not None
        ):
            continue
        if len(s) > 120:
            break
        if s.lstrip().startswith(_BULLETS):
            after_list = True  # an item of a related-news list the chrome pass did not see
            continue
        names = _author_names(s)
        if names and k and _signs(v[slice(*lines[k - 1])]):  # (the content lines are the non-blank ones)
            break  # "BÍ THƯ / (Đã ký) / Nguyễn Văn Quyết": a document printed whole; its signer wrote no article
        if names and after_list and not (len(names) > 1 or _NAME_PREFIX.match(s) or s.strip(" *").isupper()):
            after_list = False  # one name heading an unrecognised list ("Ninh Kiều"): a place, not a byline
            continue
        if names:
            out.extend(n for n in names if n not in out)
        break
    return out


# ---------------------------------------------------------------------------
# outlet and url


def _province_head(rf: str) -> str | None:
    """The first province (folded, in `_PROVINCE_BY_FOLD` order) that `rf` is or begins with before a space:
    its heads up to a space looked up, not every province tried."""
    found = [rf[:k] for k, c in enumerate(rf) if c == " " and rf[:k] in _PROVINCE_RANK]
    if rf in _PROVINCE_RANK:
        found.append(rf)
    return min(found, key=_PROVINCE_RANK.__getitem__) if found else None


def _broadcaster(s: str) -> tuple[str, bool] | None:
    """The provincial radio and television station named by `s`, written after "Đài" ("Phát thanh và
    Truyền hình Bình Định", "PT-TH Yên Bái"), and whether nothing follows the province."""
    whole = " ".join(s.split()).casefold().rstrip(" .,:;-")
    for kind in data.BROADCASTER_KINDS:
        if whole.startswith(kind + " "):
            rest = whole[len(kind) + 1 :]
            pf = _province_head(rest)
            if pf is not None:
                return f"{data.BROADCASTER_NAME} {_PROVINCE_BY_FOLD[pf]}", rest == pf
    return None


def _outlet_from_name(s: str) -> str | None:
    """'BÁO QUẢNG TRỊ' -> 'Báo Quảng Trị'; known national names."""
    f = " ".join(s.split()).casefold().strip(" .,:;-")
    if f in _NAMES:
        return _NAMES[f]
    first = _NAME_END.split(f, maxsplit=1)[0].strip()
    if first in _NAMES:  # "VnExpress. Báo tiếng Việt nhiều người xem nhất": the name before its tagline
        return _NAMES[first]
    mm = _MERGED_MEDIA.search(s) if "ruyền" in s or "RUYỀN" in s else None
    if mm is not None and mm.start() > 0 and (before := _outlet_from_name(s[: mm.start()])) is not None:
        return before  # "© Báo Đà Nẵng - Báo và Phát thanh, Truyền hình Đà Nẵng": the name written first
    if mm is not None:  # "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP", a province's paper and station since 2025
        tail = _MERGED_TAIL_CUT.split(s[mm.end() : mm.end() + 60], maxsplit=1)[0]  # "... Nghệ An. Giấy phép ..."
        pf = _province_head(" ".join(tail.split()).casefold())
        if pf is not None:
            return f"{data.MERGED_MEDIA_NAME} {_PROVINCE_BY_FOLD[pf]}"
    m = _BAO.search(s)
    if not m:
        return None
    kind = m.group(1).casefold()
    rest = " ".join(m.group(2).split())
    rf = rest.casefold()
    if kind == "báo" and rf.startswith("điện tử ") and _province_head(rf[8:]) is not None:
        rest, rf = rest[8:], rf[8:]  # "BÁO ĐIỆN TỬ HẢI DƯƠNG": a province's paper online (not "Báo điện tử Chính phủ")
    if kind == "đài":
        station = _broadcaster(s[m.start(2) : m.start(2) + 80])
        if station is not None:
            return station[0]
    full = f"{kind} {rf}"
    named = max((k for k in _NAMES if full.startswith(k)), key=len, default=None)
    pf = _province_head(rf)
    if pf is not None and (named is None or len(named) <= len(kind) + 1 + len(pf)):
        p = _PROVINCE_BY_FOLD[pf]
        return data.PROVINCE_PAPERS.get(p, f"Báo {p}") if kind == "báo" else None
    return _NAMES[named] if named is not None else None  # (a name longer than the province's: "Báo Hà Nội mới")


def _outlet_from_domain(s: str) -> str | None:
    for m in _DOMAIN.finditer(s):
        d = m.group(1).casefold()
        d = d[4:] if d.startswith("www.") else d
        while d:
            if d in _DOMAINS:
                return _DOMAINS[d]
            if "." not in d:
                break
            d = d.split(".", 1)[1]
    return None


def _outlet_from_banner(s: str) -> str | None:
    """'Báo Hải Dương điện tử' -> 'Báo Hải Dương'; 'BÁO CẦN THƠ ONLINE' -> 'Báo Cần Thơ'; 'Quảng Nam Online'."""
    if len(s) > 160:
        return None
    parts = _BANNER_SPLIT.split(s.strip(), maxsplit=1)
    head = parts[0]
    if not _is_site_banner(head) or _is_menu(head) or not (_SITE_HEAD.match(head) or _SITE_SUFFIX.search(head)):
        # a station's name alone, or after a short brand: "BÌNH ĐỊNH TV - Đài Phát thanh và Truyền hình Bình Định"
        for part in parts if len(head.split()) <= 3 else parts[:1]:
            if part[:3].casefold() == "đài":
                station = _broadcaster(part[3:])
                if station is not None and station[1]:
                    return station[0]
        return None  # "XÂY DỰNG ĐẢNG" is a section, not the magazine
    o = _outlet_from_name(head) or _outlet_from_name(_SITE_SUFFIX.sub("", head))
    if o is None:
        m = _PROVINCE_SITE.match(head)
        p = _PROVINCE_BY_FOLD.get(" ".join(m.group(1).split()).casefold()) if m else None
        o = data.PROVINCE_PAPERS.get(p, f"Báo {p}") if p else None
    return o


def _resolve_ambiguous(t: Text, candidates: tuple[str, ...]) -> str:
    """The candidate paper whose province the article names most (the first when it names none)."""
    folded = t.view.casefold()
    best, best_count = candidates[0], 0
    for name in candidates:
        province = name.removeprefix("Báo ")
        if province not in _PROVINCE_BY_FOLD.values():
            province = next((p for p, n in data.PROVINCE_PAPERS.items() if n == name), province)
        count = folded.count(province.casefold())
        if count > best_count:
            best, best_count = name, count
    return best


def _outlet(t: Text, lines: list[tuple[int, int]], title: int | None = None) -> str | None:
    v = t.view
    # copyright line
    for c in t.matches(_COPYRIGHT, _COPYRIGHT_HEADS):
        line = _line_at(v, c.start())
        if line.stop - line.start <= 300:
            rest = v[c.end() : line.stop]
            rest = _COPYRIGHT_HEAD.sub("", rest)
            o = _outlet_from_name(rest) or _outlet_from_domain(rest)
            if o:
                return o
    # the site's banner above the headline: "Báo Hải Dương điện tử", "BÁO CẦN THƠ ONLINE"
    for a, b in lines[: 6 if title is None else min(title, 8)]:
        o = _outlet_from_banner(v[a:b])
        if o:
            return o
    # dateline near the top: "(QTO) - ...", "NDO - ...", "(Chinhphu.vn) - ...", "BGĐT - Thứ Hai, ..."
    for a, b in lines[:30]:
        if v.find("-", a, b) < 0:
            continue  # (both patterns need the dash)
        s = v[a:b]
        d = _DATELINE.match(s) or _BARE_DATELINE.match(s)
        key = d.group(1).strip() if d else None
        if key:
            up = key.upper()
            o = _DATELINES.get(up) or _outlet_from_domain(key)
            if o is None and up in _AMBIGUOUS:
                o = _resolve_ambiguous(t, _AMBIGUOUS[up])
            if o:
                return o
    # "Nguồn ..." / "Theo ..." lines, then any URL
    sources = []  # (each line matched once, for both words; a longer line is no source line)
    for a, b in lines:
        if v[a] in _SOURCE_FIRST and b - a <= 300:
            s = v[a:b]
            src = _SOURCE.match(s)
            if src:
                sources.append((s, src))
                continue
        if v[b - 1] == ")" and b - a <= 160:  # "Tin, ảnh: Ngọc Hân (Theo Báo Phú Yên)": a byline's credit
            tail = _SOURCE_TAIL.search(v, a, b)
            if tail and _author_names(v[a : tail.start()]):
                src = _SOURCE.match(tail.group(1))
                if src:
                    sources.append((tail.group(1), src))
    for want in ("nguồn", "theo"):
        for s, src in sources:
            if src.group(1).casefold() != want:
                continue
            head = src.group(2).split(":")[0].strip(" .)(")
            o = _outlet_from_domain(s) or _outlet_from_name(head) or _DATELINES.get(head.upper())
            if o is None and want == "nguồn":
                head = src.group(2).split(":")[0].strip()
                p = _PROVINCE_BY_FOLD.get(head.casefold())
                if p:
                    o = data.PROVINCE_PAPERS.get(p, f"Báo {p}")
            if o:
                return o
    for m in t.matches(_URL, _URL_HEADS):
        if not t.in_chrome(m.start(), m.end()):
            o = _outlet_from_domain(m.group(0))
            if o:
                return o
    return None


def _url(t: Text) -> str | None:
    """The source URL: one on a "Nguồn ..."/"Theo ..." line (even in the footer), else a URL
    standing on its own line outside chrome ("http://...", "Link bài gốc: http://...").

    URLs inside sentences ("truy cập https://dichvucong.gov.vn để ...") are not sources.
    """
    v = t.view
    alone = None
    for m in t.matches(_URL, _URL_HEADS):
        a, b = t.trimmed(m.start(), m.end(), ".,;:!?")
        line = _line_at(v, a)
        if _SOURCE.match(v[line]):
            return t.text[a:b]
        label = v[line.start : a].strip()
        if (
            alone is None
            and not v[b : line.stop].strip(" .;")
            and len(label.split()) <= 4
            and (not label or label.endswith(":"))
            and not t.in_chrome(a, b)
        ):
            alone = t.text[a:b]
    return alone


def extract(t: Text) -> dict[str, Any]:
    """Return the metadata fields of `Document` (title, published, authors, outlet, url) found in `t`."""
    for memo in (_date_line, _word_count, _section_share):  # each pass asks about the same lines: per article
        memo.cache_clear()
    lines = t.content_lines  # non-blank lines without edge blanks, as (start, end)
    if not lines:
        return {}
    ti = _title(t, lines)
    title = None
    if ti is not None:
        a, b = lines[ti]
        title = " ".join(t.text[a:b].split())
    return {
        "title": title,
        "published": _published(t, lines, ti),
        "authors": _authors(t, lines, ti),
        "outlet": _outlet(t, lines, ti),
        "url": _url(t),
    }
