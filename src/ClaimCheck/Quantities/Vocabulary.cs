namespace ClaimCheck.Quantities;

/// <summary>How a qualifier turns a figure into an interval (the contract's table).</summary>
internal enum QualifierKind
{
    /// <summary>No qualifier: the figure widened by its implied precision.</summary>
    Bare,

    /// <summary>over X: (X, +inf).</summary>
    Above,

    /// <summary>at least X: [X, +inf).</summary>
    AtLeast,

    /// <summary>under X: (-inf, X).</summary>
    Below,

    /// <summary>at most X: (-inf, X].</summary>
    AtMost,

    /// <summary>about X: X widened by the tolerance.</summary>
    About,

    /// <summary>nearly X: [X minus the tolerance, X).</summary>
    Nearly,
}

/// <summary>A unit a value can carry and how it maps to its dimension's canonical unit.</summary>
/// <param name="Dimension">What it measures.</param>
/// <param name="Factor">Multiply by this to reach the canonical unit.</param>
internal readonly record struct UnitInfo(Dimension Dimension, double Factor);

/// <summary>The words values are written with, each list longest phrase first so prefixes never win.</summary>
internal static class Vocabulary
{
    public static readonly (string Phrase, QualifierKind Kind)[] Qualifiers =
    [
        ("more than", QualifierKind.Above), ("greater than", QualifierKind.Above), ("in excess of", QualifierKind.Above),
        ("upwards of", QualifierKind.Above), ("exceeding", QualifierKind.Above), ("exceeds", QualifierKind.Above),
        ("over", QualifierKind.Above), ("above", QualifierKind.Above),
        ("at least", QualifierKind.AtLeast), ("no less than", QualifierKind.AtLeast), ("no fewer than", QualifierKind.AtLeast),
        ("less than", QualifierKind.Below), ("fewer than", QualifierKind.Below), ("below", QualifierKind.Below), ("under", QualifierKind.Below),
        ("at most", QualifierKind.AtMost), ("up to", QualifierKind.AtMost), ("no more than", QualifierKind.AtMost),
        ("as many as", QualifierKind.AtMost), ("as much as", QualifierKind.AtMost),
        ("approximately", QualifierKind.About), ("approx.", QualifierKind.About), ("around", QualifierKind.About),
        ("roughly", QualifierKind.About), ("about", QualifierKind.About), ("circa", QualifierKind.About),
        ("some", QualifierKind.About), ("~", QualifierKind.About),
        ("nearly", QualifierKind.Nearly), ("almost", QualifierKind.Nearly), ("just under", QualifierKind.Nearly),
    ];

    /// <summary>Qualifiers ordered so that a longer phrase is tried before any phrase it starts with.</summary>
    public static readonly (string Phrase, QualifierKind Kind)[] QualifiersLongestFirst =
        [.. Qualifiers.OrderByDescending(q => q.Phrase.Length).ThenBy(q => q.Phrase, StringComparer.Ordinal)];

    public static readonly (string Phrase, double Factor)[] Scales =
    [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("mln", 1e6), ("mn", 1e6), ("bn", 1e9), ("tn", 1e12), ("k", 1e3), ("m", 1e6),
    ];

    /// <summary>Symbols and codes written before the figure.</summary>
    public static readonly (string Phrase, string Currency)[] CurrencyPrefixes =
    [
        ("us$", "USD"), ("usd", "USD"), ("$", "USD"),
        ("cn¥", "CNY"), ("cny", "CNY"), ("rmb", "CNY"), ("¥", "CNY"),
        ("eur", "EUR"), ("€", "EUR"),
        ("gbp", "GBP"), ("£", "GBP"),
    ];

    /// <summary>Codes and names written after the figure.</summary>
    public static readonly (string Phrase, string Currency)[] CurrencySuffixes =
    [
        ("us dollars", "USD"), ("dollars", "USD"), ("usd", "USD"),
        ("renminbi", "CNY"), ("yuan", "CNY"), ("cny", "CNY"), ("rmb", "CNY"),
        ("euros", "EUR"), ("euro", "EUR"), ("eur", "EUR"),
        ("gbp", "GBP"),
    ];

    public static readonly (string Phrase, UnitInfo Unit)[] Units =
    [
        ("square kilometers", Area(1)), ("square kilometres", Area(1)), ("square km", Area(1)),
        ("sq. km", Area(1)), ("sq km", Area(1)), ("km²", Area(1)), ("km2", Area(1)),
        ("hectares", Area(0.01)), ("hectare", Area(0.01)), ("ha", Area(0.01)),
        ("nanometers", Length(1)), ("nanometres", Length(1)), ("nanometer", Length(1)), ("nanometre", Length(1)), ("nm", Length(1)),
        ("micrometers", Length(1e3)), ("micrometres", Length(1e3)), ("microns", Length(1e3)), ("micron", Length(1e3)),
        ("µm", Length(1e3)), ("μm", Length(1e3)), ("um", Length(1e3)),
        ("millimeters", Length(1e6)), ("millimetres", Length(1e6)), ("mm", Length(1e6)),
        ("kilometers", Length(1e12)), ("kilometres", Length(1e12)), ("km", Length(1e12)),
        ("per cent", Percent()), ("percent", Percent()), ("%", Percent()),
    ];

    public static readonly (string Phrase, string Per)[] RatePeriods =
    [
        ("per annum", "year"), ("per year", "year"), ("a year", "year"), ("each year", "year"), ("every year", "year"),
        ("annually", "year"), ("yearly", "year"), ("/year", "year"), ("/yr", "year"),
        ("per quarter", "quarter"), ("a quarter", "quarter"), ("quarterly", "quarter"),
        ("per month", "month"), ("a month", "month"), ("each month", "month"), ("monthly", "month"), ("/month", "month"),
        ("per week", "week"), ("a week", "week"), ("each week", "week"), ("weekly", "week"), ("/week", "week"),
        ("per day", "day"), ("a day", "day"), ("each day", "day"), ("daily", "day"), ("/day", "day"),
    ];

    /// <summary>The canonical unit of each dimension (currency is set by the conversion).</summary>
    public static string CanonicalUnit(Dimension dimension) => dimension switch
    {
        Dimension.Length => "nm",
        Dimension.Area => "km²",
        Dimension.Percent => "%",
        Dimension.Currency => "USD",
        _ => string.Empty,
    };

    /// <summary>A currency code for a unit as a registry may write it ("CNY", "rmb", "¥", "US$"), or null.</summary>
    public static string? CurrencyCode(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
            return null;
        var scanner = new TextScanner(unit.Trim());
        foreach (var (phrase, currency) in CurrencyPrefixes.Concat(CurrencySuffixes))
        {
            scanner.Position = 0;
            if (scanner.TryMatch(phrase) && scanner.AtEnd)
                return currency;
        }

        var code = unit.Trim();
        return code.Length == 3 && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
    }

    private static UnitInfo Area(double factor) => new(Dimension.Area, factor);

    private static UnitInfo Length(double factor) => new(Dimension.Length, factor);

    private static UnitInfo Percent() => new(Dimension.Percent, 1);
}
