"""Alembic migration scripts, shipped inside the package and applied at start-up."""

# The newest revision this program knows. Start-up compares the database's revision with it
# without importing Alembic (slow to import); a test keeps it equal to the scripts' head.
HEAD_REVISION = "0007"
