using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>What is measured; values of one dimension can be compared after normalisation.</summary>
internal enum Dimension
{
    /// <summary>A plain count (companies, people, qubits): canonical unit "" with an optional label.</summary>
    Count,

    /// <summary>Length, canonical unit nm.</summary>
    Length,

    /// <summary>Area, canonical unit km².</summary>
    Area,

    /// <summary>Percent, canonical unit %.</summary>
    Percent,

    /// <summary>Money, canonical unit USD unless the registry sets another currency.</summary>
    Currency,

    /// <summary>A span of time (30 minutes, three hours), canonical unit s.</summary>
    Duration,

    /// <summary>Mass, canonical unit kg.</summary>
    Mass,

    /// <summary>Volume, canonical unit m³.</summary>
    Volume,

    /// <summary>Energy, canonical unit J.</summary>
    Energy,

    /// <summary>Power, canonical unit W.</summary>
    Power,

    /// <summary>Speed, canonical unit km/h.</summary>
    Speed,

    /// <summary>Data size, canonical unit B (byte).</summary>
    DataSize,

    /// <summary>A calendar date: unit "date", bounds are day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
    Date,
}

/// <summary>A value as written, read and normalised to its dimension's canonical unit.</summary>
/// <param name="Text">The value exactly as written.</param>
/// <param name="Figure">The stated figure in the canonical unit (the midpoint for a range; the bound for a bound).</param>
/// <param name="Interval">What the wording allows, in the canonical unit.</param>
/// <param name="Dimension">What is measured.</param>
/// <param name="Unit">The unit the figures are in: the registry's unit when it sets one, else the dimension's canonical unit ("nm", "km²", "%", "USD", "s", "date", "" for counts).</param>
/// <param name="Label">The counted noun, when there is one ("companies").</param>
/// <param name="Per">The rate period ("year", "week", "month", "day"), when the value is a rate.</param>
/// <param name="Rate">The exchange rate used to convert a currency, when one was used.</param>
internal sealed record Quantity(
    string Text,
    double Figure,
    Interval Interval,
    Dimension Dimension,
    string Unit,
    string? Label,
    string? Per,
    ExchangeRate? Rate)
{
    /// <summary>
    /// When the claim's year is unknown and the conversion spans every rate the table holds: the rate at the
    /// other end of that span (<see cref="Rate"/> is then the lowest, this the highest); null otherwise.
    /// </summary>
    public ExchangeRate? RateHigh { get; init; }

    /// <summary>True when the currency was written "¥" (CNY unless the subject's registry unit is JPY).</summary>
    internal bool YenSymbol { get; init; }

    /// <summary>
    /// When the unit was written in a spelling of several units ("tons"), what it may mean; the interval then spans
    /// all of them. Null otherwise.
    /// </summary>
    public string? UnitMeanings { get; init; }

    /// <summary>Where the counted noun starts in <see cref="Text"/>, or -1 without one.</summary>
    public int LabelOffset { get; init; } = -1;
}
