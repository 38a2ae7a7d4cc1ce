using ClaimCheck.Quantities;
using NUnit.Framework;

namespace ClaimCheck.Tests.Quantities;

public class IntervalTests
{
    [Test]
    public void Factories_InfiniteSides_AreAlwaysOpen()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Interval.AtLeast(3), Is.EqualTo(new Interval(3, double.PositiveInfinity, true, false)));
            Assert.That(Interval.Above(3), Is.EqualTo(new Interval(3, double.PositiveInfinity, false, false)));
            Assert.That(Interval.AtMost(3), Is.EqualTo(new Interval(double.NegativeInfinity, 3, false, true)));
            Assert.That(Interval.Below(3), Is.EqualTo(new Interval(double.NegativeInfinity, 3, false, false)));
            Assert.That(Interval.Closed(double.NegativeInfinity, 1).MinInclusive, Is.False);
            Assert.That(Interval.Exact(2), Is.EqualTo(new Interval(2, 2, true, true)));
            Assert.That(Interval.Unbounded.IsBounded, Is.False);
            Assert.That(Interval.Closed(1, 2).IsBounded, Is.True);
        });
    }

    [TestCase(3.0, false)]
    [TestCase(3.5, true)]
    [TestCase(5.0, true)]
    [TestCase(5.1, false)]
    [TestCase(double.NaN, false)]
    public void Contains_HalfOpenInterval_RespectsEachSide(double value, bool expected)
    {
        var interval = new Interval(3, 5, false, true);

        Assert.That(interval.Contains(value), Is.EqualTo(expected));
    }

    [TestCase(2.5, 3.5, 6.5, 7.5, false)]
    [TestCase(2.5, 3.5, 3.5, 7.5, true)]
    [TestCase(1, 10, 2, 3, true)]
    public void Overlaps_ClosedIntervals_SharesAPoint(double aMin, double aMax, double bMin, double bMax, bool expected)
    {
        Assert.That(Interval.Closed(aMin, aMax).Overlaps(Interval.Closed(bMin, bMax)), Is.EqualTo(expected));
    }

    [Test]
    public void Overlaps_TouchingOpenSide_DoesNotOverlap()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Interval.Below(45).Overlaps(Interval.Exact(45)), Is.False);
            Assert.That(Interval.AtMost(45).Overlaps(Interval.Exact(45)), Is.True);
            Assert.That(Interval.Above(200).Overlaps(Interval.Above(300)), Is.True);
            Assert.That(Interval.Below(45).Overlaps(Interval.Closed(39.5, 40.5)), Is.True);
            Assert.That(new Interval(3, 3, true, false).Overlaps(Interval.Exact(3)), Is.False);
        });
    }

    [Test]
    public void Intersect_OverlappingIntervals_KeepsStricterSides()
    {
        var result = Interval.Closed(1, 5).Intersect(new Interval(1, 7, false, true));

        Assert.That(result, Is.EqualTo(new Interval(1, 5, false, true)));
        Assert.That(Interval.Closed(1, 2).Intersect(Interval.Closed(3, 4)), Is.Null);
    }

    [Test]
    public void Widen_Relative_MovesFiniteBoundsByTheirMagnitude()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Interval.Exact(100).Widen(0.1).Min, Is.EqualTo(90).Within(1e-9));
            Assert.That(Interval.Exact(100).Widen(0.1).Max, Is.EqualTo(110).Within(1e-9));
            Assert.That(Interval.Exact(-100).Widen(0.1).Min, Is.EqualTo(-110).Within(1e-9));
            Assert.That(Interval.Exact(-100).Widen(0.1).Max, Is.EqualTo(-90).Within(1e-9));
            Assert.That(Interval.Above(10).Widen(0.5), Is.EqualTo(Interval.Above(5)));
            Assert.That(Interval.Unbounded.Widen(0), Is.EqualTo(Interval.Unbounded));
        });
    }

    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Widen_InvalidFraction_Throws(double relative)
    {
        Assert.That(() => Interval.Exact(1).Widen(relative), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Scale_NegativeAndZero_SwapsSidesOrCollapses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Interval(1, 2, true, false).Scale(2), Is.EqualTo(new Interval(2, 4, true, false)));
            Assert.That(new Interval(1, 2, true, false).Scale(-1), Is.EqualTo(new Interval(-2, -1, false, true)));
            Assert.That(Interval.AtLeast(3).Scale(-2), Is.EqualTo(Interval.AtMost(-6)));
            Assert.That(Interval.AtLeast(3).Scale(0), Is.EqualTo(Interval.Exact(0)));
            Assert.That(() => Interval.Exact(1).Scale(double.NaN), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void RelativeGap_DisjointIntervals_IsGapOverLargerFacingBound()
    {
        var small = Interval.Closed(2.5, 3.5);
        var large = Interval.Closed(6.5, 7.5);

        Assert.That(small.RelativeGap(large), Is.EqualTo(3 / 6.5).Within(1e-12));
        Assert.That(large.RelativeGap(small), Is.EqualTo(3 / 6.5).Within(1e-12));
        Assert.That(small.RelativeGap(Interval.Closed(3, 4)), Is.Zero);
    }

    [Test]
    public void Divide_PositiveIntervals_GivesRatioRange()
    {
        var ratio = Interval.Divide(Interval.Closed(6, 9), Interval.Closed(2, 3));

        Assert.That(ratio, Is.EqualTo(Interval.Closed(2, 4.5)));
    }

    [Test]
    public void Divide_OpenAndInfiniteSides_StayOpen()
    {
        var ratio = Interval.Divide(Interval.Above(3), Interval.Closed(1, 2));

        Assert.That(ratio, Is.EqualTo(Interval.Above(1.5)));
        Assert.That(Interval.Divide(Interval.Closed(1, 2), Interval.AtLeast(4)), Is.EqualTo(new Interval(0, 0.5, false, true)));
    }

    [Test]
    public void Divide_DenominatorAroundZero_IsUnbounded()
    {
        Assert.That(Interval.Divide(Interval.Closed(1, 2), Interval.Closed(-1, 1)), Is.EqualTo(Interval.Unbounded));
        Assert.That(Interval.Divide(Interval.Above(1), Interval.Above(1)), Is.EqualTo(Interval.Unbounded));
    }

    [Test]
    public void Midpoint_EachShape_IsMiddleOrFiniteBound()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Interval.Closed(20.5, 21.5).Midpoint, Is.EqualTo(21));
            Assert.That(Interval.Above(3).Midpoint, Is.EqualTo(3));
            Assert.That(Interval.Below(4).Midpoint, Is.EqualTo(4));
            Assert.That(Interval.Unbounded.Midpoint, Is.NaN);
        });
    }

    [Test]
    public void Display_Sides_UseBracketsAndInfinity()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Interval.Closed(2.5, 3.5).Display, Is.EqualTo("[2.5, 3.5]"));
            Assert.That(Interval.Above(3).ToString(), Is.EqualTo("(3, +inf)"));
            Assert.That(Interval.AtMost(45).Display, Is.EqualTo("(-inf, 45]"));
            Assert.That(Interval.Closed(20.5e9, 21.5e9).Display, Is.EqualTo("[20500000000, 21500000000]"));
        });
    }
}
