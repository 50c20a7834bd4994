"""The LLM rewrite: a closed loop that never returns an unchecked rewrite.

    >>> from reviewer.rewriting import rewrite
    >>> result = rewrite("Sorry if you were upset!! Your order #48213 is delayed.")
    >>> result.status, result.rewrite, result.slots
    >>> result.to_dict()          # the JSON contract (README: LLM rewrite)

``arewrite`` is the same for asyncio; ``estimate`` prices the first request
without sending it. Personal data is masked before anything is sent (``pii``);
the prompt is ``prompts/rewrite.v*.toml``; every answer is re-linted and
fact-checked (``validate``, ``facts``) and asked again with the failures, then
the honest fallback.
"""

from .loop import TONES, arewrite, estimate, rewrite
from .result import Change, RewriteAnswer, RewriteResult

__all__ = ["TONES", "Change", "RewriteAnswer", "RewriteResult", "arewrite", "estimate", "rewrite"]
