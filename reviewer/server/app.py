"""The app factory: API, page, offline API docs, limits, errors, security headers, the feedback store."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from .. import __version__, i18n
from ..config import Config
from ..lint.engine import Linter
from ..feedback import open_store
from ..llm import LLM, HOW_TO_CONFIGURE
from . import api, errors
from .auth import ANY_HOST, HostAllowList, require_token
from .headers import SecurityHeaders, docs_csp
from .limits import DEFAULT_MAX_BODY, BodyLimit
from .schemas import HealthOut
from .workers import Workers

STATIC_DIR = Path(__file__).resolve().parent / "static"

DESCRIPTION = """\
Lint and rewrite replies to unhappy customers (English and Russian).

Send `{"text": ..., "lang": "en" | "ru" (optional), "context": "the customer's message" (optional)}`.
Errors are JSON `{"error", "message", "details"}`. When the server runs with a token, every
`/v1` call needs `Authorization: Bearer <token>`.
"""


def create_app(
    config: Config | None = None, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY, allowed_hosts: Iterable[str] = (ANY_HOST,)
) -> FastAPI:
    """The ASGI app. ``token``: required on every ``/v1`` call when set. ``allowed_hosts``:
    the Host header values it answers ("*": any; `reviewer serve` passes the bound names)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.workers.close()
        app.state.llm.close()
        app.state.feedback.close()

    app = FastAPI(title="reply-reviewer", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.config = config or Config()
    app.state.linter = Linter(app.state.config)
    # one client for every rewrite (one connection pool); a bad [tool.reviewer.llm] fails now (ConfigError), not per request
    app.state.llm = LLM.from_config(app.state.config)
    app.state.workers = Workers()
    app.state.token = token
    app.state.feedback = _FeedbackStore(app.state.config)
    errors.install(app)
    app.include_router(api.router, prefix="/v1", tags=["api"], dependencies=[Depends(require_token)] if token else [])
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/docs/assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    # FastAPI's default /docs loads Swagger UI from a CDN; these assets ship in a package
    docs_html = get_swagger_ui_html(
        openapi_url=app.openapi_url.lstrip("/"),
        title="reply-reviewer API",
        swagger_js_url="docs/assets/swagger-ui-bundle.js",
        swagger_css_url="docs/assets/swagger-ui.css",
        swagger_favicon_url="docs/assets/favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None},
    ).body.decode()

    # The last added is the outermost: the headers go on every answer, the Host check comes before any work.
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(HostAllowList, hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders, docs_policy=docs_csp(docs_html))

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/i18n/{locale}.json", include_in_schema=False)
    def catalogue(locale: str) -> dict:
        """The page's words in ``locale``: the gettext catalogue the CLI uses, as JSON."""
        if locale not in i18n.LOCALES:
            raise HTTPException(status_code=404, detail=f"no locale {locale!r}")
        return i18n.catalogue(locale)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(docs_html)

    @app.get("/healthz", response_model=HealthOut, tags=["health"])
    async def healthz() -> dict:
        """Liveness: always open, even when the API needs a token; answered on the event loop, never behind queued work."""
        configured = app.state.llm.configured
        return {"status": "ok", "version": __version__, "llm_configured": configured, "llm_setup": None if configured else HOW_TO_CONFIGURE}

    return app


class _FeedbackStore:
    """The feedback store, opened by the first dismissal (a server nobody dismisses on creates no file)."""

    def __init__(self, config: Config):
        self.config = config
        self._store = None
        self._lock = threading.Lock()

    def __call__(self):
        with self._lock:
            if self._store is None:
                self._store = open_store(self.config)
            return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
