"""reply-reviewer: lint and rewrite support replies to unhappy customers.

    >>> from reviewer import check
    >>> report = check("Sorry if you were upset!!")
    >>> [f.code for f in report.findings]

``check`` is the linter (offline, fast); ``rewrite`` runs the LLM loop and
``verify`` checks a rewrite made elsewhere with the loop's own checks; both are
imported only when used, so the linter starts without them.
"""

from .config import Config, ConfigError, load_config
from .lint.engine import EmptyDraftError, Linter, check
from .model import Finding, Fix, Report, apply_fixes

__all__ = ["check", "rewrite", "verify", "Linter", "Config", "ConfigError", "load_config", "Finding", "Fix", "Report", "apply_fixes", "EmptyDraftError"]
__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "rewrite":  # the LLM stack loads on first use, not with the linter
        from .rewriting import rewrite

        return rewrite
    if name == "verify":
        from .guard.verify import verify

        return verify
    raise AttributeError(name)
