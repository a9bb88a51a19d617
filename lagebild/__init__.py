"""lagebild: turn a stream of raw news articles into a situation picture."""

__version__ = "0.1.0"
