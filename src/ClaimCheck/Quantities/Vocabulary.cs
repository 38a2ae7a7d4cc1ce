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

    /// <summary>just over X: (X, X plus the tolerance].</summary>
    JustOver,
}

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
        ("just below", QualifierKind.Nearly), ("just shy of", QualifierKind.Nearly), ("slightly less than", QualifierKind.Nearly),
        ("just over", QualifierKind.JustOver), ("just above", QualifierKind.JustOver), ("just more than", QualifierKind.JustOver),
        ("slightly more than", QualifierKind.JustOver), ("slightly over", QualifierKind.JustOver), ("a little over", QualifierKind.JustOver),
        ("well over", QualifierKind.Above), ("well above", QualifierKind.Above), ("well in excess of", QualifierKind.Above),
        ("well under", QualifierKind.Below), ("well below", QualifierKind.Below),

        // "within five years": no more than that; "nearing $1 billion": nearly.
        ("within", QualifierKind.AtMost), ("nearing", QualifierKind.Nearly), ("close to", QualifierKind.About),

        // "just 30 minutes", "only 12", "a full 319 metres": emphasis, the figure itself; "in five years" (a
        // duration: it takes five years) is the figure too. They may come before another qualifier ("only some 174").
        ("just", QualifierKind.Bare), ("only", QualifierKind.Bare), ("a full", QualifierKind.Bare), ("fully", QualifierKind.Bare),
        ("in", QualifierKind.Bare),

        // "A total of 2,240 people sailed" (Wikipedia, "Passengers of the Titanic"): the figure itself.
        ("a total of", QualifierKind.Bare), ("total of", QualifierKind.Bare),
    ];

    /// <summary>Qualifiers ordered so that a longer phrase is tried before any phrase it starts with.</summary>
    public static readonly (string Phrase, QualifierKind Kind)[] QualifiersLongestFirst =
        [.. Qualifiers.OrderByDescending(q => q.Phrase.Length).ThenBy(q => q.Phrase, StringComparer.Ordinal)];

    public static readonly (string Phrase, double Factor)[] Scales =
    [
        ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9),
        ("mln", 1e6), ("mn", 1e6), ("bn", 1e9), ("tn", 1e12), ("k", 1e3), ("m", 1e6),
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
    public static string CanonicalUnit(Dimension dimension) => UnitCatalog.CanonicalSymbol(dimension);

    /// <summary>A currency code for a unit as a registry may write it ("CNY", "rmb", "¥", "US$"), or null.</summary>
    public static string? CurrencyCode(string? unit) => Currencies.Code(unit);
}
