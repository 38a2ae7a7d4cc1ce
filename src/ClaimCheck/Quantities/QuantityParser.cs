using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>How to read and normalise a value.</summary>
/// <param name="Tolerance">Relative widening for approximate wording ("about", "nearly"); default 10%.</param>
/// <param name="Year">The year whose exchange rate converts a currency (the claim's period); null: the year is unknown, and a
/// conversion spans the lowest to the highest rate the table holds.</param>
/// <param name="Rates">Exchange rates; null: <see cref="RateTable.Default"/>.</param>
/// <param name="TargetUnit">The registry's unit for the subject, if it sets one ("CNY" keeps money in yuan, "km" lengths in km).</param>
/// <param name="BareYearIsDate">True when a plain year ("2011") is a date (a subject of <c>kind: date</c> or whose other values are dates).</param>
/// <param name="DayMonthYear">The year of a day and month written without one ("April 15", "2 May"); null: such a value fails with
/// <see cref="DateValueReader.YearlessDate"/>, and normalisation finds the year from the subject or the article.</param>
internal sealed record QuantityOptions(
    double Tolerance = 0.10, int? Year = null, RateTable? Rates = null, string? TargetUnit = null, bool BareYearIsDate = false, int? DayMonthYear = null);

/// <summary>Reads what articles write ("over ¥150 billion", "7nm", "nearly 45%") into normalised quantities.</summary>
internal static class QuantityParser
{
    /// <summary>The start of the message of a figure no value can hold, so normalisation reports it as an error, never a label.</summary>
    public const string OutOfRange = "out of range";

    /// <summary>Says that <paramref name="written"/> is a figure beyond what a value can hold (about 1.8e308 in its unit).</summary>
    internal static string OutOfRangeMessage(string written) =>
        $"{OutOfRange}: '{written}' is larger than any figure a value can hold (about 1.8e308 in its unit)";

    /// <summary>Reads <paramref name="text"/>; on failure the result carries the offset inside the text. Never throws on user text.</summary>
    public static ParseResult<Quantity> Parse(string text, QuantityOptions? options = null)
    {
        options ??= new QuantityOptions();
        if (text is null)
            return ParseResult<Quantity>.Fail("empty value", 0);
        var tolerance = double.IsFinite(options.Tolerance) && options.Tolerance >= 0 ? options.Tolerance : 0.10;
        try
        {
            var scanner = new TextScanner(text);
            if (DateValueReader.TryRead(scanner, options.BareYearIsDate, options.DayMonthYear, out var date, out var dateError, out var dateOffset))
                return ParseResult<Quantity>.Ok(date!);
            if (dateError is not null)
                return ParseResult<Quantity>.Fail(dateError, dateOffset);

            var read = ReadValue(scanner, tolerance, TargetUnits.IsLength(options.TargetUnit));
            if (!read.Success)
                return read;
            var normalised = TargetUnits.Convert(CurrencyConverter.Normalise(read.Value!, options), options.TargetUnit);
            return normalised.Success && !(double.IsFinite(normalised.Value!.Figure) && IsFiniteWhereBounded(normalised.Value.Interval))
                ? ParseResult<Quantity>.Fail(OutOfRangeMessage(text.Trim()), text.Length - text.TrimStart().Length)
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

    private static ParseResult<Quantity> ReadValue(TextScanner scanner, double tolerance, bool metres)
    {
        var text = scanner.Text;
        scanner.Position = 0;
        scanner.SkipSpaces();
        if (scanner.AtEnd)
            return ParseResult<Quantity>.Fail("empty value", 0);

        var qualifierOffset = scanner.Position;
        var qualifier = ReadQualifier(scanner);
        var isBetween = scanner.TryMatch("between");
        if (isBetween)
            scanner.SkipSpaces();

        if (!AmountReader.TryRead(scanner, out var first, out var error, out var offset, andEndsLabel: isBetween, metres: metres))
            return ParseResult<Quantity>.Fail(error!, offset);

        Amount? second = null;
        var afterFirst = scanner.Position;
        scanner.SkipSpaces();
        var separatorOffset = scanner.Position;
        if (isBetween ? scanner.TryMatch("and") : TryRangeSeparator(scanner))
        {
            scanner.SkipSpaces();
            if (!AmountReader.TryRead(scanner, out second, out error, out offset, metres: metres))
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
            return ParseResult<Quantity>.Fail(Unexpected(text, scanner.Position, second ?? first!, per), scanner.Position);

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
            QualifierKind.JustOver => new Interval(x, x + (tolerance * Math.Abs(x)), false, true),
            _ => amount.Precise(tolerance),
        };
        return Make(text, x, Stretched(interval, amount, amount), amount, per);
    }

    // A unit spelling that names several units ("tons"): each side of the interval goes as far as they allow.
    private static Interval Stretched(Interval interval, Amount low, Amount high) => interval with
    {
        Min = low.Unit?.Stretch(interval.Min, lower: true) ?? interval.Min,
        Max = high.Unit?.Stretch(interval.Max, lower: false) ?? interval.Max,
    };

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
        return ParseResult<Quantity>.Ok(Make(text, figure, Stretched(interval, first, second), first, per));
    }

    private static Quantity Make(string text, double figure, Interval interval, Amount amount, string? per) =>
        new(text, figure, interval, amount.Dimension, amount.Currency ?? Vocabulary.CanonicalUnit(amount.Dimension), amount.Label, per, null)
        {
            LabelOffset = amount.LabelOffset,
            YenSymbol = amount.YenSymbol,
            UnitMeanings = amount.Unit?.Meanings,
        };

    // Says what was expected where reading stopped.
    private static string Unexpected(string text, int offset, Amount last, string? per)
    {
        var what = $"unexpected '{Excerpt(text, offset)}'";
        if (per is not null)
            return what + " after the rate period; the value ends there";
        if (last.Label is not null)
            return what + " after the counted noun; expected the end of the value or a rate period such as 'per year'";
        if (last.Unit is not null || last.Currency is not null)
            return what + " after the unit; expected the end of the value, a range ('to', '-') or a rate period such as 'per year'";
        return what + "; expected a scale (million, billion), a unit the catalogue knows (km, nm, %, hours…), a currency, a counted noun, or the end of the value";
    }

    private static readonly PhraseTable<QualifierKind> Qualifiers = new(Vocabulary.QualifiersLongestFirst);
    private static readonly PhraseTable<string> RatePeriods = new(Vocabulary.RatePeriods);

    private static QualifierKind ReadQualifier(TextScanner scanner)
    {
        foreach (var (phrase, kind) in Qualifiers.At(scanner))
        {
            if (scanner.TryMatch(phrase))
            {
                scanner.SkipSpaces();

                // Emphasis ("only", "just") may stand before the qualifier that gives the interval: "only some 174".
                return kind == QualifierKind.Bare ? ReadQualifierAfterEmphasis(scanner) : kind;
            }
        }

        return QualifierKind.Bare;
    }

    private static QualifierKind ReadQualifierAfterEmphasis(TextScanner scanner)
    {
        foreach (var (phrase, kind) in Qualifiers.At(scanner))
        {
            if (kind != QualifierKind.Bare && scanner.TryMatch(phrase))
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
        if (RatePeriods.Match(scanner).Value is { } per)
            return per;

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
