using System.Text;
using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Each LoadOptions limit, crossed with a small custom value: CC0007 for that file, the others load.</summary>
public class LimitTests
{
    private static string[] Load(Scratch scratch, LoadOptions options, out string[] claims)
    {
        scratch.Write("good.yaml", Scratch.ClaimFile("good"));
        var corpus = ClaimCorpus.Load([scratch.Path], options with { BaseDirectory = scratch.Path });
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
    public void Load_ClaimsOverMaxClaimsPerFile_IsCC0007()
    {
        using var scratch = new Scratch();
        var text = new StringBuilder("source:\n  id: many\n  title: Many\nclaims:\n");
        for (var i = 0; i < 4; i++) text.Append("  - id: c").Append(i).Append("\n    subject: good.count\n    value: \"1\"\n");
        scratch.Write("many.yaml", text.ToString());

        var diagnostics = Load(scratch, new LoadOptions(MaxClaimsPerFile: 3), out var claims);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Is.EqualTo(new[] { "many.yaml(1,1): error CC0007: 4 claims, more than the limit of 3 per file (LoadOptions.MaxClaimsPerFile); split the file" }));
            Assert.That(claims, Is.EqualTo(new[] { "good/c1" }));
        });
    }
}
