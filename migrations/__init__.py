# Marks migrations/ as the package monitor._data.migrations (pyproject.toml, [tool.setuptools.package-dir]),
# so the migrations ship in the wheel and an editable install maps the name back here.
# Alembic reads env.py and versions/ by path (monitor/store/schema.py); nothing imports this package.
