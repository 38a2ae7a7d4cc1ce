namespace ClaimCheck.Core;

/// <summary>The article a claim file describes.</summary>
/// <param name="Id">Unique in the corpus; <c>[a-z0-9][a-z0-9-]*</c>.</param>
/// <param name="Title">The article's title (untrusted text: escape when shown).</param>
/// <param name="Outlet">Where it was published, if given.</param>
/// <param name="Url">An http(s) URL, if given.</param>
/// <param name="Published">Publication date; anchors relative periods and the article's present.</param>
/// <param name="Position">Where the <c>source</c> mapping starts.</param>
public sealed record Source(
    string Id,
    string Title,
    string? Outlet,
    string? Url,
    DateOnly? Published,
    SourcePosition Position)
{
    /// <summary>The claim file this source comes from.</summary>
    public string File => Position.File;
}
