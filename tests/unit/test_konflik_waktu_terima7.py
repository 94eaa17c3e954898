"""A save over a family someone else changed meanwhile is refused, naming who changed it and
when, the way the window writes a time (``24-11-2026 19.32`` in this computer's time zone), not
the stored ``2026-11-24T19:32:03+00:00``. From the acceptance round terima7 (two windows on
one family)."""

import datetime as dt
import re

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.domain.tanggal import teks_waktu
from kalbar_desktop.storage import verifikasi as sv

ANI = Pengguna("Ani", Peran.OPERATOR)
BUDI = Pengguna("Budi", Peran.VERIFIKATOR)


def _ditemukan(catatan: str) -> Verifikasi:
    return Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                      tanggal_kunjungan="2026-11-20", nama_verifikator="Ani", catatan=catatan)


def test_konflik_menyebut_waktu_seperti_jendela(db_demo):
    idk = db_demo.execute("SELECT min(id_keluarga) FROM keluarga").fetchone()[0]
    sv.simpan(db_demo, idk, ANI, _ditemukan("dari Ani"), 0)
    tersimpan = sv.muat(db_demo, idk).diubah_pada
    assert "T" in tersimpan  # stored as ISO with its offset
    with pytest.raises(sv.KonflikVersi) as e:
        sv.simpan(db_demo, idk, BUDI, _ditemukan("dari Budi"), 0)
    pesan = str(e.value)
    lokal = dt.datetime.fromisoformat(tersimpan).astimezone()
    assert f"oleh Ani pada {lokal:%d-%m-%Y %H.%M} setelah Anda membukanya" in pesan, pesan
    assert tersimpan not in pesan and not re.search(r"\dT\d", pesan)
    assert sv.muat(db_demo, idk).verifikasi.catatan == "dari Ani"


def test_teks_waktu():
    assert teks_waktu("2026-11-24T19:32:03") == "24-11-2026 19.32"  # no offset: as stored
    utc = dt.datetime(2026, 11, 24, 19, 32, 3, tzinfo=dt.UTC)
    assert teks_waktu(utc.isoformat()) == f"{utc.astimezone():%d-%m-%Y %H.%M}"
    assert teks_waktu("kemarin") == "kemarin"
