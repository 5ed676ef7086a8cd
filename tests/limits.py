"""Bounds for the property-based and fuzzing tests: how many examples, how long each may run."""

from __future__ import annotations

import faulthandler
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

EXAMPLES_ENV = "CLAIMGRAPH_EXAMPLES"


def examples(default: int) -> int:
    """`default` examples for a test, or CLAIMGRAPH_EXAMPLES when it is set (a long search)."""
    return int(os.environ.get(EXAMPLES_ENV) or default)


class _Hang(BaseException):
    """Raised in the code under test when its time is up: a BaseException, so that no
    ``except Exception`` in that code can turn it into an ordinary error."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail with AssertionError when the block runs longer than `seconds` (a hang).

    The block is interrupted by SIGALRM (main thread only). Code stuck where Python cannot
    interrupt it (inside a C extension) is caught by faulthandler instead: after 3 x `seconds`
    the process prints every thread's traceback and exits, so a hang never blocks CI.
    """

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(3 * seconds, exit=True)
    try:
        yield
    except _Hang:
        raise AssertionError(f"still running after {seconds} s: a hang") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        faulthandler.cancel_dump_traceback_later()
