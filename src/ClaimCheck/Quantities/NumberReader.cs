using System.Globalization;

namespace ClaimCheck.Quantities;

/// <summary>A figure as written: its value and the precision its digits imply.</summary>
/// <param name="Value">The number.</param>
/// <param name="Decimals">Digits after the decimal point.</param>
/// <param name="TrailingZeros">Zeros at the end of an integer ("3,500" has 2); 0 with decimals.</param>
/// <param name="Offset">Where the figure starts in the text.</param>
internal readonly record struct WrittenNumber(double Value, int Decimals, int TrailingZeros, int Offset)
{
    /// <summary>
    /// Half a unit of the last significant digit, times <paramref name="scale"/>. Trailing zeros of an
    /// integer count from the last non-zero digit ("3,500": ±50), but a round number is never read looser
    /// than approximate wording ("200" with a 10% tolerance: ±20, not ±50) nor tighter than its units
    /// digit (±0.5).
    /// </summary>
    public double HalfWidth(double scale, double tolerance)
    {
        var lastDigit = LastDigitHalfWidth(scale);
        if (TrailingZeros == 0)
            return lastDigit;
        var unitsDigit = lastDigit;
        var lastNonZero = 0.5 * Math.Pow(10, TrailingZeros) * scale;
        return Math.Max(unitsDigit, Math.Min(lastNonZero, tolerance * Math.Abs(Value * scale)));
    }

    /// <summary>Half a unit of the last digit written, zeros included ("20": ±0.5, "2.30": ±0.005), times <paramref name="scale"/>.</summary>
    public double LastDigitHalfWidth(double scale) => 0.5 * Math.Pow(10, -Decimals) * scale;
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
            error = "expected a number";
            return false;
        }

        var firstGroup = CountDigits(text, position);
        position += firstGroup;
        var grouped = false;
        while (position < text.Length && text[position] == ',' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1]))
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

        var digits = text[start..position].Replace(",", string.Empty, StringComparison.Ordinal);
        var value = double.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            error = "the number is too large";
            return false;
        }

        var trailingZeros = 0;
        if (decimals == 0 && value != 0)
        {
            for (var i = integerEnd - 1; i >= start && (text[i] == '0' || text[i] == ','); i--)
            {
                if (text[i] == '0')
                    trailingZeros++;
            }
        }

        scanner.Position = position;
        number = new WrittenNumber(value, decimals, trailingZeros, start);
        return true;
    }

    private static int CountDigits(string text, int position)
    {
        var count = 0;
        while (position + count < text.Length && char.IsAsciiDigit(text[position + count]))
            count++;
        return count;
    }
}
