using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting.Sarif;

/// <summary>
/// A small corpus written to a temporary folder and checked by the real engine: one quantity
/// conflict, one category conflict, one tension, one agreement, and a file with an error.
/// Shared by the SARIF and ClaimReview tests.
/// </summary>
internal static class IntegrationCorpus
{
    public const string A = """
        source:
          id: alpha
          title: "Alpha's \"Silicon\" story </script><b>"
          outlet: Example Weekly
          url: https://example.org/alpha?x=1&y=2
        claims:
          - id: node
            subject: smic.leading-node
            value: 3 nm
            quote: "new 3nm plant </script>"
          - id: startups
            subject: huangpu.startups
            value: over 200 startups
          - id: site
            subject: fab.location
            value: Wuxi
          - id: output
            subject: shanghai.ai-output
            value: 21 billion
        """;

    public const string B = """
        source:
          id: beta
          title: Beta report
        claims:
          - id: node
            subject: smic.leading-node
            value: 7 nm
          - id: startups
            subject: huangpu.startups
            value: over 300 startups
          - id: site
            subject: fab.location
            value: Chengdu
          - id: output
            subject: shanghai.ai-output
            value: about 21 billion
        """;

    public const string C = """
        source:
          id: gamma
          title: Gamma
        claims:
          - id: broken
            subject: smic.leading-node
            valeu: 5 nm
        """;

    /// <summary>Writes the corpus under <c>claims/</c> of a fresh temporary folder and checks it.</summary>
    public static CheckReport Check(out string folder)
    {
        folder = Path.Combine(Path.GetTempPath(), "claimcheck-int-" + Guid.NewGuid().ToString("N"));
        var claims = Path.Combine(folder, "claims");
        Directory.CreateDirectory(claims);
        File.WriteAllText(Path.Combine(claims, "a.yaml"), A);
        File.WriteAllText(Path.Combine(claims, "b.yaml"), B);
        File.WriteAllText(Path.Combine(claims, "c.yaml"), C);
        var corpus = ClaimCorpus.Load([claims], new LoadOptions(BaseDirectory: folder));
        return Engine.Check(corpus);
    }

    /// <summary>Checks the corpus and deletes its folder.</summary>
    public static CheckReport Check()
    {
        var report = Check(out var folder);
        Directory.Delete(folder, recursive: true);
        return report;
    }
}
