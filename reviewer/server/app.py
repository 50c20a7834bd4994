"""The app factory: API, page, offline API docs, limits, errors."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from .. import __version__, i18n
from ..config import Config
from ..lint.engine import Linter
from ..llm.settings import LLMSettings
from . import api, errors
from .auth import require_token
from .limits import DEFAULT_MAX_BODY, BodyLimit
from .schemas import HealthOut

STATIC_DIR = Path(__file__).resolve().parent / "static"

# The page loads nothing but its own files and talks only to this server.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

DESCRIPTION = """\
Lint and rewrite replies to unhappy customers (English and Russian).

Send `{"text": ..., "lang": "en" | "ru" (optional), "context": "the customer's message" (optional)}`.
Errors are JSON `{"error", "message", "details"}`. When the server runs with a token, every
`/v1` call needs `Authorization: Bearer <token>`.
"""


def create_app(config: Config | None = None, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The ASGI app. ``token``: required on every ``/v1`` call when set."""
    app = FastAPI(title="reply-reviewer", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.config = config or Config()
    LLMSettings.from_config(app.state.config)  # a bad [tool.reviewer.llm] fails now (ConfigError), not per request
    app.state.linter = Linter(app.state.config)
    app.state.token = token
    errors.install(app)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.include_router(api.router, prefix="/v1", tags=["api"], dependencies=[Depends(require_token)] if token else [])
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/docs/assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"})

    @app.get("/i18n/{locale}.json", include_in_schema=False)
    def catalogue(locale: str) -> dict:
        """The page's words in ``locale``: the gettext catalogue the CLI uses, as JSON."""
        if locale not in i18n.LOCALES:
            raise HTTPException(status_code=404, detail=f"no locale {locale!r}")
        return i18n.catalogue(locale)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # FastAPI's default /docs loads Swagger UI from a CDN; these assets ship in a package
        return get_swagger_ui_html(
            openapi_url=app.openapi_url.lstrip("/"),
            title="reply-reviewer API",
            swagger_js_url="docs/assets/swagger-ui-bundle.js",
            swagger_css_url="docs/assets/swagger-ui.css",
            swagger_favicon_url="docs/assets/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/healthz", response_model=HealthOut, tags=["health"])
    def healthz() -> dict:
        """Liveness: always open, even when the API needs a token."""
        return {"status": "ok", "version": __version__, "llm_configured": LLMSettings.from_config(app.state.config).configured}

    return app
