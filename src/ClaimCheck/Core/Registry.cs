using System.Collections.Immutable;

namespace ClaimCheck.Core;

/// <summary>Whether a subject's values are quantities or categories.</summary>
internal enum SubjectKind
{
    /// <summary>Not stated: inferred from the values.</summary>
    Inferred,

    /// <summary>Numbers with units.</summary>
    Quantity,

    /// <summary>Labels such as places or names.</summary>
    Category,

    /// <summary>Dates (an opening day): timeless unless the entry says <c>timeless: false</c>.</summary>
    Date,
}

/// <summary>A subject's entry in a registry.</summary>
/// <param name="Key">The canonical dotted key.</param>
/// <param name="Label">Shown in the report; null when not given.</param>
/// <param name="Kind">Quantity, category, or inferred.</param>
/// <param name="Unit">Canonical unit as written (e.g. <c>nm</c>, <c>USD</c>), if given.</param>
/// <param name="Single">True when the subject has one true value at a time.</param>
/// <param name="Tolerance">Relative tolerance for approximate wording (0.1 = 10%), if overridden.</param>
/// <param name="Aliases">Other keys that mean this subject.</param>
/// <param name="Within">Containment for this subject: child to parent.</param>
/// <param name="Same">Synonyms: a name to the name it means.</param>
/// <param name="Position">Where the entry starts.</param>
internal sealed record SubjectDefinition(
    string Key,
    string? Label,
    SubjectKind Kind,
    string? Unit,
    bool Single,
    double? Tolerance,
    ImmutableArray<string> Aliases,
    ImmutableDictionary<string, string> Within,
    ImmutableDictionary<string, string> Same,
    SourcePosition Position)
{
    /// <summary>
    /// <c>timeless</c> as written: true when the subject has one value for all time (a bridge's length), so periods
    /// do not separate its claims; null when not given (a subject whose values are dates is then timeless).
    /// </summary>
    public bool? Timeless { get; init; }
}

/// <summary>Units of a currency per 1 USD in one year (annual average).</summary>
/// <param name="Currency">ISO code: CNY, EUR, GBP…</param>
/// <param name="Year">Calendar year.</param>
/// <param name="PerUsd">Units of <paramref name="Currency"/> that buy 1 USD.</param>
/// <param name="Origin">Where the rate comes from: a registry file position, or the built-in table.</param>
internal sealed record ExchangeRate(string Currency, int Year, double PerUsd, string Origin);

/// <summary>All registry files of a corpus, merged.</summary>
/// <param name="Subjects">Subject definitions by canonical key.</param>
/// <param name="Within">Containment shared by every category subject: child to parent.</param>
/// <param name="Rates">Exchange rates from the registries (they override the built-in ones).</param>
internal sealed record Registry(
    ImmutableSortedDictionary<string, SubjectDefinition> Subjects,
    ImmutableDictionary<string, string> Within,
    ImmutableArray<ExchangeRate> Rates)
{
    /// <summary>A registry with nothing in it.</summary>
    public static Registry Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, SubjectDefinition>(StringComparer.Ordinal),
        ImmutableDictionary<string, string>.Empty,
        ImmutableArray<ExchangeRate>.Empty);
}
