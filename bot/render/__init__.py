"""Rendering answers for people: the words every channel shares (cards, questions, gap notes)."""
