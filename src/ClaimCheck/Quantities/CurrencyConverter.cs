using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>Brings money to the subject's currency (USD unless the registry names another) through dated rates.</summary>
internal static class CurrencyConverter
{
    /// <summary>The start of the message of a missing rate, so normalisation can tell it from a value that does not read.</summary>
    public const string MissingRate = "no exchange rate";

    public static ParseResult<Quantity> Normalise(Quantity quantity, QuantityOptions options)
    {
        if (quantity.Dimension != Dimension.Currency)
            return ParseResult<Quantity>.Ok(quantity);

        var rates = options.Rates ?? RateTable.Default;
        var target = Vocabulary.CurrencyCode(options.TargetUnit);

        // "¥" is the yuan unless the subject's registry unit says the yen.
        var from = quantity.YenSymbol && target == "JPY" ? "JPY" : quantity.Unit;
        if (from != quantity.Unit)
            quantity = quantity with { Unit = from };
        var to = target is not null && (target == "USD" || rates.Has(target)) ? target : "USD";
        if (from == to)
            return ParseResult<Quantity>.Ok(quantity);

        var unknown = !rates.Has(from) ? from : !rates.Has(to) ? to : null;
        if (unknown is not null)
            return ParseResult<Quantity>.Fail($"{MissingRate} for {unknown}: add one under 'rates:' in a registry (units of {unknown} per 1 USD, by year)", 0);

        if (options.Year is { } year)
        {
            var fromRate = rates.Find(from, year);
            var toRate = rates.Find(to, year);
            if (fromRate is null || toRate is null)
            {
                var missing = fromRate is null ? from : to;
                return ParseResult<Quantity>.Fail(
                    $"{MissingRate} for {missing} in {year}: the rates for {missing} cover {rates.Span(missing)}; add {year} under 'rates:' in a registry", 0);
            }

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

        // The year is unknown: the value may have been converted at any rate the table holds, so it spans them all.
        var (low, high, lowRate, highRate) = rates.FactorSpan(from, to);
        var interval = quantity.Interval.Scale(low);
        var upper = quantity.Interval.Scale(high);
        interval = new Interval(Math.Min(interval.Min, upper.Min), Math.Max(interval.Max, upper.Max), interval.MinInclusive, upper.MaxInclusive);
        return ParseResult<Quantity>.Ok(quantity with
        {
            Figure = quantity.Figure * ((low + high) / 2),
            Interval = interval,
            Unit = to,
            Rate = lowRate.PerUsd <= highRate.PerUsd ? lowRate : highRate,
            RateHigh = lowRate.PerUsd <= highRate.PerUsd ? highRate : lowRate,
        });
    }
}
