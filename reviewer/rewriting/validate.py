"""Is the model's answer safe to offer? Restore the personal data, then the guard's checks.

The checks are ``reviewer.guard.verify.check_rewrite``, the same ``reviewer verify``
runs; here the answer is also checked for masking tokens the model made up.
"""

from __future__ import annotations

from ..guard.pii import Masker
from ..guard.verify import Verdict, check_rewrite
from ..i18n import _
from ..lint.engine import Linter
from ..model import Report


def validate(answer: str, *, draft: Report, context: str | None, masker: Masker, linter: Linter) -> Verdict:
    """Check the model's (masked) answer; ``draft`` is the linter's report on the original draft."""
    verdict = check_rewrite(masker.restore(answer), draft=draft, context=context, linter=linter)
    message = _("uses the placeholder {token}, which stands for nothing in the draft", locale=draft.lang)
    for token in dict.fromkeys(masker.unknown(answer)):
        verdict.fail("token_invented", message.format(token=token))
    return verdict
