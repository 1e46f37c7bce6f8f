"""The daily index: stories (near-duplicates counted once), the formula, aggregation, provenance."""

from monitor.index.formula import FORMULA_VERSION, IndexSettings

__all__ = ["FORMULA_VERSION", "IndexSettings"]
