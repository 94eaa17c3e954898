"""Run by tests/ui/test_layar_kecil.py in its own process, on an offscreen screen of a given
size and scale (``QT_QPA_PLATFORM=offscreen:configfile=...``, ``QT_SCALE_FACTOR``): opens the
main window the way the application does (``tampilkan``), a family's form, every dialog and
the Dasbor tab, and prints what an operator would see as JSON. Screenshots go to the folder
given second.

    python tests/ui/layar_kecil.py FOLDER_KERJA [FOLDER_GAMBAR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


def _di_dalam(widget: QWidget, wadah: QWidget) -> bool:
    """``widget`` is shown whole inside ``wadah``'s rectangle."""
    kiri_atas = widget.mapTo(wadah, QPoint(0, 0))
    return wadah.rect().contains(QRect(kiri_atas, widget.size()))


BINGKAI = (16, 40)
"""What a window's frame adds on Windows: borders, and the title bar (31 pixels)."""


def kolom_terlihat(w) -> dict[str, bool]:
    """Column name -> its header section is shown whole inside the table's viewport."""
    t = w.table
    h = t.horizontalHeader()
    hasil = {}
    for i, nama in enumerate(w.model.KOLOM):
        x = h.sectionViewportPosition(i)
        hasil[nama] = (not t.isColumnHidden(i) and x >= 0
                       and x + h.sectionSize(i) <= t.viewport().width()
                       and h.sectionSize(i) >= 30)
    return hasil


def _kiri_kanan(widget: QWidget, wadah: QWidget) -> tuple[int, int]:
    x = widget.mapTo(wadah, QPoint(0, 0)).x()
    return x, x + widget.width()


def tata_dasbor(panel) -> dict:
    """What the Dasbor tab shows at its present size: how far it scrolls sideways and
    downwards, the key
    figures, chart boxes, charts and legend entries not wholly inside the viewport's width,
    cards whose texts are cut, overlapping cards or boxes, the rows of cards, the columns of
    charts and the boxes that have another box beside them."""
    from PySide6.QtWidgets import QScrollArea

    from kalbar_desktop.ui.grafik import GrafikBatang

    gulir = panel.findChild(QScrollArea, "gulirDasbor")
    vp = gulir.viewport()
    kartu = list(panel.kartu.values())
    kotak = [panel.kotak_kecamatan, panel.kotak_desil, panel.kotak_kelayakan,
             panel.kotak_temuan, panel.kotak_kunjungan]

    def tampak(g: QWidget) -> QWidget:
        """What shows of a chart: its own scroll area when it has one (the visits per day)."""
        induk = g.parentWidget()
        while induk is not None and induk is not vp:
            if isinstance(induk, QScrollArea):
                return induk
            induk = induk.parentWidget()
        return g

    grafik = [tampak(g) for k in kotak for g in k.findChildren(GrafikBatang)]
    legenda = list(panel.legenda.values())

    def nama(w: QWidget) -> str:
        judul = getattr(w, "judul", None)
        return w.objectName() or (judul.text() if judul else type(w).__name__)

    def di_luar(w: QWidget) -> bool:
        kiri, kanan = _kiri_kanan(w, vp)
        return kiri < 0 or kanan > vp.width()

    def kotak_di(w: QWidget) -> QRect:
        return QRect(w.mapTo(vp, QPoint(0, 0)), w.size())

    def bertumpuk(daftar: list[QWidget]) -> list[tuple[str, str]]:
        return [(nama(a), nama(b)) for i, a in enumerate(daftar)
                for b in daftar[i + 1:] if kotak_di(a).intersects(kotak_di(b))]

    def berdampingan(w: QWidget) -> bool:
        r = kotak_di(w)
        return any(r.top() <= kotak_di(b).bottom() and kotak_di(b).top() <= r.bottom()
                   and b is not w for b in kotak)

    return {
        "geser_samping": gulir.horizontalScrollBar().maximum(),
        "geser_tegak": gulir.verticalScrollBar().maximum(),
        "lebar_viewport": vp.width(),
        "di_luar": [nama(w) for w in kartu + kotak + grafik + legenda if di_luar(w)],
        "kartu_terpotong": [k.objectName() for k in kartu
                            if any(t.width() < t.sizeHint().width()
                                   for t in (k.angka, k.judul, k.catatan))],
        "legenda_di_luar_kotak": [t.objectName() for t in legenda
                                  if not _di_dalam(t, panel.kotak_kecamatan)],
        "bertumpuk": bertumpuk(kartu) + bertumpuk(kotak) + bertumpuk(legenda),
        "baris_kartu": len({k.y() for k in kartu}),
        "kolom_grafik": len({kotak_di(k).x() for k in kotak}),
        "berdampingan": {nama(k): berdampingan(k) for k in kotak},
    }


def main(kerja: Path, gambar: Path | None) -> dict:
    from kalbar_desktop.exchange import demo, impor_p3ke
    from kalbar_desktop.storage import cadangan
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import pengguna as sp
    from kalbar_desktop.ui import create_main_window
    from kalbar_desktop.ui.akun_dialog import (
        BuatAdminDialog,
        GantiSandiDialog,
        KunciLayarDialog,
        LoginDialog,
    )
    from kalbar_desktop.ui.audit_dialog import AuditLogDialog
    from kalbar_desktop.ui.cadangan_dialog import PulihkanDialog
    from kalbar_desktop.ui.dialog_verifikasi import DialogAnggotaBaru, DialogCatatan
    from kalbar_desktop.ui.dukungan import TentangDialog
    from kalbar_desktop.ui.impor_dialog import DialogImpor
    from kalbar_desktop.ui.laporan import (
        BERITA_ACARA,
        buka_dokumen,
        buka_ekspor,
        buka_impor_koreksi,
    )
    from kalbar_desktop.ui.panduan import buka_panduan
    from kalbar_desktop.ui.pengguna_dialog import (
        AkunDialog,
        KelolaPenggunaDialog,
        PengaturanDialog,
    )

    app = QApplication.instance() or QApplication(sys.argv)
    berkas = demo.tulis(kerja / "demo", demo.OpsiDemo(keluarga=30, tata_letak="2023", seed=5,
                                                       cacat=0.05))
    db_path = kerja / "layar.db"
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas, pengguna="uji")
        sp.tambah(db, "adm", sp.Peran.ADMIN, "Sandi-rahasia-123", oleh="uji")
        cadangan.cadangkan_otomatis(db, cadangan.MANUAL)

    def tunggu() -> None:
        for _ in range(10):
            app.processEvents()

    def simpan(widget: QWidget, nama: str) -> None:
        if gambar is not None:
            gambar.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(gambar / f"{nama}.png"))

    layar = app.primaryScreen()
    hasil: dict = {"layar": [layar.availableGeometry().width(),
                             layar.availableGeometry().height()],
                   "skala": layar.devicePixelRatio()}
    w = create_main_window(db_path, user="adm")
    w.tampilkan()
    tunggu()
    hasil["jendela"] = [w.width(), w.height()]
    hasil["dimaksimalkan"] = w.isMaximized()
    hasil["kolom_tanpa_form"] = kolom_terlihat(w)
    hasil["geser_samping_tanpa_form"] = w.table.horizontalScrollBar().maximum()
    simpan(w, "utama_daftar")

    assert w.buka_baris(0)
    tunggu()
    form = w.form
    hasil["kolom_dengan_form"] = kolom_terlihat(w)
    hasil["tombol_form"] = {t.objectName(): _di_dalam(t, w)
                            for t in form.findChildren(QPushButton)
                            if t.isVisible() and t.parent() is form}
    hasil["form_terpotong"] = form.gulir.viewport().width() < \
        form.gulir.widget().minimumSizeHint().width()
    hasil["form_gulir_tegak"] = form.gulir.verticalScrollBar().maximum() > 0
    simpan(w, "utama_formulir")
    riwayat = form.riwayat()

    dialog = {
        "impor": DialogImpor(db_path, "adm", w), "ekspor": buka_ekspor(w),
        "impor_koreksi": buka_impor_koreksi(w), "dokumen": buka_dokumen(w, BERITA_ACARA),
        "tentang": TentangDialog(db_path, w), "masuk": LoginDialog(w.db, "adm", nama_db="x.db"),
        "buat_admin": BuatAdminDialog(w.db, "x.db"),
        "kunci": KunciLayarDialog(w.db, w.pengguna, 10, w),
        "ganti_sandi": GantiSandiDialog(w.db, "adm", w.pengguna, w),
        "kelola_pengguna": KelolaPenggunaDialog(w.db, w.pengguna, w),
        "akun": AkunDialog(w.db, w.pengguna, parent=w),
        "pengaturan": PengaturanDialog(w.db, w.pengguna, w),
        "audit": AuditLogDialog(w.db, db_path, w.pengguna, w),
        "pulihkan": PulihkanDialog(db_path, w), "catatan": DialogCatatan("x", "y", w),
        "anggota_baru": DialogAnggotaBaru(w), "panduan": buka_panduan(w), "riwayat": riwayat,
    }
    hasil["dialog"] = {}
    for nama, d in dialog.items():
        d.show()
        tunggu()
        ruang = d.screen().availableGeometry()
        tombol = [t for t in d.findChildren(QPushButton) if t.isVisible()]
        hasil["dialog"][nama] = {
            "ukuran": [d.width(), d.height()],
            "muat": d.width() + BINGKAI[0] <= ruang.width()
            and d.height() + BINGKAI[1] <= ruang.height()
            and ruang.contains(d.geometry()),
            "tombol_terlihat": all(_di_dalam(t, d) for t in tombol),
        }
        simpan(d, f"dialog_{nama}")
        d.hide()
    form.muat_ulang()

    # the Dasbor tab, after its figures came
    panel = w.dasbor
    w.tab.setCurrentWidget(panel)
    for _ in range(3000):
        if panel.data() is not None and panel.data().dihitung_pada and \
                not panel.sedang_menghitung():
            break
        app.processEvents()
        time.sleep(0.005)
    tunggu()
    hasil["dasbor_dihitung"] = bool(panel.data().dihitung_pada)
    hasil["dasbor"] = tata_dasbor(panel)
    simpan(w, "dasbor")
    w.close()
    return hasil


if __name__ == "__main__":
    kerja = Path(sys.argv[1])
    gambar = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    print(json.dumps(main(kerja, gambar)))
