"""The topic model: labelled requests as a second opinion on the need (issue 8, "needs").

The rules explain listed words; the model ranks topics by how requests with the same words,
word pairs and letter grams were labelled. It suggests the need the rules did not keep, which
joins the answer only where the rules' needs have fitting offers.
"""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from bot.understanding.main_need_manner import manner_topics
from bot.understanding.topic_model import TopicModel, examples, guided, topic_model

TINY = [
    ("Kind schreit die ganze Nacht, Mutter erschöpft", ("schreibaby_schlaf",)),
    ("Baby schreit stundenlang und schläft nicht", ("schreibaby_schlaf",)),
    ("Sohn wird in der Klasse gemobbt und ausgelacht", ("gewaltpraevention",)),
    ("Tochter wird im Klassenchat gemobbt", ("gewaltpraevention",)),
    ("Nachhilfe in Mathe gesucht, Noten schlecht", ("lernfoerderung",)),
    ("Mathe Nachhilfe für die fünfte Klasse", ("lernfoerderung",)),
]


def test_letter_grams_carry_an_unseen_inflection_and_a_typo_to_the_right_topic() -> None:
    model = TopicModel.trained(TINY)
    assert model.ranking("die Kleine schreiet jede nacht")[0] == "schreibaby_schlaf"
    assert model.ranking("er wird gemoppt in der klasse")[0] == "gewaltpraevention"
    assert model.ranking("Nachilfe Mathematik?")[0] == "lernfoerderung"


def test_a_saved_model_scores_as_the_trained_one(tmp_path: Path) -> None:
    model = TopicModel.trained(TINY)
    model.save(tmp_path / "model.npz")
    with np.load(tmp_path / "model.npz") as saved:
        loaded = TopicModel(saved["features"].tolist(), saved["topics"].tolist(), saved["log"],
                            saved["prior"])  # fmt: skip
    text = "Junge gemobbt, schläft nicht"
    assert loaded.scores(text) == pytest.approx(model.scores(text))


def test_the_shipped_model_is_the_one_its_shipped_examples_train() -> None:
    """`tests/tools/topic_examples.py` writes both files; neither may be edited alone."""
    with resources.as_file(resources.files("bot") / "data" / "topic_examples.jsonl") as path:
        trained = TopicModel.trained(examples(path))
    shipped = topic_model()
    assert trained.features == shipped.features
    assert trained.topics == shipped.topics
    text = "Mutter am Ende, Baby brüllt von morgens bis abends"
    assert trained.scores(text) == pytest.approx(shipped.scores(text), rel=1e-4)


def test_the_shipped_examples_use_only_the_taxonomy_and_each_text_once(
        catalogue: Catalogue) -> None:  # fmt: skip
    source = resources.files("bot") / "data" / "topic_examples.jsonl"
    rows = [json.loads(line) for line in source.read_text("utf-8").splitlines()]
    assert len(rows) > 3000
    assert len({row["q"] for row in rows}) == len(rows)
    assert {t for row in rows for t in row["topics"]} <= set(catalogue.topics)


def test_the_rules_needs_stay_in_their_order_and_one_missed_is_suggested() -> None:
    text = "Baby 7 Wochen brüllt von morgens bis abends, Mutter kriegt kaum Schlaf"
    main, suggested = guided(text, ("but_finanzen",), topic_model().topics)
    assert main == ("but_finanzen",)
    assert suggested == ("schreibaby_schlaf",)


def test_a_sentence_of_context_does_not_reorder_the_needs(catalogue: Catalogue) -> None:
    """A bag of words is swayed by context; the rules' order of the needs is not."""
    text = "Drillinge 5 Monate, Mama komplett durch, wer kann zweimal die Woche helfen? Bönen"
    alone = understand(text, catalogue)
    told = understand("Die Mutter ist 38 und arbeitet Vollzeit. " + text, catalogue)
    assert told.main_topics == alone.main_topics


def test_where_a_family_comes_from_is_never_suggested_as_the_need() -> None:
    """Requests with a language wish are often labelled with migration help, but a language
    says how help is given: suggesting it would let interpreter offers hide a gap."""
    manner = manner_topics()
    text = "Familie aus Syrien, Mutter spricht kein Deutsch, sucht Beratung auf Arabisch"
    _, suggested = guided(text, ("erziehungsberatung",), topic_model().topics, manner)
    assert not set(suggested) & manner


def test_a_suggestion_never_turns_a_gap_into_offers(catalogue: Catalogue) -> None:
    request = understand("Erziehungsberatung auf Arabisch, Sohn 10, Werne", catalogue)
    assert match(request, catalogue).gap is not None
    suggested = replace(request, suggested_topics=("freizeit_sport_kultur",))
    answer = match(suggested, catalogue)
    assert answer.offers == ()
    assert answer.gap is not None


def test_a_suggestion_joins_needs_that_have_offers(catalogue: Catalogue) -> None:
    request = understand("Nachhilfe für einen Zwölfjährigen in Kamen", catalogue)
    before = match(request, catalogue)
    assert before.offers
    answer = match(replace(request, suggested_topics=("gewaltpraevention",)), catalogue)
    assert "gewaltpraevention" in answer.request.main_topics
    assert answer.request.main_topics[0] == request.topics[0]
    assert any("gewaltpraevention" in hit.offer.topics for hit in answer.offers)

