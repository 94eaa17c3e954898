"""The findings report saved from the import dialog of the English window (closing note 21,
section 9): its headers, notes, the rules' explanations and the findings' messages in English;
sheet names, rule codes and the P3KE column names as they were (an outside tool, and the
operator comparing with the file, look for them). The console's report stays Indonesian. Files
written with openpyxl and the csv module."""

from __future__ import annotations

from openpyxl import load_workbook

from kalbar_desktop.exchange import impor_p3ke, laporan_temuan
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli
from tests.ui.test_impor_dialog import _foto, _jendela, impor_di_dialog
from tests.unit.test_impor_kepala_baru import _individu, _kepala, _siti_kepala

KOL_I = ml.INDIVIDU_2023.index
KOL_K = ml.KEPALA_2023.index


def _siapkan(db_path, tmp_path):
    """A first import, the Keluarga file again, then an Individu file naming the widow as head,
    with a NIK of 15 digits, and without family 2 (Keluarga tetap) but with a new family of
    its desa whose name holds an Excel error."""
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [_kepala(tmp_path, "kepala"), _individu(tmp_path, "individu")])
        # the Keluarga file again later, family 2 with a new address: listed after its people
        keluarga = ml.baris_kepala()
        keluarga[1][KOL_K("Alamat")] = "Jl. Pahlawan"
        impor_p3ke.impor(db, [ml.xlsx(tmp_path / "kepala2.xlsx", ml.KEPALA_2023, keluarga,
                                      lembar="Kepala Keluarga")])
    baris = [r for r in _siti_kepala() if r[KOL_I("ID Keluarga P3KE")] != "0061720002"]
    baris[0][KOL_I("NIK")] = "617201500385000"
    # a new family in family 2's desa: the file covers that desa, without family 2
    baru = list(next(r for r in _siti_kepala() if r[KOL_I("ID Individu")] == "006172000201"))
    baru[KOL_I("ID Keluarga P3KE")], baru[KOL_I("ID Individu")] = "0061720004", "006172000401"
    baru[KOL_I("NIK")] = "6172014412700005"
    baru[KOL_I("Nama")] = "#N/A"
    return _individu(tmp_path, "individu2", [*baris, baru])


def _baris(wb, lembar: str) -> list[tuple]:
    return list(wb[lembar].iter_rows(values_only=True))


def test_laporan_dari_jendela_inggris(qtbot, db_path, tmp_path, pasang, folder_qm):
    berkas = _siapkan(db_path, tmp_path)
    pasang("en", folder_qm)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, [berkas])
    laporan = tmp_path / "report.xlsx"
    assert dialog.simpan_laporan(laporan)
    _foto(qtbot, dialog, "laporan_temuan_en.png")
    w.close()

    wb = load_workbook(laporan, read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Temuan", "Keluarga tetap", "Kepala baru",
                             "Keluarga berubah"]  # the new head: a changed family (impor13)
    temuan = _baris(wb, "Temuan")
    assert temuan[0] == ("Rule", "Family ID", "Member ID", "Name", "Kemdagri code", "Village",
                         "Column", "Value in the file", "Message", "File", "Sheet", "Row")
    pesan = {(b[0], b[6]): b[8] for b in temuan[1:]}
    assert pesan[("SEL_GALAT_EXCEL", "Nama")] == (
        "Nama: the cell holds the Excel error #N/A in the source file (a formula that failed, "
        "such as VLOOKUP), stored empty; fill it in through the form, or fix the formula in "
        "Excel and import again")
    assert pesan[("NIK_FORMAT", "NIK")].startswith("NIK ") and "digit" in pesan[
        ("NIK_FORMAT", "NIK")]
    assert not any("berkas sumber" in p or "tidak" in p for p in pesan.values()), pesan
    ringkasan = _baris(wb, "Ringkasan")
    assert ringkasan[0][0] == "P3KE data quality findings report"
    assert "findings. Fix them together with Dukcapil" in ringkasan[1][0]
    assert ringkasan[2][0] == (
        "1 family is not in the imported Individu file but kept: see sheet Keluarga tetap. "
        "1 family has a new head of family according to the imported file: see sheet Kepala "
        "baru. 1 family changed its contents according to the imported files (name, NIK, No "
        "KK, address, region, desil, housing, aid...): see sheet Keluarga berubah. 1 member "
        "changed according to the imported files (name, NIK, date of birth, family, work, "
        "schooling, aid...).")
    assert ringkasan[3] == ("Rule", "Count", "Meaning")
    arti = {b[0]: b[2] for b in ringkasan[4:]}
    assert arti["SEL_GALAT_EXCEL"].startswith("A cell of the source file holds an Excel error")
    kepala = _baris(wb, "Kepala baru")
    assert kepala[0] == ("Family ID", "Former head of family", "New head of family",
                         "Kemdagri code", "Village", "Details")
    assert kepala[1][:3] == ("0061720001", "Ahmad Yani", "Siti Aminah")
    assert "died" in kepala[1][5]
    tetap = _baris(wb, "Keluarga tetap")
    assert tetap[0][0] == "Family ID" and tetap[1][0] == "0061720002"
    assert "lists people, not families" in tetap[1][5]
    wb.close()


def test_laporan_konsol_tetap_berbahasa_indonesia(db_path, tmp_path):
    berkas = _siapkan(db_path, tmp_path)
    laporan = tmp_path / "laporan.xlsx"
    hasil = cli(db_path, "import", berkas, "--laporan", laporan)
    assert hasil.exit_code == 0, hasil.output
    wb = load_workbook(laporan, read_only=True)
    temuan = _baris(wb, "Temuan")
    assert list(temuan[0]) == [str(k[0]) for k in laporan_temuan.KOLOM]
    assert temuan[0][0] == "Aturan"
    assert any(b[8].startswith("Nama: sel berisi galat Excel #N/A") for b in temuan[1:])
    assert _baris(wb, "Kepala baru")[0][1] == "Kepala Keluarga lama"
    wb.close()
