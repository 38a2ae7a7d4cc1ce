using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>Exchange rates, units of currency per 1 USD by year; built-in defaults overridden by registries.</summary>
internal sealed class RateTable
{
    private readonly ImmutableSortedDictionary<string, ImmutableSortedDictionary<int, ExchangeRate>> _byCurrency;

    private RateTable(ImmutableSortedDictionary<string, ImmutableSortedDictionary<int, ExchangeRate>> byCurrency) =>
        _byCurrency = byCurrency;

    /// <summary>A table with no rates at all.</summary>
    public static RateTable Empty { get; } = new(ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<int, ExchangeRate>>(StringComparer.Ordinal));

    /// <summary>The built-in annual averages for CNY, EUR and GBP (source named in docs/quantities.md).</summary>
    public static RateTable Default { get; } = Empty.With(BuiltInRates.All);

    /// <summary>Every rate in the table, by currency then year.</summary>
    public IEnumerable<ExchangeRate> Rates => _byCurrency.Values.SelectMany(years => years.Values);

    /// <summary>This table with <paramref name="overrides"/> replacing the same currency and year.</summary>
    /// <exception cref="ArgumentException">When a rate is not a positive finite number or has no currency.</exception>
    public RateTable With(IEnumerable<ExchangeRate> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var table = _byCurrency.ToBuilder();
        foreach (var rate in overrides)
        {
            if (!double.IsFinite(rate.PerUsd) || rate.PerUsd <= 0)
                throw new ArgumentException($"The rate for {rate.Currency} in {rate.Year} must be a positive number.", nameof(overrides));
            var code = Vocabulary.CurrencyCode(rate.Currency)
                ?? throw new ArgumentException($"'{rate.Currency}' is not a currency code.", nameof(overrides));
            var years = table.TryGetValue(code, out var existing) ? existing : ImmutableSortedDictionary<int, ExchangeRate>.Empty;
            table[code] = years.SetItem(rate.Year, rate with { Currency = code });
        }

        return new RateTable(table.ToImmutable());
    }

    /// <summary>
    /// The rate for a currency in a year (nearest year the table has when that one is missing; the earlier on
    /// a tie; the latest when <paramref name="year"/> is null), or null for an unknown currency.
    /// USD is the base: it always has the rate 1.
    /// </summary>
    public ExchangeRate? Find(string currency, int? year)
    {
        var code = Vocabulary.CurrencyCode(currency);
        if (code == "USD")
            return new ExchangeRate("USD", year ?? LatestYear ?? 0, 1, "USD is the base currency");
        if (code is null || !_byCurrency.TryGetValue(code, out var years) || years.IsEmpty)
            return null;
        if (year is not { } wanted)
            return years.Values.Last();
        return years.TryGetValue(wanted, out var exact)
            ? exact
            : years.Values.MinBy(rate => (Math.Abs((long)rate.Year - wanted), rate.Year));
    }

    private int? LatestYear => _byCurrency.Values.SelectMany(years => years.Keys).Select(y => (int?)y).Max();
}
