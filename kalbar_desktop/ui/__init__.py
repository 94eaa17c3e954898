"""The Qt user interface. :func:`create_main_window` builds the main window on a database, for
tests and embedding."""

from __future__ import annotations

from pathlib import Path


def create_main_window(db_path: str | Path, user: str = "operator", role: str | None = None):
    """Open ``db_path`` (creating and migrating it when needed) and return the main window for
    ``user``, not yet shown, without a sign-in dialog. A ``QApplication`` must exist.

    An existing account gives its role and regions; on a database without accounts the named
    user works with ``role`` (default verifikator), as before accounts existed. Like the
    application's start, the database is opened read-only (with a banner) while another program
    writes to it or when it fails the quick check.
    """
    from dataclasses import replace

    from kalbar_desktop.storage.pengguna import pengguna_sesi
    from kalbar_desktop.ui.app import buka_sesi
    from kalbar_desktop.ui.main_window import MainWindow

    db = buka_sesi(db_path)
    try:
        pengguna = replace(pengguna_sesi(db, user, role), baca_saja=db.baca_saja)
    except BaseException:
        db.close()
        raise
    return MainWindow(db, Path(db_path), pengguna)
