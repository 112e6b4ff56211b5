"""Search index: the ``SearchBackend`` protocol and its embedded (tantivy) and Elasticsearch implementations."""
