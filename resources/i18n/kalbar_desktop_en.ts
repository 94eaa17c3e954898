<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AkunDialog</name>
    <message>
        <source>Tambah akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah akun {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kecamatan/desa, pisahkan dengan koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wilayah kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi awal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator wajib diberi wilayah (kecamatan 6 digit atau desa 10 digit) dan hanya melihat keluarga di wilayah itu. Verifikator tanpa wilayah melihat seluruh basis data. Admin tidak diberi wilayah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Jejak audit - {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID Keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} baris cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; yang terbaru {0} ditampilkan, ekspor untuk semuanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. NIK disamarkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengekspor jejak audit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} baris jejak audit diekspor ke {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuatAdminDialog</name>
    <message>
        <source>Buat akun admin - {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {0} belum punya akun pengguna. Data P3KE berisi NIK dan data anak, yang dilindungi UU 27/2022 tentang Pelindungan Data Pribadi, jadi setiap orang yang memakai aplikasi ini masuk dengan akunnya sendiri.&lt;br&gt;&lt;br&gt;Buat dulu akun &lt;b&gt;admin&lt;/b&gt; (misalnya untuk Anda sebagai pengelola). Admin membuat akun operator dan verifikator, tetapi tidak mengubah data verifikasi. Kata sandi minimal 8 karakter; simpan baik-baik, tidak ada kata sandi bawaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buat akun admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selamat datang di {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogDokumen</name>
    <message>
        <source>Cetak dokumen desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berita Acara Hasil Verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar Kunjungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;sa/kelurahan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kosongkan untuk diisi tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nomor BA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tanggal musyawarah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;empat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;verifikator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;kepala desa/lurah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua keluarga (bawaan: yang belum diverifikasi atau dikembalikan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;petugas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pi&amp;lih...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;ke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uka PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buat PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih desa/kelurahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas tujuan .pdf di folder yang ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyiapkan dokumen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} keluarga, disimpan ke {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogEkspor</name>
    <message>
        <source>Ekspor workbook provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilayah dan saringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seluruh basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya keluarga yang sudah &amp;disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinas Sosial (nama kabupaten/kota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;kantor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rekap saja, tanpa nama dan NIK (untuk dibagikan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap dengan daftar &amp;nama (Data Keluarga dan Data Anggota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya verifikator yang boleh mengekspor daftar nama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK dan No KK &amp;lengkap (bawaan: disamarkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. permintaan Dinas Sosial Provinsi untuk SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan ekspor nama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kosongkan bila tanpa kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setiap ekspor daftar nama dicatat di jejak audit beserta alasannya. Beri kata sandi pada workbook berisi nama dan NIK, dan kirim kata sandinya lewat jalur lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan workbook provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan ke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyiapkan ekspor...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogImpor</name>
    <message>
        <source>Impor P3KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambah berkas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah berkas (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hapus dari daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus berkas terpilih dari daftar (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas Keluarga dan Individu sekaligus (.xlsx atau .csv). Tidak ada yang ditulis ke basis data sebelum Anda menekan &lt;b&gt;Impor&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom P3KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemetaan header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris pertama (apa adanya di berkas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau (belum ada yang ditulis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lembar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;laporan temuan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas P3KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas P3KE (*.xlsx *.xlsm *.xls *.ods *.csv);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membaca pratinjau...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbaiki atau hapus berkas yang bermasalah dari daftar sebelum mengimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lembar data P3KE dikenali. Periksa pemetaan, lalu tekan Impor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar lain diabaikan: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terdeteksi: &lt;b&gt;{0}&lt;/b&gt;. {1} kolom P3KE dikenali, {2} kolom lain disimpan apa adanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disimpan apa adanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan... (tidak ada yang ditulis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom tambahan disimpan apa adanya ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan temuan untuk diperbaiki bersama Dukcapil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dibatalkan. Tidak ada yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor gagal. Basis data tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan program saat impor ({0}). Rinciannya ada di log (Bantuan &gt; Buka folder log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan temuan ({0} temuan) disimpan: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogImporKoreksi</name>
    <message>
        <source>Impor ulang workbook hasil koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih workbook provinsi yang sudah dikoreksi. Hanya kolom verifikasi yang dibaca: di lembar Data Keluarga Status verifikasi, Kelayakan, Alasan, tanggal, verifikator, catatan dan musdes; di lembar Data Anggota Status anggota, NIK perbaikan dan catatan (baris &apos;A 12&apos; = lembar Data Anggota). Periksa pratinjau, lalu terapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih workbook hasil koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bila workbook diberi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baca dan bandingkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID Keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan yang akan diterapkan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris yang tidak diterapkan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terapkan perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih workbook dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membaca workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terapkan {0} perubahan ({1} keluarga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau siap. Belum ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada perubahan yang bisa diterapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menerapkan perubahan...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GantiSandiDialog</name>
    <message>
        <source>Ganti kata sandi - {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KelolaPenggunaDialog</name>
    <message>
        <source>Kelola pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambah akun...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ubah peran/wilayah...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur ulang &amp;kata sandi...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KunciLayarDialog</name>
    <message>
        <source>Terkunci - {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dikunci karena tidak ada aktivitas selama {1} menit,&lt;br&gt;untuk melindungi data pribadi di layar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dikunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik kata sandi &lt;b&gt;{0}&lt;/b&gt; untuk melanjutkan.&lt;br&gt;Pekerjaan yang belum disimpan tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi salah (percobaan dicatat di jejak audit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk - {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk dengan akun Anda untuk membuka basis data {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk dengan akun Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah, atau akun tidak aktif. Percobaan gagal dicatat di jejak audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kali gagal berturut-turut. Tunggu {1} detik sebelum mencoba lagi, atau minta admin memeriksa akun Anda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Kab. {0}</source>
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
    <name>PengaturanDialog</name>
    <message>
        <source>Pengaturan keamanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
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
    <name>PulihkanDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemulihan mengganti &lt;b&gt;seluruh isi&lt;/b&gt; basis data {0} dengan isi cadangan yang dipilih. Cadangan diperiksa lebih dulu, dan basis data sekarang disalin ke folder cadangan sebelum diganti, jadi tidak ada yang hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada cadangan di {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih &amp;berkas lain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulihkan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data Kalbar Desktop (*.db);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti seluruh isi basis data {0} dengan cadangan {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya, pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
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
    <name>_DialogTugas</name>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada berkas atau data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan...</source>
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
    <name>jendela</name>
    <message>
        <source>Referensi wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} wilayah dimuat dari {1}. Aturan WILAYAH_TIDAK_DIKENAL kini berlaku dan temuan sudah dihitung ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impor P3KE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor berkas P3KE (Keluarga dan Individu) apa adanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor referensi &amp;wilayah...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat referensi kode wilayah Kemendagri (CSV code,name,parent_code,level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih referensi wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Semua berkas (*)</source>
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
