"""Two laptops, one office database (issue 5 re-import, played through as the office does):
a family verified differently on two laptops is a conflict settled by a choice, never the later
workbook silently overwriting the earlier; round trips office -> laptop -> office and a laptop
re-importing the office's newer workbook are no conflicts; a stale laptop value is named; the
same workbook twice changes nothing. Databases from P3KE files written with openpyxl."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain import status
from kalbar_desktop.exchange import ekspor, impor_koreksi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan
from tests.lapangan import ANAK, ID_KELUARGA, OPERATOR_A, OPERATOR_B, VERIFIKATOR, db_desa
from tests.unit.test_lapangan import _ditemukan

K1, K2, K3, K4 = ID_KELUARGA[:4]


def _laptop(kantor: Path, nama: str) -> Path:
    """A laptop's database: a copy of the office file taken now."""
    path = kantor.with_name(f"{nama}.db")
    shutil.copy(kantor, path)
    return path


def _simpan(path: Path, idk: str, pengguna, anggota=(), **isian) -> None:
    with sdb.terbuka(path) as db:
        d = sv.muat(db, idk)
        v = _ditemukan(**{"nama_verifikator": pengguna.nama, **isian})
        sv.simpan(db, idk, pengguna, v, d.versi, anggota=anggota)


def _ekspor(path: Path, nama: str) -> Path:
    buku = path.with_name(f"{nama}.xlsx")
    with sdb.terbuka(path) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(buku, dengan_nama=True, nik_penuh=True,
                                            alasan="Gabung di kantor"), VERIFIKATOR)
    return buku


def _baca(kantor: Path, buku: Path) -> impor_koreksi.Pratinjau:
    with sdb.terbuka(kantor) as db:
        return impor_koreksi.baca(db, buku, VERIFIKATOR)


def _terapkan(kantor: Path, p: impor_koreksi.Pratinjau) -> impor_koreksi.HasilTerap:
    with sdb.terbuka(kantor) as db:
        return impor_koreksi.terapkan(db, p, VERIFIKATOR)


def _v(path: Path, idk: str):
    with sdb.terbuka(path) as db:
        return sv.muat(db, idk)


def _anak(path: Path) -> dict:
    return next(a for a in _v(path, K1).anggota if a["id_individu"] == ANAK)


def test_keluarga_sama_beda_di_dua_laptop_jadi_konflik_yang_dipilih(tmp_path):
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    # both laptops visit family 1 (different notes, different note on the child); A also 2,
    # B also 3
    _simpan(la, K1, OPERATOR_A, catatan="rumah papan",
            anggota=[sv.PerubahanAnggota(ANAK, catatan="sekolah")])
    _simpan(la, K2, OPERATOR_A, catatan="A2")
    _simpan(lb, K1, OPERATOR_B, catatan="rumah tembok",
            anggota=[sv.PerubahanAnggota(ANAK, catatan="merantau")])
    _simpan(lb, K3, OPERATOR_B, catatan="B3")
    wa, wb = _ekspor(la, "laptop_a"), _ekspor(lb, "laptop_b")
    _terapkan(kantor, _baca(kantor, wa))
    assert _v(kantor, K1).verifikasi.catatan == "rumah papan"

    p = _baca(kantor, wb)
    # family 3 (only B) is applied as before; family 1 waits for a choice
    assert [k.id_keluarga for k in p.keluarga] == [K3]
    [k1] = p.konflik
    assert k1.id_keluarga == K1 and k1.menunggu
    pilih = {(x.perubahan.field, x.perubahan.id_individu): x for x in k1.konflik}
    assert set(pilih) == {("catatan", None), ("nama_verifikator", None), ("catatan", ANAK)}
    assert {x.jenis for x in k1.konflik} == {"KONFLIK"}
    x = pilih[("catatan", None)]
    assert (x.perubahan.lama, x.perubahan.baru) == ("rumah papan", "rumah tembok")
    assert x.asal.startswith("diisi dari workbook laptop_a.xlsx (impor ulang oleh Rina pada ")
    [m] = [m for m in p.masalah if m.kolom and m.kolom.endswith("(Catatan)")]
    assert m.jenis == "KONFLIK_WORKBOOK" and m.id_keluarga == K1 and m.baris
    assert "di basis data 'rumah papan', di workbook 'rumah tembok'" in m.pesan
    assert "1 keluarga berkonflik (3 isian" in p.pesan()

    # applied without a choice: family 1 keeps A's values, and is named as waiting
    sebelum = _v(kantor, K1)
    hasil = _terapkan(kantor, p)
    assert hasil.diterapkan == [K3] and hasil.menunggu == [K1]
    assert "1 keluarga berkonflik belum dipilih nilainya" in hasil.pesan()
    assert _v(kantor, K1).verifikasi == sebelum.verifikasi
    assert _anak(kantor)["catatan"] == "sekolah"

    # read again (nothing of B's family 1 was applied), choose per field
    p = _baca(kantor, wb)
    [k1] = p.konflik
    for x in k1.konflik:
        x.pilihan = (impor_koreksi.PAKAI_WORKBOOK if x.perubahan.field == "catatan"
                     else impor_koreksi.PAKAI_BASIS)
    hasil = _terapkan(kantor, p)
    assert hasil.diterapkan == [K1] and hasil.diputuskan == 3
    v = _v(kantor, K1).verifikasi
    assert (v.catatan, v.nama_verifikator) == ("rumah tembok", "Ani")
    assert _anak(kantor)["catatan"] == "merantau"
    with sdb.terbuka(kantor) as db:
        pilihan = db.execute(
            "SELECT pengguna, id_rekaman, kolom, nilai_lama, nilai_baru, keterangan "
            "FROM audit_log WHERE aksi = 'PILIH_KONFLIK' ORDER BY id").fetchall()
    per_kolom = {(r[1], r[2]): r for r in pilihan}
    assert sorted(r[:5] for r in pilihan) == sorted([
        ("Rina", K1, "catatan", "rumah papan", "rumah tembok"),
        ("Rina", K1, "nama_verifikator", "Ani", "Budi"),
        ("Rina", ANAK, "catatan", "sekolah", "merantau")])
    assert per_kolom[(K1, "catatan")][5].startswith(
        "dipakai nilai workbook (basis data diisi dari workbook laptop_a.xlsx")
    assert per_kolom[(K1, "nama_verifikator")][5].startswith("dipakai nilai basis data")
    # B's workbook once more: nothing left to do, and nothing asked again
    p = _baca(kantor, wb)
    assert p.keluarga == [] and p.konflik == [] and p.masalah == []
    assert p.sudah_diputuskan == 1  # Budi as verifier, refused above
    assert "1 isian sudah diputuskan pada impor sebelumnya" in p.pesan()


def test_status_dan_kelayakan_beda_di_dua_laptop(tmp_path):
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    _simpan(la, K2, OPERATOR_A)
    _simpan(lb, K2, OPERATOR_B, kelayakan="TIDAK_LAYAK", alasan="MAMPU")
    _terapkan(kantor, _baca(kantor, _ekspor(la, "laptop_a")))
    p = _baca(kantor, _ekspor(lb, "laptop_b"))
    [k] = p.konflik
    # the alasan only B filled is a choice too: it goes with B's kelayakan
    assert {x.perubahan.field for x in k.konflik} == {"kelayakan", "alasan", "nama_verifikator"}
    alasan = next(x for x in k.konflik if x.perubahan.field == "alasan")
    assert alasan.asal == "hanya workbook yang mengubah isian ini" and k.perubahan == []
    assert p.pilih(impor_koreksi.PAKAI_WORKBOOK, K2) == 3
    assert _terapkan(kantor, p).diterapkan == [K2]
    v = _v(kantor, K2).verifikasi
    assert (v.kelayakan, v.alasan, v.nama_verifikator) == ("TIDAK_LAYAK", "MAMPU", "Budi")


def test_pilihan_yang_melanggar_aturan_ditolak_dan_basis_data_utuh(tmp_path):
    """A says Tidak layak (Mampu), B says Layak. B's Kelayakan chosen with A's Alasan kept is
    refused naming the field, the database unchanged; B's whole row is applied."""
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    _simpan(la, K2, OPERATOR_A, kelayakan="TIDAK_LAYAK", alasan="MAMPU")
    _simpan(lb, K2, OPERATOR_B)
    _terapkan(kantor, _baca(kantor, _ekspor(la, "laptop_a")))
    p = _baca(kantor, _ekspor(lb, "laptop_b"))
    [k] = p.konflik
    # the alasan B left empty is offered with the conflict, not silently kept
    assert {x.perubahan.field for x in k.konflik} == {"kelayakan", "alasan", "nama_verifikator"}
    for x in k.konflik:
        x.pilihan = (impor_koreksi.PAKAI_WORKBOOK if x.perubahan.field == "kelayakan"
                     else impor_koreksi.PAKAI_BASIS)
    with sdb.terbuka(kantor) as db:
        sebelum = cuplikan(db)
        hasil = impor_koreksi.terapkan(db, p, VERIFIKATOR)
        assert hasil.diterapkan == []
        [g] = hasil.gagal
        assert g.id_keluarga == K2 and g.kolom == status.LABEL_FIELD["alasan"], g
        assert g.pesan == "Alasan hanya diisi bila keluarga tidak layak"
        baru = cuplikan(db)
    jejak = ("audit_log", "audit_segel")  # the re-import itself is recorded
    assert {t: r for t, r in baru.items() if t not in jejak} == {
        t: r for t, r in sebelum.items() if t not in jejak}
    p = _baca(kantor, lb.with_name("laptop_b.xlsx"))
    p.pilih(impor_koreksi.PAKAI_WORKBOOK, K2)
    assert _terapkan(kantor, p).diterapkan == [K2]
    v = _v(kantor, K2).verifikasi
    assert (v.kelayakan, v.alasan, v.nama_verifikator) == ("LAYAK", None, "Budi")


def test_pulang_pergi_laptop_kantor_bukan_konflik(tmp_path):
    """A laptop's second workbook knows what its first brought to the office: changing the same
    family again on the laptop is an update, not a conflict."""
    kantor = db_desa(tmp_path)
    la = _laptop(kantor, "laptop_a")
    _simpan(la, K1, OPERATOR_A, catatan="senin")
    _terapkan(kantor, _baca(kantor, _ekspor(la, "laptop_a_senin")))
    _simpan(la, K1, OPERATOR_A, catatan="rabu, dikoreksi")
    _simpan(la, K2, OPERATOR_A, catatan="rabu")
    p = _baca(kantor, _ekspor(la, "laptop_a_rabu"))
    assert p.konflik == [] and p.masalah == []
    assert {(k.id_keluarga, u.field, u.baru) for k in p.keluarga for u in k.perubahan
            if u.field == "catatan"} == {(K1, "catatan", "rabu, dikoreksi"),
                                         (K2, "catatan", "rabu")}


def test_laptop_mengimpor_workbook_kantor_lalu_mengubah_bukan_konflik(tmp_path):
    """The office changes family 2 and sends its workbook to the laptop, which re-imports it,
    then changes family 2 again: its next workbook knew the office's value (was a conflict)."""
    kantor = db_desa(tmp_path)
    la = _laptop(kantor, "laptop_a")
    _simpan(kantor, K2, VERIFIKATOR, catatan="dari kantor")
    wk = _ekspor(kantor, "kantor_selasa")
    p = _baca(la, wk)
    assert p.dari_basis_data_lain and p.konflik == []
    _terapkan(la, p)
    assert _v(la, K2).verifikasi.catatan == "dari kantor"
    _simpan(la, K2, OPERATOR_A, catatan="dari kantor, dicek laptop")
    p = _baca(kantor, _ekspor(la, "laptop_a_kamis"))
    assert p.konflik == [] and p.masalah == []
    [k] = p.keluarga
    assert {(u.field, u.lama, u.baru) for u in k.perubahan} == {
        ("catatan", "dari kantor", "dari kantor, dicek laptop"),
        ("nama_verifikator", "Rina", "Ani")}


def test_nilai_lama_dari_laptop_disebut_dan_bisa_dipilih(tmp_path):
    """A laptop database imported on its own from the same P3KE files (nothing shared with the
    office's log) holds a value the office once had: the office keeps its newer value, says so,
    and the workbook's value can be chosen."""
    kantor = db_desa(tmp_path)
    (tmp_path / "laptop").mkdir()
    la = db_desa(tmp_path / "laptop")
    _simpan(kantor, K3, VERIFIKATOR, catatan="awal")
    _simpan(kantor, K3, VERIFIKATOR, catatan="kantor baru")
    _simpan(la, K3, OPERATOR_A, catatan="awal", nama_verifikator="Rina")
    p = _baca(kantor, _ekspor(la, "laptop_lain"))
    assert p.dari_basis_data_lain and p.masalah == [] and p.keluarga == []
    [k] = p.konflik
    [x] = k.konflik
    assert (x.jenis, x.pilihan) == ("NILAI_LAMA", impor_koreksi.PAKAI_BASIS)
    assert (f"Nilai lama dari laptop diabaikan: 1 isian di workbook sama dengan nilai yang dulu "
            f"pernah dipegang basis data ini (misalnya ID Keluarga {K3}, Catatan: workbook "
            "'awal', basis data 'kantor baru'); nilai basis data dipakai.") in p.pesan()
    assert _terapkan(kantor, p).diterapkan == []
    assert _v(kantor, K3).verifikasi.catatan == "kantor baru"
    p = _baca(kantor, _ekspor(la, "laptop_lain"))
    p.pilih(impor_koreksi.PAKAI_WORKBOOK, K3)
    assert _terapkan(kantor, p).diterapkan == [K3]
    assert _v(kantor, K3).verifikasi.catatan == "awal"


def _jalan(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_dua_salinan_workbook_kantor_diedit_di_excel_lewat_konsol(tmp_path):
    """The office exports once and gives the workbook to two operators who fill it in a
    spreadsheet program (openpyxl here); both fill family 1. The second is a conflict on the
    console until --pakai-workbook/--pakai-basis-data says which."""
    kantor = db_desa(tmp_path)
    buku = tmp_path / "desa.xlsx"
    hasil = _jalan("--db", str(kantor), "export", str(buku), "--dengan-nama", "--alasan",
                   "Uji dua operator",
                   "--user", "Rina")
    assert hasil.exit_code == 0, hasil.output

    def isi(nama: str, **per_id: dict) -> Path:
        wb = openpyxl.load_workbook(buku)
        ws = wb["Data Keluarga"]
        kolom = {c.value: c.column for c in ws[1]}
        for r in range(2, ws.max_row + 1):
            for judul, nilai in per_id.get(f"k{ws.cell(r, 1).value}", {}).items():
                ws.cell(r, kolom[judul]).value = nilai
        keluar = tmp_path / f"{nama}.xlsx"
        wb.save(keluar)
        return keluar

    biasa = {"Status verifikasi": "Ditemukan", "Kelayakan": "Layak",
             "Tanggal kunjungan": "20/11/2026"}
    wa = isi("operator_a", **{f"k{K1}": {**biasa, "Nama verifikator": "Ani",
                                         "Catatan": "pagi"}})
    wb = isi("operator_b", **{f"k{K1}": {**biasa, "Nama verifikator": "Ani",
                                         "Catatan": "sore"},
                              f"k{K4}": {**biasa, "Nama verifikator": "Budi"}})
    hasil = _jalan("--db", str(kantor), "reimport", str(wa), "--user", "Rina", "--apply")
    assert hasil.exit_code == 0 and "1 keluarga diperbarui" in hasil.output, hasil.output
    hasil = _jalan("--db", str(kantor), "reimport", str(wb), "--user", "Rina", "--apply")
    assert hasil.exit_code == 0, hasil.output
    [baris] = [b for b in hasil.output.splitlines() if K1 in b and "Tidak diterapkan" in b]
    assert re.search(r"Lembar Data Keluarga baris \d+, kolom [A-Z]+ \(Catatan\) \(ID Keluarga "
                     rf"{K1}\): diisi dari workbook operator_a.xlsx \(impor ulang oleh Rina", baris)
    assert "di basis data 'pagi', di workbook 'sore'" in baris
    assert "1 keluarga diperbarui" in hasil.output  # family 4
    assert "1 keluarga berkonflik belum dipilih nilainya" in hasil.output
    assert _v(kantor, K1).verifikasi.catatan == "pagi"
    hasil = _jalan("--db", str(kantor), "reimport", str(wb), "--user", "Rina", "--apply",
                   "--pakai-workbook", "0000000000")
    assert hasil.exit_code != 0
    assert "ID Keluarga 0000000000 tidak berkonflik di workbook operator_b.xlsx" in hasil.output
    hasil = _jalan("--db", str(kantor), "reimport", str(wb), "--user", "Rina", "--apply",
                   "--pakai-workbook", K1)
    assert hasil.exit_code == 0, hasil.output
    assert "1 keluarga diperbarui dari workbook; 1 konflik diputuskan" in hasil.output
    assert _v(kantor, K1).verifikasi.catatan == "sore"
    # the same workbook a third time: nothing
    hasil = _jalan("--db", str(kantor), "reimport", str(wb), "--user", "Rina")
    assert "0 keluarga berubah (0 isian)" in hasil.output and "konflik" not in hasil.output


def test_workbook_diolah_di_excel_diurutkan_disembunyikan_dihapus_nik_angka(tmp_path):
    """Rows sorted the other way, a column hidden, a row deleted, NIKs typed as numbers (openpyxl
    writes what a spreadsheet program would): the families are matched by ID, the deleted row
    changes nothing and is named, a corrected NIK stored as a number is refused naming sheet,
    row and column (Excel keeps 15 digits), the database unchanged by the refused family."""
    kantor = db_desa(tmp_path)
    buku = tmp_path / "desa.xlsx"
    assert _jalan("--db", str(kantor), "export", str(buku), "--dengan-nama", "--nik-penuh",
                  "--alasan", "Uji excel", "--user", "Rina").exit_code == 0
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    isi = sorted(([c.value for c in r] for r in ws.iter_rows(min_row=2)),
                 key=lambda r: r[0], reverse=True)
    for i, r in enumerate(isi, start=2):
        for j, v in enumerate(r, start=1):
            ws.cell(i, j).value = v
    ws.column_dimensions[openpyxl.utils.get_column_letter(kolom["Kelayakan"])].hidden = True
    for i in range(2, ws.max_row + 1):
        if ws.cell(i, 1).value in (K1, K2):
            for judul, nilai in (("Status verifikasi", "Ditemukan"), ("Kelayakan", "Layak"),
                                 ("Tanggal kunjungan", "20/11/2026"),
                                 ("Nama verifikator", "Ani")):
                ws.cell(i, kolom[judul]).value = nilai
    baris_k6 = next(i for i in range(2, ws.max_row + 1) if ws.cell(i, 1).value == ID_KELUARGA[5])
    ws.delete_rows(baris_k6)
    wa = wb["Data Anggota"]
    ka = {c.value: c.column for c in wa[1]}
    baris_anak = next(i for i in range(2, wa.max_row + 1)
                      if wa.cell(i, ka["ID Individu"]).value == ANAK)
    wa.cell(baris_anak, ka["NIK perbaikan"]).value = 6172010505100010  # 16 digits, a number
    keluar = tmp_path / "desa-excel.xlsx"
    wb.save(keluar)

    with sdb.terbuka(kantor) as db:
        sebelum = cuplikan(db)
    hasil = _jalan("--db", str(kantor), "reimport", str(keluar), "--user", "Rina", "--apply")
    assert hasil.exit_code == 0, hasil.output
    kolom_nik = openpyxl.utils.get_column_letter(ka["NIK perbaikan"])
    assert (f"Tidak diterapkan: Lembar Data Anggota baris {baris_anak}, kolom {kolom_nik} (NIK "
            f"perbaikan) (ID Keluarga {K1}): NIK perbaikan 6172010505100010 tersimpan sebagai "
            "angka, bukan teks: Excel hanya menyimpan 15 digit") in hasil.output
    assert ("Lembar Data Keluarga kini memuat 5 baris berisi ID, saat diekspor 6: keluarga yang "
            "barisnya dihapus tidak diubah") in hasil.output
    assert "1 keluarga diperbarui" in hasil.output
    v2 = _v(kantor, K2).verifikasi
    assert (v2.status_verifikasi, v2.kelayakan, v2.nama_verifikator) == ("DITEMUKAN", "LAYAK",
                                                                         "Ani")
    with sdb.terbuka(kantor) as db:
        sesudah = cuplikan(db)
    for tabel in ("keluarga", "anggota", "verifikasi_anggota"):
        assert sesudah[tabel] == sebelum[tabel], tabel
    assert _v(kantor, K1).verifikasi.status_verifikasi == "BELUM"


def test_dua_isian_satu_anggota_dipilih_berbeda(tmp_path):
    """A member corrected on both laptops in two fields: the NIK from B, the note from A."""
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    _simpan(la, K1, OPERATOR_A, anggota=[sv.PerubahanAnggota(
        ANAK, catatan="catatan A", nik_perbaikan="6172010505100004")])
    _simpan(lb, K1, OPERATOR_B, nama_verifikator="Ani", anggota=[sv.PerubahanAnggota(
        ANAK, catatan="catatan B", nik_perbaikan="6172010505100005")])
    _terapkan(kantor, _baca(kantor, _ekspor(la, "laptop_a")))
    p = _baca(kantor, _ekspor(lb, "laptop_b"))
    [k] = p.konflik
    assert {x.perubahan.field for x in k.konflik} == {"catatan", "nik_perbaikan"}
    for x in k.konflik:
        x.pilihan = (impor_koreksi.PAKAI_WORKBOOK if x.perubahan.field == "nik_perbaikan"
                     else impor_koreksi.PAKAI_BASIS)
    assert _terapkan(kantor, p).diterapkan == [K1]
    anak = _anak(kantor)
    assert (anak["nik_perbaikan"], anak["catatan"]) == ("6172010505100005", "catatan A")


def test_pilihan_basis_data_diingat_untuk_workbook_berikut_laptop_yang_sama(tmp_path):
    """The office kept A's values over B's for family 1. B's next workbook still holds B's old
    values there (and its alasan): not asked again, nothing refused, B's new work applied."""
    kantor = db_desa(tmp_path)
    la, lb = _laptop(kantor, "laptop_a"), _laptop(kantor, "laptop_b")
    _simpan(la, K1, OPERATOR_A, catatan="A")
    _simpan(lb, K1, OPERATOR_B, kelayakan="TIDAK_LAYAK", alasan="MAMPU", catatan="B")
    _terapkan(kantor, _baca(kantor, _ekspor(la, "laptop_a")))
    p = _baca(kantor, _ekspor(lb, "laptop_b_1"))
    assert p.pilih(impor_koreksi.PAKAI_BASIS, K1) == 4
    assert _terapkan(kantor, p).diputuskan == 4
    _simpan(lb, K3, OPERATOR_B, catatan="B kamis")
    p = _baca(kantor, _ekspor(lb, "laptop_b_2"))
    assert p.konflik == [] and p.masalah == [] and p.sudah_diputuskan == 4
    assert [k.id_keluarga for k in p.keluarga] == [K3]
    v = _v(kantor, K1).verifikasi
    assert (v.kelayakan, v.alasan, v.catatan) == ("LAYAK", None, "A")
