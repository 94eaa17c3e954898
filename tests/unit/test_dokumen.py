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
from tests.unit.ekspor_data import OPERATOR, VERIFIKATOR, buat_templat, salin


@pytest.fixture(scope="session")
def templat(tmp_path_factory, berkas_demo_2023):
    return buat_templat(tmp_path_factory.mktemp("templat_dokumen"), berkas_demo_2023)


@pytest.fixture
def db_v(templat, tmp_path):
    basis = sdb.buka(salin(templat[0], tmp_path / "uji.db"))
    basis.peran = dict(templat[1])
    yield basis
    basis.close()


def _desa(db, idk: str) -> str:
    return db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                      [idk]).fetchone()[0]


def _teks(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_berita_acara_sama_dengan_basis_data(db_v):
    kode = _desa(db_v, db_v.peran["aneh"])
    dok = dokumen.berita_acara(db_v, dokumen.OpsiBeritaAcara(
        kode, nomor="140/7/BA/2026", tanggal=dt.date(2026, 11, 23), tempat="Aula Kelurahan",
        nama_kepala_desa="H. Syarif"), VERIFIKATOR)
    keluarga = db_v.execute(
        "SELECT count(*), sum((SELECT count(*) FROM anggota a WHERE a.id_keluarga = "
        "k.id_keluarga)) FROM keluarga k WHERE kode_kemdagri = ?", [kode]).fetchone()
    assert dok.jumlah_keluarga == keluarga[0]
    teks = _teks(dok.html)
    assert "BERITA ACARA" in teks and "140/7/BA/2026" in teks
    assert "Senin tanggal 23 bulan November tahun 2026" in teks
    assert f"Jumlah {keluarga[0]} {keluarga[1]}" in teks  # both count tables add up
    for (n,) in db_v.execute("SELECT count(*) FROM keluarga k JOIN verifikasi_keluarga v "
                             "USING (id_keluarga) WHERE kode_kemdagri = ? AND "
                             "status_verifikasi = 'DITEMUKAN'", [kode]):
        assert re.search(rf"Ditemukan {n} \d+", teks)
    assert dok.html.count("<tr><td class='angka'>") == keluarga[0]
    assert "( H. Syarif )" in teks and "Operator" in teks and "Verifikator" in teks
    # a name that looks like a formula or markup is text, not HTML
    assert "=HYPERLINK(&quot;http://contoh.invalid&quot;" in dok.html
    [c] = db_v.query("SELECT * FROM audit_log WHERE aksi = 'CETAK_BERITA_ACARA'")
    assert c["id_rekaman"] == kode and c["pengguna"] == "Budi"


def test_html_tidak_bisa_disusupi(db_v):
    idk = db_v.peran["belum"]
    data = sv.muat(db_v, idk)
    sv.simpan(db_v, idk, VERIFIKATOR, data.verifikasi, data.versi,
              koreksi={"nama_kepala": "<img src=x> Budi & Ani"})
    dok = dokumen.daftar_kunjungan(db_v, dokumen.OpsiDaftarKunjungan(_desa(db_v, idk)),
                                   VERIFIKATOR)
    assert "&lt;img src=x&gt; Budi &amp; Ani" in dok.html and "<img" not in dok.html


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
    for idk in ids:
        assert f"ID {idk}" in dok.html
    assert "Dikembalikan:" in dok.html and "Tanggal kunjungan salah" in dok.html
    assert not re.search(r"\d{16}", dok.html)  # NIKs masked
    assert re.search(r"\d{6}\*{6}\d{4}", dok.html)
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


def test_perintah_document_menulis_pdf(templat, tmp_path):
    path_db = salin(templat[0], tmp_path / "uji.db")
    with sdb.terbuka(path_db) as db:
        kode = _desa(db, templat[1]["pertama"])
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
