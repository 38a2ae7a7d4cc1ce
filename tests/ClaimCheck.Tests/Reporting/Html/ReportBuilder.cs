using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck.Reporting;
using ClaimCheck.Resolution;

namespace ClaimCheck.Tests.Reporting.Html;

/// <summary>Builds <see cref="CheckReport"/> values by hand for the HTML tests (the engine is not needed).</summary>
internal sealed class ReportBuilder
{
    private readonly List<Source> _sources = [];
    private readonly List<SubjectResult> _subjects = [];
    private readonly List<Diagnostic> _diagnostics = [];

    public static Period NoPeriod { get; } = new(string.Empty, null, null, PeriodState.UndatedPresent, false);

    public ReportBuilder Source(string id, string title, string? url = null, string? outlet = null)
    {
        _sources.Add(new Source(id, title, outlet, url, new DateOnly(2025, 3, 10), new SourcePosition("claims/" + id + ".yaml", 1, 1)));
        return this;
    }

    public ReportBuilder Subject(string key, Verdict verdict, params CheckedClaim[] claims) => Subject(key, key, verdict, [], claims);

    public ReportBuilder Subject(string key, string label, Verdict verdict, Finding[] findings, params CheckedClaim[] claims)
    {
        _subjects.Add(new SubjectResult(key, label, verdict, [.. claims], [.. findings]));
        return this;
    }

    public ReportBuilder Diagnostic(Severity severity, string code, string file, int line, int column, string message)
    {
        _diagnostics.Add(new Diagnostic(severity, code, message, new SourcePosition(file, line, column)));
        return this;
    }

    public static CheckedClaim Claim(
        string source, string id, string subject, string value,
        string? quote = null, Quantity? quantity = null, Period? period = null,
        ClaimStatus status = ClaimStatus.Reported, int line = 5)
    {
        var position = new SourcePosition("claims/" + source + ".yaml", line, 5);
        var claim = new Claim(id, source, subject, value, null, period?.Text, status, quote, null, position, position.Offset(7), null);
        return new CheckedClaim(claim, subject, quantity, quantity is null ? value : null, null, period ?? NoPeriod);
    }

    public static Quantity Nm(string text, double min, double max) =>
        new(text, (min + max) / 2, new Interval(min, max, true, true), Dimension.Length, "nm", null, null, null);

    public static Finding Conflict(string message, params string[] refs) => new(FindingKind.Conflict, "quantity", [.. refs], message);

    public CheckReport Build()
    {
        var subjects = _subjects.OrderBy(s => s.Key, StringComparer.Ordinal).ToImmutableArray();
        var summary = new ReportSummary(
            _sources.Count,
            subjects.Sum(s => s.Claims.Length),
            subjects.Length,
            subjects.Count(s => s.Verdict == Verdict.Conflict),
            subjects.Count(s => s.Verdict == Verdict.Tension),
            subjects.Count(s => s.Verdict == Verdict.Agreement),
            subjects.Count(s => s.Verdict == Verdict.SingleSource),
            _diagnostics.Count(d => d.Severity == Severity.Error),
            _diagnostics.Count(d => d.Severity == Severity.Warning));
        return new CheckReport("1.0.0", summary, [.. _sources.OrderBy(s => s.Id, StringComparer.Ordinal)], subjects, [.. _diagnostics], ResolutionResult.Empty);
    }

    /// <summary>A small report with one subject of each verdict, two sources and a diagnostic.</summary>
    public static CheckReport Sample(string? quote = null, string? title = null, string? url = "https://example.org/a")
    {
        var b = new ReportBuilder()
            .Source("silicon-dragon", title ?? "Shanghai's Silicon Dragon", url, "Example Weekly")
            .Source("zhangjiang-commute", "The Zhangjiang commute")
            .Diagnostic(Severity.Warning, "CC0201", "claims/zhangjiang-commute.yaml", 12, 7, "unknown status 'rumoured'");
        b.Subject(
            "smic.leading-node", "SMIC's most advanced process node", Verdict.Conflict,
            [Conflict("3 nm vs 7 nm: the ranges do not overlap", "silicon-dragon/smic-node", "zhangjiang-commute/smic-node")],
            Claim("silicon-dragon", "smic-node", "smic.leading-node", "3 nm", quote ?? "new 3nm fabrication plant set to begin mass production", Nm("3 nm", 2.5, 3.5), status: ClaimStatus.Planned, line: 12),
            Claim("zhangjiang-commute", "smic-node", "smic.leading-node", "7 nm", "SMIC's 7nm line", Nm("7 nm", 6.5, 7.5), line: 9));
        b.Subject(
            "shanghai.startups", "Startups in Shanghai", Verdict.Tension,
            [new Finding(FindingKind.Tension, "quantity", ["silicon-dragon/startups", "zhangjiang-commute/startups"], "over 200 vs over 300")],
            Claim("silicon-dragon", "startups", "shanghai.startups", "over 200 startups"),
            Claim("zhangjiang-commute", "startups", "shanghai.startups", "over 300 startups"));
        b.Subject(
            "smic.fab.location", "Where SMIC's fab is", Verdict.Agreement,
            [new Finding(FindingKind.Agreement, "category", ["silicon-dragon/fab", "zhangjiang-commute/fab"], "Zhangjiang lies in Pudong")],
            Claim("silicon-dragon", "fab", "smic.fab.location", "Zhangjiang"),
            Claim("zhangjiang-commute", "fab", "smic.fab.location", "Pudong"));
        b.Subject("shanghai.metro-lines", Verdict.SingleSource, Claim("zhangjiang-commute", "metro", "shanghai.metro-lines", "20 lines"));
        return b.Build();
    }

    /// <summary>A report of <paramref name="claims"/> claims, four per subject, over 100 sources, every verdict.</summary>
    public static CheckReport Large(int claims)
    {
        var b = new ReportBuilder();
        for (var s = 0; s < 100; s++)
        {
            b.Source(string.Create(CultureInfo.InvariantCulture, $"source-{s:000}"), string.Create(CultureInfo.InvariantCulture, $"Article number {s}"), string.Create(CultureInfo.InvariantCulture, $"https://example.org/{s}"));
        }

        Verdict[] verdicts = [Verdict.Conflict, Verdict.Tension, Verdict.Agreement, Verdict.SingleSource, Verdict.SingleSource];
        for (var i = 0; i < claims / 4; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"topic-{i % 97}.subject-{i:000000}");
            var verdict = verdicts[i % verdicts.Length];
            var list = Enumerable.Range(0, 4).Select(k =>
            {
                var source = string.Create(CultureInfo.InvariantCulture, $"source-{(i + k * 7) % 100:000}");
                var figure = 100 + (i % 50) + k;
                return Claim(source, string.Create(CultureInfo.InvariantCulture, $"c{i}-{k}"), key,
                    string.Create(CultureInfo.InvariantCulture, $"{figure} nm"),
                    "a quoted phrase of some length from the article, as users copy it",
                    Nm(string.Create(CultureInfo.InvariantCulture, $"{figure} nm"), figure - 0.5, figure + 0.5), line: 3 + k);
            }).ToArray();
            Finding[] findings = verdict == Verdict.Conflict
                ? [Conflict("the ranges do not overlap", list[0].Claim.Ref, list[1].Claim.Ref)]
                : [];
            b.Subject(key, "Label of " + key, verdict, findings, list);
        }

        return b.Build();
    }
}
