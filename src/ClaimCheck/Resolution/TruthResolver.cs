using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Checking;
using ClaimCheck.Core;

namespace ClaimCheck.Resolution;

/// <summary>
/// Decides, for every subject and period, which claimed value is most likely true, how far each source can be
/// trusted, and which sources probably copy each other (docs/resolution.md). Deterministic: fixed iteration limits,
/// a convergence threshold, and ties broken by the values' ordinal order.
/// </summary>
internal static class TruthResolver
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


    /// <summary>Trust, confidences and dependence while they are estimated.</summary>
    /// <remarks>
    /// Every array is allocated once here and reused by every step and round: a step allocates nothing per item
    /// (at 200,000 claims there are about 100,000 items and 80 steps). Sums run in the same order as ever, so the
    /// figures do not move with the implementation.
    /// </remarks>
    internal sealed class State
    {
        private readonly ResolutionProblem problem;
        private readonly ResolutionOptions options;
        private readonly Vote[] votes;

        // Scratch: a vote's log-odds per unit, each vote's probability of being right, the sums of a trust update.
        private readonly double[] unitVote;
        private readonly double[] right;
        private readonly double[] sum;
        private readonly double[] weight;
        private readonly double[] unitSum;
        private readonly double[] unitWeight;
        private readonly int[] units;

        /// <summary>Item boundaries of chunks of about equal votes: chunk c is items chunks[c] to chunks[c + 1].</summary>
        private readonly int[] chunks;

        /// <summary>Each item's votes grouped by candidate, within a group in the order the discount takes them (re-sorted each round).</summary>
        private readonly int[] byCandidate;

        public State(ResolutionProblem problem, ResolutionOptions options)
        {
            this.problem = problem;
            this.options = options;
            votes = problem.Votes;
            Trust = new double[problem.Sources.Count];
            Array.Fill(Trust, Math.Clamp(options.InitialTrust, MinTrust, MaxTrust));
            UnitTrust = new double[problem.UnitSource.Count];
            Array.Fill(UnitTrust, Math.Clamp(options.InitialTrust, MinTrust, MaxTrust));
            Confidence = new double[problem.CandidateTotal];
            Discount = new double[votes.Length];
            Array.Fill(Discount, 1.0);
            unitVote = new double[UnitTrust.Length];
            right = new double[votes.Length];
            sum = new double[Trust.Length];
            weight = new double[Trust.Length];
            unitSum = new double[UnitTrust.Length];
            unitWeight = new double[UnitTrust.Length];
            chunks = Chunks(problem, options.Serial ? 1 : Environment.ProcessorCount * 4);
            units = new int[problem.Items.Count == 0 ? 0 : problem.Items.Max(i => i.VoteCount)];
            byCandidate = (int[])problem.ByCandidate.Clone();
        }

        /// <summary>Each source's trust over all its claims (what is reported).</summary>
        public double[] Trust { get; }

        /// <summary>Trust per unit (<see cref="Vote.Unit"/>): the votes' weight; equal to <see cref="Trust"/> per source.</summary>
        public double[] UnitTrust { get; }

        /// <summary>Confidence of each candidate, at <see cref="Item.CandidateStart"/> + candidate: how likely it is the true value.</summary>
        public double[] Confidence { get; }

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
            var it = problem.Items[item];
            if (options.Method == ResolutionMethod.TruthFinder)
            {
                return Confidence[it.CandidateStart + w];
            }

            var confidence = Confidence.AsSpan(it.CandidateStart, it.Count);
            var implies = problem.Implies.AsSpan(it.MatrixStart + (w * it.Count), it.Count);
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
                var score = Confidence.AsSpan(item.CandidateStart, item.Count);
                var votes = this.votes.AsSpan(item.VoteStart, item.VoteCount);
                var sum = 0.0;
                foreach (var vote in votes)
                {
                    score[vote.Candidate] += vote.Weight;
                    sum += vote.Weight;
                }

                var best = Best(item, score);
                for (var v = 0; v < score.Length; v++)
                {
                    score[v] = sum > 0 ? score[v] / sum : 0;
                }

                foreach (var vote in votes)
                {
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
            var perAttribute = options.TrustScope == TrustScope.PerAttribute;
            for (var iteration = 0; iteration < Math.Max(1, options.MaxIterations); iteration++)
            {
                if (options.Method == ResolutionMethod.TruthFinder) TruthFinderStep(); else AccuStep();
                Array.Clear(sum);
                Array.Clear(weight);
                Array.Clear(unitSum);
                Array.Clear(unitWeight);
                ForEachChunk((first, end, _) =>
                {
                    for (var index = problem.Items[first].VoteStart; index < EndVote(end); index++)
                    {
                        right[index] = votes[index].Weight * RightProbability(votes[index].Item, votes[index].Candidate);
                    }
                });

                // Summed in vote order, on one thread: the order of floating-point sums must not depend on the threads.
                for (var index = 0; index < votes.Length; index++)
                {
                    var vote = votes[index];
                    var right = this.right[index];
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
            ForEachUnit(u =>
            {
                // Accu: a false value is one of n, equally likely: ln(n·A/(1-A)). PopAccu: the false values' own popularity
                // enters below instead of 1/n, so a claim counts ln(A/(1-A)) (negative for a source wrong more often than right).
                unitVote[u] = Math.Log((popular ? 1 : n) * UnitTrust[u] / (1 - UnitTrust[u]));
            });
            ForEachChunk((first, end, scratch) =>
            {
                for (var i = first; i < end; i++)
                {
                    AccuItem(problem.Items[i], scratch, n, popular);
                }
            });
        }

        /// <summary>One item's Accu (or PopAccu) confidences; <paramref name="scratch"/> holds 3 · <see cref="ResolutionProblem.MaxCandidates"/>.</summary>
        private void AccuItem(Item item, double[] scratch, int n, bool popular)
        {
            var size = item.Count;
            var score = scratch.AsSpan(0, size);
            var mass = scratch.AsSpan(size, size);
            var exp = scratch.AsSpan(2 * size, size);
            score.Clear();
            mass.Clear();
            var counts = problem.Counts;
            for (var index = item.VoteStart; index < item.VoteStart + item.VoteCount; index++)
            {
                var vote = votes[index];
                var count = vote.Weight * Discount[index] * unitVote[vote.Unit];
                var implies = counts.AsSpan(item.MatrixStart + (vote.Candidate * size), size);
                for (var v = 0; v < score.Length; v++)
                {
                    score[v] += count * implies[v];
                }

                if (popular) mass[vote.Candidate] += vote.Weight * Discount[index];
            }

            var unclaimedScore = 0.0;
            if (popular) unclaimedScore = AddPopularity(item, mass, score, n);

            // Softmax over the claimed values and the n + 1 - |V| values nobody claimed.
            var max = Math.Max(unclaimedScore, Max(score));
            var unclaimed = Math.Max(0, n + 1 - score.Length) * Math.Exp(unclaimedScore - max);
            var total = unclaimed;
            for (var v = 0; v < score.Length; v++)
            {
                exp[v] = Math.Exp(score[v] - max);
                total += exp[v];
            }

            var confidence = Confidence.AsSpan(item.CandidateStart, size);
            for (var v = 0; v < score.Length; v++)
            {
                confidence[v] = exp[v] / total;
            }
        }

        /// <summary>
        /// Runs <paramref name="body"/>(first item, end item, scratch) over the chunks, in parallel unless
        /// <see cref="ResolutionOptions.Serial"/>. Callers write only their items' own cells, and each item's
        /// arithmetic is the same on any thread, so the figures are the same either way.
        /// </summary>
        private void ForEachChunk(Action<int, int, double[]> body)
        {
            var scratchLength = 3 * problem.MaxCandidates;
            if (chunks.Length <= 2)
            {
                if (chunks.Length == 2) body(chunks[0], chunks[1], new double[scratchLength]);
                return;
            }

            Parallel.For(0, chunks.Length - 1, () => new double[scratchLength], (c, _, scratch) =>
            {
                body(chunks[c], chunks[c + 1], scratch);
                return scratch;
            }, _ => { });
        }

        /// <summary>Runs <paramref name="body"/> for every unit, in parallel as <see cref="ForEachChunk"/> does.</summary>
        private void ForEachUnit(Action<int> body)
        {
            const int Block = 4096;
            if (options.Serial || UnitTrust.Length <= Block)
            {
                for (var u = 0; u < UnitTrust.Length; u++) body(u);
                return;
            }

            Parallel.For(0, ((UnitTrust.Length - 1) / Block) + 1, b =>
            {
                for (var u = b * Block; u < Math.Min(UnitTrust.Length, (b + 1) * Block); u++) body(u);
            });
        }

        /// <summary>The index after the last vote of the items before <paramref name="end"/>.</summary>
        private int EndVote(int end) => end == problem.Items.Count ? votes.Length : problem.Items[end].VoteStart;

        /// <summary>Item boundaries that split the votes into about <paramref name="parts"/> chunks (an item is never split).</summary>
        private static int[] Chunks(ResolutionProblem problem, int parts)
        {
            var boundaries = new List<int> { 0 };
            var target = Math.Max(1, problem.Votes.Length / Math.Max(1, parts));
            var votes = 0;
            for (var i = 0; i < problem.Items.Count; i++)
            {
                votes += problem.Items[i].VoteCount;
                if (votes >= target && i + 1 < problem.Items.Count)
                {
                    boundaries.Add(i + 1);
                    votes = 0;
                }
            }

            if (problem.Items.Count > 0) boundaries.Add(problem.Items.Count);
            return [.. boundaries];
        }

        /// <summary>The largest score, as <c>Enumerable.Max</c> finds it (a NaN is passed over unless all are NaN).</summary>
        private static double Max(ReadOnlySpan<double> values)
        {
            var max = values[0];
            for (var v = 1; v < values.Length; v++)
            {
                if (values[v] > max || double.IsNaN(max)) max = values[v];
            }

            return max;
        }

        /// <summary>
        /// PopAccu (Dong, Saha and Srivastava, VLDB 2013): when v is true, a false claim gives value w with the popularity of w
        /// among the false claims, <c>(f_w + λ) / (F_v + λ·n)</c>, where f_w is the (discounted) claim mass of w that is false
        /// when v is true, F_v their sum, and λ (<see cref="ResolutionOptions.PopularityPseudoClaims"/>) pseudo-claims for each
        /// of Accu's n equally likely false values; λ → ∞ is Accu. Adds <c>Σ_w f_w·ln(popularity)</c> to each score and returns the score
        /// of a value nobody claimed (every claim false, each one of n equally likely values).
        /// </summary>
        private double AddPopularity(Item item, ReadOnlySpan<double> mass, Span<double> score, int n)
        {
            var spread = Math.Max(1e-9, options.PopularityPseudoClaims);
            var beta = spread * n;
            var all = 0.0;
            foreach (var m in mass) all += m;
            var counts = problem.Counts;
            var size = item.Count;
            for (var v = 0; v < score.Length; v++)
            {
                var falseMass = 0.0;
                for (var w = 0; w < mass.Length; w++)
                {
                    falseMass += mass[w] * Math.Max(0, 1 - counts[item.MatrixStart + (w * size) + v]);
                }

                var term = 0.0;
                for (var w = 0; w < mass.Length; w++)
                {
                    var f = mass[w] * Math.Max(0, 1 - counts[item.MatrixStart + (w * size) + v]);
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
            ForEachUnit(u => unitVote[u] = -Math.Log(1 - UnitTrust[u]));
            ForEachChunk((first, end, scratch) =>
            {
                for (var i = first; i < end; i++)
                {
                    TruthFinderItem(problem.Items[i], scratch);
                }
            });
        }

        private void TruthFinderItem(Item item, double[] scratch)
        {
            var size = item.Count;
            var sigma = scratch.AsSpan(0, size);
            sigma.Clear();
            for (var index = item.VoteStart; index < item.VoteStart + item.VoteCount; index++)
            {
                var vote = votes[index];
                sigma[vote.Candidate] += vote.Weight * Discount[index] * unitVote[vote.Unit];
            }

            for (var v = 0; v < sigma.Length; v++)
            {
                var adjusted = sigma[v];
                for (var w = 0; w < sigma.Length; w++)
                {
                    // imp(w -> v) = P(w right | v true) - base similarity 0.5: containment helps, contradiction hurts.
                    if (w != v) adjusted += options.ImplicationWeight * sigma[w] * (problem.Counts[item.MatrixStart + (w * size) + v] - 0.5);
                }

                Confidence[item.CandidateStart + v] = 1 / (1 + Math.Exp(-options.Dampening * adjusted));
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

            var order = new TrustOrder(votes, UnitTrust, problem.UnitRank);
            ForEachChunk((first, end, _) =>
            {
                for (var i = first; i < end; i++)
                {
                    DiscountItem(problem.Items[i], dependence, c, order);
                }
            });
        }

        /// <summary>The discounts of one item's votes (see <see cref="UpdateDiscounts"/>).</summary>
        private void DiscountItem(Item item, Dictionary<long, double> dependence, double c, TrustOrder order)
        {
            for (var start = item.VoteStart; start < item.VoteStart + item.VoteCount; start += GroupLength(item, start))
            {
                // More trusted first, then by unit name, then in vote order: the order of the discount's products.
                var group = byCandidate.AsSpan(start, GroupLength(item, start));
                if (group.Length > 1) group.Sort(order);
                for (var k = 0; k < group.Length; k++)
                {
                    var factor = 1.0;
                    var s = votes[group[k]].Unit;
                    for (var j = 0; j < k; j++)
                    {
                        var p = dependence.GetValueOrDefault(PairTable.Key(s, votes[group[j]].Unit));
                        factor *= 1 - (c * p);
                    }

                    Discount[group[k]] = factor;
                }
            }
        }

        /// <summary>How many votes of the item's run of <see cref="byCandidate"/> from <paramref name="start"/> are for one candidate.</summary>
        private int GroupLength(Item item, int start)
        {
            var end = item.VoteStart + item.VoteCount;
            var candidate = votes[byCandidate[start]].Candidate;
            var h = start + 1;
            while (h < end && votes[byCandidate[h]].Candidate == candidate) h++;
            return h - start;
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
                for (var start = item.VoteStart; start < item.VoteStart + item.VoteCount; start += GroupLength(item, start))
                {
                    var length = GroupLength(item, start);
                    var group = byCandidate.AsSpan(start, length);
                    // The group's distinct units, ascending.
                    var distinct = units.AsSpan(0, length);
                    for (var k = 0; k < length; k++)
                    {
                        distinct[k] = votes[group[k]].Unit;
                    }

                    distinct.Sort();
                    var count = 0;
                    for (var k = 0; k < length; k++)
                    {
                        if (k == 0 || distinct[k] != distinct[k - 1]) distinct[count++] = distinct[k];
                    }

                    foreach (var index in group)
                    {
                        var s = votes[index].Unit;
                        var factor = 1.0;
                        foreach (var other in distinct[..count])
                        {
                            if (other != s) factor *= 1 - (c * directed.GetValueOrDefault(PairTable.DirectedKey(s, other)));
                        }

                        Discount[index] = factor;
                    }
                }
            }
        }

        private static int Best(Item item, ReadOnlySpan<double> score)
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
            var supporting = new List<Candidate>();
            for (var i = 0; i < problem.Items.Count; i++)
            {
                var item = problem.Items[i];
                var confidence = Confidence.AsSpan(item.CandidateStart, item.Count);
                var best = Best(item, confidence);
                var chosen = item.Candidates[best];
                if (!containments.TryGetValue(item.Subject, out var containment))
                {
                    var definition = registry.Subjects.GetValueOrDefault(item.Subject);
                    containment = definition is { Within.Count: > 0 } ? new Containment(definition, registry) : shared;
                    containments[item.Subject] = containment;
                }

                supporting.Clear();
                foreach (var c in item.Candidates)
                {
                    if (ReferenceEquals(c, chosen) || ResolutionProblem.Supports(c, chosen, containment)) supporting.Add(c);
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

            var claims = new int[Trust.Length];
            foreach (var vote in votes)
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

        /// <summary>The refs of the supporting candidates' claims in ordinal order (one candidate's are in that order already).</summary>
        private static ImmutableArray<string> Support(List<Candidate> supporting)
        {
            if (supporting.Count == 1) return [.. supporting[0].Refs];
            var refs = supporting.SelectMany(c => c.Refs).ToArray();
            Array.Sort(refs, StringComparer.Ordinal);
            return ImmutableCollectionsMarshal.AsImmutableArray(refs);
        }
    }

    /// <summary>Orders vote indexes by their unit's trust (descending), then unit name (ordinal, by rank), then index.</summary>
    private readonly struct TrustOrder(Vote[] votes, double[] unitTrust, int[] unitRank) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var (a, b) = (votes[x].Unit, votes[y].Unit);
            var byTrust = unitTrust[b].CompareTo(unitTrust[a]);
            if (byTrust != 0) return byTrust;
            var byName = unitRank[a].CompareTo(unitRank[b]);
            return byName != 0 ? byName : x.CompareTo(y);
        }
    }
}
