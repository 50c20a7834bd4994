"""S003 link-dump: more than ``max-links`` distinct links in one reply.

The same URL twice counts once: "https://www.example.com/help/" and
"example.com/help" are one link. A mail provider's bare domain ("gmail.com")
is an address spoken of, not a link.
"""

from __future__ import annotations

from typing import Iterable

from ... import diskcache
from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit

_SCHEME = diskcache.compile(r"^(?:https?://)?(?:www\.)?")
_POINT_LETTER = diskcache.compile(r"\.[^\W\d_]")


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    # Every link holds "://" or a point before a letter ("t.co", "www.shop"): with fewer of those than the limit allows
    # there is no dump, and the link pattern (slow: it tries a domain at every word) need not run
    if doc.lower.count("://") + len(_POINT_LETTER.findall(doc.lower)) <= rule.rule.options["max-links"]:
        return
    mail = rule.rule.options["mail-domains"]
    links = [(m.span(), key) for m in rule.finditer(doc, "links") if (key := _key(m.group())) not in mail]
    distinct = {key for _, key in links}
    if len(distinct) > rule.rule.options["max-links"]:
        yield Hit(links[0][0][0], links[-1][0][1], message=rule.rule.message_for(doc.lang, n=len(distinct)))


def _key(link: str) -> str:
    return _SCHEME.sub("", link.rstrip(".,;:!?)»”\"'")).rstrip("/")
