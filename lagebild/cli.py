"""The `lagebild` command. Thin: each command parses arguments, calls a library function, prints.

Only this module turns errors into messages and exit codes.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
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


class Fmt(StrEnum):
    table = "table"
    json = "json"


class StoryEmbed(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class DossierFmt(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"


DbOpt = Annotated[
    str,
    typer.Option("--db", envvar="LAGEBILD_DB", help="SQLite path or postgresql:// URL of the store."),
]
OutletOpt = Annotated[str | None, typer.Option(help="Only this outlet.")]
SinceOpt = Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")]
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
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("LAGEBILD_DEBUG"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (set LAGEBILD_DEBUG=1 for the traceback)")


def _open(db: str) -> Any:
    from lagebild.store import Store

    return Store(db)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _with_progress(label: str, fn: Callable[[Callable[[str], None]], T]) -> T:
    if not console.is_terminal:
        return fn(lambda _s: None)
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} done"),
        TextColumn("{task.fields[current]}", style="dim"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as prog:
        task = prog.add_task(label, total=None, current="")

        def tick(source: str) -> None:
            prog.update(task, advance=1, current=source[-60:])

        return fn(tick)


# ---- ingest and clean ---------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders or globs: .txt .html .xml/.rss/.atom .warc(.gz) .jsonl, .gz")
    ],
    db: DbOpt = "lagebild.db",
    fetch: Annotated[bool, typer.Option(help="Fetch pages that feeds only link to.")] = False,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching from private or loopback addresses.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest input file accepted, in bytes.")] = 50_000_000,
    analyze_: Annotated[
        bool, typer.Option("--analyze/--no-analyze", help="Run analysis and story clustering too.")
    ] = True,
    story_embed: Annotated[
        StoryEmbed | None,
        typer.Option(
            help="How story clustering uses embeddings from now on: 'auto' (while articles in more than one "
            "language are in the window; a one-language stream stays fast), 'always' (every article, ~0.4 s "
            "each), 'never'. Default: the store's setting."
        ),
    ] = None,
    format: FmtOpt = Fmt.table,
) -> None:
    """Ingest news files into the store; bad files are reported and quarantined, the rest goes on."""
    from lagebild.batch import ingest_paths

    with _errors():
        store = _open(db)
        report = _with_progress(
            "ingest",
            lambda tick: ingest_paths(
                store, paths, fetch=fetch, allow_private=allow_private, max_bytes=max_bytes, progress=tick
            ),
        )
        extra: dict[str, Any] = {}
        if analyze_ and report.new_articles:
            extra = _analyze_and_cluster(store, report.new_articles, story_embed.value if story_embed else None)
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


def _analyze_and_cluster(store: Any, ids: list[int], embed: str | None = None) -> dict[str, Any]:
    from lagebild.jobs import analyze_stored, update_stories

    analysed = _with_progress("analyze", lambda tick: analyze_stored(store, ids, progress=tick))
    touched = update_stories(store, embed)
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
    outlet: OutletOpt = None,
    language: Annotated[str | None, typer.Option(help="Only this language (ISO code).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: int = 100,
    offset: int = 0,
    format: FmtOpt = Fmt.table,
) -> None:
    """List stored articles."""
    with _errors():
        rows = _open(db).list_articles(
            outlet=outlet, language=language, since=since, until=until, limit=limit, offset=offset
        )
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
        console.print(
            f"\n[bold]{_esc(p['text'])}[/]" if p["kind"] == "subhead" else "\n" + _esc(p["text"]), highlight=False
        )
    for c in d.get("captions", []):
        console.print(f"\n[dim]Bild: {_esc(c)}[/]", highlight=False)
    for p in d.get("provenance", []):
        console.print(
            f"[cyan]provenance[/] {p['kind']}: {_esc(p.get('outlet') or '')} — {_esc(p['text'])}", highlight=False
        )
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
                s["id"],
                str(s.get("article_count")),
                str(s.get("independent_count")),
                ", ".join(s.get("outlets", [])),
                ", ".join(s.get("languages", [])),
                s.get("title") or "",
            )
        console.print(t)
        ents = store.list_entities(limit=10)
        t = Table("entity", "type", "kb", "articles", "outlets", title="Top entities")
        for e in ents:
            t.add_row(e["name"], e["type"], e["kb_id"] or "", str(e["articles"]), str(e["outlets"]))
        console.print(t)
        console.print(f"Next: `lagebild stories --db {db}`, `lagebild story ID --db {db}`, `lagebild serve --db {db}`")


# ---- analysis -----------------------------------------------------------------------------------------


def _iter_analysis_inputs(inputs: list[str]) -> Iterator[Any]:
    """JSONL lines `{"id", "text", "language"?}` (from `-` or .jsonl files) or news files cleaned on the fly."""
    from lagebild.clean.dispatch import clean_document
    from lagebild.extract.pipeline import AnalysisInput
    from lagebild.ingest import iter_inputs
    from lagebild.records import Failure

    def from_lines(lines: Any, origin: str) -> Iterator[Any]:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = rec["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (ValueError, KeyError, TypeError) as exc:
                err_console.print(f"[red]skipped[/] {origin}:{n}: not a JSON object with a text field ({exc})")
                yield {"id": None, "error": f"{origin}:{n}: {exc}"}
                continue
            yield AnalysisInput(rec.get("id"), text, rec.get("language"), rec.get("published"), rec.get("outlet"))

    for inp in inputs:
        if inp == "-":
            yield from from_lines(sys.stdin, "stdin")
        elif inp.endswith((".jsonl", ".jsonl.gz")) and _looks_like_analysis_jsonl(inp):
            import gzip

            opener: Any = gzip.open if inp.endswith(".gz") else open
            with opener(inp, "rt", encoding="utf-8") as fh:
                yield from from_lines(fh, inp)
        else:
            for doc in iter_inputs([inp]):
                if isinstance(doc, Failure):
                    yield {"id": doc.source, "error": doc.reason}
                    continue
                try:
                    art = clean_document(doc)
                except LagebildError as exc:
                    yield {"id": doc.source, "error": str(exc)}
                    continue
                yield AnalysisInput.from_article(art, art.source_id or doc.source)


def _looks_like_analysis_jsonl(path: str) -> bool:
    import gzip

    opener: Any = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    rec = json.loads(line)
                except ValueError:
                    return False
                return isinstance(rec, dict) and "text" in rec and "html" not in rec
    return False


@app.command()
def analyze(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="JSONL files or - (stdin) with {id, text, language?}, or news files; none = stored articles."
        ),
    ] = None,
    db: DbOpt = "lagebild.db",
    ids: Annotated[str | None, typer.Option(help="Comma-separated stored article ids (default: all).")] = None,
    batch: Annotated[int, typer.Option(help="Texts per NER batch.")] = 64,
) -> None:
    """Analyse texts: entities, quotes, sources, quantities, dates. JSONL out, one line per input, in order."""
    from lagebild.extract.pipeline import analyze_batch

    with _errors():
        if inputs:
            buf: list[Any] = []

            def flush() -> None:
                good = [x for x in buf if not isinstance(x, dict)]
                results = iter(analyze_batch(good)) if good else iter(())
                for x in buf:
                    out = x if isinstance(x, dict) else next(results).to_dict()
                    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
                buf.clear()

            for item in _iter_analysis_inputs(inputs):
                buf.append(item)
                if len(buf) >= batch:
                    flush()
            flush()
            return
        from lagebild.jobs import analyze_stored

        store = _open(db)
        id_list = [int(x) for x in ids.split(",")] if ids else None
        analyze_stored(store, id_list)
        for i in id_list or store.article_ids():
            a = store.get_analysis(i)
            if a is not None:
                sys.stdout.write(json.dumps(a, ensure_ascii=False) + "\n")


@app.command()
def entities(
    db: DbOpt = "lagebild.db",
    type: Annotated[str | None, typer.Option("--type", help="PER, ORG, LOC or MISC.")] = None,
    limit: int = 50,
    offset: int = 0,
    format: FmtOpt = Fmt.table,
) -> None:
    """Entities across the store, with counts of articles and outlets."""
    with _errors():
        rows = _open(db).list_entities(type_=type, limit=limit, offset=offset)
        if format is Fmt.json:
            _print_json(rows)
            return
        t = Table("entity", "type", "key", "kb", "articles", "outlets", "mentions")
        for e in rows:
            t.add_row(
                e["name"],
                e["type"],
                e["key"],
                e["kb_id"] or "",
                str(e["articles"]),
                str(e["outlets"]),
                str(e["mentions"]),
            )
        console.print(t)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="A name, variant, key or KB id.")],
    db: DbOpt = "lagebild.db",
    format: FmtOpt = Fmt.table,
) -> None:
    """One entity with its variants, roles and articles."""
    with _errors():
        d = _open(db).entity_detail(name)
        if d is None:
            raise InputError(f"no entity named {name!r}; see `lagebild entities`")
        if format is Fmt.json:
            _print_json(d)
            return
        console.print(
            f"[bold]{_esc(d['name'])}[/] ({d['type']}) key={d['key']} kb={d['kb_id'] or '-'}", highlight=False
        )
        console.print("variants: " + _esc(", ".join(d["variants"])), highlight=False)
        if d["roles"]:
            console.print("roles: " + _esc("; ".join(d["roles"])), highlight=False)
        t = Table("article", "outlet", "published", "mentions", "title")
        for a in d["articles"]:
            t.add_row(str(a["id"]), a["outlet"] or "", a["published"] or "", str(a["mentions"]), a["title"] or "")
        console.print(t)


@app.command()
def quotes(
    db: DbOpt = "lagebild.db",
    speaker: Annotated[str | None, typer.Option(help="Speaker text contains this.")] = None,
    entity: Annotated[str | None, typer.Option(help="Speaker entity key.")] = None,
    outlet: OutletOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: int = 100,
    offset: int = 0,
    format: FmtOpt = Fmt.table,
) -> None:
    """Quotes across the store, filterable by speaker, entity, outlet and date."""
    with _errors():
        rows = _open(db).list_quotes(
            speaker=speaker, entity=entity, outlet=outlet, since=since, until=until, limit=limit, offset=offset
        )
        if format is Fmt.json:
            _print_json(rows)
            return
        t = Table("article", "kind", "speaker", "channel", "quote")
        for q in rows:
            who = (q["speaker"] or "?") + (" (anon.)" if q["anonymous"] else "")
            t.add_row(str(q["article_id"]), q["kind"], who, q["channel"] or "", q["text"][:160])
        console.print(t)


@app.command()
def sources(
    article_id: Annotated[int, typer.Argument(help="Article id.")],
    db: DbOpt = "lagebild.db",
    format: FmtOpt = Fmt.table,
) -> None:
    """The article's sourcing chain as a tree: outlet -> media it cites -> their sources."""
    from rich.tree import Tree

    with _errors():
        store = _open(db)
        row = store.get_article_row(article_id)
        analysis = store.get_analysis(article_id)
        if row is None:
            raise InputError(f"no article with id {article_id}")
        if analysis is None:
            raise InputError(f"article {article_id} is not analysed yet; run `lagebild analyze --ids {article_id}`")
        srcs = analysis.get("sources", [])
        if format is Fmt.json:
            _print_json(srcs)
            return
        quotes_ = analysis.get("quotes", [])
        root = Tree(f"[bold]{_esc(row.outlet or 'this article')}[/] — {_esc(row.title or '')}")
        nodes: dict[str | None, Any] = {None: root}
        pending = list(srcs)
        while pending:
            progressed = False
            for src in list(pending):
                if src.get("parent") in nodes:
                    label = f"{_esc(src['name'])} [dim]({src['type']})[/]"
                    if src.get("statements"):
                        label += f" [green]{len(src['statements'])} statements[/]"
                    node = nodes[src.get("parent")].add(label)
                    for qi in src.get("statements", [])[:5]:
                        if 0 <= qi < len(quotes_):
                            node.add(f"[dim]„{_esc(quotes_[qi]['text']['text'][:100])}“[/]")
                    nodes[src["id"]] = node
                    pending.remove(src)
                    progressed = True
            if not progressed:  # parents missing: attach to the root rather than drop
                for src in pending:
                    nodes[src["id"]] = root.add(f"{_esc(src['name'])} [dim]({src['type']})[/]")
                pending = []
        console.print(root)


# ---- stories ------------------------------------------------------------------------------------------


class Order(StrEnum):
    newest = "newest"
    largest = "largest"


@app.command()
def stories(
    db: DbOpt = "lagebild.db",
    order: Annotated[Order, typer.Option(help="newest or largest first.")] = Order.newest,
    min_articles: Annotated[int, typer.Option(help="Hide stories with fewer articles.")] = 1,
    limit: int = 50,
    offset: int = 0,
    format: FmtOpt = Fmt.table,
) -> None:
    """Stories: articles about one event across outlets and languages."""
    with _errors():
        store = _open(db)
        rows = store.list_stories(order=order.value, min_articles=min_articles, limit=limit, offset=offset)
        if format is Fmt.json:
            out = []
            for s_ in rows:
                ids_ = store.story_article_ids(s_["id"])
                arts = [store.get_article_row(i) for i in ids_]
                out.append({**s_, "articles": [{"id": a.id, "source_id": a.source_id} for a in arts if a]})
            _print_json(out)
            return
        t = Table("story", "articles", "indep.", "first seen", "last seen", "outlets", "lang", "title")
        for s_ in rows:
            t.add_row(
                s_["id"],
                str(s_.get("article_count")),
                str(s_.get("independent_count")),
                s_.get("first_seen") or "",
                s_.get("last_seen") or "",
                ", ".join(s_.get("outlets", [])),
                ",".join(s_.get("languages", [])),
                s_.get("title") or "",
            )
        console.print(t)


def story_dossier(store: Any, story_id: str) -> dict[str, Any]:
    from lagebild.stories.dossier import build_dossier

    summary = store.get_story(story_id)
    if summary is None:
        raise InputError(f"no story {story_id!r}; see `lagebild stories`")
    ids_ = store.story_article_ids(story_id)
    arts = store.get_articles(ids_)
    analyses = [_analysis_from(store.get_analysis(i)) for i in ids_]
    dossier = build_dossier([arts[i] for i in ids_], analyses, ids_)
    return {"story": summary, **dossier}


def _analysis_from(d: dict[str, Any] | None) -> Any:
    from lagebild.records import analysis_from_dict

    return analysis_from_dict(d) if d else None


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id from `lagebild stories`.")],
    db: DbOpt = "lagebild.db",
    format: Annotated[DossierFmt, typer.Option("--format", "-f")] = DossierFmt.table,
) -> None:
    """The story dossier: outlets, copies, translations, shared / unique / conflicting facts, quotes."""
    from lagebild.stories.render import render_dossier_html, render_dossier_markdown

    with _errors():
        d = story_dossier(_open(db), story_id)
        if format is DossierFmt.json:
            _print_json(d)
        elif format is DossierFmt.markdown:
            sys.stdout.write(render_dossier_markdown(d))
        elif format is DossierFmt.html:
            sys.stdout.write(render_dossier_html(d))
        else:
            from rich.markdown import Markdown

            console.print(Markdown(render_dossier_markdown(d)))


@app.command()
def compare(
    a: Annotated[int, typer.Argument(help="First article id.")],
    b: Annotated[int, typer.Argument(help="Second article id.")],
    db: DbOpt = "lagebild.db",
    format: FmtOpt = Fmt.table,
) -> None:
    """Two articles side by side: what they share, what each adds, where they differ."""
    from lagebild.api.errors import ApiError
    from lagebild.api.services import compare_stored

    with _errors():
        store = _open(db)
        try:
            res = compare_stored(store, a, b)
        except ApiError as e:
            raise InputError(e.message) from None
        if format is Fmt.json:
            _print_json(res)
            return
        from rich.markdown import Markdown

        from lagebild.stories.render import render_comparison_markdown

        console.print(Markdown(render_comparison_markdown(res)))


@app.command()
def serve(
    db: DbOpt = "lagebild.db",
    host: Annotated[str, typer.Option(help="Address to bind; anything but loopback requires a token.")] = "127.0.0.1",
    port: int = 8765,
    token: Annotated[str | None, typer.Option(envvar="LAGEBILD_TOKEN", help="Access token for every request.")] = None,
) -> None:
    """Serve the store as a web UI and REST API (OpenAPI at /docs)."""
    from lagebild.api.server import run

    with _errors():
        if host not in ("127.0.0.1", "localhost", "::1") and not token:
            raise InputError(f"binding to {host} exposes the store: give --token or set LAGEBILD_TOKEN")
        run(db, host=host, port=port, token=token)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
