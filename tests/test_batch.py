"""Batch ingest survives kill -9 and bad files: nothing committed is lost, a re-run resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from lagebild.batch import ingest_paths
from lagebild.store import Store

SAMPLE = (
    "SAMPLE — fictional article {n}\n\nFähre {n} legt in Velmora an\n\n"
    "Die Fähre Nummer {n} hat am Morgen in Velmora angelegt, teilte die Hafenbehörde mit. "
    "An Bord waren {n} Passagiere und zahlreiche Fahrzeuge, die nach Orlan weiterreisen.\n\n"
    "Der Hafenmeister sagte, der Betrieb laufe normal. Weitere Fähren folgen am Nachmittag.\n"
)


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"fahre_{i:04d}.txt").write_text(SAMPLE.format(n=i), encoding="utf-8")


def test_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    _write_corpus(corpus, 3)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    store = Store(str(tmp_path / "s.db"))
    report = ingest_paths(store, [str(corpus)])
    assert len(report.new_articles) == 3
    assert {Path(f.source).name for f in report.failures} == {"empty.txt", "image.txt"}
    assert store.stats()["quarantined"] == 2


def test_reingest_is_a_no_op(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    _write_corpus(corpus, 4)
    store = Store(str(tmp_path / "s.db"))
    first = ingest_paths(store, [str(corpus)])
    second = ingest_paths(store, [str(corpus)])
    assert len(first.new_articles) == 4
    assert (second.new_articles, second.unchanged) == ([], 4)


def test_killed_ingest_loses_nothing_and_resumes(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    _write_corpus(corpus, 600)
    db = tmp_path / "s.db"
    code = (
        "import sys; from lagebild.store import Store; from lagebild.batch import ingest_documents; "
        "from lagebild.ingest import iter_inputs\n"
        "import time\n"
        "def slow(it):\n"
        "    for x in it:\n"
        "        time.sleep(0.004); yield x\n"
        f"ingest_documents(Store({str(db)!r}), slow(iter_inputs([{str(corpus)!r}])), commit_every=20)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(Path.cwd())}, start_new_session=True
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.2)
        if db.exists() and Store(str(db)).stats()["articles"] >= 100:
            break
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its cleaning workers, as a kill of the job would
    proc.wait()
    store = Store(str(db))
    committed = store.stats()["articles"]
    assert 0 < committed < 600, "the kill should land midway"
    report = ingest_paths(store, [str(corpus)])
    assert report.unchanged == committed
    assert store.stats()["articles"] == 600 == store.stats()["raw_documents"]
