using System.Globalization;

namespace ClaimCheck.Quantities;

/// <summary>A run of whole days, both inclusive.</summary>
internal readonly record struct CalendarSpan(DateOnly Start, DateOnly End)
{
    public static CalendarSpan Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static CalendarSpan Quarter(int year, int quarter) => Months(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), 3);

    public static CalendarSpan Month(int year, int month) => Months(new DateOnly(year, month, 1), 1);

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

    private static CalendarSpan Months(DateOnly first, int count) => new(first, first.AddMonths(count).AddDays(-1));
}

/// <summary>Reads one absolute calendar unit: <c>2024</c>, <c>2024-Q3</c>, <c>Q3 2024</c>, <c>2024-03</c>, <c>2024-03-15</c>.</summary>
internal static class CalendarReader
{
    public static bool TryRead(TextScanner scanner, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        error = null;
        errorOffset = scanner.Position;
        if (scanner.Current == 'q' && char.IsAsciiDigit(scanner.Peek(1)))
            return TryReadQuarterFirst(scanner, out span, out error, out errorOffset);

        if (!TryReadYear(scanner, out var year, out error, out errorOffset))
            return false;
        var afterYear = scanner.Position;
        if (scanner.Current == '-' && scanner.Peek(1) == 'q')
        {
            scanner.Position += 2;
            return TryReadQuarter(scanner, year, out span, out error, out errorOffset);
        }

        if (scanner.Current == '-' && char.IsAsciiDigit(scanner.Peek(1)) && !IsFourDigits(scanner, 1))
        {
            scanner.Position++;
            return TryReadMonthAndDay(scanner, year, out span, out error, out errorOffset);
        }

        scanner.Position = afterYear;
        span = CalendarSpan.Year(year);
        return true;
    }

    private static bool TryReadQuarterFirst(TextScanner scanner, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        var quarterOffset = scanner.Position + 1;
        scanner.Position++;
        var quarter = ReadDigits(scanner, 1);
        if (!scanner.SkipSpaces() || !TryReadYear(scanner, out var year, out error, out errorOffset))
        {
            error = "expected a year after the quarter, as in 'Q3 2024'";
            errorOffset = scanner.Position;
            return false;
        }

        return CheckQuarter(quarter, quarterOffset, year, out span, out error, out errorOffset);
    }

    private static bool TryReadQuarter(TextScanner scanner, int year, out CalendarSpan span, out string? error, out int errorOffset)
    {
        var quarterOffset = scanner.Position;
        var quarter = ReadDigits(scanner, 1);
        return CheckQuarter(quarter, quarterOffset, year, out span, out error, out errorOffset);
    }

    private static bool CheckQuarter(int? quarter, int offset, int year, out CalendarSpan span, out string? error, out int errorOffset)
    {
        span = default;
        error = null;
        errorOffset = offset;
        if (quarter is not (>= 1 and <= 4))
        {
            error = "a quarter is Q1 to Q4";
            return false;
        }

        span = CalendarSpan.Quarter(year, quarter.Value);
        return true;
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
            error = "expected a period: a year such as 2024, 2024-Q3, 2024-03, 2024-03-15, 2020..2024, since 2020, by 2030, last year";
            return false;
        }

        year = ReadDigits(scanner, 4)!.Value;
        if (year < 1)
        {
            error = "year 0000 is not a calendar year";
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
