"""The web channel without a catalogue at start: the same notice as every channel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.asyncio

NOTICE = "Angebotsverzeichnis ist gerade nicht erreichbar"


async def test_web_answers_the_notice_without_a_catalogue(make_client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(catalogue=tmp_path / "missing.db", access="open")
    response = await client.post("/api/messages", json={"text": "Logopädie in Kamen, 3 Jahre"})
    answer = await response.json()
    assert response.status == 200 and NOTICE in json.dumps(answer, ensure_ascii=False)
    assert answer["offers"] == [] and answer["prompt"] == "catalogue_unavailable"
    offer = await client.get("/api/offers/KAM-050")
    assert offer.status == 503 and NOTICE in (await offer.json())["error"]
