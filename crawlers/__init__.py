"""The Scrapy project, spiders, the demo web and the adsweep CLI."""
