"""Re-import leftovers, fourth round: an usulan is known by the values it held since the workbook
went out (not by every name, NIK or No KK it ever held), and Data Keluarga rows without ID
Keluarga that hold an address or show the desa by name. Databases from P3KE files written with
openpyxl (tests/lapangan.py); workbooks exported by the application and edited by hand with
openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import DESA, OPERATOR_A, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _laptop, _terapkan, _v
from tests.unit.test_impor_ulang_sisa_laptop import _ganti_kepala, _ubah_baris_usulan
from tests.unit.test_usulan_bentrok_impor_ulang import UB, _catat, _usulan

NIK_USMAN, NIK_USMAN_BARU = "6172010101800001", "6172010101800011"
"""The NIK the office's usulan was entered with, and the one it was corrected to."""


def _koreksi(path: Path, idk: str, **koreksi: str) -> None:
    """The family's data corrected in the form (head's name, NIK...)."""
    with sdb.terbuka(path) as db:
        d = sv.muat(db, idk)
        sv.simpan(db, idk, OPERATOR_B, d.verifikasi, d.versi, koreksi=koreksi)


def _lain(p, baris_keluarga: bool = True) -> list:
    return [m for m in p.masalah if m.jenis == "KELUARGA_LAIN"
            and (m.lembar == "Data Keluarga") == baris_keluarga]


def test_usulan_kantor_sesudah_salinan_laptop_tidak_dikenali_dari_nilai_lamanya(tmp_path):
    """The laptop was copied before the office proposed Usman's family; the office then
    renamed it 'Usman Hakim' and corrected its head's NIK. The laptop's own usulan (the same ID
    UB-6172011001-0001) carrying the office's first name 'Usman', or the office's first NIK,
    is another family: the workbook never showed the office's usulan. Refused, naming the
    name in force; its members' rows too. Only the values in force would be the same family."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    assert _usulan(kantor, OPERATOR_B, "Usman", NIK_USMAN, "Udin") == UB
    _koreksi(kantor, UB, nama_kepala="Usman Hakim", nik_kepala=NIK_USMAN_BARU)
    assert _usulan(laptop, OPERATOR_A, "Siti Aminah", "6172014404850002", "Sari") == UB
    _catat(laptop, UB, OPERATOR_A, "rumah di tepi sungai", "sekolah di SDN 1")
    buku = _ekspor(laptop, "laptop_a")
    with sdb.terbuka(kantor) as db:
        sebelum = db.execute("SELECT * FROM verifikasi_keluarga WHERE id_keluarga = ?",
                             [UB]).fetchall()

    for nomor, (nama, nik) in enumerate((("Usman", "6172014404850002"),
                                         ("Siti Aminah", NIK_USMAN))):
        diedit = tmp_path / f"lama_{nomor}.xlsx"
        _ubah_baris_usulan(buku, diedit, **{"Nama Kepala Keluarga": nama,
                                            "NIK Kepala Keluarga": nik})
        p = _baca(kantor, diedit)
        [m] = _lain(p)
        assert (f"kepala keluarga di workbook '{nama}' (desa {DESA}), di basis data "
                f"'Usman Hakim' (desa {DESA})") in m.pesan, m.pesan
        assert len(_lain(p, baris_keluarga=False)) == 2
        assert UB not in [k.id_keluarga for k in p.keluarga]
        _terapkan(kantor, p)
        with sdb.terbuka(kantor) as db:
            assert db.execute("SELECT * FROM verifikasi_keluarga WHERE id_keluarga = ?",
                              [UB]).fetchall() == sebelum

    # The name in force alone is not enough (ulang5): the workbook never knew the office's
    # usulan; the name with the head's NIK in force is the same family.
    diedit = tmp_path / "berlaku.xlsx"
    _ubah_baris_usulan(buku, diedit, **{"Nama Kepala Keluarga": "usman  hakim"})
    p = _baca(kantor, diedit)
    [m] = _lain(p)
    assert "tetapi hanya nama kepala keluarga yang sama" in m.pesan, m.pesan
    diedit = tmp_path / "berlaku_nik.xlsx"
    _ubah_baris_usulan(buku, diedit, **{"Nama Kepala Keluarga": "usman  hakim",
                                        "NIK Kepala Keluarga": NIK_USMAN_BARU})
    p = _baca(kantor, diedit)
    assert not _lain(p) and UB in [k.id_keluarga for k in p.keluarga]


def test_usulan_dikenali_dari_nama_sesudah_ekspor_bukan_sebelumnya(tmp_path):
    """The office's own workbook, exported after its usulan was renamed 'Usman' -> 'Usman
    Hakim'; renamed again 'Usman bin Hakim' after the export. A row showing the name it went
    out with is the same family (applied); a row showing 'Usman', which the usulan had lost
    before the export, is not (refused, naming 'Usman bin Hakim')."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", None, "Udin") == UB
    _ganti_kepala(kantor, UB, "Usman Hakim")
    buku = _ekspor(kantor, "kantor")
    _ganti_kepala(kantor, UB, "Usman bin Hakim")

    lama = tmp_path / "nama_lama.xlsx"
    asli = _ubah_baris_usulan(buku, lama, **{"Nama Kepala Keluarga": "Usman",
                                             "Catatan": "dikunjungi"})
    assert asli["Nama Kepala Keluarga"] == "Usman Hakim"
    p = _baca(kantor, lama)
    [m] = _lain(p)
    assert m.kolom.endswith("(Nama Kepala Keluarga)")
    assert (f"kepala keluarga di workbook 'Usman' (desa {DESA}), di basis data "
            f"'Usman bin Hakim' (desa {DESA})") in m.pesan, m.pesan
    assert UB not in [k.id_keluarga for k in p.keluarga]

    sama = tmp_path / "nama_ekspor.xlsx"
    _ubah_baris_usulan(buku, sama, Catatan="dikunjungi")
    p = _baca(kantor, sama)
    assert not p.masalah, p.masalah
    _terapkan(kantor, p)
    assert _v(kantor, UB).verifikasi.catatan == "dikunjungi"


def test_baris_tanpa_id_keluarga_berisi_alamat_atau_nama_desa_disebut(tmp_path):
    """Data Keluarga rows whose ID Keluarga was cleared in Excel, in a sheet whose Desa/Kelurahan
    column holds the desa's name (typed by hand here): a row holding a head's name is named with
    the desa's name, not its code; a row holding only an address (Alamat, with RT/RW) is an
    entry too, named by its address and desa, saying what to do; a row holding only its region
    is still a leftover. Nothing of them is applied; another family's change is."""
    kantor = db_desa(tmp_path)
    wb = openpyxl.load_workbook(_ekspor(kantor, "kantor"))
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    baris = {ws.cell(r, kolom["ID Keluarga P3KE"]).value: r for r in range(2, ws.max_row + 1)}
    k1, k2 = sorted(baris)[:2]
    r1, r2 = baris[k1], baris[k2]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, kolom["Desa/Kelurahan"]).value = "SUNGAI RENGAS"
    ws.cell(r1, kolom["Catatan"]).value = "dikunjungi ulang"
    nama = ws.cell(r2, kolom["Nama Kepala Keluarga"]).value
    ws.cell(r2, kolom["ID Keluarga P3KE"]).value = None
    ws.cell(r2, kolom["Status verifikasi"]).value = "Ditemukan"
    r_alamat, r_wilayah = ws.max_row + 1, ws.max_row + 2
    for r in (r_alamat, r_wilayah):
        for c in ("Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan", "Kode Kemdagri"):
            ws.cell(r, kolom[c]).value = ws.cell(r1, kolom[c]).value
    ws.cell(r_alamat, kolom["Alamat"]).value = "Jl. Parit Baru RT 003 RW 001"
    diedit = tmp_path / "tanpa_id_desa.xlsx"
    wb.save(diedit)
    huruf = openpyxl.utils.get_column_letter(kolom["ID Keluarga P3KE"])

    p = _baca(kantor, diedit)
    assert [(m.baris, m.kolom, m.jenis) for m in p.masalah] == [
        (r2, f"{huruf} (ID Keluarga P3KE)", "ID_KOSONG"),
        (r_alamat, f"{huruf} (ID Keluarga P3KE)", "ID_KOSONG")]
    assert p.masalah[0].pesan == (
        f"ID Keluarga kosong pada baris keluarga '{nama}' di desa 'SUNGAI RENGAS' yang berisi "
        "isian: isi ID Keluarga dari baris aslinya, atau catat keluarga ini sebagai usulan "
        "keluarga baru di kantor (Verifikasi > Usulan keluarga baru...)")
    assert p.masalah[1].pesan == (
        "ID Keluarga kosong pada baris berisi alamat 'Jl. Parit Baru RT 003 RW 001' di desa "
        "'SUNGAI RENGAS' tanpa nama kepala keluarga: isi ID Keluarga dari baris aslinya, atau "
        "catat keluarga ini sebagai usulan keluarga baru di kantor (Verifikasi > Usulan keluarga "
        "baru...); bila baris ini memang sisa, kosongkan alamatnya")
    assert [(k.id_keluarga, [u.baru for u in k.perubahan]) for k in p.keluarga] == [
        (k1, ["dikunjungi ulang"])]
    _terapkan(kantor, p)
    assert _v(kantor, k1).verifikasi.catatan == "dikunjungi ulang"
    assert _v(kantor, k2).verifikasi.status_verifikasi == "BELUM"


def test_usulan_dari_workbook_tanpa_waktu_ekspor_hanya_nilai_berlaku(tmp_path):
    """A workbook whose Keterangan sheet was deleted says nothing of when it went out: the
    office's usulan, renamed after the export, is known only by its name in force; the name the
    workbook shows is refused, and the name in force alone too (ulang5: one value is not
    enough)."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", None, "Udin") == UB
    buku = _ekspor(kantor, "kantor")
    _ganti_kepala(kantor, UB, "Usman Hakim")
    wb = openpyxl.load_workbook(buku)
    del wb["Keterangan"]
    tanpa = tmp_path / "tanpa_keterangan.xlsx"
    wb.save(tanpa)

    lama = tmp_path / "tanpa_keterangan_lama.xlsx"
    asli = _ubah_baris_usulan(tanpa, lama, Catatan="dikunjungi")
    assert asli["Nama Kepala Keluarga"] == "Usman"
    p = _baca(kantor, lama)
    assert p.waktu_ekspor is None
    [m] = _lain(p)
    assert f"di basis data 'Usman Hakim' (desa {DESA})" in m.pesan

    # Without export time the name in force alone is not enough either (ulang5): nothing says
    # the workbook held this usulan; the message says so and what to do.
    berlaku = tmp_path / "tanpa_keterangan_berlaku.xlsx"
    _ubah_baris_usulan(tanpa, berlaku, Catatan="dikunjungi",
                       **{"Nama Kepala Keluarga": "Usman Hakim"})
    p = _baca(kantor, berlaku)
    [m] = _lain(p)
    assert "Workbook ini tidak memuat waktu ekspor (lembar Keterangan tidak ada)" in m.pesan
    assert UB not in [k.id_keluarga for k in p.keluarga]
