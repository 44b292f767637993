; Inno Setup script for Officina Voice (Windows). Build the one-folder bundle first
; (installer/build on Windows), then: iscc installer\windows\officina-voice.iss
#define AppName "Officina Voice"
#define AppVersion GetEnv("OFFICINA_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B3C8E-7F2A-4F7E-9D8B-0FF1C1NA0001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Officina
DefaultDirName={autopf}\Officina Voice
DefaultGroupName=Officina Voice
OutputDir=..\..\dist
OutputBaseFilename=OfficinaVoice-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
UninstallDisplayIcon={app}\officina.exe

[Languages]
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
it.Autostart=Avvia Officina Voice all'accesso a Windows
en.Autostart=Start Officina Voice when Windows starts
it.SelfTest=Verifica dell'installazione
en.SelfTest=Check the installation
it.RemoveData=Eliminare anche i dati di Officina Voice (impostazioni, archivio dell'officina, tracce)?
en.RemoveData=Also delete Officina Voice's data (settings, workshop database, traces)?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "autostart"; Description: "{cm:Autostart}"; Flags: unchecked

[Files]
Source: "..\..\dist\officina\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Officina Voice"; Filename: "{app}\officina.exe"
Name: "{group}\{cm:UninstallProgram,Officina Voice}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Officina Voice"; Filename: "{app}\officina.exe"; Tasks: desktopicon
Name: "{userstartup}\Officina Voice"; Filename: "{app}\officina.exe"; Tasks: autostart

[Run]
Filename: "{app}\officina.exe"; Parameters: "--self-test"; StatusMsg: "{cm:SelfTest}"; Flags: runhidden waituntilterminated
Filename: "{app}\officina.exe"; Description: "{cm:LaunchProgram,Officina Voice}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstaller keeps the user's data unless the person asks to delete it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Officina\officina-voice');
    if DirExists(DataDir) and
       (MsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES) then
      DelTree(DataDir, True, True, True);
  end;
end;
