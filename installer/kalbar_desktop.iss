; Inno Setup 6 script (6.3 or newer): the Windows installer of Kalbar Desktop.
;
; Built on Windows by   python installer\build.py --installer
; which first builds the PyInstaller bundle (dist\KalbarDesktop) and then runs
;   ISCC.exe /DVersiAplikasi=0.1.0 /DFolderBundel=...\dist\KalbarDesktop /O...\dist kalbar_desktop.iss
; Output: dist\KalbarDesktop-Setup-<versi>.exe
;
; - Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\Kalbar Desktop
; - Start-menu entry, optional desktop icon, uninstaller (Settings > Apps)
; - The user's data folder %LOCALAPPDATA%\KalbarDesktop (databases, backups, settings, log;
;   see kalbar_desktop/paths.py) is outside the program folder and is NOT removed on uninstall.
; - Wizard texts in Indonesian: the messages a user sees on this installer's pages are
;   translated below ([Messages]); rare error messages stay in Inno Setup's English.

#ifndef VersiAplikasi
  #define VersiAplikasi "0.1.0"
#endif
#ifndef FolderBundel
  #define FolderBundel "..\dist\KalbarDesktop"
#endif
#define NamaAplikasi "Kalbar Desktop"
#define ProgramJendela "KalbarDesktop.exe"
; Must stay the same for every version: it links upgrades and the uninstaller.
#define IdAplikasi "{{7C6B0B9E-3D41-4F0A-A7C2-5E8D1F24B6A3}"

[Setup]
AppId={#IdAplikasi}
AppName={#NamaAplikasi}
AppVersion={#VersiAplikasi}
AppVerName={#NamaAplikasi} {#VersiAplikasi}
AppPublisher=Dinas Sosial Provinsi Kalimantan Barat
VersionInfoVersion={#VersiAplikasi}
VersionInfoDescription=Pemasang {#NamaAplikasi}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#NamaAplikasi}
DisableDirPage=auto
UsePreviousAppDir=yes
DefaultGroupName={#NamaAplikasi}
DisableProgramGroupPage=yes
DisableWelcomePage=no
OutputBaseFilename=KalbarDesktop-Setup-{#VersiAplikasi}
SetupIconFile=..\resources\ikon\kalbar_desktop.ico
UninstallDisplayIcon={app}\{#ProgramJendela}
UninstallDisplayName={#NamaAplikasi}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
Name: "id"; MessagesFile: "compiler:Default.isl"

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421

[Messages]
SetupAppTitle=Pemasangan
SetupWindowTitle=Pemasangan - %1
UninstallAppTitle=Hapus Program
UninstallAppFullTitle=Hapus %1
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan
SetupAlreadyRunning=Pemasangan sudah berjalan.
WindowsVersionNotSupported=Program ini memerlukan Windows 10 atau yang lebih baru.
SetupAppRunningError=%1 sedang berjalan.%n%nTutup dulu semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=%1 sedang berjalan.%n%nTutup dulu semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
ExitSetupTitle=Keluar dari Pemasangan
ExitSetupMessage=Pemasangan belum selesai. Jika Anda keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan pemasangan ini lagi nanti.%n%nKeluar dari pemasangan?
ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk Semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=T&elusuri...
ButtonNewFolder=&Buat Folder Baru
ClickNext=Klik Lanjut untuk meneruskan, atau Batal untuk keluar dari pemasangan.
BrowseDialogTitle=Pilih Folder
BrowseDialogLabel=Pilih folder dalam daftar di bawah, lalu klik OK.
NewFolderName=Folder Baru
WelcomeLabel1=Selamat datang di pemasangan [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda, hanya untuk akun pengguna ini (tidak perlu hak administrator).%n%nSebaiknya tutup aplikasi lain sebelum melanjutkan.
WizardSelectDir=Pilih Lokasi Pemasangan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=[name] akan dipasang di folder berikut.
SelectDirBrowseLabel=Klik Lanjut untuk meneruskan. Untuk memilih folder lain, klik Telusuri.
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder itu?
DirDoesntExistTitle=Folder Belum Ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder itu?
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang perlu dijalankan?
SelectTasksLabel2=Pilih tugas tambahan saat memasang [name], lalu klik Lanjut.
WizardReady=Siap Dipasang
ReadyLabel1=[name] siap dipasang di komputer Anda.
ReadyLabel2a=Klik Pasang untuk mulai memasang, atau Kembali untuk memeriksa atau mengubah pilihan.
ReadyLabel2b=Klik Pasang untuk mulai memasang.
ReadyMemoDir=Lokasi pemasangan:
ReadyMemoTasks=Tugas tambahan:
WizardPreparing=Menyiapkan Pemasangan
PreparingDesc=Menyiapkan pemasangan [name] di komputer Anda.
CannotContinue=Pemasangan tidak bisa dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya biarkan pemasangan menutup aplikasi ini secara otomatis.
ApplicationsFound2=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya biarkan pemasangan menutup aplikasi ini secara otomatis. Setelah selesai, aplikasi akan dicoba dijalankan kembali.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Tidak semua aplikasi bisa ditutup otomatis. Tutup sendiri aplikasi yang memakai berkas yang perlu diperbarui sebelum melanjutkan.
WizardInstalling=Memasang
InstallingLabel=Harap tunggu, [name] sedang dipasang di komputer Anda.
FinishedHeadingLabel=Pemasangan [name] selesai
FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
FinishedLabel=[name] sudah terpasang di komputer Anda. Jalankan program dari menu Start atau ikon yang dibuat.
ClickFinish=Klik Selesai untuk menutup pemasangan.
RunEntryExec=Jalankan %1
SetupAborted=Pemasangan tidak selesai.%n%nPerbaiki masalahnya, lalu jalankan pemasangan lagi.
StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Menyalin berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateRegistryEntries=Mencatat di registri...
StatusSavingUninstall=Menyimpan informasi penghapusan...
StatusRunProgram=Menyelesaikan pemasangan...
StatusRollback=Membatalkan perubahan...
ConfirmUninstall=Hapus program %1 dari komputer ini?%n%nData Anda (basis data, cadangan, pengaturan, log) TIDAK ikut dihapus.
UninstallStatusLabel=Harap tunggu, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 sudah dihapus dari komputer Anda.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak bisa dihapus dan dapat dihapus sendiri.
WizardUninstalling=Status Penghapusan
StatusUninstalling=Menghapus %1...

[CustomMessages]
id.IkonDesktop=Buat ikon di &desktop
id.TugasTambahan=Pintasan tambahan:
id.JalankanAplikasi=Jalankan Kalbar Desktop sekarang
id.KeteranganPintasan=Verifikasi data P3KE secara luring
id.DataTetapAda=Data Kalbar Desktop (basis data, cadangan, pengaturan dan log) tidak dihapus dan tetap tersimpan di:%n%n%1%n%nBila program dipasang lagi, data itu dipakai kembali. Hapus folder itu sendiri hanya bila data benar-benar tidak diperlukan lagi.

[Tasks]
Name: "desktopicon"; Description: "{cm:IkonDesktop}"; GroupDescription: "{cm:TugasTambahan}"

[InstallDelete]
; An upgrade replaces the whole bundle: no stale Python or Qt files from the old version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#FolderBundel}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#NamaAplikasi}"; Filename: "{app}\{#ProgramJendela}"; Comment: "{cm:KeteranganPintasan}"
Name: "{autodesktop}\{#NamaAplikasi}"; Filename: "{app}\{#ProgramJendela}"; Comment: "{cm:KeteranganPintasan}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ProgramJendela}"; Description: "{cm:JalankanAplikasi}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what this installer put in {app}.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataTetapAda'), [ExpandConstant('{localappdata}\KalbarDesktop')]),
      mbInformation, MB_OK);
end;
