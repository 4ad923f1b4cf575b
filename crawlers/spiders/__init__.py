"""adsweep's spiders: ``sweep`` (generic, in-host, depth-limited; the ``ads`` kind) and kin."""
