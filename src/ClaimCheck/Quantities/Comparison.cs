namespace ClaimCheck.Quantities;

/// <summary>A comparison claim: this subject against another.</summary>
/// <param name="Operator">"more-than", "less-than", "same-as", or "factor".</param>
/// <param name="Factor">For a factor ("3x"), the interval of factors the wording allows.</param>
/// <param name="OtherSubject">The subject compared against (canonical key).</param>
internal sealed record Comparison(string Operator, Interval? Factor, string OtherSubject);
