using ClaimCheck.Model;

namespace ClaimCheck.Quantities;

/// <summary>Exchange rates, units of currency per 1 USD by year; built-in defaults overridden by registries.</summary>
public sealed class RateTable
{
    /// <summary>The built-in annual averages for CNY, EUR and GBP (source named in docs/quantities.md).</summary>
    public static RateTable Default => throw new NotImplementedException("issue 3");

    /// <summary>This table with <paramref name="overrides"/> replacing the same currency and year.</summary>
    public RateTable With(IEnumerable<ExchangeRate> overrides) => throw new NotImplementedException("issue 3");

    /// <summary>The rate for a currency in a year (nearest year the table has when that one is missing), or null for an unknown currency.</summary>
    public ExchangeRate? Find(string currency, int? year) => throw new NotImplementedException("issue 3");
}
