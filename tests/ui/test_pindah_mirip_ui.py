"""Old free-text 'Pindah ke' with a typing slip ("Desa Sungai Garam Hilr" for Sungai Garam
Hilir): nothing is guessed silently. The form's note ``pindahCatatanLabel`` asks "Mungkin
maksudnya Desa ...?" and the desa picker holds that desa, but the field stays the old text
(Luar kabupaten), opening and leaving the family writes nothing, and the Rekap keeps counting it
as a move out of the kabupaten until the user picks "Desa di kabupaten ini" and saves. The
old value written with sqlite3 directly, as an older version stored it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from kalbar_desktop.domain.wilayah import batas_salah_ketik, desa_mirip, jarak_ketik
from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests.conftest import WILAYAH_61, cuplikan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SALAH_KETIK = "Desa Sungai Garam Hilr"
DESA = "6172041001"  # Sungai Garam Hilir, Singkawang Utara


def _rekap_pindah(db) -> dict[str, int]:
    hasil: dict[str, int] = {}
    for g in sekspor.rekap(db, sekspor.Lingkup()):
        if g.jenis_pindah:
            hasil[g.jenis_pindah] = hasil.get(g.jenis_pindah, 0) + g.keluarga
    return hasil


@pytest.fixture
def jendela(qtbot, db_path, berkas_demo_2023):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
        wilayah_csv.impor(db, WILAYAH_61)
        ids = [r[0] for r in db.execute("SELECT id_keluarga FROM keluarga ORDER BY 1 LIMIT 2")]
    conn = sqlite3.connect(db_path)  # values written before the desa picker existed
    with conn:
        for idk, teks in zip(ids, (SALAH_KETIK, "Kab. Sanggau"), strict=True):
            conn.execute(
                "UPDATE verifikasi_keluarga SET status_verifikasi = 'PINDAH', pindah_ke = ?, "
                "tanggal_kunjungan = '2026-11-20', nama_verifikator = 'Rina' "
                "WHERE id_keluarga = ?", [teks, idk])
    conn.close()
    w = create_main_window(db_path, user="Rina", role="verifikator")
    w.resize(1366, 740)
    w.show()
    w.ids = ids
    yield w
    w.form.muat_ulang()
    w.close()
    w.deleteLater()


def test_salah_ketik_ditawarkan_tidak_ditebak(qtbot, jendela, db_path):
    SHOTS.mkdir(exist_ok=True)
    w = jendela
    salah, luar = w.ids
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
        rekap_awal = _rekap_pindah(db)
    assert rekap_awal == {"LUAR_KABUPATEN": 2}

    w.buka_keluarga(salah)
    form = w.findChild(QWidget, "householdForm")
    jenis = form.findChild(QComboBox, "pindahJenisCombo")
    desa = form.findChild(QComboBox, "pindahDesaCombo")
    teks = form.findChild(QLineEdit, "pindahKeEdit")
    catatan = form.findChild(QLabel, "pindahCatatanLabel")
    assert catatan.isVisibleTo(form)
    assert catatan.text() == (
        f'Isian lama "{SALAH_KETIK}" tidak sama persis dengan nama desa mana pun di kabupaten '
        "ini. Mungkin maksudnya Desa Sungai Garam Hilir (Kecamatan Singkawang Utara)? Bila ya, "
        'pilih "Desa di kabupaten ini" (desa itu sudah disiapkan di daftar) lalu simpan. '
        "Sebelum disimpan, keluarga ini tetap dihitung pindah keluar kabupaten.")
    # not chosen: the field is still the old text, the picker only holds the desa
    assert (jenis.currentText(), teks.text()) == ("Luar kabupaten", SALAH_KETIK)
    assert desa.currentData() == DESA and not desa.isVisibleTo(form)
    assert not form.ada_perubahan()
    qtbot.wait(50)
    form.grab().save(str(SHOTS / "pindah_mirip_saran.png"))
    # leaving the family writes nothing (no silent save, unlike an exact desa name)
    w.buka_keluarga(luar)
    assert not catatan.isVisibleTo(form)  # "Kab. Sanggau" is close to no desa
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == sebelum
        assert _rekap_pindah(db) == rekap_awal  # the Rekap counts it as before

    # the user takes the suggestion and saves: now the desa's code is stored
    w.buka_keluarga(salah)
    jenis.setCurrentIndex(jenis.findText("Desa di kabupaten ini"))
    assert desa.isVisibleTo(form)
    assert desa.currentText() == "Sungai Garam Hilir, Singkawang Utara"
    assert form.ada_perubahan()
    form.findChild(QPushButton, "saveButton").click()
    assert not form.ada_perubahan(), form.findChild(QLabel, "pesanForm").text()
    with sdb.terbuka(db_path) as db:
        v = sv.muat(db, salah).verifikasi
        assert (v.pindah_ke_kode, v.pindah_ke) == (DESA, None)
        assert _rekap_pindah(db) == {"LUAR_KABUPATEN": 1, "DALAM_KABUPATEN": 1}
    assert not catatan.isVisibleTo(form)


def test_salah_ketik_satu_desa_saja():
    """The domain rule: slips counted (a swap is one), a short name never suggested, a text
    close to two desa not suggested, an exact name not a slip."""
    assert jarak_ketik("sungai ambwang", "sungai ambawang", 2) == 1
    assert jarak_ketik("tengha", "tengah", 1) == 1  # two neighbours swapped
    assert jarak_ketik("roban", "kuala", 1) == 2  # above the limit: limit + 1
    assert [batas_salah_ketik(k) for k in ("jawa", "roban", "sungai garam hilir")] == [0, 1, 2]
    nama = {"sungai ambawang": {"6112010001"}, "sungai garam hilir": {DESA},
            "sungai garam hulu": {"6172041099"}, "setapuk kecil": {"6172041005"},
            "setapuk besar": {"6172041006"}, "jawa": {"6172011004"},
            "tengah": {"6172021003", "6172041098"}}
    assert desa_mirip("Desa Sungai Ambwang", nama) == "6112010001"
    assert desa_mirip("  desa  SETAPUK kecl ", nama) == "6172041005"
    assert desa_mirip("Tengha", nama) is None  # two desa named Tengah: not one
    assert desa_mirip("Sungai Garam Hilu", nama) is None  # Hilir and Hulu both close
    assert desa_mirip("Jaw", nama) is None  # too short to tell
    assert desa_mirip("Sungai Ambawang", nama) is None  # exact: not a suggestion
    assert desa_mirip("Kab. Sanggau", nama) is None
    assert desa_mirip(None, nama) is None
