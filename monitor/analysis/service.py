"""The analyser of a process and the versions it stamps; pure (no store, no index: issue 11 §2).

Analysing *stored* articles is the store layer's: ``monitor.pipeline`` (the
analysis stage, and ``analyse_texts`` / ``reanalyse``, which lived here before).
"""

from __future__ import annotations

# The process-wide analyser lives in cache.py (it imports neither the store nor SQLAlchemy, so
# `monitor analyze --text` does not pay for them); re-exported here for existing callers.
from monitor.analysis.cache import get_analyzer as get_analyzer


def current_versions() -> tuple[str, str]:
    """(analyser version, reference-data version) this code would stamp, without building the automaton."""
    from monitor.analysis.analyzer import analyzer_version
    from monitor.analysis.lemmas import LEMMA_BACKENDS, signature_of
    from monitor.analysis.reference import load_reference

    return analyzer_version(signature_of(LEMMA_BACKENDS)), load_reference().version
