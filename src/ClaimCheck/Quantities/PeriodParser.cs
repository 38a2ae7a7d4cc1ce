using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>Reads the contract's period forms, resolved against a publication date.</summary>
internal static class PeriodParser
{
    private static readonly (string Word, int Shift)[] RelativeWords =
        [("last", -1), ("previous", -1), ("this", 0), ("current", 0), ("next", 1)];

    private static readonly string[] RelativeUnits = ["year", "quarter", "month"];

    // "last year", "this quarter"...: built once, not formatted again for every period of a corpus.
    private static readonly (string Phrase, string Unit, int Shift)[] RelativePhrases =
        [.. RelativeWords.SelectMany(w => RelativeUnits.Select(unit => ($"{w.Word} {unit}", unit, w.Shift)))];

    private static readonly string[] NumberWords =
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>
    /// Reads a period. Null or empty text is the article's present (the twelve months up to
    /// <paramref name="published"/>, or an undated present). Relative forms without a date stay unresolved.
    /// </summary>
    public static ParseResult<Period> Parse(string? text, DateOnly? published)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult<Period>.Ok(Present(text ?? string.Empty, published));

        var scanner = new TextScanner(text);
        scanner.SkipSpaces();
        var result = scanner.TryMatch("since") ? Since(scanner, text, published)
            : scanner.TryMatch("by") ? By(scanner, text, published)
            : RelativeOrAbsolute(scanner, text, published);
        if (!result.Success)
            return result;

        scanner.SkipSpaces();
        return scanner.AtEnd
            ? result
            : ParseResult<Period>.Fail($"unexpected '{text[scanner.Position..].Trim()}' after the period", scanner.Position);
    }

    private static Period Present(string text, DateOnly? published) =>
        published is { } day && day.Year > 1
            ? new Period(text, day.AddYears(-1).AddDays(1), day, PeriodState.Resolved, false)
            : new Period(text, null, null, PeriodState.UndatedPresent, false);

    private static ParseResult<Period> Since(TextScanner scanner, string text, DateOnly? published)
    {
        if (!scanner.SkipSpaces())
            return ParseResult<Period>.Fail("expected a date after 'since'", scanner.Position);
        var offset = scanner.Position;
        if (!CalendarReader.TryRead(scanner, out var span, out var error, out var errorOffset))
            return ParseResult<Period>.Fail(error!, errorOffset);
        if (published is { } day && day < span.Start)
            return ParseResult<Period>.Fail("'since' names a date after the publication date", offset);
        return ParseResult<Period>.Ok(new Period(text, span.Start, published, PeriodState.Resolved, false));
    }

    private static ParseResult<Period> By(TextScanner scanner, string text, DateOnly? published)
    {
        if (!scanner.SkipSpaces())
            return ParseResult<Period>.Fail("expected a date after 'by'", scanner.Position);
        if (!CalendarReader.TryRead(scanner, out var span, out var error, out var errorOffset))
            return ParseResult<Period>.Fail(error!, errorOffset);

        // A target speaks of the span it names ("by 2028" is 2028), not of every day before it: an article's
        // target and its own "five years ago" do not overlap.
        return ParseResult<Period>.Ok(new Period(text, span.Start, span.End, PeriodState.Resolved, true));
    }

    private static ParseResult<Period> RelativeOrAbsolute(TextScanner scanner, string text, DateOnly? published)
    {
        var offset = scanner.Position;
        var relative = ReadRelative(scanner, out var error, out var errorOffset, out var forward);
        if (error is not null)
            return ParseResult<Period>.Fail(error, errorOffset);
        if (relative is { } resolve)
        {
            if (published is not { } day)
                return ParseResult<Period>.Ok(new Period(text, null, null, PeriodState.Unresolved, false));
            var span = resolve(day);
            return span is { } s
                ? ParseResult<Period>.Ok(new Period(text, s.Start, s.End, PeriodState.Resolved, false))
                : ParseResult<Period>.Fail(forward
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"that is after the calendar ends ({DateOnly.MaxValue:yyyy-MM-dd}): '{text.Trim()}' from {day:yyyy-MM-dd}")
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"that is before the calendar begins ({DateOnly.MinValue:yyyy-MM-dd}): '{text.Trim()}' from {day:yyyy-MM-dd}"), offset);
        }

        if (!CalendarReader.TryRead(scanner, out var first, out error, out errorOffset))
            return ParseResult<Period>.Fail(error!, errorOffset);
        var afterFirst = scanner.Position;
        scanner.SkipSpaces();
        if (!TryRangeSeparator(scanner))
        {
            scanner.Position = afterFirst;
            return ParseResult<Period>.Ok(new Period(text, first.Start, first.End, PeriodState.Resolved, false));
        }

        scanner.SkipSpaces();
        var secondOffset = scanner.Position;
        if (!CalendarReader.TryRead(scanner, out var second, out error, out errorOffset))
            return ParseResult<Period>.Fail(error!, errorOffset);
        return second.End < first.Start
            ? ParseResult<Period>.Fail("a range runs from the earlier date to the later", secondOffset)
            : ParseResult<Period>.Ok(new Period(text, first.Start, second.End, PeriodState.Resolved, false));
    }

    // "2020..2024", "2020 to 2024", "2020–2024"; a plain '-' is the range only before a four-digit year
    // ("2020-2024"), since "2020-03" is a month.
    private static bool TryRangeSeparator(TextScanner scanner)
    {
        if (scanner.TryMatch("..") || scanner.TryMatch("to"))
            return true;
        if (scanner.Current is '\u2013' or '\u2014'
            || (scanner.Current == '-' && CalendarReader.IsFourDigits(scanner, 1)))
        {
            scanner.Position++;
            return true;
        }

        return false;
    }

    /// <summary>Reads a relative form; returns how to resolve it against a publication date, or null when it is none.</summary>
    private static Func<DateOnly, CalendarSpan?>? ReadRelative(TextScanner scanner, out string? error, out int errorOffset, out bool forward)
    {
        error = null;
        errorOffset = 0;
        forward = false;
        var start = scanner.Position;
        foreach (var (phrase, unit, shift) in RelativePhrases)
        {
            if (scanner.TryMatch(phrase))
            {
                forward = shift > 0;
                return Shifted(unit, shift);
            }
        }

        // "in five years": the year five years after publication.
        var ahead = scanner.TryMatch("in") && scanner.SkipSpaces();
        if (!ahead)
            scanner.Position = start;
        var count = ReadCount(scanner);
        if (count is null)
        {
            scanner.Position = start;
            return null;
        }

        if (ahead)
        {
            var aheadOffset = scanner.SkipSpaces() ? scanner.Position : -1;
            if (aheadOffset < 0 || !(scanner.TryMatch("years") || scanner.TryMatch("year")))
            {
                error = "expected 'years', as in 'in five years'";
                errorOffset = aheadOffset < 0 ? scanner.Position : aheadOffset;
                return null;
            }

            forward = true;
            return Shifted("year", count.Value);
        }

        var unitOffset = scanner.SkipSpaces() ? scanner.Position : -1;
        if (unitOffset < 0 || !(scanner.TryMatch("years ago") || scanner.TryMatch("year ago")))
        {
            if (char.IsAsciiDigit(scanner.Text[start]))
            {
                scanner.Position = start; // a plain year such as "2024", not "5 years ago"
                return null;
            }

            error = "expected 'years ago'";
            errorOffset = unitOffset < 0 ? scanner.Position : unitOffset;
            return null;
        }

        return Shifted("year", -count.Value);
    }

    // A method of its own, so the closure is allocated only when a relative period was read.
    private static Func<DateOnly, CalendarSpan?> Shifted(string unit, int shift) => day => CalendarSpan.Shifted(day, unit, shift);

    private static int? ReadCount(TextScanner scanner)
    {
        for (var i = 0; i < NumberWords.Length; i++)
        {
            if (scanner.TryMatch(NumberWords[i]))
                return Math.Max(i, 1);
        }

        var start = scanner.Position;
        while (char.IsAsciiDigit(scanner.Current) && scanner.Position - start < 3)
            scanner.Position++;
        if (scanner.Position == start || char.IsAsciiDigit(scanner.Current))
        {
            scanner.Position = start;
            return null;
        }

        return int.Parse(scanner.Text.AsSpan(start, scanner.Position - start), System.Globalization.CultureInfo.InvariantCulture);
    }
}
