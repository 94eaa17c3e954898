"""The English translation is complete and every visible text goes through it: the .ts is up to
date with the code, every entry is translated with the same placeholders, the domain's labels
have their translated mirror, and the main window and every dialog opened in English show no
Indonesian interface text."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kalbar_desktop.domain import codes, jejak, kolom, temuan
from kalbar_desktop.domain import status as ds
from kalbar_desktop.domain.akses import LABEL_PERAN, Peran
from kalbar_desktop.domain.status import Persetujuan, StatusVerifikasi
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import cadangan, pengaturan
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui import label as ul
from tests.ui import teks_tampil
from tests.ui.conftest import skrip_i18n
from tests.ui.teks_tampil import Kamus

AKAR = Path(__file__).resolve().parents[2]
TS_EN = AKAR / "resources" / "i18n" / "kalbar_desktop_en.ts"
SANDI = "Sungai-Kapuas-77"


def _pesan(path: Path = TS_EN) -> list[tuple[str, str, ET.Element]]:
    return [(c.findtext("name"), m.findtext("source"), m)
            for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")]


# -- the .ts file ----------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{\w*(?:![rsa])?(?::[^}]*)?\}|%n|%L?\d+")
_BENTUK_JAMAK = re.compile(r"\{(\w+):[^{}|]*\|[^{}]*\}")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")


def test_semua_pesan_inggris_diterjemahkan():
    pesan = _pesan()
    assert len(pesan) > 600
    kurang = [(k, s) for k, s, m in pesan
              if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
              or not (m.findtext("translation") or "").strip()]
    assert kurang == []


def test_placeholder_dan_tag_sama_di_terjemahan():
    salah = []
    for konteks, sumber, m in _pesan():
        terjemahan = m.findtext("translation") or ""
        # "{0:row|rows}" picks a noun's form by an argument the source has (ui/lokal.Jumlah)
        for nama in _BENTUK_JAMAK.findall(terjemahan):
            if not re.search(r"\{" + re.escape(nama) + r"[}:!]", sumber):
                salah.append((konteks, sumber, terjemahan))
        terjemahan = _BENTUK_JAMAK.sub("", terjemahan)
        for pola in (_PLACEHOLDER, _TAG):
            if sorted(pola.findall(sumber)) != sorted(pola.findall(terjemahan)):
                salah.append((konteks, sumber, terjemahan))
        punya_pintasan = [bool(re.search(r"&(?!&|amp;|lt;|gt;|copy;)\w", t))
                          for t in (sumber, terjemahan)]
        if punya_pintasan[0] != punya_pintasan[1]:
            salah.append((konteks, sumber, terjemahan))
    assert salah == []


def test_ts_mutakhir_dengan_kode(tmp_path):
    """Fails when a text of the UI changed without `make i18n-update` (and its translation)."""
    i18n = skrip_i18n()
    ts = tmp_path / "baru.ts"
    berkas = i18n.berkas_sumber(tmp_path)  # the UI and the lower layers' Pesan templates
    subprocess.run([i18n.alat("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                    "-source-language", "id", "-target-language", "en", *berkas, "-ts",
                    str(ts)], check=True, capture_output=True)
    dari_kode = {(k, s) for k, s, _m in _pesan(ts)}
    di_repo = {(k, s) for k, s, _m in _pesan()}
    assert sorted(dari_kode - di_repo) == [], "teks baru belum ada di .ts: make i18n-update"
    assert sorted(di_repo - dari_kode) == [], "teks lama masih di .ts: make i18n-update"


def test_pemeriksa_menemukan_teks_yang_tidak_diterjemahkan(qtbot):
    """The check of the English windows below can fail: an untranslated label is caught."""
    kamus = Kamus.dari_ts()
    assert {"yang", "tidak", "simpan", "batal", "tutup", "belum"} <= kamus.kosakata
    w = QWidget()
    qtbot.addWidget(w)
    QLabel("Simpan perubahan sekarang?", w)
    QLabel("Save the changes now?", w)
    QLabel("Jenis Atap", w)  # a P3KE column header: data
    assert [m.split(":")[0] for m in teks_tampil.periksa(w, kamus)] == ["QLabel (text)"]


# -- the domain's labels -----------------------------------------------------------------------
def test_label_domain_punya_cermin_terjemahan():
    enum = (ds.StatusVerifikasi, ds.Kelayakan, ds.AlasanTidakLayak, ds.Persetujuan,
            ds.StatusAnggota, ds.JenisPindah)
    assert set(ul.LABEL_STATUS) == {(j, a.value) for j in enum for a in j}
    # A code in several enums (MENINGGAL...) is one key of domain/status.LABEL (equal StrEnum
    # members hash alike), so the domain can only be compared for the other codes.
    bersama = {a.value for j in enum for a in j
               if sum(a.value in {b.value for b in k} for k in enum) > 1}
    assert {k: t for k, t in ul.LABEL_STATUS.items() if k[1] not in bersama} == {
        (j, a.value): ds.LABEL[a] for j in enum for a in j if a.value not in bersama}
    assert ul.LABEL_STATUS[(ds.StatusVerifikasi, "MENINGGAL")] == "Meninggal (seluruh anggota)"
    assert ul.LABEL_FIELD == ds.LABEL_FIELD
    assert ul.LABEL_PERAN == LABEL_PERAN
    assert ul.PENJELASAN_ATURAN == temuan.PENJELASAN
    assert set(ul.NAMA_ATURAN) == set(temuan.Aturan)
    assert ul.LABEL_DESIL == codes.LABEL_DESIL
    assert ul.LABEL_AKSI_AUDIT == jejak.LABEL_AKSI
    assert ul.LABEL_TABEL_AUDIT == jejak.LABEL_TABEL
    assert ul.JUDUL_AUDIT == ekspor_audit.JUDUL
    assert {k: s.label for k, s in pengaturan.SETELAN.items()} == ul.LABEL_SETELAN
    assert ul.LABEL_ALASAN_CADANGAN == cadangan.LABEL_ALASAN
    assert {k.field for k in kolom.KELUARGA} <= set(ul.LABEL_ISIAN_P3KE)
    assert ul.LABEL_ISIAN_P3KE == kolom.LABEL_ISIAN
    assert ul.LABEL_KOLOM_LAIN == jejak.LABEL_KOLOM_LAIN
    assert ul.LABEL_SETELAN == jejak.LABEL_SETELAN
    from kalbar_desktop.exchange import impor_koreksi
    from kalbar_desktop.ui import laporan

    assert laporan.JENIS_MASALAH == impor_koreksi.JENIS_MASALAH
    from kalbar_desktop.ui.label_kode import LABEL_KODE

    assert {n: d.nilai for n, d in codes.SEMUA.items() if n != "desil"} == LABEL_KODE


# -- the windows in English ------------------------------------------------------------------
@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


@pytest.fixture
def kamus() -> Kamus:
    return Kamus.dari_ts()


def _periksa(qtbot, widget: QWidget, kamus: Kamus, semua: list[str]) -> None:
    qtbot.addWidget(widget) if widget.parent() is None else None
    semua += teks_tampil.periksa(widget, kamus)


def test_jendela_dan_dialog_inggris_tanpa_teks_indonesia(qtbot, inggris, kamus, db_demo,
                                                          db_path, berkas_demo_2023):
    from PySide6.QtCore import QLocale

    from kalbar_desktop.ui.akun_dialog import (
        BuatAdminDialog,
        GantiSandiDialog,
        KunciLayarDialog,
        LoginDialog,
    )
    from kalbar_desktop.ui.app import alasan_dipakai
    from kalbar_desktop.ui.audit_dialog import AuditLogDialog
    from kalbar_desktop.ui.cadangan_dialog import PulihkanDialog
    from kalbar_desktop.ui.dialog_verifikasi import DialogAnggotaBaru, DialogCatatan
    from kalbar_desktop.ui.dukungan import PenjagaGalat, TentangDialog
    from kalbar_desktop.ui.impor_dialog import DialogImpor
    from kalbar_desktop.ui.laporan import (
        DAFTAR_KUNJUNGAN,
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

    assert QLocale().name() == "en_GB"
    db = db_demo
    sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
    sp.tambah(db, "ani", Peran.OPERATOR, SANDI, ["6172011001"], "Ani Lestari", oleh="adm")
    cadangan.cadangkan_otomatis(db, cadangan.MANUAL)
    masalah: list[str] = []

    w = create_main_window(db_path, user="adm")
    qtbot.addWidget(w)
    w.show()
    assert w.menu_berkas.title() == "&File"
    _periksa(qtbot, w, kamus, masalah)

    # the family form (an operator): a family and its history, then a new proposal
    w_op = create_main_window(db_path, user="ani")
    qtbot.addWidget(w_op)
    w_op.show()
    assert w_op.buka_baris(0)
    w_op.form.catatan.setPlainText("Rumah kosong saat dikunjungi")
    assert w_op.form.simpan()
    _periksa(qtbot, w_op, kamus, masalah)
    riwayat = w_op.form.riwayat()
    assert riwayat.tabel.rowCount() > 0
    _periksa(qtbot, riwayat, kamus, masalah)
    w_op.usulan_baru()
    _periksa(qtbot, w_op.form, kamus, masalah)

    # the dashboard
    w.tab.setCurrentWidget(w.dasbor)
    qtbot.waitUntil(lambda: w.dasbor.data() is not None and w.dasbor.data().keluarga > 0,
                    timeout=20000)
    _periksa(qtbot, w.dasbor, kamus, masalah)

    # dialogs
    impor = DialogImpor(db_path, "adm")
    with qtbot.waitSignal(impor.pratinjau_siap, timeout=20000):
        impor.tambah_berkas(berkas_demo_2023)
    dialog = [
        impor, buka_ekspor(w), buka_impor_koreksi(w), buka_dokumen(w, DAFTAR_KUNJUNGAN),
        TentangDialog(db_path), LoginDialog(db, "adm", nama_db="uji.db"),
        BuatAdminDialog(db, "uji.db"), KunciLayarDialog(db, w.pengguna, 10),
        GantiSandiDialog(db, "adm", w.pengguna), KelolaPenggunaDialog(db, w.pengguna),
        AkunDialog(db, w.pengguna), PengaturanDialog(db, w.pengguna),
        AuditLogDialog(db, db_path, w.pengguna), PulihkanDialog(db_path),
        DialogCatatan("x", "y"), DialogAnggotaBaru(), buka_panduan(w),
    ]
    dokumen = dialog[3]
    for d in dialog:
        _periksa(qtbot, d, kamus, masalah)
    dokumen.jenis.setCurrentIndex(0)
    _periksa(qtbot, dokumen, kamus, masalah)

    penjaga = PenjagaGalat()
    penjaga._tampilkan("ValueError", "contoh.py:1", "Traceback")
    _periksa(qtbot, penjaga._dialog, kamus, masalah)
    penjaga._dialog.close()

    # the read-only banner's reason (another program writes to the database)
    for teks in (alasan_dipakai("uji.db", {"pengguna_os": "ani", "mesin": "pc-1", "pid": 7,
                                           "sejak": "2026-11-23T08:00:00+07:00"}),
                 alasan_dipakai("uji.db", None)):
        if teks_tampil.masalah(teks, kamus):
            masalah.append(f"banner: {teks!r} {teks_tampil.masalah(teks, kamus)}")
    assert "23-11-2026 08:00" in alasan_dipakai("uji.db", {"sejak": "2026-11-23T08:00:00"})
    assert masalah == [], "\n".join(masalah)


def test_label_status_dan_angka_dalam_bahasa_inggris(inggris):
    assert ul.label("DIKEMBALIKAN", Persetujuan) == "Sent back"
    assert ul.label("BELUM", StatusVerifikasi) == "Not verified"
    assert ul.label("TIDAK_ADA", StatusVerifikasi) == "TIDAK_ADA"
    assert ul.label_field("jenis_atap") == "Roof type"
    assert ul.nama_aturan("NIK_GANDA") == "Duplicate NIK"
    assert ul.label_aksi_audit("KODE_BARU") == "KODE_BARU"
