"""``python -m crawlers`` is ``adsweep``."""

import sys

from crawlers.cli import main

sys.exit(main())
