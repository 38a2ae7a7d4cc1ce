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
