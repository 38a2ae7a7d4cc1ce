using System.Collections.Immutable;

namespace ClaimCheck.Resolution;

/// <summary>
/// Copy detection in the spirit of AccuCopy (Dong, Berti-Equille and Srivastava, VLDB 2009): two sources that share
/// many values, above all the same false ones, are more likely to copy each other (or a common origin) than to
/// have found them independently. The table of pairs and the items they share is made once; each round's
/// <see cref="Estimate"/> returns the dependence it finds and changes nothing.
/// </summary>
internal sealed class PairTable
{
    private readonly List<(int A, int B)> pairs = [];
    private readonly Dictionary<long, int> index = new(PairKeyComparer.Instance);

    /// <summary>Per item: (pair, candidate both give, or -1 when they differ).</summary>
    private readonly List<(int Item, int Pair, int Candidate)> overlaps = [];

    private int[] shared = [];

    private PairTable()
    {
    }

    public int Count => pairs.Count;

    /// <summary>A directed key: <paramref name="copier"/> copies <paramref name="original"/>.</summary>
    public static long DirectedKey(int copier, int original) => ((long)copier << 32) | (uint)original;

    /// <summary>An order-free key of two source indexes.</summary>
    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    /// <summary>
    /// Items spoken of by more sources than this are left out of copy detection: pairs grow with the square of
    /// the sources, and the pairs of such an item are judged on the other items they share.
    /// </summary>
    public const int MaxSourcesPerItem = 300;

    public static PairTable Build(ResolutionProblem problem)
    {
        var table = new PairTable();
        var seen = new int[problem.UnitCount]; // item index + 1 where a unit last voted
        var entries = new List<(int Unit, int Candidate)>();
        for (var i = 0; i < problem.Items.Length; i++)
        {
            var item = problem.Items[i];
            if (item.VoteCount > MaxSourcesPerItem * 4) continue;
            // Each source's main value for the item: its first vote (claims are in ref order).
            entries.Clear();
            for (var v = item.VoteStart; v < item.VoteStart + item.VoteCount; v++)
            {
                var vote = problem.Votes[v];
                if (seen[vote.Unit] == i + 1) continue;
                seen[vote.Unit] = i + 1;
                entries.Add((vote.Unit, vote.Candidate));
            }

            if (entries.Count > MaxSourcesPerItem) continue;
            entries.Sort(static (a, b) => a.Unit.CompareTo(b.Unit));
            for (var x = 0; x < entries.Count; x++)
            {
                for (var y = x + 1; y < entries.Count; y++)
                {
                    var key = Key(entries[x].Unit, entries[y].Unit);
                    if (!table.index.TryGetValue(key, out var pair))
                    {
                        pair = table.pairs.Count;
                        table.index[key] = pair;
                        table.pairs.Add((entries[x].Unit, entries[y].Unit));
                    }

                    table.overlaps.Add((i, pair, entries[x].Candidate == entries[y].Candidate ? entries[x].Candidate : -1));
                }
            }
        }

        table.shared = new int[table.pairs.Count];
        foreach (var o in table.overlaps)
        {
            table.shared[o.Pair]++;
        }

        return table;
    }

    /// <summary>Per pair: the expected same true values, same false values, and the items where the two differ.</summary>
    private (double[] True, double[] False, int[] Different) Counts(Estimation estimation, IterativeStrategy strategy)
    {
        var kt = new double[pairs.Count];
        var kf = new double[pairs.Count];
        var kd = new int[pairs.Count];
        foreach (var (item, pair, candidate) in overlaps)
        {
            if (candidate < 0)
            {
                kd[pair]++;
                continue;
            }

            var right = strategy.RightProbability(estimation, item, candidate);
            kt[pair] += right;
            kf[pair] += 1 - right;
        }

        return (kt, kf, kd);
    }

    /// <summary>The probability that each pair (with enough shared items) is dependent, under the estimation's current trust and confidences.</summary>
    public CopyDependence Estimate(Estimation estimation, IterativeStrategy strategy)
    {
        var options = estimation.Options;
        var (kt, kf, kd) = Counts(estimation, strategy);
        var result = new Dictionary<long, double>(PairKeyComparer.Instance);
        var directed = new Dictionary<long, double>(PairKeyComparer.Instance);

        // Log-likelihoods of (independent, A copies B, B copies A) per pair of units, without the priors. Judged per source
        // (CopyingScope.PerSource), the evidence of every attribute two sources share is summed: copying is a relation
        // between sources, and the attribute where they share false values shows it for the attributes where they do not.
        var evidence = new (double Independent, double AB, double BA)[pairs.Count];
        var judged = new bool[pairs.Count];
        var pooled = new Dictionary<long, (double Independent, double AB, double BA, int Shared)>(PairKeyComparer.Instance);
        var perSource = options.CopyingScope == CopyingScope.PerSource;
        for (var p = 0; p < pairs.Count; p++)
        {
            if (!strategy.JudgesPair(kf[p])) continue;
            var (a, b) = pairs[p];
            var trust = estimation.UnitTrust;
            evidence[p] = options.DirectionalCopying
                ? DirectedLogLikelihoods(trust[a], trust[b], kt[p], kf[p], kd[p], options)
                : SymmetricLogLikelihoods(trust[a], trust[b], kt[p], kf[p], kd[p], options);
            judged[p] = true;
            if (!perSource) continue;
            var key = SourceKey(estimation.Problem, a, b, out var swapped);
            var (i, ab, ba) = evidence[p];
            if (swapped) (ab, ba) = (ba, ab);
            var sum = pooled.GetValueOrDefault(key);
            pooled[key] = (sum.Independent + i, sum.AB + ab, sum.BA + ba, sum.Shared + shared[p]);
        }

        for (var p = 0; p < pairs.Count; p++)
        {
            if (!judged[p]) continue;
            var (a, b) = pairs[p];
            var (independent, ab, ba) = evidence[p];
            var count = shared[p];
            if (perSource)
            {
                var key = SourceKey(estimation.Problem, a, b, out var swapped);
                (independent, ab, ba, count) = pooled[key];
                if (swapped) (ab, ba) = (ba, ab);
            }

            if (count < options.MinSharedForCopying) continue;
            var (pab, pba) = Posterior(independent, ab, ba, options);
            if (options.DirectionalCopying)
            {
                if (pab > 1e-4) directed[DirectedKey(a, b)] = pab;
                if (pba > 1e-4) directed[DirectedKey(b, a)] = pba;
            }

            if (pab + pba > 1e-4) result[Key(a, b)] = Math.Min(1, pab + pba);
        }

        return new CopyDependence(result, directed);
    }

    /// <summary>The order-free key of the sources of two units; <paramref name="swapped"/> when unit b's source comes first.</summary>
    private static long SourceKey(ResolutionProblem problem, int a, int b, out bool swapped)
    {
        var (sa, sb) = (problem.UnitSource[a], problem.UnitSource[b]);
        swapped = sb < sa;
        return Key(sa, sb);
    }

    /// <summary>Bayes' rule over the three hypotheses: independence (prior 1 - 2α), A copies B and B copies A (α each).</summary>
    private static (double AB, double BA) Posterior(double independent, double ab, double ba, ResolutionOptions options)
    {
        var alpha = Math.Clamp(options.CopyPrior, 1e-6, 0.49);
        independent += Math.Log(1 - (2 * alpha));
        ab += Math.Log(alpha);
        ba += Math.Log(alpha);
        var max = Math.Max(independent, Math.Max(ab, ba));
        var total = Math.Exp(independent - max) + Math.Exp(ab - max) + Math.Exp(ba - max);
        return (Math.Exp(ab - max) / total, Math.Exp(ba - max) / total);
    }

    /// <summary>The pairs of <paramref name="dependence"/> at or above the reporting threshold, by their ids in ordinal order, with the estimation's final figures.</summary>
    public ImmutableArray<SourceDependence> Report(Estimation estimation, IterativeStrategy strategy, CopyDependence dependence)
    {
        var (problem, options) = (estimation.Problem, estimation.Options);
        var (kt, kf, _) = Counts(estimation, strategy);
        var list = new List<SourceDependence>();
        for (var p = 0; p < pairs.Count; p++)
        {
            var (a, b) = pairs[p];
            var probability = dependence.Between(a, b);
            if (probability < options.ReportDependenceAbove || probability <= 0) continue;
            var (ida, idb) = (problem.Sources[problem.UnitSource[a]], problem.Sources[problem.UnitSource[b]]);
            if (string.CompareOrdinal(ida, idb) > 0) (ida, idb) = (idb, ida);
            list.Add(new SourceDependence(ida, idb, probability, shared[p], (int)Math.Round(kt[p] + kf[p]), kf[p]));
        }

        // Per attribute, a pair of sources may be judged once per attribute: report the judgement with the
        // highest probability (then the most shared items).
        return
        [
            .. list
                .GroupBy(d => (d.SourceA, d.SourceB))
                .Select(g => g.OrderByDescending(d => d.Probability).ThenByDescending(d => d.Shared).ThenBy(d => d.SameValues).First())
                .OrderBy(d => d.SourceA, StringComparer.Ordinal)
                .ThenBy(d => d.SourceB, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Bayes' rule with a direction (Dong et al. VLDB 2009): independence, A copies B, B copies A, each copy direction with
    /// prior α. Independent sources of accuracies a and b share a true value with probability <c>Pt = a·b</c>, a false one with
    /// <c>Pf = (1-a)(1-b)/n</c>; when A copies B a shared value is B's with probability c, so it is true with B's accuracy.
    /// Returns (P(A copies B), P(B copies A)).
    /// </summary>
    internal static (double AB, double BA) DirectedProbabilities(double trustA, double trustB, double kt, double kf, int kd, ResolutionOptions options)
    {
        var (independent, ab, ba) = DirectedLogLikelihoods(trustA, trustB, kt, kf, kd, options);
        return Posterior(independent, ab, ba, options);
    }

    /// <summary>Log-likelihoods of the shared items under independence, A copies B and B copies A (see <see cref="DirectedProbabilities"/>).</summary>
    private static (double Independent, double AB, double BA) DirectedLogLikelihoods(double trustA, double trustB, double kt, double kf, int kd, ResolutionOptions options)
    {
        var ta = Math.Clamp(trustA, 0.01, 0.99);
        var tb = Math.Clamp(trustB, 0.01, 0.99);
        var n = Math.Max(1, options.FalseValues);
        var c = Math.Clamp(options.CopyRate, 0.01, 0.99);
        var pt = ta * tb;
        var pf = (1 - ta) * (1 - tb) / n;
        var pd = Math.Max(1e-9, 1 - pt - pf);
        var independent = (kt * Math.Log(pt)) + (kf * Math.Log(pf)) + (kd * Math.Log(pd));
        double Copies(double original) =>
            (kt * Math.Log((original * c) + (pt * (1 - c))))
            + (kf * Math.Log(((1 - original) * c) + (pf * (1 - c))))
            + (kd * Math.Log(pd * (1 - c)));
        return (independent, Copies(tb), Copies(ta));
    }

    /// <summary>
    /// Bayes' rule over the shared items: <paramref name="kt"/> same true values, <paramref name="kf"/> same false
    /// values, <paramref name="kd"/> different values, under independence against copying (either way).
    /// </summary>
    internal static double Probability(double trustA, double trustB, double kt, double kf, int kd, ResolutionOptions options)
    {
        var (independent, ab, ba) = SymmetricLogLikelihoods(trustA, trustB, kt, kf, kd, options);
        var (pab, pba) = Posterior(independent, ab, ba, options);
        return Math.Min(1, pab + pba);
    }

    /// <summary>
    /// Log-likelihoods with the pair's mean accuracy A: independent sources share a true value with <c>Pt = A²</c>, a false
    /// one with <c>Pf = (1-A)²/n</c>; a dependent pair (either way, half the copy prior each) shares a value with rate c.
    /// </summary>
    private static (double Independent, double AB, double BA) SymmetricLogLikelihoods(double trustA, double trustB, double kt, double kf, int kd, ResolutionOptions options)
    {
        var accuracy = Math.Clamp((trustA + trustB) / 2, 0.01, 0.99);
        var n = Math.Max(1, options.FalseValues);
        var c = Math.Clamp(options.CopyRate, 0.01, 0.99);
        var pt = accuracy * accuracy;
        var pf = (1 - accuracy) * (1 - accuracy) / n;
        var pd = Math.Max(1e-9, 1 - pt - pf);
        var independent = (kt * Math.Log(pt)) + (kf * Math.Log(pf)) + (kd * Math.Log(pd));
        var dependent = (kt * Math.Log((accuracy * c) + (pt * (1 - c))))
            + (kf * Math.Log(((1 - accuracy) * c) + (pf * (1 - c))))
            + (kd * Math.Log(pd * (1 - c)));
        return (independent, dependent, dependent);
    }
}

/// <summary>
/// Hashes a pair key (two indexes packed in a long) so that nearby pairs spread out: long's own hash is
/// <c>low ^ high</c>, which sends pairs of nearby indexes into a few buckets.
/// </summary>
// Performance: the default long hash sends nearby pairs into few buckets; docs/performance.md ("Resolution refactor")
// has the measured cost.
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    // Fibonacci hashing: multiply by 2^64 / golden ratio and keep the high bits, which depend on every input bit.
    public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
}
