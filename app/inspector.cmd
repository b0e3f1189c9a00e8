@echo off
rem Inspector Workbench launcher for Windows: builds the program when it is missing or older than
rem its sources, then runs it with the arguments given (no arguments: the workbench window).
setlocal
set "HERE=%~dp0.."
set "JAR=%HERE%\target\inspector-workbench.jar"
set "REBUILD="
if not exist "%JAR%" set "REBUILD=1"
if not defined REBUILD (
  powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; $n=Get-ChildItem -Recurse -File '%HERE%\src\main','%HERE%\sample-data\calendar','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "REBUILD=1"
)
if defined REBUILD (
  echo Building Inspector Workbench ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests package 1>&2
  if errorlevel 1 ( popd & exit /b 1 )
  popd
)
java %INSPECTOR_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
