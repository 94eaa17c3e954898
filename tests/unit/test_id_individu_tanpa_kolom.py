"""A sheet without an ID Individu column (a by-name-by-address print) or with blank ID cells:
the importer makes IDs up from each member's place in the family (``<ID Keluarga>-01``). Before
(found by the acceptance round terima6) a newer print with a family's rows in another order
gave each made-up ID to another person, and with it the verification work (a member marked
dead became her husband), and a later P3KE file with the real IDs was not matched to the
print's members. Now the next import keeps each person's ID by NIK or name and birth date.
Files written with openpyxl, never by the project's generator."""

from __future__ import annotations

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar as ml

BUDI = Pengguna("Budi", Peran.VERIFIKATOR)


def _anggota(db) -> dict[str, tuple]:
    return {nama: (idi, ada, status) for idi, nama, ada, status in db.execute(
        "SELECT a.id_individu, a.nama, a.ada_di_sumber, va.status_anggota FROM anggota a "
        "JOIN verifikasi_anggota va USING (id_individu)")}


def _meninggal(db, idk: str, nama: str) -> None:
    data = sv.muat(db, idk)
    idi = next(a["id_individu"] for a in data.anggota if a["nama"] == nama)
    sv.simpan(db, idk, BUDI, Verifikasi(), data.versi,
              anggota=[sv.PerubahanAnggota(idi, status_anggota="MENINGGAL")])


def test_cetakan_bnba_baru_dengan_urutan_lain_tidak_menukar_orang(db, tmp_path):
    pertama = ml.xlsx_bnba(tmp_path / "bnba.xlsx", ml.baris_bnba())
    hasil = impor_p3ke.impor(db, [pertama])
    assert hasil.tata_letak == "bnba"
    awal = _anggota(db)
    assert awal["Siti Aminah"][0] == "0061720001-02"
    assert awal["Lukas"][0] == "0061720002-02"
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0
    _meninggal(db, "0061720001", "Siti Aminah")

    # the newer print: every family's members in reverse order
    baru = ml.xlsx_bnba(tmp_path / "bnba_baru.xlsx", ml.baris_bnba(lambda a: a[::-1]))
    hasil = impor_p3ke.impor(db, [baru])
    assert (hasil.ringkasan.anggota_baru, hasil.ringkasan.anggota_hilang) == (0, 0)
    sesudah = _anggota(db)
    assert {n: v[0] for n, v in sesudah.items()} == {n: v[0] for n, v in awal.items()}
    assert sesudah["Siti Aminah"][2] == "MENINGGAL"
    assert sesudah["Ahmad Yani"][2] == "ADA"
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0
    stemuan.hitung_ulang_semua(db, saring=False)
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0

    # the P3KE Individu file with the real IDs: the same people, their work kept
    impor_p3ke.impor(db, [ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023,
                                  ml.baris_individu(), lembar="Individu")])
    asli = _anggota(db)
    assert asli["Siti Aminah"] == ("006172000102", 1, "MENINGGAL")
    assert asli["Ahmad Yani"] == ("006172000101", 1, "ADA")
    assert db.execute("SELECT count(*) FROM anggota").fetchone()[0] == 5


def test_orang_keluar_dan_masuk_tidak_mengambil_id_orang_lain(db, tmp_path):
    impor_p3ke.impor(db, [ml.xlsx_bnba(tmp_path / "bnba.xlsx", ml.baris_bnba())])
    _meninggal(db, "0061720001", "Ahmad Yani")
    # Ahmad Yani (-01) is not in the newer print; a baby comes after Siti Aminah
    rows = [r for r in ml.baris_bnba() if r[6] != "Ahmad Yani"]
    bayi = list(rows[0])
    bayi[6:11] = ["Bayi", "6172015001240003", "10-01-2024", "PEREMPUAN", "ANAK"]
    rows.insert(1, bayi)
    impor_p3ke.impor(db, [ml.xlsx_bnba(tmp_path / "bnba_baru.xlsx", rows)])
    anggota = _anggota(db)
    assert anggota["Ahmad Yani"] == ("0061720001-01", 0, "MENINGGAL")  # gone, kept as he was
    assert anggota["Siti Aminah"] == ("0061720001-02", 1, "ADA")
    assert anggota["Bayi"] == ("0061720001-03", 1, "ADA")


def test_sel_id_kosong_dengan_urutan_lain_tidak_menukar_orang(db, tmp_path):
    i_idi = ml.INDIVIDU_2023.index("ID Individu")
    rows = ml.baris_individu()
    for r in rows:
        r[i_idi] = None
    impor_p3ke.impor(db, [ml.xlsx(tmp_path / "a.xlsx", ml.INDIVIDU_2023, rows,
                                  lembar="Individu")])
    awal = _anggota(db)
    _meninggal(db, "0061720002", "Lukas")
    impor_p3ke.impor(db, [ml.xlsx(tmp_path / "b.xlsx", ml.INDIVIDU_2023, rows[::-1],
                                  lembar="Individu")])
    sesudah = _anggota(db)
    assert {n: v[0] for n, v in sesudah.items()} == {n: v[0] for n, v in awal.items()}
    assert sesudah["Lukas"][2] == "MENINGGAL" and sesudah["Maria Goreti"][2] == "ADA"
    # the blank cells are still findings (the print without the column is not)
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'ID_INDIVIDU_KOSONG'"
                      ).fetchone()[0] == 5
