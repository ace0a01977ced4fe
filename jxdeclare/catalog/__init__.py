"""Offline standards catalogue: data packs, their verification, status queries and search."""
