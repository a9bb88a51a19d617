"""Person names the KB does not know, found as "<given name> <Capitalised> [<Capitalised>]".

A fallback for when no statistical NER model is installed, and a recall aid next to it: a known given
name followed by capitalised words is a person far more often than not ("Victor Cha", "Rachel Minyoung
Lee"). German capitalises nouns, so the words after the given name must not be common function words.
"""

from __future__ import annotations

from lagebild.extract.entity_ruler import Candidate
from lagebild.extract.entity_tokens import Token, camel_prefix, separator

MAX_EXTRA_WORDS = 3

# Capitalised words that end a name rather than continue it.
_STOP = frozenset(
    """Der Die Das Den Dem Des Ein Eine Einen Einem Einer Und Oder Aber Im In Am An Auf Aus Bei Mit Nach Von
    Vom Zu Zum Zur Für Über Unter Vor Als Wie Wenn Dass The A An And Or But Of In On At To For From With By
    As Is Was Said Says Sagte Sagt Erklärte Meinte Herr Frau Mr Mrs Ms Dr Prof""".split()
)


def find_person_names(text: str, tokens: list[Token], given_names: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text not in given_names:
            i += 1
            continue
        end, j = None, i
        while j + 1 < len(tokens) and j - i < MAX_EXTRA_WORDS:
            nxt = tokens[j + 1]
            if separator(text, tokens[j], nxt) not in (" ", "-") or not _name_word(nxt.text):
                break
            cut = camel_prefix(nxt.text)
            j += 1
            end = nxt.start + cut if cut else nxt.end
            if cut:
                break
        if end is not None:
            out.append(Candidate(tok.start, end, "PER", None, "name"))
            i = j + 1
        else:
            i += 1
    return out


def _name_word(word: str) -> bool:
    return (
        word[:1].isupper()
        and word not in _STOP
        and not word.isupper()  # "AP", "NBC": an outlet after a name, not a surname
        and any(ch.islower() for ch in word)
    )
