"""A P3KE pair written with openpyxl whose NIKs are damaged in the shapes offices send: a
15-digit number cell, Excel's scientific notation, 17 digits (also written with dots and an
apostrophe), a letter O typed for a zero among spaces. Shared by the masking tests of the
console and the window."""

from __future__ import annotations

from pathlib import Path

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml

NIK_15 = "617201150880001"
ILMIAH = "6.17201E+15"
NIK_17 = "61720144127000011"
NIK_HURUF = "61720220O2600001"
NIK_DITULIS = {"006172000101": int(NIK_15), "006172000102": ILMIAH,
               "006172000201": NIK_17, "006172000202": "'6172.0144.1270.00011",
               "006172000301": "6172 0220 O260 0001"}
"""ID Individu -> the NIK cell as written in the Individu sheet (Lukas's is Maria's, written
with dots and an apostrophe: NIK_GANDA quotes it)."""
DISAMARKAN = {NIK_15: "617201*****0001", ILMIAH: "6.*****E+15", NIK_17: "617201*******0011",
              NIK_HURUF: "617202**O***0001"}
"""Each damaged NIK as stored -> as who may not see full NIKs reads it."""
DIKUTIP = (NIK_15, ILMIAH, NIK_HURUF)
"""The damaged NIKs that a finding's message quotes (a wrong length alone is not quoted)."""


def impor_rusak(folder: Path, db_path: Path) -> None:
    """Write the pair into ``folder`` and import it into ``db_path``."""
    kol_i, kol_k = ml.INDIVIDU_2023.index, ml.KEPALA_2023.index
    individu = ml.baris_individu()
    for r in individu:
        r[kol_i("NIK")] = NIK_DITULIS[r[kol_i("ID Individu")]]
    kepala = ml.baris_kepala()
    for r in kepala:
        r[kol_k("NIK Kepala Keluarga")] = NIK_DITULIS[r[0] + "01"]
    berkas = [ml.xlsx(folder / "kepala.xlsx", ml.KEPALA_2023, kepala, lembar="Kepala Keluarga"),
              ml.xlsx(folder / "individu.xlsx", ml.INDIVIDU_2023, individu, lembar="Individu")]
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas)


def jendela(qtbot, db_path: Path, role: str):
    """The main window on ``db_path`` for Ani in ``role``, shown at 1366 x 740."""
    from kalbar_desktop.ui import create_main_window

    w = create_main_window(db_path, user="Ani", role=role)
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w
