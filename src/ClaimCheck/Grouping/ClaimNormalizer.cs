using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Model;
using ClaimCheck.Quantities;

namespace ClaimCheck.Grouping;

/// <summary>
/// Turns the claims of a corpus into <see cref="CheckedClaim"/>s: subject aliases resolved, values
/// read as quantities or categories, periods resolved, comparisons parsed. Problems become
/// diagnostics, never exceptions, so <c>claimcheck validate</c> can use it on its own.
/// </summary>
public static class ClaimNormalizer
{
    /// <summary>Normalises every claim of <paramref name="corpus"/>.</summary>
    public static NormalizedClaims Normalize(ClaimCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var context = new Context(corpus);
        var claims = ImmutableArray.CreateBuilder<CheckedClaim>(corpus.Claims.Length);
        foreach (var claim in corpus.Claims)
        {
            claims.Add(NormalizeClaim(claim, context));
        }

        var result = claims.ToImmutable();
        var subjectsWithValues = result
            .Where(c => c.Quantity is not null || c.Category is not null)
            .Select(c => c.SubjectKey)
            .ToHashSet(StringComparer.Ordinal);
        WarnComparisonsWithoutValues(result, subjectsWithValues, context.Diagnostics);
        WarnMixedValues(result, context.Diagnostics);
        return new NormalizedClaims(result, DiagnosticOrder.Sort(context.Diagnostics));
    }

    private static CheckedClaim NormalizeClaim(Claim claim, Context context)
    {
        var key = context.Resolver.Resolve(claim.Subject);
        var definition = context.Corpus.Registry.Subjects.GetValueOrDefault(key);
        var period = ReadPeriod(claim, context);
        var tolerance = definition?.Tolerance ?? SubjectGrouper.DefaultTolerance;

        if (claim.Compare is not null)
        {
            return new CheckedClaim(claim, key, null, null, ReadComparison(claim, tolerance, context), period);
        }

        var text = claim.Value ?? "";
        var kind = definition?.Kind ?? SubjectKind.Inferred;
        if (kind == SubjectKind.Category)
        {
            return new CheckedClaim(claim, key, null, Synonyms.Apply(text, definition), null, period);
        }

        if (kind == SubjectKind.Inferred && !QuantityParser.LooksLikeQuantity(text))
        {
            return new CheckedClaim(claim, key, null, Synonyms.Apply(text, definition), null, period);
        }

        var options = new QuantityOptions(tolerance, period.Year, context.Rates, definition?.Unit);
        var parsed = QuantityParser.Parse(text, options);
        if (parsed.Success)
        {
            return new CheckedClaim(claim, key, parsed.Value, null, null, period);
        }

        if (kind == SubjectKind.Quantity)
        {
            context.Diagnostics.Add(Diagnostic.Error(
                EngineCodes.BadQuantity,
                claim.ValuePosition.Offset(parsed.Offset),
                $"'{text}' is not a quantity, but subject '{key}' is declared 'kind: quantity': {parsed.Error}"));
            return new CheckedClaim(claim, key, null, null, null, period);
        }

        return new CheckedClaim(claim, key, null, Synonyms.Apply(text, definition), null, period);
    }

    private static Period ReadPeriod(Claim claim, Context context)
    {
        var published = context.PublishedBySource.GetValueOrDefault(claim.SourceId);
        var parsed = PeriodParser.Parse(claim.Period, published);
        if (parsed.Success && parsed.Value is not null)
        {
            return parsed.Value;
        }

        var at = (claim.PeriodPosition ?? claim.Position).Offset(parsed.Offset);
        context.Diagnostics.Add(Diagnostic.Error(
            EngineCodes.BadPeriod,
            at,
            $"'{claim.Period}' is not a period: {parsed.Error}"));

        // Checked as a period that may overlap anything, so its values still count where they agree.
        return new Period(claim.Period ?? "", null, null, PeriodState.Unresolved, false);
    }

    private static Comparison? ReadComparison(Claim claim, double tolerance, Context context)
    {
        var parsed = ComparisonParser.Parse(claim.Compare!, tolerance);
        if (parsed.Success && parsed.Value is not null)
        {
            return parsed.Value with { OtherSubject = context.Resolver.Resolve(parsed.Value.OtherSubject) };
        }

        context.Diagnostics.Add(Diagnostic.Error(
            EngineCodes.BadComparison,
            claim.ValuePosition.Offset(parsed.Offset),
            $"'{claim.Compare}' is not a comparison: {parsed.Error}; write e.g. 'more-than other.subject' or 'nearly 3x other.subject'"));
        return null;
    }

    private static void WarnComparisonsWithoutValues(
        ImmutableArray<CheckedClaim> claims, HashSet<string> subjectsWithValues, List<Diagnostic> diagnostics)
    {
        foreach (var claim in claims)
        {
            if (claim.Comparison is { } comparison && !subjectsWithValues.Contains(comparison.OtherSubject))
            {
                diagnostics.Add(Diagnostic.Warning(
                    EngineCodes.CompareWithoutValues,
                    claim.Claim.ValuePosition,
                    $"'{claim.Claim.Ref}' compares with '{comparison.OtherSubject}', but no claim gives a value for it, so the comparison cannot be checked; add a claim for it or correct the key"));
            }
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
        private RateTable? rates;

        public ClaimCorpus Corpus { get; } = corpus;

        public SubjectResolver Resolver { get; } = new(corpus.Registry);

        public List<Diagnostic> Diagnostics { get; } = [];

        public Dictionary<string, DateOnly?> PublishedBySource { get; } = corpus.Sources
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Published, StringComparer.Ordinal);

        // Built on first use: a corpus of categories never needs exchange rates.
        public RateTable Rates => rates ??= RateTable.Default.With(Corpus.Registry.Rates);
    }
}
