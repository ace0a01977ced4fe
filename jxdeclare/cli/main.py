"""jxdeclare-cli: the desktop app's use cases for scripts and terminals (no Qt)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from jxdeclare import __version__
from jxdeclare.cli import (
    benchmark,
    check,
    db,
    declare,
    draft,
    enterprise,
    filing,
    pack,
    portal,
    system,
    validate,
    workbench,
)
from jxdeclare.cli.output import EXIT_UNUSABLE_INPUT, fail, use_utf8


def common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted both before and after the sub-command."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=default, help="数据目录（也可用 JXDECLARE_HOME）")
    common.add_argument(
        "--db-url", default=default, help="PostgreSQL 地址（也可用 JXDECLARE_DB_URL）"
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="输出 JSON",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jxdeclare-cli",
        parents=[common_options(suppress=False)],
        description="江西企业标准化助手命令行 / jxdeclare command line",
    )
    parser.add_argument("--version", action="version", version=__version__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    leaf_options = common_options(suppress=True)
    modules = (enterprise, validate, db, pack, draft, check, declare, portal, system, workbench,
               benchmark, filing)  # fmt: skip
    for module in modules:
        module.add_parser(subparsers, leaf_options)
    return parser


def dispatch(args: argparse.Namespace) -> int:
    if getattr(args, "check_input", False) and (reason := validate.unusable(args.text)):
        fail(reason)
        return validate.EXIT_UNUSABLE
    if not getattr(args, "needs_context", True):
        return args.handler(args)
    from jxdeclare.services.context import AppContext

    ctx = AppContext(args.home, args.db_url)
    try:
        return args.handler(ctx, args)
    finally:
        ctx.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8()
    args = build_parser().parse_args(argv)
    from jxdeclare.services.errors import InputFileError, explain

    try:
        return dispatch(args)
    except BrokenPipeError:
        return _reader_gone()
    except Exception as exc:
        if (message := explain(exc)) is None:  # a bug (a MemoryError too: a bound was missed)
            return _internal_error(exc)
        fail(f"错误 error: {message}")
        return EXIT_UNUSABLE_INPUT if isinstance(exc, InputFileError) else 1


# 1 means "the input has problems" for most commands (check: errors found), 2 unusable input;
# a bug must be told apart from both, so scripts never take a crash for a verdict.
EXIT_INTERNAL = 70  # EX_SOFTWARE of BSD's sysexits


def _internal_error(exc: BaseException) -> int:
    """A fault of the program, not of the input: one line for the person, the traceback in a
    file they can attach to a bug report (never on the terminal, where it reads as a crash)."""
    import tempfile
    import traceback

    details = "".join(traceback.format_exception(exc))
    try:
        handle, name = tempfile.mkstemp(prefix="jxdeclare-cli-error-", suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as out:
            out.write(details)
        where = f"详细信息已写入 {name} / details in {name}"
    except OSError:
        where = "无法写出详细信息 / the details could not be written"
    fail(f"内部错误 internal error（程序缺陷，请报告 / a bug, please report it）："
         f"{type(exc).__name__}: {exc}\n{where}")  # fmt: skip
    return EXIT_INTERNAL


def _reader_gone() -> int:
    """The output went to a pipe whose reader stopped (… | head): end quietly, as Unix tools do.

    stdout is pointed at the null device so that the flush at exit does not raise again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real file descriptor behind stdout: nothing left to flush
    return 0


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build's batch-check workers re-run the executable
    sys.exit(main())
