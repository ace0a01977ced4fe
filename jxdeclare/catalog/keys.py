"""The public keys the app trusts for data packs: shipped in ``resources/keys/*.pub``."""

from __future__ import annotations

from pathlib import Path

from jxdeclare.paths import resources_dir


def trusted_keys(folder: Path | None = None) -> list[bytes]:
    keys = []
    for path in sorted((folder or resources_dir() / "keys").glob("*.pub")):
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
        if len(key) != 32:
            raise ValueError(f"{path.name}: an Ed25519 public key has 32 bytes, not {len(key)}")
        keys.append(key)
    return keys
