"""``reimport --json`` holds what the window's re-import summary shows, key by key: the cells
holding a formula without a stored value (``rumus_tanpa_nilai``), the Excel error cells among
them with their error (``sel_galat``), the columns added by hand that are not read
(``kolom_tidak_dibaca``), the counts of the summary sentence and the sentence itself. Before,
the JSON had none of these, so a script saw an empty preview where the window said a note was
an Excel error. With ``--apply`` the output is still one JSON object (the result under
``hasil``), where the text lines of the result used to follow the JSON."""

from __future__ import annotations

import json
import subprocess
import sys

from openpyxl.utils import get_column_letter

from kalbar_desktop.exchange import impor_koreksi
from tests.lapangan import ANAK, ID_KELUARGA, OPERATOR_B
from tests.unit.test_dua_laptop import _ekspor, _simpan, _v
from tests.unit.test_impor_ulang_sel5 import _buka

K1, K2, K3, K4 = ID_KELUARGA[:4]
KUNCI_LAMA = {"perubahan", "anggota_baru", "anggota_baru_sudah_ada", "id_dipulihkan",
              "usulan_sama", "masalah", "konflik"}


def _reimport(kantor, buku, *opsi) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(kantor),
                           "reimport", str(buku), "--user", "Rina", "--json", *opsi],
                          capture_output=True, text=True, timeout=120)


def _workbook(tmp_path):
    """The office's workbook with: family 1's Catatan an Excel error (#NAME?), the child's
    Catatan anggota #N/A, family 2's Catatan a formula never calculated, a column RT added by
    hand beside the address with two rows filled, and family 4's Catatan typed as text."""
    from tests.lapangan import db_desa

    kantor = db_desa(tmp_path)
    _simpan(kantor, K1, OPERATOR_B, catatan="kunjungan pertama")
    wb, kolom, baris = _buka(_ekspor(kantor, "kantor"))
    k, a = kolom["Data Keluarga"], kolom["Data Anggota"]
    bk, ba = baris["Data Keluarga"], baris["Data Anggota"]
    ws = wb["Data Keluarga"]
    ws.cell(bk[K1], k["Catatan"]).value = "#NAME?"
    ws.cell(bk[K2], k["Catatan"]).value = '=CONCAT("rumah ", "kosong")'
    ws.cell(bk[K4], k["Catatan"]).value = "dikunjungi ulang"
    rt = ws.max_column + 1
    ws.cell(1, rt).value = "RT"
    ws.cell(bk[K1], rt).value = "003"
    ws.cell(bk[K3], rt).value = "004"
    wb["Data Anggota"].cell(ba[ANAK], a["Catatan anggota"]).value = "#N/A"
    buku = tmp_path / "koreksi.xlsx"
    wb.save(buku)
    sel = {"k1": f"{get_column_letter(k['Catatan'])}{bk[K1]}",
           "k2": f"{get_column_letter(k['Catatan'])}{bk[K2]}",
           "anak": f"{get_column_letter(a['Catatan anggota'])}{ba[ANAK]}",
           "rt": get_column_letter(rt)}
    return kantor, buku, sel


def test_json_memuat_ringkasan_jendela(tmp_path):
    kantor, buku, sel = _workbook(tmp_path)
    hasil = _reimport(kantor, buku)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    j = json.loads(hasil.stdout)
    assert set(j) >= KUNCI_LAMA
    assert j["rumus_tanpa_nilai"] == [
        {"lembar": "Data Keluarga", "sel": sel["k1"]},
        {"lembar": "Data Keluarga", "sel": sel["k2"]},
        {"lembar": "Data Anggota", "sel": sel["anak"]}]
    assert j["sel_galat"] == [
        {"lembar": "Data Keluarga", "sel": sel["k1"], "galat": "#NAME?"},
        {"lembar": "Data Anggota", "sel": sel["anak"], "galat": "#N/A"}]
    assert j["kolom_tidak_dibaca"] == [
        {"lembar": "Data Keluarga", "kolom": sel["rt"], "judul": "RT", "baris_berisi": 2}]
    assert j["berkas"] == "koreksi.xlsx" and len(j["sha256"]) == 64
    assert j["keluarga_berubah"] == 1 and j["isian_berubah"] == 1  # family 4's Catatan
    assert j["baris_dibaca"] == 6 and j["baris_bermasalah"] == 3
    assert j["tanpa_perubahan"] == 3  # families 3, 5, 6 (3's RT is not read)
    assert j["baris_saat_ekspor"] == 6 and j["baris_hilang"] == 0
    assert j["waktu_ekspor"] and j["tanpa_waktu_ekspor"] is False
    assert j["dari_basis_data_lain"] is False and j["sudah_diputuskan"] == 0
    assert "3 sel berisi rumus tanpa nilai tersimpan atau galat Excel" in j["ringkasan"]
    assert "Kolom RT/RW yang ditambahkan sendiri tidak diterapkan" in j["ringkasan"]
    # the typed RT/RW the address lacks, one line per family (cetak4), not counted as rows
    # not applied
    assert {m["jenis"] for m in j["masalah"]} == {"RUMUS_TANPA_NILAI", "ANGGOTA_BERMASALAH",
                                                 "RT_RW_TIDAK_DITERAPKAN"}
    assert "Pratinjau saja" in hasil.stderr


def test_json_sama_dengan_pratinjau_jendela(tmp_path):
    """Every summary field of the preview object the window reads has its JSON key with the
    same content."""
    kantor, buku, _sel = _workbook(tmp_path)
    j = json.loads(_reimport(kantor, buku).stdout)
    from kalbar_desktop.storage import db as sdb
    from tests.lapangan import VERIFIKATOR

    with sdb.terbuka(kantor) as db:
        p = impor_koreksi.baca(db, buku, VERIFIKATOR)
    assert j["ringkasan"] == p.pesan()
    assert [tuple(d.values()) for d in j["kolom_tidak_dibaca"]] == p.kolom_tidak_dibaca
    assert [tuple(d.values()) for d in j["rumus_tanpa_nilai"]] == p.rumus_tanpa_nilai
    assert [tuple(d.values()) for d in j["sel_galat"]] == p.sel_galat
    for kunci in ("baris_dibaca", "tanpa_perubahan", "baris_bermasalah", "sudah_diputuskan",
                  "verifikasi_dipertahankan", "baris_hilang", "dari_basis_data_lain",
                  "tanpa_waktu_ekspor"):
        assert j[kunci] == getattr(p, kunci), kunci


def test_apply_json_satu_objek(tmp_path):
    kantor, buku, _sel = _workbook(tmp_path)
    hasil = _reimport(kantor, buku, "--apply")
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    j = json.loads(hasil.stdout)  # one object: no text lines after it
    assert j["hasil"]["diterapkan"] == [K4]
    assert j["hasil"]["gagal"] == [] and j["hasil"]["menunggu"] == []
    assert j["hasil"]["cadangan"] and "1 keluarga diperbarui" in j["hasil"]["ringkasan"]
    assert j["sel_galat"][0]["galat"] == "#NAME?"
    assert _v(kantor, K4).verifikasi.catatan == "dikunjungi ulang"
    assert _v(kantor, K1).verifikasi.catatan == "kunjungan pertama"
