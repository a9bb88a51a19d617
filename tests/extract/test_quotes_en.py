"""English attribution patterns of newswire prose (fictional sample sentences, written for these tests)."""

from __future__ import annotations

import pytest

from lagebild.extract.quotes import extract_quotes
from lagebild.extract.sourcing import build_sources


def _only(text: str, kind: str = "indirect"):  # type: ignore[no-untyped-def]
    quotes = [q for q in extract_quotes(text, "en") if q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text.text) for q in extract_quotes(text, "en")]
    q = quotes[0]
    assert text[q.text.start : q.text.end] == q.text.text
    if q.speaker is not None:
        assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    return q


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a "that" clause after adverbials of time and occasion
        ("The Portmere Harbor Authority said on Tuesday that a second surge could reach the docks.",
         "that a second surge could reach the docks", "The Portmere Harbor Authority"),
        ("The mayor has repeatedly said that the levee will hold.", "that the levee will hold", "The mayor"),
        # no "that": the complement clause must hold a finite verb
        ("Meteorologist Priya Natarajan said the surge would likely be weaker.", "the surge would likely be weaker",
         "Meteorologist Priya Natarajan"),
        ("Officials said the death toll had risen to 12.", "the death toll had risen to 12", "Officials"),
        ("The company said in a filing it would cut 200 jobs.", "it would cut 200 jobs", "The company"),
        # the subject before an age and a relative clause
        ("Okafor, 58, who has led the authority since 2019, said the evacuation went smoothly.",
         "the evacuation went smoothly", "Okafor"),
        # a participle clause before the subject
        ("Asked whether the docks would reopen, Okafor said he did not know.", "he did not know", "Okafor"),
        ("The union's leader, Mara Lind, said workers would strike on Monday.", "workers would strike on Monday",
         "Mara Lind"),
        ("The ministry, however, said the figures were preliminary.", "the figures were preliminary", "The ministry"),
        ("Critics, including councillor Mara Lind, said the closure had cost the port millions.",
         "the closure had cost the port millions", "Critics"),
        ("Okafor wrote on social media that the port would reopen.", "that the port would reopen", "Okafor"),
        # findings of a document, only with "that"
        ("The report found that the levee had been neglected for years.",
         "that the levee had been neglected for years", "The report"),
        # postposed and inverted frames
        ("The surge could reach the docks, the authority said in a statement.", "The surge could reach the docks",
         "the authority"),
        ("The surge could reach the docks by Thursday, said Daniel Okafor, the authority's chief.",
         "The surge could reach the docks by Thursday", "Daniel Okafor"),
        ("The storm, which hit the coast on Monday, destroyed 40 homes, officials said.",
         "The storm, which hit the coast on Monday, destroyed 40 homes", "officials"),
        # the frame inside the statement
        ("The terminals, Okafor said, will stay closed until Friday.",
         "The terminals, Okafor said, will stay closed until Friday", "Okafor"),
        # prepositional sources, before and after
        ("According to the authority, shipping traffic fell by 30 percent.", "shipping traffic fell by 30 percent",
         "the authority"),
        ("Shipping traffic fell by 30 percent over the weekend, according to the authority.",
         "Shipping traffic fell by 30 percent over the weekend", "the authority"),
    ],
)
def test_indirect_statements(text: str, content: str, speaker: str) -> None:
    q = _only(text)
    assert q.text.text == content
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "He said goodbye to the crew.",  # an object, no statement
        "She told the story of the flood.",
        "The ministry did not say when the funds would be released.",  # negated: nothing was said
        "The spokesman declined to say whether the talks had failed.",
        "The minister announced a new fund on Monday.",
        "The reported attack took place at night.",  # "reported" as an adjective
        "Police found the body on Monday.",  # a finding verb without "that"
        "He said sorry for the delay, which was caused by the storm.",
    ],
)
def test_no_statement(text: str) -> None:
    assert [q for q in extract_quotes(text, "en") if q.kind == "indirect"] == []


def test_anonymous_source_with_channel_and_relative_clause() -> None:
    text = ("A senior official at the Ministry of Transport, who spoke on condition of anonymity, "
            "told Reuters that the government was preparing emergency funds.")
    q = _only(text)
    assert q.text.text == "that the government was preparing emergency funds"
    assert q.speaker is not None and q.speaker.text == "A senior official at the Ministry of Transport"
    assert q.speaker.anonymous
    assert q.channel is not None and q.channel.text == "Reuters"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("In an interview with the Harbor Ledger, Okafor said the budget was too small.", "the Harbor Ledger"),
        ("Okafor said in an interview with the Harbor Ledger that the budget was too small.", "the Harbor Ledger"),
        ("Speaking to Radio Portmere on Tuesday, the mayor said the levee would hold.", "Radio Portmere"),
        ("Okafor told reporters on Wednesday that the cranes had been secured.", None),  # an audience, no medium
    ],
)
def test_channels(text: str, channel: str | None) -> None:
    q = _only(text)
    assert (q.channel.text if q.channel else None) == channel


def test_anonymous_plural_sources() -> None:
    q = _only("Two people familiar with the talks said the deal could be signed next week.")
    assert q.speaker is not None and q.speaker.anonymous
    q = _only("Daniel Okafor said the deal could be signed next week.")
    assert q.speaker is not None and not q.speaker.anonymous


def test_direct_quotations_keep_their_speakers() -> None:
    q = _only("“We are not taking any chances this time,” said authority chief Daniel Okafor.", "direct")
    assert q.speaker is not None and q.speaker.text == "authority chief Daniel Okafor"
    q = _only("Okafor told reporters: “We are ready.”", "direct")
    assert q.speaker is not None and q.speaker.text == "Okafor"
    q = _only("“We are ready,” Okafor said on Tuesday.", "direct")
    assert q.speaker is not None and q.speaker.text == "Okafor"
    assert [q.kind for q in extract_quotes("“We are ready,” Okafor said on Tuesday.", "en")] == ["direct"]


def test_english_sourcing_chain() -> None:
    text = ("Caldoria has shipped hundreds of drones to Vardeland, NBC News reported on Friday, citing six senior "
            "U.S. officials.\n\n“We have no doubt about the deliveries,” one of the officials told NBC News.\n\n"
            "A spokesperson for the Caldorian foreign ministry denied the report, Reuters reported.\n\n"
            "This article was originally published by the Harbor Ledger.")
    quotes = extract_quotes(text, "en")
    sources = {s.name: s for s in build_sources(text, quotes, None, None, "Example Daily")}
    root, nbc, officials = sources["Harbor Ledger"], sources["NBC News"], sources["six senior U.S. officials"]
    assert (root.type, root.parent) == ("original_publication", None)
    assert nbc.parent == root.id and sources["Reuters"].parent == root.id
    assert (officials.type, officials.parent) == ("anonymous_official", nbc.id)
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker is not None and direct.speaker.anonymous
    assert direct.channel is not None and direct.channel.text == "NBC News"
    # "denied the report, Reuters reported": Reuters reports the denial; "denied" alone states nothing
    assert [(q.speaker.text if q.speaker else None) for q in quotes if q.kind == "indirect"] == ["NBC News", "Reuters"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The official, who said the port was closed, resigned on Monday.", "the port was closed", "The official"),
        ("Okafor, who told reporters that the cranes were safe, left the port.", "that the cranes were safe",
         "Okafor"),
        ("Okafor, who has said the port will reopen, declined to comment.", "the port will reopen", "Okafor"),
    ],
)
def test_statement_inside_a_relative_clause(text: str, content: str, speaker: str) -> None:
    q = _only(text)
    assert q.text.text == content
    assert q.speaker is not None and q.speaker.text == speaker


def test_participle_adds_a_statement_of_the_same_speaker() -> None:
    text = "Okafor said he was confident, adding that the insurance would pay."
    quotes = [(q.text.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text, "en")]
    assert quotes == [("he was confident", "Okafor"), ("that the insurance would pay", "Okafor")]
    text = "“It is too early to say,” said Okafor, adding that the port would reopen soon."
    quotes = [(q.kind, q.text.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text, "en")]
    assert quotes == [("direct", "It is too early to say", "Okafor"),
                      ("indirect", "that the port would reopen soon", "Okafor")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The agency, citing two unnamed sources, said the talks had stalled.", "The agency"),
        ("The report, released on Monday, said the levee was weak.", "The report"),
        ("The move was criticized by opposition leaders, who said it was illegal.", "opposition leaders"),
    ],
)
def test_subject_around_participles_and_relative_clauses(text: str, speaker: str) -> None:
    q = _only(text)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry denied the report.", "The ministry"),
        ("Okafor criticised the plan as rushed.", "Okafor"),
        ("The union welcomed the deal.", "The union"),
        ("Daniel Okafor, head of the harbour authority, defended the decision.", "Daniel Okafor"),
    ],
)
def test_reported_statements(text: str, speaker: str) -> None:
    q = _only(text, "reported")
    assert q.text.text == text and q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    ["He was accused of fraud.", "The ministry has been widely criticised for the delay."],  # passive: no source
)
def test_passive_acts_are_no_statements(text: str) -> None:
    assert extract_quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "kind", "content", "speaker", "anonymous"),
    [
        # an inverted speaker with an attachment and a relative clause up to the end of the sentence
        ('"We had ten minutes to get out," said a woman from Eastholm who declined to give her name.', "direct",
         "We had ten minutes to get out", "a woman from Eastholm who declined to give her name", True),
        ('"The dam will hold," said an engineer from the river board, who asked not to be named.', "direct",
         "The dam will hold", "an engineer from the river board, who asked not to be named", True),
        ('"It is over," said one dock worker, who asked not to be named.', "direct", "It is over",
         "one dock worker, who asked not to be named", True),
        # unnamed people are anonymous; a name in apposition makes the speaker named
        ('"It came so fast," a man told reporters.', "direct", "It came so fast", "a man", True),
        ('"It came so fast," said one resident, Mara Lind.', "direct", "It came so fast", "one resident, Mara Lind",
         False),
        # "according to" with a relative clause on the speaker, before and after the statement
        ("According to two members of the Norland delegation, who spoke on condition of anonymity, the envoy "
         "threatened to leave.", "indirect", "the envoy threatened to leave",
         "two members of the Norland delegation, who spoke on condition of anonymity", True),
        ("The port stays closed, according to two officials, who asked not to be named.", "indirect",
         "The port stays closed", "two officials, who asked not to be named", True),
    ],
)
def test_speaker_descriptions_and_anonymity(text: str, kind: str, content: str, speaker: str, anonymous: bool) -> None:
    q = _only(text, kind)
    assert q.text.text == content
    assert q.speaker is not None and q.speaker.text == speaker and q.speaker.anonymous is anonymous


@pytest.mark.parametrize(
    ("phrase", "has_entity", "anonymous"),
    [
        ("ein Mitarbeiter von Norlandia, der anonym bleiben wollte", True, True),
        ("eine Beamtin, die nicht namentlich genannt werden wollte", False, True),
        ("a Norlandia official who was not authorized to speak publicly", True, True),
        ("Mara Lind", True, False),
        ("he, speaking on condition of anonymity", False, False),  # a pronoun refers to someone named earlier
    ],
)
def test_anonymity_said_in_so_many_words(phrase: str, has_entity: bool, anonymous: bool) -> None:
    from lagebild.extract.quote_speaker import is_anonymous

    assert is_anonymous(phrase, has_entity) is anonymous


@pytest.mark.parametrize(
    ("phrase", "has_entity", "anonymous"),
    [
        ("a Norlandia official who was in the room", True, True),
        ("A European diplomat familiar with the talks", True, True),
        ("a spokesman, Tom Reed", True, False),
        ("Norlandia official Tom Reed", True, False),
        ("Chinese authorities", False, True),
        ("Behördenangaben", False, True),
        ("die Feuerwehr", False, False),
        # a name in apposition names the speaker, even where no entity was linked to the phrase
        ("Der Sprecher der Hafenbehörde, Jonas Beispiel", False, False),
        ("A spokesman, Tom Reed", False, False),
        ("ein Sprecher der Behörde, der nicht genannt werden wollte", False, True),
        # German capitalises the role noun after its article: no name for all that
        ("Ein Diplomat", False, True),
        ("eine Diplomatin", False, True),
        ("Der Diplomat Max Beispiel", False, False),
    ],
)
def test_unnamed_officials_and_bodies(phrase: str, has_entity: bool, anonymous: bool) -> None:
    from lagebild.extract.quote_speaker import is_anonymous

    assert is_anonymous(phrase, has_entity) is anonymous


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not give in," union chair Mara Lind told the Sample Wire by telephone.', "union chair Mara Lind"),
        ('"We will not give in," Mara Lind said by phone from Eastholm.', "Mara Lind"),
        ('"The dam holds," said an engineer at the river board late on Tuesday.', "an engineer at the river board"),
        # a place the words were spoken at, however it is worded
        ('"We are not against machines," union chair Mara Lind told the Sample Wire at the picket line outside '
         "Gate 4.", "union chair Mara Lind"),
        ('"We are ready," she said on the quay near the old crane.', "she"),
    ],
)
def test_mode_place_and_time_adverbials_end_the_frame(text: str, speaker: str) -> None:
    q = _only(text, "direct")
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("NORDHAVEN, May 6 (Sample Wire) - Dock workers stayed off the job, port officials said.",
         "Dock workers stayed off the job"),
        ("EASTHOLM (Sample Wire) - The bank will cut 200 jobs, a spokesman said.", "The bank will cut 200 jobs"),
        ("The port - once the largest - stays closed, officials said.", "The port - once the largest - stays closed"),
    ],
)
def test_a_dateline_is_no_part_of_the_statement(text: str, content: str) -> None:
    assert _only(text).text.text == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a labelling verb makes the quoted label its subject's word
        ("The harbour master called the plan 'a gamble'.", "a gamble", "The harbour master"),
        ("The minister described the levy as “reckless”.", "reckless", "The minister"),
        ("Critics dubbed the new bridge “the toll of shame”.", "the toll of shame", "Critics"),
        # "said of X": what the words are about ends the frame
        ("“It is a gamble,” she said of the plan.", "It is a gamble", "she"),
    ],
)
def test_labels_and_said_of(text: str, content: str, speaker: str) -> None:
    q = _only(text, "direct")
    assert q.text.text == content and q.speaker is not None and q.speaker.text == speaker


def test_a_passive_label_names_no_speaker() -> None:
    assert [q.kind for q in extract_quotes("The plan was called 'a gamble'.", "en")] == []


def test_a_place_phrase_with_a_clause_of_its_own_does_not_end_the_frame() -> None:
    text = '"We are ready," she said at the harbour where the ships wait.'
    assert all(q.speaker is None for q in extract_quotes(text, "en"))


def test_the_subject_of_a_cue_after_a_subordinator_is_its_own_clause() -> None:
    text = (
        "The dockers' union called the strike after the Sample Port Authority confirmed it would replace "
        "the cranes by 2033."
    )
    q = _only(text)
    assert q.speaker is not None and q.speaker.text == "the Sample Port Authority"
    # a preposition inside the subject, with no verb before it, is no clause boundary
    q = _only("Officials after the meeting said the port would reopen on Monday.")
    assert q.speaker is not None and q.speaker.text.startswith("Officials")
