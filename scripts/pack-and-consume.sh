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

# A nuget.config that adds the fresh feed to the machine's regular sources and restores into a private
# packages folder (no stale cache of the same version).
feed_config() {
  cat > "$1" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$2" />
  </config>
  <packageSources>
    <add key="claimcheck-local" value="$tmp/feed" />
  </packageSources>
</configuration>
XML
}

# 1. Pack (library + tool). Its own artifacts path: the repository's bin/obj are left alone.
dotnet pack ClaimCheck.sln -c Release -o "$tmp/feed" --artifacts-path "$tmp/build" -v quiet -nologo
test -f "$tmp/feed/ClaimCheck.$version.nupkg"
test -f "$tmp/feed/ClaimCheck.$version.snupkg"
test -f "$tmp/feed/ClaimCheck.Tool.$version.nupkg"

# 2. The consumer, copied out of the tree, with a nuget.config beside it that adds the fresh feed to
#    the machine's regular sources and restores into a private packages folder (no stale cache).
cp -R samples/consumer "$tmp/consumer"
rm -rf "$tmp/consumer/bin" "$tmp/consumer/obj"
feed_config "$tmp/consumer/nuget.config" "$tmp/packages"
dotnet build "$tmp/consumer/consumer.csproj" -c Release -o "$tmp/consumer-out" -p:ClaimCheckVersion="$version" -v quiet -nologo

# 3. The packed tool, installed as a user installs it, detects languages: Lingua's model files ship in the tool
#    package (without them only scripts are told apart, silently). A long French line in an English article is
#    not the article's.
feed_config "$tmp/tool.config" "$tmp/tool-packages"
dotnet tool install ClaimCheck.Tool --version "$version" --tool-path "$tmp/tool" --configfile "$tmp/tool.config" >/dev/null
cat > "$tmp/language.txt" <<'TEXT'
The bridge opened to traffic on a clear morning, and the first buses crossed the estuary within the hour.
Officials said the crossing would cut the journey between the two cities from three hours to forty minutes.
Le pont a été inauguré ce matin en présence du président et de nombreux invités venus de toute la région.
Engineers who worked on the project for nine years watched from the shore as the ribbon was cut.
TEXT
"$tmp/tool/claimcheck" draft "$tmp/language.txt" | sed -n 's/^#   line 3: .*(\(.*\))$/packed tool detects language: \1/p'

# 4. Run it from the repository root, on the seed corpus, as README says.
dotnet "$tmp/consumer-out/consumer.dll"
