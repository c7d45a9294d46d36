; Inno Setup script: a per-user Windows installer for the PyInstaller bundle dist\ColdCare.
; Built by hand, not in CI (packaging/README.md, "Windows"):
;   iscc /DAppVersion=0.1.0 packaging\coldcare.iss
; writes dist\ColdCare-0.1.0-setup.exe.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\coldcare.iss
#endif

[Setup]
AppId=org.coldcare.ColdCare
AppName=ColdCare
AppVersion={#AppVersion}
AppPublisher=The ColdCare team
DefaultDirName={autopf}\ColdCare
DefaultGroupName=ColdCare
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\LICENSE
SetupIconFile=..\build\icons\coldcare.ico
UninstallDisplayIcon={app}\coldcare.exe
OutputDir=..\dist
OutputBaseFilename=ColdCare-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\ColdCare\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ColdCare"; Filename: "{app}\coldcare.exe"
Name: "{autodesktop}\ColdCare"; Filename: "{app}\coldcare.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\coldcare.exe"; Description: "{cm:LaunchProgram,ColdCare}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; The app's own "start at login" switch writes this value; remove it with the app.
Filename: "{sys}\reg.exe"; Parameters: "delete HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v ColdCare /f"; Flags: runhidden; RunOnceId: "RemoveAutostart"
