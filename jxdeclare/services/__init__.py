"""Use cases with their transactions; called by the UI (on worker threads) and by the CLI."""
