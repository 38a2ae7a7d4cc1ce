namespace ClaimCheck.Loading;

/// <summary>
/// Stable diagnostic codes of loading and validation. Each is documented in docs/diagnostics.md
/// with an example and the fix; a code never changes meaning once released.
/// </summary>
internal static class DiagnosticCodes
{
    /// <summary>A path or file cannot be read (missing, unreadable, a symlink loop).</summary>
    public const string Unreadable = "CC0001";

    /// <summary>The file's bytes are not UTF-8.</summary>
    public const string NotUtf8 = "CC0002";

    /// <summary>The file holds no YAML content.</summary>
    public const string EmptyFile = "CC0003";

    /// <summary>YAML syntax error.</summary>
    public const string YamlSyntax = "CC0004";

    /// <summary>The top-level keys are neither a claim file's nor a registry's.</summary>
    public const string UnknownFileKind = "CC0005";

    /// <summary>A key appears twice in one mapping.</summary>
    public const string DuplicateKey = "CC0006";

    /// <summary>A limit from the load options was crossed.</summary>
    public const string LimitExceeded = "CC0007";

    /// <summary>A YAML feature ClaimCheck does not read (complex keys, several documents).</summary>
    public const string UnsupportedYaml = "CC0008";

    /// <summary>No claim file or registry was found under the given paths.</summary>
    public const string NoFiles = "CC0009";

    /// <summary>A required key is missing or empty.</summary>
    public const string MissingKey = "CC0101";

    /// <summary>A key that is not part of the format.</summary>
    public const string UnknownKey = "CC0102";

    /// <summary>A mapping, list or text where another belongs.</summary>
    public const string WrongNodeType = "CC0103";

    /// <summary>A source or claim id that is not <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public const string InvalidId = "CC0104";

    /// <summary>A subject key that is not dotted lowercase segments.</summary>
    public const string InvalidSubjectKey = "CC0105";

    /// <summary>A claim with both or neither of <c>value</c> and <c>compare</c>.</summary>
    public const string ValueOrCompare = "CC0106";

    /// <summary>A status word that is not reported, planned, target or estimate.</summary>
    public const string InvalidStatus = "CC0107";

    /// <summary>A URL that is not absolute http or https.</summary>
    public const string InvalidUrl = "CC0108";

    /// <summary>A date that is not a real ISO date (YYYY-MM-DD).</summary>
    public const string InvalidDate = "CC0109";

    /// <summary>Two claims with one id in a file.</summary>
    public const string DuplicateClaimId = "CC0110";

    /// <summary>Two sources with one id in the corpus.</summary>
    public const string DuplicateSourceId = "CC0111";

    /// <summary>The claims of a file whose source is invalid or a duplicate are not used until it is fixed.</summary>
    public const string ClaimsSkipped = "CC0112";

    /// <summary>A subject, containment entry or rate defined twice across registries.</summary>
    public const string DuplicateRegistryKey = "CC0201";

    /// <summary>An alias that is another subject's key or alias.</summary>
    public const string AliasClash = "CC0202";

    /// <summary>A registry entry value of the wrong form (kind, single, tolerance, unit, rates).</summary>
    public const string InvalidRegistryValue = "CC0203";

    /// <summary>Containment that loops back on itself.</summary>
    public const string WithinCycle = "CC0205";
}
