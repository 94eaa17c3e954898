from pathlib import Path

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_jendela_menampilkan_baris_demo(qtbot, db_path, berkas_demo_2022):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2022)
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    table = w.findChild(type(w.table), "householdTable")
    assert table is not None and table.model().rowCount() == 80
    assert table.model().index(0, 0).data().startswith("6172")
    assert "80 keluarga" in w.label_jumlah.text()
    assert str(db_path) in w.label_db.text()
    tree = w.findChild(type(w.region_tree), "regionTree")
    assert tree.topLevelItem(0).child(0).text(0) == "Kota Singkawang"
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "jendela_utama.png"))


def test_basis_data_kosong_menampilkan_pesan_awal(qtbot, tmp_path):
    w = create_main_window(tmp_path / "kosong.db", user="penguji")
    qtbot.addWidget(w)
    w.show()
    assert w.isi.currentWidget() is w.pesan_kosong
    assert "impor" in w.pesan_kosong.text().lower()


def test_memilih_wilayah_menyaring_tabel(qtbot, db_path, berkas_demo_2022):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2022)
        n_desa = db.execute("SELECT count(*) FROM keluarga WHERE kode_kemdagri = '6172011001'"
                            ).fetchone()[0]
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    assert w.region_tree.pilih("6172011001")
    assert w.model.rowCount() == n_desa


def test_tabel_lebar_tanpa_formulir_dan_formulir_dapat_ruang(qtbot, db_path, berkas_demo_2022):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2022)
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 697)  # a 1366x768 laptop screen without the taskbar and title bar
    w.show()
    qtbot.waitExposed(w)
    _, tabel, detail = w.pemisah.sizes()
    assert tabel > 2 * detail  # no family open: the table's columns are visible
    assert w.buka_baris(0)
    _, tabel, detail = w.pemisah.sizes()
    assert detail >= w.form.minimumSizeHint().width()
    w.pemisah.setSizes([235, tabel + detail - 600, 600])  # the user narrows the form a little
    dipilih = w.pemisah.sizes()
    assert dipilih[2] < detail
    assert w.pindah(1)
    assert w.pemisah.sizes() == dipilih  # kept while moving between families
    assert w.tutup_form()
    _, tabel, detail = w.pemisah.sizes()
    assert tabel > 2 * detail
