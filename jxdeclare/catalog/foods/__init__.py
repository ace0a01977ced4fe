"""Food categories as the official trees, and what the mandatory standards say for each node.

GB 2762—2025 Appendix A and GB 2760—2024 Table E.1 are trees (DESIGN §2.3): a limit or a
permission written for a node holds for everything below it unless the standard says otherwise.
"""

from .additives import Permission, permissions
from .category import FoodCategory, Foods, foods_of
from .limits import applicable_limits, as_applied, condition, item_key
from .tree import FoodTree, Node

__all__ = [
    "FoodCategory", "FoodTree", "Foods", "Node", "Permission", "applicable_limits", "as_applied",
    "condition", "foods_of", "item_key", "permissions",
]  # fmt: skip
