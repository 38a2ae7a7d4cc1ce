using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Model;

namespace ClaimCheck.Resolution;

/// <summary>
/// Decides, for every subject and period, which claimed value is most likely true, how far each source can be
/// trusted, and which sources probably copy each other (docs/resolution.md). Deterministic: fixed iteration limits,
/// a convergence threshold, and ties broken by the values' ordinal order.
/// </summary>
public static class TruthResolver
{
    private const double MinTrust = 0.01;
    private const double MaxTrust = 0.99;

    /// <summary>Resolves the subjects of a checked corpus.</summary>
    /// <param name="subjects">The subjects as the engine judged them.</param>
    /// <param name="registry">The registry: containment (<c>within</c>) and which subjects are sets.</param>
    /// <param name="options">Method and parameters; the documented defaults when null.</param>
    public static ResolutionResult Resolve(IEnumerable<SubjectResult> subjects, Registry registry, ResolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(registry);
        options ??= new ResolutionOptions();
        var shared = new Containment(null, registry);
        var problem = ResolutionProblem.Build(subjects, registry, options);
        var state = new State(problem, options);
        switch (options.Method)
        {
            case ResolutionMethod.MajorityVote:
                state.Vote();
                break;
            default:
                var pairs = options.DetectCopying ? PairTable.Build(problem) : null;
                state.Iterate();
                if (pairs is not null)
                {
                    for (var round = 0; round < options.CopyRounds && pairs.Count > 0; round++)
                    {
                        state.Dependence = pairs.Estimate(state, options);
                        state.Iterate();
                    }

                    state.Dependence ??= [];
                    state.Reported = pairs.Report(state, options);
                }

                break;
        }

        return state.Result(registry, shared);
    }

    /// <summary>Resolves the report's subjects and returns it with <c>Resolved</c>, <c>Trust</c> and <c>Dependence</c> filled in.</summary>
    /// <param name="report">A report from <see cref="CheckEngine.Check"/>.</param>
    /// <param name="registry">The corpus's registry.</param>
    /// <param name="options">Method and parameters; the documented defaults when null.</param>
    public static CheckReport Apply(CheckReport report, Registry registry, ResolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = Resolve(report.Subjects, registry, options);
        return report with
        {
            Subjects = [.. report.Subjects.Select(s => s with { Resolved = result.For(s.Key) })],
            Trust = result.Trust,
            Dependence = result.Dependence,
        };
    }

    /// <summary>Trust, confidences and dependence while they are estimated.</summary>
    internal sealed class State
    {
        private readonly ResolutionProblem problem;
        private readonly ResolutionOptions options;

        public State(ResolutionProblem problem, ResolutionOptions options)
        {
            this.problem = problem;
            this.options = options;
            Trust = new double[problem.Sources.Count];
            Array.Fill(Trust, Math.Clamp(options.InitialTrust, MinTrust, MaxTrust));
            UnitTrust = new double[problem.UnitSource.Count];
            Array.Fill(UnitTrust, Math.Clamp(options.InitialTrust, MinTrust, MaxTrust));
            Confidence = [.. problem.Items.Select(i => new double[i.Candidates.Count])];
            Discount = new double[problem.Votes.Count];
            Array.Fill(Discount, 1.0);
        }

        /// <summary>Each source's trust over all its claims (what is reported).</summary>
        public double[] Trust { get; }

        /// <summary>Trust per unit (<see cref="Vote.Unit"/>): the votes' weight; equal to <see cref="Trust"/> per source.</summary>
        public double[] UnitTrust { get; }

        /// <summary>Confidence[item][candidate]: how likely the candidate is the true value.</summary>
        public double[][] Confidence { get; }

        /// <summary>How much each vote still counts after copying is discounted.</summary>
        public double[] Discount { get; }

        /// <summary>Probability of dependence by pair key (see <see cref="PairTable.Key"/>).</summary>
        public Dictionary<long, double>? Dependence { get; set; }

        /// <summary>With <see cref="ResolutionOptions.DirectionalCopying"/>: P(copier copies original) by <see cref="PairTable.DirectedKey"/>.</summary>
        public Dictionary<long, double>? Directed { get; set; }

        public ImmutableArray<SourceDependence> Reported { get; set; } = [];

        public ResolutionProblem Problem => problem;

        /// <summary>How likely a claim of candidate <paramref name="w"/> of item <paramref name="item"/> is right.</summary>
        public double RightProbability(int item, int w)
        {
            var implies = problem.Items[item].Implies[w];
            var confidence = Confidence[item];
            if (options.Method == ResolutionMethod.TruthFinder)
            {
                return confidence[w];
            }

            var p = 0.0;
            for (var v = 0; v < implies.Length; v++)
            {
                p += confidence[v] * implies[v];
            }

            return Math.Min(1, p);
        }

        public void Vote()
        {
            var agree = new double[Trust.Length];
            var total = new double[Trust.Length];
            for (var i = 0; i < problem.Items.Count; i++)
            {
                var item = problem.Items[i];
                var score = Confidence[i];
                var sum = 0.0;
                foreach (var index in item.Votes)
                {
                    var vote = problem.Votes[index];
                    score[vote.Candidate] += vote.Weight;
                    sum += vote.Weight;
                }

                var best = Best(item, score);
                for (var v = 0; v < score.Length; v++)
                {
                    score[v] = sum > 0 ? score[v] / sum : 0;
                }

                foreach (var index in item.Votes)
                {
                    var vote = problem.Votes[index];
                    total[vote.Source] += vote.Weight;
                    agree[vote.Source] += vote.Candidate == best ? vote.Weight : 0;
                }
            }

            for (var s = 0; s < Trust.Length; s++)
            {
                Trust[s] = total[s] > 0 ? agree[s] / total[s] : 0;
            }
        }

        public void Iterate()
        {
            UpdateDiscounts();
            var sum = new double[Trust.Length];
            var weight = new double[Trust.Length];
            var unitSum = new double[UnitTrust.Length];
            var unitWeight = new double[UnitTrust.Length];
            var perAttribute = options.TrustScope == TrustScope.PerAttribute;
            for (var iteration = 0; iteration < Math.Max(1, options.MaxIterations); iteration++)
            {
                if (options.Method == ResolutionMethod.TruthFinder) TruthFinderStep(); else AccuStep();
                Array.Clear(sum);
                Array.Clear(weight);
                Array.Clear(unitSum);
                Array.Clear(unitWeight);
                foreach (var vote in problem.Votes)
                {
                    var right = vote.Weight * RightProbability(vote.Item, vote.Candidate);
                    sum[vote.Source] += right;
                    weight[vote.Source] += vote.Weight;
                    unitSum[vote.Unit] += right;
                    unitWeight[vote.Unit] += vote.Weight;
                }

                var change = 0.0;
                var prior = Math.Clamp(options.InitialTrust, MinTrust, MaxTrust);
                for (var s = 0; s < Trust.Length; s++)
                {
                    var next = Math.Clamp((sum[s] + (options.PriorWeight * prior)) / (weight[s] + options.PriorWeight), MinTrust, MaxTrust);
                    change = Math.Max(change, Math.Abs(next - Trust[s]));
                    Trust[s] = next;
                }

                for (var u = 0; u < UnitTrust.Length; u++)
                {
                    // Per attribute: the attribute's own claims, plus AttributePriorWeight claims at the source's overall trust.
                    var source = Trust[problem.UnitSource[u]];
                    var next = perAttribute && problem.UnitIsAttribute[u]
                        ? Math.Clamp((unitSum[u] + (options.AttributePriorWeight * source)) / (unitWeight[u] + options.AttributePriorWeight), MinTrust, MaxTrust)
                        : source;
                    change = Math.Max(change, Math.Abs(next - UnitTrust[u]));
                    UnitTrust[u] = next;
                }

                if (change <= options.ConvergenceThreshold) break;
            }

            if (options.Method == ResolutionMethod.TruthFinder) TruthFinderStep(); else AccuStep();
        }

        private void AccuStep()
        {
            var n = Math.Max(1, options.FalseValues);
            var popular = options.FalseValueModel == FalseValueModel.Popularity;
            var votes = new double[UnitTrust.Length];
            for (var u = 0; u < UnitTrust.Length; u++)
            {
                // Accu: a false value is one of n, equally likely: ln(n·A/(1-A)). PopAccu: the false values' own popularity
                // enters below instead of 1/n, so a claim counts ln(A/(1-A)) (negative for a source wrong more often than right).
                votes[u] = Math.Log((popular ? 1 : n) * UnitTrust[u] / (1 - UnitTrust[u]));
            }

            for (var i = 0; i < problem.Items.Count; i++)
            {
                var item = problem.Items[i];
                var score = new double[item.Candidates.Count];
                var mass = popular ? new double[score.Length] : null;
                foreach (var index in item.Votes)
                {
                    var vote = problem.Votes[index];
                    var count = vote.Weight * Discount[index] * votes[vote.Unit];
                    var implies = item.Counts[vote.Candidate];
                    for (var v = 0; v < score.Length; v++)
                    {
                        score[v] += count * implies[v];
                    }

                    if (mass is not null) mass[vote.Candidate] += vote.Weight * Discount[index];
                }

                var unclaimedScore = 0.0;
                if (mass is not null) unclaimedScore = AddPopularity(item, mass, score, n);

                // Softmax over the claimed values and the n + 1 - |V| values nobody claimed.
                var max = Math.Max(unclaimedScore, score.Max());
                var unclaimed = Math.Max(0, n + 1 - score.Length) * Math.Exp(unclaimedScore - max);
                var total = unclaimed;
                for (var v = 0; v < score.Length; v++)
                {
                    total += Math.Exp(score[v] - max);
                }

                for (var v = 0; v < score.Length; v++)
                {
                    Confidence[i][v] = Math.Exp(score[v] - max) / total;
                }
            }
        }

        /// <summary>
        /// PopAccu (Dong, Saha and Srivastava, VLDB 2013): when v is true, a false claim gives value w with the popularity of w
        /// among the false claims, <c>(f_w + λ) / (F_v + λ·n)</c>, where f_w is the (discounted) claim mass of w that is false
        /// when v is true, F_v their sum, and λ (<see cref="ResolutionOptions.PopularityPseudoClaims"/>) pseudo-claims for each
        /// of Accu's n equally likely false values; λ → ∞ is Accu. Adds <c>Σ_w f_w·ln(popularity)</c> to each score and returns the score
        /// of a value nobody claimed (every claim false, each one of n equally likely values).
        /// </summary>
        private double AddPopularity(Item item, double[] mass, double[] score, int n)
        {
            var spread = Math.Max(1e-9, options.PopularityPseudoClaims);
            var beta = spread * n;
            var all = 0.0;
            foreach (var m in mass) all += m;
            for (var v = 0; v < score.Length; v++)
            {
                var implies = item.Counts;
                var falseMass = 0.0;
                for (var w = 0; w < mass.Length; w++)
                {
                    falseMass += mass[w] * Math.Max(0, 1 - implies[w][v]);
                }

                var term = 0.0;
                for (var w = 0; w < mass.Length; w++)
                {
                    var f = mass[w] * Math.Max(0, 1 - implies[w][v]);
                    if (f > 0) term += f * Math.Log((f + spread) / (falseMass + beta));
                }

                score[v] += term;
            }

            // A value nobody claimed has no popularity to go by: for it every claim is one of Accu's n equally likely false
            // values, so a lone claim by a source of accuracy A keeps confidence A, as under Accu (with the popularity of
            // the one claimed value there, about 1, the unclaimed values would win ever more mass and every trust collapse).
            var unclaimedTerm = -all * Math.Log(n);
            return unclaimedTerm;
        }

        private void TruthFinderStep()
        {
            var votes = new double[UnitTrust.Length];
            for (var u = 0; u < UnitTrust.Length; u++)
            {
                votes[u] = -Math.Log(1 - UnitTrust[u]);
            }

            for (var i = 0; i < problem.Items.Count; i++)
            {
                var item = problem.Items[i];
                var sigma = new double[item.Candidates.Count];
                foreach (var index in item.Votes)
                {
                    var vote = problem.Votes[index];
                    sigma[vote.Candidate] += vote.Weight * Discount[index] * votes[vote.Unit];
                }

                for (var v = 0; v < sigma.Length; v++)
                {
                    var adjusted = sigma[v];
                    for (var w = 0; w < sigma.Length; w++)
                    {
                        // imp(w -> v) = P(w right | v true) - base similarity 0.5: containment helps, contradiction hurts.
                        if (w != v) adjusted += options.ImplicationWeight * sigma[w] * (item.Counts[w][v] - 0.5);
                    }

                    Confidence[i][v] = 1 / (1 + Math.Exp(-options.Dampening * adjusted));
                }
            }
        }

        /// <summary>AccuCopy's discount: a source's vote for a value counts less for each earlier (more trusted) source it probably copies.</summary>
        private void UpdateDiscounts()
        {
            if (Dependence is not { Count: > 0 } dependence) return;
            var c = options.CopyRate;
            if (options.DirectionalCopying)
            {
                UpdateDirectedDiscounts(c);
                return;
            }

            foreach (var item in problem.Items)
            {
                foreach (var group in item.Votes.GroupBy(v => problem.Votes[v].Candidate))
                {
                    var ordered = group
                        .OrderByDescending(v => UnitTrust[problem.Votes[v].Unit])
                        .ThenBy(v => problem.UnitNames[problem.Votes[v].Unit], StringComparer.Ordinal)
                        .ToList();
                    for (var k = 0; k < ordered.Count; k++)
                    {
                        var factor = 1.0;
                        var s = problem.Votes[ordered[k]].Unit;
                        for (var j = 0; j < k; j++)
                        {
                            var p = dependence.GetValueOrDefault(PairTable.Key(s, problem.Votes[ordered[j]].Unit));
                            factor *= 1 - (c * p);
                        }

                        Discount[ordered[k]] = factor;
                    }
                }
            }
        }

        /// <summary>
        /// AccuCopy per value, with direction: a source's vote for a value is multiplied by <c>1 - c·P(it copies S')</c> for
        /// every other source S' that gives the same value (no order of sources is needed, as the direction is estimated).
        /// </summary>
        private void UpdateDirectedDiscounts(double c)
        {
            var directed = Directed ?? [];
            foreach (var item in problem.Items)
            {
                foreach (var group in item.Votes.GroupBy(v => problem.Votes[v].Candidate))
                {
                    var units = group.Select(v => problem.Votes[v].Unit).Distinct().Order().ToList();
                    foreach (var index in group)
                    {
                        var s = problem.Votes[index].Unit;
                        var factor = 1.0;
                        foreach (var other in units)
                        {
                            if (other != s) factor *= 1 - (c * directed.GetValueOrDefault(PairTable.DirectedKey(s, other)));
                        }

                        Discount[index] = factor;
                    }
                }
            }
        }

        private static int Best(Item item, double[] score)
        {
            var best = 0;
            for (var v = 1; v < score.Length; v++)
            {
                if (score[v] > score[best] + 1e-12
                    || (Math.Abs(score[v] - score[best]) <= 1e-12 && string.CompareOrdinal(item.Candidates[v].Text, item.Candidates[best].Text) < 0))
                {
                    best = v;
                }
            }

            return best;
        }

        public ResolutionResult Result(Registry registry, Containment shared)
        {
            var bySubject = new Dictionary<string, List<ResolvedValue>>(StringComparer.Ordinal);
            var containments = new Dictionary<string, Containment>(StringComparer.Ordinal);
            for (var i = 0; i < problem.Items.Count; i++)
            {
                var item = problem.Items[i];
                var best = Best(item, Confidence[i]);
                var chosen = item.Candidates[best];
                if (!containments.TryGetValue(item.Subject, out var containment))
                {
                    var definition = registry.Subjects.GetValueOrDefault(item.Subject);
                    containment = definition is { Within.Count: > 0 } ? new Containment(definition, registry) : shared;
                    containments[item.Subject] = containment;
                }

                var support = item.Candidates
                    .Where(c => ReferenceEquals(c, chosen) || ResolutionProblem.Supports(c, chosen, containment))
                    .SelectMany(c => c.Claims)
                    .Select(c => c.Claim.Ref)
                    .Order(StringComparer.Ordinal)
                    .ToImmutableArray();
                var interval = chosen.Quantity?.Interval;
                var resolved = new ResolvedValue(
                    item.Period,
                    chosen.Text,
                    interval is { } a && double.IsFinite(a.Min) ? a.Min : null,
                    interval is { } b && double.IsFinite(b.Max) ? b.Max : null,
                    Math.Clamp(Confidence[i][best], 0, 1),
                    support);
                if (!bySubject.TryGetValue(item.Subject, out var list))
                {
                    bySubject[item.Subject] = list = [];
                }

                list.Add(resolved);
            }

            var claims = new int[Trust.Length];
            foreach (var vote in problem.Votes)
            {
                claims[vote.Source]++;
            }

            var trust = problem.Sources
                .Select((id, s) => new SourceTrust(id, Trust[s], claims[s]))
                .OrderBy(t => t.SourceId, StringComparer.Ordinal)
                .ToImmutableArray();
            return new ResolutionResult(
                options.Method,
                bySubject.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
                trust,
                Reported);
        }
    }
}
