"""The hostile suite runs with the normal suite: registering its marker keeps `--strict-markers` happy."""

from __future__ import annotations


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "hostile: runs the real CLI against a misbehaving server (tests/hostile)")
