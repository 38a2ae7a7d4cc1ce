using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>Brings money to the subject's currency (USD unless the registry names another) through dated rates.</summary>
internal static class CurrencyConverter
{
    public static ParseResult<Quantity> Normalise(Quantity quantity, QuantityOptions options)
    {
        if (quantity.Dimension != Dimension.Currency)
            return ParseResult<Quantity>.Ok(quantity);

        var rates = options.Rates ?? RateTable.Default;
        var from = quantity.Unit;
        var to = Vocabulary.CurrencyCode(options.TargetUnit) is { } target && (target == "USD" || rates.Find(target, options.Year) is not null)
            ? target
            : "USD";
        if (from == to)
            return ParseResult<Quantity>.Ok(quantity);

        var fromRate = rates.Find(from, options.Year);
        var toRate = rates.Find(to, options.Year);
        if (fromRate is null || toRate is null)
            return ParseResult<Quantity>.Fail($"no exchange rate for {(fromRate is null ? from : to)}", 0);

        // Both bounds convert, so the stated precision survives the conversion.
        var factor = toRate.PerUsd / fromRate.PerUsd;
        return ParseResult<Quantity>.Ok(quantity with
        {
            Figure = quantity.Figure * factor,
            Interval = quantity.Interval.Scale(factor),
            Unit = to,
            Rate = from == "USD" ? toRate : fromRate,
        });
    }
}
