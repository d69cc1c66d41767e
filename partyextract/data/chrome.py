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
    r"\bcaptcha\b",
    r"\bmã (?:bảo mật|xác nhận|xác thực)\b",
    r"^liên hệ\s*-\s*góp ý\b",
    r"\bquay lại!?$",
    r"^(?:về đầu trang|lên đầu trang|trở về đầu trang|trở lại|về trang chủ|xem tiếp|đọc tiếp|xem thêm)"
    r"\s*[»>.]*$",
    # counters
    r"^(?:trực tuyến|đang truy cập|đang online|lượt truy cập|lượt xem|lượt đọc|số lượt truy cập"
    r"|tổng truy cập|tổng lượt truy cập|hôm nay|hôm qua|trong tuần|trong tháng|tất cả|lượt thích"
    r"|đã xem|views?)\s*:?\s*[\d.,]*$",
    r"^[\d.,\s]{4,}$",
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
    r"^hôm nay,? (?:thứ|ngày|chủ nhật)",
    # footer
    r"\b(?:copyright|bản quyền thuộc|©)",
    r"^(?:tổng biên tập|phó tổng biên tập|chịu trách nhiệm(?: xuất bản| nội dung| chính)?|cơ quan chủ quản"
    r"|giấy phép(?: xuất bản| hoạt động)?(?: số)?|tòa soạn|toà soạn|địa chỉ(?: tòa soạn| liên hệ)?"
    r"|điện thoại|đường dây nóng|hotline|fax|ban biên tập|liên hệ quảng cáo|trụ sở|website|e-?mail"
    r"|thư điện tử)\s*:",
    r"\bghi rõ nguồn\b.*\bphát hành lại\b",
    r"\b(?:giấy phép|gpxb)\s*(?:số)?\s*:?\s*\d+\s*/\s*gp\b",
    # photo captions: a short line carrying a photo credit
    r"(?:^|[\s.\-(])(?<!\b(?:bài|tin)\s*(?:,|và)\s*)ảnh\s*:\s*[^\s].{0,60}$",
    r"\((?:ảnh|anh)\s*:[^)]*\)\s*$",
    r"^ảnh minh họa",
    r"^(?:ảnh|video|clip)\s*:",
)

# Spam injected into scraped pages.
SPAM_WORDS: tuple[str, ...] = (
    "escort", "casino", "cá cược", "nhà cái", "bet88", "slot game", "viagra", "porn",
    "sex", "xổ số online", "lô đề", "tài xỉu", "game bài", "đánh bạc online", "bayan",
    "w88", "fb88", "kubet", "789bet", "soi cầu", "baccarat", "đá gà online", "nổ hũ", "bắn cá đổi thưởng",
)

# Headings that open a list of related articles (lines of headlines, often dated).
LIST_HEADERS: tuple[str, ...] = (
    "các tin khác", "tin khác", "tin liên quan", "tin cùng chuyên mục", "bài viết liên quan",
    "xem thêm", "tin mới", "tin mới nhất", "tin đọc nhiều", "đọc nhiều nhất", "bài liên quan",
    "các bài viết khác", "tin tức khác", "cùng chuyên mục", "tin bài khác", "tin nổi bật",
    "đọc nhiều", "xem nhiều", "tin xem nhiều", "bài đọc nhiều", "có thể bạn quan tâm", "đọc thêm",
    "tin tiêu điểm", "tin đã đưa", "các tin đã đưa", "các tin cũ hơn", "bài viết khác", "tin bài liên quan",
    "tin mới cập nhật", "tin cùng loại", "bài cùng chuyên mục", "các bài khác", "tin ảnh", "video nổi bật",
)

# Headings after which the rest of the page is chrome (advertising, comments, footer), up
# to the next long paragraph.
TAIL_HEADERS: tuple[str, ...] = (
    "quảng cáo", "thông tin, tuyên truyền - quảng cáo", "thông tin quảng cáo",
    "ý kiến bạn đọc", "bình luận", "bình luận của bạn", "ý kiến", "ý kiến của bạn",
    "gửi bình luận", "gửi ý kiến", "viết bình luận", "phản hồi", "ý kiến phản hồi",
    "liên kết website", "liên kết", "thăm dò ý kiến",
)

# A line longer than this is never taken for chrome by the short-line patterns.
MAX_CHROME_LINE = 220
# In the page's tail, a line longer than this is the article again (a late paragraph).
MAX_TAIL_LINE = 600
# A repeated line (image alt text repeating the headline, a doubled caption) is chrome
# from its second occurrence on when it has at least this many characters.
MIN_REPEATED_LINE = 25
