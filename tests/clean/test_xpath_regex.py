"""The regex-free rewrite of EXSLT `re:test` selects exactly the elements the regex version selects."""

from __future__ import annotations

import gzip
import importlib.util
import itertools
import json
import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from lagebild.clean.xpath_regex import REGEXP_NS, native, rewrite, rewrite_call, rewrite_lists

NS = {"re": REGEXP_NS}

# Patterns of the shapes trafilatura uses, plus ones that must stay regular expressions.
PATTERNS = [
    "mvp-post-add-(?:box|wrap)|infinite-?scroll",
    "^(?:[Cc]omment(?!ary)|comol|disqus_thread)",
    "^comment[s-]",
    "post[-_]?content|^article |field-body",
    "notice[-_]{0,2}cookie",
    "a|",
    "^(?!x)",
    "(^|\\s)link(\\s|$)",
    "bottom$",
    "[^a]bc",
]
# Attribute values built from the patterns' own pieces, so that near misses are tried too.
PIECES = (
    ["", "comment", "Comments", "commentary", "Commentary-box", "comol", "x", "infinite-scroll", "infinitescroll"]
    + ["mvp-post-add-wrap", "post_content", "article teaser", "my article ", "link", "a link b", "bottom"]
    + ["bottom\n", "notice__cookie", "notice---cookie", "field-body", "abc", "bbc"]
)
VALUES = sorted({a + b for a, b in itertools.product(PIECES, repeat=2)})


def _page() -> etree._Element:
    root = etree.Element("root")
    for value in VALUES:
        etree.SubElement(root, "div", id=value)
        etree.SubElement(root, "div", {"class": value, "id": "q"})  # class first in document order
        etree.SubElement(root, "div", {"id": value, "class": "q"})
    etree.SubElement(root, "div")  # no attribute at all
    return root


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("attr", ["@id", "@id|@class"])
def test_rewrite_selects_the_same_elements(pattern: str, attr: str) -> None:
    root = _page()
    original = etree.XPath(f".//div[re:test({attr}, '{pattern}')]", namespaces=NS)
    rewritten = native(original)
    assert rewritten(root) == original(root)
    expected = [el for el in root.iter("div") if re.search(pattern, el.get("id") or "")]
    if attr == "@id":
        assert original(root) == expected  # the regex version is the reference the test trusts


def test_which_patterns_are_rewritten() -> None:
    assert rewrite_call("@id", "infinite-?scroll", None) == (
        "((@id) and ((contains(@id, 'infinitescroll')) or (contains(@id, 'infinite-scroll'))))"
    )
    start = rewrite_call("@class", "^[Cc]omment(?!ary)", None)
    assert start is not None and "not(starts-with(@class, 'Commentary'))" in start
    assert rewrite_call("@class", "fulltext", "i") is None  # flags stay with the regex engine
    assert rewrite_call("@id", "(^|\\s)link(\\s|$)", None) is None  # classes and $ too
    assert rewrite_call("@id", "|".join(f"w{i}" for i in range(40)), None) is None  # long lists are slower as tests
    assert rewrite(".//div[re:test(@id, 'x|y')]") == (
        ".//div[((@id) and ((contains(@id, 'x')) or (contains(@id, 'y'))))]"
    )


def test_rewrite_lists_replaces_in_place() -> None:
    kept = etree.XPath(".//div[re:test(@id, '\\d+')]", namespaces=NS)
    changed = etree.XPath(".//div[re:test(@id, 'comol')]", namespaces=NS)
    items = [kept, changed]
    assert rewrite_lists([items]) == 1
    assert items[0] is kept
    assert items[1] is not changed and "re:test" not in items[1].path


CLEANING = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "cleaning"


def test_trafilatura_expressions_select_the_same_elements_on_real_pages() -> None:
    """Every rewritten trafilatura expression against the regex original, on every 16th real page."""
    if not (CLEANING / "pages.jsonl.gz").exists():
        pytest.skip("../shared/datasets/cleaning not available")
    from trafilatura import xpaths as loaded

    # a fresh copy of trafilatura's expressions: cleaning earlier in this process rewrites the loaded lists
    spec = importlib.util.spec_from_file_location("trafilatura_xpaths_as_shipped", loaded.__file__)
    assert spec is not None and spec.loader is not None
    xpaths = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(xpaths)
    pairs = [
        (x, native(x)) for v in vars(xpaths).values() if isinstance(v, list) for x in v if isinstance(x, etree.XPath)
    ]
    pairs = [(old, new) for old, new in pairs if new is not old]
    assert pairs  # trafilatura's expressions are of the rewritable kind
    with gzip.open(CLEANING / "pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh][::16]
    for rec in records:
        html = gzip.decompress((CLEANING / rec["html"]).read_bytes())
        root = lxml.html.fromstring(html)
        for old, new in pairs:
            assert new(root) == old(root), (rec["id"], old.path[:80])
