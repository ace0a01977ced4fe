"""The packs a user has imported, which one is active, and its history (for roll-back).

Imported packs are copied into ``<home>/packs/`` after verification; ``active.json`` names the
active one and the ones active before it. A pack is verified again every time it is opened, so a
file changed on disk after import is refused like any tampered pack. Every write is atomic:
a failed import or activation leaves the active pack as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jxdeclare.catalog.pack import Pack, PackError, open_pack

STATE_FILE = "active.json"


@dataclass(frozen=True)
class StoredPack:
    file: str
    pack_id: str
    version: str
    as_of: str
    signed: bool
    publisher: str = ""
    builtin: bool = False  # the pack shipped with the program, not one in the store

    @classmethod
    def of(cls, file: str, pack: Pack, *, builtin: bool = False) -> StoredPack:
        manifest = pack.manifest
        return cls(file, pack.pack_id, pack.version, str(manifest["as_of"]), pack.signed,
                   str(manifest.get("publisher") or ""), builtin)  # fmt: skip


class PackStore:
    def __init__(
        self, home: Path, trusted_keys: list[bytes],
        signed_elsewhere: Callable[[], list[tuple[str, str]]] | None = None,
    ) -> None:  # fmt: skip
        """``signed_elsewhere``: (id, version) of signed packs outside the store (the bundled
        one), asked only when an unsigned pack is imported."""
        self.folder = Path(home) / "packs"
        self.trusted_keys = trusted_keys
        self.signed_elsewhere = signed_elsewhere

    def _state(self) -> dict[str, Any]:
        try:
            state = json.loads((self.folder / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"history": []}
        return state if isinstance(state, dict) else {"history": []}

    def _save_state(self, state: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / (STATE_FILE + ".part")
        tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.folder / STATE_FILE)

    def open(self, file: str) -> Pack:
        allow_unsigned = file in self._state().get("unsigned_allowed", [])
        return open_pack(self.folder / file, self.trusted_keys, allow_unsigned=allow_unsigned)

    def import_pack(self, source: Path, *, allow_unsigned: bool = False) -> StoredPack:
        """Verify, then copy into the store; not yet active."""
        pack = open_pack(source, self.trusted_keys, allow_unsigned=allow_unsigned)
        if not pack.signed:
            self._refuse_a_signed_name(pack)
        digest = hashlib.sha256(Path(source).read_bytes()).hexdigest()[:12]
        name = f"{_safe(pack.pack_id)}-{_safe(pack.version)}-{digest}.jxpack"
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / (name + ".part")
        shutil.copyfile(source, tmp)
        os.replace(tmp, self.folder / name)
        if not pack.signed:
            state = self._state()
            state.setdefault("unsigned_allowed", []).append(name)
            self._save_state(state)
        return _stored(name, pack)

    def _refuse_a_signed_name(self, pack: Pack) -> None:
        """An unsigned pack under a signed pack's id and version could pass for it in every list
        and report that names the data used: refused."""
        key = (pack.pack_id, pack.version)
        signed = [(p.pack_id, p.version) for p in self.list_packs() if p.signed]
        signed += self.signed_elsewhere() if self.signed_elsewhere else []
        if key in signed:
            raise PackError(
                f"未签名的数据包不能沿用已签名数据包的标识和版本（{pack.pack_id} {pack.version}），"
                "否则无法与正式数据包区分：请为它另取标识或版本。"
                f" / An unsigned pack may not reuse a signed pack's id and version"
                f" ({pack.pack_id} {pack.version}): the two could not be told apart;"
                " give it another id or version."
            )

    def activate(self, file: str) -> StoredPack:
        pack = self.open(file)  # verified before it becomes active
        state = self._state()
        state["history"] = [
            *state.get("history", []),
            {
                "file": file,
                "activated_at": datetime.now(UTC).isoformat(timespec="seconds"),
            },
        ]
        self._save_state(state)
        return _stored(file, pack)

    def active_file(self) -> str | None:
        history = self._state().get("history", [])
        return history[-1]["file"] if history else None

    def rollback(self) -> StoredPack:
        state = self._state()
        history = state.get("history", [])
        if len(history) < 2:
            raise PackError("没有可回退的上一个数据包 / there is no previous pack to roll back to")
        previous = history[-2]["file"]
        pack = self.open(previous)
        state["history"] = history[:-1]
        self._save_state(state)
        return _stored(previous, pack)

    def list_packs(self) -> list[StoredPack]:
        packs = []
        for path in sorted(self.folder.glob("*.jxpack")):
            try:
                packs.append(_stored(path.name, self.open(path.name)))
            except PackError:
                continue  # a damaged file is not offered; opening it says why
        return packs


def _stored(file: str, pack: Pack) -> StoredPack:
    return StoredPack.of(file, pack)


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "._" else "_" for c in text)[:40]
