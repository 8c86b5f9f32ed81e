; Inno Setup 6 script: CMt Desktop for one Windows user, without administrator rights.
; Needs Inno Setup 6.3 or later (UTF-8 without a BOM, x64compatible).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\cmt-desktop.iss
;
; Source: the one-folder bundle dist\cmt-desktop (pyinstaller packaging\cmt-desktop.spec).
; Output: dist\CMt-Desktop-<version>-windows-setup.exe.
; The installer never sets start at login: the app does, when the user asks (Settings).
; The uninstaller removes that entry, and keeps the user's plans unless the user says otherwise.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 packaging\windows\cmt-desktop.iss
#endif

#define AppName "CMt Desktop"
#define AppExeName "cmt-desktop.exe"
; = cmt_desktop.autostart.RUN_VALUE_NAME, under HKCU\Software\Microsoft\Windows\CurrentVersion\Run
#define RunValueName "CMt Desktop"
; = cmt_desktop.paths.APP_DIR_NAME, in %LOCALAPPDATA% (platformdirs, non-roaming)
#define DataDirName "CMt Desktop"
; QSettings("CMt", "CMt Desktop"): window size and position, the last venue file opened
#define QtSettingsKey "Software\CMt\CMt Desktop"
#define BundleDir "..\..\dist\cmt-desktop"

[Setup]
; Fixed for ever: Windows recognises updates and the uninstaller by it.
AppId={{8B04CC38-8491-422F-9E38-DD5AA80177A4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CMt Desktop developers
; Per user: no administrator rights, no UAC prompt, and no dialog offering them.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=cmt-desktop.ico
OutputDir=..\..\dist
OutputBaseFilename=CMt-Desktop-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Qt 6 needs Windows 10 1809 or later, 64-bit (x64, or Arm64 through emulation).
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.DeleteDataQuestion=Supprimer aussi vos plans, leurs sauvegardes et vos réglages ?%n%nIls sont dans :%n%1%n%nChoisissez Non pour les garder (conseillé) : CMt Desktop les retrouvera si vous le réinstallez.
en.DeleteDataQuestion=Also delete your plans, their backups and your settings?%n%nThey are in:%n%1%n%nChoose No to keep them (recommended): CMt Desktop will find them again if you reinstall it.
fr.DataNotDeleted=Certains fichiers n'ont pas pu être supprimés (CMt Desktop est-il encore ouvert ?). Vous pouvez supprimer ce dossier vous-même :%n%1
en.DataNotDeleted=Some files could not be deleted (is CMt Desktop still open?). You can delete this folder yourself:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update must not keep libraries the new version no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  RunKey = 'Software\Microsoft\Windows\CurrentVersion\Run';
  ApprovedKey = 'Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run';

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usUninstall then
  begin
    { The app's start-at-login entry (cmt_desktop/autostart.py) would start a removed program. }
    RegDeleteValue(HKEY_CURRENT_USER, RunKey, '{#RunValueName}');
    RegDeleteValue(HKEY_CURRENT_USER, ApprovedKey, '{#RunValueName}');
  end;
  if CurUninstallStep = usPostUninstall then
  begin
    { Keep the plans unless the user answers Yes; No is the default button, and a silent
      uninstall keeps them. }
    DataDir := ExpandConstant('{localappdata}\{#DataDirName}');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
      begin
        DelTree(DataDir, True, True, True);
        RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, '{#QtSettingsKey}');
        RegDeleteKeyIfEmpty(HKEY_CURRENT_USER, 'Software\CMt');
        if DirExists(DataDir) then
          MsgBox(FmtMessage(CustomMessage('DataNotDeleted'), [DataDir]), mbError, MB_OK);
      end;
  end;
end;
