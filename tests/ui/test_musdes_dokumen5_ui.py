"""The document dialog for one meeting above the desa (closing note 24): a kabupaten/kota
meeting signed by the head of the Dinas Sosial (the official's field named for it), the
official's title chosen or typed (``dokumenJabatan``), a kecamatan meeting without a place held
at the Kantor Camat, disabled fields drawn grey, and every line the dialog shows in the English
window, one case per path (one desa, a kecamatan, a kabupaten; values agreeing, disagreeing,
missing; one meeting with and without its number; refused). PDFs read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton

from tests.ui.test_ekspor_kabupaten_terima7 import _dialog as dialog_menu
from tests.unit.test_musdes_per_desa_cetak3 import kantor_musdes

NOMOR = "400/017/DINSOS/XI/2026"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def _pdf(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _isi(d, kode: str | None, tanggal: tuple[int, int, int] | None = None,
         tempat: str | None = None, nomor: str | None = None, nama: str | None = None) -> None:
    kotak = d.findChild(QComboBox, "dokumenDesa")
    kotak.setCurrentIndex(kotak.findData(kode))
    if tanggal:
        d.findChild(QCheckBox, "dokumenIsiTanggal").setChecked(True)
        d.findChild(QDateEdit, "dokumenTanggal").setDate(QDate(*tanggal))
    if tempat:
        d.findChild(QLineEdit, "dokumenTempat").setText(tempat)
    if nomor:
        d.findChild(QLineEdit, "dokumenNomor").setText(nomor)
    if nama:
        d.findChild(QLineEdit, "dokumenCamat").setText(nama)


def _buat(qtbot, d, pdf: Path) -> str:
    d.findChild(QLineEdit, "dokumenTujuan").setText(str(pdf))
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    return d.status.text().replace(str(pdf), "<PDF>")


def _label(d, isian: str) -> str:
    return next(w.text() for w in d.findChildren(QLabel)
                if w.buddy() is d.findChild(QLineEdit, isian))


def test_musyawarah_kabupaten_di_dialog(qtbot, kantor, tmp_path):
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    jabatan = d.findChild(QComboBox, "dokumenJabatan")
    _isi(d, "617203")
    assert _label(d, "dokumenCamat") == "Nama ca&mat:"
    assert jabatan.currentText() == "Camat" and jabatan.isEnabled()
    _isi(d, "6172", (2026, 11, 27), "Aula Dinas Sosial", NOMOR, "Dra. Rosmawati")
    assert _label(d, "dokumenCamat") == "Nama kepala dina&s:"
    assert [jabatan.itemText(i) for i in range(jabatan.count())] == [
        "Kepala Dinas Sosial", "Plt. Kepala Dinas Sosial", "Sekretaris Dinas Sosial",
        "a.n. Kepala Dinas Sosial"]
    jabatan.setCurrentIndex(1)
    status = _buat(qtbot, d, tmp_path / "ba.pdf")
    assert status == (
        "Berita Acara Hasil Verifikasi - Kota Singkawang (6172): 8 desa/kelurahan, 9 keluarga, "
        f"disimpan ke <PDF>. Satu musyawarah kabupaten/kota: 8 desa sebagai bagian berita acara "
        f"nomor {NOMOR}, ditandatangani kepala dinas.")
    teks = _pdf(tmp_path / "ba.pdf")
    assert teks.count("MUSYAWARAH KOTA SINGKAWANG") == 8
    assert teks.count(f"Nomor: {NOMOR}") == 8
    assert teks.count("Plt. Kepala Dinas Sosial Kota Singkawang") == 8
    assert teks.count("( Dra. Rosmawati )") == 8
    assert "Camat" not in teks.replace("Kecamatan", "")
    d.close()
    w.tutup_tanpa_tanya = True


def test_kecamatan_tanpa_tempat_di_kantor_camat_jabatan_diketik(qtbot, kantor, tmp_path):
    """The date, the number and the camat: one meeting, at the Kantor Camat; the title typed
    with the kecamatan's name is printed once, as typed."""
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    _isi(d, "617203", (2026, 11, 25), None, "005/BA/2026", "Yohanes")
    assert "Kantor Camat" in d.findChild(QLineEdit, "dokumenTempat").placeholderText()
    jabatan = d.findChild(QComboBox, "dokumenJabatan")
    jabatan.setEditText("a.n. Camat Singkawang Timur Sekretaris Kecamatan")
    status = _buat(qtbot, d, tmp_path / "ba.pdf")
    assert status.endswith("Satu musyawarah kecamatan: 3 desa sebagai bagian berita acara "
                           "nomor 005/BA/2026, ditandatangani camat."), status
    teks = _pdf(tmp_path / "ba.pdf")
    assert teks.count("bertempat di Kantor Camat Singkawang Timur, telah dilaksanakan "
                      "musyawarah tingkat Kecamatan Singkawang Timur") == 3
    assert teks.count("Kantor Camat Singkawang Timur, 25 November 2026") == 3
    assert teks.count("a.n. Camat Singkawang Timur Sekretaris Kecamatan") == 3
    assert "Singkawang Timur Singkawang Timur" not in teks
    assert teks.count("( Yohanes )") == 3
    d.close()
    w.tutup_tanpa_tanya = True


def test_jabatan_bawaan_bukan_tanda_satu_musyawarah(qtbot, kantor, tmp_path):
    """The date alone with the title as offered: each desa met on its own, on that day."""
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    _isi(d, "617203", (2026, 11, 25))
    assert d.findChild(QComboBox, "dokumenJabatan").currentText() == "Camat"
    status = _buat(qtbot, d, tmp_path / "ba.pdf")
    assert "Tanggal musyawarah yang diisi dipakai di semua 3 desa" in status, status
    teks = _pdf(tmp_path / "ba.pdf")
    assert "MUSYAWARAH KECAMATAN" not in teks and "Camat Singkawang Timur" not in teks
    assert "Nomor: 01/BA/III/2026" in teks
    d.close()
    w.tutup_tanpa_tanya = True


def _warna(gambar, w, d) -> QColor:
    """The colour inside ``w`` near its right edge (past any text), in a grab of ``d``."""
    titik = w.mapTo(d, QPoint(w.width() - 12, w.height() // 2))
    return gambar.pixelColor(titik)


def test_isian_nonaktif_tampak_nonaktif(qtbot, kantor):
    """One desa: the camat's name and the title are closed, and look it (a grey darker than
    the window's, a grey placeholder saying when they open), while an open field stays
    white. Before, a closed field was as white as an open one."""
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    _isi(d, "6172031001")
    camat, operator = d.findChild(QLineEdit, "dokumenCamat"), d.findChild(QLineEdit,
                                                                          "dokumenOperator")
    jabatan = d.findChild(QComboBox, "dokumenJabatan")
    assert not camat.isEnabled() and not jabatan.isEnabled() and operator.isEnabled()
    assert camat.placeholderText() == "hanya untuk satu musyawarah kecamatan atau kabupaten/kota"
    gambar = d.grab().toImage()
    putih = _warna(gambar, operator, d)
    jendela = d.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    latar = _warna(gambar, camat, d)
    assert putih.lightness() > jendela.lightness() > latar.lightness()
    assert _warna(gambar, jabatan.lineEdit(), d) == latar
    _isi(d, "617203")  # a kecamatan: the camat's field opens, white; the kepala desa's closes
    kepala = d.findChild(QLineEdit, "dokumenKepalaDesa")
    assert camat.isEnabled() and not kepala.isEnabled()
    gambar = d.grab().toImage()
    assert _warna(gambar, camat, d) == putih and _warna(gambar, kepala, d) == latar
    d.close()
    w.tutup_tanpa_tanya = True


KALIMAT = "Verification report (Berita Acara) - "
SEBAGIAN = ("Village meeting date recorded for 1 of {n} villages, minutes number for 1; the "
            "rest is filled in by hand.")
DIISI = ("The meeting date entered is used for all {n} villages, minutes number recorded for "
         "1; the rest is filled in by hand. 2 villages record another meeting date for their "
         "families.")
TOLAK = ("{w} holds {n} villages, each with its own meeting: the minutes number differs for "
         "each village and there is no signature of a camat or of the head of the Dinas "
         "Sosial, so leave the number, the title and the official's name empty.")
KEC, KOTA = "District Singkawang Timur (617203)", "Kota Singkawang (6172)"

JALUR = {
    "desa-sama": (("6172031001",), f"{KALIMAT}Kelurahan Pajintan: 1 family, saved to <PDF>"),
    "desa-berbeda": (("6172031002",), (
        f"{KALIMAT}Kelurahan Nyarumkop: 2 families, saved to <PDF>. Nyarumkop (6172031002): "
        "village meeting date filled in by hand (2 different in its families' data: "
        "'19/03/2026' (0061720008), '20/03/2026' (0061720009)); minutes number filled in by "
        "hand ('02/BA/III/2026' (0061720008) recorded for only 1 family; 1 other family "
        "verified or with a meeting entry does not record it, for example 0061720009)")),
    "desa-kosong": (("6172031005",), (
        f"{KALIMAT}Kelurahan Sanggau Kulor: 1 family, saved to <PDF>. Sanggau Kulor "
        "(6172031005): village meeting date filled in by hand (not yet recorded in its "
        "families' data); minutes number filled in by hand (not yet recorded in its families' "
        "data)")),
    "kecamatan-tiap-desa": (("617203",), (
        f"{KALIMAT}{KEC}: 3 villages, 4 families, saved to <PDF>. {SEBAGIAN.format(n=3)}")),
    "kecamatan-tanggal": (("617203", (2026, 11, 25)), (
        f"{KALIMAT}{KEC}: 3 villages, 4 families, saved to <PDF>. {DIISI.format(n=3)}")),
    "kecamatan-satu-nomor": (("617203", (2026, 11, 25), "Aula", "005/BA", "Hendri"), (
        f"{KALIMAT}{KEC}: 3 villages, 4 families, saved to <PDF>. One district meeting: 3 "
        "villages as sections of minutes number 005/BA, signed by the camat.")),
    "kecamatan-satu-tanpa-nomor": (("617203", (2026, 11, 25), None, None, "Hendri"), (
        f"{KALIMAT}{KEC}: 3 villages, 4 families, saved to <PDF>. One district meeting: 3 "
        "villages as its sections, signed by the camat; the minutes number is filled in by "
        "hand.")),
    "kecamatan-nomor-ditolak": (("617203", None, None, "005/BA"),
                                TOLAK.format(w=KEC, n=3)),
    "kabupaten-tiap-desa": (("6172",), (
        f"{KALIMAT}{KOTA}: 8 villages, 9 families, saved to <PDF>. {SEBAGIAN.format(n=8)}")),
    "kabupaten-tanggal": (("6172", (2026, 11, 27)), (
        f"{KALIMAT}{KOTA}: 8 villages, 9 families, saved to <PDF>. {DIISI.format(n=8)}")),
    "kabupaten-satu-nomor": (("6172", (2026, 11, 27), "Aula", "400/BA", "Rosma"), (
        f"{KALIMAT}{KOTA}: 8 villages, 9 families, saved to <PDF>. One regency/city meeting: 8 "
        "villages as sections of minutes number 400/BA, signed by the head of the Dinas "
        "Sosial.")),
    "kabupaten-satu-tanpa-nomor": (("6172", (2026, 11, 27), None, None, "Rosma"), (
        f"{KALIMAT}{KOTA}: 8 villages, 9 families, saved to <PDF>. One regency/city meeting: 8 "
        "villages as its sections, signed by the head of the Dinas Sosial; the minutes number "
        "is filled in by hand.")),
    "kabupaten-kepala-dinas-ditolak": (("6172", None, None, None, "Rosma"),
                                       TOLAK.format(w=KOTA, n=8)),
}
INDONESIA = re.compile(r"\b(desa|keluarga|diisi|tangan|tercatat|musyawarah|nomor|lainnya|dan|"
                       r"disimpan|berbeda|Berita Acara Hasil|Kecamatan|Kabupaten|camat ini|"
                       r"kepala dinas|belum|bagian)\b")


@pytest.mark.parametrize("jalur", list(JALUR))
def test_baris_dialog_dalam_bahasa_inggris(qtbot, kantor, tmp_path, pasang, folder_qm, jalur):
    pasang("en", folder_qm)
    isian, harapan = JALUR[jalur]
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    _isi(d, *isian)
    pdf = tmp_path / "ba.pdf"
    status = _buat(qtbot, d, pdf)
    assert status.startswith(harapan), status
    assert not INDONESIA.search(status.replace("<PDF>", "")), status
    assert pdf.exists() != ("ditolak" in jalur)
    for nama in ("dokumenNomor", "dokumenTempat", "dokumenCamat", "dokumenKepalaDesa"):
        isi = d.findChild(QLineEdit, nama)
        assert not INDONESIA.search(isi.placeholderText() + " " + isi.toolTip()), nama
    assert not INDONESIA.search(_label(d, "dokumenCamat").replace("&", "")), jalur
    d.close()
    w.tutup_tanpa_tanya = True
