using ClaimCheck.Loading;

namespace ClaimCheck.Loading;

/// <summary>The commented claim-file skeleton that <c>claimcheck new</c> writes; it validates as written.</summary>
internal static class ClaimFileSkeleton
{
    /// <summary>A skeleton for the source <paramref name="sourceId"/>.</summary>
    /// <exception cref="ArgumentException">When the id is not <c>[a-z0-9][a-z0-9-]*</c>.</exception>
    public static string Create(string sourceId)
    {
        if (!Syntax.IsId(sourceId))
            throw new ArgumentException($"'{sourceId}' is not a source id: use lowercase letters, digits and '-', starting with a letter or digit", nameof(sourceId));

        return $$"""
            # yaml-language-server: $schema=../schema/claimcheck.schema.json
            # Claims of one article, for ClaimCheck. Every key and the wording of values and periods:
            # docs/claim-format.md in the ClaimCheck repository (or `claimcheck validate` to check this file).
            source:
              id: {{sourceId}}                 # unique in the corpus: [a-z0-9][a-z0-9-]*
              title: Title of the article      # required
              # outlet: Example Weekly         # optional
              # url: https://example.org/a     # optional; http or https only
              # published: 2025-03-10          # optional ISO date; anchors "last year", "this year"...
            claims:
              - id: first-claim                # unique in this file
                subject: example.subject       # dotted key; claims about one thing share it
                value: about 3,500 companies   # or `compare: more-than other.subject` (exactly one of them)
                # period: 2024                 # 2024, 2024-Q3, 2020..2024, since 2020, by 2030, last year...
                # status: reported             # reported (default) | planned | target | estimate
                # quote: "the phrase of the article that carries the claim"
                # note: free text

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
