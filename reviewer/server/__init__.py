"""The HTTP API and the paste-a-draft page behind ``reviewer serve``.

``create_app()`` builds the ASGI app (FastAPI). Nothing outside this package
imports it at start-up, so the linter never pays for the web stack.
"""

from .app import create_app

__all__ = ["create_app"]
