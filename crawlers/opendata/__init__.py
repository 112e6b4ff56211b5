"""Public-data files as a source family (``family: opendata``): CSV/XLSX/JSON files and data.go.kr OpenAPIs.

- ``mapping.py``: field mappings (ready ones in ``config/opendata.yaml``) and a row → raw record;
- ``readers.py``: a file's bytes → rows (format and encoding detected; CP949 is common);
- ``api.py``: data.go.kr-style OpenAPI responses → rows, total count and result code;
- ``schema.py``: validation of a source's ``opendata`` block.

The spider is ``crawlers/spiders/opendata.py``.
"""
