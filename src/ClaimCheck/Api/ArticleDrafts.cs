using ClaimCheck.Core;
using ClaimCheck.Drafting;
using ClaimCheck.Import;
using ClaimCheck.Loading.Articles;

namespace ClaimCheck;

/// <summary>
/// Claim files drafted from articles (<c>claimcheck draft</c>): the façade over the article reader, the drafter and the
/// matcher that proposes the corpus's subject keys, so the command line reaches none of them itself.
/// </summary>
internal sealed class ArticleDrafts
{
    private readonly SubjectMatcher? matcher;

    private ArticleDrafts(SubjectMatcher? matcher) => this.matcher = matcher;

    /// <summary>Drafts whose subject keys are made from the sentences.</summary>
    public static ArticleDrafts WithoutCorpus { get; } = new(null);

    /// <summary>Drafts whose claims use the subject keys of <paramref name="corpus"/> where a sentence speaks of one.</summary>
    public static ArticleDrafts Against(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new(new SubjectMatcher(corpus.Inner));
    }

    /// <summary>Whether <paramref name="path"/> is a URL (never fetched) rather than a file.</summary>
    public static bool IsUrl(string path) => ArticleReader.LooksLikeUrl(path);

    /// <summary>The source id a draft of the article <paramref name="name"/> (its file name without extension) gets.</summary>
    public static string SourceIdFor(string name) => IdSlug.Id(name) is { Length: > 0 } id ? id : "article";

    /// <summary>The claim file (YAML) drafted from the article at <paramref name="fullPath"/>, or why the article could not be read (CC0701).</summary>
    /// <param name="fullPath">The article file.</param>
    /// <param name="shownAs">The article's path as diagnostics show it.</param>
    /// <param name="sourceId">The draft's source id.</param>
    /// <param name="textPath">The article as the draft's <c>source.text</c> names it (relative to the claim file).</param>
    /// <param name="name">The title when the article gives none.</param>
    public (string? Yaml, Diagnostic? Problem) Draft(string fullPath, string shownAs, string sourceId, string textPath, string name)
    {
        var (article, problem) = ArticleReader.Read(fullPath);
        return article is null
            ? (null, DiagnosticDescriptors.DraftArticleUnreadable.At(new SourcePosition(shownAs, problem!.Line, problem.Column), "article " + problem.Message))
            : (ClaimDrafter.Draft(new DraftInput(article, sourceId, textPath, name), matcher), null);
    }
}
