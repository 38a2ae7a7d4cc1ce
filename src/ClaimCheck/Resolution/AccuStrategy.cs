using System.Runtime.CompilerServices;
using ClaimCheck.Core;

namespace ClaimCheck.Resolution;

/// <summary>
/// Accu (Dong, Berti-Equille and Srivastava, VLDB 2009) with ClaimCheck's semantics of support: a vote of a unit
/// with accuracy A counts ln(n·A/(1-A)) for its value and, through <see cref="ResolutionProblem.Counts"/>, for the
/// values it supports; confidences are the softmax over the claimed values and the n + 1 - |V| nobody claimed.
/// </summary>
internal class AccuStrategy : IterativeStrategy
{
    private readonly bool popularity;

    public AccuStrategy(ResolutionOptions options)
        : this(options, popularity: false)
    {
    }

    /// <param name="options">The options.</param>
    /// <param name="popularity">Whether the per-item step also gathers each candidate's claim mass (PopAccu).</param>
    protected AccuStrategy(ResolutionOptions options, bool popularity)
        : base(options)
    {
        this.popularity = popularity;
        FalseValues = Math.Max(1, options.FalseValues);
    }

    /// <summary>Accu's n: how many false values an item is assumed to have.</summary>
    protected int FalseValues { get; }

    /// <summary>The factor of A/(1-A) in a vote's log-odds: Accu's n.</summary>
    protected virtual double VoteOddsFactor => FalseValues;

    public override void UpdateConfidences(Estimation estimation)
    {
        var (unitVote, unitTrust) = (estimation.UnitVote, estimation.UnitTrust);
        var factor = VoteOddsFactor;
        estimation.Chunks.ForEachUnit(u => unitVote[u] = Math.Log(factor * unitTrust[u] / (1 - unitTrust[u])));
        var items = estimation.Problem.Items;
        estimation.Chunks.ForEach((first, end, scratch) =>
        {
            for (var i = first; i < end; i++)
            {
                UpdateItem(estimation, items[i], scratch);
            }
        });
    }

    /// <summary>Σ_v confidence(v) · Implies[w, v], at most 1: a claim of w is right when a value it supports is true.</summary>
    public override double RightProbability(Estimation estimation, int item, int w) => Right(estimation.Problem, estimation.Confidence, item, w);

    public sealed override void WeighVotes(Estimation estimation, int start, int end, double[] right)
    {
        var (problem, confidence, votes) = (estimation.Problem, estimation.Confidence, estimation.Problem.Votes);
        for (var index = start; index < end; index++)
        {
            right[index] = votes[index].Weight * Right(problem, confidence, votes[index].Item, votes[index].Candidate);
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private static double Right(ResolutionProblem problem, double[] confidences, int item, int w)
    {
        var it = problem.Items[item];
        var confidence = confidences.AsSpan(it.CandidateStart, it.Count);
        var implies = problem.Implies(it).Row(w);
        var p = 0.0;
        for (var v = 0; v < implies.Length; v++)
        {
            p += confidence[v] * implies[v];
        }

        return Math.Min(1, p);
    }

    /// <summary>
    /// Adds the false values' term to each candidate's score and returns the score of a value nobody claimed;
    /// Accu's false values are equally likely, so its term is 0.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="counts">The item's <see cref="ResolutionProblem.Counts"/>.</param>
    /// <param name="mass">Each candidate's discounted claim mass (gathered only for PopAccu).</param>
    /// <param name="score">The candidates' scores.</param>
    protected virtual double AddFalseValueTerm(Item item, CandidateMatrix counts, ReadOnlySpan<double> mass, Span<double> score) => 0.0;

    /// <summary>One item's confidences; <paramref name="scratch"/> holds 3 · <see cref="ResolutionProblem.MaxCandidates"/>.</summary>
    [MethodImpl(HotPath.Optimize)]
    private void UpdateItem(Estimation estimation, Item item, double[] scratch)
    {
        var size = item.Count;
        var score = scratch.AsSpan(0, size);
        var mass = scratch.AsSpan(size, size);
        var exp = scratch.AsSpan(2 * size, size);
        score.Clear();
        mass.Clear();
        var (votes, discount, unitVote) = (estimation.Problem.Votes, estimation.Discount, estimation.UnitVote);
        var counts = estimation.Problem.Counts(item);
        var popular = popularity;
        for (var index = item.VoteStart; index < item.VoteEnd; index++)
        {
            var vote = votes[index];
            var count = vote.Weight * discount[index] * unitVote[vote.Unit];
            var implies = counts.Row(vote.Candidate);
            for (var v = 0; v < score.Length; v++)
            {
                score[v] += count * implies[v];
            }

            // Performance: a field test, not a virtual call per vote; PopAccu's own term is the virtual AddFalseValueTerm.
            if (popular) mass[vote.Candidate] += vote.Weight * discount[index];
        }

        var unclaimedScore = AddFalseValueTerm(item, counts, mass, score);

        // Softmax over the claimed values and the n + 1 - |V| values nobody claimed.
        var max = Math.Max(unclaimedScore, Max(score));
        var unclaimed = Math.Max(0, FalseValues + 1 - score.Length) * Math.Exp(unclaimedScore - max);
        var total = unclaimed;
        for (var v = 0; v < score.Length; v++)
        {
            exp[v] = Math.Exp(score[v] - max);
            total += exp[v];
        }

        var confidence = estimation.ConfidenceOf(item);
        for (var v = 0; v < score.Length; v++)
        {
            confidence[v] = exp[v] / total;
        }
    }

    /// <summary>The largest score, as <c>Enumerable.Max</c> finds it (a NaN is passed over unless all are NaN).</summary>
    // Performance: Enumerable.Max would need the scores copied out of the scratch span, per item and step.
    private static double Max(ReadOnlySpan<double> values)
    {
        var max = values[0];
        for (var v = 1; v < values.Length; v++)
        {
            if (values[v] > max || double.IsNaN(max)) max = values[v];
        }

        return max;
    }
}

/// <summary>
/// PopAccu (Dong, Saha and Srivastava, VLDB 2013): when v is true, a false claim gives value w with the popularity of w
/// among the false claims, <c>(f_w + λ) / (F_v + λ·n)</c>, where f_w is the (discounted) claim mass of w that is false
/// when v is true, F_v their sum, and λ (<see cref="ResolutionOptions.PopularityPseudoClaims"/>) pseudo-claims for each
/// of Accu's n equally likely false values; λ → ∞ is Accu.
/// </summary>
internal sealed class PopAccuStrategy(ResolutionOptions options) : AccuStrategy(options, popularity: true)
{
    /// <summary>The false values' popularity enters the score instead of 1/n, so a vote counts ln(A/(1-A)) (negative for a source wrong more often than right).</summary>
    protected override double VoteOddsFactor => 1;

    /// <summary>Adds <c>Σ_w f_w·ln(popularity)</c> to each score; returns the score of a value nobody claimed (every claim false, each one of n equally likely values).</summary>
    [MethodImpl(HotPath.Optimize)]
    protected override double AddFalseValueTerm(Item item, CandidateMatrix counts, ReadOnlySpan<double> mass, Span<double> score)
    {
        var n = FalseValues;
        var spread = Math.Max(1e-9, Options.PopularityPseudoClaims);
        var beta = spread * n;
        var all = 0.0;
        foreach (var m in mass) all += m;
        for (var v = 0; v < score.Length; v++)
        {
            var falseMass = 0.0;
            for (var w = 0; w < mass.Length; w++)
            {
                falseMass += mass[w] * Math.Max(0, 1 - counts[w, v]);
            }

            var term = 0.0;
            for (var w = 0; w < mass.Length; w++)
            {
                var f = mass[w] * Math.Max(0, 1 - counts[w, v]);
                if (f > 0) term += f * Math.Log((f + spread) / (falseMass + beta));
            }

            score[v] += term;
        }

        // A value nobody claimed has no popularity to go by: for it every claim is one of Accu's n equally likely false
        // values, so a lone claim by a source of accuracy A keeps confidence A, as under Accu (with the popularity of
        // the one claimed value there, about 1, the unclaimed values would win ever more mass and every trust collapse).
        return -all * Math.Log(n);
    }
}
