# Not code: marks seeds/ as the package monitor._data.seeds (pyproject.toml, [tool.setuptools.package-dir]),
# so the reference data ships in the wheel and an editable install maps the name back here.
