"""Re-import leftovers, fifth round, usulan baru: a laptop's own usulan that has the office
usulan's ID and, by chance, one of its values (the head's name, common in a desa; or its No KK)
is not the office's family. The same family needs the head's NIK, or two things agreeing among
the head's name, the No KK and the workbook having known the usulan (made at the office before
the workbook went out, or before the laptop was copied). An office usulan whose name, NIK and No
KK were all changed since the laptop's copy is still recognised from its audit trail; a workbook
without export time is not, and the message says what to do. Databases from P3KE files written
with openpyxl (tests/lapangan.py); workbooks exported by the application, edited with
openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import DESA, OPERATOR_A, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _laptop, _terapkan, _v
from tests.unit.test_impor_ulang_sisa_laptop import _ubah_baris_usulan
from tests.unit.test_lapangan import _ditemukan
from tests.unit.test_usulan_bentrok_impor_ulang import UB, _catat, _isi_keluarga

NIK_USMAN, NIK_SITI = "6172010101800001", "6172014404850002"
KK_USMAN, KK_SITI = "6172010101200001", "6172010101200002"


def _usulan(path: Path, pengguna, kepala: str, nik: str | None, kk: str | None) -> str:
    """A proposed new family entered in the form: its head (NIK, No KK) and one child."""
    with sdb.terbuka(path) as db:
        return sv.tambah_usulan_baru(
            db, pengguna, {"kode_kemdagri": DESA, "nama_kepala": kepala, "nik_kepala": nik,
                           "no_kk": kk},
            [{"nama": kepala, "nik": nik, "hubungan": "Kepala Keluarga"},
             {"nama": "Anak " + kepala, "hubungan": "Anak"}],
            _ditemukan(status_verifikasi="USULAN_BARU", nama_verifikator=pengguna.nama))


def _koreksi(path: Path, idk: str, pengguna=OPERATOR_B, **koreksi: str | None) -> None:
    """The family's data corrected in the form (head's name, NIK, No KK)."""
    with sdb.terbuka(path) as db:
        d = sv.muat(db, idk)
        sv.simpan(db, idk, pengguna, d.verifikasi, d.versi, koreksi=koreksi)


def _lain(p) -> list:
    return [m for m in p.masalah if m.jenis == "KELUARGA_LAIN" and m.lembar == "Data Keluarga"]


def _tanpa_keterangan(buku: Path) -> Path:
    """The workbook with its Keterangan sheet deleted (no export time, no audit marker)."""
    wb = openpyxl.load_workbook(buku)
    del wb["Keterangan"]
    hasil = buku.with_name(buku.stem + "_tanpa_keterangan.xlsx")
    wb.save(hasil)
    return hasil


def test_usulan_laptop_dengan_nama_kepala_sama_bukan_keluarga_kantor(tmp_path):
    """The laptop was copied before the office proposed Usman's family; the laptop proposed
    another Usman's family in the same desa (another NIK and No KK), both
    UB-6172011001-0001. Before: the same head's name made the laptop's visit overwrite the
    office's usulan. Now refused, saying only the name agrees and what to do; the office's
    rows stay as they were. The same with the same No KK and another name."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    assert _usulan(kantor, OPERATOR_B, "Usman", NIK_USMAN, KK_USMAN) == UB
    assert _usulan(laptop, OPERATOR_A, "USMAN ", NIK_SITI, KK_SITI) == UB
    _catat(laptop, UB, OPERATOR_A, "rumah di tepi sungai", "sekolah di SDN 1")
    buku = _ekspor(laptop, "laptop_a")
    sebelum = _isi_keluarga(kantor, UB)

    p = _baca(kantor, buku)
    [m] = _lain(p)
    assert m.kolom.endswith("(Nama Kepala Keluarga)"), m.kolom
    assert m.pesan.startswith(
        f"Usulan keluarga baru di workbook ini memakai ID Keluarga yang sama dengan usulan {UB} "
        f"di basis data ini, tetapi hanya nama kepala keluarga yang sama ('USMAN' (desa {DESA})); "
        "NIK kepala keluarga tidak sama atau kosong."), m.pesan
    assert "Usulan di basis data ini dibuat sesudah workbook ini diekspor (atau sesudah " \
        "laptopnya disalin)" in m.pesan
    assert "Bila keluarga lain, masukkan usulan ini di kantor dengan Verifikasi > Usulan " \
        "keluarga baru." in m.pesan
    assert UB not in [k.id_keluarga for k in p.keluarga]
    assert [x.lembar for x in p.masalah if x.jenis == "KELUARGA_LAIN"].count("Data Anggota") == 1
    _terapkan(kantor, p)
    assert _isi_keluarga(kantor, UB) == sebelum

    kk_sama = tmp_path / "kk_sama.xlsx"
    _ubah_baris_usulan(buku, kk_sama, **{"Nama Kepala Keluarga": "Siti Aminah",
                                         "No KK": KK_USMAN})
    [m] = _lain(_baca(kantor, kk_sama))
    assert m.kolom.endswith("(No KK)") and f"tetapi hanya No KK yang sama ({KK_USMAN})" in m.pesan


def test_usulan_laptop_sama_dikenali_dari_nik_atau_dua_isian(tmp_path):
    """The other way: the laptop's row is the office's usulan when its head's NIK agrees, or
    its name and No KK both do, even though the workbook never knew the usulan; applied."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    assert _usulan(kantor, OPERATOR_B, "Usman", NIK_USMAN, KK_USMAN) == UB
    assert _usulan(laptop, OPERATOR_A, "Usman", NIK_SITI, KK_SITI) == UB
    _catat(laptop, UB, OPERATOR_A, "rumah di tepi sungai", "sekolah di SDN 1")
    buku = _ekspor(laptop, "laptop_a")
    for nama, isi in (("nik", {"NIK Kepala Keluarga": NIK_USMAN, "No KK": None}),
                      ("nama_kk", {"NIK Kepala Keluarga": None, "No KK": KK_USMAN})):
        diedit = tmp_path / f"{nama}.xlsx"
        _ubah_baris_usulan(buku, diedit, **isi)
        p = _baca(kantor, diedit)
        assert not _lain(p) and UB in [k.id_keluarga for k in p.keluarga], (nama, p.masalah)
    _terapkan(kantor, p)
    assert _v(kantor, UB).verifikasi.catatan == "rumah di tepi sungai"


def test_usulan_kantor_yang_dikenal_laptop_cukup_dengan_namanya(tmp_path):
    """The office's usulan without NIK or No KK, copied to the laptop and visited there: its
    name together with the workbook having known it (the laptop is a copy taken after it was
    made) is the same family, applied as before."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", None, None) == UB
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    p = _baca(kantor, _ekspor(laptop, "laptop_a"))
    assert not p.masalah and [k.id_keluarga for k in p.keluarga] == [UB]


def _diganti_semua(tmp_path: Path) -> tuple[Path, Path]:
    """The office's usulan (name, NIK, No KK) copied to the laptop and visited there; then its
    name, NIK and No KK all corrected at the office. Returns the office and the laptop's
    workbook."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", NIK_USMAN, KK_USMAN) == UB
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    _koreksi(kantor, UB, nama_kepala="Usman Hakim", nik_kepala="6172010101800011",
             no_kk="6172010101200011")
    return kantor, _ekspor(laptop, "laptop_a")


def test_usulan_kantor_nama_nik_kk_diganti_semua_dikenali_dari_jejak(tmp_path):
    """The office's usulan (name, NIK and No KK) copied to the laptop; afterwards the office
    corrected all three. The laptop's workbook comes back with the old values: recognised from
    the usulan's audit trail since the laptop's copy, and applied, also with the NIK and No KK
    cleared in Excel (the old name with the workbook having known the usulan)."""
    kantor, buku = _diganti_semua(tmp_path)

    p = _baca(kantor, buku)
    assert not p.masalah and [k.id_keluarga for k in p.keluarga] == [UB]
    hanya_nama = tmp_path / "hanya_nama.xlsx"
    asli = _ubah_baris_usulan(buku, hanya_nama, **{"NIK Kepala Keluarga": None, "No KK": None})
    assert (asli["Nama Kepala Keluarga"], asli["NIK Kepala Keluarga"]) == ("Usman", NIK_USMAN)
    p = _baca(kantor, hanya_nama)
    assert not p.masalah and [k.id_keluarga for k in p.keluarga] == [UB]
    _terapkan(kantor, p)
    assert _v(kantor, UB).verifikasi.catatan == "rumah kayu di tepi parit"


def test_usulan_kantor_diganti_semua_workbook_tanpa_waktu_ekspor(tmp_path):
    """The same workbook without its Keterangan sheet: nothing says the workbook held the
    office's usulan, so only the values in force count and the old ones are refused; the
    message says why and what to do (the complete workbook, or the NIK in force typed in the
    row). The complete workbook is applied; the NIK in force typed in the row too."""
    kantor, buku = _diganti_semua(tmp_path)
    tanpa = _tanpa_keterangan(buku)

    p = _baca(kantor, tanpa)
    [m] = _lain(p)
    assert f"di basis data 'Usman Hakim' (desa {DESA})" in m.pesan
    assert "Workbook ini tidak memuat waktu ekspor (lembar Keterangan tidak ada), jadi tidak " \
        "bisa dipastikan usulan ini ikut di workbook ketika diekspor" in m.pesan, m.pesan
    assert f"ketik di baris itu NIK kepala keluarga (atau nama kepala keluarga dan No KK) " \
        f"seperti tercatat di formulir usulan {UB} di basis data ini lalu impor lagi" in m.pesan
    assert UB not in [k.id_keluarga for k in p.keluarga]

    nik_berlaku = tmp_path / "nik_berlaku.xlsx"
    _ubah_baris_usulan(tanpa, nik_berlaku, **{"NIK Kepala Keluarga": "6172010101800011"})
    p = _baca(kantor, nik_berlaku)
    assert not _lain(p) and UB in [k.id_keluarga for k in p.keluarga]
    _terapkan(kantor, p)
    assert _v(kantor, UB).verifikasi.catatan == "rumah kayu di tepi parit"


def test_usulan_dikenal_tetapi_semua_isian_lain_menyebut_nama_berlaku(tmp_path):
    """The laptop knew the office's usulan (no NIK) and its officer retyped the head's name in
    Excel: nothing agrees with what the usulan held. Refused, saying the workbook does hold
    the office's usulan and to type the name in force; with that name it is applied."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", None, None) == UB
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    buku = _ekspor(laptop, "laptop_a")
    lain = tmp_path / "nama_lain.xlsx"
    _ubah_baris_usulan(buku, lain, **{"Nama Kepala Keluarga": "Pak Usman bin Said"})
    [m] = _lain(_baca(kantor, lain))
    assert m.pesan.endswith(
        f"Workbook ini memang memuat usulan {UB} dari basis data ini, tetapi nama kepala "
        "keluarga, NIK, dan No KK di baris ini tidak sama dengan yang dipegang usulan itu sejak "
        "workbook diekspor. Bila ini memang keluarga yang sama (misalnya namanya dibetulkan di "
        "laptop atau di Excel), ketik nama kepala keluarga yang berlaku di basis data ini "
        "('Usman') di baris itu lalu impor lagi"), m.pesan


def test_usulan_dengan_rumus_tanpa_nilai_di_nama_kepala(tmp_path):
    """The office's usulan back from the laptop, its head's name written by a script as a
    formula never calculated: named as such (sheet, row, column, what to do), not as a row
    without a head's name or another family; nothing of it applied."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", None, None) == UB
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    diedit = tmp_path / "rumus_nama.xlsx"
    _ubah_baris_usulan(_ekspor(laptop, "laptop_a"), diedit,
                       **{"Nama Kepala Keluarga": '="Us"&"man"'})
    p = _baca(kantor, diedit)
    [m] = [m for m in p.masalah if m.lembar == "Data Keluarga"]
    assert (m.jenis, m.id_keluarga) == ("RUMUS_TANPA_NILAI", UB)
    assert m.kolom.endswith("(Nama Kepala Keluarga)"), m.kolom
    assert m.pesan.startswith("sel ini berisi rumus yang belum pernah dihitung") \
        and "baris ini tidak diterapkan" in m.pesan, m.pesan
    assert not _lain(p) and UB not in [k.id_keluarga for k in p.keluarga]
    assert p.rumus_tanpa_nilai and p.rumus_tanpa_nilai[0][0] == "Data Keluarga"
