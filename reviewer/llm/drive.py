"""Run a sans-I/O exchange synchronously or asynchronously.

The LLM client and the rewrite loop are written once, as generators that
``yield`` a request and receive the answer (or have the transport's exception
thrown in at the ``yield``). These two drivers are the only place where sync
and async differ.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

R = TypeVar("R")
Exchange = Generator[Any, Any, R]


def drive(exchange: Exchange[R], call: Callable[[Any], Any]) -> R:
    try:
        request = next(exchange)
        while True:
            try:
                answer = call(request)
            except Exception as exc:  # noqa: BLE001 - every transport error goes back to the exchange, which decides
                request = exchange.throw(exc)
            else:
                request = exchange.send(answer)
    except StopIteration as stop:
        return stop.value


async def adrive(exchange: Exchange[R], call: Callable[[Any], Awaitable[Any]]) -> R:
    try:
        request = next(exchange)
        while True:
            try:
                answer = await call(request)
            except Exception as exc:  # noqa: BLE001 - every transport error goes back to the exchange, which decides
                request = exchange.throw(exc)
            else:
                request = exchange.send(answer)
    except StopIteration as stop:
        return stop.value
