#!/usr/bin/env bash
# Compares the cold start of two Linux app images, started in turn:
#
#   packaging/startup-ab.sh A/InspectorWorkbench B/InspectorWorkbench [pairs]   # default 12 pairs
#
# Each start is `bin/InspectorWorkbench gui --exit-when-ready` on a scratch copy of the sample
# campaign; the script prints both images' medians and quartiles of "ready" (ms after launch) and
# CPU, how many starts were within 1.5 s, and the paired differences (B - A). This machine's speed
# drifts by a quarter within minutes, so only starts in turn compare two builds.
#
# Measure each image where it was built or installed: its class-data archive names the jars by
# their absolute paths, and a copy elsewhere starts without it, silently and ~1 s slower.
# Run as root, the Linux image's priority policy also raises the JVM's own threads, which a normal
# user cannot: set STARTUP_USER to a normal user's name to start the images as that user.
# Needs a display; on a server: apt-get install xvfb (the script uses xvfb-run).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
for img in "$1" "$2"; do
  [ -x "$img/bin/InspectorWorkbench" ] || { echo "not an app image: $img (no bin/InspectorWorkbench)" >&2; exit 2; }
done
a="$(cd "$1" && pwd)"; b="$(cd "$2" && pwd)"; pairs="${3:-12}"
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb" >&2; exit 2; }
as=()
if [ -n "${STARTUP_USER:-}" ]; then
  id "$STARTUP_USER" >/dev/null || exit 2
  as=(runuser -u "$STARTUP_USER" --)
elif [ "$(id -u)" = 0 ]; then
  echo "note: running as root; the figures flatter the Linux image's priority policy (set STARTUP_USER)" >&2
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
chmod 777 "$scratch"
start() { # image, data folder: one start; prints "ms cpu" or nothing if it did not report
  ${as[@]+"${as[@]}"} env JAVA_TOOL_OPTIONS="-Dinspector.dataDir=$2" xvfb-run -a -s '-screen 0 1600x1000x24' \
      "$1/bin/InspectorWorkbench" gui --exit-when-ready --workspace "$scratch/w.inspector" 2>&1 \
    | sed -nE 's/^ready: .* shown ([0-9]+) ms .*process CPU ([0-9]+) ms.*/\1 \2/p'
}
${as[@]+"${as[@]}"} env JAVA_TOOL_OPTIONS="-Dinspector.dataDir=$scratch/data-a" "$a/bin/InspectorWorkbench" \
    init --workspace "$scratch/w.inspector" --sample --inspector 张三 >/dev/null 2>&1 \
  || { echo "could not make the sample workspace with $a" >&2; exit 1; }
# One start each first, not counted: it copies the fonts into its data folder.
[ -n "$(start "$a" "$scratch/data-a")" ] || { echo "$a did not report a start (try it by hand)" >&2; exit 1; }
[ -n "$(start "$b" "$scratch/data-b")" ] || { echo "$b did not report a start (try it by hand)" >&2; exit 1; }

: > "$scratch/runs"
for i in $(seq "$pairs"); do
  ra="$(start "$a" "$scratch/data-a")"; rb="$(start "$b" "$scratch/data-b")"
  [ -n "$ra" ] && [ -n "$rb" ] && echo "$ra $rb" >> "$scratch/runs"
  printf '.' >&2
done
echo >&2
awk -v a="$a" -v b="$b" '
  function sortn(x, n,   i, j, t) { for (i = 2; i <= n; i++) { t = x[i]; for (j = i - 1; j >= 1 && x[j] > t; j--) x[j + 1] = x[j]; x[j + 1] = t } }
  function q(x, n, p,   pos, lo) { pos = (n - 1) * p + 1; lo = int(pos); return lo >= n ? x[n] : x[lo] + (pos - lo) * (x[lo + 1] - x[lo]) }
  { n++; ma[n] = $1; ca[n] = $2; mb[n] = $3; cb[n] = $4; d[n] = $3 - $1; if ($3 < $1) faster++;
    if ($1 <= 1500) wa++; if ($3 <= 1500) wb++ }
  END {
    if (n == 0) { print "no pair of starts reported"; exit 1 }
    sortn(ma, n); sortn(mb, n); sortn(ca, n); sortn(cb, n); sortn(d, n)
    printf "%d pairs, ready (ms after launch): median (quartiles), CPU median, starts <= 1500 ms\n", n
    printf "A %6.0f (%.0f-%.0f)  CPU %.0f ms  %d of %d  %s\n", q(ma, n, .5), q(ma, n, .25), q(ma, n, .75), q(ca, n, .5), wa, n, a
    printf "B %6.0f (%.0f-%.0f)  CPU %.0f ms  %d of %d  %s\n", q(mb, n, .5), q(mb, n, .25), q(mb, n, .75), q(cb, n, .5), wb, n, b
    printf "B - A: median of the differences %+.0f ms; B faster in %d of %d pairs\n", q(d, n, .5), faster, n
  }' "$scratch/runs"
