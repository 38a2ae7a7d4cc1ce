using System.Runtime.CompilerServices;
using ClaimCheck.Core;

namespace ClaimCheck.Resolution;

/// <summary>
/// AccuCopy's discount: how much each vote still counts once the copying of its source is taken into account. Writes
/// <see cref="Estimation.Discount"/>; keeps the run's order of votes by candidate, re-sorted by trust each round.
/// </summary>
internal sealed class CopyDiscounts(Estimation estimation)
{
    /// <summary>Each item's votes grouped by candidate, within a group in the order the discount takes them.</summary>
    private readonly int[] byCandidate = estimation.Problem.ByCandidate.ToArray();

    /// <summary>Scratch: one candidate's distinct units.</summary>
    private readonly int[] units = new int[estimation.Problem.MaxVotesPerItem];

    /// <summary>
    /// The discounts for <paramref name="dependence"/>. Without any dependent pair the discounts stay as they are
    /// (all 1 before the first round; a later round that finds none keeps the last round's).
    /// </summary>
    public void Update(CopyDependence? dependence)
    {
        if (dependence is null || dependence.IsEmpty) return;
        var c = estimation.Options.CopyRate;
        if (estimation.Options.DirectionalCopying)
        {
            UpdateDirected(dependence, c);
            return;
        }

        var problem = estimation.Problem;
        var order = new TrustOrder(problem.Votes, estimation.UnitTrust, problem.UnitRank);
        estimation.Chunks.ForEach((first, end, _) =>
        {
            for (var i = first; i < end; i++)
            {
                UpdateItem(problem.Items[i], dependence, c, order);
            }
        });
    }

    /// <summary>A source's vote for a value counts less for each earlier (more trusted) source of the value it probably copies.</summary>
    [MethodImpl(HotPath.Optimize)]
    private void UpdateItem(Item item, CopyDependence dependence, double c, TrustOrder order)
    {
        var (votes, discount) = (estimation.Problem.Votes, estimation.Discount);
        for (var start = item.VoteStart; start < item.VoteEnd; start += GroupLength(item, start))
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
                    factor *= 1 - (c * dependence.Between(s, votes[group[j]].Unit));
                }

                discount[group[k]] = factor;
            }
        }
    }

    /// <summary>How many votes of the item's run of <see cref="byCandidate"/> from <paramref name="start"/> are for one candidate.</summary>
    private int GroupLength(Item item, int start)
    {
        var votes = estimation.Problem.Votes;
        var end = item.VoteEnd;
        var candidate = votes[byCandidate[start]].Candidate;
        var h = start + 1;
        while (h < end && votes[byCandidate[h]].Candidate == candidate) h++;
        return h - start;
    }

    /// <summary>
    /// AccuCopy per value, with direction: a source's vote for a value is multiplied by <c>1 - c·P(it copies S')</c> for
    /// every other source S' that gives the same value (no order of sources is needed, as the direction is estimated).
    /// </summary>
    private void UpdateDirected(CopyDependence dependence, double c)
    {
        var (votes, discount) = (estimation.Problem.Votes, estimation.Discount);
        foreach (var item in estimation.Problem.Items)
        {
            for (var start = item.VoteStart; start < item.VoteEnd; start += GroupLength(item, start))
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
                        if (other != s) factor *= 1 - (c * dependence.Copies(s, other));
                    }

                    discount[index] = factor;
                }
            }
        }
    }

    /// <summary>Orders vote indexes by their unit's trust (descending), then unit name (ordinal, by rank), then index.</summary>
    // Performance: a struct comparer, so Span.Sort is specialised for it instead of calling a delegate per comparison.
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
