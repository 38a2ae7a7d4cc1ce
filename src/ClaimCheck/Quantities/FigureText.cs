using System.Globalization;
using ClaimCheck.Quantities;

namespace ClaimCheck.Quantities;

/// <summary>Writes a normalised figure for a journalist: "$20.9 billion", "7 nm", "40%", "3,500".</summary>
internal static class FigureText
{
    private static readonly (double Factor, string Word)[] Scales =
    [
        (1e12, "trillion"),
        (1e9, "billion"),
        (1e6, "million"),
    ];

    /// <summary>A figure in a canonical unit, three significant digits, invariant culture.</summary>
    public static string Format(double value, string unit)
    {
        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            return value > 0 ? "unbounded" : "-unbounded";
        }

        var (number, scale) = Scaled(value);
        return unit switch
        {
            "USD" => "$" + number + scale,
            "%" => number + scale + "%",
            "" => number + scale,
            _ when unit.Length == 3 && unit.All(char.IsAsciiLetterUpper) => unit + " " + number + scale,
            _ => number + scale + " " + unit,
        };
    }

    /// <summary>The figure of a quantity in its canonical unit.</summary>
    public static string Format(Quantity q) => Format(q.Figure, q.Unit);

    private static (string Number, string Scale) Scaled(double value)
    {
        foreach (var (factor, word) in Scales)
        {
            if (Math.Abs(value) >= factor)
            {
                return (Significant(value / factor), " " + word);
            }
        }

        return (Significant(value), "");
    }

    private static string Significant(double value)
    {
        var rounded = Math.Abs(value) >= 1000 ? Math.Round(value) : RoundSignificant(value, 3);
        return rounded == Math.Floor(rounded) && Math.Abs(rounded) >= 1000
            ? rounded.ToString("#,0", CultureInfo.InvariantCulture)
            : rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static double RoundSignificant(double value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        var decimals = Math.Clamp(digits - magnitude, 0, 15);
        return Math.Round(value, decimals);
    }
}
