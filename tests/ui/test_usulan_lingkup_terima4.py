"""Acceptance round terima4 (issue 6, region scope): the new-family form (Usulan baru) offers an
operator only the desa assigned to her; a verifikator of the whole database gets every desa.
Before, the operator was offered every desa and learnt only on saving that she may not."""

from __future__ import annotations

import pytest

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.ui import create_main_window

SANDI = "Sungai-Kapuas-77"


@pytest.fixture
def db_akun(db_isi):
    with sdb.terbuka(db_isi) as db:
        sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
        sp.tambah(db, "Ani", Peran.OPERATOR, SANDI, ["6172011001"], oleh="adm")
        sp.tambah(db, "Rina", Peran.VERIFIKATOR, SANDI, oleh="adm")
        semua = [k for k, _n in swilayah.daftar_desa(db)]
    assert "6172011001" in semua and len(semua) > 5
    return db_isi, semua


def _desa_usulan(qtbot, db_path, nama) -> list[str]:
    w = create_main_window(db_path, user=nama)
    qtbot.addWidget(w)
    w.show()
    assert w.usulan_baru()
    combo = w.form.desa_combo
    assert combo.objectName() == "desaCombo"
    kode = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    w.tutup_tanpa_tanya = True
    w.close()
    return kode


def test_operator_hanya_ditawari_desanya(qtbot, db_akun):
    db_path, _semua = db_akun
    assert _desa_usulan(qtbot, db_path, "Ani") == ["6172011001"]


def test_verifikator_seluruh_basis_data_ditawari_semua_desa(qtbot, db_akun):
    db_path, semua = db_akun
    assert _desa_usulan(qtbot, db_path, "Rina") == semua
