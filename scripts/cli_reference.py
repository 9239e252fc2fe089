"""Write the CLI reference (docs/cli.md) from the commands' own --help texts."""

from __future__ import annotations

import click
from click.testing import CliRunner

from newsgraph.cli import main


def reference() -> str:
    runner = CliRunner()
    parts = ["# CLI reference\n",
             "Generated from `--help` by `make docs` (scripts/cli_reference.py); "
             "a test fails when it is out of date.\n"]
    commands = [[]] + [[name] for name in sorted(main.commands)]  # type: ignore[attr-defined]
    for args in commands:
        result = runner.invoke(main, [*args, "--help"], prog_name="newsgraph",
                               terminal_width=100)
        title = " ".join(["newsgraph", *args])
        parts.append(f"## `{title}`\n\n```text\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    click.echo(reference(), nl=False)
