"""Storage: the only layer that runs SQL (SQLite through sqlite-utils and sqlite3)."""
