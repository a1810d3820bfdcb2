"""Progress on stderr for the command line's long waits, only when stderr is a terminal.

Two ways in, both silent when stderr is a pipe or a file (scripts and logs see
nothing but the command's own output and errors):

- :func:`progress` wraps a wait the caller knows about::

      with progress("reading the node table from SSM"):
          table = load_node_table(...)

  prints the label at once and then, every second, the seconds waited so far,
  on one rewritten line that is cleared when the wait ends.
- :func:`log_progress` shows the INFO records of a logger (e.g. the Redis Cloud
  client's requests and task polls, ``elasticache_kit.redis_cloud``) as
  one rewritten line each, for code that reports its progress by logging.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

__all__ = ["log_progress", "progress"]


def _attached(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a file
        return False


@contextmanager
def progress(label: str, *, stream: TextIO | None = None, interval: float = 1.0) -> Iterator[None]:
    """Show ``label`` and the seconds waited on ``stream`` (default stderr) while the block runs,
    when ``stream`` is a terminal; otherwise do nothing."""
    out = stream if stream is not None else sys.stderr
    if not _attached(out):
        yield
        return
    started = time.monotonic()
    done = threading.Event()

    def tick() -> None:
        while not done.wait(interval):
            out.write(f"\r{label}... {time.monotonic() - started:.0f} s")
            out.flush()

    out.write(f"{label}...")
    out.flush()
    ticker = threading.Thread(target=tick, name="elasticache-kit-progress", daemon=True)
    ticker.start()
    try:
        yield
    finally:
        done.set()
        ticker.join()
        out.write("\r\033[K")  # clear the line: what follows is the command's real output
        out.flush()


class _OneLine(logging.Handler):
    """Each record rewrites the same terminal line."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.INFO)
        self.stream = stream

    def emit(self, record: logging.LogRecord) -> None:
        text = self.format(record).replace("\n", " ")[:160]
        self.stream.write(f"\r\033[K{text}")
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\033[K")
        self.stream.flush()


@contextmanager
def log_progress(logger_name: str, *, stream: TextIO | None = None) -> Iterator[None]:
    """While the block runs, show INFO records of ``logger_name`` on one line of ``stream``
    (default stderr) when it is a terminal; otherwise do nothing."""
    out = stream if stream is not None else sys.stderr
    if not _attached(out):
        yield
        return
    logger = logging.getLogger(logger_name)
    handler = _OneLine(out)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    previous = logger.level
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
        handler.clear()
