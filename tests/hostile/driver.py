"""Run every importer and `check` on every file of a folder, in this one process, under a memory
cap: `python driver.py CORPUS HOME MEMORY_MB SECONDS`. Prints one JSON line per run (file,
command, exit code, output). One process for all runs keeps the start-up cost out of the test."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sys
import traceback
from pathlib import Path


def commands(path: Path) -> list[list[str]]:
    name = str(path)
    return [
        ["check", name],
        ["draft", "import", name, "--enterprise", "91360100MA35XXXX0X"],
        ["enterprise", "import", name],
        ["system", "import", name, "--enterprise", "91360100MA35XXXX0X"],
        ["pack", "import", name, "--allow-unsigned"],
        ["benchmark", "import", name],
        ["benchmark", "compare", name],
    ]


class TimedOut(BaseException):
    """Not an Exception: the CLI's own handlers must not swallow it."""


def _alarm(_signum: int, _frame: object) -> None:
    raise TimedOut


def run(argv: list[str], home: str, seconds: int) -> tuple[int | str, str]:
    from jxdeclare.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    if hasattr(signal, "alarm"):
        signal.alarm(seconds)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code: int | str = main(["--home", home, *argv])
    except TimedOut:
        code = "timeout"
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # what escaped the CLI is the finding: report it as it was
        code = "escaped"
        err.write(traceback.format_exc())
    finally:
        if hasattr(signal, "alarm"):
            signal.alarm(0)
    return code, out.getvalue() + err.getvalue()


def main() -> None:
    corpus, home, memory_mb, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    if os.name != "nt":
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        signal.signal(signal.SIGALRM, _alarm)
    code, text = run(["enterprise", "add", "--name", "江西某某茶业有限公司",
                      "--uscc", "91360100MA35XXXX0X", "--as-printed"], home, seconds)  # fmt: skip
    print(json.dumps({"setup": code, "output": text}, ensure_ascii=False), flush=True)
    for path in sorted(Path(corpus).iterdir()):
        for argv in commands(path):
            code, text = run(argv, home, seconds)
            command = "check" if argv[0] == "check" else " ".join(argv[:2])
            record = {"file": path.name, "command": command, "code": code,
                      "output": text[:4000]}  # fmt: skip
            print(json.dumps(record, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
