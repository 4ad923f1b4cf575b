"""The reviewer: a triage web app (FastAPI + Jinja2) on the store contract.

``reviewer.app.create_app(store, config)`` builds the ASGI app; ``adsweep serve`` runs it.
Pages live in ``reviewer/pages/`` (one module each), templates in ``reviewer/templates/``,
the little JavaScript there is in ``reviewer/static/``. See ``docs/reviewer.md``.
"""
