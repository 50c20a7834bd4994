"""``eval rewrite --batch`` and ``eval judge --batch``: the run's LLM requests through the Batch API.

A run is played in passes. Each pass scores every item with the online code
(the rewrite loop, the judge), but no request is sent: each is answered from
the batch results so far, or deferred. The deferred requests of a pass go into
one batch per model: the request file is uploaded through the Files API, the
batch created and polled (``on_poll`` drives the caller's progress bar), its output and error files
downloaded, and every line validated as a chat completion. The next pass goes
one step further (the judge reads the rewrite the batch returned, a second
attempt follows a rejected first). When a pass defers nothing, the items are
scored into the run folder exactly as online; the model's answers are cached
on the way, as online ones are.

Kept in the run folder, so a rerun with the same ``--out`` picks up where an
interrupted one stopped: ``batch.json`` (each batch's id, model and requests;
a batch not yet downloaded is polled again by its id, not created anew) and
``batch-answers.jsonl`` (every line the batches answered). A line that failed
(an error in the batch, an answer that is not a chat completion) is sent
online in the last pass (``failed="retry"``) or reported as the item's failure
(``failed="report"``). Costs are shown at batch prices: half the online ones.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import Any

from ..i18n import _, ngettext
from ..llm.cache import cache_key
from ..llm.client import EndpointError
from .runner import BatchError, ItemError, Outcome, RunFolder

BATCH_PRICE = 0.5  # the Batch API bills half of the online price
POLL_SECONDS = 10.0  # between two looks at a batch's status
MAX_PASSES = 12  # the rewrite loop's attempts and the judge: a run needs a few; this bounds a loop that would not end
DONE = ("completed", "failed", "expired", "cancelled")
STATE, ANSWERS = "batch.json", "batch-answers.jsonl"


class _Deferred(Exception):
    """A request left for the next batch: the item stops here in this pass."""


class FailedLine(EndpointError):
    """A request the batch did not answer, reported as the item's failure (``failed="report"``)."""


def request_id(request: dict) -> str:
    """A request's ``custom_id``: the same request from two items is asked once."""
    return cache_key(**request)


class BatchRun:
    """The batches of one run folder, with the answers they gave."""

    def __init__(self, folder: RunFolder, llms: Sequence, *, failed: str = "retry", say: Callable[[str], None] = print):
        self.folder, self.llms, self.failed, self.say = folder, [llm for llm in llms if llm is not None], failed, say
        self.llm = self.llms[0]  # the endpoint the batches go to (the rewriter's and the judge's is the same)
        self.state: dict = {"batches": []}
        self.answers: dict[str, dict] = {}  # custom_id -> the chat completion's JSON body
        self.errors: dict[str, str] = {}  # custom_id -> why the batch did not answer it
        self.usage = {"prompt_tokens": 0, "completion_tokens": 0}
        self.on_poll: Callable[[str, str, int, int], None] = lambda *_: None

    # -- the passes ---------------------------------------------------------------------

    async def run(self, items: Sequence, score, finish, on_poll: Callable[[str, str, int, int], None] | None = None) -> Outcome:
        """Batch the items' requests pass by pass, then ``finish()`` (the online run) answers them from the results.

        ``on_poll(batch_id, status, done, total)`` after each look at a batch: the caller's progress bar.
        """
        self.on_poll = on_poll or (lambda *_: None)
        self._load()
        for batch in self.state["batches"]:
            if "downloaded" not in batch:
                self.say(_("resuming batch {id} ({model})").format(id=batch["id"], model=batch["model"]))
                self._wait_and_download(batch)  # blocking: nothing else runs meanwhile, and Ctrl-C stops it at once
        for _pass in range(MAX_PASSES):
            deferred = await self._collect(items, score)
            if not deferred:
                break
            by_model: dict[str, dict[str, dict]] = {}
            for key, request in deferred.items():
                by_model.setdefault(request["model"], {})[key] = request
            for model, requests in by_model.items():
                self._submit(model, requests)
        self._install(self._final)
        try:
            return await finish()
        finally:
            self._install(None)

    async def _collect(self, items: Sequence, score) -> dict[str, dict]:
        """Score every item as far as the answers go; the requests that have no answer yet."""
        deferred: dict[str, dict] = {}

        async def transport(**request):
            key = request_id(request)
            if key in self.answers:
                return _completion(self.answers[key])
            if key not in self.errors:
                deferred[key] = request
            raise _Deferred

        self._install(transport)
        try:
            for item in items:
                try:
                    await score(item)
                except (_Deferred, ItemError):
                    pass  # an item that fails without a request fails again, and is recorded, in the last pass
        finally:
            self._install(None)
        return deferred

    async def _final(self, **request):
        key = request_id(request)
        if key in self.answers:
            return _completion(self.answers[key])
        if self.failed == "retry":
            return await self.llm._async_client().chat.completions.create(**request)
        raise FailedLine(_("the batch did not answer this request: {why}").format(why=self.errors.get(key, "?")))

    def _install(self, transport) -> None:
        for llm in self.llms:
            llm.transport = transport

    # -- one batch ------------------------------------------------------------------------

    def _submit(self, model: str, requests: dict[str, dict]) -> None:
        client = self.llm._sync_client()
        lines = "".join(json.dumps({"custom_id": key, "method": "POST", "url": "/v1/chat/completions", "body": body}, ensure_ascii=False) + "\n" for key, body in requests.items())
        try:
            upload = client.files.create(file=("requests.jsonl", lines.encode()), purpose="batch")
            created = client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h", metadata={"tool": "reply-reviewer"})
        except Exception as exc:  # noqa: BLE001 - the SDK's errors, said in one line
            raise BatchError(_("cannot create a batch at {endpoint}: {error}").format(endpoint=self.llm.endpoint, error=_one_line(exc))) from None
        batch = {"id": created.id, "model": model, "input_file_id": upload.id, "requests": len(requests)}
        self.state["batches"].append(batch)
        self._save_state()
        self.say(ngettext("batch {id} created: {n} request to {model}", "batch {id} created: {n} requests to {model}", len(requests)).format(id=created.id, model=model))
        self._wait_and_download(batch)

    def _wait_and_download(self, batch: dict) -> None:
        client = self.llm._sync_client()
        while True:
            try:
                found = client.batches.retrieve(batch["id"])
            except Exception as exc:  # noqa: BLE001
                raise BatchError(_("cannot read batch {id}: {error}").format(id=batch["id"], error=_one_line(exc))) from None
            counts = found.request_counts
            done = counts.completed + counts.failed if counts else 0
            self.on_poll(batch["id"], found.status, done, (counts.total if counts else 0) or batch["requests"])
            if found.status in DONE:
                break
            time.sleep(POLL_SECONDS)
        answered = failed = 0
        for file_id in (found.output_file_id, found.error_file_id):
            if file_id:
                for line in client.files.content(file_id).text.splitlines():
                    ok = self._take(line)
                    answered, failed = answered + ok, failed + (not ok)
        batch.update(status=found.status, downloaded=True, answered=answered, failed=failed)
        self._save_state()
        self.say(_("batch {id} {status}: {answered} answered, {failed} failed").format(id=batch["id"], status=found.status, answered=answered, failed=failed))

    def _take(self, line: str, save: bool = True) -> bool:
        """One line of an output or error file; whether it is a usable chat completion."""
        try:
            row = json.loads(line)
            key = row["custom_id"]
        except (ValueError, KeyError, TypeError):
            return False  # not a line of this run's batch: nothing to attach it to
        response, error = row.get("response") or {}, row.get("error")
        body = response.get("body")
        why = None
        if error:
            why = f"{error.get('code')}: {error.get('message')}" if isinstance(error, dict) else str(error)
        elif response.get("status_code") != 200:
            why = _("status {code}: {body}").format(code=response.get("status_code"), body=_one_line(body))
        else:
            try:
                _completion(body)
            except Exception as exc:  # noqa: BLE001 - pydantic's ValidationError, or a body that is not an object
                why = _("not a chat completion ({error})").format(error=_one_line(exc))
        if why:
            self.errors[key] = why
            return False
        if key not in self.answers:
            usage = body.get("usage") or {}
            self.usage["prompt_tokens"] += usage.get("prompt_tokens") or 0
            self.usage["completion_tokens"] += usage.get("completion_tokens") or 0
        self.answers[key] = body
        self.errors.pop(key, None)
        if save:
            with (self.folder.path / ANSWERS).open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"custom_id": key, "response": {"status_code": 200, "body": body}}, ensure_ascii=False) + "\n")
        return True

    # -- the folder -----------------------------------------------------------------------

    def _load(self) -> None:
        self.folder.path.mkdir(parents=True, exist_ok=True)
        if (self.folder.path / STATE).exists():
            self.state = self.folder.read_json(STATE)
        try:
            lines = (self.folder.path / ANSWERS).read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        for line in lines:
            self._take(line, save=False)

    def _save_state(self) -> None:
        self.folder.write_json(STATE, self.state)

    def summary(self) -> dict:
        """What the batches did and cost, at batch prices."""
        settings = self.llm.settings
        return {
            "batches": [{k: b.get(k) for k in ("id", "model", "status", "requests", "answered", "failed")} for b in self.state["batches"]],
            "failed_lines": len(self.errors),
            "failed_lines_were": self.failed,
            **self.usage,
            "cost_usd": round(settings.cost(self.usage["prompt_tokens"], self.usage["completion_tokens"]) * BATCH_PRICE, 6),
            "price": BATCH_PRICE,
        }


def _completion(body: Any):
    from openai.types.chat import ChatCompletion

    return ChatCompletion.model_validate(body)


def _one_line(value: object, limit: int = 200) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
