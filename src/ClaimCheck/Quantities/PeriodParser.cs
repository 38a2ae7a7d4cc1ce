using ClaimCheck.Model;

namespace ClaimCheck.Quantities;

/// <summary>Reads the contract's period forms, resolved against a publication date.</summary>
public static class PeriodParser
{
    /// <summary>
    /// Reads a period. Null or empty text is the article's present (the twelve months up to
    /// <paramref name="published"/>, or an undated present). Relative forms without a date stay unresolved.
    /// </summary>
    public static ParseResult<Period> Parse(string? text, DateOnly? published) => throw new NotImplementedException("issue 3");
}
