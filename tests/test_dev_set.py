"""Quality gate on the 240 labelled development requests (a copy of ../shared/eval/dev.jsonl).

The thresholds are those the project promises; the relevance rules come from tests/relevance.py,
not from the product. The scorer in ../shared measures the same from outside.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from tests.relevance import relevant, suitable

DEV = Path(__file__).parent / "data" / "dev.jsonl"


@pytest.fixture(scope="module")
def results(catalogue: Catalogue) -> list[tuple[dict, object]]:
    labels = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    return [(label, match(understand(label["q"], catalogue), catalogue)) for label in labels]


def test_no_unsuitable_offer_is_ever_shown(catalogue: Catalogue, results) -> None:
    bad = [
        (label["id"], hit.offer.id)
        for label, answer in results
        for hit in answer.offers[:5]
        if not suitable(catalogue, hit.offer, label)
    ]
    assert bad == []


def test_a_relevant_offer_is_among_the_first_three(catalogue: Catalogue, results) -> None:
    answerable = [
        (label, answer) for label, answer in results
        if any(relevant(catalogue, o, label) for o in catalogue.offers)
    ]  # fmt: skip
    hits = sum(any(relevant(catalogue, h.offer, label) for h in answer.offers[:3])
               for label, answer in answerable)  # fmt: skip
    assert hits / len(answerable) >= 0.92


def test_gaps_are_called_gaps_and_only_those(catalogue: Catalogue, results) -> None:
    gaps = [(lab, ans) for lab, ans in results
            if not any(relevant(catalogue, o, lab) for o in catalogue.offers)]  # fmt: skip
    others = [(lab, ans) for lab, ans in results if (lab, ans) not in gaps]
    recall = sum(answer.is_gap for _, answer in gaps) / len(gaps)
    false_gaps = sum(answer.is_gap for _, answer in others) / len(others)
    assert recall >= 0.90
    assert false_gaps <= 0.05


def test_age_and_place_are_understood(results) -> None:
    def age_ok(label: list[int] | None, got) -> bool:
        if not label:
            return got is None
        if got is None:
            return False
        low, high = max(label[0], got.low), min(label[1], got.high)
        union = max(label[1], got.high) - min(label[0], got.low) + 1
        return low <= high and (high - low + 1) / union >= 0.5

    ages = sum(age_ok(label.get("age"), answer.request.age) for label, answer in results)
    places = sum(label.get("place") == answer.request.place for label, answer in results)
    assert ages / len(results) >= 0.95
    assert places / len(results) >= 0.95
