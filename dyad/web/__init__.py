"""Dyad's web face: a JSON API over the store and the coder, and pages built on it.

``create_app(db_path)`` returns the FastAPI application; ``dyad serve`` runs it with uvicorn. Every page
has a JSON route with the same records (``/article/{id}`` ↔ ``/articles/{id}``, ``/dashboard`` ↔ ``/dyads``
and ``/events``, ``/paste`` ↔ ``POST /extract``). Article text is untrusted: it reaches HTML only escaped.
"""

from dyad.web.app import DEFAULT_MAX_BODY_BYTES, annotate, create_app

__all__ = ["DEFAULT_MAX_BODY_BYTES", "annotate", "create_app"]
