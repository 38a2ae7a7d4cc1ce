using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Resolution;

/// <summary>
/// Decides, for every subject and period, which claimed value is most likely true, how far each source can be
/// trusted, and which sources probably copy each other (docs/resolution.md). Deterministic: fixed iteration limits,
/// a convergence threshold, and ties broken by the values' ordinal order.
/// </summary>
internal static class TruthResolver
{
    /// <summary>Resolves grouped claims.</summary>
    /// <param name="groups">The claims grouped by subject (<see cref="SubjectGrouper.Group"/>); a group without a
    /// definition uses the registry's entry for its key.</param>
    /// <param name="registry">The registry: containment (<c>within</c>) and which subjects are sets.</param>
    /// <param name="options">Method and parameters; the documented defaults when null.</param>
    public static ResolutionResult Resolve(IEnumerable<SubjectGroup> groups, Registry registry, ResolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(registry);
        options ??= new ResolutionOptions();
        var problem = new ResolutionProblemBuilder(registry, options).AddRange(groups).Build();
        var estimate = ResolutionStrategies.For(options).Solve(problem);
        return Result(problem, estimate, options.Method);
    }

    /// <summary>The estimate in the report's terms: each item's chosen value with its support, each source's trust.</summary>
    private static ResolutionResult Result(ResolutionProblem problem, Estimate estimate, ResolutionMethod method)
    {
        var bySubject = new Dictionary<string, List<ResolvedValue>>(StringComparer.Ordinal);
        var supporting = new List<Candidate>();
        foreach (var item in problem.Items)
        {
            var confidence = estimate.Confidence.AsSpan(item.CandidateStart, item.Count);
            var best = item.Best(confidence);
            var chosen = item.Candidates[best];
            supporting.Clear();
            foreach (var c in item.Candidates)
            {
                if (ReferenceEquals(c, chosen) || CandidateSupport.Supports(c, chosen, item.Containment)) supporting.Add(c);
            }

            var interval = chosen.Quantity?.Interval;
            var resolved = new ResolvedValue(
                item.Period,
                chosen.Text,
                interval is { } a && double.IsFinite(a.Min) ? a.Min : null,
                interval is { } b && double.IsFinite(b.Max) ? b.Max : null,
                Math.Clamp(confidence[best], 0, 1),
                Support(supporting));
            if (!bySubject.TryGetValue(item.Subject, out var list))
            {
                bySubject[item.Subject] = list = [];
            }

            list.Add(resolved);
        }

        var claims = new int[problem.Sources.Length];
        foreach (var vote in problem.Votes)
        {
            claims[vote.Source]++;
        }

        var trust = problem.Sources
            .Select((id, s) => new SourceTrust(id, estimate.Trust[s], claims[s]))
            .OrderBy(t => t.SourceId, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ResolutionResult(
            method,
            bySubject.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
            trust,
            estimate.Dependence);
    }

    /// <summary>The refs of the supporting candidates' claims in ordinal order (one candidate's are in that order already).</summary>
    private static ImmutableArray<string> Support(List<Candidate> supporting)
    {
        if (supporting.Count == 1) return supporting[0].Refs;
        var refs = supporting.SelectMany(c => c.Refs).ToArray();
        Array.Sort(refs, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(refs);
    }
}
