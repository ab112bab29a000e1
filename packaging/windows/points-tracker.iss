; Inno Setup 6 script: a Windows installer for the one-folder build in dist\points-tracker\.
;
; Build the folder first, on Windows:   uv run --group packaging python packaging\build.py
; (which also runs this script when Inno Setup's iscc.exe is on PATH), or by hand:
;   iscc /DAppVersion=0.1.0 packaging\windows\points-tracker.iss
; Output: dist\points-tracker-<version>-windows-x64-setup.exe
; See README.md beside this file. Not yet run by the project: it is written, not tested.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Points Tracker"
#define AppId "io.github.pointstracker.PointsTracker"
#define AppExe "points-tracker.exe"
#define RepoRoot "..\.."

[Setup]
; The GUID identifies the app to Windows across versions: never change it.
AppId={{564B347F-DA3C-44AA-9ACB-E02AFAA36C87}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Points Tracker developers
AppComments=Keep your own record of AliExpress member points and see when your tier lapses.
; Per-user install by default (no administrator needed); the first page offers "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#RepoRoot}\dist
OutputBaseFilename=points-tracker-{#AppVersion}-windows-x64-setup
SetupIconFile={#RepoRoot}\resources\icons\points-tracker.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Points Tracker before replacing its files.
CloseApplications=yes

[Languages]
; The languages the app itself is translated into (issue "Ready to install").
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries as a whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#RepoRoot}\dist\points-tracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; Your data (%LOCALAPPDATA%\PointsTracker\) is not removed on uninstall.
