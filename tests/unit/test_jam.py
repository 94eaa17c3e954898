"""The computer's clock against the database's latest audit row (domain.jam, storage.audit)."""

from __future__ import annotations

import datetime as dt

from kalbar_desktop.domain.jam import TOLERANSI, periksa_jam
from kalbar_desktop.storage import audit
from kalbar_desktop.storage.audit import Catatan

WIB = dt.timezone(dt.timedelta(hours=7))
SEKARANG = dt.datetime(2026, 11, 24, 9, 0, tzinfo=WIB)


def test_jam_di_belakang_catatan_terakhir():
    h = periksa_jam(SEKARANG, "2026-11-27T10:00:00+07:00", "KANTOR-01", "rina")
    assert h is not None
    assert (h.mesin, h.pengguna, h.selisih_hari) == ("KANTOR-01", "rina", 3)


def test_selisih_kecil_dan_zona_waktu_lain_bukan_jam_salah():
    # a few hours apart: clocks of two computers, a time zone set an hour off
    assert periksa_jam(SEKARANG, SEKARANG + TOLERANSI) is None
    assert periksa_jam(SEKARANG, SEKARANG + dt.timedelta(hours=2)) is None
    # the same instant written by a laptop on WITA (+08:00) is not later
    assert periksa_jam(SEKARANG, "2026-11-24T10:00:00+08:00") is None
    assert periksa_jam(SEKARANG, "2026-11-20T08:00:00+07:00") is None
    h = periksa_jam(SEKARANG, SEKARANG + TOLERANSI + dt.timedelta(minutes=1))
    assert h is not None and h.selisih_hari == 0
    assert periksa_jam(SEKARANG, SEKARANG + dt.timedelta(days=2, hours=23)).selisih_hari == 3


def test_waktu_tak_terbaca_tidak_memberi_tahu_apa_pun():
    assert periksa_jam(SEKARANG, None) is None
    assert periksa_jam(SEKARANG, "kemarin") is None
    assert periksa_jam(SEKARANG, "2027-01-01T00:00:00") is None  # no offset


def test_catatan_terbaru_menurut_waktu_bukan_nomor(db, monkeypatch):
    assert audit.catatan_terbaru(db) is None or audit.catatan_terbaru(db)[0] <= (
        dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    monkeypatch.setattr(audit, "sekarang", lambda: "2027-03-01T08:00:00+07:00")
    audit.tulis(db, [Catatan(aksi="UJI", pengguna="rina")])
    # then the clock went back (a BIOS battery): a later row with an earlier time
    monkeypatch.setattr(audit, "sekarang", lambda: "2025-01-01T08:00:00+07:00")
    audit.tulis(db, [Catatan(aksi="UJI", pengguna="budi")])
    waktu, mesin, pengguna = audit.catatan_terbaru(db)
    assert (waktu, pengguna) == ("2027-03-01T08:00:00+07:00", "rina")
    assert mesin  # the computer's name is written with every row
    assert audit.periksa_rantai(db) == []
