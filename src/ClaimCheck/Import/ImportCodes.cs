namespace ClaimCheck.Import;

/// <summary>Stable diagnostic codes of <c>claimcheck import</c>, documented in docs/integrations.md.</summary>
internal static class ImportCodes
{
    /// <summary>The table cannot be read (missing, unreadable, empty).</summary>
    public const string Unreadable = "CC0601";

    /// <summary>A required column (<c>source</c>, <c>subject</c>, <c>value</c> or <c>compare</c>) is missing from the header.</summary>
    public const string MissingColumn = "CC0602";

    /// <summary>A header column that is not part of the format (warning: the column is ignored), or named twice (error).</summary>
    public const string UnknownColumn = "CC0603";

    /// <summary>A row lacks a required cell, or gives both or neither of <c>value</c> and <c>compare</c>.</summary>
    public const string MissingCell = "CC0604";

    /// <summary>A source name, subject or claim id from which no valid id or key can be made.</summary>
    public const string NoValidId = "CC0605";

    /// <summary>A status that is not reported, planned, target or estimate.</summary>
    public const string InvalidStatus = "CC0606";

    /// <summary>A url that is not absolute http or https.</summary>
    public const string InvalidUrl = "CC0607";

    /// <summary>A published date that is not a real ISO date (YYYY-MM-DD).</summary>
    public const string InvalidDate = "CC0608";

    /// <summary>A row gives a source's title, outlet, url or published date differently from an earlier row (warning: the first is kept).</summary>
    public const string SourceMismatch = "CC0609";

    /// <summary>A claim id given twice for one source (warning: the later one gets a suffix).</summary>
    public const string DuplicateClaimId = "CC0610";

    /// <summary>A claim file cannot be written.</summary>
    public const string WriteFailed = "CC0611";
}
