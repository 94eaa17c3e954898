"""What a region-limited account sees is its own: the region tree, the status bar and the
dashboard count only the families of its regions (an admin or an unlimited account sees the
whole kabupaten)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.exchange import wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.dasbor import PanelDasbor
from kalbar_desktop.ui.lokal import angka
from kalbar_desktop.ui.region_tree import JUMLAH_ROLE, KODE_ROLE
from tests.conftest import WILAYAH_61

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SANDI = "Sungai-Kapuas-77"
DESA = "6172011001"
KECAMATAN = "617202"


@pytest.fixture
def db_akun(db_demo, db_path):
    wilayah_csv.impor(db_demo, WILAYAH_61)
    sp.tambah(db_demo, "adm", Peran.ADMIN, SANDI, oleh="uji")
    sp.tambah(db_demo, "ani", Peran.OPERATOR, SANDI, [DESA], "Ani Lestari", oleh="adm")
    sp.tambah(db_demo, "vera", Peran.VERIFIKATOR, SANDI, [KECAMATAN], oleh="adm")
    sp.tambah(db_demo, "budi", Peran.VERIFIKATOR, SANDI, oleh="adm")
    db_demo.close()
    return db_path


def _jumlah(db_path, awalan: str = "") -> tuple[int, int, int]:
    """(families, members, verified) of the families whose desa code starts with ``awalan``."""
    with sdb.terbuka(db_path, baca_saja=True) as db:
        k, v = db.execute(
            "SELECT count(*), total(v.status_verifikasi <> 'BELUM') FROM keluarga k "
            "JOIN verifikasi_keluarga v USING (id_keluarga) WHERE k.kode_kemdagri LIKE ?",
            [awalan + "%"]).fetchone()
        a = db.execute("SELECT count(*) FROM anggota a JOIN keluarga k USING (id_keluarga) "
                       "WHERE k.kode_kemdagri LIKE ?", [awalan + "%"]).fetchone()[0]
    return int(k), int(a), int(v)


def _simpul(w) -> dict[str, tuple[int, int]]:
    """Every node of the region tree that is shown (the desa of each kecamatan created)."""
    w.region_tree.expandAll()
    hasil = {}
    it = QTreeWidgetItemIterator(w.region_tree)
    while it.value():
        item = it.value()
        if not item.isHidden():
            hasil[item.data(0, KODE_ROLE)] = item.data(0, JUMLAH_ROLE)
        it += 1
    return hasil


def _dasbor(qtbot, w) -> PanelDasbor:
    panel = w.findChild(PanelDasbor, "dashboard")
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(panel)
    return panel


@pytest.mark.parametrize("akun, lingkup", [("ani", DESA), ("vera", KECAMATAN)])
def test_akun_berwilayah_hanya_menghitung_wilayahnya(qtbot, db_akun, akun, lingkup):
    k_semua, _, _ = _jumlah(db_akun)
    k, a, verif = _jumlah(db_akun, lingkup)
    assert 0 < k < k_semua
    w = create_main_window(db_akun, user=akun)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    # the status bar
    assert w.label_jumlah.text() == (f"{angka(k)} keluarga, {angka(a)} anggota "
                                     "di wilayah kerja Anda")
    # the tree: its root and every node above the user's region count only their families;
    # no other region is there, hidden or not
    simpul = _simpul(w)
    assert simpul[""] == (k, verif)
    assert w.region_tree.topLevelItem(0).text(0) == "Wilayah kerja Anda"
    for kode, (n, _v) in simpul.items():
        if kode and lingkup.startswith(kode):
            assert n == k, kode
        elif kode:
            assert kode.startswith(lingkup), kode
            assert n == _jumlah(db_akun, kode)[0]
    assert set(w.region_tree._jumlah) <= {"", *simpul}
    # the table
    assert w.model.rowCount() == k
    # the dashboard
    panel = _dasbor(qtbot, w)
    assert (panel._data.keluarga, panel._data.anggota) == (k, a)
    assert sum(kec.keluarga for kec in panel._data.kecamatan) == k
    assert {kec.kode for kec in panel._data.kecamatan} == {lingkup[:6]}
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / f"wilayahku_dasbor_{akun}.png"))
    w.tab.setCurrentIndex(0)
    w.grab().save(str(SHOTS / f"wilayahku_{akun}.png"))
    w.close()


@pytest.mark.parametrize("akun", ["adm", "budi"])
def test_admin_dan_akun_tanpa_wilayah_melihat_semua(qtbot, db_akun, akun):
    k, a, verif = _jumlah(db_akun)
    w = create_main_window(db_akun, user=akun)
    qtbot.addWidget(w)
    w.show()
    assert w.label_jumlah.text() == f"{angka(k)} keluarga, {angka(a)} anggota"
    simpul = _simpul(w)
    assert simpul[""] == (k, verif)
    assert w.region_tree.topLevelItem(0).text(0) == "Semua wilayah"
    assert DESA in simpul and "6172021001" in simpul
    panel = _dasbor(qtbot, w)
    assert (panel._data.keluarga, panel._data.anggota) == (k, a)
    w.close()
