"""The provincial workbook: written by our exporter, read back with openpyxl, python-calamine and
LibreOffice, compared with the database."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections import Counter
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
import python_calamine

from kalbar_desktop.domain import status
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan
from tests.unit.ekspor_data import NAMA_RUMUS, VERIFIKATOR, salin

NIK_16 = re.compile(r"^\d{16}$")


@pytest.fixture
def db_v(templat_ekspor, tmp_path_factory):
    path = salin(templat_ekspor[0], tmp_path_factory.mktemp("db") / "uji.db")
    basis = sdb.buka(path)
    basis.peran = dict(templat_ekspor[1])
    yield basis
    basis.close()


def _ekspor(db, path: Path, pengguna=VERIFIKATOR, **kw) -> ekspor.HasilEkspor:
    return ekspor.ekspor(db, ekspor.OpsiEkspor(path, **kw), pengguna)


def _nama_lengkap(db, tmp_path, **kw):
    path = tmp_path / "provinsi.xlsx"
    kw.setdefault("alasan", "Usulan SK Bupati")
    return path, _ekspor(db, path, dengan_nama=True, **kw)


def _lembar(path: Path) -> dict[str, list[list]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


def _sebagai_dict(baris: list[list]) -> list[dict]:
    kepala = baris[0]
    return [dict(zip(kepala, b, strict=True)) for b in baris[1:]]


def test_bawaan_rekap_saja_tanpa_nama_dan_nik(db_v, tmp_path):
    path = tmp_path / "rekap.xlsx"
    hasil = _ekspor(db_v, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Rekap", "Keterangan"]
    nama = {r[0] for r in db_v.execute("SELECT nama FROM anggota WHERE nama IS NOT NULL")}
    for ws in wb:
        for baris in ws.iter_rows(values_only=True):
            for v in baris:
                if isinstance(v, str):
                    assert not re.search(r"\d{16}", v), (ws.title, v)
                    assert v not in nama, (ws.title, v)
    assert hasil.jumlah_baris == {"Rekap": len(wb["Rekap"]["A"]) - 1}
    assert ekspor.sha256_workbook(path) == (hasil.sha256_data, hasil.sha256_data)
    [catatan] = db_v.query("SELECT * FROM audit_log WHERE aksi = 'EKSPOR_REKAP'")
    assert catatan["pengguna"] == "Budi"


def test_dengan_nama_nik_lengkap_dibaca_openpyxl(db_v, tmp_path):
    path, hasil = _nama_lengkap(db_v, tmp_path, nik_penuh=True)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Rekap", "Data Keluarga", "Data Anggota", "Keterangan"]
    k, a = (db_v.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("keluarga", "anggota"))
    ws_k, ws_a = wb["Data Keluarga"], wb["Data Anggota"]
    assert ws_k.max_row - 1 == k == hasil.jumlah_baris["Data Keluarga"]
    assert ws_a.max_row - 1 == a == hasil.jumlah_baris["Data Anggota"]
    kepala = [c.value for c in ws_k[1]]
    assert kepala[:3] == ["ID Keluarga P3KE", "Dimuktakhirkan Tahun", "Provinsi"]
    assert "NIK Kepala Keluarga" in kepala and "Status verifikasi" in kepala
    # identifiers: text cells with the '@' format, 16 digits for NIK and No KK
    for ws, kolom in ((ws_k, ("ID Keluarga P3KE", "NIK Kepala Keluarga", "Kode Kemdagri")),
                      (ws_a, ("ID Keluarga P3KE", "ID Individu", "NIK", "NIK perbaikan"))):
        posisi = {c.value: c.column for c in ws[1]}
        for nama in kolom:
            for (sel,) in ws.iter_rows(min_row=2, min_col=posisi[nama], max_col=posisi[nama]):
                if sel.value is None:
                    continue
                assert sel.data_type == "s" and sel.number_format == "@", (nama, sel.value)
                if nama.startswith("NIK") and sel.row > 1:
                    nik_db = sel.value
                    assert NIK_16.match(nik_db) or len(nik_db) != 16, nik_db
    niks = {r[0] for r in db_v.execute("SELECT nik FROM anggota")}
    posisi = {c.value: c.column - 1 for c in ws_a[1]}
    assert {r[posisi["NIK"]] for r in ws_a.iter_rows(min_row=2, values_only=True)} == niks
    # dates are real dates with a day-first format
    pos_tgl = next(c.column for c in ws_a[1] if c.value == "Tanggal Lahir")
    sel = ws_a.cell(2, pos_tgl)
    assert isinstance(sel.value, dt.datetime) and sel.number_format == "dd/mm/yyyy"
    # no formula anywhere
    for ws in wb:
        for baris in ws.iter_rows():
            for sel in baris:
                assert sel.data_type != "f", (ws.title, sel.coordinate, sel.value)
    # header styled, frozen, filtered
    for nama in ("Rekap", "Data Keluarga", "Data Anggota"):
        ws = wb[nama]
        assert ws["A1"].font.b
        assert ws.freeze_panes in ("A2", "F2")
        assert ws.auto_filter.ref.startswith("A1:")
    assert ws_k.auto_filter.ref.endswith(str(k + 1))


def test_nilai_data_keluarga_sama_dengan_basis_data(db_v, tmp_path):
    path, _ = _nama_lengkap(db_v, tmp_path, nik_penuh=True)
    lembar = _lembar(path)
    per_id = {b["ID Keluarga P3KE"]: b for b in _sebagai_dict(lembar["Data Keluarga"])}
    peran = db_v.peran
    aneh = per_id[peran["aneh"]]
    assert aneh["Nama Kepala Keluarga"] == NAMA_RUMUS
    assert aneh["Kolom dikoreksi"] == "Nama Kepala Keluarga"
    assert aneh["Catatan"] == "@SUM(1+1)\nbaris dua akhir"  # control characters removed
    assert aneh["Nama verifikator"] == "+62 811"
    assert per_id[peran["disetujui"]]["Persetujuan"] == "Disetujui"
    assert per_id[peran["dikembalikan"]]["Catatan pengembalian"] == "Tanggal kunjungan salah"
    pindah = next(b for b in per_id.values() if b["Status verifikasi"] == "Pindah")
    # a desa of this database (stored as its code since 'Pindah ke' became a choice): by name
    assert pindah["Pindah ke"] == "Pasiran, Singkawang Barat (6172021001)"
    assert pindah["Kode desa tujuan pindah"] == "6172021001"
    assert pindah["Jenis pindah"] == "Pindah dalam kabupaten"
    assert pindah["Tanggal kunjungan"] == dt.datetime(2026, 11, 19)
    usulan = per_id[peran["usulan"]]
    assert usulan["Status verifikasi"] == "Usulan baru" and usulan["Nama Kepala Keluarga"] == \
        "-Usman"
    for idk, temuan in db_v.execute(
            "SELECT id_keluarga, group_concat(DISTINCT aturan) FROM temuan "
            "GROUP BY id_keluarga"):
        assert per_id[idk]["Kode temuan"] == ";".join(sorted(temuan.split(",")))
    anggota = {b["ID Individu"]: b for b in _sebagai_dict(lembar["Data Anggota"])}
    mati = anggota[peran["anggota_meninggal"]]
    assert mati["Status anggota"] == "Meninggal"
    assert mati["NIK perbaikan"] == peran["nik_perbaikan"] != mati["NIK"]


def test_rumus_tidak_pernah_jadi_formula(db_v, tmp_path):
    path, _ = _nama_lengkap(db_v, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Data Keluarga"]
    posisi = {c.value: c.column for c in ws[1]}
    baris = next(r for r in range(2, ws.max_row + 1)
                 if ws.cell(r, 1).value == db_v.peran["aneh"])
    for kolom in ("Nama Kepala Keluarga", "Catatan", "Nama verifikator"):
        sel = ws.cell(baris, posisi[kolom])
        assert sel.data_type == "s" and sel.value[0] in "=+-@"
        assert sel.quotePrefix, kolom  # Excel keeps it text even when the cell is edited
    # the sheet XML holds no <f> element at all
    with zipfile.ZipFile(path) as z:
        for nama in z.namelist():
            if nama.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(nama), nama


def test_nik_disamarkan_bila_tidak_diminta_lengkap(db_v, tmp_path):
    path, _ = _nama_lengkap(db_v, tmp_path)
    for nama, baris in _lembar(path).items():
        for b in baris:
            for v in b:
                assert not (isinstance(v, str) and NIK_16.match(v)), (nama, v)
    anggota = _sebagai_dict(_lembar(path)["Data Anggota"])
    assert all(re.match(r"^\d{6}\*{6}\d{4}$", b["NIK"]) for b in anggota if b["NIK"]
               and len(b["NIK"]) == 16)


def test_rekap_sama_dengan_lembar_rinci_dan_basis_data(db_v, tmp_path):
    path, _ = _nama_lengkap(db_v, tmp_path)
    lembar = _lembar(path)
    rekap = _sebagai_dict(lembar["Rekap"])
    keluarga = _sebagai_dict(lembar["Data Keluarga"])
    anggota = _sebagai_dict(lembar["Data Anggota"])
    total = rekap[-1]
    assert total["Tingkat"] == "Total"
    assert total["Jumlah KK"] == len(keluarga)
    assert total["Jumlah Jiwa"] == len(anggota)
    jiwa = Counter(b["ID Keluarga P3KE"] for b in anggota)
    for d in ("1", "2", "3", "4"):
        dk = [b for b in keluarga if str(b["Desil Kesejahteraan"]) == d]
        assert total[f"KK Desil {d}"] == len(dk)
        assert total[f"Jiwa Desil {d}"] == sum(jiwa[b["ID Keluarga P3KE"]] for b in dk)
    for jenis, kolom, awalan in ((status.StatusVerifikasi, "Status verifikasi", "Status"),
                                 (status.Kelayakan, "Kelayakan", "Kelayakan"),
                                 (status.Persetujuan, "Persetujuan", "Persetujuan")):
        for kode in jenis:
            label = status.LABEL[kode]
            assert total[f"KK {awalan} {label}"] == sum(
                1 for b in keluarga if b[kolom] == label), label
            # the categories of one group add up to the total
        assert sum(v for h, v in total.items() if h.startswith(f"KK {awalan} ")) == len(keluarga)
    assert total["KK Kelayakan Layak"] >= 1 and total["KK Persetujuan Disetujui"] == 4
    assert total["KK Usulan Baru"] == 1
    assert total["KK dengan temuan"] == sum(1 for b in keluarga if b["Kode temuan"])
    assert total["% Disetujui"] == round(4 / len(keluarga), 4)
    # per desa: counts equal the detail rows; kecamatan subtotals equal their desa rows
    per_desa = Counter(b["Kode Kemdagri"] for b in keluarga)
    desa = [b for b in rekap if b["Tingkat"] == "Desa/Kelurahan"]
    assert {b["Kode Desa/Kelurahan"]: b["Jumlah KK"] for b in desa} == dict(per_desa)
    for kec in (b for b in rekap if b["Tingkat"] == "Kecamatan"):
        anak = [b for b in desa if b["Kode Kecamatan"] == kec["Kode Kecamatan"]]
        for h in ("Jumlah KK", "Jumlah Jiwa", "KK Desil 1", "Jiwa Status Ditemukan",
                  "KK dengan temuan"):
            assert kec[h] == sum(b[h] for b in anak), h
    assert sum(b["Jumlah KK"] for b in rekap if b["Tingkat"] == "Kecamatan") == len(keluarga)
    # names come from the region reference
    assert {b["Kecamatan"] for b in desa} <= {"Singkawang Tengah", "Singkawang Barat",
                                             "Singkawang Timur", "Singkawang Utara",
                                             "Singkawang Selatan"}
    # and equal the database
    n = db_v.execute("SELECT count(*) FROM verifikasi_keluarga WHERE status_verifikasi = "
                     "'DITEMUKAN'").fetchone()[0]
    assert total["KK Status Ditemukan"] == n


def test_calamine_membaca_nilai_yang_sama(db_v, tmp_path):
    path, hasil = _nama_lengkap(db_v, tmp_path, nik_penuh=True)
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    openpyxl_lembar = _lembar(path)
    for nama in ("Rekap", "Data Keluarga", "Data Anggota"):
        baris = list(wb.get_sheet_by_name(nama).iter_rows())
        assert len(baris) == len(openpyxl_lembar[nama])
        kepala = baris[0]
        for kolom in ("NIK", "NIK Kepala Keluarga", "ID Keluarga P3KE", "Kode Kemdagri"):
            if kolom in kepala:
                i = kepala.index(kolom)
                nilai = [b[i] for b in baris[1:] if b[i] != ""]
                assert nilai and all(isinstance(v, str) for v in nilai), kolom
                if kolom.startswith("NIK"):
                    assert sum(1 for v in nilai if NIK_16.match(v)) >= len(nilai) * 0.9
    # the data SHA-256 is the same whichever library reads the cells
    dari_calamine = ekspor.sha256_baris(
        (n, wb.get_sheet_by_name(n).iter_rows()) for n in ("Rekap", "Data Keluarga",
                                                             "Data Anggota"))
    assert dari_calamine == hasil.sha256_data == ekspor.sha256_workbook(path)[0]


def test_validasi_daftar_pilihan_pada_kolom_status(db_v, tmp_path):
    path, _ = _nama_lengkap(db_v, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Data Keluarga"]
    posisi = {c.value: c.column_letter for c in ws[1]}
    daftar = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    for kolom, jenis in (("Status verifikasi", status.StatusVerifikasi),
                         ("Kelayakan", status.Kelayakan),
                         ("Alasan tidak layak", status.AlasanTidakLayak)):
        [rumus] = [f for ref, f in daftar.items() if ref.startswith(posisi[kolom] + "2:")]
        assert rumus.strip('"').split(",") == [status.LABEL[j] for j in jenis]
    assert wb["Data Anggota"].data_validations.dataValidation


def test_keterangan(db_v, tmp_path):
    path, hasil = _nama_lengkap(db_v, tmp_path, kantor="Dinas Sosial Kota Singkawang")
    ket = {b[0]: b[1] for b in _lembar(path)["Keterangan"] if b and b[0]}
    assert ket["Kantor"] == "Dinas Sosial Kota Singkawang"
    assert "Kota Singkawang (6172)" in ket["Wilayah"]
    assert ket["Pengguna"] == "Budi (verifikator)"
    assert ket["Alasan ekspor daftar nama"] == "Usulan SK Bupati"
    assert ket["SHA-256 data"] == hasil.sha256_data
    assert ket["Jumlah baris Data Anggota"].startswith(str(hasil.jumlah_baris["Data Anggota"]))
    assert isinstance(ket["Waktu ekspor"], dt.datetime)
    assert ket["Cara menghitung SHA-256"].startswith("SHA-256 dihitung")
    kode = {b[1] for b in _lembar(path)["Keterangan"] if b and b[0] == "Kode temuan"}
    assert "NIK_GANDA" in kode
    path2 = tmp_path / "bawaan.xlsx"
    _ekspor(db_v, path2)
    ket2 = {b[0]: b[1] for b in _lembar(path2)["Keterangan"] if b and b[0]}
    assert ket2["Kantor"] == "Dinas Sosial Kota Singkawang"  # from the region reference


def test_lingkup_kecamatan_desa_dan_hanya_disetujui(db_v, tmp_path):
    kode = db_v.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                        [db_v.peran["disetujui"]]).fetchone()[0]
    for wilayah in (kode[:6], kode):
        path = tmp_path / f"{wilayah}.xlsx"
        hasil = _ekspor(db_v, path, kode_wilayah=wilayah, dengan_nama=True, alasan="Musdes desa")
        keluarga = _sebagai_dict(_lembar(path)["Data Keluarga"])
        n = db_v.execute("SELECT count(*) FROM keluarga WHERE kode_kemdagri LIKE ? || '%'",
                         [wilayah]).fetchone()[0]
        assert len(keluarga) == n == hasil.keluarga
        assert all(b["Kode Kemdagri"].startswith(wilayah) for b in keluarga)
    path = tmp_path / "disetujui.xlsx"
    _ekspor(db_v, path, hanya_disetujui=True, dengan_nama=True, alasan="SK Bupati")
    lembar = _lembar(path)
    keluarga = _sebagai_dict(lembar["Data Keluarga"])
    assert len(keluarga) == 4 and {b["Persetujuan"] for b in keluarga} == {"Disetujui"}
    assert _sebagai_dict(lembar["Rekap"])[-1]["Jumlah KK"] == 4
    assert {b["ID Keluarga P3KE"] for b in _sebagai_dict(lembar["Data Anggota"])} == \
        {b["ID Keluarga P3KE"] for b in keluarga}


def test_ekspor_nama_dicatat_di_audit_dengan_alasan(db_v, tmp_path):
    _path, hasil = _nama_lengkap(db_v, tmp_path, nik_penuh=True)
    [c] = db_v.query("SELECT * FROM audit_log WHERE aksi = 'EKSPOR_NAMA'")
    assert c["pengguna"] == "Budi" and c["alasan"] == "Usulan SK Bupati"
    assert hasil.sha256_data in c["keterangan"] and '"nik_penuh": true' in c["keterangan"]
    assert audit.periksa_rantai(db_v) == []


@pytest.mark.parametrize("opsi, pengguna, pesan", [
    ({"dengan_nama": True, "alasan": "Permintaan provinsi"}, Pengguna("Ani", Peran.OPERATOR),
     "tidak berwenang mengekspor daftar nama"),
    ({"dengan_nama": True}, VERIFIKATOR, "Alasan ekspor daftar nama wajib"),
    ({"nik_penuh": True}, VERIFIKATOR, "NIK lengkap hanya"),
    ({"kode_wilayah": "617201"}, Pengguna("Ani", Peran.OPERATOR, ("6172011001",)),
     "Wilayah kerjanya 6172011001: pilih wilayah yang seluruhnya ada di dalamnya"),
    ({"kode_wilayah": "617205"}, Pengguna("Ani", Peran.OPERATOR, ("617201",)), "617205"),
    ({"kode_wilayah": "61720"}, VERIFIKATOR, "Kode wilayah 61720 tidak sah"),
    ({"kode_wilayah": "6172059999"}, VERIFIKATOR, "Tidak ada keluarga"),
    ({"dengan_nama": True, "alasan": "SK", "kata_sandi": "123"}, VERIFIKATOR, "minimal 6"),
])
def test_ekspor_ditolak_tanpa_berkas_dan_tanpa_perubahan(db_v, tmp_path, opsi, pengguna, pesan):
    sebelum = cuplikan(db_v)
    path = tmp_path / "x.xlsx"
    with pytest.raises(ekspor.KesalahanEkspor, match=pesan):
        _ekspor(db_v, path, pengguna=pengguna, **opsi)
    assert not path.exists() and list(tmp_path.iterdir()) == []
    assert cuplikan(db_v) == sebelum


def test_operator_boleh_ekspor_rekap_wilayahnya(db_v, tmp_path):
    path = tmp_path / "kec.xlsx"
    _ekspor(db_v, path, pengguna=Pengguna("Ani", Peran.OPERATOR, ("617201",)),
            kode_wilayah="617201")
    assert openpyxl.load_workbook(path).sheetnames == ["Rekap", "Keterangan"]


def test_tujuan_salah(db_v, tmp_path):
    with pytest.raises(ekspor.KesalahanEkspor,
                       match=r"folder tujuan .* tidak ada \(flashdisk dilepas"):
        _ekspor(db_v, tmp_path / "tidak" / "ada.xlsx")
    with pytest.raises(ekspor.KesalahanEkspor, match=r"berakhiran \.xlsx"):
        _ekspor(db_v, tmp_path / "rekap.xls")


@pytest.mark.parametrize("kapan", ["Menulis Data Keluarga", "Menulis Data Anggota",
                                   "Menyimpan workbook"])
def test_batal_atau_gagal_tidak_meninggalkan_berkas(db_v, tmp_path, kapan):
    path = tmp_path / "provinsi.xlsx"
    path.write_bytes(b"workbook lama")
    sebelum = cuplikan(db_v)
    batal = {"ya": False}

    def lapor(pesan, _f):
        if pesan == kapan:
            batal["ya"] = True

    with pytest.raises(ekspor.Dibatalkan):
        ekspor.ekspor(db_v, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="uji batal"),
                      VERIFIKATOR, kemajuan=lapor, dibatalkan=lambda: batal["ya"])
    assert path.read_bytes() == b"workbook lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["provinsi.xlsx"]
    assert cuplikan(db_v) == sebelum  # not even an audit entry

    def rusak(pesan, _f):
        if pesan == kapan:
            raise OSError("disk penuh")

    # An error of the system while writing is told in Indonesian with the target's name.
    with pytest.raises(ekspor.KesalahanEkspor, match=r"provinsi\.xlsx tidak ditulis.*disk penuh"):
        ekspor.ekspor(db_v, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="uji gagal"),
                      VERIFIKATOR, kemajuan=rusak)
    assert path.read_bytes() == b"workbook lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["provinsi.xlsx"]


def test_sisa_berkas_sementara_dibersihkan(db_v, tmp_path):
    sisa = tmp_path / ".provinsi.xlsx.deadbeef.sementara"
    sisa.write_bytes(b"sisa ekspor yang terhenti")
    lain = tmp_path / ".lain.xlsx.deadbeef.sementara"
    lain.write_bytes(b"milik ekspor lain")
    _ekspor(db_v, tmp_path / "provinsi.xlsx")
    assert not sisa.exists() and lain.exists()


def test_enkripsi_dengan_kata_sandi(db_v, tmp_path):
    path, hasil = _nama_lengkap(db_v, tmp_path, nik_penuh=True, kata_sandi="rahasia-Prov1")
    assert hasil.terenkripsi
    with pytest.raises(Exception):  # noqa: B017 - not a zip: openpyxl cannot open it
        openpyxl.load_workbook(path)
    with path.open("rb") as f:
        berkas = msoffcrypto.OfficeFile(f)
        assert berkas.is_encrypted()
        berkas.load_key(password="salah-sandi")
        with pytest.raises(msoffcrypto.exceptions.InvalidKeyError), \
                (tmp_path / "salah.xlsx").open("wb") as g:
            berkas.decrypt(g)
    with path.open("rb") as f, (tmp_path / "terbuka.xlsx").open("wb") as g:
        berkas = msoffcrypto.OfficeFile(f)
        berkas.load_key(password="rahasia-Prov1")
        berkas.decrypt(g)
    wb = openpyxl.load_workbook(tmp_path / "terbuka.xlsx")
    assert wb.sheetnames == ["Rekap", "Data Keluarga", "Data Anggota", "Keterangan"]
    assert ekspor.sha256_workbook(path, "rahasia-Prov1") == (hasil.sha256_data,
                                                            hasil.sha256_data)
    with pytest.raises(ekspor.KesalahanEkspor, match="Kata sandi salah"):
        ekspor.sha256_workbook(path, "salah-sandi")
    with pytest.raises(ekspor.KesalahanEkspor, match="terenkripsi"):
        ekspor.sha256_workbook(path)


def test_sha256_berubah_bila_nilai_diubah(db_v, tmp_path):
    path, hasil = _nama_lengkap(db_v, tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Data Keluarga"]["M2"] = "Nama Lain"
    wb.save(tmp_path / "diubah.xlsx")
    dihitung, tercatat = ekspor.sha256_workbook(tmp_path / "diubah.xlsx")
    assert tercatat == hasil.sha256_data and dihitung != tercatat


def test_satu_potret_data_walau_ada_yang_menyimpan_saat_ekspor(db_v, tmp_path):
    """Someone saves a family while the export runs: the recap and the detail sheets still
    agree (one read snapshot), and the change is in the next export."""
    from kalbar_desktop.storage import verifikasi as sv
    from tests.unit.ekspor_data import _ditemukan

    path_db = Path(db_v.execute("PRAGMA database_list").fetchone()[2])
    idk = db_v.peran["belum"]
    sudah = []

    def batal() -> bool:  # first asked after the recap is written, before the detail rows
        if not sudah:
            with sdb.terbuka(path_db) as lain:
                sv.simpan(lain, idk, VERIFIKATOR, _ditemukan(), 0)
            sudah.append(1)
        return False

    path = tmp_path / "potret.xlsx"
    ekspor.ekspor(db_v, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="uji potret"),
                  VERIFIKATOR, dibatalkan=batal)
    assert sudah
    lembar = _lembar(path)
    keluarga = _sebagai_dict(lembar["Data Keluarga"])
    total = _sebagai_dict(lembar["Rekap"])[-1]
    assert total["KK Status Ditemukan"] == sum(1 for b in keluarga
                                               if b["Status verifikasi"] == "Ditemukan")
    assert next(b for b in keluarga if b["ID Keluarga P3KE"] == idk)["Status verifikasi"] == \
        "Belum diverifikasi"
    path2 = tmp_path / "sesudah.xlsx"
    ekspor.ekspor(db_v, ekspor.OpsiEkspor(path2, dengan_nama=True, alasan="uji potret"),
                  VERIFIKATOR)
    keluarga2 = _sebagai_dict(_lembar(path2)["Data Keluarga"])
    assert next(b for b in keluarga2 if b["ID Keluarga P3KE"] == idk)["Status verifikasi"] == \
        "Ditemukan"


def test_program_pemeriksa_di_dokumentasi_memberi_sha_yang_sama(db_v, tmp_path):
    """The re-check program in docs/ekspor.md, run as the province would run it."""
    import subprocess
    import sys

    teks = (Path(__file__).resolve().parents[2] / "docs" / "ekspor.md").read_text("utf-8")
    program = re.search(r"```python\n(.*?)```", teks, re.S).group(1)
    (tmp_path / "periksa.py").write_text(program, encoding="utf-8")
    path, hasil = _nama_lengkap(db_v, tmp_path)
    keluar = subprocess.run([sys.executable, str(tmp_path / "periksa.py"), str(path)],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert keluar == hasil.sha256_data


KOLOM_ID = ("ID Keluarga P3KE", "ID Individu", "NIK", "NIK perbaikan", "NIK Kepala Keluarga",
            "No KK", "Kode Kemdagri", "Kode Kecamatan", "Kode Desa/Kelurahan")


@pytest.mark.parametrize("opsi", [
    {},
    {"hanya_disetujui": True},
    {"kode_wilayah": "617201"},
    {"dengan_nama": True},
    {"dengan_nama": True, "nik_penuh": True},
    {"dengan_nama": True, "nik_penuh": True, "kode_wilayah": "617202", "hanya_disetujui": False},
    {"dengan_nama": True, "hanya_disetujui": True},
    {"dengan_nama": True, "nik_penuh": True, "kata_sandi": "rahasia-Prov1"},
], ids=["rekap", "rekap-disetujui", "rekap-kecamatan", "nama-samar", "nama-penuh",
        "nama-kecamatan", "nama-disetujui", "nama-sandi"])
def test_setiap_varian_dibaca_openpyxl_dan_calamine(db_v, tmp_path, opsi):
    if opsi.get("dengan_nama"):
        opsi = {**opsi, "alasan": "Uji varian"}
    path = tmp_path / "varian.xlsx"
    hasil = _ekspor(db_v, path, **opsi)
    baca = path
    if opsi.get("kata_sandi"):
        baca = tmp_path / "terbuka.xlsx"
        with path.open("rb") as f, baca.open("wb") as g:
            berkas = msoffcrypto.OfficeFile(f)
            berkas.load_key(password=opsi["kata_sandi"])
            berkas.decrypt(g)
    wb = openpyxl.load_workbook(baca)
    cal = python_calamine.CalamineWorkbook.from_path(str(baca))
    assert cal.sheet_names == wb.sheetnames
    data = [n for n in wb.sheetnames if n != "Keterangan"]
    assert data == (["Rekap", "Data Keluarga", "Data Anggota"] if opsi.get("dengan_nama")
                    else ["Rekap"])
    for nama in data:
        ws = wb[nama]
        baris_cal = list(cal.get_sheet_by_name(nama).iter_rows())
        assert len(baris_cal) == ws.max_row
        kepala = [c.value for c in ws[1]]
        for i, h in enumerate(kepala):
            if h not in KOLOM_ID:
                continue
            for r, baris in enumerate(ws.iter_rows(min_row=2), start=1):
                sel = baris[i]
                if sel.value is None:
                    continue
                assert sel.data_type == "s", (nama, h, sel.value)
                assert isinstance(baris_cal[r][i], str) and baris_cal[r][i] == sel.value
                if h.startswith("NIK") and opsi.get("nik_penuh") and len(sel.value) == 16:
                    assert NIK_16.match(sel.value)
                if h.startswith("NIK") and not opsi.get("nik_penuh"):
                    assert not NIK_16.match(sel.value)
        for baris in ws.iter_rows():
            assert all(sel.data_type != "f" for sel in baris), nama
    # counts equal the database for the scope and filter
    syarat, params = ["1"], []
    if opsi.get("kode_wilayah"):
        syarat.append("k.kode_kemdagri LIKE ? || '%'")
        params.append(opsi["kode_wilayah"])
    if opsi.get("hanya_disetujui"):
        syarat.append("v.persetujuan = 'DISETUJUI'")
    k, a = db_v.execute(
        "SELECT count(DISTINCT k.id_keluarga), count(a.id_individu) FROM keluarga k JOIN "
        "verifikasi_keluarga v USING (id_keluarga) LEFT JOIN anggota a USING (id_keluarga) "
        f"WHERE {' AND '.join(syarat)}", params).fetchone()
    total = _sebagai_dict(_lembar(baca)["Rekap"])[-1]
    assert (total["Jumlah KK"], total["Jumlah Jiwa"]) == (k, a)
    if opsi.get("dengan_nama"):
        assert hasil.jumlah_baris["Data Keluarga"] == wb["Data Keluarga"].max_row - 1 == k
        assert hasil.jumlah_baris["Data Anggota"] == wb["Data Anggota"].max_row - 1 == a
    dari_cal = ekspor.sha256_baris((n, cal.get_sheet_by_name(n).iter_rows()) for n in data)
    assert dari_cal == hasil.sha256_data == ekspor.sha256_workbook(
        path, opsi.get("kata_sandi"))[0]
