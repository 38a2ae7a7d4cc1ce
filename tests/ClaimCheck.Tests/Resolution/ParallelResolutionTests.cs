using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Tests.Resolution;

/// <summary>The per-item steps run in parallel; the figures must not depend on it (nor on the run).</summary>
[TestFixture]
public class ParallelResolutionTests
{
    /// <summary>
    /// 600 subjects over three attributes, 40 sources of different accuracy, some copying one another's errors, with
    /// figures (exact and rounded) beside categories: enough items for many chunks and for copy detection to discount.
    /// </summary>
    private static List<SubjectResult> Subjects()
    {
        var random = new Random(7);
        var subjects = new List<SubjectResult>();
        string[] attributes = ["gate", "time", "count"];
        for (var i = 0; i < 600; i++)
        {
            var attribute = attributes[i % 3];
            var key = string.Create(CultureInfo.InvariantCulture, $"flight.n{i:000}.{attribute}");
            var claims = new List<CheckedClaim>();
            for (var s = 0; s < 40; s++)
            {
                if (random.NextDouble() < 0.6) continue;
                var source = string.Create(CultureInfo.InvariantCulture, $"src-{s:00}");
                var id = string.Create(CultureInfo.InvariantCulture, $"c{i}");
                var wrong = random.NextDouble() < 0.1 + (s % 5 * 0.1);
                var copier = s >= 35;
                var figure = copier && i % 4 == 0 ? 999 : wrong ? random.Next(1, 4) * 10 : 100 + (i % 7);
                claims.Add(attribute == "count"
                    ? Make.Exact(source, id, figure, subject: key)
                    : Make.Category(source, id, "V" + figure.ToString(CultureInfo.InvariantCulture), subject: key));
            }

            if (claims.Count > 0) subjects.Add(new(key, key, Verdict.Conflict, [.. claims.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)], []));
        }

        return subjects;
    }

    private static IEnumerable<ResolutionOptions> Variants()
    {
        yield return new ResolutionOptions();
        yield return new ResolutionOptions { FalseValueModel = FalseValueModel.Uniform };
        yield return new ResolutionOptions { Method = ResolutionMethod.TruthFinder };
        yield return new ResolutionOptions { DirectionalCopying = true };
        yield return new ResolutionOptions { TrustScope = TrustScope.PerSource, CopyingScope = CopyingScope.PerSource };
    }

    [TestCaseSource(nameof(Variants))]
    public void Resolve_ParallelAndSerial_GiveTheSameFiguresToTheLastBit(object optionsArgument)
    {
        var options = (ResolutionOptions)optionsArgument; // the parameter type is internal, and NUnit test methods are public
        var subjects = Subjects();

        var parallel = TruthResolver.Resolve(subjects, Registry.Empty, options);
        var serial = TruthResolver.Resolve(subjects, Registry.Empty, options with { Serial = true });

        Assert.That(Figures(parallel), Is.EqualTo(Figures(serial)));
        Assert.That(parallel.Dependence, Is.Not.Empty, "the copiers should be found, so that discounts are exercised");
    }

    /// <summary>Every figure of a result as text, doubles round-trip exact.</summary>
    private static List<string> Figures(ResolutionResult result)
    {
        var lines = new List<string>();
        foreach (var (key, values) in result.Subjects.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            lines.AddRange(values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{key} {v.Period} {v.Value} {v.Confidence:R} {string.Join(',', v.Claims)}")));
        }

        lines.AddRange(result.Trust.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.SourceId} {t.Trust:R} {t.Claims}")));
        lines.AddRange(result.Dependence.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.SourceA} {d.SourceB} {d.Probability:R} {d.Shared} {d.SameValues} {d.SameFalseValues:R}")));
        return lines;
    }
}
