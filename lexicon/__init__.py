"""adsweep room."""
