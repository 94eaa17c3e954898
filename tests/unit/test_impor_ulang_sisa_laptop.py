"""Re-import leftovers from the field: a masked NIK on a new member, one bad new-member row in an
otherwise good family, leftover rows without ID Individu, an ID Keluarga that Excel turned into
a number, the office's usulan renamed after the export, and the same usulan coming back.
Databases from P3KE files written with openpyxl (tests/lapangan.py); workbooks exported by the
application and edited by hand with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kalbar_desktop.exchange import ekspor, impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan
from tests.lapangan import (
    ANAK,
    DESA,
    ID_KELUARGA,
    OPERATOR_A,
    OPERATOR_B,
    VERIFIKATOR,
    berkas_desa,
    db_desa,
)
from tests.unit.test_anggota_baru_impor_ulang import (
    BAYI_A,
    NENEK,
    _anggota,
    _baris_anggota,
    workbook_kantor_diketik,
)
from tests.unit.test_dua_laptop import _baca, _ekspor, _jalan, _laptop, _simpan, _terapkan, _v
from tests.unit.test_usulan_bentrok_impor_ulang import UB, _catat, _usulan

K1, K2, K3 = ID_KELUARGA[:3]


def _kunjungan_dengan_bayi(laptop: Path, idk: str, bayi: dict, catatan: str) -> None:
    """A visit saved on the laptop with a note, adding a baby (Tambah anggota)."""
    _simpan(laptop, idk, OPERATOR_A, catatan=catatan,
            anggota=[sv.PerubahanAnggota(None, data_baru=dict(bayi))])


def _huruf(kolom: dict[str, int], judul: str) -> str:
    return openpyxl.utils.get_column_letter(kolom[judul])


def test_nik_tersamar_anggota_baru_hanya_barisnya_ditahan(tmp_path):
    """A workbook exported with masked NIKs: the baby with a (masked) NIK is not added and its
    row says which column and what to type; the family's visit is applied all the same; a baby
    without NIK in another family is added without one."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _kunjungan_dengan_bayi(laptop, K1, BAYI_A, "bayi lahir bulan lalu")
    _kunjungan_dengan_bayi(laptop, K2, {**BAYI_A, "nama": "Bayi Tanpa NIK", "nik": None},
                           "bayi belum punya NIK")
    buku = tmp_path / "samar.xlsx"
    with sdb.terbuka(laptop) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(buku, dengan_nama=True, alasan="Gabung"),
                      VERIFIKATOR)
    _wb, r, kolom = _baris_anggota(buku, "Putri Bayi")
    huruf = _huruf(kolom, "NIK")

    p = _baca(kantor, buku)
    [m] = [m for m in p.masalah if m.lembar == "Data Anggota"]
    assert (m.baris, m.id_keluarga, m.kolom) == (r, K1, f"{huruf} (NIK)")
    assert m.pesan == (
        f"Anggota baru: NIK 617201******0001 di kolom {huruf} (NIK) tersamar (workbook "
        "diekspor tanpa NIK lengkap) dan tidak disimpan sebagai NIK. Ketik NIK lengkap 16 "
        "digit sebagai teks (awali dengan tanda petik '), atau kosongkan sel itu agar anggota "
        "ini ditambahkan tanpa NIK (NIK diisi kemudian di formulir), lalu impor lagi")
    assert not [m for m in p.masalah if m.lembar == "Data Keluarga"]
    per_id = {k.id_keluarga: k for k in p.keluarga}
    assert per_id[K1].anggota_baru == [] and per_id[K1].verifikasi.catatan == \
        "bayi lahir bulan lalu"
    assert [b.nama for b in per_id[K2].anggota_baru] == ["Bayi Tanpa NIK"]
    assert "1 anggota baru bermasalah tidak ditambahkan" in p.pesan()

    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == "bayi lahir bulan lalu"
    assert "Putri Bayi" not in _anggota(kantor, K1)
    assert _anggota(kantor, K2)["Bayi Tanpa NIK"]["nik"] is None

    # the row typed again with the full NIK, as text: the baby comes with it, nothing else moves
    wb, r, kolom = _baris_anggota(buku, "Putri Bayi")
    wb["Data Anggota"].cell(r, kolom["NIK"]).value = BAYI_A["nik"]
    dibetulkan = tmp_path / "dibetulkan.xlsx"
    wb.save(dibetulkan)
    p = _baca(kantor, dibetulkan)
    assert not p.masalah and p.jumlah_perubahan == 0
    assert [(k.id_keluarga, b.nama) for k, b in p.anggota_baru] == [(K1, "Putri Bayi")]
    _terapkan(kantor, p)
    assert _anggota(kantor, K1)["Putri Bayi"]["nik"] == BAYI_A["nik"]


def test_satu_anggota_baru_salah_tidak_menahan_keluarganya(tmp_path):
    """A bad new-member row (sex 'X') holds back only itself: the family's visit and its other
    new member are applied, the bad row is listed with sheet, row and column."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    _simpan(laptop, K1, OPERATOR_A, catatan="dua anggota baru",
            anggota=[sv.PerubahanAnggota(None, data_baru=dict(BAYI_A)),
                     sv.PerubahanAnggota(None, data_baru=dict(NENEK))])
    wb, r, kolom = _baris_anggota(_ekspor(laptop, "laptop_a"), "Putri Bayi")
    wb["Data Anggota"].cell(r, kolom["Jenis Kelamin"]).value = "X"
    buku = tmp_path / "salah.xlsx"
    wb.save(buku)

    p = _baca(kantor, buku)
    [m] = p.masalah
    assert (m.lembar, m.baris, m.id_keluarga, m.kolom) == (
        "Data Anggota", r, K1, f"{_huruf(kolom, 'Jenis Kelamin')} (Jenis Kelamin)")
    assert m.pesan == "Anggota baru: Jenis Kelamin: pilih nilai dari daftar (X)"
    [k1] = p.keluarga
    assert [b.nama for b in k1.anggota_baru] == ["Mariam"]
    assert ("1 anggota baru bermasalah tidak ditambahkan (baris lain keluarganya tetap "
            "diterapkan); betulkan barisnya lalu impor lagi.") in p.pesan()
    hasil = _terapkan(kantor, p)
    assert hasil.diterapkan == [K1] and hasil.anggota_baru == 1
    anggota = _anggota(kantor, K1)
    assert "Mariam" in anggota and "Putri Bayi" not in anggota
    assert _v(kantor, K1).verifikasi.catatan == "dua anggota baru"


def test_kepala_keluarga_baru_salah_menahan_keluarganya_dengan_alasan(tmp_path):
    """A new head whose row is bad: the family waits (a new head changes the head's data, and
    the old head may be marked as died in the same workbook); the preview says why."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    with sdb.terbuka(laptop) as db:
        d = sv.muat(db, K2)
        kepala = d.anggota[0]["id_individu"]
    _simpan(laptop, K2, OPERATOR_A, catatan="kepala meninggal, istri jadi kepala",
            anggota=[sv.PerubahanAnggota(kepala, status_anggota="MENINGGAL"),
                     sv.PerubahanAnggota(None, data_baru={
                         "nama": "Janda Kepala", "hubungan": "Kepala Keluarga",
                         "jenis_kelamin": "Perempuan", "tanggal_lahir": "1982-01-01"})])
    wb, r, kolom = _baris_anggota(_ekspor(laptop, "laptop_a"), "Janda Kepala")
    wb["Data Anggota"].cell(r, kolom["Tanggal Lahir"]).value = "31/02/1982"
    buku = tmp_path / "kepala.xlsx"
    wb.save(buku)
    with sdb.terbuka(kantor) as db:
        sebelum = cuplikan(db)

    p = _baca(kantor, buku)
    assert p.keluarga == []
    [baris] = [m for m in p.masalah if m.lembar == "Data Anggota"]
    assert baris.baris == r and baris.kolom.endswith("(Tanggal Lahir)")
    [k] = [m for m in p.masalah if m.lembar == "Data Keluarga"]
    assert (k.id_keluarga, k.jenis) == (K2, "ANGGOTA_BERMASALAH")
    assert k.pesan == (
        f"Anggota baru Janda Kepala (lembar Data Anggota baris {r}) dicatat sebagai Kepala "
        "Keluarga tetapi barisnya bermasalah, jadi tidak ada perubahan keluarga ini yang "
        "diterapkan: kepala keluarga baru mengganti data kepala keluarga, dan perubahan lain "
        "keluarga ini bisa bergantung padanya. Betulkan baris anggota itu lalu impor lagi "
        "workbook ini")
    _terapkan(kantor, p)
    with sdb.terbuka(kantor) as db:
        sesudah = cuplikan(db)
    assert sesudah["verifikasi_keluarga"] == sebelum["verifikasi_keluarga"]
    assert sesudah["anggota"] == sebelum["anggota"]


def test_baris_sisa_tanpa_id_individu_diabaikan_yang_berisi_disebut(tmp_path):
    """Rows left in Data Anggota after a member's cells were cleared in Excel: only the family's
    ID (text or number) or its desa, or spaces: ignored. A row with a name but no ID Individu
    and no 'Anggota baru' is still listed."""
    kantor, wb, tambah = workbook_kantor_diketik(tmp_path)
    tambah(**{"ID Keluarga P3KE": K1})
    tambah(**{"ID Keluarga P3KE": int(K2), "Kode Kemdagri": DESA})
    tambah(**{"ID Keluarga P3KE": K3, "Nama": "  ", "Catatan anggota": " "})
    tambah(**{"Kode Kemdagri": DESA, "Pekerjaan": " "})
    r_nama = tambah(**{"ID Keluarga P3KE": K3, "Nama": "Orang Tanpa Status"})
    kolom = {c.value: c.column for c in wb["Data Anggota"][1]}
    wb["Data Anggota"].cell(2, kolom["Catatan anggota"]).value = "dicek ulang"
    diedit = tmp_path / "sisa.xlsx"
    wb.save(diedit)

    p = _baca(kantor, diedit)
    assert [(m.baris, m.pesan.split(".")[0]) for m in p.masalah] == [
        (r_nama, "ID Individu kosong")]
    assert [u.baru for k in p.keluarga for u in k.perubahan] == ["dicek ulang"]


def test_usulan_sama_kembali_anggotanya_bukan_peringatan_ganda(tmp_path):
    """The office's usulan verified on a laptop and back: its members are the usulan's own,
    already here; the preview says so instead of 'anggota baru sudah ada'."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", "6172010101800001", "Udin") == UB
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    buku = _ekspor(laptop, "laptop_a")

    p = _baca(kantor, buku)
    assert p.anggota_baru_sudah_ada == []
    assert p.usulan_sama == {UB: 2}
    assert "sudah ada, tidak ditambahkan lagi" not in p.pesan()
    assert (f"Usulan keluarga baru {UB} kembali dari workbook ini: 2 anggotanya memang anggota "
            "usulan itu di basis data ini, tidak ada yang perlu ditambahkan.") in p.pesan()
    hasil = _jalan("--db", str(kantor), "reimport", str(buku), "--user", "Rina")
    assert "Sudah ada" not in hasil.output and "sudah tercatat" not in hasil.output
    assert f"Usulan keluarga baru {UB} kembali dari workbook ini" in hasil.output


def _id_angka(buku: Path, baris_id: dict[str, object], catatan: dict[str, str],
              keluar: Path) -> int:
    """The workbook with the given families' ID cells in Data Keluarga replaced (text -> a
    number, as Excel does) and their Catatan set; returns the row of the first."""
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    pertama = 0
    for r in range(2, ws.max_row + 1):
        idk = ws.cell(r, kolom["ID Keluarga P3KE"]).value
        if idk in baris_id:
            pertama = pertama or r
            ws.cell(r, kolom["ID Keluarga P3KE"]).value = baris_id[idk]
            ws.cell(r, kolom["Catatan"]).value = catatan[idk]
    wb.save(keluar)
    return pertama


def test_id_keluarga_jadi_angka_dicocokkan_kembali(tmp_path):
    """Excel turned two ID cells into numbers (0061729003 -> 61729003): each is matched back to
    its family (the only one with those digits), also a new member's family in Data Anggota; a
    number no family has is refused, asking for the ID as text."""
    kantor, wb, tambah = workbook_kantor_diketik(tmp_path)
    r_bayi = tambah(**{"ID Keluarga P3KE": int(K2), "Nama": "Bayi Angka",
                       "Status anggota": "Anggota baru", "Hubungan dengan Kepala Keluarga": "Anak",
                       "Jenis Kelamin": "P", "Tanggal Lahir": "01/02/2026"})
    buku = tmp_path / "diketik.xlsx"
    wb.save(buku)
    diedit = tmp_path / "angka.xlsx"
    r3 = _id_angka(buku, {K3: int(K3), ID_KELUARGA[3]: 61729999.0},
                   {K3: "ID jadi angka", ID_KELUARGA[3]: "angka asing"}, diedit)

    p = _baca(kantor, diedit)
    assert {k.id_keluarga: [(u.field, u.baru) for u in k.perubahan] for k in p.keluarga} == {
        K3: [("catatan", "ID jadi angka")], K2: []}
    [k2] = [k for k in p.keluarga if k.id_keluarga == K2]
    assert [b.baris for b in k2.anggota_baru] == [r_bayi]
    assert p.id_dipulihkan[0] == (r3, "61729003", K3)
    assert (f"ID Keluarga yang tersimpan sebagai angka di workbook (nol di depan hilang) "
            f"dicocokkan kembali dengan keluarganya, misalnya baris {r3}: 61729003 -> {K3}."
            ) in p.pesan()
    [m] = p.masalah
    assert (m.lembar, m.jenis, m.kolom) == ("Data Keluarga", "ID_TIDAK_ADA", "A (ID Keluarga P3KE)")
    assert m.pesan.startswith("ID Keluarga 61729999 tersimpan sebagai angka (Excel menghapus nol "
                              "di depan) dan tidak cocok dengan keluarga mana pun")
    _terapkan(kantor, p)
    assert _v(kantor, K3).verifikasi.catatan == "ID jadi angka"
    assert "Bayi Angka" in _anggota(kantor, K2)


def test_id_keluarga_angka_yang_bisa_dua_keluarga_ditolak(tmp_path):
    """The database holds 0061729001 and 061729001 (two P3KE files): the number 61729001 could
    be either, so the row is refused and neither family changes."""
    kantor = db_desa(tmp_path)
    lain = tmp_path / "lain"
    lain.mkdir()
    berkas = berkas_desa(lain, 1)
    for path in berkas:
        wb = openpyxl.load_workbook(path)
        for ws in wb:
            for baris in ws.iter_rows():
                for sel in baris:
                    if isinstance(sel.value, str) and sel.value.startswith(K1):
                        sel.value = sel.value[1:]
        wb.save(path)
    with sdb.terbuka(kantor) as db:
        impor_p3ke.impor(db, list(berkas), pengguna="penguji")
    mirip = K1[1:]
    assert _v(kantor, mirip).verifikasi.status_verifikasi == "BELUM"
    diedit = tmp_path / "dua.xlsx"
    _id_angka(_ekspor(kantor, "kantor"), {K1: int(K1)}, {K1: "siapa?"}, diedit)
    with sdb.terbuka(kantor) as db:
        sebelum = cuplikan(db)

    p = _baca(kantor, diedit)
    assert p.keluarga == []
    [m] = p.masalah
    assert m.jenis == "NILAI_TIDAK_SAH" and m.pesan.startswith(
        f"ID Keluarga 61729001 tersimpan sebagai angka (Excel menghapus nol di depan) dan bisa "
        f"berarti lebih dari satu keluarga di basis data ini ({K1}, {mirip}); tidak diterapkan")
    _terapkan(kantor, p)
    with sdb.terbuka(kantor) as db:
        assert cuplikan(db)["verifikasi_keluarga"] == sebelum["verifikasi_keluarga"]


def _ubah_baris_usulan(buku: Path, keluar: Path, **isi: str) -> dict[str, object]:
    """The usulan's row of Data Keluarga edited (header -> value) and saved as ``keluar``;
    returns the row as it was (header -> value)."""
    wb = openpyxl.load_workbook(buku)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    [r] = [r for r in range(2, ws.max_row + 1)
           if ws.cell(r, kolom["ID Keluarga P3KE"]).value == UB]
    lama = {h: ws.cell(r, k).value for h, k in kolom.items()}
    for judul, nilai in isi.items():
        ws.cell(r, kolom[judul]).value = nilai
    wb.save(keluar)
    return lama


def _ganti_kepala(path: Path, idk: str, nama: str) -> None:
    """The head's name corrected in the form (a correction of the family's data)."""
    with sdb.terbuka(path) as db:
        d = sv.muat(db, idk)
        sv.simpan(db, idk, OPERATOR_B, d.verifikasi, d.versi, koreksi={"nama_kepala": nama})


def test_usulan_kantor_yang_diganti_namanya_dikenali_dari_riwayat(tmp_path):
    """The office's usulan (no NIK) is renamed 'Usman' -> 'Usman Hakim' before the laptop's
    copy and 'Usman bin Hakim' after it: the laptop's workbook (showing 'Usman Hakim') is the
    same family by the office's own history, and applied; the office's own workbook exported
    after the renames too. A laptop's other usulan is still refused."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", None, "Udin") == UB
    _ganti_kepala(kantor, UB, "Usman Hakim")
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    _ganti_kepala(kantor, UB, "Usman bin Hakim")

    p = _baca(kantor, _ekspor(laptop, "laptop_a"))
    assert not [m for m in p.masalah if m.jenis == "KELUARGA_LAIN"], p.masalah
    assert [k.id_keluarga for k in p.keluarga] == [UB]
    _terapkan(kantor, p)
    d = _v(kantor, UB)
    assert d.verifikasi.catatan == "rumah kayu di tepi parit"
    assert [a["catatan"] for a in d.anggota] == [None, "sekolah di SDN 3"]

    sendiri = tmp_path / "kantor_koreksi.xlsx"
    lama = _ubah_baris_usulan(_ekspor(kantor, "kantor"), sendiri, Catatan="dibetulkan provinsi")
    assert lama["Nama Kepala Keluarga"] == "Usman bin Hakim"
    p = _baca(kantor, sendiri)
    assert not p.masalah and [k.id_keluarga for k in p.keluarga] == [UB]



def test_usulan_lain_tetap_ditolak_walau_kantor_mengganti_nama(tmp_path):
    """The laptop's own usulan (another family, the same UB- ID) is still refused after the
    office renamed its usulan; the problem names the office's name in force."""
    kantor = db_desa(tmp_path)
    laptop = _laptop(kantor, "laptop_a")
    assert _usulan(kantor, OPERATOR_B, "Usman", None, "Udin") == UB
    _ganti_kepala(kantor, UB, "Usman Hakim")
    assert _usulan(laptop, OPERATOR_A, "Siti Aminah", None, "Sari") == UB
    _catat(laptop, UB, OPERATOR_A, "rumah di tepi sungai", "sekolah di SDN 1")
    p = _baca(kantor, _ekspor(laptop, "laptop_a"))
    [m] = [m for m in p.masalah if m.jenis == "KELUARGA_LAIN" and m.lembar == "Data Keluarga"]
    assert "kepala keluarga di workbook 'Siti Aminah' (desa 6172011001), di basis data " \
        "'Usman Hakim' (desa 6172011001)" in m.pesan
    assert UB not in [k.id_keluarga for k in p.keluarga]


def test_id_individu_jadi_angka_dicocokkan_kembali(tmp_path):
    """Excel turned the ID Individu column into numbers (006172900103 -> 6172900103): each
    member's correction reaches that member (the only one with those digits); a number no
    member has is refused, asking for the ID as text."""
    kantor = db_desa(tmp_path)
    wb = openpyxl.load_workbook(_ekspor(kantor, "kantor"))
    ws = wb["Data Anggota"]
    kolom = {c.value: c.column for c in ws[1]}
    [r] = [r for r in range(2, ws.max_row + 1)
           if ws.cell(r, kolom["ID Individu"]).value == ANAK]
    for baris in range(2, ws.max_row + 1):
        sel = ws.cell(baris, kolom["ID Individu"])
        sel.value = int(sel.value)
    ws.cell(r, kolom["Catatan anggota"]).value = "sekolah di SMP 2"
    r_asing = ws.max_row + 1
    ws.cell(r_asing, kolom["ID Keluarga P3KE"]).value = K1
    ws.cell(r_asing, kolom["ID Individu"]).value = 6172900199
    ws.cell(r_asing, kolom["Catatan anggota"]).value = "siapa?"
    buku = tmp_path / "angka.xlsx"
    wb.save(buku)

    p = _baca(kantor, buku)
    assert [(u.id_individu, u.baru) for k in p.keluarga for u in k.perubahan] == [
        (ANAK, "sekolah di SMP 2")]
    [m] = p.masalah
    assert (m.lembar, m.baris, m.kolom) == ("Data Anggota", r_asing, "C (ID Individu)")
    assert m.pesan.startswith("ID Individu 6172900199 tersimpan sebagai angka (Excel menghapus "
                              "nol di depan) dan tidak cocok dengan")
    _terapkan(kantor, p)
    assert [a["catatan"] for a in _v(kantor, K1).anggota
            if a["id_individu"] == ANAK] == ["sekolah di SMP 2"]


def test_usulan_kantor_dikenali_dari_nik_kepala_lama(tmp_path):
    """The head's NIK corrected at the office after the laptop's copy: the laptop's workbook,
    its head's name retyped in Excel, still carries the NIK the office held before (audited):
    the same family."""
    kantor = db_desa(tmp_path)
    assert _usulan(kantor, OPERATOR_B, "Usman", "6172010101800001", "Udin") == UB
    with sdb.terbuka(kantor) as db:
        d = sv.muat(db, UB)
        sv.simpan(db, UB, OPERATOR_B, d.verifikasi, d.versi,
                  koreksi={"nik_kepala": "6172010101800011"})
    laptop = _laptop(kantor, "laptop_a")
    _catat(laptop, UB, OPERATOR_A, "rumah kayu di tepi parit", "sekolah di SDN 3")
    with sdb.terbuka(kantor) as db:
        d = sv.muat(db, UB)
        sv.simpan(db, UB, OPERATOR_B, d.verifikasi, d.versi,
                  koreksi={"nik_kepala": "6172010101800021", "nama_kepala": "Usman Hakim"})
    buku = tmp_path / "nik_lama.xlsx"
    lama = _ubah_baris_usulan(_ekspor(laptop, "laptop_a"), buku,
                              **{"Nama Kepala Keluarga": "Pak Usman"})
    assert lama["NIK Kepala Keluarga"] == "6172010101800011"
    p = _baca(kantor, buku)
    assert [k.id_keluarga for k in p.keluarga] == [UB] and not p.masalah
