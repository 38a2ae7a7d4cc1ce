using System.Runtime.CompilerServices;
using ClaimCheck.Core;

namespace ClaimCheck.Resolution;

/// <summary>
/// TruthFinder (Yin, Han and Yu, KDD 2007): a vote of a unit with trust t counts -ln(1 - t); a candidate's score adds
/// the other candidates' scores weighted by their implication, and its confidence is a dampened sigmoid of the score.
/// </summary>
internal sealed class TruthFinderStrategy(ResolutionOptions options) : IterativeStrategy(options)
{
    public override void UpdateConfidences(Estimation estimation)
    {
        var (unitVote, unitTrust) = (estimation.UnitVote, estimation.UnitTrust);
        estimation.Chunks.ForEachUnit(u => unitVote[u] = -Math.Log(1 - unitTrust[u]));
        var items = estimation.Problem.Items;
        estimation.Chunks.ForEach((first, end, scratch) =>
        {
            for (var i = first; i < end; i++)
            {
                UpdateItem(estimation, items[i], scratch);
            }
        });
    }

    /// <summary>TruthFinder's confidence of a value is the probability that a claim of it is right.</summary>
    public override double RightProbability(Estimation estimation, int item, int w) =>
        estimation.Confidence[estimation.Problem.Items[item].CandidateStart + w];

    public override void WeighVotes(Estimation estimation, int start, int end, double[] right)
    {
        var (items, confidence, votes) = (estimation.Problem.Items, estimation.Confidence, estimation.Problem.Votes);
        for (var index = start; index < end; index++)
        {
            right[index] = votes[index].Weight * confidence[items[votes[index].Item].CandidateStart + votes[index].Candidate];
        }
    }

    /// <summary>
    /// Sharing only true values is what accurate independent sources do too. Accu's accuracies are calibrated enough for
    /// Bayes' rule to weigh that; TruthFinder's trust is not (its sigmoid keeps it low), so a pair must share at least one
    /// false value (in expectation) to be judged.
    /// </summary>
    public override bool JudgesPair(double sameFalseValues) => !(sameFalseValues < 1);

    [MethodImpl(HotPath.Optimize)]
    private void UpdateItem(Estimation estimation, Item item, double[] scratch)
    {
        var size = item.Count;
        var sigma = scratch.AsSpan(0, size);
        sigma.Clear();
        var (votes, discount, unitVote) = (estimation.Problem.Votes, estimation.Discount, estimation.UnitVote);
        for (var index = item.VoteStart; index < item.VoteEnd; index++)
        {
            var vote = votes[index];
            sigma[vote.Candidate] += vote.Weight * discount[index] * unitVote[vote.Unit];
        }

        var counts = estimation.Problem.Counts(item);
        var confidence = estimation.ConfidenceOf(item);
        for (var v = 0; v < sigma.Length; v++)
        {
            var adjusted = sigma[v];
            for (var w = 0; w < sigma.Length; w++)
            {
                // imp(w -> v) = P(w right | v true) - base similarity 0.5: containment helps, contradiction hurts.
                if (w != v) adjusted += Options.ImplicationWeight * sigma[w] * (counts[w, v] - 0.5);
            }

            confidence[v] = 1 / (1 + Math.Exp(-Options.Dampening * adjusted));
        }
    }
}
