"""An usulan older than the audit trail (closing note 23, Export and re-import): a proposed new
family whose creation the audit trail does not hold (entered by a version or a tool that did not
record it) was called "made after the workbook was exported" whenever a workbook's row of it
was matched by the head's name only, although the usulan was there long before. Its stored
creation time now decides: before the export (for a laptop's workbook, before the last audit
row both databases share), it is the workbook's; a time that cannot be read is said to be
unknown, never "after". The usulan's rows are copied in with plain sqlite3 from a database that
made it, so that this database's trail has no row of its creation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import OPERATOR_A, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _laptop, _simpan, _terapkan, _v
from tests.unit.test_impor_ulang_sel5 import _buka
from tests.unit.test_impor_ulang_usulan5 import _lain, _usulan
from tests.unit.test_usulan_bentrok_impor_ulang import UB

TABEL = ("keluarga", "verifikasi_keluarga", "anggota", "verifikasi_anggota")


def _usulan_tanpa_jejak(tmp_path: Path, dibuat_pada: str) -> Path:
    """The office with usulan UB (head Usman, no NIK, no No KK) whose creation is not in its
    audit trail, created at ``dibuat_pada`` by its own record."""
    (tmp_path / "asal").mkdir()
    asal = db_desa(tmp_path / "asal")
    assert _usulan(asal, OPERATOR_B, "Usman", None, None) == UB
    kantor = db_desa(tmp_path)
    con = sqlite3.connect(kantor)
    try:
        con.execute("ATTACH ? AS asal", [str(asal)])
        for t in TABEL:
            kolom = [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
            milik = ("id_individu IN (SELECT id_individu FROM asal.anggota WHERE id_keluarga "
                     "= ?)" if t == "verifikasi_anggota" else "id_keluarga = ?")
            con.execute(f"INSERT INTO main.{t} ({', '.join(kolom)}) SELECT {', '.join(kolom)} "
                        f"FROM asal.{t} WHERE {milik}", [UB])
        con.execute("UPDATE keluarga SET dibuat_pada = ? WHERE id_keluarga = ?",
                    [dibuat_pada, UB])
        con.commit()
        con.execute("DETACH asal")
    finally:
        con.close()
    with sdb.terbuka(kantor) as db:
        assert sv.usulan_ditambah(db, UB) is None  # older than the audit trail
        assert sv.muat(db, UB).nilai["nama_kepala"] == "Usman"
    return kantor


def _catatan(buku: Path, teks: str) -> Path:
    wb, kolom, baris = _buka(buku)
    wb["Data Keluarga"].cell(baris["Data Keluarga"][UB], kolom["Data Keluarga"]["Catatan"]
                             ).value = teks
    wb.save(buku)
    return buku


def test_usulan_lebih_tua_dari_jejak_audit_dikenali_workbook_sendiri(tmp_path):
    kantor = _usulan_tanpa_jejak(tmp_path, "2026-01-05T08:00:00+07:00")
    buku = _catatan(_ekspor(kantor, "kantor"), "dikunjungi ulang")
    p = _baca(kantor, buku)
    assert not _lain(p), [m.pesan for m in p.masalah]
    _terapkan(kantor, p)
    assert _v(kantor, UB).verifikasi.catatan == "dikunjungi ulang"


def test_usulan_lebih_tua_dari_jejak_audit_dari_laptop(tmp_path):
    """The laptop copied the office after the usulan was there: the laptop's workbook row of
    it, matched by the name only, is the office's usulan."""
    kantor = _usulan_tanpa_jejak(tmp_path, "2026-01-05T08:00:00+07:00")
    _simpan(kantor, "0061729002", OPERATOR_B, catatan="kerja kantor")  # a shared audit row
    laptop = _laptop(kantor, "laptop_a")
    _simpan(laptop, "0061729003", OPERATOR_A, catatan="kerja laptop")
    p = _baca(kantor, _catatan(_ekspor(laptop, "laptop_a"), "dari laptop"))
    assert p.dari_basis_data_lain
    assert not _lain(p), [m.pesan for m in p.masalah]


def test_waktu_dibuat_tidak_terbaca_tidak_disebut_sesudah(tmp_path):
    kantor = _usulan_tanpa_jejak(tmp_path, "bukan waktu")
    p = _baca(kantor, _catatan(_ekspor(kantor, "kantor"), "dikunjungi ulang"))
    [m] = _lain(p)
    assert "dibuat sesudah workbook ini diekspor" not in m.pesan, m.pesan
    assert "tidak tercatat di jejak audit basis data ini" in m.pesan, m.pesan
    assert "ketik di baris itu NIK kepala keluarga" in m.pesan


def test_usulan_sesudah_ekspor_tetap_disebut_sesudah(tmp_path):
    """Created (by its record) after the workbook's export: still another family's ID."""
    kantor = _usulan_tanpa_jejak(tmp_path, "2099-01-01T08:00:00+07:00")
    [m] = _lain(_baca(kantor, _catatan(_ekspor(kantor, "kantor"), "x")))
    assert "dibuat sesudah workbook ini diekspor" in m.pesan, m.pesan
