"""The project's vocabulary, below both understanding and the catalogue pipeline.

Understanding reads a family's words with it and the import pipeline reads planners' lists with
it; neither has to import the other for it. `units` holds the age scale every layer counts in.
"""
