using ClaimCheck.Loading;
using ClaimCheck.Core;

namespace ClaimCheck.Tests.Checking;

/// <summary>A small corpus that exercises every verdict, shared by the engine and JSON tests.</summary>
internal static class SampleCorpus
{
    public static ClaimCorpus Build()
    {
        var registry = Make.Registry(
            [
                Make.Definition("smic.leading-node", SubjectKind.Quantity, unit: "nm", label: "SMIC's most advanced process node", aliases: ["smic.node"]),
                Make.Definition("fab.location", SubjectKind.Category, label: "Where the fab is",
                    within: new Dictionary<string, string> { ["Zhangjiang"] = "Pudong", ["Pudong"] = "Shanghai" }),
            ],
            rates: [new ExchangeRate("CNY", 2024, 7.19, "registry.yaml")]);
        Source[] sources =
        [
            Make.Source("alpha", new DateOnly(2025, 3, 10), "Shanghai's \"Silicon Dragon\" </script>"),
            Make.Source("beta", new DateOnly(2025, 1, 20)),
            Make.Source("gamma", null),
        ];
        Claim[] claims =
        [
            Make.Claim("alpha", "node", "smic.node", value: "3 nm", line: 8, quote: "new 3nm plant"),
            Make.Claim("alpha", "site", "fab.location", value: "Zhangjiang", line: 14),
            Make.Claim("alpha", "output", "shanghai.ai-output", value: "¥150 billion", period: "2024", line: 20),
            Make.Claim("alpha", "firms", "shanghai.ai-firms", value: "300 companies", period: "2023", line: 26, note: "tab\there"),
            Make.Claim("beta", "node", "smic.leading-node", value: "7 nm", line: 8),
            Make.Claim("beta", "site", "fab.location", value: "Shanghai", line: 14),
            Make.Claim("beta", "output", "shanghai.ai-output", value: "$20.9 billion", period: "2024", line: 20),
            Make.Claim("beta", "firms", "shanghai.ai-firms", value: "400 companies", period: "2024", line: 26),
            Make.Claim("gamma", "talent", "shanghai.talent", value: "over 200 PhDs", period: "2024", line: 8),
            Make.Claim("gamma", "bad", "shanghai.odd", value: "5", period: "someday", line: 14),
        ];
        Diagnostic[] loaderDiagnostics =
        [
            Diagnostic.Warning("CC0102", new SourcePosition("claims/beta.yaml", 2, 3), "unknown key 'titel' in source; did you mean 'title'?"),
        ];
        return Make.Corpus(sources, claims, registry, loaderDiagnostics);
    }
}
