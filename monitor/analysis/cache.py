"""The compiled analyser on disk, so a command starts in a second instead of fifteen (issue 12 §5).

Building an :class:`~monitor.analysis.analyzer.Analyzer` reads ``seeds/`` (~0.6 s), keys every
pattern through the lemmatisers (~5 s), expands ~226,000 pattern variants and compiles the
Aho-Corasick automaton (~1.6 s): 6–14 s at every start, before one sentence is read. This
module pickles the whole compiled analyser (reference data, automaton, the lexicon's context
terms, the keyer's vocabulary, word cache and simplemma's decoded dictionaries) once, and later
processes load it (~0.4 s). It also holds the process-wide analyser (:func:`get_analyzer`), so
reading a text does not import the store. ``Analyzer(ref)`` itself stays pure (no disk).

**Key.** A cache file serves only the build it was made from: the reference-data version (a hash
of the seeds' bytes, computed without parsing them: ``reference.reference_version``), the analyser
version and options, a hash of this package's source (a code change the version constant does not
record must not reuse an old build), and the versions of Python, pyahocorasick (its pickle is a
dump of C node structs), simplemma and pymorphy3 (their lemmas are compiled into the patterns).
The key's hash names the file and the full key is stored in its header and compared on load: a
mismatch is a rebuild, never a wrong reading.

**Writes are atomic.** A new file is written beside the old under a temporary name and moved into
place with :func:`os.replace` (atomic on POSIX, ``rename(2)``), so a process that opens the cache
sees either the old file or the new one, never half of one. Two processes starting cold at once
both build and both replace; each file is whole, and the last one stays.

**Corrupt, truncated or unreadable files** are detected (length and CRC-32 of the payload before
unpickling; anything the unpickler raises) and rebuilt with a warning; the cache never makes a
command fail, and a cache directory that cannot be written only costs the rebuild.

**Pickle runs code when it loads**, so a file is only loaded if it belongs to the current user and
no one else can write it (Python's ``pickle`` documentation: never unpickle data from an untrusted
source); the directory is created ``0700``.

Where: ``$MONITOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/monitor`` (XDG Base Directory
Specification 0.8), else ``~/.cache/monitor``. ``MONITOR_ANALYZER_CACHE=off`` switches it off.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import pickle
import struct
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from monitor.analysis.analyzer import Analyzer, analyzer_version
from monitor.analysis.lemmas import LEMMA_BACKENDS, signature_of
from monitor.analysis.reference import load_reference, reference_version, seeds_dir

log = logging.getLogger(__name__)

ENV_CACHE_DIR = "MONITOR_CACHE_DIR"
ENV_CACHE = "MONITOR_ANALYZER_CACHE"  # off | 0 | false | no: never read or write the cache
_OFF = frozenset({"0", "off", "false", "no"})

# File layout: MAGIC, header length (u32), header (JSON: the key), payload length (u64),
# payload CRC-32 (u32), payload (pickle protocol 5). Bump FORMAT when the layout changes.
MAGIC = b"monitor-analyzer\n"
FORMAT = 1
_HEAD = struct.Struct("<I")
_TAIL = struct.Struct("<QI")
PREFIX = "analyzer-"
SUFFIX = ".pickle"
KEEP = 3  # cache files kept per directory (another checkout or seeds version may use the others)
_STALE_TMP = 3600.0  # seconds after which a temporary file is a crashed writer's leftover

_LIBS = ("pyahocorasick", "simplemma", "pymorphy3", "pymorphy3-dicts-ru")


def cache_dir(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where the cache lives, or None when it is switched off."""
    env = os.environ if environ is None else environ
    if env.get(ENV_CACHE, "").strip().lower() in _OFF:
        return None
    explicit = env.get(ENV_CACHE_DIR, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    # XDG Base Directory Specification: a relative $XDG_CACHE_HOME is invalid and is ignored.
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "monitor"


def _code_fingerprint() -> str:
    """A hash of this package's source: the pickled state is whatever the code built."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError as exc:  # unreadable source: still a stable, distinct key
            digest.update(repr(exc).encode())
    return digest.hexdigest()[:16]


def _lib_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in _LIBS:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "-"
    return out


def cache_key(data_version: str, *, lemmas: dict[str, str] | None = None,
              claims_by_lemma: bool = False, strict: bool = False) -> dict[str, str]:
    """Everything a compiled analyser depends on (see the module docstring).

    ``strict``: the reference data passed the schema validator (``load_reference(strict=True)``);
    a lenient build of the same bytes must not answer a strict load, which would skip the validation.
    """
    return {
        "format": str(FORMAT),
        "data_version": data_version,
        **({"validated": "strict"} if strict else {}),
        "analyzer_version": analyzer_version(signature_of(LEMMA_BACKENDS if lemmas is None else lemmas)),
        "lemmas": signature_of(LEMMA_BACKENDS if lemmas is None else lemmas),
        "claims_by_lemma": str(claims_by_lemma),
        "code": _code_fingerprint(),
        "python": f"{sys.implementation.cache_tag} {sys.version} {sys.platform} {sys.byteorder} {sys.maxsize}",
        **_lib_versions(),
    }


def _key_bytes(key: Mapping[str, str]) -> bytes:
    return json.dumps(dict(key), sort_keys=True, ensure_ascii=True).encode()


def cache_path(directory: Path, key: Mapping[str, str]) -> Path:
    return directory / f"{PREFIX}{hashlib.sha256(_key_bytes(key)).hexdigest()[:20]}{SUFFIX}"


class CacheMissError(Exception):
    """The file is absent or was made for another build (not a problem: rebuild quietly)."""


class CacheCorruptError(Exception):
    """The file cannot be used (truncated, damaged, not ours): rebuild with a warning."""


def _check_owner(path: Path, st: os.stat_result) -> None:
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        raise CacheCorruptError(f"{path} belongs to uid {st.st_uid}, not to this user: not loading a pickle from it")
    if st.st_mode & 0o022:
        raise CacheCorruptError(f"{path} is writable by group or others: not loading a pickle from it")


def read_cache(path: Path, key: Mapping[str, str]) -> Analyzer:
    """The analyser stored at ``path`` for ``key``; raises CacheMissError or CacheCorruptError."""
    try:
        f = path.open("rb")
    except (FileNotFoundError, NotADirectoryError) as exc:  # no file yet (the write will say if it cannot make one)
        raise CacheMissError(str(exc)) from exc
    except OSError as exc:
        raise CacheCorruptError(f"cannot open {path}: {exc}") from exc
    with f:
        try:
            st = os.fstat(f.fileno())
            _check_owner(path, st)
            if f.read(len(MAGIC)) != MAGIC:
                raise CacheCorruptError(f"{path} is not an analyser cache file")
            (n_head,) = _HEAD.unpack(f.read(_HEAD.size))
            if n_head > 1 << 20:
                raise CacheCorruptError(f"{path}: implausible header length {n_head}")
            head = f.read(n_head)
            if head != _key_bytes(key):
                raise CacheMissError(f"{path} was made for another build")
            n_payload, crc = _TAIL.unpack(f.read(_TAIL.size))
            start = f.tell()
            if st.st_size != start + n_payload:
                raise CacheCorruptError(f"{path} is truncated or has trailing bytes")
            # The CRC is checked before pickle sees a byte: pyahocorasick rebuilds its trie from
            # raw node records, and a damaged record is better refused here than trusted there.
            # Two passes over the file (the second from the page cache, ~20 ms) rather than one
            # 70 MB buffer: the loader's peak memory stays ~70 MB lower. The file cannot change
            # under the open descriptor: writers replace it, they never write into it.
            running, buf = 0, bytearray(1 << 22)
            while n := f.readinto(buf):
                running = zlib.crc32(memoryview(buf)[:n], running)
            if running != crc:
                raise CacheCorruptError(f"{path} is damaged (CRC-32 mismatch)")
            del buf
            f.seek(start)
            # The loader allocates ~0.5 M container objects; the cyclic GC would walk the growing
            # heap again and again meanwhile (measured: 0.87 s with it off against 1.17 s on).
            was_enabled = gc.isenabled()
            gc.disable()
            try:
                obj = pickle.load(f)
            except Exception as exc:
                raise CacheCorruptError(f"{path} cannot be unpickled: {type(exc).__name__}: {exc}") from exc
            finally:
                if was_enabled:
                    gc.enable()
        except struct.error as exc:
            raise CacheCorruptError(f"{path} is truncated: {exc}") from exc
        except OSError as exc:
            raise CacheCorruptError(f"cannot read {path}: {exc}") from exc
    if not isinstance(obj, Analyzer):
        raise CacheCorruptError(f"{path} holds a {type(obj).__name__}, not an Analyzer")
    if obj.data_version != key["data_version"] or obj.version != key["analyzer_version"]:
        raise CacheCorruptError(f"{path} holds analyser {obj.version} / data {obj.data_version}, "
                                f"not {key['analyzer_version']} / {key['data_version']}")
    return obj


class _CrcWriter:
    """A file wrapper that counts and checksums what pickle streams through it."""

    def __init__(self, f: BinaryIO) -> None:
        self.f, self.crc, self.size = f, 0, 0

    def write(self, b: bytes | memoryview) -> int:
        self.crc = zlib.crc32(b, self.crc)
        self.size += len(b)
        return self.f.write(b)


def write_cache(path: Path, key: Mapping[str, str], analyzer: Analyzer) -> None:
    """Store ``analyzer`` at ``path`` atomically (temporary file in the same directory, then os.replace)."""
    head = _key_bytes(key)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC)
            f.write(_HEAD.pack(len(head)))
            f.write(head)
            at = f.tell()
            f.write(_TAIL.pack(0, 0))
            # streamed, not pickle.dumps: a 70 MB payload in memory beside the freshly built
            # analyser would raise a cold start's peak by as much
            w = _CrcWriter(f)
            pickle.dump(analyzer, w, protocol=5)
            f.seek(at)
            f.write(_TAIL.pack(w.size, w.crc))
        # No fsync: after a power cut the file may be short or zeroed, which the length and
        # CRC checks catch (a rebuild); syncing 70 MB would slow every cold start instead.
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _prune(path)


def _prune(keep: Path) -> None:
    """Keep the KEEP newest cache files (``keep`` among them) and drop stale temporary files."""
    now = time.time()
    files: list[tuple[float, Path]] = []
    for p in keep.parent.glob(f"{PREFIX}*"):
        try:
            mtime = p.stat().st_mtime
            if p.name.endswith(".tmp"):
                if now - mtime > _STALE_TMP:
                    p.unlink()
            elif p.name.endswith(SUFFIX) and p != keep:
                files.append((mtime, p))
        except OSError:
            continue  # another process pruned it first
    for _, p in sorted(files, reverse=True)[KEEP - 1:]:
        p.unlink(missing_ok=True)


@dataclass(frozen=True)
class Loaded:
    analyzer: Analyzer
    source: Literal["cache", "built"]
    path: Path | None  # the cache file read or written; None when the cache is off or unwritable
    seconds: float


def load_analyzer(
    root: Path | None = None,
    *,
    lemmas: dict[str, str] | None = None,
    claims_by_lemma: bool = False,
    directory: Path | Literal["default"] | None = "default",
    strict: bool = False,
) -> Loaded:
    """The analyser for the seeds at ``root``: from the cache when it is current, else built (and cached).

    ``directory``: the cache directory; ``"default"`` is :func:`cache_dir`, None switches the cache off.
    Never raises because of the cache: every cache problem falls back to building.
    ``strict``: validate the seeds (``load_reference(strict=True)``) before building; a cached build
    is one that passed, so a cache hit skips the validation safely (its key says ``validated``).
    """
    t0 = time.perf_counter()
    root = seeds_dir() if root is None else root
    where = cache_dir() if directory == "default" else directory
    path: Path | None = None
    key: dict[str, str] = {}
    if where is not None:
        try:
            key = cache_key(reference_version(root), lemmas=lemmas, claims_by_lemma=claims_by_lemma, strict=strict)
            path = cache_path(where, key)
            analyzer = read_cache(path, key)
            return Loaded(analyzer, "cache", path, time.perf_counter() - t0)
        except CacheMissError:
            pass
        except CacheCorruptError as exc:
            log.warning("analyser cache unusable, rebuilding", extra={"fields": {"reason": str(exc)}})
        except OSError as exc:  # the seeds could not be hashed: load_reference below says why
            log.warning("analyser cache skipped", extra={"fields": {"reason": str(exc)}})
            path = None
    analyzer = Analyzer(load_reference(root, strict=strict), lemmas=lemmas, claims_by_lemma=claims_by_lemma)
    if path is not None and analyzer.data_version != key["data_version"]:
        path = None  # the seeds changed while we read them: this build is no answer to that key
    if path is not None:
        try:
            write_cache(path, key, analyzer)
        except Exception as exc:  # a read-only or full disk costs the next start a rebuild, nothing more
            log.warning("analyser cache not written", extra={"fields": {"path": str(path), "reason": str(exc)}})
            path = None
    return Loaded(analyzer, "built", path, time.perf_counter() - t0)


_lock = threading.Lock()
_loaded: Loaded | None = None


def get_loaded() -> Loaded:
    """The process-wide analyser with where it came from (loaded once, thread-safe)."""
    global _loaded
    with _lock:
        if _loaded is None:
            # the process-wide analyser serves the commands and the daemon: invalid seeds stop it with
            # every problem named (issue 11 §4), never a half-read lexicon
            _loaded = load_analyzer(strict=True)
            an = _loaded.analyzer
            log.info(
                "analyser ready",
                extra={"fields": {"patterns": an.matcher.size, "data_version": an.data_version,
                                  "source": _loaded.source, "seconds": round(_loaded.seconds, 2),
                                  "cache": str(_loaded.path) if _loaded.path else None}},
            )
        return _loaded


def get_analyzer() -> Analyzer:
    """The process-wide analyser: loaded from the cache (~0.5 s) or built and cached (~6–14 s)."""
    return get_loaded().analyzer
