"""The log file: where it goes, rotation, start-up by the CLI, and no personal data in it."""

from __future__ import annotations

import logging
import logging.handlers

import click
import pytest
from click.testing import CliRunner

from kalbar_desktop import log, paths
from kalbar_desktop.cli import main

NIK = "6172014107850003"


@pytest.fixture(autouse=True)
def _tutup_log():
    yield
    log.tutup_log()


def _handler_file() -> list[logging.Handler]:
    return [h for h in logging.getLogger("kalbar_desktop").handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)]


def test_siapkan_log_menulis_ke_folder_log_pengguna_sekali_saja():
    path = log.siapkan_log("uji")
    assert path == paths.folder_log() / "kalbar_desktop.log"
    assert log.siapkan_log("uji") == path
    assert len(_handler_file()) == 1
    h = _handler_file()[0]
    assert (h.maxBytes, h.backupCount) == (log.UKURAN_MAKS, log.JUMLAH_CADANGAN)
    teks = path.read_text(encoding="utf-8")
    assert "Kalbar Desktop" in teks and "mulai (uji)" in teks


def test_folder_log_lain_mengganti_handler(tmp_path, monkeypatch):
    pertama = log.siapkan_log("a")
    monkeypatch.setenv("KALBAR_DESKTOP_HOME", str(tmp_path / "rumah2"))
    kedua = log.siapkan_log("b")
    assert kedua != pertama and kedua.is_file()
    assert len(_handler_file()) == 1
    logging.getLogger("kalbar_desktop.uji").info("sesudah pindah")
    assert "sesudah pindah" in kedua.read_text(encoding="utf-8")
    assert "sesudah pindah" not in pertama.read_text(encoding="utf-8")


def test_log_berputar_saat_penuh(monkeypatch):
    monkeypatch.setattr(log, "UKURAN_MAKS", 4000)
    path = log.siapkan_log("putar")
    lg = logging.getLogger("kalbar_desktop.uji")
    for i in range(300):
        lg.info("baris %d %s", i, "x" * 60)
    assert (path.parent / "kalbar_desktop.log.1").is_file()
    cadangan = sorted(path.parent.glob("kalbar_desktop.log.*"))
    assert len(cadangan) == log.JUMLAH_CADANGAN
    assert all(p.stat().st_size <= 4000 for p in [path, *cadangan])


def test_nik_dan_nama_tidak_masuk_log():
    path = log.siapkan_log("privasi")
    lg = logging.getLogger("kalbar_desktop.uji")
    lg.warning("NIK %s ditolak, No KK 6172010101200002", NIK)
    nama = "Siti Aminah"  # the data arrives in variables: traceback source lines show code only
    try:
        try:
            raise KeyError(nama.upper())
        except KeyError as e:
            raise ValueError(f"NIK {NIK} milik {nama!r} tidak sah; kolom 'nik'") from e
    except ValueError:
        lg.exception("gagal memproses baris")
    teks = path.read_text(encoding="utf-8")
    assert NIK not in teks and "6172010101200002" not in teks
    assert "617201******0003" in teks and "617201******0002" in teks
    assert "Siti Aminah" not in teks and "SITI AMINAH" not in teks
    # what support needs stays: the code's place, the exception types, harmless identifiers
    assert "test_log.py" in teks and "ValueError" in teks and "KeyError" in teks
    assert "'nik'" in teks
    assert "The above exception was the direct cause" in teks


def test_cli_menyiapkan_log_dan_mencatat_kesalahan_tak_terduga(tmp_path):
    @main.command("uji-meledak")
    def _meledak() -> None:
        raise RuntimeError(f"rusak pada NIK {NIK}")

    try:
        hasil = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "uji-meledak"])
    finally:
        main.commands.pop("uji-meledak")
    assert isinstance(hasil.exception, RuntimeError)
    teks = log.berkas_log().read_text(encoding="utf-8")
    assert "mulai (uji-meledak)" in teks
    assert "Kesalahan tak terduga di perintah uji-meledak: RuntimeError" in teks
    assert "rusak pada NIK 617201******0003" in teks and NIK not in teks


def test_kesalahan_biasa_cli_tidak_dicatat_sebagai_galat(tmp_path):
    @main.command("uji-gagal-biasa")
    def _gagal() -> None:
        raise click.UsageError("opsi salah")

    try:
        hasil = CliRunner().invoke(main, ["uji-gagal-biasa"])
    finally:
        main.commands.pop("uji-gagal-biasa")
    assert hasil.exit_code == 2
    assert "Kesalahan tak terduga" not in log.berkas_log().read_text(encoding="utf-8")


def test_versi_dicetak():
    from kalbar_desktop import __version__

    hasil = CliRunner().invoke(main, ["--version"])
    assert hasil.exit_code == 0 and hasil.output.strip() == f"kalbar-desktop {__version__}"


def test_folder_log_tidak_bisa_ditulis_aplikasi_tetap_jalan(tmp_path, monkeypatch):
    rumah = tmp_path / "rumah"
    rumah.mkdir()
    (rumah / "log").write_text("bukan folder")  # a file where the folder should be
    monkeypatch.setenv("KALBAR_DESKTOP_HOME", str(rumah))
    assert log.siapkan_log("x") is None
    logging.getLogger("kalbar_desktop.uji").info("tidak ada tujuan")
