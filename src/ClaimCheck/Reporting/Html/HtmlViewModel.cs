using System.Runtime.CompilerServices;
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
    // Verdict words worst first (contract section 3); a word the model gains later sorts after these, before single-source.
    private static readonly string[] Order = ["conflict", "tension", "agreement", "consistent", "unchecked", "single-source"];

    private static readonly Dictionary<string, (string Title, string Meaning)> Words = new(StringComparer.Ordinal)
    {
        ["conflict"] = ("Conflicts", "the claims cannot all be true"),
        ["tension"] = ("Tensions", "all true only under a loose reading (bounds suggesting different figures, a target against a report, an unresolved period)"),
        ["agreement"] = ("Agreements", "two or more sources corroborate each other"),
        ["consistent"] = ("Consistent", "compared, and none contradicts another, but none confirms another either (a time series, members of a set)"),
        ["unchecked"] = ("Unchecked", "two or more sources, but their claims could not be compared"),
        ["single-source"] = ("Single-source subjects", "only one source speaks of the subject"),
    };

    /// <summary>The verdicts the model has, worst first, with their words: read from the enum so new verdicts need no change here.</summary>
    private static readonly (Verdict Verdict, string Word, string Title, string Meaning, bool Collapsed)[] Sections = Enum.GetValues<Verdict>()
        .Select(v => (Verdict: v, Word: ContractWords.Of(v)))
        .GroupBy(x => x.Word, StringComparer.Ordinal).Select(g => g.First())
        .OrderBy(x => Array.IndexOf(Order, x.Word) is var i && i >= 0 ? i : Order.Length - 1)
        .ThenBy(x => x.Word, StringComparer.Ordinal)
        .Select(x =>
        {
            var (title, meaning) = Words.TryGetValue(x.Word, out var w) ? w : (char.ToUpperInvariant(x.Word[0]) + x.Word[1..], x.Word);
            return (x.Verdict, x.Word, title, meaning, x.Word is not ("conflict" or "tension"));
        })
        .ToArray();

    public static ScriptObject Build(CheckReport report, string? embeddedJson, HtmlReportOptions options)
    {
        var sourcesById = new Dictionary<string, SourceView>(StringComparer.Ordinal);
        foreach (var s in report.Sources)
        {
            sourcesById[s.Id] = new SourceView(s, HtmlText.SafeUrl(s.Url));
        }

        var subjects = report.Subjects.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in subjects) labels[s.Key] = s.Label;
        var sections = BuildSections(report, subjects, sourcesById, labels, options, out var shown);
        var (shownDiagnostics, moreDiagnostics) = CapDiagnostics(report.Diagnostics, options.MaxDiagnosticsPerCode);
        var model = new ScriptObject
        {
            ["tool"] = Obj(("name", "claimcheck"), ("version", report.ToolVersion)),
            ["summary"] = Summary(report.Summary),
            ["counts"] = Counts(report, subjects),
            ["sections"] = sections,
            ["page"] = Obj(
                ("subjects_shown", shown), ("subjects", subjects.Count), ("subjects_left_out", subjects.Count - shown),
                ("subjects_shown_text", Num(shown)), ("subjects_text", Num(subjects.Count)), ("subjects_left_out_text", Num(subjects.Count - shown))),
            ["sources"] = BuildSources(report, subjects, options),
            ["source_matrix"] = SourceMatrix(report, subjects, options),
            ["diagnostics"] = Arr(shownDiagnostics.Select(d => Diagnostic(d, options.MaxDiagnosticMessageChars))),
            ["diagnostics_count"] = report.Diagnostics.Length,
            ["diagnostics_count_text"] = Num(report.Diagnostics.Length),
            ["diagnostics_more"] = Arr(moreDiagnostics.Select(m => Obj(("code", m.Code), ("count", m.Count), ("count_text", Num(m.Count))))),
            ["verdicts"] = Arr(Sections.Select(s => Obj(("word", s.Word), ("title", s.Title), ("meaning", s.Meaning)))),
        };
        model.Import("num", new Func<object?, string>(NumOf));

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

    /// <summary>Integers as the page shows them: invariant thousands separators ("200,000").</summary>
    internal static string Num(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string NumOf(object? value) => value switch
    {
        int i => Num(i),
        long l => Num(l),
        double d => d.ToString("#,0.##", CultureInfo.InvariantCulture),
        null => string.Empty,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    // One count per verdict (from the subjects, so verdicts the summary record does not name yet are counted too).
    private static ScriptArray Counts(CheckReport report, List<SubjectResult> subjects)
    {
        var byVerdict = subjects.GroupBy(s => s.Verdict).ToDictionary(g => g.Key, g => g.Count());
        return Arr(Sections.Select(s => Obj(("word", s.Word), ("title", s.Title), ("count", byVerdict.GetValueOrDefault(s.Verdict)), ("text", Num(byVerdict.GetValueOrDefault(s.Verdict))))));
    }

    private static ScriptArray BuildSections(CheckReport report, List<SubjectResult> subjects, Dictionary<string, SourceView> sources, Dictionary<string, string> labels, HtmlReportOptions options, out int shownTotal)
    {
        var result = new ScriptArray();
        var budget = Math.Max(0, options.MaxSubjectsOnPage);
        shownTotal = 0;
        foreach (var (verdict, word, title, meaning, collapsed) in Sections)
        {
            var all = subjects.Where(s => s.Verdict == verdict).ToList();

            // Conflicts come first and take what they need of the page's budget; the other sections share the rest.
            var limit = word == "conflict" ? budget : Math.Min(budget, collapsed ? options.MaxSubjectsPerCollapsedSection : options.MaxSubjectsPerSection);
            var shown = all.Take(Math.Max(0, limit)).ToList();
            budget -= shown.Count;
            shownTotal += shown.Count;
            result.Add(Obj(
                ("verdict", word), ("title", title), ("meaning", meaning), ("collapsed", collapsed),
                ("count", all.Count), ("count_text", Num(all.Count)),
                ("more_subjects", all.Count - shown.Count), ("more_subjects_text", Num(all.Count - shown.Count)),
                ("subjects", Arr(shown.Select(s => Subject(s, report.ResolvedOf(s), word, sources, labels, options))))));
        }

        return result;
    }

    private static ScriptObject Subject(SubjectResult s, ImmutableArray<ResolvedValue> resolved, string verdict, Dictionary<string, SourceView> sources, Dictionary<string, string> labels, HtmlReportOptions options)
    {
        var max = Math.Max(0, options.MaxClaimsPerSubject);
        var shown = s.Claims.Take(max).ToList();
        var sourceIds = s.Claims.Select(c => c.Claim.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var byRef = new Dictionary<string, CheckedClaim>(StringComparer.Ordinal);
        foreach (var c in s.Claims) byRef.TryAdd(c.Claim.Ref, c);
        return Obj(
            ("key", s.Key), ("label", s.Label), ("verdict", verdict),
            ("source_ids", string.Join(' ', sourceIds)),
            ("claim_count", s.Claims.Length), ("claim_count_text", Num(s.Claims.Length)),
            ("more_claims", s.Claims.Length - shown.Count),
            ("findings", Arr(s.Findings.Select(f => Obj(
                ("kind", ContractWords.Of(f.Kind)), ("rule", f.Rule), ("message", f.Message), ("claims", Arr(f.Claims.Select(r => (object)r))))))),
            ("finding_groups", FindingGroups(s, byRef, sources, shown.Select(c => c.Claim.Ref).ToHashSet(StringComparer.Ordinal))),
            ("claims", Arr(shown.Select(c => Claim(c, sources, labels)))),
            ("picture", Picture(s, resolved, shown, sources)),
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

    /// <summary>The DOM id of a claim's card: <c>claim-SOURCE/ID</c>.</summary>
    internal static string ClaimDomId(string claimRef) => "claim-" + claimRef;

    /// <summary>
    /// Findings with the same kind and message merged into one, each naming its articles and values:
    /// "A (3 nm) vs B (7 nm)" when each value has one article, "3 nm: 2 articles vs 7 nm: 1 article" otherwise.
    /// </summary>
    private static ScriptArray FindingGroups(SubjectResult s, Dictionary<string, CheckedClaim> byRef, Dictionary<string, SourceView> sources, HashSet<string> shownRefs)
    {
        // Findings of one kind and rule about the same values are one line, whatever else their messages add.
        var groups = new List<(Finding First, List<string> Refs, HashSet<string> Seen, int Count, List<string> Messages)>();
        var index = new Dictionary<(FindingKind, string, string), int>();
        foreach (var f in s.Findings)
        {
            var values = string.Join("\n", f.Claims
                .Select(r => byRef.GetValueOrDefault(r) is { } c ? DisplayValue(c.Claim, c.Comparison, null) : r)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            if (!index.TryGetValue((f.Kind, f.Rule, values), out var g))
            {
                index[(f.Kind, f.Rule, values)] = g = groups.Count;
                groups.Add((f, [], new HashSet<string>(StringComparer.Ordinal), 0, []));
            }

            var entry = groups[g];
            foreach (var r in f.Claims)
            {
                if (entry.Seen.Add(r)) entry.Refs.Add(r);
            }

            if (entry.Messages.Count <= MaxGroupMessages && !entry.Messages.Contains(f.Message, StringComparer.Ordinal)) entry.Messages.Add(f.Message);
            groups[g] = (entry.First, entry.Refs, entry.Seen, entry.Count + 1, entry.Messages);
        }

        return Arr(groups.Select(g =>
        {
            var sides = new List<(string Value, List<(string Ref, string Title)> Articles, int Count)>();
            var sideOf = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in g.Refs)
            {
                var c = byRef.GetValueOrDefault(r);
                var value = c is null ? r : DisplayValue(c.Claim, c.Comparison, null);
                var title = c is null ? r : (sources.GetValueOrDefault(c.Claim.SourceId)?.Source.Title ?? c.Claim.SourceId);
                if (!sideOf.TryGetValue(value, out var side))
                {
                    sideOf[value] = side = sides.Count;
                    sides.Add((value, [], 0));
                }

                var (sideValue, articles, count) = sides[side];
                if (articles.Count < MaxArticlesPerSide) articles.Add((r, title));
                sides[side] = (sideValue, articles, count + 1);
            }

            // A subject of thousands of claims can make one finding of thousands of values and articles: the line names
            // the first few and counts the rest (the JSON report keeps them all).
            var shownSides = sides.Take(MaxSidesPerFinding).ToList();
            var joiner = g.First.Kind == FindingKind.Agreement ? " and " : " vs ";
            var headline = shownSides.All(x => x.Count == 1)
                ? string.Join(joiner, shownSides.Select(x => x.Articles[0].Title + " (" + x.Value + ")"))
                : string.Join(joiner, shownSides.Select(x => x.Value + ": " + HtmlPictures.Plural(x.Count, "article", "articles")));
            if (sides.Count > shownSides.Count) headline += $"{joiner}{Num(sides.Count - shownSides.Count)} more values";
            return (object)Obj(
                ("kind", ContractWords.Of(g.First.Kind)), ("rule", g.First.Rule), ("message", g.First.Message),
                ("messages", Arr(g.Messages.Take(MaxGroupMessages))),
                ("more_messages", g.Messages.Count > MaxGroupMessages),
                ("headline", headline), ("count", g.Count), ("grouped", shownSides.Any(x => x.Count > 1)),
                ("claim_ids", string.Join(' ', g.Refs.Where(shownRefs.Contains).Select(ClaimDomId))),
                ("sides", Arr(shownSides.Select(Side))),
                ("more_sides", sides.Count - shownSides.Count));

            static ScriptObject Side((string Value, List<(string Ref, string Title)> Articles, int Count) x) => Obj(
                ("value", x.Value), ("count", x.Count), ("more", x.Count - x.Articles.Count),
                ("articles", Arr(x.Articles.Select(a => Obj(("ref", a.Ref), ("title", a.Title), ("anchor", ClaimDomId(a.Ref)))))));
        }));
    }

    /// <summary>Articles named per value of a finding line; the rest are counted.</summary>
    private const int MaxArticlesPerSide = 10;

    /// <summary>Values named per finding line; the rest are counted.</summary>
    private const int MaxSidesPerFinding = 10;

    /// <summary>Distinct messages shown per finding line; "…" marks more.</summary>
    private const int MaxGroupMessages = 5;

    // A range plot of the shown claims' intervals, or a timeline when they speak of two or more dated periods.
    private static HtmlRaw? Picture(SubjectResult s, ImmutableArray<ResolvedValue> resolved, List<CheckedClaim> shown, Dictionary<string, SourceView> sources)
    {
        var withQuantity = shown.Where(c => c.Quantity is not null).ToList();
        if (withQuantity.Count < 2) return null;
        var unit = withQuantity.Select(c => c.Quantity!.Unit).Distinct(StringComparer.Ordinal).ToList();
        if (unit.Count != 1) return null;
        var marks = withQuantity.Select(c => new HtmlPictures.Mark(
            ClaimDomId(c.Claim.Ref),
            sources.GetValueOrDefault(c.Claim.SourceId)?.Source.Title ?? c.Claim.SourceId,
            c.Claim.Value ?? c.Quantity!.Text,
            c.Quantity!.Interval,
            c.Period)).ToList();
        var svg = HtmlPictures.Timeline(s.Key, unit[0], marks)
            ?? HtmlPictures.RangePlot(s.Key, unit[0], marks, [.. resolved.Select(r => (r.Value, r.Min, r.Max))]);
        return svg is null ? null : new HtmlRaw(svg);
    }

    /// <summary>A probability or trust as shown: two decimals, invariant ("0.82").</summary>
    internal static string Share(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static ScriptObject Claim(CheckedClaim c, Dictionary<string, SourceView> sources, Dictionary<string, string> labels)
    {
        var claim = c.Claim;
        sources.TryGetValue(claim.SourceId, out var view);
        var source = view?.Source;
        var other = c.Comparison?.OtherSubject;
        var (before, after) = QuoteContext(null, claim.Quote); // source.text (branch draft) fills the context
        return Obj(
            ("ref", claim.Ref), ("id", claim.Id), ("dom_id", ClaimDomId(claim.Ref)), ("source_id", claim.SourceId),
            ("source_title", source?.Title ?? claim.SourceId),
            ("source_url", view?.SafeUrl),
            ("outlet", source?.Outlet),
            ("value", claim.Value ?? (claim.Compare is null ? null : "compare: " + claim.Compare)),
            ("display", DisplayValue(claim, c.Comparison, labels)),
            ("compare_words", claim.Value is null && c.Comparison is { } cmp ? CompareWords(claim, cmp) : null),
            ("compared_key", other), ("compared_label", other is null ? null : labels.GetValueOrDefault(other) ?? other),
            ("compared_shown", other is not null && labels.ContainsKey(other)),
            ("normalised", Normalised(c)),
            ("range", Range(c)),
            ("rate", Rate(c.Quantity?.Rate)),
            ("period", PeriodDisplay(c.Period)),
            ("period_text", PeriodText(c.Period)), ("period_range", PeriodRange(c.Period)),
            ("status", ContractWords.Of(claim.Status)),
            ("attribution", claim.AttributedTo), ("attributed_to", claim.AttributedTo),
            ("quote", claim.Quote), ("context_before", before), ("context_after", after), ("note", claim.Note),
            ("quote_in_article", QuoteInArticle(claim)),
            ("file", claim.Position.File), ("line", claim.Position.Line), ("column", claim.Position.Column),
            ("location", string.Create(CultureInfo.InvariantCulture, $"{claim.Position.File}:{claim.Position.Line}")));
    }

    /// <summary>
    /// The value as people write it: the claim's own text, or for a comparison its words with the compared
    /// subject's label ("more than STEM PhDs graduating in the UK per year", "0.5x China's standard corporate tax rate").
    /// </summary>
    internal static string DisplayValue(Claim claim, Comparison? comparison, IReadOnlyDictionary<string, string>? labels)
    {
        if (claim.Value is { } value) return value;
        if (comparison is null) return claim.Compare ?? string.Empty;
        var other = labels?.GetValueOrDefault(comparison.OtherSubject) ?? comparison.OtherSubject;
        var words = CompareWords(claim, comparison);
        return words.Length == 0 ? other : words + " " + other;
    }

    /// <summary>The words of a comparison before the compared subject: "more than", "nearly 3x".</summary>
    internal static string CompareWords(Claim claim, Comparison comparison)
    {
        var words = claim.Compare is { } written && written.EndsWith(comparison.OtherSubject, StringComparison.Ordinal)
            ? written[..^comparison.OtherSubject.Length].Trim()
            : comparison.Operator;
        return words switch
        {
            "more-than" => "more than",
            "less-than" => "less than",
            "same-as" => "the same as",
            _ => words,
        };
    }

    /// <summary>
    /// The quote within its article: up to 160 characters before and after it in the article's text, cut at
    /// word boundaries; both null without a text or when the quote is not found in it (compared case-insensitively).
    /// </summary>
    internal static (string? Before, string? After) QuoteContext(string? text, string? quote)
    {
        const int around = 160;
        if (string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(quote)) return (null, null);
        var at = text.IndexOf(quote.Trim(), StringComparison.OrdinalIgnoreCase);
        if (at < 0) return (null, null);
        var end = at + quote.Trim().Length;
        var start = Math.Max(0, at - around);
        while (start > 0 && start < at && !char.IsWhiteSpace(text[start - 1])) start++;
        var stop = Math.Min(text.Length, end + around);
        while (stop < text.Length && stop > end && !char.IsWhiteSpace(text[stop])) stop--;
        var before = (start > 0 ? "…" : string.Empty) + text[start..at];
        var after = text[end..stop] + (stop < text.Length ? "…" : string.Empty);
        return (before, after);
    }

    /// <summary>The interval read from the value, as a secondary detail ("read as 2.5–3.5 nm"); null for categories.</summary>
    internal static string? Range(CheckedClaim c)
    {
        if (c.Quantity is not { } q) return null;
        var unit = q.Unit.Length == 0 ? q.Label ?? string.Empty : q.Unit;
        var text = FormatInterval(q.Interval, unit);
        return q.Per is null ? text : text + " per " + q.Per;
    }

    /// <summary>The period as the claim gives it ("2024", "by 2028", "undated"), without its dates.</summary>
    internal static string PeriodText(Period p) => p.State switch
    {
        PeriodState.UndatedPresent => p.Text.Length == 0 ? string.Empty : p.Text,
        PeriodState.Unresolved => p.Text + " (unresolved)",
        _ when p.Text.Length == 0 => PeriodRange(p) ?? string.Empty,
        _ => p.Text,
    };

    /// <summary>The dates a period covers ("2024-01-01 – 2024-12-31"), or null when it has none.</summary>
    internal static string? PeriodRange(Period p) => p.Start is null && p.End is null
        ? null
        : (p.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…") + " – " + (p.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…");

    /// <summary>
    /// The sources × sources picture: for each pair, the subjects on which they conflict and those on which they
    /// agree, for the sources with the most conflicts (at most <see cref="HtmlReportOptions.MaxSourcesInMatrix"/>).
    /// </summary>
    private static ScriptObject SourceMatrix(CheckReport report, List<SubjectResult> subjects, HtmlReportOptions options)
    {
        var pairs = new Dictionary<(string, string), (int Conflicts, int Agreements)>();
        var involvement = new Dictionary<string, int>(StringComparer.Ordinal);
        // The pairs already counted for a subject: one set cleared per subject (a new one when a large subject grew it, as
        // clearing costs its capacity), not a set allocated for every subject.
        var seen = new HashSet<(string, string, bool)>();
        foreach (var subject in subjects)
        {
            if (seen.Count > 1_024) seen = [];
            else seen.Clear();
            foreach (var f in subject.Findings)
            {
                if (f.Kind is not (FindingKind.Conflict or FindingKind.Agreement)) continue;
                var ids = f.Claims.Select(SourceOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (ids.Count > 12) continue; // a finding over many sources says little about any pair
                for (var i = 0; i < ids.Count; i++)
                {
                    for (var j = i + 1; j < ids.Count; j++)
                    {
                        var conflict = f.Kind == FindingKind.Conflict;
                        if (!seen.Add((ids[i], ids[j], conflict))) continue;
                        var cell = pairs.GetValueOrDefault((ids[i], ids[j]));
                        pairs[(ids[i], ids[j])] = conflict ? (cell.Conflicts + 1, cell.Agreements) : (cell.Conflicts, cell.Agreements + 1);
                        var weight = conflict ? 1_000 : 1;
                        involvement[ids[i]] = involvement.GetValueOrDefault(ids[i]) + weight;
                        involvement[ids[j]] = involvement.GetValueOrDefault(ids[j]) + weight;
                    }
                }
            }
        }

        var max = Math.Max(0, options.MaxSourcesInMatrix);
        var chosen = report.Sources
            .Where(s => involvement.ContainsKey(s.Id))
            .OrderByDescending(s => involvement[s.Id]).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(max).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var position = chosen.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var cells = new Dictionary<(int, int), HtmlPictures.Cell>();
        foreach (var ((a, b), (conflicts, agreements)) in pairs)
        {
            if (position.TryGetValue(a, out var i) && position.TryGetValue(b, out var j))
            {
                cells[i < j ? (i, j) : (j, i)] = new HtmlPictures.Cell(conflicts, agreements);
            }
        }

        var svg = HtmlPictures.SourceMatrix([.. chosen.Select(s => (s.Id, s.Title))], cells);
        var involved = involvement.Count;
        return Obj(
            ("svg", svg is null ? null : new HtmlRaw(svg)),
            ("sources", chosen.Count), ("involved", involved), ("left_out", involved - chosen.Count), ("left_out_text", Num(involved - chosen.Count)));

        [MethodImpl(HotPath.Optimize)]
        static string SourceOf(string claimRef)
        {
            var slash = claimRef.IndexOf('/', StringComparison.Ordinal);
            return slash < 0 ? claimRef : claimRef[..slash];
        }
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

    /// <summary>
    /// The diagnostics the page lists: the first <paramref name="perCode"/> of each code, in report order; and for each
    /// code with more, how many more (60,000 diagnostics from a 4 MB input made a 327 MB page). The JSON keeps them all.
    /// </summary>
    internal static (List<Diagnostic> Shown, List<(string Code, int Count)> More) CapDiagnostics(IEnumerable<Diagnostic> diagnostics, int perCode)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var count = seen[d.Code] = seen.GetValueOrDefault(d.Code) + 1;
            if (count <= perCode) shown.Add(d);
        }

        var more = seen.Where(c => c.Value > perCode).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value - perCode)).ToList();
        return (shown, more);
    }

    // A message longer than the page shows is cut where a word ends, and says where the rest is.
    private static string Shorten(string message, int max)
    {
        if (message.Length <= max) return message;
        var cut = message.LastIndexOf(' ', max - 1, Math.Min(max, 80)) is var space and > 0 ? space : max;
        return string.Create(CultureInfo.InvariantCulture, $"{message.AsSpan(0, cut)} … ({message.Length - cut:#,0} more characters in the JSON report)");
    }

    private static ScriptObject Diagnostic(Diagnostic d, int maxMessage) => Obj(
        ("severity", d.Severity == Severity.Error ? "error" : "warning"), ("code", d.Code), ("message", Shorten(d.Message, maxMessage)),
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

        // A bare year (2027, read as 2026.5–2027.5) is written without a thousands separator.
        Func<double, string> number = unit.Length == 0 && YearLike(i.Min) && YearLike(i.Max)
            ? v => v.ToString("0.#", CultureInfo.InvariantCulture)
            : Number;
        var suffix = unit.Length == 0 ? string.Empty : (unit is "%" or "x" ? unit : " " + unit);
        var lowOpen = double.IsNegativeInfinity(i.Min);
        var highOpen = double.IsPositiveInfinity(i.Max);
        if (lowOpen && highOpen)
        {
            return "any value";
        }

        if (highOpen)
        {
            return (i.MinInclusive ? "≥ " : "> ") + number(i.Min) + suffix;
        }

        if (lowOpen)
        {
            return (i.MaxInclusive ? "≤ " : "< ") + number(i.Max) + suffix;
        }

        if (i.Min.Equals(i.Max))
        {
            return number(i.Min) + suffix;
        }

        // "-0.5 to 0.5%", not "-0.5–0.5%": a dash after a minus sign reads as arithmetic.
        return number(i.Min) + (i.Min < 0 ? " to " : "–") + number(i.Max) + suffix;
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

    private static bool YearLike(double v) => double.IsFinite(v) && Math.Abs(v) is >= 1000 and < 3000 && Math.Round(v * 2) == v * 2;

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
