"""vnnews: scraped Vietnamese news pages in, clean and trustworthy data out."""

__version__ = "0.1.0"
