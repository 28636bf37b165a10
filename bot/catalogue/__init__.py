"""The catalogue of offers: sources, storage and the in-memory index."""

from bot.catalogue.gazetteer import Gazetteer
from bot.catalogue.index import Catalogue
from bot.catalogue.sources import CatalogueError, Problem, read_directory
from bot.catalogue.store import import_directory, write_catalogue

__all__ = [
    "Catalogue",
    "CatalogueError",
    "Gazetteer",
    "Problem",
    "import_directory",
    "read_directory",
    "write_catalogue",
]
