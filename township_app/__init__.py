"""township-app: write, check, print and submit a township's periodic work report."""

__version__ = "0.1.0"
