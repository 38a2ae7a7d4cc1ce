using ClaimCheck.Core;

namespace ClaimCheck.Checking;

/// <summary>
/// Containment of categories from a subject's <c>within</c> and the registry-wide gazetteer,
/// followed transitively (Zhangjiang ⊂ Pudong ⊂ Shanghai), case-insensitively.
/// </summary>
internal sealed class Containment
{
    private const int MaxDepth = 64;
    private readonly Dictionary<string, string> parentOf = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Merges the subject's entries over the registry-wide ones (the subject's win).</summary>
    public Containment(SubjectDefinition? definition, Registry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var (child, parent) in registry.Within.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            parentOf[child.Trim()] = parent.Trim();
        }

        foreach (var (child, parent) in (definition?.Within ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            parentOf[child.Trim()] = parent.Trim();
        }
    }

    /// <summary>
    /// Containment as above, plus what the values say of themselves: a value written as a place and its container
    /// ("Westminster, London", "Dubai, United Arab Emirates") lies within the part after its last comma, when that part
    /// is a place the containment knows or a value another claim gives. A name that merely holds a comma ("Skidmore,
    /// Owings &amp; Merrill") names no known container and stays as it is.
    /// </summary>
    public Containment(SubjectDefinition? definition, Registry registry, IEnumerable<string> values)
        : this(definition, registry)
    {
        ArgumentNullException.ThrowIfNull(values);
        var all = values.Select(v => v.Trim()).ToList();
        var known = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase);
        known.UnionWith(parentOf.Keys);
        known.UnionWith(parentOf.Values);
        foreach (var value in all.Order(StringComparer.Ordinal))
        {
            // "Dubai, United Arab Emirates" is Dubai (a known place) with its country; "Westminster, London, England"
            // lies within "London, England", which is London: each step as far as a known place is reached.
            for (var current = value; current.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma && !parentOf.ContainsKey(current);)
            {
                var (head, tail) = (current[..comma].Trim(), current[(comma + 1)..].Trim());
                var next = known.Contains(head) ? head : tail.Length > 0 && Known(tail, known) ? tail : null;
                if (next is null)
                    break;
                parentOf[current] = next;
                current = next;
            }
        }
    }

    // A place the containment or another value names, itself or by its first part or by what follows a comma.
    private static bool Known(string part, HashSet<string> known)
    {
        while (true)
        {
            if (known.Contains(part))
                return true;
            var comma = part.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0)
                return false;
            if (known.Contains(part[..comma].Trim()))
                return true;
            part = part[(comma + 1)..].Trim();
        }
    }

    /// <summary>True when <paramref name="inner"/> lies within <paramref name="outer"/> (directly or through others).</summary>
    public bool IsWithin(string inner, string outer)
    {
        var current = inner;
        for (var depth = 0; depth < MaxDepth && parentOf.TryGetValue(current, out var parent); depth++)
        {
            if (string.Equals(parent, outer, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            current = parent;
        }

        return false;
    }

    /// <summary>The values that contain <paramref name="value"/>, nearest first (not the value itself).</summary>
    public IEnumerable<string> Ancestors(string value)
    {
        var current = value;
        for (var depth = 0; depth < MaxDepth && parentOf.TryGetValue(current, out var parent); depth++)
        {
            yield return parent;
            current = parent;
        }
    }

    /// <summary>Equal, or one within the other: the two values can both be true.</summary>
    public bool Reconciles(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || IsWithin(a, b) || IsWithin(b, a);
}
