"""The command surface: `monitor <command>`.  Thin: parse options, call the stages, print.

Exit codes: 0 success; 1 the command ran but something is wrong (bad config,
failing sources with --strict, nothing stored or found, no schema or no SQLite file
yet); 2 usage errors (argparse, a malformed --db, an unknown --scope kind);
3 the database cannot be reached (docs/cli.md's header, from monitor/clidoc.py).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from monitor import __version__
from monitor.analysis.reference import ReferenceError as ReferenceDataError
from monitor.clock import utcnow
from monitor.config import (
    ConfigError,
    Settings,
    SourceSpec,
    check_database_url,
    check_feed_url,
    load_settings,
    load_sources,
    parse_duration,
)
from monitor.core import Monitor, MonitorError, Progress, close_names, index_scope
from monitor.errors import EXIT_BROKEN_PIPE, EXIT_DB, EXIT_INTERRUPTED, EXIT_PROBLEM, EXIT_USAGE
from monitor.logs import setup_logging
from monitor.output import FORMATS, render
from monitor.redact import mask_url

# "monitor.cli" also under `python -m monitor.cli`, where __name__ is "__main__"
log = logging.getLogger("monitor.cli" if __name__ == "__main__" else __name__)

# Source states that need an operator's eye: `sources list --failing` shows them.
# A throttled source (last answer 429 with Retry-After) is not broken, but a feed
# that is rate-limited poll after poll is one the operator has to sort out.
PROBLEM_STATES = frozenset({"failing", "throttled"})
STATE_STYLES = {"failing": "red", "throttled": "yellow", "disabled": "dim", "new": "yellow"}


class CliError(MonitorError):
    """A usage or input problem found by the command line itself (the core raises MonitorError)."""


# --------------------------------------------------------------------------- setup


def _settings(args: argparse.Namespace) -> Settings:
    try:
        return load_settings(args.config, database_url=args.db)
    except ConfigError as exc:
        raise CliError("configuration problems:\n" + "\n".join(f"  {p}" for p in exc.problems)) from exc


def _monitor(args: argparse.Namespace, *, check_schema: bool = True) -> Monitor:
    """The application layer (monitor/core.py) for this command's settings; every use case goes through it."""
    m = Monitor(_settings(args), clock=utcnow)
    if check_schema:
        m.check_schema()
    return m


@contextmanager
def _progress_bar() -> Iterator[Progress | None]:
    """A progress bar per stage, with an ETA, on stderr when it is a terminal; None (no output)
    when it is not (a pipe, a log file, cron): long commands stay quiet there.  The bar is
    removed when the command ends, so the summary that follows stands alone."""
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    with Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
             TextColumn("eta"), TimeRemainingColumn(), console=console, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _stage(progress: Progress | None, stage: str) -> Callable[[int, int | None], None] | None:
    """A stage function's (done, total) callback feeding one bar of ``progress``."""
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    monitor = _monitor(args, check_schema=False)
    rep = monitor.init()
    print(f"database {rep.database}: schema {rep.what} (revision {rep.after})")
    if not args.no_seeds:
        _load_seeds(monitor)
    sources_file = Path(args.sources) if args.sources else monitor.settings.sources_file
    if sources_file and not args.no_sources:
        sync = monitor.sync_sources(_load_specs(sources_file))
        print(f"sources from {sources_file}: {sync.added} added, {sync.updated} updated, {sync.unchanged} unchanged")
    return 0


def _load_seeds(monitor: Monitor) -> None:
    try:
        version, counts = monitor.load_seeds()  # every problem of the seeds, each named (issue 11 §4)
    except MonitorError as exc:
        raise CliError(str(exc).replace("the reference data cannot", "reference data in seeds/ cannot", 1)) from exc
    print("reference data " + version + ": " + ", ".join(f"{n} {k}" for k, n in counts.items()))


def cmd_seeds_load(args: argparse.Namespace) -> int:
    _load_seeds(_monitor(args))
    return 0


def _parse_day(value: str | None, option: str = "--date") -> Any:
    from datetime import date

    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"{option} must be a date YYYY-MM-DD, got {value!r}") from exc


def cmd_analyze(args: argparse.Namespace) -> int:
    if args.reanalyze:
        return _reanalyze(args)
    # from cache, not service: reading a text needs no store (issue 12 §5)
    from monitor.analysis.cache import get_analyzer

    # analysis.max_chars (issue 14 §5), or --max-chars; 0 reads the text whole
    max_chars = args.max_chars if args.max_chars is not None else _settings(args).analysis.max_chars
    if max_chars < 0:
        raise CliError(f"--max-chars must be 0 (no cap) or more, got {max_chars}")
    # every argument is checked and every input opened before the analyser loads (1-6 s; issue 11 §9)
    day = _parse_day(args.date)
    if args.jsonl:
        try:
            stream = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CliError(_cannot_read("--jsonl", args.jsonl, exc)) from exc
        analyzer = get_analyzer()
        try:
            _analyze_lines(stream, analyzer, max_chars)
        except UnicodeDecodeError as exc:
            raise CliError(f"cannot read --jsonl {args.jsonl}: not UTF-8 text ({exc.reason})") from exc
        return 0
    if args.text is not None:
        text = args.text
    elif args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(_cannot_read("--file", args.file, exc)) from exc
        except UnicodeDecodeError as exc:
            raise CliError(f"cannot read --file {args.file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    else:
        raise CliError("give --text TEXT, --file PATH, --jsonl PATH|- or --reanalyze")
    title = args.title
    if title is None and args.file and not args.no_title:
        # a file's first line is its headline (as in the seed article)
        first, _, rest = text.partition("\n")
        if rest.strip() and len(first) < 300:
            title, text = first.strip(), rest
    reading = get_analyzer().analyze(text, lang=args.lang, day=day, title=title,
                                     country=(args.country or "").upper() or None, max_chars=max_chars or None)
    if reading.truncated_from is not None:
        print(f"note: text of {reading.truncated_from:,} characters truncated to {reading.truncated_to:,} for analysis "
              f"(analysis.max_chars = {max_chars:,}; --max-chars 0 reads it whole)", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(reading.as_json(), ensure_ascii=False, indent=2))
        return 0
    _print_reading(reading)
    return 0


def _analyze_lines(stream: Any, analyzer: Any, max_chars: int) -> None:
    """`analyze --jsonl`: one result (or {"error": …}) per input line."""
    with stream:
        for n, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["text"]
                if not isinstance(text, str):
                    raise TypeError("'text' must be a string")
                reading = analyzer.analyze(text, lang=obj.get("lang"), day=_parse_day(obj.get("date")), title=obj.get("title"),
                                           country=obj.get("country"), max_chars=max_chars or None)
                out = reading.as_json()
            except (ValueError, KeyError, TypeError, CliError) as exc:
                out = {"error": f"line {n}: {exc}"}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


def _cannot_read(option: str, path: str, exc: OSError) -> str:
    """One line naming the option and the path: "cannot read --jsonl x.jsonl: No such file or directory"."""
    return f"cannot read {option} {path}: {exc.strerror or exc}"


def _print_reading(reading: Any) -> None:
    print(f"language: {reading.language}   escalation {reading.scores.escalation:.1f} "
          f"(threat {reading.scores.threat:.1f}, act {reading.scores.act:.1f})   de-escalation "
          f"{reading.scores.de_escalation:.1f} (verbal {reading.scores.verbal:.1f}, material {reading.scores.material:.1f})")
    render([m.as_json() | {"kind": m.kind} for m in (*reading.regions, *reading.actors)], "table",
           columns=["kind", "id", "name", "count", "in_title", "role", "via"], title="mentions",
           drop=("via", "role", "in_title", "kind"))
    render([s.as_json() for s in reading.signals], "table",
           columns=["sentence", "polarity", "plover_type", "mode", "modality", "weight", "counted", "text", "entry", "note"],
           title="signals", drop=("note", "mode", "modality", "counted", "weight", "entry"), fold=("text", "entry"))
    render([c.as_json() for c in reading.claims], "table",
           columns=["sentence", "speaker", "stance", "polarity", "verb", "targets"], title="claims",
           drop=("verb", "polarity"))


def _reanalyze(args: argparse.Namespace) -> int:
    monitor = _monitor(args)
    since = _parse_day(args.since, "--since") if args.since else None
    with _progress_bar() as progress:
        n = monitor.reanalyse(since=since, all_articles=args.all, on_progress=progress)
    analyzer = monitor.require_analyzer()
    print(f"analysed {n} article(s) with analyser {analyzer.version}, reference data {analyzer.data_version}")
    return 0


def cmd_eval_stories(args: argparse.Namespace) -> int:
    from monitor import corpus
    from monitor.analysis.service import get_analyzer
    from monitor.index.storyeval import (
        evaluate_stories,
        format_misses,
        format_story_report,
        items_for,
        load_story_gold,
    )

    folder = Path(args.gold[0]) if args.gold else Path(__file__).resolve().parents[1] / "tests" / "gold"
    if not folder.is_dir():
        raise CliError(f"--gold {folder}: no such folder" if args.gold else f"gold folder not found: {folder}")
    try:
        gold = load_story_gold(folder, None if args.split == "all" else args.split)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if not (gold.pairs or gold.days):
        raise CliError(f"no stories-*.jsonl gold in {folder}")
    root = Path(args.corpus) if args.corpus else corpus.default_root()
    if not root.is_dir():
        raise CliError(f"--corpus {root}: no such folder (the gold names items of ../shared/corpus; --corpus DIR)")
    assignment = None
    prepared = None
    if args.eval_db:
        from monitor.index.storyeval import Prepared, assignment_from_url

        items = items_for(gold.refs, root)
        assignment = {}
        # one database per corpus is the usual case (bench/validate_index.py); story ids are
        # kept apart per database. Read-only: no schema check, so older databases can be compared.
        for n, url in enumerate(args.eval_db):
            got = assignment_from_url(url, items)
            assignment.update({ref: sid + n * 1_000_000_000 for ref, sid in got.items()})
        prepared = Prepared(items, {}, {})
    analyzer = get_analyzer() if prepared is None else None
    with _progress_bar() as progress:
        rep = evaluate_stories(gold, analyzer, root=root, assignment=assignment, prepared=prepared,
                               on_progress=_stage(progress, "reading the gold items"))
    if args.format == "json":
        print(json.dumps(rep, ensure_ascii=False, indent=2, default=str))
    else:
        print(format_story_report(rep))
        if args.misses:
            print(format_misses(rep, args.misses))
        for e in rep["errors"][: args.errors]:
            print(json.dumps(e, ensure_ascii=False))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.target == "stories":
        return cmd_eval_stories(args)
    from monitor.analysis.evaluate import (
        compare_lemmas,
        evaluate,
        format_comparison,
        format_report,
        load_gold,
    )
    from monitor.analysis.service import get_analyzer

    paths = [Path(p) for p in (args.gold or [str(Path(__file__).resolve().parents[1] / "tests" / "gold")])]
    for p in paths:
        if not p.exists():
            raise CliError(f"--gold {p}: no such file or folder" if args.gold else f"gold set not found: {p}")
    try:
        items = load_gold(paths, None if args.split == "all" else args.split)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if args.compare_lemmas:
        from monitor.analysis.lemmas import LEMMA_BACKENDS
        from monitor.analysis.reference import load_reference

        configs = {"surface": {}, "chosen": dict(LEMMA_BACKENDS),
                   "simplemma": dict.fromkeys(LEMMA_BACKENDS, "simplemma")}
        cmp = compare_lemmas(load_reference(strict=True), items, configs)
        print(json.dumps(cmp, ensure_ascii=False, indent=2) if args.format == "json" else format_comparison(cmp))
        return 0
    analyzer = get_analyzer()
    with _progress_bar() as progress:
        report = evaluate(analyzer, items, on_progress=_stage(progress, "reading the gold items"))
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
        for e in report["errors"][: args.errors]:
            print(json.dumps(e, ensure_ascii=False))
    return 0


def cmd_seeds_check(args: argparse.Namespace) -> int:
    from monitor.analysis.seedcheck import check_corpus, format_check
    from monitor.analysis.service import get_analyzer

    if args.redundant:
        from monitor.analysis.seedcheck import redundant_patterns

        rows = redundant_patterns(get_analyzer(), args.lang)
        render(rows, "json" if args.format == "json" else "table", columns=["entry", "pattern", "same_as", "keys"],
               title=f"{len(rows)} patterns the lemma keys make redundant")
        return 0
    if args.shadowed:
        from monitor.analysis.seedcheck import shadowed_patterns

        rows = shadowed_patterns(get_analyzer(), args.lang)
        render(rows, "json" if args.format == "json" else "table",
               columns=["entry", "pattern", "owned_by", "as", "keys", "owner_has_rule"],
               title=f"{len(rows)} patterns an earlier entry of their language owns (they never fire)")
        return 0
    if not args.corpus:
        # no corpus: the seeds themselves, with the production validator and analyser (issue 11 §4)
        from monitor.analysis.seedcheck import check_seeds, format_seeds_report

        seeds = check_seeds()
        if args.format == "json":
            print(json.dumps({"ok": seeds.ok, "root": str(seeds.root), "version": seeds.release,
                              "digest": seeds.version, "counts": dict(seeds.counts), "guard_cases": seeds.cases,
                              "problems": list(seeds.problems), "known_defects": list(seeds.known)},
                             ensure_ascii=False, indent=2))
        else:
            print(format_seeds_report(seeds), file=sys.stdout if seeds.ok else sys.stderr)
        return 0 if seeds.ok else EXIT_PROBLEM
    corpus = Path(args.corpus)
    if not corpus.exists():
        raise CliError(f"corpus not found: {corpus}")
    report = check_corpus(get_analyzer(), corpus, limit=args.limit, samples=args.samples, lang=args.lang)
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_check(report, entry_filter=args.entry))
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from monitor.index.report import render_index, render_lens_rows

    monitor = _monitor(args)
    day_from, day_to = _parse_day(args.day_from, "--from"), _parse_day(args.day_to, "--to")
    if day_from and day_to and day_from > day_to:
        raise CliError(f"--from {day_from} is after --to {day_to}")
    rows = monitor.index(day_from=day_from, day_to=day_to, scopes=args.scope or None, limit_scopes=args.top,
                         lenses=args.lens or ())
    if not rows:
        raise CliError(_no_index_values(monitor, args.scope or [], day_from, day_to))
    if args.scope:
        shown = {r["scope"] for r in rows}
        for scope in args.scope:
            if index_scope(scope) not in shown:
                print(f"monitor: note: {_no_index_values(monitor, [scope], day_from, day_to)}", file=sys.stderr)
    if args.lens:
        render_lens_rows(rows, args.format)
    else:
        render_index(rows, args.format)
    return 0


def _no_index_values(monitor: Monitor, scopes: Sequence[str], day_from: Any, day_to: Any) -> str:
    """Why `monitor index` found nothing, in one line: no values yet, none in the days asked, or
    none for the scopes asked (with close names and a few scopes that have values)."""
    days = monitor.index_days()
    if days is None:
        return "no index values yet: poll or ingest some feeds first (`monitor index rebuild` recomputes)"
    span = "" if not (day_from or day_to) else f" from {day_from or days[0]} to {day_to or days[1]}"
    have = monitor.scopes_with_values(day_from=day_from, day_to=day_to)
    if not have:
        return f"no index values{span}: the index has values from {days[0]} to {days[1]}"
    what = ", ".join(scopes)
    close = sorted({c for s in scopes for c in close_names(index_scope(s), have)})
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    return (f"no index values for {what}{span} ({hint}scopes with values include {', '.join(have[:5])}; "
            "`monitor index` lists the busiest)")


def cmd_index_rebuild(args: argparse.Namespace) -> int:
    monitor = _monitor(args)
    day_from, day_to = _parse_day(args.day_from, "--from"), _parse_day(args.day_to, "--to")
    if day_from and day_to and day_from > day_to:
        raise CliError(f"--from {day_from} is after --to {day_to}")
    with _progress_bar() as progress:
        regrouped, n = monitor.rebuild_index(day_from=day_from, day_to=day_to, stories=args.stories, on_progress=progress)
    if args.stories:
        print(f"regrouped {regrouped} article(s) into stories")
    print(f"recomputed {n} daily value(s)")
    return 0


def cmd_index_explain(args: argparse.Namespace) -> int:
    from monitor.index.report import render_explain

    monitor = _monitor(args)
    day = _parse_day(args.day, "--day")
    doc = monitor.explain(day, args.scope, top=args.top)
    if doc is None:
        raise CliError(f"no index value for {args.scope} on {day} (see `monitor index --scope {args.scope}`)")
    if args.format == "json":
        print(json.dumps(doc, ensure_ascii=False, indent=2, default=str))
    else:
        render_explain(doc)
    return 0


def _recipients(settings: Settings, only: str | None) -> list[Any]:
    from monitor.digest.service import configured_recipients
    from monitor.digest.types import Recipient

    try:
        recipients = configured_recipients(settings)
    except ConfigError as exc:
        raise CliError("recipient problems:\n" + "\n".join(f"  {p}" for p in exc.problems)) from exc
    if only:
        chosen = [r for r in recipients if r.address.lower() == only.lower()]
        if not chosen:
            if "@" not in only:
                raise CliError(f"no recipient {only!r} in {settings.digest.recipients_file}")
            # An ad-hoc recipient following everything (previews, tests of the mail setup).
            # It goes into the To header: checked like an address of recipients.toml,
            # so CR/LF (header injection, RFC 5322 §2.2) is a message, not a traceback.
            from monitor.digest.subscriptions import check_address

            address, problem = check_address(only)
            if problem or address is None:
                raise CliError(f"--recipient: {problem}")
            chosen = [Recipient(address=address, name="", scopes=("*",))]
        return chosen
    return recipients


def cmd_digest_preview(args: argparse.Namespace) -> int:
    from monitor.digest.types import Recipient

    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm", ".eml"):
        raise CliError("--out must end in .html (for a browser) or .eml (the message as sent)")
    if not out.parent.is_dir():
        raise CliError(f"--out {out}: no such folder {out.parent}")
    monitor = _monitor(args)
    day = _parse_day(args.date)
    recipients = _recipients(monitor.settings, args.recipient) or [Recipient(address="preview@localhost", name="Preview", scopes=("*",))]
    r = recipients[0]
    try:
        day = monitor.digest_preview(r, out, day=day)
    except OSError as exc:  # a read-only folder, a full disk
        raise CliError(f"cannot write --out {out}: {exc.strerror or exc}") from exc
    print(f"wrote the {day} digest for {r.address} to {out}")
    return 0


def cmd_digest_send(args: argparse.Namespace) -> int:
    monitor = _monitor(args)
    recipients = _recipients(monitor.settings, args.recipient)
    if not recipients:
        raise CliError(f"no recipients (configure {monitor.settings.digest.recipients_file or 'config/recipients.toml'})")
    day = _parse_day(args.date)
    if args.dry_run:
        for address, subject, size in monitor.send_digests(recipients, day=day, dry_run=True):
            print(f"would send to {address}: {subject} ({size:,} bytes)")
        return 0
    failed = 0
    for outcome in monitor.send_digests(recipients, day=day):
        print(str(outcome))
        failed += outcome.status in ("failed", "permanent", "unknown")
    return EXIT_PROBLEM if failed else 0


def _load_specs(path: Path) -> list[SourceSpec]:
    try:
        if path.suffix.lower() in (".opml", ".xml"):
            from monitor.feeds.opml import read_opml

            return read_opml(path.read_bytes(), source_name=str(path))
        return load_sources(path)
    except ConfigError as exc:
        raise CliError(f"problems in {path}:\n" + "\n".join(f"  {p}" for p in exc.problems)) from exc
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc}") from exc


def cmd_config_check(args: argparse.Namespace) -> int:
    problems: list[str] = []
    settings: Settings | None = None
    try:
        settings = load_settings(args.config, database_url=args.db)
    except ConfigError as exc:
        problems += [str(p) for p in exc.problems]
    n_sources = 0
    n_recipients = 0
    if settings is not None and settings.digest.recipients_file is not None:
        from monitor.digest.subscriptions import load_recipients

        try:
            n_recipients = len(load_recipients(settings.digest.recipients_file))
        except ConfigError as exc:
            problems += [str(p) for p in exc.problems]
    sources_file = settings.sources_file if settings else None
    if sources_file is not None:
        try:
            n_sources = len(load_sources(sources_file))
        except ConfigError as exc:
            problems += [str(p) for p in exc.problems]
    if problems:
        print(f"{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return EXIT_PROBLEM
    assert settings is not None
    print(f"config:   {settings.config_file or '(built-in defaults)'}")
    print(f"database: {Monitor(settings).database}")
    print(f"sources:  {sources_file or '(none)'} ({n_sources} sources)")
    print(f"digest:   {settings.digest.recipients_file or '(no recipients file)'} ({n_recipients} recipients); "
          f"SMTP {settings.smtp.host}:{settings.smtp.port} ({settings.smtp.security})")
    print(f"timezone: {settings.timezone}; poll every {settings.poll.tick:g}s, default interval {settings.poll.default_interval:g}s")
    from monitor.config import env_overrides

    for var, option in env_overrides():  # MONITOR_<SECTION>_<KEY> set in this environment (docs/operations.md)
        if not (option.name == "database.url" and args.db):
            print(f"environment: ${var} sets {option.name}")
    print("configuration OK")
    return 0


def cmd_sources_list(args: argparse.Namespace) -> int:
    rows = _monitor(args).sources(failing=args.failing)
    rows = [{**r, "url": mask_url(r["url"])} for r in rows]
    cols = ["name", "publisher", "language", "state", "articles", "errors", "last_success", "next_check", "last_error"]
    if args.format != "table":
        cols = [c for c in rows[0] if not c.startswith("_")] if rows else cols
    render(rows, args.format, columns=cols, title="sources", styles=STATE_STYLES, fold=("last_error",),
           drop=("next_check", "errors", "publisher", "language", "articles", "last_success"))
    return 0


def cmd_sources_add(args: argparse.Namespace) -> int:
    problem = check_feed_url(args.url)
    if problem:
        raise CliError(problem)
    interval: float | None = None
    if args.interval is not None:
        try:
            interval = parse_duration(args.interval)
        except ValueError as exc:
            raise CliError(f"--interval: {exc}") from exc
        if interval <= 0:
            raise CliError(f"--interval: expected a duration > 0, got {args.interval!r}")
    spec = SourceSpec(
        name=args.name, url=args.url.strip(), publisher=args.publisher or args.name,
        language=args.language, country=args.country, interval=interval,
    )
    # language and country are checked as `config check` checks sources.toml, before the database (issue 11 §9)
    monitor = _monitor(args, check_schema=False)
    monitor.check_source(spec)
    monitor.check_schema()
    for note in monitor.add_source(spec):
        print(f"monitor: note: {note}", file=sys.stderr)
    print(f"added source {spec.name} ({mask_url(spec.url)}); it is due now")
    return 0


def cmd_sources_remove(args: argparse.Namespace) -> int:
    n = _monitor(args).remove_source(args.name)
    print(f"removed source {args.name} and its {n} article(s)")
    return 0


def cmd_sources_enable(args: argparse.Namespace, enabled: bool) -> int:
    _monitor(args).set_source_enabled(args.name, enabled, getattr(args, "reason", None))
    print(f"{'enabled' if enabled else 'disabled'} source {args.name}")
    return 0


def cmd_sources_import(args: argparse.Namespace) -> int:
    specs = _load_specs(Path(args.file))
    rep = _monitor(args).sync_sources(specs)
    print(f"imported {args.file}: {rep.added} added, {rep.updated} updated, {rep.unchanged} unchanged")
    return 0


def cmd_sources_export(args: argparse.Namespace) -> int:
    specs = _monitor(args).export_sources()
    if args.format == "opml":
        from monitor.feeds.opml import write_opml

        data = write_opml(specs, title="tension-monitor sources")
    else:
        data = _specs_to_toml(specs).encode("utf-8")
    if args.out:
        Path(args.out).write_bytes(data)
        print(f"wrote {len(specs)} sources to {args.out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _specs_to_toml(specs: Sequence[SourceSpec]) -> str:
    lines = ["# Exported by `monitor sources export`.", ""]
    for s in specs:
        lines.append("[[sources]]")
        lines.append(f"name = {_toml_str(s.name)}")
        lines.append(f"url = {_toml_str(s.url)}")
        lines.append(f"publisher = {_toml_str(s.publisher)}")
        if s.language:
            lines.append(f"language = {_toml_str(s.language)}")
        if s.country:
            lines.append(f"country = {_toml_str(s.country)}")
        if s.interval:
            lines.append(f"interval = {int(s.interval)}")
        if not s.enabled:
            lines.append("enabled = false")
        lines.append("")
    return "\n".join(lines)


def cmd_poll(args: argparse.Namespace) -> int:
    monitor = _monitor(args)
    progress_bar = sys.stderr.isatty() and not args.quiet
    reports = []
    if progress_bar:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("polling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), transient=True,
        ) as progress:
            task = progress.add_task("", total=0)

            def claimed(n: int) -> None:
                progress.update(task, total=(progress.tasks[0].total or 0) + n)

            def reported(r: Any) -> None:
                progress.update(task, advance=1, description=r.source)

            # the index follows the poll (issue 11: `monitor poll` never updated it)
            reports = monitor.poll(args.source or None, all_sources=args.all, on_claimed=claimed, on_report=reported)
    else:
        reports = monitor.poll(args.source or None, all_sources=args.all)
    rows = [
        {
            "source": r.source, "outcome": r.outcome, "status": r.status, "new": r.new,
            "updated": r.updated, "unchanged": r.unchanged, "kb": round(r.bytes / 1024, 1),
            "ms": round(r.ms), "next_check": r.next_check, "error": r.error or r.problem,
            "_style": "ok" if r.outcome in ("ok", "not_modified") and not r.problem else ("warn" if r.outcome in ("ok", "not_modified") else "bad"),
        }
        for r in sorted(reports, key=lambda r: r.source)
    ]
    if not args.quiet:
        if rows or args.format != "table":
            render(rows, args.format, columns=[c for c in (rows[0] if rows else {"source": 0}) if not c.startswith("_")],
                   title="poll", styles={"bad": "red", "warn": "yellow"}, fold=("error",),
                   drop=("kb", "ms", "next_check", "status", "unchanged", "updated"))
        if args.format == "table":
            failed = sum(1 for r in reports if r.error)
            print(
                f"polled {len(reports)} source(s): {sum(r.new for r in reports)} new, "
                f"{sum(r.updated for r in reports)} updated, {sum(r.unchanged for r in reports)} unchanged, "
                f"{failed} failed" + ("" if reports else " (nothing was due; use --all to poll every source)")
            )
    return EXIT_PROBLEM if args.strict and any(r.error for r in reports) else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    monitor = _monitor(args)
    with _progress_bar() as progress:
        results = monitor.ingest_files([Path(p) for p in args.paths], source=args.source, publisher=args.publisher,
                                       language=args.language, on_progress=progress)
    rows: list[dict[str, Any]] = []
    for r in results:
        rows.append({"file": r.file, "source": r.source, "entries": r.entries, "new": r.new, "updated": r.updated,
                     "unchanged": r.unchanged, "problem": r.problem,
                     "_style": "bad" if r.failed else ("warn" if r.problem else "ok")})
        log.info("ingest", extra={"fields": {k: v for k, v in rows[-1].items() if not k.startswith("_")}})
    render(rows, args.format, columns=["file", "source", "entries", "new", "updated", "unchanged", "problem"],
           title="ingest", styles={"bad": "red", "warn": "yellow"}, fold=("file", "problem"),
           drop=("unchanged", "updated", "entries", "source"))
    if args.format == "table":
        print(f"ingested {len(rows)} file(s): {sum(r['new'] for r in rows)} new, "
              f"{sum(r['updated'] for r in rows)} updated, {sum(r['unchanged'] for r in rows)} unchanged, "
              f"{sum(1 for r in rows if r['_style'] == 'bad')} failed")
    return EXIT_PROBLEM if all(r["_style"] == "bad" for r in rows) else 0


def cmd_run(args: argparse.Namespace) -> int:
    from monitor.daemon import Daemon

    if args.workers < 0:
        raise CliError(f"--workers must be 0 or more, got {args.workers}")
    Daemon(_monitor(args), workers=args.workers).run()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """The read-only dashboard, JSON API, /healthz and /metrics (issue 13)."""
    from monitor.web.server import serve

    m = _monitor(args)
    m.check_schema()
    serve(m.settings, host=args.host, port=args.port)
    return 0


def cmd_work(args: argparse.Namespace) -> int:
    """Analysis workers only (issue 12 §4): read and file queued articles until SIGINT/SIGTERM."""
    import signal
    import threading

    if args.processes < 1 or args.batch < 1:
        raise CliError("--processes and --batch must be 1 or more")
    monitor = _monitor(args)
    stop = threading.Event()

    def _stop(signum: int, _frame: Any) -> None:
        log.info("received %s: finishing the batch in flight", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    if args.processes == 1:
        monitor.require_analyzer()
        n = monitor.work(should_stop=stop.is_set, batch=args.batch, lease_seconds=args.lease)
        print(f"read {n} article(s)")
        return 0
    from monitor.workers import WorkerPool, serve_until

    monitor.close()
    pool = WorkerPool(monitor.settings, args.processes)
    pool.start()
    try:
        serve_until(stop.is_set, pool)
    finally:
        pool.stop()
    return 0


def cmd_validate_gpr(args: argparse.Namespace) -> int:
    import tempfile

    from monitor import validate
    from monitor.analysis.service import get_analyzer

    settings = _settings(args)
    try:
        headlines = validate.read_headlines(Path(args.headlines))
        reference = validate.read_reference(Path(args.reference))
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    day_from = _parse_day(args.day_from) if args.day_from else None
    day_to = _parse_day(args.day_to) if args.day_to else None
    # headlines a few days either side feed the stories and the index's baseline window
    pad = timedelta(days=3)
    chosen = [h for h in headlines
              if (day_from is None or h.first_seen.date() >= day_from - pad) and (day_to is None or h.first_seen.date() <= day_to + pad)]
    if not chosen:
        raise CliError("no headlines in the chosen days")
    with tempfile.TemporaryDirectory(prefix="monitor-validate-") as tmp:
        url = args.scratch_db or f"sqlite:///{Path(tmp) / 'validate.db'}"
        try:
            ours = validate.build_index(chosen, url, settings, get_analyzer())
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    for d, v in validate.baselines(chosen, settings.tz).items():
        ours.setdefault(d, {}).update(v)
    rep = validate.compare(ours, reference, args.lag, day_from=day_from, day_to=day_to, resamples=args.resamples)
    rep["headlines"] = len(chosen)
    rep["verdict"] = validate.verdict(ours, reference, lag=1 if 1 in args.lag else args.lag[0],
                                      day_from=day_from, day_to=day_to, resamples=args.resamples)
    if args.plot:
        # one day of lag when it was asked for: GPR follows online headlines by about a day
        validate.plot(ours, reference, Path(args.plot), lag=1 if 1 in args.lag else args.lag[0],
                      day_from=day_from, day_to=day_to)
    if args.format == "json":
        print(json.dumps(rep, indent=2))
    else:
        print(validate.format_table(rep))
        print()
        print(validate.format_verdict(rep["verdict"]))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    monitor = _monitor(args)
    engine = monitor.engine
    try:
        st = monitor.status()
    except SQLAlchemyError as exc:
        raise CliError(f"cannot read the database: {exc}", EXIT_DB) from exc
    now, rows, tot, readings, slow = st["now"], st["sources"], st["totals"], st["readings"], st["slow_hosts"]
    q, rate, mail, mail_problems = st["queue"], st["read_rate"], st["mail_24h"], st["mail_problems"]  # issue 12 §6
    rows = [{**r, "url": mask_url(r["url"])} for r in rows]
    states: dict[str, int] = {}
    for r in rows:
        states[r["state"]] = states.get(r["state"], 0) + 1
    if args.format == "json":
        aq = {"pending": q.pending, "being_read": q.leased, "waiting_for_stories": q.unfiled, "failed": q.failed,
              "oldest_age_s": q.age_seconds(now), "read_per_s_10min": round(rate, 2)}
        json.dump({"sources": states, **tot, "analysis_queue": aq, "stories": _filing(st["stories"], now),
                   "slow_hosts": slow, "mail_24h": mail, "mail_problems": mail_problems, "per_source": [{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in r.items() if not k.startswith("_")} for r in rows]},
                  sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
        return 0
    cols = ["name", "state", "articles", "last_success", "errors", "last_error", "next_check"]
    render(rows, args.format, columns=cols, title="source health", styles=STATE_STYLES, fold=("last_error",),
           drop=("next_check", "errors", "last_success"))
    if args.format == "table":
        print(f"database: {mask_url(engine.url)}")
        print("sources: " + ", ".join(f"{n} {s}" for s, n in sorted(states.items())) if states else "sources: none (add some with `monitor sources add` or `monitor init`)")
        print(f"articles: {tot['articles']} stored, {tot['articles_24h']} new in the last 24 h")
        age = q.age_seconds(now)
        print(f"analysis queue: {q.pending} waiting" + (f" (oldest {_ago(age)})" if age is not None and q.pending else "")
              + f", {q.leased} being read, {q.unfiled} read and waiting for their stories"
              + (f", {q.failed} could not be read (`monitor analyze --reanalyze` retries them)" if q.failed else "")
              + f"; read {rate * 600:.0f} in the last 10 min ({rate:.1f}/s)")
        line = filing_line(st["stories"], now)
        if line:
            print(line)
        print("fetches in the last 24 h: " + (", ".join(f"{n} {o}" for o, n in sorted(tot["fetches_24h"].items())) or "none"))
        for h in slow:  # fetched after the host's other feeds (docs/operations.md, "Failure modes")
            names = ", ".join(h["slow"][:5]) + (f" and {len(h['slow']) - 5} more" if len(h["slow"]) > 5 else "")
            print(f"slow host {h['host']}: {h['timed_out']} of its {h['sources']} feeds timed out on their last poll ({names}); they are fetched after its other feeds")
        print("mail in the last 24 h: " + (", ".join(f"{n} {k}" for k, n in sorted(mail.items())) or "none"))
        for m in mail_problems:
            print(f"  mail {m['status']}: {m['kind']} {m['key']} to {m['recipient']} after {m['attempts']} attempt(s): {m['last_error']}")
        _print_readings(readings)
    return 0


def _filing(facts: dict[str, Any] | None, now: datetime) -> dict[str, Any] | None:
    """The last filing's facts for `monitor status`, with its age; None before any filing."""
    if not facts or not facts.get("at"):
        return None
    try:
        at = datetime.fromisoformat(str(facts["at"]))
    except ValueError:
        return None
    age = (now - (at if at.tzinfo else at.replace(tzinfo=UTC))).total_seconds()
    return {k: v for k, v in facts.items() if k != "token"} | {"age_s": round(max(age, 0.0))}


def filing_line(facts: dict[str, Any] | None, now: datetime) -> str | None:
    """`monitor status`: who files stories and how much its grouping window holds (issue 12 §2)."""
    filing = _filing(facts, now)
    if not filing:
        return None
    return (f"stories: last filed by {filing.get('filer', '?')} {_ago(filing['age_s'])} ago; grouping window "
            f"{filing.get('window_articles', 0):,} articles (cap {filing.get('window_cap', 0):,})"
            + (f" from {str(filing['window_from'])[:16]}" if filing.get("window_from") else ""))


def _ago(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _print_readings(readings: list[tuple[str, str, int]]) -> None:
    """Readings by version: after an upgrade, the stale ones and the command that renews them."""
    from monitor.analysis.reference import ReferenceError
    from monitor.analysis.service import current_versions

    try:
        current = current_versions()
    except ReferenceError:
        current = ("?", "?")
    n_current = sum(n for a, d, n in readings if (a, d) == current)
    stale = sum(n for a, d, n in readings if (a, d) != current)
    print(f"readings: {n_current} current (analyser {current[0]}, reference data {current[1]})"
          + (f", {stale} stale — run `monitor analyze --reanalyze` then `monitor index rebuild --stories`" if stale else ""))


def cmd_reporting_grant(args: argparse.Namespace) -> int:
    """Issue 13 §4: the read-only role for BI tools (PostgreSQL), or the read-only URIs (SQLite)."""
    password = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if password is None:
            raise CliError(f"--password-env: the environment variable {args.password_env} is not set")
    monitor = _monitor(args)
    result = monitor.grant_reporting(args.role, password=password)
    if isinstance(result, dict):  # SQLite: no roles, a read-only file
        print("SQLite has no roles: open the database read-only instead")
        print(f"  SQLAlchemy (Metabase, Superset, pandas): {result['sqlalchemy']}")
        print(f"  sqlite3 / Datasette:                     {result['sqlite3']}")
        return 0
    print(f"role {result.role} {'created' if result.created else 'updated'} on database {result.database}: "
          f"SELECT on {len(result.tables)} table(s) and {len(result.views)} view(s), nothing else")
    if not result.password_set:
        print("no password set (use --password-env VAR): it logs in only where pg_hba.conf needs none")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Issue 13 §1: stored articles, searched and filtered, newest first, one page; the next page's
    cursor follows (on standard error for table and csv, in the document for json)."""
    from monitor.browse import ArticleQuery
    from monitor.search import ARTICLE_KEYS

    monitor = _monitor(args)
    query = ArticleQuery(text=args.query or "", source=args.source, language=args.language, region=args.region,
                         actor=args.actor, signal=args.signal, day_from=_parse_day(args.day_from, "--from"),
                         day_to=_parse_day(args.day_to, "--to"))
    page = monitor.articles(query, cursor=args.cursor, limit=args.limit)
    if args.format == "json":
        rows = [{k: r[k] for k in ARTICLE_KEYS} for r in page.rows]
        for r in rows:
            r["published"] = r["published"].isoformat()
        json.dump({"articles": rows, "next_cursor": page.next_cursor}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if args.format == "csv":
        flat = [{**r, **{k: " ".join(r[k]) for k in ("regions", "actors", "signals")}} for r in page.rows]
        render(flat, "csv", columns=ARTICLE_KEYS)
    elif not page.rows:
        print("no articles match" + ("" if args.cursor is None else " after this cursor"), file=sys.stderr)
    else:
        render(page.rows, "table", columns=("published", "source", "language", "title", "id"),
               drop=("id", "language", "source"))
    if page.next_cursor:
        print(f"next page: --cursor {page.next_cursor}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Issue 13 §5: stories, articles, claims or the index as CSV or JSON lines, streamed."""
    monitor = _monitor(args)
    day_from, day_to = _parse_day(args.day_from, "--from"), _parse_day(args.day_to, "--to")
    if day_from and day_to and day_from > day_to:
        raise CliError(f"--from {day_from} is after --to {day_to}")
    if args.out in (None, "-"):
        n = monitor.export(args.kind, sys.stdout, fmt=args.format, day_from=day_from, day_to=day_to)
    else:
        # newline="": the csv module writes RFC 4180's \r\n itself (Python docs, csv, footnote 1)
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            n = monitor.export(args.kind, fh, fmt=args.format, day_from=day_from, day_to=day_to)
        print(f"wrote {n} row(s) to {args.out}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="monitor", description="Media-monitoring feed aggregator and tension tracker.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--config", metavar="PATH", help="settings file (default: $MONITOR_CONFIG or config/monitor.toml)")
    p.add_argument("--db", metavar="URL", help="database URL (overrides $MONITOR_DATABASE_URL and the config)")
    p.add_argument("--log-format", choices=("text", "json"), help="log line format (default from config)")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def fmt(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")

    sp = sub.add_parser("init", help="create or upgrade the database and import the configured sources")
    sp.add_argument("--sources", metavar="FILE", help="sources file to import (TOML or OPML; default from config)")
    sp.add_argument("--no-sources", action="store_true", help="do not import the sources file")
    sp.add_argument("--no-seeds", action="store_true", help="do not load the reference data from seeds/")
    sp.set_defaults(func=cmd_init)

    seeds = sub.add_parser("seeds", help="reference data (regions, actors, lexicons)")
    seeds_sub = seeds.add_subparsers(dest="seeds_command", required=True, metavar="SUBCOMMAND")
    sp = seeds_sub.add_parser("load", help="(re)load seeds/ into the database")
    sp.set_defaults(func=cmd_seeds_load)
    sp = seeds_sub.add_parser("check", help="validate the seeds (schema, ambiguity guards); with --corpus, every "
                              "lexicon entry's hits in a corpus")
    sp.add_argument("--corpus", metavar="DIR", help="folder of .json/.jsonl/.csv/.txt news items (read recursively); "
                    "without it: validate the seeds and exit 1 on any problem")
    sp.add_argument("--redundant", action="store_true",
                    help="instead: list patterns whose lemma keys repeat another pattern of the same entry")
    sp.add_argument("--shadowed", action="store_true",
                    help="instead: list patterns whose keys an earlier entry of the same language owns (the "
                    "first entry reads the words; the later one never fires)")
    sp.add_argument("--lang", help="only items in this language")
    sp.add_argument("--limit", type=int, default=0, help="read at most this many items (0 = all)")
    sp.add_argument("--samples", type=int, default=3, help="sample lines per entry")
    sp.add_argument("--entry", help="only entries whose id starts with this")
    sp.add_argument("--format", choices=("json", "table"), default="table")
    sp.set_defaults(func=cmd_seeds_check)

    sp = sub.add_parser("analyze", help="read a text (or stored articles) for regions, actors, signals and claims")
    src = sp.add_mutually_exclusive_group()
    src.add_argument("--text", help="the text to analyse")
    src.add_argument("--file", help="a UTF-8 text file (first line taken as the headline)")
    src.add_argument("--jsonl", metavar="PATH|-", help='one {"text", "lang", "date", "title"} object per line -> one result per line')
    src.add_argument("--reanalyze", action="store_true", help="re-read stored articles whose reading is missing or stale")
    sp.add_argument("--lang", help="declared language (checked against the script)")
    sp.add_argument("--date", help="article date YYYY-MM-DD (offices held on that day)")
    sp.add_argument("--title", help="headline (counts for in_title)")
    sp.add_argument("--country", help="the outlet's country, ISO alpha-3 (resolves unqualified titles: «שר הביטחון»)")
    sp.add_argument("--no-title", action="store_true", help="with --file: do not take the first line as headline")
    sp.add_argument("--since", help="with --reanalyze: only articles published since YYYY-MM-DD")
    sp.add_argument("--all", action="store_true", help="with --reanalyze: every article, even if current")
    sp.add_argument("--format", choices=("json", "table"), default="table")
    sp.add_argument("--max-chars", type=int, metavar="N",
                    help="read at most N characters of each text (default: analysis.max_chars; 0: no cap)")
    sp.set_defaults(func=cmd_analyze)

    ip = sub.add_parser("index", help="the daily escalation / de-escalation index (table, json or csv)")
    ip.add_argument("--from", dest="day_from", metavar="YYYY-MM-DD")
    ip.add_argument("--to", dest="day_to", metavar="YYYY-MM-DD")
    ip.add_argument("--scope", action="append", metavar="SCOPE", help="global, country:IRN, region:middle-east, pair:IRN-ISR, dyad:ISR>IRN, actor:vladimir-putin (repeatable)")
    ip.add_argument("--top", type=int, default=12, help="without --scope: the N scopes with most stories (default 12)")
    ip.add_argument("--lens", action="append", metavar="KIND:VALUE",
                    help="also the same scopes as one press reports them: language:ar, publisher-country:IRN "
                         "(repeatable; shown beside the whole press, lens rows flagged low_volume below index.min_stories)")
    fmt(ip)
    ip.set_defaults(func=cmd_index)
    isub = ip.add_subparsers(dest="index_command", required=False, metavar="SUBCOMMAND")
    sp = isub.add_parser("rebuild", help="recompute the index (after a lexicon or formula change)")
    sp.add_argument("--from", dest="day_from", metavar="YYYY-MM-DD")
    sp.add_argument("--to", dest="day_to", metavar="YYYY-MM-DD")
    sp.add_argument("--stories", action="store_true", help="also regroup articles into stories first")
    sp.set_defaults(func=cmd_index_rebuild)
    sp = isub.add_parser("explain", help="the stories, sentences and lexicon entries behind one value")
    sp.add_argument("--day", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--scope", required=True)
    sp.add_argument("--top", type=int, default=5)
    sp.add_argument("--format", choices=("table", "json"), default="table")
    sp.set_defaults(func=cmd_index_explain)

    dp = sub.add_parser("digest", help="the daily digest email")
    dsub = dp.add_subparsers(dest="digest_command", required=True, metavar="SUBCOMMAND")
    sp = dsub.add_parser("preview", help="write exactly what would be sent (.html for a browser, .eml as sent)")
    sp.add_argument("--date", metavar="YYYY-MM-DD", help="digest day (default: yesterday)")
    sp.add_argument("--recipient", metavar="ADDRESS", help="a recipient of recipients.toml (default: the first)")
    sp.add_argument("--out", required=True, metavar="FILE.html|FILE.eml")
    sp.set_defaults(func=cmd_digest_preview)
    sp = dsub.add_parser("send", help="send now (exactly once per recipient and day; see the send log)")
    sp.add_argument("--date", metavar="YYYY-MM-DD", help="digest day (default: yesterday)")
    sp.add_argument("--recipient", metavar="ADDRESS", help="only this recipient")
    sp.add_argument("--dry-run", action="store_true", help="compose and show, send nothing")
    sp.set_defaults(func=cmd_digest_send)

    sp = sub.add_parser("eval", help="precision/recall/F1 of the analyser (or of story grouping) on the gold sets")
    sp.add_argument("target", nargs="?", choices=("reading", "stories"), default="reading",
                    help="reading (default): the analyser on tests/gold/*.jsonl; stories: grouping on tests/gold/stories-*.jsonl")
    sp.add_argument("--corpus", metavar="DIR", help="stories: the corpus folder the gold names (default ../shared/corpus)")
    sp.add_argument("--from-db", dest="eval_db", metavar="URL", action="append", help="stories: evaluate the stories of databases that "
                    "ingested the corpora (matched by URL; repeatable, one per corpus) instead of grouping in memory")
    sp.add_argument("--gold", action="append", metavar="PATH", help="gold JSONL file or folder (default tests/gold)")
    sp.add_argument("--split", choices=("dev", "test", "all"), default="all",
                    help="items of one split (calibrate on dev, report test); items without a split always count")
    sp.add_argument("--compare-lemmas", action="store_true",
                    help="read the items with surface keys, the chosen lemmatisers and simplemma everywhere; per language")
    sp.add_argument("--errors", type=int, default=0, metavar="N", help="also print the first N misread items")
    sp.add_argument("--misses", type=int, default=0, metavar="N", help="stories: also print the first N missed same-event "
                    "pairs and N false joins with what the grouper saw (cosine, rule, events, shared names)")
    sp.add_argument("--format", choices=("json", "table"), default="table")
    sp.set_defaults(func=cmd_eval)

    vp = sub.add_parser("validate", help="validate the index against a reference series")
    vsub = vp.add_subparsers(dest="validate_command", required=True, metavar="SUBCOMMAND")
    sp = vsub.add_parser("gpr", help="correlate the global index with the daily GPR index, beside naive baselines")
    sp.add_argument("--headlines", required=True, metavar="DIR|CSV",
                    help="headline CSV files (first_seen_utc, title, link, source), e.g. ../shared/corpus/headlines-2025")
    sp.add_argument("--reference", required=True, metavar="CSV", help="the daily GPR file (DAY, GPRD, GPRD_THREAT, GPRD_ACT)")
    sp.add_argument("--from", dest="day_from", metavar="YYYY-MM-DD", help="first day compared")
    sp.add_argument("--to", dest="day_to", metavar="YYYY-MM-DD", help="last day compared")
    sp.add_argument("--lag", type=int, nargs="+", default=[0, 1, 2], choices=range(8), metavar="DAYS",
                    help="reference day = index day + lag (default 0 1 2; GPR follows online news by about a day)")
    sp.add_argument("--scratch-db", metavar="URL", help="build the index here (an empty database; default a temporary SQLite file)")
    sp.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples for the 95%% intervals")
    sp.add_argument("--plot", metavar="FILE.png", help="also draw the standardised series against GPRD")
    sp.add_argument("--format", choices=("json", "table"), default="table")
    sp.set_defaults(func=cmd_validate_gpr)

    cp = sub.add_parser("config", help="configuration tools")
    csub = cp.add_subparsers(dest="config_command", required=True, metavar="SUBCOMMAND")
    sp = csub.add_parser("check", help="validate settings and sources; report every problem with file and line")
    sp.set_defaults(func=cmd_config_check)

    sp_src = sub.add_parser("sources", help="list and manage sources")
    ssub = sp_src.add_subparsers(dest="sources_command", required=True, metavar="SUBCOMMAND")
    sp = ssub.add_parser("list", help="sources with their health")
    fmt(sp)
    sp.add_argument("--failing", action="store_true", help="only sources whose last polls failed")
    sp.set_defaults(func=cmd_sources_list)
    sp = ssub.add_parser("add", help="add a source")
    sp.add_argument("name")
    sp.add_argument("url")
    sp.add_argument("--publisher")
    sp.add_argument("--language")
    sp.add_argument("--country", help="ISO 3166-1 alpha-3 of the publisher")
    sp.add_argument("--interval", help="poll interval, e.g. 15m")
    sp.set_defaults(func=cmd_sources_add)
    sp = ssub.add_parser("remove", help="remove a source and its articles")
    sp.add_argument("name")
    sp.set_defaults(func=cmd_sources_remove)
    sp = ssub.add_parser("enable", help="enable a source (due immediately)")
    sp.add_argument("name")
    sp.set_defaults(func=lambda a: cmd_sources_enable(a, True))
    sp = ssub.add_parser("disable", help="stop polling a source")
    sp.add_argument("name")
    sp.add_argument("--reason")
    sp.set_defaults(func=lambda a: cmd_sources_enable(a, False))
    sp = ssub.add_parser("import", help="import sources from a TOML or OPML file")
    sp.add_argument("file")
    sp.set_defaults(func=cmd_sources_import)
    sp = ssub.add_parser("export", help="export sources as OPML or TOML")
    sp.add_argument("--format", choices=("opml", "toml"), default="opml")
    sp.add_argument("--out", metavar="FILE")
    sp.set_defaults(func=cmd_sources_export)

    sp = sub.add_parser("poll", help="poll due sources once (or --source NAME / --all)")
    sp.add_argument("--source", action="append", metavar="NAME", help="poll this source now (repeatable)")
    sp.add_argument("--all", action="store_true", help="poll every enabled source now")
    sp.add_argument("--strict", action="store_true", help="exit 1 if any source failed")
    sp.add_argument("-q", "--quiet", action="store_true")
    fmt(sp)
    sp.set_defaults(func=cmd_poll)

    sp = sub.add_parser("ingest", help="ingest feed files or folders from disk through the same pipeline")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--source", metavar="NAME", help="attribute the entries to this existing source")
    sp.add_argument("--publisher", help="publisher of the file sources, new or already known (default for a new one: its first folder below PATH, else its file name)")
    sp.add_argument("--language", help="language when the feed does not declare one")
    fmt(sp)
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("run", help="run the daemon (poll due sources on a schedule until SIGINT/SIGTERM)")
    sp.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                    help="analysis worker processes (default: one per core); 0 reads in the daemon's own thread")
    sp.set_defaults(func=cmd_run)

    sp = sub.add_parser("work", help="analysis workers only: read and file queued articles (any number of "
                                     "machines sharing one PostgreSQL) until SIGINT/SIGTERM")
    sp.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes on this machine (default 1)")
    sp.add_argument("--batch", type=int, default=500, metavar="N", help="articles claimed at a time (default 500)")
    sp.add_argument("--lease", type=float, default=600.0, metavar="SECONDS",
                    help="how long a claimed batch is ours; a dead worker's batch is taken over after it (default 600)")
    sp.set_defaults(func=cmd_work)

    sp = sub.add_parser("serve", help="the read-only web dashboard, JSON API (/api/v1), /healthz and /metrics")
    sp.add_argument("--host", default=None, help="address to bind (default: web.host, 127.0.0.1)")
    sp.add_argument("--port", type=int, default=None, help="port (default: web.port, 8080)")
    sp.set_defaults(func=cmd_serve)
    sp = sub.add_parser("status", help="per-source health and totals; exit 3 if the database is unreachable")
    fmt(sp)
    sp.set_defaults(func=cmd_status)

    rp = sub.add_parser("reporting", help="SQL reporting: a read-only role for BI tools (docs/schema.md)")
    rsub = rp.add_subparsers(dest="reporting_command", required=True, metavar="COMMAND")
    sp = rsub.add_parser("grant", help="create or update a read-only LOGIN role (PostgreSQL); on SQLite, "
                                       "print the read-only URI")
    sp.add_argument("--role", required=True, metavar="NAME", help="role name (plain lower-case)")
    sp.add_argument("--password-env", metavar="VAR", help="set the role's password from this environment variable")
    sp.set_defaults(func=cmd_reporting_grant)

    sp = sub.add_parser("search", help="stored articles, newest first: full-text search over titles and summaries, "
                                       "and filters (one page; prints the next page's cursor)")
    sp.add_argument("query", nargs="?", default="", metavar="QUERY",
                    help='words that must all occur (normalised as the analyser reads text; "a phrase" in double '
                         "quotes); empty: every article the filters keep")
    sp.add_argument("--source", metavar="NAME", help="only this source")
    sp.add_argument("--language", metavar="CODE", help="only this language (ar, en, fa, he, ru)")
    sp.add_argument("--region", metavar="ID", help="only articles mentioning this region or country (IRN, gaza, …)")
    sp.add_argument("--actor", metavar="ID", help="only articles mentioning this actor (vladimir-putin, …)")
    sp.add_argument("--signal", metavar="KIND", help="only articles with this signal: escalation, de_escalation or a "
                                                     "signal category")
    sp.add_argument("--from", dest="day_from", metavar="DATE", help="published on or after this day (YYYY-MM-DD, "
                                                                    "configured time zone)")
    sp.add_argument("--to", dest="day_to", metavar="DATE", help="published on or before this day (YYYY-MM-DD)")
    sp.add_argument("--limit", type=int, metavar="N", help="articles per page (default: web.page_size; at most 500)")
    sp.add_argument("--cursor", metavar="CURSOR", help="the next page, as the previous page printed it")
    fmt(sp)
    sp.set_defaults(func=cmd_search)

    sp = sub.add_parser("export", help="stories, articles, claims or the index as CSV or JSON lines "
                                       "(columns: docs/schema.md, \"Exports\")")
    sp.add_argument("kind", choices=("stories", "articles", "claims", "index"), help="what to export")
    sp.add_argument("--from", dest="day_from", metavar="DATE", help="first day (YYYY-MM-DD, inclusive)")
    sp.add_argument("--to", dest="day_to", metavar="DATE", help="last day (YYYY-MM-DD, inclusive)")
    sp.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="output format (default: csv)")
    sp.add_argument("--out", metavar="FILE", help="write to FILE (default: standard output)")
    sp.set_defaults(func=cmd_export)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is not None and (db_problem := check_database_url(args.db)):
        # the option, not a line of config/monitor.toml: the URL came from the command line
        print(f"monitor: --db: {db_problem}", file=sys.stderr)
        return EXIT_USAGE
    level = "DEBUG" if args.verbose else "INFO"
    log_format = args.log_format or "text"
    try:
        s = load_settings(args.config, database_url=args.db)
        level = "DEBUG" if args.verbose else s.logging.level
        log_format = args.log_format or s.logging.format
    except ConfigError:
        pass  # the command reports the problems itself
    setup_logging(level, log_format)
    try:
        return int(args.func(args))
    except ReferenceDataError as exc:  # seeds missing or empty (issue 11 §3): a message, not a traceback
        print(f"monitor: reference data cannot be loaded: {exc}", file=sys.stderr)
        return exc.code
    except MonitorError as exc:  # every user-facing error (monitor/errors.py): one line, the error's exit code
        print(f"monitor: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        # `monitor sources list | head`: the reader left; not an error of ours.  Point stdout at
        # /dev/null so the interpreter's final flush does not raise again (Python docs, "Note on
        # SIGPIPE" in the signal module) and exit as a shell does after SIGPIPE (128 + 13).
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OperationalError as exc:
        print(f"monitor: database error: {exc.orig}", file=sys.stderr)
        return EXIT_DB
    except KeyboardInterrupt:
        print("monitor: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
