"""The feedback store in an embedded SQLite file (the default).

One file, written by the server's worker threads and any number of
processes at once: WAL mode lets readers go on while one writer writes,
and a writer that finds the file busy waits (``timeout``) instead of
failing, so concurrent writers lose nothing. A suppression met again by
another `check --record` run, or a finding seen again, is stored once (its
``key``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from . import Dismissal, Rate, eval_cases, now

SCHEMA = """
CREATE TABLE IF NOT EXISTS dismissals (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    source TEXT NOT NULL,
    rule TEXT NOT NULL,
    ruleset TEXT NOT NULL,
    lang TEXT NOT NULL,
    sentence TEXT NOT NULL,
    reason TEXT NOT NULL,
    kept TEXT NOT NULL,
    key TEXT UNIQUE
);
CREATE TABLE IF NOT EXISTS seen (
    rule TEXT NOT NULL,
    ruleset TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (rule, ruleset, key)
);
"""
BUSY_TIMEOUT = 60.0  # seconds a writer waits for another one


class SQLiteStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()  # one connection, shared by the server's threads
        self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)

    def add(self, dismissal: Dismissal) -> Dismissal:
        dismissal = dismissal._replace(time=dismissal.time or now())
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO dismissals (time, source, rule, ruleset, lang, sentence, reason, kept, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (dismissal.time, dismissal.source, dismissal.rule, dismissal.ruleset, dismissal.lang, dismissal.sentence, dismissal.reason, ",".join(dismissal.kept), dismissal.key),
            )
        return dismissal

    def seen(self, rule: str, ruleset: str, key: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO seen (rule, ruleset, key) VALUES (?, ?, ?)", (rule, ruleset, key))

    def dismissal_rates(self) -> list[Rate]:
        with self._lock:
            dismissed = {(r, v): n for r, v, n in self._db.execute("SELECT rule, ruleset, count(*) FROM dismissals GROUP BY rule, ruleset")}
            shown = {(r, v): n for r, v, n in self._db.execute("SELECT rule, ruleset, count(*) FROM seen GROUP BY rule, ruleset")}
        return [Rate(rule, ruleset, shown.get((rule, ruleset)), dismissed.get((rule, ruleset), 0)) for rule, ruleset in sorted(dismissed.keys() | shown.keys())]

    def dismissals(self) -> list[Dismissal]:
        with self._lock:
            rows = self._db.execute("SELECT rule, sentence, reason, lang, ruleset, source, kept, key, time FROM dismissals ORDER BY id").fetchall()
        return [Dismissal(r[0], r[1], r[2], r[3], r[4], r[5], tuple(filter(None, r[6].split(","))), r[7], r[8]) for r in rows]

    def export(self, path: Path) -> int:
        """Write the dismissals as eval-set cases (JSONL); how many cases."""
        cases = eval_cases(self.dismissals())
        with open(path, "w", encoding="utf-8") as out:
            for case in cases:
                out.write(json.dumps(case, ensure_ascii=False) + "\n")
        return len(cases)

    def close(self) -> None:
        with self._lock:
            self._db.close()
