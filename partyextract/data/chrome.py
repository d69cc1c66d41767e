"""Page chrome: lines of a scraped page that are not the article.

Matched case-insensitively against whole lines of the matching view.
A line matching `LINE_PATTERNS` is chrome. A `LIST_HEADERS` line in the page's
second half opens a related-news list; a `TAIL_HEADERS` line there (comments,
footer, advertising) opens the page's tail. See `partyextract.chrome`.
"""

# Regexes (without anchors) whose match anywhere in a short line marks it as chrome.
LINE_PATTERNS: tuple[str, ...] = (
    # comment boxes
    r"^(?:ý kiến|bình luận|phản hồi)(?: bạn đọc| của bạn)?\s*(?:\(\s*\d*\s*\))?\s*:?$",
    r"\b(?:gửi|viết|đăng|xem|ẩn) (?:bình luận|ý kiến|phản hồi)\b",
    r"\bbình luận (?:bạn đọc|của bạn)\b",
    r"^(?:chưa có|hãy là người đầu tiên|đăng nhập để) (?:bình luận|ý kiến)",
    r"^(?:họ (?:và )?tên|email|e-mail|nội dung|tiêu đề|điện thoại|số điện thoại)\s*(?:\(\*\)|\*)?\s*:?\s*$",
    r"^(?:gửi|hủy|huỷ|nhập lại|trả lời|thích|đồng ý|xác nhận|đóng|gửi đi|làm lại)$",
    # a counter of comments or views ending its line: "Bài viết có 2.314 lượt xem | 12 bình luận", "(0 bình luận)"
    r"\b\d[\d.]*\s*(?:bình luận|lượt xem|lượt thích|lượt chia sẻ)\s*\)?$",
    # a reader poll: its options after a radio button or a box ("( ) Bình thường - 9%"), its count of votes
    r"^(?:\(\s?\)|\[\s?\]|[○◯□◻☐])\s*\S",
    r"\blượt bình chọn\b",
    r"\bcaptcha\b",
    r"\bmã (?:bảo mật|bảo vệ|xác nhận|xác thực|kiểm tra|an toàn)\b",
    r"^(?:ý kiến|bình luận|phản hồi)(?: bạn đọc| của bạn)?\s*\(\s*\d*\s*\)\s*[|·-]",
    r"^(?:nội dung )?(?:bình luận|ý kiến) của bạn\s*:?",
    r"^bạn chưa nhập\b",
    r"^liên hệ\s*-\s*góp ý\b",
    r"\bquay lại!?$",
    r"^(?:về đầu trang|lên đầu trang|trở về đầu trang|trở lại|về trang chủ|xem tiếp|đọc tiếp|xem thêm)"
    r"\s*[»>.]*$",
    # counters
    r"^(?:trực tuyến|đang truy cập|đang online|lượt truy cập|lượt xem|lượt đọc|số lượt truy cập"
    r"|tổng truy cập|tổng lượt truy cập|hôm nay|hôm qua|trong tuần|trong tháng|tất cả|lượt thích"
    r"|đã xem|views?)\s*:?\s*[\d.,]*$",
    r"^[\d.,\s]{4,}$",
    # "Bài viết đã được xem: 987 lần", "Tin đã đọc: 1.204 lượt", "Số lần xem: 356"
    r"^(?:bài viết|bài|tin bài|tin|số lần|số lượt)\s+(?:đã\s+)?(?:được\s+)?(?:xem|đọc)"
    r"\s*:?\s*[\d.,]+\s*(?:lần|lượt)?$",
    # a link to another article set inside the body: "Đọc thêm: Ba Tri: 3.200 hộ dân được hỗ trợ bồn chứa nước"
    r"^(?:đọc thêm|xem thêm|tin liên quan|bài liên quan|có thể bạn quan tâm"
    r"|(?:tin |bài )?(?:đọc|xem) nhiều(?: nhất)?)\s*:\s*\S",
    # site navigation and controls
    r"^phiên bản (?:di động|máy tính|desktop|mobile)$",
    r"^xin chờ trong giây lát",
    r"^đang tải",
    r"^liên kết website$",
    r"^tất cả chuyên mục$",
    r"^(?:chuyên mục|danh mục|chuyên trang)\s*:?$",
    r"^(?:thông tin, tuyên truyền\s*-\s*)?quảng cáo$",
    r"^(?:chia sẻ|in bài|in bài viết|lưu bài|lưu bài viết|gửi bài|gửi email|gửi bài viết|bản in|tags?"
    r"|từ khóa|từ khoá|nghe đọc bài|nghe bài viết|đọc bài|cỡ chữ|font chữ|theo dõi chúng tôi"
    r"|theo dõi trên|tải ứng dụng)\s*:?",
    r"^(?:trang chủ|đăng nhập|đăng ký|đăng xuất|tìm kiếm|rss|video|ảnh|media|menu|podcast|e-paper"
    r"|emagazine|infographics?|multimedia|ảnh đẹp|trang nhất|mới nhất|tiêu điểm)$",
    r"^(?:facebook|zalo|twitter|tweet|like|share|google\+?|youtube|tiktok|email)"
    r"(?:\s*[|/·,]?\s*(?:facebook|zalo|twitter|tweet|like|share|google\+?|youtube|tiktok|email|in|print))*$",
    # a prompt to follow the paper: "Theo dõi Báo Nghệ An trên Google News"
    r"^theo dõi (?:[^\n]{1,60} )?trên "
    r"(?:google news|google tin tức|zalo|facebook|youtube|tiktok|mạng xã hội)\s*[.!]?$",
    r"^a\s*a$|^a[+-]\s*a[+-]?$",
    # menus and breadcrumbs: short items joined by '|', '>', '»' (no digits: a table row is not a menu)
    r"^(?!.*\d)(?:[^|\n]{1,40}\|){2,}[^|\n]{0,40}$",
    r"^trang chủ\s*[>»/|›]",
    r"^(?!.*\d)(?:[^>»›\n]{1,40}[>»›]){2,}[^>»›\n]{0,60}$",
    # date banners and date stamps
    r"^(?:thứ (?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật|cn),? [\d/ :|\-,]+"
    r"(?:[\[(]?gmt\s*\+?\s*7[\])]?)?(?: a a)?$",
    r"^(?:ngày )?(?:cập nhật|đăng|đăng tải|xuất bản|đăng lúc|cập nhật lúc|ngày đăng|thời gian đăng)"
    r"\s*:?\s*[\d/ :|\-,]+(?:\(?gmt\s*\+?\s*7\)?)?$",
    r"\(gmt\s*\+\s*7\)$",
    r"^hôm nay\s*[,:]?\s*(?:(?:thứ\s+\w+|chủ nhật|cn)\s*,?\s*)?(?:ngày\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]"
    r"\s*\d{2,4}[\s\d:|,\-]*(?:[\[(]?gmt[^)\]]*[)\]]?)?$",
    # footer
    r"\b(?:copyright|bản quyền thuộc)|©",
    r"^(?:tổng biên tập|phó tổng biên tập|chịu trách nhiệm(?: xuất bản| nội dung| chính)?|cơ quan chủ quản"
    r"|giấy phép(?: xuất bản| hoạt động)?(?: số)?|tòa soạn|toà soạn|địa chỉ(?: tòa soạn| liên hệ)?"
    r"|điện thoại|đường dây nóng|hotline|fax|ban biên tập|liên hệ quảng cáo|trụ sở|website|e-?mail"
    r"|thư điện tử)\s*:",
    r"\bghi rõ nguồn\b.*\bphát hành lại\b",
    # a hotline with its owner, then only the number ("Đường dây nóng Ban Tổ chức lễ hội: 0210.3860.026")
    r"^(?:đường dây nóng|hotline)\b[^:\n]{1,60}:\s*\(?\+?\d[\d .()]{7,}$",
    r"\b(?:giấy phép|gpxb)\s*(?:số)?\s*:?\s*\d+\s*/\s*gp\b",
    # widgets of a "today" banner: an exchange rate, the weather ("Tỷ giá USD: 22.880 đ | Quy Nhơn 24-28°C",
    # "Hải Phòng: 24°C  Độ ẩm 78%")
    r"\btỷ giá\s+(?:usd|eur|đô la|ngoại tệ)\s*:\s*[\d.,]+",
    r"\|[^|\n]{0,40}\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?°\s*c\s*$"
    r"|^\D{2,30}\d{1,2}\s*°\s*c(?:[\s,|\-]+độ ẩm:?\s*\d{1,3}\s*%)?$",
    # illustrations without a caption
    r"^ảnh minh h[oọ]a",
)

# For patterns of `LINE_PATTERNS`: words, in lower case, one of which each of their matches
# contains. A line holding none of them is not searched for the pattern (a speed-up only: a
# pattern left out here is searched in every short line).
LINE_PATTERN_CLUES: dict[str, tuple[str, ...]] = {
    r"\b(?:gửi|viết|đăng|xem|ẩn) (?:bình luận|ý kiến|phản hồi)\b": ("bình luận", "ý kiến", "phản hồi"),
    r"\bbình luận (?:bạn đọc|của bạn)\b": ("bình luận",),
    r"\b\d[\d.]*\s*(?:bình luận|lượt xem|lượt thích|lượt chia sẻ)\s*\)?$": ("bình luận", "lượt "),
    r"\blượt bình chọn\b": ("lượt bình chọn",),
    r"\bcaptcha\b": ("captcha",),
    r"\bmã (?:bảo mật|bảo vệ|xác nhận|xác thực|kiểm tra|an toàn)\b": ("mã ",),
    r"\bquay lại!?$": ("quay lại",),
    r"\(gmt\s*\+\s*7\)$": ("gmt",),
    r"\b(?:copyright|bản quyền thuộc)|©": ("copyright", "bản quyền thuộc", "©"),
    r"\bghi rõ nguồn\b.*\bphát hành lại\b": ("ghi rõ nguồn",),
    r"\b(?:giấy phép|gpxb)\s*(?:số)?\s*:?\s*\d+\s*/\s*gp\b": ("giấy phép", "gpxb"),
    r"\btỷ giá\s+(?:usd|eur|đô la|ngoại tệ)\s*:\s*[\d.,]+": ("tỷ giá",),
    r"\|[^|\n]{0,40}\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?°\s*c\s*$"
    r"|^\D{2,30}\d{1,2}\s*°\s*c(?:[\s,|\-]+độ ẩm:?\s*\d{1,3}\s*%)?$": ("°",),
    r"^(?!.*\d)(?:[^|\n]{1,40}\|){2,}[^|\n]{0,40}$": ("|",),
    r"^(?!.*\d)(?:[^>»›\n]{1,40}[>»›]){2,}[^>»›\n]{0,60}$": (">", "»", "›"),
}

# For patterns of `LINE_PATTERNS` anchored at the start of the line: how, in lower case, each of
# their matches begins. A line beginning with none of them is not matched against the pattern
# (a speed-up only: a pattern left out here is tried on every short line).
LINE_PATTERN_PREFIXES: dict[str, tuple[str, ...]] = {
    r"^(?:\(\s?\)|\[\s?\]|[○◯□◻☐])\s*\S": ("(", "[", "○", "◯", "□", "◻", "☐"),
    r"^(?:ý kiến|bình luận|phản hồi)(?: bạn đọc| của bạn)?\s*(?:\(\s*\d*\s*\))?\s*:?$": (
        "ý kiến", "bình luận", "phản hồi",
    ),
    r"^(?:chưa có|hãy là người đầu tiên|đăng nhập để) (?:bình luận|ý kiến)": (
        "chưa có", "hãy là người đầu tiên", "đăng nhập để",
    ),
    r"^(?:họ (?:và )?tên|email|e-mail|nội dung|tiêu đề|điện thoại|số điện thoại)\s*(?:\(\*\)|\*)?\s*:?\s*$": (
        "họ ", "email", "e-mail", "nội dung", "tiêu đề", "điện thoại", "số điện thoại",
    ),
    r"^(?:gửi|hủy|huỷ|nhập lại|trả lời|thích|đồng ý|xác nhận|đóng|gửi đi|làm lại)$": (
        "gửi", "hủy", "huỷ", "nhập lại", "trả lời", "thích", "đồng ý", "xác nhận", "đóng", "làm lại",
    ),
    r"^(?:ý kiến|bình luận|phản hồi)(?: bạn đọc| của bạn)?\s*\(\s*\d*\s*\)\s*[|·-]": (
        "ý kiến", "bình luận", "phản hồi",
    ),
    r"^(?:nội dung )?(?:bình luận|ý kiến) của bạn\s*:?": ("nội dung ", "bình luận", "ý kiến"),
    r"^bạn chưa nhập\b": ("bạn chưa nhập",),
    r"^liên hệ\s*-\s*góp ý\b": ("liên hệ",),
    r"^(?:về đầu trang|lên đầu trang|trở về đầu trang|trở lại|về trang chủ|xem tiếp|đọc tiếp|xem thêm)"
    r"\s*[»>.]*$": ("về đầu trang", "lên đầu trang", "trở về đầu trang", "trở lại", "về trang chủ", "xem tiếp",
                    "đọc tiếp", "xem thêm"),
    r"^(?:trực tuyến|đang truy cập|đang online|lượt truy cập|lượt xem|lượt đọc|số lượt truy cập"
    r"|tổng truy cập|tổng lượt truy cập|hôm nay|hôm qua|trong tuần|trong tháng|tất cả|lượt thích"
    r"|đã xem|views?)\s*:?\s*[\d.,]*$": (
        "trực tuyến", "đang truy cập", "đang online", "lượt ", "số lượt truy cập", "tổng truy cập",
        "tổng lượt truy cập", "hôm nay", "hôm qua", "trong tuần", "trong tháng", "tất cả", "đã xem", "view",
    ),
    r"^(?:bài viết|bài|tin bài|tin|số lần|số lượt)\s+(?:đã\s+)?(?:được\s+)?(?:xem|đọc)"
    r"\s*:?\s*[\d.,]+\s*(?:lần|lượt)?$": (
        "bài", "tin", "số lần", "số lượt",
    ),
    r"^(?:đọc thêm|xem thêm|tin liên quan|bài liên quan|có thể bạn quan tâm"
    r"|(?:tin |bài )?(?:đọc|xem) nhiều(?: nhất)?)\s*:\s*\S": (
        "đọc thêm", "xem thêm", "tin liên quan", "bài liên quan", "có thể bạn quan tâm", "đọc nhiều", "xem nhiều",
        "tin đọc nhiều", "tin xem nhiều", "bài đọc nhiều", "bài xem nhiều",
    ),
    r"^phiên bản (?:di động|máy tính|desktop|mobile)$": ("phiên bản ",),
    r"^xin chờ trong giây lát": ("xin chờ trong giây lát",),
    r"^đang tải": ("đang tải",),
    r"^liên kết website$": ("liên kết website",),
    r"^tất cả chuyên mục$": ("tất cả chuyên mục",),
    r"^(?:chuyên mục|danh mục|chuyên trang)\s*:?$": ("chuyên mục", "danh mục", "chuyên trang"),
    r"^(?:thông tin, tuyên truyền\s*-\s*)?quảng cáo$": ("thông tin, tuyên truyền", "quảng cáo"),
    r"^(?:chia sẻ|in bài|in bài viết|lưu bài|lưu bài viết|gửi bài|gửi email|gửi bài viết|bản in|tags?"
    r"|từ khóa|từ khoá|nghe đọc bài|nghe bài viết|đọc bài|cỡ chữ|font chữ|theo dõi chúng tôi"
    r"|theo dõi trên|tải ứng dụng)\s*:?": (
        "chia sẻ", "in bài", "lưu bài", "gửi bài", "gửi email", "bản in", "tag", "từ khóa", "từ khoá",
        "nghe đọc bài", "nghe bài viết", "đọc bài", "cỡ chữ", "font chữ", "theo dõi chúng tôi", "theo dõi trên",
        "tải ứng dụng",
    ),
    r"^(?:trang chủ|đăng nhập|đăng ký|đăng xuất|tìm kiếm|rss|video|ảnh|media|menu|podcast|e-paper"
    r"|emagazine|infographics?|multimedia|ảnh đẹp|trang nhất|mới nhất|tiêu điểm)$": (
        "trang chủ", "đăng nhập", "đăng ký", "đăng xuất", "tìm kiếm", "rss", "video", "ảnh", "media", "menu",
        "podcast", "e-paper", "emagazine", "infographic", "multimedia", "trang nhất", "mới nhất", "tiêu điểm",
    ),
    r"^(?:facebook|zalo|twitter|tweet|like|share|google\+?|youtube|tiktok|email)"
    r"(?:\s*[|/·,]?\s*(?:facebook|zalo|twitter|tweet|like|share|google\+?|youtube|tiktok|email|in|print))*$": (
        "facebook", "zalo", "twitter", "tweet", "like", "share", "google", "youtube", "tiktok", "email",
    ),
    r"^theo dõi (?:[^\n]{1,60} )?trên "
    r"(?:google news|google tin tức|zalo|facebook|youtube|tiktok|mạng xã hội)\s*[.!]?$": ("theo dõi",),
    r"^a\s*a$|^a[+-]\s*a[+-]?$": ("a",),
    r"^trang chủ\s*[>»/|›]": ("trang chủ",),
    r"^(?:thứ (?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật|cn),? [\d/ :|\-,]+"
    r"(?:[\[(]?gmt\s*\+?\s*7[\])]?)?(?: a a)?$": ("thứ ", "chủ nhật", "cn"),
    r"^(?:ngày )?(?:cập nhật|đăng|đăng tải|xuất bản|đăng lúc|cập nhật lúc|ngày đăng|thời gian đăng)"
    r"\s*:?\s*[\d/ :|\-,]+(?:\(?gmt\s*\+?\s*7\)?)?$": ("ngày ", "cập nhật", "đăng", "xuất bản", "thời gian đăng"),
    r"^hôm nay\s*[,:]?\s*(?:(?:thứ\s+\w+|chủ nhật|cn)\s*,?\s*)?(?:ngày\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]"
    r"\s*\d{2,4}[\s\d:|,\-]*(?:[\[(]?gmt[^)\]]*[)\]]?)?$": ("hôm nay",),
    r"^(?:tổng biên tập|phó tổng biên tập|chịu trách nhiệm(?: xuất bản| nội dung| chính)?|cơ quan chủ quản"
    r"|giấy phép(?: xuất bản| hoạt động)?(?: số)?|tòa soạn|toà soạn|địa chỉ(?: tòa soạn| liên hệ)?"
    r"|điện thoại|đường dây nóng|hotline|fax|ban biên tập|liên hệ quảng cáo|trụ sở|website|e-?mail"
    r"|thư điện tử)\s*:": (
        "tổng biên tập", "phó tổng biên tập", "chịu trách nhiệm", "cơ quan chủ quản", "giấy phép", "tòa soạn",
        "toà soạn", "địa chỉ", "điện thoại", "đường dây nóng", "hotline", "fax", "ban biên tập",
        "liên hệ quảng cáo", "trụ sở", "website", "email", "e-mail", "thư điện tử",
    ),
    r"^ảnh minh h[oọ]a": ("ảnh minh h",),
    r"^(?:đường dây nóng|hotline)\b[^:\n]{1,60}:\s*\(?\+?\d[\d .()]{7,}$": ("đường dây nóng", "hotline"),
}

# Photo credits ("Ảnh: Lâm Thanh", "- Ảnh: Đ.V", "(Ảnh: TTXVN)", a leading "Ảnh:"). A short
# line carrying one is a photo caption: a separate class (`Text.captions`), article text for every
# pass (SPEC lists "image captions" beside, not among, page chrome), kept apart so its credit is
# read as no author or official. A line that is nothing but the credit stays chrome.
CAPTION_PATTERNS: tuple[str, ...] = (
    r"(?:^|[\s.\-(])(?<!\b(?:bài|tin)\s*(?:,|và)\s*)ảnh\s*:\s*[^\s].{0,60}$",
    r"\((?:ảnh|anh)\s*:[^)]*\)\s*$",
    r"^\(?(?:ảnh|video|clip)\s*:",
)
# As `LINE_PATTERN_CLUES`, for `CAPTION_PATTERNS`.
CAPTION_PATTERN_CLUES: dict[str, tuple[str, ...]] = {
    r"(?:^|[\s.\-(])(?<!\b(?:bài|tin)\s*(?:,|và)\s*)ảnh\s*:\s*[^\s].{0,60}$": ("ảnh",),
    r"\((?:ảnh|anh)\s*:[^)]*\)\s*$": ("(ảnh", "(anh"),
    r"^\(?(?:ảnh|video|clip)\s*:": ("ảnh", "video", "clip"),  # (also a credit leading its caption: "(Ảnh: X) ...")
}
# The credit closing a caption line ("Ảnh: Minh Tâm/TTXVN", "- Ảnh: Đ.V", "(Ảnh: TTXVN)"): a
# few capitalised words or abbreviations after "Ảnh:"; and a leading "Ảnh:" label. Removing
# both tells a caption from a bare credit. Case-sensitive (credits are names).
CAPTION_CREDIT: str = (
    r"[\s.\-(]*\(?(?i:ảnh|anh|video|clip|photo)\s*:\s*"
    r"[\p{Lu}\d][\w.'@&]*(?:(?:\s*[,/&\-]\s*|\s+(?:và\s+)?)[\p{Lu}\d][\w.'@&]*){0,7}\)?[\s.]*$"
)
CAPTION_LABEL: str = r"^\W*(?i:ảnh|video|clip|photo)\s*:\s*"
# A byline that credits the text, maybe the photos too ("Tin - ảnh: Thanh Hà", "Bài: Thu Hà / Ảnh: Minh Đức"):
# neither a caption nor a bare photo credit.
TEXT_CREDIT: str = r"^\W*(?i:bài|tin)\s*(?:(?i:và)\s*|[,/&+\-–]\s*)?(?:(?i:ảnh)\s*)?:"
# A caption keeps at least this many words once its credit is removed.
MIN_CAPTION_WORDS = 3

# Spam injected into scraped pages.
SPAM_WORDS: tuple[str, ...] = (
    "escort", "casino", "cá cược", "nhà cái", "bet88", "slot game", "viagra", "porn",
    "sex", "xổ số online", "lô đề", "tài xỉu", "game bài", "đánh bạc online", "bayan",
    "w88", "fb88", "kubet", "789bet", "soi cầu", "baccarat", "đá gà online", "nổ hũ", "bắn cá đổi thưởng",
)
# Pieces (in lower case) that several `SPAM_WORDS` share and articles seldom hold: a page without
# one of them is not searched for the phrases holding it (a speed-up only).
SPAM_CLUES: tuple[str, ...] = ("online", "bet", "88", "game", "or")

# Headings that open a list of related articles (lines of headlines, often dated).
LIST_HEADERS: tuple[str, ...] = (
    "các tin khác", "tin khác", "tin liên quan", "tin cùng chuyên mục", "bài viết liên quan",
    "xem thêm", "tin mới", "tin mới nhất", "tin đọc nhiều", "đọc nhiều nhất", "bài liên quan",
    "các bài viết khác", "tin tức khác", "cùng chuyên mục", "tin bài khác", "tin nổi bật",
    "đọc nhiều", "xem nhiều", "tin xem nhiều", "bài đọc nhiều", "có thể bạn quan tâm", "đọc thêm",
    "tin tiêu điểm", "tin đã đưa", "các tin đã đưa", "các tin cũ hơn", "bài viết khác", "tin bài liên quan",
    "tin mới cập nhật", "tin cùng loại", "bài cùng chuyên mục", "các bài khác", "tin ảnh", "video nổi bật",
    "bài viết cùng chuyên mục", "tin cùng chủ đề", "bài viết cùng chủ đề", "cùng chủ đề", "văn bản liên quan",
    "văn bản chỉ đạo điều hành", "văn bản chỉ đạo", "văn bản mới", "văn bản mới ban hành",
    "bài, ảnh liên quan", "bài ảnh liên quan", "ảnh liên quan", "video liên quan", "bài và ảnh liên quan",
    "tin và ảnh liên quan", "tin, ảnh liên quan",
)

# Headings after which the rest of the page is chrome (advertising, comments, footer), up
# to the next long paragraph.
TAIL_HEADERS: tuple[str, ...] = (
    "quảng cáo", "thông tin, tuyên truyền - quảng cáo", "thông tin quảng cáo",
    "ý kiến bạn đọc", "bình luận", "bình luận của bạn", "bình luận của bạn đọc", "bình luận bạn đọc", "ý kiến",
    "ý kiến của bạn", "bạn đọc bình luận", "ý kiến của bạn đọc",
    "gửi bình luận", "gửi ý kiến", "viết bình luận", "phản hồi", "ý kiến phản hồi",
    "liên kết website", "liên kết", "thăm dò ý kiến", "thăm dò", "bình chọn", "bình chọn của bạn",
)

# An advertising block marked at both ends ("--- QUẢNG CÁO ---" ... "--- Hết quảng cáo ---") is chrome
# wherever it sits, when its end is at most `MAX_AD_LINES` lines after its start.
AD_STARTS: tuple[str, ...] = ("quảng cáo", "thông tin quảng cáo", "advertisement", "ads")
AD_ENDS: tuple[str, ...] = ("hết quảng cáo", "kết thúc quảng cáo", "end of advertisement")
# ... or by a line of rules alone ("— — —", "-----", "* * *") after it.
AD_RULE_CHARS = "-–—_=*~·• "
MAX_AD_LINES = 10

# Bullets opening the items of a list ("- Headline", "• Headline"). A related-news list whose items
# open with one ends at the first longer line without one (the article again: "Hỏi: ..."); a short one
# may be the footer under it, chrome too.
# ('" ' is "» " in the matching view, where guillemets are straight quotes; a quotation hugs its first word.)
LIST_BULLETS: tuple[str, ...] = ("-", "•", "»", '" ', "+", "·", "›", "◦", "▪", "■", "►", "–", ">")
MAX_UNBULLETED_ITEM = 160

# A line longer than this is never taken for chrome by the short-line patterns.
MAX_CHROME_LINE = 220
# In the page's tail, a line longer than this is the article again (a late paragraph).
MAX_TAIL_LINE = 600
# A repeated line (image alt text repeating the headline, a doubled caption) is chrome
# from its second occurrence on when it has at least this many characters.
MIN_REPEATED_LINE = 25

# Section names of news sites, folded to lower case: a line made mostly of these is a menu
# ("Thời sự  Chính trị  Kinh tế ...") or a category label ("Xây dựng Đảng", "CHÍNH TRỊ"),
# never a headline. Read by `partyextract.document`.
SECTION_WORDS: tuple[str, ...] = (
    "trang chủ", "trang nhất", "trang đầu", "home", "giới thiệu", "tin tức", "sự kiện", "tin tức - sự kiện",
    "thời sự", "chính trị", "kinh tế", "xã hội", "văn hóa", "văn hoá", "thể thao", "du lịch", "pháp luật",
    "bạn đọc", "quốc phòng", "an ninh", "quốc phòng - an ninh", "thế giới", "giáo dục", "y tế", "khoa học",
    "công nghệ", "khoa học - công nghệ", "môi trường", "đời sống", "sức khỏe", "giải trí", "nông nghiệp",
    "nông thôn mới", "doanh nghiệp", "đầu tư", "tài chính", "bất động sản", "xây dựng đảng",
    "xây dựng đảng và hệ thống chính trị", "văn bản", "liên hệ", "chuyên mục", "chuyên đề", "địa phương",
    "chính sách", "chính sách mới", "tư liệu", "văn kiện", "tư liệu văn kiện", "miền núi",
    "dân tộc - miền núi", "đất và người", "video", "ảnh", "media", "multimedia", "podcast", "emagazine",
    "infographic", "infographics", "tiêu điểm", "tin mới", "tin nổi bật", "nổi bật", "diễn đàn", "phóng sự",
    "ký sự", "bình luận", "phê phán", "bình luận - phê phán", "học tập và làm theo bác", "biển đảo",
    "chuyển đổi số", "hoạt động của huyện ủy", "hoạt động lãnh đạo", "thông báo", "góp ý",
    "hỏi đáp", "tuyên truyền", "công tác tuyên giáo", "tuyên giáo", "dân vận", "nội chính", "tin trong tỉnh",
    "tin trong nước", "trong nước", "quốc tế", "tin địa phương", "cải cách hành chính",
    "việc làm", "văn nghệ", "bản đồ", "truyền hình", "phát thanh", "radio", "tv",
    "english", "rss", "tìm kiếm", "đăng nhập", "đăng ký", "đa phương tiện", "kinh tế - xã hội", "văn hóa - xã hội",
    "văn hóa - thể thao", "an ninh - trật tự", "pháp luật - bạn đọc", "chính trị - xã hội", "chính trị - xây dựng đảng",
)

# Words that make a line at the top of the page a site banner rather than a headline
# ("Báo Cần Thơ Online", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ...", "Báo Cao Bằng - Cơ quan của
# Đảng bộ ..."), folded to lower case.
SITE_HEADS: tuple[str, ...] = (
    "báo", "cổng thông tin", "cổng ttđt", "trang thông tin", "trang tin", "tạp chí", "đài phát thanh",
    "đài truyền hình", "đài tiếng nói", "website", "thông tấn xã", "ttxvn", "tin tức", "bản tin",
)
SITE_MARKS: tuple[str, ...] = (
    "điện tử", "online", "cơ quan của", "cơ quan ngôn luận", "cơ quan chủ quản", "tin tức, sự kiện",
    "tin tức - sự kiện", "ttđt", "e-newspaper", "news",
)
