"""uprooted: a displacement tracking matrix built from news and field reports."""

__version__ = "0.1.0"
