"""Channels collect input and render answers: the batch CLI and the console chat."""
