"""对标 in the interface: the comparison view, the editor's dock and the 合规检查 page's section.

Benchmarks are advice, shown in a colour of their own (``COLOUR``), never a severity's: they do
not change a check's verdict."""

# Blue: none of the severities (red, brown, grey) nor the verdicts (green, brown, red) use it.
COLOUR = "#1565c0"
