"""What an operator sees on a 1366x768 laptop: texts not cut, or shown whole as tooltip when
they must be; windows that fit the screen."""

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QTreeWidgetItemIterator

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.isian import KotakPilihan
from kalbar_desktop.ui.tip import combo_terpotong, tip_sel

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _jendela(qtbot, db_path, berkas, user="penguji"):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas)
    w = create_main_window(db_path, user=user)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_pilihan_saring_tidak_terpotong_dan_panel_kiri_cukup_lebar(qtbot, db_path,
                                                                     berkas_demo_2022):
    w = _jendela(qtbot, db_path, berkas_demo_2022)
    p = w.panel_saring
    for kotak in (p.status, p.kelayakan, p.persetujuan, p.desil):
        assert kotak.currentText().startswith("Semua")
        assert not combo_terpotong(kotak), kotak.currentText()
    assert w.pemisah.sizes()[0] >= p.sizeHint().width()
    # the list that drops down shows its longest choice whole
    desil = p.desil
    assert desil.view().minimumWidth() >= desil.view().sizeHintForColumn(0)
    SHOTS.mkdir(exist_ok=True)
    assert p.grab().save(str(SHOTS / "panel_saring.png"))


def test_pilihan_terpotong_dikenali_untuk_tooltip(qtbot):
    kotak = KotakPilihan([("X", "Berusaha dibantu buruh tetap/dibayar")], kosong=False)
    qtbot.addWidget(kotak)
    kotak.resize(90, kotak.sizeHint().height())
    kotak.show()
    assert combo_terpotong(kotak)
    kotak.resize(kotak.fontMetrics().horizontalAdvance(kotak.currentText()) + 80,
                 kotak.height())
    assert not combo_terpotong(kotak)


def test_sel_tabel_terpotong_punya_tooltip_teks_lengkap(qtbot, db_path, berkas_demo_2022):
    w = _jendela(qtbot, db_path, berkas_demo_2022)
    w.resize(1366, 697)  # a laptop screen: every column shown (narrower, the NIK gives way)
    qtbot.waitUntil(lambda: not w.table.isColumnHidden(2))
    model = w.model
    nama = model.index(0, 1)
    teks = nama.data()
    w.table.setColumnWidth(1, 30)
    assert tip_sel(w.table, nama) == teks
    w.table.setColumnWidth(1, w.table.fontMetrics().horizontalAdvance(teks) + 40)
    assert tip_sel(w.table, nama) is None  # whole: no tooltip in the way
    assert tip_sel(w.table, model.index(0, 0)) is None
    # the identifiers (a full NIK for a verifier) and the status labels fit their columns
    assert w.model.nik_penuh
    for kolom in (0, 2, 5, 7):
        indeks = model.index(0, kolom)
        assert tip_sel(w.table, indeks) is None, indeks.data()


def test_nama_wilayah_di_pohon_punya_tooltip(qtbot, db_path, berkas_demo_2022):
    w = _jendela(qtbot, db_path, berkas_demo_2022)
    w.region_tree.expandAll()
    tanpa = []
    it = QTreeWidgetItemIterator(w.region_tree)
    while it.value():
        item = it.value()
        if item.parent() is not None and item.text(0) not in item.toolTip(0):
            tanpa.append(item.text(0))
        it += 1
    assert not tanpa


def test_nama_anggota_terbaca_utuh_di_formulir(qtbot, db_path, berkas_demo_2022):
    w = _jendela(qtbot, db_path, berkas_demo_2022)
    assert w.buka_baris(0)
    qtbot.wait(10)
    tabel = w.form.anggota
    model = w.form.anggota_model
    assert model.rowCount() > 0
    for baris in range(model.rowCount()):
        nama = model.index(baris, 0).data()
        if tabel.fontMetrics().horizontalAdvance(nama) + 14 <= w.form.LEBAR_NAMA[1]:
            assert tip_sel(tabel, model.index(baris, 0)) is None, nama
    assert tabel.columnWidth(0) >= w.form.LEBAR_NAMA[0]
    SHOTS.mkdir(exist_ok=True)
    assert w.form.grab().save(str(SHOTS / "formulir_anggota.png"))


def test_daftar_temuan_satu_baris_bila_kosong(qtbot, db_path, berkas_demo_2022):
    w = _jendela(qtbot, db_path, berkas_demo_2022)
    assert w.buka_baris(0)
    form = w.form
    form.perbarui_temuan()
    assert form.temuan_aturan() == [] and form.temuan.count() == 1  # "no findings" line
    # said on the heading's line; the list folds away
    assert form.temuan.isHidden() and form.label_temuan.text().endswith(
        "✓ Tidak ada temuan kualitas data.")
    form._isian["no_kk"].edit.setText("12345")  # a No KK too short, typed in the form
    try:
        form.perbarui_temuan()
        assert "NO_KK_FORMAT" in form.temuan_aturan()
        # as high as its one line (no longer three lines whatever it held), the line whole
        assert form.temuan.maximumHeight() < form.TINGGI_TEMUAN and not form.temuan.isHidden()
        qtbot.wait(20)
        baris = form.temuan.visualItemRect(form.temuan.item(0))
        assert baris.height() > 0 and baris.bottom() <= form.temuan.viewport().height()
        assert form.label_temuan.text() == "Temuan kualitas data (1)"
    finally:
        form.muat_ulang()  # no unsaved change: closing the window asks nothing


def test_jendela_dimaksimalkan_bila_layar_lebih_kecil(qtbot, tmp_path):
    w = create_main_window(tmp_path / "kosong.db", user="penguji")
    qtbot.addWidget(w)
    layar = w.screen().availableGeometry()
    # sized from the screen, frame included (the offscreen screen is smaller than 1366x740)
    assert w.width() + 16 <= layar.width() and w.height() + 40 <= layar.height()
    w.tampilkan()
    if layar.height() < 740 + 40 or layar.width() < 1366 + 16:
        qtbot.waitUntil(w.isMaximized)
    w.showNormal()
    w.resize(layar.width() // 2, layar.height() // 2)
    w.hide()
    w.tampilkan()
    assert not w.isMaximized()


def test_dialog_muat_di_layar_laptop(qtbot, db_path, berkas_demo_2022):
    from kalbar_desktop.ui.audit_dialog import AuditLogDialog
    from kalbar_desktop.ui.impor_dialog import DialogImpor

    w = _jendela(qtbot, db_path, berkas_demo_2022)
    kerja = QRect(0, 0, 1366, 728 - 31)  # 1366x768 minus the taskbar and a title bar
    d = DialogImpor(db_path, "penguji", w)
    qtbot.addWidget(d)
    a = AuditLogDialog(w.db, db_path, w.pengguna, w)
    qtbot.addWidget(a)
    for dialog in (d, a):
        assert dialog.width() <= kerja.width() and dialog.height() <= kerja.height()
    # the audit filters have labels that move the focus (Alt+letter)
    teman = {lbl.buddy() for lbl in a.findChildren(QLabel) if lbl.buddy() is not None}
    assert {a.pilih_pengguna, a.pilih_aksi, a.keluarga} <= teman


def test_basis_data_kosong_hanya_pesan_selamat_datang(qtbot, tmp_path, berkas_demo_2022):
    w = create_main_window(tmp_path / "kosong.db", user="penguji")
    qtbot.addWidget(w)
    w.show()
    assert w.isi.currentWidget() is w.pesan_kosong
    assert w.pesan_pilih.text() == ""  # no "choose a family in the table" beside it
    with sdb.terbuka(tmp_path / "kosong.db") as db:
        impor_p3ke.impor(db, berkas_demo_2022)
    w.segarkan()
    assert w.isi.currentWidget() is w.table
    assert "Enter" in w.pesan_pilih.text()


def test_usulan_baru_lokasi_di_atas_dan_petunjuk_anggota(qtbot, db_path, berkas_demo_2022):
    w = _jendela(qtbot, db_path, berkas_demo_2022, user="rina")
    assert w.usulan_baru()
    form = w.form
    qtbot.waitUntil(lambda: form.grup_usulan.isVisible())
    verifikasi = form.findChild(type(form.grup_usulan), "grupVerifikasi")
    assert form.grup_usulan.y() < verifikasi.y()  # asked first, and first for Tab
    assert form.petunjuk_anggota.isVisible()
    form.anggota_model.tambah({"nama": "Ani", "hubungan": "Kepala Keluarga"})
    assert not form.petunjuk_anggota.isVisible()
    form.muat_ulang()  # nothing unsaved when the window closes
    w.buka_baris(0)
    assert not form.petunjuk_anggota.isVisible()  # a P3KE family has its members


def test_tab_di_hasil_verifikasi_mengikuti_baris(qtbot, db_path, berkas_demo_2022):
    w = _jendela(qtbot, db_path, berkas_demo_2022, user="rina")
    assert w.buka_baris(0)
    f = w.form
    harap = [f.status_combo, f.kelayakan_combo, f.alasan_combo, f.alasan_lainnya,
             f.tanggal_kunjungan, f.nama_verifikator, f.pindah_ke, f.id_ganda, f.no_musdes,
             f.tanggal_musdes, f.catatan]
    urutan = [harap[0]]
    w_ = harap[0]
    while len(urutan) < len(harap):
        w_ = w_.nextInFocusChain()
        if w_ in harap:
            urutan.append(w_)
    assert urutan == harap


def test_ctrl_f_tampil_di_menu_dan_memindah_ke_kotak_cari(qtbot, db_path, berkas_demo_2022):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    w = _jendela(qtbot, db_path, berkas_demo_2022)
    cari = w.findChild(QAction, "aksiCari")
    assert cari.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(w.kotak_cari.hasFocus, timeout=2000)
