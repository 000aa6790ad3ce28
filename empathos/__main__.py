"""`python -m empathos` runs the command line, like the `empathos` script."""

from empathos.cli.main import app

app(prog_name="empathos")
