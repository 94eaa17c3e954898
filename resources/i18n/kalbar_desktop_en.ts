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
</TS>
