@echo off
rem Inspector Workbench launcher for Windows: builds the program when it is missing or older than
rem its sources, then runs it with the arguments given (no arguments: the workbench window).
setlocal
set "HERE=%~dp0.."
set "JAR=%HERE%\target\inspector-workbench.jar"
set "JSA=%HERE%\target\inspector-workbench.jsa"
set "REBUILD="
set "FRESH_JSA="
if not exist "%JAR%" set "REBUILD=1"
if not defined REBUILD (
  rem exit 1: sources newer than the jar; exit 2: the class-data archive is missing or older than the jar
  powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; $n=Get-ChildItem -Recurse -File '%HERE%\src\main','%HERE%\sample-data\calendar','%HERE%\app\jvm.options','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 }; if ((Test-Path '%JSA%') -and ((Get-Item '%JSA%').LastWriteTime -gt $j)) { exit 0 } else { exit 2 }"
  if errorlevel 2 ( set "FRESH_JSA=1" ) else if errorlevel 1 set "REBUILD=1"
)
if defined REBUILD (
  echo Building Inspector Workbench ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests package 1>&2
  if errorlevel 1 ( popd & exit /b 1 )
  popd
  set "FRESH_JSA=1"
)
rem Class-data sharing (start-up time, docs\packaging.md): the first window session after a build
rem records the classes it loaded into an archive beside the jar as it exits; later starts map it.
set CDS="-XX:SharedArchiveFile=%JSA%" -Xshare:auto -Xlog:cds=off,cds+dynamic=off
if defined FRESH_JSA (
  set "CDS="
  if "%~1"=="" set CDS="-XX:ArchiveClassesAtExit=%JSA%" -Xlog:cds=off,cds+dynamic=off
  if /i "%~1"=="gui" set CDS="-XX:ArchiveClassesAtExit=%JSA%" -Xlog:cds=off,cds+dynamic=off
  if exist "%JSA%" del /f /q "%JSA%" 2>nul
)
java "@%HERE%\app\jvm.options" %CDS% %INSPECTOR_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
