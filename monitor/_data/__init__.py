"""Data that ships inside the package: the reference data (``seeds/``) and the migrations.

In the repository both live at the top level (``seeds/``, ``migrations/``, as the design card
has them).  ``pyproject.toml`` maps them to ``monitor._data.seeds`` and
``monitor._data.migrations`` (setuptools ``package-dir``), so a wheel carries them as
``monitor/_data/seeds`` and ``monitor/_data/migrations``, and an editable install's import
finder maps those names back to the top-level folders.  Code finds them here, through
:mod:`importlib.resources`, never by a path relative to its own source file (which pointed
outside site-packages in an installed wheel: issue 11 §3).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Literal

__all__ = ["data_dir"]


def data_dir(name: Literal["seeds", "migrations"]) -> Path:
    """The directory of the shipped ``seeds`` or ``migrations`` (a real directory on disk).

    Raises :class:`FileNotFoundError` when the installation lacks it.
    """
    try:
        found = resources.files(f"{__name__}.{name}")
    except ModuleNotFoundError:
        # Run from a checkout that was never installed (PYTHONPATH=.), or from an editable
        # install made before the mapping existed: the top-level folder itself.
        found = Path(__file__).resolve().parents[2] / name
    # Alembic and the seeds loader need file-system paths; a zip import would give a
    # zipfile.Path (importlib.resources.as_file copies directories only from Python 3.12).
    if not isinstance(found, Path) or not found.is_dir():
        raise FileNotFoundError(
            f"the package's {name}/ directory is missing ({found}): reinstall tension-monitor "
            "(pip install .), or from a checkout `make install`"
        )
    return found
