"""The enterprise standard system (企业标准体系): tree, register entries, reviews, statistics."""
