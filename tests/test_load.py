import bz2
import codecs
import gzip
import json
import lzma
import unicodedata

import pytest

from pipeline.load import MAX_INPUT_BYTES, InputError, RawPage, decode, file_id, iter_pages

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese sites wrote it: base letters precomposed, tone marks combining."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


TEXT = "Hải Phòng được vinh danh\n\nChiều 27/5, tại Hà Nội, lễ trao giải được tổ chức."


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (cp1258(TEXT), "windows-1258"),
])
def test_decode_detects_encoding(data, encoding):
    text, found, warnings = decode(data)
    assert found == encoding
    assert "Hà Nội" in unicodedata.normalize("NFC", text)
    assert warnings == ()


def test_truncated_utf8_keeps_text_and_warns():
    data = TEXT.encode("utf-8") + "ộ".encode()[:2]
    text, _, warnings = decode(data)
    assert text == TEXT
    assert "truncated" in warnings[0]


@pytest.mark.parametrize("text", [
    "Lễ trao giải\n\nBan tổ chức trao 12 giải\x00 cho các tác giả.",
    "\x00Hội nghị tổng kết\n\nSáng nay, tỉnh tổ chức hội nghị.\x00\x00",
    "Tin vắn\n\nĐoàn công tác\x00 làm việc\x00 tại xã Tân Hòa.",
])
def test_a_text_page_with_stray_nul_bytes_is_read_without_them(text):
    """A scraped page that carries a few NULs left by its CMS is a page, not a binary file."""
    data = (text + " Nội dung bài viết dài hơn một chút." * 20).encode("utf-8")
    decoded, encoding, warnings = decode(data)
    assert "\x00" not in decoded
    assert decoded == text.replace("\x00", "") + " Nội dung bài viết dài hơn một chút." * 20
    assert encoding == "utf-8"
    assert "stray NUL" in warnings[0]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (bytes(range(256)) * 4, "binary"),  # few NULs, but no UTF-8 without them
    ("Tin ngắn".encode() + b"\x00" * 40, "binary"),  # more NULs than text
    ("Tin ngắn dài hơn".encode() + b"\x00\x01\x02" * 3, "binary"),  # other control bytes beside them
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_decode_rejects_unreadable_input(data, message):
    with pytest.raises(InputError, match=message):
        decode(data)


def test_text_page_is_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Nước sạch cho Hoà Bình\n\nThuỷ lợi hoà thuận.", encoding="utf-8")
    [page] = iter_pages(path)
    assert isinstance(page, RawPage)
    assert page.id == "a"
    assert page.content == "Nước sạch cho Hòa Bình\n\nThủy lợi hòa thuận."


def test_oversized_page_is_an_error(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_INPUT_BYTES + 1))
    [err] = iter_pages(path)
    assert isinstance(err, InputError)
    assert "MB" in str(err)


def test_jsonl_yields_items_and_errors_per_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Chiều 27/5, tại Hà Nội.", "title": "Tin một"}, ensure_ascii=False),
        "{broken json",
        json.dumps({"id": "a2", "html": "<p>Xin chào</p>", "url": "http://x.vn/a2"}),
        json.dumps({"id": "a3"}),
        "",
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_pages(path))
    assert [type(i).__name__ for i in items] == ["RawPage", "InputError", "RawPage", "InputError", "InputError"]
    assert items[0].kind == "body" and items[0].title == "Tin một"
    assert items[2].kind == "html" and items[2].url == "http://x.vn/a2"
    assert "line 2" in str(items[1])


# halves of UTF-16 pairs, kept out of the Vietnamese literals (test_segment reads those)
HIGH, LOW = "\ud83d", "\udc80"


@pytest.mark.parametrize("item", [
    {"id": "s1", "title": "Lễ khai mạc" + HIGH, "text": "Sáng 3/4, huyện tổ chức lễ khai mạc."},
    {"id": "s2", "text": "Đội bóng " + LOW + " xã Tân Phú giành chức vô địch.", "url": "http://x.vn/" + LOW},
    {"id": "s3", "html": "<p>Hội thi " + HIGH + " diễn ra tại nhà văn hóa thôn.</p>"},
])
def test_half_a_character_escaped_in_a_jsonl_line_is_read_as_a_replacement(tmp_path, item):
    """A scraper wrote half of a UTF-16 pair as a JSON escape: the run stopped at the first
    output that encodes it; the page is read with U+FFFD there, and says so."""
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    [page] = iter_pages(path)
    assert isinstance(page, RawPage)
    for field in (page.content, page.title or "", page.url or ""):
        field.encode("utf-8")  # every output writes UTF-8
    assert "\ufffd" in page.content + (page.title or "") + (page.url or "")
    assert "surrogate" in page.warnings[-1]


@pytest.mark.parametrize(("name", "content"), [
    ("a.html", "Lễ tổng kết năm học\n\nSáng 25/5, trường tổ chức lễ tổng kết &amp; trao thưởng cho 40 em."),
    ("b.htm", "Hội nghị cử tri\n\nChiều qua,&nbsp;đại biểu HĐND huyện tiếp xúc cử tri xã Hòa Bình."),
    ("c.html", "Giải bóng đá\n\nĐội xã Tân Lập giành giải Nhất, 3 &lt; 5 đội dự thi."),
])
def test_an_html_file_without_a_tag_is_read_as_text(tmp_path, name, content):
    """A scraper that saved a page's text under an .html name: the HTML reader found no article
    in it and the page was lost; it is read as text, its entities decoded."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [page] = iter_pages(path)
    assert isinstance(page, RawPage)
    assert page.kind == "text"
    assert "&" not in page.content.replace("& ", "")
    assert page.content.split("\n")[0] == content.split("\n")[0]
    assert "read as text" in page.warnings[-1]


def test_an_html_page_with_tags_stays_html(tmp_path):
    path = tmp_path / "d.html"
    path.write_text("<p>Tin &amp; ảnh</p>", encoding="utf-8")
    [page] = iter_pages(path)
    assert page.kind == "html" and page.content == "<p>Tin &amp; ảnh</p>"


def test_a_jsonl_html_field_without_a_tag_is_read_as_the_body(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "h1", "title": "Tin", "html": "Sáng nay,&nbsp;xã ra quân."}) + "\n",
                    encoding="utf-8")
    [page] = iter_pages(path)
    assert page.kind == "body" and page.content == "Sáng nay, xã ra quân."


@pytest.mark.parametrize(("scraper_id", "expected"), [
    ("a1", "a1"),
    ("vnx_4567890.v2", "vnx_4567890.v2"),
    ("https://vnexpress.net/thoi-su/le-trao-giai-4567890.html", "vnexpress.net_thoi-su_le-trao-giai-4567890.html-"),
    ("../../etc/passwd", "etc_passwd-"),
    (".hidden", "hidden-"),
    ("bài-báo 12", "b_i-b_o_12-"),
    ("///", ""),
    ("x" * 150, "x" * 60 + "-"),
])
def test_an_id_that_cannot_name_a_file_is_made_safe(scraper_id, expected):
    safe, warnings = file_id(scraper_id)
    if safe == scraper_id:
        assert safe == expected and warnings == ()
    else:  # a readable part, then a hash of the whole id, so that different ids stay different
        assert safe.startswith(expected) and len(safe) == len(expected) + 10
        assert "cannot name a file" in warnings[0]
    assert file_id(scraper_id) == (safe, warnings)  # the same id every run


def test_different_unsafe_ids_stay_different():
    assert file_id("https://a.vn/1?x=1")[0] != file_id("https://a.vn/1?x=2")[0]


def test_scraper_fields_are_normalised_text(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "https://x.vn/a?b=1", "text": "Hoà bình.", "url": "http://x.vn/a\r",
                                "published": "2024-05-27\r\n"}), encoding="utf-8")
    [page] = iter_pages(path)
    assert page.url == "http://x.vn/a\n" and page.published == "2024-05-27\n"  # no bare "\r" to break a CSV row
    assert page.id.startswith("x.vn_a_b_1-") and page.warnings


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(b"%PDF")
    [err] = iter_pages(path)
    assert "unsupported file type .pdf" in str(err)


# Compressed pages and feeds: each read as the kind its inner name says, under the id of that name.
PAGE = "Xã đón bằng công nhận nông thôn mới\n\nSáng 12/3, xã Tân Lập tổ chức lễ đón bằng công nhận."
FEED_LINE = json.dumps({"id": "tin-1", "text": "Chiều 5/6, huyện khánh thành cây cầu mới."}, ensure_ascii=False)


@pytest.mark.parametrize(("name", "opener", "content", "read_as"), [
    ("tin.txt.gz", gzip.open, PAGE, ("text", "tin")),
    ("bai-viet.html.bz2", bz2.open, f"<html><body><h1>Tin</h1><p>{PAGE}</p></body></html>", ("html", "bai-viet")),
    ("TRANG.HTM.XZ", lzma.open, f"<p>{PAGE}</p>", ("html", "TRANG")),
    ("feed.jsonl.gz", gzip.open, FEED_LINE + "\n", ("body", "tin-1")),
    ("dong.jsonl.xz", lzma.open, json.dumps({"text": "Sáng 2/9, thành phố bắn pháo hoa."}, ensure_ascii=False),
     ("body", "dong-1")),
])
def test_a_compressed_page_or_feed_is_read_through(tmp_path, name, opener, content, read_as):
    """(kind, id): the kind and id its inner name gives."""
    path = tmp_path / name
    with opener(path, "wb") as handle:
        handle.write(content.encode("utf-8"))
    [page] = iter_pages(path)
    assert isinstance(page, RawPage)
    assert (page.kind, page.id) == read_as
    assert "Sáng" in page.content or "Chiều" in page.content


@pytest.mark.parametrize(("name", "data"), [
    ("hong.txt.gz", b"this was never gzip data"),
    ("hong.html.bz2", b"BZh9 but not really"),
    ("hong.txt.xz", b"\xfd7zXZ\x00 and then nothing of use"),
])
def test_a_damaged_compressed_page_is_one_clear_error(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    [err] = iter_pages(path)
    assert isinstance(err, InputError)
    assert str(err).startswith(f"damaged {path.suffix.lower()} file")


def test_a_compressed_feed_cut_off_in_a_download_keeps_the_pages_before_the_cut(tmp_path):
    lines = [json.dumps({"id": f"tin-{n}", "text": f"Ngày {n}/6, tỉnh tổ chức hội nghị lần thứ {n}. " + "x " * 2000})
             for n in range(1, 30)]
    whole = gzip.compress("\n".join(lines).encode("utf-8"))
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    items = list(iter_pages(path))
    pages = [i for i in items if isinstance(i, RawPage)]
    assert pages and [p.id for p in pages] == [f"tin-{n}" for n in range(1, len(pages) + 1)]
    assert isinstance(items[-1], InputError)
    assert str(items[-1]).startswith(f"after line {len(pages)}: damaged .gz file: it ends before")


def test_a_small_archive_of_a_huge_page_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "lon.txt.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"a" * (MAX_INPUT_BYTES + 10))
    assert path.stat().st_size < 100_000
    [err] = iter_pages(path)
    assert isinstance(err, InputError) and "once decompressed" in str(err)


@pytest.mark.parametrize(("line", "reason"), [
    ({"text": ["đoạn một", "đoạn hai"]}, "its 'text' is an array, not a string"),
    ({"html": {"body": "<p>x</p>"}}, "its 'html' is an object, not a string"),
    ({"text": 42}, "its 'text' is a number, not a string"),
    ({"title": "Chỉ có tiêu đề"}, "item has no 'text' or 'html'"),
    (["một", "mảng"], "expected a JSON object, got an array"),
    ("chuỗi", "expected a JSON object, got a string"),
])
def test_a_feed_line_without_a_page_says_what_it_has_instead(tmp_path, line, reason):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    [err] = iter_pages(path)
    assert str(err) == f"line 1: {reason}"


def test_a_feed_item_over_the_page_limit_is_refused_and_the_feed_goes_on(tmp_path):
    """A page file over the limit was refused while the same text as one .jsonl line was read
    whole into a worker; the next lines are still read."""
    path = tmp_path / "feed.jsonl"
    huge = json.dumps({"id": "lon", "text": "Sáng 5/6, xã họp. " * (MAX_INPUT_BYTES // 18 + 10)}, ensure_ascii=False)
    small = json.dumps({"id": "nho", "text": "Chiều 6/6, huyện khánh thành cầu mới."}, ensure_ascii=False)
    path.write_text(f"{huge}\n{small}\n", encoding="utf-8")
    first, second = iter_pages(path)
    assert isinstance(first, InputError) and str(first).startswith("line 1: item is") and "MB limit" in str(first)
    assert isinstance(second, RawPage) and second.id == "nho"
