"""A second process that reads part of a long report's texts while this one reads the rest.

Why: most of a cold check (a long report just opened) is each rule reading each text alone, and
those readings are independent of each other; an office PC has a second core that sits idle. The
helper works out the hits of the text rules on the texts it is handed; this process memoizes them
as if it had worked them out itself, so what the check finds is the same with or without it.

Only a helper that is already running is used: starting a process and importing the checks takes
about a second, longer than checking most reports. The window starts it when it opens
(`start_helper`); the command line, which checks one file and ends, does not. The helper keeps
nothing between calls (every memo of the checks is forgotten first), so a cold check is cold there
too and its memory stays small. What a rule reads besides its text, where a copy's pinyin glosses
stood (script.gloss_starts), is handed over with the text. The helper ends with this process, even
one that crashed (it watches its parent), and is killed when the window closes.
"""
from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context, parent_process

_pool: ProcessPoolExecutor | None = None
_warm: Future | None = None
#: texts the helper read and this process used the hits of, since it started (tests, benchmarks)
used_texts = 0


def start_helper() -> bool:
    """Starts the helper process in the background (once); False where there is no second core."""
    global _pool, _warm
    if _pool is not None:
        return True
    if (os.cpu_count() or 1) < 2:
        return False
    try:
        # spawn, not fork: a forked copy of a process running Qt is unsafe, and spawn is what
        # Windows does anyway (build.spec's launcher calls freeze_support for the .exe)
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"),
                                    initializer=_end_with_parent)
        _warm = _pool.submit(_warm_up)
    except (OSError, RuntimeError):
        _pool = _warm = None
        return False
    return True


def stop_helper(kill: bool = False) -> None:
    """Lets the helper end (at once with `kill`: one that no longer answers)."""
    global _pool, _warm
    pool, _pool, _warm = _pool, None, None
    if pool is None:
        return
    if kill:  # Python 3.11's pool has no public way to end a busy worker
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def wait_until_ready(timeout: float = 60.0) -> bool:
    """Blocks until the helper has imported the checks (tests, benchmarks); False if it cannot run."""
    if _warm is None:
        return False
    try:
        _warm.result(timeout)
    except Exception:  # noqa: BLE001 - any failure to start means "no helper"
        return False
    return helper_ready()


def helper_ready() -> bool:
    """A running helper that has finished starting and has not died."""
    warm = _warm
    return warm is not None and warm.done() and not warm.cancelled() and warm.exception() is None


def hand_over(rule_ids: list[str], figure_texts: list[str], proof_texts: list[str]) -> Future | None:
    """Asks the helper for these rules' hits on these texts (figure rules read `figure_texts`, the
    others `proof_texts`, index for index); None when it cannot take them."""
    if not helper_ready():
        return None
    from .script import gloss_starts

    glosses = {t: starts for t in {*figure_texts, *proof_texts} if (starts := gloss_starts(t))}
    try:
        return _pool.submit(_hits_of_texts, tuple(rule_ids), figure_texts, proof_texts, glosses)
    except (BrokenProcessPool, RuntimeError, OSError):
        stop_helper()  # dead: this process reads every text itself from now on
        return None


#: the least time to wait for the helper once this process has done its own share (seconds)
PATIENCE = 1.0


def collect(pending: Future, own_seconds: float, texts: int) -> dict | None:
    """The helper's answer: {(rule id, text index): hits}, hits only where there are some; None if
    it failed, and then this process reads those texts itself. Its share is about three times this
    process's (`own_seconds`): waiting longer than reading it here would take never pays, so a
    helper that is stuck (a machine swapping, a process frozen by some security program) is given
    up and killed then, and the window does not freeze."""
    global used_texts
    try:
        got = pending.result(timeout=max(PATIENCE, 3 * own_seconds))
    except TimeoutError:
        stop_helper(kill=True)
        return None
    except (BrokenProcessPool, OSError, EOFError):
        stop_helper()
        return None
    except Exception:  # noqa: BLE001 - a rule's own error: reading the texts here raises it again
        return None
    try:  # the helper forgets what it read while this process goes on (not as the next call starts)
        _pool.submit(forget_memos)
    except (BrokenProcessPool, RuntimeError, OSError, AttributeError):
        pass  # it forgets first thing in the next call anyway
    used_texts += texts
    return got


def _end_with_parent() -> None:
    """In the helper: ends it when the process that started it ends, crashed or killed included (it
    would otherwise wait on its queue for ever, holding the program's files on Windows)."""
    parent = parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _warm_up() -> bool:
    from .rules import ALL_RULES  # noqa: F401 - the import is the warming

    return True


def forget_memos() -> None:
    """Every memo of the checks (each lru_cache in township_app.checks), forgotten."""
    for name, module in list(sys.modules.items()):
        if name.startswith("township_app.checks") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                    value.cache_clear()


def _hits_of_texts(rule_ids: tuple[str, ...], figure_texts: list[str],
                   proof_texts: list[str], glosses: dict[str, list[int]]) -> dict:
    """In the helper: each rule over each text, exactly as the engine reads a text (with where its
    glosses stood, which this process never saw it analysed)."""
    from . import engine
    from .rules import ALL_RULES
    from .script import take_glosses

    forget_memos()
    take_glosses(glosses)
    by_id = {r.id: r for r in ALL_RULES}
    out = {}
    with engine._no_collector_passes():
        for rule_id in rule_ids:
            rule = by_id[rule_id]
            texts = figure_texts if rule.family == "figures" else proof_texts
            for i, text in enumerate(texts):
                hits = engine._hits_in_text(rule, text)
                if hits:
                    out[(rule_id, i)] = hits
    return out
