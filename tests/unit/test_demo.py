import datetime as dt

import openpyxl
import python_calamine

from kalbar_desktop.domain import kolom, nik
from kalbar_desktop.exchange import demo


def _header(path):
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [c.value for c in next(wb.worksheets[0].iter_rows(max_row=1))]
    finally:
        wb.close()


def test_header_sama_persis_dengan_tata_letak_p3ke(berkas_demo_2023, berkas_demo_2022):
    k23, i23 = berkas_demo_2023
    k22, i22 = berkas_demo_2022
    assert _header(k23) == [h for h, _ in kolom.LAYOUT_2023_KELUARGA]
    assert _header(i23) == [h for h, _ in kolom.LAYOUT_2023_INDIVIDU]
    assert _header(k22) == [h for h, _ in kolom.LAYOUT_2022_KELUARGA]
    assert _header(i22) == [h for h, _ in kolom.LAYOUT_2022_INDIVIDU]


def test_nik_tertulis_sebagai_teks_dan_konsisten(berkas_demo_2022):
    _, individu = berkas_demo_2022
    wb = openpyxl.load_workbook(individu, read_only=True)
    baris = wb.worksheets[0].iter_rows(values_only=False)
    header = [c.value for c in next(baris)]
    i_nik, i_tgl, i_jk = (header.index(h) for h in ("NIK", "Tanggal Lahir", "Jenis Kelamin"))
    jumlah = 0
    for sel in baris:
        assert sel[i_nik].data_type == "s"
        info = nik.urai_nik(sel[i_nik].value, dt.date(2023, 6, 30))
        assert info.sah, sel[i_nik].value
        lahir = sel[i_tgl].value
        assert (info.tanggal.day, info.tanggal.month) == (lahir.day, lahir.month)
        assert info.jenis_kelamin == sel[i_jk].value
        jumlah += 1
    wb.close()
    assert jumlah > 80 * 2


def test_deterministik_dan_keluarga_1_sampai_9_anggota():
    a = list(demo.buat(demo.OpsiDemo(keluarga=300, seed=9)))
    b = list(demo.buat(demo.OpsiDemo(keluarga=300, seed=9)))
    assert a == b
    ukuran = {len(anggota) for _, anggota in a}
    assert min(ukuran) >= 1 and max(ukuran) <= 9 and len(ukuran) >= 5
    assert {k["desil"] for k, _ in a} == {"1", "2", "3", "4"}
    assert {k["kode_kemdagri"][:4] for k, _ in a} == {"6172"}


def test_calamine_membaca_identitas_sebagai_teks(berkas_demo_2023):
    wb = python_calamine.CalamineWorkbook.from_path(str(berkas_demo_2023[1]))
    rows = wb.get_sheet_by_name("Individu").to_python()
    header = rows[0]
    for r in rows[1:20]:
        for h in ("ID Keluarga P3KE", "ID Individu", "NIK", "Kode Kemdagri"):
            assert isinstance(r[header.index(h)], str)
