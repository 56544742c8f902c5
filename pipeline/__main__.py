"""`python -m pipeline` is the `vnnews` command."""

import sys

from pipeline.cli import main

sys.exit(main())
