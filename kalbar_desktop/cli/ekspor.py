"""Commands for the office's output: the provincial workbook (``export``), its check
(``export-check``), the re-import of a corrected workbook (``reimport``) and the printed
documents (``document berita-acara|daftar-kunjungan``: one desa, or each desa of a region in
one PDF)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kalbar_desktop.cli import (
    akhiri_kemajuan,
    buka,
    gagal,
    kemajuan_konsol,
    main,
    opsi_db,
    opsi_db_tak_dipakai,
    opsi_timpa,
    periksa_tujuan,
)
from kalbar_desktop.cli.akun import BANTUAN_USER, pengguna_perintah, tolak_luar_wilayah
from kalbar_desktop.domain.akses import Aksi, boleh
from kalbar_desktop.domain.wilayah import LABEL_TINGKAT, PANJANG, Tingkat, tingkat
from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah
from kalbar_desktop.exchange import ekspor as xekspor
from kalbar_desktop.exchange import impor_koreksi
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage.db import BasisData


def _kata_sandi(berkas: Path | None) -> str | None:
    if berkas is None:
        return None
    try:
        teks = berkas.read_text(encoding="utf-8-sig")
    except OSError as e:
        gagal(f"Berkas kata sandi {berkas} tidak bisa dibaca: {e}")
    sandi = teks.splitlines()[0] if teks.splitlines() else ""
    if not sandi:
        gagal(f"Berkas kata sandi {berkas} kosong.")
    return sandi


ALASAN_TANPA_KETERANGAN = "Ekspor daftar nama lewat baris perintah tanpa --alasan"


def _alasan_konsol() -> str:
    """The reason for a by-name export when ``--alasan`` was not given: asked at a terminal;
    in a script (no terminal) the audit records that none was stated, and the export goes on
    as the issue's command line promises."""
    if sys.stdin.isatty():
        return click.prompt("Alasan ekspor daftar nama (dicatat di jejak audit)", err=True)
    click.echo(f"Catatan: tanpa --alasan; jejak audit mencatat: {ALASAN_TANPA_KETERANGAN}.",
               err=True)
    return ALASAN_TANPA_KETERANGAN


OPSI_WILAYAH_EKSPOR = {Tingkat.KABUPATEN_KOTA: "--kabupaten", Tingkat.KECAMATAN: "--kecamatan",
                       Tingkat.DESA_KELURAHAN: "--desa"}
"""The option of ``export`` that takes a code of each level."""


def periksa_tingkat(db: BasisData, kode: str, opsi: str, pilihan: dict[Tingkat, str]) -> None:
    """Stop (exit 1) when the code given to ``opsi`` is of another level than that option's
    (``pilihan``: level -> the option taking it), naming the code's level, its name and the
    option to use; a code whose level cannot be known (not 2, 4, 6 or 10 digits) is said so.
    Before, ``--desa 617201`` exported the kecamatan without a word."""
    t = tingkat(kode)
    diminta = next(k for k, v in pilihan.items() if v == opsi)
    if t == diminta:
        return
    perlu = f"{opsi} memerlukan kode {LABEL_TINGKAT[diminta].lower()} ({PANJANG[diminta]} digit)"
    if t is None:
        gagal(f"Kode {kode} tidak sah: bukan kode wilayah Kemendagri (2, 4, 6 atau 10 digit), "
              f"jadi tingkatnya tidak bisa diketahui; {perlu}.")
    nama = sekspor.nama_wilayah(db, kode)
    apa = f"{kode} adalah kode {LABEL_TINGKAT[t].lower()}" + (f" ({nama})" if nama else "")
    if t in pilihan:
        gagal(f"{apa}; pakai {pilihan[t]} {kode}.")
    if t == Tingkat.PROVINSI and len(pilihan) > 1:
        gagal(f"{apa}; untuk seluruh basis data jangan pakai {_atau(list(pilihan.values()))}.")
    gagal(f"{apa}; {perlu}.")


def _atau(opsi: list[str]) -> str:
    return f"{', '.join(opsi[:-1])} atau {opsi[-1]}" if len(opsi) > 1 else opsi[0]


_opsi_user = click.option("--user", "nama_pengguna", default=None, help=BANTUAN_USER)
_opsi_sandi = click.option(
    "--password-file", "berkas_sandi", type=click.Path(dir_okay=False, exists=True,
                                                       path_type=Path),
    default=None, help="Berkas teks berisi kata sandi workbook (baris pertama).")


@main.command("export")
@click.argument("keluar", metavar="OUT.xlsx", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kabupaten", default=None, metavar="KODE",
              help="Hanya satu kabupaten/kota (4 digit): satu workbook per kabupaten/kota, "
                   "seperti yang diterima provinsi.")
@click.option("--kecamatan", default=None, metavar="KODE", help="Hanya satu kecamatan (6 digit).")
@click.option("--desa", default=None, metavar="KODE",
              help="Hanya satu desa/kelurahan (10 digit).")
@click.option("--dengan-nama", is_flag=True,
              help="Tambahkan lembar Data Keluarga dan Data Anggota (nama dan NIK). Bawaan: "
                   "rekap saja, untuk dibagikan.")
@click.option("--nik-penuh", is_flag=True, help="NIK dan No KK lengkap (bawaan: disamarkan).")
@click.option("--hanya-disetujui", is_flag=True,
              help="Hanya keluarga yang sudah disetujui verifikator.")
@click.option("--alasan", default=None,
              help="Alasan ekspor daftar nama (dicatat di audit; tanpa opsi ini ditanyakan di "
                   "terminal, atau dicatat 'tanpa --alasan' dalam skrip).")
@click.option("--kantor", default=None, help="Nama kantor di lembar Keterangan.")
@opsi_timpa
@_opsi_sandi
@_opsi_user
@opsi_db
def export(db_path: Path, keluar: Path, kabupaten: str | None, kecamatan: str | None,
           desa: str | None,
           dengan_nama: bool, nik_penuh: bool, hanya_disetujui: bool, alasan: str | None,
           kantor: str | None, timpa: bool, berkas_sandi: Path | None,
           nama_pengguna: str | None) -> None:
    """Tulis workbook untuk provinsi: Rekap, (Data Keluarga, Data Anggota), Keterangan.

    Tanpa --kabupaten, --kecamatan atau --desa: semua yang dilihat akun itu, yaitu seluruh
    basis data, atau seluruh wilayah kerja akun yang dibatasi wilayahnya (mis. dua kecamatan
    dalam satu workbook). Berkas OUT.xlsx yang sudah ada tidak ditimpa kecuali dengan --timpa.
    """
    periksa_tujuan(keluar, timpa=timpa, db_path=db_path)
    wilayah = {o: k for o, k in (("--kabupaten", kabupaten), ("--kecamatan", kecamatan),
                                 ("--desa", desa)) if k}
    if len(wilayah) > 1:
        gagal(f"Pilih salah satu: {_atau(list(wilayah))}.")
    sandi = _kata_sandi(berkas_sandi)
    if dengan_nama and not (alasan and alasan.strip()):
        alasan = _alasan_konsol()
    db = buka(db_path, baru=False)
    try:
        for o, k in wilayah.items():
            periksa_tingkat(db, k, o, OPSI_WILAYAH_EKSPOR)
        kode = desa or kecamatan or kabupaten
        opsi = xekspor.OpsiEkspor(
            keluar, kode_wilayah=kode, hanya_disetujui=hanya_disetujui,
            dengan_nama=dengan_nama, nik_penuh=nik_penuh, alasan=alasan, kata_sandi=sandi,
            kantor=kantor)
        akun = pengguna_perintah(db, nama_pengguna)
        if boleh(akun, Aksi.EKSPOR_NAMA if dengan_nama else Aksi.EKSPOR_REKAP):
            tolak_luar_wilayah(akun, kode, "tidak ada yang diekspor")
        hasil = xekspor.ekspor(db, opsi, akun, kemajuan=kemajuan_konsol())
    except xekspor.KesalahanEkspor as e:
        akhiri_kemajuan()
        gagal(str(e))
    finally:
        db.close()
    akhiri_kemajuan()
    click.echo(hasil.pesan())
    click.echo(f"SHA-256 data: {hasil.sha256_data}")


@main.command("export-check")
@click.argument("berkas", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@_opsi_sandi
@opsi_db_tak_dipakai
def export_check(berkas: Path, berkas_sandi: Path | None) -> None:
    """Hitung ulang SHA-256 data workbook provinsi dan bandingkan dengan lembar Keterangan."""
    try:
        dihitung, tercatat = xekspor.sha256_workbook(berkas, _kata_sandi(berkas_sandi))
    except xekspor.KesalahanEkspor as e:
        gagal(str(e))
    if not tercatat:
        gagal(f"Berkas {berkas.name} bukan workbook provinsi dari Kalbar Desktop: lembar "
              "Keterangan dengan 'SHA-256 data' tidak ada, jadi tidak ada yang bisa dibandingkan.")
    click.echo(f"Dihitung: {dihitung}")
    click.echo(f"Tercatat: {tercatat}")
    if dihitung != tercatat:
        gagal("Isi lembar data tidak sama dengan saat diekspor (atau bukan workbook provinsi).")
    click.echo("Sama: isi lembar data tidak berubah sejak diekspor.")


def _json_masalah(m: impor_koreksi.MasalahBaris) -> dict:
    return {"lembar": m.lembar, "baris": m.baris, "id_keluarga": m.id_keluarga,
            "kolom": m.kolom, "pesan": m.pesan, "jenis": m.jenis}


def _json_konflik(k: impor_koreksi.PerubahanKeluarga, x: impor_koreksi.Konflik) -> dict:
    return {"id_keluarga": k.id_keluarga, "id_individu": x.perubahan.id_individu,
            "kolom": x.perubahan.kolom, "basis_data": x.perubahan.lama,
            "workbook": x.perubahan.baru, "asal": x.asal, "jenis": x.jenis,
            "pilihan": x.pilihan}


def _json_pratinjau(p: impor_koreksi.Pratinjau) -> dict:
    """``reimport --json``: everything the window's re-import summary and tables show, key by
    key (the summary sentence itself as ``ringkasan``)."""
    return {
        "perubahan": [{"lembar": "Data Anggota" if u.id_individu else "Data Keluarga",
                       "baris": u.baris if u.id_individu else k.baris,
                       "id_keluarga": k.id_keluarga, "id_individu": u.id_individu,
                       "kolom": u.kolom, "lama": u.lama, "baru": u.baru}
                      for k in p.keluarga for u in k.perubahan],
        "anggota_baru": [{"lembar": "Data Anggota", "baris": b.baris,
                          "id_keluarga": k.id_keluarga, "id_workbook": b.id_workbook,
                          **b.data, "catatan": b.catatan}
                         for k, b in p.anggota_baru],
        "anggota_baru_sudah_ada": [
            {"lembar": "Data Anggota", "baris": baris, "id_keluarga": idk, "id_individu": idi}
            for baris, idk, idi in p.anggota_baru_sudah_ada],
        "id_dipulihkan": [{"lembar": "Data Keluarga", "baris": baris, "angka": n,
                           "id_keluarga": idk} for baris, n, idk in p.id_dipulihkan],
        "usulan_sama": [{"id_keluarga": idk, "anggota": n} for idk, n in p.usulan_sama.items()],
        "masalah": [_json_masalah(m) for m in p.masalah],
        "konflik": [_json_konflik(k, x) for k, x in p.semua_konflik],
        "berkas": p.berkas.name,
        "sha256": p.sha256,
        "ringkasan": p.pesan(),
        "baris_dibaca": p.baris_dibaca,
        "keluarga_berubah": len(p.keluarga),
        "isian_berubah": p.jumlah_perubahan,
        "tanpa_perubahan": p.tanpa_perubahan,
        "baris_bermasalah": p.baris_bermasalah,
        "kolom_tidak_ada": [str(k) for k in p.kolom_tidak_ada],
        "kolom_tidak_dibaca": [{"lembar": lembar, "kolom": huruf, "judul": judul,
                                "baris_berisi": n}
                               for lembar, huruf, judul, n in p.kolom_tidak_dibaca],
        "rumus_tanpa_nilai": [{"lembar": lembar, "sel": sel}
                              for lembar, sel in p.rumus_tanpa_nilai],
        "sel_galat": [{"lembar": lembar, "sel": sel, "galat": galat}
                      for lembar, sel, galat in p.sel_galat],
        "anggota_baru_ditahan": [{"lembar": "Data Anggota", "baris": baris, "id_keluarga": idk}
                                 for baris, idk in p.anggota_baru_ditahan],
        "baris_saat_ekspor": p.baris_saat_ekspor,
        "baris_hilang": p.baris_hilang,
        "keluarga_hilang": [{"id_keluarga": idk, "nama_kepala": nama}
                            for idk, nama in p.keluarga_hilang],
        "anggota_hilang": [{"id_keluarga": idk, "id_individu": idi, "nama": nama}
                           for idk, idi, nama in p.anggota_hilang],
        "verifikasi_dipertahankan": p.verifikasi_dipertahankan,
        "waktu_ekspor": p.waktu_ekspor.isoformat() if p.waktu_ekspor else None,
        "tanpa_waktu_ekspor": p.tanpa_waktu_ekspor,
        "dari_basis_data_lain": p.dari_basis_data_lain,
        "konflik_bermasalah": [_json_konflik(k, x) for k in p.konflik_bermasalah
                               for x in k.konflik],
        "keluarga_menunggu_pilihan": [k.id_keluarga for k in p.konflik if k.menunggu],
        "sudah_diputuskan": p.sudah_diputuskan,
    }


@main.command("reimport")
@click.argument("berkas", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--apply", "terapkan", is_flag=True,
              help="Terapkan perubahan (tanpa ini hanya pratinjau, tidak ada yang ditulis).")
@click.option("--json", "sebagai_json", is_flag=True, help="Cetak pratinjau sebagai JSON.")
@click.option("--pakai-workbook", "pakai_workbook", multiple=True, metavar="ID_KELUARGA",
              help="Konflik keluarga ini: pakai nilai workbook (boleh berulang; 'semua' = "
                   "semua keluarga berkonflik).")
@click.option("--pakai-basis-data", "pakai_basis", multiple=True, metavar="ID_KELUARGA",
              help="Konflik keluarga ini: pertahankan nilai basis data (boleh berulang; "
                   "'semua' = semua keluarga berkonflik).")
@click.option("--masalah", "berkas_masalah", default=None, metavar="BERKAS.xlsx",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Tulis daftar masalah (baris dan isian yang tidak diterapkan, NIK disamarkan) "
                   "ke workbook ini untuk pengoreksi workbook; juga bila workbook ditolak.")
@opsi_timpa
@_opsi_sandi
@_opsi_user
@opsi_db
def reimport(db_path: Path, berkas: Path, terapkan: bool, sebagai_json: bool,
             pakai_workbook: tuple[str, ...], pakai_basis: tuple[str, ...],
             berkas_masalah: Path | None, timpa: bool,
             berkas_sandi: Path | None, nama_pengguna: str | None) -> None:
    """Impor ulang workbook provinsi yang sudah dikoreksi (kolom verifikasi Data Keluarga).

    Keluarga yang diubah di basis data ini dan di workbook dengan nilai berbeda (konflik, mis.
    dua laptop memverifikasi keluarga yang sama) tidak diterapkan sampai dipilih nilainya
    dengan --pakai-workbook atau --pakai-basis-data. Dengan --masalah daftar masalahnya ditulis
    sebagai workbook (status keluar tetap sama)."""
    sandi = _kata_sandi(berkas_sandi)
    if berkas_masalah is not None:
        berkas_masalah = xmasalah.nama_berkas_xlsx(berkas_masalah)
        periksa_tujuan(berkas_masalah, timpa=timpa, db_path=db_path, masukan=[berkas])
        if (alasan := xtujuan.alasan_tidak_bisa_ditulis(berkas_masalah)) is not None:
            gagal(str(alasan))
    db = buka(db_path, baru=False)
    try:
        pengguna = pengguna_perintah(db, nama_pengguna)
        try:
            pratinjau = impor_koreksi.baca(db, berkas, pengguna, sandi, kemajuan=kemajuan_konsol())
        except impor_koreksi.KesalahanImporKoreksi as e:
            akhiri_kemajuan()
            if berkas_masalah is not None:
                _tulis_masalah(db, xmasalah.dari_penolakan(berkas, e, pengguna.nama),
                               berkas_masalah)
            gagal(str(e))
        akhiri_kemajuan()
        ids_konflik = {k.id_keluarga for k, _x in pratinjau.semua_konflik}
        for nilai, daftar in ((impor_koreksi.PAKAI_WORKBOOK, pakai_workbook),
                              (impor_koreksi.PAKAI_BASIS, pakai_basis)):
            for idk in daftar:
                if idk.strip().lower() == "semua":
                    pratinjau.pilih(nilai)
                elif idk.strip() in ids_konflik:
                    pratinjau.pilih(nilai, idk.strip())
                else:
                    gagal(f"ID Keluarga {idk} tidak berkonflik di workbook {berkas.name}; "
                          "tidak ada yang diterapkan.")
        if sebagai_json:
            keluaran = _json_pratinjau(pratinjau)
            if not terapkan:
                click.echo(json.dumps(keluaran, ensure_ascii=False, indent=1))
        else:
            for k in pratinjau.keluarga:
                for p in k.perubahan:
                    tempat = (f"Data Anggota baris {p.baris}" if p.id_individu
                              else f"baris {k.baris}")
                    click.echo(f"{k.id_keluarga} ({tempat}) {p.kolom}: "
                               f"{p.teks(p.lama) or '-'} -> {p.teks(p.baru) or '-'}")
            for k, b in pratinjau.anggota_baru:
                click.echo(f"{k.id_keluarga} (Data Anggota baris {b.baris}) {b.kolom}: "
                           f"- -> {b.uraian}")
            for baris, idk, idi in pratinjau.anggota_baru_sudah_ada:
                click.echo(f"Sudah ada: Lembar Data Anggota baris {baris} (ID Keluarga {idk}): "
                           f"anggota baru ini sudah tercatat sebagai {idi}, tidak ditambahkan "
                           "lagi.")
            diputuskan = {k.id_keluarga for k in pratinjau.konflik if not k.menunggu}
            for m in pratinjau.masalah:
                if m.jenis in impor_koreksi.JENIS_KONFLIK and m.id_keluarga in diputuskan:
                    continue  # chosen: said below
                click.echo(f"Tidak diterapkan: {m.teks()}")
            for m in pratinjau.masalah_hilang:
                click.echo(f"Baris dihapus: {m.teks()}")
            for k, x in pratinjau.semua_konflik:
                if x.pilihan:
                    dipakai = ("nilai workbook" if x.pilihan == impor_koreksi.PAKAI_WORKBOOK
                               else "nilai basis data")
                    click.echo(f"Konflik {x.uraian(k)}: dipakai {dipakai}.")
            click.echo(pratinjau.pesan())
        if not terapkan:
            if berkas_masalah is not None:
                _tulis_masalah(db, xmasalah.dari_pratinjau(pratinjau, pengguna.nama),
                               berkas_masalah)
            if pratinjau.siap_diterapkan:
                click.echo("Pratinjau saja; jalankan lagi dengan --apply untuk menerapkan.",
                           err=True)
            return
        hasil = impor_koreksi.terapkan(db, pratinjau, pengguna,
                                       sebelum_menulis=impor_koreksi.cadangan_sebelum_impor,
                                       kemajuan=kemajuan_konsol())
        akhiri_kemajuan()
        if berkas_masalah is not None:
            _tulis_masalah(db, xmasalah.dari_pratinjau(pratinjau, pengguna.nama, hasil),
                           berkas_masalah, diterapkan=True)
        if sebagai_json:  # one JSON object: the preview and what applying it did
            keluaran["hasil"] = {
                "diterapkan": hasil.diterapkan, "gagal": [_json_masalah(m) for m in hasil.gagal],
                "menunggu": hasil.menunggu, "diputuskan": hasil.diputuskan,
                "anggota_baru": hasil.anggota_baru,
                "cadangan": str(hasil.cadangan) if hasil.cadangan else None,
                "ringkasan": hasil.pesan()}
            click.echo(json.dumps(keluaran, ensure_ascii=False, indent=1))
            return
        for m in hasil.gagal:
            click.echo(f"Gagal: {m.teks()}")
        click.echo(hasil.pesan())
    finally:
        db.close()


def _tulis_masalah(db: BasisData, daftar: xmasalah.DaftarMasalah, tujuan: Path,
                   diterapkan: bool = False) -> None:
    """``reimport --masalah``: write the problems list (recorded in the audit log); a failure
    to write it fails the command, saying whether the workbook was applied."""
    try:
        xmasalah.tulis(daftar, tujuan, sebelum_dipasang=lambda: xmasalah.catat(db, daftar,
                                                                                tujuan))
    except xtujuan.TujuanTidakBisaDitulis as e:
        gagal(("Perubahan sudah diterapkan, tetapi daftar masalah tidak ditulis: " if diterapkan
               else "Daftar masalah tidak ditulis: ") + str(e))
    click.echo(f"Daftar masalah ({len(daftar.butir)} masalah) ditulis ke {tujuan}.", err=True)


@main.command("document")
@click.argument("jenis", type=click.Choice(["berita-acara", "daftar-kunjungan"]))
@click.argument("keluar", metavar="OUT.pdf", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--desa", default=None, metavar="KODE", help="Satu desa/kelurahan (10 digit).")
@click.option("--kecamatan", default=None, metavar="KODE",
              help="Setiap desa satu kecamatan (6 digit) dalam satu PDF.")
@click.option("--kabupaten", default=None, metavar="KODE",
              help="Setiap desa satu kabupaten/kota (4 digit) dalam satu PDF.")
@click.option("--nomor", default=None,
              help="Berita acara: nomor BA (satu desa, atau satu musyawarah kecamatan atau "
                   "kabupaten/kota: --kecamatan atau --kabupaten dengan --tanggal; bawaan: No. "
                   "BA musdes yang tercatat di keluarga desa itu bila sama).")
@click.option("--tanggal", default=None, metavar="TANGGAL",
              help="Berita acara: tanggal musyawarah, mis. 23/11/2026 (bawaan: Tanggal musdes "
                   "yang tercatat di keluarga tiap desa bila sama). Dengan --kecamatan atau "
                   "--kabupaten: satu musyawarah untuk semua desa, tanggal ini di setiap desa.")
@click.option("--tempat", default=None,
              help="Berita acara: tempat musyawarah (bawaan: desa itu). Dengan --kecamatan atau "
                   "--kabupaten: tempat ini di setiap desa, mis. 'Aula Kantor Camat'. Satu "
                   "musyawarah kecamatan tanpa --tempat: 'Kantor Camat <nama>'; kabupaten/kota: "
                   "diisi tangan.")
@click.option("--operator", "nama_operator", default=None, help="Berita acara: nama operator.")
@click.option("--verifikator", "nama_verifikator", default=None,
              help="Berita acara: nama verifikator.")
@click.option("--kepala-desa", "nama_kepala_desa", default=None,
              help="Berita acara: nama kepala desa/lurah (hanya untuk satu desa).")
@click.option("--camat", "nama_camat", default=None,
              help="Berita acara satu musyawarah kecamatan (--kecamatan dengan --tanggal): nama "
                   "camat yang menandatangani.")
@click.option("--kepala-dinas", "nama_kepala_dinas", default=None,
              help="Berita acara satu musyawarah kabupaten/kota (--kabupaten dengan --tanggal): "
                   "nama kepala Dinas Sosial yang menandatangani.")
@click.option("--jabatan", default=None,
              help="Berita acara satu musyawarah kecamatan atau kabupaten/kota: jabatan "
                   "penandatangan, dicetak seperti ditulis lalu nama wilayahnya, mis. "
                   "'Plt. Camat', 'Sekretaris Camat', 'a.n. Camat' (bawaan: 'Camat', 'Kepala "
                   "Dinas Sosial').")
@click.option("--nip", default=None,
              help="Berita acara satu musyawarah kecamatan atau kabupaten/kota: NIP "
                   "penandatangan, dicetak di bawah namanya sebagai 'NIP. <nip>' (angka, boleh "
                   "dengan spasi atau titik; bawaan: tanpa baris NIP).")
@click.option("--semua", is_flag=True,
              help="Daftar kunjungan: semua keluarga (bawaan: yang belum diverifikasi atau "
                   "dikembalikan).")
@click.option("--petugas", default=None, help="Daftar kunjungan: nama petugas.")
@opsi_timpa
@_opsi_user
@opsi_db
def document(db_path: Path, jenis: str, keluar: Path, desa: str | None, kecamatan: str | None,
             kabupaten: str | None, nomor: str | None, tanggal: str | None, tempat: str | None,
             nama_operator: str | None, nama_verifikator: str | None,
             nama_kepala_desa: str | None, nama_camat: str | None,
             nama_kepala_dinas: str | None, jabatan: str | None, nip: str | None, semua: bool,
             petugas: str | None, timpa: bool, nama_pengguna: str | None) -> None:
    """Cetak dokumen ke PDF: berita-acara (hasil verifikasi) atau daftar-kunjungan.

    Dengan --desa: satu desa. Dengan --kecamatan atau --kabupaten, atau tanpa ketiganya (semua
    yang dilihat akun itu, seperti export): setiap desa wilayah itu dalam satu PDF, tiap desa
    mulai di halaman baru dengan nomor halaman dan kolom tanda tangannya sendiri; berita acara
    tiap desa bertempat di desa itu, dengan tanggal dan nomor BA musdes yang tercatat di
    keluarganya bila sama (selebihnya diisi tangan); --tanggal dan --tempat, bila diisi,
    berlaku untuk setiap desa. --kecamatan dengan --tanggal dan --tempat, --nomor, --camat atau
    --jabatan adalah satu musyawarah kecamatan: bagian tiap desa menyebutnya, dengan satu
    --nomor dan tanda tangan --camat; --kabupaten demikian pula satu musyawarah kabupaten/kota,
    ditandatangani --kepala-dinas. Berkas OUT.pdf yang sudah ada tidak ditimpa kecuali dengan
    --timpa.
    """
    from kalbar_desktop.domain.tanggal import urai_tanggal
    from kalbar_desktop.exchange import dokumen as xdokumen

    wilayah = {o: k for o, k in (("--kabupaten", kabupaten), ("--kecamatan", kecamatan),
                                 ("--desa", desa)) if k}
    if len(wilayah) > 1:
        gagal(f"Pilih salah satu: {_atau(list(wilayah))}.")
    tgl = None
    if tanggal:
        tgl = urai_tanggal(tanggal)
        if tgl is None:
            gagal(f"Tanggal tidak bisa dibaca: {tanggal} (contoh: 23/11/2026)")
    if keluar.suffix.lower() != ".pdf":
        gagal(f"Nama berkas tujuan harus berakhiran .pdf: {keluar.name}")
    if not keluar.absolute().parent.is_dir():  # the same words as the workbook export
        gagal(str(xtujuan.folder_tujuan_tidak_ada(keluar.absolute())))
    periksa_tujuan(keluar, timpa=timpa, db_path=db_path)
    db = buka(db_path, baru=False)
    try:
        for o, k in wilayah.items():
            periksa_tingkat(db, k, o, OPSI_WILAYAH_EKSPOR)
        kode = desa or kecamatan or kabupaten
        pengguna = pengguna_perintah(db, nama_pengguna)
        tolak_luar_wilayah(pengguna, kode, "tidak ada yang dicetak")
        if jenis == "berita-acara":
            opsi: xdokumen.OpsiBeritaAcara | xdokumen.OpsiDaftarKunjungan = \
                xdokumen.OpsiBeritaAcara(
                    desa or "", nomor=nomor, tanggal=tgl, tempat=tempat,
                    nama_operator=nama_operator, nama_verifikator=nama_verifikator,
                    nama_kepala_desa=nama_kepala_desa, nama_camat=nama_camat,
                    nama_kepala_dinas=nama_kepala_dinas, jabatan=(jabatan or "").strip() or None,
                    nip=nip)
        else:
            opsi = xdokumen.OpsiDaftarKunjungan(desa or "", semua=semua, nama_petugas=petugas)
        if desa:  # one desa, as it always was
            dok: xdokumen.Dokumen | xdokumen.DokumenWilayah = (
                xdokumen.berita_acara(db, opsi, pengguna, catat=False)
                if isinstance(opsi, xdokumen.OpsiBeritaAcara)
                else xdokumen.daftar_kunjungan(db, opsi, pengguna, catat=False))
        else:
            dok = xdokumen.dokumen_wilayah(db, opsi, pengguna, kode)
        from kalbar_desktop.ui import cetak  # Qt is loaded only for rendering

        # recorded in the audit log once the PDF is complete, before it takes its name
        cetak.tulis_pdf(dok, keluar, kemajuan=kemajuan_konsol(),
                        sebelum_dipasang=lambda: xdokumen.catat_cetak(db, dok, pengguna))
    except (xdokumen.KesalahanDokumen, xtujuan.TujuanTidakBisaDitulis) as e:
        akhiri_kemajuan()
        gagal(str(e))
    except OSError as e:
        akhiri_kemajuan()
        gagal(f"PDF tidak bisa ditulis: {e}")
    finally:
        db.close()
    akhiri_kemajuan()
    musdes = dok.musdes if isinstance(dok, xdokumen.DokumenWilayah) else [
        m for m in (dok.musdes,) if m is not None]
    for m in musdes:
        click.echo(m.uraian())  # the number and date each desa's berita acara printed
    if isinstance(dok, xdokumen.DokumenWilayah):
        click.echo(f"{dok.judul}: {len(dok.desa)} desa/kelurahan, {dok.jumlah_keluarga} "
                   f"keluarga, ditulis ke {keluar}")
    else:
        click.echo(f"{dok.judul}: {dok.jumlah_keluarga} keluarga, ditulis ke {keluar}")
