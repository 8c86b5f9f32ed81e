"""Entry point for ``python -m cmt_desktop``."""

import sys

from cmt_desktop.cli import main

sys.exit(main())
