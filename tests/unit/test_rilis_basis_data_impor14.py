"""An older P3KE release for a kecamatan not yet in the database, while the others hold a
newer one: the import's preview warns (which release the database holds, that the import is
still allowed), from a look at the stored releases, not from the whole file; the console's
import says it on stderr. Files written by hand with openpyxl and the csv module
(``tests/masukan_luar``); real imports."""

from __future__ import annotations

from kalbar_desktop.exchange import impor_p3ke, rilis_pratinjau
from kalbar_desktop.storage import impor as simpan
from tests import masukan_luar as ml
from tests.temuan_uji import cli

K22 = ml.KELUARGA_2022.index
I22 = ml.INDIVIDU_2022.index
KI = ml.INDIVIDU_2023.index


def _kecamatan_baru(baris: list[list], kol, *, id_kel: str, id_ind: str | None = None,
                    kode: str, kecamatan: str | None = None, desa: str | None = None
                    ) -> list[list]:
    """The rows moved to Singkawang Timur (617203), a kecamatan the database does not hold,
    with family IDs 00617300.. instead of 00617200.."""
    for r in baris:
        r[kol(id_kel)] = r[kol(id_kel)].replace("0061720", "0061730")
        if id_ind:
            r[kol(id_ind)] = r[kol(id_ind)].replace("0061720", "0061730")
        r[kol(kode)] = "6172031001"
        if kecamatan:
            r[kol(kecamatan)], r[kol(desa)] = "Singkawang Timur", "Pajintan"
    return baris


def berkas_2022_kecamatan_baru(folder) -> list:
    """The 2022 Keluarga and Individu workbooks of three families of Singkawang Timur."""
    folder.mkdir(exist_ok=True)
    keluarga = _kecamatan_baru(ml.baris_keluarga_2022(), K22, id_kel="ID Keluarga",
                               kode="Kode Kemdagri", kecamatan="Kecamatan", desa="Desa")
    individu = _kecamatan_baru(ml.baris_individu_2022(), I22, id_kel="ID Keluarga P3KE",
                               id_ind="ID Individu", kode="Kode Kemdagri",
                               kecamatan="Kecamatan", desa="Desa/Kelurahan")
    return [ml.xlsx(folder / "keluarga_2022.xlsx", ml.KELUARGA_2022, keluarga),
            ml.xlsx(folder / "individu_2022.xlsx", ml.INDIVIDU_2022, individu)]


def _peringatan(db, berkas) -> list[str]:
    pratinjau = impor_p3ke.pratinjau(berkas)
    rilis_pratinjau.periksa(db, pratinjau)
    return [" ".join(str(p).split()) for pb in pratinjau for pl in pb.lembar
            for p in pl.peringatan if "rilis P3KE" in str(p)]


def test_pratinjau_rilis_lama_untuk_kecamatan_baru(db, tmp_path):
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    berkas = berkas_2022_kecamatan_baru(tmp_path / "2022")
    peringatan = _peringatan(db, berkas)
    assert len(peringatan) == 2, peringatan  # one per file (one sheet each)
    assert peringatan[0] == (
        "Berkas keluarga_2022.xlsx dari rilis P3KE 2022 (tata letak P3KE 2022, tanpa kolom "
        "Dimuktakhirkan Tahun), lebih lama daripada rilis 2023, rilis terbaru yang sudah ada di "
        "basis data (mis. berkas individu.xlsx). Keluarga berkas ini belum tersimpan dari rilis "
        "yang lebih baru (misalnya kecamatan yang baru pertama kali diimpor), jadi tidak ada "
        "nilai yang kembali ke rilis lama; tetapi sesudah impor, keluarga berkas ini tersimpan "
        "dari rilis 2022 sedangkan keluarga lain di basis data dari rilis 2023. Impor tetap "
        "bisa dilakukan; bila keliru, pilih berkas rilis 2023.")
    assert peringatan[1].startswith("Berkas individu_2022.xlsx dari rilis P3KE 2022")
    # the import is allowed, and its families are stored from 2022
    r = impor_p3ke.impor(db, berkas)
    assert (r.ringkasan.keluarga_baru, r.rilis_lebih_baru[0]) == (3, 0)


def test_pratinjau_dugaan_dari_baris_teratas(db, tmp_path):
    """A file longer than the rows the preview reads: the release and the families are those
    of its first rows, said so."""
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    baris = []
    for n in range(40):
        for r in _kecamatan_baru(ml.baris_individu(), KI, id_kel="ID Keluarga P3KE",
                                 id_ind="ID Individu", kode="Kode Kemdagri"):
            r[KI("ID Keluarga P3KE")] = f"{r[KI('ID Keluarga P3KE')]}{n:02d}"
            r[KI("ID Individu")] = f"{r[KI('ID Individu')]}{n:02d}"
            r[KI("NIK")] = r[KI("NIK")][:-2] + f"{n:02d}"
            r[KI("Dimuktakhirkan Tahun")] = 2022
            baris.append(r)
    (tmp_path / "lama").mkdir()
    path = ml.csv_berkas(tmp_path / "lama" / "individu_2022.csv", ml.INDIVIDU_2023, baris)
    (peringatan,) = _peringatan(db, [path])
    assert peringatan.startswith(
        "Berkas individu_2022.csv dari rilis P3KE 2022 (tahun Dimuktakhirkan terbaru di "), \
        peringatan
    assert "Keluarga di " in peringatan and " baris teratas yang dibaca pratinjau (dan " \
        "kecamatannya) belum tersimpan dari rilis yang lebih baru" in peringatan, peringatan


def test_diam_untuk_rilis_sama_atau_lebih_baru(db, tmp_path):
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    baris = _kecamatan_baru(ml.baris_individu(), KI, id_kel="ID Keluarga P3KE",
                            id_ind="ID Individu", kode="Kode Kemdagri")
    (tmp_path / "baru").mkdir()
    path = ml.xlsx(tmp_path / "baru" / "individu_2023.xlsx", ml.INDIVIDU_2023, baris)
    assert _peringatan(db, [path]) == []


def test_diam_pada_basis_data_kosong(db, tmp_path):
    assert _peringatan(db, berkas_2022_kecamatan_baru(tmp_path / "2022")) == []


def test_rilis_yang_tidak_dipakai_keluarga_mana_pun(db, tmp_path):
    """A newer release no stored family comes from any more (its families were imported
    again from the older one) is not the database's."""
    impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    assert simpan.rilis_terbaru(db, "2022") == ("2023", "individu.xlsx")
    (tmp_path / "2022").mkdir()
    impor_p3ke.impor(db, [
        ml.xlsx(tmp_path / "2022" / "keluarga.xlsx", ml.KELUARGA_2022, ml.baris_keluarga_2022()),
        ml.xlsx(tmp_path / "2022" / "individu.xlsx", ml.INDIVIDU_2022,
                ml.baris_individu_2022())])
    assert simpan.rilis_terbaru(db, "2022") is None
    assert _peringatan(db, berkas_2022_kecamatan_baru(tmp_path / "baru")) == []


def test_konsol_memperingatkan(db_path, tmp_path):
    assert cli(db_path, "import", *ml.pasangan_2023(tmp_path)).exit_code == 0
    hasil = cli(db_path, "import", *berkas_2022_kecamatan_baru(tmp_path / "2022"))
    assert hasil.exit_code == 0, hasil.output
    galat = " ".join(hasil.stderr.split())
    assert ("Peringatan: berkas ini dari rilis P3KE 2022, lebih lama daripada rilis 2023 yang "
            "sudah ada di basis data (mis. berkas individu.xlsx). Tidak ada nilai yang kembali "
            "ke rilis lama, tetapi keluarga berkas ini kini tersimpan dari rilis 2022 sedangkan "
            "keluarga lain di basis data dari rilis 2023.") in galat, galat
    # a 2023 file for that kecamatan afterwards: nothing to say
    baris = _kecamatan_baru(ml.baris_individu(), KI, id_kel="ID Keluarga P3KE",
                            id_ind="ID Individu", kode="Kode Kemdagri")
    (tmp_path / "2023").mkdir()
    path = ml.xlsx(tmp_path / "2023" / "individu_2023.xlsx", ml.INDIVIDU_2023, baris)
    hasil = cli(db_path, "import", path)
    assert hasil.exit_code == 0 and "Peringatan" not in hasil.stderr, hasil.stderr
