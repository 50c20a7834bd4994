"""An on-disk cache of successful LLM answers.

One JSON file per key; the key hashes everything that decides the answer:
endpoint, model, messages, parameters, response schema and prompt version.
Only answers that parsed and validated against the response model are stored
(errors never are). Messages are stored already masked, so the cache holds no
more personal data than the provider saw.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path


def cache_key(**parts) -> str:
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class DiskCache:
    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # missing or damaged: ask again

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        data = json.dumps(value, ensure_ascii=False)
        try:
            try:
                tmp.write_text(data, encoding="utf-8")
            except FileNotFoundError:  # the first answer in this folder: make it only then
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_text(data, encoding="utf-8")
            os.replace(tmp, path)  # atomic: a reader never sees half a file
        except OSError:
            pass  # a read-only home must not break the rewrite
