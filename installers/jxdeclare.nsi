; Per-user Windows installer for jxdeclare: no administrator rights, Chinese interface first.
; Compiled by installers/build.py, which passes the version and the frozen one-folder build:
;   makensis -INPUTCHARSET UTF8 /DVERSION=0.1.0 /DVERSION4=0.1.0.0 /DDIST_DIR=...\dist\jxdeclare
;            /DOUT_FILE=...\jxdeclare-setup-0.1.0.exe jxdeclare.nsi
; Silent use: setup.exe /S [/D=C:\path]   uninstall.exe /S [/REMOVEDATA]
; The user's data (%LOCALAPPDATA%\jxdeclare, the location note in %APPDATA%\jxdeclare) is never
; inside the program folder, so an upgrade replaces the program and leaves the data alone.

Unicode true
; The payload is 64-bit; a 64-bit installer also runs under Debian's wine64 (the test here). The
; official Windows NSIS ships only x86 stubs: there the installer stays 32-bit, which is fine.
!if /FileExists "${NSISDIR}\Stubs\lzma_solid-amd64-unicode"
  Target amd64-unicode
!endif
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST
  SetCompress off ; CI: checks the script and its file list in seconds instead of minutes
!else
  SetCompressor /SOLID lzma
!endif

!macro REQUIRE SYMBOL
  !ifndef ${SYMBOL}
    !error "${SYMBOL} is not defined: build with installers/build.py"
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE VERSION4
!insertmacro REQUIRE DIST_DIR
!insertmacro REQUIRE OUT_FILE
!ifndef EXE_SUFFIX
  !define EXE_SUFFIX ".exe" ; build.py passes "" when a Linux build stands in for the payload
!endif

!define APP "jxdeclare"
!define NAME "江西企业标准化助手"
!define EXE "jxdeclare${EXE_SUFFIX}"
!define CLI "jxdeclare-cli${EXE_SUFFIX}"
!define APP_KEY "Software\jxdeclare"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\jxdeclare"
!define PROGID "jxdeclare.jxstd"

Name "${NAME} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir" ; an upgrade goes where the old version is
BrandingText "${NAME} ${VERSION}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString DESKTOP ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString KEEP_DATA ${LANG_SIMPCHINESE} "是否保留您的数据（企业、标准草稿、设置）？$\r$\n$\r$\n\
  选“是”：数据保留在 $LOCALAPPDATA\${APP}，重新安装后可继续使用。$\r$\n\
  选“否”：数据将被永久删除。"
LangString KEEP_DATA ${LANG_ENGLISH} "Keep your data (enterprises, drafts, settings)?$\r$\n$\r$\n\
  Yes: it stays in $LOCALAPPDATA\${APP} for a later installation.$\r$\n\
  No: it is deleted for good."
LangString DOC_TYPE ${LANG_SIMPCHINESE} "企业标准草稿"
LangString DOC_TYPE ${LANG_ENGLISH} "Enterprise standard draft"
LangString BAD_DIR ${LANG_SIMPCHINESE} "程序不能安装在数据目录中。"
LangString BAD_DIR ${LANG_ENGLISH} "The program cannot be installed into its data folder."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${APP}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "${APP}"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function .onVerifyInstDir
  ; Uninstalling with /REMOVEDATA deletes the data folder: the program must not live in it.
  ${If} $INSTDIR == "$LOCALAPPDATA\${APP}"
    Abort
  ${EndIf}
FunctionEnd

Section "!${NAME}" SecMain
  SectionIn RO
  SetShellVarContext current
  ; Upgrade: remove the old program files first, so no stale library mixes with the new ones.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  SetOutPath "$INSTDIR"
  File /r "${DIST_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${EXE}"

  ; .jxstd opens in the app, for this user only (HKCU\Software\Classes needs no admin).
  WriteRegStr HKCU "Software\Classes\.jxstd" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(DOC_TYPE)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\${EXE}"
SectionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$DESKTOP\${NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty: never a recursive delete of a folder the user chose

  ReadRegStr $0 HKCU "Software\Classes\.jxstd" ""
  ${If} $0 == "${PROGID}" ; another program may have taken .jxstd since
    DeleteRegKey HKCU "Software\Classes\.jxstd"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; The data stays unless the user says otherwise; silent: only with /REMOVEDATA.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${If} ${Errors}
    MessageBox MB_YESNO|MB_ICONQUESTION "$(KEEP_DATA)" /SD IDYES IDYES keep
  ${EndIf}
  RMDir /r "$LOCALAPPDATA\${APP}"
  RMDir /r "$APPDATA\${APP}"
  keep:
SectionEnd
