"""The Berita Acara's list shows every ID Keluarga on one line: a new family's ID
(``UB-6172011001-0001``, 18 characters) wrapped inside its column, so the printed ID read
``UB-6172011001-0`` with ``001`` below it. From the acceptance round terima7."""

from __future__ import annotations

import subprocess

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import dokumen, impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import WILAYAH_61
from tests.masukan_luar import pasangan_2023

ANI = Pengguna("Ani", Peran.OPERATOR)
BUDI = Pengguna("Budi", Peran.VERIFIKATOR)
DESA = "6172011001"


def test_id_usulan_baru_utuh_di_berita_acara(db_path, tmp_path):
    from kalbar_desktop.ui import cetak

    with sdb.terbuka(db_path) as db:
        wilayah_csv.impor(db, WILAYAH_61)
        impor_p3ke.impor(db, pasangan_2023(tmp_path), pengguna="uji")
        idk = sv.tambah_usulan_baru(
            db, ANI, {"kode_kemdagri": DESA, "nama_kepala": "Usulan Warga Baru",
                      "alamat": "Jl. Baru 1", "desil": "2"}, (),
            Verifikasi(status_verifikasi="USULAN_BARU", kelayakan="LAYAK",
                       tanggal_kunjungan="2026-11-20", nama_verifikator="Ani"))
        assert len(idk) == 18
        dok = dokumen.berita_acara(db, dokumen.OpsiBeritaAcara(DESA), BUDI)
        pdf = cetak.tulis_pdf(dok, tmp_path / "ba.pdf")
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert idk in teks, [b for b in teks.splitlines() if idk[:10] in b]
    assert "0061720001" in teks  # the P3KE family of the desa too
