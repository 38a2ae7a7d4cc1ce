using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Resolution;

[TestFixture]
public class DirectionalCopyingTests
{
    // Accu's uniform false values: under PopAccu (the default) the copiers' shared errors already cost them the last item
    // without any copy detection (PopularityTests), and this fixture is about the discount.
    private static readonly ResolutionOptions Directional = new() { DirectionalCopying = true, FalseValueModel = FalseValueModel.Uniform };

    private static SubjectResult Subject(params CheckedClaim[] claims) =>
        new(claims[0].SubjectKey, claims[0].SubjectKey, Verdict.Conflict, [.. claims.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)], []);

    private static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"item.n{i:00}");

    /// <summary>
    /// Three sources (copy-a, copy-b, copy-c) give the same values everywhere, true and false alike; four independent
    /// sources make errors of their own. On the last item the three copiers give "X" and two independent sources "Y".
    /// </summary>
    private static List<SubjectResult> CopiedMajority()
    {
        string[] copiers = ["copy-a", "copy-b", "copy-c"];
        string[] independent = ["ind-1", "ind-2", "ind-3", "ind-4"];
        var subjects = new List<SubjectResult>();
        for (var i = 1; i <= 12; i++)
        {
            var key = Key(i);
            var truth = "True" + i.ToString(CultureInfo.InvariantCulture);
            var claims = new List<CheckedClaim>();
            // Each independent source is wrong on its own item (i = 1..4), with a value nobody else gives.
            claims.AddRange(independent.Select((s, k) => Make.Category(s, key, k + 1 == i ? "Own" + s : truth, subject: key)));
            // The copiers share false values on items 9..12.
            claims.AddRange(copiers.Select(s => Make.Category(s, key, i > 8 ? "Shared" + i.ToString(CultureInfo.InvariantCulture) : truth, subject: key)));
            subjects.Add(Subject([.. claims]));
        }

        subjects.Add(Subject(
            Make.Category("copy-a", "item.last", "X", subject: "item.last"),
            Make.Category("copy-b", "item.last", "X", subject: "item.last"),
            Make.Category("copy-c", "item.last", "X", subject: "item.last"),
            Make.Category("ind-1", "item.last", "Y", subject: "item.last"),
            Make.Category("ind-2", "item.last", "Y", subject: "item.last")));
        return subjects;
    }

    [Test]
    public void Resolve_CopiedMajority_VoteFollowsTheCopies()
    {
        var result = TruthResolver.Resolve(CopiedMajority(), Registry.Empty, new ResolutionOptions { Method = ResolutionMethod.MajorityVote });

        Assert.That(result.For("item.last")[0].Value, Is.EqualTo("X"));
    }

    [Test]
    public void Resolve_CopiedMajority_PerValueDirectionalDiscountPicksTheIndependentMinority()
    {
        var subjects = CopiedMajority();
        var without = TruthResolver.Resolve(subjects, Registry.Empty, Directional with { DetectCopying = false });
        var with = TruthResolver.Resolve(subjects, Registry.Empty, Directional);

        Assert.That(without.For("item.last")[0].Value, Is.EqualTo("X"));
        Assert.That(with.For("item.last")[0].Value, Is.EqualTo("Y"));
        Assert.That(with.Dependence.Select(d => (d.SourceA, d.SourceB)), Does.Contain(("copy-a", "copy-b")).And.Contain(("copy-b", "copy-c")));
    }

    [Test]
    public void DirectedProbabilities_SharedFalseValues_CopierIsTheLessAccurateOfThePairNeverAbovePlainCopying()
    {
        var options = new ResolutionOptions();
        var (ab, ba) = PairTable.DirectedProbabilities(0.6, 0.9, kt: 8, kf: 4, kd: 0, options);

        Assert.That(ab + ba, Is.GreaterThan(0.9).And.LessThanOrEqualTo(1));
        Assert.That(ab, Is.Not.EqualTo(ba));
    }

    [Test]
    public void Resolve_DirectionalSameInputInAnotherOrder_SameResult()
    {
        var subjects = CopiedMajority();
        var reversed = Enumerable.Reverse(subjects).ToList();

        var a = TruthResolver.Resolve(subjects, Registry.Empty, Directional);
        var b = TruthResolver.Resolve(reversed, Registry.Empty, Directional);

        Assert.That(b.For("item.last")[0], Is.EqualTo(a.For("item.last")[0]).Using<ResolvedValue>((x, y) => x.Value == y.Value && Math.Abs(x.Confidence - y.Confidence) < 1e-12));
        Assert.That(b.Trust.Select(t => t.Trust), Is.EqualTo(a.Trust.Select(t => t.Trust)));
    }
}
