"""The exchange pipeline: catalogues in and out of the formats planners and portals use.

Our three CSVs, planners' CSV/XLSX/GeoJSON lists, HSDS 3.0 packages in; Excel template and HSDS
out; checks and curation of what is in. It builds on `bot.catalogue` (store, gazetteer, index)
and the runtime never imports it.
"""

from bot.exchange.sources import import_directory, read_directory

__all__ = ["import_directory", "read_directory"]
