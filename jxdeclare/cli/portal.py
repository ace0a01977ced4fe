"""`jxdeclare-cli portal-sandbox --port N --db FILE [...]`: the provincial exchange API's sandbox.

Prints ``sandbox listening on http://127.0.0.1:PORT`` once ready and serves until SIGINT or
SIGTERM. Exit 0 after a clean stop; 2 for unusable options (a non-loopback --host, a bad
--account or --fault); 1 when the port cannot be bound.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sqlite3
import sys
import threading

from jxdeclare.cli.output import fail

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def run_sandbox(args: argparse.Namespace) -> int:
    from jxdeclare.portal.faults import parse_fault
    from jxdeclare.portal.sandbox import SandboxServer
    from jxdeclare.portal.sandbox_wire import SandboxError

    try:
        faults = dict(parse_fault(text) for text in args.fault)
        accounts = [_account(text) for text in args.account]
        server = SandboxServer(
            args.db, host=args.host, port=args.port, review_delay=args.review_delay,
            faults=faults, seed=args.seed, fault_delay=args.fault_delay, token_ttl=args.token_ttl,
        )  # fmt: skip
        for username, password, code in accounts:
            server.add_account(username, password, code)
    except (ValueError, SandboxError) as exc:
        fail(f"错误 error: {exc}")
        for field in getattr(exc, "fields", []):
            fail(f"  {field.field}: {field.message}")
        return EXIT_USAGE
    except (sqlite3.Error, OSError) as exc:
        fail(f"错误 error: 无法打开沙箱数据库 / cannot open the sandbox database {args.db}: {exc}")
        return EXIT_USAGE
    if args.verbose:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    try:
        server.start()
    except OSError as exc:
        fail(f"错误 error: 无法监听 {args.host}:{args.port}（{exc}） / cannot listen there")
        return EXIT_FAILED
    stop = threading.Event()
    for name in ("SIGINT", "SIGTERM"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    print(f"sandbox listening on {server.url}", flush=True)
    try:
        while not stop.wait(0.5):  # a timed wait keeps Ctrl+C responsive on Windows too
            pass
    finally:
        server.stop()
    return EXIT_OK


def _account(text: str) -> tuple[str, str, str]:
    """USER:PASSWORD:CREDIT_CODE; the password may itself contain colons."""
    username, _, rest = text.partition(":")
    password, _, code = rest.rpartition(":")
    if not (username and password and code):
        raise ValueError(
            f"--account 应写作 用户名:密码:统一社会信用代码：“{username}:…” / "
            f"--account must be USER:PASSWORD:CREDIT_CODE: '{username}:…'"
        )
    return username, password, code


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "portal-sandbox",
        parents=[common],
        help="启动省级交换接口沙箱（仅本机，用于测试和培训） / run the portal API sandbox",
    )
    parser.add_argument("--port", type=int, required=True, help="端口；0 表示自动选择空闲端口")
    parser.add_argument("--db", required=True, metavar="FILE", help="沙箱的 SQLite 数据库文件")
    parser.add_argument("--host", default="127.0.0.1", help="只能是本机回环地址（默认 127.0.0.1）")
    parser.add_argument(
        "--review-delay", type=float, default=5.0, metavar="SECONDS",
        help="新申报经过多少秒自动公开（默认 5；负数表示只能手动确认）",
    )  # fmt: skip
    parser.add_argument(
        "--account", action="append", default=[], metavar="USER:PASSWORD:CREDIT_CODE",
        help="预先创建的账号（可重复）",
    )  # fmt: skip
    parser.add_argument(
        "--fault", action="append", default=[], metavar="KIND=RATE",
        help="注入故障：drop_after_commit、drop_before_commit、delay、error_500、rate_limit、"
        "malformed，概率 0～1（可重复）",
    )  # fmt: skip
    parser.add_argument("--fault-delay", type=float, default=2.0, metavar="SECONDS",
                        help="delay 故障的等待秒数（默认 2）")  # fmt: skip
    parser.add_argument("--seed", type=int, help="故障随机数种子（可复现）")
    parser.add_argument("--token-ttl", type=float, default=3600.0, metavar="SECONDS",
                        help="访问令牌有效期（默认 3600 秒）")  # fmt: skip
    parser.add_argument("--verbose", action="store_true", help="在标准错误输出访问日志")
    parser.set_defaults(handler=run_sandbox, needs_context=False)
