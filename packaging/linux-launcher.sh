#!/bin/sh
# Inspector Workbench's launcher on Linux: packaging/package.sh puts it in place of jpackage's
# native launcher (bin/InspectorWorkbench). That one asks rpm and then dpkg, twice, on every start,
# which package owns it; dpkg-query reads the whole package database, about half a second before
# Java even starts. This script starts the bundled runtime with what jpackage wrote in
# lib/app/InspectorWorkbench.cfg (class path, main class, Java options), which stays the one place
# that the package build and the .deb's postinst (class-data archive) edit.
self=$(readlink -f "$0" 2>/dev/null) || self=$0
case "$self" in
  */*) bin=${self%/*} ;;
  *) bin=. ;;
esac
root=$(cd "$bin/.." && pwd -P) || exit 1
app="$root/lib/app"
cfg="$app/InspectorWorkbench.cfg"
java="$root/lib/runtime/bin/java"
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
  echo "Inspector Workbench is damaged: $cfg or $java is missing. Reinstall the program." >&2
  exit 1
fi

# $APPDIR in the configuration stands for lib/app, as for jpackage's launcher.
expand() {
  rest=$1
  out=
  while :; do
    case "$rest" in
      *'$APPDIR'*) out="$out${rest%%'$APPDIR'*}$app"; rest=${rest#*'$APPDIR'} ;;
      *) out="$out$rest"; break ;;
    esac
  done
}

# The Java options go after the user's arguments for now, then those arguments are rotated to the
# end: a POSIX shell has no arrays besides "$@".
args=$#
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    app.classpath=*) expand "${line#app.classpath=}"; classpath="${classpath:+$classpath:}$out" ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) expand "${line#java-options=}"; set -- "$@" "$out" ;;
  esac
done < "$cfg"
set -- "$@" -cp "$classpath" "$main"
while [ "$args" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  args=$((args - 1))
done
# Native memory in huge pages where the kernel allows them (glibc 2.35 and later; older ones ignore
# the setting). Drawing the first frame fills two window-sized buffers with fresh memory: JavaFX's
# pixels for the window and GTK's drawing surface. Touching fresh memory 4 KB at a time is a large
# part of a start on some machines (docs/packaging.md, "Native memory in huge pages"). Tunables the
# user set are kept.
GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1"
export GLIBC_TUNABLES
# No GPU (no render node in /dev/dri, no NVIDIA device): the program tells JavaFX to draw in
# software (ui/common/SoftwareRendering, the same test), and GTK need not load Mesa's OpenGL and its
# LLVM to choose its windows' visuals either: ~0.1 s of a start on such a machine (docs/packaging.md,
# "No OpenGL where there is no GPU"). A GDK_GL the user set is kept.
if [ -z "${GDK_GL+set}" ] && [ ! -e /dev/nvidia0 ] && ! ls /dev/dri/renderD* >/dev/null 2>&1; then
  GDK_GL=disable
  export GDK_GL
fi
# JavaFX has no accessibility on Linux (glass's GTK platform makes no accessible objects), so GTK's
# bridge to the accessibility bus would expose nothing of the program; not loading it (and the
# D-Bus and systemd libraries it brings) has the toolkit up ~0.03 s sooner (docs/packaging.md,
# "Start-up, session 8"). A NO_AT_BRIDGE the user set is kept.
if [ -z "${NO_AT_BRIDGE+set}" ]; then
  NO_AT_BRIDGE=1
  export NO_AT_BRIDGE
fi
exec "$java" "$@"
