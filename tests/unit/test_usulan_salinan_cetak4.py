"""An office usulan copied to a laptop and matched by the head's name only (no NIK, no No KK),
with the audit rows chosen so that the sampled markers of the laptop's chain miss the rows
between the usulan and the copy (closing note 22: the message said the usulan was made after
the export, which is false). The workbook now names the audit rows that made its usulan, so
the database that reads it back decides exactly; both directions (laptop to office, office to
laptop). Databases from P3KE files written with openpyxl (tests/lapangan.py); workbooks
exported by the application."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kalbar_desktop.exchange import ekspor as xekspor
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import DESA, ID_KELUARGA, OPERATOR_A, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _laptop, _simpan, _terapkan, _v
from tests.unit.test_impor_ulang_usulan5 import _lain, _usulan
from tests.unit.test_lapangan import _ditemukan
from tests.unit.test_usulan_bentrok_impor_ulang import UB, _catat


def _baris_audit(path: Path) -> int:
    with sdb.terbuka(path) as db:
        return audit.penanda(db)[0]


def _kerja(path: Path, pengguna, n: int, awal: int = 0) -> None:
    """``n`` visits saved on P3KE families (each writes audit rows)."""
    for i in range(n):
        _simpan(path, ID_KELUARGA[1 + (i % 4)], pengguna, catatan=f"kunjungan {awal + i}")


def _sampel_meleset(pengekspor: Path, pembaca: Path, pengguna) -> None:
    """Work on ``pengekspor`` until the markers its export would sample no longer reach the
    usulan's audit row in ``pembaca`` (the case closing note 22 names)."""
    with sdb.terbuka(pembaca) as db:
        dibuat = sv.usulan_ditambah(db, UB)[0]
    for putaran in range(40):
        with sdb.terbuka(pengekspor) as db:
            token = audit.penanda_dikenal(db)
        with sdb.terbuka(pembaca) as db:
            if audit.batas_dikenal(db, token) < dibuat:
                return
        _kerja(pengekspor, pengguna, 2, awal=100 * putaran)
    raise AssertionError("the sampled markers kept reaching the usulan")


def _kantor_dan_laptop(tmp_path: Path) -> tuple[Path, Path]:
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", None, None) == UB
    _kerja(kantor, OPERATOR_B, 3)  # the office works on before the laptop is copied
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    _sampel_meleset(laptop, kantor, OPERATOR_A)
    return kantor, laptop


def test_usulan_kantor_di_salinan_laptop_dikenali_walau_sampel_meleset(tmp_path):
    """The laptop's workbook back at the office: its row of the office's usulan (the head's
    name only) is the office's family, applied. Before: refused with a message saying the
    usulan was made after the workbook's export, although the laptop was copied after it."""
    kantor, laptop = _kantor_dan_laptop(tmp_path)
    p = _baca(kantor, _ekspor(laptop, "laptop_a"))
    assert not _lain(p), [m.pesan for m in p.masalah]
    assert UB in [k.id_keluarga for k in p.keluarga]
    _terapkan(kantor, p)
    assert _v(kantor, UB).verifikasi.catatan == "rumah kayu di tepi parit"


def test_usulan_kantor_dari_workbook_kantor_dikenali_di_laptop(tmp_path):
    """The other way: the office exports after the copy and works on; its workbook's row of
    the usulan, visited at the office, read on the laptop is the laptop's copy of it."""
    kantor, laptop = _kantor_dan_laptop(tmp_path)
    _catat(kantor, UB, OPERATOR_B, "rumah papan", "sekolah di SDN 4")
    _sampel_meleset(kantor, laptop, OPERATOR_B)
    p = _baca(laptop, _ekspor(kantor, "kantor"))
    assert not _lain(p), [m.pesan for m in p.masalah]


def test_usulan_laptop_sendiri_tetap_ditolak_dengan_sebab_yang_benar(tmp_path):
    """A laptop copied before the office's usulan proposes its own first family with the same
    head's name: still another family, and the message says the office's usulan was made after
    the laptop's copy (true here)."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    assert _usulan(kantor, OPERATOR_B, "Usman", None, None) == UB
    assert _usulan(laptop, OPERATOR_A, "Usman", None, None) == UB
    _catat(laptop, UB, OPERATOR_A, "rumah di tepi sungai", "sekolah di SDN 1")
    _kerja(laptop, OPERATOR_A, 6)
    p = _baca(kantor, _ekspor(laptop, "laptop_a"))
    [m] = _lain(p)
    assert "dibuat sesudah workbook ini diekspor (atau sesudah laptopnya disalin)" in m.pesan


def _tanpa_penanda_usulan(buku: Path) -> Path:
    """The workbook as an older version wrote it: no 'Penanda usulan baru' row."""
    wb = openpyxl.load_workbook(buku)
    ws = wb["Keterangan"]
    [baris] = [c.row for c in ws["A"] if c.value == xekspor.BUTIR_PENANDA_USULAN]
    ws.delete_rows(baris)
    hasil = buku.with_name(buku.stem + "_lama.xlsx")
    wb.save(hasil)
    return hasil


def test_workbook_lama_tanpa_penanda_usulan_tidak_bilang_dibuat_sesudah(tmp_path):
    """A laptop's workbook of an older version (no usulan markers): the office cannot tell, so
    the row waits, and the message says that it cannot be established (and why), never that
    the usulan was made after the export."""
    kantor, laptop = _kantor_dan_laptop(tmp_path)
    p = _baca(kantor, _tanpa_penanda_usulan(_ekspor(laptop, "laptop_a")))
    [m] = _lain(p)
    assert "dibuat sesudah workbook ini diekspor" not in m.pesan
    assert "tidak bisa dipastikan usulan ini sudah ada di basis data itu" in m.pesan
    assert "Bila keluarga yang sama, ketik di baris itu NIK kepala keluarga" in m.pesan


def test_hanya_penanda_usulan_terbaru(tmp_path, monkeypatch):
    """More usulan than markers written: the newest are listed and the row says 'Sebagian';
    an office usulan older than the oldest listed one is 'not known for sure', not 'after'."""
    monkeypatch.setattr(xekspor, "MAKS_PENANDA_USULAN", 1)
    kantor, laptop = _kantor_dan_laptop(tmp_path)
    with sdb.terbuka(laptop) as db:
        sv.tambah_usulan_baru(db, OPERATOR_A, {"kode_kemdagri": DESA, "nama_kepala": "Rahmat"},
                              [{"nama": "Rahmat", "hubungan": "Kepala Keluarga"}],
                              _ditemukan(status_verifikasi="USULAN_BARU",
                                         nama_verifikator=OPERATOR_A.nama))
    buku = _ekspor(laptop, "laptop_a")
    ws = openpyxl.load_workbook(buku)["Keterangan"]
    [baris] = [r for r in ws.iter_rows(values_only=True)
               if r[0] == xekspor.BUTIR_PENANDA_USULAN]
    assert len(baris[1].split()) == 1 and baris[2].startswith("Sebagian: 1 usulan terbaru dari 2")
    [m] = _lain(_baca(kantor, buku))
    assert "tidak bisa dipastikan usulan ini sudah ada di basis data itu" in m.pesan
