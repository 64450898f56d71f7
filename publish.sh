#!/usr/bin/env bash
# Builds the school-laptop version of Sajag: one self-contained executable per platform (no .NET,
# no Node.js, no internet needed on the laptop), with the content pack, the settings and the static
# files beside it. The SQLite database is made in data/ beside it at the first start.
#
#   ./publish.sh                      linux-x64, win-x64 and osx-arm64, into publish/<platform>/
#   ./publish.sh linux-x64            one platform
#   ./publish.sh --web-only win-x64   the web app only (no `sajag` operator command line)
#   ./publish.sh --out DIR linux-x64  into DIR/<platform>/
set -euo pipefail
cd "$(dirname "$0")"

out=publish
web_only=""
rids=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --web-only) web_only=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "publish.sh: unknown option $1" >&2; exit 2 ;;
    *) rids+=("$1"); shift ;;
  esac
done
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 win-x64 osx-arm64)
command -v dotnet >/dev/null || { echo "publish.sh: the .NET 10 SDK is required to build (not to run the result)" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

publish() { # project rid target
  dotnet publish "$1" -c Release -r "$2" --self-contained true -o "$3" \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true \
    -p:DebugType=none -nologo -v:q
}

for rid in "${rids[@]}"; do
  target="$out/$rid"
  rm -rf "$target"
  start=$(date +%s)
  echo "[publish.sh] $rid -> $target"
  publish src/Sajag.Web/Sajag.Web.csproj "$rid" "$target"
  [ -n "$web_only" ] || publish src/Sajag.Cli/Sajag.Cli.csproj "$rid" "$target"
  # The content pack beside the executable: the app looks for content/packs/default there.
  mkdir -p "$target/content/packs"
  cp -R content/packs/default "$target/content/packs/default"
  exe=Sajag.Web; [ "${rid%%-*}" = win ] && exe=Sajag.Web.exe
  mv "$target/$exe" "$target/${exe/Sajag.Web/sajag-web}"
  size=$(du -sm "$target" | cut -f1)
  echo "[publish.sh] $rid: ${exe/Sajag.Web/sajag-web} in $target, ${size} MB in all, $(( $(date +%s) - start )) s"
done
