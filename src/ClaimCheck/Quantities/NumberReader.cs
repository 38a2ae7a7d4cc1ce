using System.Globalization;

namespace ClaimCheck.Quantities;

/// <summary>A figure as written: its value and the precision its digits imply.</summary>
/// <param name="Value">The number.</param>
/// <param name="Decimals">Digits after the decimal point.</param>
/// <param name="TrailingZeros">Zeros at the end of an integer ("3,500" has 2); 0 with decimals.</param>
/// <param name="Offset">Where the figure starts in the text.</param>
internal readonly record struct WrittenNumber(double Value, int Decimals, int TrailingZeros, int Offset)
{
    /// <summary>A fraction written as words ("a third", "two-thirds"): a round share, read at the tolerance.</summary>
    public bool IsFraction { get; init; }

    /// <summary>Written as words ("three", "a dozen"), not digits.</summary>
    public bool IsWords { get; init; }

    /// <summary>
    /// For a vague amount in words ("several", "hundreds of"): how far either side of <see cref="Value"/> it reaches,
    /// whatever the tolerance ("several" is 3 to 9: 6 ± 3); 0 for a figure.
    /// </summary>
    public double VagueHalfWidth { get; init; }

    /// <summary>
    /// Half a unit of the last significant digit, times <paramref name="scale"/>. Trailing zeros of an
    /// integer count from the last non-zero digit ("3,500": ±50), but a round number is never read looser
    /// than approximate wording ("200" with a 10% tolerance: ±20, not ±50) nor tighter than its units
    /// digit (±0.5).
    /// </summary>
    public double HalfWidth(double scale, double tolerance)
    {
        if (VagueHalfWidth > 0)
            return VagueHalfWidth * scale;
        if (IsFraction)
            return tolerance * Math.Abs(Value * scale);
        var lastDigit = LastDigitHalfWidth(scale);
        if (TrailingZeros == 0)
            return lastDigit;
        var unitsDigit = lastDigit;
        var lastNonZero = 0.5 * Math.Pow(10, TrailingZeros) * scale;
        return Math.Max(unitsDigit, Math.Min(lastNonZero, tolerance * Math.Abs(Value * scale)));
    }

    /// <summary>Half a unit of the last digit written, zeros included ("20": ±0.5, "2.30": ±0.005), times <paramref name="scale"/>.</summary>
    public double LastDigitHalfWidth(double scale) => VagueHalfWidth > 0 ? VagueHalfWidth * scale : 0.5 * Math.Pow(10, -Decimals) * scale;
}

/// <summary>Reads ASCII figures in invariant notation: <c>3,500</c>, <c>3500</c>, <c>2.3</c>, <c>1,250.75</c>.</summary>
internal static class NumberReader
{
    /// <summary>Reads a figure at the scanner's position; on failure says why and where.</summary>
    public static bool TryRead(TextScanner scanner, out WrittenNumber number, out string? error, out int errorOffset)
    {
        number = default;
        error = null;
        errorOffset = scanner.Position;
        var text = scanner.Text;
        var start = scanner.Position;
        var position = start;
        if (position >= text.Length || !char.IsAsciiDigit(text[position]))
        {
            if (position < text.Length && char.IsLetter(text[position]) && NumberWords.TryRead(scanner, out number))
                return true;
            error = "expected a number";
            return false;
        }

        var firstGroup = CountDigits(text, position);
        position += firstGroup;
        var grouped = false;
        var spaceGrouped = false;

        // "1 500", "10 000 000": a space, no-break space or narrow space groups thousands when exactly three digits follow.
        while (firstGroup <= 3 && position + 3 < text.Length && IsGroupSpace(text[position]) && CountDigits(text, position + 1) == 3)
        {
            spaceGrouped = true;
            position += 4;
        }

        while (!spaceGrouped && position < text.Length && text[position] == ',' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1]))
        {
            if (CountDigits(text, position + 1) != 3 || (!grouped && firstGroup > 3))
            {
                error = "a ',' groups thousands: it is followed by exactly three digits (write 3,500 or 3500; the decimal point is '.')";
                errorOffset = position;
                return false;
            }

            grouped = true;
            position += 4;
        }

        var integerEnd = position;
        var decimals = 0;
        if (position + 1 < text.Length && text[position] == '.' && char.IsAsciiDigit(text[position + 1]))
        {
            decimals = CountDigits(text, position + 1);
            position += 1 + decimals;
        }

        // "1e312": an exponent is not a way to write a figure here, but one that overflows is a figure out of
        // range, said at the figure, never a label.
        if (position + 1 < text.Length && text[position] is 'e' or 'E' && ExponentDigits(text, position + 1) is > 0 and var exponentLength)
        {
            var written = text.AsSpan(start, position + 1 + exponentLength - start);
            if (!double.IsFinite(Parse(written, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent)))
            {
                error = QuantityParser.OutOfRangeMessage(written.ToString());
                errorOffset = start;
                return false;
            }
        }

        var value = Parse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint);
        if (!double.IsFinite(value))
        {
            error = QuantityParser.OutOfRangeMessage(text[start..position]);
            errorOffset = start;
            return false;
        }

        var trailingZeros = 0;
        if (decimals == 0 && value != 0)
        {
            for (var i = integerEnd - 1; i >= start && (text[i] == '0' || text[i] == ',' || IsGroupSpace(text[i])); i--)
            {
                if (text[i] == '0')
                    trailingZeros++;
            }
        }

        scanner.Position = position;
        number = new WrittenNumber(value, decimals, trailingZeros, start);
        return true;
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    // Digits with their group separators dropped, parsed without a copy of the text for the common short figure.
    private static double Parse(ReadOnlySpan<char> written, NumberStyles styles)
    {
        Span<char> digits = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        var length = 0;
        foreach (var c in written)
        {
            if (c != ',' && !IsGroupSpace(c))
                digits[length++] = c;
        }

        return double.TryParse(digits[..length], styles, CultureInfo.InvariantCulture, out var value) ? value : double.PositiveInfinity;
    }

    // The length of "+12", "-5" or "308" after an 'e', or 0 when no digit follows.
    private static int ExponentDigits(string text, int position)
    {
        var sign = position < text.Length && text[position] is '+' or '-' ? 1 : 0;
        var digits = CountDigits(text, position + sign);
        return digits == 0 ? 0 : sign + digits;
    }

    private static int CountDigits(string text, int position)
    {
        var count = 0;
        while (position + count < text.Length && char.IsAsciiDigit(text[position + count]))
            count++;
        return count;
    }
}
