"""A district's re-import keeps of each Data Anggota row only the columns every row needs; a
new member's own fields (name, NIK, birth date...) are kept only in the rows that may be one
(an ID made for a new member, an empty ID, or Status anggota "Anggota baru"), and an usulan's
head and No KK only in Data Keluarga rows with an usulan ID. Keeping them in all 400,000 rows
took the re-import of a 100,000-family workbook from 741 MB to 1,032 MB (docs/benchmarks.md)."""

from __future__ import annotations

from kalbar_desktop.domain import kolom as dkolom
from kalbar_desktop.exchange import impor_koreksi as ik
from kalbar_desktop.exchange import koreksi_anggota_baru as kab
from kalbar_desktop.exchange import koreksi_usulan as kus

JUDUL = ["ID Keluarga", "Kode Kemdagri", "ID Individu", "Nama", "NIK", "NIK perbaikan",
         "Status anggota", "Catatan anggota", "Jenis Kelamin", "Tanggal Lahir"]


def _baca(baris):
    return ik._baris_perlu(enumerate(baris, start=1), ik._HEADER_INDIVIDU,
                           ik._HEADER_ANGGOTA_PERLU, kab.HEADER_PERLU, ik._mungkin_anggota_baru)


def test_kolom_anggota_baru_hanya_di_baris_yang_mungkin_anggota_baru():
    hasil = _baca([
        ["Data Anggota"],
        JUDUL,
        ["0061729001", "6172011001", "1001", "Siti", "6172014102900001", None, "Ada", None,
         "Perempuan", "01/02/1990"],
        ["0061729001", "6172011001", "0061729001-B04", "Putri", None, None, "Ada", None,
         "Perempuan", "01/02/2026"],
        ["0061729001", "6172011001", None, "Bayi", None, None, "anggota baru", None,
         "Laki-laki", "03/03/2026"],
        ["0061729001", "6172011001", "BAYI-1", "Adik", None, None, "Anggota Baru", None,
         "Laki-laki", "04/04/2026"],
    ])
    posisi = {dkolom.normalisasi_header(h): i for i, h in enumerate(JUDUL)}
    nama, status = posisi[dkolom.normalisasi_header("Nama")], posisi[
        dkolom.normalisasi_header("Status anggota")]
    p3ke, bnn, kosong, ketik = (s for _n, s in hasil[2:])
    assert p3ke[nama] is None and p3ke[status] == "Ada"  # dropped, and the row not empty
    assert p3ke[-1] is ik._ISI_LAIN
    assert [bnn[nama], kosong[nama], ketik[nama]] == ["Putri", "Bayi", "Adik"]


def test_kolom_usulan_hanya_di_baris_usulan():
    judul = ["ID Keluarga P3KE", "Kode Kemdagri", "Nama Kepala Keluarga", "NIK Kepala Keluarga",
             "Status verifikasi"]
    hasil = ik._baris_perlu(enumerate([
        judul,
        ["0061729001", "6172011001", "Usman", "6172011001900001", "Ditemukan"],
        ["UB-6172011001-0001", "6172011001", "Siti Aminah", None, "Usulan baru"],
    ], start=1), ik._HEADER_ID, ik._HEADER_KELUARGA_PERLU, kus.HEADER_PERLU, ik._usulan)
    i_nama = judul.index("Nama Kepala Keluarga")
    assert dkolom.normalisasi_header("Nama Kepala Keluarga") in kus.HEADER_PERLU
    assert hasil[1][1][i_nama] is None
    assert hasil[2][1][i_nama] == "Siti Aminah"
