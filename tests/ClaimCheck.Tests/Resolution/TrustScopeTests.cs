using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Resolution;

[TestFixture]
public class TrustScopeTests
{
    private static readonly ResolutionOptions PerSource = new() { DetectCopying = false, TrustScope = TrustScope.PerSource };
    private static readonly ResolutionOptions PerAttribute = PerSource with { TrustScope = TrustScope.PerAttribute };

    private static SubjectResult Subject(params CheckedClaim[] claims) =>
        new(claims[0].SubjectKey, claims[0].SubjectKey, Verdict.Conflict, [.. claims.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)], []);

    /// <summary>
    /// Source "gates" is right on every gate and wrong on every time; source "clock" the other way round. Gates are
    /// more numerous, so "gates" earns the higher overall trust. Then one time only the two of them give.
    /// </summary>
    private static List<SubjectResult> GatesAndTimes()
    {
        var subjects = new List<SubjectResult>();
        for (var i = 1; i <= 8; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"flight.f{i}.gate");
            subjects.Add(Subject(
                Make.Category("gates", key, "Right" + i.ToString(CultureInfo.InvariantCulture), subject: key),
                Make.Category("helper-gate", key, "Right" + i.ToString(CultureInfo.InvariantCulture), subject: key),
                Make.Category("clock", key, "Wrong" + i.ToString(CultureInfo.InvariantCulture), subject: key)));
        }

        for (var i = 1; i <= 4; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"flight.f{i}.time");
            subjects.Add(Subject(
                Make.Category("clock", key, "Right" + i.ToString(CultureInfo.InvariantCulture), subject: key),
                Make.Category("helper-time", key, "Right" + i.ToString(CultureInfo.InvariantCulture), subject: key),
                Make.Category("gates", key, "Wrong" + i.ToString(CultureInfo.InvariantCulture), subject: key)));
        }

        subjects.Add(Subject(
            Make.Category("gates", "flight.f9.time", "Nine", subject: "flight.f9.time"),
            Make.Category("clock", "flight.f9.time", "Ten", subject: "flight.f9.time")));
        return subjects;
    }

    [Test]
    public void Resolve_SourceGoodOnOneAttributeOnly_PerSourceTrustFollowsTheOverallBetterSource()
    {
        var result = TruthResolver.Resolve(GatesAndTimes(), Registry.Empty, PerSource);

        Assert.That(result.For("flight.f9.time")[0].Value, Is.EqualTo("Nine"));
    }

    [Test]
    public void Resolve_SourceGoodOnOneAttributeOnly_PerAttributeTrustFollowsTheBetterSourceForThatAttribute()
    {
        var result = TruthResolver.Resolve(GatesAndTimes(), Registry.Empty, PerAttribute);

        Assert.That(result.For("flight.f9.time")[0].Value, Is.EqualTo("Ten"));
        Assert.That(result.For("flight.f1.gate")[0].Value, Is.EqualTo("Right1"));
        Assert.That(result.For("flight.f1.time")[0].Value, Is.EqualTo("Right1"));
        var trust = result.Trust.ToDictionary(t => t.SourceId, t => t.Trust, StringComparer.Ordinal);
        Assert.That(trust["gates"], Is.GreaterThan(trust["clock"]), "the reported trust is still the source's overall trust");
    }

    [Test]
    public void Resolve_PerAttributeSameInputInAnotherOrder_SameResult()
    {
        var subjects = GatesAndTimes();

        var forward = TruthResolver.Resolve(subjects, Registry.Empty, PerAttribute with { DetectCopying = true });
        var backward = TruthResolver.Resolve(Enumerable.Reverse(subjects), Registry.Empty, PerAttribute with { DetectCopying = true });

        Assert.That(backward.For("flight.f9.time")[0].Value, Is.EqualTo(forward.For("flight.f9.time")[0].Value));
        Assert.That(backward.For("flight.f9.time")[0].Confidence, Is.EqualTo(forward.For("flight.f9.time")[0].Confidence));
        Assert.That(backward.Trust, Is.EqualTo(forward.Trust));
        Assert.That(backward.Dependence, Is.EqualTo(forward.Dependence));
    }

    [Test]
    public void Resolve_OneAttributeOnly_PerAttributeEqualsPerSource()
    {
        var subjects = GatesAndTimes().Where(s => s.Key.EndsWith(".gate", StringComparison.Ordinal)).ToList();

        var bySource = TruthResolver.Resolve(subjects, Registry.Empty, PerSource);
        var byAttribute = TruthResolver.Resolve(subjects, Registry.Empty, PerAttribute with { AttributePriorWeight = 0 });

        Assert.That(byAttribute.Trust.Select(t => t.Trust), Is.EqualTo(bySource.Trust.Select(t => t.Trust)).Within(1e-4));
    }
}
