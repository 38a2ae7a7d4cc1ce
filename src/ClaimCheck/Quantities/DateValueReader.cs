namespace ClaimCheck.Quantities;

/// <summary>
/// Dates as values: <c>24 October 2018</c>, <c>Oct. 24, 2018</c>, <c>Q2 2018</c>, <c>mid-2018</c>, <c>2018</c> (in a date
/// subject), with <c>before</c>, <c>by</c>, <c>after</c>, <c>since</c>, <c>until</c>, <c>in</c>, <c>on</c>. A date is the interval
/// of days it names: a <see cref="Quantity"/> of unit "date" whose bounds are <see cref="DateOnly.DayNumber"/>s.
/// </summary>
internal static class DateValueReader
{
    public const string Unit = "date";

    /// <summary>The start of the message for a day and month without a year, so normalisation can give it one.</summary>
    public const string YearlessDate = "a day and month without a year";

    private enum Bound
    {
        None,
        Before,
        AtMost,
        After,
        AtLeast,
    }

    private static readonly string[] DateWords = ["early", "mid", "late", "fy", "the", "first", "second", "third", "fourth"];

    private static readonly (string Phrase, Bound Bound)[] Qualifiers =
    [
        ("no later than", Bound.AtMost), ("not later than", Bound.AtMost), ("as early as", Bound.None), ("before", Bound.Before),
        ("until", Bound.AtMost), ("by", Bound.AtMost), ("after", Bound.After), ("since", Bound.AtLeast), ("from", Bound.AtLeast),
        ("in", Bound.None), ("on", Bound.None),
    ];

    private static readonly PhraseTable<Bound> QualifierTable = new(Qualifiers);

    /// <summary>
    /// Reads a date value. False with <paramref name="error"/> null: not a date, read it as a quantity. False with an
    /// error: it is clearly a date (a month name, a quarter, a date qualifier before a figure) but does not read.
    /// </summary>
    public static bool TryRead(TextScanner scanner, bool bareYearIsDate, int? dayMonthYear, out Quantity? date, out string? error, out int errorOffset)
    {
        date = null;
        error = null;
        errorOffset = 0;
        scanner.Position = 0;
        scanner.SkipSpaces();
        var first = scanner.Current;

        // Most values start with a digit that is no date, or with a currency symbol: decide cheaply.
        if (!(char.IsLetter(first) || char.IsAsciiDigit(first)))
            return false;

        var bound = Bound.None;
        var qualified = false;
        foreach (var (phrase, b) in QualifierTable.At(scanner))
        {
            var at = scanner.Position;
            if (scanner.TryMatch(phrase) && scanner.SkipSpaces())
            {
                bound = b;
                qualified = true;
                break;
            }

            scanner.Position = at;
        }

        // "April 15", "15th April", "Oct 24": a day of a month, the year left to the article.
        var dayMonthStart = scanner.Position;
        if (CalendarReader.TryReadDayMonth(scanner, out var month, out var day))
        {
            scanner.SkipSpaces();
            if (scanner.AtEnd)
            {
                if (dayMonthYear is not { } year)
                {
                    error = $"{YearlessDate}: the year is taken from the claim's period, the subject's other dates or the article's date";
                    errorOffset = dayMonthStart;
                    return false;
                }

                if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
                {
                    error = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:0000}-{month:00} has no day {day}");
                    errorOffset = dayMonthStart;
                    return false;
                }

                double d = new DateOnly(year, month, day).DayNumber;
                date = Make(scanner.Text, bound, d, d);
                return true;
            }
        }

        scanner.Position = dayMonthStart;
        if (!LooksLikeDate(scanner, out var explicitDate) || (!explicitDate && !qualified && !bareYearIsDate))
            return false;

        if (!CalendarReader.TryRead(scanner, out var span, out error, out errorOffset, out var bareYear))
            return explicitDate || qualified ? false : Clear(out error);

        var end = span.End;
        var afterFirst = scanner.Position;
        scanner.SkipSpaces();
        if (bound == Bound.None && TryRangeSeparator(scanner))
        {
            scanner.SkipSpaces();
            var secondOffset = scanner.Position;
            if (!CalendarReader.TryRead(scanner, out var second, out error, out errorOffset))
                return false;
            if (second.End < span.Start)
            {
                error = "a range of dates runs from the earlier to the later";
                errorOffset = secondOffset;
                return false;
            }

            end = second.End;
        }
        else
        {
            scanner.Position = afterFirst;
        }

        scanner.SkipSpaces();
        if (!scanner.AtEnd)
        {
            // "2018 passengers" is a count, not a date: only a written-out date is an error here.
            if (bareYear && !qualified)
                return Clear(out error);
            error = $"unexpected '{scanner.Text[scanner.Position..].Trim()}' after the date; a date value ends with its year";
            errorOffset = scanner.Position;
            return false;
        }

        date = Make(scanner.Text, bound, span.Start.DayNumber, end.DayNumber);
        return true;
    }

    // The days a date names, bounded as its qualifier says ("before 2020" is every day up to 2019-12-31).
    private static Quantity Make(string text, Bound bound, double first0, double last)
    {
        var interval = bound switch
        {
            Bound.Before => Interval.AtMost(first0 - 1),
            Bound.AtMost => Interval.AtMost(last),
            Bound.After => Interval.AtLeast(last + 1),
            Bound.AtLeast => Interval.AtLeast(first0),
            _ => Interval.Closed(first0, last),
        };
        var figure = bound switch
        {
            Bound.Before => first0 - 1,
            Bound.AtMost => last,
            Bound.After => last + 1,
            Bound.AtLeast => first0,
            _ => first0 + Math.Floor((last - first0) / 2),
        };
        return new Quantity(text, figure, interval, Dimension.Date, Unit, null, null, null);
    }

    private static bool Clear(out string? error)
    {
        error = null;
        return false;
    }

    private static bool TryRangeSeparator(TextScanner scanner)
    {
        if (scanner.TryMatch("..") || scanner.TryMatch("to"))
            return true;
        if (scanner.Current is '\u2013' or '\u2014' or '-')
        {
            scanner.Position++;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a date starts here, without moving: <paramref name="explicitDate"/> when it has a day, month name,
    /// quarter, half, "early/mid/late", "FY" or a decade; a plain four-digit year is a date only where the caller says so.
    /// </summary>
    private static bool LooksLikeDate(TextScanner scanner, out bool explicitDate)
    {
        var start = scanner.Position;
        explicitDate = false;
        try
        {
            var c = scanner.Current;
            if ((c is 'q' or 'h') && char.IsAsciiDigit(scanner.Peek(1)) && !TextScanner.IsWordChar(scanner.Peek(2)))
                return explicitDate = true;
            if (CalendarReader.IsFourDigits(scanner, 0))
            {
                var next = scanner.Peek(4);
                explicitDate = next == 's' || (next == '-' && (char.IsAsciiDigit(scanner.Peek(5)) || scanner.Peek(5) is 'q' or 'h') && !CalendarReader.IsFourDigits(scanner, 5));
                return !TextScanner.IsWordChar(next) || next == 's';
            }

            if (char.IsAsciiDigit(c))
            {
                // "24 October 2018", "24th October 2018".
                while (char.IsAsciiDigit(scanner.Current) && scanner.Position - start < 2)
                    scanner.Position++;
                _ = scanner.TryMatch("st") || scanner.TryMatch("nd") || scanner.TryMatch("rd") || scanner.TryMatch("th");
                scanner.SkipSpaces();
                return explicitDate = CalendarReader.AtMonthName(scanner) && FollowedByDigit(scanner);
            }

            foreach (var word in DateWords)
            {
                if (!scanner.TryMatch(word) && !(word == "fy" && scanner.Current == 'f' && scanner.Peek(1) == 'y' && char.IsAsciiDigit(scanner.Peek(2))))
                    continue;
                if (word == "fy" && scanner.Current == 'f')
                    scanner.Position += 2;
                if (scanner.Current == '-')
                    scanner.Position++;
                scanner.SkipSpaces();
                if (word is "first" or "second" or "third" or "fourth")
                    return explicitDate = scanner.TryMatch("quarter") || scanner.TryMatch("half");
                return explicitDate = CalendarReader.IsFourDigits(scanner, 0);
            }

            return explicitDate = CalendarReader.AtMonthName(scanner) && FollowedByDigit(scanner);
        }
        finally
        {
            scanner.Position = start;
        }
    }

    // "October 2018", "Oct. 24": a month name counts as a date only before a figure ("May" alone is a name).
    private static bool FollowedByDigit(TextScanner scanner)
    {
        var text = scanner.Text;
        var i = scanner.Position;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        if (i < text.Length && text[i] == '.')
            i++;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i < text.Length && char.IsAsciiDigit(text[i]);
    }
}
