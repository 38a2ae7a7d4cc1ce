using System.Globalization;

namespace ClaimCheck.Quantities;

/// <summary>A run of whole days, both inclusive.</summary>
internal readonly record struct CalendarSpan(DateOnly Start, DateOnly End)
{
    public static CalendarSpan Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static CalendarSpan Quarter(int year, int quarter) => Months(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), 3);

    public static CalendarSpan Month(int year, int month) => Months(new DateOnly(year, month, 1), 1);

    public static CalendarSpan Half(int year, int half) => Months(new DateOnly(year, half == 1 ? 1 : 7, 1), 6);

    /// <summary>Early, mid or late in a year: its first, middle or last four months.</summary>
    public static CalendarSpan Third(int year, int third) => Months(new DateOnly(year, ((third - 1) * 4) + 1, 1), 4);

    public static CalendarSpan Decade(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year + 9, 12, 31));

    /// <summary>The calendar year, quarter or month <paramref name="shift"/> units from the one holding <paramref name="day"/>; null off the calendar.</summary>
    public static CalendarSpan? Shifted(DateOnly day, string unit, int shift)
    {
        try
        {
            return unit switch
            {
                "year" => Year(day.Year + shift),
                "quarter" => Quarter(day.Year, ((day.Month - 1) / 3) + 1) is var q ? Months(q.Start.AddMonths(3 * shift), 3) : null,
                _ => Months(new DateOnly(day.Year, day.Month, 1).AddMonths(shift), 1),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    internal static CalendarSpan Months(DateOnly first, int count) => new(first, first.AddMonths(count).AddDays(-1));
}

/// <summary>
/// Reads one absolute calendar span: <c>2024</c>, <c>2024-Q3</c>, <c>Q3 2024</c>, <c>Q3 of 2024</c>, <c>2024-H1</c>,
/// <c>H1 2024</c>, <c>FY2024</c>, <c>2024-03</c>, <c>March 2024</c>, <c>2024-03-15</c>, <c>15 March 2024</c>,
/// <c>Oct. 24, 2018</c>, <c>October 24th, 2018</c>, <c>early 2024</c>, <c>mid-2024</c>, <c>late 2024</c>, <c>the 2010s</c>.
/// </summary>
internal static class CalendarReader
{
    private const string YearExpected =
        "expected a period: a year such as 2024, 2024-Q3, 2024-03, 2024-03-15, March 2024, 2020..2024, since 2020, by 2030, last year";

    private static readonly (string Name, int Month)[] MonthNames =
    [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("sept", 9), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    private static readonly PhraseTable<int> MonthTable = new(MonthNames);

    private static readonly (string Word, int Third)[] Thirds = [("early", 1), ("mid", 2), ("late", 3)];

    private static readonly (string Word, int Index)[] Ordinals = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4)];

    public static bool TryRead(TextScanner scanner, out CalendarSpan span, out string? error, out int errorOffset) =>
        TryRead(scanner, out span, out error, out errorOffset, out _);

    /// <summary>Reads a span; <paramref name="bareYear"/> tells a plain year ("2018") from a span written with more.</summary>
    public static bool TryRead(TextScanner scanner, out CalendarSpan span, out string? error, out int errorOffset, out bool bareYear)
    {
        span = default;
        error = null;
        errorOffset = scanner.Position;
        bareYear = false;
        var c = scanner.Current;
        if ((c is 'q' or 'h') && char.IsAsciiDigit(scanner.Peek(1)))
            return TryReadPartFirst(scanner, c == 'q' ? 4 : 2, out span, out error, out errorOffset);
        if (char.IsAsciiDigit(c) && !CalendarReader.IsFourDigits(scanner, 0))
            return TryReadDayFirst(scanner, out span, out error, out errorOffset);
        if (char.IsLetter(c))
            return TryReadWords(scanner, out span, out error, out errorOffset);

        if (!TryReadYear(scanner, out var year, out error, out errorOffset))
            return false;
        var afterYear = scanner.Position;
        if (scanner.Current == 's' && !TextScanner.IsWordChar(scanner.Peek(1)))
            return Decade(scanner, year, out span, out error, out errorOffset);
        if (scanner.Current == '-' && scanner.Peek(1) is 'q' or 'h')
        {
            var parts = scanner.Peek(1) == 'q' ? 4 : 2;
            scanner.Position += 2;
            return TryReadPart(scanner, year, parts, out span, out error, out errorOffset);
        }

        if (scanner.Current == '-' && char.IsAsciiDigit(scanner.Peek(1)) && !IsFourDigits(scanner, 1))
        {
            scanner.Position++;
            return TryReadMonthAndDay(scanner, year, out span, out error, out errorOffset);
        }

        scanner.Position = afterYear;
        span = CalendarSpan.Year(year);
        bareYear = true;
        return true;
    }

    /// <summary>
    /// Reads a day and a month without a year: "April 15", "Apr. 15th", "15 April", "2nd May". On false the scanner may
    /// have moved (the caller restores it). The day is checked against the month's longest length (February: 29).
    /// </summary>
    public static bool TryReadDayMonth(TextScanner scanner, out int month, out int day)
    {
        day = 0;
        if (TryMonthName(scanner, out month))
        {
            if (!scanner.SkipSpaces() || ReadDigits(scanner, 2) is not { } d)
                return false;
            day = d;
            SkipOrdinalSuffix(scanner);
        }
        else if (ReadDigits(scanner, 2) is { } d)
        {
            day = d;
            SkipOrdinalSuffix(scanner);
            if (!scanner.SkipSpaces() || !TryMonthName(scanner, out month))
                return false;
        }
        else
        {
            return false;
        }

        return day >= 1 && day <= DateTime.DaysInMonth(2000, month) && (scanner.AtEnd || !TextScanner.IsWordChar(scanner.Current));
    }

    /// <summary>True when a month name starts at the scanner (without moving it).</summary>
    public static bool AtMonthName(TextScanner scanner)
    {
        var start = scanner.Position;
        var found = TryMonthName(scanner, out _);
        scanner.Position = start;
        return found;
    }

    private static bool Decade(TextScanner scanner, int year, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        error = null;
        errorOffset = scanner.Position - 4;
        if (year % 10 != 0)
        {
            error = "a decade starts at a year ending in 0, as in 'the 2010s'";
            return false;
        }

        scanner.Position++;
        span = CalendarSpan.Decade(year);
        return true;
    }

    // "early 2018", "mid-2018", "FY2024", "the 2010s", "first half of 2018", "October 2018", "Oct. 24, 2018".
    private static bool TryReadWords(TextScanner scanner, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        error = null;
        errorOffset = scanner.Position;
        var start = scanner.Position;
        foreach (var (word, third) in Thirds)
        {
            if (!scanner.TryMatch(word))
                continue;
            if (scanner.Current == '-')
                scanner.Position++;
            else
                scanner.SkipSpaces();
            if (!TryReadYear(scanner, out var year, out error, out errorOffset))
            {
                error = $"expected a year after '{word}', as in '{word} 2018'";
                return false;
            }

            span = CalendarSpan.Third(year, third);
            return true;
        }

        if (scanner.TryMatch("fy") || (scanner.Current == 'f' && scanner.Peek(1) == 'y' && char.IsAsciiDigit(scanner.Peek(2)) && Advance(scanner, 2)))
        {
            scanner.SkipSpaces();
            if (!TryReadYear(scanner, out var year, out error, out errorOffset))
            {
                error = "expected a fiscal year such as FY2024";
                return false;
            }

            span = CalendarSpan.Year(year);
            return true;
        }

        if (scanner.TryMatch("the"))
        {
            scanner.SkipSpaces();
            if (TryReadYear(scanner, out var year, out error, out errorOffset) && scanner.Current == 's')
                return Decade(scanner, year, out span, out error, out errorOffset);
            error = "expected a decade such as 'the 2010s'";
            errorOffset = scanner.Position;
            return false;
        }

        foreach (var (word, index) in Ordinals)
        {
            if (!scanner.TryMatch(word))
                continue;
            scanner.SkipSpaces();
            var parts = scanner.TryMatch("quarter") ? 4 : scanner.TryMatch("half") ? 2 : 0;
            if (parts == 0 || index > parts)
            {
                error = "expected 'quarter' or 'half', as in 'first half of 2018'";
                errorOffset = scanner.Position;
                return false;
            }

            return TryReadOfYear(scanner, index, parts, out span, out error, out errorOffset);
        }

        if (TryMonthName(scanner, out var month))
            return TryReadMonthFirst(scanner, month, out span, out error, out errorOffset);

        scanner.Position = start;
        error = YearExpected;
        return false;
    }

    private static bool Advance(TextScanner scanner, int count)
    {
        scanner.Position += count;
        return true;
    }

    // "October 2018", "Oct. 2018", "October 24, 2018", "October 24th, 2018", "Oct. 24 2018".
    private static bool TryReadMonthFirst(TextScanner scanner, int month, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        scanner.SkipSpaces();
        errorOffset = scanner.Position;
        if (IsFourDigits(scanner, 0))
        {
            TryReadYear(scanner, out var year, out error, out errorOffset);
            span = CalendarSpan.Month(year, month);
            return true;
        }

        var dayOffset = scanner.Position;
        var day = ReadDigits(scanner, 2);
        if (day is null)
        {
            error = "expected a day or a year after the month, as in 'October 24, 2018' or 'October 2018'";
            return false;
        }

        SkipOrdinalSuffix(scanner);
        if (scanner.Current == ',')
            scanner.Position++;
        scanner.SkipSpaces();
        if (!TryReadYear(scanner, out var y, out error, out errorOffset))
        {
            error = "expected a year after the day, as in 'October 24, 2018'";
            return false;
        }

        return Day(y, month, day.Value, dayOffset, out span, out error, out errorOffset);
    }

    // "24 October 2018", "24th Oct. 2018".
    private static bool TryReadDayFirst(TextScanner scanner, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        var dayOffset = scanner.Position;
        errorOffset = dayOffset;
        var day = ReadDigits(scanner, 2);
        SkipOrdinalSuffix(scanner);
        scanner.SkipSpaces();
        if (day is null || !TryMonthName(scanner, out var month))
        {
            error = YearExpected;
            errorOffset = dayOffset;
            return false;
        }

        if (scanner.Current == ',')
            scanner.Position++;
        scanner.SkipSpaces();
        if (!TryReadYear(scanner, out var year, out error, out errorOffset))
        {
            error = "expected a year after the month, as in '24 October 2018'";
            return false;
        }

        return Day(year, month, day.Value, dayOffset, out span, out error, out errorOffset);
    }

    private static bool Day(int year, int month, int day, int offset, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        error = null;
        errorOffset = offset;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00} has no day {day}");
            return false;
        }

        var date = new DateOnly(year, month, day);
        span = new CalendarSpan(date, date);
        return true;
    }

    private static void SkipOrdinalSuffix(TextScanner scanner)
    {
        if (scanner.TryMatch("st") || scanner.TryMatch("nd") || scanner.TryMatch("rd") || scanner.TryMatch("th"))
            return;
    }

    private static bool TryMonthName(TextScanner scanner, out int month)
    {
        foreach (var (name, m) in MonthTable.At(scanner))
        {
            if (scanner.TryMatch(name))
            {
                if (name.Length <= 4 && scanner.Current == '.')
                    scanner.Position++;
                month = m;
                return true;
            }
        }

        month = 0;
        return false;
    }

    // "Q3 2024", "Q3 of 2024", "H1 2024".
    private static bool TryReadPartFirst(TextScanner scanner, int parts, out CalendarSpan span, out string? error, out int errorOffset)
    {
        var partOffset = scanner.Position + 1;
        scanner.Position++;
        var index = ReadDigits(scanner, 1);
        if (!CheckPart(index, parts, partOffset, out error, out errorOffset))
        {
            span = default;
            return false;
        }

        return TryReadOfYear(scanner, index!.Value, parts, out span, out error, out errorOffset);
    }

    private static bool TryReadOfYear(TextScanner scanner, int index, int parts, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        var spaced = scanner.SkipSpaces();
        if (spaced && scanner.TryMatch("of"))
            spaced = scanner.SkipSpaces();
        if (!spaced || !TryReadYear(scanner, out var year, out error, out errorOffset))
        {
            error = parts == 4 ? "expected a year after the quarter, as in 'Q3 2024'" : "expected a year after the half, as in 'H1 2024'";
            errorOffset = scanner.Position;
            return false;
        }

        span = parts == 4 ? CalendarSpan.Quarter(year, index) : CalendarSpan.Half(year, index);
        return true;
    }

    private static bool TryReadPart(TextScanner scanner, int year, int parts, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        var offset = scanner.Position;
        var index = ReadDigits(scanner, 1);
        if (!CheckPart(index, parts, offset, out error, out errorOffset))
            return false;
        span = parts == 4 ? CalendarSpan.Quarter(year, index!.Value) : CalendarSpan.Half(year, index!.Value);
        return true;
    }

    private static bool CheckPart(int? index, int parts, int offset, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = offset;
        if (index is >= 1 && index <= parts)
            return true;
        error = parts == 4 ? "a quarter is Q1 to Q4" : "a half is H1 or H2";
        return false;
    }

    private static bool TryReadMonthAndDay(TextScanner scanner, int year, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        error = null;
        errorOffset = scanner.Position;
        var month = ReadDigits(scanner, 2);
        if (month is not (>= 1 and <= 12))
        {
            error = "a month is 01 to 12";
            return false;
        }

        if (!(scanner.Current == '-' && char.IsAsciiDigit(scanner.Peek(1))))
        {
            span = CalendarSpan.Month(year, month.Value);
            return true;
        }

        scanner.Position++;
        errorOffset = scanner.Position;
        var day = ReadDigits(scanner, 2);
        if (day is not { } d || d < 1 || d > DateTime.DaysInMonth(year, month.Value))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00} has no day {day}");
            return false;
        }

        var date = new DateOnly(year, month.Value, d);
        span = new CalendarSpan(date, date);
        return true;
    }

    private static bool TryReadYear(TextScanner scanner, out int year, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = scanner.Position;
        year = 0;
        if (!IsFourDigits(scanner, 0))
        {
            error = YearExpected;
            return false;
        }

        year = ReadDigits(scanner, 4)!.Value;
        if (year < 1)
        {
            error = "year 0000 is not a calendar year";
            return false;
        }

        // The last decade a decade span can end in.
        if (year > 9980)
        {
            error = "a year after 9980 is not read";
            return false;
        }

        return true;
    }

    /// <summary>Exactly four digits start <paramref name="from"/> characters ahead.</summary>
    internal static bool IsFourDigits(TextScanner scanner, int from) =>
        char.IsAsciiDigit(scanner.Peek(from)) && char.IsAsciiDigit(scanner.Peek(from + 1)) && char.IsAsciiDigit(scanner.Peek(from + 2))
        && char.IsAsciiDigit(scanner.Peek(from + 3)) && !char.IsAsciiDigit(scanner.Peek(from + 4));

    // Reads up to maxDigits ASCII digits; more digits than that is not a valid field.
    private static int? ReadDigits(TextScanner scanner, int maxDigits)
    {
        var start = scanner.Position;
        var value = 0;
        while (char.IsAsciiDigit(scanner.Current))
        {
            if (scanner.Position - start == maxDigits)
                return null;
            value = (value * 10) + (scanner.Current - '0');
            scanner.Position++;
        }

        return scanner.Position > start ? value : null;
    }
}
