<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AksiAudit</name>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Layar dikunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Akun diaktifkan</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Akun diubah</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Dipulihkan dari cadangan</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Pengaturan diubah</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation>Audit trail export</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ubah verifikasi</source>
        <translation>Verification changed</translation>
    </message>
    <message>
        <source>Koreksi data</source>
        <translation>Data corrected</translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation>Member added</translation>
    </message>
    <message>
        <source>Tambah usulan baru</source>
        <translation>New proposal added</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Impor workbook koreksi</source>
        <translation>Re-import of a corrected workbook</translation>
    </message>
    <message>
        <source>Pilih nilai konflik impor ulang</source>
        <translation>Conflict value chosen on re-import</translation>
    </message>
    <message>
        <source>Ekspor dengan nama</source>
        <translation>Export with names</translation>
    </message>
    <message>
        <source>Pembaruan struktur basis data</source>
        <translation>Database structure update</translation>
    </message>
    <message>
        <source>Impor referensi wilayah</source>
        <translation>Region reference import</translation>
    </message>
    <message>
        <source>Ekspor rekap</source>
        <translation>Summary export</translation>
    </message>
    <message>
        <source>Ekspor dengan nama gagal</source>
        <translation>Export with names failed</translation>
    </message>
    <message>
        <source>Ekspor rekap gagal</source>
        <translation>Summary export failed</translation>
    </message>
    <message>
        <source>Cetak Berita Acara</source>
        <translation>Verification report printed (Berita Acara)</translation>
    </message>
    <message>
        <source>Cetak Daftar Kunjungan</source>
        <translation>Visit list printed (Daftar Kunjungan)</translation>
    </message>
</context>
<context>
    <name>AkunDialog</name>
    <message>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Ubah akun {0}</source>
        <translation>Change account {0}</translation>
    </message>
    <message>
        <source>kode kecamatan/desa, pisahkan dengan koma</source>
        <translation>district/village codes, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Wilayah kerja:</source>
        <translation>&amp;Work region:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi awal:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <source>Operator wajib diberi wilayah (kecamatan 6 digit atau desa 10 digit) dan hanya melihat keluarga di wilayah itu. Verifikator tanpa wilayah melihat seluruh basis data. Admin tidak diberi wilayah.</source>
        <translation>An operator must be given a region (a 6-digit district or a 10-digit village code) and sees only the families of that region. A verifier without a region sees the whole database. An admin is given no region.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Akun pertama harus admin: basis data ini belum punya admin aktif, jadi akun {0} tidak dibuat. Pilih Peran: Admin untuk akun ini (admin yang membuat dan mengelola akun lain), lalu tambahkan akun operator dan verifikator.</source>
        <translation>The first account must be an admin: this database has no active admin yet, so account {0} was not created. Choose Role: Admin for this account (the admin creates and manages the other accounts), then add the operator and verifier accounts.</translation>
    </message>
</context>
<context>
    <name>AlasanCadangan</name>
    <message>
        <source>sebelum impor</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>saat aplikasi ditutup</source>
        <translation>when the application closed</translation>
    </message>
    <message>
        <source>dibuat pengguna</source>
        <translation>made by a user</translation>
    </message>
    <message>
        <source>salinan sebelum pemulihan</source>
        <translation>copy before a restore</translation>
    </message>
    <message>
        <source>salinan sebelum perubahan tertinggal (berkas -wal) diterapkan</source>
        <translation>copy before left-over changes (-wal file) were applied</translation>
    </message>
</context>
<context>
    <name>AlasanTidakLayak</name>
    <message>
        <source>Mampu</source>
        <translation>Well-off</translation>
    </message>
    <message>
        <source>ASN/TNI/Polri</source>
        <translation>Civil servant/army/police</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AnggotaModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tgl lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NIK perbaikan</source>
        <translation>Corrected NIK</translation>
    </message>
    <message>
        <source>Anggota ke-{0} (NIK {1})</source>
        <translation>Member {0} (NIK {1})</translation>
    </message>
    <message>
        <source>Anggota ke-{0} (ID Individu {1})</source>
        <translation>Member {0} (Member ID {1})</translation>
    </message>
    <message>
        <source>Ketik NIK yang benar (16 digit); NIK asal P3KE tetap disimpan</source>
        <translation>Type the correct NIK (16 digits); the NIK from P3KE is kept</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Jejak audit - {0}</source>
        <translation>Audit trail - {0}</translation>
    </message>
    <message>
        <source>ID Keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel...</source>
        <translation>&amp;Export to Excel...</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Pengguna:</source>
        <translation>Use&amp;r:</translation>
    </message>
    <message>
        <source>T&amp;indakan:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;Keluarga:</source>
        <translation>Fa&amp;mily:</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>{0} baris cocok</source>
        <translation>Matching rows: {0}</translation>
    </message>
    <message>
        <source>; yang terbaru {0} ditampilkan, ekspor untuk semuanya</source>
        <translation>; the newest {0} are shown, export to get all of them</translation>
    </message>
    <message>
        <source>. NIK disamarkan.</source>
        <translation>. NIKs are masked.</translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation>Audit trail export</translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Mengekspor jejak audit...</source>
        <translation>Exporting the audit trail...</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} baris jejak audit diekspor ke {1}.</source>
        <translation>{0} audit trail {0:row|rows} exported to {1}.</translation>
    </message>
    <message>
        <source>Ekspor jejak audit dibatalkan; berkas {0} tidak diubah.</source>
        <translation>Audit log export cancelled; {0} was left unchanged.</translation>
    </message>
    <message>
        <source>Ekspor jejak audit dibatalkan; berkas {0} tidak dibuat.</source>
        <translation>Audit log export cancelled; {0} was not created.</translation>
    </message>
</context>
<context>
    <name>AuditPelaku</name>
    <message>
        <source>Pembaruan program ({0})</source>
        <translation>Program update ({0})</translation>
    </message>
</context>
<context>
    <name>Bahasa</name>
    <message>
        <source>Bahasa antarmuka akan berganti setelah {0} dibuka kembali.</source>
        <translation>The interface language will change when {0} is started again.</translation>
    </message>
    <message>
        <source>&amp;Mulai ulang sekarang</source>
        <translation>&amp;Restart now</translation>
    </message>
    <message>
        <source>&amp;Nanti</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Bahasa (Language)</source>
        <translation>&amp;Language (Bahasa)</translation>
    </message>
</context>
<context>
    <name>BuatAdminDialog</name>
    <message>
        <source>Buat akun admin - {0}</source>
        <translation>Create the admin account - {0}</translation>
    </message>
    <message>
        <source>Basis data {0} belum punya akun pengguna. Data P3KE berisi NIK dan data anak, yang dilindungi UU 27/2022 tentang Pelindungan Data Pribadi, jadi setiap orang yang memakai aplikasi ini masuk dengan akunnya sendiri.&lt;br&gt;&lt;br&gt;Buat dulu akun &lt;b&gt;admin&lt;/b&gt; (misalnya untuk Anda sebagai pengelola). Admin membuat akun operator dan verifikator, tetapi tidak mengubah data verifikasi. Kata sandi minimal 8 karakter; simpan baik-baik, tidak ada kata sandi bawaan.</source>
        <translation>The database {0} has no user accounts yet. P3KE data holds NIKs and data about children, protected by Law 27/2022 on Personal Data Protection (UU PDP), so everyone who uses this application signs in with their own account.&lt;br&gt;&lt;br&gt;First create the &lt;b&gt;admin&lt;/b&gt; account (for example for you as the administrator). The admin creates the operator and verifier accounts but does not change verification data. The password needs at least 8 characters; keep it safe, there is no default password.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Buat &amp;akun admin</source>
        <translation>Create &amp;admin account</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Selamat datang di {0}</source>
        <translation>Welcome to {0}</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>BukaBasisData</name>
    <message>
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Basis data Kalbar Desktop (*.db);;Semua berkas (*)</source>
        <translation>Kalbar Desktop database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Basis data {0} sudah terbuka di jendela ini.</source>
        <translation>Database {0} is already open in this window.</translation>
    </message>
    <message>
        <source>&amp;Buka basis data lain...</source>
        <translation>&amp;Open another database...</translation>
    </message>
    <message>
        <source>Tutup basis data ini dan buka berkas basis data lain (misalnya salinan dari flashdisk)</source>
        <translation>Close this database and open another database file (e.g. a copy from a USB stick)</translation>
    </message>
</context>
<context>
    <name>Cetak</name>
    <message>
        <source>Desa {0} dari {1}</source>
        <translation>Village {0} of {1}</translation>
    </message>
    <message>
        <source>{0}: menata halaman</source>
        <translation>{0}: laying out pages</translation>
    </message>
    <message>
        <source>Menata halaman</source>
        <translation>Laying out pages</translation>
    </message>
    <message>
        <source>Menulis halaman {0} dari {1}</source>
        <translation>Writing page {0} of {1}</translation>
    </message>
    <message>
        <source>Menyimpan PDF</source>
        <translation>Saving the PDF</translation>
    </message>
</context>
<context>
    <name>Desil</name>
    <message>
        <source>Sangat miskin</source>
        <translation>Very poor</translation>
    </message>
    <message>
        <source>Miskin</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Hampir miskin</source>
        <translation>Near poor</translation>
    </message>
    <message>
        <source>Rentan miskin</source>
        <translation>Vulnerable to poverty</translation>
    </message>
</context>
<context>
    <name>DialogAnggotaBaru</name>
    <message>
        <source>Tambah anggota keluarga</source>
        <translation>Add a family member</translation>
    </message>
    <message>
        <source>&amp;Nama lengkap *</source>
        <translation>Full &amp;name *</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>&amp;Hubungan dengan kepala *</source>
        <translation>&amp;Relationship to the head *</translation>
    </message>
    <message>
        <source>&amp;Jenis kelamin</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>Tanggal &amp;lahir</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>&amp;Status kawin</source>
        <translation>&amp;Marital status</translation>
    </message>
    <message>
        <source>&amp;Pendidikan</source>
        <translation>&amp;Education</translation>
    </message>
    <message>
        <source>P&amp;ekerjaan</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>&amp;Tambahkan</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Nama wajib diisi</source>
        <translation>The name is required</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga wajib dipilih</source>
        <translation>The relationship to the head of the family is required</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak bisa dibaca</source>
        <translation>The date of birth cannot be read</translation>
    </message>
</context>
<context>
    <name>DialogCatatan</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>DialogDokumen</name>
    <message>
        <source>Cetak dokumen desa</source>
        <translation>Print village documents</translation>
    </message>
    <message>
        <source>Berita Acara Hasil Verifikasi</source>
        <translation>Verification report (Berita Acara Hasil Verifikasi)</translation>
    </message>
    <message>
        <source>Daftar Kunjungan</source>
        <translation>Visit list (Daftar Kunjungan)</translation>
    </message>
    <message>
        <source>&amp;Dokumen:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Satu PDF, setiap desa mulai di halaman baru dengan nomor halaman dan kolom tanda tangannya sendiri.</source>
        <translation>One PDF; each village starts on a new page, with its own page numbers and signature block.</translation>
    </message>
    <message>
        <source>Berita acara: tempat musyawarah tiap desa adalah desa itu; tanggal dan nomor BA diambil dari Tanggal musdes dan No. BA musdes yang tercatat di keluarganya bila sama untuk semua keluarganya yang sudah diverifikasi atau bermusdes, selebihnya diisi tangan. Tanggal dan tempat yang diisi di sini dipakai untuk semua desa. Kecamatan atau kabupaten/kota dengan tanggal dan tempat (atau nomor, nama pejabat) diisi adalah satu musyawarah: satu Nomor BA, tanda tangan camat atau kepala dinas.</source>
        <translation>Minutes: each village&apos;s meeting is held in that village; its date and number come from the Village meeting date and Minutes no. its families record when they agree, otherwise by hand. A date and place entered here apply to every village. A district or regency/city with the date and place (or number, official&apos;s name) entered is one meeting: one number, signed by the camat or the head of the Dinas Sosial.</translation>
    </message>
    <message>
        <source>kosong: No. BA musdes keluarganya, atau diisi tangan</source>
        <translation>empty: its families&apos; Meeting minutes no., or filled in by hand</translation>
    </message>
    <message>
        <source>&amp;Nomor BA:</source>
        <translation>Report &amp;number:</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Tidak dicentang: Tanggal musdes yang tercatat di keluarga desa itu bila sama untuk semua keluarganya yang sudah diverifikasi atau bermusdes, selain itu diisi tangan.</source>
        <translation>Unticked: the Village meeting date recorded for the village&apos;s families when all its families verified or with a meeting entry record the same one, otherwise filled in by hand.</translation>
    </message>
    <message>
        <source>&amp;Tanggal musyawarah:</source>
        <translation>M&amp;eeting date:</translation>
    </message>
    <message>
        <source>kosong: desa itu</source>
        <translation>empty: the village itself</translation>
    </message>
    <message>
        <source>T&amp;empat:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>Nama &amp;operator:</source>
        <translation>&amp;Operator&apos;s name:</translation>
    </message>
    <message>
        <source>Nama &amp;verifikator:</source>
        <translation>&amp;Verifier&apos;s name:</translation>
    </message>
    <message>
        <source>&amp;Jabatan penandatangan:</source>
        <translation>Si&amp;gning official&apos;s title:</translation>
    </message>
    <message>
        <source>Nama ca&amp;mat:</source>
        <translation>Name of the ca&amp;mat (district head):</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>NIP (emp&amp;loyee number):</translation>
    </message>
    <message>
        <source>Semua keluarga (bawaan: yang belum diverifikasi atau dikembalikan)</source>
        <translation>All families (default: those not verified yet or sent back)</translation>
    </message>
    <message>
        <source>Nama &amp;petugas:</source>
        <translation>&amp;Field officer&apos;s name:</translation>
    </message>
    <message>
        <source>Pi&amp;lih...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan &amp;ke:</source>
        <translation>Save &amp;to:</translation>
    </message>
    <message>
        <source>B&amp;uka PDF</source>
        <translation>Open &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Buat PDF</source>
        <translation>&amp;Create PDF</translation>
    </message>
    <message>
        <source>Nama kepala dina&amp;s:</source>
        <translation>Name of the head of the Dina&amp;s Sosial:</translation>
    </message>
    <message>
        <source>hanya untuk satu musyawarah kecamatan atau kabupaten/kota</source>
        <translation>only for one district or regency/city meeting</translation>
    </message>
    <message>
        <source>kosong: tanpa baris NIP; mis. 19700101 199003 1 001</source>
        <translation>empty: no NIP line; e.g. 19700101 199003 1 001</translation>
    </message>
    <message>
        <source>NIP penandatangan, dicetak di bawah namanya sebagai NIP. &lt;nip&gt;: angka, boleh dengan spasi atau titik seperti ditulis.</source>
        <translation>The signing official&apos;s NIP (civil servant number), printed under the name as NIP. &lt;nip&gt;: digits, with spaces or dots as written.</translation>
    </message>
    <message>
        <source>berbeda untuk setiap desa: diisi tangan di PDF</source>
        <translation>differs for each village: filled in by hand on the PDF</translation>
    </message>
    <message>
        <source>Satu musyawarah untuk seluruh kecamatan: isi juga Tanggal musyawarah dan Tempat (kosong: Kantor Camat); nomor ini lalu dicetak di bagian setiap desa. Tanpa tanggal: tiap desa bermusyawarah sendiri, kosongkan.</source>
        <translation>One meeting for the whole district: also enter the Meeting date and the Place (empty: Kantor Camat, the camat&apos;s office); this number is then printed on every village&apos;s section. Without a date each village met on its own: leave it empty.</translation>
    </message>
    <message>
        <source>Satu musyawarah untuk seluruh kabupaten/kota: isi juga Tanggal musyawarah dan Tempat (kosong: diisi tangan); nomor ini lalu dicetak di bagian setiap desa. Tanpa tanggal: tiap desa bermusyawarah sendiri, kosongkan.</source>
        <translation>One meeting for the whole regency/city: also enter the Meeting date and the Place (empty: filled in by hand); this number is then printed on every village&apos;s section. Without a date each village met on its own: leave it empty.</translation>
    </message>
    <message>
        <source>Satu musyawarah untuk seluruh kabupaten/kota: isi juga Tanggal musyawarah dan Tempat; kepala dinas ini lalu menandatangani bagian setiap desa.</source>
        <translation>One meeting for the whole regency/city: also enter the Meeting date and the Place; this head of the Dinas Sosial then signs every village&apos;s section.</translation>
    </message>
    <message>
        <source>Hanya untuk satu musyawarah kecamatan atau kabupaten/kota: pilih wilayahnya.</source>
        <translation>Only for one district or regency/city meeting: choose the region.</translation>
    </message>
    <message>
        <source>Dicetak seperti ditulis, lalu nama wilayahnya bila belum disebut (Plt. Camat Singkawang Timur). Pilih atau ketik, misalnya Sekretaris Camat atau a.n. Camat.</source>
        <translation>Printed as written, followed by the region&apos;s name unless it is already there (Plt. Camat Singkawang Timur). Choose or type one, e.g. Sekretaris Camat or a.n. Camat.</translation>
    </message>
    <message>
        <source>Berbeda untuk setiap desa: diisi tangan di PDF. Pilih satu desa, atau kecamatan yang mengadakan satu musyawarah, untuk mengisinya di sini.</source>
        <translation>Different for each village: filled in by hand on the PDF. Choose one village, or a district that held one meeting, to fill it in here.</translation>
    </message>
    <message>
        <source>Nama kep&amp;ala desa/lurah:</source>
        <translation>Name of the v&amp;illage head:</translation>
    </message>
    <message>
        <source>Berbeda untuk setiap desa: diisi tangan di PDF. Pilih satu desa untuk mengisinya di sini.</source>
        <translation>Different for each village: filled in by hand on the PDF. Choose one village to fill it in here.</translation>
    </message>
    <message>
        <source>Satu musyawarah untuk seluruh kecamatan: isi juga Tanggal musyawarah dan Tempat; camat ini lalu menandatangani bagian setiap desa.</source>
        <translation>One meeting for the whole district: also enter the Meeting date and the Place; this camat then signs every village&apos;s section.</translation>
    </message>
    <message>
        <source>satu musyawarah kecamatan: nomornya; kosong: dari tiap desa</source>
        <translation>one district meeting: its number; empty: from each village</translation>
    </message>
    <message>
        <source>satu musyawarah kabupaten/kota: nomornya; kosong: dari tiap desa</source>
        <translation>one regency/city meeting: its number; empty: from each village</translation>
    </message>
    <message>
        <source>dari tiap desa</source>
        <translation>from each village</translation>
    </message>
    <message>
        <source>kosong: tiap desa di desanya; satu musyawarah: Kantor Camat</source>
        <translation>empty: each village itself; one meeting: Kantor Camat</translation>
    </message>
    <message>
        <source>kosong: tiap desa di desanya; satu musyawarah: diisi tangan</source>
        <translation>empty: each village itself; one meeting: by hand</translation>
    </message>
    <message>
        <source>kosong: tiap desa di desanya sendiri</source>
        <translation>empty: each village in itself</translation>
    </message>
    <message>
        <source>Diisi: dipakai untuk semua desa (satu musyawarah untuk seluruh wilayah). Kosong: tiap desa mendapat tempat desanya sendiri dan Tanggal musdes yang tercatat di keluarganya.</source>
        <translation>Filled in: used for every village (one meeting for the whole region). Empty: each village gets itself as the place and the Village meeting date recorded for its families.</translation>
    </message>
    <message>
        <source>Pilih desa/kelurahan.</source>
        <translation>Choose a village.</translation>
    </message>
    <message>
        <source>Menyiapkan dokumen...</source>
        <translation>Preparing the document...</translation>
    </message>
    <message>
        <source>{0}: {1} desa/kelurahan, {2} keluarga, disimpan ke {3}</source>
        <translation>{0}: {1} villages, {2} families, saved to {3}</translation>
    </message>
    <message>
        <source>Satu musyawarah kecamatan: {0} desa sebagai bagian berita acara nomor {1}, ditandatangani camat.</source>
        <translation>One district meeting: {0} {0:village|villages} as sections of minutes number {1}, signed by the camat.</translation>
    </message>
    <message>
        <source>Satu musyawarah kecamatan: {0} desa sebagai bagiannya, ditandatangani camat; nomor BA diisi tangan.</source>
        <translation>One district meeting: {0} {0:village|villages} as its sections, signed by the camat; the minutes number is filled in by hand.</translation>
    </message>
    <message>
        <source>Satu musyawarah kabupaten/kota: {0} desa sebagai bagian berita acara nomor {1}, ditandatangani kepala dinas.</source>
        <translation>One regency/city meeting: {0} {0:village|villages} as sections of minutes number {1}, signed by the head of the Dinas Sosial.</translation>
    </message>
    <message>
        <source>Satu musyawarah kabupaten/kota: {0} desa sebagai bagiannya, ditandatangani kepala dinas; nomor BA diisi tangan.</source>
        <translation>One regency/city meeting: {0} {0:village|villages} as its sections, signed by the head of the Dinas Sosial; the minutes number is filled in by hand.</translation>
    </message>
    <message>
        <source>Tanggal musyawarah yang diisi dipakai di semua {0} desa, nomor BA tercatat untuk {1}; selebihnya diisi tangan.</source>
        <translation>The meeting date entered is used for all {0} {0:village|villages}, minutes number recorded for {1}; the rest is filled in by hand.</translation>
    </message>
    <message>
        <source>{0} desa mencatat tanggal musdes lain di data keluarganya.</source>
        <translation>{0} {0:village records|villages record} another meeting date for {0:its|their} families.</translation>
    </message>
    <message>
        <source>Penandatangan yang diingat tidak dipakai: tanpa Tempat atau Nomor BA, tiap desa dianggap bermusyawarah sendiri. Untuk satu musyawarah, isi juga Tempat atau Nomor BA.</source>
        <translation>The remembered signer was not used: without a Place or BA number, each village is taken to have met on its own. For one meeting, also fill in the Place or the BA number.</translation>
    </message>
    <message>
        <source>Tanggal musdes tercatat untuk {0} dari {1} desa, nomor BA untuk {2}; selebihnya diisi tangan.</source>
        <translation>Village meeting date recorded for {0} of {1} {1:village|villages}, minutes number for {2}; the rest is filled in by hand.</translation>
    </message>
    <message>
        <source>{0}: {1} keluarga, disimpan ke {2}</source>
        <translation>{0}: {1} {1:family|families}, saved to {2}</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan .pdf di folder yang ada.</source>
        <translation>Choose a target .pdf file in an existing folder.</translation>
    </message>
</context>
<context>
    <name>DialogEkspor</name>
    <message>
        <source>Ekspor workbook provinsi</source>
        <translation>Export the provincial workbook</translation>
    </message>
    <message>
        <source>Wilayah dan saringan</source>
        <translation>Region and filter</translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Hanya keluarga yang sudah &amp;disetujui</source>
        <translation>Only &amp;approved families</translation>
    </message>
    <message>
        <source>Isi workbook</source>
        <translation>Workbook content</translation>
    </message>
    <message>
        <source>&amp;Rekap saja, tanpa nama dan NIK (untuk dibagikan)</source>
        <translation>&amp;Summary only, without names and NIKs (for sharing)</translation>
    </message>
    <message>
        <source>Rekap dengan daftar &amp;nama (Data Keluarga dan Data Anggota)</source>
        <translation>Summary with the lists of &amp;names (Data Keluarga and Data Anggota sheets)</translation>
    </message>
    <message>
        <source>Hanya verifikator yang boleh mengekspor daftar nama.</source>
        <translation>Only a verifier may export the lists of names.</translation>
    </message>
    <message>
        <source>NIK dan No KK &amp;lengkap (bawaan: disamarkan)</source>
        <translation>Full NIK and &amp;KK number (default: masked)</translation>
    </message>
    <message>
        <source>mis. permintaan Dinas Sosial Provinsi untuk SK</source>
        <translation>e.g. request of the provincial social affairs office for a decree</translation>
    </message>
    <message>
        <source>&amp;Alasan ekspor nama:</source>
        <translation>Reason for exporting na&amp;mes:</translation>
    </message>
    <message>
        <source>kosongkan bila tanpa kata sandi</source>
        <translation>leave empty for no password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;berkas:</source>
        <translation>File &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Repeat pass&amp;word:</translation>
    </message>
    <message>
        <source>Setiap ekspor daftar nama dicatat di jejak audit beserta alasannya. Beri kata sandi pada workbook berisi nama dan NIK, dan kirim kata sandinya lewat jalur lain.</source>
        <translation>Every export of names is recorded in the audit trail with its reason. Give a workbook with names and NIKs a password, and send the password by another channel.</translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>Simpan workbook provinsi</source>
        <translation>Save the provincial workbook</translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Simpan ke:</source>
        <translation>Save &amp;to:</translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The password and its repetition are not the same.</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan.</source>
        <translation>Choose the target file.</translation>
    </message>
    <message>
        <source>Menyiapkan ekspor...</source>
        <translation>Preparing the export...</translation>
    </message>
    <message>
        <source>{0} {1} baris</source>
        <translation>{0} {1} {1:row|rows}</translation>
    </message>
    <message>
        <source>Workbook ditulis ke {0} (terenkripsi dengan kata sandi): {1}.</source>
        <translation>Workbook written to {0} (encrypted with a password): {1}.</translation>
    </message>
    <message>
        <source>Workbook ditulis ke {0}: {1}.</source>
        <translation>Workbook written to {0}: {1}.</translation>
    </message>
    <message>
        <source>Dinas Sosial (nama kabupaten/kota)</source>
        <translation>Dinas Sosial (name of the kabupaten/kota)</translation>
    </message>
    <message>
        <source>Nama &amp;kantor:</source>
        <translation>&amp;Office name:</translation>
    </message>
</context>
<context>
    <name>DialogImpor</name>
    <message>
        <source>Impor P3KE</source>
        <translation>Import P3KE</translation>
    </message>
    <message>
        <source>&amp;Tambah berkas...</source>
        <translation>&amp;Add files...</translation>
    </message>
    <message>
        <source>Tambah berkas (Ctrl+O)</source>
        <translation>Add files (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Hapus dari daftar</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Hapus berkas terpilih dari daftar (Delete)</source>
        <translation>Remove the selected file from the list (Delete)</translation>
    </message>
    <message>
        <source>Pilih berkas Keluarga dan Individu sekaligus (.xlsx atau .csv). Tidak ada yang ditulis ke basis data sebelum Anda menekan &lt;b&gt;Impor&lt;/b&gt;.</source>
        <translation>Choose the Keluarga (families) and Individu (members) files together (.xlsx or .csv). Nothing is written to the database before you press &lt;b&gt;Import&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Judul di berkas</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Kolom P3KE</source>
        <translation>P3KE column</translation>
    </message>
    <message>
        <source>Pemetaan judul kolom</source>
        <translation>Header mapping</translation>
    </message>
    <message>
        <source>Baris pertama (apa adanya di berkas)</source>
        <translation>First rows (as they are in the file)</translation>
    </message>
    <message>
        <source>Pratinjau (belum ada yang ditulis)</source>
        <translation>Preview (nothing written yet)</translation>
    </message>
    <message>
        <source>Le&amp;mbar:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Belum ada berkas.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Simpan &amp;laporan temuan...</source>
        <translation>Save the &amp;findings report...</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih berkas P3KE</source>
        <translation>Choose P3KE files</translation>
    </message>
    <message>
        <source>Berkas P3KE (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;Semua berkas (*)</source>
        <translation>P3KE files (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca pratinjau...</source>
        <translation>Reading the preview...</translation>
    </message>
    <message>
        <source>Perbaiki atau hapus berkas yang bermasalah dari daftar sebelum mengimpor.</source>
        <translation>Fix the files with problems, or remove them from the list, before importing.</translation>
    </message>
    <message>
        <source>{0} lembar data P3KE dikenali. Periksa pemetaan, lalu tekan Impor.</source>
        <translation>{0} P3KE data {0:sheet|sheets} recognised. Check the mapping, then press Import.</translation>
    </message>
    <message>
        <source>Lembar lain diabaikan: {0}.</source>
        <translation>Other sheets ignored: {0}.</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga (families)</translation>
    </message>
    <message>
        <source>Individu (anggota keluarga)</source>
        <translation>Individu (family members)</translation>
    </message>
    <message>
        <source>By-name-by-address (judul kolom di bawah kop)</source>
        <translation>By-name-by-address (header below a title)</translation>
    </message>
    <message>
        <source>Kolom P3KE (tata letak lain)</source>
        <translation>P3KE columns (another layout)</translation>
    </message>
    <message>
        <source>{0}, {1}, judul kolom di baris {2}</source>
        <translation>{0}, {1}, header in row {2}</translation>
    </message>
    <message>
        <source>Terdeteksi: &lt;b&gt;{0}&lt;/b&gt;. {1} kolom P3KE dikenali, {2} kolom lain disimpan apa adanya.</source>
        <translation>Detected: &lt;b&gt;{0}&lt;/b&gt;. {1} P3KE columns recognised, {2} other columns kept as they are.</translation>
    </message>
    <message>
        <source>disimpan apa adanya</source>
        <translation>kept as it is</translation>
    </message>
    <message>
        <source>Kolom {0} di berkas: {1}</source>
        <translation>Column {0} in the file: {1}</translation>
    </message>
    <message>
        <source>Mengimpor...</source>
        <translation>Importing...</translation>
    </message>
    <message>
        <source>Membatalkan... (tidak ada yang ditulis)</source>
        <translation>Cancelling... (nothing is written)</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kolom tambahan disimpan apa adanya ({0}): {1}</source>
        <translation>Extra columns kept as they are ({0}): {1}</translation>
    </message>
    <message>
        <source>Simpan laporan temuan untuk diperbaiki bersama Dukcapil.</source>
        <translation>Save the findings report to fix them with the civil registry (Dukcapil).</translation>
    </message>
    <message>
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Impor dihentikan: berkas basis data tidak bisa dibaca lagi. Tidak ada yang ditulis.</source>
        <translation>Import stopped: the database file cannot be read any more. Nothing was written.</translation>
    </message>
    <message>
        <source>Berkas basis data {0} hilang saat impor berjalan (flashdisk dilepas, atau foldernya dipindah atau diganti namanya). Impor dihentikan dan dibatalkan seluruhnya; basis data tidak berubah. Daftar berkas di atas tetap: pasang lagi flashdisk-nya, pilih Coba lagi, lalu tekan Impor sekali lagi.</source>
        <translation>Database file {0} went away while the import was running (USB stick removed, or its folder moved or renamed). The import was stopped and undone entirely; the database is unchanged. The file list above stays: plug the USB stick in again, choose Try again, then press Import once more.</translation>
    </message>
    <message>
        <source>Impor dibatalkan. Tidak ada yang ditulis.</source>
        <translation>Import cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>Impor gagal. Basis data tidak berubah.</source>
        <translation>Import failed. The database did not change.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program saat impor ({0}). Rinciannya ada di log (Bantuan &gt; Buka folder log).</source>
        <translation>A program error occurred during the import ({0}). The details are in the log (Help &gt; Open log folder).</translation>
    </message>
    <message>
        <source>Simpan laporan temuan</source>
        <translation>Save the findings report</translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Laporan temuan ({0} temuan) disimpan: {1}</source>
        <translation>Findings report ({0} {0:finding|findings}) saved: {1}</translation>
    </message>
</context>
<context>
    <name>DialogImporKoreksi</name>
    <message>
        <source>Impor ulang workbook hasil koreksi</source>
        <translation>Re-import a corrected workbook</translation>
    </message>
    <message>
        <source>Pilih workbook provinsi yang sudah dikoreksi. Hanya kolom verifikasi yang dibaca: di lembar Data Keluarga Status verifikasi, Kelayakan, Alasan, tanggal, verifikator, catatan dan musdes; di lembar Data Anggota Status anggota, NIK perbaikan dan catatan (baris &apos;A 12&apos; = lembar Data Anggota), dan baris &apos;Anggota baru&apos; yang belum ada di sini (ditambahkan dengan ID baru). Periksa pratinjau, lalu terapkan.</source>
        <translation>Choose the corrected provincial workbook. Only the verification columns are read: on the Data Keluarga sheet Status verifikasi, Kelayakan, Alasan, dates, verifier, notes and musdes; on the Data Anggota sheet Status anggota, NIK perbaikan and notes (row &apos;A 12&apos; = Data Anggota sheet), and rows of new members (by Status anggota) not in this database yet (added with a new ID). Check the preview, then apply.</translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>Pilih workbook hasil koreksi</source>
        <translation>Choose the corrected workbook</translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <source>bila workbook diberi kata sandi</source>
        <translation>if the workbook has a password</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Baca dan bandingkan</source>
        <translation>&amp;Read and compare</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>ID Keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Lama</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Perubahan yang akan diterapkan:</source>
        <translation>Changes that will be applied:</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Konflik: diubah di basis data ini dan di workbook dengan nilai berbeda. Pilih baris (Ctrl+A: semua), lalu tekan tombol nilai yang dipakai, atau klik ganda nilai yang benar. Keluarga diterapkan setelah semua isiannya dipilih.</source>
        <translation>Conflicts: changed in this database and in the workbook to different values. Select rows (Ctrl+A: all), then press the button of the value to use, or double-click the right value. A family is applied once all its entries are chosen.</translation>
    </message>
    <message>
        <source>Nilai basis data</source>
        <translation>Database value</translation>
    </message>
    <message>
        <source>Nilai workbook</source>
        <translation>Workbook value</translation>
    </message>
    <message>
        <source>Dipakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Pakai nilai b&amp;asis data</source>
        <translation>Use data&amp;base value</translation>
    </message>
    <message>
        <source>Pakai nilai w&amp;orkbook</source>
        <translation>Use w&amp;orkbook value</translation>
    </message>
    <message>
        <source>Simpan daftar &amp;masalah...</source>
        <translation>Save problems &amp;list...</translation>
    </message>
    <message>
        <source>C&amp;etak daftar masalah...</source>
        <translation>Pri&amp;nt problems list...</translation>
    </message>
    <message>
        <source>B&amp;uka PDF</source>
        <translation>Open P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Terapkan perubahan</source>
        <translation>&amp;Apply the changes</translation>
    </message>
    <message>
        <source>Workbook ditolak seluruhnya: tidak ada yang dibaca atau diubah. Simpan (Ctrl+S) atau cetak (Ctrl+P) alasannya untuk yang mengoreksi workbook:</source>
        <translation>Workbook refused as a whole: nothing was read or changed. Save (Ctrl+S) or print (Ctrl+P) the reason for whoever corrected the workbook:</translation>
    </message>
    <message>
        <source>Cetak daftar masalah ke PDF</source>
        <translation>Print problems list to PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan daftar masalah</source>
        <translation>Save problems list</translation>
    </message>
    <message>
        <source>Daftar masalah ({0} baris) disimpan ke {1}.</source>
        <translation>Problems list ({0} rows) saved to {1}.</translation>
    </message>
    <message>
        <source>Menyimpan daftar masalah...</source>
        <translation>Saving the problems list...</translation>
    </message>
    <message>
        <source>PDF daftar masalah ({0} baris) disimpan ke {1}. Tekan Buka PDF, lalu cetak dari penampil PDF (Ctrl+P).</source>
        <translation>PDF of the problems list ({0} rows) saved to {1}. Press Open PDF, then print from the PDF viewer (Ctrl+P).</translation>
    </message>
    <message>
        <source>Menyiapkan PDF daftar masalah...</source>
        <translation>Preparing the PDF of the problems list...</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>Belum dipilih</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Baris bermasalah</source>
        <translation>Row has problems</translation>
    </message>
    <message>
        <source>Nilai basis data: {0}</source>
        <translation>Database value: {0}</translation>
    </message>
    <message>
        <source>Nilai workbook pernah dipegang basis data ini: salinan lama dari laptop, diabaikan kecuali Anda memilihnya.</source>
        <translation>This database once held the workbook&apos;s value: an old copy from a laptop, ignored unless you choose it.</translation>
    </message>
    <message>
        <source>Baris keluarga ini punya masalah lain, jadi tidak diterapkan apa pun pilihannya. Betulkan dulu di workbook, lalu baca lagi:</source>
        <translation>This family&apos;s row has another problem, so it is not applied whatever is chosen. Correct it in the workbook first, then read it again:</translation>
    </message>
    <message>
        <source>Pilih baris konflik dulu (Ctrl+A: semua).</source>
        <translation>Select conflict rows first (Ctrl+A: all).</translation>
    </message>
    <message>
        <source>Konflik keluarga yang barisnya bermasalah tidak bisa dipilih: betulkan dulu barisnya di workbook, lalu baca lagi.</source>
        <translation>Conflicts of a family whose row has problems cannot be chosen: correct the row in the workbook first, then read it again.</translation>
    </message>
    <message>
        <source>{0} keluarga berkonflik belum dipilih nilainya.</source>
        <translation>{0} {0:family|families} in conflict still {0:needs|need} a choice.</translation>
    </message>
    <message>
        <source>Semua konflik sudah dipilih. Belum ada yang diubah; tekan Terapkan.</source>
        <translation>Every conflict has a choice. Nothing has been changed yet; press Apply.</translation>
    </message>
    <message>
        <source>Pilih workbook dulu.</source>
        <translation>Choose a workbook first.</translation>
    </message>
    <message>
        <source>Membaca workbook...</source>
        <translation>Reading the workbook...</translation>
    </message>
    <message>
        <source>Pratinjau dibaca ulang dari {0}: {1} keluarga berkonflik masih menunggu pilihan nilai.</source>
        <translation>Preview read again from {0}: {1} families in conflict still wait for a choice of value.</translation>
    </message>
    <message>
        <source>{0} anggota baru akan ditambahkan (ID dibuat di basis data ini).</source>
        <translation>{0} new {0:member|members} will be added (IDs made in this database).</translation>
    </message>
    <message>
        <source>{0} ID Keluarga yang tersimpan sebagai angka di workbook (nol di depan hilang) dicocokkan kembali dengan keluarganya, misalnya baris {1}: {2} -&gt; {3}.</source>
        <translation>{0} family IDs stored as numbers in the workbook (leading zeros lost) were matched back to their families, for example row {1}: {2} -&gt; {3}.</translation>
    </message>
    <message>
        <source>{0} anggota baru bermasalah tidak ditambahkan (baris lain keluarganya tetap diterapkan); betulkan barisnya lalu impor lagi.</source>
        <translation>{0} new members with problems not added (the other rows of their families are applied); correct their rows, then import again.</translation>
    </message>
    <message>
        <source>{0} catatan berisi nomor tersamar yang tidak ada lagi di catatan basis data, jadi tidak diterapkan (misalnya lembar {1} baris {2}); catatan di basis data tetap, isian lain barisnya diterapkan.</source>
        <translation>{0} notes hold a masked number that is no longer in the database&apos;s note, so they are not applied (for example sheet {1} row {2}); the database&apos;s notes stay, the other fields of their rows are applied.</translation>
    </message>
    <message>
        <source>{0} anggota baru sudah ada, tidak ditambahkan lagi.</source>
        <translation>{0} new {0:member is|members are} already here, not added again.</translation>
    </message>
    <message>
        <source>Kolom RT/RW yang ditambahkan sendiri tidak diterapkan: {0}. RT/RW adalah bagian alamat, data P3KE yang tidak diubah lewat impor ulang (yang diterapkan hanya kolom verifikasi), jadi alamat di basis data tetap. Bila RT/RW suatu keluarga memang salah, betulkan alamatnya di formulir keluarga, bagian Identitas dan alamat.</source>
        <translation>Added RT/RW columns are not applied: {0}. RT/RW are part of the address, P3KE data that a re-import does not change (only the verification columns are applied), so the address in the database stays. If a family&apos;s RT/RW is indeed wrong, correct its address in the family form, section Identity and address.</translation>
    </message>
    <message>
        <source>{0} keluarga yang RT/RW-nya di workbook tidak sama dengan alamatnya di basis data disebut satu per satu di daftar masalah, dengan alamat yang berlaku, untuk dibetulkan di formulirnya bila memang berubah.</source>
        <translation>{0} {0:family|families} whose RT/RW in the workbook differ from {0:its|their} address in the database {0:is|are} listed one by one among the problems, with the address in force, to be corrected in {0:its|their} form if it has really changed.</translation>
    </message>
    <message>
        <source>Kolom tambahan yang tidak dibaca impor ulang: {0}. Isinya tidak diterapkan: betulkan alamat (termasuk RT/RW) di formulir keluarga, bagian Identitas dan alamat, atau tulis di kolom Catatan (Catatan anggota) agar ikut diimpor.</source>
        <translation>Added columns the re-import does not read: {0}. Their content is not applied: correct the address (RT/RW included) in the family form, section Identity and address, or write it in the Catatan (Catatan anggota) column so that it is imported.</translation>
    </message>
    <message>
        <source>{0} keluarga dan {1} anggota yang ada di workbook saat diekspor tidak punya baris lagi (dihapus, atau ID-nya diketik ulang); masing-masing disebut di daftar masalah dengan ID-nya.</source>
        <translation>{0} {0:family|families} and {1} {1:member|members} that were in the workbook when it was exported no longer have a row (deleted, or the ID typed over); each is named in the problems list with its ID.</translation>
    </message>
    <message>
        <source>Perubahan pratinjau (sudah diterapkan, kecuali keluarga yang disebut di bawah):</source>
        <translation>Changes of the preview (applied, except the families listed below):</translation>
    </message>
    <message>
        <source>{0} baris atau isian dari pratinjau tidak diterapkan: lihat daftar di bawah.</source>
        <translation>{0} rows or entries of the preview were not applied: see the list below.</translation>
    </message>
    <message>
        <source>lembar {0} kolom {1} &apos;{2}&apos; ({3} baris berisi)</source>
        <translation>sheet {0} column {1} &apos;{2}&apos; (rows filled: {3})</translation>
    </message>
    <message>
        <source>Usulan keluarga baru {0} kembali dari workbook ini: {1} anggotanya memang anggota usulan itu di basis data ini, tidak ada yang perlu ditambahkan.</source>
        <translation>Proposed new family {0} comes back from this workbook: its {1} members are that proposal&apos;s own members in this database; nothing needs to be added.</translation>
    </message>
    <message>
        <source>Workbook ini diekspor dari basis data lain (laptop lain, atau salinan yang sudah diubah sendiri): isian yang diubah di basis data ini tanpa sepengetahuan workbook dipertahankan; bila workbook juga mengubahnya ke nilai lain, keluarga itu menunggu Anda memilih nilai yang dipakai (konflik).</source>
        <translation>This workbook was exported from another database (another laptop, or a copy that has been changed on its own): entries changed in this database without the workbook knowing are kept; where the workbook changed them to another value too, that family waits for you to choose the value to use (conflict).</translation>
    </message>
    <message>
        <source>{0} keluarga berkonflik ({1} isian diubah di basis data ini dan di workbook dengan nilai berbeda, misalnya {2}): tidak diterapkan sampai dipilih nilai mana yang dipakai.</source>
        <translation>{0} families in conflict ({1} entries changed in this database and in the workbook to different values, for example {2}): not applied until the value to use is chosen.</translation>
    </message>
    <message>
        <source>Nilai lama dari laptop diabaikan: {0} isian di workbook sama dengan nilai yang dulu pernah dipegang basis data ini (misalnya {1}); nilai basis data dipakai. Bila laptop memang mengembalikannya, pilih &apos;Pakai nilai workbook&apos;.</source>
        <translation>Old values from a laptop ignored: {0} entries in the workbook equal a value this database once held (for example {1}); the database value is used. If the laptop really set it back, choose &apos;Use workbook value&apos;.</translation>
    </message>
    <message>
        <source>{0} keluarga berkonflik juga punya masalah lain (misalnya ID Keluarga {1}): tidak diterapkan apa pun pilihannya; betulkan dulu barisnya di workbook, lalu baca lagi.</source>
        <translation>{0} families in conflict also have another problem (for example ID Keluarga {1}): not applied whatever is chosen; correct their rows in the workbook first, then read it again.</translation>
    </message>
    <message>
        <source>{0} isian sudah diputuskan pada impor sebelumnya (nilai basis data dipakai), tidak ditanyakan lagi.</source>
        <translation>{0} {0:entry was|entries were} decided in an earlier import (database value used) and are not asked again.</translation>
    </message>
    <message>
        <source>({0} anggota baru ditambahkan)</source>
        <translation>({0} new {0:member|members} added)</translation>
    </message>
    <message>
        <source>Pratinjau tidak bisa dibaca ulang: {0}</source>
        <translation>The preview could not be read again: {0}</translation>
    </message>
    <message>
        <source>&amp;Terapkan {0} perubahan ({1} keluarga)</source>
        <translation>&amp;Apply {0} {0:change|changes} ({1} {1:family|families})</translation>
    </message>
    <message>
        <source>Baris atau isian yang tidak diterapkan:</source>
        <translation>Rows or fields not applied:</translation>
    </message>
    <message>
        <source>Simpan daftar ini, dengan konflik dan nilai yang dipilih, sebagai workbook Excel untuk yang mengoreksi workbook (Ctrl+S). NIK disamarkan.</source>
        <translation>Save this list, with the conflicts and the values chosen, as an Excel workbook for whoever corrected the workbook (Ctrl+S). NIKs are masked.</translation>
    </message>
    <message>
        <source>Buat PDF daftar ini, dengan konflik dan nilai yang dipilih, untuk dicetak, dengan kepala halaman dan nomor baris (Ctrl+P). NIK disamarkan.</source>
        <translation>Make a PDF of this list, with the conflicts and the values chosen, to print, with a page header and row numbers (Ctrl+P). NIKs are masked.</translation>
    </message>
    <message>
        <source>Pratinjau siap. Belum ada yang diubah. Pilih nilai untuk setiap konflik.</source>
        <translation>Preview ready. Nothing has been changed yet. Choose a value for each conflict.</translation>
    </message>
    <message>
        <source>Pratinjau siap. Belum ada yang diubah.</source>
        <translation>The preview is ready. Nothing has changed yet.</translation>
    </message>
    <message>
        <source>Tidak ada perubahan yang bisa diterapkan.</source>
        <translation>There are no changes that can be applied.</translation>
    </message>
    <message>
        <source>{0}: {1} baris dibaca; {2} keluarga berubah ({3} isian), {4} tanpa perubahan, {5} baris bermasalah (tidak diterapkan).</source>
        <translation>{0}: {1} {1:row|rows} read; {2} {2:family|families} changed ({3} {3:field|fields}), {4} without changes, {5} {5:row|rows} with problems (not applied).</translation>
    </message>
    <message>
        <source>Kolom tidak ada (tidak dibandingkan): {0}.</source>
        <translation>Missing columns (not compared): {0}.</translation>
    </message>
    <message>
        <source>{0} sel berisi rumus tanpa nilai tersimpan atau galat Excel seperti #NAME? (misalnya lembar {1} sel {2}): keluarganya tidak diterapkan; lihat masalah tiap sel untuk cara membetulkannya, lalu baca lagi.</source>
        <translation>Cells holding a formula without a stored value or an Excel error such as #NAME?: {0} (for example sheet {1} cell {2}); their families are not applied; see each cell&apos;s problem for how to fix it, then read again.</translation>
    </message>
    <message>
        <source>Lembar Data Keluarga kini memuat {0} baris berisi ID, saat diekspor {1}: keluarga yang barisnya dihapus tidak diubah (baris yang dihapus tidak menghapus apa pun).</source>
        <translation>The Data Keluarga sheet now holds {0} rows with an ID, {1} when exported: families whose row was deleted are not changed (a deleted row deletes nothing).</translation>
    </message>
    <message>
        <source>{0} keluarga masih &apos;Belum diverifikasi&apos; di workbook tetapi sudah diverifikasi di basis data (misalnya {1}): hasil verifikasi di basis data dipertahankan, tidak ditimpa.</source>
        <translation>{0} families are still &apos;Not verified&apos; in the workbook but already verified in the database (for instance {1}): the verification in the database is kept, not overwritten.</translation>
    </message>
    <message>
        <source>Workbook ini tidak memuat waktu ekspor (lembar Keterangan tidak ada): isian yang diubah di aplikasi sesudah ekspor tidak bisa dikenali dan akan ditimpa. Periksa setiap perubahan, atau minta workbook yang utuh.</source>
        <translation>This workbook does not state when it was exported (the Keterangan sheet is missing): fields changed in the application after the export cannot be recognised and will be overwritten. Check every change, or ask for the complete workbook.</translation>
    </message>
    <message>
        <source>{0} keluarga diperbarui dari workbook</source>
        <translation>{0} {0:family|families} updated from the workbook</translation>
    </message>
    <message>
        <source>; {0} tidak diterapkan</source>
        <translation>; {0} not applied</translation>
    </message>
    <message>
        <source>; {0} konflik diputuskan</source>
        <translation>; {0} {0:conflict|conflicts} decided</translation>
    </message>
    <message>
        <source>; {0} keluarga berkonflik belum dipilih nilainya, tidak diterapkan</source>
        <translation>; {0} {0:family|families} in conflict without a choice, not applied</translation>
    </message>
    <message>
        <source>. Cadangan sebelum impor: {0}</source>
        <translation>. Backup before the import: {0}</translation>
    </message>
    <message>
        <source>Menerapkan perubahan...</source>
        <translation>Applying the changes...</translation>
    </message>
</context>
<context>
    <name>DialogKembalikanTerpilih</name>
    <message>
        <source>Kembalikan keluarga terpilih ke operator</source>
        <translation>Send the selected families back to the operator</translation>
    </message>
    <message>
        <source>Kembalikan &lt;b&gt;{0}&lt;/b&gt; keluarga terpilih berstatus Diajukan ke operator?</source>
        <translation>Send &lt;b&gt;{0}&lt;/b&gt; selected submitted families back to the operator?</translation>
    </message>
    <message>
        <source>Operator dapat memperbaikinya lalu mengajukannya lagi. Catatan di bawah tampil di formulir setiap keluarga ini.</source>
        <translation>The operator can correct them and submit them again. The note below is shown in the form of each of these families.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga terpilih berstatus Diajukan yang dapat Anda kembalikan.</source>
        <translation>None of the selected families is submitted and within your reach to send back.</translation>
    </message>
    <message>
        <source>{0} keluarga terpilih dilewati (tidak berubah):</source>
        <translation>{0} selected {0:family|families} left out (unchanged):</translation>
    </message>
    <message>
        <source>misalnya: Foto rumah belum ada</source>
        <translation>for example: photo of the house missing</translation>
    </message>
    <message>
        <source>&amp;Apa yang harus diperbaiki operator? (wajib diisi, sama untuk semua keluarga ini)</source>
        <translation>&amp;What must the operator correct? (required, the same for all these families)</translation>
    </message>
    <message>
        <source>&amp;Kembalikan {0} keluarga</source>
        <translation>Send &amp;back {0} {0:family|families}</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>DialogRiwayat</name>
    <message>
        <source>Ubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Koreksi data P3KE</source>
        <translation>P3KE data corrected</translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation>Member added</translation>
    </message>
    <message>
        <source>Usulan baru dibuat</source>
        <translation>New proposal created</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai lama</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Nilai baru</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Riwayat perubahan keluarga {0}</source>
        <translation>History of changes of family {0}</translation>
    </message>
    <message>
        <source>Belum ada perubahan yang tercatat.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>DialogSetujuiSemua</name>
    <message>
        <source>Setujui semua yang diajukan</source>
        <translation>Approve all submitted</translation>
    </message>
    <message>
        <source>Setujui &lt;b&gt;{0}&lt;/b&gt; keluarga berstatus Diajukan di {1}?</source>
        <translation>Approve &lt;b&gt;{0}&lt;/b&gt; submitted families in {1}?</translation>
    </message>
    <message>
        <source>Keluarga yang disetujui terkunci; verifikator dapat membukanya kembali satu per satu dengan alasan.</source>
        <translation>Approved families are locked; a verifier can reopen them one by one with a reason.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga berstatus Diajukan yang dapat Anda setujui di {0}.</source>
        <translation>There are no submitted families you may approve in {0}.</translation>
    </message>
    <message>
        <source>{0} keluarga Diajukan dilewati (tetap Diajukan):</source>
        <translation>{0} submitted {0:family|families} skipped ({0:it stays|they stay} submitted):</translation>
    </message>
    <message>
        <source>&amp;Setujui {0} keluarga</source>
        <translation>&amp;Approve {0} {0:family|families}</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>FormKeluarga</name>
    <message>
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Temuan kualitas data</source>
        <translation>Data quality findings</translation>
    </message>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>ID Keluarga yang dipertahankan</source>
        <translation>Family ID that is kept</translation>
    </message>
    <message>
        <source>Anggota keluarga</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Belum ada anggota. Tekan &lt;b&gt;Tambah anggota...&lt;/b&gt; untuk mengisi kepala keluarga dan anggotanya.</source>
        <translation>No members yet. Press &lt;b&gt;Add member...&lt;/b&gt; to enter the head of the family and the members.</translation>
    </message>
    <message>
        <source>Ta&amp;mbah anggota...</source>
        <translation>Add mem&amp;ber...</translation>
    </message>
    <message>
        <source>Ta&amp;mbah...</source>
        <translation>+ Mem&amp;ber</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah/keluar</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Menikah keluar</source>
        <translation>Married out</translation>
    </message>
    <message>
        <source>Menikah</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Perbaiki NIK</source>
        <translation>Correct NIK</translation>
    </message>
    <message>
        <source>Jadikan kepala</source>
        <translation>Make head</translation>
    </message>
    <message>
        <source>Ubah NIK</source>
        <translation>Fix NIK</translation>
    </message>
    <message>
        <source>Status veri&amp;fikasi</source>
        <translation>Ver&amp;ification status</translation>
    </message>
    <message>
        <source>Kela&amp;yakan</source>
        <translation>&amp;Eligibility</translation>
    </message>
    <message>
        <source>Alasan &amp;tidak layak</source>
        <translation>Reason not e&amp;ligible</translation>
    </message>
    <message>
        <source>Alasan lainnya</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Pindah ke</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <source>ID keluarga ganda</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Tan&amp;ggal kunjungan</source>
        <translation>Visit d&amp;ate</translation>
    </message>
    <message>
        <source>Nama ve&amp;rifikator</source>
        <translation>Verifier&apos;s na&amp;me</translation>
    </message>
    <message>
        <source>N&amp;o. BA musdes</source>
        <translation>Meetin&amp;g minutes no.</translation>
    </message>
    <message>
        <source>Tanggal musdes</source>
        <translation>Village meeting date</translation>
    </message>
    <message>
        <source>&amp;Identitas dan alamat</source>
        <translation>Identit&amp;y and address</translation>
    </message>
    <message>
        <source>Ruma&amp;h dan aset</source>
        <translation>H&amp;ouse and assets</translation>
    </message>
    <message>
        <source>Bantuan yang dit&amp;erima</source>
        <translation>Assistance re&amp;ceived</translation>
    </message>
    <message>
        <source>{0}: ke daftar temuan</source>
        <translation>{0}: to the findings list</translation>
    </message>
    <message>
        <source>{0}: ke Status verifikasi · {1}: ke isian pertama</source>
        <translation>{0}: to Verification status · {1}: to the first field</translation>
    </message>
    <message>
        <source>{0}: ke tabel anggota</source>
        <translation>{0}: to the members table</translation>
    </message>
    <message>
        <source>Jadi kepala</source>
        <translation>Set head</translation>
    </message>
    <message>
        <source>Tambah anggota yang belum tercatat (disimpan bersama keluarganya).</source>
        <translation>Add a member who is not recorded yet (saved with the family).</translation>
    </message>
    <message>
        <source>Ketik NIK yang benar untuk anggota terpilih (NIK P3KE tetap tersimpan).</source>
        <translation>Type the correct NIK for the selected member (the P3KE NIK stays stored).</translation>
    </message>
    <message>
        <source>Jadikan kepala keluarga: anggota terpilih menjadi kepala keluarga (misalnya istri bila kepala keluarga meninggal). Hubungan asal P3KE tetap tersimpan.</source>
        <translation>Make head of family: the selected member becomes the head of the family (for example the wife when the head has died). The original P3KE relationship stays stored.</translation>
    </message>
    <message>
        <source>Tandai anggota terpilih: {0}</source>
        <translation>Mark the selected member: {0}</translation>
    </message>
    <message>
        <source>Lokasi usulan baru</source>
        <translation>Location of the new proposal</translation>
    </message>
    <message>
        <source>Desil (perkiraan)</source>
        <translation>Desil (estimate)</translation>
    </message>
    <message>
        <source>Kolom P3KE: {0}</source>
        <translation>P3KE column: {0}</translation>
    </message>
    <message>
        <source>Dikoreksi; nilai P3KE: {0}</source>
        <translation>Corrected; P3KE value: {0}</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan lalu buka keluarga berikutnya di daftar (Ctrl+Enter)</source>
        <translation>Save, then open the next family of the list (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keluarga sebelumnya (PgUp)</source>
        <translation>Previous family (PgUp)</translation>
    </message>
    <message>
        <source>Keluarga berikutnya (PgDn)</source>
        <translation>Next family (PgDn)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kembali ke daftar (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Buang perubahan dan muat data tersimpan</source>
        <translation>Discard the changes and load the saved data</translation>
    </message>
    <message>
        <source>Ajukan ke verifikator untuk disetujui</source>
        <translation>Submit to the verifier for approval</translation>
    </message>
    <message>
        <source>Setujui semua...</source>
        <translation>Approve all...</translation>
    </message>
    <message>
        <source>Setujui sekaligus semua keluarga berstatus Diajukan di wilayah yang dipilih di pohon wilayah (Ctrl+Shift+T)</source>
        <translation>Approve at once every submitted family in the region chosen in the region tree (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Kembalikan...</source>
        <translation>Send bac&amp;k...</translation>
    </message>
    <message>
        <source>Kembalikan ke operator dengan catatan</source>
        <translation>Send back to the operator with a note</translation>
    </message>
    <message>
        <source>Buka kembali keluarga yang sudah disetujui</source>
        <translation>Reopen an approved family</translation>
    </message>
    <message>
        <source>Desa/kelurahan *</source>
        <translation>Village *</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; berikutnya</source>
        <translation>Save &amp;&amp; next</translation>
    </message>
    <message>
        <source>A&amp;jukan</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>Set&amp;ujui</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Buka kembali...</source>
        <translation>Reopen...</translation>
    </message>
    <message>
        <source>Riwayat...</source>
        <translation>History...</translation>
    </message>
    <message>
        <source>Semua perubahan keluarga ini (jejak audit)</source>
        <translation>Every change of this family (audit trail)</translation>
    </message>
    <message>
        <source>Tidak ada temuan kualitas data.</source>
        <translation>No data quality findings.</translation>
    </message>
    <message>
        <source>Isian lama &quot;{0}&quot; dibaca sebagai desa {1}. Disimpan sebagai desa itu saat Anda menyimpan.</source>
        <translation>The old entry &quot;{0}&quot; is read as the village {1}. It is stored as that village when you save.</translation>
    </message>
    <message>
        <source>Desa {0} (Kecamatan {1})</source>
        <translation>the village {0} (subdistrict {1})</translation>
    </message>
    <message>
        <source>Desa {0}</source>
        <translation>the village {0}</translation>
    </message>
    <message>
        <source>Isian lama &quot;{0}&quot; tidak sama persis dengan nama desa mana pun di kabupaten ini. Mungkin maksudnya {1}? Bila ya, pilih &quot;Desa di kabupaten ini&quot; (desa itu sudah disiapkan di daftar) lalu simpan. Sebelum disimpan, keluarga ini tetap dihitung pindah keluar kabupaten.</source>
        <translation>The old entry &quot;{0}&quot; does not exactly match the name of any village in this district. Did you mean {1}? If so, choose &quot;Village in this district&quot; (that village is already selected in the list), then save. Until it is saved, this family is still counted as moved out of the district.</translation>
    </message>
    <message>
        <source>Isian lama &quot;{0}&quot; tetap sebagai teks: ada {1} desa bernama itu di kabupaten ini ({2}). Bila keluarga pindah ke salah satunya, pilih &quot;Desa di kabupaten ini&quot; lalu desanya.</source>
        <translation>The old entry &quot;{0}&quot; stays as text: {1} villages of this district carry that name ({2}). If the family moved to one of them, choose &quot;Village in this district&quot; and then the village.</translation>
    </message>
    <message>
        <source>Usulan keluarga baru (belum ada di P3KE)</source>
        <translation>New family proposal (not in P3KE yet)</translation>
    </message>
    <message>
        <source>Pilih desa, isi nama kepala keluarga, anggota, dan hasil verifikasi, lalu Simpan.</source>
        <translation>Choose the village, fill in the head of the family, the members and the verification result, then Save.</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Desa: {0}</source>
        <translation>Village: {0}</translation>
    </message>
    <message>
        <source>Desil {0}</source>
        <translation>Desil {0}</translation>
    </message>
    <message>
        <source>Persetujuan: {0}</source>
        <translation>Approval: {0}</translation>
    </message>
    <message>
        <source>Usulan baru</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>tidak ada lagi di berkas P3KE terakhir</source>
        <translation>no longer in the latest P3KE files</translation>
    </message>
    <message>
        <source>diubah {0} oleh {1}</source>
        <translation>changed {0} by {1}</translation>
    </message>
    <message>
        <source>Dikembalikan oleh verifikator: {0}</source>
        <translation>Sent back by the verifier: {0}</translation>
    </message>
    <message>
        <source>Sudah disetujui; data terkunci. Verifikator dapat membukanya kembali dengan alasan.</source>
        <translation>Approved; the data is locked. A verifier can reopen it, giving a reason.</translation>
    </message>
    <message>
        <source>Sudah diajukan; menunggu persetujuan verifikator.</source>
        <translation>Submitted; waiting for the verifier&apos;s approval.</translation>
    </message>
    <message>
        <source>peran Anda tidak boleh menambah usulan keluarga baru</source>
        <translation>your role may not add new family proposals</translation>
    </message>
    <message>
        <source>belum ada keluarga yang dibuka</source>
        <translation>no family is open</translation>
    </message>
    <message>
        <source>basis data dibuka hanya baca</source>
        <translation>the database is open read-only</translation>
    </message>
    <message>
        <source>peran {0} tidak mengubah hasil verifikasi</source>
        <translation>the {0} role does not change verification results</translation>
    </message>
    <message>
        <source>keluarga ini di luar wilayah kerja Anda</source>
        <translation>this family is outside your work area</translation>
    </message>
    <message>
        <source>sudah disetujui (terkunci); verifikator dapat membukanya kembali</source>
        <translation>already approved (locked); a verifier can reopen it</translation>
    </message>
    <message>
        <source>sudah diajukan dan menunggu persetujuan verifikator</source>
        <translation>already submitted and waiting for a verifier&apos;s approval</translation>
    </message>
    <message>
        <source>Tidak bisa disimpan: {0}. PgDn membuka keluarga berikutnya.</source>
        <translation>Cannot be saved: {0}. PgDn opens the next family.</translation>
    </message>
    <message>
        <source>{0}: tanggal tidak bisa dibaca</source>
        <translation>{0}: the date cannot be read</translation>
    </message>
    <message>
        <source>Desa/kelurahan wajib dipilih</source>
        <translation>The village is required</translation>
    </message>
    <message>
        <source>Nama kepala keluarga wajib diisi</source>
        <translation>The name of the head of the family is required</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan</source>
        <translation>There are unsaved changes</translation>
    </message>
    <message>
        <source>✓ Tidak ada temuan kualitas data.</source>
        <translation>✓ No data quality findings.</translation>
    </message>
    <message>
        <source>Temuan kualitas data ({0})</source>
        <translation>Data quality findings ({0})</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Tampilkan atau sembunyikan daftar temuan ({0})</source>
        <translation>Show or hide the findings list ({0})</translation>
    </message>
    <message>
        <source>Tidak disimpan: {0}.</source>
        <translation>Not saved: {0}.</translation>
    </message>
    <message>
        <source>Usulan baru tersimpan dengan ID {0}.</source>
        <translation>New proposal saved with ID {0}.</translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Tersimpan {0}.</source>
        <translation>Saved at {0}.</translation>
    </message>
    <message>
        <source>Belum tersimpan: isian Anda masih ada di formulir. Simpan lagi setelah masalahnya diatasi.</source>
        <translation>Not saved: your entries are still in the form. Save again once the problem is solved.</translation>
    </message>
    <message>
        <source>Belum bisa disimpan:</source>
        <translation>Cannot be saved yet:</translation>
    </message>
    <message>
        <source>Tidak disimpan: {0}. Tekan PgDn (atau ▶) untuk membuka keluarga berikutnya.</source>
        <translation>Not saved: {0}. Press PgDn (or ▶) to open the next family.</translation>
    </message>
    <message>
        <source>Belum bisa dilakukan:</source>
        <translation>Cannot be done yet:</translation>
    </message>
    <message>
        <source>Persetujuan: {0}.</source>
        <translation>Approval: {0}.</translation>
    </message>
    <message>
        <source>Kembalikan ke operator</source>
        <translation>Send back to the operator</translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki operator? (wajib diisi)</source>
        <translation>What must the operator correct? (required)</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Mengapa keluarga yang sudah disetujui ini dibuka kembali? (wajib diisi)</source>
        <translation>Why is this approved family reopened? (required)</translation>
    </message>
    <message>
        <source>Pilih dulu anggota di tabel anggota.</source>
        <translation>First select a member in the members table.</translation>
    </message>
    <message>
        <source>Anggota baru belum disimpan; hapus dengan Muat ulang.</source>
        <translation>The new member is not saved yet; remove it with Reload.</translation>
    </message>
    <message>
        <source>{0} menjadi kepala keluarga: nama, NIK, jenis kelamin dan tanggal lahir kepala keluarga di Identitas ikut diganti (koreksi; nilai P3KE tetap tersimpan).</source>
        <translation>{0} becomes head of the family: the head&apos;s name, NIK, sex and date of birth under Identity follow (corrections; the P3KE values are kept).</translation>
    </message>
    <message>
        <source>Isian yang Anda ketik sendiri tetap: {0}.</source>
        <translation>What you typed yourself is kept: {0}.</translation>
    </message>
    <message>
        <source>Pilih dulu anggota yang NIK-nya diperbaiki.</source>
        <translation>First select the member whose NIK you correct.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Perubahan pada keluarga ini belum disimpan. Simpan sekarang?</source>
        <translation>The changes to this family are not saved. Save them now?</translation>
    </message>
    <message>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Bata&amp;l</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>GantiSandiDialog</name>
    <message>
        <source>Ganti kata sandi - {0}</source>
        <translation>Change password - {0}</translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama:</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <source>Kata sandi ba&amp;ru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <source>ID Keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>Kepala Keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Status verifikasi</source>
        <translation>Verification status</translation>
    </message>
    <message>
        <source>Kelayakan</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Dikembalikan oleh verifikator: {0}</source>
        <translation>Sent back by the verifier: {0}</translation>
    </message>
</context>
<context>
    <name>IsianNik</name>
    <message>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>No KK disamarkan: No KK lengkap hanya terlihat oleh verifikator. Untuk menggantinya, klik isian ini lalu ketik No KK dari kartu KK.</source>
        <translation>No KK masked: only a verifikator sees the full No KK. To replace it, click this field and type the No KK from the family card (KK).</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>No KK lama kembali (yang tersimpan tidak diubah).</source>
        <translation>The old No KK comes back (the stored one is not changed).</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Hapus No KK keluarga ini, misalnya No KK keluarga lain yang tercatat keliru atau keluarga yang belum punya kartu KK. Dikosongkan saat disimpan dan tercatat di jejak audit; nilai P3KE asalnya tetap tersimpan.</source>
        <translation>Remove this family&apos;s No KK, for example another family&apos;s No KK recorded by mistake, or a family without a KK card yet. Cleared when saved and recorded in the audit trail; the original P3KE value stays stored.</translation>
    </message>
    <message>
        <source>tanpa No KK</source>
        <translation>without No KK</translation>
    </message>
    <message>
        <source>No KK dikosongkan saat disimpan (tercatat di jejak audit).</source>
        <translation>The No KK is cleared when saved (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>lahir {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <source>terbit {0}</source>
        <translation>issued {0}</translation>
    </message>
    <message>
        <source>✓ format sah</source>
        <translation>✓ valid format</translation>
    </message>
    <message>
        <source>NIK disamarkan: NIK lengkap hanya terlihat oleh verifikator.</source>
        <translation>NIK masked: only a verifier sees the full NIK.</translation>
    </message>
</context>
<context>
    <name>IsianP3KE</name>
    <message>
        <source>ID Keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>Dimutakhirkan tahun</source>
        <translation>Updated in year</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kode wilayah Kemendagri</source>
        <translation>Region code (Kemendagri)</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Persentil</source>
        <translation>Percentile</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Prioritas verval</source>
        <translation>Verification priority</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Name of the head of family</translation>
    </message>
    <message>
        <source>NIK kepala keluarga</source>
        <translation>NIK of the head of family</translation>
    </message>
    <message>
        <source>Padan Dukcapil</source>
        <translation>Matched with Dukcapil</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Status kawin</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Status pekerjaan</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Kepemilikan rumah</source>
        <translation>House ownership</translation>
    </message>
    <message>
        <source>Memiliki simpanan</source>
        <translation>Has savings</translation>
    </message>
    <message>
        <source>Jenis atap</source>
        <translation>Roof type</translation>
    </message>
    <message>
        <source>Kualitas atap</source>
        <translation>Roof quality</translation>
    </message>
    <message>
        <source>Jenis dinding</source>
        <translation>Wall type</translation>
    </message>
    <message>
        <source>Kualitas dinding</source>
        <translation>Wall quality</translation>
    </message>
    <message>
        <source>Jenis lantai</source>
        <translation>Floor type</translation>
    </message>
    <message>
        <source>Kualitas lantai</source>
        <translation>Floor quality</translation>
    </message>
    <message>
        <source>Penerangan</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <source>Daya listrik</source>
        <translation>Electric power</translation>
    </message>
    <message>
        <source>Bahan bakar masak</source>
        <translation>Cooking fuel</translation>
    </message>
    <message>
        <source>Sumber air minum</source>
        <translation>Drinking water source</translation>
    </message>
    <message>
        <source>Fasilitas BAB</source>
        <translation>Toilet facility</translation>
    </message>
    <message>
        <source>Risiko stunting</source>
        <translation>Stunting risk</translation>
    </message>
    <message>
        <source>Penerima BPNT</source>
        <translation>BPNT recipient</translation>
    </message>
    <message>
        <source>Penerima BPUM</source>
        <translation>BPUM recipient</translation>
    </message>
    <message>
        <source>Penerima BST</source>
        <translation>BST recipient</translation>
    </message>
    <message>
        <source>Penerima PKH</source>
        <translation>PKH recipient</translation>
    </message>
    <message>
        <source>Penerima Sembako</source>
        <translation>Sembako recipient</translation>
    </message>
    <message>
        <source>Penerima Prakerja</source>
        <translation>Prakerja recipient</translation>
    </message>
    <message>
        <source>Penerima KUR</source>
        <translation>KUR recipient</translation>
    </message>
    <message>
        <source>Pensasaran</source>
        <translation>Targeting (pensasaran)</translation>
    </message>
    <message>
        <source>ID Individu</source>
        <translation>Member ID</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga</source>
        <translation>Relationship to the head of family</translation>
    </message>
    <message>
        <source>Status anggota</source>
        <translation>Member status</translation>
    </message>
    <message>
        <source>NIK perbaikan</source>
        <translation>Corrected NIK</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Wilayah kerja</source>
        <translation>Work area</translation>
    </message>
</context>
<context>
    <name>IsianPindah</name>
    <message>
        <source>Desa di kabupaten ini</source>
        <translation>Village in this district</translation>
    </message>
    <message>
        <source>Luar kabupaten</source>
        <translation>Outside the district</translation>
    </message>
    <message>
        <source>Desa/kelurahan tujuan (ketik huruf awal nama desa untuk melompat)</source>
        <translation>Destination village (type the first letters of its name to jump)</translation>
    </message>
    <message>
        <source>kabupaten/kota, provinsi tujuan</source>
        <translation>destination district/city, province</translation>
    </message>
    <message>
        <source>pilih dulu: desa di kabupaten ini atau luar kabupaten</source>
        <translation>choose first: village in this district or outside the district</translation>
    </message>
</context>
<context>
    <name>IsianTanggal</name>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Tanggal tidak bisa dibaca; tulis hh-bb-tttt, misalnya 20-11-2026</source>
        <translation>The date cannot be read; write dd-mm-yyyy, for example 20-11-2026</translation>
    </message>
</context>
<context>
    <name>IsianVerifikasi</name>
    <message>
        <source>Status verifikasi</source>
        <translation>Verification status</translation>
    </message>
    <message>
        <source>Kelayakan</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Alasan tidak layak</source>
        <translation>Reason not eligible</translation>
    </message>
    <message>
        <source>Alasan lainnya</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Pindah ke</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <source>ID Keluarga ganda (yang dipertahankan)</source>
        <translation>Duplicate of family ID (the one kept)</translation>
    </message>
    <message>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Nama verifikator</source>
        <translation>Verifier&apos;s name</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nomor BA musdes</source>
        <translation>Village meeting report number</translation>
    </message>
    <message>
        <source>Tanggal musdes</source>
        <translation>Village meeting date</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Catatan pengembalian</source>
        <translation>Send-back note</translation>
    </message>
    <message>
        <source>Kode desa tujuan pindah</source>
        <translation>Destination village code</translation>
    </message>
</context>
<context>
    <name>JendelaPanduan</name>
    <message>
        <source>Panduan pengguna - {0}</source>
        <translation>User guide - {0}</translation>
    </message>
    <message>
        <source>Cari di panduan... (Ctrl+F, Enter: berikutnya)</source>
        <translation>Search the guide... (Ctrl+F, Enter: next)</translation>
    </message>
    <message>
        <source>Panduan ini ditulis dalam bahasa Indonesia, bahasa kerja P3KE.</source>
        <translation>This guide is written in Indonesian, the working language of P3KE.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Panduan pengguna tidak ditemukan di {0}. Pasang ulang {1}.</source>
        <translation>The user guide was not found at {0}. Reinstall {1}.</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>JenisPindah</name>
    <message>
        <source>Pindah dalam kabupaten</source>
        <translation>Moved within the district</translation>
    </message>
    <message>
        <source>Pindah keluar kabupaten</source>
        <translation>Moved out of the district</translation>
    </message>
</context>
<context>
    <name>Kelayakan</name>
    <message>
        <source>Layak</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Layak dengan intervensi</source>
        <translation>Eligible with intervention</translation>
    </message>
    <message>
        <source>Tidak layak</source>
        <translation>Not eligible</translation>
    </message>
</context>
<context>
    <name>KelolaPenggunaDialog</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Kelola pengguna</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>&amp;Tambah akun...</source>
        <translation>&amp;Add account...</translation>
    </message>
    <message>
        <source>Ubah &amp;peran/wilayah...</source>
        <translation>&amp;Change role/region...</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Atur ulang &amp;kata sandi...</source>
        <translation>Reset &amp;password...</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Enable</translation>
    </message>
</context>
<context>
    <name>KembalikanTerpilih</name>
    <message>
        <source>Pilih dulu keluarga berstatus Diajukan di tabel: klik satu baris, lalu Ctrl+klik atau Shift+klik untuk memilih beberapa.</source>
        <translation>First select submitted families in the table: click a row, then Ctrl+click or Shift+click to select several.</translation>
    </message>
    <message>
        <source>Mengembalikan...</source>
        <translation>Sending back...</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menghitung {0} keluarga terpilih...</source>
        <translation>Counting {0} selected {0:family|families}...</translation>
    </message>
    <message>
        <source>{0} keluarga dikembalikan ke operator.</source>
        <translation>{0} {0:family|families} sent back to the operator.</translation>
    </message>
    <message>
        <source>{0} keluarga terpilih dilewati (tidak berubah):</source>
        <translation>{0} selected {0:family|families} left out (unchanged):</translation>
    </message>
    <message>
        <source>... dan {0} keluarga lainnya</source>
        <translation>... and {0} more {0:family|families}</translation>
    </message>
    <message>
        <source>Pengembalian dibatalkan; tidak ada keluarga yang dikembalikan.</source>
        <translation>Send-back cancelled; no family was sent back.</translation>
    </message>
</context>
<context>
    <name>KodeP3KE</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>KOSONG</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>PADAN</source>
        <translation>MATCHED</translation>
    </message>
    <message>
        <source>TIDAK PADAN</source>
        <translation>NOT MATCHED</translation>
    </message>
    <message>
        <source>YA</source>
        <translation>YES</translation>
    </message>
    <message>
        <source>TIDAK</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Kepala Keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <source>Istri/Suami</source>
        <translation>Wife/Husband</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Belum Kawin</source>
        <translation>Not married</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Cerai Hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai Mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Tidak/Belum Bekerja</source>
        <translation>Not (yet) working</translation>
    </message>
    <message>
        <source>Petani</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Nelayan</source>
        <translation>Fisher</translation>
    </message>
    <message>
        <source>Pedagang</source>
        <translation>Trader</translation>
    </message>
    <message>
        <source>Pegawai Swasta</source>
        <translation>Private-sector employee</translation>
    </message>
    <message>
        <source>Wiraswasta</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Pekerja Lepas</source>
        <translation>Freelance worker</translation>
    </message>
    <message>
        <source>Pensiunan</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>PNS/TNI/Polri</source>
        <translation>Civil servant/Military/Police</translation>
    </message>
    <message>
        <source>Pejabat Negara</source>
        <translation>State official</translation>
    </message>
    <message>
        <source>Berusaha Sendiri</source>
        <translation>Own business, alone</translation>
    </message>
    <message>
        <source>Berusaha dibantu Buruh Tidak Tetap/Buruh Tidak Dibayar</source>
        <translation>Own business with temporary/unpaid workers</translation>
    </message>
    <message>
        <source>Berusaha dibantu Buruh Tetap/Dibayar</source>
        <translation>Own business with permanent/paid workers</translation>
    </message>
    <message>
        <source>Buruh/Karyawan/Pegawai</source>
        <translation>Labourer/Employee</translation>
    </message>
    <message>
        <source>Pekerja Bebas</source>
        <translation>Casual worker</translation>
    </message>
    <message>
        <source>Pekerja Keluarga/Tidak Dibayar</source>
        <translation>Family worker/Unpaid</translation>
    </message>
    <message>
        <source>Tidak/Belum Sekolah</source>
        <translation>Not (yet) at school</translation>
    </message>
    <message>
        <source>Tidak Tamat SD/Sederajat</source>
        <translation>Did not finish primary school (or equivalent)</translation>
    </message>
    <message>
        <source>Masih SD/Sederajat</source>
        <translation>In primary school (or equivalent)</translation>
    </message>
    <message>
        <source>Tamat SD/Sederajat</source>
        <translation>Finished primary school (or equivalent)</translation>
    </message>
    <message>
        <source>Masih SLTP/Sederajat</source>
        <translation>In junior high school (or equivalent)</translation>
    </message>
    <message>
        <source>Tamat SLTP/Sederajat</source>
        <translation>Finished junior high school (or equivalent)</translation>
    </message>
    <message>
        <source>Masih SLTA/Sederajat</source>
        <translation>In senior high school (or equivalent)</translation>
    </message>
    <message>
        <source>Tamat SLTA/Sederajat</source>
        <translation>Finished senior high school (or equivalent)</translation>
    </message>
    <message>
        <source>Masih PT/Akademi</source>
        <translation>In university/academy</translation>
    </message>
    <message>
        <source>Tamat PT/Akademi</source>
        <translation>Finished university/academy</translation>
    </message>
    <message>
        <source>USIA &lt; 5 TAHUN</source>
        <translation>AGE &lt; 5 YEARS</translation>
    </message>
    <message>
        <source>USIA 6-12 TAHUN</source>
        <translation>AGE 6-12 YEARS</translation>
    </message>
    <message>
        <source>USIA 13-15 TAHUN</source>
        <translation>AGE 13-15 YEARS</translation>
    </message>
    <message>
        <source>USIA 16-18 TAHUN</source>
        <translation>AGE 16-18 YEARS</translation>
    </message>
    <message>
        <source>USIA 19 - 59 TAHUN</source>
        <translation>AGE 19 - 59 YEARS</translation>
    </message>
    <message>
        <source>USIA 60+ TAHUN</source>
        <translation>AGE 60+ YEARS</translation>
    </message>
    <message>
        <source>Milik Sendiri</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>Kontrak/Sewa</source>
        <translation>Contract/Rent</translation>
    </message>
    <message>
        <source>Bebas Sewa/Menumpang</source>
        <translation>Rent-free/Lodging</translation>
    </message>
    <message>
        <source>Dinas</source>
        <translation>Official (employer&apos;s)</translation>
    </message>
    <message>
        <source>Beton</source>
        <translation>Concrete</translation>
    </message>
    <message>
        <source>Genteng</source>
        <translation>Roof tiles</translation>
    </message>
    <message>
        <source>Asbes/Seng</source>
        <translation>Asbestos/Zinc sheet</translation>
    </message>
    <message>
        <source>Kayu/Sirap</source>
        <translation>Wood/Shingles</translation>
    </message>
    <message>
        <source>Bambu</source>
        <translation>Bamboo</translation>
    </message>
    <message>
        <source>Jerami/Ijuk/Rumbia/Daun-daunan</source>
        <translation>Straw/Palm fibre/Sago thatch/Leaves</translation>
    </message>
    <message>
        <source>Tembok</source>
        <translation>Masonry wall</translation>
    </message>
    <message>
        <source>Kayu/Papan</source>
        <translation>Wood/Planks</translation>
    </message>
    <message>
        <source>Seng</source>
        <translation>Zinc sheet</translation>
    </message>
    <message>
        <source>Keramik/Granit/Marmer/Ubin/Tegel/Teraso</source>
        <translation>Ceramic/Granite/Marble/Tiles/Terrazzo</translation>
    </message>
    <message>
        <source>Semen</source>
        <translation>Cement</translation>
    </message>
    <message>
        <source>Tanah</source>
        <translation>Earth</translation>
    </message>
    <message>
        <source>Bagus/Kualitas Tinggi</source>
        <translation>Good/High quality</translation>
    </message>
    <message>
        <source>Jelek/Kualitas Rendah</source>
        <translation>Poor/Low quality</translation>
    </message>
    <message>
        <source>Listrik PLN meteran</source>
        <translation>PLN electricity, metered</translation>
    </message>
    <message>
        <source>Listrik PLN non meteran</source>
        <translation>PLN electricity, not metered</translation>
    </message>
    <message>
        <source>Listrik non-PLN</source>
        <translation>Non-PLN electricity</translation>
    </message>
    <message>
        <source>Bukan listrik</source>
        <translation>Not electricity</translation>
    </message>
    <message>
        <source>=&lt; 900 WATT</source>
        <translation>=&lt; 900 WATT</translation>
    </message>
    <message>
        <source>&gt; 900 WATT</source>
        <translation>&gt; 900 WATT</translation>
    </message>
    <message>
        <source>Listrik/Gas</source>
        <translation>Electricity/Gas</translation>
    </message>
    <message>
        <source>Minyak Tanah</source>
        <translation>Kerosene</translation>
    </message>
    <message>
        <source>Arang/Kayu</source>
        <translation>Charcoal/Wood</translation>
    </message>
    <message>
        <source>Air Kemasan/Isi Ulang</source>
        <translation>Bottled/Refilled water</translation>
    </message>
    <message>
        <source>Ledeng/PAM</source>
        <translation>Piped water (PAM)</translation>
    </message>
    <message>
        <source>Sumur Bor</source>
        <translation>Drilled well</translation>
    </message>
    <message>
        <source>Sumur Terlindung</source>
        <translation>Protected well</translation>
    </message>
    <message>
        <source>Sumur Tidak Terlindung</source>
        <translation>Unprotected well</translation>
    </message>
    <message>
        <source>Air Permukaan (Sungai, Danau, dll)</source>
        <translation>Surface water (river, lake, etc.)</translation>
    </message>
    <message>
        <source>Air Hujan</source>
        <translation>Rainwater</translation>
    </message>
    <message>
        <source>Umum/Bersama</source>
        <translation>Public/Shared</translation>
    </message>
    <message>
        <source>Beresiko Stunting</source>
        <translation>At risk of stunting</translation>
    </message>
    <message>
        <source>Tidak Beresiko Stunting</source>
        <translation>Not at risk of stunting</translation>
    </message>
    <message>
        <source>Bukan Target Sasaran</source>
        <translation>Not a target</translation>
    </message>
    <message>
        <source>NIK DUPLIKAT</source>
        <translation>DUPLICATE NIK</translation>
    </message>
    <message>
        <source>NORMAL</source>
        <translation>NORMAL</translation>
    </message>
    <message>
        <source>KELUARGA DUPLIKAT (NIK &amp; NAMA)</source>
        <translation>DUPLICATE FAMILY (NIK &amp; NAME)</translation>
    </message>
    <message>
        <source>KELUARGA NIK KOSONG</source>
        <translation>FAMILY WITH AN EMPTY NIK</translation>
    </message>
    <message>
        <source>KELUARGA TIDAK ADA USIA 17+ TAHUN</source>
        <translation>FAMILY WITH NO ONE AGED 17+</translation>
    </message>
</context>
<context>
    <name>KolomAudit</name>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kode tindakan</source>
        <translation>Action code</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>ID rekaman</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>ID Keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai lama</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Nilai baru</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Komputer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>KolomTabel</name>
    <message>
        <source>&amp;Kolom tabel</source>
        <translation>Table &amp;columns</translation>
    </message>
</context>
<context>
    <name>KotakCari</name>
    <message>
        <source>Cari nama, NIK (boleh sebagian), No KK, atau ID keluarga...   (Ctrl+F)</source>
        <translation>Search a name, NIK (or part of it), KK number or family ID...   (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>KotakPilihan</name>
    <message>
        <source>{0} (tidak ada di daftar kode)</source>
        <translation>{0} (not in the code list)</translation>
    </message>
</context>
<context>
    <name>KotakSaring</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>KunciLayarDialog</name>
    <message>
        <source>Terkunci - {0}</source>
        <translation>Locked - {0}</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation>&amp;Close the application</translation>
    </message>
    <message>
        <source>{0} dikunci karena tidak ada aktivitas selama {1} menit,&lt;br&gt;untuk melindungi data pribadi di layar.</source>
        <translation>{0} was locked after {1} {1:minute|minutes} without activity,&lt;br&gt;to protect the personal data on the screen.</translation>
    </message>
    <message>
        <source>{0} dikunci.</source>
        <translation>{0} is locked.</translation>
    </message>
    <message>
        <source>Ketik kata sandi &lt;b&gt;{0}&lt;/b&gt; untuk melanjutkan.&lt;br&gt;Pekerjaan yang belum disimpan tetap ada.</source>
        <translation>Type the password of &lt;b&gt;{0}&lt;/b&gt; to continue.&lt;br&gt;Unsaved work is still there.</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Kata sandi salah (percobaan dicatat di jejak audit).</source>
        <translation>Wrong password (the attempt is recorded in the audit trail).</translation>
    </message>
</context>
<context>
    <name>Laporan</name>
    <message>
        <source>Kabupaten/Kota {0}</source>
        <translation>Regency/City {0}</translation>
    </message>
    <message>
        <source>Kecamatan {0} ({1})</source>
        <translation>District {0} ({1})</translation>
    </message>
    <message>
        <source>Kecamatan {0}</source>
        <translation>District {0}</translation>
    </message>
    <message>
        <source>Kelurahan {0}</source>
        <translation>Kelurahan {0}</translation>
    </message>
    <message>
        <source>Desa {0}</source>
        <translation>Village {0}</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Seluruh basis data</source>
        <translation>Whole database</translation>
    </message>
    <message>
        <source>Seluruh wilayah saya</source>
        <translation>All my regions</translation>
    </message>
    <message>
        <source>Hanya sebagian kecamatan ini yang termasuk wilayah kerja Anda; pilih desanya.</source>
        <translation>Only part of this kecamatan is in your work regions; choose its desa.</translation>
    </message>
    <message>
        <source>&amp;Ekspor workbook provinsi...</source>
        <translation>&amp;Export the provincial workbook...</translation>
    </message>
    <message>
        <source>&amp;Impor ulang workbook hasil koreksi...</source>
        <translation>&amp;Re-import a corrected workbook...</translation>
    </message>
    <message>
        <source>Cetak &amp;Berita Acara Hasil Verifikasi...</source>
        <translation>Print the verification report (&amp;Berita Acara)...</translation>
    </message>
    <message>
        <source>Cetak Daftar &amp;Kunjungan...</source>
        <translation>Print the &amp;visit list (Daftar Kunjungan)...</translation>
    </message>
    <message>
        <source>Simpan laporan &amp;temuan...</source>
        <translation>Save &amp;findings report...</translation>
    </message>
    <message>
        <source>Semua temuan kualitas data ke workbook Excel, untuk diperbaiki bersama Dukcapil</source>
        <translation>Every data-quality finding into an Excel workbook, to be fixed with Dukcapil</translation>
    </message>
    <message>
        <source>Simpan laporan temuan</source>
        <translation>Save the findings report</translation>
    </message>
    <message>
        <source>Workbook Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Laporan temuan ({0} temuan) disimpan: {1}</source>
        <translation>Findings report ({0} {0:finding|findings}) saved: {1}</translation>
    </message>
    <message>
        <source>Laporan temuan tidak bisa disimpan karena kesalahan program. Rinciannya ada di log (Bantuan &gt; Buka folder log).</source>
        <translation>The findings report could not be saved because of a program error. The details are in the log (Help &gt; Open log folder).</translation>
    </message>
</context>
<context>
    <name>LaporanTemuan</name>
    <message>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>ID Keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>ID Individu</source>
        <translation>Member ID</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kode Kemdagri</source>
        <translation>Kemdagri code</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai di berkas</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nama Kepala Keluarga</source>
        <translation>Name of the head of family</translation>
    </message>
    <message>
        <source>Anggota tidak ada lagi</source>
        <translation>Members no longer listed</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kepala Keluarga lama</source>
        <translation>Former head of family</translation>
    </message>
    <message>
        <source>Kepala Keluarga baru</source>
        <translation>New head of family</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Arti</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Kolom yang berubah</source>
        <translation>Columns changed</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk - {0}</source>
        <translation>Sign in - {0}</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Masuk dengan akun Anda untuk membuka basis data {0}.</source>
        <translation>Sign in with your account to open the database {0}.</translation>
    </message>
    <message>
        <source>Masuk dengan akun Anda.</source>
        <translation>Sign in with your account.</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Fill in the user name.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah, atau akun tidak aktif. Percobaan gagal dicatat di jejak audit.</source>
        <translation>The user name or the password is wrong, or the account is disabled. Failed attempts are recorded in the audit trail.</translation>
    </message>
    <message>
        <source>{0} kali gagal berturut-turut. Tunggu {1} detik sebelum mencoba lagi, atau minta admin memeriksa akun Anda.</source>
        <translation>{0} failed attempts in a row. Wait {1} seconds before trying again, or ask the admin to check your account.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pilih keluarga di tabel lalu tekan Enter (atau klik dua kali) untuk membuka formulir verifikasinya.

Ctrl+F: cari · PgUp/PgDn: keluarga sebelumnya/berikutnya · Ctrl+S: simpan · Ctrl+Enter: simpan dan buka berikutnya · Esc: kembali ke daftar</source>
        <translation>Select a family in the table and press Enter (or double-click) to open its verification form.

Ctrl+F: search · PgUp/PgDn: previous/next family · Ctrl+S: save · Ctrl+Enter: save and open the next · Esc: back to the list</translation>
    </message>
    <message>
        <source>Data keluarga</source>
        <translation>Family data</translation>
    </message>
    <message>
        <source>Kembali ke daftar (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Verifikasi</source>
        <translation>&amp;Verification</translation>
    </message>
    <message>
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Basis data: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>{0} keluarga, {1} anggota di wilayah kerja Anda</source>
        <translation>{0} {0:family|families}, {1} {1:member|members} in your work area</translation>
    </message>
    <message>
        <source>{0} keluarga, {1} anggota</source>
        <translation>{0} {0:family|families}, {1} {1:member|members}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Selamat datang di Kalbar Desktop&lt;/h2&gt;&lt;p&gt;Basis data ini masih kosong.&lt;/p&gt;&lt;p&gt;Berkas P3KE diimpor oleh verifikator atau admin. Minta mereka mengimpornya ke basis data ini, lalu buka aplikasi kembali.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Kalbar Desktop&lt;/h2&gt;&lt;p&gt;This database is still empty.&lt;/p&gt;&lt;p&gt;P3KE files are imported by a verifikator or an admin. Ask them to import them into this database, then open the application again.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Basis data tidak terjangkau: jumlah keluarga tidak ditampilkan.</source>
        <translation>Database not reachable: family counts are not shown.</translation>
    </message>
    <message>
        <source>Enter: buka formulir</source>
        <translation>Enter: open the form</translation>
    </message>
    <message>
        <source>Ctrl+F: cari</source>
        <translation>Ctrl+F: search</translation>
    </message>
    <message>
        <source>PgUp/PgDn: keluarga sebelumnya/berikutnya</source>
        <translation>PgUp/PgDn: previous/next family</translation>
    </message>
    <message>
        <source>PgUp/PgDn: sebelumnya/berikutnya</source>
        <translation>PgUp/PgDn: previous/next</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Selamat datang di Kalbar Desktop&lt;/h2&gt;&lt;p&gt;Basis data ini masih kosong.&lt;/p&gt;&lt;p&gt;Untuk mulai, impor berkas P3KE dari menu &lt;b&gt;Data &amp;gt; Impor P3KE...&lt;/b&gt; (berkas Keluarga dan Individu sekaligus, .xlsx atau .csv),&lt;br&gt;atau dari baris perintah: &lt;code&gt;kalbar-desktop import BERKAS...&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Kalbar Desktop&lt;/h2&gt;&lt;p&gt;This database is still empty.&lt;/p&gt;&lt;p&gt;To start, import the P3KE files from the menu &lt;b&gt;Data &amp;gt; Import P3KE...&lt;/b&gt; (the Keluarga and Individu files together, .xlsx or .csv),&lt;br&gt;or from the command line: &lt;code&gt;kalbar-desktop import FILES...&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} keluarga ditampilkan</source>
        <translation>{0} {0:family|families} shown</translation>
    </message>
    <message>
        <source>Basis data tidak terjangkau</source>
        <translation>Database not reachable</translation>
    </message>
    <message>
        <source>Sudah keluarga terakhir di daftar.</source>
        <translation>This is the last family of the list.</translation>
    </message>
    <message>
        <source>Sudah keluarga pertama di daftar.</source>
        <translation>This is the first family of the list.</translation>
    </message>
    <message>
        <source>Perubahan pada keluarga yang terbuka belum disimpan. Simpan sebelum menutup aplikasi?</source>
        <translation>The changes to the open family are not saved. Save them before closing the application?</translation>
    </message>
</context>
<context>
    <name>MasalahImporUlang</name>
    <message>
        <source>ID Keluarga kosong</source>
        <translation>Family ID empty</translation>
    </message>
    <message>
        <source>ID muncul lebih dari sekali</source>
        <translation>ID appears more than once</translation>
    </message>
    <message>
        <source>ID tidak ada di basis data</source>
        <translation>ID not in the database</translation>
    </message>
    <message>
        <source>Nilai tidak sah</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>Tidak bisa diubah lewat impor ulang</source>
        <translation>Cannot be changed by re-import</translation>
    </message>
    <message>
        <source>Tidak berwenang</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>Keluarga sudah diajukan atau disetujui</source>
        <translation>Family already submitted or approved</translation>
    </message>
    <message>
        <source>Isian verifikasi tidak lengkap atau tidak cocok</source>
        <translation>Verification fields incomplete or inconsistent</translation>
    </message>
    <message>
        <source>Diubah di aplikasi setelah workbook diekspor</source>
        <translation>Changed in the application after the workbook was exported</translation>
    </message>
    <message>
        <source>Diisi dari workbook lain setelah workbook ini diekspor</source>
        <translation>Filled from another workbook after this workbook was exported</translation>
    </message>
    <message>
        <source>Anggota bermasalah</source>
        <translation>A member&apos;s row holds back this family</translation>
    </message>
    <message>
        <source>ID Individu milik orang lain di basis data ini</source>
        <translation>ID Individu belongs to another person in this database</translation>
    </message>
    <message>
        <source>ID Keluarga milik keluarga lain di basis data ini</source>
        <translation>ID Keluarga belongs to another family in this database</translation>
    </message>
    <message>
        <source>Keluarganya bermasalah</source>
        <translation>Its family has a problem</translation>
    </message>
    <message>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Rumus tanpa nilai tersimpan</source>
        <translation>Formula without a stored value</translation>
    </message>
    <message>
        <source>Catatan tidak diterapkan (nomor tersamar)</source>
        <translation>Note not applied (masked number)</translation>
    </message>
    <message>
        <source>RT/RW tidak diterapkan (alamat)</source>
        <translation>RT/RW not applied (address)</translation>
    </message>
    <message>
        <source>Baris dihapus dari workbook</source>
        <translation>Row deleted from the workbook</translation>
    </message>
    <message>
        <source>Pesan (bahasa Indonesia): {0}</source>
        <translation>Message (in Indonesian): {0}</translation>
    </message>
</context>
<context>
    <name>MenuData</name>
    <message>
        <source>Referensi wilayah</source>
        <translation>Region reference</translation>
    </message>
    <message>
        <source>{0} wilayah dimuat dari {1}. Aturan WILAYAH_TIDAK_DIKENAL kini berlaku dan temuan sudah dihitung ulang.</source>
        <translation>{0} {0:region|regions} loaded from {1}. The rule WILAYAH_TIDAK_DIKENAL now applies and the findings have been recomputed.</translation>
    </message>
    <message>
        <source>&amp;Impor P3KE...</source>
        <translation>&amp;Import P3KE...</translation>
    </message>
    <message>
        <source>Impor berkas P3KE (Keluarga dan Individu) apa adanya</source>
        <translation>Import the P3KE files (Keluarga and Individu) as they are</translation>
    </message>
    <message>
        <source>Impor referensi &amp;wilayah...</source>
        <translation>Import the &amp;region reference...</translation>
    </message>
    <message>
        <source>Muat referensi kode wilayah Kemendagri (CSV code,name,parent_code,level)</source>
        <translation>Load the Kemendagri region code reference (CSV code,name,parent_code,level)</translation>
    </message>
    <message>
        <source>Pilih referensi wilayah</source>
        <translation>Choose the region reference</translation>
    </message>
    <message>
        <source>CSV atau workbook (*.csv *.xlsx *.ods);;Semua berkas (*)</source>
        <translation>CSV or workbook (*.csv *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Impor hanya untuk verifikator atau admin dengan wilayah seluruh basis data</source>
        <translation>Import only for a verifikator or an admin whose region is the whole database</translation>
    </message>
</context>
<context>
    <name>MenuVerifikasi</name>
    <message>
        <source>&amp;Buka keluarga terpilih</source>
        <translation>&amp;Open the selected family</translation>
    </message>
    <message>
        <source>&amp;Usulan keluarga baru...</source>
        <translation>&amp;New family proposal...</translation>
    </message>
    <message>
        <source>&amp;Cari keluarga</source>
        <translation>&amp;Search families</translation>
    </message>
    <message>
        <source>&amp;Tampilkan semua (hapus saringan)</source>
        <translation>Show &amp;all (clear the filters)</translation>
    </message>
    <message>
        <source>&amp;Riwayat keluarga yang terbuka...</source>
        <translation>&amp;History of the open family...</translation>
    </message>
    <message>
        <source>Setujui &amp;semua yang diajukan di wilayah terpilih...</source>
        <translation>A&amp;pprove all submitted in the chosen region...</translation>
    </message>
    <message>
        <source>&amp;Kembalikan keluarga terpilih ke operator...</source>
        <translation>Send &amp;back the selected families...</translation>
    </message>
</context>
<context>
    <name>Panduan</name>
    <message>
        <source>&amp;Panduan pengguna</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Buka panduan pengguna: impor, verifikasi, persetujuan, ekspor, cadangan</source>
        <translation>Open the user guide: import, verification, approval, export, backups</translation>
    </message>
</context>
<context>
    <name>PanelDasbor</name>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Diverifikasi (draf)</source>
        <translation>Verified (draft)</translation>
    </message>
    <message>
        <source>Belum diverifikasi</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Dasbor kemajuan verifikasi</source>
        <translation>Verification progress dashboard</translation>
    </message>
    <message>
        <source>&amp;Segarkan</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <source>Hitung ulang semua angka dasbor dari basis data</source>
        <translation>Compute every figure of the dashboard again from the database</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hentikan penghitungan; angka yang tampil tetap</source>
        <translation>Stop counting; the figures shown stay</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Sudah diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Keluarga dengan temuan</source>
        <translation>Families with findings</translation>
    </message>
    <message>
        <source>Klik untuk menampilkan keluarga ini di tabel</source>
        <translation>Click to show these families in the table</translation>
    </message>
    <message>
        <source>Kemajuan per kecamatan</source>
        <translation>Progress per district</translation>
    </message>
    <message>
        <source>Keluarga menurut desil</source>
        <translation>Families by desil</translation>
    </message>
    <message>
        <source>Keluarga menurut kelayakan</source>
        <translation>Families by eligibility</translation>
    </message>
    <message>
        <source>Temuan menurut aturan</source>
        <translation>Findings by rule</translation>
    </message>
    <message>
        <source>Keluarga dikunjungi per hari</source>
        <translation>Families visited per day</translation>
    </message>
    <message>
        <source>Tampilkan semua keluarga berstatus ini</source>
        <translation>Show every family in this state</translation>
    </message>
    <message>
        <source>Kemajuan verifikasi dan persetujuan per kecamatan</source>
        <translation>Verification and approval progress per district</translation>
    </message>
    <message>
        <source>Temuan menurut aturan (jumlah keluarga)</source>
        <translation>Findings by rule (number of families)</translation>
    </message>
    <message>
        <source>Basis data tidak terjangkau: angka dasbor tidak ditampilkan sampai berkasnya bisa dibaca lagi.</source>
        <translation>Database unreachable: the dashboard&apos;s figures are not shown until its file can be read again.</translation>
    </message>
    <message>
        <source>Menghitung...</source>
        <translation>Computing...</translation>
    </message>
    <message>
        <source>Dasbor tidak bisa dihitung: {0}</source>
        <translation>The dashboard cannot be computed: {0}</translation>
    </message>
    <message>
        <source>Angka belum bisa dihitung.</source>
        <translation>The figures cannot be computed yet.</translation>
    </message>
    <message>
        <source>Penghitungan dibatalkan; angka yang tampil dihitung {0} pukul {1}.</source>
        <translation>Counting cancelled; the figures shown were computed on {0} at {1}.</translation>
    </message>
    <message>
        <source>Penghitungan dibatalkan; belum ada angka. Klik Segarkan untuk menghitung.</source>
        <translation>Counting cancelled; there are no figures yet. Click Refresh to count.</translation>
    </message>
    <message>
        <source>Angka belum dihitung.</source>
        <translation>Not counted yet.</translation>
    </message>
    <message>
        <source>Basis data tidak terjangkau.</source>
        <translation>Database unreachable.</translation>
    </message>
    <message>
        <source>{0}; dihitung {1} pukul {2}</source>
        <translation>{0}; computed on {1} at {2}</translation>
    </message>
    <message>
        <source>Semua wilayah</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Wilayah Anda: {0}</source>
        <translation>Your regions: {0}</translation>
    </message>
    <message>
        <source>{0} dari semua keluarga</source>
        <translation>{0} of all families</translation>
    </message>
    <message>
        <source>{0} anggota</source>
        <translation>{0} {0:member|members}</translation>
    </message>
    <message>
        <source>belum dikunjungi</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <source>menunggu persetujuan</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <source>perlu diperbaiki</source>
        <translation>to be corrected</translation>
    </message>
    <message>
        <source>perlu diperiksa</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Belum ada data keluarga. Impor berkas P3KE dari menu Data &gt; Impor P3KE.</source>
        <translation>No family data yet. Import the P3KE files from the menu Data &gt; Import P3KE.</translation>
    </message>
    <message>
        <source>Tidak ada temuan.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Belum ada tanggal kunjungan yang dicatat.</source>
        <translation>No visit dates recorded yet.</translation>
    </message>
    <message>
        <source>{0}: {1} keluarga ({2})
Klik untuk menampilkan keluarga ini.</source>
        <translation>{0}: {1} {1:family|families} ({2})
Click to show these families.</translation>
    </message>
    <message>
        <source>Kab. {0}</source>
        <translation>{0} Regency</translation>
    </message>
    <message>
        <source>Kota {0}</source>
        <translation>{0} City</translation>
    </message>
    <message>
        <source>{0} dari {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>{0} ({1})
{2} keluarga, {3} sudah diverifikasi
{4}
Klik nama kecamatan untuk menampilkan semua keluarganya.</source>
        <translation>{0} ({1})
{2} {2:family|families}, {3} verified
{4}
Click the district&apos;s name to show all its families.</translation>
    </message>
    <message>
        <source>Persen: bagian keluarga yang sudah diverifikasi. {0} keluarga tanpa kode kecamatan yang sah tidak tampil di sini.</source>
        <translation>Percent: share of the families already verified. {0} {0:family|families} without a valid district code {0:is|are} not shown here.</translation>
    </message>
    <message>
        <source>Persen: bagian keluarga yang sudah diverifikasi.</source>
        <translation>Percent: share of the families already verified.</translation>
    </message>
    <message>
        <source>Tanpa desil</source>
        <translation>No desil</translation>
    </message>
    <message>
        <source>Desil {0}</source>
        <translation>Desil {0}</translation>
    </message>
    <message>
        <source>Belum ditentukan</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>{0}: {1} temuan pada {2} keluarga
{3}
Klik untuk menampilkan keluarga ini.</source>
        <translation>{0}: {1} {1:finding|findings} in {2} {2:family|families}
{3}
Click to show these families.</translation>
    </message>
    <message>
        <source>{0} keluarga punya setidaknya satu temuan.</source>
        <translation>{0} {0:family has|families have} at least one finding.</translation>
    </message>
    <message>
        <source>{0}: tidak ada kunjungan</source>
        <translation>{0}: no visits</translation>
    </message>
    <message>
        <source>{0} keluarga dikunjungi dalam {1} hari; terakhir {2}.</source>
        <translation>{0} {0:family|families} visited on {1} {1:day|days}; the latest on {2}.</translation>
    </message>
    <message>
        <source>{0} kunjungan sebelum {1} tidak digambar.</source>
        <translation>{0} visits before {1} are not drawn.</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Buka dasbor kemajuan verifikasi</source>
        <translation>Open the verification progress dashboard</translation>
    </message>
</context>
<context>
    <name>PanelSaring</name>
    <message>
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua kelayakan</source>
        <translation>All eligibility</translation>
    </message>
    <message>
        <source>Belum ditentukan</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Semua persetujuan</source>
        <translation>All approval states</translation>
    </message>
    <message>
        <source>Semua desil</source>
        <translation>All desils</translation>
    </message>
    <message>
        <source>Desil {0} ({1})</source>
        <translation>Desil {0} ({1})</translation>
    </message>
    <message>
        <source>Tanpa desil</source>
        <translation>No desil</translation>
    </message>
    <message>
        <source>Hapus saringan dari dasbor ini</source>
        <translation>Remove this filter from the dashboard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kelayakan</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Hanya yang ada temuan</source>
        <translation>Only those with findings</translation>
    </message>
    <message>
        <source>sudah diverifikasi</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>belum diverifikasi</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>temuan {0}</source>
        <translation>finding {0}</translation>
    </message>
    <message>
        <source>dikunjungi {0}</source>
        <translation>visited on {0}</translation>
    </message>
    <message>
        <source>Dari dasbor: {0}</source>
        <translation>From the dashboard: {0}</translation>
    </message>
</context>
<context>
    <name>PemeriksaJam</name>
    <message>
        <source>Tanggal komputer salah?</source>
        <translation>Computer date wrong?</translation>
    </message>
    <message>
        <source>komputer lain</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>{0}, oleh {1}</source>
        <translation>{0}, by {1}</translation>
    </message>
    <message>
        <source>Tanggal dan jam komputer ini sekarang {0}, tetapi basis data ini sudah berisi catatan bertanggal {1} ({2}), {3} hari kemudian.

Jam salah satu dari kedua komputer itu keliru. Bila jam komputer ini yang salah, tanggal kunjungan yang diusulkan formulir dan jejak audit akan mencatat tanggal yang salah: betulkan tanggal komputer (Pengaturan Windows &gt; Waktu &amp; bahasa &gt; Tanggal &amp; waktu), lalu buka aplikasi lagi. Bila tanggal komputer ini benar, beri tahu admin bahwa jam komputer {4} salah.</source>
        <translation>This computer&apos;s date and time is now {0}, but this database already holds a record dated {1} ({2}), {3} days later.

One of the two computers has a wrong clock. If it is this computer&apos;s, the visit dates the form proposes and the audit trail will record wrong dates: correct the computer&apos;s date (Windows Settings &gt; Time &amp; language &gt; Date &amp; time), then open the application again. If this computer&apos;s date is right, tell the admin that the clock of computer {4} is wrong.</translation>
    </message>
    <message>
        <source>kurang dari 1</source>
        <translation>less than 1</translation>
    </message>
    <message>
        <source>lain itu</source>
        <translation>that other computer</translation>
    </message>
    <message>
        <source>Tanggal komputer tampaknya salah</source>
        <translation>The computer&apos;s date seems to be wrong</translation>
    </message>
</context>
<context>
    <name>PengaturanDialog</name>
    <message>
        <source>Pengaturan keamanan</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PengawasPenimpaan</name>
    <message>
        <source>Berkas basis data diganti dari luar dengan salinan yang lebih baru; daftar dimuat ulang dari berkas itu.</source>
        <translation>The database file was replaced from outside with a newer copy; the list was reloaded from that file.</translation>
    </message>
</context>
<context>
    <name>PenjagaGalat</name>
    <message>
        <source>{0} - kesalahan</source>
        <translation>{0} - error</translation>
    </message>
    <message>
        <source>Maaf, terjadi kesalahan yang tidak terduga.</source>
        <translation>Sorry, an unexpected error occurred.</translation>
    </message>
    <message>
        <source>Pekerjaan yang sedang dijalankan mungkin tidak selesai, tetapi data yang sudah tersimpan tetap aman dan Anda dapat melanjutkan bekerja.

Jika kesalahan ini berulang, hubungi petugas dukungan dan kirimkan berkas log dari folder log (menu Bantuan &gt; Buka folder log):
{0}

Keterangan teknis: {1} di {2}.</source>
        <translation>The work in progress may not have finished, but the data already saved is safe and you can carry on working.

If this error happens again, contact support and send the log file from the log folder (menu Help &gt; Open log folder):
{0}

Technical details: {1} at {2}.</translation>
    </message>
    <message>
        <source>Buka folder log</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PenjagaKeamanan</name>
    <message>
        <source>wilayah {0}</source>
        <translation>region {0}</translation>
    </message>
    <message>
        <source>hanya baca</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan terbaru...</source>
        <translation>Restore from the latest backup...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Basis data rusak - hanya baca.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Damaged database - read-only.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Pemeriksaan saat membuka menemukan: {0}. Aplikasi tidak akan menulis ke basis data ini. Pulihkan dari cadangan yang sehat.</source>
        <translation>The check when opening found: {0}. The application will not write to this database. Restore it from a healthy backup.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hanya baca.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt; - data palsu untuk mencoba aplikasi, tanpa akun dan kata sandi. Jangan masukkan data asli ke basis data demo.</source>
        <translation>&lt;b&gt;DEMO&lt;/b&gt; - made-up data to try the application, without accounts and passwords. Do not enter real data into the demo database.</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Simpan &amp;salinan basis data ke...</source>
        <translation>Save a &amp;copy of the database to...</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan...</source>
        <translation>&amp;Restore from a backup...</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <source>Kunci &amp;layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Jejak audit...</source>
        <translation>&amp;Audit trail...</translation>
    </message>
    <message>
        <source>Kelola &amp;pengguna...</source>
        <translation>Manage &amp;users...</translation>
    </message>
    <message>
        <source>Pengaturan &amp;keamanan...</source>
        <translation>&amp;Security settings...</translation>
    </message>
    <message>
        <source>Periksa ke&amp;sehatan basis data</source>
        <translation>Check the database&apos;s &amp;health</translation>
    </message>
    <message>
        <source>Membuat cadangan sebelum keluar...</source>
        <translation>Making a backup before closing...</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pencadangan dibatalkan; tidak ada cadangan yang ditulis.</source>
        <translation>Backup cancelled; no backup was written.</translation>
    </message>
    <message>
        <source>Cadangan disimpan: {0}</source>
        <translation>Backup saved: {0}</translation>
    </message>
    <message>
        <source> (tidak dicatat di jejak audit: hanya baca)</source>
        <translation> (not recorded in the audit trail: read-only)</translation>
    </message>
    <message>
        <source>. Sisa cadangan yang dulu terhenti dihapus: {0}</source>
        <translation>. Leftovers of an earlier interrupted backup removed: {0}</translation>
    </message>
    <message>
        <source>Membuat cadangan...</source>
        <translation>Making a backup...</translation>
    </message>
    <message>
        <source>Simpan salinan basis data</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>Basis data Kalbar Desktop (*.db)</source>
        <translation>Kalbar Desktop database (*.db)</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang sehat di {0}. Pilih berkas cadangan lain.</source>
        <translation>There is no healthy backup in {0}. Choose another backup file.</translation>
    </message>
    <message>
        <source>Berkas {0} tidak bisa dipakai untuk pemulihan; basis data tidak diubah.

{1}</source>
        <translation>The file {0} cannot be used for a restore; the database was not changed.

{1}</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari {0}. Salinan basis data sebelumnya: {1}</source>
        <translation>Database restored from {0}. Copy of the previous database: {1}</translation>
    </message>
    <message>
        <source>Memulihkan basis data...</source>
        <translation>Restoring the database...</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Memeriksa basis data (bisa beberapa menit untuk data besar)...</source>
        <translation>Checking the database (can take some minutes for large data)...</translation>
    </message>
    <message>
        <source>Memeriksa basis data...</source>
        <translation>Checking the database...</translation>
    </message>
</context>
<context>
    <name>PenjagaTerputus</name>
    <message>
        <source>Pilih Coba lagi setelah flashdisk dipasang kembali (atau berkasnya dikembalikan), buka basis data lain, atau keluar.</source>
        <translation>Choose Try again once the USB stick is plugged in again (or the file is back), open another database, or exit.</translation>
    </message>
    <message>
        <source>Isian di formulir yang terbuka tidak hilang: biarkan jendela ini terbuka, pasang lagi flashdisk-nya, pilih Coba lagi, lalu simpan sekali lagi. Membuka basis data lain atau keluar membuang isian yang belum tersimpan.</source>
        <translation>What you entered in the open form is not lost: leave this window open, plug the USB stick in again, choose Try again, then save once more. Opening another database or exiting discards the unsaved entries.</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Begitu basis data yang sama kembali, aplikasi menyambung sendiri dalam beberapa detik.</source>
        <translation>As soon as the same database is back, the application reconnects on its own within a few seconds.</translation>
    </message>
    <message>
        <source>Aplikasi tidak melanjutkan ke berkas itu tanpa bertanya. Pasang flashdisk yang benar (aplikasi menyambung sendiri begitu basis data yang tadi kembali), buka basis data lain, atau pilih Pakai berkas ini bila memang berkas itu yang mau dipakai (misalnya cadangan yang sengaja dipulihkan): isian formulir yang belum tersimpan lalu disimpan ke sana.</source>
        <translation>The application does not carry on with that file without asking. Plug in the right USB stick (the application reconnects on its own as soon as the database from before is back), open another database, or choose Use this file if that file is really the one to use (for example a backup restored on purpose): unsaved entries in the form are then saved there.</translation>
    </message>
    <message>
        <source>Jendela ini hanya membaca basis data, jadi tidak ada yang hilang di sini. Pilih Pakai berkas ini untuk membaca berkas yang ada sekarang, buka basis data lain, atau keluar. Program yang menulis ke basis data ini mengenali penggantian itu sendiri saat menulis lagi.</source>
        <translation>This window only reads the database, so nothing is lost here. Choose Use this file to read the file that is there now, open another database, or quit. The program that writes to this database notices the replacement itself when it writes again.</translation>
    </message>
    <message>
        <source>&amp;Pakai berkas ini</source>
        <translation>&amp;Use this file</translation>
    </message>
    <message>
        <source>&amp;Buka basis data lain...</source>
        <translation>&amp;Open another database...</translation>
    </message>
    <message>
        <source>Basis data ba&amp;waan</source>
        <translation>&amp;Default database</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Daftar keluarga tidak bisa ditampilkan</source>
        <translation>The list of families cannot be shown</translation>
    </message>
    <message>
        <source>Daftar keluarga kembali setelah berkas basis data bisa dibaca lagi: pasang flashdisk-nya (atau kembalikan berkasnya), lalu pilih &lt;b&gt;Coba lagi&lt;/b&gt; di kotak pesan atau dengan tombol di bawah ini.</source>
        <translation>The list of families comes back once the database file can be read again: plug in the USB stick (or put the file back), then choose &lt;b&gt;Try again&lt;/b&gt; in the message box or with the button below.</translation>
    </message>
    <message>
        <source>Basis data bisa dibaca lagi dan tersambung otomatis.</source>
        <translation>The database can be read again and was reconnected automatically.</translation>
    </message>
    <message>
        <source>Basis data bisa dibaca lagi.</source>
        <translation>The database can be read again.</translation>
    </message>
    <message>
        <source>Isian formulir yang belum tersimpan masih ada: simpan sekarang (Ctrl+S).</source>
        <translation>The form&apos;s unsaved entries are still there: save them now (Ctrl+S).</translation>
    </message>
    <message>
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Basis data Kalbar Desktop (*.db);;Semua berkas (*)</source>
        <translation>Kalbar Desktop database (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Peran</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>Persetujuan</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Sent back</translation>
    </message>
</context>
<context>
    <name>PulihkanDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Pemulihan mengganti &lt;b&gt;seluruh isi&lt;/b&gt; basis data {0} dengan isi cadangan yang dipilih. Cadangan diperiksa lebih dulu, dan basis data sekarang disalin ke folder cadangan sebelum diganti, jadi tidak ada yang hilang.</source>
        <translation>A restore replaces &lt;b&gt;the whole content&lt;/b&gt; of the database {0} with the content of the chosen backup. The backup is checked first, and the current database is copied to the backup folder before it is replaced, so nothing is lost.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Belum ada cadangan di {0}.</source>
        <translation>No backups in {0} yet.</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas lain...</source>
        <translation>Choose another &amp;file...</translation>
    </message>
    <message>
        <source>&amp;Pulihkan...</source>
        <translation>&amp;Restore...</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Basis data Kalbar Desktop (*.db);;Semua berkas (*)</source>
        <translation>Kalbar Desktop database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Ganti seluruh isi basis data {0} dengan cadangan {1}?</source>
        <translation>Replace the whole content of the database {0} with the backup {1}?</translation>
    </message>
    <message>
        <source>Ya, pulihkan</source>
        <translation>Yes, restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegionTree</name>
    <message>
        <source>{0} dari {1} keluarga sudah diverifikasi</source>
        <translation>{0} of {1} {1:family|families} verified</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>Fam.</translation>
    </message>
    <message>
        <source>Verif.</source>
        <translation>Verif.</translation>
    </message>
    <message>
        <source>Jumlah keluarga</source>
        <translation>Number of families</translation>
    </message>
    <message>
        <source>Bagian keluarga yang sudah diverifikasi</source>
        <translation>Share of the families already verified</translation>
    </message>
    <message>
        <source>Wilayah kerja Anda</source>
        <translation>Your work area</translation>
    </message>
    <message>
        <source>Semua wilayah</source>
        <translation>All regions</translation>
    </message>
</context>
<context>
    <name>Setelan</name>
    <message>
        <source>Kunci layar setelah tidak ada aktivitas (menit; 0 = tidak pernah)</source>
        <translation>Lock the screen after no activity for (minutes; 0 = never)</translation>
    </message>
    <message>
        <source>Jumlah cadangan otomatis yang disimpan</source>
        <translation>Number of automatic backups kept</translation>
    </message>
</context>
<context>
    <name>SetujuiSemua</name>
    <message>
        <source>diajukan oleh Anda sendiri (pekerjaan sendiri tidak boleh disetujui sendiri)</source>
        <translation>submitted by yourself (nobody approves their own work)</translation>
    </message>
    <message>
        <source>datanya diisi atau dikoreksi oleh Anda sendiri (pekerjaan sendiri tidak boleh disetujui sendiri)</source>
        <translation>its data entered or corrected by yourself (nobody approves their own work)</translation>
    </message>
    <message>
        <source>di luar wilayah kerja Anda</source>
        <translation>outside your working area</translation>
    </message>
    <message>
        <source>tidak lagi berstatus Diajukan (diubah pengguna lain setelah konfirmasi)</source>
        <translation>no longer submitted (changed by another user after the confirmation)</translation>
    </message>
    <message>
        <source>tidak berstatus Diajukan (hanya keluarga yang diajukan yang bisa disetujui atau dikembalikan)</source>
        <translation>not submitted (only submitted families can be approved or sent back)</translation>
    </message>
    <message>
        <source>ID Keluarga tidak ada di basis data ini</source>
        <translation>ID Keluarga not in this database</translation>
    </message>
    <message>
        <source>seluruh basis data</source>
        <translation>the whole database</translation>
    </message>
    <message>
        <source>Menghitung keluarga berstatus Diajukan di {0}...</source>
        <translation>Counting families with status Submitted in {0}...</translation>
    </message>
    <message>
        <source>Menyetujui...</source>
        <translation>Approving...</translation>
    </message>
    <message>
        <source>Setujui semua dihentikan: berkas basis data tidak bisa dibaca lagi; tidak ada keluarga yang disetujui.</source>
        <translation>Approve all stopped: the database file cannot be read any more; no family was approved.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} keluarga di {1} disetujui.</source>
        <translation>{0} {0:family|families} in {1} approved.</translation>
    </message>
    <message>
        <source>{0} keluarga Diajukan dilewati (tetap Diajukan):</source>
        <translation>{0} submitted {0:family|families} skipped ({0:it stays|they stay} submitted):</translation>
    </message>
    <message>
        <source>... dan {0} keluarga lainnya (semuanya tetap Diajukan: saring Persetujuan = Diajukan untuk melihatnya)</source>
        <translation>... and {0} more {0:family|families} (all stay submitted: filter Approval = Submitted to see them)</translation>
    </message>
    <message>
        <source>Setujui semua dibatalkan; tidak ada keluarga yang disetujui.</source>
        <translation>Approve all cancelled; no family was approved.</translation>
    </message>
</context>
<context>
    <name>StatusAnggota</name>
    <message>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah/keluar</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Menikah keluar</source>
        <translation>Married out</translation>
    </message>
    <message>
        <source>Anggota baru</source>
        <translation>New member</translation>
    </message>
</context>
<context>
    <name>StatusVerifikasi</name>
    <message>
        <source>Belum diverifikasi</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Ditemukan</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Meninggal (seluruh anggota)</source>
        <translation>Deceased (all members)</translation>
    </message>
    <message>
        <source>Ganda</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Usulan baru</source>
        <translation>New proposal</translation>
    </message>
</context>
<context>
    <name>TabelAudit</name>
    <message>
        <source>Data P3KE keluarga</source>
        <translation>Family P3KE data</translation>
    </message>
    <message>
        <source>Anggota keluarga</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Verifikasi keluarga</source>
        <translation>Family verification</translation>
    </message>
    <message>
        <source>Verifikasi anggota</source>
        <translation>Member verification</translation>
    </message>
    <message>
        <source>Akun pengguna</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Temuan</name>
    <message>
        <source>NIK tidak sah</source>
        <translation>Invalid NIK</translation>
    </message>
    <message>
        <source>NIK rusak oleh Excel</source>
        <translation>NIK damaged by Excel</translation>
    </message>
    <message>
        <source>NIK ganda</source>
        <translation>Duplicate NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir beda NIK</source>
        <translation>Date of birth differs from NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin beda NIK</source>
        <translation>Sex differs from NIK</translation>
    </message>
    <message>
        <source>NIK kosong</source>
        <translation>Empty NIK</translation>
    </message>
    <message>
        <source>Tanpa kepala keluarga</source>
        <translation>No head of family</translation>
    </message>
    <message>
        <source>Kepala keluarga ganda</source>
        <translation>More than one head of family</translation>
    </message>
    <message>
        <source>Wilayah tidak dikenal</source>
        <translation>Unknown region</translation>
    </message>
    <message>
        <source>Kode isian tidak dikenal</source>
        <translation>Unknown code value</translation>
    </message>
    <message>
        <source>Tanggal tidak sah</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <source>No KK tidak sah</source>
        <translation>Invalid KK number</translation>
    </message>
    <message>
        <source>ID rusak oleh Excel</source>
        <translation>ID damaged by Excel</translation>
    </message>
    <message>
        <source>ID Individu kosong</source>
        <translation>Person ID empty</translation>
    </message>
    <message>
        <source>No KK kosong</source>
        <translation>No KK empty</translation>
    </message>
    <message>
        <source>NIK kepala berbeda</source>
        <translation>Head&apos;s NIK differs</translation>
    </message>
    <message>
        <source>Sel galat Excel</source>
        <translation>Excel error cell</translation>
    </message>
    <message>
        <source>Nama kosong</source>
        <translation>Empty name</translation>
    </message>
    <message>
        <source>NIK tidak 16 digit angka, atau bagiannya tidak mungkin (kode provinsi, tanggal, nomor urut 0000).</source>
        <translation>The NIK is not 16 digits, or a part of it is impossible (province code, date, serial number 0000).</translation>
    </message>
    <message>
        <source>NIK tersimpan sebagai angka atau notasi ilmiah oleh Excel; digit terakhir bisa sudah hilang. Cek ke Dukcapil.</source>
        <translation>Excel stored the NIK as a number or in scientific notation; its last digits may be lost. Check with the civil registry (Dukcapil).</translation>
    </message>
    <message>
        <source>NIK yang sama dipakai lebih dari satu orang.</source>
        <translation>The same NIK is used by more than one person.</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK berbeda dengan kolom Tanggal Lahir.</source>
        <translation>The date of birth in the NIK differs from the Tanggal Lahir (date of birth) column.</translation>
    </message>
    <message>
        <source>Jenis kelamin menurut NIK (tanggal +40 untuk perempuan) berbeda dengan kolom Jenis Kelamin.</source>
        <translation>The sex given by the NIK (day +40 for women) differs from the Jenis Kelamin (sex) column.</translation>
    </message>
    <message>
        <source>NIK kosong, atau tertulis sebagai tanda kosong (-, NULL, 0, KOSONG, TIDAK ADA, N/A).</source>
        <translation>NIK empty, or written in an import file as a placeholder for none (-, NULL, 0, N/A and the like).</translation>
    </message>
    <message>
        <source>ID Keluarga atau ID Individu tersimpan sebagai angka oleh Excel; nol di depannya bisa sudah hilang. Ubah sel menjadi Teks di berkas sumber. Teks berakhiran .0 (0061720001.0): .0 dibuang, nol di depannya utuh.</source>
        <translation>Excel stored the family ID or person ID as a number; its leading zeros may be lost. Format the cells as Text in the source file. Text ending in .0 (0061720001.0): the .0 is dropped, the leading zeros are intact.</translation>
    </message>
    <message>
        <source>No KK di berkas sumber tertulis sebagai tanda kosong (-, NULL, 0, KOSONG, TIDAK ADA, N/A), atau selnya kosong di berkas yang punya kolom No KK. Minta No KK ke Dukcapil.</source>
        <translation>No KK written in the source file as a placeholder for none (-, NULL, 0, N/A and the like), or its cell empty in a file that has a No KK column. Ask Dukcapil for the No KK.</translation>
    </message>
    <message>
        <source>NIK Kepala Keluarga di berkas keluarga tidak sama dengan NIK anggota berhubungan Kepala Keluarga di berkas individu.</source>
        <translation>The NIK Kepala Keluarga in the family file is not the NIK of the member whose relationship is Kepala Keluarga in the individual file.</translation>
    </message>
    <message>
        <source>Sel di berkas sumber berisi galat Excel (#N/A, #REF!, #VALUE!, ...), biasanya rumus seperti VLOOKUP yang gagal: nilai aslinya tidak ada di berkas. Perbaiki rumusnya di Excel (atau minta berkas yang bersih), lalu impor lagi.</source>
        <translation>A cell of the source file holds an Excel error (#N/A, #REF!, #VALUE!, ...), usually a formula such as VLOOKUP that failed: the real value is not in the file. Fix the formula in Excel (or ask for a clean file), then import again.</translation>
    </message>
    <message>
        <source>Nama anggota atau kepala keluarga kosong, atau tertulis sebagai tanda kosong (-, NULL, 0, KOSONG, TIDAK ADA, N/A). Minta namanya ke Dukcapil.</source>
        <translation>A member&apos;s or a family head&apos;s name is empty, or written in an import file as a placeholder for none (-, NULL, 0, N/A and the like). Ask Dukcapil for the name.</translation>
    </message>
    <message>
        <source>Keluarga tanpa anggota berhubungan Kepala Keluarga.</source>
        <translation>A family without a member whose relationship is Kepala Keluarga (head of family).</translation>
    </message>
    <message>
        <source>Keluarga dengan lebih dari satu Kepala Keluarga.</source>
        <translation>A family with more than one Kepala Keluarga (head of family).</translation>
    </message>
    <message>
        <source>Kode Kemdagri tidak ada di referensi wilayah yang dimuat.</source>
        <translation>The Kemdagri region code is not in the loaded region reference.</translation>
    </message>
    <message>
        <source>Nilai di luar daftar kode P3KE; disimpan apa adanya.</source>
        <translation>A value outside the P3KE code list; kept as it is.</translation>
    </message>
    <message>
        <source>Tanggal tidak bisa dibaca atau tidak mungkin.</source>
        <translation>The date cannot be read or is impossible.</translation>
    </message>
    <message>
        <source>No KK tidak 16 digit angka atau bagiannya tidak mungkin.</source>
        <translation>The KK number is not 16 digits, or a part of it is impossible.</translation>
    </message>
    <message>
        <source>ID Individu kosong di berkas sumber; aplikasi memakai ID sementara sampai berkas berikutnya membawa ID aslinya.</source>
        <translation>The person ID is empty in the source file; the application uses a temporary ID until a later file brings the real one.</translation>
    </message>
</context>
<context>
    <name>TentangDialog</name>
    <message>
        <source>Tentang {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <source>Versi {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Verifikasi data P3KE secara luring untuk Dinas Sosial kabupaten/kota di Kalimantan Barat.</source>
        <translation>Offline verification of P3KE data for the regency/city social affairs offices (Dinas Sosial) of West Kalimantan.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kalbar Desktop: lisensi MIT.&lt;/p&gt;&lt;p&gt;Kode wilayah Kemendagri Kalimantan Barat (referensi wilayah): data dari proyek &lt;i&gt;cahyadsn/wilayah&lt;/i&gt;, lisensi MIT, Hak Cipta &amp;copy; 2017 Cahya DSN; berdasarkan Kepmendagri No. 300.2.2-2430 Tahun 2025. Catatan hak cipta ini disertakan bila data tersebut dibagikan ulang.&lt;/p&gt;&lt;p&gt;Qt dan Qt for Python (PySide6): LGPL versi 3. Komponen lain dan lisensinya tercantum dalam berkas LISENSI-PIHAK-KETIGA.txt di folder program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kalbar Desktop: MIT licence.&lt;/p&gt;&lt;p&gt;Kemendagri region codes of West Kalimantan (region reference): data from the project &lt;i&gt;cahyadsn/wilayah&lt;/i&gt;, MIT licence, Copyright &amp;copy; 2017 Cahya DSN; based on Kepmendagri No. 300.2.2-2430 of 2025. This copyright notice is included whenever the data is shared again.&lt;/p&gt;&lt;p&gt;Qt and Qt for Python (PySide6): LGPL version 3. The other components and their licences are listed in the file LISENSI-PIHAK-KETIGA.txt in the program folder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Salin informasi</source>
        <translation>C&amp;opy information</translation>
    </message>
    <message>
        <source>Salin versi dan lokasi berkas, untuk disampaikan kepada petugas dukungan</source>
        <translation>Copy the version and the file locations, to give to support</translation>
    </message>
    <message>
        <source>Buka folder &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>_DialogTugas</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada berkas atau data yang berubah.</source>
        <translation>Cancelled. No file and no data changed.</translation>
    </message>
    <message>
        <source>Dihentikan: berkas basis data {0} tidak bisa dibaca lagi (flashdisk dilepas, atau foldernya dipindah). Tidak ada berkas yang ditulis dan basis data tidak berubah. Pasang lagi flashdisk-nya, pilih Coba lagi, lalu ulangi; isian di sini tetap.</source>
        <translation>Stopped: database file {0} cannot be read any more (USB stick removed, or its folder moved). No file was written and the database is unchanged. Plug the USB stick in again, choose Try again, then try once more; the entries here stay.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Menyiapkan basis data demo...</source>
        <translation>Preparing the demo database...</translation>
    </message>
    <message>
        <source>Nama Anda (dicatat di jejak audit):</source>
        <translation>Your name (recorded in the audit trail):</translation>
    </message>
    <message>
        <source>Memperbarui struktur basis data {0} untuk versi aplikasi ini.
Ini dilakukan sekali saja dan bisa sekitar satu menit untuk 100.000 keluarga. Jangan matikan komputer.</source>
        <translation>Updating the structure of database {0} for this version of the application.
This is done only once and can take about a minute for 100,000 families. Do not switch off the computer.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan pembaruan...</source>
        <translation>Cancelling the update...</translation>
    </message>
    <message>
        <source>Pembaruan struktur basis data {0} dibatalkan; basis data tidak diubah. Aplikasi versi ini baru bisa memakainya setelah diperbarui.</source>
        <translation>The structure update of database {0} was cancelled; the database was not changed. This version of the application can use it only after the update.</translation>
    </message>
    <message>
        <source>Pembaruan struktur basis data {0} gagal ({1}); basis data tidak diubah.</source>
        <translation>The structure update of database {0} failed ({1}); the database was not changed.</translation>
    </message>
    <message>
        <source>{0} di komputer {1} (proses {2}, sejak {3})</source>
        <translation>{0} on the computer {1} (process {2}, since {3})</translation>
    </message>
    <message>
        <source>program lain</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Basis data {0} sedang dipakai untuk menulis oleh {1}. Tutup jendela Kalbar Desktop yang lain itu dulu, atau buka basis data ini hanya untuk dibaca.</source>
        <translation>The database {0} is being written to by {1}. Close that other Kalbar Desktop window first, or open this database for reading only.</translation>
    </message>
    <message>
        <source>Basis data {0} tidak ditutup dengan benar terakhir kali (jurnal perubahannya masih ada di sampingnya). Sebelum jurnal itu diterapkan, basis data disalin dulu ke folder cadangan agar tidak ada yang hilang.

Mohon tunggu; jangan matikan komputer. Batal menghentikan penyalinan tanpa mengubah apa pun (basis data ini lalu tidak dibuka).</source>
        <translation>Database {0} was not closed properly last time (its change journal is still beside it). Before that journal is applied, the database is first copied to the backup folder so that nothing is lost.

Please wait; do not switch the computer off. Cancel stops the copy without changing anything (this database is then not opened).</translation>
    </message>
    <message>
        <source>Penyalinan basis data {0} sebelum jurnal perubahannya diterapkan dibatalkan. Basis data {0} dan jurnalnya ({1}) tidak diubah, dan salinan yang setengah jadi sudah dihapus. Basis data ini baru dibuka setelah salinannya selesai dibuat: pilih Coba lagi bila bisa menunggu sampai selesai, buka basis data lain, atau keluar.</source>
        <translation>The copy of database {0} before its change journal is applied was cancelled. Database {0} and its journal ({1}) are unchanged, and the half-made copy was removed. This database opens only once its copy is complete: choose Try again when you can wait for it to finish, open another database, or exit.</translation>
    </message>
    <message>
        <source>Berkas basis data {0} atau foldernya hanya boleh dibaca (CD, folder bersama tanpa izin tulis, tanda Read-only), jadi tidak ada yang bisa disimpan. Untuk bekerja, salin basis data ke folder Anda sendiri lalu buka salinannya.</source>
        <translation>The database file {0} or its folder is read-only (a CD, a shared folder without write permission, the Read-only mark), so nothing can be saved. To work, copy the database to a folder of your own and open the copy.</translation>
    </message>
    <message>
        <source>Basis data ini gagal pemeriksaan kesehatan; aplikasi tidak akan menulis ke dalamnya agar kerusakan tidak bertambah. Pulihkan dari cadangan yang sehat.</source>
        <translation>This database failed the health check; the application will not write to it so that the damage does not grow. Restore it from a healthy backup.</translation>
    </message>
    <message>
        <source>Basis data tidak diubah. Pilih Coba lagi setelah flashdisk dipasang kembali, buka basis data lain (atau salinan cadangannya), atau keluar.</source>
        <translation>The database was not changed. Choose Try again once the USB stick is plugged in again, open another database (or a backup copy of it), or exit.</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Buka basis data lain...</source>
        <translation>&amp;Open another database...</translation>
    </message>
    <message>
        <source>Basis data ba&amp;waan</source>
        <translation>&amp;Default database</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Basis data Kalbar Desktop (*.db);;Semua berkas (*)</source>
        <translation>Kalbar Desktop database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang sehat di {0}.</source>
        <translation>There is no healthy backup in {0}.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan terbaru yang sehat ({0}, {1})? Basis data yang rusak disimpan sebagai salinan di folder cadangan.</source>
        <translation>Restore from the latest healthy backup ({0}, {1})? The damaged database is kept as a copy in the backup folder.</translation>
    </message>
</context>
<context>
    <name>dukungan</name>
    <message>
        <source>Folder log tidak bisa dibuka otomatis.</source>
        <translation>The log folder cannot be opened automatically.</translation>
    </message>
    <message>
        <source>Buka folder ini dengan pengelola berkas:
{0}</source>
        <translation>Open this folder with the file manager:
{0}</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Folder log</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Buka folder &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Buka folder berkas log aplikasi, untuk dikirim kepada petugas dukungan</source>
        <translation>Open the folder of the application&apos;s log files, to send them to support</translation>
    </message>
    <message>
        <source>&amp;Tentang {0}</source>
        <translation>&amp;About {0}</translation>
    </message>
</context>
<context>
    <name>keamanan</name>
    <message>
        <source>Memeriksa kesehatan basis data... Perubahan disimpan setelah pemeriksaan selesai (beberapa detik).</source>
        <translation>Checking the health of the database... Changes are saved once the check is done (a few seconds).</translation>
    </message>
    <message>
        <source>Pemeriksaan kesehatan basis data selesai: sehat.</source>
        <translation>Database health check done: healthy.</translation>
    </message>
</context>
<context>
    <name>pesan</name>
    <message>
        <source>Nama pengguna wajib diisi.</source>
        <translation>A user name is required.</translation>
    </message>
    <message>
        <source>Nama pengguna paling panjang 40 karakter.</source>
        <translation>A user name has at most 40 characters.</translation>
    </message>
    <message>
        <source>Nama pengguna tidak boleh berisi karakter kontrol atau tak terlihat.</source>
        <translation>A user name cannot contain control or invisible characters.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>A password has at least {n} characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>A password cannot start or end with a space.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu mudah ditebak; pilih yang lain.</source>
        <translation>The password is too easy to guess; choose another one.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh memuat nama pengguna.</source>
        <translation>A password cannot contain the user name.</translation>
    </message>
    <message>
        <source>{jumlah} baris ke {berkas}</source>
        <translation>{jumlah} {jumlah:row|rows} to {berkas}</translation>
    </message>
    <message>
        <source>laporan temuan (nama dan NIK)</source>
        <translation>findings report (names and NIKs)</translation>
    </message>
    <message>
        <source>{jumlah} baris jejak audit ({saringan}) ke {berkas}</source>
        <translation>{jumlah} audit trail {jumlah:row|rows} ({saringan}) to {berkas}</translation>
    </message>
    <message>
        <source>laporan temuan (nama, NIK disamarkan)</source>
        <translation>findings report (names, NIKs masked)</translation>
    </message>
    <message>
        <source>{berkas}: {jumlah} wilayah</source>
        <translation>{berkas}: {jumlah} {jumlah:region|regions}</translation>
    </message>
    <message>
        <source>Dipulihkan dari {sumber} (skema {versi}); salinan basis data sebelumnya: {salinan}</source>
        <translation>Restored from {sumber} (schema {versi}); copy of the previous database: {salinan}</translation>
    </message>
    <message>
        <source>Pembaruan struktur basis data (migrasi {nomor}): keluarga berstatus &apos;Belum diverifikasi&apos; tidak boleh punya kelayakan atau alasan; isian lama dikosongkan</source>
        <translation>Database structure update (migration {nomor}): a family &apos;Not verified&apos; may have no eligibility or reason; the old entry was emptied</translation>
    </message>
    <message>
        <source>Pembaruan struktur basis data (migrasi {nomor}): nilai dari versi lama dibaca dengan aturan kode sekarang: {jumlah} nilai 1/0 atau TRUE/FALSE di kolom Ya/Tidak menjadi Ya/Tidak ({keluarga} baris keluarga, {anggota} baris anggota), {n} Fasilitas BAB &apos;Lainnya&apos; yang di berkas tertulis &apos;Tidak Ada&apos; kini disimpan seperti tertulis, dan temuan keluarga yang berubah dihitung ulang</source>
        <translation>Database structure update (migration {nomor}): values of an older version read with today&apos;s code rules: {jumlah} values 1/0 or TRUE/FALSE in yes/no columns became yes/no ({keluarga} family rows, {anggota} member rows), {n} toilet facilities stored as &apos;other&apos; where the file said there was none are now stored as written, and the findings of the families changed were recomputed</translation>
    </message>
    <message>
        <source>Impor selesai (tata letak {tata_letak}): {keluarga} keluarga, {anggota} anggota. Keluarga baru {keluarga_baru}, berubah {keluarga_berubah}, tidak ada lagi di berkas {keluarga_hilang}; anggota baru {anggota_baru}, berubah {anggota_berubah}, tidak ada lagi {anggota_hilang}. Temuan kualitas data di seluruh basis data: {temuan}.</source>
        <translation>Import done (layout {tata_letak}): {keluarga} {keluarga:family|families}, {anggota} {anggota:member|members}. Families new {keluarga_baru}, changed {keluarga_berubah}, no longer in the files {keluarga_hilang}; members new {anggota_baru}, changed {anggota_berubah}, no longer there {anggota_hilang}. Data quality findings in the whole database: {temuan}.</translation>
    </message>
    <message>
        <source>Selain itu {jumlah} keluarga hanya berubah Dimuktakhirkan Tahun atau Persentil, yang bergeser di setiap rilis P3KE: tidak dihitung sebagai berubah, tetapi nilainya tetap diperbarui.</source>
        <translation>{jumlah} more {jumlah:family|families} changed only Dimuktakhirkan Tahun or Persentil, which move with every P3KE release: not counted as changed, but {jumlah:its|their} values are updated all the same.</translation>
    </message>
    <message>
        <source>Anggota yang hanya berubah usianya (Usia 2023, Kelompok Usia 2023 atau kolom Usia ... Tahun), yang bergeser di setiap rilis P3KE: {jumlah}; tidak dihitung sebagai berubah, tetapi nilainya tetap diperbarui.</source>
        <translation>Members whose only change is their age (Usia 2023, Kelompok Usia 2023 or the Usia ... Tahun columns), which moves with every P3KE release: {jumlah}; not counted as changed, but their values are updated all the same.</translation>
    </message>
    <message>
        <source>Berkas ini sudah pernah diimpor (SHA-256 sama); tidak ada yang diubah.</source>
        <translation>These files were imported before (same SHA-256); nothing was changed.</translation>
    </message>
    <message>
        <source> {jumlah} anggota yang dulu ID Individunya kosong kini memakai ID asli dari berkas (cocok lewat NIK atau nama dan tanggal lahir).</source>
        <translation> {jumlah} {jumlah:member|members} whose ID Individu was empty before now {jumlah:uses|use} the real ID from the file (matched by NIK or by name and date of birth).</translation>
    </message>
    <message>
        <source> {jumlah} desa/kelurahan hanya dikenal dari kodenya (berkas tidak memuat nama wilayah): impor referensi wilayah (menu Data &gt; Impor referensi wilayah, atau perintah import-wilayah) agar namanya tampil.</source>
        <translation> {jumlah} {jumlah:village is|villages are} known only by code (the files hold no region names): import the region reference (menu Data &gt; Import the region reference, or the command import-wilayah) to show the names.</translation>
    </message>
    <message>
        <source>{jumlah} desa tidak ada sama sekali di berkas ini, padahal desa lain di kecamatannya ada: {daftar_desa}.</source>
        <translation>{jumlah} {jumlah:village is|villages are} missing from these files altogether although other villages of {jumlah:its|their} kecamatan are in them: {daftar_desa}.</translation>
    </message>
    <message>
        <source>{desa} (Kec. {kecamatan}, {jumlah} keluarga)</source>
        <translation>{desa} (Kec. {kecamatan}, {jumlah} {jumlah:family|families})</translation>
    </message>
    <message>
        <source>dan {jumlah} desa lain</source>
        <translation>and {jumlah} more {jumlah:village|villages}</translation>
    </message>
    <message>
        <source>{jumlah} kecamatan lain di kabupaten ini ({keluarga} keluarga) tidak ada di berkas ini.</source>
        <translation>{jumlah} other kecamatan of this district ({keluarga} {keluarga:family|families}) {jumlah:is|are} not in these files.</translation>
    </message>
    <message>
        <source>Keluarga di desa yang tidak ada di berkas tidak diubah dan tidak ditandai &quot;tidak ada lagi&quot;, karena berkas bisa memuat sebagian wilayah saja; bila berkas ini seharusnya lengkap, periksa berkasnya.</source>
        <translation>Families of villages missing from the files were not changed and not marked &quot;no longer in the files&quot;, because a file may cover part of the area only; if these files should be complete, check them.</translation>
    </message>
    <message>
        <source>Lembar tersembunyi berisi data P3KE tidak diimpor: {daftar}; tampilkan lembar itu di Excel (klik kanan tab lembar &gt; Tampilkan) bila datanya memang harus diimpor.</source>
        <translation>Hidden sheets with P3KE data were not imported: {daftar}; show the sheet in Excel (right-click the sheet tab &gt; Unhide) if its data must be imported.</translation>
    </message>
    <message>
        <source>Lembar &apos;{lembar}&apos; di berkas {berkas} hanya berisi judul kolom tanpa baris data: yang diimpor data di lembar tersembunyi {sembunyi}.</source>
        <translation>Sheet &apos;{lembar}&apos; in file {berkas} holds only a header without data rows: the data in the hidden sheet {sembunyi} was imported.</translation>
    </message>
    <message>
        <source>Lembar &apos;{lembar}&apos; di berkas {berkas} hanya berisi judul kolom tanpa baris data dan tidak diimpor; yang diimpor lembar {isi}.</source>
        <translation>Sheet &apos;{lembar}&apos; in file {berkas} holds only a header without data rows and was not imported; sheet {isi} was imported.</translation>
    </message>
    <message>
        <source>{jumlah} keluarga ber-Kode Kemdagri yang bukan kode desa 10 digit (mis. {kode}, berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris}).</source>
        <translation>{jumlah} {jumlah:family has|families have} a Kode Kemdagri that is no 10-digit village code (e.g. {kode}, file {berkas}, sheet &apos;{lembar}&apos;, row {baris}).</translation>
    </message>
    <message>
        <source>Bila di Excel tampil dengan nol di depan ({kode_penuh}), selnya berisi angka dengan format angka: nol di depan hanya tampilan, tidak tersimpan.</source>
        <translation>If Excel shows it with leading zeros ({kode_penuh}), the cell holds a number with a number format: the leading zeros are only shown, not stored.</translation>
    </message>
    <message>
        <source>Perbaiki kodenya di berkas (kode desa Kalimantan Barat diawali 61).</source>
        <translation>Correct the code in the file (West Kalimantan village codes start with 61).</translation>
    </message>
    <message>
        <source>{jumlah} baris anggota menulis Kode Kemdagri yang berbeda dari keluarganya (mis. ID Individu {idi}, berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris}: {kode}, sedangkan keluarga {idk}: {kode_k}); yang dipakai kode keluarga (dari baris kepala keluarga). Periksa apakah ID Keluarga di baris itu benar.</source>
        <translation>{jumlah} member {jumlah:row gives|rows give} another Kode Kemdagri than {jumlah:its|their} family (e.g. ID Individu {idi}, file {berkas}, sheet &apos;{lembar}&apos;, row {baris}: {kode}, while family {idk} has {kode_k}); the family&apos;s code (from the head&apos;s row) was used. Check whether the ID Keluarga on that row is right.</translation>
    </message>
    <message>
        <source>{jumlah} keluarga dalam berkas ini sudah diimpor dari rilis P3KE {terbaru}, lebih baru daripada berkas ini (rilis {rilis}): nilai sumber mereka kini kembali ke rilis lama; hasil verifikasi tidak berubah. Bila keliru, impor lagi berkas rilis yang lebih baru.</source>
        <translation>{jumlah} families in this file were already imported from P3KE release {terbaru}, newer than this file (release {rilis}): their source values now go back to the older release; verification results are unchanged. If this was a mistake, import the newer release&apos;s file again.</translation>
    </message>
    <message>
        <source>{jumlah} sel berisi rumus yang belum dihitung di luar data P3KE (berkas {berkas}, lembar &apos;{lembar}&apos;, sel {letak}) tidak dibaca.</source>
        <translation>{jumlah} {jumlah:cell|cells} with formulas never calculated outside the P3KE data (file {berkas}, sheet &apos;{lembar}&apos;, {jumlah:cell|cells} {letak}) {jumlah:was|were} not read.</translation>
    </message>
    <message>
        <source>{jumlah} sel berisi galat Excel seperti #N/A (berkas {berkas}, lembar &apos;{lembar}&apos;, sel {letak}): nilai aslinya tidak ada di berkas; perbaiki rumusnya di Excel atau minta berkas yang bersih, lalu impor lagi.</source>
        <translation>{jumlah} {jumlah:cell holds|cells hold} an Excel error such as #N/A (file {berkas}, sheet &apos;{lembar}&apos;, {jumlah:cell|cells} {letak}): {jumlah:its real value is|their real values are} not in the file; fix the formulas in Excel or ask for a clean file, then import again.</translation>
    </message>
    <message>
        <source>Baris judul kolom yang berulang di tengah data dilewati (berkas {berkas}, lembar &apos;{lembar}&apos;, baris {letak}).</source>
        <translation>The header row repeated within the data was skipped (file {berkas}, sheet &apos;{lembar}&apos;, rows {letak}).</translation>
    </message>
    <message>
        <source>Baris jumlah/total dilewati (berkas {berkas}, lembar &apos;{lembar}&apos;, baris {letak}).</source>
        <translation>Totals rows were skipped (file {berkas}, sheet &apos;{lembar}&apos;, rows {letak}).</translation>
    </message>
    <message>
        <source>Baris catatan tanpa data P3KE dilewati (berkas {berkas}, lembar &apos;{lembar}&apos;, baris {letak}).</source>
        <translation>Note rows without P3KE data were skipped (file {berkas}, sheet &apos;{lembar}&apos;, rows {letak}).</translation>
    </message>
    <message>
        <source>{ringkasan} Berkas: {berkas}</source>
        <translation>{ringkasan} Files: {berkas}</translation>
    </message>
    <message>
        <source>ID Individu sementara (sel kosong di berkas sebelumnya) diganti dengan ID asli dari berkas ini</source>
        <translation>Temporary ID Individu (an empty cell in an earlier file) replaced by the real ID from this file</translation>
    </message>
    <message>
        <source>jendela masuk</source>
        <translation>sign-in window</translation>
    </message>
    <message>
        <source>buka kunci layar</source>
        <translation>unlocking the screen</translation>
    </message>
    <message>
        <source>akun admin pertama dibuat</source>
        <translation>first admin account created</translation>
    </message>
    <message>
        <source>ganti kata sandi</source>
        <translation>change of password</translation>
    </message>
    <message>
        <source>konsol: {perintah}</source>
        <translation>console: {perintah}</translation>
    </message>
    <message>
        <source>akun nonaktif</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>nama tidak dikenal (tidak mirip nama akun mana pun)</source>
        <translation>unknown name (like no account name)</translation>
    </message>
    <message>
        <source>nama tidak dikenal, mirip akun &apos;{akun}&apos; ({panjang} karakter)</source>
        <translation>unknown name, close to account &apos;{akun}&apos; ({panjang} {panjang:character|characters})</translation>
    </message>
    <message>
        <source>nama tidak dikenal</source>
        <translation>unknown name</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>verifikator</source>
        <translation>verifier</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>peran {peran}</source>
        <translation>role {peran}</translation>
    </message>
    <message>
        <source>{alasan}: {berkas}</source>
        <translation>{alasan}: {berkas}</translation>
    </message>
    <message>
        <source>dipakai nilai basis data (basis data {asal})</source>
        <translation>database value used (database: {asal})</translation>
    </message>
    <message>
        <source>penanda workbook {penanda}</source>
        <translation>workbook marker {penanda}</translation>
    </message>
    <message>
        <source>tanpa ID di workbook (lembar {lembar} baris {baris})</source>
        <translation>no ID in the workbook (sheet {lembar} row {baris})</translation>
    </message>
    <message>
        <source>Impor ulang workbook {berkas}</source>
        <translation>Re-import of workbook {berkas}</translation>
    </message>
    <message>
        <source>Impor ulang workbook</source>
        <translation>Re-import of a workbook</translation>
    </message>
    <message>
        <source>Setujui semua: {cakupan}</source>
        <translation>Approve all: {cakupan}</translation>
    </message>
    <message>
        <source>Setujui lewat konsol: {tempat}</source>
        <translation>Approved on the console: {tempat}</translation>
    </message>
    <message>
        <source>seluruh wilayah kerja</source>
        <translation>all the account&apos;s regions</translation>
    </message>
    <message>
        <source>Laporan temuan kualitas data untuk diperbaiki bersama Dukcapil</source>
        <translation>Data quality findings report, to be corrected with Dukcapil</translation>
    </message>
    <message>
        <source>Ekspor daftar nama lewat baris perintah tanpa --alasan</source>
        <translation>Export of the name list on the console without --alasan</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Hanya yang disetujui</source>
        <translation>Approved only</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>Full NIK</translation>
    </message>
    <message>
        <source>Terenkripsi</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 data</source>
        <translation>Data SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 berkas</source>
        <translation>File SHA-256</translation>
    </message>
    <message>
        <source>Penanda jejak</source>
        <translation>Audit trail mark</translation>
    </message>
    <message>
        <source>Penanda yang dikenal</source>
        <translation>Known marks</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Keluarga diterapkan</source>
        <translation>Families applied</translation>
    </message>
    <message>
        <source>Baris bermasalah</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>Tidak berwenang</source>
        <translation>Not authorised</translation>
    </message>
    <message>
        <source>Isian diubah</source>
        <translation>Entries changed</translation>
    </message>
    <message>
        <source>Anggota baru</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Konflik diputuskan</source>
        <translation>Conflicts decided</translation>
    </message>
    <message>
        <source>Menunggu keputusan</source>
        <translation>Awaiting a decision</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>semua baris</source>
        <translation>all rows</translation>
    </message>
    <message>
        <source>peran {peran}, wilayah {wilayah}</source>
        <translation>role {peran}, regions {wilayah}</translation>
    </message>
    <message>
        <source>dipakai nilai workbook (basis data {asal})</source>
        <translation>workbook value used (database: {asal})</translation>
    </message>
    <message>
        <source>ID di workbook {id_workbook} (lembar {lembar} baris {baris})</source>
        <translation>ID {id_workbook} in the workbook (sheet {lembar} row {baris})</translation>
    </message>
    <message>
        <source>keluarga yang disebut</source>
        <translation>the families named</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>pengguna {nama}</source>
        <translation>user {nama}</translation>
    </message>
    <message>
        <source>tindakan {aksi}</source>
        <translation>action {aksi}</translation>
    </message>
    <message>
        <source>keluarga {id}</source>
        <translation>family {id}</translation>
    </message>
    <message>
        <source>dari {tanggal}</source>
        <translation>from {tanggal}</translation>
    </message>
    <message>
        <source>sampai {tanggal}</source>
        <translation>until {tanggal}</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{nama} tertulis dalam notasi ilmiah ({nilai}); angka terakhirnya sudah hilang karena Excel</source>
        <translation>{nama} is written in scientific notation ({nilai}); Excel has already lost its last digits</translation>
    </message>
    <message>
        <source>{nama} kosong</source>
        <translation>{nama} is empty</translation>
    </message>
    <message>
        <source>{nama} mengandung karakter selain angka: {teks!r}</source>
        <translation>{nama} contains characters other than digits: {teks!r}</translation>
    </message>
    <message>
        <source>{nama} harus 16 digit, tertulis {n} digit</source>
        <translation>{nama} must have 16 digits, {n} digits are written</translation>
    </message>
    <message>
        <source>Kode provinsi NIK tidak dikenal: {kode}</source>
        <translation>Unknown province code in the NIK: {kode}</translation>
    </message>
    <message>
        <source>Bagian tanggal lahir NIK tidak mungkin: {tanggal}</source>
        <translation>The birth date part of the NIK is impossible: {tanggal}</translation>
    </message>
    <message>
        <source>Nomor urut NIK tidak boleh 0000</source>
        <translation>The serial number of a NIK cannot be 0000</translation>
    </message>
    <message>
        <source>Kode provinsi No KK tidak dikenal: {kode}</source>
        <translation>Unknown province code in the No KK: {kode}</translation>
    </message>
    <message>
        <source>Bagian tanggal No KK tidak mungkin: {tanggal}</source>
        <translation>The date part of the No KK is impossible: {tanggal}</translation>
    </message>
    <message>
        <source>Nomor urut No KK tidak boleh 0000</source>
        <translation>The serial number of a No KK cannot be 0000</translation>
    </message>
    <message>
        <source>Nilai {nilai!r} tidak dikenal; pilihan: {pilihan}</source>
        <translation>Value {nilai!r} not recognised; accepted values (in Indonesian, as the workbook expects them): {pilihan}</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Tanggal komputer ini ({hari_ini:%d-%m-%Y}) lebih awal dari data P3KE keluarga ini (dimutakhirkan {tahun}): tanggal/jam komputer salah. Betulkan dulu tanggal komputer (Pengaturan Windows &gt; Waktu), lalu simpan lagi; jejak audit mencatat waktu dari komputer.</source>
        <translation>This computer&apos;s date ({hari_ini:%d-%m-%Y}) is earlier than this family&apos;s P3KE data (updated {tahun}): the computer&apos;s date/time is wrong. Correct the computer&apos;s date first (Windows Settings &gt; Time), then save again; the audit trail records the time from the computer.</translation>
    </message>
    <message>
        <source>Desa tujuan pindah harus kode desa/kelurahan 10 digit ({kode})</source>
        <translation>The village moved to must be a 10-digit village code ({kode})</translation>
    </message>
    <message>
        <source>Kelayakan hanya diisi bila keluarga sudah diverifikasi: pilih status verifikasinya, atau kosongkan Kelayakan</source>
        <translation>Eligibility is only filled in once the family is verified: choose its verification status, or empty Eligibility</translation>
    </message>
    <message>
        <source>Alasan hanya diisi bila keluarga tidak layak</source>
        <translation>A reason is only given when the family is not eligible</translation>
    </message>
    <message>
        <source>ID Keluarga ganda tidak boleh sama dengan keluarga ini</source>
        <translation>The duplicate&apos;s family ID cannot be this family&apos;s own</translation>
    </message>
    <message>
        <source>{aksi} tidak bisa dilakukan pada keluarga berstatus {status}</source>
        <translation>{aksi} is not possible for a family whose approval is {status}</translation>
    </message>
    <message>
        <source>{aksi}: catatan/alasan wajib diisi</source>
        <translation>{aksi}: a note/reason is required</translation>
    </message>
    <message>
        <source>{isian} wajib diisi untuk status ini</source>
        <translation>{isian} is required for this status</translation>
    </message>
    <message>
        <source>Pindah ke: pilih desa di kabupaten ini, atau tulis tujuan di luar kabupaten; tidak keduanya</source>
        <translation>Moved to: choose a village in this district, or write a destination outside the district; not both</translation>
    </message>
    <message>
        <source>Keluarga yang belum diverifikasi tidak bisa diajukan</source>
        <translation>A family that is not verified yet cannot be submitted</translation>
    </message>
    <message>
        <source>{isian} bukan tanggal yang sah: {nilai}</source>
        <translation>{isian} is not a valid date: {nilai}</translation>
    </message>
    <message>
        <source>{isian} tidak dikenal: {nilai}</source>
        <translation>{isian} not recognised: {nilai}</translation>
    </message>
    <message>
        <source>{isian} {tanggal:%d-%m-%Y} tidak boleh di masa depan (hari ini menurut komputer: {hari_ini:%d-%m-%Y}; bila tanggal komputer salah, betulkan dulu)</source>
        <translation>{isian} {tanggal:%d-%m-%Y} cannot be in the future (today according to the computer: {hari_ini:%d-%m-%Y}; if the computer&apos;s date is wrong, correct it first)</translation>
    </message>
    <message>
        <source>{isian} {tanggal:%d-%m-%Y} lebih awal dari data P3KE yang diverifikasi (dimutakhirkan {tahun}); periksa tahunnya</source>
        <translation>{isian} {tanggal:%d-%m-%Y} is earlier than the P3KE data being verified (updated {tahun}); check the year</translation>
    </message>
    <message>
        <source>NIK kosong</source>
        <translation>NIK is empty</translation>
    </message>
    <message>
        <source>tidak ada nama di berkas sumber</source>
        <translation>no name in the source file</translation>
    </message>
    <message>
        <source>NIK Kepala Keluarga di baris keluarga (tidak sama dengan NIK anggota mana pun): </source>
        <translation>NIK Kepala Keluarga on the family row (not the NIK of any member): </translation>
    </message>
    <message>
        <source>No KK kosong (berkas sumber punya kolom No KK, sel keluarga ini kosong); minta No KK keluarga ini ke Dukcapil atau lihat kartu KK saat kunjungan</source>
        <translation>No KK empty (the source file has a No KK column, this family&apos;s cell is empty); ask Dukcapil for this family&apos;s No KK or look at the family card (KK) during the visit</translation>
    </message>
    <message>
        <source>Keluarga tanpa satu pun anggota: berkas Individu yang diimpor bersamanya tidak memuat keluarga ini, juga tidak kepala keluarganya</source>
        <translation>Family without a single member: the Individu file imported with it holds none of this family, not even its head</translation>
    </message>
    <message>
        <source>Keluarga tanpa satu pun anggota: berkas Individu untuk desanya, diimpor pada hari keluarga ini pertama masuk atau sesudahnya, tidak memuat keluarga ini, juga tidak kepala keluarganya</source>
        <translation>Family without a single member: the Individu file for its village, imported on the day this family first arrived or later, holds none of this family, not even its head</translation>
    </message>
    <message>
        <source>. Jadikan sel Teks di berkas sumber</source>
        <translation>. Make the cell Text in the source file</translation>
    </message>
    <message>
        <source>tertulis {nilai!r} di berkas sumber, bukan nama</source>
        <translation>written as {nilai!r} in the source file, not a name</translation>
    </message>
    <message>
        <source>{pemegang} (meninggal)</source>
        <translation>{pemegang} (died)</translation>
    </message>
    <message>
        <source>{label} tertulis dalam notasi ilmiah ({nilai}) oleh Excel; angkanya hilang</source>
        <translation>{label} was written in scientific notation ({nilai}) by Excel; its digits are lost</translation>
    </message>
    <message>
        <source>{label} {nilai} tersimpan sebagai angka oleh Excel; nol di depannya bisa hilang</source>
        <translation>{label} {nilai} was stored as a number by Excel; its leading zeros may be lost</translation>
    </message>
    <message>
        <source> ({label} {serupa} sudah ada di basis data: mungkin keluarga yang sama; ID tidak diubah)</source>
        <translation> ({label} {serupa} is already in the database: perhaps the same family; the ID was not changed)</translation>
    </message>
    <message>
        <source>NIK Kepala Keluarga di berkas keluarga ({nik}) tidak sama dengan NIK kepala di berkas individu ({nik_anggota})</source>
        <translation>NIK Kepala Keluarga in the family file ({nik}) is not the head&apos;s NIK in the individual file ({nik_anggota})</translation>
    </message>
    <message>
        <source>{label} tertulis {nilai}.0 (teks dari angka yang diubah program lain); nol di depannya utuh, hanya .0 yang dibuang: {nilai}. Periksa kolom ini di berkas sumber</source>
        <translation>{label} written as {nilai}.0 (text of a number converted by another program); the leading zeros are intact, only the .0 was dropped: {nilai}. Check this column in the source file</translation>
    </message>
    <message>
        <source> ({label} {serupa} sudah ada di basis data: mungkin orang yang sama; ID tidak diubah)</source>
        <translation> ({label} {serupa} is already in the database: perhaps the same person; the ID was not changed)</translation>
    </message>
    <message>
        <source>NIK kosong (tertulis {nilai!r} di berkas sumber)</source>
        <translation>NIK empty (written as {nilai!r} in the source file)</translation>
    </message>
    <message>
        <source>NIK tertulis dalam notasi ilmiah ({nilai}); angka aslinya sudah hilang</source>
        <translation>NIK written in scientific notation ({nilai}); its original digits are lost</translation>
    </message>
    <message>
        <source>NIK {nilai} tersimpan sebagai angka oleh Excel; digit terakhir mungkin sudah berubah</source>
        <translation>NIK {nilai} was stored as a number by Excel; its last digits may have changed</translation>
    </message>
    <message>
        <source>Kode Kemdagri {kode} tidak ada di referensi wilayah</source>
        <translation>Kode Kemdagri {kode} is not in the region reference</translation>
    </message>
    <message>
        <source>No KK kosong (tertulis {nilai!r}); minta No KK keluarga ini ke Dukcapil atau lihat kartu KK saat kunjungan</source>
        <translation>No KK empty (written as {nilai!r}); ask Dukcapil for this family&apos;s No KK or look at the family card (KK) during the visit</translation>
    </message>
    <message>
        <source>Keluarga tidak punya anggota dengan hubungan Kepala Keluarga</source>
        <translation>The family has no member whose relationship is Kepala Keluarga (head of family)</translation>
    </message>
    <message>
        <source> (dugaan ID asli: {dugaan}; ID tidak diubah)</source>
        <translation> (probable original ID: {dugaan}; the ID was not changed)</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK ({nik:%d-%m-%y}) berbeda dengan Tanggal Lahir ({tanggal:%d-%m-%Y})</source>
        <translation>The birth date in the NIK ({nik:%d-%m-%y}) differs from Tanggal Lahir ({tanggal:%d-%m-%Y})</translation>
    </message>
    <message>
        <source>NIK menunjukkan {nik}, tertulis {tertulis}</source>
        <translation>The NIK says {nik}, the file says {tertulis}</translation>
    </message>
    <message>
        <source>ID Individu kosong di berkas sumber; sementara memakai {id}. Bila berkas berikutnya membawa ID aslinya, anggota ini dicocokkan lewat NIK atau nama dan tanggal lahir</source>
        <translation>ID Individu is empty in the source file; {id} is used for now. When a later file brings the real ID, this member is matched by NIK or by name and date of birth</translation>
    </message>
    <message>
        <source>Keluarga punya {n} Kepala Keluarga</source>
        <translation>The family has {n} members who are Kepala Keluarga (head of family)</translation>
    </message>
    <message>
        <source>{kolom}: nilai {nilai!s} tidak ada di daftar kode</source>
        <translation>{kolom}: value {nilai!s} is not in the code list</translation>
    </message>
    <message>
        <source>NIK {nik} juga dipakai oleh {lain}</source>
        <translation>NIK {nik} is also used by {lain}</translation>
    </message>
    <message>
        <source>ID Individu tidak terbaca: sel berisi galat Excel {galat} di berkas sumber (rumus yang gagal, misalnya VLOOKUP); sementara memakai {id}. Bila berkas berikutnya membawa ID aslinya, anggota ini dicocokkan lewat NIK atau nama dan tanggal lahir</source>
        <translation>ID Individu could not be read: the cell holds the Excel error {galat} in the source file (a formula that failed, such as VLOOKUP); {id} is used for now. When a later file brings the real ID, this member is matched by NIK or by name and date of birth</translation>
    </message>
    <message>
        <source>{kolom}: sel berisi galat Excel {galat} di berkas sumber (rumus yang gagal, misalnya VLOOKUP), disimpan kosong; isi lewat formulir, atau perbaiki rumusnya di Excel lalu impor lagi</source>
        <translation>{kolom}: the cell holds the Excel error {galat} in the source file (a formula that failed, such as VLOOKUP), stored empty; fill it in through the form, or fix the formula in Excel and import again</translation>
    </message>
    <message>
        <source>NIK {nik} juga dipakai oleh {lain} dan {n} lainnya</source>
        <translation>NIK {nik} is also used by {lain} and {n} others</translation>
    </message>
    <message>
        <source>{kolom}: tanggal tidak valid: {nilai!s}</source>
        <translation>{kolom}: invalid date: {nilai!s}</translation>
    </message>
    <message>
        <source>{kolom}: nilai {nilai!s} bukan angka</source>
        <translation>{kolom}: value {nilai!s} is not a number</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>baris audit di antara #{sebelumnya} dan #{id} sekarang bernomor #{baru}: nomornya diubah di luar aplikasi, dan nomor #{dari} sampai #{sampai} tidak ada lagi</source>
        <translation>the audit row between #{sebelumnya} and #{id} now has number #{baru}: its number was changed outside the application, and numbers #{dari} to #{sampai} no longer exist</translation>
    </message>
    <message>
        <source>nomor baris audit melompat dari #{sebelumnya} ke #{id} padahal rantainya tersambung: nomor baris diubah di luar aplikasi, atau baris di antaranya dihapus dan rantainya dihitung ulang</source>
        <translation>audit row numbers jump from #{sebelumnya} to #{id} although the chain links: a row number was changed outside the application, or rows in between were removed and the chain computed again</translation>
    </message>
    <message>
        <source>baris audit #{asli} sekarang bernomor #{baru}: nomornya diubah di luar aplikasi (isinya tetap tersambung antara #{sebelumnya} dan #{id})</source>
        <translation>audit row #{asli} now has number #{baru}: its number was changed outside the application (its content still links between #{sebelumnya} and #{id})</translation>
    </message>
    <message>
        <source>baris audit pertama bernomor #{id}, bukan #1: nomor baris diubah di luar aplikasi, atau baris sebelumnya dihapus dan rantainya dihitung ulang</source>
        <translation>the first audit row is numbered #{id}, not #1: a row number was changed outside the application, or the rows before it were removed and the chain computed again</translation>
    </message>
    <message>
        <source>segel jejak audit hilang (tabel audit_segel kosong)</source>
        <translation>the audit trail&apos;s seal is gone (table audit_segel is empty)</translation>
    </message>
    <message>
        <source>baris audit terakhir hilang: log berakhir di #{akhir}, segel mencatat sampai #{segel} ({jumlah} baris terakhir dihapus)</source>
        <translation>the last audit rows are gone: the log ends at #{akhir}, the seal records up to #{segel} ({jumlah} last {jumlah:row|rows} deleted)</translation>
    </message>
    <message>
        <source>jumlah baris audit {jumlah}, segel mencatat {segel}</source>
        <translation>{jumlah} audit {jumlah:row|rows}, the seal records {segel}</translation>
    </message>
    <message>
        <source>isi baris audit #{id} diubah</source>
        <translation>the content of audit row #{id} was changed</translation>
    </message>
    <message>
        <source>tabel segel jejak audit (audit_segel) dihapus</source>
        <translation>the audit trail&apos;s seal table (audit_segel) was deleted</translation>
    </message>
    <message>
        <source>baris audit terakhir #{segel} sekarang bernomor #{akhir}: nomornya diubah di luar aplikasi</source>
        <translation>the last audit row #{segel} now has number #{akhir}: its number was changed outside the application</translation>
    </message>
    <message>
        <source>nomor baris audit diubah di luar aplikasi: log berakhir di #{akhir}, segel mencatat #{segel}, jumlah barisnya sama ({jumlah})</source>
        <translation>an audit row number was changed outside the application: the log ends at #{akhir}, the seal records #{segel}, with the same number of rows ({jumlah})</translation>
    </message>
    <message>
        <source>baris audit #{id} ditambahkan di luar aplikasi (tidak tercatat di segel)</source>
        <translation>audit row #{id} was added outside the application (not recorded in the seal)</translation>
    </message>
    <message>
        <source>baris audit #{dari} sampai #{sampai} ditambahkan di luar aplikasi (tidak tercatat di segel)</source>
        <translation>audit rows #{dari} to #{sampai} were added outside the application (not recorded in the seal)</translation>
    </message>
    <message>
        <source>baris audit terakhir #{id} tidak cocok dengan segel (diubah atau diganti)</source>
        <translation>the last audit row #{id} does not match the seal (changed or replaced)</translation>
    </message>
    <message>
        <source>Folder {folder} tidak boleh ditulisi, atau tidak ada lagi (flashdisk dilepas?). Pilih folder lain, lalu ulangi.</source>
        <translation>Folder {folder} cannot be written to, or is gone (flash drive removed?). Choose another folder, then try again.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak boleh ditulisi (folder sistem, atau Anda tidak punya izin menulis di sana). Pilih folder lain (mis. Dokumen atau flashdisk), lalu ulangi.</source>
        <translation>The folder {folder} cannot be written to (a system folder, or you have no permission to write there). Choose another folder (e.g. Documents or a flash drive), then try again.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tujuan cadangan tidak boleh berkas basis data itu sendiri.</source>
        <translation>The backup destination cannot be the database file itself.</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak boleh basis data itu sendiri.</source>
        <translation>The backup file cannot be the database itself.</translation>
    </message>
    <message>
        <source>Berkas {berkas} adalah sisa cadangan yang terhenti sebelum selesai ditulis, bukan cadangan; basis data tidak diubah. Pilih berkas cadangan berakhiran .db (berkas sisa ini boleh dihapus).</source>
        <translation>File {berkas} is what is left of a backup stopped before it was fully written, not a backup; the database was not changed. Choose a backup file ending in .db (this leftover file may be deleted).</translation>
    </message>
    <message>
        <source>Memeriksa berkas cadangan</source>
        <translation>Checking the backup file</translation>
    </message>
    <message>
        <source>Menyimpan salinan basis data sekarang</source>
        <translation>Saving a copy of the current database</translation>
    </message>
    <message>
        <source>Menyalin cadangan</source>
        <translation>Copying the backup</translation>
    </message>
    <message>
        <source>Mengganti basis data</source>
        <translation>Replacing the database</translation>
    </message>
    <message>
        <source>Cadangan ke {tujuan} gagal; tidak ada cadangan setengah jadi yang tertinggal. {sebab}</source>
        <translation>Backup to {tujuan} failed; no half-written backup is left behind. {sebab}</translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan; basis data {db} tidak diganti.</source>
        <translation>Restore cancelled; database {db} was not replaced.</translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan: {sebab}</source>
        <translation>Restore cancelled: {sebab}</translation>
    </message>
    <message>
        <source>Pemulihan dari {berkas} gagal; basis data {db} tidak diganti. {sebab}</source>
        <translation>Restore from {berkas} failed; database {db} was not replaced. {sebab}</translation>
    </message>
    <message>
        <source>Menyalin basis data</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <source>Memeriksa salinan</source>
        <translation>Checking the copy</translation>
    </message>
    <message>
        <source>Penyalinan {nama} dibatalkan.</source>
        <translation>Copying {nama} was cancelled.</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa dipakai untuk pemulihan; basis data tidak diubah.</source>
        <translation>File {berkas} cannot be used for a restore; the database was not changed.</translation>
    </message>
    <message>
        <source>berkas lain sekarang memakai nama {nama} (berkas aslinya ditimpa, dipindah atau diganti)</source>
        <translation>another file now has the name {nama} (the original file was overwritten, moved or replaced)</translation>
    </message>
    <message>
        <source>isinya bukan basis data lagi (berkas ditimpa)</source>
        <translation>its content is no longer a database (the file was overwritten)</translation>
    </message>
    <message>
        <source>berkasnya kosong (terpotong)</source>
        <translation>the file is empty (cut short)</translation>
    </message>
    <message>
        <source>Berkas basis data {path} tidak bisa dibaca lagi: {sebab}. Flashdisk atau folder jaringan tempatnya mungkin sudah dilepas, atau berkas atau foldernya dipindah, diganti namanya atau ditimpa. Tidak ada yang ditulis ke basis data. Pasang lagi flashdisk-nya (atau kembalikan berkasnya) lalu pilih Coba lagi.</source>
        <translation>Database file {path} can no longer be read: {sebab}. The USB stick or network folder holding it may have been removed, or the file or its folder was moved, renamed or overwritten. Nothing was written to the database. Plug the USB stick in again (or put the file back), then choose Try again.</translation>
    </message>
    <message>
        <source>Di tempat berkas basis data {path} sekarang ada basis data yang bukan yang tadi dibuka: {sebab}. Tidak ada yang ditulis ke basis data mana pun.</source>
        <translation>Where the database file {path} was there is now a database that is not the one opened before: {sebab}. Nothing was written to any database.</translation>
    </message>
    <message>
        <source>berkas {nama} tidak ada lagi di folder {folder}</source>
        <translation>file {nama} is no longer in folder {folder}</translation>
    </message>
    <message>
        <source>akses ke {path} ditolak</source>
        <translation>access to {path} was denied</translation>
    </message>
    <message>
        <source>kesalahan baca disk ({galat})</source>
        <translation>disk read error ({galat})</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada, jadi basis data {db} tidak bisa dibuka: flashdisk atau drive jaringan tempatnya mungkin sudah dilepas, atau folder itu dipindah atau diganti namanya. Pasang lagi flashdisk-nya, atau buka basis data lain.</source>
        <translation>Folder {folder} does not exist, so database {db} cannot be opened: the USB stick or network drive holding it may have been removed, or the folder was moved or renamed. Plug the USB stick in again, or open another database.</translation>
    </message>
    <message>
        <source>Berkas basis data tidak ditemukan: {path}</source>
        <translation>Database file not found: {path}</translation>
    </message>
    <message>
        <source>Basis data {nama} gagal pemeriksaan kesehatan; aplikasi tidak menulis ke dalamnya agar kerusakan tidak bertambah. Pulihkan dari cadangan yang sehat.

{ringkasan}</source>
        <translation>Database {nama} failed the health check; the application does not write to it so that the damage does not grow. Restore it from a sound backup.

{ringkasan}</translation>
    </message>
    <message>
        <source>folder {folder} tidak ada lagi</source>
        <translation>folder {folder} no longer exists</translation>
    </message>
    <message>
        <source>Berkas basis data {path} hanya boleh dibaca (tanda Read-only, atau tanpa izin tulis), jadi tidak ada yang bisa disimpan ke dalamnya. Untuk bekerja, salin ke folder Anda sendiri lalu buka salinannya, atau hilangkan tanda Read-only-nya.</source>
        <translation>Database file {path} can only be read (marked Read-only, or no write permission), so nothing can be saved in it. To work, copy it to your own folder and open the copy, or remove its Read-only mark.</translation>
    </message>
    <message>
        <source>Basis data {db} dibuat oleh versi aplikasi yang lebih baru (skema {versi}, aplikasi ini mengenal sampai {terbaru}). Perbarui Kalbar Desktop.</source>
        <translation>Database {db} was made by a newer version of the application (schema {versi}, this application knows up to {terbaru}). Update Kalbar Desktop.</translation>
    </message>
    <message>
        <source>Basis data {db} rusak atau tidak dikenal ({sebab})</source>
        <translation>Database {db} is damaged or not recognised ({sebab})</translation>
    </message>
    <message>
        <source>Sebagian basis data tidak bisa dibaca (rusak): {galat}</source>
        <translation>Part of the database cannot be read (damaged): {galat}</translation>
    </message>
    <message>
        <source>Basis data {db} tidak bisa dibuka untuk menulis. {sebab}</source>
        <translation>Database {db} cannot be opened for writing. {sebab}</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan basis data Kalbar Desktop yang bisa dibuka ({sebab})</source>
        <translation>File {berkas} is not a Kalbar Desktop database that can be opened ({sebab})</translation>
    </message>
    <message>
        <source>Folder {folder} hanya boleh dibaca (CD, folder bersama tanpa izin tulis), jadi basis data {db} tidak bisa diubah di sana. Untuk bekerja, salin ke folder Anda sendiri lalu buka salinannya.</source>
        <translation>Folder {folder} is read-only (a CD, a shared folder without write permission), so database {db} cannot be changed there. To work on it, copy it to your own folder and open the copy.</translation>
    </message>
    <message>
        <source>kesalahan baca/tulis disk ({galat})</source>
        <translation>disk read/write error ({galat})</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>Disk penuh: disk folder sementara {tmp}{sisa}, tempat SQLite menulis berkas kerja pekerjaan besar seperti impor, penuh, jadi {nama} tidak bisa menyimpan perubahan{db}. Kosongkan ruang di disk folder sementara itu (hapus berkas yang tidak diperlukan atau jalankan Pembersihan Disk), lalu ulangi.</source>
        <translation>Disk full: the disk of the temporary folder {tmp}{sisa}, where SQLite writes the working files of large jobs such as an import, is full, so {nama} cannot save the changes{db}. Free space on the disk of that temporary folder (delete files that are not needed or run Disk Cleanup), then try again.</translation>
    </message>
    <message>
        <source>Disk penuh: {nama} tidak bisa ditulis sampai selesai. Kosongkan ruang di disk itu (hapus atau pindahkan berkas yang tidak diperlukan) atau pilih disk lain, lalu ulangi.</source>
        <translation>Disk full: {nama} could not be written to the end. Free space on that disk (delete or move files that are not needed) or choose another disk, then try again.</translation>
    </message>
    <message>
        <source>Kuota disk pengguna habis: {nama} tidak bisa ditulis sampai selesai. Disknya sendiri mungkin masih punya ruang, tetapi jatah ruang akun Windows Anda di disk itu{tempat} sudah terpakai semua. Hapus atau pindahkan berkas Anda yang tidak diperlukan dari disk itu, minta administrator jaringan menambah kuota, atau pilih disk lain, lalu ulangi.</source>
        <translation>User disk quota used up: {nama} could not be written to the end. The disk itself may still have room, but the space your Windows account may use on that disk{tempat} is all taken. Delete or move files of yours that are not needed from that disk, ask the network administrator for a larger quota, or choose another disk, then try again.</translation>
    </message>
    <message>
        <source>{nama} tidak bisa dibaca atau ditulis ({sebab}).</source>
        <translation>{nama} cannot be read or written ({sebab}).</translation>
    </message>
    <message>
        <source>bukan berkas basis data SQLite</source>
        <translation>not an SQLite database file</translation>
    </message>
    <message>
        <source>isi berkas rusak atau terpotong</source>
        <translation>the file&apos;s content is damaged or cut short</translation>
    </message>
    <message>
        <source>berkas tidak bisa dibuka: periksa izin folder dan berkas</source>
        <translation>the file cannot be opened: check the folder&apos;s and file&apos;s permissions</translation>
    </message>
    <message>
        <source>kesalahan baca/tulis disk</source>
        <translation>disk read/write error</translation>
    </message>
    <message>
        <source>berkas hanya boleh dibaca</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source> (sisa sekarang {ukuran})</source>
        <translation> ({ukuran} left now)</translation>
    </message>
    <message>
        <source>; disk basis data itu sendiri ({folder}) masih punya {ukuran}</source>
        <translation>; the database&apos;s own disk ({folder}) still has {ukuran}</translation>
    </message>
    <message>
        <source> ({folder})</source>
        <translation> ({folder})</translation>
    </message>
    <message>
        <source>Disk penuh atau berkas terlalu besar untuk disk ini: {nama} tidak bisa ditulis sampai selesai. Kosongkan ruang di disk itu atau pilih disk lain (flashdisk berformat FAT32 menampung paling besar 4 GB per berkas), lalu ulangi.</source>
        <translation>Disk full or file too large for this disk: {nama} could not be written to the end. Free space on that disk or choose another disk (a USB stick formatted FAT32 holds at most 4 GB per file), then try again.</translation>
    </message>
    <message>
        <source>{nama} sedang dibuka program lain (mis. Excel). Tutup berkas itu dulu, atau pilih nama atau folder lain, lalu ulangi.</source>
        <translation>{nama} is open in another program (e.g. Excel). Close that file first, or choose another name or folder, then try again.</translation>
    </message>
    <message>
        <source>{nama} tidak ditemukan: folder atau flashdisk tempatnya mungkin sudah dilepas, dipindah atau diganti namanya. Pasang lagi flashdisk-nya atau pilih berkas lain.</source>
        <translation>{nama} was not found: its folder or USB stick may have been removed, moved or renamed. Plug the USB stick in again or choose another file.</translation>
    </message>
    <message>
        <source>Kesalahan baca/tulis disk pada {nama}: flashdisk atau folder jaringan mungkin terlepas, atau disk rusak. Periksa disknya lalu ulangi.</source>
        <translation>Disk read/write error on {nama}: a USB stick or network folder may have been disconnected, or the disk is damaged. Check the disk, then try again.</translation>
    </message>
    <message>
        <source>Keluaran program terputus (program penerimanya sudah ditutup).</source>
        <translation>The program&apos;s output was cut off (the program receiving it was closed).</translation>
    </message>
    <message>
        <source>{nama} sedang dipakai program lain. Tutup program itu dulu, lalu ulangi.</source>
        <translation>{nama} is in use by another program. Close that program first, then try again.</translation>
    </message>
    <message>
        <source>basis data {berkas}</source>
        <translation>database {berkas}</translation>
    </message>
    <message>
        <source>Basis data {berkas}</source>
        <translation>Database {berkas}</translation>
    </message>
    <message>
        <source>Disk penuh: {nama} tidak bisa menyimpan perubahan. Kosongkan ruang di disk itu (hapus atau pindahkan berkas yang tidak diperlukan), lalu ulangi.</source>
        <translation>Disk full: {nama} cannot save the changes. Free space on that disk (delete or move files that are not needed), then try again.</translation>
    </message>
    <message>
        <source>Kesalahan baca/tulis disk pada {nama}: disk mungkin penuh, atau flashdisk atau folder jaringan tempatnya terlepas. Periksa ruang dan sambungan disk, lalu ulangi.</source>
        <translation>Disk read/write error on {nama}: the disk may be full, or its USB stick or network folder was disconnected. Check the disk&apos;s space and connection, then try again.</translation>
    </message>
    <message>
        <source>{nama} hanya boleh dibaca: berkas atau foldernya hanya-baca (CD, folder bersama tanpa izin tulis, berkas bertanda &apos;Read-only&apos;). Salin basis data ke folder Anda sendiri lalu buka salinannya.</source>
        <translation>{nama} can only be read: the file or its folder is read-only (a CD, a shared folder without write permission, a file marked &apos;Read-only&apos;). Copy the database to your own folder and open the copy.</translation>
    </message>
    <message>
        <source>{nama} tidak bisa dibuka: folder atau flashdisk tempatnya mungkin sudah dilepas, atau folder itu tidak boleh ditulisi. Pasang lagi flashdisk-nya atau pilih basis data lain.</source>
        <translation>{nama} cannot be opened: its folder or USB stick may have been removed, or the folder may not be written to. Plug the USB stick in again or choose another database.</translation>
    </message>
    <message>
        <source>{nama} rusak atau terpotong. Pulihkan dari cadangan (menu Berkas &gt; Pulihkan dari cadangan..., atau &apos;kalbar-desktop restore&apos;).</source>
        <translation>{nama} is damaged or cut short. Restore it from a backup (menu File &gt; Restore from a backup..., or &apos;kalbar-desktop restore&apos;).</translation>
    </message>
    <message>
        <source>{nama} sedang dipakai program lain terlalu lama. Tunggu sebentar lalu ulangi.</source>
        <translation>{nama} has been in use by another program for too long. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Akses ke {nama} ditolak oleh sistem. Periksa izin berkas dan foldernya.</source>
        <translation>The system denied access to {nama}. Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>basis data</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>The database</translation>
    </message>
    <message>
        <source>Disk penuh: {nama} tidak bisa menyimpan perubahan. Kosongkan ruang di disk itu di {folder} (hapus atau pindahkan berkas yang tidak diperlukan), lalu ulangi.</source>
        <translation>Disk full: {nama} cannot save the changes. Free space on that disk in {folder} (delete or move files that are not needed), then try again.</translation>
    </message>
    <message>
        <source>Disk penuh: {nama} tidak bisa menyimpan perubahan (sisa ruang {kb} KB). Kosongkan ruang di disk itu, lalu ulangi.</source>
        <translation>Disk full: {nama} cannot save the changes ({kb} KB left). Free space on that disk, then try again.</translation>
    </message>
    <message>
        <source>Kesalahan baca/tulis disk pada {nama}: ruang disk di {folder} tidak bisa dibaca lagi, jadi flashdisk atau folder jaringan tempatnya kemungkinan terlepas. Pasang lagi lalu ulangi.</source>
        <translation>Disk read/write error on {nama}: the space on the disk of {folder} can no longer be read, so its USB stick or network folder was probably disconnected. Connect it again, then try again.</translation>
    </message>
    <message>
        <source>Kesalahan baca/tulis disk pada {nama}, padahal disknya tidak penuh (ruang bebas di {folder} {ukuran}{tmp}): flashdisk atau folder jaringan tempatnya mungkin sempat terlepas, disk itu mungkin rusak, atau berkasnya sudah sebesar batas disk itu (flashdisk FAT32: 4 GB per berkas). Periksa sambungan dan disknya (Periksa disk / chkdsk), lalu ulangi; bila berulang, salin basis data ke disk lain.</source>
        <translation>Disk read/write error on {nama}, although the disk is not full (free space in {folder} {ukuran}{tmp}): its USB stick or network folder may have been disconnected for a moment, the disk may be damaged, or the file has reached the disk&apos;s size limit (FAT32 USB stick: 4 GB per file). Check the connection and the disk (Check disk / chkdsk), then try again; if it happens again, copy the database to another disk.</translation>
    </message>
    <message>
        <source>folder basis data {folder}</source>
        <translation>database folder {folder}</translation>
    </message>
    <message>
        <source>folder sementara SQLite {folder}</source>
        <translation>SQLite temporary folder {folder}</translation>
    </message>
    <message>
        <source>, folder sementara {folder} {ukuran}</source>
        <translation>, temporary folder {folder} {ukuran}</translation>
    </message>
    <message>
        <source>{pengguna} di komputer {mesin} (proses {pid}, sejak {sejak})</source>
        <translation>{pengguna} on computer {mesin} (process {pid}, since {sejak})</translation>
    </message>
    <message>
        <source>program lain</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Basis data {db} sedang dipakai untuk menulis oleh {pemegang}. Tutup jendela Kalbar Desktop yang lain itu dulu, atau buka basis data ini hanya untuk dibaca.</source>
        <translation>Database {db} is being written to by {pemegang}. Close that other Kalbar Desktop window first, or open this database read-only.</translation>
    </message>
    <message>
        <source>Pembaruan struktur basis data dibatalkan ({nama}); basis data tidak diubah oleh langkah itu.</source>
        <translation>Database structure update cancelled ({nama}); that step did not change the database.</translation>
    </message>
    <message>
        <source>Memperbarui struktur basis data ({nama})...</source>
        <translation>Updating the database structure ({nama})...</translation>
    </message>
    <message>
        <source>Struktur basis data sudah diperbarui.</source>
        <translation>The database structure is up to date.</translation>
    </message>
    <message>
        <source>{label}: nilai harus antara {minimum} dan {maksimum}.</source>
        <translation>{label}: the value must be between {minimum} and {maksimum}.</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;{nama}&apos; sudah dipakai.</source>
        <translation>The user name &apos;{nama}&apos; is already taken.</translation>
    </message>
    <message>
        <source>Akun {peran} &apos;{nama}&apos; tidak dibuat: basis data ini belum punya admin aktif, dan akun pertama harus admin (admin yang membuat dan mengelola akun lain).</source>
        <translation>Account {peran} &apos;{nama}&apos; not created: this database has no active admin yet, and the first account must be an admin (the admin creates and manages the other accounts).</translation>
    </message>
    <message>
        <source>Tidak ada akun aktif bernama &apos;{nama}&apos; di basis data ini.</source>
        <translation>There is no active account named &apos;{nama}&apos; in this database.</translation>
    </message>
    <message>
        <source>Operator wajib diberi wilayah kerja (kode kecamatan atau desa), misalnya --wilayah 6172011001.</source>
        <translation>An operator must be given a work region (a kecamatan or desa code), for example --wilayah 6172011001.</translation>
    </message>
    <message>
        <source>Admin mengelola seluruh basis data; jangan beri wilayah.</source>
        <translation>An admin manages the whole database; give no region.</translation>
    </message>
    <message>
        <source>Tidak ada akun bernama &apos;{nama}&apos;.</source>
        <translation>There is no account named &apos;{nama}&apos;.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah, atau akun tidak aktif.</source>
        <translation>The user name or the password is wrong, or the account is disabled.</translation>
    </message>
    <message>
        <source>Kode wilayah {kode!r} tidak sah: gunakan kode kabupaten/kota (4 digit), kecamatan (6 digit) atau desa/kelurahan (10 digit), misalnya 617201.</source>
        <translation>Region code {kode!r} is not valid: use a kabupaten/kota code (4 digits), a kecamatan code (6 digits) or a desa/kelurahan code (10 digits), for example 617201.</translation>
    </message>
    <message>
        <source>Peran {peran!r} tidak dikenal; pilihan: operator, verifikator, admin.</source>
        <translation>Role {peran!r} not recognised; choices: operator, verifikator, admin.</translation>
    </message>
    <message>
        <source>&apos;{nama}&apos; adalah admin aktif terakhir; buat admin lain dulu sebelum menonaktifkannya.</source>
        <translation>&apos;{nama}&apos; is the last active admin; create another admin before disabling this one.</translation>
    </message>
    <message>
        <source>&apos;{nama}&apos; adalah admin aktif terakhir; perannya tidak bisa diubah sebelum ada admin lain.</source>
        <translation>&apos;{nama}&apos; is the last active admin; the role cannot be changed until there is another admin.</translation>
    </message>
    <message>
        <source>Kode wilayah {kode} tidak dikenal di basis data ini.</source>
        <translation>Region code {kode} is not known in this database.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Integritas SQLite</source>
        <translation>SQLite integrity</translation>
    </message>
    <message>
        <source>Hubungan antar tabel</source>
        <translation>Links between tables</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>cepat</source>
        <translation>quick</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>full</translation>
    </message>
    <message>
        <source>cadangan</source>
        <translation>the backup</translation>
    </message>
    <message>
        <source>SQLite melaporkan kerusakan: {laporan}</source>
        <translation>SQLite reports damage: {laporan}</translation>
    </message>
    <message>
        <source>SEHAT: {benda} {berkas} lolos pemeriksaan {jenis} (integritas, hubungan antar tabel, jejak audit, skema versi {versi}).</source>
        <translation>SOUND: {benda} {berkas} passed the {jenis} check (integrity, links between tables, audit trail, schema version {versi}).</translation>
    </message>
    <message>
        <source>catatan:</source>
        <translation>note:</translation>
    </message>
    <message>
        <source>  {tanda} [{bagian}] {pesan}</source>
        <translation>  {tanda} [{bagian}] {pesan}</translation>
    </message>
    <message>
        <source>Pilih cadangan lain (Berkas &gt; Pulihkan dari cadangan..., atau &apos;kalbar-desktop backups&apos; untuk daftarnya). Basis data yang sedang dipakai tidak diubah.</source>
        <translation>Choose another backup (File &gt; Restore from a backup..., or &apos;kalbar-desktop backups&apos; for the list). The database in use was not changed.</translation>
    </message>
    <message>
        <source>... dan {jumlah} baris lain</source>
        <translation>... and {jumlah} more {jumlah:row|rows}</translation>
    </message>
    <message>
        <source>berkas ini bukan basis data Kalbar Desktop (migrasi 0001 tidak tercatat)</source>
        <translation>this file is not a Kalbar Desktop database (migration 0001 is not recorded)</translation>
    </message>
    <message>
        <source>versi skema {versi} lebih rendah dari migrasi terakhir yang tercatat ({migrasi}): diubah dengan alat di luar aplikasi</source>
        <translation>schema version {versi} is lower than the last recorded migration ({migrasi}): changed with a tool outside the application</translation>
    </message>
    <message>
        <source>migrasi {migrasi} tidak tercatat padahal versi skema {versi} sudah memuatnya: catatan migrasi dihapus dengan alat di luar aplikasi; aplikasi tidak dapat membuka basis data ini</source>
        <translation>migration {migrasi} is not recorded although schema version {versi} already contains it: the migration record was deleted with a tool outside the application; the application cannot open this database</translation>
    </message>
    <message>
        <source>skema versi lama ({versi}); akan dinaikkan otomatis saat dibuka (migrasi {migrasi})</source>
        <translation>old schema version ({versi}); it is upgraded automatically when opened (migrations {migrasi})</translation>
    </message>
    <message>
        <source>pelindung jejak audit dihapus dengan alat di luar aplikasi (trigger {trigger})</source>
        <translation>the audit trail&apos;s protection was removed with a tool outside the application (triggers {trigger})</translation>
    </message>
    <message>
        <source>tabel identitas_basis_data hilang</source>
        <translation>table identitas_basis_data is missing</translation>
    </message>
    <message>
        <source>identitas basis data (tabel identitas_basis_data) dihapus atau diubah dengan alat di luar aplikasi</source>
        <translation>the database&apos;s identity (table identitas_basis_data) was deleted or changed with a tool outside the application</translation>
    </message>
    <message>
        <source>pelindung identitas basis data dihapus dengan alat di luar aplikasi (trigger {trigger})</source>
        <translation>the database identity&apos;s protection was removed with a tool outside the application (triggers {trigger})</translation>
    </message>
    <message>
        <source>... dan {jumlah} masalah lain</source>
        <translation>... and {jumlah} more {jumlah:problem|problems}</translation>
    </message>
    <message>
        <source>SEHAT: {benda} {berkas} lolos pemeriksaan {jenis} (integritas, hubungan antar tabel, jejak audit, skema).</source>
        <translation>SOUND: {benda} {berkas} passed the {jenis} check (integrity, links between tables, audit trail, schema).</translation>
    </message>
    <message>
        <source>RUSAK: {benda} {berkas} gagal pemeriksaan {jenis}: {jumlah} masalah.</source>
        <translation>DAMAGED: {benda} {berkas} failed the {jenis} check: {jumlah} {jumlah:problem|problems}.</translation>
    </message>
    <message>
        <source>Jangan lanjutkan bekerja di basis data ini. Pulihkan dari cadangan yang sehat (menu Berkas &gt; Pulihkan dari cadangan..., atau &apos;kalbar-desktop restore BERKAS&apos;).</source>
        <translation>Do not go on working in this database. Restore it from a sound backup (menu File &gt; Restore from a backup..., or &apos;kalbar-desktop restore FILE&apos;).</translation>
    </message>
    <message>
        <source>baris {rowid} di tabel {tabel} ({kunci}) menunjuk ke {induk} yang tidak ada</source>
        <translation>row {rowid} of table {tabel} ({kunci}) points to a {induk} that does not exist</translation>
    </message>
    <message>
        <source>baris {rowid} di tabel {tabel} menunjuk ke {induk} yang tidak ada</source>
        <translation>row {rowid} of table {tabel} points to a {induk} that does not exist</translation>
    </message>
    <message>
        <source>berkas ini bukan basis data Kalbar Desktop (tabel keluarga/_sqlite_migrations tidak ada)</source>
        <translation>this file is not a Kalbar Desktop database (table keluarga/_sqlite_migrations is missing)</translation>
    </message>
    <message>
        <source>dibuat oleh versi aplikasi yang lebih baru (skema {versi}, migrasi {migrasi}); perbarui Kalbar Desktop</source>
        <translation>made by a newer version of the application (schema {versi}, migrations {migrasi}); update Kalbar Desktop</translation>
    </message>
    <message>
        <source>dibuat oleh versi aplikasi yang lebih baru (skema {versi}); perbarui Kalbar Desktop</source>
        <translation>made by a newer version of the application (schema {versi}); update Kalbar Desktop</translation>
    </message>
    <message>
        <source>tabel {tabel} hilang</source>
        <translation>table {tabel} is missing</translation>
    </message>
    <message>
        <source>SQLite tidak bisa membaca basis data: {galat}</source>
        <translation>SQLite cannot read the database: {galat}</translation>
    </message>
    <message>
        <source>berkas {path} tidak ada</source>
        <translation>file {path} does not exist</translation>
    </message>
    <message>
        <source>pemeriksaan tidak dapat diselesaikan ({jenis}: {galat})</source>
        <translation>the check could not be completed ({jenis}: {galat})</translation>
    </message>
    <message>
        <source>skemanya versi {kini}, bukan versi {tadi}</source>
        <translation>its schema is version {kini}, not version {tadi}</translation>
    </message>
    <message>
        <source>basis data lain (kode identitasnya berbeda)</source>
        <translation>another database (its identity code differs)</translation>
    </message>
    <message>
        <source>basis data lain (jejak auditnya tidak berawal dari catatan yang sama)</source>
        <translation>another database (its audit trail does not begin with the same entry)</translation>
    </message>
    <message>
        <source>salinan yang lebih lama (misalnya cadangan); catatan jejak audit nomor {nomor} yang tadi sudah ada tidak ada di dalamnya, jadi perubahan terakhir tidak ada di sana</source>
        <translation>an older copy (a backup, for example); audit entry number {nomor}, which existed before, is not in it, so the latest changes are missing there</translation>
    </message>
    <message>
        <source>berkas itu bukan basis data Kalbar Desktop</source>
        <translation>that file is not a Kalbar Desktop database</translation>
    </message>
    <message>
        <source>Berkas {berkas} belum bisa dibaca ({sebab})</source>
        <translation>File {berkas} cannot be read yet ({sebab})</translation>
    </message>
    <message>
        <source>{nama} sendiri yang mengisi atau mengoreksi data keluarga {id}: pekerjaan sendiri tidak boleh disetujui sendiri. Persetujuan harus oleh verifikator lain.</source>
        <translation>{nama} entered or corrected family {id}&apos;s data themselves: nobody may approve their own work. Another verifier must approve it.</translation>
    </message>
    <message>
        <source>{nama} sendiri yang mengajukan keluarga {id}: pekerjaan sendiri tidak boleh disetujui sendiri. Persetujuan harus oleh verifikator lain.</source>
        <translation>{nama} submitted family {id} themselves: nobody may approve their own work. Another verifier must approve it.</translation>
    </message>
    <message>
        <source>Keluarga {id} tidak ditemukan</source>
        <translation>Family {id} not found</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang untuk tindakan ini pada wilayah {wilayah}.</source>
        <translation>{nama} ({peran}) may not do this in region {wilayah}.</translation>
    </message>
    <message>
        <source>anggota baru</source>
        <translation>new member</translation>
    </message>
    <message>
        <source>Kode Kemdagri harus 10 digit kode desa/kelurahan</source>
        <translation>Kode Kemdagri must be a 10-digit village code</translation>
    </message>
    <message>
        <source>Desa tujuan pindah {kode} tidak ada di wilayah basis data ini; pilih desa dari daftar, atau pilih Luar kabupaten dan tulis tujuannya</source>
        <translation>The village moved to, {kode}, is not in this database&apos;s regions; choose a village from the list, or choose Outside the district and write the destination</translation>
    </message>
    <message>
        <source>Keluarga {id} sudah diubah oleh {oleh} pada {pada} setelah Anda membukanya. Muat ulang lalu ulangi.</source>
        <translation>Family {id} was changed by {oleh} at {pada} after you opened it. Reload, then try again.</translation>
    </message>
    <message>
        <source>Keluarga {id} baru saja diubah pengguna lain.</source>
        <translation>Family {id} was just changed by another user.</translation>
    </message>
    <message>
        <source>Keluarga {id} sudah diubah oleh {oleh} setelah Anda membukanya. Muat ulang lalu ulangi.</source>
        <translation>Family {id} was changed by {oleh} after you opened it. Reload, then try again.</translation>
    </message>
    <message>
        <source>Penghitungan dibatalkan.</source>
        <translation>Counting cancelled.</translation>
    </message>
    <message>
        <source>Menyetujui {awal} dari {semua} keluarga</source>
        <translation>Approving {awal} of {semua} {semua:family|families}</translation>
    </message>
    <message>
        <source>Setujui semua dibatalkan; tidak ada yang disetujui.</source>
        <translation>Approve all cancelled; nothing was approved.</translation>
    </message>
    <message>
        <source>Mengembalikan {awal} dari {semua} keluarga</source>
        <translation>Sending back {awal} of {semua} {semua:family|families}</translation>
    </message>
    <message>
        <source>Pengembalian dibatalkan; tidak ada keluarga yang dikembalikan.</source>
        <translation>Send-back cancelled; no family was sent back.</translation>
    </message>
    <message>
        <source>{kolom}: pilih nilai dari daftar ({nilai})</source>
        <translation>{kolom}: choose a value from the list ({nilai})</translation>
    </message>
    <message>
        <source>{kolom}: tanggal tidak sah ({nilai})</source>
        <translation>{kolom}: invalid date ({nilai})</translation>
    </message>
    <message>
        <source>{kolom}: {masalah}</source>
        <translation>{kolom}: {masalah}</translation>
    </message>
    <message>
        <source>NIK {nik} ({siapa}): {masalah}</source>
        <translation>NIK {nik} ({siapa}): {masalah}</translation>
    </message>
    <message>
        <source>NIK {nik} diisi untuk dua orang sekaligus: {satu} dan {dua}</source>
        <translation>NIK {nik} is entered for two people at once: {satu} and {dua}</translation>
    </message>
    <message>
        <source>ID Keluarga {id} tidak ada di basis data</source>
        <translation>Family ID {id} is not in the database</translation>
    </message>
    <message>
        <source>Kolom {kolom} tidak bisa dikoreksi</source>
        <translation>Column {kolom} cannot be corrected</translation>
    </message>
    <message>
        <source>Anggota {id} bukan anggota keluarga ini</source>
        <translation>Member {id} is not a member of this family</translation>
    </message>
    <message>
        <source>Keluarga berstatus {status} tidak bisa diubah; verifikator harus membukanya kembali dengan alasan</source>
        <translation>A family whose approval is {status} cannot be changed; a verifier must reopen it with a reason</translation>
    </message>
    <message>
        <source>Keluarga berstatus {status} tidak bisa diubah</source>
        <translation>A family whose approval is {status} cannot be changed</translation>
    </message>
    <message>
        <source>pengguna lain</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Nama anggota baru wajib diisi</source>
        <translation>The new member&apos;s name is required</translation>
    </message>
    <message>
        <source>Hubungan anggota baru wajib diisi</source>
        <translation>The new member&apos;s relationship is required</translation>
    </message>
    <message>
        <source>Status anggota tidak dikenal: {status}</source>
        <translation>Unknown member status: {status}</translation>
    </message>
    <message>
        <source>NIK perbaikan: {masalah}</source>
        <translation>Corrected NIK: {masalah}</translation>
    </message>
    <message>
        <source>Membuat berkas demo</source>
        <translation>Creating demo files</translation>
    </message>
    <message>
        <source>{n} berbeda di data keluarganya: {daftar}</source>
        <translation>{n} different in its families&apos; data: {daftar}</translation>
    </message>
    <message>
        <source>{nilai} tercatat hanya di {n} keluarga; {m} keluarga lain yang sudah diverifikasi atau bermusdes belum mencatatnya, misalnya {contoh}</source>
        <translation>{nilai} recorded for only {n} {n:family|families}; {m} other {m:family|families} verified or with a meeting entry {m:does|do} not record it, for example {contoh}</translation>
    </message>
    <message>
        <source>Kode desa/kelurahan {kode!r} tidak sah: pakai kode 10 digit.</source>
        <translation>Desa/kelurahan code {kode!r} is not valid: use a 10-digit code.</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang untuk desa/kelurahan {kode}.</source>
        <translation>{nama} ({peran}) has no access to desa/kelurahan {kode}.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga di desa/kelurahan {desa} ({kode}).</source>
        <translation>There are no families in desa/kelurahan {desa} ({kode}).</translation>
    </message>
    <message>
        <source>Nama camat hanya dicetak pada berita acara satu musyawarah kecamatan: pilih kecamatannya dan isi tanggal serta tempat musyawarahnya.</source>
        <translation>The camat&apos;s name is printed only on the minutes of one district meeting: choose the district and enter the meeting&apos;s date and place.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga yang perlu dikunjungi di {jenis} {desa} ({kode}).</source>
        <translation>There are no families to visit in {jenis} {desa} ({kode}).</translation>
    </message>
    <message>
        <source>{tempat} memuat {n} desa/kelurahan: nama kepala desa/lurah berbeda untuk setiap desa, jadi kosongkan (diisi tangan di PDF), atau cetak satu desa.</source>
        <translation>{tempat} holds {n} {n:village|villages}: the village head&apos;s name differs for each village, so leave it empty (filled in by hand on the PDF), or print one village.</translation>
    </message>
    <message>
        <source>{apa} diisi tangan ({sebab})</source>
        <translation>{apa} filled in by hand ({sebab})</translation>
    </message>
    <message>
        <source>{apa} diisi tangan (satu musyawarah kecamatan: nomornya tidak diambil dari data keluarga tiap desa; isi Nomor BA)</source>
        <translation>{apa} filled in by hand (one district meeting: its number is not taken from each village&apos;s family data; enter the Report number)</translation>
    </message>
    <message>
        <source>Menghitung rekap</source>
        <translation>Counting the summary</translation>
    </message>
    <message>
        <source>Kode wilayah {kode} tidak sah: pakai kode kecamatan (6 digit) atau desa/kelurahan (10 digit).</source>
        <translation>Region code {kode} is not valid: use a kecamatan code (6 digits) or a desa/kelurahan code (10 digits).</translation>
    </message>
    <message>
        <source>Pengguna tidak diketahui; ekspor harus atas nama seseorang.</source>
        <translation>Unknown user; an export must be made in someone&apos;s name.</translation>
    </message>
    <message>
        <source>{awal} atau {akhir}</source>
        <translation>{awal} or {akhir}</translation>
    </message>
    <message>
        <source>Alasan ekspor daftar nama wajib diisi (minimal 5 huruf); alasan dicatat di jejak audit.</source>
        <translation>A reason for exporting the list of names is required (at least 5 letters); the reason is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>NIK lengkap hanya ada pada ekspor dengan daftar nama.</source>
        <translation>Full NIKs exist only in an export with the list of names.</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang melihat NIK lengkap.</source>
        <translation>{nama} ({peran}) is not allowed to see full NIKs.</translation>
    </message>
    <message>
        <source>Kata sandi berkas minimal 6 karakter.</source>
        <translation>The file password must have at least 6 characters.</translation>
    </message>
    <message>
        <source>Nama berkas tujuan harus berakhiran .xlsx: {nama}</source>
        <translation>The destination file name must end in .xlsx: {nama}</translation>
    </message>
    <message>
        <source>seluruh basis data: {daftar}</source>
        <translation>the whole database: {daftar}</translation>
    </message>
    <message>
        <source>Menyimpan workbook</source>
        <translation>Saving the workbook</translation>
    </message>
    <message>
        <source>Berkas {berkas} terenkripsi; kata sandi diperlukan.</source>
        <translation>File {berkas} is encrypted; a password is needed.</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan workbook .xlsx yang bisa dibaca (kosong, rusak, terpotong atau format lain). Periksa bahwa ini workbook provinsi dari Kalbar Desktop.</source>
        <translation>File {berkas} is not a readable .xlsx workbook (empty, damaged, cut short or another format). Check that it is a provincial workbook from Kalbar Desktop.</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang mengekspor daftar nama: hanya peran {bisa} yang boleh.</source>
        <translation>{nama} ({peran}) is not allowed to export the list of names: only the {bisa} role may.</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang mengekspor rekap: hanya peran {bisa} yang boleh.</source>
        <translation>{nama} ({peran}) is not allowed to export the recap: only the {bisa} role may.</translation>
    </message>
    <message>
        <source>wilayah {kode}</source>
        <translation>region {kode}</translation>
    </message>
    <message>
        <source>{tujuan} adalah folder, bukan berkas.</source>
        <translation>{tujuan} is a folder, not a file.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Mengenkripsi workbook</source>
        <translation>Encrypting the workbook</translation>
    </message>
    <message>
        <source>seluruh basis data</source>
        <translation>the whole database</translation>
    </message>
    <message>
        <source>Tidak ada keluarga yang sudah disetujui dalam {tempat}; tidak ada yang diekspor.</source>
        <translation>There are no approved families in {tempat}; nothing was exported.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga dalam {tempat}; tidak ada yang diekspor.</source>
        <translation>There are no families in {tempat}; nothing was exported.</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang mengekspor daftar nama untuk {tempat}.</source>
        <translation>{nama} ({peran}) is not allowed to export the list of names for {tempat}.</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang mengekspor rekap untuk {tempat}.</source>
        <translation>{nama} ({peran}) is not allowed to export the recap for {tempat}.</translation>
    </message>
    <message>
        <source>Berkas tujuan {nama} adalah basis data itu sendiri; pilih nama lain.</source>
        <translation>The destination file {nama} is the database itself; choose another name.</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa ditimpa dan tetap seperti semula. {sebab}</source>
        <translation>File {berkas} could not be overwritten and is unchanged. {sebab}</translation>
    </message>
    <message>
        <source>Menulis Data Keluarga</source>
        <translation>Writing Data Keluarga (families)</translation>
    </message>
    <message>
        <source>Menulis Data Anggota</source>
        <translation>Writing Data Anggota (members)</translation>
    </message>
    <message>
        <source>{nama} tidak berwenang mengekspor jejak audit.</source>
        <translation>{nama} is not allowed to export the audit trail.</translation>
    </message>
    <message>
        <source>Ekspor jejak audit harus dicatat di jejak audit, tetapi basis data sedang dibuka hanya untuk dibaca. Tutup program lain yang memakainya, lalu ulangi.</source>
        <translation>An audit trail export must be recorded in the audit trail, but the database is open read-only. Close the other program using it, then try again.</translation>
    </message>
    <message>
        <source>Menulis jejak audit</source>
        <translation>Writing the audit trail</translation>
    </message>
    <message>
        <source>Status anggota</source>
        <translation>Member status</translation>
    </message>
    <message>
        <source>NIK perbaikan</source>
        <translation>Corrected NIK</translation>
    </message>
    <message>
        <source>Catatan anggota</source>
        <translation>Member notes</translation>
    </message>
    <message>
        <source>{huruf} ({label})</source>
        <translation>{huruf} ({label})</translation>
    </message>
    <message>
        <source>diubah di aplikasi oleh {pengguna} pada {waktu}</source>
        <translation>changed in the application by {pengguna} on {waktu}</translation>
    </message>
    <message>
        <source>ID Keluarga {id_keluarga}, {kolom}: workbook &apos;{workbook}&apos;, basis data &apos;{basis}&apos;</source>
        <translation>Family ID {id_keluarga}, {kolom}: workbook &apos;{workbook}&apos;, database &apos;{basis}&apos;</translation>
    </message>
    <message>
        <source>Membandingkan dengan basis data</source>
        <translation>Comparing with the database</translation>
    </message>
    <message>
        <source>Memeriksa aturan</source>
        <translation>Checking the rules</translation>
    </message>
    <message>
        <source>Pratinjau siap</source>
        <translation>Preview ready</translation>
    </message>
    <message>
        <source>diisi dari workbook {workbook} (impor ulang oleh {pengguna} pada {waktu})</source>
        <translation>filled from workbook {workbook} (re-import by {pengguna} on {waktu})</translation>
    </message>
    <message>
        <source>{label} ({nama})</source>
        <translation>{label} ({nama})</translation>
    </message>
    <message>
        <source>teks terlalu panjang ({jumlah} karakter; paling banyak {batas} seperti batas satu sel Excel)</source>
        <translation>text too long ({jumlah} characters; at most {batas}, the limit of one Excel cell)</translation>
    </message>
    <message>
        <source>Berkas {berkas} dilindungi kata sandi. Masukkan kata sandi berkas.</source>
        <translation>File {berkas} is protected by a password. Enter the file&apos;s password.</translation>
    </message>
    <message>
        <source>Lembar {lembar} di berkas {berkas}: baris judul dengan kolom &apos;ID Keluarga P3KE&apos; tidak ditemukan di {n} baris pertama.</source>
        <translation>Sheet {lembar} in file {berkas}: no header row with the column &apos;ID Keluarga P3KE&apos; in the first {n} rows.</translation>
    </message>
    <message>
        <source>Lembar {lembar} di berkas {berkas} tidak punya satu pun kolom verifikasi ({kolom}...).</source>
        <translation>Sheet {lembar} in file {berkas} has none of the verification columns ({kolom}...).</translation>
    </message>
    <message>
        <source>bukan tanggal yang sah: {nilai!r}</source>
        <translation>not a valid date: {nilai!r}</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa dibuka: {galat}</source>
        <translation>File {berkas} cannot be opened: {galat}</translation>
    </message>
    <message>
        <source>Impor ulang dibatalkan.</source>
        <translation>Re-import cancelled.</translation>
    </message>
    <message>
        <source>Impor ulang dibatalkan; tidak ada yang diubah.</source>
        <translation>Re-import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>{jumlah} keluarga tidak punya satu pun anggota di berkas Individu yang diimpor bersamanya (mis. ID Keluarga {idk}, berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris}); keluarga itu diimpor tanpa anggota. Periksa apakah berkas Individu-nya lengkap.</source>
        <translation>{jumlah} families have no member at all in the Individu file imported with them (e.g. ID Keluarga {idk}, file {berkas}, sheet &apos;{lembar}&apos;, row {baris}); those families were imported without members. Check that the Individu file is complete.</translation>
    </message>
    <message>
        <source>Kolom {kolom} ({judul}) berisi tempat dan tanggal lahir dalam satu sel (mis. &apos;{contoh}&apos; di baris {baris}): tanggalnya dibaca sebagai tanggal lahir, dan isi sel seperti tertulis (dengan tempatnya) tetap disimpan di data sumber.</source>
        <translation>Column {kolom} ({judul}) holds the place and the date of birth in one cell (e.g. &apos;{contoh}&apos; in row {baris}): the date is read as the date of birth, and the cell as written (with its place) is kept in the source data.</translation>
    </message>
    <message>
        <source>NIK {nik} di kolom {kolom} tersamar (workbook diekspor tanpa NIK lengkap) dan tidak disimpan sebagai NIK. Ketik NIK lengkap 16 digit sebagai teks (awali dengan tanda petik &apos;), atau kosongkan sel itu agar anggota ini ditambahkan tanpa NIK (NIK diisi kemudian di formulir), lalu impor lagi</source>
        <translation>NIK {nik} in column {kolom} is masked (the workbook was exported without full NIKs) and is not stored as a NIK. Type the full 16-digit NIK as text (start with an apostrophe &apos;), or empty that cell so that this member is added without a NIK (fill in the NIK later in the form), then import again</translation>
    </message>
    <message>
        <source>Berkas {berkas} dari rilis P3KE {rilis} ({dasar}), lebih lama daripada rilis {terbaru} yang sudah diimpor untuk {jumlah} keluarga di berkas ini (mis. ID Keluarga {contoh}). Bila diimpor, nilai sumber keluarga itu kembali ke rilis {rilis}; hasil verifikasi tidak berubah. Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis yang lebih baru.</source>
        <translation>File {berkas} is of P3KE release {rilis} ({dasar}), older than release {terbaru} already imported for {jumlah} families in this file (e.g. ID Keluarga {contoh}). If imported, those families&apos; source values go back to release {rilis}; verification results are unchanged. The import is still allowed; if this is a mistake, choose the newer release&apos;s file.</translation>
    </message>
    <message>
        <source>Berkas {berkas} tampaknya dari rilis P3KE {rilis} ({dasar}), lebih lama daripada rilis {terbaru} yang sudah diimpor untuk {jumlah} keluarga di baris-baris itu (mis. ID Keluarga {contoh}). Ini dugaan dari {n} baris teratas yang dibaca pratinjau, bukan dari seluruh berkas: bila baris lain bertahun Dimuktakhirkan lebih baru, berkas ini bukan rilis lama dan tidak ada yang kembali. Impor memeriksa semua baris; bila berkas ini memang lebih lama, nilai sumber keluarga itu kembali ke rilis {rilis} (hasil verifikasi tidak berubah), dan ringkasan sesudah impor menyebut jumlah pastinya. Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis yang lebih baru.</source>
        <translation>File {berkas} seems to be of P3KE release {rilis} ({dasar}), older than release {terbaru} already imported for {jumlah} families in those rows (e.g. ID Keluarga {contoh}). This is a guess from the {n} top rows the preview read, not from the whole file: if other rows have a newer Dimuktakhirkan Tahun, this file is not an older release and nothing goes back. The import checks every row; if this file is indeed older, those families&apos; source values go back to release {rilis} (verification results are unchanged), and the summary after the import gives the exact count. The import is still allowed; if this is a mistake, choose the newer release&apos;s file.</translation>
    </message>
    <message>
        <source>Pratinjau belum bisa memastikan rilis berkas {berkas}: tidak ada keluarga di {n} baris teratas yang dibacanya yang sudah diimpor dari rilis yang lebih baru, tetapi {jumlah} keluarga di kecamatan yang sama (mis. kode {kecamatan}) sudah diimpor dari rilis P3KE {terbaru}, lebih baru daripada rilis berkas ini menurut baris-baris itu ({rilis}). Bila baris lain berkas ini memuat keluarga-keluarga itu, impor mengembalikan nilai sumber mereka ke rilis {rilis} (hasil verifikasi tidak berubah); ringkasan sesudah impor menyebut jumlah pastinya. Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis yang lebih baru.</source>
        <translation>The preview cannot tell the release of file {berkas} yet: no family in the {n} top rows it read was imported from a newer release, but {jumlah} families in the same kecamatan (e.g. code {kecamatan}) were imported from P3KE release {terbaru}, newer than this file&apos;s release according to those rows ({rilis}). If other rows of this file hold those families, the import puts their source values back to release {rilis} (verification results are unchanged); the summary after the import gives the exact count. The import is still allowed; if this is a mistake, choose the newer release&apos;s file.</translation>
    </message>
    <message>
        <source>rilis terbaru di antara berkas yang diimpor bersamanya</source>
        <translation>the newest release among the files imported with it</translation>
    </message>
    <message>
        <source>tahun Dimuktakhirkan terbaru di berkas ini</source>
        <translation>the newest Dimuktakhirkan Tahun in this file</translation>
    </message>
    <message>
        <source>Berkas {berkas}, baris {baris}</source>
        <translation>File {berkas}, row {baris}</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan referensi wilayah: baris judul kolom harus code,name,parent_code,level (tertulis: {tertulis}).</source>
        <translation>File {berkas} is not a region reference: the header row must be code,name,parent_code,level (written: {tertulis}).</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak berisi satu pun wilayah.</source>
        <translation>File {berkas} holds no region at all.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>{tempat}, kolom code: kode &apos;{kode}&apos; bukan kode wilayah Kemendagri (2, 4, 6 atau 10 digit angka).</source>
        <translation>{tempat}, column code: &apos;{kode}&apos; is not a Kemendagri region code (2, 4, 6 or 10 digits).</translation>
    </message>
    <message>
        <source>{tempat}, kolom level: &apos;{level}&apos; tidak dikenal; tulis salah satu dari provinsi, kabupaten_kota, kecamatan, desa_kelurahan (atau 1-4).</source>
        <translation>{tempat}, column level: &apos;{level}&apos; not recognised; write one of provinsi, kabupaten_kota, kecamatan, desa_kelurahan (or 1-4).</translation>
    </message>
    <message>
        <source>{tempat}: kode {kode} ({digit} digit) adalah kode {tingkat}, tetapi level tertulis &apos;{level}&apos;.</source>
        <translation>{tempat}: code {kode} ({digit} digits) is a {tingkat} code, but the level written is &apos;{level}&apos;.</translation>
    </message>
    <message>
        <source>{tempat}, kolom name: nama wilayah {kode} kosong.</source>
        <translation>{tempat}, column name: the name of region {kode} is empty.</translation>
    </message>
    <message>
        <source>{tempat}, kolom parent_code: induk {induk} tidak cocok dengan kode {kode}.</source>
        <translation>{tempat}, column parent_code: parent {induk} does not match code {kode}.</translation>
    </message>
    <message>
        <source>Berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris}</source>
        <translation>File {berkas}, sheet &apos;{lembar}&apos;, row {baris}</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>isi lembar di dalam workbook rusak atau terpotong (data terkompresinya tidak utuh)</source>
        <translation>the sheet&apos;s content inside the workbook is damaged or cut short (its compressed data is incomplete)</translation>
    </message>
    <message>
        <source>lembar tanpa bagian sheetData</source>
        <translation>the sheet has no sheetData part</translation>
    </message>
    <message>
        <source>awal XML lembar tidak dikenal</source>
        <translation>the start of the sheet&apos;s XML is not recognised</translation>
    </message>
    <message>
        <source>folder sementara {folder} milik akun lain</source>
        <translation>temporary folder {folder} belongs to another account</translation>
    </message>
    <message>
        <source>baris tanpa alamat sel</source>
        <translation>rows without cell addresses</translation>
    </message>
    <message>
        <source>pembacaan dihentikan</source>
        <translation>reading was stopped</translation>
    </message>
    <message>
        <source>lembar terpotong: akhir datanya tidak ada</source>
        <translation>the sheet is cut short: the end of its data is missing</translation>
    </message>
    <message>
        <source>Kata sandi salah untuk berkas {berkas}.</source>
        <translation>Wrong password for file {berkas}.</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa dibuka dengan kata sandi itu ({galat}).</source>
        <translation>File {berkas} cannot be opened with that password ({galat}).</translation>
    </message>
    <message>
        <source>Membaca workbook</source>
        <translation>Reading the workbook</translation>
    </message>
    <message>
        <source>ID Keluarga muncul lebih dari sekali (baris {baris}); tidak ada yang diterapkan</source>
        <translation>Family ID appears more than once (rows {baris}); none of them is applied</translation>
    </message>
    <message>
        <source>ID Keluarga tidak ada di basis data</source>
        <translation>Family ID not in the database</translation>
    </message>
    <message>
        <source>{asal}, {kapan}: di basis data &apos;{lama}&apos;, di workbook &apos;{baru}&apos;; keluarga tidak diterapkan sampai dipilih nilai mana yang dipakai (di jendela impor ulang, atau --pakai-workbook/--pakai-basis-data), agar tidak ada yang tertimpa</source>
        <translation>{asal}, {kapan}: in the database &apos;{lama}&apos;, in the workbook &apos;{baru}&apos;; the family is not applied until you choose which value to use (in the re-import window, or --pakai-workbook/--pakai-basis-data), so that nothing is overwritten</translation>
    </message>
    <message>
        <source>hanya workbook yang mengubah isian ini</source>
        <translation>only the workbook changed this field</translation>
    </message>
    <message>
        <source>ID Individu {id_individu} tidak ada di basis data</source>
        <translation>Individual ID {id_individu} not in the database</translation>
    </message>
    <message>
        <source>ID Individu {id_individu} muncul lebih dari sekali</source>
        <translation>Individual ID {id_individu} appears more than once</translation>
    </message>
    <message>
        <source>ID Keluarga {id_keluarga} tidak ada di basis data. Usulan keluarga baru dari laptop tidak dibawa lewat impor ulang: masukkan di kantor dengan Verifikasi &gt; Usulan keluarga baru</source>
        <translation>ID Keluarga {id_keluarga} is not in the database. A proposed new family (usulan baru) from a laptop is not brought over by a re-import: enter it at the office with Verifikasi &gt; Usulan keluarga baru</translation>
    </message>
    <message>
        <source>ID Keluarga kosong: anggota baru harus menyebut keluarganya</source>
        <translation>ID Keluarga empty: a new member must name its family</translation>
    </message>
    <message>
        <source>keluarganya tidak ada di lembar Data Keluarga atau barisnya bermasalah; tidak diterapkan</source>
        <translation>its family is not in the Data Keluarga sheet or its row has a problem; not applied</translation>
    </message>
    <message>
        <source>ID Individu {id_individu} di basis data ini milik anggota baru lain ({nama}), bukan orang di baris ini; tidak diterapkan kepadanya. Bila orang ini baru ditambahkan, isi Status anggota &apos;Anggota baru&apos;</source>
        <translation>ID Individu {id_individu} in this database belongs to another new member ({nama}), not the person in this row; not applied to them. If this person was just added, set Status anggota to &apos;Anggota baru&apos;</translation>
    </message>
    <message>
        <source>orang yang sama dengan anggota baru di baris {baris} ({nama}); tidak ditambahkan dua kali</source>
        <translation>the same person as the new member in row {baris} ({nama}); not added twice</translation>
    </message>
    <message>
        <source>Anggota baru: {masalah}</source>
        <translation>New member: {masalah}</translation>
    </message>
    <message>
        <source>Menerapkan perubahan</source>
        <translation>Applying the changes</translation>
    </message>
    <message>
        <source>{isian} tidak bisa diubah lewat impor ulang (gunakan Ajukan/Setujui/Kembalikan di aplikasi); baris ini tidak diterapkan</source>
        <translation>{isian} cannot be changed by a re-import (use Submit/Approve/Return in the application); this row is not applied</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang mengubah keluarga di wilayah {wilayah}</source>
        <translation>{nama} ({peran}) is not allowed to change families in region {wilayah}</translation>
    </message>
    <message>
        <source>ID Keluarga {id_keluarga} tidak ada di basis data</source>
        <translation>Family ID {id_keluarga} not in the database</translation>
    </message>
    <message>
        <source>anggota {nama} bermasalah di lembar {lembar} (baris {baris}); keluarga tidak diterapkan</source>
        <translation>member {nama} has a problem in sheet {lembar} (row {baris}); the family is not applied</translation>
    </message>
    <message>
        <source>ID Individu kosong. Untuk menambah anggota baru, isi Status anggota &apos;Anggota baru&apos; (ID dibuat oleh aplikasi)</source>
        <translation>ID Individu empty. To add a new member, set Status anggota to &apos;Anggota baru&apos; (the application makes the ID)</translation>
    </message>
    <message>
        <source>ID Keluarga {id_keluarga} tidak ada di basis data; anggota baru hanya ditambahkan ke keluarga yang ada</source>
        <translation>ID Keluarga {id_keluarga} is not in the database; new members are only added to families that exist</translation>
    </message>
    <message>
        <source>Keluarga berstatus {persetujuan} tidak bisa diubah</source>
        <translation>A family with status {persetujuan} cannot be changed</translation>
    </message>
    <message>
        <source>Keluarga tanpa satu pun anggota: berkas Individu untuk desanya, dari rilis P3KE yang sama dengan data keluarga ini atau lebih baru (Dimuktakhirkan Tahun), tidak memuat keluarga ini, juga tidak kepala keluarganya</source>
        <translation>Family without a single member: the Individu file for its village, of the same P3KE release as this family&apos;s data or a newer one (Dimuktakhirkan Tahun), holds none of this family, not even its head</translation>
    </message>
    <message>
        <source>{kolom}: sel berisi galat Excel {galat} di berkas sumber (rumus yang gagal, misalnya VLOOKUP); perbaiki rumusnya di Excel atau minta berkas yang bersih, lalu impor lagi</source>
        <translation>{kolom}: the cell holds the Excel error {galat} in the source file (a formula that failed, such as VLOOKUP); fix the formula in Excel or ask for a clean file, then import again</translation>
    </message>
    <message>
        <source>NIK Kepala Keluarga di berkas keluarga ({nik}) tidak sama dengan NIK kepala di berkas individu ({nik_anggota}; berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris})</source>
        <translation>The NIK Kepala Keluarga in the family file ({nik}) is not the head&apos;s NIK in the individual file ({nik_anggota}; file {berkas}, sheet &apos;{lembar}&apos;, row {baris})</translation>
    </message>
    <message>
        <source>baris audit #{dari} sampai #{sampai} hilang ({jumlah} baris dihapus): nomor melompat dari #{sebelumnya} ke #{id}</source>
        <translation>audit rows #{dari} to #{sampai} are missing ({jumlah} rows deleted): the numbers jump from #{sebelumnya} to #{id}</translation>
    </message>
    <message>
        <source>baris audit #1 hilang (baris pertama dihapus): log mulai di #2</source>
        <translation>audit row #1 is missing (the first row was deleted): the log starts at #2</translation>
    </message>
    <message>
        <source>baris audit #1 sampai #{sampai} hilang ({jumlah} baris pertama dihapus): log mulai di #{id}</source>
        <translation>audit rows #1 to #{sampai} are missing (the first {jumlah} rows were deleted): the log starts at #{id}</translation>
    </message>
    <message>
        <source>baris audit #{hilang} hilang (dihapus): nomor melompat dari #{sebelumnya} ke #{id}</source>
        <translation>audit row #{hilang} is missing (deleted): the numbers jump from #{sebelumnya} to #{id}</translation>
    </message>
    <message>
        <source>baris audit #{id} disisipkan di luar aplikasi: tidak tersambung ke baris #{sebelumnya}</source>
        <translation>audit row #{id} was inserted outside the application: it does not link to row #{sebelumnya}</translation>
    </message>
    <message>
        <source>baris audit #{id} disisipkan di luar aplikasi: bukan awal rantai</source>
        <translation>audit row #{id} was inserted outside the application: it is not the start of the chain</translation>
    </message>
    <message>
        <source>sambungan baris audit #{id} ke #{sebelumnya} diubah (hash baris #{sebelumnya} atau penghubung baris #{id})</source>
        <translation>the link of audit row #{id} to #{sebelumnya} was changed (the hash of row #{sebelumnya} or the link of row #{id})</translation>
    </message>
    <message>
        <source>Ruang Anda di folder jaringan penuh: server menolak {nama} dengan pesan &apos;disk penuh&apos;. Pada folder bersama itu biasanya berarti kuota (jatah ruang) akun Anda di server sudah terpakai semua, kadang disk server itu sendiri yang penuh. Hapus atau pindahkan berkas Anda yang tidak diperlukan dari folder jaringan itu, minta administrator jaringan memeriksa kuota Anda, atau simpan ke disk komputer ini, lalu ulangi.</source>
        <translation>Your space in the network folder is full: the server refused {nama} saying &apos;disk full&apos;. On a shared folder this usually means your account&apos;s quota (share of space) on the server is all taken, sometimes that the server&apos;s disk itself is full. Delete or move files of yours that are not needed from that network folder, ask the network administrator to check your quota, or save to this computer&apos;s disk, then try again.</translation>
    </message>
    <message>
        <source>Akses ke {nama} ditolak: berkas itu sedang dibuka program lain (tutup dulu di Excel), berkas atau foldernya hanya-baca, atau akun Anda tidak punya izin di folder itu. Tutup berkasnya atau pilih folder lain, lalu ulangi.</source>
        <translation>Access to {nama} was denied: the file is open in another program (close it in Excel first), the file or its folder is read-only, or your account has no permission in that folder. Close the file or choose another folder, then try again.</translation>
    </message>
    <message>
        <source>Disk tempat {nama} hanya bisa dibaca (CD, flashdisk yang dikunci, folder bersama tanpa izin tulis, atau flashdisk bermasalah yang oleh sistem dijadikan hanya-baca). Pilih folder lain, lalu ulangi.</source>
        <translation>The disk holding {nama} can only be read (a CD, a locked USB stick, a shared folder without write permission, or a faulty USB stick the system switched to read-only). Choose another folder, then try again.</translation>
    </message>
    <message>
        <source>Seluruh basis data</source>
        <translation>Whole database</translation>
    </message>
    <message>
        <source>Wilayah kerja {daftar}</source>
        <translation>Work regions {daftar}</translation>
    </message>
    <message>
        <source>Kode wilayah {kode} tidak sah: pakai kode kabupaten/kota (4 digit), kecamatan (6 digit) atau desa/kelurahan (10 digit).</source>
        <translation>Region code {kode} is not valid: use a kabupaten/kota code (4 digits), a kecamatan code (6 digits) or a desa/kelurahan code (10 digits).</translation>
    </message>
    <message>
        <source>{nama} ({peran}) tidak berwenang mencetak dokumen untuk wilayah {kode}. Wilayah kerjanya {wilayah}: pilih wilayah yang seluruhnya ada di dalamnya.</source>
        <translation>{nama} ({peran}) may not print documents for region {kode}. Their work regions are {wilayah}: choose a region lying wholly within them.</translation>
    </message>
    <message>
        <source>{apa} {nilai} (diisi; data keluarganya mencatat tanggal lain)</source>
        <translation>{apa} {nilai} (entered; its families&apos; data record another date)</translation>
    </message>
    <message>
        <source>Tidak ada keluarga dalam {tempat}; tidak ada yang dicetak.</source>
        <translation>No families in {tempat}; nothing was printed.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga yang perlu dikunjungi dalam {tempat}; tidak ada yang dicetak.</source>
        <translation>No families to visit in {tempat}; nothing was printed.</translation>
    </message>
    <message>
        <source>seluruh wilayah kerja Anda: {daftar}</source>
        <translation>all your work regions: {daftar}</translation>
    </message>
    <message>
        <source>Wilayah kerjanya {wilayah}: pilih wilayah yang seluruhnya ada di dalamnya, atau seluruh wilayah kerjanya.</source>
        <translation>Their work regions are {wilayah}: choose a region lying wholly within them, or all their work regions.</translation>
    </message>
    <message>
        <source>keluarga ini tidak diterapkan</source>
        <translation>this family is not applied</translation>
    </message>
    <message>
        <source>baris ini tidak diterapkan</source>
        <translation>this row is not applied</translation>
    </message>
    <message>
        <source>ID Keluarga kosong pada baris berisi alamat &apos;{alamat}&apos; di desa &apos;{desa}&apos; tanpa nama kepala keluarga: isi ID Keluarga dari baris aslinya, atau catat keluarga ini sebagai usulan keluarga baru di kantor (Verifikasi &gt; Usulan keluarga baru...); bila baris ini memang sisa, kosongkan alamatnya</source>
        <translation>ID Keluarga is empty in a row holding the address &apos;{alamat}&apos; in desa &apos;{desa}&apos; without a head of family&apos;s name: fill in the ID Keluarga from its original row, or record this family as a new family proposal at the office (Verification &gt; New family proposal...); if the row is indeed a leftover, clear its address</translation>
    </message>
    <message>
        <source>Anggota baru {nama} (lembar {lembar} baris {baris}) bermasalah dan Hubungan dengan Kepala Keluarga-nya tidak terbaca, jadi bisa jadi kepala keluarga baru: tidak ada perubahan keluarga ini yang diterapkan, karena kepala keluarga baru mengganti data kepala keluarga dan perubahan lain keluarga ini bisa bergantung padanya. Betulkan baris anggota itu lalu impor lagi workbook ini</source>
        <translation>New member {nama} (sheet {lembar} row {baris}) has a problem and its Hubungan dengan Kepala Keluarga (relationship to the head of family) cannot be read, so it may be a new head: none of this family&apos;s changes is applied, because a new head replaces the head&apos;s data and the family&apos;s other changes may depend on it. Correct that member&apos;s row, then import this workbook again</translation>
    </message>
    <message>
        <source>sel ini berisi rumus yang belum pernah dihitung (tanpa nilai tersimpan): workbook ditulis program lain dan belum pernah dibuka lalu disimpan di Excel, jadi isinya tidak terbaca dan {akibat}. Buka workbook di Excel atau LibreOffice lalu simpan (rumusnya dihitung), atau ketik isinya langsung tanpa rumus, lalu impor lagi</source>
        <translation>this cell holds a formula that was never calculated (no stored value): the workbook was written by another program and never opened and saved in Excel, so its content cannot be read and {akibat}. Open the workbook in Excel or LibreOffice and save it (the formula is calculated), or type the content without a formula, then import again</translation>
    </message>
    <message>
        <source>catatan ini berisi nomor tersamar {nomor} yang tidak ada di catatan basis data (catatan itu diubah di aplikasi sesudah workbook diekspor, atau nomornya disalin dari catatan lain), jadi catatan ini tidak diterapkan: bintangnya akan tersimpan sebagai catatan. Catatan di basis data tetap; isian lain baris ini tetap diterapkan. Untuk mengganti catatan, ketik nomor lengkapnya atau hapus nomor itu, lalu impor lagi</source>
        <translation>this note holds the masked number {nomor}, which is not in the database&apos;s note (that note was changed in the application after the workbook was exported, or the number was copied from another note), so this note is not applied: its stars would be stored as the note. The database&apos;s note stays; the other fields of this row are still applied. To replace the note, type the full number or remove it, then import again</translation>
    </message>
    <message>
        <source>keluarganya di lembar Data Keluarga (baris {baris}) adalah usulan lain dari laptop, bukan keluarga dengan ID ini di basis data ini; tidak diterapkan</source>
        <translation>its family in the Data Keluarga sheet (row {baris}) is another proposal from a laptop, not the family with this ID in this database; not applied</translation>
    </message>
    <message>
        <source>ID Keluarga kosong pada baris keluarga &apos;{nama}&apos; di desa &apos;{desa}&apos; yang berisi isian: isi ID Keluarga dari baris aslinya, atau catat keluarga ini sebagai usulan keluarga baru di kantor (Verifikasi &gt; Usulan keluarga baru...)</source>
        <translation>ID Keluarga is empty in the row of family &apos;{nama}&apos; in desa &apos;{desa}&apos;, which holds entries: fill in the ID Keluarga from its original row, or record this family as a new family proposal at the office (Verification &gt; New family proposal...)</translation>
    </message>
    <message>
        <source>Anggota baru {nama} (lembar {lembar} baris {baris}) dicatat sebagai Kepala Keluarga tetapi barisnya bermasalah, jadi tidak ada perubahan keluarga ini yang diterapkan: kepala keluarga baru mengganti data kepala keluarga, dan perubahan lain keluarga ini bisa bergantung padanya. Betulkan baris anggota itu lalu impor lagi workbook ini</source>
        <translation>New member {nama} (sheet {lembar} row {baris}) is recorded as Head of Family but its row has a problem, so none of this family&apos;s changes is applied: a new head replaces the head&apos;s data, and the family&apos;s other changes may depend on it. Correct that member&apos;s row, then import this workbook again</translation>
    </message>
    <message>
        <source>sel ini berisi galat Excel {galat}, bukan isian: biasanya tulisan yang diawali tanda &apos;-&apos;, &apos;+&apos; atau &apos;=&apos; (misalnya &apos;- rumah kosong&apos;) dianggap Excel sebagai rumus, jadi isinya tidak terbaca dan {akibat}. Ketik ulang isinya diawali tanda petik (&apos;) agar Excel menyimpannya sebagai teks, misalnya &apos;- rumah kosong, atau tanpa tanda di depannya, lalu impor lagi</source>
        <translation>this cell holds the Excel error {galat}, not an entry: text typed starting with &apos;-&apos;, &apos;+&apos; or &apos;=&apos; (for example &apos;- house empty&apos;) is usually taken by Excel for a formula, so its content cannot be read and {akibat}. Type the content again starting with an apostrophe (&apos;) so that Excel keeps it as text, for example &apos;- house empty, or without the sign in front, then import again</translation>
    </message>
    <message>
        <source>{galat} Baca workbook lagi untuk pratinjau baru.</source>
        <translation>{galat} Read the workbook again for a new preview.</translation>
    </message>
    <message>
        <source>dan workbook berasal dari basis data lain (laptop lain)</source>
        <translation>and the workbook comes from another database (another laptop)</translation>
    </message>
    <message>
        <source>setelah workbook diekspor ({waktu})</source>
        <translation>after the workbook was exported ({waktu})</translation>
    </message>
    <message>
        <source>NIK perbaikan {nik} tersimpan sebagai angka, bukan teks: Excel hanya menyimpan 15 digit, digit terakhir bisa sudah berubah menjadi 0. Ketik ulang NIK sebagai teks (awali dengan tanda petik &apos;) lalu impor lagi</source>
        <translation>Corrected NIK {nik} is stored as a number, not text: Excel keeps only 15 digits, the last digit may have become 0. Type the NIK again as text (start it with an apostrophe &apos;) and import again</translation>
    </message>
    <message>
        <source>berkas dibuat oleh program yang tidak menghitung rumus, sehingga nilainya akan terbaca kosong. Buka berkas itu di Excel atau LibreOffice, simpan ulang, lalu impor lagi</source>
        <translation>the file was written by a program that does not calculate formulas, so their values would be read as empty. Open the file in Excel or LibreOffice, save it again, then import again</translation>
    </message>
    <message>
        <source>Sel berisi karakter kontrol tersembunyi (kode {kode:d}); hapus karakter itu (biasanya terbawa saat menyalin dari program lain)</source>
        <translation>The cell holds a hidden control character (code {kode:d}); delete that character (it usually comes along when copying from another program)</translation>
    </message>
    <message>
        <source>berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris}, kolom {kolom} ({judul})</source>
        <translation>file {berkas}, sheet &apos;{lembar}&apos;, row {baris}, column {kolom} ({judul})</translation>
    </message>
    <message>
        <source>Kolom wajib tidak ditemukan di berkas {berkas}, lembar &apos;{lembar}&apos; (judul kolom di baris {baris}): {kolom}.</source>
        <translation>Required columns not found in file {berkas}, sheet &apos;{lembar}&apos; (column headers in row {baris}): {kolom}.</translation>
    </message>
    <message>
        <source>{n} tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; bisa dibaca dua cara dan dibaca hari dulu (mis. {contoh} dibaca {dibaca}); NIK tidak memastikan urutannya ({nik_hari} NIK cocok bila dibaca hari dulu, {nik_bulan} bila dibaca bulan dulu): periksa tanggal-tanggal itu.</source>
        <translation>{n} dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; read two ways and were read day first (e.g. {contoh} read as {dibaca}); the NIKs do not settle the order ({nik_hari} NIKs match when read day first, {nik_bulan} when read month first): check those dates.</translation>
    </message>
    <message>
        <source>{n} tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; bisa dibaca dua cara dan dibaca hari dulu (mis. {contoh} dibaca {dibaca}), tanpa bukti: tidak ada NIK di baris itu yang cocok dengan salah satu cara baca (NIK kosong, rusak, atau bertanggal lain). Bila berkas ini ditulis bulan dulu seperti di Amerika, tanggal itu salah baca: periksa tanggal-tanggal itu.</source>
        <translation>{n} dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; read two ways and were read day first (e.g. {contoh} read as {dibaca}) without evidence: no NIK in those rows matches either reading (NIKs empty, damaged or with another date). If this file is written month first, the American way, those dates were misread: check them.</translation>
    </message>
    <message>
        <source>Isi sel terlalu panjang ({panjang} karakter; batas Excel {batas})</source>
        <translation>The cell is too long ({panjang} characters; Excel allows {batas})</translation>
    </message>
    <message>
        <source>Sel berisi rumus atau perintah ({isi!r}); data P3KE tidak berisi rumus, ketik ulang sebagai teks biasa</source>
        <translation>The cell holds a formula or a command ({isi!r}); P3KE data holds no formulas, type it again as plain text</translation>
    </message>
    <message>
        <source>Sel berisi tanda arah tulisan tersembunyi (U+{kode:04X}) yang bisa membuat teks tampil berbeda dari isinya; hapus tanda itu</source>
        <translation>The cell holds a hidden text-direction mark (U+{kode:04X}) that can make the text look different from what it holds; delete that mark</translation>
    </message>
    <message>
        <source>berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris}</source>
        <translation>file {berkas}, sheet &apos;{lembar}&apos;, row {baris}</translation>
    </message>
    <message>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>{anggota} anggotanya yang tidak ada di berkas dihitung &quot;tidak ada lagi&quot;, dan keluarga itu kini tanpa Kepala Keluarga (temuan KK_TANPA_KEPALA).</source>
        <translation>{anggota} {anggota:member|members} of theirs missing from the file {anggota:is|are} counted as &quot;no longer there&quot;, and these families now have no head of family (finding KK_TANPA_KEPALA).</translation>
    </message>
    <message>
        <source>Keluarga itu tidak punya anggota di basis data, jadi tanpa Kepala Keluarga (temuan KK_TANPA_KEPALA).</source>
        <translation>These families have no members in the database, so no head of family (finding KK_TANPA_KEPALA).</translation>
    </message>
    <message>
        <source>{jumlah} keluarga berganti Kepala Keluarga menurut berkas ini (mis. ID Keluarga {idk}: {lama} menjadi {baru}). Itu bisa sah (kepala keluarga lama meninggal atau pindah); cocokkan dengan KK. NIK dan kolom kepala keluarga di baris keluarga kini milik kepala yang baru; laporan temuan mendaftar semuanya di lembar Kepala baru.</source>
        <translation>{jumlah} {jumlah:family has|families have} a new head of family according to this file (e.g. ID Keluarga {idk}: {lama} became {baru}). That may be right (the former head died or moved away); check against the family card (KK). The NIK and head columns of the family row now belong to the new head; the findings report lists them all on the sheet Kepala baru.</translation>
    </message>
    <message>
        <source>Memeriksa berkas</source>
        <translation>Checking the files</translation>
    </message>
    <message>
        <source>Mengenali lembar dan kolom</source>
        <translation>Recognising sheets and columns</translation>
    </message>
    <message>
        <source>Membuat cadangan sebelum impor</source>
        <translation>Making a backup before the import</translation>
    </message>
    <message>
        <source>Tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; ditulis bulan dulu seperti di Amerika (mis. {bukti_bulan}), maka {n} tanggal yang bisa dibaca dua cara juga dibaca bulan dulu (mis. {contoh} dibaca {dibaca}).</source>
        <translation>The dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; are written month first as in the US (e.g. {bukti_bulan}), so {n} dates that read two ways were read month first too (e.g. {contoh} read as {dibaca}).</translation>
    </message>
    <message>
        <source>Tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; ditulis dengan dua urutan: bulan dulu (mis. {bukti_bulan}) dan hari dulu (mis. {bukti_hari}); {n} tanggal yang bisa dibaca dua cara dibaca hari dulu (mis. {contoh} dibaca {dibaca}): periksa tanggal-tanggal itu.</source>
        <translation>The dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; are written in two orders: month first (e.g. {bukti_bulan}) and day first (e.g. {bukti_hari}); {n} dates that read two ways were read day first (e.g. {contoh} read as {dibaca}): check those dates.</translation>
    </message>
    <message>
        <source>Semua tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; bisa dibaca dua cara, dan NIK menunjukkan bulan dulu seperti di Amerika ({nik_bulan} NIK cocok bila dibaca bulan dulu, {nik_hari} bila dibaca hari dulu): {n} tanggal itu dibaca bulan dulu (mis. {contoh} dibaca {dibaca}).</source>
        <translation>Every date in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; reads two ways, and the NIKs show month first as in the US ({nik_bulan} NIKs match when read month first, {nik_hari} when read day first): those {n} dates were read month first (e.g. {contoh} read as {dibaca}).</translation>
    </message>
    <message>
        <source>Baris judul kolom lembar &apos;{lembar}&apos; di berkas {berkas} (baris {baris}) terbaca berbeda saat impor; simpan ulang berkas dari Excel.</source>
        <translation>The column header row of sheet &apos;{lembar}&apos; in file {berkas} (row {baris}) read differently during the import; save the file again from Excel.</translation>
    </message>
    <message>
        <source>(tidak ada lembar)</source>
        <translation>(no sheets)</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak berisi data P3KE yang dikenali: tidak ada baris judul kolom P3KE (misalnya &apos;ID Keluarga P3KE&apos;, &apos;NIK&apos;, &apos;Nama&apos;, &apos;Kode Kemdagri&apos;) di {n} baris pertama lembar {lembar}.</source>
        <translation>File {berkas} holds no recognisable P3KE data: there is no row of P3KE column headers (such as &apos;ID Keluarga P3KE&apos;, &apos;NIK&apos;, &apos;Nama&apos;, &apos;Kode Kemdagri&apos;) in the first {n} rows of sheet {lembar}.</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang dipilih untuk diimpor.</source>
        <translation>No file was chosen for the import.</translation>
    </message>
    <message>
        <source>Impor dibatalkan: {nama} harus unik di berkas.</source>
        <translation>Import cancelled: {nama} must be unique in the files.</translation>
    </message>
    <message>
        <source>... dan {lagi} masalah lain</source>
        <translation>... and {lagi} more {lagi:problem|problems}</translation>
    </message>
    <message>
        <source>Sel {sel} berisi galat Excel {galat} ({tempat}): ID Keluarga tidak terbaca. Perbaiki rumusnya di Excel atau minta berkas yang bersih, lalu impor lagi</source>
        <translation>Cell {sel} holds the Excel error {galat} ({tempat}): the ID Keluarga cannot be read. Fix the formula in Excel or ask for a clean file, then import again</translation>
    </message>
    <message>
        <source>Sel {sel} berisi rumus yang belum pernah dihitung (tanpa nilai tersimpan) ({tempat}): {sebab}</source>
        <translation>Cell {sel} holds a formula that was never calculated (no stored value) ({tempat}): {sebab}</translation>
    </message>
    <message>
        <source>{alasan} ({tempat})</source>
        <translation>{alasan} ({tempat})</translation>
    </message>
    <message>
        <source>ID Keluarga kosong ({tempat})</source>
        <translation>ID Keluarga is empty ({tempat})</translation>
    </message>
    <message>
        <source>{jumlah} keluarga di desa berkas ini tidak punya baris di berkas Individu, tetapi tetap ada (ID Keluarga {contoh}): berkas Individu mendaftar orang, bukan keluarga, jadi tidak menandai keluarga &quot;tidak ada lagi&quot;.</source>
        <translation>{jumlah} {jumlah:family|families} of the villages in this file {jumlah:has|have} no row in the Individu file but {jumlah:stays|stay} (ID Keluarga {contoh}): an Individu file lists people, not families, so it does not mark a family &quot;no longer in the files&quot;.</translation>
    </message>
    <message>
        <source>Impor berkas Keluarga dari rilis yang sama untuk memastikan; laporan temuan mendaftar keluarga itu di lembar Keluarga tetap.</source>
        <translation>Import the Keluarga file of the same release to be sure; the findings report lists these families on the sheet Keluarga tetap.</translation>
    </message>
    <message>
        <source>salinan lain dari basis data yang sama ditaruh di atas berkasnya; catatan jejak audit nomor {nomor} yang tadi terbaca di sini tidak ada di dalamnya, jadi perubahan terakhir tidak ada di sana</source>
        <translation>another copy of the same database was put over its file; audit trail entry number {nomor}, read here before, is not in it, so the latest changes are not there</translation>
    </message>
    <message>
        <source>salinan yang lebih baru dari basis data yang sama ditaruh di atas berkasnya (jejak auditnya berlanjut sampai catatan nomor {nomor})</source>
        <translation>a newer copy of the same database was put over its file (its audit trail goes on to entry number {nomor})</translation>
    </message>
    <message>
        <source>Baris dihapus dari workbook</source>
        <translation>Row deleted from the workbook</translation>
    </message>
    <message>
        <source>Kolom tambahan tidak dibaca</source>
        <translation>Added column not read</translation>
    </message>
    <message>
        <source>Workbook ditolak</source>
        <translation>Workbook refused</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Pakai basis data</source>
        <translation>Use the database</translation>
    </message>
    <message>
        <source>Pakai workbook</source>
        <translation>Use the workbook</translation>
    </message>
    <message>
        <source>Belum dipilih</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>ID Keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>ID Individu</source>
        <translation>Member ID</translation>
    </message>
    <message>
        <source>Nilai di workbook</source>
        <translation>Value in the workbook</translation>
    </message>
    <message>
        <source>Masalah (alasan, nilai yang diharapkan)</source>
        <translation>Problem (reason, value expected)</translation>
    </message>
    <message>
        <source>Jenis masalah</source>
        <translation>Kind of problem</translation>
    </message>
    <message>
        <source>Nilai di basis data</source>
        <translation>Value in the database</translation>
    </message>
    <message>
        <source>Dipakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Daftar masalah impor ulang workbook hasil koreksi</source>
        <translation>Problems list of the corrected workbook&apos;s re-import</translation>
    </message>
    <message>
        <source>Baris dan isian ini tidak diterapkan. Betulkan di workbook yang sama (lihat SHA-256), lalu kirim kembali untuk diimpor ulang. NIK dan No KK disamarkan; berisi data pribadi (UU 27/2022): simpan dan kirim hanya lewat jalur resmi.</source>
        <translation>These rows and fields were not applied. Correct them in the same workbook (see SHA-256), then send it back to be re-imported. NIKs and KK numbers are masked; holds personal data (UU 27/2022): keep and send it only through official channels.</translation>
    </message>
    <message>
        <source>Masalah impor ulang {berkas} (SHA-256 {sha}), {waktu}</source>
        <translation>Re-import problems of {berkas} (SHA-256 {sha}), {waktu}</translation>
    </message>
    <message>
        <source>Nilai di workbook pernah dipegang basis data ini (salinan lama dari laptop): nilai basis data dipakai kecuali dipilih lain. Nilai basis data: {asal}</source>
        <translation>The workbook&apos;s value was once held by this database (an old copy from a laptop): the database&apos;s value is used unless chosen otherwise. Database value: {asal}</translation>
    </message>
    <message>
        <source>Diubah di basis data ini sesudah workbook diekspor dan di workbook dengan nilai lain: dipakai nilai yang dipilih. Nilai basis data: {asal}</source>
        <translation>Changed in this database after the workbook was exported and in the workbook to another value: the value chosen is used. Database value: {asal}</translation>
    </message>
    <message>
        <source>Kolom tambahan &apos;{judul}&apos; ({n} baris berisi) tidak dibaca impor ulang, jadi isinya tidak diterapkan. Alamat (termasuk RT/RW) dibetulkan di formulir keluarga; keterangan lain ditulis di kolom Catatan (Catatan anggota) agar ikut diimpor</source>
        <translation>Added column &apos;{judul}&apos; ({n} rows filled) is not read by the re-import, so its content is not applied. An address (RT/RW included) is corrected in the family form; other remarks are written in the Catatan column (Catatan anggota) to be imported</translation>
    </message>
    <message>
        <source>Lembar ini kini memuat {n} baris berisi ID, saat diekspor {semula}: keluarga yang barisnya dihapus tidak diubah (baris yang dihapus tidak menghapus apa pun). Bila keluarga memang tidak layak atau pindah, kembalikan barisnya dan isi kolom verifikasinya</source>
        <translation>This sheet now holds {n} rows with an ID, {semula} when exported: families whose row was deleted are not changed (a deleted row deletes nothing). If a family is indeed not eligible or moved, put its row back and fill in its verification columns</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>SHA-256 (awal)</source>
        <translation>SHA-256 (start)</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Jumlah masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>{jenis} ({dipakai}: {pilihan})</source>
        <translation>{jenis} ({dipakai}: {pilihan})</translation>
    </message>
    <message>
        <source>Baris ini juga punya masalah lain (lihat daftar ini), jadi tidak diterapkan apa pun pilihannya.</source>
        <translation>This row has another problem too (see this list), so it is not applied whatever is chosen.</translation>
    </message>
    <message>
        <source>Desa {wilayah}</source>
        <translation>Village {wilayah}</translation>
    </message>
    <message>
        <source>NIP penandatangan hanya dicetak pada berita acara satu musyawarah kecamatan atau kabupaten/kota: pilih wilayahnya dan isi tanggal serta tempat musyawarahnya.</source>
        <translation>The signing official&apos;s NIP is printed only on the minutes of one district or regency/city meeting: choose the region and enter the meeting&apos;s date and place.</translation>
    </message>
    <message>
        <source>Jabatan penandatangan hanya dicetak pada berita acara satu musyawarah kecamatan atau kabupaten/kota: pilih wilayahnya dan isi tanggal serta tempat musyawarahnya.</source>
        <translation>The signing official&apos;s title is printed only on the minutes of one district or regency/city meeting: choose the region and enter the meeting&apos;s date and place.</translation>
    </message>
    <message>
        <source>Wilayah {wilayah}</source>
        <translation>Region {wilayah}</translation>
    </message>
    <message>
        <source>{desa} ({kode}): {tanggal}; {nomor}</source>
        <translation>{desa} ({kode}): {tanggal}; {nomor}</translation>
    </message>
    <message>
        <source>Kelurahan {wilayah}</source>
        <translation>Kelurahan {wilayah}</translation>
    </message>
    <message>
        <source>Berita Acara Hasil Verifikasi - {desa}</source>
        <translation>Verification report (Berita Acara) - {desa}</translation>
    </message>
    <message>
        <source>Daftar Kunjungan - {desa}</source>
        <translation>Visit list (Daftar Kunjungan) - {desa}</translation>
    </message>
    <message>
        <source>Kecamatan {wilayah}</source>
        <translation>District {wilayah}</translation>
    </message>
    <message>
        <source>Kabupaten/Kota {wilayah}</source>
        <translation>Regency/city {wilayah}</translation>
    </message>
    <message>
        <source>Berita Acara Hasil Verifikasi - {tempat}</source>
        <translation>Verification report (Berita Acara) - {tempat}</translation>
    </message>
    <message>
        <source>Daftar Kunjungan - {tempat}</source>
        <translation>Visit list (Daftar Kunjungan) - {tempat}</translation>
    </message>
    <message>
        <source>{apa} diisi tangan (belum tercatat di data keluarganya)</source>
        <translation>{apa} filled in by hand (not yet recorded in its families&apos; data)</translation>
    </message>
    <message>
        <source>&apos;{nilai}&apos; ({id} dan {n} lainnya)</source>
        <translation>&apos;{nilai}&apos; ({id} and {n} more)</translation>
    </message>
    <message>
        <source>NIP penandatangan hanya boleh berisi angka (boleh dengan spasi atau titik), misalnya 19700101 199003 1 001; tertulis: {nip}</source>
        <translation>The signing official&apos;s NIP may hold only digits (spaces or dots allowed), for example 19700101 199003 1 001; written: {nip}</translation>
    </message>
    <message>
        <source>Nama kepala dinas hanya dicetak pada berita acara satu musyawarah kabupaten/kota: pilih kabupaten/kotanya dan isi tanggal serta tempat musyawarahnya.</source>
        <translation>The name of the head of the Dinas Sosial is printed only on the minutes of one regency/city meeting: choose the regency/city and enter the meeting&apos;s date and place.</translation>
    </message>
    <message>
        <source>{tempat} memuat {n} desa/kelurahan dengan musyawarahnya masing-masing: nomor berita acara berbeda untuk setiap desa dan tidak ada tanda tangan camat atau kepala dinas, jadi kosongkan nomor, jabatan, dan nama camat atau kepala dinas. Setiap desa mendapat nomor BA musdes yang tercatat di data keluarganya (Nomor BA musdes) bila sama untuk semua keluarganya yang sudah diverifikasi atau bermusdes; selebihnya diisi tangan di PDF. Atau cetak satu desa. Bila satu musyawarah kecamatan atau kabupaten/kota diadakan untuk semua desanya, pilih kecamatannya atau kabupaten/kotanya dan isi tanggal dan tempatnya: nomor BA, jabatan, dan nama penandatangannya lalu berlaku untuk semua desa itu.</source>
        <translation>{tempat} holds {n} {n:village|villages}, each with its own meeting: the minutes number differs for each village and there is no signature of a camat or of the head of the Dinas Sosial, so leave the number, the title and the official&apos;s name empty. Each village gets the minutes number recorded in its families&apos; data (Minutes no.) when all its families verified or with a meeting entry record the same one; otherwise it is filled in by hand on the PDF. Or print one village. If one district or regency/city meeting was held for all its villages, choose the district or the regency/city and enter its date and place: the minutes number, the title and the signing official&apos;s name then apply to all those villages.</translation>
    </message>
    <message>
        <source>Satu musyawarah {tempat} ditandatangani kepala dinas, bukan camat: kosongkan nama camat dan isi nama kepala dinas. Nama camat hanya dicetak pada berita acara satu musyawarah kecamatan: pilih kecamatannya dan isi tanggal serta tempat musyawarahnya.</source>
        <translation>One meeting of {tempat} is signed by the head of the Dinas Sosial, not by a camat: leave the camat&apos;s name empty and enter the head&apos;s name. The camat&apos;s name is printed only on the minutes of one district meeting: choose the district and enter the meeting&apos;s date and place.</translation>
    </message>
    <message>
        <source>Satu musyawarah {tempat} ditandatangani camat, bukan kepala dinas: kosongkan nama kepala dinas dan isi nama camat. Nama kepala dinas hanya dicetak pada berita acara satu musyawarah kabupaten/kota.</source>
        <translation>One meeting of {tempat} is signed by the camat, not by the head of the Dinas Sosial: leave the head&apos;s name empty and enter the camat&apos;s. The name of the head of the Dinas Sosial is printed only on the minutes of one regency/city meeting.</translation>
    </message>
    <message>
        <source>{apa} diisi tangan (satu musyawarah kabupaten/kota: nomornya tidak diambil dari data keluarga tiap desa; isi Nomor BA)</source>
        <translation>{apa} filled in by hand (one regency/city meeting: its number is not taken from each village&apos;s family data; enter the Report number)</translation>
    </message>
    <message>
        <source>tanggal musdes</source>
        <translation>village meeting date</translation>
    </message>
    <message>
        <source>nomor BA</source>
        <translation>minutes number</translation>
    </message>
    <message>
        <source>RT/RW di workbook ({diketik}) tidak diterapkan: alamat di basis data &apos;{alamat}&apos; ({di_alamat}). Alamat adalah data P3KE; bila RT/RW keluarga ini memang berubah, betulkan alamatnya di formulir keluarga, bagian Identitas dan alamat.</source>
        <translation>RT/RW in the workbook ({diketik}) not applied: address in the database &apos;{alamat}&apos; ({di_alamat}). The address is P3KE data; if this family&apos;s RT/RW has really changed, correct its address in the family form, section Identity and address.</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak punya lembar &apos;{lembar}&apos; (lembarnya: {ada}). Impor ulang hanya untuk workbook provinsi yang diekspor dengan daftar nama; bila lembarnya diganti nama, kembalikan namanya.</source>
        <translation>File {berkas} has no sheet &apos;{lembar}&apos; (its sheets: {ada}). Re-import is only for the province&apos;s workbook exported with the list of names; if the sheet was renamed, give it its name back.</translation>
    </message>
    <message>
        <source>Keluarga ini (kepala keluarga {nama}) ada di workbook saat diekspor, tetapi barisnya tidak ada lagi di lembar ini (dihapus, atau ID Keluarga-nya diketik ulang): keluarga ini tidak diubah. Tanyakan kepada yang mengoreksi workbook; bila keluarga memang tidak layak atau pindah, kembalikan barisnya dan isi kolom verifikasinya</source>
        <translation>This family (head of family {nama}) was in the workbook when it was exported, but its row is no longer on this sheet (deleted, or its ID Keluarga typed over): this family is not changed. Ask whoever corrected the workbook; if the family is indeed not eligible or moved, put its row back and fill in its verification columns</translation>
    </message>
    <message>
        <source>Anggota ini ({nama}) ada di workbook saat diekspor, tetapi barisnya tidak ada lagi di lembar ini: anggota ini tidak diubah. Tanyakan kepada yang mengoreksi workbook; bila anggota memang meninggal atau pindah, kembalikan barisnya dan isi Status anggota</source>
        <translation>This member ({nama}) was in the workbook when it was exported, but the row is no longer on this sheet: this member is not changed. Ask whoever corrected the workbook; if the member indeed died or moved, put the row back and fill in Status anggota</translation>
    </message>
    <message>
        <source>tanpa RT/RW</source>
        <translation>no RT/RW</translation>
    </message>
    <message>
        <source>Ini dugaan dari {n} baris data pertama yang dibaca pratinjau, bukan dari seluruh lembar: impor memutuskan dari semua baris, dan ringkasan sesudah impor menyebut hasilnya.</source>
        <translation>This is a guess from the first {n} data rows the preview read, not from the whole sheet: the import decides from every row, and the summary after the import says the result.</translation>
    </message>
    <message>
        <source>Judul kolom dua baris: judul kelompok di baris {atas} ({grup}) bukan nama kolom; nama kolom dibaca dari baris {baris} di bawahnya.</source>
        <translation>Column headers in two rows: the group titles in row {atas} ({grup}) are no column names; the column names are read from row {baris} below them.</translation>
    </message>
    <message>
        <source>Kolom {kolom} ({judul}): tidak satu pun dari {n} isian di baris yang dibaca pratinjau terbaca sebagai tanggal (mis. &apos;{contoh}&apos; di baris {baris}). Periksa apakah kolomnya benar; bila diimpor, nilai itu disimpan apa adanya dan setiap barisnya dilaporkan (TANGGAL_TIDAK_VALID).</source>
        <translation>Column {kolom} ({judul}): none of the {n} filled cells in the rows the preview read reads as a date (e.g. &apos;{contoh}&apos; in row {baris}). Check that it is the right column; if imported, those values are kept as written and every row is reported (TANGGAL_TIDAK_VALID).</translation>
    </message>
    <message>
        <source>Pratinjau membaca semua {n} baris data lembar ini, jadi impor akan melakukan hal yang sama.</source>
        <translation>The preview read all {n} data rows of this sheet, so the import will do the same.</translation>
    </message>
    <message>
        <source>{pesan} Judul kelompok melengkapi nama kolom yang tanpa itu bukan kolom P3KE (mis. kolom {kolom}: &apos;{judul}&apos;).</source>
        <translation>{pesan} A group title completes a column name that is no P3KE column without it (e.g. column {kolom}: &apos;{judul}&apos;).</translation>
    </message>
    <message>
        <source>{n} tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; bisa dibaca dua cara dan akan dibaca hari dulu (mis. {contoh} akan dibaca {dibaca}); NIK tidak memastikan urutannya ({nik_hari} NIK cocok bila dibaca hari dulu, {nik_bulan} bila dibaca bulan dulu): periksa tanggal-tanggal itu. {dasar}</source>
        <translation>{n} dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; read two ways and will be read day first (e.g. {contoh} will be read as {dibaca}); the NIKs do not settle the order ({nik_hari} NIKs match when read day first, {nik_bulan} when read month first): check those dates. {dasar}</translation>
    </message>
    <message>
        <source>{n} tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; bisa dibaca dua cara dan akan dibaca hari dulu (mis. {contoh} akan dibaca {dibaca}), tanpa bukti: tidak ada NIK di baris itu yang cocok dengan salah satu cara baca (NIK kosong, rusak, atau bertanggal lain). Bila berkas ini ditulis bulan dulu seperti di Amerika, tanggal itu salah baca: periksa. {dasar}</source>
        <translation>{n} dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; read two ways and will be read day first (e.g. {contoh} will be read as {dibaca}) without evidence: no NIK in those rows matches either reading (NIKs empty, damaged or with another date). If this file is written month first, the American way, those dates will be misread: check them. {dasar}</translation>
    </message>
    <message>
        <source>Tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; ditulis bulan dulu seperti di Amerika (mis. {bukti_bulan}), maka {n} tanggal yang bisa dibaca dua cara juga akan dibaca bulan dulu (mis. {contoh} akan dibaca {dibaca}). {dasar}</source>
        <translation>The dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; are written month first as in the US (e.g. {bukti_bulan}), so {n} dates that read two ways will be read month first too (e.g. {contoh} will be read as {dibaca}). {dasar}</translation>
    </message>
    <message>
        <source>Tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; ditulis dengan dua urutan: bulan dulu (mis. {bukti_bulan}) dan hari dulu (mis. {bukti_hari}); {n} tanggal yang bisa dibaca dua cara akan dibaca hari dulu (mis. {contoh} akan dibaca {dibaca}): periksa tanggal-tanggal itu. {dasar}</source>
        <translation>The dates in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; are written in two orders: month first (e.g. {bukti_bulan}) and day first (e.g. {bukti_hari}); {n} dates that read two ways will be read day first (e.g. {contoh} will be read as {dibaca}): check those dates. {dasar}</translation>
    </message>
    <message>
        <source>Semua tanggal di kolom {kolom}, berkas {berkas}, lembar &apos;{lembar}&apos; bisa dibaca dua cara, dan NIK menunjukkan bulan dulu seperti di Amerika ({nik_bulan} NIK cocok bila dibaca bulan dulu, {nik_hari} bila dibaca hari dulu): {n} tanggal itu akan dibaca bulan dulu (mis. {contoh} akan dibaca {dibaca}). {dasar}</source>
        <translation>Every date in column {kolom}, file {berkas}, sheet &apos;{lembar}&apos; reads two ways, and the NIKs show month first as in the US ({nik_bulan} NIKs match when read month first, {nik_hari} when read day first): {n} dates will be read month first (e.g. {contoh} will be read as {dibaca}). {dasar}</translation>
    </message>
    <message>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Judul kolom &apos;{judul}&apos; muncul {n} kali (kolom {huruf}) di berkas {berkas}, lembar &apos;{lembar}&apos;, baris {baris}. Hapus atau ganti nama kolom yang salah, lalu impor lagi.</source>
        <translation>Column header &apos;{judul}&apos; appears {n} times (columns {huruf}) in file {berkas}, sheet &apos;{lembar}&apos;, row {baris}. Delete or rename the wrong column, then import again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} adalah laporan temuan Kalbar Desktop, bukan berkas P3KE; keluarkan dari daftar berkas yang diimpor.</source>
        <translation>File {berkas} is a Kalbar Desktop findings report, not a P3KE file; remove it from the list of files to import.</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa dibaca: {galat}</source>
        <translation>File {berkas} cannot be read: {galat}</translation>
    </message>
    <message>
        <source>Kolom {kolom} ({judul}) berisi angka, bukan teks</source>
        <translation>Column {kolom} ({judul}) holds numbers, not text</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {berkas}</source>
        <translation>File not found: {berkas}</translation>
    </message>
    <message>
        <source>Impor dibatalkan karena cadangan sebelum impor gagal: {sebab}</source>
        <translation>Import cancelled because the backup before the import failed: {sebab}</translation>
    </message>
    <message>
        <source>Impor gagal; basis data tidak berubah. {sebab}</source>
        <translation>The import failed; the database did not change. {sebab}</translation>
    </message>
    <message>
        <source>Impor dibatalkan karena ada baris yang tidak bisa dibaca:</source>
        <translation>Import cancelled because some rows cannot be read:</translation>
    </message>
    <message>
        <source>Menggabungkan data</source>
        <translation>Merging the data</translation>
    </message>
    <message>
        <source>Memeriksa kualitas data</source>
        <translation>Checking data quality</translation>
    </message>
    <message>
        <source>{nama} {nilai} muncul lebih dari sekali: {tempat}</source>
        <translation>{nama} {nilai} appears more than once: {tempat}</translation>
    </message>
    <message>
        <source>Kolom {kolom} ({judul}) berisi notasi ilmiah seperti 6.17201E+15 (mis. baris {baris}): angkanya sudah hilang; minta berkas asli atau perbaiki bersama Dukcapil.</source>
        <translation>Column {kolom} ({judul}) holds scientific notation such as 6.17201E+15 (e.g. row {baris}): the digits are lost; ask for the original file or correct it with Dukcapil.</translation>
    </message>
    <message>
        <source>Kolom {kolom} ({judul}) adalah kolom P3KE yang sama dengan kolom {dipakai} ({judul_dipakai}): yang dipakai kolom {dipakai}; isi kolom {kolom} disimpan apa adanya. Hapus kolom yang salah bila bukan itu maksudnya.</source>
        <translation>Column {kolom} ({judul}) is the same P3KE column as column {dipakai} ({judul_dipakai}): column {dipakai} is used; column {kolom} is kept as it is. Delete the wrong column if that is not what you meant.</translation>
    </message>
    <message>
        <source>Lembar ini besar: pratinjau hanya memeriksa rumus yang belum pernah dihitung di {n} baris pertama; impor memeriksa seluruh lembar dan menolaknya bila ada rumus seperti itu di kolom data.</source>
        <translation>This sheet is large: the preview only looks for never-calculated formulas in the first {n} rows; the import looks at the whole sheet and refuses it if a data column holds such a formula.</translation>
    </message>
    <message>
        <source>Lembar ini hanya berisi judul kolom (baris {baris}) tanpa baris data di bawahnya: impor akan ditolak. Pilih berkas yang berisi datanya.</source>
        <translation>This sheet holds only the column headings (row {baris}) with no data row under them: the import will be refused. Choose the file that holds the data.</translation>
    </message>
    <message>
        <source>{berkas} adalah folder, bukan berkas; pilih berkasnya.</source>
        <translation>{berkas} is a folder, not a file; choose the file.</translation>
    </message>
    <message>
        <source>{berkas} bukan berkas biasa (pipa atau perangkat).</source>
        <translation>{berkas} is not a regular file (a pipe or a device).</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa dibaca ({sebab}); tutup berkas itu di program lain atau periksa izinnya, lalu impor lagi.</source>
        <translation>File {berkas} cannot be read ({sebab}); close it in the other program or check its permissions, then import again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} isinya sama persis dengan {lain} (salinan berkas yang sama). Pilih salah satunya saja, lalu impor lagi.</source>
        <translation>File {berkas} has exactly the same content as {lain} (a copy of the same file). Choose only one of them, then import again.</translation>
    </message>
    <message>
        <source>Membaca baris</source>
        <translation>Reading rows</translation>
    </message>
    <message>
        <source>{berkas}, lembar &apos;{lembar}&apos;, baris {baris}</source>
        <translation>{berkas}, sheet &apos;{lembar}&apos;, row {baris}</translation>
    </message>
    <message>
        <source>{di} (mis. baris {baris}): nol di depan ID tidak tersimpan di sel angka, sehingga ID bisa tidak cocok dengan berkas lain. Nilai disimpan apa adanya dan dilaporkan (ID_RUSAK_EXCEL).</source>
        <translation>{di} (e.g. row {baris}): a number cell does not keep an ID&apos;s leading zeros, so the ID may not match other files. The value is stored as it is and reported (ID_RUSAK_EXCEL).</translation>
    </message>
    <message>
        <source>Sel {sel} ({judul}) berisi rumus yang belum pernah dihitung (tanpa nilai tersimpan); impor akan ditolak: {sebab}.</source>
        <translation>Cell {sel} ({judul}) holds a formula that was never calculated (no stored value); the import will be refused: {sebab}.</translation>
    </message>
    <message>
        <source>Tidak ada baris data di bawah judul kolom (baris {baris}) sampai baris {terakhir} yang dibaca untuk pratinjau. Bila lembar ini memang hanya berisi judul kolom, impor akan ditolak: pilih berkas yang berisi datanya.</source>
        <translation>No data row under the column headings (row {baris}) up to row {terakhir}, as far as the preview reads. If this sheet really holds only the column headings, the import will be refused: choose the file that holds the data.</translation>
    </message>
    <message>
        <source>Lembar &apos;{lembar}&apos; di berkas {berkas} hanya berisi judul kolom (baris {baris}) tanpa satu pun baris data di bawahnya.</source>
        <translation>Sheet &apos;{lembar}&apos; in file {berkas} holds only column headers (row {baris}) without a single data row below them.</translation>
    </message>
    <message>
        <source>{di} (mis. baris {baris}): Excel hanya menyimpan 15 digit, digit terakhir NIK bisa sudah hilang. Nilai disimpan apa adanya sebagai teks dan NIK-nya dilaporkan (NIK_RUSAK_EXCEL).</source>
        <translation>{di} (e.g. row {baris}): Excel keeps only 15 digits, so a NIK&apos;s last digit may be lost. The value is stored as it is, as text, and the NIK is reported (NIK_RUSAK_EXCEL).</translation>
    </message>
    <message>
        <source>{di}, dan kode di baris {baris} hanya {n} digit ({kode}): nol di depan tidak tersimpan di sel angka (format angka seperti 0000000000 hanya mengubah tampilan). Kode desa 10 digit; perbaiki kodenya di berkas.</source>
        <translation>{di}, and the code in row {baris} has only {n} digits ({kode}): a number cell does not keep leading zeros (a number format such as 0000000000 only changes how it looks). A village code has 10 digits; correct the code in the file.</translation>
    </message>
    <message>
        <source>Anggota baru ({nama})</source>
        <translation>New member ({nama})</translation>
    </message>
    <message>
        <source>NIK perbaikan {samar} di kolom {kolom_perbaikan} tersamar dan tidak cocok dengan NIK {nik} di kolom {kolom_nik}. Ketik NIK yang benar 16 digit sebagai teks di kolom {kolom_nik} dan kosongkan kolom {kolom_perbaikan}, lalu impor lagi</source>
        <translation>NIK correction {samar} in column {kolom_perbaikan} is masked and does not match NIK {nik} in column {kolom_nik}. Type the correct 16-digit NIK as text in column {kolom_nik} and empty column {kolom_perbaikan}, then import again</translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <source>tanpa NIK</source>
        <translation>no NIK</translation>
    </message>
    <message>
        <source>lahir {tanggal}</source>
        <translation>born {tanggal}</translation>
    </message>
    <message>
        <source>NIK {nik} tersimpan sebagai angka, bukan teks: Excel hanya menyimpan 15 digit, digit terakhir bisa sudah berubah menjadi 0. Ketik ulang NIK sebagai teks (awali dengan tanda petik &apos;) lalu impor lagi</source>
        <translation>NIK {nik} is stored as a number, not text: Excel keeps only 15 digits, the last digit may have become 0. Type the NIK again as text (start with an apostrophe &apos;) and import again</translation>
    </message>
    <message>
        <source>ID Keluarga {angka} tersimpan sebagai angka (Excel menghapus nol di depan) dan tidak cocok dengan keluarga mana pun di basis data ini. Ketik ulang ID Keluarga sebagai teks (awali dengan tanda petik &apos;) lalu impor lagi</source>
        <translation>ID Keluarga {angka} is stored as a number (Excel dropped its leading zeros) and matches no family in this database. Type the ID Keluarga again as text (start with an apostrophe &apos;), then import again</translation>
    </message>
    <message>
        <source>ID Individu {angka} tersimpan sebagai angka (Excel menghapus nol di depan) dan tidak cocok dengan anggota mana pun di basis data ini. Ketik ulang ID Individu sebagai teks (awali dengan tanda petik &apos;) lalu impor lagi</source>
        <translation>ID Individu {angka} is stored as a number (Excel dropped its leading zeros) and matches no member in this database. Type the ID Individu again as text (start with an apostrophe &apos;), then import again</translation>
    </message>
    <message>
        <source>ID Keluarga {angka} tersimpan sebagai angka (Excel menghapus nol di depan) dan bisa berarti lebih dari satu keluarga di basis data ini ({daftar}); tidak diterapkan kepada siapa pun. Ketik ulang ID Keluarga sebagai teks (awali dengan tanda petik &apos;) lalu impor lagi</source>
        <translation>ID Keluarga {angka} is stored as a number (Excel dropped its leading zeros) and could mean more than one family in this database ({daftar}); applied to none of them. Type the ID Keluarga again as text (start with an apostrophe &apos;), then import again</translation>
    </message>
    <message>
        <source>ID Individu {angka} tersimpan sebagai angka (Excel menghapus nol di depan) dan bisa berarti lebih dari satu anggota di basis data ini ({daftar}); tidak diterapkan kepada siapa pun. Ketik ulang ID Individu sebagai teks (awali dengan tanda petik &apos;) lalu impor lagi</source>
        <translation>ID Individu {angka} is stored as a number (Excel dropped its leading zeros) and could mean more than one member in this database ({daftar}); applied to none of them. Type the ID Individu again as text (start with an apostrophe &apos;), then import again</translation>
    </message>
    <message>
        <source>&apos;{nama}&apos; (desa {desa})</source>
        <translation>&apos;{nama}&apos; (village {desa})</translation>
    </message>
    <message>
        <source>Usulan keluarga baru di workbook ini memakai ID Keluarga yang sama dengan keluarga lain di basis data ini: kepala keluarga di workbook {workbook}, di basis data {basis}. Baris ini dan baris anggotanya tidak diterapkan kepada keluarga itu; masukkan usulan ini di kantor dengan Verifikasi &gt; Usulan keluarga baru</source>
        <translation>The proposed new family (usulan baru) in this workbook has the same ID Keluarga as another family in this database: head of family in the workbook {workbook}, in the database {basis}. This row and its members&apos; rows are not applied to that family; enter this proposal at the office with Verification &gt; New family proposal</translation>
    </message>
    <message>
        <source>nama kepala keluarga</source>
        <translation>the head&apos;s name</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>Usulan di basis data ini dibuat sesudah workbook ini diekspor (atau sesudah laptopnya disalin), jadi ID yang sama di workbook bisa milik usulan laptop sendiri.</source>
        <translation>The proposal in this database was made after this workbook was exported (or after its laptop was copied), so the same ID in the workbook may belong to the laptop&apos;s own proposal.</translation>
    </message>
    <message>
        <source>Bila keluarga lain, masukkan usulan ini di kantor dengan Verifikasi &gt; Usulan keluarga baru. Bila keluarga yang sama, ketik di baris itu NIK kepala keluarga (atau nama kepala keluarga dan No KK) seperti tercatat di formulir usulan {id_keluarga} di basis data ini lalu impor lagi, atau isi hasil kunjungannya langsung di formulir itu.</source>
        <translation>If it is another family, enter this proposal at the office with Verification &gt; New family proposal. If it is the same family, type in that row the head&apos;s NIK (or the head&apos;s name and No KK) as recorded in the form of proposal {id_keluarga} in this database and import again, or enter the visit&apos;s results directly in that form.</translation>
    </message>
    <message>
        <source>Workbook ini berasal dari basis data lain (laptop lain) dan tidak mencatat usulan mana saja yang dimuatnya (diekspor versi aplikasi yang lebih lama, atau hanya usulan terbarunya yang tercatat), jadi tidak bisa dipastikan usulan ini sudah ada di basis data itu: usulan ini dibuat di basis data ini sesudah titik terakhir yang pasti sama di kedua basis data (sekitar waktu laptopnya disalin), dan ID yang sama di workbook bisa milik usulan laptop sendiri.</source>
        <translation>This workbook comes from another database (another laptop) and does not record which proposals it holds (exported by an older version of the application, or only its newest proposals are recorded), so it cannot be established that this proposal was already in that database: it was made in this database after the last point both databases surely share (around the time the laptop was copied), and the same ID in the workbook may belong to the laptop&apos;s own proposal.</translation>
    </message>
    <message>
        <source>Pembuatan usulan ini tidak tercatat di jejak audit basis data ini (dibuat sebelum jejak audit mencatatnya, atau di luar aplikasi) dan waktu pembuatannya tidak bisa dibandingkan dengan waktu ekspor workbook, jadi tidak bisa dipastikan usulan ini ikut di workbook; ID yang sama di workbook bisa milik usulan lain.</source>
        <translation>The creation of this proposal is not recorded in this database&apos;s audit trail (made before the audit trail recorded it, or outside the application) and its creation time cannot be compared with the workbook&apos;s export time, so it cannot be established that this proposal is in the workbook; the same ID in the workbook may belong to another proposal.</translation>
    </message>
    <message>
        <source>Workbook ini tidak memuat waktu ekspor (lembar Keterangan tidak ada), jadi tidak bisa dipastikan usulan ini ikut di workbook ketika diekspor; hanya nilai yang berlaku sekarang yang dipakai.</source>
        <translation>This workbook holds no export time (no Keterangan sheet), so it cannot be established that this proposal was in the workbook when it was exported; only the values in force now are used.</translation>
    </message>
    <message>
        <source>Usulan keluarga baru: baris ini tidak memuat Nama Kepala Keluarga (atau NIK kepala keluarga/No KK yang sama), sehingga tidak bisa dipastikan keluarga yang sama dengan {id_keluarga} di basis data ini; tidak diterapkan</source>
        <translation>Proposed new family: this row holds no Nama Kepala Keluarga (nor the same head&apos;s NIK/No KK), so it cannot be confirmed to be the same family as {id_keluarga} in this database; not applied</translation>
    </message>
    <message>
        <source>Usulan keluarga baru di workbook ini memakai ID Keluarga yang sama dengan usulan {id_keluarga} di basis data ini, tetapi hanya {isian} yang sama ({nilai}); NIK kepala keluarga tidak sama atau kosong. Satu isian yang sama belum cukup (keluarga lain di desa yang sama bisa bernama sama): perlu NIK kepala keluarga yang sama, atau nama kepala keluarga dan No KK yang sama. Baris ini dan baris anggotanya tidak diterapkan.</source>
        <translation>The proposed new family in this workbook has the same ID Keluarga as proposal {id_keluarga} in this database, but only {isian} is the same ({nilai}); the head&apos;s NIK differs or is empty. One value alike is not enough (another family in the same village may have the same name): the same head&apos;s NIK is needed, or the same head&apos;s name and No KK. This row and its members&apos; rows are not applied.</translation>
    </message>
    <message>
        <source>Workbook ini memang memuat usulan {id_keluarga} dari basis data ini, tetapi nama kepala keluarga, NIK, dan No KK di baris ini tidak sama dengan yang dipegang usulan itu sejak workbook diekspor. Bila ini memang keluarga yang sama (misalnya namanya dibetulkan di laptop atau di Excel), ketik nama kepala keluarga yang berlaku di basis data ini (&apos;{nama}&apos;) di baris itu lalu impor lagi</source>
        <translation>This workbook does hold proposal {id_keluarga} of this database, but the head&apos;s name, NIK and No KK in this row differ from those the proposal has held since the workbook was exported. If this is indeed the same family (its name corrected on the laptop or in Excel, for instance), type the head&apos;s name in force in this database (&apos;{nama}&apos;) in that row and import again</translation>
    </message>
    <message>
        <source>Berkas yang diimpor menyebut kepala keluarga lain (NIK dan nama berbeda): bisa sah bila kepala keluarga lama meninggal atau pindah. Cocokkan dengan KK saat kunjungan atau dengan Dukcapil.</source>
        <translation>The imported file names another head of family (a different NIK and name): this can be right when the former head died or moved away. Check it against the KK during the visit or with Dukcapil.</translation>
    </message>
    <message>
        <source>Tidak ada di berkas Individu yang diimpor, tetapi tetap ada: berkas Individu mendaftar orang, bukan keluarga. Keluarga ini tanpa Kepala Keluarga (KK_TANPA_KEPALA); pastikan dengan berkas Keluarga dari rilis yang sama atau saat kunjungan.</source>
        <translation>Not in the imported Individu file, but kept: an Individu file lists people, not families. This family has no head of family (KK_TANPA_KEPALA); make sure with the Keluarga file of the same release or during the visit.</translation>
    </message>
    <message>
        <source>Dibuat {waktu}; {n} temuan. Perbaiki bersama Dukcapil; berisi data pribadi (UU 27/2022): simpan dan kirim hanya lewat jalur resmi.</source>
        <translation>Made {waktu}; {n} findings. Fix them together with Dukcapil; holds personal data (UU 27/2022): keep and send it only through official channels.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada; pilih folder lain untuk laporan.</source>
        <translation>Folder {folder} does not exist; choose another folder for the report.</translation>
    </message>
    <message>
        <source>Laporan temuan kualitas data P3KE</source>
        <translation>P3KE data quality findings report</translation>
    </message>
    <message>
        <source>NIK dan No KK disamarkan (6 digit awal, 4 digit akhir): akun penulisnya tidak berhak melihat NIK lengkap; minta verifikator menulis laporan untuk Dukcapil.</source>
        <translation>NIKs and KK numbers are masked (first 6 digits, last 4 digits): the account that wrote it may not see full NIKs; ask a verifier to write the report for Dukcapil.</translation>
    </message>
    <message>
        <source>{n} keluarga berubah isinya menurut berkas yang diimpor (nama, NIK, No KK, alamat, wilayah, desil, rumah, bantuan...): lihat lembar {lembar}.</source>
        <translation>{n} {n:family|families} changed {n:its|their} contents according to the imported files (name, NIK, No KK, address, region, desil, housing, aid...): see sheet {lembar}.</translation>
    </message>
    <message>
        <source>{n} keluarga hanya berubah Dimuktakhirkan Tahun atau Persentil, yang bergeser di setiap rilis P3KE: tidak didaftar.</source>
        <translation>{n} {n:family|families} changed only Dimuktakhirkan Tahun or Persentil, which move with every P3KE release: not listed.</translation>
    </message>
    <message>
        <source>{n} keluarga tidak ada di berkas Individu yang diimpor tetapi tetap ada: lihat lembar {lembar}.</source>
        <translation>{n} {n:family is|families are} not in the imported Individu file but kept: see sheet {lembar}.</translation>
    </message>
    <message>
        <source>{n} keluarga berganti Kepala Keluarga menurut berkas yang diimpor: lihat lembar {lembar}.</source>
        <translation>{n} {n:family has|families have} a new head of family according to the imported file: see sheet {lembar}.</translation>
    </message>
    <message>
        <source>{n} anggota berubah isinya menurut berkas yang diimpor (nama, NIK, tanggal lahir, keluarga, pekerjaan, pendidikan, bantuan...).</source>
        <translation>{n} {n:member|members} changed according to the imported files (name, NIK, date of birth, family, work, schooling, aid...).</translation>
    </message>
    <message>
        <source>{n} anggota hanya berubah usianya (Usia 2023, Kelompok Usia 2023 atau kolom Usia ... Tahun), yang bergeser di setiap rilis P3KE: tidak dihitung sebagai berubah.</source>
        <translation>{n} {n:member|members} changed in age only (Usia 2023, Kelompok Usia 2023 or the Usia ... Tahun columns), which moves with every P3KE release: not counted as changed.</translation>
    </message>
    <message>
        <source>Laporan temuan {sebab}</source>
        <translation>Findings report: {sebab}</translation>
    </message>
    <message>
        <source>Menulis laporan temuan</source>
        <translation>Writing the findings report</translation>
    </message>
    <message>
        <source>teks (CSV)</source>
        <translation>text (CSV)</translation>
    </message>
    <message>
        <source>Pilih berkas Excel (.xlsx) atau CSV yang berisi data P3KE.</source>
        <translation>Choose the Excel (.xlsx) or CSV file that holds the P3KE data.</translation>
    </message>
    <message>
        <source>Ekstrak arsip itu dulu (klik kanan &gt; Extract All; bila diminta kata sandi, pakai kata sandi dari berita acara serah terima data P3KE), lalu impor berkas .xlsx atau .csv di dalamnya.</source>
        <translation>Extract the archive first (right-click &gt; Extract All; if it asks for a password, use the password from the P3KE data handover record), then import the .xlsx or .csv files inside it.</translation>
    </message>
    <message>
        <source>isi XML lembar rusak atau tidak utuh ({galat})</source>
        <translation>the sheet&apos;s XML content is damaged or incomplete ({galat})</translation>
    </message>
    <message>
        <source>Lembar &apos;{lembar}&apos; di berkas {berkas} tidak bisa dibaca: {sebab}. Buka dan simpan ulang berkas di Excel, lalu impor lagi.</source>
        <translation>Sheet &apos;{lembar}&apos; in file {berkas} cannot be read: {sebab}. Open the file in Excel and save it again, then import again.</translation>
    </message>
    <message>
        <source>XML Spreadsheet 2003</source>
        <translation>XML Spreadsheet 2003</translation>
    </message>
    <message>
        <source>halaman web (HTML)</source>
        <translation>a web page (HTML)</translation>
    </message>
    <message>
        <source>Ganti akhiran nama berkasnya menjadi .csv, atau buka berkas itu di Excel lalu pilih Simpan Sebagai &gt; Buku Kerja Excel (.xlsx), lalu impor lagi.</source>
        <translation>Change the file name ending to .csv, or open the file in Excel and choose Save As &gt; Excel Workbook (.xlsx), then import again.</translation>
    </message>
    <message>
        <source>Buka berkas itu di Excel (atau LibreOffice), pilih Simpan Sebagai &gt; Buku Kerja Excel (.xlsx), lalu impor berkas .xlsx itu.</source>
        <translation>Open the file in Excel (or LibreOffice), choose Save As &gt; Excel Workbook (.xlsx), then import that .xlsx file.</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan workbook Excel ({akhiran}) yang utuh: isinya {isi} yang diberi akhiran {akhiran} (seperti unduhan dari sebagian aplikasi atau portal). {cara}</source>
        <translation>File {berkas} is not a complete Excel workbook ({akhiran}): it holds {isi} named with the ending {akhiran} (like downloads from some applications or portals). {cara}</translation>
    </message>
    <message>
        <source>dokumen PDF</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>gambar (JPEG)</source>
        <translation>a picture (JPEG)</translation>
    </message>
    <message>
        <source>gambar (PNG)</source>
        <translation>a picture (PNG)</translation>
    </message>
    <message>
        <source>arsip RAR</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <source>arsip 7-Zip</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <source>dokumen Word</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>presentasi PowerPoint</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>arsip ZIP yang dilindungi kata sandi</source>
        <translation>a password-protected ZIP archive</translation>
    </message>
    <message>
        <source>arsip ZIP</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <source>{cara} Di dalamnya: {daftar}.</source>
        <translation>{cara} Inside it: {daftar}.</translation>
    </message>
    <message>
        <source>Berkas {berkas} adalah {isi}, bukan data P3KE. {cara}</source>
        <translation>File {berkas} is {isi}, not P3KE data. {cara}</translation>
    </message>
    <message>
        <source>Jenis berkas {berkas} tidak dikenal. Gunakan .xlsx atau .csv.</source>
        <translation>The type of file {berkas} is not known. Use .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Berkas {berkas} terlalu besar setelah diurai ({gb:.1f} GB); berkas ini ditolak demi keamanan.</source>
        <translation>File {berkas} is too large once unpacked ({gb:.1f} GB); it is refused for safety.</translation>
    </message>
    <message>
        <source>dokumen OpenDocument (bukan lembar kerja)</source>
        <translation>an OpenDocument document (not a spreadsheet)</translation>
    </message>
    <message>
        <source>Berkas {berkas} adalah berkas kunci sementara yang dibuat Excel selama {asli} terbuka, bukan data P3KE. Keluarkan berkas ini dari daftar dan pilih berkas {asli} itu sendiri (tanpa ~$ di depan namanya).</source>
        <translation>File {berkas} is the temporary lock file Excel makes while {asli} is open, not P3KE data. Take this file off the list and choose the file {asli} itself (without ~$ at the start of its name).</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan workbook Excel atau CSV: isinya {isi} yang diberi akhiran {akhiran}. {cara}</source>
        <translation>File {berkas} is not an Excel workbook or CSV: it holds {isi} named with the extension {akhiran}. {cara}</translation>
    </message>
    <message>
        <source>Berkas {berkas} disimpan dalam format &apos;Strict Open XML Spreadsheet&apos; yang tidak bisa dibaca. Buka berkas itu di Excel, pilih Simpan Sebagai &gt; Buku Kerja Excel (.xlsx), lalu impor berkas itu lagi.</source>
        <translation>File {berkas} was saved as &apos;Strict Open XML Spreadsheet&apos;, which cannot be read. Open the file in Excel, choose Save As &gt; Excel Workbook (.xlsx), then import that file again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} kosong (0 byte).</source>
        <translation>File {berkas} is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Berkas {berkas} dilindungi kata sandi (terenkripsi) atau berformat lama. Buka di Excel, simpan sebagai .xlsx tanpa kata sandi, lalu impor lagi.</source>
        <translation>File {berkas} is protected by a password (encrypted) or in an old format. Open it in Excel, save it as .xlsx without a password, then import again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan teks CSV (berisi data biner). Simpan dari Excel sebagai &apos;CSV UTF-8&apos; lalu impor lagi.</source>
        <translation>File {berkas} is not CSV text (it holds binary data). Save it from Excel as &apos;CSV UTF-8&apos;, then import again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} kosong.</source>
        <translation>File {berkas} is empty.</translation>
    </message>
    <message>
        <source>Berkas {berkas} berisi karakter NUL; bukan CSV yang sah.</source>
        <translation>File {berkas} holds NUL characters; it is not a valid CSV file.</translation>
    </message>
    <message>
        <source>{berkas} adalah folder, bukan berkas.</source>
        <translation>{berkas} is a folder, not a file.</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan workbook Excel (.xlsx) yang utuh: berkas rusak atau terpotong. Simpan ulang dari Excel lalu impor lagi.</source>
        <translation>File {berkas} is not a complete Excel workbook (.xlsx): the file is damaged or cut short. Save it again from Excel, then import again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} berisi bagian &apos;{bagian}&apos; yang mengembang dari {mb_zip:.1f} MB menjadi {mb:.0f} MB saat diurai (bom zip); berkas ini ditolak demi keamanan.</source>
        <translation>File {berkas} holds a part &apos;{bagian}&apos; that grows from {mb_zip:.1f} MB to {mb:.0f} MB when unpacked (a zip bomb); it is refused for safety.</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan workbook Excel yang bisa dibaca (rusak, atau dokumen jenis lain yang diberi akhiran {akhiran}). Buka berkas itu di Excel atau LibreOffice, simpan sebagai Buku Kerja Excel (.xlsx), lalu impor lagi. (Rincian teknis: {galat})</source>
        <translation>File {berkas} is not a readable Excel workbook (damaged, or another kind of document named with the ending {akhiran}). Open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx), then import it again. (Technical detail: {galat})</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa dibaca sebagai workbook Excel: {galat}</source>
        <translation>File {berkas} cannot be read as an Excel workbook: {galat}</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak bisa dibaca ({sebab}); tutup berkas itu di program lain atau periksa izinnya.</source>
        <translation>File {berkas} cannot be read ({sebab}); close it in the other program or check its permissions.</translation>
    </message>
    <message>
        <source>Berkas CSV {berkas} rusak di baris {baris}: {galat}</source>
        <translation>CSV file {berkas} is damaged at row {baris}: {galat}</translation>
    </message>
    <message>
        <source>Berkas CSV {berkas} berisi sel yang terlalu panjang di sekitar baris {baris} (lebih dari {batas} karakter); periksa apakah ada tanda kutip yang tidak ditutup.</source>
        <translation>CSV file {berkas} holds a cell that is too long around row {baris} (more than {batas} characters); check for a quotation mark that is not closed.</translation>
    </message>
    <message>
        <source>Lembar &apos;{lembar}&apos; di berkas {berkas} memakai area sangat luas: sampai sel {sel} ({jumlah} sel). Membacanya bisa menghabiskan memori komputer. Hapus isi sel yang jauh di bawah atau di kanan data (Ctrl+End di Excel menunjukkan sel terakhir), simpan, lalu impor lagi.</source>
        <translation>Sheet &apos;{lembar}&apos; in file {berkas} uses a very large area: up to cell {sel} ({jumlah} cells). Reading it could use up the computer&apos;s memory. Clear the cells far below or to the right of the data (Ctrl+End in Excel shows the last cell), save, then import again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} dari rilis P3KE {rilis} ({dasar}), lebih lama daripada rilis {terbaru}, rilis terbaru yang sudah ada di basis data (mis. berkas {contoh}). {keluarga} belum tersimpan dari rilis yang lebih baru (misalnya kecamatan yang baru pertama kali diimpor), jadi tidak ada nilai yang kembali ke rilis lama; tetapi sesudah impor, keluarga berkas ini tersimpan dari rilis {rilis} sedangkan keluarga lain di basis data dari rilis {terbaru}. Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis {terbaru}.</source>
        <translation>File {berkas} is of P3KE release {rilis} ({dasar}), older than release {terbaru}, the newest release already in the database (e.g. file {contoh}). {keluarga} are not stored from a newer release yet (e.g. a kecamatan imported for the first time), so no values go back to an older release; but after the import, this file&apos;s families are stored from release {rilis} while other families in the database are from release {terbaru}. The import is still allowed; if this is a mistake, choose the release {terbaru} file.</translation>
    </message>
    <message>
        <source>Keluarga di {n} baris teratas yang dibaca pratinjau (dan kecamatannya)</source>
        <translation>The families in the {n} top rows the preview read (and their kecamatan)</translation>
    </message>
    <message>
        <source>Keluarga berkas ini</source>
        <translation>The families of this file</translation>
    </message>
    <message>
        <source>tahun Dimuktakhirkan terbaru di {n} baris teratas yang dibaca</source>
        <translation>the newest Dimuktakhirkan Tahun in the {n} top rows read</translation>
    </message>
    <message>
        <source>tata letak P3KE 2022, tanpa kolom Dimuktakhirkan Tahun</source>
        <translation>P3KE 2022 layout, without a Dimuktakhirkan Tahun column</translation>
    </message>
    <message>
        <source>{nama} tidak ditulis: folder tujuan {folder} mengizinkan membuat berkas baru, tetapi tidak menghapus atau mengganti nama berkas, padahal {nama} ditulis dulu dengan nama sementara lalu diganti namanya. Tidak ada data yang ditulis; hanya berkas kosong {coba} tertinggal di sana (aplikasi tidak bisa menghapusnya; pengelola folder itu boleh menghapusnya). Pilih folder lain (mis. Dokumen atau flashdisk), lalu ulangi.</source>
        <translation>{nama} was not written: the destination folder {folder} allows creating new files but not deleting or renaming them, while {nama} is first written under a temporary name and then renamed. No data was written; only the empty file {coba} was left there (the application cannot delete it; whoever manages that folder may delete it). Choose another folder (e.g. Documents or a flash drive), then try again.</translation>
    </message>
    <message>
        <source>{nama} tidak ditulis; berkas lama dengan nama itu (bila ada) tetap seperti semula. {sebab}</source>
        <translation>{nama} was not written; an old file of that name (if any) is as it was. {sebab}</translation>
    </message>
    <message>
        <source>{nama} tidak ditulis: folder tujuan {folder} tidak ada (flashdisk dilepas, atau folder itu dipindah, diganti namanya atau dihapus). Tidak ada berkas yang ditulis. Pasang lagi flashdisk-nya atau pilih folder lain, lalu ulangi.</source>
        <translation>{nama} was not written: the destination folder {folder} does not exist (the USB stick was removed, or the folder was moved, renamed or deleted). No file was written. Plug the stick in again or choose another folder, then try again.</translation>
    </message>
    <message>
        <source>{nama} tidak ditulis: folder tujuan {folder} tidak boleh ditulisi (folder sistem, atau Anda tidak punya izin menulis di sana). Tidak ada berkas yang ditulis. Pilih folder lain (mis. Dokumen atau flashdisk), lalu ulangi.</source>
        <translation>{nama} was not written: the destination folder {folder} cannot be written to (a system folder, or you have no permission to write there). No file was written. Choose another folder (e.g. Documents or a USB stick), then try again.</translation>
    </message>
    <message>
        <source>{nama} tidak ditulis: folder tujuan {folder} tidak ada lagi (flashdisk dilepas, atau folder itu dipindah, diganti namanya atau dihapus saat berkas sedang ditulis). Tidak ada berkas yang ditulis di sana: berkas setengah jadi dibuang (bila masih tertinggal di flashdisk itu, berkas berakhiran &quot;.sementara&quot; itu bukan berkas yang utuh dan boleh dihapus). Pasang lagi flashdisk-nya atau pilih folder lain, lalu ulangi.</source>
        <translation>{nama} was not written: the destination folder {folder} no longer exists (the USB stick was removed, or the folder was moved, renamed or deleted while the file was being written). No file was written there: the half-made file was discarded (if a file ending in &quot;.sementara&quot; is still left on that stick, it is not a complete file and may be deleted). Plug the stick in again or choose another folder, then try again.</translation>
    </message>
    <message>
        <source>{berkas} adalah folder; pilih nama berkas.</source>
        <translation>{berkas} is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>Berkas {berkas} hanya-baca (Read-only), jadi tidak ditimpa dan tetap seperti semula. Pilih nama atau folder lain, atau hilangkan tanda Read-only-nya (klik kanan &gt; Properties).</source>
        <translation>File {berkas} is read-only, so it was not overwritten and is as it was. Choose another name or folder, or clear its Read-only mark (right-click &gt; Properties).</translation>
    </message>
</context>
</TS>
