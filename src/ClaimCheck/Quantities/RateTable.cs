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

    /// <summary>The lowest number of currency units per 1 USD a rate may be: anything below is a typo.</summary>
    public const double LowestPlausible = 1e-4;

    /// <summary>The highest number of currency units per 1 USD a rate may be.</summary>
    public const double HighestPlausible = 1e7;

    /// <summary>
    /// Reads a registry rate as written: invariant digits with a decimal point, and an exponent too (<c>1e-51</c>
    /// is a number, so it is judged implausible rather than "not a number").
    /// </summary>
    public static bool TryParsePerUsd(string? text, out double perUsd) =>
        double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowExponent,
            System.Globalization.CultureInfo.InvariantCulture, out perUsd);

    /// <summary>True when <paramref name="perUsd"/> is a rate any currency has had: between 0.0001 and 10,000,000 per 1 USD.</summary>
    public static bool IsPlausible(double perUsd) => perUsd is >= LowestPlausible and <= HighestPlausible;

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
            if (!IsPlausible(rate.PerUsd))
                throw new ArgumentException($"The rate for {rate.Currency} in {rate.Year} ({rate.PerUsd}) is outside {LowestPlausible} to {HighestPlausible} units per 1 USD.", nameof(overrides));
            var code = Vocabulary.CurrencyCode(rate.Currency)
                ?? throw new ArgumentException($"'{rate.Currency}' is not a currency code.", nameof(overrides));
            var years = table.TryGetValue(code, out var existing) ? existing : ImmutableSortedDictionary<int, ExchangeRate>.Empty;
            table[code] = years.SetItem(rate.Year, rate with { Currency = code });
        }

        return new RateTable(table.ToImmutable());
    }

    /// <summary>
    /// The rate for a currency in a year, or null when the table has none for that year (a missing year is an error
    /// at the value, never silently the nearest); the latest when <paramref name="year"/> is null.
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
        return years.TryGetValue(wanted, out var exact) ? exact : null;
    }

    /// <summary>True when the table has any rate for <paramref name="currency"/> (USD always).</summary>
    public bool Has(string currency)
    {
        var code = Vocabulary.CurrencyCode(currency);
        return code == "USD" || (code is not null && _byCurrency.TryGetValue(code, out var years) && !years.IsEmpty);
    }

    /// <summary>The years the table holds for a currency, as a message writes them ("2015–2026").</summary>
    public string Span(string currency)
    {
        var code = Vocabulary.CurrencyCode(currency);
        if (code is null || !_byCurrency.TryGetValue(code, out var years) || years.IsEmpty)
            return "no year";
        var first = years.Keys.First();
        var last = years.Keys.Last();
        return first == last
            ? first.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first}\u2013{last}");
    }

    /// <summary>
    /// For a year that is not known: the lowest and highest factor from <paramref name="from"/> to <paramref name="to"/>
    /// over the years the table holds for both, with the rates that gave them. Both currencies must have rates.
    /// </summary>
    public (double Low, double High, ExchangeRate LowRate, ExchangeRate HighRate) FactorSpan(string from, string to) =>
        _spans.GetOrAdd((from, to), static (key, table) => table.ComputeSpan(key.From, key.To), this);

    // Every undated value of a currency asks for the same span: computed once per table and pair.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string From, string To), (double, double, ExchangeRate, ExchangeRate)> _spans = new();

    private (double Low, double High, ExchangeRate LowRate, ExchangeRate HighRate) ComputeSpan(string from, string to)
    {
        var shown = from == "USD" ? to : from;
        IEnumerable<int> years = _byCurrency.TryGetValue(Vocabulary.CurrencyCode(shown)!, out var held) ? held.Keys : [];
        (double Low, double High, ExchangeRate LowRate, ExchangeRate HighRate)? span = null;
        foreach (var year in years)
        {
            if (Find(from, year) is not { } f || Find(to, year) is not { } t)
                continue;
            var factor = t.PerUsd / f.PerUsd;
            var rate = from == "USD" ? t : f;
            span = span is not { } s ? (factor, factor, rate, rate)
                : (factor < s.Low ? factor : s.Low, factor > s.High ? factor : s.High, factor < s.Low ? rate : s.LowRate, factor > s.High ? rate : s.HighRate);
        }

        return span ?? throw new InvalidOperationException($"No year holds rates for both {from} and {to}.");
    }

    private int? LatestYear => _byCurrency.Values.SelectMany(years => years.Keys).Select(y => (int?)y).Max();
}
