using System.Globalization;
using System.Runtime.InteropServices;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting.ClaimReview;
using Scriban.Runtime;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck.Resolution;
using System.Collections.Immutable;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// Builds what a template sees from a <see cref="CheckReport"/>: plain objects with display strings
/// computed here, so templates only place them. Names are documented in docs/html-report.md.
/// </summary>
internal static class HtmlViewModel
{
    private static readonly (Verdict Verdict, string Word, string Title, bool Collapsed)[] Sections =
    [
        (Verdict.Conflict, "conflict", "Conflicts", false),
        (Verdict.Tension, "tension", "Tensions", false),
        (Verdict.Agreement, "agreement", "Agreements", true),
        (Verdict.Consistent, "consistent", "Consistent (compared, none confirms another)", true),
        (Verdict.Unchecked, "unchecked", "Unchecked (could not be compared)", true),
        (Verdict.SingleSource, "single-source", "Single-source subjects", true),
    ];

    public static ScriptObject Build(CheckReport report, string? embeddedJson, HtmlReportOptions options)
    {
        var sourcesById = new Dictionary<string, SourceView>(StringComparer.Ordinal);
        foreach (var s in report.Sources)
        {
            sourcesById[s.Id] = new SourceView(s, HtmlText.SafeUrl(s.Url));
        }

        var subjects = report.Subjects.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var model = new ScriptObject
        {
            ["tool"] = Obj(("name", "claimcheck"), ("version", report.ToolVersion)),
            ["summary"] = Summary(report.Summary),
            ["sections"] = BuildSections(report, subjects, sourcesById, options),
            ["sources"] = BuildSources(report, subjects, options),
            ["diagnostics"] = Arr(report.Diagnostics.Select(Diagnostic)),
            ["verdicts"] = Arr(Sections.Select(s => Obj(("word", s.Word), ("title", s.Title)))),
        };

        var embed = embeddedJson is not null && embeddedJson.Length <= options.MaxEmbeddedJsonChars;
        model["data_json"] = new HtmlRaw(embed ? HtmlText.EscapeJsonForScript(embeddedJson!) : "null");
        model["data_omitted"] = !embed;
        model["csp"] = HtmlReportWriter.CspPlaceholder;

        // ClaimReview JSON-LD is \u-escaped by its writer, so it cannot end the script element.
        var claimReview = report.Summary.Conflicts > 0 ? ClaimReviewWriter.ToJsonLdWithin(report, options.MaxEmbeddedClaimReviewChars) : null;
        model["claimreview_json"] = claimReview is not null ? new HtmlRaw(claimReview) : null;
        return model;
    }

    private static ScriptObject Summary(ReportSummary s) => Obj(
        ("sources", s.Sources), ("claims", s.Claims), ("subjects", s.Subjects),
        ("conflicts", s.Conflicts), ("tensions", s.Tensions), ("agreements", s.Agreements),
        ("consistent", s.Consistent), ("unchecked", s.Unchecked), ("single_source", s.SingleSource), ("errors", s.Errors), ("warnings", s.Warnings));

    private static ScriptArray BuildSections(CheckReport report, List<SubjectResult> subjects, Dictionary<string, SourceView> sources, HtmlReportOptions options)
    {
        var result = new ScriptArray();
        foreach (var (verdict, word, title, collapsed) in Sections)
        {
            var all = subjects.Where(s => s.Verdict == verdict).ToList();
            var limit = collapsed ? options.MaxSubjectsPerCollapsedSection : options.MaxSubjectsPerSection;
            var shown = all.Take(Math.Max(0, limit)).ToList();
            result.Add(Obj(
                ("verdict", word), ("title", title), ("collapsed", collapsed),
                ("count", all.Count), ("more_subjects", all.Count - shown.Count),
                ("subjects", Arr(shown.Select(s => Subject(s, report.ResolvedOf(s), word, sources, options))))));
        }

        return result;
    }

    private static ScriptObject Subject(SubjectResult s, ImmutableArray<ResolvedValue> resolved, string verdict, Dictionary<string, SourceView> sources, HtmlReportOptions options)
    {
        var shown = s.Claims.Take(Math.Max(0, options.MaxClaimsPerSubject));
        var sourceIds = s.Claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return Obj(
            ("key", s.Key), ("label", s.Label), ("verdict", verdict),
            ("source_ids", string.Join(' ', sourceIds)),
            ("claim_count", s.Claims.Length),
            ("more_claims", s.Claims.Length - Math.Min(s.Claims.Length, Math.Max(0, options.MaxClaimsPerSubject))),
            ("findings", Arr(s.Findings.Select(f => Obj(
                ("kind", ContractWords.Of(f.Kind)), ("rule", f.Rule), ("message", f.Message), ("claims", Arr(f.Claims.Select(r => (object)r))))))),
            ("claims", Arr(shown.Select(c => Claim(c, sources)))),
            ("resolved", Arr(resolved.Take(options.MaxResolvedPerSubject).Select(r => Obj(
                ("period", r.Period), ("value", r.Value), ("confidence", Share(r.Confidence)), ("support", r.Claims.Length))))),
            ("more_resolved", Math.Max(0, resolved.Length - options.MaxResolvedPerSubject)));
    }

    /// <summary>
    /// The quote inside its sentence of the article (before, the quote as the article words it, after), when the
    /// source gives <c>text</c> and the quote was found; null otherwise.
    /// </summary>
    private static ScriptObject? QuoteInArticle(Claim claim)
    {
        if (claim.QuoteCheck is not { Found: true, Offset: { } offset, Sentence: { } sentence } check) return null;
        var from = offset - check.SentenceStart;
        if (from < 0 || from + check.Length > sentence.Length) return null;
        return Obj(("before", sentence[..from]), ("match", sentence.Substring(from, check.Length)), ("after", sentence[(from + check.Length)..]));
    }

    /// <summary>A probability or trust as shown: two decimals, invariant ("0.82").</summary>
    internal static string Share(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static ScriptObject Claim(CheckedClaim c, Dictionary<string, SourceView> sources)
    {
        var claim = c.Claim;
        sources.TryGetValue(claim.SourceId, out var view);
        var source = view?.Source;
        return Obj(
            ("ref", claim.Ref), ("id", claim.Id), ("source_id", claim.SourceId),
            ("source_title", source?.Title ?? claim.SourceId),
            ("source_url", view?.SafeUrl),
            ("outlet", source?.Outlet),
            ("value", claim.Value ?? (claim.Compare is null ? null : "compare: " + claim.Compare)),
            ("normalised", Normalised(c)),
            ("rate", Rate(c.Quantity?.Rate)),
            ("period", PeriodDisplay(c.Period)),
            ("status", ContractWords.Of(claim.Status)),
            ("quote", claim.Quote), ("note", claim.Note), ("attributed_to", claim.AttributedTo),
            ("quote_in_article", QuoteInArticle(claim)),
            ("file", claim.Position.File), ("line", claim.Position.Line), ("column", claim.Position.Column),
            ("location", string.Create(CultureInfo.InvariantCulture, $"{claim.Position.File}:{claim.Position.Line}")));
    }

    private static ScriptArray BuildSources(CheckReport report, List<SubjectResult> subjects, HtmlReportOptions options)
    {
        var claims = new Dictionary<string, int>(StringComparer.Ordinal);
        var conflicts = new Dictionary<string, List<SubjectResult>>(StringComparer.Ordinal);
        var conflictsById = conflicts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var subject in subjects)
        {
            foreach (var c in subject.Claims)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(claims, c.Claim.SourceId, out _)++;
            }

            foreach (var f in subject.Findings)
            {
                if (f.Kind != FindingKind.Conflict) continue;
                foreach (var r in f.Claims)
                {
                    // The source id is the ref up to its first '/': looked up as a span, no substring per ref.
                    var slash = r.IndexOf('/', StringComparison.Ordinal);
                    var id = slash < 0 ? r.AsSpan() : r.AsSpan(0, slash);
                    if (!conflictsById.TryGetValue(id, out var list))
                    {
                        conflictsById[id] = list = [];
                    }

                    // Each subject once per source: subjects come one at a time, so a repeat is the last one added.
                    if (list.Count == 0 || list[^1] != subject) list.Add(subject);
                }
            }
        }

        var max = Math.Max(0, options.MaxConflictsPerSource);
        var trust = report.Trust.ToDictionary(t => t.SourceId, t => t.Trust, StringComparer.Ordinal);
        var dependence = DependenceIndex.Build(report.Dependence);
        return Arr(report.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s =>
        {
            var list = conflicts.GetValueOrDefault(s.Id) ?? [];
            return Obj(
                ("id", s.Id), ("title", s.Title), ("outlet", s.Outlet),
                ("url", HtmlText.SafeUrl(s.Url)), ("url_text", s.Url),
                ("published", s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("file", s.File), ("claims", claims.GetValueOrDefault(s.Id)),
                ("conflict_count", list.Count), ("more_conflicts", list.Count - Math.Min(max, list.Count)),
                ("conflicts", Arr(list.Take(max).Select(x => Obj(("key", x.Key), ("label", x.Label))))),
                ("trust", trust.TryGetValue(s.Id, out var t) ? Share(t) : "–"),
                ("dependence", Arr((dependence.GetValueOrDefault(s.Id) ?? []).Select(d => Obj(
                    ("source", d.SourceA == s.Id ? d.SourceB : d.SourceA), ("probability", Share(d.Probability)))))));
        }));
    }

    private static ScriptObject Diagnostic(Diagnostic d) => Obj(
        ("severity", d.Severity == Severity.Error ? "error" : "warning"), ("code", d.Code), ("message", d.Message),
        ("file", d.Position.File), ("line", d.Position.Line), ("column", d.Position.Column),
        ("location", d.Position.ToString()));

    internal static string Normalised(CheckedClaim c)
    {
        if (c.Quantity is { } q)
        {
            var unit = q.Unit.Length == 0 ? q.Label ?? string.Empty : q.Unit;
            var text = FormatInterval(q.Interval, unit);
            return q.Per is null ? text : text + " per " + q.Per;
        }

        if (c.Category is not null)
        {
            return c.Category;
        }

        if (c.Comparison is { } cmp)
        {
            var factor = cmp.Factor is { } f ? FormatInterval(f, "x") + " " : string.Empty;
            return factor + cmp.Operator + " " + cmp.OtherSubject;
        }

        return string.Empty;
    }

    internal static string FormatInterval(Interval i, string unit)
    {
        if (unit == "date")
        {
            return FormatDates(i);
        }

        var suffix = unit.Length == 0 ? string.Empty : (unit is "%" or "x" ? unit : " " + unit);
        var lowOpen = double.IsNegativeInfinity(i.Min);
        var highOpen = double.IsPositiveInfinity(i.Max);
        if (lowOpen && highOpen)
        {
            return "any value";
        }

        if (highOpen)
        {
            return (i.MinInclusive ? "≥ " : "> ") + Number(i.Min) + suffix;
        }

        if (lowOpen)
        {
            return (i.MaxInclusive ? "≤ " : "< ") + Number(i.Max) + suffix;
        }

        if (i.Min.Equals(i.Max))
        {
            return Number(i.Min) + suffix;
        }

        return Number(i.Min) + "–" + Number(i.Max) + suffix;
    }

    // Days as ISO dates: "2018-10-24", "2018-01-01–2018-12-31", "≤ 2019-12-31".
    private static string FormatDates(Interval i)
    {
        static string Day(double d) => DateOnly.FromDayNumber((int)Math.Clamp(Math.Round(d), DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber))
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lowOpen = double.IsNegativeInfinity(i.Min);
        var highOpen = double.IsPositiveInfinity(i.Max);
        return (lowOpen, highOpen) switch
        {
            (true, true) => "any date",
            (false, true) => (i.MinInclusive ? "≥ " : "> ") + Day(i.Min),
            (true, false) => (i.MaxInclusive ? "≤ " : "< ") + Day(i.Max),
            _ when i.Min.Equals(i.Max) => Day(i.Min),
            _ => Day(i.Min) + "–" + Day(i.Max),
        };
    }

    internal static string Number(double value)
    {
        var abs = Math.Abs(value);
        var (scaled, word) = abs switch
        {
            >= 1e12 => (value / 1e12, " trillion"),
            >= 1e9 => (value / 1e9, " billion"),
            >= 1e6 => (value / 1e6, " million"),
            _ => (value, string.Empty),
        };
        return scaled.ToString("#,0.###", CultureInfo.InvariantCulture) + word;
    }

    private static string? Rate(ExchangeRate? rate) => rate is null
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"1 USD = {rate.PerUsd:0.####} {rate.Currency} ({rate.Year}, {rate.Origin})");

    internal static string PeriodDisplay(Period p)
    {
        var range = p.Start is null && p.End is null
            ? null
            : (p.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…") + " – " + (p.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…");
        var text = p.State switch
        {
            PeriodState.UndatedPresent => p.Text.Length == 0 ? "undated present" : p.Text + " (undated)",
            PeriodState.Unresolved => p.Text + " (unresolved)",
            _ when p.Text.Length == 0 => range ?? string.Empty,
            _ when range is null => p.Text,
            _ => p.Text + " (" + range + ")",
        };
        return p.IsTarget ? text + ", target" : text;
    }

    private static ScriptObject Obj(params ReadOnlySpan<(string Name, object? Value)> members)
    {
        var o = new ReportModelObject(members.Length);
        foreach (var (name, value) in members)
        {
            o[name] = value;
        }

        return o;
    }

    private static ScriptArray Arr(IEnumerable<object> items)
    {
        var a = new ScriptArray();
        foreach (var item in items)
        {
            a.Add(item);
        }

        return a;
    }

    /// <summary>A source and its link, checked once rather than once per claim.</summary>
    private sealed record SourceView(Source Source, string? SafeUrl);
}
