using ClaimCheck.Model;

namespace ClaimCheck.Quantities;

/// <summary>How to read and normalise a value.</summary>
/// <param name="Tolerance">Relative widening for approximate wording ("about", "nearly"); default 10%.</param>
/// <param name="Year">The year whose exchange rate converts a currency (the claim's period); null: the latest year the table has.</param>
/// <param name="Rates">Exchange rates; null: <see cref="RateTable.Default"/>.</param>
/// <param name="TargetUnit">The registry's canonical unit for the subject, if it sets one (e.g. "CNY" keeps money in yuan).</param>
public sealed record QuantityOptions(double Tolerance = 0.10, int? Year = null, RateTable? Rates = null, string? TargetUnit = null);

/// <summary>Reads what articles write ("over ¥150 billion", "7nm", "nearly 45%") into normalised quantities.</summary>
public static class QuantityParser
{
    /// <summary>Reads <paramref name="text"/>; on failure the result carries the offset inside the text. Never throws on user text.</summary>
    public static ParseResult<Quantity> Parse(string text, QuantityOptions? options = null) =>
        throw new NotImplementedException("issue 3");

    /// <summary>True when <paramref name="text"/> reads as a quantity (a value that does not is a category).</summary>
    public static bool LooksLikeQuantity(string text) => throw new NotImplementedException("issue 3");
}
