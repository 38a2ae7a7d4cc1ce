using System.Collections.Immutable;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Checking;

/// <summary>
/// Decides whether two claims that cannot both be true are a conflict or only a tension: a plan,
/// target or estimate is not yet a fact (rule "status"), and a period that could not be placed in
/// time may speak of another time (rule "period"). Every rule that finds a conflict goes through here.
/// </summary>
internal static class ConflictQualifier
{
    public const string StatusRule = "status";
    public const string PeriodRule = "period";
    public const string ConversionRule = "own-conversion";

    /// <summary>
    /// Two amounts of one source, quoted from one sentence, in two currencies: the article's figure and its own
    /// conversion ("880 million euros, or $995 million"). They differ by the rate the article used, not by what they say.
    /// </summary>
    private static bool OwnConversion(IReadOnlyList<CheckedClaim> claims) =>
        claims is [{ Quantity: { Dimension: Dimension.Currency } qa } a, { Quantity: { Dimension: Dimension.Currency } qb } b]
        && string.Equals(a.Claim.SourceId, b.Claim.SourceId, StringComparison.Ordinal)
        && a.Claim.Quote is { Length: > 0 } quote && string.Equals(quote, b.Claim.Quote, StringComparison.Ordinal)
        && !string.Equals(qa.Rate?.Currency ?? qa.Unit, qb.Rate?.Currency ?? qb.Unit, StringComparison.Ordinal);

    /// <summary>The finding for two incompatible claims, <paramref name="message"/> saying why they are.</summary>
    public static Finding Judge(string rule, CheckedClaim a, CheckedClaim b, PeriodRelation relation, string message) =>
        Judge(rule, [a, b], relation, message);

    /// <summary>The finding for claims that cannot all be true; the first non-reported pair decides the status wording.</summary>
    public static Finding Judge(string rule, IReadOnlyList<CheckedClaim> claims, PeriodRelation relation, string message)
    {
        var refs = Refs([.. claims]);
        if (OwnConversion(claims))
        {
            return new Finding(FindingKind.Consistent, ConversionRule, refs,
                message + ", but both are one figure of one sentence of the article in two currencies: the article converted at another rate "
                + "than the table's, which is no contradiction");
        }

        var notReported = claims.Where(c => ClaimStatusOf.Effective(c) != ClaimStatus.Reported).ToList();
        if (notReported.Count > 0)
        {
            var why = notReported.Count == claims.Count
                ? $"but {Listed(notReported)}, so none is yet a fact"
                : $"but {Listed(notReported)}, not a report of fact";
            return new Finding(FindingKind.Tension, StatusRule, refs, message + ", " + why);
        }

        if (relation == PeriodRelation.Uncertain)
        {
            return new Finding(FindingKind.Tension, PeriodRule, refs, message + ", but they may speak of different times: " + UncertainWhy(claims));
        }

        var same = claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Count() != 1 ? ""
            : Origins.Count(claims) == 1 ? " (all in the same article)"
            : " (between the bodies the article cites, not the article contradicting itself)";
        return new Finding(FindingKind.Conflict, rule, refs, message + same + UndatedPresents(claims));
    }

    /// <summary>
    /// Which articles have no date when a conflict rests on an undated present being the same time as another
    /// present: the reader can then check that the articles do speak of the same time.
    /// </summary>
    private static string UndatedPresents(IReadOnlyList<CheckedClaim> claims)
    {
        var undated = claims
            .Where(c => c.Period.State == PeriodState.UndatedPresent)
            .Select(c => c.Claim.SourceId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (undated.Count == 0 || claims.Count(c => PeriodOverlap.IsPresent(c.Period)) < 2)
        {
            return "";
        }

        var what = undated.Count == 1
            ? $"{undated[0]} has no publication date, so its claims are"
            : $"{Origins.And(undated)} have no publication date, so their claims are";
        return $"; {what} read as speaking of the same present as the others";
    }

    public static ImmutableArray<string> Refs(params CheckedClaim[] claims) =>
        [.. claims.Select(c => c.Claim.Ref).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Listed(List<CheckedClaim> claims) =>
        string.Join(" and ", claims.Select(c => $"{c.Claim.Ref} is {ClaimStatusOf.Word(ClaimStatusOf.Effective(c))}"));

    private static string UncertainWhy(IReadOnlyList<CheckedClaim> claims)
    {
        var reasons = claims
            .Where(c => c.Period.State != PeriodState.Resolved)
            .DistinctBy(c => c.Claim.Ref)
            .Select(c => c.Period.State == PeriodState.Unresolved
                ? $"the period '{c.Period.Text}' of {c.Claim.Ref} could not be placed in time"
                : $"{c.Claim.Ref} gives no period and its article no publication date");
        return string.Join("; ", reasons);
    }
}
