using ClaimCheck.Checking;
using ClaimCheck.Quantities;
using NUnit.Framework;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Checking;

public class IntervalSweepTests
{
    [Test]
    public void CountDisjoint_RandomIntervalsWithOpenAndClosedEnds_MatchesBruteForce()
    {
        var random = new Random(42);
        for (var round = 0; round < 50; round++)
        {
            var a = RandomClaims(random, "a", random.Next(1, 15));
            var b = RandomClaims(random, "b", random.Next(1, 15));
            var brute = a.Sum(x => b.Count(y => !x.Quantity!.Interval.Overlaps(y.Quantity!.Interval)));
            var bruteSelf = a.Sum(x => a.Count(y => IntervalMath.IsBelow(x.Quantity!.Interval, y.Quantity!.Interval)));

            Assert.That(new IntervalSweep(a).CountDisjoint(new IntervalSweep(b), same: false), Is.EqualTo(brute));
            Assert.That(new IntervalSweep(a).CountDisjoint(new IntervalSweep(a), same: true), Is.EqualTo(bruteSelf));
            Assert.That(new IntervalSweep(a).DisjointPairs(new IntervalSweep(b), same: false).Count(), Is.EqualTo(brute));
        }
    }

    [Test]
    public void IsBelow_TouchingEnds_DisjointOnlyWhenAnEndIsOpen()
    {
        Assert.That(IntervalMath.IsBelow(Interval.Closed(1, 2), Interval.Closed(2, 3)), Is.False);
        Assert.That(IntervalMath.IsBelow(Interval.Below(2), Interval.Closed(2, 3)), Is.True);
        Assert.That(IntervalMath.IsBelow(Interval.Closed(1, 2), Interval.Above(2)), Is.True);
    }

    private static List<ClaimCheck.Normalisation.CheckedClaim> RandomClaims(Random random, string source, int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var min = random.Next(0, 10);
            var max = min + random.Next(0, 4);
            var interval = new Interval(min, max, random.Next(2) == 0 || min == max, random.Next(2) == 0 || min == max);
            return Make.Quantity(source, "c" + i, interval, "x");
        })];
}
