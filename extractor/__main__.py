"""python -m extractor -> the `extract` command."""

from extractor.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
