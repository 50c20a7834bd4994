"""Rows and helpdesk exports: which records of a JSONL, CSV or JSON file are drafts,
and what is kept of each.

A record is a JSONL line, a CSV row, or an item of a ``.json`` document. Three
helpdesks' documented API and export shapes are recognised by their fields (or
named with ``format``):

- Zendesk ticket comments (``GET /api/v2/tickets/{id}/comments``, with
  ``include=users`` for the authors' roles): ``public``, ``author_id``,
  ``html_body`` / ``body``;
- Freshdesk conversations (``GET /api/v2/tickets/{id}/conversations``, or a
  ticket with ``include=conversations``): ``body`` / ``body_text``,
  ``private``, ``incoming``;
- Intercom conversations (``GET /conversations/{id}``, or a
  ``conversation.list``): the source and each of ``conversation_parts`` with
  ``part_type``, ``author.type`` and an HTML ``body``.

Each message becomes a row of the vendor's own fields (nested ones dotted:
``author.name``) plus ``author`` (the name, or Freshdesk's user id),
``author_role`` (agent, customer, bot or unknown) and ``public``; unless ``where`` says otherwise about them, only public agent
replies are kept. Any other record is a row as it stands. ``where``,
``keep``, ``text_field`` and ``id_field`` apply to both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import NamedTuple

from .i18n import _, ngettext
from .inputs import _MISSING, MAX_DRAFT, Draft, HtmlText, InputError, InputWarning, _draft, _Ids, _row

# Markup in a field: a tag, a comment or a character reference ("&rsquo;"); "a < b" is not.
_HTML = re.compile(r"<(?:/?[a-zA-Z][\w:-]*|!--)[^<>]*>|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


class Condition(NamedTuple):
    """``FIELD=VALUE`` or ``FIELD!=VALUE``: compared as text, case aside (JSON true is "true")."""

    field: str
    value: str
    equal: bool = True

    @classmethod
    def parse(cls, text: str) -> Condition:
        at = text.find("=")
        unequal = at > 0 and text[at - 1] == "!"
        field = text[: at - unequal].strip()
        if at < 0 or not field:
            raise ValueError(_("expected FIELD=VALUE or FIELD!=VALUE, got {text!r}").format(text=text))
        return cls(field, text[at + 1 :].strip(), not unequal)

    def __str__(self) -> str:
        return f"{self.field}{'=' if self.equal else '!='}{self.value}"


# What a helpdesk export keeps unless told otherwise: public replies by agents.
AGENT_REPLIES = (Condition("public", "true"), Condition("author_role", "agent"))


class Rows(NamedTuple):
    """How to read rows: the format, which fields hold the draft and its id, which rows, what to keep."""

    format: str = "auto"
    text_field: str | None = None  # None: "text", or the helpdesk's body field
    id_field: str | None = None  # None: "id"
    where: tuple[Condition, ...] = ()
    keep: tuple[str, ...] = ()
    unique_ids: bool = True  # warn of a repeated id (every id is kept: `reviewer report` turns it off)
    optional: tuple[str, ...] = ()  # kept too when a row has them, never asked of a CSV header (a report's date)

    def named(self) -> list[str]:
        """The fields the options name, which a CSV header must have."""
        return [name for name in (self.text_field, self.id_field, *(c.field for c in self.where), *self.keep) if name]

    def selects(self, fields: dict, defaults: tuple[Condition, ...] = ()) -> bool:
        """Whether a row passes: per field, any ``=`` and every ``!=``; the defaults apply to fields ``where`` leaves alone."""
        if not self.where and not defaults:
            return True  # plain rows with no --where: asked of every row, so no sets and lists to build
        mine = {c.field for c in self.where}
        conditions = self.where + tuple(c for c in defaults if c.field not in mine)
        by_field: dict[str, list[Condition]] = {}
        for c in conditions:
            by_field.setdefault(c.field, []).append(c)
        for name, group in by_field.items():
            value = as_text(fields.get(name)).casefold()
            wanted = [c.value.casefold() for c in group if c.equal]
            if wanted and value not in wanted:
                return False
            if any(value == c.value.casefold() for c in group if not c.equal):
                return False
        return True


def as_text(value) -> str:
    """A field's value as ``--where`` compares it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.strip() if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def looks_like_html(text: str) -> bool:
    return bool(_HTML.search(text))


def flatten(record: dict, prefix: str = "") -> dict:
    """The fields, and nested objects' fields by dotted names too: ``{"author": {"type": "admin"}}`` has ``author.type``."""
    out = {}
    for key, value in record.items():
        out[f"{prefix}{key}"] = value
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
    return out


class Message(NamedTuple):
    """One message of a record: its fields, the field that holds its text, and whether that is HTML (None: look)."""

    fields: dict
    text_field: str
    html: bool | None = None


# ---------------------------------------------------------------- the helpdesks' shapes


def _zendesk(record: dict) -> Iterator[Message]:
    comments = record["comments"] if isinstance(record.get("comments"), list) else [record]
    users = {u.get("id"): u for u in record.get("users") or () if isinstance(u, dict)}
    ticket = record.get("ticket") if isinstance(record.get("ticket"), dict) else {}
    for comment in comments:
        if not isinstance(comment, dict):
            continue
        author = users.get(comment.get("author_id"))
        if author:
            role = {"end-user": "customer", "agent": "agent", "admin": "agent"}.get(author.get("role"), "unknown")
        elif ticket.get("requester_id") is not None:  # without the users, the requester is the customer
            role = "customer" if comment.get("author_id") == ticket["requester_id"] else "agent"
        else:
            role = "unknown"
        fields = flatten(comment) | {"author_role": role, "author": (author or {}).get("name")}
        if ticket.get("id") is not None:
            fields["ticket_id"] = ticket["id"]
        html = bool(comment.get("html_body"))
        yield Message(fields, "html_body" if html else "body" if comment.get("body") is not None else "plain_body", html)


def _freshdesk(record: dict) -> Iterator[Message]:
    conversations = record["conversations"] if isinstance(record.get("conversations"), list) else [record]
    for conversation in conversations:
        if not isinstance(conversation, dict):
            continue
        fields = flatten(conversation) | {
            "author_role": "customer" if conversation.get("incoming") else "agent",
            "author": conversation.get("user_id"),  # conversations name no one: the user's id
            "public": not conversation.get("private", False),
        }
        html = bool(conversation.get("body"))
        yield Message(fields, "body" if html else "body_text", html)


_INTERCOM_ROLES = {"admin": "agent", "team": "agent", "bot": "bot", "user": "customer", "lead": "customer", "contact": "customer"}


def _intercom(record: dict) -> Iterator[Message]:
    if isinstance(record.get("conversations"), list):  # a conversation.list page
        for conversation in record["conversations"]:
            if isinstance(conversation, dict):
                yield from _intercom(conversation)
        return
    if "part_type" in record:  # one conversation part on its own
        parts, source, conversation_id = [record], None, None
    else:
        container = record.get("conversation_parts")
        parts = container.get("conversation_parts", []) if isinstance(container, dict) else container or []
        source, conversation_id = record.get("source"), record.get("id")
    for part, public in ([(source, True)] if isinstance(source, dict) else []) + [(p, None) for p in parts if isinstance(p, dict)]:
        if not part.get("body"):  # assignments, opens, closes: no message
            continue
        fields = flatten(part)
        author_type = fields.get("author.type")
        fields["author_role"] = _INTERCOM_ROLES.get(author_type, "unknown")
        fields["author"] = fields.get("author.name")
        fields["public"] = public if public is not None else not str(part.get("part_type", "")).startswith("note")
        if conversation_id is not None:
            fields["conversation_id"] = conversation_id
        yield Message(fields, "body", True)


SHAPES = {"zendesk": _zendesk, "freshdesk": _freshdesk, "intercom": _intercom}


def detect(record: dict) -> str:
    """The helpdesk whose documented shape a record has, or "rows"."""
    if record.get("type") in ("conversation", "conversation.list", "conversation_part") or "conversation_parts" in record or "part_type" in record:
        return "intercom"
    if isinstance(record.get("comments"), list) or ("author_id" in record and "public" in record and ("html_body" in record or "plain_body" in record)):
        return "zendesk"
    conversations = record.get("conversations")
    first = conversations[0] if isinstance(conversations, list) and conversations and isinstance(conversations[0], dict) else record
    if "incoming" in first and "private" in first and ("body" in first or "body_text" in first):
        return "freshdesk"
    return "rows"


# ---------------------------------------------------------------- records to drafts


class Reader:
    """One file's records, in order, turned into drafts and input errors."""

    def __init__(self, source: str, kind: str, rows: Rows, document: str | None = None):
        self.source, self.kind, self.rows = source, kind, rows
        # a repeated id warns only when it is the rows' key ("id"); a named one (a ticket) may repeat
        self.ids = _Ids(source) if rows.unique_ids and rows.id_field in (None, "id") else None
        self.document = document  # a .json file's text, where each message's line is looked up by its id
        self._at = 0
        self.messages = self.kept = 0
        self.shapes: set[str] = set()

    def record(self, record: dict, line: int) -> Iterator[Draft | InputError]:
        shape = self.rows.format if self.rows.format != "auto" else detect(record)
        self.shapes.add(shape)
        if shape == "rows":
            yield from self._message(Message(flatten(record), "text"), line, ())
            return
        found = False
        for message in SHAPES[shape](record):
            found = True
            yield from self._message(message, self._line(message, line), AGENT_REPLIES)
        if not found and self.rows.format != "auto":
            yield InputError(self.source, _("no {format} message: the record has none of its fields").format(format=shape.capitalize()), line)

    def _line(self, message: Message, line: int) -> int:
        """In a .json document, the line of the message's ``"id"`` (they come in order); else the record's."""
        id = message.fields.get("id")
        if self.document is None or id is None:
            return line
        m = re.compile(rf'"id"\s*:\s*"?{re.escape(str(id))}"?\s*[,}}]').search(self.document, self._at)
        if not m:
            return line
        self._at = m.end()
        return self.document.count("\n", 0, m.start()) + 1

    def _message(self, message: Message, line: int, defaults) -> Iterator[Draft | InputError]:
        self.messages += 1
        fields, rows = message.fields, self.rows
        if not rows.selects(fields, defaults):
            return
        self.kept += 1
        field = rows.text_field or message.text_field
        id = fields.get(rows.id_field or "id")
        text = fields.get(field, _MISSING)
        warning = self.ids.check(id, line) if self.ids is not None else None
        if warning:
            yield warning
        if isinstance(text, str) and len(text) > MAX_DRAFT:
            yield InputError(self.source, _("too long: a row may be at most {size} MiB").format(size=MAX_DRAFT // 2**20), line)
            return
        if isinstance(id, float) and id.is_integer():  # a number read from JSON as 123.0
            id = int(id)
        draft = _row(self.source, line, id, text, field, self.kind)
        if isinstance(draft, InputError):
            yield draft
            return
        if rows.keep or rows.optional:
            draft = draft._replace(fields={name: fields.get(name) for name in rows.keep + rows.optional})
        html = message.html if field == message.text_field and message.html is not None else looks_like_html(draft.text)
        if html:
            markup = HtmlText(draft.text)
            draft = _draft(draft._replace(text=markup.text, markup=markup))
        yield draft

    def close(self) -> Iterator[InputWarning]:
        """A file whose every message was left out says so: it would otherwise look clean."""
        if self.messages and not self.kept:
            chosen = [*self.rows.where, *(c for c in AGENT_REPLIES if self.shapes - {"rows"} and c.field not in {w.field for w in self.rows.where})]
            message = ngettext("no row kept: {n} row, not with {conditions}", "no row kept: {n} rows, none with {conditions}", self.messages)
            yield InputWarning(self.source, message.format(conditions=", ".join(map(str, chosen))))


def json_records(source: str, text: str) -> Iterator[tuple[int, dict] | InputError]:
    """(line, record) for each object of a .json document: the items of a top-level array, or the one object."""
    decoder = json.JSONDecoder()
    stripped = text.lstrip()
    if not stripped.startswith("["):
        try:
            document = json.loads(text)
        except (ValueError, RecursionError) as exc:
            yield _invalid(source, exc, getattr(exc, "lineno", None))
            return
        if not isinstance(document, dict):
            yield InputError(source, _("expected a JSON object or an array of objects"))
            return
        yield 1, document
        return
    at, line = len(text) - len(stripped) + 1, 1
    counted = 0
    while True:
        at = _skip(text, at)
        if at >= len(text) or text[at] == "]":
            break
        line += text.count("\n", counted, at)
        counted = at
        try:
            item, end = decoder.raw_decode(text, at)
        except (ValueError, RecursionError) as exc:
            yield _invalid(source, exc, line + text.count("\n", at, getattr(exc, "pos", at)))
            return
        if isinstance(item, dict):
            yield line, item
        else:
            yield InputError(source, _("expected a JSON object, got {type}").format(type=type(item).__name__), line)
        at = _skip(text, end)
        if at < len(text) and text[at] == ",":
            at += 1


def _invalid(source: str, exc: Exception, line: int | None) -> InputError:
    reason = _("nested too deeply") if isinstance(exc, RecursionError) else getattr(exc, "msg", None) or str(exc)
    return InputError(source, _("invalid JSON: {reason}").format(reason=reason), line)


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at
