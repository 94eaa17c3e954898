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
; - Two languages: Indonesian (first, so the default) and English, picked in the first dialog
;   (ShowLanguageDialog=yes, no detection: an office laptop with an English Windows still
;   starts in Indonesian). Inno Setup 6 ships no official Indonesian translation (its
;   Indonesian.isl is among the unofficial ones, not installed with it), so the Indonesian
;   texts a user sees on this installer's pages are translated below ([Messages], prefix id.);
;   rare error messages stay in Inno Setup's English. English is Inno Setup's own
;   Default.isl. The installer's own texts ([CustomMessages]) are written in both.

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
ShowLanguageDialog=yes
LanguageDetectionMethod=none

[Languages]
Name: "id"; MessagesFile: "compiler:Default.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[LangOptions]
id.LanguageName=Bahasa Indonesia
id.LanguageID=$0421

[Messages]
id.SelectLanguageTitle=Pilih Bahasa Pemasangan
id.SelectLanguageLabel=Pilih bahasa yang dipakai selama pemasangan.
id.SetupAppTitle=Pemasangan
id.SetupWindowTitle=Pemasangan - %1
id.UninstallAppTitle=Hapus Program
id.UninstallAppFullTitle=Hapus %1
id.InformationTitle=Informasi
id.ConfirmTitle=Konfirmasi
id.ErrorTitle=Kesalahan
id.SetupAlreadyRunning=Pemasangan sudah berjalan.
id.WindowsVersionNotSupported=Program ini memerlukan Windows 10 atau yang lebih baru.
id.SetupAppRunningError=%1 sedang berjalan.%n%nTutup dulu semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
id.UninstallAppRunningError=%1 sedang berjalan.%n%nTutup dulu semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
id.ExitSetupTitle=Keluar dari Pemasangan
id.ExitSetupMessage=Pemasangan belum selesai. Jika Anda keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan pemasangan ini lagi nanti.%n%nKeluar dari pemasangan?
id.ButtonBack=< &Kembali
id.ButtonNext=&Lanjut >
id.ButtonInstall=&Pasang
id.ButtonOK=OK
id.ButtonCancel=Batal
id.ButtonYes=&Ya
id.ButtonYesToAll=Ya untuk &Semua
id.ButtonNo=&Tidak
id.ButtonNoToAll=T&idak untuk Semua
id.ButtonFinish=&Selesai
id.ButtonBrowse=&Telusuri...
id.ButtonWizardBrowse=T&elusuri...
id.ButtonNewFolder=&Buat Folder Baru
id.ClickNext=Klik Lanjut untuk meneruskan, atau Batal untuk keluar dari pemasangan.
id.BrowseDialogTitle=Pilih Folder
id.BrowseDialogLabel=Pilih folder dalam daftar di bawah, lalu klik OK.
id.NewFolderName=Folder Baru
id.WelcomeLabel1=Selamat datang di pemasangan [name]
id.WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda, hanya untuk akun pengguna ini (tidak perlu hak administrator).%n%nSebaiknya tutup aplikasi lain sebelum melanjutkan.
id.WizardSelectDir=Pilih Lokasi Pemasangan
id.SelectDirDesc=Di mana [name] akan dipasang?
id.SelectDirLabel3=[name] akan dipasang di folder berikut.
id.SelectDirBrowseLabel=Klik Lanjut untuk meneruskan. Untuk memilih folder lain, klik Telusuri.
id.DirExistsTitle=Folder Sudah Ada
id.DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder itu?
id.DirDoesntExistTitle=Folder Belum Ada
id.DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder itu?
id.WizardSelectTasks=Pilih Tugas Tambahan
id.SelectTasksDesc=Tugas tambahan apa yang perlu dijalankan?
id.SelectTasksLabel2=Pilih tugas tambahan saat memasang [name], lalu klik Lanjut.
id.WizardReady=Siap Dipasang
id.ReadyLabel1=[name] siap dipasang di komputer Anda.
id.ReadyLabel2a=Klik Pasang untuk mulai memasang, atau Kembali untuk memeriksa atau mengubah pilihan.
id.ReadyLabel2b=Klik Pasang untuk mulai memasang.
id.ReadyMemoDir=Lokasi pemasangan:
id.ReadyMemoTasks=Tugas tambahan:
id.WizardPreparing=Menyiapkan Pemasangan
id.PreparingDesc=Menyiapkan pemasangan [name] di komputer Anda.
id.CannotContinue=Pemasangan tidak bisa dilanjutkan. Klik Batal untuk keluar.
id.ApplicationsFound=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya biarkan pemasangan menutup aplikasi ini secara otomatis.
id.ApplicationsFound2=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya biarkan pemasangan menutup aplikasi ini secara otomatis. Setelah selesai, aplikasi akan dicoba dijalankan kembali.
id.CloseApplications=&Tutup aplikasi secara otomatis
id.DontCloseApplications=&Jangan tutup aplikasi
id.ErrorCloseApplications=Tidak semua aplikasi bisa ditutup otomatis. Tutup sendiri aplikasi yang memakai berkas yang perlu diperbarui sebelum melanjutkan.
id.WizardInstalling=Memasang
id.InstallingLabel=Harap tunggu, [name] sedang dipasang di komputer Anda.
id.FinishedHeadingLabel=Pemasangan [name] selesai
id.FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
id.FinishedLabel=[name] sudah terpasang di komputer Anda. Jalankan program dari menu Start atau ikon yang dibuat.
id.ClickFinish=Klik Selesai untuk menutup pemasangan.
id.RunEntryExec=Jalankan %1
id.SetupAborted=Pemasangan tidak selesai.%n%nPerbaiki masalahnya, lalu jalankan pemasangan lagi.
id.StatusClosingApplications=Menutup aplikasi...
id.StatusCreateDirs=Membuat folder...
id.StatusExtractFiles=Menyalin berkas...
id.StatusCreateIcons=Membuat pintasan...
id.StatusCreateRegistryEntries=Mencatat di registri...
id.StatusSavingUninstall=Menyimpan informasi penghapusan...
id.StatusRunProgram=Menyelesaikan pemasangan...
id.StatusRollback=Membatalkan perubahan...
id.ConfirmUninstall=Hapus program %1 dari komputer ini?%n%nData Anda (basis data, cadangan, pengaturan, log) TIDAK ikut dihapus.
id.UninstallStatusLabel=Harap tunggu, %1 sedang dihapus dari komputer Anda.
id.UninstalledAll=%1 sudah dihapus dari komputer Anda.
id.UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak bisa dihapus dan dapat dihapus sendiri.
id.WizardUninstalling=Status Penghapusan
id.StatusUninstalling=Menghapus %1...
; English: Inno Setup's own texts, but for the two that say what this installer does
; differently (no administrator rights; the data stays).
en.WelcomeLabel2=This will install [name/ver] on your computer, for this user account only (no administrator rights needed).%n%nIt is recommended that you close all other applications before continuing.
en.ConfirmUninstall=Remove %1 from this computer?%n%nYour data (databases, backups, settings, log) is NOT removed.

[CustomMessages]
id.IkonDesktop=Buat ikon di &desktop
id.TugasTambahan=Pintasan tambahan:
id.JalankanAplikasi=Jalankan Kalbar Desktop sekarang
id.KeteranganPintasan=Verifikasi data P3KE secara luring
id.DataTetapAda=Data Kalbar Desktop (basis data, cadangan, pengaturan dan log) tidak dihapus dan tetap tersimpan di:%n%n%1%n%nBila program dipasang lagi, data itu dipakai kembali. Hapus folder itu sendiri hanya bila data benar-benar tidak diperlukan lagi.
en.IkonDesktop=Create a &desktop icon
en.TugasTambahan=Additional shortcuts:
en.JalankanAplikasi=Start Kalbar Desktop now
en.KeteranganPintasan=Verify P3KE data offline
en.DataTetapAda=Kalbar Desktop's data (databases, backups, settings and log) is not removed and stays in:%n%n%1%n%nIf the program is installed again, that data is used again. Delete that folder yourself only when the data is truly no longer needed.

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
