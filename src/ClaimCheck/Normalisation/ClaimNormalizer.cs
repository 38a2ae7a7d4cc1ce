using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Normalisation;

/// <summary>
/// Turns the claims of a corpus into <see cref="CheckedClaim"/>s: subject aliases resolved, values
/// read as quantities or categories, periods resolved, comparisons parsed. Problems become
/// diagnostics, never exceptions, so <c>claimcheck validate</c> can use it on its own.
/// </summary>
internal static class ClaimNormalizer
{
    private const int ChunkSize = 2048;

    /// <summary>Normalises every claim of <paramref name="corpus"/>.</summary>
    public static NormalizedClaims Normalize(ClaimCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var context = new Context(corpus);
        // Claims are read in parallel, in fixed chunks; each chunk keeps its diagnostics in claim order,
        // and the chunks are joined in order, so the output is the same as a single-threaded run.
        var all = corpus.Claims;
        var claims = new CheckedClaim[all.Length];
        var chunks = (all.Length + ChunkSize - 1) / ChunkSize;
        var chunkDiagnostics = new List<Diagnostic>?[chunks];
        Parallel.For(0, chunks, chunk =>
        {
            List<Diagnostic>? found = null;
            var end = Math.Min(all.Length, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                claims[i] = NormalizeClaim(all[i], context, ref found);
            }

            chunkDiagnostics[chunk] = found;
        });
        foreach (var found in chunkDiagnostics)
        {
            if (found is not null) context.Diagnostics.AddRange(found);
        }

        var result = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(claims);
        var knownSubjects = result.Select(c => c.SubjectKey)
            .Concat(corpus.Registry.Subjects.Keys)
            .ToHashSet(StringComparer.Ordinal);
        WarnComparisonsWithUnknownSubjects(result, knownSubjects, context.Diagnostics);
        WarnMixedValues(result, context.Diagnostics);
        return new NormalizedClaims(result, DiagnosticOrder.Sort(context.Diagnostics));
    }

    private static CheckedClaim NormalizeClaim(Claim claim, Context context, ref List<Diagnostic>? diagnostics)
    {
        var key = context.Resolver.Resolve(claim.Subject);
        var definition = context.Definitions.GetValueOrDefault(key);
        var period = ReadPeriod(claim, context, ref diagnostics);
        var tolerance = definition?.Tolerance ?? SubjectGrouper.DefaultTolerance;

        if (claim.Compare is not null)
        {
            return new CheckedClaim(claim, key, null, null, ReadComparison(claim, key, tolerance, context, ref diagnostics), period);
        }

        var text = claim.Value ?? "";
        var kind = definition?.Kind ?? SubjectKind.Inferred;
        if (kind == SubjectKind.Category)
        {
            return new CheckedClaim(claim, key, null, Synonyms.Apply(text, definition), null, period);
        }

        // One parse decides both: a value that does not read as a quantity is a category unless declared otherwise.
        var options = new QuantityOptions(tolerance, period.Year, context.Rates, definition?.Unit);
        var parsed = QuantityParser.Parse(text, options);
        if (parsed.Success)
        {
            return new CheckedClaim(claim, key, parsed.Value, null, null, period);
        }

        if (kind == SubjectKind.Quantity)
        {
            (diagnostics ??= []).Add(Diagnostic.Error(
                EngineCodes.BadQuantity,
                claim.ValuePosition.Offset(parsed.Offset),
                $"'{text}' is not a quantity, but subject '{key}' is declared 'kind: quantity': {parsed.Error}"));
            return new CheckedClaim(claim, key, null, null, null, period);
        }

        return new CheckedClaim(claim, key, null, Synonyms.Apply(text, definition), null, period);
    }

    private static Period ReadPeriod(Claim claim, Context context, ref List<Diagnostic>? diagnostics)
    {
        var published = context.PublishedBySource.GetValueOrDefault(claim.SourceId);
        var parsed = context.Periods.GetOrAdd((claim.Period, published), static key => PeriodParser.Parse(key.Text, key.Published));
        if (parsed.Success && parsed.Value is { } period)
        {
            return period.State == PeriodState.Resolved ? period : period with { Anchor = claim.SourceId };
        }

        var at = (claim.PeriodPosition ?? claim.Position).Offset(parsed.Offset);
        (diagnostics ??= []).Add(Diagnostic.Error(
            EngineCodes.BadPeriod,
            at,
            $"'{claim.Period}' is not a period: {parsed.Error}"));

        // Checked as a period that may overlap anything, so its values still count where they agree.
        return new Period(claim.Period ?? "", null, null, PeriodState.Unresolved, false);
    }

    private static Comparison? ReadComparison(Claim claim, string key, double tolerance, Context context, ref List<Diagnostic>? diagnostics)
    {
        var parsed = ComparisonParser.Parse(claim.Compare!, tolerance);
        if (parsed.Success && parsed.Value is not null)
        {
            var written = parsed.Value.OtherSubject;
            var other = context.Resolver.Resolve(written);
            if (other != key)
            {
                return parsed.Value with { OtherSubject = other };
            }

            // A subject is neither more nor less than itself: the claim is reported and not checked.
            var at = claim.Compare!.LastIndexOf(written, StringComparison.OrdinalIgnoreCase);
            var alias = written != key ? $" ('{written}' is another key for '{key}')" : "";
            (diagnostics ??= []).Add(Diagnostic.Error(
                EngineCodes.SelfComparison,
                claim.ValuePosition.Offset(Math.Max(0, at)),
                $"'{claim.Compare}' compares subject '{key}' with itself{alias}; compare it with another subject, or give the figure as a 'value'"));
            return null;
        }

        (diagnostics ??= []).Add(Diagnostic.Error(
            EngineCodes.BadComparison,
            claim.ValuePosition.Offset(parsed.Offset),
            $"'{claim.Compare}' is not a comparison: {parsed.Error}; write e.g. 'more-than other.subject' or 'nearly 3x other.subject'"));
        return null;
    }

    // Articles often compare with a baseline they give no figure for ("more PhDs than California"):
    // that is content, shown in the report, not a mistake. Only a key that nothing else names but
    // that is a near miss of one that is known looks like a typo worth a warning.
    private static void WarnComparisonsWithUnknownSubjects(
        ImmutableArray<CheckedClaim> claims, HashSet<string> knownSubjects, List<Diagnostic> diagnostics)
    {
        foreach (var claim in claims)
        {
            if (claim.Comparison is not { } comparison || knownSubjects.Contains(comparison.OtherSubject)) continue;
            if (Suggestions.Closest(comparison.OtherSubject, knownSubjects.Where(k => k != claim.SubjectKey)) is not { } close) continue;
            diagnostics.Add(Diagnostic.Warning(
                EngineCodes.CompareWithoutValues,
                claim.Claim.ValuePosition,
                $"'{claim.Claim.Ref}' compares with '{comparison.OtherSubject}', which no claim or registry entry names; did you mean '{close}'?"));
        }
    }

    private static void WarnMixedValues(ImmutableArray<CheckedClaim> claims, List<Diagnostic> diagnostics)
    {
        foreach (var subject in claims.GroupBy(c => c.SubjectKey, StringComparer.Ordinal))
        {
            var quantities = subject.Where(c => c.Quantity is not null).ToList();
            var categories = subject.Where(c => c.Category is not null).ToList();
            if (quantities.Count > 0 && categories.Count > 0)
            {
                // The minority is the likely typo; on a tie, the categories.
                var odd = categories.Count <= quantities.Count ? categories : quantities;
                foreach (var claim in odd)
                {
                    diagnostics.Add(Diagnostic.Warning(
                        EngineCodes.MixedKinds,
                        claim.Claim.ValuePosition,
                        $"'{claim.Claim.Value}' of '{claim.Claim.Ref}' reads as a {(claim.Quantity is null ? "category" : "quantity")} while other claims of '{subject.Key}' read as {(claim.Quantity is null ? "quantities" : "categories")}; they are not compared; correct the value or set 'kind' in the registry"));
                }
            }

            var byDimension = quantities
                .GroupBy(c => QuantityPartition.Of(c.Quantity!))
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key.ToString(), StringComparer.Ordinal)
                .ToList();
            foreach (var minority in byDimension.Skip(1))
            {
                foreach (var claim in minority)
                {
                    diagnostics.Add(Diagnostic.Warning(
                        EngineCodes.MixedDimensions,
                        claim.Claim.ValuePosition,
                        $"'{claim.Claim.Value}' of '{claim.Claim.Ref}' is {QuantityPartition.Describe(minority.Key)} while most claims of '{subject.Key}' are {QuantityPartition.Describe(byDimension[0].Key)}; they are not compared; correct the unit or use another subject"));
                }
            }
        }
    }

    private sealed class Context(ClaimCorpus corpus)
    {
        // Built on first use (a corpus of categories never needs exchange rates), once, by whichever thread needs it.
        private readonly Lazy<RateTable> rates = new(() => RateTable.Default.With(corpus.Registry.Rates));

        public ClaimCorpus Corpus { get; } = corpus;

        public SubjectResolver Resolver { get; } = new(corpus.Registry);

        // The registry's sorted dictionary is a tree; every claim looks its subject up once.
        public FrozenDictionary<string, SubjectDefinition> Definitions { get; } = corpus.Registry.Subjects.ToFrozenDictionary(StringComparer.Ordinal);

        public List<Diagnostic> Diagnostics { get; } = [];

        public Dictionary<string, DateOnly?> PublishedBySource { get; } = corpus.Sources
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Published, StringComparer.Ordinal);

        public RateTable Rates => rates.Value;

        /// <summary>
        /// Each distinct period text (against a publication date) is read once, and claims share the result:
        /// a corpus repeats a few dozen periods over all its claims, and a million claims held a million equal periods.
        /// </summary>
        public ConcurrentDictionary<(string? Text, DateOnly? Published), ParseResult<Period>> Periods { get; } = new();
    }
}
