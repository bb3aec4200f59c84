"""Running one SPARQL query within limits that really stop it: time, memory, rows, and no SERVICE calls.

The query runs in a child process (the store engine cannot be interrupted from Python): a fork of
this process when it runs a single thread, else a child of a fork server (a fork of a process with
other threads, such as an open store's engine threads, can inherit a lock held for ever); the
parent waits at most ``timeout`` seconds and then kills it; the child may add at most
``max_memory`` bytes to the data it inherits, so an ORDER BY over a huge product dies instead of
eating the machine;
rows are counted as they stream and the query stops past ``max_rows``. ``SERVICE`` (which makes
the engine call any URL) is refused before anything runs.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import re
import resource
from collections.abc import Callable
from dataclasses import dataclass

from kg.errors import QueryError
from kg.query_result import QueryResult, term_reader

__all__ = ["Limits", "run_limited", "uses_service"]

# Comments, strings and IRIs, blanked before looking for keywords.
_OPAQUE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE\b(?!:)", re.I)


@dataclass(frozen=True, slots=True)
class Limits:
    """How long a query may run, how much memory and how many result rows it may take."""

    timeout: float = 30.0
    max_rows: int = 100_000
    max_memory: int = 2 << 30  # bytes


def uses_service(text: str) -> bool:
    """True when the query calls another endpoint (a SERVICE clause)."""
    return bool(_SERVICE.search(_OPAQUE.sub(" ", text)))


def _materialise(answer, max_rows: int) -> QueryResult:
    """The answer as a QueryResult, read row by row and stopped past ``max_rows``."""
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return QueryResult((), (), bool(answer))
    read = term_reader()
    if isinstance(answer, ox.QuerySolutions):
        names = tuple(v.value for v in answer.variables)

        def terms(s):
            return tuple(map(read, s))  # a solution iterates its values in the order of the variables
    else:
        names = ("subject", "predicate", "object")

        def terms(t):
            return tuple(map(read, (t.subject, t.predicate, t.object)))
    rows = []
    for item in answer:
        if len(rows) == max_rows:
            raise QueryError(f"more than {max_rows:,} result rows; add a LIMIT or raise query-max-rows")
        rows.append(terms(item))
    return QueryResult(names, tuple(rows))


def _data_in_use() -> int:
    """The bytes of data memory this process holds (Linux; 0 where /proc does not say)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _child(run: Callable[[], object], limits: Limits, conn) -> None:
    faulthandler.disable()  # the memory cap ends the child with an abort: no dump of its stack...
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # ...and no engine message: the parent says what happened, in one line
    try:
        # on top of what the process already holds (a fork of a big process, such as a notebook or a test run)
        cap = _data_in_use() + limits.max_memory
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
        conn.send(("ok", _materialise(run(), limits.max_rows)))
    except MemoryError:
        conn.send(("error", f"more than {limits.max_memory >> 20:,} MiB of memory; narrow the query"))
    except QueryError as exc:
        conn.send(("error", str(exc)))
    except SyntaxError as exc:
        conn.send(("error", f"SPARQL syntax error: {exc}"))
    except Exception as exc:  # noqa: BLE001  (sent to the parent as one line)
        conn.send(("error", f"query failed: {exc}"))
    finally:
        conn.close()


def _threads() -> int:
    """How many threads this process runs, the engine's own included (Linux; 2 where /proc does not say)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 2


def _context():
    """Where the child comes from: a fork of this process when it is single-threaded, else a fork server."""
    if _threads() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.query"])
    return context


def run_limited(text: str, run: Callable[[], object], limits: Limits) -> QueryResult:
    """``run()`` (which queries a store with ``text``; picklable) in a child process held to ``limits``."""
    if uses_service(text):
        raise QueryError("SERVICE is off: a query may not call other endpoints")
    context = _context()
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(run, limits, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(limits.timeout):
            raise QueryError(f"stopped after {limits.timeout:g} s; narrow the query or raise query-timeout")
        try:
            status, value = receive.recv()
        except EOFError:  # the child died: the memory cap (an allocation failed) or a crash
            raise QueryError(f"stopped: more than {limits.max_memory >> 20:,} MiB of memory, "
                             "or the query engine crashed") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    if status != "ok":
        raise QueryError(value)
    return value
