"""对标: voluntary benchmark sets (领跑者 tiers, 江西绿色生态 targets, an agency's own) and the
comparison of a standard's indicators with them. Never mandatory limits (docs/benchmarks.md)."""
