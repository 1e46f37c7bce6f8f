"""Schema upgrades with Alembic, driven from code (``monitor init``)."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from monitor._data import data_dir
from monitor.store.models import metadata
from monitor.store.search import include_name as search_include_name


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    # the migrations ship inside the package (monitor._data.migrations; top-level migrations/ in a
    # checkout): found through importlib.resources, so an installed wheel can upgrade (issue 11 §3)
    # Alembic's options go through ConfigParser interpolation: a literal "%" must be doubled (Alembic
    # docs, Config.set_main_option), or a path with "%" or "#" (rendered "%23") breaks `monitor init`
    cfg.set_main_option("script_location", str(data_dir("migrations")).replace("%", "%%"))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to ``revision`` (idempotent)."""
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def drift(engine: Engine) -> list[object]:
    """Differences between the models and the migrated database (empty = none)."""
    with engine.connect() as conn:
        # the search index's engine-specific parts are not models (monitor/store/search.py)
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True, "include_name": search_include_name}
        )
        return list(compare_metadata(ctx, metadata))
