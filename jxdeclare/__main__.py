"""``python -m jxdeclare`` starts the desktop app."""

import sys

from jxdeclare.ui.app import main

sys.exit(main())
