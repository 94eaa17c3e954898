<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>MainWindow</name>
    <message>
        <source>Pilih keluarga di tabel untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} keluarga, {1} anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Selamat datang di Kalbar Desktop&lt;/h2&gt;&lt;p&gt;Basis data ini masih kosong.&lt;/p&gt;&lt;p&gt;Untuk mulai, impor berkas P3KE dari menu &lt;b&gt;Data &amp;gt; Impor P3KE...&lt;/b&gt; (berkas Keluarga dan Individu sekaligus, .xlsx atau .csv),&lt;br&gt;atau dari baris perintah: &lt;code&gt;kalbar-desktop import BERKAS...&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelDasbor</name>
    <message>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverifikasi (draf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum diverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sangat miskin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miskin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hampir miskin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rentan miskin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layak dengan intervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak layak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK tidak sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK rusak oleh Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir beda NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin beda NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa kepala keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala keluarga ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilayah tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode isian tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal tidak sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KK tidak sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasbor kemajuan verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hitung ulang semua angka dasbor dari basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah diverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga dengan temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik untuk menampilkan keluarga ini di tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kemajuan per kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga menurut desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga menurut kelayakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temuan menurut aturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga dikunjungi per hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan semua keluarga berstatus ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kemajuan verifikasi dan persetujuan per kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temuan menurut aturan (jumlah keluarga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghitung...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasbor tidak bisa dihitung: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; dihitung {1} pukul {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilayah Anda: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dari semua keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum dikunjungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menunggu persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perlu diperbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perlu diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada data keluarga. Impor berkas P3KE dari menu Data &gt; Impor P3KE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada temuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada tanggal kunjungan yang dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} keluarga ({2})
Klik untuk menampilkan keluarga ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dari {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})
{2} keluarga, {3} sudah diverifikasi
{4}
Klik nama kecamatan untuk menampilkan semua keluarganya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persen: bagian keluarga yang sudah diverifikasi. {0} keluarga tanpa kode kecamatan yang sah tidak tampil di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persen: bagian keluarga yang sudah diverifikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} temuan pada {2} keluarga
{3}
Klik untuk menampilkan keluarga ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} keluarga punya setidaknya satu temuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: tidak ada kunjungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} keluarga dikunjungi dalam {1} hari; terakhir {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kunjungan sebelum {1} tidak digambar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PenjagaGalat</name>
    <message>
        <source>{0} - kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maaf, terjadi kesalahan yang tidak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan yang sedang dijalankan mungkin tidak selesai, tetapi data yang sudah tersimpan tetap aman dan Anda dapat melanjutkan bekerja.

Jika kesalahan ini berulang, hubungi petugas dukungan dan kirimkan berkas log dari folder log (menu Bantuan &gt; Buka folder log):
{0}

Keterangan teknis: {1} di {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionTree</name>
    <message>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TentangDialog</name>
    <message>
        <source>Tentang {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifikasi data P3KE secara luring untuk Dinas Sosial kabupaten/kota di Kalimantan Barat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Kalbar Desktop: lisensi MIT.&lt;/p&gt;&lt;p&gt;Kode wilayah Kemendagri Kalimantan Barat (referensi wilayah): data dari proyek &lt;i&gt;cahyadsn/wilayah&lt;/i&gt;, lisensi MIT, Hak Cipta &amp;copy; 2017 Cahya DSN; berdasarkan Kepmendagri No. 300.2.2-2430 Tahun 2025. Catatan hak cipta ini disertakan bila data tersebut dibagikan ulang.&lt;/p&gt;&lt;p&gt;Qt dan Qt for Python (PySide6): LGPL versi 3. Komponen lain dan lisensinya tercantum dalam berkas LISENSI-PIHAK-KETIGA.txt di folder program.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salin informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin versi dan lokasi berkas, untuk disampaikan kepada petugas dukungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersalin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Menyiapkan basis data demo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama Anda (dicatat di jejak audit):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dukungan</name>
    <message>
        <source>Folder log tidak bisa dibuka otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder ini dengan pengelola berkas:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder berkas log aplikasi, untuk dikirim kepada petugas dukungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentang {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka dasbor kemajuan verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
