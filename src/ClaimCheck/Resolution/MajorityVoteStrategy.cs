namespace ClaimCheck.Resolution;

/// <summary>
/// Plain majority vote: each source one vote per item (split among its claims), the most named value wins, ties by
/// ordinal order; a candidate's confidence is its share of the votes, a source's trust the share of its votes that won.
/// </summary>
internal sealed class MajorityVoteStrategy(ResolutionOptions options) : IResolutionStrategy
{
    public Estimate Solve(ResolutionProblem problem)
    {
        var estimation = new Estimation(problem, options);
        var trust = estimation.Trust;
        var agree = new double[trust.Length];
        var total = new double[trust.Length];
        foreach (var item in problem.Items)
        {
            var score = estimation.ConfidenceOf(item);
            var votes = problem.Votes.AsSpan(item.VoteStart, item.VoteCount);
            var sum = 0.0;
            foreach (var vote in votes)
            {
                score[vote.Candidate] += vote.Weight;
                sum += vote.Weight;
            }

            var best = item.Best(score);
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

        for (var s = 0; s < trust.Length; s++)
        {
            trust[s] = total[s] > 0 ? agree[s] / total[s] : 0;
        }

        return new Estimate(estimation.Confidence, trust, []);
    }
}
