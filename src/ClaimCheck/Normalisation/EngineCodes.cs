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

    /// <summary>Warning: a value starts like a quantity (a figure, a currency) but does not read, in a subject whose other values are categories; it is compared as a label.</summary>
    public const string QuantityReadAsLabel = "CC0310";

    /// <summary>Error: a money value needs an exchange rate the tables do not hold (the currency, or its year).</summary>
    public const string MissingRate = "CC0311";

    /// <summary>Warning: a word after a figure is no unit the catalogue knows, in a subject that measures a dimension.</summary>
    public const string UnknownUnit = "CC0312";

    /// <summary>Error: a figure no value can hold ("1e312 trillion"), at the figure, whatever the subject's kind.</summary>
    public const string OutOfRange = "CC0313";

    /// <summary>Warning: a day and month without a year ("April 15") that neither its period, its subject nor its article dates.</summary>
    public const string YearlessDate = "CC0314";

    /// <summary>Error: a comparison names its own subject (directly or through an alias).</summary>
    public const string SelfComparison = "CC0340";
}
