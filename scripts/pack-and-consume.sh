#!/usr/bin/env bash
# Packs ClaimCheck into a temporary folder, builds samples/consumer (README's C# example) against
# that folder as a package source, and runs it from the repository root on the seed corpus.
# Proves that the package a user gets compiles with the README's code and works.
# Uses only the .NET SDK and the machine's regular NuGet feed (for the package's dependencies).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)"
if [ -z "$version" ]; then echo "pack-and-consume: no <Version> in Directory.Build.props" >&2; exit 1; fi

# 1. Pack (library + tool). Its own artifacts path: the repository's bin/obj are left alone.
dotnet pack ClaimCheck.sln -c Release -o "$tmp/feed" --artifacts-path "$tmp/build" -v quiet -nologo
test -f "$tmp/feed/ClaimCheck.$version.nupkg"
test -f "$tmp/feed/ClaimCheck.$version.snupkg"
test -f "$tmp/feed/ClaimCheck.Tool.$version.nupkg"

# 2. The consumer, copied out of the tree, with a nuget.config beside it that adds the fresh feed to
#    the machine's regular sources and restores into a private packages folder (no stale cache).
cp -R samples/consumer "$tmp/consumer"
rm -rf "$tmp/consumer/bin" "$tmp/consumer/obj"
cat > "$tmp/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$tmp/packages" />
  </config>
  <packageSources>
    <add key="claimcheck-local" value="$tmp/feed" />
  </packageSources>
</configuration>
XML
dotnet build "$tmp/consumer/consumer.csproj" -c Release -o "$tmp/consumer-out" -p:ClaimCheckVersion="$version" -v quiet -nologo

# 3. Run it from the repository root, on the seed corpus, as README says.
dotnet "$tmp/consumer-out/consumer.dll"
