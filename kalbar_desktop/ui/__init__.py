"""The Qt user interface. :func:`create_main_window` builds the main window on a database, for
tests and embedding."""

from __future__ import annotations

from pathlib import Path


def create_main_window(db_path: str | Path, user: str = "operator", role: str | None = None,
                       *, form_siap: bool = True):
    """Open ``db_path`` (creating and migrating it when needed) and return the main window for
    ``user``, not yet shown, without a sign-in dialog. A ``QApplication`` must exist.

    Every objectName of the testability contract (issue 4) can be found at once, the family
    form's too (``householdForm``, ``statusVerifikasiCombo``, ``saveButton``...): the form is
    built here, hidden until a family is opened. ``form_siap=False`` leaves it to be built on
    first use, as the application's own start does (the start benchmark measures that path).

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
    jendela = MainWindow(db, Path(db_path), pengguna)
    if form_siap:
        jendela.form  # noqa: B018 - the property builds the form
    return jendela
