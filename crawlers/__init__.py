"""Scrapy project: one spider per site family, emitting raw string records."""
