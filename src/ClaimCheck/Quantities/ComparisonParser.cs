using ClaimCheck.Model;

namespace ClaimCheck.Quantities;

/// <summary>Reads <c>compare: [qualifier] OP-OR-FACTOR SUBJECT-KEY</c>.</summary>
public static class ComparisonParser
{
    /// <summary>Reads a comparison; the subject key is returned as written (alias resolution comes later).</summary>
    public static ParseResult<Comparison> Parse(string text, double tolerance = 0.10) => throw new NotImplementedException("issue 3");
}
