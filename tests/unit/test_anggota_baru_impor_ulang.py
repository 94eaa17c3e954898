"""New members added on a laptop come back with its workbook: a Data Anggota row marked
"Anggota baru" that the office does not hold is added with an ID made at the office; the same
person is never added twice; a laptop's ``-B04`` that is another person than the office's
``-B04`` is never applied to the office's person. Databases from P3KE files written with
openpyxl (tests/lapangan.py); workbooks exported by the application, some edited by hand with
openpyxl."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import openpyxl

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor, impor_koreksi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan
from tests.lapangan import ID_KELUARGA, OPERATOR_A, OPERATOR_B, VERIFIKATOR, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _jalan, _laptop, _simpan, _terapkan, _v
from tests.unit.test_lapangan import _ditemukan

K1, K2, K3 = ID_KELUARGA[:3]
BAYI_A = {"nama": "Putri Bayi", "nik": "6172014102260001", "jenis_kelamin": "Perempuan",
          "hubungan": "Anak", "tanggal_lahir": "2026-02-01"}
BAYI_B = {"nama": "Rahmat Bungsu", "nik": "6172010303260002", "jenis_kelamin": "Laki-laki",
          "hubungan": "Anak", "tanggal_lahir": "2026-03-03"}
NENEK = {"nama": "Mariam", "hubungan": "Lainnya", "jenis_kelamin": "Perempuan",
         "tanggal_lahir": "1950-06-17"}


def _tambah(path: Path, idk: str, pengguna, *data: dict, catatan: str | None = None) -> None:
    """Members added in the form (Tambah anggota), saved with a visit (the same verifier
    name everywhere: the family's own fields agree, only the members differ)."""
    _simpan(path, idk, pengguna, nama_verifikator="Ani",
            anggota=[sv.PerubahanAnggota(None, data_baru=dict(d), catatan=catatan)
                     for d in data])


def _anggota(path: Path, idk: str) -> dict[str, dict]:
    return {a["nama"]: a for a in _v(path, idk).anggota}


def test_anggota_baru_laptop_bukan_orang_kantor_dengan_id_sama(tmp_path):
    """The office added its own person to family 1 (``-B04``); the laptop added another
    (also ``-B04`` there) with a note. The laptop's row must not touch the office's person:
    it is a new member, added with the next ID made here, the laptop's ID in the audit."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _tambah(kantor, K1, OPERATOR_B, NENEK)
    _tambah(laptop, K1, OPERATOR_A, BAYI_A, catatan="lahir di rumah")
    id_kantor = _anggota(kantor, K1)["Mariam"]["id_individu"]
    assert id_kantor == _anggota(laptop, K1)["Putri Bayi"]["id_individu"] == f"{K1}-B04"

    p = _baca(kantor, _ekspor(laptop, "laptop_a"))
    [k] = [k for k in p.keluarga if k.id_keluarga == K1]
    assert not [u for u in k.perubahan if u.id_individu == id_kantor]
    [b] = k.anggota_baru
    assert (b.nama, b.id_workbook, b.catatan) == ("Putri Bayi", f"{K1}-B04", "lahir di rumah")
    assert b.uraian == "Putri Bayi, NIK 6172014102260001, Anak, lahir 01/02/2026"
    assert "1 anggota baru akan ditambahkan" in p.pesan()
    hasil = _terapkan(kantor, p)
    assert hasil.diterapkan == [K1] and hasil.anggota_baru == 1
    assert "(1 anggota baru ditambahkan)" in hasil.pesan()

    anggota = _anggota(kantor, K1)
    assert anggota["Mariam"]["id_individu"] == id_kantor
    assert anggota["Mariam"]["catatan"] is None and anggota["Mariam"]["nik"] is None
    bayi = anggota["Putri Bayi"]
    assert bayi["id_individu"] == f"{K1}-B05" and bayi["asal"] == "baru"
    assert (bayi["nik"], bayi["tanggal_lahir"], bayi["jenis_kelamin"], bayi["catatan"],
            bayi["status_anggota"]) == ("6172014102260001", "2026-02-01", "Perempuan",
                                        "lahir di rumah", "ANGGOTA_BARU")
    with sdb.terbuka(kantor) as db:
        [(pengguna, alasan, keterangan)] = db.execute(
            "SELECT pengguna, alasan, keterangan FROM audit_log WHERE aksi = 'TAMBAH_ANGGOTA' "
            "AND id_rekaman = ?", [f"{K1}-B05"]).fetchall()
    assert pengguna == VERIFIKATOR.nama and alasan.startswith(impor_koreksi.ALASAN_IMPOR_ULANG)
    assert re.match(rf"ID di workbook {K1}-B04 \(lembar Data Anggota baris \d+\); penanda "
                    r"workbook \d+:", keterangan)


def test_dua_anggota_baru_lewat_konsol_dan_workbook_sama_dua_kali(tmp_path):
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _tambah(laptop, K2, OPERATOR_A, BAYI_A, NENEK)
    buku = _ekspor(laptop, "laptop_a")
    sebelum = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina")
    assert sebelum.exit_code == 0, sebelum.output
    assert re.search(rf"{K2} \(Data Anggota baris \d+\) Anggota baru \(Putri Bayi\): - -> "
                     r"Putri Bayi, NIK 6172014102260001, Anak, lahir 01/02/2026", sebelum.output)
    assert re.search(rf"{K2} \(Data Anggota baris \d+\) Anggota baru \(Mariam\): - -> "
                     r"Mariam, tanpa NIK, Lainnya, lahir 17/06/1950", sebelum.output)
    assert "2 anggota baru akan ditambahkan" in sebelum.output
    assert len(_v(kantor, K2).anggota) == 1  # a preview writes nothing

    hasil = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--apply")
    assert hasil.exit_code == 0, hasil.output
    assert "1 keluarga diperbarui dari workbook (2 anggota baru ditambahkan)" in hasil.output
    anggota = _anggota(kantor, K2)
    assert {a["id_individu"] for n, a in anggota.items() if n != "Kepala 2"} == {
        f"{K2}-B02", f"{K2}-B03"}

    # the same workbook again: both are here already, nothing added, nothing else changes
    with sdb.terbuka(kantor) as db:
        isi = cuplikan(db)
    lagi = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--json")
    data = json.loads(lagi.output[lagi.output.index("{"):])
    assert data["anggota_baru"] == [] and len(data["anggota_baru_sudah_ada"]) == 2
    lagi = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--apply")
    assert lagi.exit_code == 0, lagi.output
    assert "2 anggota baru sudah ada, tidak ditambahkan lagi" in lagi.output
    assert re.search(rf"Sudah ada: Lembar Data Anggota baris \d+ \(ID Keluarga {K2}\): anggota "
                     rf"baru ini sudah tercatat sebagai {K2}-B0[23]", lagi.output)
    assert "akan ditambahkan" not in lagi.output
    with sdb.terbuka(kantor) as db:
        sesudah = cuplikan(db)
    assert sesudah["anggota"] == isi["anggota"]
    assert sesudah["verifikasi_anggota"] == isi["verifikasi_anggota"]


def test_dua_laptop_masing_masing_menambah_b04_berbeda(tmp_path):
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    _tambah(la, K1, OPERATOR_A, BAYI_A, catatan="dari A")
    _tambah(lb, K1, OPERATOR_B, BAYI_B, catatan="dari B")
    assert _anagram_id(la) == _anagram_id(lb) == f"{K1}-B04"
    wa, wb = _ekspor(la, "laptop_a"), _ekspor(lb, "laptop_b")
    _terapkan(kantor, _baca(kantor, wa))
    p = _baca(kantor, wb)
    [b] = [b for k in p.keluarga for b in k.anggota_baru]
    assert b.nama == "Rahmat Bungsu"
    # nothing of B's row reaches A's baby (the conflict logic neither)
    assert not [x for k, x in p.semua_konflik if x.perubahan.id_individu]
    assert not [u for k in p.keluarga for u in k.perubahan if u.id_individu == f"{K1}-B04"]
    _terapkan(kantor, p)
    anggota = _anggota(kantor, K1)
    assert (anggota["Putri Bayi"]["id_individu"], anggota["Putri Bayi"]["catatan"]) == (
        f"{K1}-B04", "dari A")
    assert (anggota["Rahmat Bungsu"]["id_individu"], anggota["Rahmat Bungsu"]["catatan"]) == (
        f"{K1}-B05", "dari B")
    # each workbook again: nobody added twice
    for buku in (wa, wb):
        p = _baca(kantor, buku)
        assert p.jumlah_anggota_baru == 0 and len(p.anggota_baru_sudah_ada) == 1
    assert len(_v(kantor, K1).anggota) == 5


def _anagram_id(path: Path) -> str:
    """The ID the laptop gave its new member."""
    [a] = [a for a in _v(path, K1).anggota if a["asal"] == "baru"]
    return a["id_individu"]


def test_bayi_sama_ditambah_dua_laptop_atau_sudah_diketik_kantor(tmp_path):
    """The same baby added on two laptops (same NIK), and a grandmother typed at the office
    with another spacing and case of her name (same birth date): not added again."""
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    _tambah(la, K1, OPERATOR_A, BAYI_A)
    _tambah(lb, K1, OPERATOR_B, {**BAYI_A, "nama": "Putri"}, NENEK)
    _tambah(kantor, K1, OPERATOR_B, {**NENEK, "nama": "  MARIAM "})
    _terapkan(kantor, _baca(kantor, _ekspor(la, "laptop_a")))
    p = _baca(kantor, _ekspor(lb, "laptop_b"))
    assert p.jumlah_anggota_baru == 0 and len(p.anggota_baru_sudah_ada) == 2
    assert "2 anggota baru sudah ada, tidak ditambahkan lagi." in p.pesan()
    assert sorted(a["nama"].strip() for a in _v(kantor, K1).anggota if a["asal"] == "baru") == [
        "MARIAM", "Putri Bayi"]


def _baris_anggota(buku: Path, nama: str) -> tuple[openpyxl.Workbook, int, dict[str, int]]:
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Anggota"]
    kolom = {c.value: c.column for c in ws[1]}
    [r] = [r for r in range(2, ws.max_row + 1) if ws.cell(r, kolom["Nama"]).value == nama]
    return wb, r, kolom


def test_anggota_baru_dengan_nilai_salah_menyebut_baris_dan_kolom(tmp_path):
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _tambah(laptop, K1, OPERATOR_A, BAYI_A)
    _simpan(laptop, K2, OPERATOR_A, catatan="K2 dikunjungi")
    wb, r, kolom = _baris_anggota(_ekspor(laptop, "laptop_a"), "Putri Bayi")
    ws = wb["Data Anggota"]
    ws.cell(r, kolom["Jenis Kelamin"]).value = "X"
    ws.cell(r, kolom["Tanggal Lahir"]).value = "31/02/2026"
    buku = tmp_path / "salah.xlsx"
    wb.save(buku)
    huruf = {h: openpyxl.utils.get_column_letter(kolom[h])
             for h in ("Jenis Kelamin", "Tanggal Lahir")}

    with sdb.terbuka(kantor) as db:
        sebelum = cuplikan(db)
    v_sebelum = _v(kantor, K1).verifikasi
    p = _baca(kantor, buku)
    masalah = {m.kolom: m for m in p.masalah if m.lembar == "Data Anggota"}
    jk = masalah[f"{huruf['Jenis Kelamin']} (Jenis Kelamin)"]
    assert (jk.baris, jk.id_keluarga) == (r, K1)
    assert jk.pesan == "Anggota baru: Jenis Kelamin: pilih nilai dari daftar (X)"
    assert f"Lembar Data Anggota baris {r}, kolom {huruf['Jenis Kelamin']} (Jenis Kelamin) " \
           f"(ID Keluarga {K1}): " in jk.teks()
    tgl = masalah[f"{huruf['Tanggal Lahir']} (Tanggal Lahir)"]
    assert tgl.pesan == "Anggota baru: Tanggal Lahir: tanggal tidak sah (31/02/2026)"
    # only the row is held back: the family's visit is applied, like the other family's
    assert [(k.id_keluarga, k.anggota_baru) for k in p.keluarga] == [(K1, []), (K2, [])]
    assert not [m for m in p.masalah if m.lembar == "Data Keluarga"]
    _terapkan(kantor, p)
    with sdb.terbuka(kantor) as db:
        sesudah = cuplikan(db)
    assert sesudah["anggota"] == sebelum["anggota"]
    assert v_sebelum.status_verifikasi == "BELUM"
    assert _v(kantor, K1).verifikasi.status_verifikasi == "DITEMUKAN"


def test_operator_di_luar_wilayah_tidak_bisa_menambah(tmp_path):
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _tambah(laptop, K1, OPERATOR_A, BAYI_A)
    buku = _ekspor(laptop, "laptop_a")
    luar = Pengguna("Joko", Peran.OPERATOR, ("6172011002",))
    with sdb.terbuka(kantor) as db:
        sebelum = cuplikan(db)
        p = impor_koreksi.baca(db, buku, luar)
        assert not p.keluarga
        [m] = [m for m in p.masalah if m.id_keluarga == K1 and m.jenis == "TIDAK_BERWENANG"]
        assert "Joko (operator) tidak berwenang mengubah keluarga di wilayah 6172011001" in m.pesan
        impor_koreksi.terapkan(db, p, luar)
        assert cuplikan(db)["anggota"] == sebelum["anggota"]


def workbook_kantor_diketik(tmp_path: Path) -> tuple[Path, openpyxl.Workbook,
                                                     Callable[..., int]]:
    """The office's database, its exported workbook opened with openpyxl, and a function that
    types a row at the end of Data Anggota (header -> value) and returns its number."""
    kantor = db_desa(tmp_path)
    wb = openpyxl.load_workbook(_ekspor(kantor, "kantor"))
    ws = wb["Data Anggota"]
    kolom = {c.value: c.column for c in ws[1]}

    def tambah(**isi) -> int:
        r = ws.max_row + 1
        for judul, nilai in isi.items():
            ws.cell(r, kolom[judul]).value = nilai
        return r

    return kantor, wb, tambah


def test_baris_anggota_baru_diketik_di_excel(tmp_path):
    """An operator without the application types new members into the office's workbook:
    empty ID or a made-up one, NIK typed as text, date typed as text: accepted. A NIK typed
    as a number is refused (Excel keeps 15 digits), and so is a row without Status anggota."""
    kantor, wb, tambah = workbook_kantor_diketik(tmp_path)
    r_kosong = tambah(**{"ID Keluarga P3KE": K3, "Nama": "Rudi Ketik", "NIK": "6172011203150004",
                         "Status anggota": "anggota baru", "Jenis Kelamin": "L",
                         "Hubungan dengan Kepala Keluarga": "Anak",
                         "Tanggal Lahir": "12/03/2015"})
    tambah(**{"ID Keluarga P3KE": K3, "ID Individu": "TAMBAHAN-1", "Nama": "Sari Ketik",
              "Status anggota": "Anggota baru", "Hubungan dengan Kepala Keluarga": "Anak",
              "Tanggal Lahir": dt.datetime(2018, 7, 1)})
    r_angka = tambah(**{"ID Keluarga P3KE": K2, "Nama": "Angka", "NIK": 6172011203150005,
                        "Status anggota": "Anggota baru",
                        "Hubungan dengan Kepala Keluarga": "Anak"})
    r_tanpa = tambah(**{"ID Keluarga P3KE": K2, "Nama": "Tanpa Status",
                        "Hubungan dengan Kepala Keluarga": "Anak"})
    r_ub = tambah(**{"ID Keluarga P3KE": "UB-6172011001-0001", "Nama": "Usulan",
                     "Status anggota": "Anggota baru",
                     "Hubungan dengan Kepala Keluarga": "Kepala Keluarga"})
    diketik = tmp_path / "diketik.xlsx"
    wb.save(diketik)

    p = _baca(kantor, diketik)
    [k3] = [k for k in p.keluarga if k.id_keluarga == K3]
    assert [(b.nama, b.id_workbook) for b in k3.anggota_baru] == [
        ("Rudi Ketik", None), ("Sari Ketik", "TAMBAHAN-1")]
    assert k3.anggota_baru[0].baris == r_kosong
    assert k3.anggota_baru[0].data["jenis_kelamin"] == "Laki-laki"
    per_baris = {m.baris: m for m in p.masalah if m.lembar == "Data Anggota"}
    assert "NIK 6172011203150005 tersimpan sebagai angka" in per_baris[r_angka].pesan
    assert per_baris[r_angka].kolom.endswith("(NIK)")
    assert per_baris[r_tanpa].pesan.startswith("ID Individu kosong. Untuk menambah anggota baru")
    assert "Usulan keluarga baru dari laptop tidak dibawa lewat impor ulang" in \
        per_baris[r_ub].pesan
    assert K2 not in [k.id_keluarga for k in p.keluarga]
    _terapkan(kantor, p)
    anggota = _anggota(kantor, K3)
    assert (anggota["Rudi Ketik"]["nik"], anggota["Rudi Ketik"]["tanggal_lahir"]) == (
        "6172011203150004", "2015-03-12")
    assert anggota["Sari Ketik"]["tanggal_lahir"] == "2018-07-01"
    assert len(_v(kantor, K2).anggota) == 1


def test_usulan_baru_laptop_disebut_harus_dimasukkan_di_kantor(tmp_path):
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    with sdb.terbuka(laptop) as db:
        idk = sv.tambah_usulan_baru(db, OPERATOR_A, {"kode_kemdagri": "6172011001",
                                                     "nama_kepala": "Usman"},
                                    [{"nama": "Usman", "hubungan": "Kepala Keluarga"}],
                                    _ditemukan(status_verifikasi="USULAN_BARU"))
    p = _baca(kantor, _ekspor(laptop, "laptop_a"))
    [m] = [m for m in p.masalah if m.lembar == "Data Keluarga"]
    assert m.id_keluarga == idk and m.jenis == "ID_TIDAK_ADA"
    assert m.pesan == (f"ID Keluarga {idk} tidak ada di basis data. Usulan keluarga baru dari "
                       "laptop tidak dibawa lewat impor ulang: masukkan di kantor dengan "
                       "Verifikasi > Usulan keluarga baru")
    [a] = [m for m in p.masalah if m.lembar == "Data Anggota"]
    assert a.pesan == m.pesan


def test_nik_disamarkan_tidak_jadi_nik_anggota_baru(tmp_path):
    """A workbook exported without full NIK: a new member with a NIK is refused (the NIK
    cannot come back; the rest of its family is applied), one without NIK is added; nothing is
    added with a wrong NIK."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _tambah(laptop, K1, OPERATOR_A, BAYI_A)
    _tambah(laptop, K2, OPERATOR_A, NENEK)
    buku = tmp_path / "samar.xlsx"
    with sdb.terbuka(laptop) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(buku, dengan_nama=True, alasan="Gabung"),
                      VERIFIKATOR)
    p = _baca(kantor, buku)
    [m] = [m for m in p.masalah if m.lembar == "Data Anggota"]
    assert m.id_keluarga == K1 and m.kolom.endswith("(NIK)")
    assert m.pesan.startswith("Anggota baru: NIK 617201******0001 di kolom E (NIK) tersamar "
                              "(workbook diekspor tanpa NIK lengkap) dan tidak disimpan sebagai "
                              "NIK.")
    assert [(k.id_keluarga, [b.nama for b in k.anggota_baru]) for k in p.keluarga] == [
        (K1, []), (K2, ["Mariam"])]
    _terapkan(kantor, p)
    assert [a["nama"] for a in _v(kantor, K1).anggota if a["asal"] == "baru"] == []
    assert [a["nama"] for a in _v(kantor, K2).anggota if a["asal"] == "baru"] == ["Mariam"]


def test_id_anggota_baru_orang_lain_tanpa_status_anggota_baru_tidak_diterapkan(tmp_path):
    """The laptop's -B04 marked 'Pindah/keluar' (no longer "Anggota baru") while the office's
    -B04 is another person: never applied to the office's person, named as a problem."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _tambah(kantor, K1, OPERATOR_A, NENEK)
    _tambah(laptop, K1, OPERATOR_A, BAYI_A)
    wb, r, kolom = _baris_anggota(_ekspor(laptop, "laptop_a"), "Putri Bayi")
    wb["Data Anggota"].cell(r, kolom["Status anggota"]).value = "Pindah/keluar"
    buku = tmp_path / "pindah.xlsx"
    wb.save(buku)
    p = _baca(kantor, buku)
    [m] = [m for m in p.masalah if m.lembar == "Data Anggota"]
    assert (m.baris, m.jenis, m.id_keluarga) == (r, "ANGGOTA_LAIN", K1)
    assert m.pesan.startswith(f"ID Individu {K1}-B04 di basis data ini milik anggota baru lain "
                              "(Mariam), bukan orang di baris ini; tidak diterapkan kepadanya.")
    _terapkan(kantor, p)
    mariam = _anggota(kantor, K1)["Mariam"]
    assert (mariam["id_individu"], mariam["status_anggota"]) == (f"{K1}-B04", "ANGGOTA_BARU")


def test_anggota_baru_keluarga_berkonflik_ditambah_setelah_dipilih(tmp_path):
    """Both laptops visited family 1 with different notes; B also added a baby. The family
    waits for a choice; its new member is shown meanwhile and added with it once chosen."""
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    _simpan(la, K1, OPERATOR_A, nama_verifikator="Ani", catatan="rumah papan")
    _simpan(lb, K1, OPERATOR_B, nama_verifikator="Ani", catatan="rumah tembok",
            anggota=[sv.PerubahanAnggota(None, data_baru=dict(BAYI_B))])
    _terapkan(kantor, _baca(kantor, _ekspor(la, "laptop_a")))
    p = _baca(kantor, _ekspor(lb, "laptop_b"))
    [k1] = p.konflik
    assert k1.menunggu and [b.nama for b in k1.anggota_baru] == ["Rahmat Bungsu"]
    assert [(k.id_keluarga, b.nama) for k, b in p.anggota_baru] == [(K1, "Rahmat Bungsu")]
    hasil = _terapkan(kantor, p)
    assert hasil.menunggu == [K1] and hasil.anggota_baru == 0
    assert "Rahmat Bungsu" not in _anggota(kantor, K1)
    p = _baca(kantor, _ekspor(lb, "laptop_b"))
    p.pilih(impor_koreksi.PAKAI_BASIS)
    assert p.konflik[0].jumlah_diterapkan == 1
    hasil = _terapkan(kantor, p)
    assert hasil.diterapkan == [K1] and hasil.anggota_baru == 1
    assert _anggota(kantor, K1)["Rahmat Bungsu"]["id_individu"] == f"{K1}-B04"
    assert _v(kantor, K1).verifikasi.catatan == "rumah papan"


def test_workbook_kantor_sendiri_tidak_menyebut_anggota_barunya(tmp_path):
    """The office's own workbook (corrected by the province) carries the office's new members:
    they are its members, not 'already here' news; a correction of one is applied to them."""
    kantor = db_desa(tmp_path)
    _tambah(kantor, K1, OPERATOR_A, BAYI_A)
    wb, r, kolom = _baris_anggota(_ekspor(kantor, "kantor"), "Putri Bayi")
    wb["Data Anggota"].cell(r, kolom["Catatan anggota"]).value = "akta lahir ada"
    buku = tmp_path / "koreksi.xlsx"
    wb.save(buku)
    p = _baca(kantor, buku)
    assert p.anggota_baru_sudah_ada == [] and p.jumlah_anggota_baru == 0
    assert "anggota baru" not in p.pesan()
    [u] = [u for k in p.keluarga for u in k.perubahan]
    assert (u.id_individu, u.field, u.baru) == (f"{K1}-B04", "catatan", "akta lahir ada")
    _terapkan(kantor, p)
    assert _anggota(kantor, K1)["Putri Bayi"]["catatan"] == "akta lahir ada"
