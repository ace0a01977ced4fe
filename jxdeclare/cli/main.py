"""jxdeclare-cli: the desktop app's use cases for scripts and terminals (no Qt)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from jxdeclare import __version__
from jxdeclare.cli import (
    check,
    db,
    declare,
    draft,
    enterprise,
    pack,
    portal,
    system,
    validate,
    workbench,
)
from jxdeclare.cli.output import fail, use_utf8


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
    modules = (enterprise, validate, db, pack, draft, check, declare, portal, system, workbench)
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
    from jxdeclare.services.errors import explain

    try:
        return dispatch(args)
    except BrokenPipeError:
        return _reader_gone()
    except Exception as exc:
        if (message := explain(exc)) is None:
            raise
        fail(f"错误 error: {message}")
        return 1


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
