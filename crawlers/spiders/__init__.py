"""One spider per site family (``crawlers.registry`` maps family names to these classes)."""
