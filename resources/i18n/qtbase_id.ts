<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Indonesian for Qt's own texts (Qt ships no qtbase_id.qm): standard dialog buttons,
     the right-click menu of text fields, message-box details. Written for Kalbar Desktop. -->
<TS version="2.1" language="id_ID">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>Save All</source><translation>Simpan Semua</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ya</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ya untuk &amp;Semua</translation></message>
    <message><source>&amp;No</source><translation>&amp;Tidak</translation></message>
    <message><source>N&amp;o to All</source><translation>T&amp;idak untuk Semua</translation></message>
    <message><source>Abort</source><translation>Hentikan</translation></message>
    <message><source>Retry</source><translation>Coba Lagi</translation></message>
    <message><source>Ignore</source><translation>Abaikan</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>Discard</source><translation>Buang</translation></message>
    <message><source>Don&apos;t Save</source><translation>Jangan Simpan</translation></message>
    <message><source>Close without Saving</source><translation>Tutup tanpa Menyimpan</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
    <message><source>Apply</source><translation>Terapkan</translation></message>
    <message><source>Reset</source><translation>Atur Ulang</translation></message>
    <message><source>Restore Defaults</source><translation>Kembalikan Bawaan</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Tampilkan Rincian...</translation></message>
    <message><source>Hide Details...</source><translation>Sembunyikan Rincian...</translation></message>
</context>
<context>
    <name>QProgressDialog</name>
    <message><source>Cancel</source><translation>Batal</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>U&amp;langi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>T&amp;empel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>U&amp;langi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Salin &amp;Lokasi Tautan</translation></message>
    <message><source>&amp;Paste</source><translation>T&amp;empel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
</context>
</TS>
