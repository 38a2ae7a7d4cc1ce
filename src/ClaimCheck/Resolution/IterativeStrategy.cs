using System.Collections.Immutable;

namespace ClaimCheck.Resolution;

/// <summary>
/// The methods that estimate trust and confidence each from the other until they settle (Accu, PopAccu, TruthFinder),
/// with rounds of copy detection in between. A subclass says how confidences follow from trust
/// (<see cref="UpdateConfidences"/>) and how likely a claim is right given the confidences (<see cref="RightProbability"/>).
/// </summary>
internal abstract class IterativeStrategy(ResolutionOptions options) : IResolutionStrategy
{
    protected ResolutionOptions Options => options;

    public Estimate Solve(ResolutionProblem problem)
    {
        var estimation = new Estimation(problem, options);
        var iteration = new Iteration(estimation, this);
        var pairs = options.DetectCopying ? PairTable.Build(problem) : null;
        iteration.Run(null);
        ImmutableArray<SourceDependence> reported = [];
        if (pairs is not null)
        {
            CopyDependence? dependence = null;
            for (var round = 0; round < options.CopyRounds && pairs.Count > 0; round++)
            {
                dependence = pairs.Estimate(estimation, this);
                iteration.Run(dependence);
            }

            reported = pairs.Report(estimation, this, dependence ?? CopyDependence.None);
        }

        return new Estimate(estimation.Confidence, estimation.Trust, reported);
    }

    /// <summary>Every item's confidences from the units' trust and the votes' discounts.</summary>
    public abstract void UpdateConfidences(Estimation estimation);

    /// <summary>How likely a claim of candidate <paramref name="w"/> of item <paramref name="item"/> is right, given the confidences.</summary>
    public abstract double RightProbability(Estimation estimation, int item, int w);

    /// <summary>Each vote's weight times <see cref="RightProbability"/>, into <paramref name="right"/>, for votes <paramref name="start"/> to <paramref name="end"/>.</summary>
    // Performance: one virtual call per chunk of votes; each method's loop calls its own probability directly.
    public abstract void WeighVotes(Estimation estimation, int start, int end, double[] right);

    /// <summary>Whether copy detection judges a pair that shares <paramref name="sameFalseValues"/> false values (in expectation).</summary>
    public virtual bool JudgesPair(double sameFalseValues) => true;

    /// <summary>One run of updates to a fixed point: discounts from the dependence, then trust and confidences in turn.</summary>
    // Performance: the scratch arrays are allocated once per resolution and reused by every round.
    private sealed class Iteration(Estimation estimation, IterativeStrategy strategy)
    {
        private readonly CopyDiscounts discounts = new(estimation);
        private readonly double[] right = new double[estimation.Problem.Votes.Length];
        private readonly double[] sum = new double[estimation.Trust.Length];
        private readonly double[] weight = new double[estimation.Trust.Length];
        private readonly double[] unitSum = new double[estimation.UnitTrust.Length];
        private readonly double[] unitWeight = new double[estimation.UnitTrust.Length];

        public void Run(CopyDependence? dependence)
        {
            var (problem, options) = (estimation.Problem, estimation.Options);
            var (votes, trust, unitTrust) = (problem.Votes, estimation.Trust, estimation.UnitTrust);
            discounts.Update(dependence);
            var perAttribute = options.TrustScope == TrustScope.PerAttribute;
            for (var iteration = 0; iteration < Math.Max(1, options.MaxIterations); iteration++)
            {
                strategy.UpdateConfidences(estimation);
                Array.Clear(sum);
                Array.Clear(weight);
                Array.Clear(unitSum);
                Array.Clear(unitWeight);
                estimation.Chunks.ForEach((first, end, _) => strategy.WeighVotes(estimation, problem.Items[first].VoteStart, estimation.Chunks.EndVote(end), right));

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
                var prior = Math.Clamp(options.InitialTrust, Estimation.MinTrust, Estimation.MaxTrust);
                for (var s = 0; s < trust.Length; s++)
                {
                    var next = Math.Clamp((sum[s] + (options.PriorWeight * prior)) / (weight[s] + options.PriorWeight), Estimation.MinTrust, Estimation.MaxTrust);
                    change = Math.Max(change, Math.Abs(next - trust[s]));
                    trust[s] = next;
                }

                for (var u = 0; u < unitTrust.Length; u++)
                {
                    // Per attribute: the attribute's own claims, plus AttributePriorWeight claims at the source's overall trust.
                    var source = trust[problem.UnitSource[u]];
                    var next = perAttribute && problem.UnitIsAttribute[u]
                        ? Math.Clamp((unitSum[u] + (options.AttributePriorWeight * source)) / (unitWeight[u] + options.AttributePriorWeight), Estimation.MinTrust, Estimation.MaxTrust)
                        : source;
                    change = Math.Max(change, Math.Abs(next - unitTrust[u]));
                    unitTrust[u] = next;
                }

                if (change <= options.ConvergenceThreshold) break;
            }

            strategy.UpdateConfidences(estimation);
        }
    }
}
