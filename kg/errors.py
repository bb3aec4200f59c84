"""The exceptions kg raises on purpose.

    KgError
    ├── InputError        an article cannot be read or parsed (reported, skipped)
    ├── ConfigError       a bad setting or option
    ├── ModelError        the spaCy model is not installed
    ├── QueryError        a SPARQL query is malformed or unknown
    └── ExportError       an unknown format or a failed export

The CLI prints any KgError as one line and exits non-zero; other exceptions are bugs.
"""

__all__ = ["KgError", "InputError", "ConfigError", "ModelError", "QueryError", "ExportError"]


class KgError(Exception):
    """Base of every error kg raises on purpose."""


class InputError(KgError):
    """An article cannot be read or parsed."""


class ConfigError(KgError):
    """A setting or option has a bad value."""


class ModelError(KgError):
    """The spaCy model cannot be loaded."""


class QueryError(KgError):
    """A SPARQL query is malformed or unknown."""


class ExportError(KgError):
    """An export format is unknown or failed."""
