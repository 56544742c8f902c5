"""vnnews: scraped Vietnamese news pages in, clean and trustworthy data out.

From Python (see the README's "Use from Python"):

    import pipeline
    record = pipeline.extract(text)                   # one page -> its JSON record
    for record in pipeline.extract_many(pages, jobs=2):  # many, in worker processes
        ...
    tables = pipeline.read_outputs("extracted")       # an output folder -> DataFrames
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["PageError", "__version__", "extract", "extract_file", "extract_many", "read_outputs", "to_json"]

if TYPE_CHECKING:
    from pipeline.api import PageError, extract, extract_file, extract_many, read_outputs, to_json


def __getattr__(name: str) -> Any:
    """The API is imported on first use, so that `vnnews --help` and the workers do not
    pay for it."""
    if name in __all__:
        from pipeline import api  # noqa: PLC0415

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
