using System.Collections.Frozen;

namespace ClaimCheck.Quantities;

/// <summary>
/// Lower-case phrases tried in their listed order, indexed by first character: a scan tries only the phrases that
/// can start where it stands. Every claim's value goes through these tables, most of them starting with a figure
/// that no phrase starts with (docs/performance.md, "The quantity reader per value").
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<char, (string Phrase, T Value)[]> byFirst;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries) =>
        // GroupBy keeps the listed order inside each group, so "longest first" still holds where it matters.
        byFirst = entries.GroupBy(e => e.Phrase[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The phrases that start with the scanner's current (lower-case) character, in listed order.</summary>
    public ReadOnlySpan<(string Phrase, T Value)> At(TextScanner scanner) =>
        !scanner.AtEnd && byFirst.TryGetValue(scanner.Current, out var entries) ? entries : [];

    /// <summary>The first phrase the scanner matches (and moves past), or default.</summary>
    public (string Phrase, T Value) Match(TextScanner scanner)
    {
        foreach (var entry in At(scanner))
        {
            if (scanner.TryMatch(entry.Phrase)) return entry;
        }

        return default;
    }
}
