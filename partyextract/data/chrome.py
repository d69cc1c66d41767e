"""Page chrome: lines of a scraped page that are not the article.

Matched case-insensitively against whole lines of the matching view.
A line matching `LINE_PATTERNS` is chrome; a line after a `LIST_HEADERS`
line starts a related-news list that runs to the next long line.
"""

# Regexes (without anchors) whose match anywhere in a short line marks it as chrome.
LINE_PATTERNS: tuple[str, ...] = (
    r"^(?:ý kiến|bình luận|phản hồi)(?: bạn đọc| của bạn)?\s*(?:\(\s*\d*\s*\))?\s*:?$",
    r"\b(?:gửi|viết) (?:bình luận|ý kiến|phản hồi)\b",
    r"\bbình luận (?:bạn đọc|của bạn)\b",
    r"\bcaptcha\b",
    r"\bmã (?:bảo mật|xác nhận|xác thực)\b",
    r"^liên hệ\s*-\s*góp ý\b",
    r"\bquay lại!?$",
    r"^(?:trực tuyến|đang truy cập|lượt truy cập|lượt xem|số lượt truy cập|tổng truy cập|hôm nay)\s*:?\s*[\d.,]*$",
    r"^[\d.,\s]{4,}$",
    r"^phiên bản (?:di động|máy tính|desktop|mobile)$",
    r"^xin chờ trong giây lát",
    r"^liên kết website$",
    r"^tất cả chuyên mục$",
    r"\b(?:copyright|bản quyền thuộc|©)",
    r"^(?:thông tin, tuyên truyền\s*-\s*)?quảng cáo$",
    r"^(?:chia sẻ|in bài|lưu bài|gửi bài|bản in|tags?|từ khóa|từ khoá)\s*:?",
    r"^(?:trang chủ|đăng nhập|đăng ký|tìm kiếm|rss|video|ảnh|media|menu)$",
    r"^a\s*a$",
    r"^(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn),? [\d/ :|\-,]+(?:[\[(]?gmt\s*\+?\s*7[\])]?)?(?: a a)?$",
    r"^(?:ngày )?(?:cập nhật|đăng|đăng tải|xuất bản|đăng lúc|cập nhật lúc)\s*:?\s*[\d/ :|\-,]+(?:\(?gmt\s*\+?\s*7\)?)?$",
    r"\(gmt\s*\+\s*7\)$",
    # photo captions: a short line carrying a photo credit
    r"(?:^|[\s.\-(])ảnh\s*:\s*[^\s].{0,60}$",
    r"\((?:ảnh|anh)\s*:[^)]*\)\s*$",
    r"^ảnh minh họa",
)

# Spam injected into scraped pages.
SPAM_WORDS: tuple[str, ...] = (
    "escort", "casino", "cá cược", "nhà cái", "bet88", "slot game", "viagra", "porn",
    "sex", "xổ số online", "lô đề", "tài xỉu", "game bài", "đánh bạc online", "bayan",
)

# Headings that open a list of related articles.
LIST_HEADERS: tuple[str, ...] = (
    "các tin khác", "tin khác", "tin liên quan", "tin cùng chuyên mục", "bài viết liên quan",
    "xem thêm", "tin mới", "tin mới nhất", "tin đọc nhiều", "đọc nhiều nhất", "bài liên quan",
    "các bài viết khác", "tin tức khác", "cùng chuyên mục", "tin bài khác", "tin nổi bật",
)

# A line longer than this is never taken for chrome by the short-line patterns.
MAX_CHROME_LINE = 220
