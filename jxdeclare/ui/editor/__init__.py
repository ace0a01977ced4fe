"""The standard editor window (clause tree, forms, indicator table, preview, undo, autosave)."""
