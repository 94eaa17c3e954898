"""The work done on every family seen without scrolling on a 1366x768 laptop at 125 % (a window
of 1093x580) with an 11 pt font, in both languages: Status verifikasi, Kelayakan, Alasan,
Tanggal kunjungan and Nama verifikator inside the scrolling part's visible viewport, the
members' buttons and first rows, Simpan and Simpan & berikutnya. Before (closing note 25), the
visit date's row had 7 pixels to spare once the form was laid out, a findings list the user
showed pushed it out of view, and a returned family's banner left only Status in view. Now
the groups' margins are tighter and the members' table gives rows (four normally; two at
least beside a banner or a list the user keeps shown) before the verification's first rows
are cut."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.ui.form_terlihat import terlihat_utuh

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
RINA = Pengguna("rina", Peran.VERIFIKATOR)
TANPA_TEMUAN = "6172000000021"
DIKEMBALIKAN = "6172000000022"


def _simpan(db_path: Path, idk: str, kembalikan: str | None = None) -> None:
    """Store a visit for ``idk`` (as the demo's verifikator); with ``kembalikan``, submitted
    and sent back with that note (the form shows it in a banner)."""
    with sdb.terbuka(db_path) as db:
        v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                       tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani")
        versi = sv.simpan(db, idk, RINA, v, sv.muat(db, idk).versi)
        if kembalikan:
            versi = sv.ubah_persetujuan(db, idk, RINA, AksiPersetujuan.AJUKAN, versi)
            sv.ubah_persetujuan(db, idk, RINA, AksiPersetujuan.KEMBALIKAN, versi, kembalikan)


def _terlihat_tanpa_gulir(w, qtbot, idk: str, paling_sedikit: int = 4) -> None:
    """Open ``idk`` and check what a verifier needs is seen whole, not scrolled."""
    assert w.buka_keluarga(idk)
    form = w.form
    isian = [form.status_combo, form.kelayakan_combo, form.alasan_combo,
             form.tanggal_kunjungan, form.nama_verifikator]
    tombol = [form.tombol_simpan, form.tombol_simpan_berikut,
              *form.tombol_anggota.values()]

    def terlihat() -> None:
        assert form.gulir.verticalScrollBar().value() == 0
        for x in (*isian, *tombol, form.anggota):
            assert terlihat_utuh(x, form), (idk, x.objectName())
        # the fields inside the scrolling part's visible viewport (terlihat_utuh checks it)
        assert all(form.gulir.widget().isAncestorOf(x) for x in isian)
        baris = form.anggota.viewport().height() // form.anggota.rowHeight(0)
        assert baris >= min(form.anggota_model.rowCount(), paling_sedikit), (idk, baris)
        assert form.anggota.rowAt(0) == 0

    qtbot.waitUntil(terlihat)
    assert w.size().toTuple() == (1093, 580)


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_kerja_terlihat_tanpa_gulir(qtbot, db_isi, jendela_ukuran, pasang, folder_qm,
                                    huruf_besar, bahasa_ui):
    with sdb.terbuka(db_isi) as db:
        temuan = [r[0] for r in db.execute(
            "SELECT id_keluarga FROM temuan GROUP BY id_keluarga ORDER BY count(*) DESC, 1")]
    for idk in (TANPA_TEMUAN, temuan[0]):
        _simpan(db_isi, idk)
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(1093, 580)
    # a family without findings and one with three, both saved
    _terlihat_tanpa_gulir(w, qtbot, TANPA_TEMUAN)
    assert not w.form.temuan.isVisible()
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"formulir_jendela7_tanpa_temuan_{bahasa_ui}.png"))
    _terlihat_tanpa_gulir(w, qtbot, temuan[0])
    assert w.form.tombol_temuan.isVisible() and not w.form.temuan.isVisible()
    assert w.grab().save(str(SHOTS / f"formulir_jendela7_temuan_{bahasa_ui}.png"))
    # the list shown by the user: it keeps a line, the table gives rows, the fields stay
    w.form.tombol_temuan.click()
    _terlihat_tanpa_gulir(w, qtbot, temuan[0], paling_sedikit=2)
    assert w.form.temuan.isVisible()
    assert w.form.temuan.height() >= w.form.temuan.sizeHintForRow(0)
    assert w.grab().save(str(SHOTS / f"formulir_jendela7_temuan_tampil_{bahasa_ui}.png"))
    # a family without findings beside it: four members again
    _terlihat_tanpa_gulir(w, qtbot, TANPA_TEMUAN)


def test_spanduk_dikembalikan(qtbot, db_isi, jendela_ukuran, huruf_besar):
    """A family sent back with a note of two lines: the banner above the fields, the fields
    still seen, the table at two rows at least (it scrolls)."""
    _simpan(db_isi, DIKEMBALIKAN, "Tanggal kunjungan belum sesuai BA musdes; cocokkan lagi "
            "dengan buku kunjungan desa dan nama petugasnya.")
    w = jendela_ukuran(1093, 580)
    _terlihat_tanpa_gulir(w, qtbot, DIKEMBALIKAN, paling_sedikit=2)
    form = w.form
    assert form.spanduk.isVisible()
    assert form.spanduk.height() > 2 * form.spanduk.fontMetrics().height()  # two lines
    assert form.anggota.verticalScrollBar().maximum() > 0
    # Ctrl+M still reaches the table, whose rows scroll
    form.status_combo.setFocus()
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert w.focusWidget() is form.anggota
    assert w.grab().save(str(SHOTS / "formulir_jendela7_dikembalikan.png"))
