"""Browse the catalogue and the gap log in Datasette (`python -m bot browse`, extra `browse`)."""
