"""The pieces of underthesea our stages use, read from the installed package without
importing it.

`import underthesea` takes most of a second: its `__init__` imports every task the
package offers, with joblib and requests behind them. Every worker process of a run
would pay that again, though tokenising needs only a few small pieces: the sentence
splitter, the syllable pattern of the word tokenizer, the character and spelling
normalisation tables, and the files of the word model and dictionary. Each is read
here from the package's own files, so they are always those of the installed version;
tests/test_underthesea_parts.py checks every one against the package imported the
usual way.
"""

from __future__ import annotations

import ast
import importlib.util
import pickle
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

_SENT_TOKENIZE = ("pipeline", "sent_tokenize", "__init__.py")
_REGEX_TOKENIZE = ("pipeline", "word_tokenize", "regex_tokenize.py")
_TEXT_NORMALIZER = ("pipeline", "text_normalize", "text_normalizer.py")


@cache
def package_file(*parts: str) -> Path:
    """A file inside the installed underthesea package. `find_spec` locates a top-level
    package without running it."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vnnews needs underthesea: pip install 'underthesea>=9,<10'")
    return Path(spec.submodule_search_locations[0]).joinpath(*parts)


@cache
def sentence_splitter() -> Callable[[str], list[str]]:
    """`underthesea.sent_tokenize`. Its module imports nothing from the package (it reads
    its parameters from the JSON file beside it), so it is loaded on its own, under a
    name of ours: `sys.modules["underthesea"]` is left alone for whoever imports it."""
    spec = importlib.util.spec_from_file_location("pipeline._underthesea_sent_tokenize",
                                                  package_file(*_SENT_TOKENIZE))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sent_tokenize


def _constant(parts: tuple[str, ...], name: str) -> Any:
    """The value a module's top-level assignments give `name`. Only the assignments up to
    it run; the module's imports, which pull in the whole package, do not (its constants
    are built from literals and each other)."""
    path = package_file(*parts)
    assignments = [node for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.Assign)]
    values: dict[str, Any] = {}
    try:
        for node in assignments:
            exec(compile(ast.Module([node], type_ignores=[]), str(path), "exec"), values)  # the package's own code
            if name in values:
                return values[name]
    except NameError as err:  # a constant now built from an import
        raise LookupError(f"{path.name}: {name} not found ({err})") from err
    raise LookupError(f"{path.name}: {name} not found")


@cache
def syllable_pattern() -> str:
    """The regular expression (verbose) of underthesea's regex tokenizer: its syllables,
    numbers, dates, URLs and symbols, in its order of priority."""
    return _constant(_REGEX_TOKENIZE, "regex_patterns_combine")


@cache
def _normalisation_tables() -> dict[str, dict[str, str]]:
    """{"character": ..., "token": ...} from the rules file its text normaliser names;
    joblib wrote it as a plain pickle, which the C unpickler reads without joblib."""
    rules = _constant(_TEXT_NORMALIZER, "rule_file")
    return pickle.loads(package_file(*_TEXT_NORMALIZER[:-1], rules).read_bytes())


def spelling_fixes() -> dict[str, str]:
    """Misspelt tokens and their standard spelling (`nghành` -> `ngành`)."""
    return _normalisation_tables()["token"]


def normalise_characters(text: str) -> str:
    """What underthesea's `normalize_characters_in_text` does: NFC, then the non-standard
    characters of its table replaced (`ð` -> `đ`)."""
    text = unicodedata.normalize("NFC", text)
    for odd, standard in _normalisation_tables()["character"].items():
        text = text.replace(odd, standard)
    return text
