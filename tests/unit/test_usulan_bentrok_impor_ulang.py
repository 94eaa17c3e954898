"""A laptop's usulan baru ID is never applied to another family: every database numbers its
proposed new families ``UB-{desa}-0001`` on its own, so the laptop's first usulan in a desa has
the ID of the office's first usulan there. A Data Keluarga row with such an ID whose head (name,
NIK or No KK) is not this family's is refused (``KELUARGA_LAIN``), its members' rows too; the
same usulan (exported from the office, verified on the laptop, back) is applied as before.
Databases from P3KE files written with openpyxl (tests/lapangan.py); workbooks exported by the
application, one edited by hand with openpyxl."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import DESA, ID_KELUARGA, OPERATOR_A, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _jalan, _laptop, _simpan, _v
from tests.unit.test_lapangan import _ditemukan

K1 = ID_KELUARGA[0]
UB = f"UB-{DESA}-0001"
PESAN_LAIN = ("Usulan keluarga baru di workbook ini memakai ID Keluarga yang sama dengan "
              "keluarga lain di basis data ini")


def _usulan(path: Path, pengguna, kepala: str, nik: str | None, *anggota: str) -> str:
    """A proposed new family entered in the form, its head and members."""
    with sdb.terbuka(path) as db:
        return sv.tambah_usulan_baru(
            db, pengguna, {"kode_kemdagri": DESA, "nama_kepala": kepala, "nik_kepala": nik},
            [{"nama": kepala, "nik": nik, "hubungan": "Kepala Keluarga"},
             *({"nama": n, "hubungan": "Anak"} for n in anggota)],
            _ditemukan(status_verifikasi="USULAN_BARU", nama_verifikator=pengguna.nama))


def _catat(path: Path, idk: str, pengguna, catatan: str, catatan_anggota: str) -> None:
    """A visit saved on the family, with a note on its second member."""
    d = _v(path, idk)
    idi = d.anggota[1]["id_individu"]
    with sdb.terbuka(path) as db:
        sv.simpan(db, idk, pengguna, _ditemukan(status_verifikasi="USULAN_BARU",
                                                 nama_verifikator=pengguna.nama,
                                                 catatan=catatan), d.versi,
                  anggota=[sv.PerubahanAnggota(idi, catatan=catatan_anggota)])


def _isi_keluarga(path: Path, idk: str) -> dict[str, list[tuple]]:
    """Every stored row of one family (its row, verification, members and their
    verification)."""
    with sdb.terbuka(path) as db:
        return {t: db.execute(f"SELECT * FROM {t} WHERE id_keluarga = ? ORDER BY 1",
                              [idk]).fetchall()
                for t in ("keluarga", "verifikasi_keluarga", "anggota")} | {
            "verifikasi_anggota": db.execute(
                "SELECT * FROM verifikasi_anggota WHERE id_individu LIKE ? ORDER BY 1",
                [f"{idk}-%"]).fetchall()}


def _dua_usulan_berbeda(tmp_path: Path) -> tuple[Path, Path]:
    """The office proposes Usman's family, the laptop (a copy taken before) Siti's: both
    ``UB-6172011001-0001``. The laptop verifies its usulan and P3KE family 1."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    assert _usulan(kantor, OPERATOR_B, "Usman", "6172010101800001", "Udin") == UB
    assert _usulan(laptop, OPERATOR_A, "Siti Aminah", "6172014404850002", "Sari") == UB
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    _simpan(laptop, K1, OPERATOR_A, catatan="dikunjungi laptop")
    return kantor, laptop


def test_usulan_laptop_id_sama_keluarga_lain_lewat_konsol(tmp_path):
    kantor, laptop = _dua_usulan_berbeda(tmp_path)
    buku = _ekspor(laptop, "laptop_a")
    sebelum = _isi_keluarga(kantor, UB)

    pratinjau = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--json")
    data, _akhir = json.JSONDecoder().raw_decode(pratinjau.output[pratinjau.output.index("{"):])
    lain = [m for m in data["masalah"] if m["id_keluarga"] == UB]
    [baris] = [m for m in lain if m["lembar"] == "Data Keluarga"]
    assert baris["baris"] and baris["kolom"].endswith("(Nama Kepala Keluarga)")
    assert PESAN_LAIN in baris["pesan"] and "Siti Aminah" in baris["pesan"] \
        and "Usman" in baris["pesan"] and "masukkan usulan ini di kantor" in baris["pesan"]
    # its members' rows (Siti and Sari, with the IDs of the office's Usman and Udin; a note
    # on Sari) are not applied either, each naming the family's row
    assert [m["lembar"] for m in lain] == ["Data Keluarga", "Data Anggota", "Data Anggota"]
    assert all(f"di lembar Data Keluarga (baris {baris['baris']})" in m["pesan"]
               for m in lain[1:])
    assert UB not in [p["id_keluarga"] for p in data["perubahan"]]

    hasil = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--apply")
    assert hasil.exit_code == 0, hasil.output
    assert re.search(rf"Tidak diterapkan: Lembar Data Keluarga baris \d+, kolom [A-Z]+ "
                     rf"\(Nama Kepala Keluarga\) \(ID Keluarga {UB}\): {PESAN_LAIN}",
                     hasil.output), hasil.output
    assert "1 keluarga diperbarui dari workbook" in hasil.output
    assert _isi_keluarga(kantor, UB) == sebelum
    assert _v(kantor, K1).verifikasi.catatan == "dikunjungi laptop"
    with sdb.terbuka(kantor) as db:
        assert db.execute("SELECT count(*) FROM keluarga WHERE id_keluarga LIKE 'UB-%'"
                          ).fetchone()[0] == 1


def test_usulan_sama_dari_kantor_ke_laptop_dan_kembali_diterapkan(tmp_path):
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", "6172010101800001", "Udin") == UB
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    buku = _ekspor(laptop, "laptop_a")

    hasil = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina", "--apply")
    assert hasil.exit_code == 0, hasil.output
    assert "Tidak diterapkan" not in hasil.output
    assert "1 keluarga diperbarui dari workbook" in hasil.output
    d = _v(kantor, UB)
    assert d.verifikasi.catatan == "rumah kayu di tepi parit"
    assert [a["catatan"] for a in d.anggota] == [None, "sekolah di SDN 3"]


def test_usulan_sama_dikenali_dari_nik_atau_nama_lain_huruf(tmp_path):
    """The head's name typed again in other case and spacing is the same family; a name
    corrected in Excel with the head's NIK kept is the same family; a row with neither
    matching (another name, another NIK), with another desa, or without a name or full NIK
    to tell, is not."""
    kantor = db_desa(tmp_path)
    _usulan(kantor, OPERATOR_B, "Usman", "6172010101800001", "Udin")
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    buku = _ekspor(laptop, "laptop_a")

    def ubah(nama: str | None, nik: object, desa: str = DESA) -> Path:
        wb = openpyxl.load_workbook(buku)
        ws = wb["Data Keluarga"]
        kepala = next(r for r in range(1, 11) if "ID Keluarga P3KE" in
                      [c.value for c in ws[r]])
        kolom = {c.value: c.column for c in ws[kepala]}
        baris = next(r for r in range(kepala + 1, ws.max_row + 1)
                     if ws.cell(r, kolom["ID Keluarga P3KE"]).value == UB)
        ws.cell(baris, kolom["Nama Kepala Keluarga"]).value = nama
        ws.cell(baris, kolom["NIK Kepala Keluarga"]).value = nik
        ws.cell(baris, kolom["Kode Kemdagri"]).value = desa
        hasil = buku.with_name(f"diubah_{len(list(buku.parent.glob('diubah_*')))}.xlsx")
        wb.save(hasil)
        return hasil

    for nama, nik, desa, kolom in (
            ("  USMAN ", None, DESA, None), ("Usman bin Ali", "6172010101800001", DESA, None),
            ("Usman bin Ali", "6172019999990009", DESA, "Nama Kepala Keluarga"),
            ("Usman", "6172010101800001", "6172011002", "Kode Kemdagri"),
            (None, "617201******0001", DESA, "Nama Kepala Keluarga")):
        p = _baca(kantor, ubah(nama, nik, desa))
        diterapkan = [k.id_keluarga for k in p.keluarga]
        lain = [m for m in p.masalah if m.jenis == "KELUARGA_LAIN"
                and m.lembar == "Data Keluarga"]
        assert (UB in diterapkan, [m.kolom.split(" ", 1)[1] for m in lain]) == (
            kolom is None, [f"({kolom})"] if kolom else []), (nama, nik, desa)
        if nama is None:
            assert lain[0].pesan.startswith("Usulan keluarga baru: baris ini tidak memuat "
                                            "Nama Kepala Keluarga") and UB in lain[0].pesan
