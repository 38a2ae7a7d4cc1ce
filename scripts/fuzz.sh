#!/usr/bin/env bash
# Fuzz one ClaimCheck target: scripts/fuzz.sh TARGET SECONDS [--random]
#   TARGET: loader | quantity | period | comparison | template | import
# Builds tests/ClaimCheck.Fuzz, instruments ClaimCheck.dll and the parser under the target (YamlDotNet, Scriban,
# CsvHelper) with SharpFuzz and runs
# AFL++ (afl-fuzz) for SECONDS. Without afl-fuzz, or with --random, runs the in-process mutation fuzzer.
# Findings land in artifacts/fuzz/TARGET (AFL: default/crashes, default/hangs) and are replayed at the end.
# Needs: .NET SDK, AFL++ (Debian/Ubuntu: apt-get install afl++), and the dotnet tool SharpFuzz.CommandLine
# (installed into artifacts/fuzz/tools when missing).
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh loader|quantity|period|comparison|template|import SECONDS [--random]}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS [--random]}
mode=${3:-afl}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/artifacts/fuzz
plain=$work/build
instrumented=$work/instrumented
seeds=$root/tests/ClaimCheck.Fuzz/seeds/$target
[ -d "$seeds" ] || { echo "no seeds for target '$target' in $seeds" >&2; exit 2; }

mkdir -p "$work"
if [ ! -f "$plain/.built" ] || [ -n "$(find "$root/src/ClaimCheck" "$root/tests/ClaimCheck.Fuzz" -name '*.cs' -newer "$plain/.built" -print -quit)" ]; then
  dotnet build "$root/tests/ClaimCheck.Fuzz/ClaimCheck.Fuzz.csproj" -c Release -o "$plain" -nologo -v quiet
  touch "$plain/.built"
  rm -rf "$instrumented"
fi

if [ "$mode" = "--random" ] || ! command -v afl-fuzz > /dev/null; then
  echo "fuzz.sh: in-process mutation fuzzing of '$target' for ${seconds}s (no AFL coverage feedback)"
  mkdir -p "$work/$target-random" && cd "$work/$target-random"
  exec dotnet "$plain/ClaimCheck.Fuzz.dll" "$target" --random "$seconds" "$seeds"
fi

if [ ! -d "$instrumented" ]; then
  sharpfuzz=$(command -v sharpfuzz || true)
  if [ -z "$sharpfuzz" ]; then
    [ -x "$work/tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" > /dev/null
    sharpfuzz=$work/tools/sharpfuzz
  fi
  cp -r "$plain" "$instrumented"
  # Coverage from our code and from the parsers under it: YAML (loader), Scriban (template), CSV (import).
  "$sharpfuzz" "$instrumented/ClaimCheck.dll"
  "$sharpfuzz" "$instrumented/YamlDotNet.dll"
  "$sharpfuzz" "$instrumented/Scriban.Signed.dll"
  "$sharpfuzz" "$instrumented/CsvHelper.dll"
fi

export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_AUTORESUME=1 AFL_NO_UI=1
out=$work/$target
mkdir -p "$out"
set +e
# -t: a slow input (over 5 s) is saved as a hang; -m none: the .NET runtime reserves much virtual memory.
timeout --signal=INT "$((seconds + 10))" afl-fuzz -V "$seconds" -i "$seeds" -o "$out" -t 5000 -m none \
  -- dotnet "$instrumented/ClaimCheck.Fuzz.dll" "$target" > "$out/afl.log" 2>&1
set -e
grep -E '^(execs_done|execs_per_sec|run_time|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$out/default/fuzzer_stats" || tail -20 "$out/afl.log"

findings=$(find "$out/default/crashes" "$out/default/hangs" -type f -name 'id:*' 2>/dev/null || true)
if [ -n "$findings" ]; then
  echo "fuzz.sh: replaying findings on the plain build:"
  # shellcheck disable=SC2086
  dotnet "$plain/ClaimCheck.Fuzz.dll" "$target" --replay $findings || true
  exit 1
fi
echo "fuzz.sh: no crashes or hangs"
