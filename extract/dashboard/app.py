"""The dashboard's Flask app: its routes, the pages' rendering and their .csv and .json twins.

Every page is rendered on the server from bound SQL; each has a .csv and a .json twin (the same
URL with the suffix) holding its tables. A connection is opened read-only for each request and
closed after it, so a running dashboard never holds a lock that would stop `claimkb ingest`.

Pages speak Chinese unless English is asked for (?lang=en, remembered in a cookie, or `serve --lang en`);
their words come from ui_strings.tsv (ui_text.py). The twins are the same in every language: their keys
and values are the data's, their error messages English.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

import duckdb
import pandas as pd
from flask import Flask, Response, g, render_template, request
from markupsafe import Markup

from extract import store
from extract.dashboard import pages
from extract.dashboard.labels import cell_text, marked_mention, qualifier_word
from extract.dashboard.pages import BadRequest, NotFound, Page, PageError
from extract.dashboard.ui_text import DEFAULT_LANGUAGE, HTML_LANG, LANGUAGES, UiText, chosen_language
from extract.exports.writers import write_csv_rows
from extract.tables import without_missing
from extract.version import rules_version

__all__ = ["create_app"]

# On every response, pages and twins alike: scripts, styles and images from the dashboard itself only
# (it has no inline script or style; its charts are inline SVG drawn with attributes), no plugins, no
# <base>, no framing by another site, forms sent back to it; so markup from a feed that slipped past the
# escaping would still run nothing. With nosniff, a CSV or JSON twin is never taken for HTML.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
    " base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


LANGUAGE_COOKIE = "claimkb_lang"


def create_app(db: str | Path, language: str = DEFAULT_LANGUAGE) -> Flask:
    """The dashboard over `db`, its pages in `language` (zh or en) unless a reader chooses the other."""
    app = Flask(__name__)
    app.config["CLAIMKB_DB"] = str(db)
    app.json.ensure_ascii = False
    app.add_template_filter(qualifier_word, "qualifier_word")
    app.add_template_filter(cell_text, "cell_text")
    app.add_template_filter(marked_mention, "marked_mention")

    def failure(fmt: str | None, title: str, message: str | PageError, status: int) -> Response | tuple[str, int]:
        """An error as the page's kind asked for it: JSON for a .json twin, text for .csv (both in English,
        whatever the language), else HTML in the page's language. `title` is a ui_strings key; `message`
        is a page's own error (its words in ui_strings), or a message from below (the store, DuckDB) as said."""
        if fmt in ("json", "csv"):
            english = UiText("en").plain(title)
            if fmt == "csv":
                return Response(f"{english}: {message}\n", status=status, mimetype="text/plain")
            body = json.dumps({"error": english, "message": str(message), "status": status}, ensure_ascii=False)
            return Response(body, status=status, mimetype="application/json")
        text: UiText = g.text
        if isinstance(message, PageError):
            shown = text(message.key, **{name: _as_code(text, name, value) for name, value in message.values.items()})
        else:
            shown = Markup('<span translate="no">{}</span>').format(message)
        return render_template("error.html", title=text(title), message=shown), status

    def show(build: Callable[..., Page], fmt: str | None, *args: str) -> Response | tuple[str, int]:
        try:
            con = store.connect(app.config["CLAIMKB_DB"], sandboxed=True)
        except store.StoreError as err:
            return failure(fmt, "error.db_unavailable", str(err), 503)
        try:
            page = build(con, request.args, *args, text=g.text)
            if fmt is None:  # what only the HTML page shows, worked out while the connection is open
                page.context.update({name: make() for name, make in page.context.pop("deferred", {}).items()})
        except NotFound as err:
            return failure(fmt, "error.not_found", err, 404)
        except BadRequest as err:
            return failure(fmt, "error.bad_request", err, 400)
        except duckdb.Error as err:
            damage = store.file_failure(err)  # the file's failure, not the page's
            if damage is not None:
                return failure(fmt, "error.db_unavailable", f"{app.config['CLAIMKB_DB']}: {damage}", 503)
            return failure(fmt, "error.query_failed", str(err).splitlines()[0], 500)
        finally:
            con.close()
        if page.context.get("error") and fmt in ("json", "csv"):  # a failed named query: no empty 200 twin
            return failure(fmt, "error.query_failed", str(page.context["error"]), 400)
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

    @app.before_request
    def words() -> None:
        """The page's language: ?lang= when it names one, else the reader's cookie, else the app's."""
        g.text = UiText(chosen_language(request.args.get("lang"), request.cookies.get(LANGUAGE_COOKIE), language))

    @app.after_request
    def guarded(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        asked = request.args.get("lang")
        if asked in LANGUAGES and asked != request.cookies.get(LANGUAGE_COOKIE):  # remembered for the next page
            response.set_cookie(LANGUAGE_COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
        return response

    @app.errorhandler(404)
    def no_such_page(_error: Exception) -> Response | tuple[str, int]:
        path = request.path
        fmt = "json" if path.endswith(".json") else "csv" if path.endswith(".csv") else None
        return failure(fmt, "error.not_found", NotFound("error.no_page", path=path), 404)

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

        text: UiText = g.text
        other = next(other for other in LANGUAGES if other != text.language)
        return {
            "twin": twin, "with_args": with_args, "version": rules_version(), "db_name": Path(db).name,
            "t": text, "label": text.label, "has": text.has, "language": text.language,
            "html_lang": HTML_LANG[text.language], "other_language": other, "other_html_lang": HTML_LANG[other],
        }  # fmt: skip

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
    """The request's own path and query with another page (and no language: a twin is the same in every one)."""
    path, _, query = full_path.partition("?")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in ("page", "lang")]
    args = kept + [("page", str(page))]
    return f"{path}?{urlencode(args)}"


def _as_code(text: UiText, name: str, value: object) -> Markup:
    """A value in an error message: a filter's name in the page's words; a code, a path or a reason as
    written (translate="no": it is what the URL or the database says, not the interface)."""
    if name == "name" and text.has("filter", value):
        return Markup(text.label("filter", value))
    return Markup('<code translate="no">{}</code>').format(value)


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
