using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Normalisation;

/// <summary>Maps any key a claim may use (canonical or alias) to the canonical subject key.</summary>
internal sealed class SubjectResolver
{
    // Frozen: built once, then read for every claim (an immutable dictionary is a tree, slow to read).
    private readonly FrozenDictionary<string, string> canonicalByKey;

    /// <summary>Indexes the registry's aliases; the loader has already reported clashes, the first one wins here.</summary>
    public SubjectResolver(Registry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var definition in registry.Subjects.Values)
        {
            foreach (var alias in definition.Aliases)
            {
                map.TryAdd(alias, definition.Key);
            }
        }

        // A canonical key always means itself, even if another entry lists it as an alias.
        foreach (var key in registry.Subjects.Keys)
        {
            map[key] = key;
        }

        canonicalByKey = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The canonical key for <paramref name="key"/>; a key the registry does not know is its own canonical key.</summary>
    public string Resolve(string key) => canonicalByKey.TryGetValue(key, out var canonical) ? canonical : key;
}
