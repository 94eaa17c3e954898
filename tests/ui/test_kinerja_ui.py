"""What makes the window start fast on 100,000 families, checked on a real (small) database:
the quick check of a big file runs after the first paint while writes wait for it (a damaged
file then gets the read-only window), the table is loaded once, the tree creates desa nodes
when a kecamatan opens, the form is built when a family is first opened, and a database of an
older version is upgraded with a progress dialog first."""

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTreeWidgetItem

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import daftar, migrations
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import app as uapp
from kalbar_desktop.ui import create_main_window
from tests.conftest import cuplikan
from tests.skema_lama import buat_db_lama

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def periksa_di_latar(monkeypatch):
    """Treat every database as big: its quick check runs after the window shows."""
    monkeypatch.setattr(uapp, "PERIKSA_LANGSUNG_MAKS_BYTE", 0)


def _jendela(qtbot, db_path, **kw):
    w = create_main_window(db_path, **kw)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def _simpan_ditemukan(w, baris: int) -> str:
    idk = w.model.id_keluarga(baris)
    assert w.buka_baris(baris)
    form = w.form
    combo = form.findChild(QComboBox, "statusVerifikasiCombo")
    combo.setCurrentIndex(combo.findText("Ditemukan"))
    layak = form.findChild(QComboBox, "kelayakanCombo")
    layak.setCurrentIndex(layak.findText("Layak"))
    form.findChild(QLineEdit, "tanggalKunjunganEdit").setText("20-11-2025")
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Ani")
    form.findChild(QPushButton, "saveButton").click()
    return idk


def _sidik(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in path.parent.iterdir() if p.name.startswith(path.name)
            and not p.name.endswith("-kunci")}


def test_pemeriksaan_berjalan_setelah_jendela_tampil(qtbot, db_isi, periksa_di_latar):
    w = _jendela(qtbot, db_isi, user="Ani")
    pesan = []
    w.statusBar().messageChanged.connect(pesan.append)
    assert w.model.rowCount() == 120  # the data is there before the check
    assert w.db.pemeriksaan_tertunda is not None and w.keamanan.hasil_periksa is None
    assert not w.pengguna.baca_saja and not w.keamanan.banner.isVisible()
    qtbot.waitUntil(lambda: w.keamanan.hasil_periksa is not None, timeout=20000)
    assert w.keamanan.hasil_periksa.sehat and not w.keamanan.rusak
    assert "Memeriksa kesehatan basis data" in pesan[0]
    assert "sehat" in w.statusBar().currentMessage()
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "jendela_pemeriksaan_selesai.png"))
    idk = _simpan_ditemukan(w, 3)
    assert w.form.pesan.text().startswith("Tersimpan")
    with sdb.terbuka(db_isi) as db:
        assert sv.muat(db, idk).verifikasi.status_verifikasi == "DITEMUKAN"


def test_simpan_sebelum_pemeriksaan_selesai_menunggu_lalu_tersimpan(qtbot, db_isi,
                                                                     periksa_di_latar):
    w = _jendela(qtbot, db_isi, user="Ani")
    # no event has run yet: the background check has not even started
    assert w.db.pemeriksaan_tertunda is not None and not w.db.pemeriksaan_tertunda.dimulai
    idk = _simpan_ditemukan(w, 5)
    assert w.form.pesan.text().startswith("Tersimpan")
    assert w.db.pemeriksaan_tertunda is None and w.db.hasil_periksa.sehat
    with sdb.terbuka(db_isi) as db:
        assert sv.muat(db, idk).verifikasi.kelayakan == "LAYAK"
    qtbot.wait(50)  # the queued start finds the check done: nothing else happens
    assert w.isVisible() and w.keamanan.hasil_periksa.sehat


def test_basis_data_rusak_diketahui_setelah_tampil_lalu_hanya_baca(qtbot, db_demo, db_path,
                                                                 periksa_di_latar):
    db_demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_demo.close()
    with open(db_path, "r+b") as f:
        f.seek(os.path.getsize(db_path) // 2 // 4096 * 4096)
        f.write(os.urandom(4096 * 2))
    w = _jendela(qtbot, db_path, user="penguji", role="admin")
    sebelum = _sidik(db_path)
    assert not w.pengguna.baca_saja  # not known yet
    with pytest.raises(sdb.BasisDataRusak, match="gagal pemeriksaan kesehatan"):
        w.db.execute("UPDATE keluarga SET nama_kepala = 'x'")
    qtbot.waitUntil(lambda: getattr(w.keamanan, "jendela_baru", None) is not None,
                    timeout=20000)
    baru = w.keamanan.jendela_baru
    qtbot.addWidget(baru)
    assert not w.isVisible() and baru.isVisible()
    assert baru.keamanan.rusak and baru.pengguna.baca_saja
    assert "rusak" in baru.keamanan.banner_label.text().lower()
    assert baru.keamanan.tombol_pulih_banner.isVisible()
    with pytest.raises(Exception, match="readonly"):
        baru.db.execute("UPDATE keluarga SET nama_kepala = 'x'")
    SHOTS.mkdir(exist_ok=True)
    assert baru.grab().save(str(SHOTS / "jendela_rusak_diperiksa_di_latar.png"))
    baru.close()
    assert _sidik(db_path) == sebelum


def test_masuk_saat_pemeriksaan_menemukan_kerusakan(qtbot, db_demo, db_path):
    from kalbar_desktop.ui.akun_dialog import LoginDialog

    sp.tambah(db_demo, "adm", Peran.ADMIN, "Sungai-Kapuas-77", oleh="uji")
    db_demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_demo.close()
    with open(db_path, "r+b") as f:
        f.seek(os.path.getsize(db_path) // 2 // 4096 * 4096)
        f.write(os.urandom(4096 * 2))
    db = uapp.buka_sesi(db_path, periksa_di_latar=True)
    try:
        d = LoginDialog(db, "adm", nama_db=db_path.name)
        qtbot.addWidget(d)
        d.sandi.setText("Sungai-Kapuas-77")
        d.tombol_masuk.click()  # the audit write waits for the check, which fails
        assert d.pengguna is not None and d.pengguna.baca_saja
    finally:
        db.close()


def test_tabel_dimuat_sekali_dan_form_dibangun_saat_dibutuhkan(qtbot, db_isi, monkeypatch):
    panggilan = []
    asli = daftar.daftar_id
    monkeypatch.setattr(daftar, "daftar_id",
                        lambda *a, **k: panggilan.append(a[2:]) or asli(*a, **k))
    # the application's start (form_siap=False) builds the form only when a family is opened
    w = _jendela(qtbot, db_isi, user="Ani", form_siap=False)
    assert panggilan == [("id_keluarga", False)]
    assert w._form is None  # not built until a family is opened
    w.table.sortByColumn(0, type(w.table.horizontalHeader().sortIndicatorOrder())(0))
    assert len(panggilan) == 1  # the same order: no second query
    assert w.buka_baris(0) and w._form is not None
    assert w.detail.currentWidget() is w.form


def test_pohon_membuat_desa_saat_kecamatan_dibuka(qtbot, db_isi):
    w = _jendela(qtbot, db_isi, user="Ani")
    pohon = w.region_tree
    with sdb.terbuka(db_isi) as db:
        per_desa = dict(db.execute(
            "SELECT kode_kemdagri, count(*) FROM keluarga GROUP BY 1").fetchall())
    desa = sorted(per_desa)[0]
    kec = pohon._simpul[desa[:6]]
    assert kec.childCount() == 0
    assert kec.childIndicatorPolicy() == QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
    assert pohon.jumlah(desa) == (per_desa[desa], 0)
    pohon.ubah_terverifikasi(desa, 1)  # a save before the desa node exists
    assert pohon.jumlah(desa) == (per_desa[desa], 1)
    kec.setExpanded(True)
    assert kec.childCount() == len([d for d in per_desa if d.startswith(desa[:6])])
    item = pohon._simpul[desa]
    assert item.text(1) == str(per_desa[desa]) and item.text(2) != "0%"
    assert pohon.pilih(sorted(per_desa)[-1])  # a desa of a kecamatan still closed
    assert w.model.rowCount() == per_desa[sorted(per_desa)[-1]]
    assert pohon.pilih("") and w.model.rowCount() == 120
    assert not pohon.pilih("9999999999")
    # a region-scoped user: desa nodes created later follow the scope too
    lain = next(d for d in sorted(per_desa) if d[:6] != desa[:6])
    pohon.muat(w.db)
    pohon.atur_lingkup((desa,))
    assert pohon._simpul[desa].isHidden() is False and pohon._simpul[desa[:6]].isExpanded()
    assert pohon._simpul[lain[:6]].isHidden()
    saudara = [d for d in per_desa if d[:6] == desa[:6] and d != desa]
    assert all(pohon._simpul[d].isHidden() for d in saudara)
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "jendela_pohon_desa.png"))


def test_jendela_memperbarui_basis_data_lama_dengan_dialog(qtbot, tmp_path, berkas_demo_2023,
                                                          monkeypatch):
    path = tmp_path / "lama.db"
    buat_db_lama(path, berkas_demo_2023)
    dialog = []

    class Dicatat(uapp.QProgressDialog):
        def __init__(self, *a):
            super().__init__(*a)
            self.nilai = []
            dialog.append(self)

        def setValue(self, nilai: int) -> None:
            self.nilai.append(nilai)
            super().setValue(nilai)

    monkeypatch.setattr(uapp, "QProgressDialog", Dicatat)
    w = _jendela(qtbot, path, user="Ani")
    assert [d.objectName() for d in dialog] == ["dialogPerbaruiSkema"]
    assert "sekali saja" in dialog[0].labelText()
    assert dialog[0].nilai[-1] == 1000 and dialog[0].nilai == sorted(dialog[0].nilai)
    assert migrations.versi_terpasang(w.db) == migrations.versi_terbaru()
    assert w.model.rowCount() == 120


def test_pembaruan_gagal_memberi_pesan_dan_tidak_mengubah(tmp_path, berkas_demo_2023, qapp,
                                                          monkeypatch):
    path = tmp_path / "lama.db"
    buat_db_lama(path, berkas_demo_2023)
    with sdb.terbuka(path, migrasi=False) as db:
        sebelum = cuplikan(db)
    tertunda = sdb.migrasi_tertunda(path)
    langkah = []

    def dibatalkan(self):
        langkah.append(1)
        return len(langkah) > 2

    monkeypatch.setattr("kalbar_desktop.ui.tasks.Konteks.dibatalkan", dibatalkan)
    with pytest.raises(sdb.KesalahanPenyimpanan, match="dibatalkan; basis data tidak diubah"):
        uapp.perbarui_skema(path)
    assert sdb.migrasi_tertunda(path) == tertunda and tertunda[0] == "0007_daftar_cepat"
    with sdb.terbuka(path, migrasi=False) as db:
        assert cuplikan(db) == sebelum
