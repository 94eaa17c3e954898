"""NAMA_KOSONG in the window: the family form lists it with its short name, message and
explanation, in Indonesian and in English, and names the member by its row and NIK as the
members' table shows them, not by the "name" written ('- : Nama kosong' read as nonsense). The
Individu file is written by openpyxl."""

from __future__ import annotations

from pathlib import Path

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.anggota_model import AnggotaModel
from tests import masukan_luar as ml

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
KOL = ml.INDIVIDU_2023.index


def _teks(form) -> list[str]:
    return [form.temuan.item(i).text() for i in range(form.temuan.count())]


def test_formulir_menampilkan_nama_kosong(qtbot, qapp, db_path, tmp_path, folder_qm):
    baris = ml.baris_individu()
    baris[1][KOL("Nama")] = "-"
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, baris,
                                      lembar="Individu")])
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 697)
    w.show()
    qtbot.waitExposed(w)
    assert w.buka_keluarga("0061720001")
    form = w.form
    assert form.temuan_aturan() == ["NAMA_KOSONG"]
    teks = _teks(form)
    # the member by its row and NIK, the rule's name, then what the file held (not the
    # rule's name twice)
    assert teks[0] == ("⚠ Anggota ke-2 (NIK 6172015003850002): Nama kosong: tertulis '-' di "
                       "berkas sumber, bukan nama"), teks
    assert "Minta namanya ke Dukcapil" in form.temuan.item(0).toolTip()
    SHOTS.mkdir(exist_ok=True)
    assert form.grab().save(str(SHOTS / "temuan_nama_kosong.png"))

    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    try:
        assert ul.nama_aturan("NAMA_KOSONG") == "Empty name"
        form.perbarui_temuan()
        teks = _teks(form)
        assert teks[0] == ("⚠ Member 2 (NIK 6172015003850002): Empty name: written as '-' in "
                           "the source file, not a name"), teks
        assert "Ask Dukcapil for the name" in form.temuan.item(0).toolTip()
    finally:
        bahasa.lepas_penerjemah(qapp, t)
        form.perbarui_temuan()


def test_anggota_tanpa_nama_disebut_seperti_di_tabel(qtbot, qapp, folder_qm):
    """A name written is used as written; no name: the row and the NIK as the table shows it
    (masked for an account that does not see whole NIKs), or the ID Individu without NIK."""
    m = AnggotaModel()
    m.muat([{"id_individu": "A1", "nama": "Ani", "nik": "6172015003850002"},
            {"id_individu": "A2", "nama": "TIDAK ADA", "nik": "6172010505950004"},
            {"id_individu": "A3", "nama": None, "nik": None}], nik_penuh=False)
    assert [m.sebutan(i) for i in ("A1", "A2", "A3", "X9")] == [
        "Ani", f"Anggota ke-2 (NIK {m.index(1, 1).data()})",
        "Anggota ke-3 (ID Individu A3)", "X9"]
    assert "6172010505950004" not in m.sebutan("A2")
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    try:
        assert m.sebutan("A3") == "Member 3 (Member ID A3)"
    finally:
        bahasa.lepas_penerjemah(qapp, t)
