namespace ClaimCheck.Quantities;

/// <summary>
/// Walks user text for the small hand-written grammars of values, periods and comparisons.
/// Matching is case-insensitive through an invariant lower-case copy of the same length, so offsets
/// point into the original text and nothing depends on the machine's culture.
/// </summary>
internal sealed class TextScanner
{
    private readonly string _lower;

    public TextScanner(string text)
    {
        Text = text;
        // Most values are already lower-case ASCII: then the text is its own lower-case copy.
        _lower = text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f') || text.AsSpan().ContainsAnyInRange('A', 'Z')
            ? Lower(text)
            : text;
    }

    /// <summary>
    /// The invariant lower case of each character, the same length as the text. Only letters outside ASCII go to the
    /// culture tables: <c>string.ToLowerInvariant</c> sends a whole text with one "€" or "²" through ICU, which took
    /// most of the time of reading such a value (docs/performance.md).
    /// </summary>
    private static string Lower(string text) => string.Create(text.Length, text, static (lower, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            lower[i] = c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.IsLetter(c) ? char.ToLowerInvariant(c) : c;
        }
    });

    public string Text { get; }

    public int Position { get; set; }

    public bool AtEnd => Position >= Text.Length;

    public char Current => AtEnd ? '\0' : _lower[Position];

    public char Peek(int ahead) => Position + ahead < _lower.Length ? _lower[Position + ahead] : '\0';

    /// <summary>Skips white space; true when there was some.</summary>
    public bool SkipSpaces()
    {
        var start = Position;
        while (!AtEnd && char.IsWhiteSpace(Text[Position]))
            Position++;
        return Position > start;
    }

    /// <summary>
    /// Matches a lower-case phrase at the current position: a space in the phrase matches any run of
    /// white space, and a phrase that ends in a letter must end a word. Advances only on success.
    /// </summary>
    public bool TryMatch(string phrase)
    {
        var position = Position;
        foreach (var expected in phrase)
        {
            if (expected == ' ')
            {
                var spaceStart = position;
                while (position < _lower.Length && char.IsWhiteSpace(_lower[position]))
                    position++;
                if (position == spaceStart)
                    return false;
                continue;
            }

            if (position >= _lower.Length || _lower[position] != expected)
                return false;
            position++;
        }

        if (char.IsLetter(phrase[^1]) && position < _lower.Length && IsWordChar(_lower[position]))
            return false;
        Position = position;
        return true;
    }

    /// <summary>Like <see cref="TryMatch"/>, but a figure may follow at once: "RMB120 billion", "Fr.5".</summary>
    public bool TryMatchBeforeFigure(string phrase)
    {
        var start = Position;
        if (TryMatch(phrase))
            return true;
        if (!char.IsLetter(phrase[^1]) || Position + phrase.Length >= _lower.Length || !char.IsAsciiDigit(_lower[Position + phrase.Length]))
            return false;
        if (!_lower.AsSpan(Position).StartsWith(phrase, StringComparison.Ordinal))
            return false;
        Position = start + phrase.Length;
        return true;
    }

    /// <summary>Matches the first phrase of <paramref name="phrases"/> (longest listed first) that fits.</summary>
    public string? TryMatchAny(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (TryMatch(phrase))
                return phrase;
        }

        return null;
    }

    /// <summary>Reads a word of letters (and digits or hyphens after the first letter) as written, or null.</summary>
    public string? ReadWord()
    {
        if (AtEnd || !char.IsLetter(Text[Position]))
            return null;
        var start = Position;
        while (!AtEnd && (IsWordChar(Text[Position]) || Text[Position] == '-' || Text[Position] == '\''))
            Position++;
        return Text[start..Position];
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
