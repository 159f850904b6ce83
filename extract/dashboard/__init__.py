"""`claimkb serve`: a local, read-only web dashboard over the knowledge base (Flask + Jinja2; app.py).

The app loads pandas, Flask and every page's code, half a second: `DeferredApp` lets the server listen at
once and builds the app beside it, so `claimkb serve` answers its first request as soon as it can and says
where it listens without waiting for them (issue 32).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.dashboard.ui_text import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from flask import Flask

__all__ = ["create_app", "DeferredApp"]


def create_app(db: str | Path, language: str = DEFAULT_LANGUAGE) -> Flask:
    """The dashboard over `db`, its pages in `language` (zh or en) unless a reader chooses the other."""
    from extract.dashboard.app import create_app

    return create_app(db, language)


class DeferredApp:
    """A WSGI application that builds the dashboard's app in a thread as soon as it is made; a request
    that comes before it is ready waits for it."""

    def __init__(self, db: str | Path, language: str = DEFAULT_LANGUAGE) -> None:
        self._db = db
        self._language = language
        self._app: Flask | None = None
        self._failure: BaseException | None = None
        self._ready = threading.Event()
        threading.Thread(target=self._build, name="claimkb-dashboard-app", daemon=True).start()

    def _build(self) -> None:
        try:
            self._app = create_app(self._db, self._language)
        except BaseException as err:  # said on each request, not lost in a thread
            self._failure = err
        finally:
            self._ready.set()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        self._ready.wait()
        if self._app is None:
            raise RuntimeError("the dashboard could not be built") from self._failure
        return self._app(environ, start_response)
