using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Checking;

namespace ClaimCheck.Tests.Resolution;

/// <summary>The methods weigh every candidate against every other: a period with thousands of distinct values is capped.</summary>
public class CandidateCapTests
{
    [TestCase(ResolutionMethod.Accu)]
    [TestCase(ResolutionMethod.TruthFinder)]
    [TestCase(ResolutionMethod.MajorityVote)]
    public void Resolve_ThousandsOfDistinctValues_KeepsTheMostClaimedAndResolves(object methodArgument)
    {
        var method = (ResolutionMethod)methodArgument; // the parameter type is internal, and NUnit test methods are public
        // 5,000 sources each give their own place, and three more agree on one: the agreed one must win,
        // and the run must stay small (5,000 distinct values would be 25 million weights uncapped).
        var claims = Enumerable.Range(0, 5000)
            .Select(i => Make.Category("s" + i.ToString(CultureInfo.InvariantCulture), "c", "place-" + i.ToString(CultureInfo.InvariantCulture), subject: "x"))
            .Concat(Enumerable.Range(0, 3).Select(i => Make.Category("agree" + i.ToString(CultureInfo.InvariantCulture), "c", "Agreed", subject: "x")))
            .OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)
            .ToArray();
        var subject = new SubjectResult("x", "x", Verdict.Conflict, [.. claims], []);

        var result = TruthResolver.Resolve([subject], Registry.Empty, new ResolutionOptions { Method = method });

        Assert.That(result.For("x").Single().Value, Is.EqualTo("Agreed"));
        Assert.That(result.For("x").Single().Claims, Has.Length.EqualTo(3));
    }
}
