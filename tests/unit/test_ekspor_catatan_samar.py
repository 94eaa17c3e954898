"""Notes in the workbook and the printed documents mask the NIKs typed in them when the NIK
columns are masked (privasi4's gap: the form, the table and the audit window masked a NIK typed
in a Catatan, but the by-name workbook, exported with masked NIKs by default, wrote the same
note in full, and the berita acara and visit list printed it). A workbook exported masked that
comes back unchanged changes nothing (its masked numbers stand for the stored ones), and a note
edited around a masked NIK keeps the NIK. Workbooks read back and edited with openpyxl; PDFs
read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from kalbar_desktop.domain.status import AksiPersetujuan, AlasanTidakLayak
from kalbar_desktop.exchange import dokumen, ekspor
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import cetak
from tests.lapangan import ANAK, DESA, ID_KELUARGA, OPERATOR_B, VERIFIKATOR, db_desa
from tests.unit.test_dua_laptop import _baca, _simpan, _terapkan, _v
from tests.unit.test_impor_ulang_sel5 import _buka

K1, K2, K3 = ID_KELUARGA[:3]
NIK_BARU = "6172015012900003"
NO_KK = "6172010101200004"
CATATAN_K1 = f"NIK baru {NIK_BARU} sudah dicek, telp 081234567890, RT 003/RW 001"
LAINNYA_K2 = f"pindah KK ke {NO_KK}"
CATATAN_ANAK = f"NIK lama 617201050510000 kurang satu digit, ID {ANAK}"
KEMBALI_K3 = f"cek lagi NIK {NIK_BARU}"


def _kantor(tmp_path: Path) -> Path:
    """A desa where family 1's note, family 2's "Lainnya" reason, the child's member note
    and family 3's send-back note each hold a NIK or No KK typed by a person."""
    kantor = db_desa(tmp_path)
    _simpan(kantor, K1, OPERATOR_B, catatan=CATATAN_K1,
            anggota=[sv.PerubahanAnggota(ANAK, catatan=CATATAN_ANAK)])
    _simpan(kantor, K2, OPERATOR_B, kelayakan="TIDAK_LAYAK",
            alasan=AlasanTidakLayak.LAINNYA.value, alasan_lainnya=LAINNYA_K2)
    _simpan(kantor, K3, OPERATOR_B)
    with sdb.terbuka(kantor) as db:
        v = sv.ubah_persetujuan(db, K3, OPERATOR_B, AksiPersetujuan.AJUKAN, sv.muat(db, K3).versi)
        sv.ubah_persetujuan(db, K3, VERIFIKATOR, AksiPersetujuan.KEMBALIKAN, v, KEMBALI_K3)
    return kantor


def _ekspor(kantor: Path, nama: str, nik_penuh: bool) -> Path:
    buku = kantor.with_name(f"{nama}.xlsx")
    with sdb.terbuka(kantor) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(buku, dengan_nama=True, nik_penuh=nik_penuh,
                                            alasan="Kirim ke provinsi"), VERIFIKATOR)
    return buku


def _sel(buku: Path) -> dict[str, str | None]:
    wb, kolom, baris = _buka(buku)
    k, a = wb["Data Keluarga"], wb["Data Anggota"]
    kk, ka = kolom["Data Keluarga"], kolom["Data Anggota"]
    rk, ra = baris["Data Keluarga"], baris["Data Anggota"]
    return {"catatan": k.cell(rk[K1], kk["Catatan"]).value,
            "lainnya": k.cell(rk[K2], kk["Alasan lainnya"]).value,
            "kembali": k.cell(rk[K3], kk["Catatan pengembalian"]).value,
            "anak": a.cell(ra[ANAK], ka["Catatan anggota"]).value}


def test_catatan_tersamar_seperti_kolom_nik(tmp_path):
    kantor = _kantor(tmp_path)
    samar = _sel(_ekspor(kantor, "samar", nik_penuh=False))
    assert samar == {
        # the phone number, RT/RW and the family's own ID stay; a NIK typed a digit short too
        "catatan": "NIK baru 617201******0003 sudah dicek, telp 081234567890, RT 003/RW 001",
        "lainnya": "pindah KK ke 617201******0004",
        "kembali": "cek lagi NIK 617201******0003",
        "anak": f"NIK lama 617201*****0000 kurang satu digit, ID {ANAK}"}
    assert _sel(_ekspor(kantor, "penuh", nik_penuh=True)) == {
        "catatan": CATATAN_K1, "lainnya": LAINNYA_K2, "kembali": KEMBALI_K3,
        "anak": CATATAN_ANAK}
    ket = openpyxl.load_workbook(tmp_path / "samar.xlsx")["Keterangan"]
    assert any("nomor serupa NIK/No KK yang diketik di catatan" in str(c.value or "")
               for baris in ket.iter_rows() for c in baris)


def test_workbook_tersamar_kembali_tanpa_perubahan(tmp_path):
    """Before, the masked notes came back as edits: family 1's and 2's notes and the child's
    would have been overwritten with stars, and family 3's send-back note held the family back
    as 'cannot be changed by re-import'."""
    kantor = _kantor(tmp_path)
    p = _baca(kantor, _ekspor(kantor, "samar", nik_penuh=False))
    assert p.masalah == [] and p.keluarga == [], (p.masalah, p.keluarga)
    assert p.tanpa_perubahan == p.baris_dibaca


def test_catatan_diedit_di_sekitar_nik_tersamar_tetap_utuh(tmp_path):
    kantor = _kantor(tmp_path)
    buku = _ekspor(kantor, "samar", nik_penuh=False)
    wb, kolom, baris = _buka(buku)
    kk, ka = kolom["Data Keluarga"], kolom["Data Anggota"]
    sel = wb["Data Keluarga"].cell(baris["Data Keluarga"][K1], kk["Catatan"])
    sel.value = sel.value.replace("sudah dicek", "sudah dicek ulang")
    sel = wb["Data Anggota"].cell(baris["Data Anggota"][ANAK], ka["Catatan anggota"])
    sel.value = "NIK lama 617201*****0000 sudah diganti"
    wb.save(buku)
    p = _baca(kantor, buku)
    assert p.masalah == []
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == CATATAN_K1.replace("sudah dicek",
                                                                   "sudah dicek ulang")
    anak = next(a for a in _v(kantor, K1).anggota if a["id_individu"] == ANAK)
    assert anak["catatan"] == "NIK lama 617201050510000 sudah diganti"
    assert _v(kantor, K2).verifikasi.alasan_lainnya == LAINNYA_K2


def _huruf(kolom: dict, lembar: str, header: str) -> str:
    return get_column_letter(kolom[lembar][header])


def _pdf(dok: dokumen.Dokumen, path: Path) -> str:
    cetak.tulis_pdf(dok, path)
    teks = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return "".join(teks.split())  # a cell wraps a long note, a number too


def test_dokumen_cetak_menyamarkan_catatan(tmp_path):
    """The printed documents mask every NIK (always: a paper goes round the desa hall); the
    "Lainnya" reason of the berita acara and the send-back note of the visit list did not."""
    kantor = _kantor(tmp_path)
    with sdb.terbuka(kantor) as db:
        ba = _pdf(dokumen.berita_acara(db, dokumen.OpsiBeritaAcara(DESA), VERIFIKATOR),
                  tmp_path / "ba.pdf")
        dk = _pdf(dokumen.daftar_kunjungan(db, dokumen.OpsiDaftarKunjungan(DESA, semua=True),
                                           VERIFIKATOR), tmp_path / "dk.pdf")
    assert "pindahKKke617201******0004" in ba and NO_KK not in ba
    assert "Dikembalikan:ceklagiNIK617201******0003" in dk and NIK_BARU not in dk


def test_nomor_tersamar_tanpa_asal_tidak_disimpan(tmp_path):
    """The note changed in the application after the workbook went out (another NIK), and a
    masked number typed over in a member's note: neither masked number stands for a stored one,
    so storing the note would store the stars. Each is a problem naming the number; the office's
    notes stay."""
    kantor = _kantor(tmp_path)
    buku = _ekspor(kantor, "samar", nik_penuh=False)
    catatan_baru = "NIK baru 6172019999990004 setelah dicek ulang"
    _simpan(kantor, K1, OPERATOR_B, catatan=catatan_baru)
    wb, kolom, baris = _buka(buku)
    ka = kolom["Data Anggota"]
    wb["Data Anggota"].cell(baris["Data Anggota"][ANAK], ka["Catatan anggota"]).value = \
        "NIK lama 617201******9999"
    wb.save(buku)
    p = _baca(kantor, buku)
    pesan = {(m.lembar, m.kolom): m.pesan for m in p.masalah if m.kolom}
    catatan_k = f"{_huruf(kolom, 'Data Keluarga', 'Catatan')} (Catatan)"
    catatan_a = f"{_huruf(kolom, 'Data Anggota', 'Catatan anggota')} (Catatan anggota)"
    assert set(pesan) == {("Data Keluarga", catatan_k), ("Data Anggota", catatan_a)}, p.masalah
    teks = " ".join(pesan.values())
    assert "nomor tersamar 617201******0003" in teks and "nomor tersamar 617201******9999" in teks
    assert p.keluarga == [] or all(kk.id_keluarga != K1 for kk in p.keluarga)
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == catatan_baru
    anak = next(a for a in _v(kantor, K1).anggota if a["id_individu"] == ANAK)
    assert anak["catatan"] == CATATAN_ANAK
