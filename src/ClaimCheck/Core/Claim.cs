namespace ClaimCheck.Core;

/// <summary>What a claim says about the state of things: reported fact, or something not (yet) fact.</summary>
public enum ClaimStatus
{
    /// <summary>Stated as fact (the default).</summary>
    Reported,

    /// <summary>Announced, scheduled.</summary>
    Planned,

    /// <summary>A goal someone set.</summary>
    Target,

    /// <summary>An estimate or forecast.</summary>
    Estimate,
}

/// <summary>One claim of one article, exactly as the user wrote it, with where each part stands.</summary>
/// <param name="Id">Unique in its file.</param>
/// <param name="SourceId">The id of the article's source.</param>
/// <param name="Subject">The dotted subject key as written (before alias resolution).</param>
/// <param name="Value">The value as written, when the claim states one.</param>
/// <param name="Compare">The comparison as written, when the claim compares.</param>
/// <param name="Period">The period as written, if any.</param>
/// <param name="Status">Reported, planned, target or estimate.</param>
/// <param name="Quote">The phrase of the article that carries the claim (untrusted text).</param>
/// <param name="Note">The user's note (untrusted text).</param>
/// <param name="Position">Where the claim's mapping starts.</param>
/// <param name="ValuePosition">Where the value or compare scalar starts (for diagnostics inside it).</param>
/// <param name="PeriodPosition">Where the period scalar starts, if any.</param>
public sealed record Claim(
    string Id,
    string SourceId,
    string Subject,
    string? Value,
    string? Compare,
    string? Period,
    ClaimStatus Status,
    string? Quote,
    string? Note,
    SourcePosition Position,
    SourcePosition ValuePosition,
    SourcePosition? PeriodPosition)
{
    /// <summary>Unique in its file.</summary>
    public string Id
    {
        get;
        init
        {
            field = value;
            Ref = SourceId + "/" + value; // 'with { Id = ... }' names the claim anew
        }
    }

    = Id;

    /// <summary>The id of the article's source.</summary>
    public string SourceId
    {
        get;
        init
        {
            field = value;
            Ref = value + "/" + Id;
        }
    }

    = SourceId;

    /// <summary>
    /// <c>SOURCE-ID/CLAIM-ID</c>, the name of a claim everywhere. Built once: rules, resolution and writers
    /// order and key claims by it, and building it on every call allocated hundreds of MB on a large corpus.
    /// </summary>
    public string Ref { get; private set; } = SourceId + "/" + Id;

    /// <summary>
    /// Who the article says gave the figure ("the US Senate inquiry"), from <c>attributed-to</c>; null when the
    /// article states it itself. Compared case-insensitively: claims citing one body are one origin.
    /// </summary>
    public string? AttributedTo { get; init; }

    /// <summary>The claim file this claim comes from.</summary>
    public string File => Position.File;
}
