using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Resolution;

[TestFixture]
public class CopyingScopeTests
{
    private static readonly ResolutionOptions PerAttribute = new() { CopyingScope = CopyingScope.PerAttribute };
    private static readonly ResolutionOptions PerSource = PerAttribute with { CopyingScope = CopyingScope.PerSource };

    private static SubjectResult Subject(params CheckedClaim[] claims) =>
        new(claims[0].SubjectKey, claims[0].SubjectKey, Verdict.Conflict, [.. claims.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)], []);

    private static string Key(int i, string attribute) => string.Create(CultureInfo.InvariantCulture, $"flight.n{i:00}.{attribute}");

    /// <summary>
    /// Copiers c-1..c-3 share false values on half of the "gate" items and only true values on the "time" items; four
    /// independent sources each make one error of their own per attribute. On the last time item the copiers give "X" and
    /// two independent sources "Y".
    /// </summary>
    private static List<SubjectResult> CopiersShowingOnOneAttribute()
    {
        string[] copiers = ["c-1", "c-2", "c-3"];
        string[] independent = ["ind-1", "ind-2", "ind-3", "ind-4"];
        var subjects = new List<SubjectResult>();
        foreach (var attribute in new[] { "gate", "time" })
        {
            for (var i = 1; i <= 8; i++)
            {
                var key = Key(i, attribute);
                var truth = "True" + i.ToString(CultureInfo.InvariantCulture);
                var claims = new List<CheckedClaim>();
                claims.AddRange(independent.Select((s, k) => Make.Category(s, key, k + 1 == i ? "Own" + s : truth, subject: key)));
                var copied = attribute == "gate" && i > 4 ? "Shared" + i.ToString(CultureInfo.InvariantCulture) : truth;
                claims.AddRange(copiers.Select(s => Make.Category(s, key, copied, subject: key)));
                subjects.Add(Subject([.. claims]));
            }
        }

        var last = Key(9, "time");
        subjects.Add(Subject(
            Make.Category("c-1", last, "X", subject: last),
            Make.Category("c-2", last, "X", subject: last),
            Make.Category("c-3", last, "X", subject: last),
            Make.Category("ind-1", last, "Y", subject: last),
            Make.Category("ind-2", last, "Y", subject: last)));
        return subjects;
    }

    [Test]
    public void Resolve_CopyingShowsOnAnotherAttribute_PerAttributeDoesNotDiscountIt()
    {
        var result = TruthResolver.Resolve(CopiersShowingOnOneAttribute(), Registry.Empty, PerAttribute);

        Assert.That(result.For(Key(9, "time"))[0].Value, Is.EqualTo("X"));
    }

    [Test]
    public void Resolve_CopyingShowsOnAnotherAttribute_PerSourceDiscountsItEverywhere()
    {
        var result = TruthResolver.Resolve(CopiersShowingOnOneAttribute(), Registry.Empty, PerSource);

        Assert.That(result.For(Key(9, "time"))[0].Value, Is.EqualTo("Y"));
        Assert.That(result.Dependence.Any(d => d.SourceA == "c-1" && d.SourceB == "c-2"), Is.True);
        Assert.That(result.Dependence.Any(d => d.SourceA.StartsWith("ind", StringComparison.Ordinal) && d.SourceB.StartsWith("ind", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void Options_Default_JudgesCopyingPerAttribute()
    {
        Assert.That(new ResolutionOptions().CopyingScope, Is.EqualTo(CopyingScope.PerAttribute));
    }
}
