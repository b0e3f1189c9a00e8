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
rem JavaFX goes into the runtime as modules, not on the class path (see package.sh): its -win jars
rem become jlink's module path, the empty jars beside them go.
mkdir "%OUT%\javafx"
move "%OUT%\input\lib\javafx-*-win.jar" "%OUT%\javafx\" >nul
del /q "%OUT%\input\lib\javafx-*.jar"
rem The jar's manifest lists its libraries for java -jar; the image's class path lists them, and
rem JavaFX's are gone: an empty list keeps the class loader from looking for them (see package.sh).
> "%OUT%\manifest.mf" echo Class-Path: 
jar --update --file "%OUT%\input\inspector-workbench.jar" --manifest "%OUT%\manifest.mf" 2>nul || exit /b 1
rem Options the runtime carries: what the class path needs of JavaFX's packages (see the file).
set "FXOPTS="
for /f "usebackq eol=# tokens=*" %%o in ("%ROOT%\packaging\javafx-runtime.options") do set "FXOPTS=!FXOPTS! %%o"
for /f "delims=" %%j in ('where jlink') do if not defined FXJDK set "FXJDK=%%~dpj.."
mkdir "%OUT%\input\native"
pushd "%OUT%\input\native"
for %%j in ("%OUT%\input\lib\sqlite-jdbc-*.jar") do jar xf "%%~fj" org/sqlite/native/Windows/x86_64/sqlitejdbc.dll
if exist org\sqlite\native\Windows\x86_64\sqlitejdbc.dll (
  move org\sqlite\native\Windows\x86_64\sqlitejdbc.dll . >nul
  set "JOPTS=!JOPTS! --java-options -Dorg.sqlite.lib.path=$APPDIR\native"
)
if exist org rmdir /s /q org
popd
rem JavaFX's DLLs are left out of its modules and put in the runtime's bin\, where System.loadLibrary
rem finds them: from a module, JavaFX would copy each into the user's .openjfx\cache on every start.
jlink --module-path "%FXJDK%\jmods;%OUT%\javafx" --add-modules java.base,java.desktop,java.sql,java.net.http,jdk.localedata,jdk.crypto.ec,jdk.crypto.mscapi,jdk.zipfs,jdk.charsets,jdk.unsupported,jdk.unsupported.desktop,jdk.httpserver,javafx.controls,javafx.swing --exclude-resources=**.dll --add-options="!FXOPTS!" --strip-debug --no-header-files --no-man-pages --include-locales=zh-CN,en --compress=2 --output "%OUT%\runtime" || exit /b 1
pushd "%OUT%\runtime\bin"
for %%j in ("%OUT%\javafx\*.jar") do for /f "delims=" %%n in ('jar tf "%%~fj" ^| findstr /r /e "^[^/]*\.dll"') do jar xf "%%~fj" %%n
popd
jpackage --type app-image --name InspectorWorkbench --app-version 0.1.0 --vendor "Inspector Workbench" --description "政务公开检查考核工作台 Inspector Workbench" --input "%OUT%\input" --main-jar inspector-workbench.jar --main-class org.inspectorbench.Launcher --runtime-image "%OUT%\runtime" --icon packaging\icons\inspector.ico !JOPTS! --dest "%OUT%" || exit /b 1
if "%TYPE%"=="app-image" goto :done
jpackage --type %TYPE% --app-image "%OUT%\InspectorWorkbench" --name InspectorWorkbench --app-version 0.1.0 --vendor "Inspector Workbench" --file-associations packaging\inspbundle.properties --win-menu --win-menu-group "Inspector Workbench" --win-shortcut --win-dir-chooser --win-per-user-install --dest "%OUT%" || exit /b 1
:done
popd
echo Built in %OUT%
