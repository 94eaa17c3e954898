"""A verification day in the field, played through the storage API the window and the console
use, on a desa written with openpyxl: member changes (NIK corrections clashing with other
people, impossible birth-date parts), nobody approving their own work, dates before the data or
from a laptop whose clock is wrong, and two laptops' workbooks re-imported into one office
database."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kalbar_desktop.domain import status
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.exchange import ekspor, impor_koreksi
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan
from tests.lapangan import (
    ANAK,
    ID_KELUARGA,
    ISTRI,
    NIK_ANAK,
    NIK_ISTRI,
    OPERATOR_A,
    OPERATOR_B,
    VERIFIKATOR,
    VERIFIKATOR_2,
    db_desa,
    nik_kepala,
)

HARI_INI = dt.date.today()


@pytest.fixture
def db(tmp_path):
    basis = sdb.buka(db_desa(tmp_path))
    yield basis
    basis.close()


def _ditemukan(**kw) -> Verifikasi:
    return Verifikasi(**{"status_verifikasi": "DITEMUKAN", "kelayakan": "LAYAK",
                         "tanggal_kunjungan": HARI_INI.isoformat(),
                         "nama_verifikator": "Ani", **kw})


def _tolak(db, idk, pengguna=OPERATOR_A, v=None, **kw) -> str:
    sebelum = cuplikan(db)
    with pytest.raises(sv.PerubahanDitolak) as e:
        sv.simpan(db, idk, pengguna, v or _ditemukan(), sv.muat(db, idk).versi, **kw)
    assert cuplikan(db) == sebelum
    return str(e.value)


# -- member changes -------------------------------------------------------------------------
def _nik_ganda(db, id_individu: str) -> list[str]:
    return [t["pesan"] for t in stemuan.temuan_keluarga(db, id_individu[:10])
            if t["aturan"] == "NIK_GANDA" and t["id_individu"] == id_individu]


def test_nik_perbaikan_milik_orang_lain_di_keluarga_ini_disimpan_dengan_temuan(db):
    """A NIK another member holds is saved (the KTP in hand is the evidence) and both people
    get NIK_GANDA naming each other; an impossible date part is still refused."""
    sv.simpan(db, ID_KELUARGA[0], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(ANAK, nik_perbaikan=NIK_ISTRI)])
    nik = {a["id_individu"]: a["nik_perbaikan"] for a in sv.muat(db, ID_KELUARGA[0]).anggota}
    assert nik[ANAK] == NIK_ISTRI
    assert _nik_ganda(db, ANAK) == [f"NIK {NIK_ISTRI} juga dipakai oleh {ID_KELUARGA[0]}/{ISTRI}"]
    assert _nik_ganda(db, ISTRI) == [f"NIK {NIK_ISTRI} juga dipakai oleh {ID_KELUARGA[0]}/{ANAK}"]


def test_nik_perbaikan_milik_orang_di_keluarga_lain_disimpan_dengan_temuan(db):
    kepala4 = f"{ID_KELUARGA[3]}01"
    sv.simpan(db, ID_KELUARGA[0], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(ANAK, nik_perbaikan=nik_kepala(4))])
    assert _nik_ganda(db, ANAK) == [f"NIK {nik_kepala(4)} juga dipakai oleh "
                                    f"{ID_KELUARGA[3]}/{kepala4}"]
    assert _nik_ganda(db, kepala4) == [f"NIK {nik_kepala(4)} juga dipakai oleh "
                                       f"{ID_KELUARGA[0]}/{ANAK}"]
    # a newborn without a NIK is fine
    sv.simpan(db, ID_KELUARGA[1], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(None, data_baru={"nama": "Bayi", "hubungan": "Anak",
                                             "tanggal_lahir": HARI_INI.isoformat()})])
    assert [a["nama"] for a in sv.muat(db, ID_KELUARGA[1]).anggota][-1] == "Bayi"


def test_nik_orang_yang_sudah_pindah_atau_ditukar_boleh(db):
    # NIKs entered swapped between wife and child, corrected in one save: no clash
    sv.simpan(db, ID_KELUARGA[0], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(ANAK, nik_perbaikan=NIK_ISTRI),
        sv.PerubahanAnggota(ISTRI, nik_perbaikan="6172010505100003")])
    nik = {a["id_individu"]: a["nik_perbaikan"] for a in sv.muat(db, ID_KELUARGA[0]).anggota}
    assert nik[ANAK] == NIK_ISTRI and nik[ISTRI] == "6172010505100003"
    # Kepala 3 moved out of family 3 and is the head of family 2 now: his NIK may be used
    sv.simpan(db, ID_KELUARGA[2], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(f"{ID_KELUARGA[2]}01", status_anggota="PINDAH_KELUAR")])
    sv.simpan(db, ID_KELUARGA[1], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(f"{ID_KELUARGA[1]}01", nik_perbaikan=nik_kepala(3))])


def test_anggota_pindah_ke_keluarga_lain_bukan_nik_ganda(db):
    """A child moved out of family 1 and entered in family 2 with the same NIK is one person:
    no NIK_GANDA (a NIK of someone who died, used again, still is one)."""
    sv.simpan(db, ID_KELUARGA[0], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(ANAK, status_anggota="PINDAH_KELUAR")])
    sv.simpan(db, ID_KELUARGA[1], OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(None, data_baru={"nama": "Dodi Anak", "hubungan": "Anak",
                                             "nik": NIK_ANAK})])
    assert _nik_ganda(db, ANAK) == []
    assert not [t for t in stemuan.temuan_keluarga(db, ID_KELUARGA[1])
                if t["aturan"] == "NIK_GANDA"]
    sebelum = list(stemuan.semua_temuan(db))
    stemuan.hitung_ulang_semua(db, saring=False)  # the full query agrees
    assert list(stemuan.semua_temuan(db)) == sebelum
    # the form's live check agrees too
    k = sv.muat(db, ID_KELUARGA[0])
    assert not [t for t in stemuan.periksa_keluarga_sementara(
                db, {**k.nilai, "id_keluarga": ID_KELUARGA[0]}, k.anggota)
                if t.aturan == "NIK_GANDA"]
    sv.simpan(db, ID_KELUARGA[0], OPERATOR_A, _ditemukan(), sv.muat(db, ID_KELUARGA[0]).versi,
              anggota=[sv.PerubahanAnggota(ANAK, status_anggota="MENINGGAL")])
    assert _nik_ganda(db, ANAK) != []


def test_dua_orang_diberi_nik_yang_sama_sekaligus_ditolak(db):
    pesan = _tolak(db, ID_KELUARGA[0], anggota=[
        sv.PerubahanAnggota(ANAK, nik_perbaikan="6172010505100077"),
        sv.PerubahanAnggota(ISTRI, nik_perbaikan="6172010505100077")])
    assert "NIK 6172010505100077 diisi untuk dua orang sekaligus: Dodi Anak dan Siti Istri" \
        in pesan


def test_nik_perbaikan_dengan_tanggal_lahir_mustahil_ditolak(db):
    pesan = _tolak(db, ID_KELUARGA[0], anggota=[
        sv.PerubahanAnggota(ANAK, nik_perbaikan="6172013213100003")])
    assert "NIK 6172013213100003 (Dodi Anak): Bagian tanggal lahir NIK tidak mungkin: 32-13-10" \
        in pesan


def test_kepala_meninggal_temuan_dihitung_ulang(db):
    idk = ID_KELUARGA[0]
    sv.simpan(db, idk, OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(f"{idk}01", status_anggota="MENINGGAL")])
    aturan = {r[0] for r in db.execute("SELECT aturan FROM temuan WHERE id_keluarga = ?",
                                       [idk])}
    assert "KK_TANPA_KEPALA" in aturan


# -- approval -------------------------------------------------------------------------------
def _akun(db) -> None:
    for p in (OPERATOR_A, OPERATOR_B, VERIFIKATOR, VERIFIKATOR_2):
        spengguna.tambah(db, p.nama, p.peran, "Sandi-Kuat-123",
                         wilayah=["6172011001"] if p.peran == "operator" else (),
                         oleh="uji", admin_dulu=False)


def test_tanpa_akun_satu_nama_boleh_mengisi_mengajukan_dan_menyetujui(db):
    """Without accounts a name is typed, not signed in: the issue-4 flow by one person works
    (the demo, a first try)."""
    idk = ID_KELUARGA[0]
    v = sv.simpan(db, idk, VERIFIKATOR, _ditemukan(), 0)
    v = sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.AJUKAN, v)
    sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.SETUJUI, v)
    assert sv.muat(db, idk).verifikasi.persetujuan == "DISETUJUI"


def test_tidak_boleh_menyetujui_pekerjaan_sendiri(db):
    _akun(db)
    idk = ID_KELUARGA[0]
    v = sv.simpan(db, idk, VERIFIKATOR, _ditemukan(), 0)
    v = sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.AJUKAN, v)
    sebelum = cuplikan(db)
    with pytest.raises(sv.PerubahanDitolak) as e:
        sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.SETUJUI, v)
    assert str(e.value) == (
        f"Rina sendiri yang mengajukan keluarga {idk}: pekerjaan sendiri tidak boleh "
        "disetujui sendiri. Persetujuan harus oleh verifikator lain.")
    assert cuplikan(db) == sebelum
    # entered by the verifikator, submitted by an operator: still the verifikator's own work
    idk2 = ID_KELUARGA[1]
    v2 = sv.simpan(db, idk2, VERIFIKATOR, _ditemukan(), 0)
    v2 = sv.ubah_persetujuan(db, idk2, OPERATOR_A, AksiPersetujuan.AJUKAN, v2)
    with pytest.raises(sv.PerubahanDitolak, match="mengisi atau mengoreksi data"):
        sv.ubah_persetujuan(db, idk2, VERIFIKATOR, AksiPersetujuan.SETUJUI, v2)
    # another verifikator may
    sv.ubah_persetujuan(db, idk, VERIFIKATOR_2, AksiPersetujuan.SETUJUI, v)
    sv.ubah_persetujuan(db, idk2, VERIFIKATOR_2, AksiPersetujuan.SETUJUI, v2)


def test_siklus_kembalikan_perbaiki_ajukan_setujui_tercatat(db):
    idk = ID_KELUARGA[2]
    v = sv.simpan(db, idk, OPERATOR_A, _ditemukan(), 0)
    v = sv.ubah_persetujuan(db, idk, OPERATOR_A, AksiPersetujuan.AJUKAN, v)
    v = sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.KEMBALIKAN, v,
                            "Nama verifikator salah")
    assert sv.muat(db, idk).verifikasi.catatan_pengembalian == "Nama verifikator salah"
    v = sv.simpan(db, idk, OPERATOR_A, _ditemukan(nama_verifikator="Ani Lestari"), v)
    v = sv.ubah_persetujuan(db, idk, OPERATOR_A, AksiPersetujuan.AJUKAN, v)
    sv.ubah_persetujuan(db, idk, VERIFIKATOR, AksiPersetujuan.SETUJUI, v)
    langkah = [(r["aksi"], r["pengguna"]) for r in reversed(audit.riwayat_keluarga(db, idk))
               if r["kolom"] in ("persetujuan", "nama_verifikator")]
    assert langkah == [("UBAH", "Ani"), ("AJUKAN", "Ani"), ("KEMBALIKAN", "Rina"),
                       ("UBAH", "Ani"), ("AJUKAN", "Ani"), ("SETUJUI", "Rina")]
    assert all(r["waktu"] for r in audit.riwayat_keluarga(db, idk))


# -- dates ----------------------------------------------------------------------------------
def test_tanggal_kunjungan_sebelum_data_p3ke_ditolak(db):
    pesan = _tolak(db, ID_KELUARGA[0], v=_ditemukan(tanggal_kunjungan="2019-05-01"))
    assert ("Tanggal kunjungan 01-05-2019 lebih awal dari data P3KE yang diverifikasi "
            "(dimutakhirkan 2023)") in pesan


def test_tanggal_kunjungan_masa_depan_menyebut_tanggal_komputer(db):
    hari_ini = dt.date.today()  # not HARI_INI: the suite may pass midnight after the import
    besok = hari_ini + dt.timedelta(days=1)
    pesan = _tolak(db, ID_KELUARGA[0], v=_ditemukan(tanggal_kunjungan=besok.isoformat()))
    assert (f"Tanggal kunjungan {besok:%d-%m-%Y} tidak boleh di masa depan (hari ini menurut "
            f"komputer: {hari_ini:%d-%m-%Y}") in pesan


def test_jam_laptop_salah_tahun_2019():
    # the laptop believes it is 2019 while the data is of 2023: a right visit date would look
    # like the future, and the audit would record 2019; the save is refused naming the clock
    masalah = status.periksa_verifikasi(
        _ditemukan(tanggal_kunjungan="2026-11-20"), "X", hari_ini=dt.date(2019, 6, 1),
        tahun=2023)
    assert [m.pesan for m in masalah] == [
        "Tanggal komputer ini (01-06-2019) lebih awal dari data P3KE keluarga ini "
        "(dimutakhirkan 2023): tanggal/jam komputer salah. Betulkan dulu tanggal komputer "
        "(Pengaturan Windows > Waktu), lalu simpan lagi; jejak audit mencatat waktu dari "
        "komputer."]
    assert status.tahun_data("2023") == 2023 and status.tahun_data(2023.0) == 2023
    assert status.tahun_data("") is None and status.tahun_data("abc") is None


# -- two laptops, one office ----------------------------------------------------------------
def _laptop(kantor, folder, nama):
    path = folder / f"{nama}.db"
    shutil.copy(kantor, path)
    return sdb.buka(path)


def _verifikasi_lalu_ekspor(db, pengguna, ids, folder, nama):
    for i, idk in enumerate(ids):
        sv.simpan(db, idk, pengguna, _ditemukan(nama_verifikator=pengguna.nama,
                                                catatan=f"kunjungan {nama} {i}"), 0)
    path = folder / f"{nama}.xlsx"
    ekspor.ekspor(db, ekspor.OpsiEkspor(path, dengan_nama=True, nik_penuh=True,
                                        alasan="Gabung di kantor"), VERIFIKATOR)
    db.close()
    return path


def test_dua_laptop_setengah_desa_digabung_di_kantor(tmp_path):
    kantor_path = db_desa(tmp_path)
    separuh_a, separuh_b = ID_KELUARGA[:3], ID_KELUARGA[3:]
    wb_a = _verifikasi_lalu_ekspor(_laptop(kantor_path, tmp_path, "laptop_a"), OPERATOR_A,
                                   separuh_a, tmp_path, "laptop_a")
    wb_b = _verifikasi_lalu_ekspor(_laptop(kantor_path, tmp_path, "laptop_b"), OPERATOR_B,
                                   separuh_b, tmp_path, "laptop_b")
    with sdb.terbuka(kantor_path) as kantor:
        for wb, separuh in ((wb_a, separuh_a), (wb_b, separuh_b)):
            p = impor_koreksi.baca(kantor, wb, VERIFIKATOR)
            assert sorted(k.id_keluarga for k in p.keluarga) == separuh
            assert p.masalah == []
            impor_koreksi.terapkan(kantor, p, VERIFIKATOR)
        p_b = impor_koreksi.baca(kantor, wb_b, VERIFIKATOR)
        assert p_b.keluarga == []
        # the second workbook again: it shows the first half unverified, and says it keeps them
        assert sorted(p_b.verifikasi_dipertahankan) == separuh_a
        assert ("3 keluarga masih 'Belum diverifikasi' di workbook tetapi sudah diverifikasi "
                f"di basis data (misalnya {separuh_a[0]}): hasil verifikasi di basis data "
                "dipertahankan, tidak ditimpa.") in p_b.pesan()
        for idk in ID_KELUARGA:
            v = sv.muat(kantor, idk).verifikasi
            assert v.status_verifikasi == "DITEMUKAN", idk
            assert v.nama_verifikator == ("Ani" if idk in separuh_a else "Budi")
        # re-importing the first workbook after the second changes nothing either
        p_a = impor_koreksi.baca(kantor, wb_a, VERIFIKATOR)
        assert p_a.keluarga == [] and sorted(p_a.verifikasi_dipertahankan) == separuh_b


def test_workbook_laptop_lain_dengan_nomor_audit_lebih_besar_tidak_menimpa_kantor(tmp_path):
    """The dangerous order: the laptop writes more audit rows than the office, so the office's
    later change has a lower number than the workbook's marker. Before, it counted as known to
    the workbook and the workbook's older value overwrote it."""
    kantor_path = db_desa(tmp_path)
    with sdb.terbuka(kantor_path) as kantor:  # verified before the laptop took its copy
        sv.simpan(kantor, ID_KELUARGA[2], VERIFIKATOR, _ditemukan(
            nama_verifikator="Rina", catatan="awal"), 0)
    laptop = _laptop(kantor_path, tmp_path, "laptop_c")
    with sdb.terbuka(kantor_path) as kantor:
        sv.simpan(kantor, ID_KELUARGA[2], VERIFIKATOR, _ditemukan(
            nama_verifikator="Rina", catatan="kantor baru"), sv.muat(
                kantor, ID_KELUARGA[2]).versi)
    for i in range(3):  # many rows on the laptop, none about family 3
        sv.simpan(laptop, ID_KELUARGA[4], OPERATOR_B, _ditemukan(
            nama_verifikator="Budi", catatan=f"laptop {i}"), sv.muat(
                laptop, ID_KELUARGA[4]).versi)
    wb = _verifikasi_lalu_ekspor(laptop, OPERATOR_B, [ID_KELUARGA[5]], tmp_path, "laptop_c")
    with sdb.terbuka(kantor_path) as kantor:
        p = impor_koreksi.baca(kantor, wb, VERIFIKATOR)
        assert p.dari_basis_data_lain
        # family 3 as the laptop copied it ('awal', a value it once had here): kept, no conflict
        assert p.masalah == []
        assert sorted(k.id_keluarga for k in p.keluarga) == [ID_KELUARGA[4], ID_KELUARGA[5]]
        impor_koreksi.terapkan(kantor, p, VERIFIKATOR)
        assert sv.muat(kantor, ID_KELUARGA[2]).verifikasi.catatan == "kantor baru"
        assert sv.muat(kantor, ID_KELUARGA[4]).verifikasi.catatan == "laptop 2"
        assert sv.muat(kantor, ID_KELUARGA[5]).verifikasi.catatan == "kunjungan laptop_c 0"


def test_workbook_laptop_lain_tidak_menimpa_isian_kantor(tmp_path):
    """A laptop's workbook (a copy of the office database that went its own way) is told
    apart by the audit marker in Keterangan: a field the office changed keeps its value
    whatever the audit numbers of the two databases; changed in both, the family is refused."""
    kantor_path = db_desa(tmp_path)
    laptop = _laptop(kantor_path, tmp_path, "laptop_b")
    with sdb.terbuka(kantor_path) as kantor:  # the office works on families 1 and 2 first
        for i in range(4):  # many audit rows: the office's numbers run past the laptop's
            sv.simpan(kantor, ID_KELUARGA[0], VERIFIKATOR, _ditemukan(
                nama_verifikator="Rina", catatan=f"kantor {i}"), sv.muat(
                    kantor, ID_KELUARGA[0]).versi)
        sv.simpan(kantor, ID_KELUARGA[1], VERIFIKATOR, _ditemukan(
            nama_verifikator="Rina", catatan="kantor"), 0)
    # the laptop, later: family 2 with another note (a conflict), family 4 (new work)
    sv.simpan(laptop, ID_KELUARGA[1], OPERATOR_B, _ditemukan(
        nama_verifikator="Budi", catatan="laptop"), 0)
    wb = _verifikasi_lalu_ekspor(laptop, OPERATOR_B, [ID_KELUARGA[3]], tmp_path, "laptop_b")
    with sdb.terbuka(kantor_path) as kantor:
        p = impor_koreksi.baca(kantor, wb, VERIFIKATOR)
        assert p.dari_basis_data_lain
        assert impor_koreksi.PERINGATAN_BASIS_LAIN in p.pesan()
        assert [k.id_keluarga for k in p.keluarga] == [ID_KELUARGA[3]]
        konflik = [m for m in p.masalah if m.id_keluarga == ID_KELUARGA[1]]
        assert konflik and {m.jenis for m in konflik} == {"DIUBAH_DI_APLIKASI"}
        assert all("workbook berasal dari basis data lain (laptop lain)" in m.pesan
                   for m in konflik)
        assert any("di basis data 'kantor', di workbook 'laptop'" in m.pesan for m in konflik)
        assert not [m for m in p.masalah if m.id_keluarga == ID_KELUARGA[0]]
        impor_koreksi.terapkan(kantor, p, VERIFIKATOR)
        assert sv.muat(kantor, ID_KELUARGA[0]).verifikasi.catatan == "kantor 3"
        assert sv.muat(kantor, ID_KELUARGA[1]).verifikasi.catatan == "kantor"
        assert sv.muat(kantor, ID_KELUARGA[3]).verifikasi.catatan == "kunjungan laptop_b 0"
        # the office's own export read back into the office: the same database
        sendiri = tmp_path / "kantor.xlsx"
        ekspor.ekspor(kantor, ekspor.OpsiEkspor(sendiri, dengan_nama=True, alasan="Uji kantor"),
                      VERIFIKATOR)
        assert not impor_koreksi.baca(kantor, sendiri, VERIFIKATOR).dari_basis_data_lain


def test_kepala_baru_tercatat_dan_diekspor(db, tmp_path):
    import openpyxl

    idk = ID_KELUARGA[0]
    sv.simpan(db, idk, OPERATOR_A, _ditemukan(), 0, anggota=[
        sv.PerubahanAnggota(f"{idk}01", status_anggota="MENINGGAL"),
        sv.PerubahanAnggota(ISTRI, hubungan="kepala keluarga")])  # read from the code list
    aturan = {r[0] for r in db.execute("SELECT aturan FROM temuan WHERE id_keluarga = ?",
                                       [idk])}
    assert "KK_TANPA_KEPALA" not in aturan
    istri = next(a for a in sv.muat(db, idk).anggota if a["id_individu"] == ISTRI)
    assert (istri["hubungan"], istri["hubungan_sumber"]) == ("Kepala Keluarga", "Istri/Suami")
    assert _tolak(db, idk, anggota=[sv.PerubahanAnggota(ANAK, hubungan="Paman")]).startswith(
        "Hubungan dengan Kepala Keluarga: pilih nilai dari daftar (Paman)")
    path = tmp_path / "desa.xlsx"
    ekspor.ekspor(db, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="Uji kepala baru"),
                  VERIFIKATOR)
    wb = openpyxl.load_workbook(path, read_only=True)
    baris = list(wb["Data Anggota"].iter_rows(values_only=True))
    wb.close()  # a read-only workbook left open warns later, in another test's setup
    kepala = baris[0]
    i_id, i_hub = kepala.index("ID Individu"), kepala.index("Hubungan dengan Kepala Keluarga")
    hubungan = {r[i_id]: r[i_hub] for r in baris[1:]}
    assert hubungan[ISTRI] == "Kepala Keluarga"
    assert hubungan[ANAK] == "Anak"
