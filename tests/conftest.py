"""Suite-wide rules."""

from __future__ import annotations

import os

import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a missing external program fails its test: CI installs them, so a skip would hide a defect."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and "is not installed" in str(report.longrepr):
        report.outcome = "failed"
