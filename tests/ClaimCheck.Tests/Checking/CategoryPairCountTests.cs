using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Checking;
using ClaimCheck.Checking.Rules;
using ClaimCheck.Core;

namespace ClaimCheck.Tests.Checking;

/// <summary>The category rule counts conflicting pairs by walking containment chains; brute force must agree.</summary>
public partial class CategoryPairCountTests
{
    private static readonly Dictionary<string, string> Tree = new()
    {
        ["Zhangjiang"] = "Pudong", ["Lingang"] = "Pudong", ["Pudong"] = "Shanghai", ["Xuhui"] = "Shanghai",
        ["Shanghai"] = "China", ["Wuxi"] = "Jiangsu", ["Suzhou"] = "Jiangsu", ["Jiangsu"] = "China",
    };

    private static readonly string[] Places = ["Zhangjiang", "Lingang", "Pudong", "Xuhui", "Shanghai", "China", "Wuxi", "Suzhou", "Jiangsu", "Berlin"];

    [TestCase(1, 12)]
    [TestCase(2, 40)]
    [TestCase(3, 200)]
    public void Check_RandomPlacesInOnePeriod_CountMatchesBruteForce(int seed, int count)
    {
        var random = new Random(seed);
        var claims = Enumerable.Range(0, count)
            .Select(i => Make.Category("s" + i.ToString(CultureInfo.InvariantCulture), "loc", Places[random.Next(Places.Length)]))
            .ToArray();
        var definition = Make.Definition("s", SubjectKind.Category, within: Tree);
        var containment = new Containment(definition, Make.Registry());

        long expected = 0;
        for (var i = 0; i < claims.Length; i++)
            for (var j = i + 1; j < claims.Length; j++)
                if (!containment.Reconciles(claims[i].Category!, claims[j].Category!)) expected++;

        var conflicts = new CategoryRule().Check(Make.Group(definition, claims), Make.Context())
            .Where(f => f.Kind == FindingKind.Conflict).ToList();

        Assert.That(Total(conflicts), Is.EqualTo(expected));
    }

    [Test]
    public void Check_ManyDistinctValues_CountsEveryPairWithoutListingThem()
    {
        const int n = 20_000;
        var claims = Enumerable.Range(0, n)
            .Select(i => Make.Category("s" + i.ToString(CultureInfo.InvariantCulture), "loc", "place-" + i.ToString(CultureInfo.InvariantCulture)))
            .ToArray();

        var conflicts = new CategoryRule().Check(Make.Group(claims), Make.Context()).ToList();

        Assert.That(Total(conflicts), Is.EqualTo((long)n * (n - 1) / 2));
        Assert.That(conflicts, Has.Count.LessThanOrEqualTo(20));
    }

    private static long Total(List<Finding> conflicts)
    {
        var more = conflicts.Select(f => MorePairs().Match(f.Message)).FirstOrDefault(m => m.Success);
        return conflicts.Count + (more is null ? 0 : long.Parse(more.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\(and ([\d,]+) more pairs?\)")]
    private static partial Regex MorePairs();
}
