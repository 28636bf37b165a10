"""The gap log loses no entry when many threads and several processes write at once.

The Telegram bot answers from worker threads while a console or batch run may write to the same
state database; every gap is evidence for youth-welfare planning, so none may be lost to a
"database is locked" race.
"""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

from bot.catalogue.gazetteer import Gazetteer
from bot.gaps.log import all_gaps, record_gap
from bot.models import AgeRange, Answer, GapReason, Request
from bot.state import StateStore

PROCESSES = 4
THREADS = 5
WRITES_PER_THREAD = 10  # 5 threads × 10 = 50 writes per process


def _write_gaps(path: str, process_number: int) -> None:
    """One process: its own StateStore, shared by several writing threads."""
    store = StateStore(Path(path))
    gazetteer = Gazetteer([])
    start = threading.Barrier(THREADS)

    def writer(thread_number: int) -> None:
        start.wait()
        for n in range(WRITES_PER_THREAD):
            request = Request("Kita-Platz gesucht", AgeRange(36, 47), topics=("kita_betreuung",))
            answer = Answer(request, gap=GapReason.NO_OFFER)
            record_gap(store, answer, gazetteer, channel=f"p{process_number}-t{thread_number}-n{n}")

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.close()


def test_concurrent_gap_writes_from_threads_and_processes_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    StateStore(path).close()  # create the schema once, as a running bot would have
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_gaps, args=(str(path), p)) for p in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0] * PROCESSES
    store = StateStore(path)
    try:
        entries = all_gaps(store)
    finally:
        store.close()
    expected = {f"p{p}-t{t}-n{n}" for p in range(PROCESSES) for t in range(THREADS)
                for n in range(WRITES_PER_THREAD)}  # fmt: skip
    assert len(entries) == PROCESSES * THREADS * WRITES_PER_THREAD == 200
    assert {e.channel for e in entries} == expected
    assert len({e.id for e in entries}) == 200
    assert all(e.reason == "no_offer" and e.topics == ("kita_betreuung",) for e in entries)
