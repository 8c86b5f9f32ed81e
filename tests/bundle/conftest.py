"""Show the bundle's measures (record_property) at the end of the run, with or without -s."""

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    measures = [
        (name, value)
        for kind in ("passed", "failed")
        for report in terminalreporter.getreports(kind)
        for name, value in report.user_properties
        if name.startswith("bundle_")
    ]
    if measures:
        terminalreporter.section("bundle measures")
        for name, value in measures:
            terminalreporter.write_line(f"{name}: {value}")
