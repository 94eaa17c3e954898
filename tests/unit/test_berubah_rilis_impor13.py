"""A newer P3KE release that only moves Dimuktakhirkan Tahun and Persentil (they move every
release) no longer counts every family as changed: the summary (console) counts the families
whose substantive values changed apart from those where only the release's year or ranking
moved, the import report lists the first with the columns that changed, and every source value
is still updated. Real re-imports of workbooks written by hand with openpyxl and a CSV written
with the csv module (``tests/masukan_luar``)."""

from __future__ import annotations

from openpyxl import load_workbook

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli

K = ml.KEPALA_2023.index
KI = ml.INDIVIDU_2023.index


def _rilis_2024(kepala: list[list], individu: list[list], *, ubah: bool = True) -> None:
    """The 2024 release of :data:`ml.KELUARGA`: every family's year and Persentil move;
    with ``ubah`` family 0061720002 also moves house (Alamat) and 0061720003's desil and PKH
    change."""
    for baris, tahun, persen in ((kepala, K("Dimuktakhirkan Tahun"), K("Persentil")),
                                 (individu, KI("Dimuktakhirkan Tahun"), KI("Persentil"))):
        for r in baris:
            r[tahun], r[persen] = 2024, 17
    if not ubah:
        return
    for baris, kol in ((kepala, K), (individu, KI)):
        for r in baris:
            if r[kol("ID Keluarga P3KE")] == "0061720002":
                r[kol("Alamat")] = "Jl. Gunung Sari"
            if r[kol("ID Keluarga P3KE")] == "0061720003":
                r[kol("Desil Kesejahteraan")] = 2
    for r in kepala:
        if r[K("ID Keluarga P3KE")] == "0061720003":
            r[K("Penerima PKH")] = "Tidak"


def _berkas_2024(folder, *, ubah: bool = True):
    folder.mkdir()
    kepala, individu = ml.baris_kepala(), ml.baris_individu()
    _rilis_2024(kepala, individu, ubah=ubah)
    return (ml.xlsx(folder / "kepala.xlsx", ml.KEPALA_2023, kepala, lembar="Kepala Keluarga"),
            ml.xlsx(folder / "individu.xlsx", ml.INDIVIDU_2023, individu, lembar="Individu"))


def _keluarga(db_path) -> dict[str, tuple]:
    with sdb.terbuka(db_path) as db:
        return {b[0]: b[1:] for b in db.execute(
            "SELECT id_keluarga, dimutakhirkan_tahun, persentil, alamat, desil, penerima_pkh "
            "FROM keluarga")}


def test_konsol_dan_laporan_memisahkan_perubahan_isi_dari_tahun_rilis(db_path, tmp_path):
    assert cli(db_path, "import", *ml.pasangan_2023(tmp_path)).exit_code == 0
    laporan = tmp_path / "laporan.xlsx"
    hasil = cli(db_path, "import", *_berkas_2024(tmp_path / "2024"), "--laporan", laporan)
    assert hasil.exit_code == 0, hasil.output
    teks = " ".join(hasil.output.split())
    assert "Keluarga baru 0, berubah 2, tidak ada lagi di berkas 0" in teks, teks
    assert ("Selain itu 1 keluarga hanya berubah Dimuktakhirkan Tahun atau Persentil, yang "
            "bergeser di setiap rilis P3KE: tidak dihitung sebagai berubah, tetapi nilainya "
            "tetap diperbarui.") in teks, teks
    # every source value is still updated, the release's year and ranking too
    assert _keluarga(db_path) == {
        "0061720001": ("2024", "17", "Jl. Merdeka", "1", "Ya"),
        "0061720002": ("2024", "17", "Jl. Gunung Sari", "2", "Ya"),
        "0061720003": ("2024", "17", "Jl. Merdeka", "2", "Tidak")}

    wb = load_workbook(laporan, read_only=True)
    ringkasan = " ".join(str(wb["Ringkasan"]["A3"].value).split())
    assert ("2 keluarga berubah isinya menurut berkas yang diimpor (nama, NIK, No KK, alamat, "
            "wilayah, desil, rumah, bantuan...): lihat lembar Keluarga berubah.") in ringkasan
    assert ("1 keluarga hanya berubah Dimuktakhirkan Tahun atau Persentil, yang bergeser di "
            "setiap rilis P3KE: tidak didaftar.") in ringkasan
    lembar = wb["Keluarga berubah"]
    assert next(lembar.iter_rows(values_only=True, max_row=1)) == (
        "ID Keluarga", "Nama Kepala Keluarga", "Kode Kemdagri", "Desa/Kelurahan",
        "Kolom yang berubah")
    assert [(b[0], b[1], b[2], b[4]) for b in lembar.iter_rows(values_only=True, min_row=2)] == [
        ("0061720002", "Maria Goreti", "6172011002", "Alamat"),
        ("0061720003", "Bong Kim Fui", "6172021001", "Desil Kesejahteraan, Penerima PKH")]
    wb.close()


def test_hanya_tahun_rilis_berubah(db, tmp_path):
    """A release that moves only the year and Persentil: nothing counted as changed, no
    sheet of changed families, the values updated."""
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    hasil = impor_p3ke.impor(db, _berkas_2024(tmp_path / "2024", ubah=False))
    r = hasil.ringkasan
    assert (r.keluarga_berubah, r.keluarga_rilis_saja, r.kolom_berubah) == (0, 3, [])
    assert r.anggota_berubah == 0
    teks = " ".join(str(hasil.pesan()).split())
    assert "Keluarga baru 0, berubah 0," in teks
    assert "Selain itu 3 keluarga hanya berubah Dimuktakhirkan Tahun atau Persentil" in teks
    assert {v[:2] for v in db.execute(
        "SELECT dimutakhirkan_tahun, persentil FROM keluarga").fetchall()} == {("2024", "17")}
    laporan = tmp_path / "laporan.xlsx"
    from kalbar_desktop.exchange import laporan_temuan
    laporan_temuan.tulis(db, laporan, kolom_berubah=r.kolom_berubah,
                         rilis_saja=r.keluarga_rilis_saja)
    wb = load_workbook(laporan, read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Temuan"]
    assert "3 keluarga hanya berubah" in str(wb["Ringkasan"]["A3"].value)
    wb.close()


def test_nik_kepala_berubah_dan_tahun_dihitung_berubah(db, tmp_path):
    """A family whose head's NIK and year both change is a changed family (the NIK is
    substantive), named with the NIK's column; a CSV of the Kepala Keluarga file."""
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    kepala = ml.baris_kepala()
    _rilis_2024(kepala, [], ubah=False)
    kepala[0][K("NIK Kepala Keluarga")] = "6172011508800009"
    path = ml.csv_berkas(tmp_path / "kepala.csv", ml.KEPALA_2023, kepala)
    r = impor_p3ke.impor(db, [path]).ringkasan
    assert (r.keluarga_berubah, r.keluarga_rilis_saja) == (1, 2)
    assert r.kolom_berubah == [("0061720001", "nik_kepala,")]


def test_impor_pertama_tidak_menghitung_berubah(db, tmp_path):
    r = impor_p3ke.impor(db, ml.pasangan_2023(tmp_path)).ringkasan
    assert (r.keluarga_baru, r.keluarga_berubah, r.keluarga_rilis_saja) == (3, 0, 0)
    assert "Selain itu" not in str(impor_p3ke.HasilImpor(ringkasan=r).pesan())


def test_catatan_audit_dibaca_kembali(db, tmp_path):
    """The import's audit note holds the new sentence and reads it back as its message (the
    audit window shows it in its language)."""
    from kalbar_desktop.domain import keterangan_jejak as kj

    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    impor_p3ke.impor(db, _berkas_2024(tmp_path / "2024", ubah=False))
    (catatan,) = [b[0] for b in db.execute(
        "SELECT keterangan FROM audit_log WHERE keterangan LIKE '%Selain itu 3 keluarga%'")]
    ringkasan = kj.urai(catatan).argumen["ringkasan"]
    kalimat = [b for b in ringkasan.bagian if getattr(b, "templat", None) ==
               kj.keluarga_rilis_saja(0).templat]
    assert [k.argumen["jumlah"] for k in kalimat] == ["3"]
