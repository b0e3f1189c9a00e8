#!/usr/bin/env bash
# Builds the self-contained Inspector Workbench: a trimmed Java runtime (jlink), an app image
# (jpackage) and, on request, an installer of this platform's kind.
#
#   packaging/package.sh                 # app image in target/package/  (Linux, macOS)
#   packaging/package.sh deb             # + .deb (Linux; needs fakeroot and dpkg-deb)
#   packaging/package.sh dmg             # + .dmg (macOS)
# Windows: packaging\package.cmd (msi needs WiX 3; exe too; app-image needs nothing more).
#
# jpackage cannot cross-build: each platform's installer is built on that platform.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
type="${1:-app-image}"
out="$root/target/package"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"

cd "$root"
[ -f target/inspector-workbench.jar ] || mvn -q -B -DskipTests package
rm -rf "$out" && mkdir -p "$out/input"
cp target/inspector-workbench.jar "$out/input/"
cp -r target/lib "$out/input/lib"
# JavaFX goes into the runtime as modules (below), not on the class path: its platform jars (those
# with a module descriptor: -linux, -mac, -mac-aarch64) become the module path of jlink; the empty
# jars Maven adds beside them go.
mkdir -p "$out/javafx"
for jar in "$out"/input/lib/javafx-*.jar; do
  if jar tf "$jar" | grep -qx module-info.class; then mv "$jar" "$out/javafx/"; else rm "$jar"; fi
done
# The program's jar lists its libraries in its manifest (Class-Path, for `java -jar` in app/inspector).
# In the image the launcher's class path lists them, and JavaFX's are gone: with the list emptied the
# class loader does not look for those jars on every start (~130 exceptions thrown and caught).
printf 'Class-Path: \n' > "$out/manifest.mf"
jar --update --file "$out/input/inspector-workbench.jar" --manifest "$out/manifest.mf" 2>/dev/null

# Modules the program needs: what jdeps finds, plus what it cannot see (locale data for zh-CN
# dates, EC crypto for signatures, zip file system, charsets for GBK CSVs from Windows users).
mods="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
        --class-path "$out/input/lib/*:$out/javafx/*" "$out/input/inspector-workbench.jar" 2>/dev/null || true)"
mods="${mods:-java.base,java.desktop,java.sql,java.xml,java.logging,java.naming,java.net.http}"
mods="$mods,jdk.localedata,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.charsets,jdk.unsupported,java.net.http,jdk.httpserver"
# JavaFX's modules join the runtime (docs/packaging.md, "JavaFX in the runtime"): no JavaFX jar on
# the class path, which JavaFX warns about on every start; logging that warning opened every jar of
# the class path on the way to the toolkit (~0.05 s).
mods="$mods,javafx.controls,javafx.swing"
echo "runtime modules: $mods"
# Options the runtime itself carries: what the class path needs of JavaFX's packages, and on Linux
# the compilers' priority (see each file for why). The leading space keeps jlink from reading an
# option that starts with -- as one of its own.
opts="$(grep -hv '^[[:space:]]*\(#\|$\)' "$here/javafx-runtime.options" | paste -sd' ')"
if [ "$(uname -s)" = Linux ]; then
  opts="$opts $(grep -v '^[[:space:]]*\(#\|$\)' "$here/linux-runtime.options" | paste -sd' ')"
fi
echo "options built into the runtime: $opts"
jdk="$(cd "$(dirname "$(readlink -f "$(command -v jlink)")")/.." && pwd)"
# JavaFX's native libraries are left out of its modules and put where the runtime keeps its own
# (lib/): from a module, JavaFX would copy each into ~/.openjfx/cache and hash it on every start.
jlink --module-path "$jdk/jmods:$out/javafx" --add-modules "$mods" --exclude-resources='**.so,**.dylib' \
      --strip-debug --no-header-files --no-man-pages --include-locales=zh-CN,en --compress=2 \
      --add-options=" $opts" --output "$out/runtime"

common=(--name "InspectorWorkbench" --app-version "$version"
        --vendor "Inspector Workbench" --description "政务公开检查考核工作台 Inspector Workbench"
        --input "$out/input" --main-jar inspector-workbench.jar --main-class org.inspectorbench.Launcher
        --runtime-image "$out/runtime" --dest "$out")
# The same Java options as app/inspector (one file for every launcher, and one more on Linux).
options=("$root/app/jvm.options")
[ "$(uname -s)" = Linux ] && options+=("$root/app/jvm-linux.options")
for file in "${options[@]}"; do
  while IFS= read -r opt; do
    case "$opt" in ''|'#'*) ;; *) common+=(--java-options "$opt") ;; esac
  done < "$file"
done
case "$(uname -s)" in
  Darwin) icon="$here/icons/inspector.icns" ;;
  *) icon="$here/icons/inspector.png" ;;
esac
[ -f "$icon" ] && common+=(--icon "$icon")

# Native libraries where a start finds them without extracting anything: JavaFX's in the runtime's
# lib/, where System.loadLibrary looks once JavaFX has found none in its modules; SQLite's in
# native/, with sqlite-jdbc pointed at it (otherwise the program checks the copy it keeps in the
# data folder, store/SqliteNative, which asks the class path for sqlite-jdbc's resources).
# Together 0.05-0.1 s earlier to the toolkit here (docs/packaging.md, "Figures, session 5").
extract() { # jar, grep pattern of entries, folder: the matching entries, flattened into the folder
  local names
  names="$(jar tf "$1" | grep -E "$2" || true)"
  [ -n "$names" ] || return 0
  (cd "$3" && jar xf "$1" $names && for n in $names; do [ "$n" = "${n##*/}" ] || mv "$n" .; done \
     && rm -rf org)
}
for jar in "$out"/javafx/*.jar; do
  extract "$jar" '^[^/]+\.(so|dylib)$' "$out/runtime/lib"
done
case "$(uname -s)" in
  Darwin) sqlite_os=Mac ;;
  *) sqlite_os=Linux; ldd --version 2>&1 | grep -qi musl && sqlite_os=Linux-Musl ;;
esac
case "$(uname -m)" in
  x86_64|amd64) sqlite_arch=x86_64 ;;
  arm64|aarch64) sqlite_arch=aarch64 ;;
  *) sqlite_arch="$(uname -m)" ;;
esac
mkdir -p "$out/input/native"
extract "$(ls "$out"/input/lib/sqlite-jdbc-*.jar)" "^org/sqlite/native/$sqlite_os/$sqlite_arch/[^/]+$" "$out/input/native"
if ls "$out/input/native/"* >/dev/null 2>&1; then
  common+=(--java-options '-Dorg.sqlite.lib.path=$APPDIR/native')
else
  rmdir "$out/input/native"
fi
echo "native libraries put in place: $(ls "$out"/runtime/lib/*.so "$out"/runtime/lib/*.dylib 2>/dev/null \
  | grep -c '/lib\(glass\|prism\|javafx\|decora\|jfx\)') of JavaFX's, $(ls "$out"/input/native/* 2>/dev/null | wc -l) of SQLite's"

jpackage --type app-image "${common[@]}"
img="$out/InspectorWorkbench"
cfg="$img/lib/app/InspectorWorkbench.cfg"
# Linux: our launcher script instead of jpackage's native one, which runs rpm and dpkg-query on
# every start to find its package (~0.5 s before Java starts; see packaging/linux-launcher.sh).
# It reads the same $cfg, so everything below (archive options, the .deb's postinst) is unchanged.
if [ "$(uname -s)" = Linux ]; then
  install -m 755 "$here/linux-launcher.sh" "$img/bin/InspectorWorkbench"
fi

# Class data sharing (start-up time). JDK 17 cannot auto-create an archive, so a training run of
# the app image itself (same class path as every later start) records its start-up classes; the
# launcher then maps them. TRAIN_ARGS picks what the training run does: by default it opens the
# window and closes it as soon as it is usable (needs a display: use xvfb-run on a server).
"$img/lib/runtime/bin/java" -Xshare:dump >/dev/null 2>&1 || true
# The training run works on a scratch workspace made from the sample campaign, in a scratch data
# folder: never the builder's own workspace, and never the first-run welcome (which would wait).
train_dir="$(mktemp -d)"
JAVA_TOOL_OPTIONS="-Dinspector.dataDir=$train_dir/data" "$img/bin/InspectorWorkbench" init --workspace "$train_dir/train.inspector" \
    --sample --inspector 张三 >/dev/null 2>&1 || true
train=(${TRAIN_ARGS:-gui --exit-when-ready --workspace "$train_dir/train.inspector"})
if JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$img/lib/app/app.jsa -Dinspector.dataDir=$train_dir/data" \
     "$img/bin/InspectorWorkbench" "${train[@]}" >"$train_dir/train.log" 2>&1 \
   && [ -s "$img/lib/app/app.jsa" ]; then
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa' >> "$cfg"
  echo 'java-options=-Xshare:auto' >> "$cfg"
  # An archive that does not fit (the image was moved, a jar changed) is ignored; no warning on every command.
  echo 'java-options=-Xlog:cds=off,cds+dynamic=off' >> "$cfg"
  echo "class-data archive: $(du -h "$img/lib/app/app.jsa" | cut -f1)"
  # -Xshare:on fails instead of falling back: proves the launcher really maps the archive.
  if JAVA_TOOL_OPTIONS="-Xshare:on" "$img/bin/InspectorWorkbench" --version >/dev/null 2>&1; then
    echo "class-data archive maps in the app image (-Xshare:on check passed)"
  else
    echo "warning: the app image does not map its class-data archive (-Xshare:on failed)"
  fi
else
  echo "note: no class-data archive (training run '${train[*]}' failed, see below); the app starts without it"
  tail -5 "$train_dir/train.log" || true
  rm -f "$img/lib/app/app.jsa"
fi
rm -rf "$train_dir"
echo "app image: $img ($(du -sh "$img" | cut -f1); runtime $(du -sh "$img/lib/runtime" | cut -f1))"

if [ "$type" != "app-image" ]; then
  extra=(--file-associations "$here/inspbundle.properties")
  case "$type" in
    # postinst makes the class-data archive where the package is installed (packaging/linux).
    deb) extra+=(--resource-dir "$here/linux" --linux-shortcut --linux-menu-group Office --linux-package-name inspector-workbench
                 --linux-app-category office) ;;
    dmg) extra+=(--mac-package-name "InspectorWorkbench") ;;
  esac
  # The deb makes its own archive on install (postinst): the build's one would not fit /opt.
  [ "$type" = deb ] && [ -f "$img/lib/app/app.jsa" ] && mv "$img/lib/app/app.jsa" "$out/app.jsa.kept"
  jpackage --type "$type" --app-image "$out/InspectorWorkbench" --name "InspectorWorkbench" \
           --app-version "$version" --dest "$out" "${extra[@]}" \
           --description "政务公开检查考核工作台 Inspector Workbench" --vendor "Inspector Workbench"
  [ -f "$out/app.jsa.kept" ] && mv "$out/app.jsa.kept" "$img/lib/app/app.jsa"
  ls -l "$out"/*."$type"
fi
