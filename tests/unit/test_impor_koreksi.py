"""Re-import of a provincial workbook corrected in a spreadsheet program: preview, rules, apply
through the storage verification API, audit, nothing else touched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor, impor_koreksi
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.berkas_uji import libreoffice_simpan_ulang
from tests.conftest import cuplikan
from tests.unit.ekspor_data import VERIFIKATOR, salin


@pytest.fixture
def db_v(templat_ekspor, tmp_path_factory):
    path = salin(templat_ekspor[0], tmp_path_factory.mktemp("db") / "uji.db")
    basis = sdb.buka(path)
    basis.peran = dict(templat_ekspor[1])
    yield basis
    basis.close()


def _ekspor(db, folder: Path, **kw) -> Path:
    path = folder / "provinsi.xlsx"
    ekspor.ekspor(db, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="Koreksi provinsi", **kw),
                  VERIFIKATOR)
    return path


class _Buku:
    """The Data Keluarga sheet of an exported workbook, edited the way a user would."""

    def __init__(self, path: Path):
        self.wb = openpyxl.load_workbook(path)
        self.ws = self.wb["Data Keluarga"]
        self.kolom = {c.value: c.column for c in self.ws[1]}
        self.baris = {self.ws.cell(r, 1).value: r for r in range(2, self.ws.max_row + 1)}

    def isi(self, idk: str, kolom: str, nilai) -> int:
        r = self.baris[idk]
        self.ws.cell(r, self.kolom[kolom]).value = nilai
        return r

    def simpan(self, path: Path) -> Path:
        self.wb.save(path)
        return path


def _versi_verifikasi(db) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in db.execute("SELECT * FROM verifikasi_keluarga")}


def test_tanpa_perubahan_tidak_ada_yang_berubah(db_v, tmp_path):
    path = _ekspor(db_v, tmp_path)
    sebelum = cuplikan(db_v)
    pratinjau = impor_koreksi.baca(db_v, path, VERIFIKATOR)
    n = db_v.execute("SELECT count(*) FROM keluarga").fetchone()[0]
    assert pratinjau.baris_dibaca == n
    assert pratinjau.keluarga == [] and pratinjau.masalah == []
    assert pratinjau.tanpa_perubahan == n
    assert cuplikan(db_v) == sebelum


def test_perubahan_dipratinjau_lalu_diterapkan(db_v, tmp_path):
    peran = db_v.peran
    buku = _Buku(_ekspor(db_v, tmp_path))
    belum, pertama = peran["belum"], peran["pertama"]
    buku.isi(belum, "Status verifikasi", "Ditemukan")
    buku.isi(belum, "Kelayakan", "Layak dengan intervensi")
    buku.isi(belum, "Tanggal kunjungan", dt.datetime(2026, 11, 21))
    buku.isi(belum, "Nama verifikator", "Siti")
    buku.isi(belum, "Nomor BA musdes", 12)  # typed as a number in the spreadsheet
    buku.isi(pertama, "Catatan", "  Rumah panggung\r\nDekat sungai  ")
    buku.isi(pertama, "Kelayakan", "LAYAK_INTERVENSI")  # a code is accepted as well as a label
    path = buku.simpan(tmp_path / "dikoreksi.xlsx")

    sebelum = cuplikan(db_v)
    pratinjau = impor_koreksi.baca(db_v, path, VERIFIKATOR)
    assert cuplikan(db_v) == sebelum  # reading writes nothing
    assert pratinjau.masalah == []
    per_id = {k.id_keluarga: k for k in pratinjau.keluarga}
    assert set(per_id) == {belum, pertama}
    assert {(p.field, p.lama, p.baru) for p in per_id[belum].perubahan} == {
        ("status_verifikasi", "BELUM", "DITEMUKAN"),
        ("kelayakan", None, "LAYAK_INTERVENSI"),
        ("tanggal_kunjungan", None, "2026-11-21"),
        ("nama_verifikator", None, "Siti"),
        ("no_musdes", None, "12"),
    }
    lama_kelayakan = sv.muat(db_v, pertama).verifikasi.kelayakan
    assert {(p.field, p.baru) for p in per_id[pertama].perubahan} == {
        ("catatan", "Rumah panggung\nDekat sungai"), ("kelayakan", "LAYAK_INTERVENSI")}
    tanggal = next(p for p in per_id[belum].perubahan if p.field == "tanggal_kunjungan")
    assert tanggal.teks(tanggal.baru) == "21/11/2026" and tanggal.kolom == "Tanggal kunjungan"
    assert pratinjau.jumlah_perubahan == 7
    assert "2 keluarga berubah (7 isian)" in pratinjau.pesan()

    dipanggil = []
    hasil = impor_koreksi.terapkan(
        db_v, pratinjau, VERIFIKATOR,
        sebelum_menulis=lambda d: dipanggil.append(d) or tmp_path / "c.db")
    assert dipanggil == [db_v] and hasil.cadangan == tmp_path / "c.db"
    assert sorted(hasil.diterapkan) == sorted([belum, pertama]) and hasil.gagal == []
    v = sv.muat(db_v, belum).verifikasi
    assert (v.status_verifikasi, v.kelayakan, v.tanggal_kunjungan, v.nama_verifikator,
            v.no_musdes) == ("DITEMUKAN", "LAYAK_INTERVENSI", "2026-11-21", "Siti", "12")
    assert sv.muat(db_v, pertama).verifikasi.kelayakan != lama_kelayakan
    # audited through the verification API, with the workbook named as the reason
    riwayat = audit.riwayat_keluarga(db_v, belum)
    assert {r["kolom"] for r in riwayat} >= {"status_verifikasi", "kelayakan", "no_musdes"}
    assert {r["alasan"] for r in riwayat} == {"Impor ulang workbook dikoreksi.xlsx"}
    [batch] = db_v.query("SELECT * FROM audit_log WHERE aksi = 'IMPOR_KOREKSI'")
    assert '"diterapkan": 2' in batch["keterangan"] and pratinjau.sha256 in batch["keterangan"]
    assert audit.periksa_rantai(db_v) == []
    # nothing else changed: source tables identical, other families' verification identical
    sesudah = cuplikan(db_v)
    for tabel in ("keluarga", "anggota", "verifikasi_anggota", "wilayah"):
        assert sesudah[tabel] == sebelum[tabel], tabel
    lama_v = {r[0]: r for r in sebelum["verifikasi_keluarga"]}
    baru_v = {r[0]: r for r in sesudah["verifikasi_keluarga"]}
    assert {k for k in lama_v if lama_v[k] != baru_v[k]} == {belum, pertama}


def test_baris_yang_melanggar_aturan_didaftar_tidak_diterapkan(db_v, tmp_path):
    peran = db_v.peran
    buku = _Buku(_ekspor(db_v, tmp_path))
    ids = list(buku.baris)
    pertama, belum = peran["pertama"], peran["belum"]
    r_tl = buku.isi(pertama, "Kelayakan", "Tidak layak")  # reason missing
    r_ngawur = buku.isi(ids[40], "Status verifikasi", "Mungkin")
    r_ajukan = buku.isi(peran["diajukan"], "Catatan", "diubah di Excel")
    r_setuju = buku.isi(ids[41], "Persetujuan", "Disetujui")
    r_tgl = buku.isi(ids[42], "Tanggal kunjungan", "31/02/2026")
    buku.isi(belum, "Nama verifikator", "Siti")  # valid on its own: applied
    akhir = buku.ws.max_row
    buku.ws.cell(akhir + 1, 1).value = "6172999999999"
    buku.ws.cell(akhir + 1, buku.kolom["Status verifikasi"]).value = "Ditemukan"
    for c in range(1, buku.ws.max_column + 1):  # a copied row: the same ID twice
        buku.ws.cell(akhir + 2, c).value = buku.ws.cell(buku.baris[ids[43]], c).value
    buku.ws.cell(akhir + 3, buku.kolom["Catatan"]).value = "baris tanpa ID"
    path = buku.simpan(tmp_path / "salah.xlsx")

    pratinjau = impor_koreksi.baca(db_v, path, VERIFIKATOR)
    assert [k.id_keluarga for k in pratinjau.keluarga] == [belum]
    pesan = {(m.baris, m.id_keluarga): m for m in pratinjau.masalah}
    assert "Alasan tidak layak wajib diisi" in pesan[(r_tl, pertama)].pesan
    ngawur = pesan[(r_ngawur, ids[40])]
    assert "Mungkin" in ngawur.pesan and ngawur.kolom.endswith("(Status verifikasi)")
    assert ngawur.kolom.split()[0] == openpyxl.utils.get_column_letter(
        buku.kolom["Status verifikasi"])
    assert "Diajukan tidak bisa diubah" in pesan[(r_ajukan, peran["diajukan"])].pesan
    assert "Ajukan/Setujui" in pesan[(r_setuju, ids[41])].pesan
    assert "bukan tanggal" in pesan[(r_tgl, ids[42])].pesan
    assert "tidak ada di basis data" in pesan[(akhir + 1, "6172999999999")].pesan
    assert "lebih dari sekali" in pesan[(akhir + 2, ids[43])].pesan
    assert "lebih dari sekali" in pesan[(buku.baris[ids[43]], ids[43])].pesan
    assert "ID Keluarga kosong" in pesan[(akhir + 3, None)].pesan
    teks = ngawur.teks()
    assert teks.startswith(f"Lembar Data Keluarga baris {r_ngawur}, kolom ")

    sebelum = _versi_verifikasi(db_v)
    hasil = impor_koreksi.terapkan(db_v, pratinjau, VERIFIKATOR)
    assert hasil.diterapkan == [belum]
    sesudah = _versi_verifikasi(db_v)
    assert {k for k in sebelum if sebelum[k] != sesudah[k]} == {belum}


def test_operator_di_luar_wilayah(db_v, tmp_path):
    buku = _Buku(_ekspor(db_v, tmp_path))
    idk = db_v.peran["belum"]
    kode = db_v.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                        [idk]).fetchone()[0]
    buku.isi(idk, "Nama verifikator", "Siti")
    path = buku.simpan(tmp_path / "x.xlsx")
    lain = "617205" if not kode.startswith("617205") else "617201"
    pratinjau = impor_koreksi.baca(db_v, path, Pengguna("Ani", Peran.OPERATOR, (lain,)))
    assert pratinjau.keluarga == []
    [m] = pratinjau.masalah
    assert "tidak berwenang" in m.pesan
    assert [k.id_keluarga for k in impor_koreksi.baca(
        db_v, path, Pengguna("Ani", Peran.OPERATOR, (kode[:6],))).keluarga] == [idk]


def test_diubah_orang_lain_setelah_pratinjau(db_v, tmp_path):
    peran = db_v.peran
    buku = _Buku(_ekspor(db_v, tmp_path))
    buku.isi(peran["belum"], "Nama verifikator", "Siti")
    buku.isi(peran["pertama"], "Nama verifikator", "Siti")
    pratinjau = impor_koreksi.baca(db_v, buku.simpan(tmp_path / "x.xlsx"), VERIFIKATOR)
    data = sv.muat(db_v, peran["pertama"])
    sv.simpan(db_v, peran["pertama"], VERIFIKATOR, data.verifikasi, data.versi,
              koreksi={"alamat": "Jl. Baru 2"})
    hasil = impor_koreksi.terapkan(db_v, pratinjau, VERIFIKATOR)
    assert hasil.diterapkan == [peran["belum"]]
    [m] = hasil.gagal
    assert m.id_keluarga == peran["pertama"] and "sudah diubah" in m.pesan
    assert sv.muat(db_v, peran["pertama"]).verifikasi.nama_verifikator == "Ani"


def test_batal_saat_menerapkan_mengembalikan_semua(db_v, tmp_path):
    buku = _Buku(_ekspor(db_v, tmp_path))
    for (idk,) in db_v.execute("SELECT id_keluarga FROM verifikasi_keluarga "
                               "WHERE status_verifikasi = 'BELUM' ORDER BY 1 LIMIT 10"):
        buku.isi(idk, "Catatan", "dicek ulang")
    pratinjau = impor_koreksi.baca(db_v, buku.simpan(tmp_path / "x.xlsx"), VERIFIKATOR)
    assert len(pratinjau.keluarga) == 10
    sebelum = cuplikan(db_v)
    with pytest.raises(impor_koreksi.Dibatalkan):
        impor_koreksi.terapkan(db_v, pratinjau, VERIFIKATOR, dibatalkan=lambda: True)
    assert cuplikan(db_v) == sebelum
    hasil = impor_koreksi.terapkan(db_v, pratinjau, VERIFIKATOR,
                                   pilihan=[pratinjau.keluarga[0].id_keluarga])
    assert hasil.diterapkan == [pratinjau.keluarga[0].id_keluarga]


def test_workbook_terenkripsi(db_v, tmp_path):
    path = _ekspor(db_v, tmp_path, kata_sandi="rahasia-Prov1")
    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match="dilindungi kata sandi"):
        impor_koreksi.baca(db_v, path, VERIFIKATOR)
    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match="Kata sandi salah"):
        impor_koreksi.baca(db_v, path, VERIFIKATOR, kata_sandi="salah-sandi")
    pratinjau = impor_koreksi.baca(db_v, path, VERIFIKATOR, kata_sandi="rahasia-Prov1")
    assert pratinjau.keluarga == [] and pratinjau.baris_dibaca > 100
    assert list(tmp_path.iterdir()) == [path]  # the decrypted copy is gone


def test_bukan_workbook_provinsi(db_v, tmp_path):
    rekap = tmp_path / "rekap.xlsx"
    ekspor.ekspor(db_v, ekspor.OpsiEkspor(rekap), VERIFIKATOR)
    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match="tidak punya lembar"):
        impor_koreksi.baca(db_v, rekap, VERIFIKATOR)
    acak = tmp_path / "acak.xlsx"
    acak.write_bytes(b"PK\x03\x04 bukan zip yang utuh")
    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match=r"acak\.xlsx"):
        impor_koreksi.baca(db_v, acak, VERIFIKATOR)
    wb = openpyxl.Workbook()
    wb.active.title = "Data Keluarga"
    wb.active.append(["Nomor", "Nama"])
    wb.save(tmp_path / "lain.xlsx")
    with pytest.raises(impor_koreksi.KesalahanImporKoreksi, match="ID Keluarga P3KE"):
        impor_koreksi.baca(db_v, tmp_path / "lain.xlsx", VERIFIKATOR)


@pytest.mark.slow
def test_workbook_disimpan_ulang_oleh_libreoffice(db_v, tmp_path):
    peran = db_v.peran
    buku = _Buku(_ekspor(db_v, tmp_path))
    buku.isi(peran["belum"], "Status verifikasi", "Tidak ditemukan")
    buku.isi(peran["belum"], "Tanggal kunjungan", dt.datetime(2026, 11, 18))
    buku.isi(peran["belum"], "Nama verifikator", "Siti")
    diedit = buku.simpan(tmp_path / "diedit.xlsx")
    pratinjau = impor_koreksi.baca(db_v, libreoffice_simpan_ulang(diedit, tmp_path), VERIFIKATOR)
    assert pratinjau.masalah == []
    [k] = pratinjau.keluarga
    assert {(p.field, p.baru) for p in k.perubahan} == {
        ("status_verifikasi", "TIDAK_DITEMUKAN"), ("tanggal_kunjungan", "2026-11-18"),
        ("nama_verifikator", "Siti")}


def test_perubahan_anggota_dari_lembar_data_anggota(db_v, tmp_path):
    peran = db_v.peran
    path = _ekspor(db_v, tmp_path, nik_penuh=True)
    assert impor_koreksi.baca(db_v, path, VERIFIKATOR).keluarga == []  # unchanged: nothing
    idk, lain = peran["belum"], peran["pertama"]
    anggota = sv.muat(db_v, idk).anggota
    a0, a1 = anggota[0], anggota[-1]
    nik_baru = a0["nik"][:-4] + ("0007" if a0["nik"][-4:] != "0007" else "0006")
    wb = openpyxl.load_workbook(path)
    ws = wb["Data Anggota"]
    kolom = {c.value: c.column for c in ws[1]}
    baris = {ws.cell(r, kolom["ID Individu"]).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(baris[a0["id_individu"]], kolom["Status anggota"]).value = "Meninggal"
    ws.cell(baris[a0["id_individu"]], kolom["NIK perbaikan"]).value = nik_baru
    ws.cell(baris[a1["id_individu"]], kolom["Catatan anggota"]).value = "Bekerja di Malaysia"
    a_lain = sv.muat(db_v, lain).anggota[0]
    ws.cell(baris[a_lain["id_individu"]], kolom["Status anggota"]).value = "Hilang"
    ws.cell(baris[a_lain["id_individu"]], kolom["NIK perbaikan"]).value = "12345"
    wb.save(path)

    pratinjau = impor_koreksi.baca(db_v, path, VERIFIKATOR)
    [k] = pratinjau.keluarga
    assert k.id_keluarga == idk
    assert {(p.id_individu, p.field, p.lama, p.baru) for p in k.perubahan} == {
        (a0["id_individu"], "status_anggota", "ADA", "MENINGGAL"),
        (a0["id_individu"], "nik_perbaikan", None, nik_baru),
        (a1["id_individu"], "catatan", None, "Bekerja di Malaysia")}
    ubah = next(p for p in k.perubahan if p.field == "status_anggota")
    assert ubah.kolom == f"Status anggota ({a0['nama']})" and ubah.teks(ubah.baru) == "Meninggal"
    assert ubah.baris == baris[a0["id_individu"]]
    masalah = [m for m in pratinjau.masalah if m.id_keluarga == lain]
    assert {m.lembar for m in masalah} == {"Data Anggota", "Data Keluarga"}
    assert any("Hilang" in m.pesan for m in masalah)
    assert any("16 digit" in m.pesan for m in masalah)
    assert any(m.teks().startswith("Lembar Data Anggota baris") for m in masalah)

    hasil = impor_koreksi.terapkan(db_v, pratinjau, VERIFIKATOR)
    assert hasil.diterapkan == [idk]
    sesudah = {a["id_individu"]: a for a in sv.muat(db_v, idk).anggota}
    assert sesudah[a0["id_individu"]]["status_anggota"] == "MENINGGAL"
    assert sesudah[a0["id_individu"]]["nik_perbaikan"] == nik_baru
    assert sesudah[a0["id_individu"]]["nik"] == a0["nik"]  # the source NIK is kept
    assert sesudah[a1["id_individu"]]["catatan"] == "Bekerja di Malaysia"
    assert all(a["status_anggota"] == "ADA" for a in sv.muat(db_v, lain).anggota[:1])
    riwayat = audit.riwayat_keluarga(db_v, idk)
    assert any(r["tabel"] == "verifikasi_anggota" and r["kolom"] == "nik_perbaikan"
               and r["nilai_baru"] == nik_baru for r in riwayat)


def test_pindah_ke_teks_bebas_tidak_dirusak(db_v, tmp_path):
    """'Pindah ke' is an address or a region code, not an identifier: an unchanged address
    ('Kab. Kubu Raya') is no change, a region code typed as a number stays its digits."""
    from kalbar_desktop.domain.status import Verifikasi

    idk = db_v.peran["belum"]
    v = Verifikasi(status_verifikasi="PINDAH", pindah_ke="Kab. Kubu Raya",
                   tanggal_kunjungan="2026-11-20", nama_verifikator="Darto")
    sv.simpan(db_v, idk, VERIFIKATOR, v, sv.muat(db_v, idk).versi)
    path = _ekspor(db_v, tmp_path)
    pratinjau = impor_koreksi.baca(db_v, path, VERIFIKATOR)
    assert [u for k in pratinjau.keluarga for u in k.perubahan if u.field == "pindah_ke"] == []
    buku = _Buku(path)
    buku.isi(idk, "Pindah ke", 6112030001)  # a desa code typed as a number
    pratinjau = impor_koreksi.baca(db_v, buku.simpan(tmp_path / "kode.xlsx"), VERIFIKATOR)
    ubah = [u for k in pratinjau.keluarga for u in k.perubahan if u.field == "pindah_ke"]
    assert [(u.lama, u.baru) for u in ubah] == [("Kab. Kubu Raya", "6112030001")]
