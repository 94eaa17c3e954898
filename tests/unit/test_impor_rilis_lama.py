"""An older P3KE release's file imported after a newer one (terima9's finding at stop 22): it
puts the older source values back and marks the newer release's own families as no longer
present, which is right only when the operator meant it. It went through without a word; now
the summary (console, window, audit note) says how many families go back to which release,
that the verification work stays, and what to do if it was a mistake. Files written with the
csv module (``tests/masukan_luar``), imported through the console."""

from __future__ import annotations

from pathlib import Path

from kalbar_desktop.domain import keterangan_jejak as kj
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli

KOL_I = ml.INDIVIDU_2023.index


def _individu(tmp_path: Path, nama: str, tahun: int, nama_depan: str = "") -> Path:
    baris = ml.baris_individu()
    for r in baris:
        r[KOL_I("Dimuktakhirkan Tahun")] = tahun
        r[KOL_I("Nama")] = nama_depan + str(r[KOL_I("Nama")])
    return ml.csv_berkas(tmp_path / f"{nama}.csv", ml.INDIVIDU_2023, baris)


def _impor(db_path: Path, berkas: Path) -> str:
    hasil = cli(db_path, "import", berkas)
    assert hasil.exit_code == 0, hasil.output
    return hasil.output


def _jumlah_keluarga(db_path: Path) -> int:
    with sdb.terbuka(db_path) as db:
        return db.execute("SELECT count(*) FROM keluarga").fetchone()[0]


def test_rilis_lama_setelah_rilis_baru_dikatakan(db_path, tmp_path):
    _impor(db_path, _individu(tmp_path, "baru", 2024, "Baru "))
    n = _jumlah_keluarga(db_path)
    keluaran = _impor(db_path, _individu(tmp_path, "lama", 2023))
    kalimat = str(kj.rilis_lebih_lama(n, "2023", "2024"))
    assert kalimat in " ".join(keluaran.split())
    assert kalimat.startswith(f"{n} keluarga dalam berkas ini sudah diimpor dari rilis P3KE 2024")
    with sdb.terbuka(db_path) as db:  # the older values are in (the sentence tells the truth)
        nama = [r[0] for r in db.execute("SELECT nama FROM anggota")]
        catatan = db.execute("SELECT keterangan FROM audit_log WHERE aksi = 'IMPOR' "
                             "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert nama and not any(x.startswith("Baru ") for x in nama)
    assert kalimat in catatan
    # read back from the stored note as its sentence, so the English window translates it
    dibaca = kj.urai(catatan)
    assert any(getattr(b, "templat", None) == kalimat_templat()
               for b in dibaca.argumen["ringkasan"].bagian)


def kalimat_templat() -> str:
    return kj.rilis_lebih_lama(0, "", "").templat


def test_rilis_baru_setelah_rilis_lama_tidak_berkata_apa_pun(db_path, tmp_path):
    _impor(db_path, _individu(tmp_path, "lama", 2023))
    keluaran = _impor(db_path, _individu(tmp_path, "baru", 2024, "Baru "))
    assert "rilis P3KE" not in keluaran
    # the same release again (another spelling of the names) says nothing either
    keluaran = _impor(db_path, _individu(tmp_path, "baru2", 2024, "Lagi "))
    assert "rilis P3KE" not in keluaran


def test_berkas_tanpa_rilis_tidak_dibandingkan(db_path, tmp_path):
    """A file that carries no release (no Dimuktakhirkan Tahun) is not called older."""
    _impor(db_path, _individu(tmp_path, "baru", 2024))
    baris = ml.baris_individu()
    for r in baris:
        r[KOL_I("Dimuktakhirkan Tahun")] = ""
        r[KOL_I("Nama")] = "X " + str(r[KOL_I("Nama")])
    keluaran = _impor(db_path, ml.csv_berkas(tmp_path / "tanpa.csv", ml.INDIVIDU_2023, baris))
    assert "rilis P3KE" not in keluaran


def test_konsol_memperingatkan_sebelum_menulis(db_path, tmp_path):
    """The console says it on stderr before the summary (a script's log shows it even when
    the output is thrown away), once, and the import still goes through."""
    _impor(db_path, _individu(tmp_path, "baru", 2024, "Baru "))
    n = _jumlah_keluarga(db_path)
    hasil = cli(db_path, "import", _individu(tmp_path, "lama", 2023))
    assert hasil.exit_code == 0, hasil.output
    apa = (f"{n} keluarga dalam berkas ini sudah diimpor dari rilis P3KE 2024, lebih baru "
           "daripada berkas ini (rilis 2023)")
    assert hasil.stderr.count("Peringatan: ") == 1
    assert f"Peringatan: {apa}; impor ini mengembalikan" in " ".join(hasil.stderr.split())
    assert hasil.output.index("Peringatan: ") < hasil.output.index("Impor selesai")


def test_tolak_rilis_lama_tidak_menulis_apa_pun(db_path, tmp_path):
    _impor(db_path, _individu(tmp_path, "baru", 2024, "Baru "))
    with sdb.terbuka(db_path) as db:
        sebelum = db.execute("SELECT count(*), sum(nama LIKE 'Baru %') FROM anggota").fetchone()
        impor_sebelum = db.execute("SELECT count(*) FROM impor").fetchone()[0]
    hasil = cli(db_path, "import", "--tolak-rilis-lama", _individu(tmp_path, "lama", 2023))
    assert hasil.exit_code == 1
    assert "Impor ditolak (--tolak-rilis-lama)" in hasil.stderr
    assert "lebih baru daripada berkas ini (rilis 2023)" in hasil.stderr
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*), sum(nama LIKE 'Baru %') FROM anggota"
                          ).fetchone() == sebelum
        assert db.execute("SELECT count(*) FROM impor").fetchone()[0] == impor_sebelum
    # a newer file with the flag goes through without a word
    hasil = cli(db_path, "import", "--tolak-rilis-lama", _individu(tmp_path, "lebih", 2025))
    assert hasil.exit_code == 0 and "Peringatan" not in hasil.output
