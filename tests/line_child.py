"""A child process that reports progress one line at a time, read by one reader only.

Reading a pipe twice loses lines: ``readline()`` fills the file object's buffer with
whatever the child wrote so far, and ``communicate()`` then reads the pipe's descriptor
directly, so the buffered lines are gone. Here one thread reads every line until the
pipe closes; the test waits for a line (an event), never for a length of time. The
deadlines below are safety nets that only turn a hang into a failure.
"""
from __future__ import annotations

import signal
import subprocess
import threading
from pathlib import Path

#: only for a child that hangs or never starts; passing runs never come near it
SAFETY_SECONDS = 300


class LineChild:
    def __init__(self, args: list[str], stderr_file: Path, env: dict | None = None):
        self._stderr_file = stderr_file
        self._stderr = open(stderr_file, "w", encoding="utf-8")  # a file: it never fills up
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self._stderr,
                                     text=True, encoding="utf-8", env=env)
        self._lines: list[str] = []
        self._ended = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            with self._changed:
                self._lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    def stderr(self) -> str:
        self._stderr.flush()
        return self._stderr_file.read_text(encoding="utf-8", errors="replace")[-3000:]

    def wait_for_lines(self, count: int) -> list[str]:
        """Block until the child has printed `count` lines; fail if it ends or hangs first."""
        with self._changed:
            self._changed.wait_for(lambda: len(self._lines) >= count or self._ended,
                                   timeout=SAFETY_SECONDS)
            lines = list(self._lines)
        if len(lines) < count:
            self.proc.kill()
            raise AssertionError(f"the child printed {len(lines)} of {count} lines "
                                 f"(ended: {self._ended}); stderr:\n{self.stderr()}")
        return lines

    def kill(self) -> list[str]:
        """SIGKILL; every line the child printed before it died (the pipe read to its end)."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=SAFETY_SECONDS)
        self._reader.join(timeout=SAFETY_SECONDS)
        assert not self._reader.is_alive(), "the child's output never closed"
        self.proc.stdout.close()
        self._stderr.close()
        assert self.proc.returncode == -signal.SIGKILL, \
            f"the child ended on its own ({self.proc.returncode}): {self.stderr()}"
        return list(self._lines)
