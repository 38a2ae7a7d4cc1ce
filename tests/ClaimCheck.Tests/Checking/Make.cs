using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Checking;

/// <summary>Hand-built claims, periods and registries, so rule tests do not depend on the parsers.</summary>
internal static class Make
{
    public static Period Undated { get; } = new("", null, null, PeriodState.UndatedPresent, false);

    public static Period Year(int year) =>
        new(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), PeriodState.Resolved, false);

    public static Period Unresolved(string text) => new(text, null, null, PeriodState.Unresolved, false);

    public static Claim Claim(
        string source, string id, string subject = "s", string? value = null, string? compare = null,
        string? period = null, ClaimStatus status = ClaimStatus.Reported, int line = 1, string? quote = null, string? note = null)
    {
        var file = "claims/" + source + ".yaml";
        return new Claim(id, source, subject, value, compare, period, status, quote, note,
            new SourcePosition(file, line, 5), new SourcePosition(file, line + 2, 12),
            period is null ? null : new SourcePosition(file, line + 3, 13));
    }

    public static CheckedClaim Quantity(
        string source, string id, Interval interval, string text, Period? period = null,
        ClaimStatus status = ClaimStatus.Reported, string subject = "s", string unit = "nm",
        Dimension dimension = Dimension.Length, double? figure = null, ExchangeRate? rate = null)
    {
        var f = figure ?? (double.IsFinite(interval.Min) && double.IsFinite(interval.Max)
            ? (interval.Min + interval.Max) / 2
            : double.IsFinite(interval.Min) ? interval.Min : interval.Max);
        var q = new Quantity(text, f, interval, dimension, unit, null, null, rate);
        return new CheckedClaim(Claim(source, id, subject, value: text, status: status), subject, q, null, null, period ?? Year(2024));
    }

    /// <summary>A bare figure with half a unit of precision either side, like "7 nm".</summary>
    public static CheckedClaim Exact(string source, string id, double value, string? text = null, Period? period = null, ClaimStatus status = ClaimStatus.Reported, string subject = "s") =>
        Quantity(source, id, Interval.Closed(value - 0.5, value + 0.5),
            text ?? value.ToString(CultureInfo.InvariantCulture) + " nm", period, status, subject, figure: value);

    public static CheckedClaim Category(string source, string id, string value, Period? period = null, string subject = "s", ClaimStatus status = ClaimStatus.Reported) =>
        new(Claim(source, id, subject, value: value, status: status), subject, null, value, null, period ?? Year(2024));

    public static CheckedClaim Compare(string source, string id, string op, string other, Interval? factor = null, Period? period = null, string subject = "s", string? text = null) =>
        new(Claim(source, id, subject, compare: text ?? op + " " + other), subject, null, null, new Comparison(op, factor, other), period ?? Year(2024));

    public static SubjectDefinition Definition(
        string key, SubjectKind kind = SubjectKind.Inferred, string? unit = null, bool single = true, double? tolerance = null,
        string[]? aliases = null, IDictionary<string, string>? within = null, IDictionary<string, string>? same = null, string? label = null) =>
        new(key, label, kind, unit, single, tolerance, [.. aliases ?? []],
            (within ?? new Dictionary<string, string>()).ToImmutableDictionary(StringComparer.Ordinal),
            (same ?? new Dictionary<string, string>()).ToImmutableDictionary(StringComparer.Ordinal),
            new SourcePosition("registry.yaml", 1, 3));

    public static Registry Registry(IEnumerable<SubjectDefinition>? subjects = null, IDictionary<string, string>? within = null, IEnumerable<ExchangeRate>? rates = null) =>
        new(
            (subjects ?? []).ToImmutableSortedDictionary(d => d.Key, d => d, StringComparer.Ordinal),
            (within ?? new Dictionary<string, string>()).ToImmutableDictionary(StringComparer.Ordinal),
            [.. rates ?? []]);

    public static SubjectGroup Group(SubjectDefinition? definition, params CheckedClaim[] claims) =>
        new(claims[0].SubjectKey, definition, [.. claims.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)]);

    public static SubjectGroup Group(params CheckedClaim[] claims) => Group(null, claims);

    public static CheckContext Context(Registry? registry = null, int cap = 20, params SubjectGroup[] groups) =>
        new(registry ?? ClaimCheck.Core.Registry.Empty, groups, new RuleOptions(cap));

    public static Source Source(string id, DateOnly? published = null, string? title = null) =>
        new(id, title ?? "Article " + id, null, null, published, new SourcePosition("claims/" + id + ".yaml", 1, 1));

    public static ClaimCorpus Corpus(IEnumerable<Source> sources, IEnumerable<Claim> claims, Registry? registry = null, IEnumerable<Diagnostic>? diagnostics = null) =>
        new([.. sources], [.. claims], registry ?? ClaimCheck.Core.Registry.Empty, [.. diagnostics ?? []]);
}
