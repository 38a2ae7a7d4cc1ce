using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>How to read and normalise a value.</summary>
/// <param name="Tolerance">Relative widening for approximate wording ("about", "nearly"); default 10%.</param>
/// <param name="Year">The year whose exchange rate converts a currency (the claim's period); null: the latest year the table has.</param>
/// <param name="Rates">Exchange rates; null: <see cref="RateTable.Default"/>.</param>
/// <param name="TargetUnit">The registry's canonical unit for the subject, if it sets one (e.g. "CNY" keeps money in yuan).</param>
internal sealed record QuantityOptions(double Tolerance = 0.10, int? Year = null, RateTable? Rates = null, string? TargetUnit = null);

/// <summary>Reads what articles write ("over ¥150 billion", "7nm", "nearly 45%") into normalised quantities.</summary>
internal static class QuantityParser
{
    /// <summary>Reads <paramref name="text"/>; on failure the result carries the offset inside the text. Never throws on user text.</summary>
    public static ParseResult<Quantity> Parse(string text, QuantityOptions? options = null)
    {
        options ??= new QuantityOptions();
        if (text is null)
            return ParseResult<Quantity>.Fail("empty value", 0);
        var tolerance = double.IsFinite(options.Tolerance) && options.Tolerance >= 0 ? options.Tolerance : 0.10;
        try
        {
            var read = ReadValue(text, tolerance);
            if (!read.Success)
                return read;
            var normalised = CurrencyConverter.Normalise(read.Value!, options);
            return normalised.Success && !(double.IsFinite(normalised.Value!.Figure) && IsFiniteWhereBounded(normalised.Value.Interval))
                ? ParseResult<Quantity>.Fail("the number is too large", 0)
                : normalised;
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentException or FormatException)
        {
            // A defect guard: user text must come back as a diagnostic, never as a crash.
            return ParseResult<Quantity>.Fail($"cannot read this value ({ex.Message})", 0);
        }
    }

    // Figures near double.MaxValue can overflow in scaling or conversion; say so instead of reporting infinity.
    private static bool IsFiniteWhereBounded(Interval interval) => !double.IsNaN(interval.Min) && !double.IsNaN(interval.Max);

    /// <summary>True when <paramref name="text"/> reads as a quantity (a value that does not is a category).</summary>
    public static bool LooksLikeQuantity(string text) => Parse(text).Success;

    private static ParseResult<Quantity> ReadValue(string text, double tolerance)
    {
        var scanner = new TextScanner(text);
        scanner.SkipSpaces();
        if (scanner.AtEnd)
            return ParseResult<Quantity>.Fail("empty value", 0);

        var qualifierOffset = scanner.Position;
        var qualifier = ReadQualifier(scanner);
        var isBetween = scanner.TryMatch("between");
        if (isBetween)
            scanner.SkipSpaces();

        if (!AmountReader.TryRead(scanner, out var first, out var error, out var offset))
            return ParseResult<Quantity>.Fail(error!, offset);

        Amount? second = null;
        var afterFirst = scanner.Position;
        scanner.SkipSpaces();
        var separatorOffset = scanner.Position;
        if (isBetween ? scanner.TryMatch("and") : TryRangeSeparator(scanner))
        {
            scanner.SkipSpaces();
            if (!AmountReader.TryRead(scanner, out second, out error, out offset))
                return ParseResult<Quantity>.Fail(error!, offset);
        }
        else if (isBetween)
        {
            return ParseResult<Quantity>.Fail("'between' needs 'and' and a second figure", separatorOffset);
        }
        else
        {
            scanner.Position = afterFirst;
        }

        var per = ReadRatePeriod(scanner);
        scanner.SkipSpaces();
        if (!scanner.AtEnd)
            return ParseResult<Quantity>.Fail($"unexpected '{Excerpt(text, scanner.Position)}'", scanner.Position);

        // "nearly 0" would be the empty range [0, 0): nothing could ever agree with it.
        if (second is null && qualifier == QualifierKind.Nearly && first!.Figure == 0)
            return ParseResult<Quantity>.Fail("'nearly' needs a figure above zero: it means a little less than that figure", qualifierOffset);

        return second is null
            ? ParseResult<Quantity>.Ok(Single(text, qualifier, first!, per, tolerance))
            : Range(text, qualifier, qualifierOffset, first!, second, per, tolerance);
    }

    private static Quantity Single(string text, QualifierKind qualifier, Amount amount, string? per, double tolerance)
    {
        var x = amount.Figure;
        var interval = qualifier switch
        {
            QualifierKind.Above => Interval.Above(x),
            QualifierKind.AtLeast => Interval.AtLeast(x),
            QualifierKind.Below => Interval.Below(x),
            QualifierKind.AtMost => Interval.AtMost(x),
            QualifierKind.About => Interval.Exact(x).Widen(tolerance),
            QualifierKind.Nearly => new Interval(x - (tolerance * Math.Abs(x)), x, true, false),
            _ => amount.Precise(tolerance),
        };
        return Make(text, x, interval, amount, per);
    }

    private static ParseResult<Quantity> Range(
        string text, QualifierKind qualifier, int qualifierOffset, Amount first, Amount second, string? per, double tolerance)
    {
        if (qualifier is not (QualifierKind.Bare or QualifierKind.About))
            return ParseResult<Quantity>.Fail("a range takes no bound such as 'over' or 'up to'; only 'about' may widen it", qualifierOffset);

        first.Borrow(second);
        second.Borrow(first);
        if (first.Dimension != second.Dimension || first.Currency != second.Currency || first.Label != second.Label)
            return ParseResult<Quantity>.Fail("the two ends of the range measure different things", second.Offset);
        if (first.Figure > second.Figure)
            return ParseResult<Quantity>.Fail("a range runs from the smaller figure to the larger", second.Offset);

        var interval = qualifier == QualifierKind.About
            ? Interval.Closed(first.Figure, second.Figure).Widen(tolerance)
            : Interval.Closed(first.PreciseRangeEnd().Min, second.PreciseRangeEnd().Max);
        var figure = (first.Figure / 2) + (second.Figure / 2);
        return ParseResult<Quantity>.Ok(Make(text, figure, interval, first, per));
    }

    private static Quantity Make(string text, double figure, Interval interval, Amount amount, string? per) =>
        new(text, figure, interval, amount.Dimension, amount.Currency ?? Vocabulary.CanonicalUnit(amount.Dimension), amount.Label, per, null);

    private static QualifierKind ReadQualifier(TextScanner scanner)
    {
        foreach (var (phrase, kind) in Vocabulary.QualifiersLongestFirst)
        {
            if (scanner.TryMatch(phrase))
            {
                scanner.SkipSpaces();
                return kind;
            }
        }

        return QualifierKind.Bare;
    }

    private static bool TryRangeSeparator(TextScanner scanner)
    {
        if (scanner.Current is '-' or '\u2013' or '\u2014')
        {
            scanner.Position++;
            return true;
        }

        return scanner.TryMatch("to");
    }

    private static string? ReadRatePeriod(TextScanner scanner)
    {
        var start = scanner.Position;
        scanner.SkipSpaces();
        foreach (var (phrase, per) in Vocabulary.RatePeriods)
        {
            if (scanner.TryMatch(phrase))
                return per;
        }

        scanner.Position = start;
        return null;
    }

    private static string Excerpt(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && end - offset < 20 && !char.IsWhiteSpace(text[end]))
            end++;
        return end > offset ? text[offset..end] : text[offset].ToString();
    }
}
