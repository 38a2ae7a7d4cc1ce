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
}

/// <summary>A value as written, read and normalised to its dimension's canonical unit.</summary>
/// <param name="Text">The value exactly as written.</param>
/// <param name="Figure">The stated figure in the canonical unit (the midpoint for a range; the bound for a bound).</param>
/// <param name="Interval">What the wording allows, in the canonical unit.</param>
/// <param name="Dimension">What is measured.</param>
/// <param name="Unit">The canonical unit ("nm", "km²", "%", "USD", "" for counts).</param>
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
    ExchangeRate? Rate);
