"""The README documents every command and every setting."""

from __future__ import annotations

import re
from pathlib import Path

import click

from claimgraph import settings
from claimgraph.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        assert f"claimgraph {name}" in README, f"`claimgraph {name}` is not documented in README.md"


def test_every_setting_is_in_the_readme() -> None:
    names = set(re.findall(r"CLAIMGRAPH_[A-Z_]+", Path(settings.__file__).read_text()))
    assert names, "settings.py names no settings?"
    for name in sorted(names):
        assert name in README, f"{name} is not documented in README.md"


def test_the_readme_python_example_runs(capsys) -> None:  # noqa: ANN001
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert blocks, "README.md has no Python example"
    for block in blocks:
        if "build_pipeline" in block:
            exec(compile(block, "README.md", "exec"), {})
    assert "Bamako" in capsys.readouterr().out
