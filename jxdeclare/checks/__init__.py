"""The offline checker: a registry of rules, each a small function document → findings."""
