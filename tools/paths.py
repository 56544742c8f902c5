"""Where a tool script finds the project's package, the other tools and, beside a developer's
clone, the reference scorer (../shared/tools): importing this module puts them on the path."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT.parent / "shared" / "tools", ROOT / "tools", ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
