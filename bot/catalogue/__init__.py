"""The runtime catalogue: the database file, its in-memory index and the gazetteer.

Reading other formats (planners' lists, HSDS) and writing exports is the exchange pipeline's job
(`bot.exchange`), which builds on this package and is never imported by it.
"""

from bot.catalogue.contents import CatalogueError, Problem, Sources
from bot.catalogue.gazetteer import Gazetteer
from bot.catalogue.index import Catalogue
from bot.catalogue.store import write_catalogue

__all__ = [
    "Catalogue",
    "CatalogueError",
    "Gazetteer",
    "Problem",
    "Sources",
    "write_catalogue",
]
