"""`python -m dyad ...` runs the CLI, so a checkout works without the console script."""
from dyad.cli import app

app(prog_name="dyad")
