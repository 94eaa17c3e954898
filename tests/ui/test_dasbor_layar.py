"""The Dasbor tab on the operators' small laptop screens. Issue: at 1093 pixels wide (1366x768
at 125 %) the row of seven key figures needed ~1066 pixels and the charts ~1140: staff scrolled
sideways to see "Keluarga dengan temuan" and the Kelayakan chart. Now the key figures wrap into
even rows, the charts stand two to a row when there is room and one under the other when
narrow, and the page only scrolls downwards. Then (tampilan3): at 1093x552 the page still
scrolled downwards; now the charts stand in three columns of two rows when the width allows,
the cards are compact (figure beside its words) when they wrap, long lists scroll inside their
box, and the whole dashboard shows at once at 1093x552, 1366x697 and 1920x1050. (At 125 % in
its own process: test_layar_kecil.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.dasbor import PanelDasbor
from kalbar_desktop.ui.tata_alir import TataAlir
from tests.bantu_verifikasi import verifikasi_contoh
from tests.conftest import WILAYAH_61
from tests.ui.layar_kecil import tata_dasbor

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def jendela(qtbot, db_path, berkas_demo_2023):
    """The main window on the 2023 demo files with region names and 30 verified families,
    its Dasbor tab in front with its figures computed."""
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
        wilayah_csv.impor(db, WILAYAH_61)
        verifikasi_contoh(db, jumlah=30, hari_ini=dt.date.today())
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 697)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.dasbor.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(w.dasbor)
    return w


def _ukuran(qtbot, w: QWidget, lebar: int, tinggi: int) -> dict:
    w.resize(lebar, tinggi)
    qtbot.waitUntil(lambda: w.width() == lebar)
    qtbot.wait(30)  # the grid re-arranges on the resize; its layout request follows
    return tata_dasbor(w.dasbor)


def _periksa_muat(tata: dict) -> None:
    assert tata["geser_samping"] == 0  # no sideways scrolling
    assert tata["di_luar"] == []  # every card, box, chart and legend entry within the width
    assert tata["kartu_terpotong"] == []  # the figures and their texts whole
    assert tata["legenda_di_luar_kotak"] == []
    assert tata["bertumpuk"] == []


@pytest.mark.parametrize("ukuran", [(1093, 552), (1366, 697), (1920, 1050)],
                         ids=["125persen", "100persen", "1920"])
def test_dasbor_muat_tanpa_geser_samping(qtbot, jendela, ukuran):
    tata = _ukuran(qtbot, jendela, *ukuran)
    _periksa_muat(tata)
    assert tata["geser_tegak"] == 0  # the whole dashboard at once
    # ~340 pixels a column still hold a kecamatan name, its bar and "29% dari 24"
    assert tata["kolom_grafik"] == 3 and jendela.dasbor.kisi_grafik.kolom() == 3
    kartu = list(jendela.dasbor.kartu.values())
    if ukuran[0] == 1093:
        assert tata["baris_kartu"] == 2  # 4 + 3
        assert all(k.ringkas() for k in kartu)  # the figure beside its words: two lines
    else:
        assert tata["baris_kartu"] == 1 and not any(k.ringkas() for k in kartu)
    # every chart shows at least three of its bars (the rest scroll inside the box)
    for gulir in (jendela.dasbor.gulir_kecamatan, jendela.dasbor.gulir_temuan):
        assert gulir.viewport().height() >= 3 * 26
    SHOTS.mkdir(exist_ok=True)
    assert jendela.grab().save(str(SHOTS / f"dasbor_{ukuran[0]}.png"))


def test_kunjungan_berbulan_bulan_bergulir_di_kotaknya_saja(qtbot, jendela):
    """Visits over four months: the visits chart (one bar a day) scrolls sideways inside its
    own box, ending at the latest day; the page itself still does not."""
    lama = (dt.date.today() - dt.timedelta(days=120)).isoformat()
    idk = jendela.model.id_keluarga(0)
    sv.simpan(jendela.db, idk, Pengguna("Ani", Peran.OPERATOR),
              Verifikasi(status_verifikasi="MENINGGAL", tanggal_kunjungan=lama,
                         nama_verifikator="Ani"), sv.muat(jendela.db, idk).versi)
    panel = jendela.dasbor
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        panel.segarkan()
    assert len(panel.chart_kunjungan.batang()) == 121
    tata = _ukuran(qtbot, jendela, 1093, 552)
    _periksa_muat(tata)
    assert tata["geser_tegak"] == 0
    gulir = panel.gulir_kunjungan.horizontalScrollBar()
    assert gulir.maximum() > 0
    qtbot.waitUntil(lambda: gulir.value() == gulir.maximum())
    panel.gulir.ensureWidgetVisible(panel.kotak_kunjungan)
    SHOTS.mkdir(exist_ok=True)
    assert jendela.grab().save(str(SHOTS / "dasbor_1093_kunjungan.png"))


def test_dasbor_lebar_satu_baris_kartu_tiga_kolom_grafik(qtbot, jendela):
    tata = _ukuran(qtbot, jendela, 1600, 850)
    _periksa_muat(tata)
    assert tata["baris_kartu"] == 1 and tata["geser_tegak"] == 0
    assert tata["kolom_grafik"] == 3 and jendela.dasbor.kisi_grafik.kolom() == 3
    assert all(tata["berdampingan"].values()), tata["berdampingan"]
    # the kecamatan column widest, the other two alike; no empty gap at the right
    kecamatan, *kotak = jendela.dasbor.kisi_grafik.kotak()
    assert max(k.width() for k in kotak) - min(k.width() for k in kotak) <= 1
    assert kecamatan.width() > kotak[0].width()
    assert kotak[-1].mapTo(jendela.dasbor.gulir.viewport(), kotak[-1].rect().topRight()).x() \
        >= tata["lebar_viewport"] - 2
    SHOTS.mkdir(exist_ok=True)
    assert jendela.grab().save(str(SHOTS / "dasbor_1600.png"))


def test_grafik_satu_kolom_bila_sempit_dan_kembali_bila_lebar(qtbot, jendela):
    """The tab alone, narrower than any window on the operators' screens (a window dragged
    narrow, a larger font): one chart under another; wider: two columns, then three."""
    panel = jendela.dasbor
    jendela.tab.removeTab(jendela.tab.indexOf(panel))
    panel.setParent(None)
    qtbot.addWidget(panel)
    panel.resize(720, 600)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(30)
    tata = tata_dasbor(panel)
    _periksa_muat(tata)
    assert tata["kolom_grafik"] == 1 and panel.kisi_grafik.kolom() == 1
    assert not any(tata["berdampingan"].values())
    assert tata["baris_kartu"] >= 3
    assert panel.gulir.verticalScrollBar().maximum() > 0  # downwards instead
    SHOTS.mkdir(exist_ok=True)
    assert panel.grab().save(str(SHOTS / "dasbor_720.png"))
    panel.resize(900, 600)
    qtbot.wait(30)
    tata = tata_dasbor(panel)
    _periksa_muat(tata)
    assert tata["kolom_grafik"] == 2 and panel.kisi_grafik.kolom() == 2
    panel.resize(1400, 700)
    qtbot.wait(30)
    tata = tata_dasbor(panel)
    _periksa_muat(tata)
    assert tata["kolom_grafik"] == 3 and all(tata["berdampingan"].values())
    assert tata["baris_kartu"] == 1


def test_panel_tidak_pernah_lebih_lebar_dari_kotak_terlebar(qtbot, tmp_path):
    """The page's least width is that of one column (the widest box or card), not of two:
    the scroll area can always make it as narrow as its viewport."""
    panel = PanelDasbor(tmp_path / "kosong.db")
    qtbot.addWidget(panel)
    isi = panel.gulir.widget()
    terlebar = max(w.minimumSizeHint().width()
                   for w in [*panel.kisi_grafik.kotak(), *panel.kartu.values()])
    assert isi.minimumSizeHint().width() <= terlebar
    assert isi.minimumSizeHint().width() < 2 * panel.kisi_grafik.lebar_nyaman()


def test_tata_alir_seragam_baris_rata(qtbot):
    from PySide6.QtWidgets import QLabel

    wadah = QWidget()
    qtbot.addWidget(wadah)
    tata = TataAlir(wadah, jarak=8, seragam=True)
    tata.setContentsMargins(0, 0, 0, 0)
    label = [QLabel(t) for t in ("120", "Sudah diverifikasi", "90", "Diajukan", "Disetujui",
                                 "Dikembalikan", "Keluarga dengan temuan")]
    for lbl in label:
        tata.addWidget(lbl)
    sel = max(lbl.sizeHint().width() for lbl in label)
    assert tata.minimumSize().width() == max(lbl.minimumSizeHint().width() for lbl in label)

    def susun(lebar: int) -> list[list[int]]:
        wadah.resize(lebar, tata.heightForWidth(lebar))
        wadah.show()
        tata.activate()
        kotak = [lbl.geometry() for lbl in label]
        for i, a in enumerate(kotak):
            assert wadah.rect().contains(a), (lebar, label[i].text())
            assert a.width() >= sel  # never narrower than the widest
            assert all(not a.intersects(b) for b in kotak[i + 1:])
        baris: dict[int, list[int]] = {}
        for k in kotak:
            baris.setdefault(k.y(), []).append(k.width())
        # the items of a row fill it: the last one ends at the right edge
        assert max(k.right() for k in kotak) == lebar - 1
        return list(baris.values())

    assert [len(b) for b in susun(7 * sel + 6 * 8)] == [7]
    # six would fit, but 6 + 1 leaves a lone item: 4 + 3, all the same width
    baris = susun(6 * sel + 5 * 8 + 3)
    assert [len(b) for b in baris] == [4, 3]
    lebar = [w for b in baris for w in b]
    assert max(lebar) - min(lebar) <= 1
    assert [len(b) for b in susun(3 * sel + 2 * 8)] == [3, 3, 1]
    assert [len(b) for b in susun(sel)] == [1] * 7
    assert tata.heightForWidth(sel) > tata.heightForWidth(7 * sel + 6 * 8)
