"""The user guide and the window stay in step: every menu path the guide names in bold
(``**Data > Impor P3KE...**``) exists in the real window with those words, a key named beside
it is that item's shortcut, every key of the guide's shortcut table works in the window and
every menu shortcut of the window is in that table, every other bold label of the guide is a
text of the program (a button, a field, a title) or one of the few emphasised phrases listed
below, and every message the guide quotes is one the program writes. Read from
``docs/panduan.md`` itself, so a renamed button or a changed key fails here."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from kalbar_desktop.ui import create_main_window

AKAR = Path(__file__).resolve().parents[2]
PANDUAN = AKAR / "docs" / "panduan.md"
TS = AKAR / "resources" / "i18n" / "kalbar_desktop_en.ts"

PENEKANAN = {  # bold words of the guide that are emphasis or names, not the program's labels
    "Flashdisk dilepas saat bekerja", "tujuan ekspor",
    "Flashdisk basis data dilepas saat impor, ekspor, atau Setujui semua berjalan",
    "tanpa internet", "UU 27/2022 tentang Pelindungan Data Pribadi", "Kalbar Desktop",
    "tidak ikut terhapus", "akun admin", "DEMO", "tata letak 2022", "tata letak 2023",
    "by-name-by-address", "tersembunyi", "berkas Keluarga dan Individu sekaligus",
    "Keluarga/anggota baru", "berubah", "tidak ada lagi di berkas", "tidak dihapus",
    "baris yang dilewati", "Jumlah/Total", "kecuali",
    "tidak pernah menimpa hasil kerja verifikasi", "desa", "Pohon wilayah", "Kotak cari", "wajib",
    "koreksi", "tidak ada ketikan yang hilang diam-diam", "NIK anggota",
    "sudah dipakai orang lain", "Tanggal", "Tidak ada yang menyetujui pekerjaannya sendiri",
    "Alasan ekspor nama wajib diisi", "Kirim kata sandi lewat jalur lain", "SHA-256 data",
    "Dua laptop, satu desa.", "Satu musyawarah kecamatan.", "sama", "tidak ditimpa",
    "Berita Acara", "otomatis", "Teks",
    "Basis data di flashdisk yang dilepas", "Flashdisk dipasang lagi",
    "Basis data lain di tempat yang sama",
    "Basis data di CD atau folder bersama yang hanya boleh dibaca",
    "Flashdisk dilepas saat ekspor, cadangan, atau impor",
    "Berkas `...db-wal` dari komputer lain", "Impor gagal", "Lupa kata sandi",
    "Siapa mengubah apa", "Baris pertama", "Rekap saja", "Rekap dengan daftar nama", "lengkap",
    "Anggota baru dari laptop.", "Satu musyawarah kabupaten/kota.", "Jabatan penandatangan.",
    "NIP.", "Penandatangan diingat.",
}
"""Emphasis, role and state names the guide sets in bold. A new bold phrase that is neither
a label of the program nor listed here fails the test: a button renamed in the program, or a
label mistyped in the guide, is caught that way."""

TOMBOL_SISTEM = {"Alt+F4"}
"""Keys the window system handles itself."""


def _teks_panduan() -> str:
    teks = PANDUAN.read_text(encoding="utf-8")
    # code spans may hold asterisks (a masked NIK): keep their text without them
    teks = re.sub(r"`([^`]*)`", lambda m: "`" + m.group(1).replace("*", "") + "`", teks)
    return re.sub(r"[ \t]*\n[ \t]*", " ", teks)  # a bold label may wrap onto the next line


def _tebal(teks: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r"\*\*([^*]+?)\*\*", teks)))


def _tanpa_amp(teks: str) -> str:
    return teks.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _teks_program() -> set[str]:
    """Every text of the window code (the .ts source, kept equal to the code by
    test_bahasa_lengkap), without mnemonics and a trailing colon."""
    hasil = set()
    for s in ET.parse(TS).iter("source"):
        t = _tanpa_amp(s.text or "").strip()
        hasil.update({t, t.rstrip(":")})
    return hasil


def _tombol_tabel_pintasan() -> list[tuple[str, str]]:
    """(key, what it does) rows of the guide's table "Pintasan papan ketik"."""
    asli = PANDUAN.read_text(encoding="utf-8")
    bagian = asli.split("### Pintasan papan ketik", 1)[1].split("\n\n", 2)[1]
    baris = []
    for b in bagian.splitlines():
        sel = [s.strip() for s in b.strip().strip("|").split("|")]
        if len(sel) != 2 or set(sel[0]) <= {"-", " "} or sel[0] == "Tombol":
            continue
        for tombol in sel[0].split(" / "):
            baris.append((tombol.strip(), sel[1]))
    return baris


def _urutan(nama: str) -> QKeySequence:
    return QKeySequence({"PgDn": "PgDown"}.get(nama, nama))


def _aksi_menu(menu: QMenu) -> list[QAction]:
    hasil = []
    for a in menu.actions():
        hasil.append(a)
        if a.menu() is not None:
            hasil.extend(_aksi_menu(a.menu()))
    return hasil


@pytest.fixture
def jendela(qtbot, db_isi):
    w = create_main_window(db_isi, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.tutup_form()


def test_setiap_jalur_menu_di_panduan_ada_di_jendela(jendela):
    teks = _teks_panduan()
    program = _teks_program()
    menu_atas = {_tanpa_amp(a.text()): a.menu() for a in jendela.menuBar().actions()}
    jalur = [b for b in _tebal(teks) if " > " in b]
    assert len(jalur) >= 15, jalur
    salah = []
    for j in jalur:
        bagian = [p.strip() for p in j.split(" > ")]
        menu = menu_atas.get(bagian[0])
        if menu is None:
            salah.append(f"{j}: tidak ada menu {bagian[0]!r} (ada: {sorted(menu_atas)})")
            continue
        aksi = None
        for i, nama in enumerate(bagian[1:], start=1):
            if menu is None:  # past the menu item: a button of the dialog it opens
                if nama not in program:
                    salah.append(f"{j}: {nama!r} bukan teks program")
                continue
            cocok = [a for a in menu.actions() if _tanpa_amp(a.text()) == nama]
            if not cocok:
                ada = [_tanpa_amp(a.text()) for a in menu.actions() if not a.isSeparator()]
                salah.append(f"{j}: {nama!r} tidak ada di menu {bagian[i - 1]!r} (ada: {ada})")
                break
            aksi = cocok[0]
            menu = aksi.menu()
        # "**Data > Impor P3KE...** (**Ctrl+I**)": that item's shortcut
        m = re.search(re.escape(f"**{j}**") + r" \(\*\*([^*]+)\*\*", teks)
        if m and aksi is not None and aksi.shortcut() != _urutan(m.group(1)):
            salah.append(f"{j}: pintasan di panduan {m.group(1)}, di jendela "
                         f"{aksi.shortcut().toString() or '(tidak ada)'}")
    assert not salah, "\n".join(salah)


def test_tabel_pintasan_sama_dengan_jendela(qtbot, jendela):
    # the form's keys exist once a family was opened
    jendela.table.selectRow(0)
    jendela.table.setFocus()
    qtbot.keyClick(jendela.table, Qt.Key.Key_Return)  # "Enter: buka keluarga terpilih"
    qtbot.waitUntil(lambda: jendela.form.isVisible(), timeout=5000)

    semua_aksi = [a for a in jendela.findChildren(QAction) if not a.isSeparator()]
    dari_jendela = {s.toString() for a in semua_aksi for s in a.shortcuts()}
    dari_jendela |= {p.key().toString() for p in jendela.findChildren(QShortcut)}
    tabel = _tombol_tabel_pintasan()
    assert len(tabel) >= 18, tabel
    di_panduan = set()
    for tombol, _fungsi in tabel:
        if tombol in TOMBOL_SISTEM or tombol == "Enter":
            continue
        urutan = _urutan(tombol).toString()
        assert urutan, f"{tombol!r} bukan nama tombol"
        di_panduan.add(urutan)
    assert di_panduan - dari_jendela == set(), "di panduan, tidak ada di jendela"
    menu = [a for m in jendela.menuBar().actions() for a in _aksi_menu(m.menu())]
    dengan_pintasan = {a.shortcut().toString(): _tanpa_amp(a.text()) for a in menu
                       if not a.shortcut().isEmpty()}
    tidak_disebut = {k: v for k, v in dengan_pintasan.items() if k not in di_panduan}
    assert not tidak_disebut, f"pintasan menu yang tidak ada di tabel panduan: {tidak_disebut}"

    # the keys the table names for the form do what it says
    qtbot.keyClick(jendela.form, Qt.Key.Key_Escape)  # "Esc: tutup formulir"
    qtbot.waitUntil(lambda: not jendela.form.isVisible(), timeout=3000)
    keluar = jendela.findChild(QAction, "aksiKeluar")
    assert keluar.shortcut() == QKeySequence("Ctrl+Q")


def test_label_tebal_di_panduan_adalah_teks_program():
    program = _teks_program()
    salah = []
    for b in _tebal(_teks_panduan()):
        if " > " in b or b in PENEKANAN:
            continue
        if re.fullmatch(r"(Ctrl\+|Alt\+|Shift\+)*(F\d+|[A-Z]|Esc|Enter|Alt|Home)", b):
            continue  # keys: checked against the window above
        if b.startswith('"') and b.endswith('"'):
            continue  # a quoted message: checked below
        if b not in program:
            salah.append(b)
    assert not salah, ("teks tebal di panduan yang bukan label program (ganti label di panduan, "
                       f"atau tambahkan ke PENEKANAN bila hanya penekanan): {salah}")


def test_pesan_yang_dikutip_panduan_ditulis_program():
    kode = "\n".join(p.read_text(encoding="utf-8")
                     for p in (AKAR / "kalbar_desktop").rglob("*.py"))
    kode = re.sub(r'"\s*\n\s*f?"', "", kode)  # strings continued over lines
    kutipan = [b.strip('"') for b in _tebal(_teks_panduan())
               if b.startswith('"') and b.endswith('"')]
    assert len(kutipan) >= 3, kutipan
    salah = []
    for k in kutipan:
        for potong in re.split(r"\.\.\.|…", k):
            potong = potong.strip(" :")
            if potong and potong not in kode:
                salah.append(f"{k!r}: {potong!r}")
    assert not salah, salah


def test_skrip_tangkapan_layar_panduan_berjalan(tmp_path):
    """Issue 7: the guide's screenshots come from a script run on the real windows
    (``scripts/tangkapan_layar.py``, named in the README): it still runs and writes PNGs."""
    import os
    import subprocess
    import sys

    keluar = tmp_path / "img"
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    hasil = subprocess.run(
        [sys.executable, str(AKAR / "scripts" / "tangkapan_layar.py"), "--keluarga", "40",
         "--hanya", "masuk", "jendela-utama", "--keluar", str(keluar)],
        capture_output=True, text=True, env=env, timeout=300, check=False)
    assert hasil.returncode == 0, hasil.stderr[-2000:]
    assert sorted(p.name for p in keluar.glob("*.png")) == ["jendela-utama.png", "masuk.png"]
    for p in keluar.glob("*.png"):
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 2000


def _huruf_pintas(teks: str) -> str | None:
    m = re.search(r"&([^&])", teks.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_huruf_bergaris_bawah_unik_per_menu(qtbot, db_isi, pasang, folder_qm, bahasa_ui):
    """The guide: "Huruf yang bergaris bawah ... bisa dipakai dengan Alt". Within one menu each
    underlined letter leads to one item (two items with K: Alt+B, K picked one, then the
    other)."""
    if bahasa_ui == "en":
        pasang("en", folder_qm)
    w = create_main_window(db_isi, user="penguji")
    qtbot.addWidget(w)
    ganda = []
    menu_atas = [a for a in w.menuBar().actions() if a.menu() is not None]
    huruf_atas = [_huruf_pintas(a.text()) for a in menu_atas]
    ganda += [f"bilah menu: {h}" for h in set(huruf_atas) if huruf_atas.count(h) > 1]

    def periksa(menu: QMenu) -> None:
        aksi = [a for a in menu.actions() if not a.isSeparator()]
        huruf = [_huruf_pintas(a.text()) for a in aksi]
        for h in {h for h in huruf if h and huruf.count(h) > 1}:
            sama = [a.text() for a in aksi if _huruf_pintas(a.text()) == h]
            ganda.append(f"{menu.title()}: {h} {sama}")
        for a in aksi:
            if a.menu() is not None:
                periksa(a.menu())

    for a in menu_atas:
        periksa(a.menu())
    w.close()
    w.db.close()
    assert not ganda, ganda


def test_tangkapan_layar_menampilkan_basis_data_di_folder_kantor(qtbot, db_isi, tmp_path):
    """The guide's pictures of the main window show the database in D:\\P3KE, like an office
    laptop, in the status bar, not the script's temporary folder (the picture only)."""
    import importlib.util

    from PySide6.QtWidgets import QLabel

    spec = importlib.util.spec_from_file_location(
        "tangkapan_layar", AKAR / "scripts" / "tangkapan_layar.py")
    skrip = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(skrip)
    w = create_main_window(db_isi, user="penguji")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    juru = skrip.Juru(tmp_path, set())
    juru.tampil_sebagai[str(db_isi)] = str(skrip.FOLDER_TAMPIL / db_isi.name)
    assert juru.simpan(w, "jendela").is_file()
    teks = [label.text() for label in w.statusBar().findChildren(QLabel)]
    assert "Basis data: D:\\P3KE\\uji.db" in teks
    assert not any(str(db_isi.parent) in t for t in teks)
    w.close()
