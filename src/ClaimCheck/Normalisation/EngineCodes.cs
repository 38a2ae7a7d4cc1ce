namespace ClaimCheck.Normalisation;

/// <summary>The diagnostic codes of normalisation (CC03xx), documented in docs/diagnostics-engine.md.</summary>
internal static class EngineCodes
{
    /// <summary>Error: a value of a <c>kind: quantity</c> subject does not read as a quantity.</summary>
    public const string BadQuantity = "CC0301";

    /// <summary>Error: a period does not read as one of the contract's forms.</summary>
    public const string BadPeriod = "CC0302";

    /// <summary>Error: a comparison does not read as <c>[qualifier] OP-OR-FACTOR SUBJECT-KEY</c>.</summary>
    public const string BadComparison = "CC0303";

    /// <summary>Warning: a comparison names a subject no claim gives a value for.</summary>
    public const string CompareWithoutValues = "CC0304";

    /// <summary>Warning: values of one subject measure different things (nm and %), so they are not compared.</summary>
    public const string MixedDimensions = "CC0305";

    /// <summary>Warning: some values of a subject read as quantities and others as categories.</summary>
    public const string MixedKinds = "CC0306";

    /// <summary>Error: a comparison names its own subject (directly or through an alias).</summary>
    public const string SelfComparison = "CC0340";
}
