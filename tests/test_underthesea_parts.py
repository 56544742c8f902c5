"""The pieces of underthesea read without importing it are the package's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import underthesea
from underthesea.pipeline.text_normalize import text_normalizer
from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
from underthesea.pipeline.word_tokenize import regex_tokenize

from pipeline import underthesea_parts

TEXTS = [
    "TP.HCM sáng 27/5. Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, nói: \"Đây là bước đầu!\" Rồi ông đi... Hết.",
    "GS.TS Trần Văn B (Đại học Quốc gia) trả lời? Có. Giá xăng RON 95 là 24.500 đồng/lít.",
    "Thủ tướng Phạm Minh C. cho biết... tỉnh Ðồng Nai sẽ làm tiếp.",
    "Hoà bình, hòa bình: cả hai cách bỏ dấu.\nDòng mới. https://vnexpress.net/a-b-123.html là nguồn.",
    "",
]


def test_the_files_are_those_of_the_installed_package() -> None:
    assert underthesea_parts.package_file() == Path(underthesea.__file__).parent
    assert underthesea_parts.package_file("corpus", "data", "Viet74K.txt").is_file()


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_are_underthesea_s(text: str) -> None:
    assert underthesea_parts.sentence_splitter()(text) == underthesea.sent_tokenize(text)


def test_the_syllable_pattern_is_underthesea_s() -> None:
    assert underthesea_parts.syllable_pattern() == regex_tokenize.regex_patterns_combine


def test_the_spelling_fixes_are_underthesea_s() -> None:
    assert underthesea_parts.spelling_fixes() == text_normalizer.token_map
    assert underthesea_parts.spelling_fixes()["nghành"] == "ngành"


@pytest.mark.parametrize("text", [*TEXTS, "Ðà Nẵng", "ð", "Hoa\u0300 bi\u0300nh"])  # decomposed: NFC first
def test_characters_are_normalised_as_underthesea_does(text: str) -> None:
    assert underthesea_parts.normalise_characters(text) == normalize_characters_in_text(text)


def test_a_constant_the_module_no_longer_assigns_is_an_error() -> None:
    with pytest.raises(LookupError, match="no_such_name"):
        underthesea_parts._constant(underthesea_parts._REGEX_TOKENIZE, "no_such_name")


def test_a_worker_never_imports_the_whole_package() -> None:
    """The point of the module: a worker's start-up without `import underthesea` (most of a second)."""
    code = ("import sys; from pipeline.worker import warm_up; warm_up(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('underthesea', 'joblib')))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parent.parent).stdout
    assert shown.strip() == "[]"
