"""Server-rendered pages for searchers, stewards and operators (Jinja2, Korean, progressive enhancement).

``hub.web.routes.router`` is picked up by ``hub.app.create_app``. Pages:

- ``/`` search, ``/facilities/{id}`` a golden record with provenance (public, work without JavaScript);
- ``/review`` and ``/review/log`` for stewards, ``/ops`` for operators (token login, signed cookie, CSRF).
"""
