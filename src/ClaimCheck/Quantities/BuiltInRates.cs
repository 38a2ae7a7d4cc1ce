using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>
/// The shipped annual averages, units per 1 USD, as published in the IRS table "Yearly Average Currency
/// Exchange Rates" (three decimals). 2026 is provisional: the 2025 average carried forward until the year closes.
/// </summary>
internal static class BuiltInRates
{
    public const string Origin = "built-in (IRS yearly average exchange rates)";

    public const string ProvisionalOrigin = "built-in (provisional: IRS 2025 yearly average carried forward)";

    private static readonly int[] Years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

    private static readonly (string Currency, double[] PerUsd)[] Table =
    [
        ("CNY", [6.227, 6.644, 6.758, 6.615, 6.910, 6.900, 6.452, 6.730, 7.084, 7.189, 7.180]),
        ("EUR", [0.902, 0.904, 0.887, 0.848, 0.893, 0.877, 0.846, 0.951, 0.924, 0.924, 0.885]),
        ("GBP", [0.654, 0.740, 0.777, 0.750, 0.784, 0.779, 0.727, 0.811, 0.804, 0.783, 0.758]),
    ];

    public static IEnumerable<ExchangeRate> All =>
        Table.SelectMany(row => Years.Select((year, i) => new ExchangeRate(row.Currency, year, row.PerUsd[i], Origin))
            .Append(new ExchangeRate(row.Currency, 2026, row.PerUsd[^1], ProvisionalOrigin)));
}
