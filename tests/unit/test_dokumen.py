"""The printed documents of one desa: content equals the database, names escaped, NIK masked,
permission and audit; the console command renders a real PDF (read back with pdftotext)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import dokumen
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.unit.ekspor_data import OPERATOR, VERIFIKATOR, salin


@pytest.fixture
def db_v(templat_ekspor, tmp_path):
    basis = sdb.buka(salin(templat_ekspor[0], tmp_path / "uji.db"))
    basis.peran = dict(templat_ekspor[1])
    yield basis
    basis.close()


def _desa(db, idk: str) -> str:
    return db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                      [idk]).fetchone()[0]


def _teks(dok: dokumen.Dokumen) -> str:
    return re.sub(r"\s+", " ", dok.teks_polos())


def test_berita_acara_sama_dengan_basis_data(db_v):
    kode = _desa(db_v, db_v.peran["aneh"])
    dok = dokumen.berita_acara(db_v, dokumen.OpsiBeritaAcara(
        kode, nomor="140/7/BA/2026", tanggal=dt.date(2026, 11, 23), tempat="Aula Kelurahan",
        nama_kepala_desa="H. Syarif"), VERIFIKATOR)
    keluarga = db_v.execute(
        "SELECT count(*), sum((SELECT count(*) FROM anggota a WHERE a.id_keluarga = "
        "k.id_keluarga)) FROM keluarga k WHERE kode_kemdagri = ?", [kode]).fetchone()
    assert dok.jumlah_keluarga == keluarga[0]
    teks = _teks(dok)
    assert "BERITA ACARA" in teks and "140/7/BA/2026" in teks
    assert "Senin tanggal 23 bulan November tahun 2026" in teks
    assert f"Jumlah | {keluarga[0]} | {keluarga[1]}" in teks  # both count tables add up
    assert teks.count(f"Jumlah | {keluarga[0]} | {keluarga[1]}") == 2
    for (n,) in db_v.execute("SELECT count(*) FROM keluarga k JOIN verifikasi_keluarga v "
                             "USING (id_keluarga) WHERE kode_kemdagri = ? AND "
                             "status_verifikasi = 'DITEMUKAN'", [kode]):
        assert re.search(rf"Ditemukan \| {n} \| \d+", teks)
    [daftar] = [b for b in dok.blok if isinstance(b, dokumen.Tabel) and len(b.kolom) == 10]
    assert len(daftar.baris) == keluarga[0]
    assert "( H. Syarif )" in teks and "Operator" in teks and "Verifikator" in teks
    assert '=HYPERLINK("http://contoh.invalid","klik")' in teks  # kept as written
    [c] = db_v.query("SELECT * FROM audit_log WHERE aksi = 'CETAK_BERITA_ACARA'")
    assert c["id_rekaman"] == kode and c["pengguna"] == "Budi"


def test_teks_dicetak_apa_adanya_bukan_markup(db_v, tmp_path):
    from kalbar_desktop.ui import cetak

    idk = db_v.peran["belum"]
    data = sv.muat(db_v, idk)
    sv.simpan(db_v, idk, VERIFIKATOR, data.verifikasi, data.versi,
              koreksi={"nama_kepala": "<b>Budi</b> & Ani"})
    dok = dokumen.daftar_kunjungan(db_v, dokumen.OpsiDaftarKunjungan(_desa(db_v, idk)),
                                   VERIFIKATOR)
    pdf = cetak.tulis_pdf(dok, tmp_path / "dk.pdf")
    teks = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "<b>Budi</b> & Ani" in teks


def test_pdf_dibatalkan_tidak_meninggalkan_berkas(db_v, tmp_path):
    from kalbar_desktop.ui import cetak

    dok = dokumen.daftar_kunjungan(db_v, dokumen.OpsiDaftarKunjungan(
        _desa(db_v, db_v.peran["pertama"]), semua=True), VERIFIKATOR)
    with pytest.raises(cetak.Dibatalkan):
        cetak.tulis_pdf(dok, tmp_path / "dk.pdf", dibatalkan=lambda: True)
    assert not list(tmp_path.glob("*dk.pdf*"))  # neither the PDF nor its temporary file


def test_daftar_kunjungan_yang_belum_dan_dikembalikan_nik_tersamar(db_v):
    peran = db_v.peran
    kode = _desa(db_v, peran["dikembalikan"])
    dok = dokumen.daftar_kunjungan(db_v, dokumen.OpsiDaftarKunjungan(kode, nama_petugas="Ani"),
                                   OPERATOR)
    ids = {r[0] for r in db_v.execute(
        "SELECT id_keluarga FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga) "
        "WHERE kode_kemdagri = ? AND (status_verifikasi = 'BELUM' OR persetujuan = "
        "'DIKEMBALIKAN')", [kode])}
    assert dok.jumlah_keluarga == len(ids)
    teks = dok.teks_polos()
    for idk in ids:
        assert f"ID {idk}" in teks
    assert "Dikembalikan: Tanggal kunjungan salah" in teks
    assert not re.search(r"\d{16}", teks)  # NIKs masked
    assert re.search(r"\d{6}\*{6}\d{4}", teks)
    semua = dokumen.daftar_kunjungan(db_v, dokumen.OpsiDaftarKunjungan(kode, semua=True),
                                     OPERATOR)
    n = db_v.execute("SELECT count(*) FROM keluarga WHERE kode_kemdagri = ?",
                     [kode]).fetchone()[0]
    assert semua.jumlah_keluarga == n > dok.jumlah_keluarga
    assert db_v.execute("SELECT count(*) FROM audit_log WHERE aksi = "
                        "'CETAK_DAFTAR_KUNJUNGAN'").fetchone()[0] == 2


@pytest.mark.parametrize("kode, pengguna, pesan", [
    ("61720", VERIFIKATOR, "tidak sah"),
    ("6172059999", VERIFIKATOR, "Tidak ada keluarga"),
    ("6172011001", Pengguna("Ani", Peran.OPERATOR, ("617205",)), "tidak berwenang"),
])
def test_dokumen_ditolak(db_v, kode, pengguna, pesan):
    with pytest.raises(dokumen.KesalahanDokumen, match=pesan):
        dokumen.berita_acara(db_v, dokumen.OpsiBeritaAcara(kode), pengguna)
    assert db_v.execute("SELECT count(*) FROM audit_log WHERE aksi LIKE 'CETAK%'"
                        ).fetchone()[0] == 0


def test_perintah_document_menulis_pdf(templat_ekspor, tmp_path):
    path_db = salin(templat_ekspor[0], tmp_path / "uji.db")
    with sdb.terbuka(path_db) as db:
        kode = _desa(db, templat_ekspor[1]["pertama"])
    pdf = tmp_path / "ba.pdf"
    hasil = CliRunner().invoke(main, [
        "--db", str(path_db), "document", "berita-acara", str(pdf), "--desa", kode,
        "--nomor", "12/BA/2026", "--tanggal", "23/11/2026", "--kepala-desa", "H. Syarif",
        "--user", "Budi"], catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "BERITA ACARA" in teks and "12/BA/2026" in teks and "H. Syarif" in teks
    assert "23 November 2026" in teks
    dk = tmp_path / "dk.pdf"
    hasil = CliRunner().invoke(main, ["--db", str(path_db), "document", "daftar-kunjungan",
                                      str(dk), "--desa", kode, "--semua", "--user", "Budi"],
                               catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output
    assert "DAFTAR KUNJUNGAN" in subprocess.run(
        ["pdftotext", str(dk), "-"], capture_output=True, text=True, check=True).stdout
    salah = CliRunner().invoke(main, ["--db", str(path_db), "document", "berita-acara",
                                      str(tmp_path / "x.pdf"), "--desa", "123", "--user",
                                      "Budi"])
    assert salah.exit_code == 1 and "tidak sah" in salah.output
    assert not (tmp_path / "x.pdf").exists()
