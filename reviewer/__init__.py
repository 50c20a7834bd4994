"""reply-reviewer: lint and rewrite support replies to unhappy customers.

    >>> from reviewer import check
    >>> report = check("Sorry if you were upset!!")
    >>> [f.code for f in report.findings]

``check`` is the linter (offline, fast); ``rewrite`` runs the LLM loop and is
imported only when used, so the linter starts without the LLM stack.
"""

from .config import Config, ConfigError, load_config
from .lint.engine import EmptyDraftError, Linter, check
from .model import Finding, Fix, Report, apply_fixes

__all__ = ["check", "rewrite", "Linter", "Config", "ConfigError", "load_config", "Finding", "Fix", "Report", "apply_fixes", "EmptyDraftError"]
__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "rewrite":  # the LLM stack loads on first use, not with the linter
        from .rewriting import rewrite

        return rewrite
    raise AttributeError(name)
