"""Shared argparse plumbing for the command groups."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import Any

Leaf = tuple[str, Callable[..., int], str]  # name, handler, help


def add_group(
    subparsers: argparse._SubParsersAction,
    name: str,
    help_text: str,
    common: argparse.ArgumentParser,
    leaves: Iterable[Leaf],
    **defaults: Any,
) -> dict[str, argparse.ArgumentParser]:
    """``jxdeclare-cli NAME LEAF``: one sub-command per leaf, each accepting the common options."""
    group = subparsers.add_parser(name, help=help_text)
    actions = group.add_subparsers(dest="action", required=True)
    parsers = {}
    for leaf, handler, leaf_help in leaves:
        parser = actions.add_parser(leaf, parents=[common], help=leaf_help)
        parser.set_defaults(handler=handler, **defaults)
        parsers[leaf] = parser
    return parsers
