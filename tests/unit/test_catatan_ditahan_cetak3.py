"""A masked number in a note that stands for no number of the stored note (the note was changed
in the application after the export) holds back that note only (closing note 21, Re-import:
the whole family waited, its status and kelayakan too, until the number was typed in full or
removed). The note stays as the database has it and the problem line names it; the family's and
the member's other fields are applied. Workbook edited with openpyxl, applied to a real
database file."""

from __future__ import annotations

from tests.lapangan import ANAK, OPERATOR_B
from tests.unit.test_dua_laptop import _baca, _simpan, _terapkan, _v
from tests.unit.test_ekspor_catatan_samar import CATATAN_ANAK, K1, _ekspor, _kantor
from tests.unit.test_impor_ulang_sel5 import _buka

CATATAN_BARU = "NIK baru 6172019999990004 setelah dicek ulang"


def _workbook(tmp_path):
    """The office's workbook (masked) with family 1's note changed in the application after
    the export; in the workbook family 1's kelayakan and the child's status were changed, and
    the child's note holds a masked number typed over."""
    kantor = _kantor(tmp_path)
    buku = _ekspor(kantor, "samar", nik_penuh=False)
    _simpan(kantor, K1, OPERATOR_B, catatan=CATATAN_BARU)
    wb, kolom, baris = _buka(buku)
    kk, ka = kolom["Data Keluarga"], kolom["Data Anggota"]
    wb["Data Keluarga"].cell(baris["Data Keluarga"][K1], kk["Kelayakan"]).value = \
        "Layak dengan intervensi"
    anak = baris["Data Anggota"][ANAK]
    wb["Data Anggota"].cell(anak, ka["Status anggota"]).value = "Meninggal"
    wb["Data Anggota"].cell(anak, ka["Catatan anggota"]).value = "NIK lama 617201******9999"
    wb.save(buku)
    return kantor, buku, baris


def test_catatan_ditahan_isian_lain_diterapkan(tmp_path):
    kantor, buku, baris = _workbook(tmp_path)
    p = _baca(kantor, buku)
    ditahan = {(m.lembar, m.baris): m for m in p.masalah}
    assert set(ditahan) == {("Data Keluarga", baris["Data Keluarga"][K1]),
                            ("Data Anggota", baris["Data Anggota"][ANAK])}, p.masalah
    assert {m.jenis for m in ditahan.values()} == {"CATATAN_DITAHAN"}
    teks = " ".join(m.pesan for m in ditahan.values())
    assert "nomor tersamar 617201******0003" in teks and "nomor tersamar 617201******9999" in teks
    assert "isian lain baris ini tetap diterapkan" in teks
    [k] = p.keluarga
    assert k.id_keluarga == K1
    assert {(u.field, u.baru) for u in k.perubahan} == {
        ("kelayakan", "LAYAK_INTERVENSI"), ("status_anggota", "MENINGGAL")}
    assert p.baris_bermasalah == 0
    assert ("2 catatan berisi nomor tersamar yang tidak ada lagi di catatan basis data, jadi "
            "tidak diterapkan") in p.pesan()

    hasil = _terapkan(kantor, p)
    assert hasil.diterapkan == [K1] and hasil.gagal == []
    d = _v(kantor, K1)
    assert d.verifikasi.kelayakan == "LAYAK_INTERVENSI"
    assert d.verifikasi.catatan == CATATAN_BARU  # not the stars
    anak = next(a for a in d.anggota if a["id_individu"] == ANAK)
    assert anak["status_anggota"] == "MENINGGAL" and anak["catatan"] == CATATAN_ANAK
