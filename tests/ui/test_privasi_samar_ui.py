"""An operator (no full-NIK right) reads the findings of a family whose NIKs the file damaged:
a 15-digit number, ``6.17201E+15``, 17 digits, a letter among spaces and dots. The window's
findings list masks each one as the table masks a NIK, in the Indonesian and in the English
window; a verifikator reads them whole. The history masks a NIK written with spaces in a
reason. Before, only runs of exactly 16 digits were masked."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QListWidget, QTableWidget

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests import privasi_rusak as pr

_PANJANG = re.compile(r"(?<!\d)\d{14,}(?!\d)")


@pytest.fixture
def db_rusak(tmp_path):
    path = tmp_path / "kab.db"
    pr.impor_rusak(tmp_path, path)
    return path


_jendela = pr.jendela


def _temuan(w, idk: str) -> str:
    assert w.buka_keluarga(idk)
    daftar = w.form.findChild(QListWidget, "findingsList")
    return "\n".join(daftar.item(i).text() for i in range(daftar.count()))


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_operator_membaca_nik_rusak_disamarkan(qtbot, pasang, folder_qm, db_rusak, bahasa):
    pasang(bahasa, folder_qm)
    w = _jendela(qtbot, db_rusak, "operator")
    teks = "\n".join(_temuan(w, idk) for idk in ("0061720001", "0061720002", "0061720003"))
    for penuh, samar in pr.DISAMARKAN.items():
        assert penuh not in teks, (penuh, teks)
        assert (samar in teks) == (penuh in pr.DIKUTIP), (samar, teks)
    assert not _PANJANG.search(teks)
    # the message is still in the window's language
    assert ("scientific notation" in teks) == (bahasa == "en")
    assert ("notasi ilmiah" in teks) == (bahasa == "id")
    if bahasa == "id":
        w.grab().save("/tmp/privasi3-temuan-operator.png")


def test_verifikator_membaca_nik_rusak_utuh(qtbot, db_rusak):
    w = _jendela(qtbot, db_rusak, "verifikator")
    teks = "\n".join(_temuan(w, idk) for idk in ("0061720001", "0061720002", "0061720003"))
    for penuh in pr.DIKUTIP:
        assert penuh in teks, (penuh, teks)


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_riwayat_operator_menyamarkan_nik_di_alasan(qtbot, pasang, folder_qm, db_rusak,
                                                    bahasa):
    pasang(bahasa, folder_qm)
    with sdb.terbuka(db_rusak) as db:
        data = sv.muat(db, "0061720001")
        sv.simpan(db, "0061720001", Pengguna("Rina", Peran.VERIFIKATOR), data.verifikasi,
                  data.versi, koreksi={"nik_kepala": "6172011508800001"},
                  alasan=f"KTP: 6172 0115 0880 0001 (berkas: {pr.ILMIAH}, {pr.NIK_17})")
    for peran, harapan in (
            ("operator", "KTP: 6172 01** **** 0001 (berkas: 6.*****E+15, 617201*******0011)"),
            ("verifikator", f"KTP: 6172 0115 0880 0001 (berkas: {pr.ILMIAH}, {pr.NIK_17})")):
        w = _jendela(qtbot, db_rusak, peran)
        assert w.buka_keluarga("0061720001")
        d = w.form.riwayat()
        qtbot.addWidget(d)
        tabel = d.findChild(QTableWidget, "riwayatTable")
        sel = [tabel.item(r, c).text() for r in range(tabel.rowCount())
               for c in range(tabel.columnCount())]
        assert harapan in sel, sel
        tip = [tabel.item(r, c).toolTip() for r in range(tabel.rowCount())
               for c in range(tabel.columnCount())]
        assert harapan in tip
        if peran == "operator":
            assert not any(_PANJANG.search(t) for t in sel + tip)
            assert "617201******0001" in sel
        d.close()
