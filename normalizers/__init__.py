"""Pure functions from scraped text to typed values. No I/O beyond reading the tables in ``config/``."""
