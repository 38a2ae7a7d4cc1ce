namespace ClaimCheck.Quantities;

/// <summary>One figure with everything written around it: <c>$20</c>, <c>25 billion</c>, <c>3,500 companies</c>.</summary>
internal sealed record Amount(WrittenNumber Number, bool Negative, int Offset)
{
    public string? Currency { get; set; }

    public double? Scale { get; set; }

    public UnitInfo? Unit { get; set; }

    public string? Label { get; set; }

    public Dimension Dimension => Currency is not null ? Dimension.Currency : Unit?.Dimension ?? Dimension.Count;

    /// <summary>The stated figure in the canonical unit of its dimension (before any currency conversion).</summary>
    public double Figure => (Negative ? -1 : 1) * Number.Value * (Scale ?? 1) * (Unit?.Factor ?? 1);

    /// <summary>The figure widened by its implied precision, in the canonical unit.</summary>
    public Interval Precise(double tolerance) => Widened(Number.HalfWidth(Scale ?? 1, tolerance));

    /// <summary>
    /// The figure widened by half a unit of its last digit, zeros included: the ends of a range already
    /// state its spread, so "20-25" is [19.5, 25.5] rather than reading 20 as a round number.
    /// </summary>
    public Interval PreciseRangeEnd() => Widened(Number.LastDigitHalfWidth(Scale ?? 1));

    private Interval Widened(double halfWidth)
    {
        var half = halfWidth * (Unit?.Factor ?? 1);
        return Interval.Closed(Figure - half, Figure + half);
    }

    /// <summary>Takes from <paramref name="other"/> what this one leaves out ("$20-25 billion": 20 takes billion).</summary>
    public void Borrow(Amount other)
    {
        Currency ??= other.Currency;
        Scale ??= other.Scale;
        Unit ??= other.Unit;
        Label ??= other.Label;
    }
}

/// <summary>Reads <c>[currency] [-]number [scale] [unit | currency | counted noun]</c>.</summary>
internal static class AmountReader
{
    private const int MaxLabelWords = 3;

    private static readonly HashSet<string> LinkingWords = new(StringComparer.Ordinal)
    {
        "in", "of", "at", "for", "from", "by", "on", "with", "the", "and", "or", "to", "than", "per", "each", "every",
    };

    public static bool TryRead(TextScanner scanner, out Amount? amount, out string? error, out int errorOffset)
    {
        amount = null;
        var offset = scanner.Position;
        var negative = TryReadSign(scanner);
        var currency = TryReadCurrencyPrefix(scanner);
        if (currency is not null)
        {
            scanner.SkipSpaces();
            negative |= TryReadSign(scanner);
        }

        if (!NumberReader.TryRead(scanner, out var number, out error, out errorOffset))
        {
            if (!scanner.AtEnd && char.IsLetter(scanner.Text[scanner.Position]))
                error = "expected a number, not a word here";
            return false;
        }

        amount = new Amount(number, negative, offset) { Currency = currency };
        var afterNumber = scanner.Position;
        scanner.SkipSpaces();
        var scale = FirstMatch(scanner, Vocabulary.Scales);
        if (scale.Phrase is not null)
            amount.Scale = scale.Value;
        else
            scanner.Position = afterNumber;

        if (!TryReadSuffix(scanner, amount, out error, out errorOffset))
            return false;
        if (!double.IsFinite(amount.Figure) || !amount.Precise(1).IsBounded)
            return Fail("the number is too large", number.Offset, out error, out errorOffset);
        return true;
    }

    private static bool TryReadSuffix(TextScanner scanner, Amount amount, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        var beforeSpace = scanner.Position;
        var spaced = scanner.SkipSpaces();
        var suffixOffset = scanner.Position;

        var unit = FirstMatch(scanner, Vocabulary.Units);
        if (unit.Phrase is not null)
        {
            if (amount.Currency is not null)
                return Fail("a money amount cannot also carry a unit", suffixOffset, out error, out errorOffset);
            amount.Unit = unit.Value;
            return true;
        }

        var currency = FirstMatch(scanner, Vocabulary.CurrencySuffixes);
        if (currency.Phrase is not null)
        {
            if (amount.Currency is not null && amount.Currency != currency.Value)
                return Fail($"two currencies: {amount.Currency} and {currency.Value}", suffixOffset, out error, out errorOffset);
            amount.Currency = currency.Value;
            return true;
        }

        // A counted noun stands apart from the figure ("3,500 companies"); "3x" or "1e9" is no label.
        if (spaced && amount.Currency is null && TryReadLabel(scanner) is { } label)
        {
            amount.Label = label;
            return true;
        }

        scanner.Position = beforeSpace;
        return true;
    }

    /// <summary>
    /// Up to three words before a rate period or the end: "companies", "EVs", "electric vehicles". A word
    /// such as "in" or "of" ends the label, so "5 companies in Shanghai" is not read as a count.
    /// </summary>
    private static string? TryReadLabel(TextScanner scanner)
    {
        var start = scanner.Position;
        var end = start;
        for (var words = 0; words < MaxLabelWords && !scanner.AtEnd && !StartsReservedPhrase(scanner); words++)
        {
            var wordStart = scanner.Position;
            var word = scanner.ReadWord();
            if (word is null || word.Length < 2 || LinkingWords.Contains(word.ToLowerInvariant()))
            {
                scanner.Position = wordStart;
                break;
            }

            end = scanner.Position;
            scanner.SkipSpaces();
        }

        scanner.Position = end;
        return end > start ? scanner.Text[start..end] : null;
    }

    private static bool StartsReservedPhrase(TextScanner scanner)
    {
        var position = scanner.Position;
        var reserved = FirstMatch(scanner, Vocabulary.RatePeriods).Phrase is not null || scanner.TryMatch("to") || scanner.TryMatch("and");
        scanner.Position = position;
        return reserved;
    }

    private static string? TryReadCurrencyPrefix(TextScanner scanner) =>
        FirstMatch(scanner, Vocabulary.CurrencyPrefixes).Value;

    /// <summary>The first phrase of <paramref name="table"/> the scanner matches (and moves past), or default.
    /// A plain loop: this runs for every value of a corpus, and a LINQ lambda over the scanner allocated each time.</summary>
    private static (string Phrase, T Value) FirstMatch<T>(TextScanner scanner, (string Phrase, T Value)[] table)
    {
        foreach (var entry in table)
        {
            if (scanner.TryMatch(entry.Phrase)) return entry;
        }

        return default;
    }

    // A sign directly before a figure or a currency symbol: "-3%", "-$5 billion", "+5%".
    private static bool TryReadSign(TextScanner scanner)
    {
        var next = scanner.Peek(1);
        if (!char.IsAsciiDigit(next) && !IsCurrencyStart(next))
            return false;
        if (scanner.Current is '-' or '\u2212')
        {
            scanner.Position++;
            return true;
        }

        if (scanner.Current == '+')
            scanner.Position++;
        return false;
    }

    private static bool IsCurrencyStart(char c) => c is '$' or '¥' or '€' or '£';

    private static bool Fail(string message, int offset, out string? error, out int errorOffset)
    {
        error = message;
        errorOffset = offset;
        return false;
    }
}
