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


_RINGKASAN = (
    "Impor selesai (tata letak 2023): 25 keluarga, 96 anggota. Keluarga baru 25, berubah 0, "
    "tidak ada lagi di berkas 0; anggota baru 96, berubah 0, tidak ada lagi 0. Temuan kualitas "
    "data di seluruh basis data: 12.")


def test_catatan_impor_masuk_dan_impor_ulang_sama_seperti_dulu():
    """The notes of the import, the sign-in, accounts, backups and the re-import are the text
    their writers wrote before with f-strings."""
    lain = " Lembar tersembunyi berisi data P3KE tidak diimpor: Rekap; tampilkan lembar itu."
    assert kj.impor(_RINGKASAN + lain, [("a.xlsx", "0123456789abcdef"), ("b.xlsx", "f" * 64)]) \
        == (_RINGKASAN + lain + " Berkas: a.xlsx (sha256 0123456789ab), b.xlsx (sha256 "
            "ffffffffffff)")
    assert kj.masuk_konsol("export") == "konsol: export"
    assert kj.nama_mirip("budi", 5) == "nama tidak dikenal, mirip akun 'budi' (5 karakter)"
    assert kj.peran_wilayah("operator", "6172, 6171") == "peran operator, wilayah 6172, 6171"
    assert kj.peran_wilayah("admin") == "peran admin"
    assert kj.cadangan("dibuat pengguna", "/x/a.db") == "dibuat pengguna: /x/a.db"
    asal = kj.asal_impor_ulang("w.xlsx", "rina", "12-11-2026 10:00")
    assert kj.pilihan_konflik(True, asal) == (
        "dipakai nilai workbook (basis data diisi dari workbook w.xlsx (impor ulang oleh rina "
        "pada 12-11-2026 10:00))")
    assert kj.pilihan_konflik(False, kj.asal_aplikasi("budi", "x")) == (
        "dipakai nilai basis data (basis data diubah di aplikasi oleh budi pada x)")
    assert kj.penanda_workbook("3:ab") == "penanda workbook 3:ab"
    assert kj.anggota_baru_workbook("", "Data Anggota", 5) == (
        "tanpa ID di workbook (lembar Data Anggota baris 5)")
    assert kj.anggota_baru_workbook("A-1", "Data Anggota", 5) == (
        "ID di workbook A-1 (lembar Data Anggota baris 5)")


def test_catatan_baru_dibaca_kembali():
    asal = kj.asal_impor_ulang("w.xlsx", "rina", "12-11-2026 10:00")
    for pesan in (kj.masuk_konsol("export"), kj.jendela_masuk(), kj.buka_kunci_layar(),
                  kj.admin_pertama(), kj.ganti_sandi(), kj.nama_asing(),
                  kj.nama_mirip("budi", 5), kj.peran_wilayah("verifikator", "6172"),
                  kj.peran_wilayah("admin"), kj.cadangan("dibuat pengguna", "C:\\P3KE\\a.db"),
                  kj.pilihan_konflik(True, asal), kj.penanda_workbook("3:ab"),
                  kj.anggota_baru_workbook("A-1", "Data Anggota", 5),
                  kj.anggota_baru_workbook(None, "Data Anggota", 5),
                  kj.id_individu_diganti(), kj.impor(_RINGKASAN, [("a.xlsx", "0" * 64)])):
        dibaca = kj.urai(str(pesan))
        assert isinstance(dibaca, Pesan) and dibaca == pesan, pesan
        assert dibaca.templat == pesan.templat
    # joined: where a sign-in was and why it failed; a choice and the workbook's marker
    gagal = kj.urai("jendela masuk; nama tidak dikenal, mirip akun 'budi' (5 karakter)")
    assert [b.templat for b in gagal.bagian] == [
        "jendela masuk", "nama tidak dikenal, mirip akun '{akun}' ({panjang} karakter)"]
    pilih = kj.urai(str(kj.pilihan_konflik(False, asal)) + "; penanda workbook 3:ab")
    assert pilih.bagian[0].argumen["asal"].templat == asal.templat
    assert kj.urai("akun nonaktif").templat == "akun nonaktif"
    # a role is a word the window translates, a backup's reason a label
    assert kj.urai("peran verifikator").argumen["peran"].templat == "verifikator"
    assert isinstance(kj.urai("dibuat pengguna: /x/a.db").argumen["alasan"], Label)
    # a note that only looks like "reason: file" stays text
    for bebas in ("Catatan: rumah kosong", "a: b", "x: y/z: w"):
        assert not isinstance(kj.urai(bebas), Pesan)


def test_catatan_lama_dibaca():
    """Rows written before: a failed sign-in under an unknown name said only that; an import's
    summary's later sentences are read too, and a sentence of no known shape (a version's
    own) stays as stored with what follows it."""
    assert kj.urai("jendela masuk; nama tidak dikenal").bagian[1].templat == (
        "nama tidak dikenal")
    lama = (_RINGKASAN + " 3 anggota yang dulu ID Individunya kosong kini memakai ID asli dari "
            "berkas (cocok lewat NIK atau nama dan tanggal lahir). 2 keluarga ber-Kode Kemdagri "
            "yang bukan kode desa 10 digit (mis. 61, berkas a.xlsx, lembar 'K', baris 4). "
            "Kalimat versi lain. Baris jumlah/total dilewati (berkas a.xlsx, lembar 'K', baris "
            "9). Berkas: a.xlsx (sha256 0123456789ab)")
    dibaca = kj.urai(lama)
    assert dibaca == lama and isinstance(dibaca, Pesan)
    ringkasan = dibaca.argumen["ringkasan"]
    assert [getattr(b, "templat", None) for b in ringkasan.bagian][1].startswith(
        " {jumlah} anggota yang dulu")
    assert ringkasan.bagian[3].templat == kj.kode_bukan_desa(*"jkbls").templat
    assert ringkasan.bagian[3].argumen == {"jumlah": "2", "kode": "61", "berkas": "a.xlsx",
                                           "lembar": "K", "baris": "4"}
    assert ringkasan.bagian[-1] == (" Kalimat versi lain. Baris jumlah/total dilewati (berkas "
                                    "a.xlsx, lembar 'K', baris 9).")
    assert kj.urai(kj.impor(kj.sudah_pernah_diimpor(), [("a.xlsx", "0" * 12)])).argumen[
        "ringkasan"].templat == kj.sudah_pernah_diimpor().templat
