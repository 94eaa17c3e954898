"""Approving every submitted family of a region at once (storage/verifikasi.setujui_semua), on
a desa written with openpyxl: what a single approve refuses is left out and named (own work
where accounts are used, another region), one audit row per family, and a cancel or a family
changed since the confirmation leaves the database as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan
from tests.lapangan import DESA, OPERATOR_A, VERIFIKATOR, VERIFIKATOR_2, db_desa

HARI_INI = dt.date.today()
S = sv.SebabDilewati


@pytest.fixture
def db(tmp_path):
    basis = sdb.buka(db_desa(tmp_path, jumlah=12))
    yield basis
    basis.close()


def _ajukan(db, idk: str, pengisi: Pengguna, pengaju: Pengguna | None = None) -> None:
    v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                   tanggal_kunjungan=HARI_INI.isoformat(), nama_verifikator=pengisi.nama)
    versi = sv.simpan(db, idk, pengisi, v, sv.muat(db, idk).versi)
    sv.ubah_persetujuan(db, idk, pengaju or pengisi, AksiPersetujuan.AJUKAN, versi)


def _ids(n: int) -> list[str]:
    return [f"0061729{i:03d}" for i in range(1, n + 1)]


def _siapkan(db) -> list[str]:
    """Accounts; families 1-8 entered and submitted by the operator, 9 entered and submitted by
    Rina herself, 10 entered by Rina and submitted by the operator, 11 approved already,
    12 left as it was imported."""
    for p in (OPERATOR_A, VERIFIKATOR, VERIFIKATOR_2):
        spengguna.tambah(db, p.nama, p.peran, "Sandi-Kuat-123", oleh="uji",
                         wilayah=[DESA] if p.peran == "operator" else (), admin_dulu=False)
    ids = _ids(12)
    for idk in ids[:8]:
        _ajukan(db, idk, OPERATOR_A)
    _ajukan(db, ids[8], VERIFIKATOR)
    _ajukan(db, ids[9], VERIFIKATOR, OPERATOR_A)
    _ajukan(db, ids[10], OPERATOR_A)
    sv.ubah_persetujuan(db, ids[10], VERIFIKATOR_2, AksiPersetujuan.SETUJUI,
                        sv.muat(db, ids[10]).versi)
    return ids


def _persetujuan(db) -> dict[str, str]:
    return dict(db.execute("SELECT id_keluarga, persetujuan FROM verifikasi_keluarga"))


def test_setujui_semua_melewati_pekerjaan_sendiri_dan_mencatat_per_keluarga(db):
    ids = _siapkan(db)
    rencana = sv.rencana_setujui_semua(db, VERIFIKATOR, DESA)
    assert rencana.disetujui == ids[:8]
    assert {(d.id_keluarga, d.nama_kepala, d.sebab) for d in rencana.dilewati} == {
        (ids[8], "Kepala 9", S.DIAJUKAN_SENDIRI), (ids[9], "Kepala 10", S.DIISI_SENDIRI)}
    assert rencana.jumlah_per_sebab() == {S.DIAJUKAN_SENDIRI: 1, S.DIISI_SENDIRI: 1}
    sebelum = audit.periksa_rantai(db)
    assert sebelum == []
    hasil = sv.setujui_semua(db, VERIFIKATOR, rencana, alasan="Setujui semua: Desa uji")
    assert hasil.disetujui == ids[:8]
    status = _persetujuan(db)
    assert [status[i] for i in ids] == ["DISETUJUI"] * 8 + [
        "DIAJUKAN", "DIAJUKAN", "DISETUJUI", "DRAF"]
    baris = [r for r in db.query("SELECT * FROM audit_log WHERE aksi = 'SETUJUI' "
                                 "AND pengguna = 'Rina' ORDER BY id")]
    assert [(r["id_keluarga"], r["kolom"], r["nilai_lama"], r["nilai_baru"], r["alasan"])
            for r in baris] == [(i, "persetujuan", "DIAJUKAN", "DISETUJUI",
                                 "Setujui semua: Desa uji") for i in ids[:8]]
    assert audit.periksa_rantai(db) == []
    # the single approve's view agrees: each approved family is read-only now, versions moved
    assert all(sv.muat(db, i).versi == 3 for i in ids[:8])
    # another verifikator approves the two Rina could not
    kedua = sv.rencana_setujui_semua(db, VERIFIKATOR_2, None)
    assert kedua.disetujui == ids[8:10] and kedua.dilewati == []


def test_tanpa_akun_nama_diketik_tidak_ada_yang_dilewati(db):
    """Without accounts the name is typed: one person may approve what they submitted, as the
    single approve allows."""
    for idk in _ids(3):
        _ajukan(db, idk, VERIFIKATOR)
    rencana = sv.rencana_setujui_semua(db, VERIFIKATOR, None)
    assert (rencana.disetujui, rencana.dilewati) == (_ids(3), [])


def test_di_luar_wilayah_dilewati_dan_operator_ditolak(db):
    for idk in _ids(3):
        _ajukan(db, idk, OPERATOR_A)
    lain = Pengguna("Yosef", Peran.VERIFIKATOR, wilayah=("6172011002",))
    rencana = sv.rencana_setujui_semua(db, lain, None)
    assert rencana.disetujui == []
    assert [(d.id_keluarga, d.sebab) for d in rencana.dilewati] == [
        (i, S.LUAR_WILAYAH) for i in _ids(3)]
    sebelum = cuplikan(db)
    with pytest.raises(sv.TidakBerwenang):
        sv.rencana_setujui_semua(db, OPERATOR_A, DESA)
    with pytest.raises(sv.TidakBerwenang):
        sv.setujui_semua(db, Pengguna("Rina", Peran.VERIFIKATOR, baca_saja=True),
                         sv.RencanaSetujui(DESA, _ids(3), []))
    assert cuplikan(db) == sebelum


def test_batal_tidak_menulis_apa_pun(db, monkeypatch):
    ids = _ids(6)
    for idk in ids:
        _ajukan(db, idk, OPERATOR_A)
    monkeypatch.setattr(sv, "SETIAP_SETUJUI", 2)  # three steps: cancel during the second
    rencana = sv.rencana_setujui_semua(db, VERIFIKATOR, DESA)
    sebelum = cuplikan(db)
    langkah = []

    def lapor(pesan: str, fraksi: float) -> None:
        langkah.append((pesan, fraksi))

    with pytest.raises(sv.SetujuiDibatalkan):
        sv.setujui_semua(db, VERIFIKATOR, rencana, lapor=lapor,
                         dibatalkan=lambda: len(langkah) >= 2)
    assert cuplikan(db) == sebelum
    assert langkah[0] == ("Menyetujui 0 dari 6 keluarga", 0.0)


def test_keluarga_yang_berubah_setelah_konfirmasi_dilewati(db):
    ids = _ids(4)
    for idk in ids:
        _ajukan(db, idk, OPERATOR_A)
    rencana = sv.rencana_setujui_semua(db, VERIFIKATOR, DESA)
    # meanwhile another verifikator sends one back and approves another
    sv.ubah_persetujuan(db, ids[0], VERIFIKATOR_2, AksiPersetujuan.KEMBALIKAN,
                        sv.muat(db, ids[0]).versi, "Foto kurang")
    sv.ubah_persetujuan(db, ids[1], VERIFIKATOR_2, AksiPersetujuan.SETUJUI,
                        sv.muat(db, ids[1]).versi)
    hasil = sv.setujui_semua(db, VERIFIKATOR, rencana)
    assert hasil.disetujui == ids[2:]
    assert {(d.id_keluarga, d.sebab) for d in hasil.dilewati} == {
        (ids[0], S.BERUBAH), (ids[1], S.BERUBAH)}
    assert _persetujuan(db)[ids[0]] == "DIKEMBALIKAN"
    assert [r[0] for r in db.execute(
        "SELECT pengguna FROM audit_log WHERE aksi = 'SETUJUI' AND id_keluarga = ?",
        [ids[1]])] == ["Yohanes"]
