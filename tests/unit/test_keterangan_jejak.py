"""The notes the program writes in audit rows are made and read back in one place
(``domain/keterangan_jejak.py``): a stored note of a known shape reads back as the message it
was made from (so the window can show it in its language) and is the same text as before;
free text and the shapes of other modules stay text; a JSON note is shown as its words."""

from __future__ import annotations

import json

from kalbar_desktop.domain import keterangan_jejak as kj
from kalbar_desktop.domain.pesan import Label, Pesan


def test_catatan_tersimpan_sama_seperti_dulu():
    """The stored text of each shape is the one the writers wrote before (f-strings)."""
    assert kj.ekspor(12, "a.xlsx") == "12 baris ke a.xlsx"
    assert kj.wilayah("wilayah_61_all.csv", 2334) == "wilayah_61_all.csv: 2334 wilayah"
    assert kj.ekspor_audit(5, kj.saringan_audit(), "j.xlsx") == (
        "5 baris jejak audit (semua baris) ke j.xlsx")
    assert kj.saringan_audit("rina", "UBAH", "6172", "2026-11-01", "2026-11-20") == (
        "pengguna rina, tindakan Ubah verifikasi, keluarga 6172, dari 2026-11-01, "
        "sampai 2026-11-20")
    assert kj.dipulihkan("/x/a.db", 12, "-") == (
        "Dipulihkan dari /x/a.db (skema 12); salinan basis data sebelumnya: -")
    assert kj.kelayakan_dikosongkan("0012").startswith(
        "Pembaruan struktur basis data (migrasi 0012): keluarga berstatus 'Belum "
        "diverifikasi'")


def test_bentuk_dikenal_dibaca_kembali():
    for pesan in (kj.ekspor(12, "a.xlsx"), kj.wilayah("w.csv", 3),
                  kj.dipulihkan("/x/a b.db", 12, "/y/c.db"), kj.kelayakan_dikosongkan("0012"),
                  kj.ekspor_audit(5, kj.saringan_audit(pengguna="rina", aksi="UBAH"), "j.xlsx")):
        dibaca = kj.urai(str(pesan))
        assert isinstance(dibaca, Pesan) and dibaca == pesan
        assert dibaca.templat == pesan.templat
    # an argument holding "; " is not told from two joined notes: the note stays its text
    aneh = kj.urai(str(kj.dipulihkan("/x/a; b.db", 12, "-")))
    assert aneh == kj.dipulihkan("/x/a; b.db", 12, "-") and not isinstance(aneh, Pesan)
    # the filter's parts, an action as a label the window translates
    saringan = kj.urai("5 baris jejak audit (pengguna rina, tindakan Ubah verifikasi) ke "
                       "j.xlsx").argumen["saringan"]
    assert [b.templat for b in saringan.bagian] == ["pengguna {nama}", "tindakan {aksi}"]
    assert isinstance(saringan.bagian[1].argumen["aksi"], Label)


def test_catatan_bergabung_dan_teks_bebas():
    gabung = kj.urai("12 baris ke a.xlsx; laporan temuan (nama dan NIK)")
    assert gabung == "12 baris ke a.xlsx; laporan temuan (nama dan NIK)"
    assert [b.templat for b in gabung.bagian] == ["{jumlah} baris ke {berkas}",
                                                  "laporan temuan (nama dan NIK)"]
    assert kj.urai("12 baris ke a.xlsx; catatan petugas").bagian[1] == "catatan petugas"
    samar = kj.urai("3 baris ke b.xlsx; laporan temuan (nama, NIK disamarkan)")
    assert samar.bagian[1].templat == "laporan temuan (nama, NIK disamarkan)"
    for bebas in ("Diketik petugas: rumah kosong", "Impor selesai (tata letak 2023): 5 keluarga",
                  "satu; dua", "", None):
        teks = kj.urai(bebas)
        assert teks == (bebas or "") and not isinstance(teks, Pesan)


def test_catatan_json_tampil_sebagai_kata():
    teks = json.dumps({"berkas": "prov.xlsx", "wilayah": "semua", "nik_penuh": False,
                       "baris": {"Rekap": 28, "Data Keluarga": 60}, "cadangan": None,
                       "lain": "x"})
    assert kj.tampilan(teks) == ("Berkas: prov.xlsx; Wilayah: semua; NIK lengkap: tidak; "
                                 "Baris: Rekap 28, Data Keluarga 60; Cadangan: -; lain: x")
    assert kj.bagian_json("{rusak") is None and kj.bagian_json("[1, 2]") is None
    assert kj.tampilan("12 baris ke a.xlsx") == "12 baris ke a.xlsx"
