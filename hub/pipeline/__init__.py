"""Pipeline stages: crawl → normalize → dedupe → index, each reading from and writing to the store."""
