"""Existing standards into the document model: Word files today."""
