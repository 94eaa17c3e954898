"""The Windows installer's languages (installer/kalbar_desktop.iss): Indonesian first (the
default), English second, every text the script writes itself in both. There is no Windows
and no ISCC here, so the script's structure is checked, not a build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ISS = Path(__file__).resolve().parents[2] / "installer" / "kalbar_desktop.iss"


def _bagian() -> dict[str, list[str]]:
    """The script's sections and their lines (no comments, no blank lines)."""
    bagian: dict[str, list[str]] = {}
    kini = ""
    for baris in ISS.read_text(encoding="utf-8").splitlines():
        baris = baris.strip()
        if not baris or baris.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", baris)
        if m:
            kini = m.group(1)
            bagian.setdefault(kini, [])
        elif kini:
            bagian[kini].append(baris)
    return bagian


def _kunci(baris: list[str]) -> dict[tuple[str, str], str]:
    """``bahasa.Kunci=nilai`` lines as {(bahasa, kunci): nilai}; no prefix is ('', kunci)."""
    hasil = {}
    for b in baris:
        kunci, _, nilai = b.partition("=")
        bahasa, _, nama = kunci.rpartition(".")
        hasil[(bahasa, nama)] = nilai
    return hasil


def _bahasa() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for b in _bagian()["Languages"]
            if (m := re.match(r'Name:\s*"(\w+)";\s*MessagesFile:\s*"([^"]+)"', b))]


def test_indonesia_dulu_lalu_inggris():
    assert [nama for nama, _ in _bahasa()] == ["id", "en"]
    setup = _kunci(_bagian()["Setup"])
    # the first language is the default only when the user's Windows language decides nothing,
    # and the user picks it in the first dialog
    assert setup[("", "ShowLanguageDialog")] == "yes"
    assert setup[("", "LanguageDetectionMethod")] == "none"
    opsi = _kunci(_bagian()["LangOptions"])
    assert opsi == {("id", "LanguageName"): "Bahasa Indonesia", ("id", "LanguageID"): "$0421"}


def test_berkas_pesan_ada_di_setiap_inno_setup():
    """Inno Setup 6 installs Default.isl and the official translations only; its Indonesian.isl
    is an unofficial one (not installed), so naming it would stop ISCC."""
    for _nama, berkas in _bahasa():
        for satu in berkas.split(","):
            assert satu == "compiler:Default.isl", satu


@pytest.mark.parametrize("bagian", ["Messages", "CustomMessages", "LangOptions"])
def test_setiap_teks_milik_satu_bahasa(bagian):
    """A key without a language prefix applies to every language: Indonesian in English."""
    bahasa = {nama for nama, _ in _bahasa()}
    for (awalan, kunci) in _kunci(_bagian()[bagian]):
        assert awalan in bahasa, f"{bagian}: {kunci} tanpa awalan bahasa"


def test_pesan_sendiri_dalam_dua_bahasa():
    teks = ISS.read_text(encoding="utf-8")
    dipakai = set(re.findall(r"\{cm:(\w+)\}", teks)) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", teks))
    pesan = _kunci(_bagian()["CustomMessages"])
    assert dipakai == {k for _, k in pesan}
    for kunci in dipakai:
        indonesia, inggris = pesan[("id", kunci)], pesan[("en", kunci)]
        assert indonesia != inggris
        # the same arguments, line breaks and accelerator key in both
        for pola in (r"%\d", r"%n", r"&"):
            assert len(re.findall(pola, indonesia)) == len(re.findall(pola, inggris)), kunci


def test_pesan_inggris_menimpa_kunci_yang_juga_diterjemahkan():
    """An English override is of a real message: one the Indonesian side translates too."""
    pesan = _kunci(_bagian()["Messages"])
    inggris = {k for b, k in pesan if b == "en"}
    assert inggris and inggris <= {k for b, k in pesan if b == "id"}
    assert len({k for b, k in pesan if b == "id"}) > 80
