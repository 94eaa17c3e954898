"""The Qt user interface. :func:`create_main_window` builds the main window on a database, for
tests and embedding."""

from __future__ import annotations

from pathlib import Path


def create_main_window(db_path: str | Path, user: str = "operator", role: str | None = None):
    """Open ``db_path`` (creating and migrating it when needed) and return the main window,
    not yet shown. A ``QApplication`` must exist."""
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage.pengguna import pengguna_sesi
    from kalbar_desktop.ui.main_window import MainWindow

    db = sdb.buka(db_path)
    return MainWindow(db, Path(db_path), pengguna_sesi(db, user, role))
