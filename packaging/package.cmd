@echo off
rem Builds Inspector Workbench for Windows: trimmed runtime (jlink) + app image (jpackage), and an
rem installer when asked:  packaging\package.cmd [app-image|msi|exe]
rem msi and exe need WiX Toolset 3 on the PATH (JDK 17's jpackage); app-image needs nothing more
rem and can be zipped and handed out as it is.
setlocal EnableDelayedExpansion
set "TYPE=%~1"
if "%TYPE%"=="" set "TYPE=app-image"
set "ROOT=%~dp0.."
set "OUT=%ROOT%\target\package"
pushd "%ROOT%"
if not exist target\inspector-workbench.jar call mvn -q -B -DskipTests package || exit /b 1
rem The same Java options as app\inspector.cmd (one file for every launcher).
set "JOPTS="
for /f "usebackq eol=# tokens=*" %%o in ("%ROOT%\app\jvm.options") do set "JOPTS=!JOPTS! --java-options %%o"
if exist "%OUT%" rmdir /s /q "%OUT%"
mkdir "%OUT%\input"
copy target\inspector-workbench.jar "%OUT%\input\" >nul
xcopy /e /i /q target\lib "%OUT%\input\lib" >nul
rem Native libraries beside the jars, so that a start extracts nothing (see package.sh): JavaFX's
rem DLLs where JavaFX looks first, SQLite's in native\ with sqlite-jdbc pointed at it.
pushd "%OUT%\input\lib"
for %%j in (javafx-*-win.jar) do for /f "delims=" %%n in ('jar tf %%j ^| findstr /r /e "^[^/]*\.dll"') do jar xf %%j %%n
popd
mkdir "%OUT%\input\native"
pushd "%OUT%\input\native"
for %%j in ("%OUT%\input\lib\sqlite-jdbc-*.jar") do jar xf "%%~fj" org/sqlite/native/Windows/x86_64/sqlitejdbc.dll
if exist org\sqlite\native\Windows\x86_64\sqlitejdbc.dll (
  move org\sqlite\native\Windows\x86_64\sqlitejdbc.dll . >nul
  set "JOPTS=!JOPTS! --java-options -Dorg.sqlite.lib.path=$APPDIR\native"
)
if exist org rmdir /s /q org
popd
jlink --add-modules java.base,java.desktop,java.sql,java.net.http,jdk.localedata,jdk.crypto.ec,jdk.crypto.mscapi,jdk.zipfs,jdk.charsets,jdk.unsupported,jdk.httpserver --strip-debug --no-header-files --no-man-pages --include-locales=zh-CN,en --compress=2 --output "%OUT%\runtime" || exit /b 1
jpackage --type app-image --name InspectorWorkbench --app-version 0.1.0 --vendor "Inspector Workbench" --description "政务公开检查考核工作台 Inspector Workbench" --input "%OUT%\input" --main-jar inspector-workbench.jar --main-class org.inspectorbench.Launcher --runtime-image "%OUT%\runtime" --icon packaging\icons\inspector.ico !JOPTS! --dest "%OUT%" || exit /b 1
if "%TYPE%"=="app-image" goto :done
jpackage --type %TYPE% --app-image "%OUT%\InspectorWorkbench" --name InspectorWorkbench --app-version 0.1.0 --vendor "Inspector Workbench" --file-associations packaging\inspbundle.properties --win-menu --win-menu-group "Inspector Workbench" --win-shortcut --win-dir-chooser --win-per-user-install --dest "%OUT%" || exit /b 1
:done
popd
echo Built in %OUT%
