using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Resolution;

[TestFixture]
public class PopularityTests
{
    private static readonly ResolutionOptions PopAccu = new() { DetectCopying = false, FalseValueModel = FalseValueModel.Popularity };
    private static readonly ResolutionOptions Accu = PopAccu with { FalseValueModel = FalseValueModel.Uniform };

    private static SubjectResult Subject(params CheckedClaim[] claims) =>
        new(claims[0].SubjectKey, claims[0].SubjectKey, Verdict.Conflict, [.. claims.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)], []);

    private static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"item.n{i:00}");

    /// <summary>
    /// "sharp" and two helpers give the truth on 12 items; "weak-1..3" are each wrong on half of them, each with a value of
    /// its own. On the last item the three weak sources agree on "X" and "sharp" alone says "Y".
    /// </summary>
    private static List<SubjectResult> WeakMajority()
    {
        string[] weak = ["weak-1", "weak-2", "weak-3"];
        var subjects = new List<SubjectResult>();
        for (var i = 1; i <= 12; i++)
        {
            var key = Key(i);
            var truth = "True" + i.ToString(CultureInfo.InvariantCulture);
            var claims = new List<CheckedClaim>
            {
                Make.Category("sharp", key, truth, subject: key),
                Make.Category("helper-1", key, truth, subject: key),
                Make.Category("helper-2", key, truth, subject: key),
            };
            claims.AddRange(weak.Select((s, k) => Make.Category(s, key, (i + k) % 2 == 0 ? "Own" + s + i.ToString(CultureInfo.InvariantCulture) : truth, subject: key)));
            subjects.Add(Subject([.. claims]));
        }

        subjects.Add(Subject(
            Make.Category("weak-1", "item.last", "X", subject: "item.last"),
            Make.Category("weak-2", "item.last", "X", subject: "item.last"),
            Make.Category("weak-3", "item.last", "X", subject: "item.last"),
            Make.Category("sharp", "item.last", "Y", subject: "item.last")));
        return subjects;
    }

    [Test]
    public void Resolve_ThreeWeakSourcesAgainstOneAccurate_AccuFollowsTheAgreement()
    {
        // Uniform false values: three sources that each pick one of n = 10 false values rarely pick the same one, so their
        // agreement on "X" outweighs the accurate source.
        var result = TruthResolver.Resolve(WeakMajority(), Registry.Empty, Accu);

        Assert.That(result.For("item.last")[0].Value, Is.EqualTo("X"));
    }

    [Test]
    public void Resolve_ThreeWeakSourcesAgainstOneAccurate_PopAccuFollowsTheAccurateSource()
    {
        // Popularity: when "Y" is true, every false claim of the item is "X", so three false claims agreeing is no surprise;
        // what is left is each source's odds A/(1-A), and the accurate source's outweigh three coin flips.
        var result = TruthResolver.Resolve(WeakMajority(), Registry.Empty, PopAccu);

        Assert.That(result.For("item.last")[0].Value, Is.EqualTo("Y"));
        Assert.That(result.For("item.n01")[0].Value, Is.EqualTo("True1"));
    }

    [Test]
    public void Resolve_PopAccuManyLoneClaims_ConfidenceStaysAtTheSourcesAccuracy()
    {
        // A value nobody claimed keeps Accu's uniform model, so a lone claim by a source of accuracy A gets confidence A and
        // a source that only makes lone claims keeps its initial accuracy instead of sliding toward 0 round after round.
        var subjects = Enumerable.Range(1, 30)
            .Select(i => Subject(Make.Category("bot", Key(i), "Value" + i.ToString(CultureInfo.InvariantCulture), subject: Key(i))))
            .ToList();

        var result = TruthResolver.Resolve(subjects, Registry.Empty, PopAccu);

        Assert.That(result.For(Key(1))[0].Confidence, Is.EqualTo(0.8).Within(1e-6));
        Assert.That(result.Trust.Single().Trust, Is.EqualTo(0.8).Within(1e-6));
    }

    [Test]
    public void Resolve_ManyPseudoClaims_PopAccuBecomesAccu()
    {
        var subjects = WeakMajority();

        var accu = TruthResolver.Resolve(subjects, Registry.Empty, Accu);
        var smoothed = TruthResolver.Resolve(subjects, Registry.Empty, PopAccu with { PopularityPseudoClaims = 1e7 });

        Assert.That(smoothed.For("item.last")[0].Value, Is.EqualTo("X"));
        Assert.That(smoothed.For("item.last")[0].Confidence, Is.EqualTo(accu.For("item.last")[0].Confidence).Within(1e-3));
    }

    [Test]
    public void Resolve_PopAccuSameInputInAnotherOrder_SameResult()
    {
        var subjects = WeakMajority();

        var forward = TruthResolver.Resolve(subjects, Registry.Empty, PopAccu with { DetectCopying = true });
        var backward = TruthResolver.Resolve(Enumerable.Reverse(subjects), Registry.Empty, PopAccu with { DetectCopying = true });

        Assert.That(backward.For("item.last")[0].Confidence, Is.EqualTo(forward.For("item.last")[0].Confidence));
        Assert.That(backward.Trust, Is.EqualTo(forward.Trust));
    }

    [Test]
    public void Options_Default_IsPopAccuWithOnePseudoClaimPerFalseValue()
    {
        var options = new ResolutionOptions();

        Assert.That(options.Method, Is.EqualTo(ResolutionMethod.Accu));
        Assert.That(options.FalseValueModel, Is.EqualTo(FalseValueModel.Popularity));
        Assert.That(options.PopularityPseudoClaims, Is.EqualTo(1.0));
    }
}
