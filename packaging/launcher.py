"""Entry script of the PyInstaller bundle: the same ``main()`` as the ``cmt-desktop`` command."""

import sys

from cmt_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
