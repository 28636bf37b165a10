"""The gap log: every request left without a fitting offer, as evidence for planning."""

from bot.gaps.log import GapEntry, gap_counts, latest_gaps, record_gap

__all__ = ["GapEntry", "gap_counts", "latest_gaps", "record_gap"]
