"""python -m extractor (and the `extract` command) -> ``cli.main``.

A guarded extraction starts the fork server first, before the command line (Typer) and the
pipeline are imported: the worker's imports then run beside this process's own, on the other core.
"""

from __future__ import annotations

import os
import sys

SUBCOMMANDS = ("schema", "evaluate", "batch")  # cli.SUBCOMMANDS, kept here so cli is not imported first
# Arguments after which no document is read in a worker.
NO_WORKER_FLAGS = frozenset({"--help", "-h", "--no-guard"})


def main() -> int:
    # Pydantic looks for plugins in every installed package's metadata on its first model (about
    # 6 ms in each process); the command uses none. Set before the fork server starts, so its
    # workers inherit it; a value the user sets stands.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = sys.argv[1:]
    if args and args[0] not in SUBCOMMANDS and NO_WORKER_FLAGS.isdisjoint(args):
        from extractor.guard import start_server

        start_server()
    from extractor.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
