"""Speaker choice and reported-speech spans on fictional sample sentences (written for these tests)."""

from __future__ import annotations

import pytest

from lagebild.extract.quotes import extract_quotes
from tests.extract.quote_helpers import only, texts


def test_speaker_in_apposition_before_the_cue() -> None:
    q = only("Lena Probst, die Sprecherin des Fährvereins, sagte, dass der Anleger im Mai öffne.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Lena Probst, die Sprecherin des Fährvereins"


def test_coordinated_cue_takes_the_subject_of_the_first_verb() -> None:
    q = only("Der Bürgermeister dankte den Helfern und ergänzte, die Schleuse sei repariert.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Der Bürgermeister"


def test_das_opening_a_subject_phrase_is_an_article() -> None:
    q = only("Das örtliche Wasseramt erklärte, der Pegel sinke seit Dienstag.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Das örtliche Wasseramt"


def test_colon_quote_speaker_is_the_subject_before_the_colon() -> None:
    q = only("Im Jahresbericht zieht Kassenwart Ole Brandt eine Bilanz: „Wir haben zum ersten Mal Geld übrig.“",
              "direct")
    assert q.speaker is not None and q.speaker.text == "Kassenwart Ole Brandt"


def test_free_indirect_sentences_continue_the_last_speaker_and_merge() -> None:
    text = ("Die Försterin Jana Holm erklärte, der Wald habe den Sommer gut überstanden. "
            "Die jungen Buchen seien kräftig gewachsen. Auch die Quelle führe wieder Wasser.")
    free = [q for q in extract_quotes(text, "de") if q.cue is None]
    assert len(free) == 1 and free[0].text.text.startswith("Die jungen Buchen")
    assert free[0].text.text.endswith("Wasser.")
    assert free[0].speaker is not None and free[0].speaker.text == "Die Försterin Jana Holm"


def test_indicative_sentences_are_not_free_indirect() -> None:
    assert extract_quotes("Der Wald hat den Sommer gut überstanden. Die Buchen wachsen kräftig.", "de") == []


def test_back_reference_das_teilte_mit_covers_the_previous_sentence() -> None:
    q = only("Der Fährbetrieb ruht bis Ostern. Das teilte die Reederei Möwe am Freitag mit.", "indirect")
    assert q.text.text == "Der Fährbetrieb ruht bis Ostern. Das"
    assert q.speaker is not None and q.speaker.text == "die Reederei Möwe"


def test_report_noun_frame_and_labelling_verb() -> None:
    q = only("Nach ersten Informationen der Feuerwehr wurde niemand verletzt.", "indirect")
    assert q.text.text == "wurde niemand verletzt"
    q = only("Die Bürgerinitiative nannte den Plan einen „Irrweg“.", "direct")
    assert q.text.text == "Irrweg" and q.speaker is not None and q.speaker.text == "Die Bürgerinitiative"


def test_quoted_names_are_not_statements() -> None:
    assert [k for k, _, _ in texts("Der Verein „Freunde des Leuchtturms“ lädt zum Sommerfest ein.")] == []


@pytest.mark.parametrize(
    ("text", "speaker", "channel"),
    [
        # a name takes no genitive attribute: "der X" after it is the one addressed
        ("„Flüsse lesen keine Landkarten“, sagte Präsidentin Ilka Beispiel der Musterstädter Rundschau.",
         "Präsidentin Ilka Beispiel", "der Musterstädter Rundschau"),
        # "dem X" after the speaker is the dative in any case
        ("„Wir bleiben“, sagte Ministerin Anna Beispiel dem Westboten am Montag.", "Ministerin Anna Beispiel",
         "dem Westboten"),
        # a channel found inside the speaker phrase ends it
        ("„Wir bleiben“, sagte der Minister der Nachrichtenagentur Musterpress.", "der Minister",
         "der Nachrichtenagentur Musterpress"),
        # a role noun with a genitive attribute keeps it
        ("„Wir bleiben“, sagte der Sprecher der Stadtwerke.", "der Sprecher der Stadtwerke", None),
    ],
)
def test_the_addressee_after_a_speaker_named_after_the_verb(text: str, speaker: str, channel: str | None) -> None:
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == speaker
    assert (q.channel.text if q.channel else None) == channel
