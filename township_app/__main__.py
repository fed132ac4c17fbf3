from .cli import main

if __name__ == "__main__":  # not again in the worker processes a collection starts
    raise SystemExit(main())
