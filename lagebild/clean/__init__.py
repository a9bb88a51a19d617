"""The clean stage: raw page text or HTML in, one `Article` (blocks with offsets, metadata) out.

- `text_dump.clean_text_dump(text, meta)` / `text_dump.label_lines(lines)`: scraped plain-text dumps.
  `labeler` labels lines from their cues (`lines`, `vocab`), picks the densest run of article lines
  and the title above it; `dates` and `provenance` read the meta lines.
- `html.clean_html(html, meta)`: trafilatura (with htmldate) on HTML; `html_dump` renders a page to a
  dump for the text cleaner when trafilatura finds nothing.
- `errors.CleanError`: the one error for input that cannot become an article.

`bench/cleaning.py` measures both paths against trafilatura on ../shared/datasets/cleaning.
"""
