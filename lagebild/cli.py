"""The `lagebild` command. Thin: each command parses arguments, calls a library function, prints.

Only this module turns errors into messages and exit codes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from lagebild.errors import InputError, LagebildError

app = typer.Typer(
    help="lagebild: turn raw news files into a situation picture (ingest, clean, analyze, stories, serve).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

T = TypeVar("T")


class Fmt(str, Enum):
    table = "table"
    json = "json"


class DossierFmt(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"


DbOpt = Annotated[
    str,
    typer.Option("--db", envvar="LAGEBILD_DB", help="SQLite path or postgresql:// URL of the store."),
]
FmtOpt = Annotated[Fmt, typer.Option("--format", "-f", help="table for people, json for programs.")]


def _fail(message: str, code: int = 1) -> None:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except LagebildError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted; committed work is kept, re-run to resume", 130)


def _open(db: str) -> Any:
    from lagebild.store import Store

    return Store(db)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _with_progress(label: str, fn: Callable[[Callable[[str], None]], T]) -> T:
    if not console.is_terminal:
        return fn(lambda _s: None)
    with Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed} done"),
        TextColumn("{task.fields[current]}", style="dim"), TimeElapsedColumn(), console=err_console, transient=True,
    ) as prog:
        task = prog.add_task(label, total=None, current="")

        def tick(source: str) -> None:
            prog.update(task, advance=1, current=source[-60:])

        return fn(tick)


# ---- ingest and clean ---------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or globs: .txt .html .xml/.rss/.atom .warc(.gz) .jsonl, .gz")],
    db: DbOpt = "lagebild.db",
    fetch: Annotated[bool, typer.Option(help="Fetch pages that feeds only link to.")] = False,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching from private or loopback addresses.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest input file accepted, in bytes.")] = 50_000_000,
    analyze_: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Run analysis and story clustering too.")] = True,
    format: FmtOpt = Fmt.table,
) -> None:
    """Ingest news files into the store; bad files are reported and quarantined, the rest goes on."""
    from lagebild.batch import ingest_paths

    with _errors():
        store = _open(db)
        report = _with_progress(
            "ingest", lambda tick: ingest_paths(store, paths, fetch=fetch, allow_private=allow_private, max_bytes=max_bytes, progress=tick)
        )
        extra: dict[str, Any] = {}
        if analyze_ and report.new_articles:
            extra = _analyze_and_cluster(store, report.new_articles)
        if format is Fmt.json:
            _print_json({**report.to_dict(), **extra})
            return
        console.print(
            f"[green]{len(report.new_articles)} new articles[/], {report.unchanged} already stored, "
            f"{report.duplicates} duplicate texts, [red]{len(report.failures)} failed[/] "
            f"(of {report.seen} inputs) → {store.url}"
        )
        if extra:
            console.print(f"analysed {extra.get('analysed', 0)}, stories touched {extra.get('stories', 0)}")
        for f in report.failures:
            console.print(f"  [red]✗[/] {f.source}: {f.reason}", highlight=False, markup=False)


def _analyze_and_cluster(store: Any, ids: list[int]) -> dict[str, Any]:
    from lagebild.jobs import analyze_stored, update_stories

    analysed = _with_progress("analyze", lambda tick: analyze_stored(store, ids, progress=tick))
    touched = update_stories(store)
    return {"analysed": analysed, "stories": touched}


@app.command()
def clean(
    file: Annotated[Path, typer.Argument(help="One .txt dump, .html page or .jsonl line file.")],
    format: FmtOpt = Fmt.json,
) -> None:
    """Clean one file without a store: one file in, one article out."""
    from lagebild.clean.dispatch import clean_document
    from lagebild.ingest import iter_inputs
    from lagebild.records import Failure

    with _errors():
        if not file.exists():
            raise InputError(f"no such file: {file}")
        docs = list(iter_inputs([str(file)]))
        articles = []
        for d in docs:
            if isinstance(d, Failure):
                raise InputError(f"{d.source}: {d.reason}")
            articles.append(clean_document(d).to_dict())
        if not articles:
            raise InputError(f"{file}: no document found")
        out = articles[0] if len(articles) == 1 else articles
        if format is Fmt.json:
            _print_json(out)
        else:
            for a in articles:
                _print_article(a)


@app.command()
def reclean(db: DbOpt = "lagebild.db") -> None:
    """Re-run cleaning on the stored raw input, e.g. after an upgrade."""
    from lagebild.batch import reclean as run

    with _errors():
        store = _open(db)
        rep = _with_progress("reclean", lambda tick: run(store, progress=tick))
        console.print(f"{rep.changed} changed, {rep.unchanged} unchanged, {len(rep.failures)} failed")
        if rep.changed:
            from lagebild.jobs import analyze_stored, update_stories

            analyze_stored(store, None, only_missing=True)
            update_stories(store)


# ---- listing ------------------------------------------------------------------------------------------


@app.command()
def articles(
    db: DbOpt = "lagebild.db",
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    language: Annotated[str | None, typer.Option(help="Only this language (ISO code).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    limit: int = 100,
    offset: int = 0,
    format: FmtOpt = Fmt.table,
) -> None:
    """List stored articles."""
    with _errors():
        rows = _open(db).list_articles(outlet=outlet, language=language, since=since, until=until, limit=limit, offset=offset)
        if format is Fmt.json:
            _print_json([r.to_dict() for r in rows])
            return
        t = Table("id", "outlet", "published", "lang", "title")
        for r in rows:
            t.add_row(str(r.id), r.outlet or "", r.published or "", r.language or "", r.title or "")
        console.print(t)


@app.command()
def show(
    article_id: Annotated[int, typer.Argument(help="Article id from `lagebild articles`.")],
    db: DbOpt = "lagebild.db",
    format: FmtOpt = Fmt.table,
) -> None:
    """Show one clean article and what was removed from it."""
    with _errors():
        store = _open(db)
        art = store.get_article(article_id)
        if art is None:
            raise InputError(f"no article with id {article_id}; see `lagebild articles`")
        d = art.to_dict()
        d["id"] = article_id
        if format is Fmt.json:
            d["analysis"] = store.get_analysis(article_id)
            _print_json(d)
        else:
            _print_article(d)


def _print_article(d: dict[str, Any]) -> None:
    meta = " · ".join(str(x) for x in (d.get("outlet"), d.get("published"), d.get("language"), d.get("author")) if x)
    if d.get("kicker"):
        console.print(f"[dim]{d['kicker']}[/]", markup=True, highlight=False)
    console.print(f"[bold]{d.get('title') or '(no title)'}[/]", highlight=False)
    console.print(f"[dim]{meta}[/]", highlight=False)
    for b in d.get("bullets", []):
        console.print(f"  • {b}", markup=False, highlight=False)
    if d.get("lede"):
        console.print(f"\n[italic]{_esc(d['lede'])}[/]", highlight=False)
    for p in d.get("paragraphs", []):
        console.print(f"\n[bold]{_esc(p['text'])}[/]" if p["kind"] == "subhead" else "\n" + _esc(p["text"]), highlight=False)
    for c in d.get("captions", []):
        console.print(f"\n[dim]Bild: {_esc(c)}[/]", highlight=False)
    for p in d.get("provenance", []):
        console.print(f"[cyan]provenance[/] {p['kind']}: {_esc(p.get('outlet') or '')} — {_esc(p['text'])}", highlight=False)
    removed = d.get("removed", [])
    if removed:
        console.print(f"\n[red]removed {len(removed)} lines:[/]")
        for line in removed:
            console.print(f"  [red]-[/] {_esc(line)}", highlight=False)


def _esc(s: str) -> str:
    from rich.markup import escape

    return escape(s)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words that must all occur.")],
    db: DbOpt = "lagebild.db",
    limit: int = 20,
    format: FmtOpt = Fmt.table,
) -> None:
    """Full-text search over titles and bodies."""
    with _errors():
        hits = _open(db).search(query, limit=limit)
        if format is Fmt.json:
            _print_json([{**r.to_dict(), "snippet": snip} for r, snip in hits])
            return
        t = Table("id", "outlet", "published", "title", "snippet")
        for r, snip in hits:
            t.add_row(str(r.id), r.outlet or "", r.published or "", r.title or "", snip.replace("\n", " "))
        console.print(t)


@app.command()
def quarantine(db: DbOpt = "lagebild.db", limit: int = 100, format: FmtOpt = Fmt.table) -> None:
    """Inputs that failed, with the reason."""
    with _errors():
        rows = _open(db).quarantined(limit)
        if format is Fmt.json:
            _print_json(rows)
            return
        t = Table("id", "stage", "source", "reason")
        for r in rows:
            t.add_row(str(r["id"]), r["stage"], r["source"], r["reason"])
        console.print(t)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", envvar="LAGEBILD_DB", help="Store to fill.")] = "lagebild-demo.db",
) -> None:
    """Run the whole pipeline on the bundled sample corpus and summarise it."""
    from lagebild.samples import sample_paths

    paths = [str(p) for p in sample_paths()]
    console.print(f"[bold]lagebild demo[/]: {len(paths)} sample files (fictional, written for lagebild) → {db}")
    ingest(paths, db=db, fetch=False, allow_private=False, max_bytes=50_000_000, analyze_=True, format=Fmt.table)
    articles(db=db, outlet=None, language=None, since=None, until=None, limit=100, offset=0, format=Fmt.table)
    _demo_summary(db)


def _demo_summary(db: str) -> None:
    with _errors():
        store = _open(db)
        stories_ = store.list_stories(order="largest", limit=10)
        t = Table("story", "articles", "independent", "outlets", "languages", "title", title="Stories")
        for s in stories_:
            t.add_row(
                s["id"], str(s.get("article_count")), str(s.get("independent_count")),
                ", ".join(s.get("outlets", [])), ", ".join(s.get("languages", [])), s.get("title") or "",
            )
        console.print(t)
        ents = store.list_entities(limit=10)
        t = Table("entity", "type", "kb", "articles", "outlets", title="Top entities")
        for e in ents:
            t.add_row(e["name"], e["type"], e["kb_id"] or "", str(e["articles"]), str(e["outlets"]))
        console.print(t)
        console.print(f"Next: `lagebild stories --db {db}`, `lagebild story ID --db {db}`, `lagebild serve --db {db}`")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
