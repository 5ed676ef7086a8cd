"""The worker processes of ``nlp.pipe(n_process=N)``: stopped with their parent, never left behind.

spaCy starts the workers (multiprocessing) and stops them when the pipe ends. While a pipe runs
inside `guarded_workers()`:

- SIGINT (Ctrl-C) and SIGTERM in the parent stop the workers at once, then go on as before
  (KeyboardInterrupt; the default action of SIGTERM), so the parent never waits for the
  batches the workers were given;
- the workers ignore SIGINT, which a terminal sends to the whole process group, and leave
  it to the parent;
- on Linux each worker asks the kernel to kill it when its parent dies (PR_SET_PDEATHSIG),
  so a parent that is killed outright (SIGKILL, the out-of-memory killer) leaves none behind.

The last two need workers made by fork, the default start method on Linux.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
_guarding: int | None = None  # the parent's pid while a guarded pipe runs


@contextmanager
def guarded_workers() -> Iterator[None]:
    """Guard the worker processes started inside the block (see the module's docstring)."""
    global _guarding
    before = {process.pid for process in multiprocessing.active_children()}

    def ours() -> list[multiprocessing.Process]:
        return [p for p in multiprocessing.active_children() if p.pid not in before]

    restore: dict[int, Callable | int] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(signum)
            if previous is None or previous == signal.SIG_IGN:
                continue  # set outside Python, or ignored: not ours to change
            restore[signum] = previous
            signal.signal(signum, _stopping_first(previous, ours))
    _guarding = os.getpid()
    try:
        yield
    except BaseException:
        stop(ours())
        raise
    finally:
        _guarding = None
        for signum, previous in restore.items():
            signal.signal(signum, previous)


def stop(processes: list[multiprocessing.Process]) -> None:
    """Kill `processes` and reap them."""
    for process in processes:
        process.kill()
    for process in processes:
        process.join(timeout=5)


def _stopping_first(
    previous: Callable | int, ours: Callable[[], list[multiprocessing.Process]]
) -> Callable[[int, FrameType | None], None]:
    def handle(signum: int, frame: FrameType | None) -> None:
        stop(ours())
        if callable(previous):
            previous(signum, frame)
        else:  # SIG_DFL: the default action, now that the workers are gone
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    return handle


def _in_forked_child() -> None:
    parent = _guarding
    if parent is None:
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the kernel was told
        os._exit(1)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_in_forked_child)
