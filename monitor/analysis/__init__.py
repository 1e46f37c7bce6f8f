"""Analysis: text in, structured reading out (regions, actors, signals, claims, scores).

Pure: no database, no network, no clock.  Reference data (gazetteer, actors,
lexicons) is loaded once from ``seeds/`` into an :class:`~monitor.analysis.reference.ReferenceData`
and compiled into an automaton; the analyser is then a function of
(text, language, date).
"""
