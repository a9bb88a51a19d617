from lagebild.stories.dedup import Doc, NearDuplicateIndex, find_copies
from tests.stories.samples import BRIDGE_DE, BRIDGE_DE2, ORCHESTRA, copy_of


def test_copy_found_and_unrelated_not() -> None:
    index = NearDuplicateIndex()
    assert index.add("orig", BRIDGE_DE) == []
    matches = index.add("copy", copy_of(BRIDGE_DE))
    assert [m.doc_id for m in matches] == ["orig"] and matches[0].jaccard > 0.6
    assert index.add("other", ORCHESTRA) == []
    assert index.add("rewrite", BRIDGE_DE2) == []  # same story, own words: not a copy


def test_origin_is_earliest_unless_named() -> None:
    docs = [
        Doc("b", copy_of(BRIDGE_DE), "2024-03-06"),
        Doc("a", BRIDGE_DE, "2024-03-05"),
        Doc("c", ORCHESTRA, "2024-03-05"),
    ]
    groups = {g.origin: g.members for g in find_copies(docs)}
    assert groups == {"a": ["a", "b"], "c": ["c"]}
    docs[0].named_original = True
    assert {g.origin for g in find_copies(docs)} == {"b", "c"}


def test_remove_and_duplicate_id() -> None:
    index = NearDuplicateIndex()
    index.add("x", BRIDGE_DE)
    index.remove("x")
    assert "x" not in index and index.add("y", BRIDGE_DE) == []
    try:
        index.add("y", BRIDGE_DE)
    except ValueError as exc:
        assert "already indexed" in str(exc)
    else:
        raise AssertionError("duplicate id accepted")
