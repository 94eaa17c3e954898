"""The dashboard tab on a real database: the figures shown equal the database, a click on a bar
(or a key figure, a legend entry, the keyboard) filters the household table to those families,
it recomputes after changes, and says what went wrong when it cannot count."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage.dasbor import Tahap
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.dasbor import PanelDasbor
from kalbar_desktop.ui.grafik import angka, persen, tanggal
from tests.bantu_verifikasi import verifikasi_contoh
from tests.conftest import WILAYAH_61

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HARI_INI = dt.date.today()


@pytest.fixture
def db_kerja(db_path, berkas_demo_2023):
    """The 2023 demo files with the region reference and 30 families verified; returns the
    plan of what was done."""
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
        wilayah_csv.impor(db, WILAYAH_61)
        return verifikasi_contoh(db, jumlah=30, hari_ini=HARI_INI)


def _jendela(qtbot, db_path):
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def _buka_dasbor(qtbot, w) -> PanelDasbor:
    panel = w.findChild(PanelDasbor, "dashboard")
    assert panel is not None
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(panel)
    return panel


def _id_di_tabel(w) -> set[str]:
    return {w.model.id_keluarga(i) for i in range(w.model.rowCount())}


def _kode(db_path) -> dict[str, str]:
    with sdb.terbuka(db_path) as db:
        return dict(db.execute("SELECT id_keluarga, kode_kemdagri FROM keluarga").fetchall())


def test_format_angka_dan_tanggal_indonesia():
    assert angka(1234567) == "1.234.567"
    assert angka(0) == "0"
    assert persen(1, 3) == "33%" and persen(999, 1000) == "99%" and persen(1, 1000) == "<1%"
    assert persen(0, 0) == "-"
    assert tanggal("2026-11-23") == "23 November 2026"
    assert tanggal("2026-08-17", "d MMM") == "17 Agu"


def test_angka_di_dasbor_sama_dengan_basis_data(qtbot, db_path, db_kerja):
    rencana = db_kerja
    kode = _kode(db_path)
    w = _jendela(qtbot, db_path)
    panel = _buka_dasbor(qtbot, w)
    tahap = Counter(r.tahap for r in rencana)

    kartu = {n: k.angka.text() for n, k in panel.kartu.items()}
    assert kartu == {
        "kartuKeluarga": "120", "kartuTerverifikasi": "30", "kartuBelum": "90",
        "kartuDiajukan": str(tahap[Tahap.DIAJUKAN]), "kartuDisetujui": str(tahap[Tahap.DISETUJUI]),
        "kartuDikembalikan": str(tahap[Tahap.DIKEMBALIKAN]),
        "kartuTemuan": str(panel.data().keluarga_dengan_temuan)}
    assert panel.kartu["kartuTerverifikasi"].catatan.text() == "25% dari semua keluarga"

    chart = panel.findChild(type(panel.chart_kecamatan), "chartKecamatan")
    batang = chart.batang()
    per_kec = Counter(k[:6] for k in kode.values())
    assert [b.label for b in batang] == ["Singkawang Tengah", "Singkawang Barat",
                                         "Singkawang Timur", "Singkawang Utara",
                                         "Singkawang Selatan"]
    assert [b.total for b in batang] == [per_kec[k] for k in sorted(per_kec)]
    for b, k in zip(batang, sorted(per_kec), strict=True):
        di_sini = Counter(r.tahap for r in rencana if kode[r.id_keluarga].startswith(k))
        di_sini[Tahap.BELUM] = per_kec[k] - sum(di_sini.values())
        assert [s.nilai for s in b.segmen] == [di_sini[t] for t in Tahap]
        verif = per_kec[k] - di_sini[Tahap.BELUM]
        assert b.teks_nilai == f"{persen(verif, per_kec[k])} dari {per_kec[k]}"

    with sdb.terbuka(db_path) as db:
        desil = dict(db.execute("SELECT desil, count(*) FROM keluarga GROUP BY 1").fetchall())
        temuan = dict(db.execute("SELECT aturan, count(DISTINCT id_keluarga) FROM temuan "
                                 "GROUP BY 1").fetchall())
    assert [(b.label, b.total) for b in panel.chart_desil.batang()] == [
        (f"Desil {d}", desil[d]) for d in sorted(desil)]
    assert panel.chart_desil.batang()[0].label_kecil == "sangat miskin"

    kelayakan = Counter(r.kelayakan for r in rencana)
    assert [(b.label, b.total, b.teks_nilai) for b in panel.chart_kelayakan.batang()] == [
        ("Layak", kelayakan["LAYAK"], f"{kelayakan['LAYAK']} ({persen(kelayakan['LAYAK'], 120)})"),
        ("Layak dengan intervensi", kelayakan["LAYAK_INTERVENSI"],
         f"{kelayakan['LAYAK_INTERVENSI']} ({persen(kelayakan['LAYAK_INTERVENSI'], 120)})"),
        ("Tidak layak", kelayakan["TIDAK_LAYAK"],
         f"{kelayakan['TIDAK_LAYAK']} ({persen(kelayakan['TIDAK_LAYAK'], 120)})"),
        ("Belum ditentukan", 90 + kelayakan[None], f"{90 + kelayakan[None]} (79%)")]

    assert sorted(b.total for b in panel.chart_temuan.batang()) == sorted(temuan.values())

    kunjungan = Counter(r.tanggal_kunjungan for r in rencana)
    hari = [HARI_INI - dt.timedelta(days=i) for i in (3, 2, 1, 0)]
    assert [(b.label, b.total) for b in panel.chart_kunjungan.batang()] == [
        (tanggal(h.isoformat(), "d MMM"), kunjungan[h.isoformat()]) for h in hari]
    assert "30 keluarga dikunjungi dalam 4 hari" in panel.kotak_kunjungan.sub.text()

    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "dasbor_demo.png"))


def test_klik_batang_menyaring_tabel_keluarga(qtbot, db_path, db_kerja):
    rencana = db_kerja
    kode = _kode(db_path)
    w = _jendela(qtbot, db_path)
    panel = _buka_dasbor(qtbot, w)
    data_tab = w.tab.indexOf(w.pemisah)

    # a segment of a kecamatan: that kecamatan, that stage; the region tree follows
    chart = panel.chart_kecamatan
    i, kec = next((i, k) for i, k in enumerate(panel.data().kecamatan)
                  if k.jumlah(Tahap.DISETUJUI) > 0)
    j = list(Tahap).index(Tahap.DISETUJUI)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.titik(i, j))
    assert w.tab.currentIndex() == data_tab
    assert w.region_tree.kode_terpilih() == kec.kode
    assert _id_di_tabel(w) == {r.id_keluarga for r in rencana if r.tahap == Tahap.DISETUJUI
                               and kode[r.id_keluarga].startswith(kec.kode)}

    # the kecamatan's name: all its families
    w.tab.setCurrentWidget(panel)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.titik(i))
    assert w.model.rowCount() == kec.keluarga
    assert _id_di_tabel(w) == {idk for idk, k in kode.items() if k.startswith(kec.kode)}

    # not-yet-verified segment of another kecamatan
    w.tab.setCurrentWidget(panel)
    belum = list(Tahap).index(Tahap.BELUM)
    lain = panel.data().kecamatan[-1]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=chart.titik(len(panel.data().kecamatan) - 1, belum))
    verif = {r.id_keluarga for r in rencana}
    assert _id_di_tabel(w) == {idk for idk, k in kode.items()
                               if k.startswith(lain.kode) and idk not in verif}
    assert w.region_tree.kode_terpilih() == lain.kode

    # a desil bar: every region again
    w.tab.setCurrentWidget(panel)
    qtbot.mouseClick(panel.chart_desil, Qt.MouseButton.LeftButton,
                     pos=panel.chart_desil.titik(0, 0))
    assert w.region_tree.kode_terpilih() == ""
    assert w.model.rowCount() == panel.data().desil[0].keluarga
    assert {w.model.index(r, 3).data() for r in range(w.model.rowCount())} == {"1"}

    # kelayakan 'Belum ditentukan'
    w.tab.setCurrentWidget(panel)
    n = len(panel.chart_kelayakan.batang())
    qtbot.mouseClick(panel.chart_kelayakan, Qt.MouseButton.LeftButton,
                     pos=panel.chart_kelayakan.titik(n - 1, 0))
    assert _id_di_tabel(w) == set(kode) - {r.id_keluarga for r in rencana if r.kelayakan}

    # a finding rule
    w.tab.setCurrentWidget(panel)
    aturan = panel.data().temuan[0]
    qtbot.mouseClick(panel.chart_temuan, Qt.MouseButton.LeftButton,
                     pos=panel.chart_temuan.titik(0, 0))
    with sdb.terbuka(db_path) as db:
        harap = {b[0] for b in db.execute("SELECT id_keluarga FROM temuan WHERE aturan = ?",
                                          [aturan.kunci])}
    assert _id_di_tabel(w) == harap

    # the latest visit day
    w.tab.setCurrentWidget(panel)
    akhir = len(panel.chart_kunjungan.batang()) - 1
    qtbot.mouseClick(panel.chart_kunjungan, Qt.MouseButton.LeftButton,
                     pos=panel.chart_kunjungan.titik(akhir, 0))
    assert _id_di_tabel(w) == {r.id_keluarga for r in rencana
                               if r.tanggal_kunjungan == HARI_INI.isoformat()}

    # a key figure and a legend entry
    w.tab.setCurrentWidget(panel)
    qtbot.mouseClick(panel.kartu["kartuDikembalikan"], Qt.MouseButton.LeftButton)
    assert _id_di_tabel(w) == {r.id_keluarga for r in rencana if r.tahap == Tahap.DIKEMBALIKAN}
    w.tab.setCurrentWidget(panel)
    qtbot.mouseClick(panel.legenda[Tahap.DIVERIFIKASI], Qt.MouseButton.LeftButton)
    assert _id_di_tabel(w) == {r.id_keluarga for r in rencana if r.tahap == Tahap.DIVERIFIKASI}


def test_papan_ketik_memilih_batang(qtbot, db_path, db_kerja):
    w = _jendela(qtbot, db_path)
    panel = _buka_dasbor(qtbot, w)
    panel.chart_desil.setFocus()
    qtbot.keyClick(panel.chart_desil, Qt.Key.Key_Right)
    qtbot.keyClick(panel.chart_desil, Qt.Key.Key_Return)
    assert w.tab.currentWidget() is w.pemisah
    assert w.model.rowCount() == panel.data().desil[1].keluarga
    assert {w.model.index(r, 3).data() for r in range(w.model.rowCount())} == {"2"}
    w.tab.setCurrentWidget(panel)
    panel.kartu["kartuBelum"].setFocus()
    qtbot.keyClick(panel.kartu["kartuBelum"], Qt.Key.Key_Space)
    assert w.model.rowCount() == 90
    # Laporan > Dasbor (Ctrl+Shift+D) brings the tab back and recounts
    aksi = w.findChild(QAction, "aksiDasbor")
    assert aksi.shortcut().toString() == "Ctrl+Shift+D"
    assert aksi in w.menu_laporan.actions()
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        aksi.trigger()
    assert w.tab.currentWidget() is panel


def test_dasbor_dihitung_ulang_setelah_perubahan(qtbot, db_path, db_kerja):
    rencana = db_kerja
    w = _jendela(qtbot, db_path)
    panel = _buka_dasbor(qtbot, w)
    verif = {r.id_keluarga for r in rencana}
    idk = next(i for i in sorted(_kode(db_path)) if i not in verif)
    v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                   tanggal_kunjungan=HARI_INI.isoformat(), nama_verifikator="Ani")
    sv.simpan(w.db, idk, Pengguna("Ani", Peran.OPERATOR), v, 0)
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.segarkan()  # what imports and saves call
    assert panel.kartu["kartuTerverifikasi"].angka.text() == "31"

    # while another tab is in front nothing is computed; showing the tab catches up
    w.tab.setCurrentWidget(w.pemisah)
    v2 = Verifikasi(status_verifikasi="PINDAH", pindah_ke="Pontianak",
                    tanggal_kunjungan=HARI_INI.isoformat(), nama_verifikator="Ani")
    idk2 = next(i for i in sorted(_kode(db_path)) if i not in verif and i != idk)
    sv.simpan(w.db, idk2, Pengguna("Ani", Peran.OPERATOR), v2, 0)
    w.segarkan()
    qtbot.wait(50)
    assert not panel.sedang_menghitung()
    assert panel.kartu["kartuTerverifikasi"].angka.text() == "31"
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(panel)
    assert panel.kartu["kartuTerverifikasi"].angka.text() == "32"

    # a change that did not call MainWindow.segarkan still shows when the tab comes back
    w.tab.setCurrentWidget(w.pemisah)
    lama = (HARI_INI - dt.timedelta(days=500)).isoformat()
    idk4 = next(i for i in sorted(_kode(db_path)) if i not in verif | {idk, idk2})
    sv.simpan(w.db, idk4, Pengguna("Ani", Peran.OPERATOR),
              Verifikasi(status_verifikasi="MENINGGAL", tanggal_kunjungan=lama,
                         nama_verifikator="Ani"), 0)
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(panel)
    assert panel.kartu["kartuTerverifikasi"].angka.text() == "33"
    # a visit 500 days ago: counted, but the chart keeps to the last year before the latest
    assert panel.data().kunjungan[0].kunci == lama
    assert len(panel.chart_kunjungan.batang()) == 366
    assert "1 kunjungan sebelum" in panel.kotak_kunjungan.sub.text()

    # two requests in a row: the figures shown come from the later one
    idk3 = next(i for i in sorted(_kode(db_path)) if i not in verif | {idk, idk2, idk4})
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        panel.segarkan()
        sv.simpan(w.db, idk3, Pengguna("Ani", Peran.OPERATOR), v, 0)
        panel.tombol_segarkan.click()
    qtbot.waitUntil(lambda: not panel.sedang_menghitung(), timeout=15000)
    assert panel.kartu["kartuTerverifikasi"].angka.text() == "34"


def test_basis_data_kosong(qtbot, tmp_path):
    w = _jendela(qtbot, tmp_path / "kosong.db")
    panel = _buka_dasbor(qtbot, w)
    assert {k.angka.text() for k in panel.kartu.values()} == {"0"}
    assert panel.chart_kecamatan.batang() == []
    assert "Impor berkas P3KE" in panel.chart_kecamatan.pesan_kosong
    SHOTS.mkdir(exist_ok=True)
    gambar = w.grab()
    assert gambar.save(str(SHOTS / "dasbor_kosong.png"))


def test_berkas_rusak_pesan_jelas_tanpa_mengubah_berkas(qtbot, tmp_path):
    rusak = tmp_path / "rusak.db"
    rusak.write_bytes(b"ini bukan basis data SQLite" * 40)
    isi = rusak.read_bytes()
    panel = PanelDasbor(rusak)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: "tidak bisa dihitung" in panel.label_status.text(), timeout=15000)
    assert "rusak.db" in panel.label_status.text()
    assert not panel.sedang_menghitung()
    assert rusak.read_bytes() == isi


def test_sesi_hanya_baca_tetap_menghitung(qtbot, db_path, db_kerja):
    """Another program writes to the database: the window is read-only, the dashboard (which
    only reads) still counts."""
    penulis = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kalbar_desktop.storage import db; "
         f"d = db.buka({str(db_path)!r}); print('siap', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert penulis.stdout.readline().strip() == "siap"
        w = _jendela(qtbot, db_path)
        assert w.pengguna.baca_saja
        panel = _buka_dasbor(qtbot, w)
        assert panel.kartu["kartuTerverifikasi"].angka.text() == "30"
        assert "tidak bisa" not in panel.label_status.text()
        w.close()
    finally:
        penulis.communicate("", timeout=30)


def test_dasbor_hilang_tepat_setelah_menggambar_tanpa_galat(qtbot, db_path, db_kerja):
    # the visit chart scrolls to its end on the next turn of the loop; a window closed (or
    # another database opened) before that turn must not raise "already deleted" in the timer
    w = _jendela(qtbot, db_path)
    panel = _buka_dasbor(qtbot, w)
    panel._tampilkan(panel._data)
    shiboken6.delete(panel.gulir_kunjungan)
    qtbot.wait(30)
