"""Dyad's command line: thin Typer shells over the public Python functions.

stdout carries data only; progress, warnings and errors go to stderr. Exit 0 when the run completed
(bad articles are counted on stderr and kept as error records), 1 when it could not run, 2 on usage errors.
"""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(name="dyad", help="Code news text into entities, quotations, CAMEO/PLOVER events and counts.",
                  no_args_is_help=True, add_completion=False)
evaluate_app = typer.Typer(help="Score Dyad against gold-standard suites.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

err = Console(stderr=True)


def main() -> None:  # pragma: no cover - entry point
    app()
