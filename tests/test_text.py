import unicodedata

import pytest

from pipeline.text import ascii_digits, digits_value, fold, normalise, vietnamese_share


@pytest.mark.parametrize(("raw", "expected"), [
    ("hoà", "hòa"),
    ("Hoà Bình", "Hòa Bình"),
    ("hoàn thành", "hoàn thành"),  # the mark stays on a when a consonant follows
    ("thuỷ lợi", "thủy lợi"),
    ("Uỷ ban", "Ủy ban"),
    ("UỶ BAN", "ỦY BAN"),
    ("quý I", "quý I"),  # qu is a consonant: quý is already right
    ("khoẻ mạnh", "khỏe mạnh"),
    ("tuỳ chọn", "tùy chọn"),
    (unicodedata.normalize("NFD", "Hà Nội"), "Hà Nội"),  # decomposed input
    ("a\u00a0b\u200bc", "a bc"),  # non-breaking and zero-width spaces
    ("dòng 1\r\ndòng 2", "dòng 1\ndòng 2"),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected
    assert unicodedata.is_normalized("NFC", normalise(raw))


@pytest.mark.parametrize(("a", "b"), [
    ("Hội Khoa học", "Hội khoa học"),
    ("Tự động hoá", "Tự động hóa"),
    ("TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards", "TOP Công nghiệp 4.0 Việt Nam - I4.0 Awards"),
    ("“Top doanh nghiệp”", "Top doanh nghiệp"),
])
def test_fold_merges_variants(a, b):
    assert fold(a) == fold(b)


def test_vietnamese_share_tells_languages_apart():
    vi, _ = vietnamese_share("Chiều 27/5, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức lễ")
    en, _ = vietnamese_share("The ceremony was held in Hanoi on Saturday afternoon by the union of associations")
    assert vi > 0.4
    assert en == 0.0


@pytest.mark.parametrize(("text", "expected"), [
    ("2024", "2024"),
    ("\uff12\uff10\uff12\uff14", "2024"),  # fullwidth
    ("\u0663,\u0665", "3,5"),  # Arabic-Indic
    ("\U0001e4f2\U0001e4f0.\U0001e4f1", "20.1"),  # Nag Mundari, unknown to older Pythons
    ("Quý \U00011f54/\U00011f52", "Quý 4/2"),  # Kawi; the letters stay as written
    ("Ⅻ ²", "Ⅻ ²"),  # numerals that are no decimal digits stay
])
def test_ascii_digits_writes_every_decimal_digit_in_ascii(text: str, expected: str) -> None:
    assert ascii_digits(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("2024", 2024),
    ("\u0662\u0660\u0662\u0664", 2024),  # Arabic-Indic digits
    ("\U0001e4f1\U0001e4f5", 15),  # a script newer than Python's tables
    ("007", 7),
])
def test_digits_value_reads_a_number_in_any_digits(text: str, value: int) -> None:
    assert digits_value(text) == value
