"""The README documents every CLI command, and CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

from lagebild.cli import app

REPO = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}
    missing = sorted(n for n in names if f"`lagebild {n}" not in readme)
    assert not missing, f"commands missing from README's CLI reference: {missing}"


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = re.search(r"Set up and run the tests.*?```bash\n(.+?)\n```", readme, re.S)
    assert command is not None
    assert command.group(1).strip() in (REPO / ".ci" / "run").read_text(encoding="utf-8")
