"""The dashboard's Flask app: its routes, the pages' rendering and their .csv and .json twins.

Every page is rendered on the server from bound SQL; each has a .csv and a .json twin (the same
URL with the suffix) holding its tables. A connection is opened read-only for each request and
closed after it, so a running dashboard never holds a lock that would stop `claimkb ingest`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

import duckdb
import pandas as pd
from flask import Flask, Response, render_template, request

from extract import __version__, store
from extract.dashboard import pages
from extract.dashboard.labels import cell_text, marked_mention, qualifier_word
from extract.dashboard.pages import BadRequest, NotFound, Page
from extract.exports.writers import write_csv_rows
from extract.tables import without_missing

__all__ = ["create_app"]

# On every response, pages and twins alike: scripts, styles and images from the dashboard itself only
# (it has no inline script or style; its charts are inline SVG drawn with attributes), no plugins, no
# <base>, no framing by another site, forms sent back to it; so markup from a feed that slipped past the
# escaping would still run nothing. With nosniff, a CSV or JSON twin is never taken for HTML.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
    " base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(db: str | Path) -> Flask:
    app = Flask(__name__)
    app.config["CLAIMKB_DB"] = str(db)
    app.json.ensure_ascii = False
    app.add_template_filter(qualifier_word, "qualifier_word")
    app.add_template_filter(cell_text, "cell_text")
    app.add_template_filter(marked_mention, "marked_mention")

    def failure(fmt: str | None, title: str, message: str, status: int) -> Response | tuple[str, int]:
        """An error as the page's kind asked for it: JSON for a .json twin, text for .csv, else HTML."""
        if fmt == "json":
            body = json.dumps({"error": title, "message": message, "status": status}, ensure_ascii=False)
            return Response(body, status=status, mimetype="application/json")
        if fmt == "csv":
            return Response(f"{title}: {message}\n", status=status, mimetype="text/plain")
        return render_template("error.html", title=title, message=message), status

    def show(build: Callable[..., Page], fmt: str | None, *args: str) -> Response | tuple[str, int]:
        try:
            con = store.connect(app.config["CLAIMKB_DB"], sandboxed=True)
        except store.StoreError as err:
            return failure(fmt, "Database unavailable", str(err), 503)
        try:
            page = build(con, request.args, *args)
            if fmt is None:  # what only the HTML page shows, worked out while the connection is open
                page.context.update({name: make() for name, make in page.context.pop("deferred", {}).items()})
        except NotFound as err:
            return failure(fmt, "Not found", str(err), 404)
        except BadRequest as err:
            return failure(fmt, "Bad request", str(err), 400)
        except duckdb.Error as err:
            damage = store.file_failure(err)  # the file's failure, not the page's
            if damage is not None:
                return failure(fmt, "Database unavailable", f"{app.config['CLAIMKB_DB']}: {damage}", 503)
            return failure(fmt, "Query failed", str(err).splitlines()[0], 500)
        finally:
            con.close()
        if page.context.get("error") and fmt in ("json", "csv"):  # a failed named query: no empty 200 twin
            return failure(fmt, "Query failed", str(page.context["error"]), 400)
        if fmt == "csv":
            return _csv(next(iter(page.tables.values())), page)
        if fmt == "json":
            body = {"title": page.title, "tables": {name: _records(t) for name, t in page.tables.items()}}
            paging = page.context.get("paging")
            if paging is not None:  # a paged list: how many in all, this page's size, where the next is
                body["total"], body["page"], body["page_size"] = paging.total, paging.page, paging.size
                body["next"] = _with_page(request.full_path, paging.page + 1) if paging.page < paging.pages else None
            return Response(json.dumps(body, ensure_ascii=False), mimetype="application/json")
        return render_template(page.template, page=page, **page.context)

    @app.after_request
    def guarded(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.errorhandler(404)
    def no_such_page(_error: Exception) -> Response | tuple[str, int]:
        path = request.path
        fmt = "json" if path.endswith(".json") else "csv" if path.endswith(".csv") else None
        return failure(fmt, "Not found", f"no page at {path}", 404)

    @app.context_processor
    def twins() -> dict[str, object]:
        def twin(fmt: str) -> str:
            path = "/overview" if request.path == "/" else request.path
            query = request.query_string.decode()
            return f"{path}.{fmt}" + (f"?{query}" if query else "")

        def with_args(**changes: object) -> str:
            args = {k: v for k, v in request.args.items() if k not in changes}
            args.update({k: str(v) for k, v in changes.items() if v not in (None, "")})
            return request.path + ("?" + "&".join(f"{k}={_quote(v)}" for k, v in args.items()) if args else "")

        return {"twin": twin, "with_args": with_args, "version": __version__, "db_name": Path(db).name}

    # each page at its path and, with .csv / .json after it, its twins
    routes: dict[str, Callable[..., Page]] = {
        "/overview": pages.overview,
        "/claims": pages.claims,
        "/source/<article_id>": pages.source,
        "/claim/<claim_id>": pages.claim,
        "/metric": pages.metric,
        "/checks": pages.checks,
        "/queries": pages.queries,
        "/queries/<name>": pages.query,
        "/sql": pages.sql,
    }
    for path, build in routes.items():
        view = _page_view(show, build)
        app.add_url_rule(path, build.__name__, view)
        app.add_url_rule(f"{path}.<any(csv, json):fmt>", build.__name__, view)
    app.add_url_rule("/", pages.overview.__name__, app.view_functions[pages.overview.__name__])

    return app


def _page_view(show: Callable[..., Response | tuple[str, int]], build: Callable[..., Page]) -> Callable[..., object]:
    """The view of one page: its path's arguments (an article id, a query name) go to the page."""

    def view(fmt: str | None = None, **path_arguments: str) -> Response | tuple[str, int]:
        return show(build, fmt, *path_arguments.values())

    return view


def _with_page(full_path: str, page: int) -> str:
    """The request's own path and query with another page."""
    path, _, query = full_path.partition("?")
    args = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "page"] + [("page", str(page))]
    return f"{path}?{urlencode(args)}"


def _quote(value: object) -> str:
    return quote(str(value), safe="")


def _records(frame: pd.DataFrame) -> list[dict]:
    return json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))


def _csv(frame: pd.DataFrame, page: Page) -> Response:
    """The same CSV as `claimkb export` writes (BOM for Excel and WPS, numbers bare)."""
    buffer = io.StringIO()
    rows = without_missing(frame).to_dict("records")
    write_csv_rows(buffer, [str(c) for c in frame.columns], rows)
    name = "".join(ch for ch in page.title if ch.isalnum() or ch in "-_") or "page"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{_quote(name)}.csv"},
    )
