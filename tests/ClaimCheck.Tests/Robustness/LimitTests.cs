using System.Text;
using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Each LoadOptions limit, crossed with a small custom value: CC0007 for that file, the others load.</summary>
public class LimitTests
{
    private static string[] Load(Scratch scratch, LoadOptions options, out string[] claims, params string[] more)
    {
        scratch.Write("good.yaml", Scratch.ClaimFile("good"));
        var corpus = ClaimCorpus.Load([scratch.Path, .. more], options with { BaseDirectory = scratch.Path });
        claims = [.. corpus.Claims.Select(c => c.Ref)];
        return [.. corpus.Diagnostics.Select(d => d.ToString())];
    }

    [Test]
    public void Load_FileOverMaxFileBytes_IsCC0007()
    {
        using var scratch = new Scratch();
        scratch.Write("over.yaml", Scratch.ClaimFile("over") + "# " + new string('x', 600) + "\n");

        var diagnostics = Load(scratch, new LoadOptions(MaxFileBytes: 500), out var claims);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Has.Length.EqualTo(1));
            Assert.That(diagnostics[0], Does.Match(@"^over\.yaml\(1,1\): error CC0007: file is \d+ bytes, more than the limit of 500 \(LoadOptions\.MaxFileBytes\); it is not read$"));
            Assert.That(claims, Is.EqualTo(new[] { "good/c1" }));
        });
    }

    [Test]
    public void Load_NestingOverMaxDepth_IsCC0007()
    {
        using var scratch = new Scratch();
        scratch.Write("deep.yaml", Scratch.ClaimFile("deep") + "    note: [[[[[[x]]]]]]\n");

        var diagnostics = Load(scratch, new LoadOptions(MaxDepth: 6), out var claims);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Has.Length.EqualTo(1));
            Assert.That(diagnostics[0], Does.StartWith("deep.yaml(8,").And.Contain("error CC0007").And.Contain("MaxDepth"));
            Assert.That(claims, Is.EqualTo(new[] { "good/c1" }));
        });
    }

    [Test]
    public void Load_AliasesOverMaxAliases_IsCC0007()
    {
        using var scratch = new Scratch();
        var text = new StringBuilder("source:\n  id: aliases\n  title: &t Title\nclaims:\n");
        for (var i = 0; i < 6; i++) text.Append("  - id: c").Append(i).Append("\n    subject: good.count\n    value: \"1\"\n    note: *t\n");
        scratch.Write("aliases.yaml", text.ToString());

        var diagnostics = Load(scratch, new LoadOptions(MaxAliases: 5), out var claims);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Has.Length.EqualTo(1));
            Assert.That(diagnostics[0], Does.StartWith("aliases.yaml(").And.Contain("error CC0007").And.Contain("MaxAliases"));
            Assert.That(claims, Is.EqualTo(new[] { "good/c1" }));
        });
    }

    [Test]
    public void Load_AliasesAtMaxAliases_LoadsCleanly()
    {
        using var scratch = new Scratch();
        var text = new StringBuilder("source:\n  id: aliases\n  title: &t Title\nclaims:\n");
        for (var i = 0; i < 5; i++) text.Append("  - id: c").Append(i).Append("\n    subject: good.count\n    value: \"1\"\n    note: *t\n");
        scratch.Write("aliases.yaml", text.ToString());

        var diagnostics = Load(scratch, new LoadOptions(MaxAliases: 5), out var claims);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Is.Empty);
            Assert.That(claims, Has.Length.EqualTo(6));
        });
    }

    [Test]
    public void Load_ClaimsOverMaxClaimsPerFile_IsCC0007AtTheFirstClaimOverTheLimit()
    {
        using var scratch = new Scratch();
        var text = new StringBuilder("source:\n  id: many\n  title: Many\nclaims:\n");
        for (var i = 0; i < 4; i++) text.Append("  - id: c").Append(i).Append("\n    subject: good.count\n    value: \"1\"\n");
        scratch.Write("many.yaml", text.ToString());

        var diagnostics = Load(scratch, new LoadOptions(MaxClaimsPerFile: 3), out var claims);

        Assert.Multiple(() =>
        {
            // Counted while parsing: the fourth claim (line 14) is where the file stops being read.
            Assert.That(diagnostics, Is.EqualTo(new[] { "many.yaml(14,5): error CC0007: more than 3 claims in one file (the first over the limit starts here); the file is not read (limit: LoadOptions.MaxClaimsPerFile); split the file" }));
            Assert.That(claims, Is.EqualTo(new[] { "good/c1" }));
        });
    }

    [Test]
    public void Load_ClaimsAtMaxClaimsPerFile_LoadsCleanly()
    {
        using var scratch = new Scratch();
        scratch.Write("flow.yaml", "source: {id: flow, title: Flow}\nclaims: [{id: a, subject: good.count, value: '1'}, {id: b, subject: good.count, value: '2'}, {id: c, subject: good.count, value: '3'}]\n");

        var diagnostics = Load(scratch, new LoadOptions(MaxClaimsPerFile: 3), out var claims);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Is.Empty);
            Assert.That(claims, Has.Length.EqualTo(4));
        });
    }

    [Test]
    public void Load_ClaimsListGivenByAnAlias_CountsAgainstMaxClaimsPerFile()
    {
        using var scratch = new Scratch();
        scratch.Write("alias.yaml", "source:\n  id: alias\n  title: Alias\n  note: &list [{}, {}, {}, {}]\nclaims: *list\n");

        var diagnostics = Load(scratch, new LoadOptions(MaxClaimsPerFile: 3), out _);

        Assert.That(diagnostics, Has.Some.StartWith("alias.yaml(5,9): error CC0007: more than 3 claims in one file"));
    }

    [Test]
    public void Load_NodesOverMaxNodes_IsCC0007AtTheFirstNodeOverTheBudget()
    {
        using var scratch = new Scratch();
        // The good file has 16 nodes. The registry has 3 (top mapping, 'within', its mapping) and 2 per pair: the value of
        // the seventh pair (line 8) is its 17th.
        scratch.Write("places.yaml", "within:\n" + string.Concat(Enumerable.Range(1, 8).Select(k => $"  p{k}: q\n")));

        var diagnostics = Load(scratch, new LoadOptions(MaxNodes: 16), out var claims);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Is.EqualTo(new[] { "places.yaml(8,7): error CC0007: more than 16 YAML nodes (keys, values, lists and mappings) in one file; the file is not read (limit: LoadOptions.MaxNodes); split the file" }));
            Assert.That(claims, Is.EqualTo(new[] { "good/c1" }));
        });
    }

    [Test]
    public void Load_FullClaimsAtMaxClaimsPerFile_FitUnderTheDefaultMaxNodes()
    {
        var defaults = new LoadOptions();
        // Every key of a claim but one of value/compare: 8 keys, 8 values and the mapping.
        const int nodesPerFullClaim = 1 + (2 * 8);
        var source = 1 + 2 + 1 + (2 * 6);
        Assert.That(3 + source + 1 + ((long)defaults.MaxClaimsPerFile * nodesPerFullClaim), Is.LessThan(defaults.MaxNodes));
    }

    [Test]
    public void Load_PathThatIsNoPath_IsCC0001NotAnException()
    {
        using var scratch = new Scratch();

        var diagnostics = Load(scratch, new LoadOptions(), out var claims, "a\0b.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Has.Some.Match(@"^a\?b\.yaml\(1,1\): error CC0001: not a valid path"));
            Assert.That(claims, Is.EqualTo(new[] { "good/c1" }));
        });
    }
}
