"""Screenshots of the real application for the user guide (``docs/panduan.md``), so they stay
current: builds a demo database in a temporary folder (demo P3KE files imported with the real
importer, some families verified and moved through approval with the real storage API), opens
each window and dialog offscreen and saves ``grab()`` of it as PNG.

    python scripts/tangkapan_layar.py                         # Indonesian, into docs/img
    python scripts/tangkapan_layar.py --bahasa en --keluar screenshots/en
    python scripts/tangkapan_layar.py --hanya jendela-utama formulir

Nothing outside the temporary folder is touched (``KALBAR_DESKTOP_HOME`` points into it). The
PNGs are reduced to 256 colours (small files in git). Run it after changing a window the guide
shows, look at the images, commit them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR))
WILAYAH_CSV = AKAR.parent / "shared" / "wilayah_61" / "wilayah_61_all.csv"
UKURAN_JENDELA = (1366, 740)
"""The main window's own default size (a 1366x768 laptop screen)."""
FOLDER_TAMPIL = PureWindowsPath(r"D:\P3KE")
"""The folder the pictures show in a "Simpan ke" or workbook field and in the status bar's
database path: one like the office laptops' (the dialogs propose the Documents folder of
whoever runs this script, ``/root/Documents``, and the database and the re-imported workbook
lie in its temporary folder)."""


def _siapkan_lingkungan(rumah: Path) -> None:
    os.environ["KALBAR_DESKTOP_HOME"] = str(rumah)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LANG", "C.UTF-8")


class Juru:
    """Takes the pictures."""

    def __init__(self, keluar: Path, hanya: set[str]):
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.keluar = keluar
        self.hanya = hanya
        self.dibuat: list[Path] = []
        self.tampil_sebagai: dict[str, str] = {}
        """Paths of the script's temporary folder and what the pictures show instead (the
        status bar's database path: see :meth:`simpan`)."""

    def mau(self, nama: str) -> bool:
        return not self.hanya or nama in self.hanya

    def tunggu(self, syarat: Callable[[], bool] | None = None, detik: float = 30) -> None:
        """Let Qt paint (and background tasks finish) until ``syarat`` holds."""
        import time

        batas = time.monotonic() + detik
        while True:
            for _ in range(5):
                self.app.processEvents()
            if syarat is None or syarat():
                break
            if time.monotonic() > batas:
                raise TimeoutError("menunggu terlalu lama")
            time.sleep(0.02)
        for _ in range(5):
            self.app.processEvents()

    def simpan(self, widget, nama: str, area=None) -> Path:
        """Save ``widget`` (or the rectangle ``area`` of it) as ``<nama>.png``."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor, QImage, QPainter

        if not widget.isVisible():
            widget.show()
        self.tunggu()
        self._tampil_di_kantor(widget)
        gambar = (widget.grab(area) if area is not None else widget.grab()).toImage()
        # a thin frame: white dialogs stand out from the white page of the guide
        pelukis = QPainter(gambar)
        pelukis.setPen(QColor("#9e9e9e"))
        pelukis.drawRect(0, 0, gambar.width() - 1, gambar.height() - 1)
        pelukis.end()
        gambar = gambar.convertToFormat(QImage.Format.Format_Indexed8,
                                        Qt.ImageConversionFlag.ThresholdDither
                                        | Qt.ImageConversionFlag.AvoidDither)
        path = self.keluar / f"{nama}.png"
        if not gambar.save(str(path), "PNG", 0):  # 0: smallest file
            raise OSError(f"tidak bisa menulis {path}")
        self.dibuat.append(path)
        print(f"  {path.relative_to(AKAR) if path.is_relative_to(AKAR) else path} "
              f"({gambar.width()}x{gambar.height()}, {path.stat().st_size // 1024} KB)")
        return path


    def _tampil_di_kantor(self, widget) -> None:
        """Every label of ``widget`` that names a path of :attr:`tampil_sebagai` (the status
        bar's "Basis data: ...") names the office's instead (the picture only; the window
        writes it again on its next refresh)."""
        from PySide6.QtWidgets import QLabel

        for label in [widget, *widget.findChildren(QLabel)]:
            if not isinstance(label, QLabel):
                continue
            teks = label.text()
            for asli, tampil in self.tampil_sebagai.items():
                teks = teks.replace(asli, tampil)
            if teks != label.text():
                label.setText(teks)


def tampil_di_folder_kantor(isian) -> None:
    """Show the file name proposed in the line edit ``isian`` in :data:`FOLDER_TAMPIL` (the
    picture only: nothing is written)."""
    isian.setText(str(FOLDER_TAMPIL / PurePath(isian.text()).name))


def _isi_verifikasi(db, hari_ini: dt.date) -> dict[str, str]:
    """Record visits of about a third of the families over the last two weeks and move them
    through approval (the same calls the window makes). Returns example family IDs."""
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
    from kalbar_desktop.storage import verifikasi as sv

    verifikator = Pengguna("rina", Peran.VERIFIKATOR)
    semua = [b[0] for b in db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga")]
    pola = (("DITEMUKAN", "LAYAK", "ajukan"), ("DITEMUKAN", "LAYAK_INTERVENSI", "setujui"),
            ("DITEMUKAN", "TIDAK_LAYAK", "setujui"), ("DITEMUKAN", "LAYAK", "kembalikan"),
            ("DITEMUKAN", "LAYAK", "draf"), ("TIDAK_DITEMUKAN", None, "ajukan"),
            ("PINDAH", None, "draf"), ("DITEMUKAN", "LAYAK", "setujui"))
    contoh: dict[str, str] = {}
    for i, idk in enumerate(semua[::3]):
        status, kelayakan, tahap = pola[i % len(pola)]
        v = Verifikasi(status_verifikasi=status, kelayakan=kelayakan,
                       alasan="MAMPU" if kelayakan == "TIDAK_LAYAK" else None,
                       pindah_ke="Kab. Kubu Raya" if status == "PINDAH" else None,
                       tanggal_kunjungan=(hari_ini - dt.timedelta(days=(i * 7) % 13)).isoformat(),
                       nama_verifikator="Darto")
        versi = sv.simpan(db, idk, verifikator, v, sv.muat(db, idk).versi)
        if tahap != "draf":
            versi = sv.ubah_persetujuan(db, idk, verifikator, AksiPersetujuan.AJUKAN, versi)
        if tahap == "setujui":
            sv.ubah_persetujuan(db, idk, verifikator, AksiPersetujuan.SETUJUI, versi)
        elif tahap == "kembalikan":
            sv.ubah_persetujuan(db, idk, verifikator, AksiPersetujuan.KEMBALIKAN, versi,
                                "Foto rumah belum dilampirkan; cek ulang tanggal kunjungan.")
        contoh.setdefault(tahap, idk)
    berbeda = [b[0] for b in db.execute(
        "SELECT k.id_keluarga FROM keluarga k JOIN temuan t USING (id_keluarga) "
        "JOIN verifikasi_keluarga v USING (id_keluarga) WHERE v.status_verifikasi = 'BELUM' "
        "GROUP BY 1 HAVING count(*) >= 1 ORDER BY 1 LIMIT 1")]
    contoh["temuan"] = berbeda[0] if berbeda else semua[1]
    return contoh


def buat_data(folder: Path, keluarga: int) -> tuple[Path, list[Path], dict[str, str]]:
    """The demo database of the screenshots (accounts, regions, verifications) and the demo
    P3KE files it was imported from."""
    from kalbar_desktop.domain.akses import Peran
    from kalbar_desktop.exchange import demo, impor_p3ke, wilayah_csv
    from kalbar_desktop.storage import cadangan, pengguna
    from kalbar_desktop.storage import db as sdb

    berkas = demo.tulis(folder / "p3ke", demo.OpsiDemo(keluarga=keluarga, tata_letak="2023",
                                                         seed=11, cacat=0.04))
    db_path = folder / "data" / "kalbar.db"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with sdb.terbuka(db_path) as db:
        if WILAYAH_CSV.is_file():
            wilayah_csv.impor(db, WILAYAH_CSV, pengguna="admin")
        impor_p3ke.impor(db, berkas, pengguna="admin")
        contoh = _isi_verifikasi(db, dt.date.today())
        pengguna.tambah(db, "admin", Peran.ADMIN, "Kantor-Dinsos-2026", nama_lengkap="Admin Dinsos")
        pengguna.tambah(db, "rina", Peran.VERIFIKATOR, "Verval-Kalbar-26",
                        nama_lengkap="Rina Marlina", oleh="admin")
        kec = db.execute("SELECT substr(kode_kemdagri, 1, 6) FROM keluarga "
                         "WHERE kode_kemdagri IS NOT NULL LIMIT 1").fetchone()[0]
        pengguna.tambah(db, "dedi", Peran.OPERATOR, "Operator-Desa-26", [kec],
                        nama_lengkap="Dedi Kurniawan", oleh="admin")
        for alasan in (cadangan.SEBELUM_IMPOR, cadangan.SAAT_KELUAR, cadangan.MANUAL):
            cadangan.cadangkan_otomatis(db, alasan)
    return db_path, berkas, contoh


def potret(juru: Juru, db_path: Path, berkas: list[Path], contoh: dict[str, str],
           kerja: Path) -> None:
    """Open each window and dialog the guide shows and save it."""
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.ui import create_main_window
    from kalbar_desktop.ui.akun_dialog import BuatAdminDialog, LoginDialog
    from kalbar_desktop.ui.audit_dialog import AuditLogDialog
    from kalbar_desktop.ui.cadangan_dialog import PulihkanDialog
    from kalbar_desktop.ui.dialog_verifikasi import DialogAnggotaBaru, DialogCatatan
    from kalbar_desktop.ui.laporan import BERITA_ACARA, buka_dokumen, buka_ekspor
    from kalbar_desktop.ui.pengguna_dialog import KelolaPenggunaDialog

    w = create_main_window(db_path, user="rina")
    w.resize(*UKURAN_JENDELA)
    w.show()
    juru.tunggu()

    if juru.mau("masuk"):
        d = LoginDialog(w.db, "rina", nama_db=db_path.name)
        juru.simpan(d, "masuk")
        d.deleteLater()
    if juru.mau("buat-admin"):
        with sdb.terbuka(kerja / "kosong.db") as kosong:
            d = BuatAdminDialog(kosong, "kalbar.db")
            juru.simpan(d, "buat-admin")
            d.deleteLater()
    if juru.mau("jendela-utama"):
        w.table.selectRow(0)
        juru.simpan(w, "jendela-utama")
    if juru.mau("formulir"):
        w.buka_keluarga(contoh["temuan"])
        juru.simpan(w, "formulir")
    if juru.mau("formulir-dikembalikan") and "kembalikan" in contoh:
        w.buka_keluarga(contoh["kembalikan"])
        juru.simpan(w.form, "formulir-dikembalikan")
    if juru.mau("anggota-baru"):
        d = DialogAnggotaBaru(w)
        juru.simpan(d, "anggota-baru")
        d.deleteLater()
    if juru.mau("kembalikan"):
        d = DialogCatatan(w.form.tr("Kembalikan ke operator"),
                          w.form.tr("Apa yang harus diperbaiki operator? (wajib diisi)"), w)
        d.edit.setPlainText("Foto rumah belum dilampirkan.")
        juru.simpan(d, "kembalikan")
        d.deleteLater()
    if juru.mau("usulan-baru"):
        w.usulan_baru()
        juru.simpan(w.form, "usulan-baru")
        w.form.muat_ulang()
    w.tutup_form()
    if juru.mau("dasbor"):
        w.tab.setCurrentWidget(w.dasbor)
        juru.tunggu(lambda: w.dasbor.data() is not None and w.dasbor.data().keluarga > 0
                    and not w.dasbor.sedang_menghitung())
        juru.simpan(w, "dasbor")
        w.tab.setCurrentIndex(0)
    if juru.mau("ekspor"):
        d = buka_ekspor(w)
        d.dengan_nama.setChecked(True)
        d.alasan.setText("Permintaan Dinas Sosial Provinsi")
        tampil_di_folder_kantor(d.tujuan)
        juru.simpan(d, "ekspor")
        d.close()
    if juru.mau("impor-ulang"):
        _potret_impor_ulang(juru, w, kerja)
    if juru.mau("dokumen"):
        d = buka_dokumen(w, BERITA_ACARA)
        d.nomor.setText("01/BA-VERVAL/2026")
        d.tempat.setText("Kantor Desa")
        tampil_di_folder_kantor(d.tujuan)
        juru.simpan(d, "dokumen")
        d.close()
    if juru.mau("pulihkan"):
        d = PulihkanDialog(db_path, w)
        juru.simpan(d, "pulihkan")
        d.deleteLater()
    if juru.mau("jejak-audit"):
        d = AuditLogDialog(w.db, db_path, w.pengguna, w)
        d.resize(1100, 520)
        juru.simpan(d, "jejak-audit")
        d.deleteLater()
    if juru.mau("pengguna"):
        d = KelolaPenggunaDialog(w.db, w.pengguna, w)
        d.resize(760, 300)
        juru.simpan(d, "pengguna")
        d.deleteLater()
    if juru.mau("impor-pratinjau") or juru.mau("impor-ringkasan"):
        _potret_impor(juru, berkas, kerja)
    w.close()
    w.db.close()
    if juru.mau("hanya-baca"):
        _potret_hanya_baca(juru, db_path)


def _potret_hanya_baca(juru: Juru, db_path: Path) -> None:
    """The banner of a window opened while another program writes to the database (another
    process holds it)."""
    import subprocess

    from PySide6.QtCore import QRect

    from kalbar_desktop.ui import create_main_window

    lain = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; sys.path.insert(0, sys.argv[2]); "
         "from kalbar_desktop.storage import db; d = db.buka(sys.argv[1]); print('siap', "
         "flush=True); time.sleep(60)", str(db_path), str(AKAR)],
        stdout=subprocess.PIPE, text=True)
    try:
        lain.stdout.readline()
        kedua = create_main_window(db_path, user="rina")
        kedua.resize(*UKURAN_JENDELA)
        kedua.show()
        juru.tunggu()
        tinggi = kedua.menuBar().height() + kedua.keamanan.banner.sizeHint().height() + 60
        juru.simpan(kedua, "hanya-baca", QRect(0, 0, kedua.width(), tinggi))
        kedua.close()
        kedua.db.close()
    finally:
        lain.kill()
        lain.wait()


def _potret_impor(juru: Juru, berkas: list[Path], kerja: Path) -> None:
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.ui.impor_dialog import DialogImpor

    baru = kerja / "impor.db"
    sdb.buka(baru).close()
    d = DialogImpor(baru, "rina")
    siap: list[bool] = []
    d.pratinjau_siap.connect(lambda: siap.append(True))
    d.tambah_berkas(berkas)
    juru.tunggu(lambda: bool(siap))
    juru.simpan(d, "impor-pratinjau")
    if juru.mau("impor-ringkasan"):
        selesai: list[bool] = []
        d.impor_berakhir.connect(lambda: selesai.append(True))
        d.mulai_impor()
        juru.tunggu(lambda: bool(selesai), detik=120)
        juru.simpan(d, "impor-ringkasan")
    d.deleteLater()


def _potret_impor_ulang(juru: Juru, w, kerja: Path) -> None:
    """The re-import dialog with the preview of a workbook corrected by hand (openpyxl)."""
    import openpyxl

    from kalbar_desktop.exchange import ekspor
    from kalbar_desktop.ui.laporan import buka_impor_koreksi

    asli = kerja / "provinsi.xlsx"
    ekspor.ekspor(w.db, ekspor.OpsiEkspor(asli, dengan_nama=True, alasan="Koreksi provinsi"),
                  w.pengguna)
    wb = openpyxl.load_workbook(asli)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    belum = [r for r in range(2, ws.max_row + 1)
             if ws.cell(r, kolom["Status verifikasi"]).value in ("Belum diverifikasi", None)]
    for r in belum[:3]:
        ws.cell(r, kolom["Status verifikasi"]).value = "Ditemukan"
        ws.cell(r, kolom["Kelayakan"]).value = "Layak"
        ws.cell(r, kolom["Tanggal kunjungan"]).value = dt.date.today() - dt.timedelta(days=1)
        ws.cell(r, kolom["Nama verifikator"]).value = "Siti"
    if len(belum) > 3:
        ws.cell(belum[3], kolom["Status verifikasi"]).value = "Mungkin"
    dikoreksi = kerja / "provinsi-dikoreksi.xlsx"
    wb.save(dikoreksi)
    d = buka_impor_koreksi(w)
    d.berkas.setText(str(dikoreksi))
    d.baca()
    juru.tunggu(lambda: not d.berjalan(), detik=60)
    tampil_di_folder_kantor(d.berkas)
    juru.simpan(d, "impor-ulang")
    d.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bahasa", default="id", choices=("id", "en"))
    parser.add_argument("--keluar", type=Path, default=AKAR / "docs" / "img")
    parser.add_argument("--keluarga", type=int, default=450)
    parser.add_argument("--hanya", nargs="*", default=[])
    args = parser.parse_args(argv)

    # a fixed, short folder: its path shows in the status bar of the pictures
    kerja = Path(tempfile.gettempdir()) / "KalbarDesktop"
    shutil.rmtree(kerja, ignore_errors=True)
    kerja.mkdir(parents=True)
    _siapkan_lingkungan(kerja / "rumah")
    try:
        import importlib.util

        spec = importlib.util.spec_from_file_location("i18n", AKAR / "scripts" / "i18n.py")
        i18n = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(i18n)
        i18n.rilis()

        from PySide6.QtWidgets import QApplication

        from kalbar_desktop import APP_NAME
        from kalbar_desktop.ui import bahasa
        from kalbar_desktop.ui.ikon import ikon_aplikasi

        app = QApplication.instance() or QApplication([APP_NAME])
        app.setApplicationName(APP_NAME)
        app.setWindowIcon(ikon_aplikasi())
        bahasa.pasang_penerjemah(app, args.bahasa)
        args.keluar.mkdir(parents=True, exist_ok=True)
        print(f"Membuat data demo ({args.keluarga} keluarga)...")
        db_path, berkas, contoh = buat_data(kerja, args.keluarga)
        print(f"Tangkapan layar ({args.bahasa}) ke {args.keluar}:")
        juru = Juru(args.keluar, set(args.hanya))
        juru.tampil_sebagai[str(db_path)] = str(FOLDER_TAMPIL / db_path.name)
        potret(juru, db_path, berkas, contoh, kerja)
        total = sum(p.stat().st_size for p in juru.dibuat)
        print(f"{len(juru.dibuat)} gambar, {total // 1024} KB")
    finally:
        shutil.rmtree(kerja, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
